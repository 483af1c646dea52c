"""Tier 2: declared names with variants, and the allow-list (built-in and per project)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tokumei.detect.names import build_analyzer
from tokumei.detect.names.dictionary import AllowList, org_variants, person_variants, split_name
from tokumei.detect.names.project import Project, analyzer_for_project

PROJECT = Project.from_lists(
    people=["山田太郎", "佐藤 花子"],
    organizations=["株式会社やまだ陶苑"],
    nicknames=["やまちゃん"],
    products=["商いラジオ"],
    places=["本通商店街"],
    allow=["鈴木一郎"],
)


@pytest.mark.parametrize("name, parts", [("山田太郎", ("山田", "太郎")), ("佐藤 花子", ("佐藤", "花子")), ("やまちゃん", None)])
def test_split_name(name, parts):
    assert split_name(name) == parts


def test_person_variants():
    v = person_variants("山田太郎")
    assert {"山田太郎", "山田 太郎", "山田", "太郎", "ヤマダ", "タロウ", "ヤマダタロウ", "やまだたろう"} <= v


def test_org_variants():
    v = org_variants("株式会社やまだ陶苑")
    assert {"株式会社やまだ陶苑", "やまだ陶苑", "(株)やまだ陶苑", "やまだ陶苑株式会社"} <= v


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ヤマダ様に連絡", [("PERSON", "ヤマダ", "山田太郎", "様")]),
        ("山田社長が承認", [("PERSON", "山田", "山田太郎", "社長")]),
        ("太郎さんが来た", [("PERSON", "太郎", "山田太郎", "さん")]),
        ("やまだたろう", [("PERSON", "やまだたろう", "山田太郎", None)]),
        ("さとうさんに砂糖（さとう）を", [("PERSON", "さとう", "佐藤 花子", "さん")]),
        ("From: Taro Yamada <t@example.jp>", [("PERSON", "Taro Yamada", "山田太郎", None)]),
        ("YAMADA Taro / Hanako Sato", [("PERSON", "YAMADA Taro", "山田太郎", None), ("PERSON", "Hanako Sato", "佐藤 花子", None)]),
        ("T. Yamada and Yamadaya", [("PERSON", "T. Yamada", "山田太郎", None)]),
        ("佐藤花子と佐藤　花子", [("PERSON", "佐藤花子", "佐藤 花子", None), ("PERSON", "佐藤　花子", "佐藤 花子", None)]),
        ("㈱やまだ陶苑と（株）やまだ陶苑", [("ORGANIZATION", "㈱やまだ陶苑", "株式会社やまだ陶苑", None),
                                          ("ORGANIZATION", "（株）やまだ陶苑", "株式会社やまだ陶苑", None)]),
        ("ヤマチャンと呼ぶ", [("PERSON", "ヤマチャン", "やまちゃん", None)]),
        ("商いラジオで話した", [("ORGANIZATION", "商いラジオ", "商いラジオ", None)]),
        ("本通商店街の会合", [("ORGANIZATION", "本通商店街", "本通商店街", None)]),
    ],
)
def test_declared_names_always_found(text, expected):
    got = [(s.label, s.text, s.data["canonical"], s.data.get("title"))
           for s in build_analyzer(PROJECT).analyze(text) if s.source == "jp.names.dict.v1"]
    assert got == expected


def test_kinds_and_one_entity_per_declared_name():
    spans = build_analyzer(PROJECT).analyze("山田太郎社長、ヤマダ様、太郎さん。商いラジオ。やまちゃん。")
    kinds = {s.text: s.data.get("kind") for s in spans}
    assert kinds["商いラジオ"] == "product" and kinds["やまちゃん"] == "nickname"
    assert len({s.entity_id for s in spans if s.data.get("canonical") == "山田太郎"}) == 1


def test_longer_undeclared_name_wins_over_declared_surname():
    spans = build_analyzer(PROJECT).analyze("山田健二さんが来た")
    assert [(s.label, s.text) for s in spans] == [("PERSON", "山田健二")]


@pytest.mark.parametrize(
    "text, kept, allowed",
    [
        ("厚生労働省と広島東税務署と商工会議所に相談した", [], ["厚生労働省"]),  # the others: no ORG span found
        ("ハローワーク渋谷と新宿年金事務所", [], ["新宿年金事務所"]),
        ("株式会社ミライ商事は厚生労働省に届け出た", ["株式会社ミライ商事"], ["厚生労働省"]),
    ],
)
def test_builtin_allow_list(text, kept, allowed):
    """Detection reports public bodies marked ``allowed`` (no entity id); consumers keep them."""
    from tokumei import analyze

    names = [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")]
    assert [s.text for s in names if not (s.data or {}).get("allowed")] == kept
    marked = [s for s in names if (s.data or {}).get("allowed")]
    assert [s.text for s in marked] == allowed
    assert all(s.entity_id is None for s in marked)


def test_project_allow_list_keeps_the_author():
    spans = build_analyzer(PROJECT).analyze("鈴木一郎が山田太郎さんを訪問した")
    people = [s for s in spans if s.label == "PERSON"]
    assert [s.text for s in people if not (s.data or {}).get("allowed")] == ["山田太郎"]
    assert [s.text for s in people if (s.data or {}).get("allowed")] == ["鈴木一郎"]
    assert AllowList.for_project(PROJECT).allowed("鈴木一郎")
    assert not AllowList.builtin().allowed("鈴木一郎")


def test_analyzer_for_project_is_cached_and_cli_uses_it(tmp_path):
    (tmp_path / "tokumei.toml").write_text('[names]\npeople = ["山田太郎"]\n[allow]\nnames = ["佐藤花子"]\n', encoding="utf-8")
    assert analyzer_for_project(tmp_path) is analyzer_for_project(tmp_path)
    assert analyzer_for_project(PROJECT) is analyzer_for_project(PROJECT)
    doc = tmp_path / "memo.txt"
    doc.write_text("ヤマダ様と佐藤花子さん", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tokumei", "detect", str(doc), "--json", "--project", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    ents = json.loads(r.stdout)["entities"]
    assert [(e["label"], e["text"]) for e in ents] == [("PERSON", "ヤマダ")]


def test_cli_bad_project_file_exit_3_names_field(tmp_path):
    (tmp_path / "tokumei.toml").write_text('[names]\npeople = "山田太郎"\n', encoding="utf-8")
    doc = tmp_path / "memo.txt"
    doc.write_text("こんにちは", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tokumei", "detect", str(doc), "--project", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 3
    assert "names.people" in r.stderr and "tokumei.toml" in r.stderr and "山田太郎" not in r.stderr


def test_surname_shared_by_two_declared_people_follows_the_nearest_full_name():
    proj = Project.from_lists(people=["山田太郎", "山田健一"])
    text = "山田社長は引退した。山田健一専務が継ぐ。山田専務は若い。山田太郎会長は相談役に。山田会長は笑う。"
    spans = [s for s in build_analyzer(proj).analyze(text) if s.label == "PERSON"]
    got = [(s.text, s.entity_id) for s in spans]
    ids = {t: i for t, i in got if t != "山田"}
    bare = [i for t, i in got if t == "山田"]
    assert bare[0] not in (ids["山田健一"], ids["山田太郎"])  # before either full name: kept apart
    assert bare[1] == ids["山田健一"] and bare[2] == ids["山田太郎"]
    assert all(s.data.get("ambiguous") for s in spans if s.text == "山田")
