"""Helpers for the review tests: an app environment, forms with CSRF, the common steps."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from fastapi.testclient import TestClient

from tokumei.review.commands import create_adviser
from tokumei.review.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "case-study.md"
PASSWORD = "正しいパスワード-123"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "page has no CSRF field"
    return m.group(1)


@dataclass
class Env:
    app: object
    settings: Settings
    url: str
    adviser_ids: dict[str, int] = field(default_factory=dict)

    def client(self) -> TestClient:
        return TestClient(self.app, base_url="http://testserver", follow_redirects=True)

    def adviser(self, email: str = "sato@example.jp", name: str = "佐藤 花子") -> int:
        aid = create_adviser(self.app.state.sessions, email, name, PASSWORD)
        self.adviser_ids[email] = aid
        return aid


def post(c: TestClient, page: str, url: str, data: dict | None = None, files=None, **kw):
    """GET ``page`` for its CSRF token, then POST the form to ``url``."""
    token = csrf_of(c.get(page).text)
    return c.post(url, data={"csrf_token": token, **(data or {})}, files=files, **kw)


def login(c: TestClient, email: str = "sato@example.jp", password: str = PASSWORD):
    return post(c, "/login", "/login", {"email": email, "password": password})


def _pg_database(base_url: str):
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, base_url.rsplit("/", 1)[0] + "/" + name, plain


def new_engagement(c: TestClient, **fields) -> int:
    data = {"client_name": "株式会社やまだ陶苑", "title": "老舗茶わん屋の事業承継",
            "people": "山田太郎\n山田健一\n鈴木一郎", "organizations": "株式会社やまだ陶苑", "allow": "",
            "policy": "publication", "publish_where": "事務所ウェブサイト", "publish_period": "3年間", **fields}
    r = post(c, "/engagements/new", "/engagements", data)
    assert r.status_code == 200, r.text
    return int(re.search(r"/engagements/(\d+)$", str(r.url)).group(1))


def upload(c: TestClient, eid: int, text: str, name: str = "draft.md"):
    return post(c, f"/engagements/{eid}", f"/engagements/{eid}/versions",
                files={"draft": (name, text.encode("utf-8"), "text/markdown")})


def version_id(r) -> int:
    return int(re.search(r"/versions/(\d+)$", str(r.url)).group(1))


def send_link(c: TestClient, vid: int, eid: int, **data) -> str:
    r = post(c, f"/engagements/{eid}", f"/versions/{vid}/send", {"days": "14", **data})
    assert r.status_code == 200, r.text
    m = re.search(r'id="new-link" readonly value="http://testserver(/c/[^"]+)"', r.text)
    assert m, "link not shown"
    return m.group(1)


def lock_of(html: str) -> str:
    return re.search(r'name="lock_version" value="(\d+)"', html).group(1)
