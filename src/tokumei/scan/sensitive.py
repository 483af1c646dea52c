"""要配慮個人情報 in free-text values (備考, メモ, 問い合わせ内容): word lists + a pure classifier.

Legal source of the kinds: 個人情報保護法 第2条第3項 (人種, 信条, 社会的身分, 病歴, 犯罪の経歴,
犯罪により害を被った事実) and 施行令 第2条 (第1号 心身の機能の障害, 第2号 健康診断等の結果,
第3号 医師等による指導・診療・調剤, 第4号 刑事事件に関する手続, 第5号 少年の保護事件に関する手続);
the examples follow ガイドライン（通則編）2-3. Allergies, diets, pregnancy and body measures are
health information that is not in itself 要配慮 (an allergy diagnosed by a doctor is 病歴): they
are flagged for review as ``HEALTH_INFO``.

A word followed by a negation (「持病なし」「障害はありません」) does not count. Only the kinds are
returned; the text is never kept.

例::

    >>> sorted(sensitive_kinds("腎臓病で透析中"))
    ['SENSITIVE_HEALTH', 'SENSITIVE_MEDICAL_CARE']
    >>> sensitive_kinds("持病なし、特記事項なし")
    frozenset()
"""
from __future__ import annotations

import re
import unicodedata

#: kind → (legal source, words). Words are matched on the NFKC-normalised text.
WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "SENSITIVE_HEALTH": ("法第2条第3項（病歴）", (
        "病歴", "既往歴", "持病", "闘病", "難病", "病気", "癌", "乳がん", "肺がん", "胃がん", "大腸がん", "肝臓がん",
        "膵臓がん", "子宮がん", "前立腺がん", "がん患者", "がんの", "がんで", "白血病", "腫瘍", "糖尿病", "高血圧",
        "腎臓病", "腎不全", "心臓病", "心筋梗塞", "狭心症", "脳梗塞", "脳卒中", "うつ病", "鬱病", "統合失調症",
        "双極性障害", "パニック障害", "適応障害", "認知症", "喘息", "ぜんそく", "肝炎", "HIV", "エイズ", "てんかん",
        "リウマチ", "感染症", "結核", "精神疾患", "依存症", "ヘルニア", "痛風", "アトピー", "不妊", "骨折")),
    "SENSITIVE_MEDICAL_CARE": ("施行令第2条第3号（医師等による診療・調剤）", (
        "治療", "通院", "服薬", "投薬", "処方", "手術", "入院", "主治医", "受診", "透析", "抗がん剤", "インスリン",
        "ペースメーカー", "リハビリ", "診断され", "薬を飲")),
    "SENSITIVE_HEALTH_CHECK": ("施行令第2条第2号（健康診断等の結果）", (
        "健康診断", "健診", "人間ドック", "検診", "再検査", "精密検査", "要精検", "血圧が高", "血糖値", "尿酸値",
        "コレステロール", "ストレスチェック", "特定保健指導")),
    "SENSITIVE_DISABILITY": ("施行令第2条第1号（心身の機能の障害）", (
        "障害者", "障がい者", "障碍者", "身体障害", "知的障害", "精神障害", "発達障害", "視覚障害", "聴覚障害",
        "障害者手帳", "療育手帳", "精神保健福祉手帳", "障害年金", "車いす", "車椅子", "車イス", "歩行困難", "全盲",
        "弱視", "難聴", "補聴器", "盲導犬", "介助犬", "手話", "要介護", "義足", "義手")),
    "SENSITIVE_BELIEF": ("法第2条第3項（信条）", (
        "信者", "信仰", "入信", "宗教", "教団", "宗派", "礼拝", "檀家", "布教", "支持政党", "党員", "思想")),
    "SENSITIVE_CRIMINAL": ("法第2条第3項（犯罪の経歴）・施行令第2条第4号・第5号（刑事・少年の手続）", (
        "前科", "犯罪歴", "逮捕", "服役", "仮出所", "執行猶予", "有罪", "刑務所", "懲役", "罰金刑", "起訴", "保護観察",
        "少年院", "家庭裁判所")),
    "SENSITIVE_VICTIM": ("法第2条第3項（犯罪により害を被った事実）", (
        "犯罪被害", "詐欺被害", "被害に遭", "被害にあ", "被害届", "ストーカー", "DV", "暴力を受け", "性被害",
        "空き巣に入られ")),
    # bare 民族 is left out: 民族衣装・民族音楽 are goods, not a person's race
    "SENSITIVE_RACE": ("法第2条第3項（人種）", ("人種", "少数民族", "出身民族", "民族的出自", "アイヌ", "在日")),
    "SENSITIVE_SOCIAL_STATUS": ("法第2条第3項（社会的身分）", ("被差別部落", "部落出身", "同和地区", "非嫡出")),
    "HEALTH_INFO": ("要確認: 健康に関する情報（医師の診断に基づけば病歴＝法第2条第3項）", (
        "アレルギー", "アレルゲン", "食物制限", "食事制限", "減塩", "糖質制限", "グルテンフリー", "乳糖不耐",
        "ベジタリアン", "ヴィーガン", "ハラール", "妊娠", "授乳中", "体重", "身長")),
}

