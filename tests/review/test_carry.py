"""The adviser's decisions and the client's answers carry into the next version (#13): pure
function tables and properties, then over HTTP on SQLite and PostgreSQL."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from review_support import lock_of, login, new_engagement, post, send_link, upload, version_id

from tokumei.review.anon import apply_items
from tokumei.review.carry import carry_decisions


def _item(start, end, original, label="PERSON", replacement="A氏", **kw):
    return {"id": 0, "start": start, "end": end, "label": label, "original": original, "replacement": replacement,
            "reason": "r", "rule": "x", "accepted": True, "manual": False, **kw}


MARK = _item(0, 5, "商いラジオ", "OTHER", "ある番組", manual=True, rule="manual")


@pytest.mark.parametrize("prev, text, new, expect_text", [
    # a missed-text mark comes back everywhere the text appears
    ([MARK], "商いラジオと商いラジオ", [], "ある番組とある番組"),
    # and wins over a detection it overlaps
    ([MARK], "商いラジオ局", [_item(2, 6, "ラジオ局", "ORG", "B社")], "ある番組局"),
    # a rejected detection stays rejected for the same text and label only
    ([_item(0, 2, "山田", accepted=False)], "山田と山田",
     [_item(0, 2, "山田"), _item(3, 5, "山田")], "山田と山田"),
    ([_item(0, 2, "山田", accepted=False)], "山田",
     [_item(0, 2, "山田", "ORG", "X社")], "X社"),
    # an edited pseudonym is used again
    ([_item(0, 2, "山田", replacement="店主", renamed=True)], "山田です",
     [_item(0, 2, "山田", replacement="B氏")], "店主です"),
    # nothing carried: unchanged
    ([_item(0, 2, "山田")], "鈴木です", [_item(0, 2, "鈴木", replacement="C氏")], "C氏です"),
])
def test_carry_table(prev, text, new, expect_text):
    items = carry_decisions(prev, 1, text, new)
    assert apply_items(text, items) == expect_text
    assert [i["id"] for i in items] == list(range(1, len(items) + 1))


@given(st.text(alphabet="商いラジオ山田と。", max_size=40))
def test_carried_marks_point_into_the_new_original(text):
    items = carry_decisions([MARK], 1, text, [])
    assert all(text[i["start"]:i["end"]] == "商いラジオ" and i["carried"] == 1 for i in items)
    assert "商いラジオ" not in apply_items(text, items)


def test_decisions_and_answers_carry_into_the_next_version(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv, people="山田太郎\n鈴木一郎")
    draft = "山田太郎社長と鈴木一郎さん。商いラジオに出演。支援のおかげで売上が2倍に増加しました。評価制度を実現しました。"
    v1 = version_id(upload(adv, eid, draft))
    page = adv.get(f"/versions/{v1}").text
    post(adv, f"/versions/{v1}", f"/versions/{v1}/mark",
         {"selected": "商いラジオ", "label": "OTHER", "replacement": "ある番組", "lock_version": lock_of(page)})
    page = adv.get(f"/versions/{v1}").text
    rows = dict(re.findall(r'<tr id="item-(\d+)"[^>]*>\s*<td>\d+</td><td>[^<]*</td><td>([^<]+)</td>', page))
    yamada = next(i for i, o in rows.items() if o == "山田太郎")
    suzuki = next(i for i, o in rows.items() if o == "鈴木一郎")
    post(adv, f"/versions/{v1}", f"/versions/{v1}/items/{yamada}", {"action": "rename", "replacement": "店主",
                                                                    "lock_version": lock_of(page)})
    page = adv.get(f"/versions/{v1}").text
    post(adv, f"/versions/{v1}", f"/versions/{v1}/items/{suzuki}", {"action": "reject", "lock_version": lock_of(page)})
    link1 = send_link(adv, v1, eid)
    cli = env.client()
    p1 = cli.get(link1).text
    claims = re.findall(r'action="/c/[^/]+/claims/(\d+)"', p1)
    assert len(claims) == 2
    post(cli, link1, f"{link1}/claims/{claims[0]}", {"answer": "disputed", "note": "新商品の効果です"})
    post(cli, link1, f"{link1}/claims/{claims[1]}", {"answer": "confirmed"})
    # version 2: the first claim is reworded, the second is unchanged
    v2 = version_id(upload(adv, eid, draft.replace("支援のおかげで", "支援もあり、") + "商いラジオは好評でした。"))
    review = adv.get(f"/versions/{v2}").text
    result = re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', review, re.S).group(1)
    assert "商いラジオ" not in result and result.count("ある番組") == 2
    assert "店主社長" in result and "鈴木一郎さん" in result
    assert "前の版から引き継いだ判断（4件）" in review and review.count("第1版から引き継ぎ") == 4
    link2 = send_link(adv, v2, eid)
    p2 = cli.get(link2).text
    assert "商いラジオ" not in p2 and "山田太郎" not in p2
    forms = re.findall(r'<form [^>]*class="card claim[^"]*" id="claim-\d+">.*?</form>', p2, re.S)
    assert len(forms) == 2
    reworded, same = forms
    assert "現在の回答" not in reworded  # changed text: asked again
    assert "現在の回答" in same and "第1版でのご回答を引き継いでいます" in same and 'value="confirmed" checked' in same
