"""The application factory.

例::

    >>> app = create_app(Settings(data_dir="/tmp/tokumei"))  # doctest: +SKIP
    >>> # uvicorn.run(app, host="127.0.0.1", port=8000)
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Callable

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from tokumei.errors import TokumeiError
from tokumei.review.audit import Background, ensure_keyed
from tokumei.review.jst import jst
from tokumei.review.db import make_engine, migrate, session_factory
from tokumei.review.security import Throttle, csrf_token
from tokumei.review.settings import Settings
from tokumei.review.web import LoginRequired

HERE = Path(__file__).parent

STATUS_FOR_CODE = {"E801": 413, "E802": 415, "E803": 409, "E804": 409, "E810": 409, "E811": 409, "E812": 409,
                   "E813": 409, "E814": 409, "E815": 409}
HTTP_MESSAGES = {
    403: "この操作は受け付けられませんでした。ページを再読み込みしてから、もう一度お試しください。",
    404: "ページが見つかりません。リンクが正しいかご確認ください。",
    405: "この方法ではアクセスできません。",
    410: "このリンクは有効期限が切れたか、無効になっています。送り主にお問い合わせください。",
    413: "送信された内容が大きすぎます。",
    429: "試行の回数が上限に達しました。15分ほどおいてからお試しください。",
}


def size_ja(n: int) -> str:
    """A byte count for people. 例: ``size_ja(2 * 1024 * 1024) == "2MB"``、``size_ja(256 * 1024) == "256KB"``"""
    return f"{n / 1024 / 1024:g}MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))}KB"


class BodyLimit:
    """Refuse request bodies larger than the upload limit before reading them: 413 with the
    Japanese error page (this layer sits outside the session, so the page has no form)."""

    def __init__(self, app: ASGIApp, limit: int, page: Callable[[], bytes] | None = None) -> None:
        self.app, self.limit, self.page = app, limit, page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope.get("headers") or []).get(b"content-length")
            if length and length.isdigit() and int(length) > self.limit:
                body = self.page() if self.page else HTTP_MESSAGES[413].encode()
                ctype = b"text/html; charset=utf-8" if self.page else b"text/plain; charset=utf-8"
                await send({"type": "http.response.start", "status": 413,
                            "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


#: What the client reads if an error reaches the app's handler from their pages (the review
#: page itself shows its refusals beside the form; this covers e.g. a failed code e-mail).
CLIENT_FALLBACK = ("お手続きを完了できませんでした。時間をおいてもう一度お試しいただくか、"
                   "この原稿の作成者にお問い合わせください。")

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                 b"script-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class SecurityHeaders:
    """Add CSP and related headers to every response (plain ASGI: cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *[(k, v) for k, v in SECURITY_HEADERS if k not in have]]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, migrate_schema: bool = True) -> FastAPI:
    """Build the app: database (migrated), sessions, templates, routers, error pages.

    例: ``create_app(Settings(data_dir="tokumei-data", cookie_secure=False))``
    """
    from tokumei.review.routers import audit, auth, client, engagements, export, versions
    from tokumei.review.routers.client_cache import ReviewPageFastPath
    from tokumei.roster.routers import router as roster_router

    engine = make_engine(settings)
    if migrate_schema:  # False only in `serve --workers N` processes (the parent migrated)
        migrate(engine)
    sessions = session_factory(engine, settings.audit_key())
    if migrate_schema:  # the parent of `serve --workers N` starts the keyed chain once
        ensure_keyed(sessions)
    background = Background(sessions)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        background.flush()
        app.state.fast_engine.dispose()

    app = FastAPI(title="tokumei review", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    # the review page's fast path runs on the event loop thread, one request at a time, so it
    # has its own single connection and never waits for the request threads' pool (a loop
    # blocked on that pool would deadlock with requests that need the loop to give theirs back)
    app.state.fast_engine = make_engine(settings, pool_size=1, max_overflow=0, pool_timeout=0.05)
    app.state.sessions = sessions
    app.state.audit_bg = background
    app.state.throttle = Throttle(settings.login_max_failures, settings.login_window_seconds, sessions)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["jst"] = jst  # every time a person reads: JST, 「2026年12月4日 13時14分」
    app.state.templates = templates

    app.add_middleware(ReviewPageFastPath)  # innermost: sees the decoded session, skips the router
    app.add_middleware(SessionMiddleware, secret_key=settings.key(), session_cookie="tokumei_session",
                       same_site="lax", https_only=settings.cookie_secure, max_age=8 * 3600)
    too_large = (f"送信された内容が大きすぎます。下書きのファイルは "
                 f"{size_ja(settings.max_upload_bytes)} までです。ファイルを小さくするか分けてから、もう一度お試しください。")
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + 256 * 1024, page=lambda: templates.get_template(
        "error.html").render(message=too_large, status=413, csrf="", flash=None).encode("utf-8"))

    app.add_middleware(SecurityHeaders)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for r in (auth, engagements, versions, client, audit, export):
        app.include_router(r.router)
    app.include_router(roster_router)  # the roster area (issue 14): everything else lives in tokumei/roster/

    def page(request: Request, status: int, message: str) -> HTMLResponse:
        return templates.TemplateResponse(request, "error.html", {
            "message": message, "status": status, "csrf": csrf_token(request.session), "flash": None},
            status_code=status)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(TokumeiError)
    async def _tokumei(request: Request, exc: TokumeiError) -> HTMLResponse:
        if request.url.path.startswith(("/c/", "/w/")):  # the client's pages: no codes, no field names
            return page(request, STATUS_FOR_CODE.get(exc.code, 400), CLIENT_FALLBACK)
        return page(request, STATUS_FOR_CODE.get(exc.code, 400), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> HTMLResponse:
        r = page(request, exc.status_code, HTTP_MESSAGES.get(exc.status_code, "エラーが発生しました。"))
        for k, v in (exc.headers or {}).items():
            r.headers[k] = v
        if exc.status_code == 429 and "retry-after" not in r.headers:
            # the throttles count failures in a sliding window: after one window all have expired
            r.headers["Retry-After"] = str(settings.login_window_seconds)
        return r

    return app


def close_app(app: FastAPI) -> None:
    """Stop the app's audit writer (after it has written what is queued) and close its database
    pools. 例: ``app = create_app(settings); ...; close_app(app)``"""
    app.state.audit_bg.close()
    app.state.engine.dispose()
    app.state.fast_engine.dispose()
