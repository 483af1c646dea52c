"""HEALTH_INSURANCE_NUMBER — 被保険者証の 記号・番号 (e.g. 「記号 1234 番号 56」).

記号 (事業所記号) and 番号 (被保険者整理番号) have no check digit and no fixed length, so each is
reported only right after the word 記号 or 番号 and only in a health-insurance context; ゆうちょ
記号番号 (a bank account) is excluded by negative context. Layout: 健康保険法施行規則 様式第九号
(被保険者証).

The 2-digit 枝番 printed since 2021 (オンライン資格確認) is reported too.

例: 「保険証 記号 1234 番号 56 枝番 01」 → HEALTH_INSURANCE_NUMBER「1234」「56」「01」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

_V = r"[0-9A-Za-z][0-9A-Za-z\-]{0,9}(?![0-9A-Za-z\-])"

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.health_insurance_kigo.v1",
        label="HEALTH_INSURANCE_NUMBER",
        patterns=(
            Pattern(rf"記号[ :：]*(?P<v>{_V})(?=[ ,、・/]*番号)", 0.55, "被保険者証の記号"),
            Pattern(rf"記号[ :：]*{_V}[ ,、・/]*番号[ :：]*(?P<v>{_V})", 0.55, "被保険者証の番号"),
            Pattern(rf"番号[ :：]*{_V}[ ,、・/(]*枝番[ :：]*(?P<v>[0-9]{{2}})(?![0-9])", 0.55, "被保険者証の枝番"),
        ),
        context=Context(
            words=("保険証", "被保険者証", "健康保険", "保険者", "国民健康保険", "協会けんぽ", "資格確認書", "健保"),
            before=40,
            after=0,
            boost=0.35,
            required=True,
            negative=("ゆうちょ", "貯金", "口座", "振替"),
        ),
        reason="被保険者証の記号・番号",
    )
)
