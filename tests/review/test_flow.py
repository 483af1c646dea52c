"""The whole flow over HTTP on SQLite and PostgreSQL: adviser → version → client link → claims
(dispute) → new version with diff → approval bound to SHA-256 → export → withdrawal."""
from __future__ import annotations

import hashlib
import re

from review_support import EXAMPLE, lock_of, login, new_engagement, post, send_link, upload, version_id

from tokumei.review import audit


def test_whole_flow(env):
    env.adviser()
    adv = env.client()
    assert login(adv).status_code == 200
    eid = new_engagement(adv)
    draft = EXAMPLE.read_text(encoding="utf-8")
    r = upload(adv, eid, draft, "case-study.md")
    assert r.status_code == 200, r.text
    vid = version_id(r)
    page = r.text
    # every detection is highlighted with its label and reason
    assert 'data-label="人名"' in page and "プロジェクト辞書" in page
    result = re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', page, re.S).group(1)
    assert "山田太郎" not in result and "090-1234-5678" not in result

    # mark missed text (no JavaScript: typed text, every occurrence) and rename a pseudonym
    r = post(adv, f"/versions/{vid}", f"/versions/{vid}/mark",
             {"selected": "商いラジオ", "label": "OTHER", "replacement": "ある番組", "lock_version": lock_of(page)})
    assert r.status_code == 200, r.text
    result = re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', r.text, re.S).group(1)
    assert "商いラジオ" not in result and "ある番組" in result

    link1 = send_link(adv, vid, eid)
    cli = env.client()
    r = cli.get(link1)
    assert r.status_code == 200
    assert "山田太郎" not in r.text and "ある番組" in r.text
    claims = re.findall(r'action="/c/[^/]+/claims/(\d+)"', r.text)
    assert len(claims) >= 2, "claim sentences were not extracted"
    assert "のおかげで" in r.text and "成果を作成者の支援によるものとしています" in r.text
    # dispute the first claim; approval is then refused, a change request is accepted
    r = post(cli, link1, f"{link1}/claims/{claims[0]}", {"answer": "disputed", "note": "売上の増加は新商品によるものです"})
    assert r.status_code == 200 and "事実と異なります" in r.text
    for cid in claims[1:]:
        post(cli, link1, f"{link1}/claims/{cid}", {"answer": "confirmed"})
    sha1 = re.search(r'name="sha256" value="([0-9a-f]{64})"', r.text).group(1)
    r = post(cli, link1, f"{link1}/decision", {"action": "approve", "person_name": "山田 太郎", "consent": "yes", "sha256": sha1})
    # refused on the page itself, beside the disputed claim; no error code or field name
    assert r.status_code == 400 and "E800" not in r.text and "claims（" not in r.text
    beside = re.search(r'id="claim-%s".*?</form>' % claims[0], r.text, re.S).group(0)
    assert "承認できません" in beside and 'class="error"' in beside
    assert "この版を承認する" not in r.text  # no approve button while a dispute is open
    r = post(cli, link1, f"{link1}/comments", {"quote": "当事務所の支援のおかげで", "body": "言い過ぎです"})
    assert r.status_code == 200 and "言い過ぎです" in r.text
    r = post(cli, link1, f"{link1}/decision", {"action": "decline", "person_name": "山田 太郎", "message": "成果の記述を直してください", "sha256": sha1})
    assert r.status_code == 200
    page = adv.get(f"/engagements/{eid}").text
    assert "修正のご依頼" in page and "成果の記述を直してください" in page and "異議あり" in page

    # version 2: the claim is reworded; the client sees a character-level diff
    draft2 = draft.replace("当事務所の支援のおかげで、2年間で", "新商品の開発もあり、2年間で")
    vid2 = version_id(upload(adv, eid, draft2, "case-study-v2.md"))
    link2 = send_link(adv, vid2, eid)
    r = cli.get(link2)
    assert "第1版）からの変更点" in r.text
    assert "<del>当事務所の支援のおかげで</del>" in r.text and "<ins>新商品の開発もあり</ins>" in r.text
    claims2 = re.findall(r'action="/c/[^/]+/claims/(\d+)"', r.text)
    for cid in claims2:
        assert post(cli, link2, f"{link2}/claims/{cid}", {"answer": "confirmed"}).status_code == 200
    # the old link cannot act on the new version's claims (scoped to its own version)
    assert post(cli, link2, f"{link1}/claims/{claims2[0]}", {"answer": "disputed", "note": "x"}).status_code == 404
    sha2 = re.search(r'name="sha256" value="([0-9a-f]{64})"', cli.get(link2).text).group(1)
    r = post(cli, link2, f"{link2}/decision", {"action": "approve", "person_name": "山田 太郎", "consent": "yes", "sha256": sha2})
    assert r.status_code == 200 and "この版は承認済みです" in r.text
    withdraw = re.search(r'id="withdraw-url" readonly value="http://testserver(/w/[^"]+)"', r.text).group(1)

    # export gives exactly the approved text, with its hash and certificates
    r = adv.get(f"/engagements/{eid}/export/text")
    assert r.status_code == 200
    assert hashlib.sha256(r.content).hexdigest() == sha2 == r.headers["x-content-sha256"]
    cert = adv.get(f"/engagements/{eid}/export/certificate.html")
    assert "山田 太郎" in cert.text and sha2 in cert.text and "公開する場所: 事務所ウェブサイト" in cert.text
    pdf = adv.get(f"/engagements/{eid}/export/certificate.pdf")
    assert pdf.content.startswith(b"%PDF") and b"FontFile2" in pdf.content and b"IPAex" in pdf.content

    # withdrawal: the adviser sees it at once, export is refused
    r = post(cli, withdraw, withdraw, {"reason": "方針が変わりました"})
    assert r.status_code == 200 and "同意は撤回されています" in r.text
    status = adv.get(f"/engagements/{eid}/status").text
    assert "同意が撤回されました" in status
    r = adv.get(f"/engagements/{eid}/export/text")
    assert r.status_code == 409 and "E804" in r.text

    # the audit chain holds every step and verifies ("viewed" is written in the background)
    env.app.state.audit_bg.flush()
    with env.app.state.sessions() as db:
        count, head, problems = audit.verify(db)
        kinds = [e.kind for e in db.scalars(audit.select(audit.Event).order_by(audit.Event.seq))]
    assert problems == []
    for k in ("created", "anonymized", "edited", "sent", "viewed", "commented", "claim_confirmed",
              "claim_disputed", "declined", "approved", "exported", "withdrawn"):
        assert k in kinds, k
    page = adv.get(f"/engagements/{eid}/audit").text
    assert "改ざんはありません" in page and "testclient" in page


