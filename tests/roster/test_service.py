"""Library flow on SQLite and PostgreSQL: opt-in, answers, withdrawal after an edition, the
consent state kept with each edition, numbered copies and their trace, disclosure, links, and
the audit chain (intact, and without any held value)."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from roster_support import people, pdf_text, xlsx_bytes, xlsx_cells
from sqlalchemy import select, update

from tokumei.errors import TokumeiError
from tokumei.review import audit
from tokumei.review.models import Event
from tokumei.roster import disclosure as disc
from tokumei.roster import editions as ed_mod
from tokumei.roster import service as svc
from tokumei.roster.importer import plan_import
from tokumei.roster.models import MemberLink

WHO = svc.Who("adviser:1")
FIELDS = ["氏名", "ふりがな", "学年・クラス", "住所", "電話", "メール"]


@pytest.fixture
def roster(env, db, tmp_path):
    aid = env.adviser()
    r = svc.create_roster(db, aid, "さくら小PTA名簿", "学級の連絡網", ["会員全員", "役員のみ"], FIELDS, "令和9年3月31日", WHO)
    rows = people(8)
    p = tmp_path / "名簿.xlsx"
    p.write_bytes(xlsx_bytes(rows))
    ms = svc.import_plan(db, r, plan_import(p, r.fields), WHO)
    return r, ms, rows


def test_nobody_is_listed_before_answering(db, roster):
    r, ms, _rows = roster
    assert len(ms) == 8 and all(m.choices == {} for m in ms)
    for aud in ("members", "officers"):
        assert ed_mod.publish(db, r, aud, "kana", WHO).rows == []
    c = svc.counts(db, r)
    assert (c["members"], c["answered"], c["unanswered"]) == (8, 0, 8)


def test_withdrawal_after_an_edition(db, roster, tmp_path):
    r, ms, rows = roster
    svc.answer(db, r, ms[0], {"name": "members", "phone": "officers", "address": "members"}, "member", WHO)
    svc.answer(db, r, ms[1], {"name": "officers", "address": "officers"}, "guardian", WHO)
    svc.answer(db, r, ms[2], {"name": "none", "phone": "members"}, "member", WHO)
    e1 = ed_mod.publish(db, r, "officers", "kana", WHO)
    assert sorted(row["member"] for row in e1.rows) == sorted([ms[0].id, ms[1].id])
    c1, pdf1 = ed_mod.make_copy(db, r, e1, "役員 田中", "pdf", WHO)
    c2, xlsx2 = ed_mod.make_copy(db, r, e1, "役員 鈴木", "xlsx", WHO)
    assert (c1.copy_no, c2.copy_no) == (1, 2) and c1.mark != c2.mark
    text = pdf_text(pdf1, tmp_path)
    assert rows[0]["電話番号"] in text and rows[1]["住所"].replace(" ", "") in text
    assert rows[2]["電話番号"] not in text and rows[2]["氏名"].replace(" ", "") not in text
    assert "No.001" in text and c1.mark in text  # visible number, invisible mark in the text layer
    assert rows[0]["電話番号"] in xlsx_cells(xlsx2)

    svc.withdraw(db, r, ms[1], "member", WHO)
    current = {m.id: (m.data, m.choices) for m in svc.members(db, r)}
    assert ed_mod.narrowed_since(db, r, e1, current) == 1  # ms[1] withdrew after edition 1
    svc.answer(db, r, ms[0], {"name": "members", "phone": "officers"}, "member", WHO)  # narrows: address off
    current = {m.id: (m.data, m.choices) for m in svc.members(db, r)}
    assert ed_mod.narrowed_since(db, r, e1, current) == 2
    svc.answer(db, r, ms[0], {"name": "members", "phone": "officers", "address": "members"}, "member", WHO)
    e2 = ed_mod.publish(db, r, "officers", "kana", WHO)
    assert [row["member"] for row in e2.rows] == [ms[0].id]
    assert ed_mod.narrowed_since(db, r, e2, {m.id: (m.data, m.choices) for m in svc.members(db, r)}) == 0
    _c, pdf3 = ed_mod.make_copy(db, r, e2, "役員 田中", "pdf", WHO)
    assert rows[1]["氏名"].replace(" ", "") not in pdf_text(pdf3, tmp_path)
    # each edition keeps the consent state it was made from
    assert e1.consent_state[str(ms[1].id)]["name"] == "officers"
    assert e2.consent_state[str(ms[1].id)]["name"] == "none"
    assert e1.consent_sha256 != e2.consent_sha256
    # the organiser sees which earlier editions held the member, who got them, until when
    hist = disc.history(db, r, ms[1])
    assert [h["number"] for h in hist] == [1]
    assert [c["recipient"] for c in hist[0]["recipients"]] == ["役員 田中", "役員 鈴木"]
    assert hist[0]["fields"] == ["氏名", "住所"] and hist[0]["collect_by"] == "2027-03-31"
    # the member-level narrowing: officers-only phone never in the members' edition
    e3 = ed_mod.publish(db, r, "members", "class", WHO)
    assert e3.rows == [{"member": ms[0].id, "values": {"name": rows[0]["氏名"], "address": rows[0]["住所"]}}]


def test_disclosure_lists_everything_held_and_every_recipient(db, roster, tmp_path):
    r, ms, rows = roster
    svc.answer(db, r, ms[0], {"name": "members", "phone": "members"}, "member", WHO)
    e1 = ed_mod.publish(db, r, "members", "kana", WHO)
    ed_mod.make_copy(db, r, e1, "会員 青木", "pdf", WHO)
    svc.correct(db, r, ms[0], {"phone": "090-9999-0000"}, WHO)
    paths = disc.write_disclosure(db, r, ms[0], tmp_path / "開示", WHO)
    rep = json.loads(paths[0].read_text(encoding="utf-8"))
    assert rep["held"]["氏名"] == rows[0]["氏名"] and rep["held"]["電話"] == "090-9999-0000"
    assert rep["choices"]["電話"] == "掲載する（会員全員）" and rep["choices"]["住所"] == "掲載しない"
    assert rep["editions"][0]["recipients"][0]["recipient"] == "会員 青木"
    assert rep["editions"][0]["fields"] == ["氏名", "電話"]
    assert "会員青木（No.001）" in pdf_text(paths[1].read_bytes(), tmp_path)


def test_copy_trace_finds_the_recipient(db, roster, tmp_path):
    from tokumei.roster.trace import read_mark

    r, ms, _rows = roster
    svc.answer(db, r, ms[0], {"name": "members"}, "member", WHO)
    e1 = ed_mod.publish(db, r, "members", "kana", WHO)
    for fmt in ("pdf", "xlsx"):
        c, data = ed_mod.make_copy(db, r, e1, f"受取 {fmt}", fmt, WHO)
        p = tmp_path / f"leak.{fmt}"
        p.write_bytes(data)
        assert ed_mod.find_mark(db, read_mark(p)).recipient == f"受取 {fmt}"
    with pytest.raises(TokumeiError) as e:
        p = tmp_path / "other.pdf"
        p.write_bytes(b"%PDF-1.4 nothing")
        read_mark(p)
    assert e.value.code == "E880"


def test_links_are_hashed_expire_and_are_revocable(db, roster):
    r, ms, _rows = roster
    pairs = svc.issue_links(db, r, ms[:2], 30, WHO)
    (m0, t0), (m1, t1) = pairs
    stored = db.scalars(select(MemberLink.token_hash)).all()
    assert t0 not in stored and all(len(h) == 64 for h in stored)
    assert svc.resolve_link(db, t0)[1].id == m0.id
    # reissuing revokes the earlier link
    (_m, t0b), = svc.issue_links(db, r, [m0], 30, WHO)
    assert svc.resolve_link(db, t0) is None and svc.resolve_link(db, t0b)[1].id == m0.id
    svc.revoke_links(db, r, m0, WHO)
    assert svc.resolve_link(db, t0b) is None
    db.execute(update(MemberLink).where(MemberLink.token_hash == svc.token_hash(t1))
               .values(expires_at=svc.utcnow() - timedelta(seconds=1)))
    db.commit()
    assert svc.resolve_link(db, t1) is None
    assert svc.resolve_link(db, "x" * 200) is None
    # reminders go only to the members who have not answered
    svc.answer(db, r, ms[0], {"name": "members"}, "member", WHO)
    assert {m.id for m, _t in svc.remind(db, r, 14, WHO)} == {m.id for m in ms[1:]}


def test_bad_input_is_refused_with_a_code(db, roster):
    r, ms, _rows = roster
    with pytest.raises(TokumeiError) as e:
        svc.answer(db, r, ms[0], {"name": "everyone"}, "member", WHO)
    assert e.value.code == "E878"
    with pytest.raises(TokumeiError) as e:
        ed_mod.publish(db, r, "staff", "kana", WHO)
    assert e.value.code == "E878"
    with pytest.raises(TokumeiError) as e:
        svc.correct(db, r, ms[0], {"name": ""}, WHO)
    assert e.value.code == "E870"
    with pytest.raises(TokumeiError) as e:
        svc.get_roster(db, r.id, adviser_id=r.adviser_id + 1)  # another organiser's roster
    assert e.value.code == "E871"
    other = svc.create_roster(db, r.adviser_id, "別の名簿", "連絡", None, ["氏名"], "2027-03-31", WHO)
    with pytest.raises(TokumeiError) as e:
        svc.get_member(db, other, ms[0].id)  # a member of another roster
    assert e.value.code == "E876"
    with pytest.raises(TokumeiError) as e:
        svc.create_roster(db, r.adviser_id, "x", "y", None, ["氏名"], "いつか", WHO)
    assert e.value.code == "E870"


def test_past_retention_blocks_new_editions(db, roster):
    r, _ms, _rows = roster
    r.retention_until = svc.utcnow().date() - timedelta(days=1)
    db.commit()
    with pytest.raises(TokumeiError) as e:
        ed_mod.publish(db, r, "members", "kana", WHO)
    assert e.value.code == "E881"


def test_audit_chain_is_intact_and_holds_no_personal_value(db, roster):
    r, ms, rows = roster
    svc.issue_links(db, r, ms, 30, WHO)
    svc.answer(db, r, ms[0], {"name": "members", "phone": "members"}, "member", WHO)
    svc.correct(db, r, ms[0], {"address": "東京都港区芝公園9-9-9"}, WHO)
    e1 = ed_mod.publish(db, r, "members", "kana", WHO)
    ed_mod.make_copy(db, r, e1, "受取 花岡", "pdf", WHO)
    svc.withdraw(db, r, ms[0], "member", WHO)
    count, _head, problems = audit.verify(db)
    assert problems == [] and count >= 8
    kinds = [e.kind for e in db.scalars(select(Event).order_by(Event.seq))]
    for k in ("roster_created", "roster_imported", "roster_links_issued", "roster_answered", "roster_corrected",
              "roster_edition", "roster_copy", "roster_withdrawn"):
        assert k in kinds
    dump = " ".join(e.data + e.actor for e in db.scalars(select(Event)))
    for row in rows:
        for v in (row["氏名"], row["電話番号"], row["住所"], row["メールアドレス"], row["ふりがな"]):
            assert v not in dump
    assert "芝公園" not in dump and "花岡" not in dump
