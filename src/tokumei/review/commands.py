"""`tokumei serve` (review and consent web app) and `tokumei audit verify` (hash chain check).

例::

    $ tokumei serve --demo
    $ tokumei audit verify --data-dir tokumei-data
"""
from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from typing import Any

from tokumei.errors import TokumeiError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
DEMO_EMAIL = "demo@example.jp"
EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "case-study.md"


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="事例原稿の確認・同意ウェブアプリを起動する")
    p.add_argument("--host", default="127.0.0.1", help="待ち受けるアドレス（既定 127.0.0.1）")
    p.add_argument("--port", type=int, default=8000, help="ポート番号（既定 8000）")
    p.add_argument("--data-dir", default="tokumei-data", help="データフォルダ（SQLite と署名鍵）")
    p.add_argument("--database-url", default=None, help="postgresql://… を指定すると PostgreSQL を使う")
    p.add_argument("--demo", action="store_true", help="デモ用の作成者アカウントと案件を作る")
    p.add_argument("--smtp-host", default=None, help="確認コードのメール送信に使う SMTP サーバー")
    p.add_argument("--smtp-port", type=int, default=25)
    p.add_argument("--smtp-from", default="tokumei@localhost")
    p.add_argument("--base-url", default=None, help="リンクに使う URL（既定 http://HOST:PORT）")
    p.add_argument("--workers", type=int, default=1,
                   help="サーバープロセスの数（既定 1。CPU の数まで。状態はすべてデータベースにあるので共有されます）")
    p.add_argument("--create-adviser", metavar="EMAIL", help="作成者アカウントを作って終了（パスワードは TOKUMEI_PASSWORD）")
    p.add_argument("--display-name", metavar="NAME",
                   help="--create-adviser の表示名（事業者の画面や監査ログに出る名前。省略すると端末で尋ねる）")
    p.add_argument("--proxy-headers", action="store_true",
                   help="逆プロキシの X-Forwarded-For / X-Forwarded-Proto を信じる（既定は無視。信じる送り元は --forwarded-allow-ips）")
    p.add_argument("--forwarded-allow-ips", default=None, metavar="IPS",
                   help="--proxy-headers のとき転送ヘッダーを信じる送り元（カンマ区切り、既定 127.0.0.1）")
    p.set_defaults(run=run_serve)

    a = sub.add_parser("audit", help="監査ログのハッシュチェーンを検証する")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION")
    v = asub.add_parser("verify", help="編集・削除・並べ替えを検出する")
    v.add_argument("--data-dir", default="tokumei-data")
    v.add_argument("--database-url", default=None)
    v.add_argument("--expect-head", default=None, metavar="番号:ハッシュ",
                   help="承認証明書などで控えた先頭（「番号:ハッシュ」またはハッシュだけ）。末尾の削除・控えより前の書き換えも検出")
    v.set_defaults(run=run_verify)
    a.set_defaults(run=lambda args: (a.print_help(sys.stderr), 2)[1])


def _settings(args: argparse.Namespace, **extra: Any):
    from tokumei.review.settings import Settings

    return Settings(data_dir=args.data_dir, database_url=args.database_url, **extra)


def create_adviser(sessions: Any, email: str, name: str | None, password: str) -> int:
    """Create an adviser, or reset the password (and the display name, when given) of an existing
    one; a reset ends all of that adviser's sign-in sessions. 例: ``create_adviser(S, "a@b.jp", "佐藤", "pw")``"""
    from sqlalchemy import select

    from tokumei.review import sessions as adviser_sessions
    from tokumei.review.models import Adviser
    from tokumei.review.security import hash_password

    with sessions() as db:
        a = db.scalar(select(Adviser).where(Adviser.email == email.lower()))
        if a is None:
            a = Adviser(email=email.lower(), name=name or email.split("@")[0], password_hash=hash_password(password))
            db.add(a)
        else:
            a.password_hash = hash_password(password)
            if name:
                a.name = name
            adviser_sessions.end_all(db, a.id)
        db.commit()
        return a.id


