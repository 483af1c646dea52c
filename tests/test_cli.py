"""The command line speaks Japanese, including argparse's own words, and exits 2 on usage errors."""
from __future__ import annotations

import pytest

from tokumei.cli import main


def test_help_is_japanese(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: tokumei") and "オプション" in out
    for cmd in ("detect", "anonymize", "restore", "serve", "audit", "scan", "breach"):
        assert cmd in out


def test_usage_error_is_japanese_and_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["detect"])
    assert e.value.code == 2
    assert "次の引数が必要です" in capsys.readouterr().err
