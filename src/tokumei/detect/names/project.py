"""Project folders: the client names an adviser declares in advance, and names that must stay.

A project is a folder holding ``tokumei.toml``::

    [names]
    people = ["山田太郎", "山田健一"]          # PERSON
    organizations = ["株式会社やまだ陶苑"]     # ORGANIZATION
    nicknames = ["やまちゃん"]                 # PERSON, data={"kind": "nickname"}
    products = ["商いラジオ"]                  # ORGANIZATION, data={"kind": "product"}
    places = ["本通商店街"]                    # ORGANIZATION, data={"kind": "place"}
    [allow]
    names = ["佐藤花子", "商工会議所", "厚生労働省"]   # never reported (author, public bodies)

Every declared name is always found, with its variants (:mod:`tokumei.detect.names.dictionary`).
Other tables (``[anonymize]`` …) belong to other parts of tokumei and are ignored here; unknown
keys inside ``[names]``/``[allow]`` are errors so that a typo (``peple``) is not silently lost.
Errors name the file and the field, never a value (E400–E403).

Labels: the vocabulary is fixed, so products and places are ORGANIZATION with ``data["kind"]``
("product"/"place") and nicknames are PERSON with ``data["kind"] == "nickname"``.

例::

    >>> p = Project.from_lists(people=["山田太郎"], allow=["厚生労働省"])
    >>> p.people
    ('山田太郎',)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from tokumei.errors import TokumeiError

__all__ = ["Project", "load_project", "analyzer_for_project", "PROJECT_FILE"]

PROJECT_FILE = "tokumei.toml"
_NAME_KEYS = ("people", "organizations", "nicknames", "products", "places")
_ALLOW_KEYS = ("names",)


def _clean(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for x in items:
        x = x.strip()
        if x:
            seen.setdefault(x, None)
    return tuple(seen)


@dataclass(frozen=True)
class Project:
    """Declared names of one project (tuples, so a Project is hashable and cacheable)."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    path: Path | None = None

    @classmethod
    def from_lists(
        cls,
        people: Iterable[str] = (),
        organizations: Iterable[str] = (),
        nicknames: Iterable[str] = (),
        products: Iterable[str] = (),
        places: Iterable[str] = (),
        allow: Iterable[str] = (),
        path: Path | None = None,
    ) -> "Project":
        """Build a project from plain lists (API use). 例: ``Project.from_lists(people=["山田太郎"])``"""
        return cls(
            _clean(people), _clean(organizations), _clean(nicknames),
            _clean(products), _clean(places), _clean(allow), path,
        )


def _strings(value: Any, path: Path, field: str) -> list[str]:
    if not isinstance(value, list):
        raise TokumeiError("E402", path=path, field=field, why="文字列のリストにしてください")
    for i, v in enumerate(value):
        if not isinstance(v, str):
            raise TokumeiError("E402", path=path, field=f"{field}[{i}]", why="文字列ではありません")
        if not v.strip():
            raise TokumeiError("E402", path=path, field=f"{field}[{i}]", why="空の文字列です")
    return value


def load_project(directory: str | Path) -> Project:
    """Read ``<directory>/tokumei.toml`` (the file itself may also be given).

    例: ``load_project("案件/やまだ陶苑").people`` → ``('山田太郎', '山田健一')``
    """
    d = Path(directory)
    path = d if d.name == PROJECT_FILE or d.is_file() else d / PROJECT_FILE
    if not path.is_file():
        raise TokumeiError("E400", path=path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
        doc = tomllib.loads(raw)
    except UnicodeDecodeError:
        raise TokumeiError("E401", path=path, where="UTF-8 ではありません") from None
    except tomllib.TOMLDecodeError as e:
        # tomllib messages end with "(at line N, column M)"; keep only that part (no values).
        msg = str(e)
        where = msg[msg.rfind("(at ") + 1 : -1] if "(at " in msg else "構文エラー"
        raise TokumeiError("E401", path=path, where=where) from None
    lists: dict[str, list[str]] = {}
    for table, keys in (("names", _NAME_KEYS), ("allow", _ALLOW_KEYS)):
        section = doc.get(table, {})
        if not isinstance(section, dict):
            raise TokumeiError("E402", path=path, field=table, why="表 [" + table + "] にしてください")
        for key, value in section.items():
            if key not in keys:
                raise TokumeiError("E403", path=path, field=f"{table}.{key}")
            lists[f"{table}.{key}"] = _strings(value, path, f"{table}.{key}")
    return Project.from_lists(
        people=lists.get("names.people", ()),
        organizations=lists.get("names.organizations", ()),
        nicknames=lists.get("names.nicknames", ()),
        products=lists.get("names.products", ()),
        places=lists.get("names.places", ()),
        allow=lists.get("allow.names", ()),
        path=path.parent,
    )


_CACHE: dict[Any, Any] = {}


def analyzer_for_project(project: "Project | str | Path"):
    """The analyzer for a project (folder or :class:`Project`), built once and cached.

    A folder is re-read when its ``tokumei.toml`` changes (cache key includes mtime).
    例: ``analyzer_for_project("案件/やまだ陶苑").analyze("山田社長に確認")``
    """
    if isinstance(project, Project):
        key: Any = project
    else:
        p = Path(project)
        f = p if p.is_file() else p / PROJECT_FILE
        if not f.is_file():
            raise TokumeiError("E400", path=f)
        key = (str(f.resolve()), f.stat().st_mtime_ns)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    proj = project if isinstance(project, Project) else load_project(project)
    from tokumei.detect.names import build_analyzer

    analyzer = build_analyzer(proj)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = analyzer
    return analyzer
