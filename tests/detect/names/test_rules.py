"""Tier 1 rules: (text → expected PERSON/ORGANIZATION spans, titles kept out of the span)."""
from __future__ import annotations

import pytest

from tokumei.detect.names.rules import SOURCE, find_names
from tokumei.detect.resolve import resolve
from tokumei.detect.textview import TextView


def names(text: str) -> list[tuple[str, str, str | None]]:
    spans = resolve(find_names(TextView(text)))
    # prefectures/countries are coarse places (tests/detect/names/test_places.py), not this table's subject
    return [(s.label, s.text, (s.data or {}).get("title")) for s in spans
            if s.score >= 0.4 and not (s.data or {}).get("coarse")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("山田社長に確認した。", [("PERSON", "山田", "社長")]),
        ("田中先生と鈴木さん", [("PERSON", "田中", "先生"), ("PERSON", "鈴木", "さん")]),
        ("高木守道氏から連絡", [("PERSON", "高木守道", "氏")]),
        ("佐藤 花子様", [("PERSON", "佐藤 花子", "様")]),
        ("代表取締役 田中一郎", [("PERSON", "田中一郎", None)]),
        ("ウォルター・ローリー卿が来た", [("PERSON", "ウォルター・ローリー", "卿")]),
        ("ヘンリー8世の命令", [("PERSON", "ヘンリー8世", None)]),
        ("顕進氏は述べた", [("PERSON", "顕進", "氏")]),
        ("やまちゃんが来た", [("PERSON", "やま", "ちゃん")]),
        ("王子カルラスが即位した", [("PERSON", "カルラス", None)]),
        ("田中リタとジェボムが来た", [("PERSON", "田中リタ", None), ("PERSON", "ジェボム", None)]),
        # not names: common nouns with honorifics, a bare placeholder letter
        ("皆さんとお客様と患者さん", []),
        ("お医者さんも来た", []),
        ("Aさんに聞いた", []),
        ("スタッフさんも親切", []),
        ("ここでリスナーさんからのメッセージです", []),
        ("ソムリエさんとパティシエさんが来店した", []),
        # organisations: legal forms before/after, brackets, suffixes, 〜屋
        ("株式会社ミライ商事の鈴木部長", [("ORGANIZATION", "株式会社ミライ商事", None), ("PERSON", "鈴木", "部長")]),
        ("ミライ商事株式会社に勤務", [("ORGANIZATION", "ミライ商事株式会社", None)]),
        ("㈱ミライと（株）ひかり", [("ORGANIZATION", "㈱ミライ", None), ("ORGANIZATION", "（株）ひかり", None)]),
        ("一般社団法人日本ミライ協会", [("ORGANIZATION", "一般社団法人日本ミライ協会", None)]),
        ("社会福祉法人「ひまわり会」が運営", [("ORGANIZATION", "ひまわり会", None)]),
        ("NPO法人ふくしの会員", [("ORGANIZATION", "NPO法人ふくし", None)]),
        ("山田商店とやまだ屋と本屋", [("ORGANIZATION", "山田商店", None), ("ORGANIZATION", "やまだ屋", None)]),
        ("山田法律事務所の田中先生", [("ORGANIZATION", "山田法律事務所", None), ("PERSON", "田中", "先生")]),
        ("浅野木材工業が開発", [("ORGANIZATION", "浅野木材工業", None)]),
        ("国土交通省から認定", [("ORGANIZATION", "国土交通省", None)]),
        ("山田町の山田駅", []),
        ("山田屋さんに発注", [("ORGANIZATION", "山田屋", None)]),
        ("John Smithさん", [("PERSON", "John Smith", "さん")]),
        ("Taro Yamadaさんから", [("PERSON", "Taro Yamada", "さん")]),
        # surnames SudachiPy read as common nouns or places here, found through the dictionary
        ("原部長と西さん", [("PERSON", "原", "部長"), ("PERSON", "西", "さん")]),
        ("小林さんと中島部長", [("PERSON", "小林", "さん"), ("PERSON", "中島", "部長")]),
        ("営業部長と東京支店長と総務課長と担当者様", []),
        ("田中未来は来た", [("PERSON", "田中未来", None)]),
        ("山田会計事務所と山田動物病院", [("ORGANIZATION", "山田会計事務所", None), ("ORGANIZATION", "山田動物病院", None)]),
        ("総合病院と法律事務所", []),
        ("すずき社労士事務所の鈴木社労士", [("ORGANIZATION", "すずき社労士事務所", None), ("PERSON", "鈴木", "社労士")]),
        ("医療法人社団 健康会の理事", [("ORGANIZATION", "医療法人社団 健康会", None)]),
        # hiragana names SudachiPy breaks into function words (や|まだ)
        ("株式会社やまだ陶苑（代表）", [("ORGANIZATION", "株式会社やまだ陶苑", None)]),
        ("やまだ陶苑株式会社と契約", [("ORGANIZATION", "やまだ陶苑株式会社", None)]),
        ("株式会社の社員と株式会社では", []),
        # common business abbreviations are not organisations
        ("DXとITとSNSが課題", []),
    ],
)
def test_rules_table(text, expected):
    assert names(text) == expected


def test_spans_say_their_tier_and_keep_name_parts():
    (s,) = [x for x in find_names(TextView("山田太郎社長")) if x.label == "PERSON"]
    assert s.source == SOURCE and s.data["tier"] == 1
    assert s.data["parts"] == [("山田", "姓"), ("太郎", "名")]
    assert s.data["title"] == "社長"


def test_cover_finds_the_tokens_that_make_up_exactly_a_stretch_of_text():
    from tokumei.detect.names.rules.base import _cover
    from tokumei.detect.names.tokens import Token

    toks = [Token(s, 0, 0, ("名詞",), "", False) for s in ("所属", "事務", "所は", "X")]
    assert _cover(toks, 0, 4) == 2      # 所属|事務
    assert _cover(toks, 0, 5) is None   # 所属|事務|所は straddles the fifth character
    assert _cover(toks, 2, 3) == 4      # 所は|X, up to the end
    assert _cover(toks, 3, 2) is None   # the tokens end first