def display_name(args: argparse.Namespace) -> str | None:
    """The adviser's display name: ``--display-name``, else asked on a terminal (None for an
    existing account when nothing is entered: keep the name). 例: ``--display-name "山田 一郎"``"""
    name = (args.display_name or "").strip()
    if not name and sys.stdin.isatty():
        name = input("表示名（事業者の画面に出る名前。例: 山田社労士事務所 山田）: ").strip()
    if len(name) > 200:
        raise TokumeiError("E800", field="--display-name", why="200 文字以内にしてください")
    return name or None


def create_demo(sessions: Any) -> str:
    """Demo adviser (new random password, returned) and an engagement with the bundled example."""
    from sqlalchemy import select

    from tokumei.review import audit
    from tokumei.review.models import Engagement
    from tokumei.review.routers.versions import add_version

    password = secrets.token_urlsafe(12)
    aid = create_adviser(sessions, DEMO_EMAIL, "佐藤 花子（デモ）", password)
    with sessions() as db:
        if db.scalar(select(Engagement).where(Engagement.adviser_id == aid)) is None:
            eng = Engagement(adviser_id=aid, client_name="株式会社やまだ陶苑（デモ）", title="老舗茶わん屋の事業承継",
                             contacts=[], people=["山田太郎", "山田健一", "鈴木一郎"], organizations=["株式会社やまだ陶苑"],
                             allow=[], policy="publication", publish_where="さとう社労士事務所ウェブサイト「事例紹介」",
                             publish_period="公開日から3年間")
            db.add(eng)
            db.commit()
            audit.record(db, "created", actor=f"adviser:{aid}", engagement_id=eng.id, data={"demo": True})
            if EXAMPLE.exists():
                v = add_version(db, eng, "case-study.md", EXAMPLE.read_text(encoding="utf-8"))
                db.commit()
                audit.record(db, "anonymized", actor=f"adviser:{aid}", engagement_id=eng.id,
                             data={"version": v.number, "sha256": v.sha256, "replacements": len(v.items), "risks": len(v.risks)})
    return password


def run_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from tokumei.review.app import close_app, create_app

    base = args.base_url or f"http://{args.host if ':' not in args.host else '[' + args.host + ']'}:{args.port}"
    settings = _settings(args, cookie_secure=base.startswith("https://"), smtp_host=args.smtp_host,
                         smtp_port=args.smtp_port, smtp_from=args.smtp_from, base_url=base,
                         forwarded_allow_ips=(args.forwarded_allow_ips or "127.0.0.1") if args.proxy_headers else None)
    try:
        app = create_app(settings)
    except Exception as e:  # connection refused, bad URL: name the setting, never the password
        if isinstance(e, TokumeiError):
            raise
        raise TokumeiError("E806", field="--database-url" if args.database_url else "--data-dir",
                           why=type(e).__name__) from None
    if args.create_adviser:
        try:
            return _create_adviser_cli(app, args)
        finally:
            close_app(app)
    if args.demo:
        pw = create_demo(app.state.sessions)
        print(f"デモ用アカウント: {DEMO_EMAIL} / パスワード: {pw}")
    if args.host not in LOOPBACK and not settings.cookie_secure:
        print("注意: HTTPS なしで外部に公開しています。--base-url https://… の逆プロキシの利用をお勧めします。",
              file=sys.stderr)
    print(f"{base}/login を開いてください（終了は Ctrl+C）。")
    opts = uvicorn_options(settings, args.host, args.port)
    if args.workers <= 1:
        uvicorn.run(app, **opts)
        return 0
    # several processes: each builds its own app from the same settings (schema already migrated
    # here, signing key already in the data folder); login/code throttling, the audit chain and
    # the page cache's state stamp all live in the database, so every process sees the same state.
    import json
    from dataclasses import asdict

    close_app(app)
    os.environ[WORKER_SETTINGS_ENV] = json.dumps(asdict(settings))  # the signing key stays in its file
    uvicorn.run("tokumei.review.commands:worker_app", factory=True, workers=args.workers, **opts)
    return 0


