"""Vault (AES-GCM; argon2id or raw key) and restore (exact round trip, hypothesis)."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tokumei.anonymize.project import Project
from tokumei.anonymize.restore import restore
from tokumei.anonymize.vault import KeySource, Vault
from tokumei.errors import TokumeiError
from tokumei.span import Span

KEY = bytes(range(32))


def test_vault_file_holds_no_plaintext_and_fresh_nonce(tmp_path):
    v = Vault(tmp_path / "vault.bin", KeySource(key=KEY))
    secret = {"aliases": {"person:山田太郎": "A"}, "tokens": {"〔電話番号A〕": "090-1234-5678"}}
    v.save(secret)
    blob1 = v.path.read_bytes()
    v.save(secret)
    blob2 = v.path.read_bytes()
    for needle in ("山田太郎".encode(), "090-1234-5678".encode(), b"aliases", "山田".encode("cp932")):
        assert needle not in blob1
    assert blob1[:4] == b"TKV1" and blob1 != blob2  # new nonce per write
    assert Vault(v.path, KeySource(key=KEY)).load() == secret
    assert oct(v.path.stat().st_mode & 0o777) == "0o600"


def test_wrong_key_and_tampering_fail_with_E301(tmp_path):
    v = Vault(tmp_path / "vault.bin", KeySource(key=KEY))
    v.save({"x": 1})
    with pytest.raises(TokumeiError) as e:
        Vault(v.path, KeySource(key=bytes(32))).load()
    assert e.value.code == "E301"
    blob = bytearray(v.path.read_bytes())
    blob[-1] ^= 1
    v.path.write_bytes(bytes(blob))
    with pytest.raises(TokumeiError) as e:
        Vault(v.path, KeySource(key=KEY)).load()
    assert e.value.code == "E301" and "vault.bin" in e.value.message


def test_passphrase_argon2id(tmp_path):
    v = Vault(tmp_path / "vault.bin", KeySource(passphrase=b"correct horse"))
    v.save({"ok": True})
    assert Vault(v.path, KeySource(passphrase=b"correct horse")).load() == {"ok": True}
    with pytest.raises(TokumeiError) as e:
        Vault(v.path, KeySource(passphrase=b"wrong horse")).load()
    assert e.value.code == "E301"


def test_key_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("TOKUMEI_KEY", raising=False)
    monkeypatch.delenv("TOKUMEI_PASSPHRASE", raising=False)
    with pytest.raises(TokumeiError) as e:
        KeySource.from_env()
    assert e.value.code == "E505"
    monkeypatch.setenv("TOKUMEI_KEY", KEY.hex())
    assert KeySource.from_env().key == KEY
    monkeypatch.setenv("TOKUMEI_KEY", "too-short")
    with pytest.raises(TokumeiError) as e:
        KeySource.from_env()
    assert e.value.code == "E508" and "TOKUMEI_KEY" in e.value.message and "too-short" not in e.value.message
    kf = tmp_path / "k.bin"
    kf.write_bytes(KEY)
    assert KeySource.from_env(key_file=str(kf)).key == KEY


def _spans(text: str, values: list[tuple[str, str]]) -> list[Span]:
    out, pos = [], 0
    for label, v in values:
        i = text.index(v, pos)
        out.append(Span(label, i, i + len(v), v, .9, "t", ""))
        pos = i + len(v)
    return out


VALUES = st.sampled_from([("PERSON", "山田"), ("PERSON", "鈴木一郎"), ("PHONE", "090-1234-5678"),
                          ("ORGANIZATION", "ミライ商事"), ("EMAIL", "a@example.jp"), ("MY_NUMBER", "123456789018")])
FILLER = st.text(alphabet="あいう。、 \n（）社長さん", max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(FILLER, VALUES), max_size=6), tail=FILLER,
       policy=st.sampled_from(["publication", "internal", "redact", "mask"]))
def test_restore_round_trip(tmp_path_factory, parts, tail, policy):
    d = tmp_path_factory.mktemp("prj")
    text = "".join(f + v for f, (_, v) in parts) + tail
    spans = _spans(text, [v for _, v in parts])
    keys = KeySource(key=KEY)
    with Project.open(d, keys) as prj:
        out = prj.anonymize(text, policy, spans=spans)
    back, method = restore(out.text, Project.open(d, keys))
    assert method == "record"
    if any(label == "MY_NUMBER" for _, (label, _) in parts):
        assert "123456789018" not in back  # not restorable unless the policy says so
    else:
        assert back == text


def test_my_number_restorable_when_policy_allows(tmp_path):
    pol = tmp_path / "p.toml"
    pol.write_text('[default]\noperator = "token"\n[labels.MY_NUMBER]\noperator = "token"\nrestorable = true\n', "utf-8")
    text = "番号 123456789018 です"
    with Project.open(tmp_path / "prj", KeySource(key=KEY)) as prj:
        out = prj.anonymize(text, str(pol), spans=_spans(text, [("MY_NUMBER", "123456789018")]))
    assert out.text == "番号 〔マイナンバーA〕 です"
    assert restore(out.text, Project.open(tmp_path / "prj", KeySource(key=KEY)))[0] == text


def test_edited_internal_text_restores_tokens(tmp_path):
    text = "山田さんに090-1234-5678で連絡"
    with Project.open(tmp_path, KeySource(key=KEY)) as prj:
        out = prj.anonymize(text, "internal", spans=_spans(text, [("PERSON", "山田"), ("PHONE", "090-1234-5678")]))
    assert out.text == "〔人名A〕さんに〔電話番号A〕で連絡"
    edited = "（追記）" + out.text + "。以上"
    back, method = restore(edited, Project.open(tmp_path, KeySource(key=KEY)))
    assert (back, method) == ("（追記）" + text + "。以上", "tokens")


def test_pseudonyms_consistent_across_documents_of_a_project(tmp_path):
    keys = KeySource(key=KEY)
    a = "山田社長と鈴木さん"
    b = "鈴木さんが山田社長に報告"
    with Project.open(tmp_path, keys) as prj:
        ra = prj.anonymize(a, spans=_spans(a, [("PERSON", "山田"), ("PERSON", "鈴木")]))
    with Project.open(tmp_path, keys) as prj:  # a later run, a new process in real use
        rb = prj.anonymize(b, spans=_spans(b, [("PERSON", "鈴木"), ("PERSON", "山田")]))
    assert (ra.text, rb.text) == ("A社長とBさん", "BさんがA社長に報告")
    assert os.path.exists(tmp_path / ".tokumei" / "vault.bin")


def test_library_api_with_project_and_project_default_policy(tmp_path, monkeypatch):
    import tokumei

    monkeypatch.setenv("TOKUMEI_KEY", KEY.hex())
    (tmp_path / "tokumei.toml").write_text('[anonymize]\npolicy = "internal"\n', encoding="utf-8")
    t = "電話は090-1234-5678です"
    r1 = tokumei.anonymize(t, project=tmp_path)
    r2 = tokumei.anonymize("再掲 090-1234-5678", project=tmp_path)
    assert (r1.text, r2.text) == ("電話は〔電話番号A〕です", "再掲 〔電話番号A〕")
    assert restore(r1.text, Project.open(tmp_path, KeySource(key=KEY)))[0] == t


def test_hash_policy_key_comes_from_the_vault(tmp_path):
    t = "電話は090-1234-5678です"
    spans = _spans(t, [("PHONE", "090-1234-5678")])
    with Project.open(tmp_path / "a", KeySource(key=KEY)) as prj:
        a = prj.anonymize(t, "hash", spans=spans).text
    with Project.open(tmp_path / "a", KeySource(key=KEY)) as prj:
        a2 = prj.anonymize(t, "hash", spans=spans).text
    with Project.open(tmp_path / "b", KeySource(key=bytes(32))) as prj:
        b = prj.anonymize(t, "hash", spans=spans).text
    assert a == a2 != b and "090" not in a


def test_two_sessions_on_one_project_are_serialised(tmp_path):
    import threading

    keys = KeySource(key=KEY)
    order: list[str] = []
    first = Project.open(tmp_path, keys)

    def second() -> None:
        with Project.open(tmp_path, keys) as prj:  # blocks until the first session is closed
            order.append("second")
            prj.anonymize("鈴木さん", spans=_spans("鈴木さん", [("PERSON", "鈴木")]))

    th = threading.Thread(target=second)
    th.start()
    th.join(0.3)
    order.append("first")
    first.anonymize("山田さん", spans=_spans("山田さん", [("PERSON", "山田")]))
    first.save()
    first.close()
    th.join(5)
    assert order == ["first", "second"]
    st = Project.open(tmp_path, keys).state
    assert st.aliases == {"person:山田": "A", "person:鈴木": "B"}


PIECES = st.sampled_from(["山田太郎社長", "鈴木さん", "090-1234-5678", "info@example.co.jp", "〒427-0022",
                          "静岡県島田市本通二丁目3番4号", "1985年7月15日生まれ", "https://example.jp/a"])
PLAIN = st.sampled_from(["です。", "と", "、", "\n", "の連絡先は", " ", "ご相談", "（", "）", "茶わん屋の十四代目"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(PIECES, PLAIN), min_size=1, max_size=10),
       policy=st.sampled_from(["publication", "internal", "redact", "mask"]))
def test_restore_round_trip_with_real_detection(tmp_path_factory, parts, policy):
    d = tmp_path_factory.mktemp("prj")
    text = "".join(parts)
    keys = KeySource(key=KEY)
    with Project.open(d, keys) as prj:
        out = prj.anonymize(text, policy)
    back, method = restore(out.text, Project.open(d, keys))
    assert back == text and method == "record"


def test_cli_passphrase_file(tmp_path, monkeypatch, capsys):
    from tokumei.cli import main

    monkeypatch.delenv("TOKUMEI_KEY", raising=False)
    monkeypatch.delenv("TOKUMEI_PASSPHRASE", raising=False)
    pw = tmp_path / "pw.txt"
    pw.write_text("社内の合言葉\n", encoding="utf-8")
    src, out, back = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    src.write_text("電話 090-1234-5678 まで", encoding="utf-8")
    prj = tmp_path / "prj"
    assert main(["anonymize", str(src), "-o", str(out), "--project", str(prj), "--passphrase-file", str(pw)]) == 0
    assert main(["restore", str(out), "-o", str(back), "--project", str(prj), "--passphrase-file", str(pw)]) == 0
    assert back.read_text("utf-8") == src.read_text("utf-8")
    pw.write_text("違う合言葉\n", encoding="utf-8")
    assert main(["restore", str(out), "--project", str(prj), "--passphrase-file", str(pw)]) == 3
    assert "E301" in capsys.readouterr().err


def test_restore_record_with_an_empty_replacement_right_before_another():
    """A policy may replace with nothing (redact char = ""): the record then holds [0, 0, "山田"]
    next to [0, 6, "090-…"], and both go back in order (applied from the end, the second used to
    overwrite the first: 「090-1234-5678号）」)."""
    from tokumei.anonymize.engine import anonymize
    from tokumei.anonymize.policy import parse_policy
    from tokumei.anonymize.restore import restore_text

    pol = parse_policy('[default]\noperator = "redact"\nchar = ""\n[labels.PHONE]\noperator = "remove"\n')
    text = "山田090-1234-5678"
    r = anonymize(text, pol, spans=[Span("PERSON", 0, 2, "山田", .9, "t", ""),
                                    Span("PHONE", 2, 15, "090-1234-5678", .9, "t", "")])
    assert r.restore_record() == [[0, 0, "山田"], [0, 6, "090-1234-5678"]]
    assert restore_text(r.text, r.restore_record()) == text
