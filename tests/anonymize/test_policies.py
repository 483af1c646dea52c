"""Golden BEFORE/AFTER per built-in policy (hand-made spans, so the output is exact), and
policy files with errors that name the file and the field."""
from __future__ import annotations

import hashlib
import hmac

import pytest

from tokumei.anonymize import anonymize, load_policy
from tokumei.errors import TokumeiError
from tokumei.span import Span

BEFORE = ("山田太郎社長（昭和35年4月1日生まれ）の連絡先は090-1234-5678、住所は静岡県島田市本通2-3-4、"
          "(株)ミライ商事に勤務。山田社長の個人番号は1234 5678 9018。")


def _sp(label: str, sub: str, nth: int = 0, eid: str | None = None, **data) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = BEFORE.index(sub, i + 1)
    return Span(label, i, i + len(sub), sub, 0.9, "test", "手作り", eid, data or None)


SPANS = [_sp("PERSON", "山田太郎", eid="p1", title="社長"), _sp("DATE_OF_BIRTH", "昭和35年4月1日"),
         _sp("PHONE", "090-1234-5678"), _sp("ADDRESS", "静岡県島田市本通2-3-4"), _sp("ORGANIZATION", "ミライ商事"),
         _sp("PERSON", "山田", nth=1, eid="p1", title="社長"), _sp("MY_NUMBER", "1234 5678 9018")]
KEY = b"k" * 32


def _h(label_ja: str, kind: str, value: str) -> str:
    return f"〔{label_ja}#" + hmac.new(KEY, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:10] + "〕"


AFTER = {
    "publication": "A社長（1960年代生まれ）の連絡先は（電話番号）、住所は静岡県、A社に勤務。A社長の個人番号は（マイナンバー）。",
    "internal": "〔人名A〕社長（〔生年月日A〕生まれ）の連絡先は〔電話番号A〕、住所は〔住所A〕、〔組織名A〕に勤務。"
                "〔人名A-2〕社長の個人番号は〔マイナンバーA〕。",
    "redact": "■■社長（■■生まれ）の連絡先は■■、住所は■■、■■に勤務。■■社長の個人番号は■■。",
    "mask": "■■社長（■■生まれ）の連絡先は***-****-5678、住所は■■、■■に勤務。■■社長の個人番号は**** **** 9018。",
    "hash": f"{_h('人名', 'PERSON', '山田太郎')}社長（{_h('生年月日', 'DATE_OF_BIRTH', '昭和35年4月1日')}生まれ）の連絡先は"
            f"{_h('電話番号', 'PHONE', '090-1234-5678')}、住所は{_h('住所', 'ADDRESS', '静岡県島田市本通2-3-4')}、"
            f"{_h('組織名', 'ORGANIZATION', 'ミライ商事')}に勤務。{_h('人名', 'PERSON', '山田太郎')}社長の個人番号は"
            f"{_h('マイナンバー', 'MY_NUMBER', '123456789018')}。",
}


@pytest.mark.parametrize("policy", sorted(AFTER))
def test_golden_per_policy(policy):
    r = anonymize(BEFORE, policy, spans=SPANS, hash_key=KEY)
    assert r.text == AFTER[policy]
    for rep in r.replacements:
        assert BEFORE[rep.start:rep.end] == rep.original
        assert r.text[rep.new_start:rep.new_end] == rep.replacement


def test_my_number_is_not_restorable_by_default():
    for name in ("publication", "internal", "mask"):
        r = anonymize(BEFORE, name, spans=SPANS)
        mine = [x for x in r.replacements if x.label == "MY_NUMBER"]
        assert mine and not mine[0].restorable
        assert all(row[2] is None for row, x in zip(r.restore_record(), r.replacements) if x.label == "MY_NUMBER")


def test_hash_without_key_is_refused(monkeypatch):
    monkeypatch.delenv("TOKUMEI_HASH_KEY", raising=False)
    with pytest.raises(TokumeiError) as e:
        anonymize(BEFORE, "hash", spans=SPANS)
    assert e.value.code == "E504"


@pytest.mark.parametrize("text, opts, expected", [
    ("住所は静岡県島田市本通2-3-4です", 'level = "municipality"', "住所は静岡県島田市です"),
    ("住所は静岡県島田市本通2-3-4です", "", "住所は静岡県です"),
])
def test_address_level(tmp_path, text, opts, expected):
    f = tmp_path / "p.toml"
    f.write_text(f'[labels.ADDRESS]\noperator = "generalize_address"\n{opts}\n', encoding="utf-8")
    i = text.index("静岡")
    span = Span("ADDRESS", i, i + 13, text[i:i + 13], .9, "t", "")
    assert anonymize(text, str(f), spans=[span]).text == expected


@pytest.mark.parametrize("text, sub, expected", [
    ("1985年7月15日生まれの鈴木", "1985年7月15日", "1980年代生まれの鈴木"),
    ("生年月日: 平成元年1月8日", "平成元年1月8日", "生年月日: 1980年代生まれ"),
    ("（S55.3.1生）", "S55.3.1", "（1980年代生）"),
])
def test_date_of_birth_to_decade(text, sub, expected):
    i = text.index(sub)
    r = anonymize(text, spans=[Span("DATE_OF_BIRTH", i, i + len(sub), sub, .9, "t", "")])
    assert r.text == expected


def test_round_amounts_option(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text("[amounts]\nround = true\n", encoding="utf-8")
    assert anonymize("売上は1,234万円、予算は1億2千万円", str(f), spans=[]).text == "売上は約1,200万円、予算は約1.2億円"


@pytest.mark.parametrize("body, code, field", [
    ("[labels.PERSON]\noperator = \"shuffle\"\n", "E503", "labels.PERSON.operator"),
    ("[labels.NAME]\noperator = \"redact\"\n", "E503", "labels.NAME"),
    ("[default]\noperator = \"mask\"\nkeep = \"4\"\n", "E503", "default.keep"),
    ("[risk]\napply = [\"everything\"]\n", "E503", "risk.apply"),
    ("colour = 1\n", "E503", "colour"),
    ("[labels.PERSON\n", "E502", None),
])
def test_bad_policy_files_name_file_and_field(tmp_path, body, code, field):
    f = tmp_path / "mine.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        load_policy(str(f))
    assert e.value.code == code
    assert "mine.toml" in e.value.message
    if field:
        assert field in e.value.message


def test_unknown_and_missing_policy(tmp_path):
    with pytest.raises(TokumeiError) as e:
        load_policy("publicaton")
    assert e.value.code == "E201"
    with pytest.raises(TokumeiError) as e:
        load_policy(str(tmp_path / "nothere.toml"))
    assert e.value.code == "E501"


def test_user_policy_extends_a_builtin(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('extends = "publication"\n[labels.ADDRESS]\noperator = "generalize_address"\nlevel = "municipality"\n'
                 '[risk]\napply = ["generation"]\n', encoding="utf-8")
    p = load_policy(str(f))
    assert p.rule_for("PERSON").operator == "pseudonym"  # inherited
    assert p.rule_for("ADDRESS").params == {"level": "municipality"}  # overridden
    assert p.apply_risks == frozenset({"generation"})
    r = anonymize(BEFORE, str(f), spans=SPANS)
    assert "静岡県島田市、A社に勤務" in r.text
