"""One catalogue of error messages, each with a code.

Messages name the file, line or field at fault but never a personal value. The CLI prints
``tokumei: E101: ...`` and exits with the code's exit status.

例::

    >>> str(TokumeiError("E101", path="a.txt"))
    'E101: ファイルの文字コードを判別できません: a.txt (UTF-8 / Shift_JIS(cp932) / EUC-JP に対応)'
"""
from __future__ import annotations

#: Documented exit codes (README "終了コード").
EXIT_OK = 0
EXIT_FOUND = 1  # --strict found personal information remaining
EXIT_USAGE = 2
EXIT_INPUT = 3  # unreadable / undecodable / binary / malformed input
EXIT_INTERNAL = 4

CATALOGUE: dict[str, tuple[int, str]] = {
    # input (E1xx)
    "E100": (EXIT_INPUT, "ファイルが見つかりません: {path}"),
    "E101": (EXIT_INPUT, "ファイルの文字コードを判別できません: {path} (UTF-8 / Shift_JIS(cp932) / EUC-JP に対応)"),
    "E102": (EXIT_INPUT, "バイナリファイルのようです。テキストとして読めません: {path}"),
    "E103": (EXIT_INPUT, "入力にサロゲート文字など不正な文字が含まれています: {where}"),
    "E104": (EXIT_INPUT, "JSONL の {line} 行目を読めません: {why}"),
    "E105": (EXIT_INPUT, "JSONL の {line} 行目に必須の項目 {field} がありません"),
    "E106": (EXIT_INPUT, "対応していないファイル形式です: {path}"),
    "E107": (EXIT_INPUT, "ファイルを読めません: {path} ({why})"),
    "E108": (EXIT_INPUT, "設定ファイルの項目が不正です: {path} の {field} ({why})"),
    # formats (E11x): reading documents into units and writing them back
    "E110": (EXIT_USAGE, "PDF そのものは墨消しできません: {path} — 出力を .md か .docx にしてください"),
    "E111": (EXIT_INPUT, "CSV の {line} 行目が壊れています: {path} ({why})"),
    "E112": (EXIT_INPUT, "{encoding} で書けない文字があります: {path} の {where}"),
    "E113": (EXIT_INTERNAL, "編集範囲が不正です: 単位 {unit} ({why})"),
    "E114": (EXIT_INPUT, "文書を読めません: {path} ({why})"),
    "E115": (EXIT_USAGE, "この形式には書き出せません: {kind} → {path}"),
    "E116": (EXIT_INPUT, "元の文書が読み込み後に変更されています: {path}"),
    # usage (E2xx)
    "E200": (EXIT_USAGE, "引数が不正です: {why}"),
    "E201": (EXIT_USAGE, "不明なポリシーです: {name}"),
    "E202": (EXIT_USAGE, "不明なラベルです: {name}"),
    # processing (E3xx)
    "E300": (EXIT_FOUND, "匿名化後も個人情報が残っています: {what}"),
    "E301": (EXIT_INPUT, "復元用の鍵が正しくないか、保管庫が壊れています: {path}"),
    "E302": (EXIT_INPUT, "保管庫が見つかりません: {path}"),
    # documents and fonts (E7xx)
    "E700": (EXIT_INTERNAL, "必要なフォントが見つかりません: {what}"),
    # names and projects (E4xx, issue #3)
    "E400": (EXIT_INPUT, "プロジェクトの設定ファイルが見つかりません: {path}"),
    "E401": (EXIT_INPUT, "プロジェクトの設定ファイルを TOML として読めません: {path} ({where})"),
    "E402": (EXIT_INPUT, "プロジェクトの設定ファイルの項目が不正です: {path} の {field} ({why})"),
    "E403": (EXIT_INPUT, "プロジェクトの設定ファイルに不明な項目があります: {path} の {field}"),
    # names model (E41x, issue #11): the packaged CRF model and its lexicons
    "E410": (EXIT_INTERNAL, "人名・組織名モデルのファイルが壊れています: {path} ({why}) — tokumei を入れ直してください"),
    # anonymize (E5xx: policies, vault, restore)
    "E501": (EXIT_USAGE, "ポリシーファイルが見つかりません: {path}"),
    "E502": (EXIT_INPUT, "ポリシーファイルを読めません: {path} ({why})"),
    "E503": (EXIT_INPUT, "ポリシーの項目が不正です: {path} の {field} ({why})"),
    "E504": (EXIT_USAGE, "鍵付きハッシュには鍵が必要です（--project か環境変数 TOKUMEI_HASH_KEY）"),
    "E505": (EXIT_USAGE, "保管庫の鍵がありません（環境変数 TOKUMEI_PASSPHRASE / TOKUMEI_KEY、--passphrase-file または --key-file）"),
    "E506": (EXIT_INPUT, "この文書の復元記録が保管庫にありません: {path}"),
    "E507": (EXIT_USAGE, "この形式の出力には -o が必要です: {path}"),
    "E508": (EXIT_INPUT, "鍵ファイルが不正です: {path} ({why})"),
    # scan / inventory (E60x, issue #6): non-fatal ones are recorded in the inventory's issues
    "E600": (EXIT_INPUT, "走査対象が見つからないか、種類を判別できません: {target}"),
    "E601": (EXIT_INPUT, "CSV の {line} 行目の列数が不正です: {path} ({got} 列、見出しは {want} 列) — この行を飛ばして続行します"),
    "E602": (EXIT_INPUT, "巨大なセルがあります: {where} の列 {column} ({size} 文字) — 先頭 {kept} 文字だけを検査しました"),
    "E603": (EXIT_INPUT, "文字コードが混在しています: {path} の {line} 行目 ({encoding} として読みました)"),
    "E604": (EXIT_INPUT, "テーブルが空です: {table}"),
    "E605": (EXIT_INPUT, "読めないファイルを飛ばしました: {path} ({why})"),
    "E606": (EXIT_INPUT, "データベースに接続できません: {target} ({why})"),
    "E607": (EXIT_INPUT, "テーブルを読めません: {table} ({why})"),
    "E608": (EXIT_USAGE, "Dask スケジューラに接続できません: {address} ({why})"),
    "E609": (EXIT_INPUT, "CSV の {line} 行目を読めません: {path} ({why}) — この行を飛ばして続行します"),
    "E610": (EXIT_INPUT, "CSV の {line} 行目に NUL 文字があります: {path} — この行を飛ばして続行します"),
    "E611": (EXIT_USAGE, "出力先に書き込めません: {path} ({why}) — 走査を始める前に中止しました"),
    "E612": (EXIT_INPUT, "データベースに接続できません: {target} — ユーザー名かパスワードが違います"),
    "E613": (EXIT_INPUT, "データベースに接続できません: {target} — そのデータベースはありません"),
    "E614": (EXIT_INPUT, "データベースのサーバーに届きません: {target} ({why}) — ホスト名・ポート・起動状態を確認してください"),
    "E615": (EXIT_INPUT, "Excel ファイルを読めません: {path} ({why})"),
    # review and consent web app (E80x, issue #5)
    "E800": (EXIT_INPUT, "入力項目が不正です: {field} ({why})"),
    "E801": (EXIT_INPUT, "ファイルが大きすぎます: {field} (上限 {limit})"),
    "E802": (EXIT_INPUT, "対応していない文書です: {field} (.txt .md .docx に対応)"),
    "E803": (EXIT_USAGE, "他の方が先に更新しました。再読み込みしてから、もう一度操作してください: {field}"),
    "E804": (EXIT_USAGE, "公開できる承認済みの版がありません: {field}"),
    "E805": (EXIT_INPUT, "監査ログの改ざんを検出しました: {where}"),
    "E806": (EXIT_USAGE, "データベースに接続できません: {field} ({why})"),
    # review: consent integrity (E81x)
    "E810": (EXIT_USAGE, "同意が撤回された版は承認できません。改めて承認を受けるには新しい版を送付してください: 第{version}版"),
    "E811": (EXIT_USAGE, "新しい版が送付されたため、この版のリンクでは操作できません: 第{version}版"),
    "E812": (EXIT_USAGE, "承認済みの版の記述の確認とコメントは変更できません: 第{version}版"),
    "E813": (EXIT_USAGE, "同じ案件の別の版の承認が有効です: 第{version}版（有効な承認: 第{other}版）"),
    "E814": (EXIT_USAGE, "より新しい版がすでに送付されています。古い版は送付できません: 第{version}版（送付済み: 第{newer}版）"),
    "E815": (EXIT_USAGE, "承認の条件を満たしていません: 第{version}版（{why}）"),
    # review app security (E83x, issue #13)
    "E830": (EXIT_USAGE, "監査ログの鍵を使えません: {field} ({why})"),
    # breach response (E85x, issue #7): incident file, rules, inventory, affected list, notices
    "E850": (EXIT_INPUT, "事故情報ファイルが見つかりません: {path}"),
    "E851": (EXIT_INPUT, "事故情報ファイルを TOML として読めません: {path} ({where})"),
    "E852": (EXIT_INPUT, "事故情報ファイルに必須の項目 {field} がありません: {path}"),
    "E853": (EXIT_INPUT, "事故情報ファイルの項目が不正です: {path} の {field} ({why})"),
    "E854": (EXIT_INPUT, "事故情報ファイルに不明な項目があります: {path} の {field}"),
    "E855": (EXIT_INPUT, "発覚日 {date} に施行されている判定ルールがありません"),
    "E856": (EXIT_INTERNAL, "判定ルールのファイルが不正です: {path} の {field} ({why})"),
    "E857": (EXIT_INPUT, "棚卸し結果 (inventory) を読めません: {path} の {field} ({why})"),
    "E858": (EXIT_INPUT, "対象者一覧の {line} 行目が不正です: {path} ({why})"),
    "E859": (EXIT_INPUT, "対象者一覧を使えません: {path} ({why})"),
    "E860": (EXIT_INPUT, "SMS 本文が70文字を超えます: {field} を短くしてください ({length} 文字)"),
    "E861": (EXIT_USAGE, "通知文を作れません: {field} ({why})"),
    "E862": (EXIT_INPUT, "出力フォルダに書き込めません: {path} ({why})"),
    "E863": (EXIT_INTERNAL, "漏えいした項目と含まれていない項目が重なっています: {items} — 通知文を作りません"),
    # rosters (E87x-E89x, issue 14): roster settings, import, consent, editions, copies
    "E870": (EXIT_INPUT, "名簿の入力項目が不正です: {field} ({why})"),
    "E871": (EXIT_INPUT, "名簿が見つかりません: {roster}"),
    "E872": (EXIT_INPUT, "名簿ファイルを読めません: {path} ({why})"),
    "E873": (EXIT_INPUT, "名簿ファイルの {line} 行目が不正です: {path} ({why})"),
    "E874": (EXIT_INPUT, "名簿ファイルに氏名の列が見つかりません: {path}（列の対応を指定してください）"),
    "E875": (EXIT_INPUT, "この列は取り込めません: {column} ({why})"),
    "E876": (EXIT_INPUT, "会員が見つかりません: {member}"),
    "E877": (EXIT_INPUT, "名簿の版が見つかりません: {edition}"),
    "E878": (EXIT_INPUT, "不明な配布先です: {audience}（{choices} から選んでください）"),
    "E879": (EXIT_USAGE, "主催者のアカウントが見つかりません: {field}"),
    "E880": (EXIT_INPUT, "配布番号の印が見つかりません: {path}"),
    "E881": (EXIT_USAGE, "保存期限（{date}）を過ぎた名簿では新しい版を作れません: {roster}"),
    "E882": (EXIT_USAGE, "個人用リンクのメールを送信できませんでした: {field}"),
    # internal (E9xx)
    "E900": (EXIT_INTERNAL, "内部エラーです ({where})。入力内容はログに記録していません。"),
}


class TokumeiError(Exception):
    """An error with a catalogue code. Arguments must never contain personal values."""

    def __init__(self, code: str, **fields: object) -> None:
        if code not in CATALOGUE:
            raise KeyError(code)
        self.code = code
        self.fields = fields
        self.exit_code, template = CATALOGUE[code]
        self.message = template.format(**fields)
        super().__init__(f"{code}: {self.message}")
