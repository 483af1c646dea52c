"""`tokumei` command line: thin. Each area adds its sub-commands from ``<area>/commands.py``
(``add_parser(subparsers)`` + ``run(args) -> int``); this module only parses, dispatches and
turns :class:`~tokumei.errors.TokumeiError` into a message and an exit code.

Exit codes: 0 ok, 1 personal information remains (``--strict``), 2 usage, 3 bad input,
4 internal error.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from tokumei.errors import EXIT_INTERNAL, EXIT_USAGE, TokumeiError

#: Modules that contribute sub-commands, in help order. Missing ones are skipped.
COMMAND_MODULES = (
    "tokumei.detect.commands",
    "tokumei.anonymize.commands",
    "tokumei.review.commands",
    "tokumei.scan.commands",
    "tokumei.breach.commands",
    "tokumei.roster.commands",
)


#: argparse's own words in Japanese (the rest of the UI is Japanese too). argparse looks its
#: messages up through ``argparse._`` (gettext) at call time, so a lookup table is enough.
_ARGPARSE_JA = {
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "optional arguments": "オプション",
    "show this help message and exit": "このヘルプを表示して終了する",
    "show program's version number and exit": "バージョンを表示して終了する",
    "the following arguments are required: %s": "次の引数が必要です: %s",
    "unrecognized arguments: %s": "認識できない引数です: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "選べない値です: %(value)r（選択肢: %(choices)s）",
    "expected one argument": "値を一つ指定してください",
    "argument %(argument_name)s: %(message)s": "引数 %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "invalid %(type)s value: %(value)r": "%(type)s として不正な値です: %(value)r",
    "not allowed with argument %s": "引数 %s とは同時に指定できません",
}


def _japanese_argparse() -> None:
    original = getattr(argparse, "_tokumei_original_gettext", argparse._)
    argparse._tokumei_original_gettext = original  # type: ignore[attr-defined]
    argparse._ = lambda message: _ARGPARSE_JA.get(message, original(message))  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _japanese_argparse()
    parser = argparse.ArgumentParser(
        prog="tokumei",
        description="tokumei（匿名）: 個人情報の検出・匿名化・確認・棚卸し・漏えい対応",
    )
    parser.add_argument("--version", action="version", version="tokumei 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name and name.startswith(e.name):
                continue
            raise
        mod.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args) or 0)
    except TokumeiError as e:
        print(f"tokumei: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # never echo input values: only the exception type and place
        tb = e.__traceback__
        while tb and tb.tb_next:
            tb = tb.tb_next
        where = f"{type(e).__name__} @ {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else type(e).__name__
        print(f"tokumei: {TokumeiError('E900', where=where)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
