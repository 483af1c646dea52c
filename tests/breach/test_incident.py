"""INCIDENT.toml validation: each error names the file and field, never a value."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from breach_helpers import incident  # noqa: E402

from tokumei.breach.incident import load_incident  # noqa: E402
from tokumei.errors import TokumeiError  # noqa: E402

# (case, overrides, code, field named in the message)
BAD = [
    ("missing discovered_at", {"discovered_at": None}, "E852", "discovered_at"),
    ("no offset", {"discovered_at": "2026-11-24T10:30:00"}, "E853", "discovered_at"),
    ("not a date", {"discovered_at": "昨日"}, "E853", "discovered_at"),
    ("missing people", {"people": None}, "E852", "people"),
    ("negative people", {"people": -1}, "E853", "people"),
    ("people and range", {"people_max": 10}, "E853", "people"),
    ("min > max", {"people": None, "people_min": 20, "people_max": 10}, "E853", "people_min"),
    ("unknown cause", {"cause": "aliens"}, "E853", "cause"),
    ("unknown label", {"items": ["PERSON", "SHOE_SIZE"]}, "E853", "items[1]"),
    ("items not a list", {"items": "PERSON"}, "E853", "items"),
    ("unknown sensitive", {"sensitive": ["好きな色"]}, "E853", "sensitive[0]"),
    ("flag not bool", {"encrypted": "yes"}, "E853", "encrypted"),
    ("unknown field", {"peoples": 3}, "E854", "peoples"),
    ("overlap items/not_items", {"not_items": ["ADDRESS"]}, "E853", "not_items"),
    ("business without name", {"business": {"phone": "0120-000-000"}}, "E852", "business.name"),
    ("unknown business field", {"business": {"name": "x", "fax": "1"}}, "E854", "business.fax"),
]


@pytest.mark.parametrize("case,over,code,field", BAD, ids=[b[0] for b in BAD])
def test_bad_incident_names_the_field(case, over, code, field):
    with pytest.raises(TokumeiError) as e:
        incident(**over)
    assert e.value.code == code
    assert field in e.value.message and "t.toml" in e.value.message


def test_people_range_and_label():
    inc = incident(people=None, people_min=900, people_max=1200)
    assert (inc.people_min, inc.people_max, inc.people_ja) == (900, 1200, "900人〜1,200人（推計）")
    assert incident(people=1520).people_ja == "1,520人"


# (case, file content, code)
FILES = [
    ("broken toml", "discovered_at = \n", "E851"),
    ("not utf-8", None, "E101"),
]


@pytest.mark.parametrize("case,content,code", FILES)
def test_bad_files(tmp_path, case, content, code):
    p = tmp_path / "incident.toml"
    if content is None:
        p.write_bytes("cause = \"不正\"".encode("cp932"))
    else:
        p.write_text(content, "utf-8")
    with pytest.raises(TokumeiError) as e:
        load_incident(p)
    assert e.value.code == code and str(p) in e.value.message


def test_missing_file(tmp_path):
    with pytest.raises(TokumeiError) as e:
        load_incident(tmp_path / "none.toml")
    assert e.value.code == "E850"


def test_secret_value_not_in_message():
    with pytest.raises(TokumeiError) as e:
        incident(items=["PERSON", "山田太郎 090-1234-5678"])
    assert "山田" not in str(e.value) and "090" not in str(e.value)


def test_native_toml_datetime(tmp_path):
    p = tmp_path / "i.toml"
    p.write_text('discovered_at = 2026-11-23T23:30:00+00:00\npeople = 1\ncause = "other"\nitems = ["PERSON"]\n'
                 '[business]\nname = "x"\n', "utf-8")
    assert load_incident(p).discovered_date.isoformat() == "2026-11-24"  # 08:30 in Japan
