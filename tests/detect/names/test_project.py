"""Project folder format (tokumei.toml): loading, validation errors naming file and field."""
from __future__ import annotations

import pytest

from tokumei.detect.names.project import Project, load_project
from tokumei.errors import TokumeiError

GOOD = """
[names]
people = ["山田太郎", "山田健一"]
organizations = ["株式会社やまだ陶苑"]
nicknames = ["やまちゃん"]
products = ["商いラジオ"]
places = ["本通商店街"]
[allow]
names = ["佐藤花子", "商工会議所", "厚生労働省"]
[anonymize]
policy = "pseudonym"
"""


def test_load_project_reads_all_lists(tmp_path):
    (tmp_path / "tokumei.toml").write_text(GOOD, encoding="utf-8")
    p = load_project(tmp_path)
    assert p.people == ("山田太郎", "山田健一")
    assert p.organizations == ("株式会社やまだ陶苑",)
    assert p.nicknames == ("やまちゃん",)
    assert p.products == ("商いラジオ",)
    assert p.places == ("本通商店街",)
    assert p.allow == ("佐藤花子", "商工会議所", "厚生労働省")
    assert p.path == tmp_path
    assert load_project(tmp_path / "tokumei.toml") == p


def test_from_lists_strips_and_dedups_and_is_hashable():
    p = Project.from_lists(people=[" 山田太郎 ", "山田太郎", ""], allow=["厚生労働省"])
    assert p.people == ("山田太郎",)
    assert hash(p) == hash(Project.from_lists(people=["山田太郎"], allow=["厚生労働省"]))


def test_bom_and_empty_file(tmp_path):
    (tmp_path / "tokumei.toml").write_bytes("\ufeff[names]\npeople=['鈴木一郎']\n".encode("utf-8"))
    assert load_project(tmp_path).people == ("鈴木一郎",)
    (tmp_path / "tokumei.toml").write_text("", encoding="utf-8")
    assert load_project(tmp_path) == Project(path=tmp_path)


@pytest.mark.parametrize(
    "body, code, field",
    [
        ("[names]\npeople = \"山田太郎\"\n", "E402", "names.people"),
        ("[names]\npeople = [\"山田太郎\", 3]\n", "E402", "names.people[1]"),
        ("[names]\npeople = [\"  \"]\n", "E402", "names.people[0]"),
        ("[names]\npeple = [\"山田太郎\"]\n", "E403", "names.peple"),
        ("[allow]\nnamez = []\n", "E403", "allow.namez"),
        ("names = 3\n", "E402", "names"),
        ("[names]\npeople = [\"山田太郎\"\n", "E401", None),
    ],
)
def test_malformed_file_names_file_and_field_not_value(tmp_path, body, code, field):
    (tmp_path / "tokumei.toml").write_text(body, encoding="utf-8")
    with pytest.raises(TokumeiError) as ei:
        load_project(tmp_path)
    e = ei.value
    assert e.code == code and e.exit_code == 3
    assert "tokumei.toml" in e.message
    if field:
        assert field in e.message
    assert "山田太郎" not in e.message


def test_missing_and_not_utf8(tmp_path):
    with pytest.raises(TokumeiError) as ei:
        load_project(tmp_path)
    assert ei.value.code == "E400"
    (tmp_path / "tokumei.toml").write_bytes("[names]\npeople=['山田']\n".encode("cp932"))
    with pytest.raises(TokumeiError) as ei:
        load_project(tmp_path)
    assert ei.value.code == "E401"
