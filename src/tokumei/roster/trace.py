"""Find which numbered copy a leaked file is: the random mark of the copy is read from the PDF's
text layer (invisible text) or document properties, or from the .xlsx properties.

例::

    >>> MARK.search("…TKM-3-7-0a1b2c3d4e5f…").group(0)
    'TKM-3-7-0a1b2c3d4e5f'
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tokumei.errors import TokumeiError

MARK = re.compile(r"TKM-\d+-\d+-[0-9a-f]{12}")


def read_mark(path: Path) -> str:
    """The copy mark inside ``path`` (.pdf or .xlsx), else E880."""
    from tokumei.formats.source import load_source

    data = load_source(path)
    text = ""
    if data.startswith(b"%PDF"):
        from pdfminer.high_level import extract_text  # pdfminer.six: already the project's PDF reader

        try:
            text = extract_text(io.BytesIO(data))
        except Exception:  # a damaged file: fall back to the raw bytes (document info)
            text = ""
        text += data.decode("latin-1")
    elif data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.startswith("docProps/"))
        except zipfile.BadZipFile:
            text = ""
    m = MARK.search(text)
    if not m:
        raise TokumeiError("E880", path=path.name)
    return m.group(0)
