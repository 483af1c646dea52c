"""A re-identification risk's suggestion is one click away in the review app (issue #12): each
risk not yet applied has a 「提案を適用」 form that replaces exactly its passage with the suggestion."""
from __future__ import annotations

import re

from review_support import login, new_engagement, upload, version_id

DRAFT = "当店は平成八年にオープンしました。全国でも数少ない手織りの工房です。\n"


def _result(html: str) -> str:
    return re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', html, re.S).group(1)


def test_a_risk_suggestion_is_applied_in_one_click(sqlite_env):
    sqlite_env.adviser()
    adv = sqlite_env.client()
    login(adv)
    eid = new_engagement(adv)
    page = upload(adv, eid, DRAFT, "draft.md")
    vid = version_id(page)
    forms = re.findall(r'<form method="post" action="/versions/%s/mark" class="inline risk-apply">(.*?)</form>' % vid,
                       page.text, re.S)
    fields = [dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', f)) for f in forms]
    founding = next(f for f in fields if f["selected"].startswith("平成八年"))
    assert founding["replacement"].endswith("前") and DRAFT[int(founding["start"]):int(founding["end"])] == founding["selected"]
    r = adv.post(f"/versions/{vid}/mark", data=founding)  # the form as the browser sends it: one click
    assert r.status_code == 200, r.text
    out = _result(r.text)
    assert "平成八年" not in out and founding["replacement"] in out
