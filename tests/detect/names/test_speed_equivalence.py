"""Speed-ups of the names tier give exactly what the plain code gives.

* ``tokens._tokenize`` builds tokens from a reused MorphemeList with surfaces sliced from the text;
  the reference builds them from each morpheme's own ``surface()``, ``reading_form()`` … in a new
  list, chunk by chunk as before.
* The tagger's feature cache holds the model's two-byte attribute names (``model._TaggingCache``,
  ``model.shortnames``: the same file with a second attribute dictionary); crfsuite must give the
  same tags and marginals, to the bit, as the shipped file with the plain ``str`` features of
  :class:`.features.FeatureCache`.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect.names import tokens as T
from tokumei.detect.names.tokens import Token, chunks, tokenizer


def _reference(text: str, readings: bool) -> list[Token]:
    from sudachipy import SplitMode

    tok = tokenizer()
    out = []
    read = text.translate(T._VARIANTS)  # 髙橋 is read as 高橋; the surface stays the text's own
    for a, b in ([(0, len(text))] if len(text) * 4 <= T.MAX_BYTES else chunks(text)):
        out += [Token(text[a + m.begin():a + m.end()], a + m.begin(), a + m.end(), m.part_of_speech(),
                      m.reading_form() if readings else "", m.is_oov()) for m in tok.tokenize(read[a:b], SplitMode.C)]
    return out


def test_a_variant_kanji_is_read_as_its_common_form_and_keeps_its_own_surface():
    got = T._tokenize("髙橋 英子 様", False)
    assert got[0].surface == "髙橋" and got[0].pos[2:4] == ("人名", "姓") and not got[0].oov


_PIECES = st.sampled_from(["山田", "太郎", "さん", "株式会社", "ミライ商事", "　", " ", "\n", "。", "、", "ｶﾀｶﾅ", "１２３",
                           "Ｔａｒｏ", "Kenji Harada", "東京都", "（", "）", "🙂", "é", "ガ", "〒", "㈱", "髙橋", "ー"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.booleans())
def test_tokens_are_the_morphemes_of_sudachipy(text, readings):
    assert T._tokenize(text, readings) == _reference(text, readings)


def test_long_text_tokens_are_the_morphemes_chunk_by_chunk():
    text = "山田太郎さんは株式会社ミライ商事の部長です。" * 1500 + "佐藤花子" * 3000  # several chunks
    got = T._tokenize(text, False)
    assert got == _reference(text, False)
    assert all(text[t.start:t.end] == t.surface for t in got)


_TAGGED = ["取締役の森永健吾が説明した。", "株式会社ミライ商事の鈴木部長と（やまだ）さんに会った。",
           "宮島の厳島神社を訪れた。", "セントラル・リーグ審判員の水落朋大", "ドジャースへ移籍した大谷",
           "「ひかり書房」の『青い森』（仮題）を読んだ", "ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾗｲ", "Kenji Harada, 東京都港区",
           "山田", "さん", "", "北浜県議会議員の森永 健吾(41)は\n株式会社やまだ陶苑の社長。"]


@pytest.mark.parametrize("text", _TAGGED)
def test_tagging_with_short_attribute_names_gives_the_same_tags_and_marginals(text):
    import pycrfsuite

    from tokumei.detect.names import model as M
    from tokumei.detect.names.model import features as F
    from tokumei.detect.names.rules import find_names
    from tokumei.detect.textview import TextView

    m = M.load()
    assert isinstance(m.cache, M._TaggingCache)
    plain = F.FeatureCache(m.cache.lex, keep=m.cache.keep)
    shipped = pycrfsuite.Tagger()
    shipped.open(m.path)  # the model file as trained, with its own attribute names
    back = {v: k for k, v in m.cache.names.items()}
    toks = T.tokenize(text)
    if not toks:
        return
    rules = [(s.label, s.start, s.end) for s in find_names(TextView(text)) if not (s.data or {}).get("reference")]
    rt = F.rule_tags(toks, rules)
    for span in (None, (0, max(1, len(toks) // 2))):
        fast = F.sentence_features(toks, m.cache, rt, span)
        slow = F.sentence_features(toks, plain, rt, span)
        assert all(len(x) <= 2 for f in fast for x in f if x != m.cache.UNKNOWN)
        # the same attributes, those the model does not know aside (crfsuite skips them either way)
        assert [[back[x] for x in f if x in back] for f in fast] == [[x for x in f if x in m.cache.names] for f in slow]
        tg = m.tagger()
        tags = tg.tag(fast)
        probs = [tg.marginal(y, k) for k in range(len(fast)) for y in F.TAGS]
        assert shipped.tag(slow) == tags
        assert [shipped.marginal(y, k) for k in range(len(slow)) for y in F.TAGS] == probs  # the same bits


def test_short_attribute_names_file_keeps_every_weight_and_name():
    from importlib import resources

    import pycrfsuite

    from tokumei.detect.names import model as M
    from tokumei.detect.names.model import shortnames as S

    m = M.load()
    shipped = pycrfsuite.Tagger()
    shipped.open(m.path)
    info = shipped.info()
    raw = resources.files(M._PACKAGE).joinpath("data/jp_names_v1.crfsuite").read_bytes()
    names = S.attributes(raw)
    assert len(names) == len(info.attributes) and set(names) == set(info.attributes)
    assert all(int(info.attributes[a]) == i for i, a in enumerate(names))  # ids as crfsuite reads them
    assert sorted(m.cache.names) == sorted(names) and len(set(m.cache.names.values())) == len(names)
    assert m.blob[:len(raw)][48:] == raw[48:]  # features, labels, references: the same bytes
    off = S._HEADER.unpack_from(raw)[9]
    size = int.from_bytes(raw[off + 4:off + 8], "little")
    assert S._cqdb([a.encode() for a in names]) == raw[off:off + size]  # the writer is crfsuite's, byte for byte


def test_largest_weights_read_from_the_file_are_those_of_the_tagger_dump():
    # load() keeps the attributes with a state feature (PRUNE = 0.0) from the file's features chunk,
    # not from Tagger.info(): the same set, and the same weights to the dump's six decimals
    import pycrfsuite

    from tokumei.detect.names import model as M
    from tokumei.detect.names.model import shortnames as S

    m = M.load()
    tg = pycrfsuite.Tagger()
    tg.open(m.path)
    top: dict[str, float] = {}
    for (a, _), w in tg.info().state_features.items():
        top[a] = max(top.get(a, 0.0), abs(w))
    got = S.largest_weights(open(m.path, "rb").read())
    assert set(got) == set(top) == set(m.cache.keep)
    assert all(abs(got[a] - top[a]) <= 5e-7 for a in top)


@pytest.mark.parametrize("i, want", [(0, b"\x01"), (254, b"\xff"), (255, b"\x01\x01"), (300, b"\x01."), (65279, b"\xff\xff")])
def test_short_names_are_one_or_two_bytes_without_nul(i, want):
    from tokumei.detect.names.model.shortnames import key

    assert key(i) == want


@pytest.mark.parametrize("data, want", [(b"", 0xDEADBEEF), (b"Four score and seven years ago", 0x17770551)])
def test_hashlittle_is_lookup3(data, want):
    from tokumei.detect.names.model.shortnames import hashlittle

    assert hashlittle(data) == want


@pytest.mark.parametrize("ch", [" ", "\u3000", "&", "＆"])
def test_the_spaced_names_gate_lets_every_joining_token_through(ch):
    # find_names skips spaced_people on texts without these characters: the gate must know each of them
    from tokumei.detect.names import rules as R
    from tokumei.detect.names.rules.spaced import _AMP, _SPACE

    assert _SPACE | _AMP == {" ", "\u3000", "&", "＆"}  # a new joining token needs its character in the gate
    assert R._SPACED_GATE.search(f"森永{ch}健吾")


@pytest.mark.parametrize("text, want", [
    ("森永　健吾さん", "森永　健吾"),
    ("サイトウ ケンジ＆ユウコ", "サイトウ ケンジ＆ユウコ"),
    ("山田太郎（やまだ たろう）さん", "やまだ たろう"),
    ("警視庁の発表", "警視庁"),  # a body SudachiPy splits (警視|庁): the head table knows 警視 (the allow-list keeps it later)
    ("お問い合わせは事務局の早瀬まで", "早瀬"),
])
def test_rules_behind_a_text_gate_still_find_their_names(text, want):
    from tokumei.detect.names.rules import find_names
    from tokumei.detect.textview import TextView

    assert want in [s.text for s in find_names(TextView(text))]


@pytest.mark.parametrize("text, want", [
    ("折り返し連絡先 080-3229-1214", []),  # no name: coreference returns the spans as they are
    ("同社の発表によると", []),  # 同社 without a company before it stays no span
    ("えんどう整骨院に通う", ["えんどう整骨院"]),  # 整骨|院: the tail table knows 院
    ("ふたばやの新作", ["ふたばや"]),  # a kana shop name ending in や (the や gate)
])
def test_gated_name_rules_and_coreference_keep_their_output(text, want):
    from tokumei.detect import default_analyzer

    got = [s.text for s in default_analyzer().analyze(text) if s.label in ("PERSON", "ORGANIZATION")]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("Bùi Thị Lanさん", ["Bùi Thị Lan"]),
    ("担当 Núñez　Garcíaです", ["Núñez　García"]),
    ("John　Smithさん", ["John　Smith"]),  # ASCII letters, but the ideographic space makes the match not ASCII
    ("John Smithさん", []),  # all ASCII: the Latin-name rule's, not this one's
])
def test_the_diacritic_gate_keeps_every_match_that_is_not_ascii(text, want):
    from tokumei.detect.names.rules.latin import diacritic_people

    assert [s.text for s in diacritic_people(text)] == want


@pytest.mark.parametrize("text, want", [
    ("山田公民館で待ち合わせ", "山田公民館"),  # a facility suffix
    ("（大島）の出身", "大島"),  # a bracketed town
])
def test_location_gates_keep_their_places(text, want):
    from tokumei.detect.recognizers.jp.location import LocationRecognizer
    from tokumei.detect.textview import TextView

    assert want in [s.text for s in LocationRecognizer().find(TextView(text))]


@pytest.mark.parametrize("text", ["株式会社ミライ商事の（森永）さん", "「ひかり」", "ｶﾀｶﾅ 123"])
def test_tag_tokens_reads_the_cache_keys_and_brackets_as_the_features_do(text):
    # tag_tokens makes the feature cache's keys and the bracket gate with itemgetters, in C
    from tokumei.detect.names import model as M

    toks = T.tokenize(text)
    assert [M._ROW_KEY(t) for t in toks] == [(t.surface, t.pos, t.oov) for t in toks]
    assert [M._SURFACE(t) for t in toks] == [t.surface for t in toks]


@pytest.mark.parametrize("text, label, want", [
    ("喫茶みどりで待ち合わせ", "ORGANIZATION", "喫茶みどり"),  # business: a shop word in the text (_SHOP_WORD_ANY)
    ("旅館 いさりびに一泊した", "ORGANIZATION", "旅館 いさりび"),  # a trade word + space (_TRADE_THEN_SPACE)
    ("織物工房 いとへん（西陣）", "ORGANIZATION", "織物工房 いとへん"),  # (_TRADE_SPACE_WORD)
    ("かねこ味噌さんの新商品", "ORGANIZATION", "かねこ味噌"),  # associations: a product before さん
    ("比田勝サイクリングクラブに入った", "ORGANIZATION", "比田勝サイクリングクラブ"),  # a club word (_CLUB_ANY)
    ("丹波たから信用金庫に勤める", "ORGANIZATION", "丹波たから信用金庫"),  # a bank's kind (_BANK_ANY)
    ("「まるやま」、まるやま店主の話", "ORGANIZATION", "まるやま"),  # a head's title (_HEAD_ANY)
    ("ミツワ社長の吉岡 隆さん", "ORGANIZATION", "ミツワ"),  # credits: _HEADS_ANY
    ("マールブルクからフランケンベルクに至る", "LOCATION", "フランケンベルク"),  # katakana_places: _PLACE_AFTER
    ("カンパラからジンジャへ向かう", "LOCATION", "ジンジャ"),  # から … へ
    ("Kenji Haradaさんが来た", "PERSON", "Kenji Harada"),  # latin_people: a space
    ("担当する丸谷あかり（31）が", "PERSON", "丸谷あかり"),  # surname_kana_given: the token map for a surname span
    ("店長のアイが来た", "PERSON", "アイ"),  # role_of_name: a role word among the surfaces
    ("王子カルラスが来た", "PERSON", "カルラス"),  # context_people: PRE_TITLES
    ("リュネイケスの子テルサンドロスは", "PERSON", "テルサンドロス"),  # a kinship word before a katakana name
    ("テーレポス王の時代", "PERSON", "テーレポス"),  # a PERSON_AFTER_KATA title after it
    ("すみれと彩", "PERSON", "彩"),  # a list separator beside a person
    ("ヨッちゃんと遊んだ", "PERSON", "ヨッちゃん"),  # short_names: っ + ちゃん (_TSU_CALL)
    ("長男の鋭郎と暮らす。", "PERSON", "鋭郎"),  # kin_compound_names: KIN_BEFORE
    ("巨人の試合を見た", "ORGANIZATION", "巨人"),  # orgs: a sports team word among the surfaces
    ("グリーンフィールドに勤務している", "ORGANIZATION", "グリーンフィールド"),  # _ORG_CONTEXT_TWO (に勤務)
    ("松江ガスの検針", "ORGANIZATION", "松江ガス"),  # _WORD_RULES: a utility word
    ("富岳市民病院に入院", "ORGANIZATION", "富岳市民病院"),  # _WORD_RULES: a hospital's kind
    ("湯乃屋に泊まる", "ORGANIZATION", "湯乃屋"),  # _WORD_RULES: 乃 + a shop word
    ("ヘンリー8世の時代", "PERSON", "ヘンリー8世"),  # people visits a katakana word
    ("田中先生と山田社長", "PERSON", "山田"),  # and a title's first token
    ("筒井の娘で中学生。", "PERSON", "筒井"),  # person_frames: the frame after a surname word
    ("まゆたちの担任", "PERSON", "まゆ"),  # a kana given name
])
def test_rules_behind_the_token_and_text_prechecks_still_find_their_names(text, label, want):
    # each rule skips its loop or its look-behind-led pattern when the text lacks what every match holds
    from tokumei.detect.names.rules import find_names
    from tokumei.detect.textview import TextView

    assert (label, want) in [(s.label, s.text) for s in find_names(TextView(text))]


@pytest.mark.parametrize("text, label, want", [
    ("会議は2024.4.1に", "DATE", "2024.4.1"),  # jp.date: no 月 but a '.'
    ("4/1(月)に来店", "DATE", "4/1"),
    ("糸島産の野菜", "LOCATION", "糸島"),  # jp.location: _BARE_CITY's look-behind after its first kanji, city_stems
    ("マルタカ水産株式会社は創業50年。マルタカでは干物を作る。", "ORGANIZATION", "マルタカ"),  # abbrev: a trade word at the end
    ("電話は03-3581-1234まで", "PHONE", "03-3581-1234"),  # the analyzer's pre-check slots
])
def test_recognizers_and_coreference_behind_the_prechecks_keep_their_spans(text, label, want):
    from tokumei.detect import default_analyzer

    assert (label, want) in [(s.label, s.text) for s in default_analyzer().analyze(text)]


def test_city_stems_are_the_written_cities_without_their_suffix():
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    for w in ("糸島", "倉敷", "尾道", "山田", "東京"):
        assert (w in gaz.city_stems) == bool(gaz.candidates(w + "市"))
