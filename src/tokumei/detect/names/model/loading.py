"""Loading the shipped names model ``jp.names.model.v1`` once per process: its metadata, the JMnedict lexicon the
model's features and the rules share, the crfsuite file rewritten with short attribute names (:mod:`.shortnames`), and
the feature cache that writes those names. Split from ``model/__init__.py`` when it passed 400 lines; nothing changed
(the package still exports :func:`load`, :func:`metadata`, :func:`jmnedict`, :class:`Model`).

例: ``load().meta["name"]`` is ``"jp.names.model.v1"``; ``"g" in jmnedict().get("あかり", "")`` (a given name).
"""
from __future__ import annotations

import json
import struct
import threading
from functools import lru_cache
from importlib import resources
from typing import Any

from tokumei.detect.names.model import features as F, shortnames
from tokumei.detect.names.tokens import Token
from tokumei.errors import TokumeiError

#: Attributes whose largest weight (any label) is below this are left out when tagging: each costs
#: a string conversion and a lookup in crfsuite, and they barely move a score (chosen on dev).
PRUNE = 0.0
_PACKAGE = "tokumei.detect.names.model"
_lock = threading.Lock()
_local = threading.local()


class Model:
    """The loaded model: metadata, feature cache and the path of the crfsuite file."""

    def __init__(self, meta: dict[str, Any], path: str, cache: F.FeatureCache, blob: bytes | None = None) -> None:
        self.meta = meta
        self.path = path
        self.cache = cache
        #: the model file with short attribute names (:mod:`.shortnames`) the taggers read, for the
        #: cache's short names (crfsuite keeps a pointer into it: it lives as long as the model);
        #: None: the file at ``path`` (a plain cache's names, as the training script runs it)
        self.blob = blob
        self.use_rules = bool(meta.get("use_rules", True))

    def tagger(self):
        """This thread's crfsuite tagger of this model (a Tagger is not shared between threads)."""
        tg = getattr(_local, "tagger", None)
        if tg is None or getattr(_local, "model", None) is not self:
            import pycrfsuite  # CRFsuite's C++ tagger (python-crfsuite), see the package docstring (model/__init__.py)

            tg = pycrfsuite.Tagger()
            if self.blob is None:
                tg.open(self.path)
            else:
                tg.open_inmemory(self.blob)
            _local.tagger, _local.model = tg, self
        return tg


class _TaggingCache(F.FeatureCache):
    """The feature cache of the tagger: the same rows, each attribute as the model's two-byte short
    name (:mod:`.shortnames`: same ids, so the same tags and marginals). python-crfsuite converts
    every attribute on every call and crfsuite looks each up by its name; short names make both
    cheap (≈ 0.35 µs per GSD dev character, 4 % of a sentence). Attributes the model does not
    know (a pair or a jm2= type it never saw) become :data:`UNKNOWN`, which crfsuite skips as it
    skipped the unknown name."""

    #: Three bytes: never a short name (those have one or two), so crfsuite finds no attribute.
    UNKNOWN = b"\x01\x01\x01"

    def __init__(self, lex: F.Lexicons, names: dict[str, bytes], keep: frozenset[str] | None = None) -> None:
        self.names = names
        super().__init__(lex, keep=keep)

    def attr(self, name: str) -> bytes:
        return self.names.get(name, self.UNKNOWN)

    def get(self, t: Token) -> tuple:
        key = (t.surface, t.pos, t.oov)
        got = self.table.get(key)
        if got is None:
            got = super().get(t)
            names, unknown = self.names, self.UNKNOWN
            got = tuple(tuple(names.get(x, unknown) for x in part) for part in got[:5]) + got[5:]
            self.table[key] = got
        return got


def metadata() -> dict[str, Any]:
    """The shipped model's metadata (version, training data SHA-256, features, parameters, dev scores)."""
    raw = resources.files(_PACKAGE).joinpath("data/jp_names_v1.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def jmnedict() -> dict[str, str]:
    """JMnedict's written forms → type codes (s surname, g given, p person, o organisation, u unclass), read once
    per process and shared by the model's features and the rules (娘のあかりは: あかり is a given name there).
    Credit: JMnedict, EDRDG (data/NOTICE.md). 例: ``"g" in jmnedict().get("あかり", "")``"""
    from tokumei.detect.names.model.lexicon import read_compact

    return read_compact(resources.files(_PACKAGE).joinpath("data/jmnedict_names.tsv.gz").read_bytes())


@lru_cache(maxsize=1)
def load() -> Model:
    """The process-wide model, loaded on first use (model file, metadata, lexicons)."""
    from tokumei.detect.names.model.lexicon import place_kinds_factory, read_sorted

    with _lock:
        meta = metadata()
        ref = resources.files(_PACKAGE).joinpath("data/jp_names_v1.crfsuite")
        # crfsuite opens a file path; an installed package is a directory, so this is the file itself
        path = str(ref)
        jm = jmnedict() if meta.get("use_jmnedict", True) else None
        sudachi = F.sudachi_tags_factory() if meta.get("use_sudachi", True) else None
        feats = set(meta.get("features", ()))
        clusters = None
        if "clusters" in feats:
            # one string + line offsets, not a 460,000-entry dict (≈ 8 MB instead of ≈ 80 MB resident)
            clusters = read_sorted(resources.files(_PACKAGE).joinpath("data/word_clusters.tsv.gz").read_bytes())
        places = place_kinds_factory() if "gazetteer" in feats else None
        keep, blob, names = _short_model(ref.read_bytes(), ref.name)
        lex = F.Lexicons(sudachi, jm, clusters, places, feats)
        return Model(meta, path, _TaggingCache(lex, names, keep=keep), blob)


def _short_model(raw: bytes, name: str) -> tuple[frozenset[str], bytes, dict[str, bytes]]:
    """(attributes kept after pruning, the model with short attribute names, their names); a file
    that is no crfsuite model (a broken install) is E410, not a bare ValueError from the reader."""
    try:
        keep = frozenset(a for a, w in shortnames.largest_weights(raw).items() if w >= PRUNE)
        blob, names = shortnames.shorten(raw)  # ≈ 0.1 s, once
    except (ValueError, struct.error) as e:
        raise TokumeiError("E410", path=name, why=str(e)) from None
    return keep, blob, names
