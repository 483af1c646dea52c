"""Project adapter: the project's analyzer, its default policy and its encrypted vault.

The pure engine gets a :class:`PseudonymState`; this adapter loads it from
``<project>/.tokumei/vault.bin`` before and saves it (with the restore record of each output)
afterwards, so that 山田社長 is 「A社長」 in every document of the project.

``tokumei.toml`` may name the project's default policy::

    [anonymize]
    policy = "internal"

例::

    >>> with Project.open("案件/やまだ陶苑") as prj:           # key from TOKUMEI_PASSPHRASE
    ...     prj.anonymize("山田社長に確認").text
    'A社長に確認'
"""
from __future__ import annotations

import fcntl
import hashlib
import tomllib
from pathlib import Path
from typing import Any, Sequence

from tokumei.anonymize.engine import AnonymizeResult, allowed_of, anonymize_spans
from tokumei.anonymize.policy import Policy, load_policy
from tokumei.anonymize.pseudonyms import PseudonymState
from tokumei.anonymize.vault import KeySource, Vault
from tokumei.span import Span

VAULT = Path(".tokumei") / "vault.bin"


def _lock(path: Path) -> Any:
    """An exclusive ``flock`` on ``<project>/.tokumei/vault.lock`` for the whole session, so two
    runs on one project never interleave their read-modify-write of the vault."""
    path.parent.mkdir(parents=True, exist_ok=True)
    f = open(path, "a+b")
    fcntl.flock(f, fcntl.LOCK_EX)
    return f


def text_digest(text: str) -> str:
    """SHA-256 of an anonymized text: the key of its restore record (kept inside the vault)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Project:
    """An open project; use as a context manager so the vault is saved once at the end."""

    def __init__(self, directory: str | Path, keys: KeySource | None = None) -> None:
        self.dir = Path(directory)
        self.vault = Vault(self.dir / VAULT, keys or KeySource.from_env())
        self._lock = _lock(self.vault.path.with_name("vault.lock"))
        try:
            doc = self.vault.load() if self.vault.exists() else {}
        except BaseException:
            self.close()
            raise
        self.state = PseudonymState.from_dict(doc.get("state", {}))
        self.records: dict[str, list[list[Any]]] = doc.get("records", {})
        self.dirty = False

    @classmethod
    def open(cls, directory: str | Path, keys: KeySource | None = None) -> "Project":
        return cls(directory, keys)

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        try:
            if exc_type is None:
                self.save()
        finally:
            self.close()

    def close(self) -> None:
        """Release the project lock (a second process waits for it; last writer never loses data)."""
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def __del__(self) -> None:  # pragma: no cover - safety net for callers that forget close()
        try:
            self.close()
        except Exception:
            pass

    @property
    def config_file(self) -> Path:
        return self.dir / "tokumei.toml"

    def default_policy(self) -> str:
        """``[anonymize] policy`` from tokumei.toml, else "publication"."""
        if self.config_file.is_file():
            try:
                doc = tomllib.loads(self.config_file.read_text("utf-8-sig"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                return "publication"  # the names loader reports the file's errors (E401)
            value = doc.get("anonymize", {}).get("policy") if isinstance(doc.get("anonymize"), dict) else None
            if isinstance(value, str):
                return value
        return "publication"

    def analyzer(self) -> Any:
        """The names-aware analyzer for this project (dictionary of declared names)."""
        if self.config_file.is_file():
            from tokumei.detect.names.project import analyzer_for_project

            return analyzer_for_project(self.dir)
        from tokumei.detect import default_analyzer

        return default_analyzer()

    def anonymize(self, text: str, policy: str | Path | Policy | None = None, *,
                  spans: Sequence[Span] | None = None, new_document: bool = True,
                  record: bool = True) -> AnonymizeResult:
        """Anonymize one text with the project's state; record it for restore.

        Several units of one document: pass ``new_document=False`` after the first unit so that
        letters stay the same for the same name (entity ids are scoped to each unit).
        ``record=False``: keep no restore record of this text (the caller records the text it
        writes, e.g. a Markdown text rebuilt from its joined tables)."""
        pol = load_policy(policy or self.default_policy())
        if spans is None:
            spans = self.analyzer().analyze(text, threshold=pol.threshold)
        if new_document:
            self.state.new_document()
        result = anonymize_spans(text, spans, pol, self.state, self.hash_key(pol), allowed_of(self.analyzer()))
        if record:
            self.record(result.text, result.restore_record())
        return result

    def hash_key(self, pol: Policy) -> bytes | None:
        uses_hash = pol.default.operator == "hmac_hash" or any(r.operator == "hmac_hash" for r in pol.labels.values())
        return self.vault.hash_key() if uses_hash else None

    def record(self, anonymized: str, record: list[list[Any]]) -> None:
        """Keep how to restore ``anonymized`` (an empty record: nothing was replaced)."""
        self.records[text_digest(anonymized)] = record
        self.dirty = True

    def save(self) -> None:
        if self.dirty or not self.vault.exists():
            self.vault.save({"version": 1, "state": self.state.to_dict(), "records": self.records})
            self.dirty = False