def test_edit_after_approval_voids_it(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    r = upload(adv, eid, "山田太郎社長の会社です。支援のおかげで売上が2倍に増加しました。")
    vid = version_id(r)
    link = send_link(adv, vid, eid)
    cli = env.client()
    page = cli.get(link).text
    for cid in re.findall(r'action="/c/[^/]+/claims/(\d+)"', page):
        post(cli, link, f"{link}/claims/{cid}", {"answer": "confirmed"})
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', page).group(1)
    assert post(cli, link, f"{link}/decision", {"action": "approve", "person_name": "山田", "consent": "yes",
                                               "sha256": sha}).status_code == 200
    assert adv.get(f"/engagements/{eid}/export/text").status_code == 200
    page = adv.get(f"/versions/{vid}").text
    item = re.search(r'action="/versions/\d+/items/(\d+)"', page).group(1)
    r = post(adv, f"/versions/{vid}", f"/versions/{vid}/items/{item}",
             {"action": "rename", "replacement": "X氏", "lock_version": lock_of(page)})
    assert "承認は無効になりました" in r.text
    assert adv.get(f"/engagements/{eid}/export/text").status_code == 409
    assert "承認は無効です" in adv.get(f"/engagements/{eid}").text
    # a decision sent with the old hash (text changed after it was shown) is refused
    r = post(cli, link, f"{link}/decision", {"action": "approve", "person_name": "山田", "consent": "yes", "sha256": sha})
    assert r.status_code == 409 and "本文が更新されました" in r.text and "E803" not in r.text


def test_engagement_states_on_the_list_and_status_pages(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)

    def states() -> tuple[str, str]:
        listed = re.search(r"/engagements/%d\".*?</tr>" % eid, adv.get("/").text, re.S).group(0)
        fragment = adv.get(f"/engagements/{eid}/status").text
        return listed, fragment

    assert "下書き未登録" in states()[0]
    vid = version_id(upload(adv, eid, "山田太郎社長の会社です。"))
    assert all("確認待ち（第1版）" in s for s in states())
    link = send_link(adv, vid, eid)
    cli = env.client()
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', cli.get(link).text).group(1)
    post(cli, link, f"{link}/decision", {"action": "decline", "person_name": "山田", "message": "直してください", "sha256": sha})
    assert all("修正依頼あり（第1版）" in s for s in states())
    vid2 = version_id(upload(adv, eid, "山田太郎社長の会社です。よろしくお願いします。"))
    assert all("確認待ち（第2版）" in s for s in states())
    link2 = send_link(adv, vid2, eid)
    sha2 = re.search(r'name="sha256" value="([0-9a-f]{64})"', cli.get(link2).text).group(1)
    r = post(cli, link2, f"{link2}/decision", {"action": "approve", "person_name": "山田", "consent": "yes", "sha256": sha2})
    assert r.status_code == 200
    assert all("承認済み（第2版）" in s for s in states())