#: Kinds that are 要配慮個人情報 (HEALTH_INFO is only to review).
SENSITIVE_KINDS: tuple[str, ...] = tuple(k for k in WORDS if k != "HEALTH_INFO")

_NEG = re.compile(r"(?:中|歴|等)?[はがも]?(?:なし|無し|ない|無い|ありません|なく|ではない|じゃない|不要)")
_ASCII = re.compile(r"[A-Za-z]")


def _pattern() -> re.Pattern[str]:
    words = sorted({w for _, ws in WORDS.values() for w in ws}, key=len, reverse=True)
    # ASCII words (HIV, DV) must not be part of a longer ASCII word (DVD)
    alts = [rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if _ASCII.match(w) else re.escape(w) for w in words]
    return re.compile("|".join(alts))


_RX = _pattern()
#: Every match of ``_RX`` starts with the first two characters of one of the words (the one-character
#: word 癌 alone; the look-behind of the ASCII words consumes nothing), so a text in which none of
#: these pairs occurs has no match: a search for the pairs (about 0.5 µs; each first character
#: followed by a class of second characters) instead of the whole alternation (about 6–8 µs). An
#: earlier filter on the first character alone let half of all addresses through (東京都港区…
#: holds 病/障/宗… first characters); the pairs let 3 of 5,000 through. Same result by
#: construction; tests/scan/test_route.py checks it on random text.
def _pairs() -> re.Pattern[str]:
    seconds: dict[str, set[str]] = {}
    for _, ws in WORDS.values():
        for w in ws:
            seconds.setdefault(w[0], set()).add(w[1:2])
    alts = [re.escape(c) if "" in nxt else re.escape(c) + "[" + "".join(re.escape(x) for x in sorted(nxt)) + "]"
            for c, nxt in sorted(seconds.items())]
    return re.compile("|".join(alts))


_FIRST = _pairs()
_EMPTY: frozenset[str] = frozenset()
_KIND_OF: dict[str, tuple[str, ...]] = {}
for _kind, (_src, _ws) in WORDS.items():
    for _w in _ws:
        _KIND_OF[_w] = _KIND_OF.get(_w, ()) + (_kind,)


def sensitive_kinds(text: str) -> frozenset[str]:
    """The kinds of sensitive (or health, to review) information a free-text value mentions.

    例: ``sensitive_kinds("〇〇の信者のため日曜は不可") == frozenset({"SENSITIVE_BELIEF"})``;
    ``sensitive_kinds("障害はありません") == frozenset()``
    """
    if not text:
        return frozenset()
    norm = unicodedata.normalize("NFKC", text)
    if _FIRST.search(norm) is None:
        return _EMPTY
    out: set[str] = set()
    for m in _RX.finditer(norm):
        if _NEG.match(norm, m.end(), m.end() + 6):
            continue
        out.update(_KIND_OF[m.group()])
    return frozenset(out)


def source_of(kind: str) -> str:
    """The legal source of a kind. 例: ``source_of("SENSITIVE_BELIEF") == "法第2条第3項（信条）"``"""
    return WORDS[kind][0]
