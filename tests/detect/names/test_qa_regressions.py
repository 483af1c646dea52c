"""Reported name-detection bugs (QA): 山田家 as a company, shop names missed, a one-kanji surname
repeated without an honorific, and the name columns of a table."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.detect.names.tables import find_table_people, header_kind


def names(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")
            and not (s.data or {}).get("reference")]


# --- 1. surname + 家 in a family context is a person (A家の長男), not a company (A社の長男) -----------

@pytest.mark.parametrize("text, name", [
    ("山田家の長男が店を継いだ。", "山田"),
    ("田中家の娘と会った。", "田中"),
    ("佐藤家の相続について相談を受けた。", "佐藤"),
    ("鈴木家ご一同様", "鈴木"),
])
def test_family_house_is_a_person_with_title_ie(text, name):
    spans = [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")]
    assert [(s.label, s.text) for s in spans] == [("PERSON", name)]
    assert spans[0].data["title"] == "家"


@pytest.mark.parametrize("text, org", [
    ("家新設時は加治木家と垂水家がこの家格を", "加治木家"),  # a clan (GSD: ORG), no family context
    ("1225年にバーベンベルク家のオーストリア公", "バーベンベルク家"),
])
def test_clan_stays_an_organisation(text, org):
    assert ("ORGANIZATION", org) in names(text)
    assert not any(lab == "PERSON" for lab, _ in names(text))


# --- 2. shop names: surname/place + 酒店 商店 書店 食堂 工務店 屋 … ----------------------------------

def test_shop_in_brackets_after_a_person():
    assert names("支援したのは金子智之（岡田酒店）です。") == [("PERSON", "金子智之"), ("ORGANIZATION", "岡田酒店")]


@pytest.mark.parametrize("shop", [
    "岡田酒店", "山崎書店", "松井食堂", "佐藤工務店", "鈴木商店", "やまだ屋", "佐藤屋", "山田屋", "中村屋",
    "田中米店", "佐藤青果店", "高橋精肉店", "中村時計店", "鈴木生花店", "木村写真館",
])
def test_shop_names_are_organisations(shop):
    found = names(f"昨日は{shop}で買い物をした。")
    assert found == [("ORGANIZATION", shop)]


@pytest.mark.parametrize("text", [
    "本屋と部屋を見た。",
    "酒屋さんに行った。",
    "近所の酒店で買った。",
    "酒店を営む。",
])
def test_ordinary_shop_words_are_not_names(text):
    assert names(text) == []


# --- 3. a one-kanji surname seen as a person, later in a person's slot -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("林さんと林業の話をした。担当の林です。", ["林", "林"]),
    ("林さんと会った。林が担当します。", ["林", "林"]),
    ("林さんへ。林宛にお送りください。", ["林", "林"]),
    ("林様、はじめまして。私、林と申します。", ["林", "林"]),
    ("林博之さんと林業の話。担当：林", ["林博之", "林"]),
    ("林さんと松林を歩いた。林が広がる。", ["林"]),  # 松林, and 林 as the subject of 広がる: a wood
])
def test_one_kanji_surname_repeated_in_person_slot(text, expected):
    spans = [s for s in analyze(text) if s.label == "PERSON"]
    assert [s.text for s in spans] == expected
    assert len({s.entity_id for s in spans}) == 1
    assert "林業" not in {s.text for s in analyze(text)}


@pytest.mark.parametrize("text", ["林業の話。担当の林です。", "森林の話。林です。"])
def test_one_kanji_word_without_a_person_before_is_not_a_name(text):
    assert [s for s in analyze(text) if s.label == "PERSON"] == []


# --- 4. tables: name columns, one person per row -------------------------------------------------

TSV = "姓\t名\tセイ\tメイ\n山田\t太郎\tヤマダ\tタロウ\n鈴木\t花子\tスズキ\tハナコ"


@pytest.mark.parametrize("text", [TSV, TSV.replace("\t", ","), TSV + "\n"])
def test_table_cells_found_and_grouped_by_row(text):
    spans = [s for s in analyze(text) if s.label == "PERSON"]
    assert [s.text for s in spans] == ["山田", "太郎", "ヤマダ", "タロウ", "鈴木", "花子", "スズキ", "ハナコ"]
    row1, row2 = {s.entity_id for s in spans[:4]}, {s.entity_id for s in spans[4:]}
    assert len(row1) == 1 and len(row2) == 1 and row1 != row2
    assert not any(s.label == "ORGANIZATION" for s in analyze(text))  # スズキ is not the company here


def test_table_full_name_and_furigana_columns():
    text = "No\t氏名\tフリガナ\t電話\n1\t山田 太郎\tヤマダ タロウ\t090-1234-5678\n2\t佐藤花子\tサトウ ハナコ\t"
    spans = [s for s in analyze(text) if s.label == "PERSON"]
    assert [s.text for s in spans] == ["山田 太郎", "ヤマダ タロウ", "佐藤花子", "サトウ ハナコ"]
    assert spans[0].entity_id == spans[1].entity_id != spans[2].entity_id == spans[3].entity_id
    assert any(s.label == "PHONE" for s in analyze(text))


@pytest.mark.parametrize("cell, kind", [
    ("姓", "sur"), ("名", "giv"), ("セイ", "rsur"), ("メイ", "rgiv"), ("氏名", "full"), ("フリガナ", "rfull"),
    ("ふりがな", "rfull"), ("氏名（カナ）", "rfull"), (" 氏 名 ", "full"), ("ﾌﾘｶﾞﾅ", "rfull"), ("住所", None), ("備考", None),
])
def test_header_kind(cell, kind):
    assert header_kind(cell) == kind


@pytest.mark.parametrize("text", [
    "住所\t備考\n山田\t太郎",                       # no name header: the table rule says nothing
    "姓\t名\n123\t@@",                              # cells that are not names
    "山田,太郎は、鈴木,花子と話した。",                # commas in prose, no header
])
def test_table_rule_needs_a_name_header_and_name_cells(text):
    assert find_table_people(text) == []


def test_furigana_column_holds_kana_only():
    assert [s.text for s in find_table_people("No\tフリガナ\n1\t山田")] == []
    assert [s.text for s in find_table_people("No\tフリガナ\n1\tやまだ たろう")] == ["やまだ たろう"]


def test_comma_table_ends_where_the_shape_changes():
    text = "姓,名\n山田,太郎\n鈴木,花子,追記です\n佐藤,一郎"
    assert [s.text for s in find_table_people(text)] == ["山田", "太郎"]
    assert [s.text for s in find_table_people("姓\t名\n山田\t太郎\n\n佐藤\t一郎")] == ["山田", "太郎"]
