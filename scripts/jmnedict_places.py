"""Rebuild ``src/tokumei/detect/names/model/data/jmnedict_places.txt.gz``: JMnedict's place and station names that
can name a landmark SudachiDict does not know as one word (華厳の滝, 縄文杉, 殺生石, 懐古園, 鞆の浦, 海中道路).

Source: the PyPI package ``jamdict-data`` (JMnedict and JMdict of the EDRDG, CC BY-SA 4.0; credit in the data
folder's NOTICE.md). Not needed by CI or at run time: the derived file is committed.

    python -m venv /tmp/jm && /tmp/jm/bin/pip install jamdict-data==1.5
    .venv/bin/python scripts/jmnedict_places.py /tmp/jm/lib/python3.*/site-packages/jamdict_data/jamdict.db

Kept: written forms (kanji, three to twelve characters) of entries typed ``place`` or ``station`` that are not
JMdict words (工業団地, 桜並木, 休憩所, 道の駅 are common words there), do not open with a numeral (JMnedict has
一本, 二階, 三分 as places) or with who runs it (市営霊園), do not end with の or a position after の (山の上, 坂の下, 梨の木) or with a kind word
that makes a common compound (食品工場, 元大工, 味噌屋, 水産高校, 養鰻場, 製錬所, わさび田). Measured on the
hand-written dev sets less waves 6–7 (stop 33, before the rule): of the multi-token matches no other rule read,
45 were gold places and 2 were not.
"""
from __future__ import annotations

import gzip
import re
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/tokumei/detect/names/model/data/jmnedict_places.txt.gz"
_KANJI = re.compile(r"[一-龥々]")
_NUMERAL_START = re.compile(r"^[一二三四五六七八九十百千万〇]")
_POSITION_END = re.compile(r"の(?:上|下|前|後|横|奥|中|木|裏|表|脇|側|先|内|外)?$")
#: Who runs it (市営霊園, 県立図書館): a kind of facility any town has, not one place.
_FOUNDER_START = re.compile(r"^(?:[市県町村国都府道区]営|公営|[市県町村国都府道区]立|公立|私立)")
_KIND_END = ("大工", "工場", "屋", "高校", "学校", "大学校", "専門校", "研究所", "場", "所", "田", "殿", "水")


def main(db_path: str) -> None:
    db = sqlite3.connect(db_path)
    ids = {r[0] for r in db.execute(
        "select distinct tr.idseq from NETransType t join NETranslation tr on t.tid = tr.ID where t.text in ('place', 'station')")}
    words = {r[0] for r in db.execute("select text from Kanji")} | {r[0] for r in db.execute("select text from Kana")}
    forms = set()
    for idseq, text in db.execute("select idseq, text from NEKanji"):
        if (idseq in ids and 3 <= len(text) <= 12 and _KANJI.search(text) and text not in words
                and not _NUMERAL_START.match(text) and not _POSITION_END.search(text) and not text.endswith(_KIND_END)
                and not _FOUNDER_START.match(text)):
            forms.add(text)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:  # (mtime 0: the same input gives the same bytes)
        f.write(("\n".join(sorted(forms)) + "\n").encode("utf-8"))
    print(len(forms), "forms →", OUT)


if __name__ == "__main__":
    main(sys.argv[1])
