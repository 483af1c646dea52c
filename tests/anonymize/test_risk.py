"""Re-identification risk flags: (text → kind, passage, suggestion)."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize, find_risks
from tokumei.span import Span


def test_must_flag_tea_bowl_shop_twice():
    flags = find_risks("茶わん屋の十四代目 商いラジオ", year=2026)
    assert [(f.kind, f.text, f.suggestion) for f in flags] == [
        ("generation", "十四代目", "老舗の後継者"), ("programme", "商いラジオ", "（番組名）")]
    assert all(f.why for f in flags)


@pytest.mark.parametrize("text, kind, passage, suggestion", [
    ("当店は創業1700年の茶わん屋", "founding", "創業1700年", "創業300年以上"),
    ("平成元年創業の工務店", "founding", "平成元年創業", "創業30年以上"),
    ("創業150周年を迎えた", "founding", "創業150周年", "創業100年以上"),
    ("県内唯一の手びねり専門店", "superlative", "県内唯一", "地域でも珍しい"),
    ("日本初の試みとして", "superlative", "日本初", "地域でも珍しい"),
    ("市内最古の酒蔵", "superlative", "市内最古", "地域でも珍しい"),
    ("従業員23名の処遇", "headcount", "従業員23名", "従業員20名規模"),
    ("社員は148人いる", "headcount", "社員は148人", "社員100人規模"),
    ("年商は3億2千万円です", "revenue", "3億2千万円", "約3億円規模"),
    ("売上が1,200万円から増加", "revenue", "1,200万円", "約1,000万円規模"),
    ("しずおか新商品大賞を受賞した", "award", "しずおか新商品大賞を受賞", "業界の賞を受賞"),
    ("島田駅の近くにある店舗", "landmark", "島田駅の近く", "駅の近く"),
    ("「商いラジオ」というポッドキャストで", "programme", "「商いラジオ」という", "自身の"),
    ("ポッドキャスト「茶わん談義」を配信", "programme", "「茶わん談義」", "（番組名）"),
    ("Instagram（@yamada_touen）で発信", "sns_handle", "@yamada_touen", "（SNSアカウント）"),
    ("茶わん屋の十四代目", "generation", "十四代目", "老舗の後継者"),
    ("3代目社長", "generation", "3代目", "老舗の後継者"),
])
def test_flag_table(text, kind, passage, suggestion):
    flags = [f for f in find_risks(text, year=2026) if f.kind == kind]
    assert [(f.text, f.suggestion) for f in flags][:1] == [(passage, suggestion)]
    f = flags[0]
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", [
    "昨日からラジオで聞いた",
    "初めて面談しました",
    "ネットラジオを聴く",
    "メールは ichiro@example.jp です",
    "1980年代に流行した",
    "初代",
])
def test_ordinary_text_is_not_flagged(text):
    assert find_risks(text, year=2026) == []


def test_flags_inside_personal_information_are_skipped():
    t = "連絡は@yamada_touen宛"
    span = Span("EMAIL", 3, 16, t[3:16], .9, "t", "")
    assert find_risks(t, [span], year=2026) == []


def test_applied_only_when_policy_says_so(tmp_path):
    t = "茶わん屋の十四代目 商いラジオ"
    r = anonymize(t, spans=[])
    assert r.text == t and len(r.risks) == 2 and not any(f.applied for f in r.risks)
    f = tmp_path / "p.toml"
    f.write_text('[risk]\napply = ["generation", "programme"]\n', encoding="utf-8")
    r = anonymize(t, str(f), spans=[])
    assert r.text == "茶わん屋の老舗の後継者 （番組名）"
    assert all(x.applied for x in r.risks)
    assert {x.label for x in r.replacements} == {"RISK"}


@pytest.mark.parametrize("text, kinds, after", [
    # an adjective suggestion takes in the following の (never 「珍しいの専門店」)
    ("県内唯一の手びねり専門店", ["superlative"], "地域でも珍しい手びねり専門店"),
    ("日本初の試み", ["superlative"], "地域でも珍しい試み"),
    ("県内唯一、手びねりの店", ["superlative"], "地域でも珍しい、手びねりの店"),
    ("従業員23名の会社", ["headcount"], "従業員20名規模の会社"),
])
def test_applied_suggestion_reads_naturally(tmp_path, text, kinds, after):
    f = tmp_path / "p.toml"
    f.write_text(f"[risk]\napply = {kinds!r}\n".replace("'", '"'), encoding="utf-8")
    assert anonymize(text, str(f), spans=[]).text == after


@pytest.mark.parametrize("text, kind, passage", [
    ("「ものづくり日本大賞」を受賞", "award", "「ものづくり日本大賞」を受賞"),
    ("島田駅前の店舗で開催", "landmark", "島田駅前"),
    ("業界初の取り組み", "superlative", "業界初"),
])
def test_more_flags(text, kind, passage):
    assert [(f.kind, f.text) for f in find_risks(text, year=2026)] == [(kind, passage)]


@pytest.mark.parametrize("text", ["愛知県尾張旭市城前1-2-3", "賞与の支給", "社員は約30名です", "ラジオ体操を毎朝",
                                  "今年の初売りは好調", "YouTubeチャンネルで発信"])
def test_more_ordinary_text(text):
    assert find_risks(text, year=2026) == []


def test_kept_dates_do_not_hide_a_founding_year():
    t = "平成元年創業の工務店"
    r = anonymize(t, spans=[Span("DATE", 0, 4, "平成元年", .9, "t", "")])
    assert r.text == t and [f.kind for f in r.risks] == ["founding"]


@pytest.mark.parametrize("text, flagged", [
    ("2024年（令和6年）4月1日に初めて面談しました。", False),  # a date, not a claim (make run showed 「日に初めて」)
    ("その日に初めて会いました。", False),
    ("県内で初めての手びねり専門店です。", True),
    ("地区で初めて導入しました。", True),
])
def test_first_time_on_a_date_is_no_uniqueness_claim(text, flagged):
    from tokumei.anonymize.engine import anonymize as _anon

    kinds = {r.kind for r in _anon(text, "publication").risks}
    assert ("superlative" in kinds) is flagged