def _create_adviser_cli(app: Any, args: argparse.Namespace) -> int:
    """``serve --create-adviser EMAIL [--display-name NAME]`` (password in TOKUMEI_PASSWORD)."""
    import os

    from sqlalchemy import select

    from tokumei.review.models import Adviser

    pw = os.environ.get("TOKUMEI_PASSWORD", "")
    if len(pw) < 10:
        raise TokumeiError("E800", field="TOKUMEI_PASSWORD", why="10 文字以上のパスワードを環境変数で渡してください")
    name = display_name(args)
    with app.state.sessions() as db:
        exists = db.scalar(select(Adviser.id).where(Adviser.email == args.create_adviser.lower())) is not None
    if not exists and not name:
        raise TokumeiError("E800", field="--display-name", why="新しいアカウントには表示名が必要です")
    create_adviser(app.state.sessions, args.create_adviser, name, pw)
    print("パスワードを変更しました（ログイン中のセッションはすべて終了しました）。" if exists
          else f"作成者アカウント「{name}」を作成しました。")
    return 0


WORKER_SETTINGS_ENV = "TOKUMEI_SERVE_SETTINGS"


def uvicorn_options(settings: Any, host: str, port: int) -> dict[str, Any]:
    """uvicorn's options for ``tokumei serve`` (also used by the tests' live server).

    X-Forwarded-For is believed only with ``--proxy-headers`` and only from the peers in
    ``settings.forwarded_allow_ips`` (uvicorn's own ProxyHeadersMiddleware does the parsing);
    otherwise it is ignored, so a client cannot pick its own IP address and slip past the
    per-IP sign-in throttle (uvicorn's default trusts it from 127.0.0.1).
    例: ``uvicorn.run(app, **uvicorn_options(settings, "127.0.0.1", 8000))``
    """
    # no access log: review links carry their token in the URL. Keep-alive longer than typical
    # proxy idle timeouts (60 s) so an idle connection is never closed just as a request arrives.
    opts: dict[str, Any] = {"host": host, "port": port, "log_level": "warning", "access_log": False,
                            "timeout_keep_alive": 65, "proxy_headers": bool(settings.forwarded_allow_ips)}
    if settings.forwarded_allow_ips:
        opts["forwarded_allow_ips"] = settings.forwarded_allow_ips
    return opts


def worker_app() -> Any:
    """App factory for ``tokumei serve --workers N`` (settings from the parent process, no migration)."""
    import json
    import os

    from tokumei.review.app import create_app
    from tokumei.review.settings import Settings

    return create_app(Settings(**json.loads(os.environ[WORKER_SETTINGS_ENV])), migrate_schema=False)


def run_verify(args: argparse.Namespace) -> int:
    from tokumei.review import audit
    from tokumei.review.db import make_engine, session_factory

    from sqlalchemy.exc import SQLAlchemyError

    settings = _settings(args)
    if not args.database_url and not (Path(args.data_dir) / "tokumei.sqlite3").exists():
        raise TokumeiError("E806", field="--data-dir", why="tokumei.sqlite3 がありません")
    key = settings.audit_key(create=False)
    engine = make_engine(settings)
    try:
        with session_factory(engine, key)() as db:
            report = audit.check(db, args.expect_head)
    except SQLAlchemyError as e:
        raise TokumeiError("E806", field="--database-url" if args.database_url else "--data-dir",
                           why=type(e).__name__) from None
    finally:
        engine.dispose()
    for note in report.notes:
        print(f"注: {note}", file=sys.stderr)
    if report.problems:
        for p in report.problems:
            print(f"NG seq={p.seq} [{p.kind}] {p.message}", file=sys.stderr)
        raise TokumeiError("E805", where=f"{len(report.problems)} 件の不整合（{report.count} 件中）")
    how = "鍵つき" if report.keyed else "鍵なし（古い形式）"
    print(f"OK: {report.count} 件の監査ログを検証しました（{how}）。改ざんはありません。"
          f"先頭: {report.anchor}")
    return 0
