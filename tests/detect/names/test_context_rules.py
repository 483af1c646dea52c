"""Context rules added for general text (tuned on GSD dev only): organisation contexts (移籍・所属),
acronyms, bodies before 議員, municipalities acting, and katakana names SudachiPy stores as common
nouns when a kinship word or a person-only title marks them."""
from __future__ import annotations

import pytest

from tokumei.detect.names.rules import find_names
from tokumei.detect.resolve import resolve
from tokumei.detect.textview import TextView


def names(text: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in resolve(find_names(TextView(text)))
            if s.label in ("PERSON", "ORGANIZATION")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2008年にサンライズに入社した。", ("ORGANIZATION", "サンライズ")),
        ("ヤクルトと契約した。", ("ORGANIZATION", "ヤクルト")),
        ("オランダのスパルタ・ロッテルダムへ移籍した。", ("ORGANIZATION", "スパルタ・ロッテルダム")),
        ("ドーテーズ所属の選手", ("ORGANIZATION", "ドーテーズ")),
        ("KGBの文書には記録がない。", ("ORGANIZATION", "KGB")),
        ("JTによると、廃作が進んだ。", ("ORGANIZATION", "JT")),
        ("元広島県議会議員。", ("ORGANIZATION", "広島県議会")),
        ("大江康弘参議院議員も離党した。", ("ORGANIZATION", "参議院")),
        ("施設は大阪市が所有している。", ("ORGANIZATION", "大阪市")),
        ("リュネイケスの子テルサンドロスは戦争に勝利した。", ("PERSON", "テルサンドロス")),
        ("テーレポス王と戦争になった。", ("PERSON", "テーレポス")),
        ("警視庁や証券取引等監視委員会が調べた。", ("ORGANIZATION", "警視庁")),
        ("自衛隊なんてやめてしまえ。", ("ORGANIZATION", "自衛隊")),
        ("最高裁の判決を批判した。", ("ORGANIZATION", "最高裁")),
        ("九州大学大学院法学研究院准教授を経て", ("ORGANIZATION", "九州大学大学院法学研究院")),
        ("ミライ商事の山田部長", ("ORGANIZATION", "ミライ商事")),
        ("ダイムラーは、自動車を作った。", ("PERSON", "ダイムラー")),   # the same word alone stays a name
        ("マイケル部長に伝えた。", ("PERSON", "マイケル")),
        ("クリーサップの街にハリーが来た。", ("PERSON", "ハリー")),
        ("2008年に入り、楽天がイーバンク銀行を買収した。", ("ORGANIZATION", "楽天")),
        ("NHKの番組に出演した。", ("ORGANIZATION", "NHK")),
        ("同氏はドジャースで2度優勝した。", ("ORGANIZATION", "ドジャース")),
        ("読売ジャイアンツに入団した。", ("ORGANIZATION", "読売ジャイアンツ")),
        ("巨人がドラフトで指名した。", ("ORGANIZATION", "巨人")),   # a team in a sports context
        ("台湾守備混成第2旅団長を経て", ("ORGANIZATION", "台湾守備混成第2旅団")),
        ("山田病院長に聞いた。", ("ORGANIZATION", "山田病院")),
        ("所属事務所は米朝事務所。", ("ORGANIZATION", "米朝事務所")),
        ("所属チーム：ミライFC、", ("ORGANIZATION", "ミライFC")),
        ("クラシカルホメオパシー京都という団体を主宰", ("ORGANIZATION", "クラシカルホメオパシー京都")),
        ("「ひまわり」という会社を作った。", ("ORGANIZATION", "ひまわり")),
        ("1225年にバーベンベルク家のオーストリア公", ("ORGANIZATION", "バーベンベルク家")),
        ("サンライズを設立した。", ("ORGANIZATION", "サンライズ")),
        ("真紀、田中リタ、高原零、板倉あやのが出演した。", ("PERSON", "高原零")),
    ],
)
def test_found(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "DVDの売上が伸びた。",           # a common acronym
        "GPSで位置を調べた。",
        "プロ選手になった。",             # a role word before a person title, not a name
        "チーム監督に就任した。",
        "大阪市に住んでいる。",           # a place, not acting
        "マイナンバーの提出をお願いした。",  # a katakana proper noun alone is not an organisation
        "会社の社員に伝えた。",           # an ordinary word before an organisation context
        "アラゴン王の治世",               # a place before 王 is a kingdom, not a person
        "政府の方針に従う。",             # 政府 alone names no body
        "ダイムラー偵察車との共通点",        # a katakana name word modifying a noun is a brand
        "JUDY AND MARYなど人気バンド",     # upper-case words alone: a band, not people
        "病院長に聞いた。",               # a title alone
        "所属は営業部です。",             # a department, not an affiliation frame
        "そういう会社もある。",           # no name before という
        "高原の空気、山の水",             # a surname-like word not listed between people
        "ガーディアンズ4が結成された。",    # a name-like piece of a longer katakana word
        "シュメール語とセム語のバイリンガル",  # a language
        "巨人の肩の上に立つ。",           # no sports context: the word, not the team
        "広島に住んでいる。",
        "日産500個の生産体制",           # daily output, not the carmaker
        "前職は大手メーカーに入社した。",   # a kind of company, not a name
        "地元のスーパーと契約した。",
    ],
)
def test_not_found(text):
    assert names(text) == set()
