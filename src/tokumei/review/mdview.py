"""Show a Markdown draft to the client as its readers will see it (headings, lists, emphasis).

markdown-it-py (the executablebooks port of markdown-it, CommonMark-compliant and maintained)
in its ``js-default`` preset with raw HTML switched off: every character of the draft is
escaped, and links with ``javascript:``/``vbscript:``/``data:`` targets are refused by its
``validateLink``. The rendered view is derived from exactly the hashed text (``Version.text``);
the page still shows that text itself, which is what the approval's SHA-256 covers.

例::

    >>> render_markdown("# 見出し\\n\\n- 項目")
    '<h1>見出し</h1>\\n<ul>\\n<li>項目</li>\\n</ul>\\n'
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt

_md = MarkdownIt("js-default", {"html": False, "linkify": False, "typographer": False})
_MARKUP = re.compile(r"^(#{1,6} |[-*+] |\d+\. |> )", re.M)


def render_markdown(text: str, shift: int = 0) -> str:
    """Safe HTML for the text (no raw HTML passes through); ``shift`` moves headings down (the
    page's own h1/h2 come first: ``shift=2`` makes ``#`` an h3).
    例: ``render_markdown("<b>")`` → ``'<p>&lt;b&gt;</p>\\n'``"""
    tokens = _md.parse(text)
    if shift:
        for t in tokens:
            if t.type in ("heading_open", "heading_close"):
                t.tag = f"h{min(int(t.tag[1]) + shift, 6)}"
    return _md.renderer.render(tokens, _md.options, {})


def is_markdown(source_name: str, text: str) -> bool:
    """Render as Markdown: .md drafts, and pasted text that uses headings or lists.
    例: ``is_markdown("事例.docx", "# 見出し")`` → False"""
    name = source_name.lower()
    if name.endswith(".md"):
        return True
    return name == "貼り付け" and bool(_MARKUP.search(text))
