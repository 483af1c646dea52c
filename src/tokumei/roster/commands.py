"""`tokumei roster …`: rosters where every member decides what is printed and for whom.

例::

    $ tokumei roster create --organiser sato@example.jp --name "さくら小PTA名簿" --purpose "学級の連絡" \\
          --fields 氏名,ふりがな,学年・クラス,電話 --retention 令和9年3月31日
    $ tokumei roster import 1 名簿.xlsx
    $ tokumei roster links 1 -o リンク.csv
    $ tokumei roster publish 1 --audience 役員のみ --order class
    $ tokumei roster copy 1 1 --to "役員 田中様" -o 名簿_第1版_No001.pdf
    $ tokumei roster export-requests 1 12 -o 開示/
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

from tokumei.errors import TokumeiError
from tokumei.roster.command_helpers import (
    _audience_key, _db_options, _print_history, _run, _who, print_plan,
)


def add_parser(sub: Any) -> None:
    p = sub.add_parser("roster", help="本人が項目ごとに掲載範囲を決める名簿（作成・取り込み・版・配布記録・開示）")
    rs = p.add_subparsers(dest="roster_command", metavar="ACTION")
    p.set_defaults(run=lambda args: (p.print_help(sys.stderr), 2)[1])

    def cmd(name: str, help: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        c = rs.add_parser(name, help=help)
        _db_options(c)
        c.set_defaults(run=run)
        return c

    c = cmd("create", "名簿を作る（利用目的・配布先・項目・保存期限）", run_create)
    c.add_argument("--organiser", required=True, help="主催者アカウントのメールアドレス（tokumei serve の作成者）")
    c.add_argument("--name", required=True, help="名簿の名前")
    c.add_argument("--purpose", required=True, help="利用目的")
    c.add_argument("--fields", default="氏名,ふりがな,学年・クラス,住所,電話,メール",
                   help="項目（カンマ区切り: 氏名・ふりがな・学年・クラス・住所・電話・メール・勤務先・卒業年・自由記述）")
    c.add_argument("--audiences", default="会員全員,役員のみ", help="配布先（広い順、カンマ区切り）")
    c.add_argument("--retention", required=True, help="配布した名簿を回収・廃棄する日（2027-03-31 / 令和9年3月31日）")

    c = cmd("import", "既存の名簿（.xlsx / .csv）を取り込む", run_import)
    c.add_argument("roster", type=int)
    c.add_argument("file", type=Path)
    c.add_argument("--map", action="append", default=[], metavar="列名=項目", help="列の対応を指定（項目に - で取り込まない）")
    c.add_argument("--dry-run", action="store_true", help="列の判定だけを表示して取り込まない")

    c = cmd("links", "会員ごとの個人用リンクを作る（CSV。以前のリンクは無効になります）", run_links)
    c.add_argument("roster", type=int)
    c.add_argument("-o", "--output", type=Path, required=True)
    c.add_argument("--days", type=int, default=30)
    c.add_argument("--unanswered", action="store_true", help="まだ回答していない方だけ（お願いの再送）")
    c.add_argument("--base-url", default="http://127.0.0.1:8000")
    c.add_argument("--encoding", default="utf-8-sig", help="utf-8-sig（既定）か cp932")

    c = cmd("revoke", "ある会員の個人用リンクを無効にする", run_revoke)
    c.add_argument("roster", type=int)
    c.add_argument("member", type=int)

    c = cmd("members", "会員番号と氏名の一覧（回答の有無や内容は表示しません）", run_members)
    c.add_argument("roster", type=int)
    c.add_argument("--name", default="", help="氏名・ふりがなの一部で絞り込む")

    c = cmd("answer", "書面で受け取った回答を入力する（項目=配布先 / 掲載しない）", run_answer)
    c.add_argument("roster", type=int)
    c.add_argument("member", type=int)
    c.add_argument("--choice", action="append", default=[], metavar="項目=範囲")
    c.add_argument("--by", default="organiser", choices=("organiser", "member", "guardian"))

    c = cmd("correct", "書面や電話で受けた訂正を入力する（項目=内容、空にすると消去）", run_correct)
    c.add_argument("roster", type=int)
    c.add_argument("member", type=int)
    c.add_argument("--set", action="append", default=[], metavar="項目=内容")

    c = cmd("withdraw", "会員の同意をすべて撤回する（以後の版に載りません）", run_withdraw)
    c.add_argument("roster", type=int)
    c.add_argument("member", type=int)

    c = cmd("status", "回答の件数（誰が断ったかは表示しません）", run_status)
    c.add_argument("roster", type=int)

    c = cmd("publish", "ある配布先の版を作る（その時点の同意の状態を記録）", run_publish)
    c.add_argument("roster", type=int)
    c.add_argument("--audience", required=True, help="配布先（名前またはキー）")
    c.add_argument("--order", default="kana", choices=("kana", "class"), help="kana=五十音順、class=学年・クラス順")

    c = cmd("copy", "版の配布用の写しを作り、受け取る方を記録する（PDF / .xlsx）", run_copy)
    c.add_argument("roster", type=int)
    c.add_argument("edition", type=int, help="版の番号（第N版の N）")
    c.add_argument("--to", required=True, help="受け取る方")
    c.add_argument("--format", default=None, choices=("pdf", "xlsx"))
    c.add_argument("-o", "--output", type=Path, required=True)

    c = cmd("history", "ある会員の情報を載せた版・配布先・回収期限", run_history)
    c.add_argument("roster", type=int)
    c.add_argument("member", type=int)

    c = cmd("export-requests", "開示請求への回答（保有している情報・掲載した版・受け取った方）", run_export)
    c.add_argument("roster", type=int)
    c.add_argument("members", type=int, nargs="+")
    c.add_argument("-o", "--output", type=Path, required=True)

    c = cmd("trace", "流出した写し（PDF / .xlsx）の配布番号と受け取った方を調べる", run_trace)
    c.add_argument("file", type=Path)


def run_create(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from tokumei.review.models import Adviser
    from tokumei.roster.service import create_roster

    def body(db: Any) -> int:
        adv = db.scalar(select(Adviser).where(Adviser.email == args.organiser.strip().lower()))
        if adv is None:
            raise TokumeiError("E879", field="--organiser")
        r = create_roster(db, adv.id, args.name, args.purpose, args.audiences.split(","),
                          args.fields.replace("、", ",").split(","), args.retention, _who())
        print(f"名簿 {r.id} を作成しました（項目 {len(r.fields)}、配布先 {'・'.join(a['label'] for a in r.audiences)}、"
              f"保存期限 {r.retention_until.isoformat()}）。")
        return 0

    return _run(args, body)


def run_import(args: argparse.Namespace) -> int:
    from tokumei.roster.importer import plan_import
    from tokumei.roster.service import get_roster, import_plan

    overrides = {}
    for m in args.map:
        if "=" not in m:
            raise TokumeiError("E200", why=f"--map は 列名=項目 の形です: {m}")
        k, v = m.split("=", 1)
        overrides[k.strip()] = v.strip()

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        plan = plan_import(args.file, r.fields, overrides)
        print(f"{args.file.name}: {len(plan.rows)} 行")
        print_plan(plan)
        skipped = plan.skipped_lines()
        if skipped:
            print(f"  氏名のない行を飛ばします: {'、'.join(map(str, skipped[:20]))}行目{' ほか' if len(skipped) > 20 else ''}")
        if args.dry_run:
            return 0
        added = import_plan(db, r, plan, _who())
        print(f"{len(added)} 名を取り込みました。まだ誰も名簿に載りません（各自の回答を待ちます）。")
        if any(c.risk for c in plan.columns):
            print("取り込まなかった列は元のファイルに残っています。不要であれば元のファイルから削除してください。")
        return 0

    return _run(args, body)


def run_links(args: argparse.Namespace) -> int:
    from tokumei.formats.csvio import write_csv_for_excel
    from tokumei.roster.service import get_roster, issue_links, members, remind

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        pairs = remind(db, r, args.days, _who()) if args.unanswered else issue_links(db, r, members(db, r), args.days, _who())
        base = args.base_url.rstrip("/")
        write_csv_for_excel(args.output, ["会員番号", "氏名", "メール", "個人用リンク"],
                            [[m.id, m.data.get("name", ""), m.data.get("email", ""), f"{base}/m/{tok}"] for m, tok in pairs],
                            args.encoding)
        print(f"{len(pairs)} 名分のリンクを {args.output} に書きました（有効 {args.days} 日。以前のリンクは無効です）。")
        return 0

    return _run(args, body)


def run_members(args: argparse.Namespace) -> int:
    import unicodedata

    from tokumei.roster.service import get_roster, members

    def norm(x: str) -> str:
        return unicodedata.normalize("NFKC", x).replace(" ", "").replace("　", "")

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        want = norm(args.name)
        for m in members(db, r):
            if not want or want in norm(m.data.get("name", "")) or want in norm(m.data.get("kana", "")):
                print(f"{m.id}\t{m.data.get('name', '')}")
        return 0

    return _run(args, body)


def run_revoke(args: argparse.Namespace) -> int:
    from tokumei.roster.service import get_member, get_roster, revoke_links

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        n = revoke_links(db, r, get_member(db, r, args.member), _who())
        print(f"{n} 件のリンクを無効にしました。")
        return 0

    return _run(args, body)


def run_answer(args: argparse.Namespace) -> int:
    from tokumei.roster.service import answer, get_member, get_roster, parse_fields

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        m = get_member(db, r, args.member)
        choices = {}
        for item in args.choice:
            if "=" not in item:
                raise TokumeiError("E200", why=f"--choice は 項目=範囲 の形です: {item}")
            f, v = item.split("=", 1)
            key = parse_fields([f])[-1]  # [-1]: parse_fields puts 氏名 first when it is missing
            choices[key] = _audience_key(r, v.strip())
        rec = answer(db, r, m, choices, args.by, _who())
        print(f"回答を記録しました（SHA-256 {rec.sha256[:16]}…）。")
        return 0

    return _run(args, body)


def run_correct(args: argparse.Namespace) -> int:
    from tokumei.roster.fields import FIELDS
    from tokumei.roster.service import correct, get_member, get_roster, parse_fields

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        m = get_member(db, r, args.member)
        values = {}
        for item in args.set:
            if "=" not in item:
                raise TokumeiError("E200", why="--set は 項目=内容 の形です（内容は表示しません）")
            f, v = item.split("=", 1)
            values[parse_fields([f])[-1]] = v
        changed = correct(db, r, m, values, _who())
        print(f"訂正しました: {'・'.join(FIELDS[f] for f in changed) or '変更なし'}")
        return 0

    return _run(args, body)


def run_withdraw(args: argparse.Namespace) -> int:
    from tokumei.roster.disclosure import history
    from tokumei.roster.service import get_member, get_roster, withdraw

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        m = get_member(db, r, args.member)
        withdraw(db, r, m, "organiser", _who())
        print("同意を撤回しました。以後の版には載りません。")
        _print_history(history(db, r, m), r)
        return 0

    return _run(args, body)


def run_status(args: argparse.Namespace) -> int:
    from tokumei.roster.editions import editions
    from tokumei.roster.fields import FIELDS
    from tokumei.roster.service import counts, get_roster
    from tokumei.roster.render import jst

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        c = counts(db, r)
        print(f"{r.name}: 会員 {c['members']} 名、回答 {c['answered']} 名、未回答 {c['unanswered']} 名")
        for a in r.audiences:
            print(f"  {a['label']}の版に載る方: {c['listed'][a['key']]} 名")
        for f in r.fields:
            print(f"  {FIELDS[f]}: " + "、".join(f"{a['label']} {c['per_field'][f][a['key']]}" for a in r.audiences))
        for ed in editions(db, r):
            print(f"  第{ed.number}版 {ed.audience} {ed.listed} 名 {jst(ed.created_at)}")
        return 0

    return _run(args, body)


def run_publish(args: argparse.Namespace) -> int:
    from tokumei.roster.editions import publish
    from tokumei.roster.service import get_roster

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        ed = publish(db, r, _audience_key(r, args.audience), args.order, _who())
        print(f"第{ed.number}版を作りました（{len(ed.rows)} 名、同意状態の SHA-256 {ed.consent_sha256[:16]}…）。")
        return 0

    return _run(args, body)


def run_copy(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from tokumei.roster.editions import make_copy
    from tokumei.roster.models import Edition
    from tokumei.roster.service import get_roster

    fmt = args.format or ("xlsx" if args.output.suffix.lower() == ".xlsx" else "pdf")

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        ed = db.scalar(select(Edition).where(Edition.roster_id == r.id, Edition.number == args.edition))
        if ed is None:
            raise TokumeiError("E877", edition=f"第{args.edition}版")
        c, data = make_copy(db, r, ed, args.to, fmt, _who())
        try:
            args.output.write_bytes(data)
        except OSError as e:
            raise TokumeiError("E107", path=str(args.output), why=e.strerror or type(e).__name__) from None
        print(f"第{ed.number}版 配布番号 No.{c.copy_no:03d} を {args.output} に書きました。")
        return 0

    return _run(args, body)


def run_history(args: argparse.Namespace) -> int:
    from tokumei.roster.disclosure import history
    from tokumei.roster.service import get_member, get_roster

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        _print_history(history(db, r, get_member(db, r, args.member)), r)
        return 0

    return _run(args, body)


def run_export(args: argparse.Namespace) -> int:
    from tokumei.roster.disclosure import write_disclosure
    from tokumei.roster.service import get_member, get_roster

    def body(db: Any) -> int:
        r = get_roster(db, args.roster)
        for mid in args.members:
            paths = write_disclosure(db, r, get_member(db, r, mid), args.output, _who())
            print("、".join(str(p) for p in paths))
        return 0

    return _run(args, body)


def run_trace(args: argparse.Namespace) -> int:
    from tokumei.roster.editions import find_mark
    from tokumei.roster.models import Edition, Roster
    from tokumei.roster.trace import read_mark

    mark = read_mark(args.file)

    def body(db: Any) -> int:
        c = find_mark(db, mark)
        if c is None:
            raise TokumeiError("E880", path=args.file.name)
        ed = db.get(Edition, c.edition_id)
        r = db.get(Roster, ed.roster_id)
        from tokumei.roster.render import jst

        print(f"{r.name} 第{ed.number}版 配布番号 No.{c.copy_no:03d}: 受け取った方 {c.recipient}（{jst(c.created_at)} 配布）")
        return 0

    return _run(args, body)
