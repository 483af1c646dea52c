"""Find the sentences in which a case study makes claims about the client business: results
credited to the adviser (〜のおかげで, 〜の支援により), numeric results (売上が〜増加, 離職率が〜に
低下) and achievements (〜を実現, 〜を達成). Pure functions; offsets index the given text.

例::

    >>> [c.sentence for c in extract_claims("概要です。支援のおかげで売上が2倍に増加しました。")]
    ['支援のおかげで売上が2倍に増加しました。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: (kind, pattern). A sentence is a claim when any pattern matches it.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("credit", re.compile(r"(の|お)かげ|支援(により|によって|で|を受けて)|導入(により|によって|したことで)|"
                          r"(指導|助言|提案|サポート)(により|によって|で|を受けて)")),
    ("result", re.compile(r"(売上|売り上げ|利益|収益|粗利|客数|来店|受注|生産性|採用|応募|離職率?|残業|"
                          r"コスト|経費|人件費|成約|顧客満足度?|満足度|単価|件数|時間)[^。！？\n]{0,40}?"
                          r"(増加|増え|伸び|向上|改善|倍|減少|減り|削減|低下|下が|上が|短縮|アップ|ダウン|"
                          r"[0-9０-９]+\s*[%％])")),
    ("achieve", re.compile(r"(を|が)(実現|達成)|(実現|達成)(し|でき|する|した)|成功し")),
)

#: Why a sentence is shown to the client, per kind (Japanese, polite).
KIND_JA: dict[str, str] = {
    "credit": "成果を作成者の支援によるものとしています",
    "result": "売上や離職率などの成果を述べています",
    "achieve": "実現・達成したことを述べています",
}

#: A sentence ends after 。！？, at a blank line, or before a line that starts a heading or list item;
#: a single line break inside a paragraph (common in Markdown drafts) does not end it.
_SENTENCE = re.compile(r"(?:[^。！？!?\n]|\n(?![ \t]*(?:\n|[#>*+\-|]|[0-9]+\.)))+[。！？!?」』）)]*")


@dataclass(frozen=True)
class ClaimSentence:
    """One claim sentence: offsets, text, and why it counts (kinds).

    例: ``ClaimSentence(0, 12, "売上が増加しました。", ("result",))``
    """

    start: int
    end: int
    sentence: str
    kinds: tuple[str, ...]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges split at 。！？ and paragraph breaks, surrounding spaces trimmed.

    例: ``sentences("はい。いいえ。")`` → ``[(0, 3), (3, 7)]``
    """
    out = []
    ranges = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while text.startswith("#", s + len(text[s:e]) - len(text[s:e].lstrip())) and "\n" in text[s:e]:
            cut = text.index("\n", s, e)  # a heading line ends at its line break
            ranges.append((s, cut))
            s = cut + 1
        ranges.append((s, e))
    for s, e in ranges:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def extract_claims(text: str) -> list[ClaimSentence]:
    """Claim sentences in order of appearance (headings and list markers are ignored).

    例: ``extract_claims("新しい評価制度を実現しました。")[0].kinds == ("achieve",)``
    """
    found = []
    for s, e in sentences(text):
        sent = text[s:e]
        if sent.lstrip().startswith("#") or len(sent) > 600:
            continue
        kinds = tuple(k for k, p in PATTERNS if p.search(sent))
        if kinds:
            found.append(ClaimSentence(s, e, sent, kinds))
    return found
