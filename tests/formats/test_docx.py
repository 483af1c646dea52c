"""Word round trip: a .docx built here with python-docx (plus raw XML for a footnote, a hyperlink
and tracked changes), edited through read_document/write_document, reopened with python-docx and
converted by LibreOffice; the PDF text must hold the replacements and not the name."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings, strategies as st
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
from PIL import Image

from support import need
from tokumei.errors import TokumeiError
from tokumei.formats import Edit, read_document, write_document

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> 出典: 山田太郎の聞き取り</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


PEOPLE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
<w15:person w15:author="山田太郎"><w15:presenceInfo w15:providerId="None" w15:userId="山田太郎"/></w15:person>
</w15:people>"""


CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="担当者"><vt:lpwstr>山田太郎</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="件数"><vt:i4>3</vt:i4></property>
</Properties>"""


def build(path: Path) -> None:
    d = docx.Document()
    d.core_properties.author = "山田太郎"
    d.core_properties.title = "山田太郎の面談記録"
    d.core_properties.last_modified_by = "山田"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "人事部 山田"
    sec.footer.paragraphs[0].text = "作成: 山田太郎"
    p = d.add_paragraph("面談者は")
    r1 = p.add_run("山")
    r1.bold = True
    r1.font.size = Pt(14)
    r2 = p.add_run("田太郎")
    r2.italic = True
    p.add_run("さんです。")
    fn = p.add_run()
    fn._r.append(parse_xml(f'<w:footnoteReference {W_NS} w:id="1"/>'))
    q = d.add_paragraph("退職理由: ")
    q._p.append(parse_xml(f'<w:del {W_NS} w:id="91" w:author="山田太郎" w:date="2024-01-01T00:00:00Z">'
                          f'<w:r><w:delText>佐藤花子との不和</w:delText></w:r></w:del>'))
    q._p.append(parse_xml(f'<w:ins {W_NS} w:id="92" w:author="山田太郎" w:date="2024-01-01T00:00:00Z">'
                          f'<w:r><w:rPr><w:b/><w:rPrChange w:id="93" w:author="山田太郎"><w:rPr/></w:rPrChange>'
                          f'</w:rPr><w:t>家庭の事情</w:t></w:r></w:ins>'))
    rid = d.part.relate_to("mailto:yamada@example.jp", RT.HYPERLINK, is_external=True)
    link = d.add_paragraph("連絡先: ")
    link._p.append(parse_xml(f'<w:hyperlink {W_NS} {R_NS} r:id="{rid}"><w:r><w:t>メール</w:t></w:r></w:hyperlink>'))
    fld = d.add_paragraph("問合せ: ")
    fld._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    fld._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> HYPERLINK "mailto:yamada@example.jp" </w:instrText></w:r>'))
    fld._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    fld._p.append(parse_xml(f'<w:r {W_NS}><w:t>窓口</w:t></w:r>'))
    fld._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "氏名", "電話"
    t.cell(1, 0).text, t.cell(1, 1).text = "山田太郎", "03-1234-5678"
    inner = t.cell(1, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "旧姓 山田"
    d.add_comment([r1, r2], text="山田さん本人に確認済み", author="山田太郎", initials="YT")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    people = Part(PackURI("/word/people.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
                  PEOPLE.encode("utf-8"), d.part.package)
    d.part.relate_to(people, "http://schemas.microsoft.com/office/2011/relationships/people")
    Image.new("RGB", (16, 16), "blue").save(path.with_suffix(".png"))
    pic = d.add_picture(str(path.with_suffix(".png")))
    pic._inline.docPr.set("descr", "山田太郎の写真")
    custom = Part(PackURI("/docProps/custom.xml"),
                  "application/vnd.openxmlformats-officedocument.custom-properties+xml", CUSTOM.encode("utf-8"),
                  d.part.package)
    d.part.package.relate_to(custom, RT.CUSTOM_PROPERTIES)
    app = next(p for p in d.part.package.iter_parts() if p.partname == "/docProps/app.xml")
    app._blob = (app.blob.replace(b"<Company/>", "<Company>山田商店</Company>".encode())
                 .replace(b"<vt:lpstr/>", "<vt:lpstr>山田太郎の面談記録</vt:lpstr>".encode()))
    d.save(str(path))


NAME = re.compile(r"山田太郎|山田|yamada@example\.jp|YT")
REPL = {"山田太郎": "〔人名〕", "山田": "〔人名〕", "yamada@example.jp": "〔メール〕", "YT": "〔略〕"}


def redact(doc):
    edits = {}
    for u in doc.units:
        for m in NAME.finditer(u.text):
            edits.setdefault(u.id, []).append(Edit(m.start(), m.end(), REPL[m.group()]))
    return edits


EXPECTED_AFTER = [
    ("1段落目", "面談者は〔人名〕さんです。"),
    ("2段落目", "退職理由: 家庭の事情"),
    ("3段落目", "連絡先: メール"),
    ("3段落目のリンク先", "mailto:〔メール〕"),
    ("4段落目", "問合せ: 窓口"),
    ("4段落目のフィールド", ' HYPERLINK "mailto:〔メール〕" '),
    ("表1 1行1列", "氏名"),
    ("表1 1行2列", "電話"),
    ("表1 2行1列", "〔人名〕"),
    ("表1 2行1列 内の表1 1行1列", "旧姓 〔人名〕"),
    ("表1 2行2列", "03-1234-5678"),
    ("ヘッダー", "人事部 〔人名〕"),
    ("フッター", "作成: 〔人名〕"),
    ("脚注1", " 出典: 〔人名〕の聞き取り"),
    ("コメント1", "〔人名〕さん本人に確認済み"),
    ("コメント1の作成者", "〔人名〕"),
    ("コメント1のイニシャル", "〔略〕"),
    ("文書プロパティ: 作成者", "〔人名〕"),
    ("文書プロパティ: 最終更新者", "〔人名〕"),
    ("文書プロパティ: タイトル", "〔人名〕の面談記録"),
    ("文書プロパティ: コメント", "generated by python-docx"),
    ("作成者・変更者一覧1", "〔人名〕"),
    ("文書プロパティ: 会社名", "〔人名〕商店"),
    ("文書プロパティ: 部分タイトル1", "〔人名〕の面談記録"),
    ("ユーザー設定プロパティ: 担当者", "〔人名〕"),
    ("本文の図1の代替テキスト", "〔人名〕の写真"),
]


@pytest.fixture
def written(tmp_path):
    src = tmp_path / "面談記録.docx"
    build(src)
    doc = read_document(src)
    out = write_document(doc, redact(doc), tmp_path / "out.docx")
    return doc, out


def test_units_before(written):
    doc, _ = written
    got = {u.where: u.text for u in doc.units}
    assert got["1段落目"] == "面談者は山田太郎さんです。"  # name spans a bold and an italic run
    assert got["2段落目"] == "退職理由: 家庭の事情"        # tracked deletion excluded, insertion kept
    assert got["脚注1"] == " 出典: 山田太郎の聞き取り"
    assert got["文書プロパティ: 作成者"] == "山田太郎"
    assert doc.meta["tracked_deletions"] == 1
    assert len({u.id for u in doc.units}) == len(doc.units)
    assert read_document(doc.path).units == doc.units  # ids are stable


def test_golden_after(written):
    _, out = written
    after = read_document(out)
    got = [(u.where, u.text) for u in after.units]
    assert sorted(got) == sorted(EXPECTED_AFTER)


def test_formatting_kept(written):
    doc, out = written

    def runs(path):
        return [(r.text, r.bold, r.italic, r.font.size) for r in docx.Document(str(path)).paragraphs[0].runs]

    before, after = runs(doc.path), runs(out)
    assert before[1:3] == [("山", True, None, Pt(14)), ("田太郎", None, True, None)]
    assert after[1] == ("〔人名〕", True, None, Pt(14))  # replacement takes the first run's format
    assert after[2] == ("", None, True, None)             # trimmed run keeps its own format
    assert after[0] == before[0] and after[3:] == before[3:]  # untouched runs unchanged


def test_deleted_text_gone_and_untouched_parts_identical(written):
    doc, out = written
    with zipfile.ZipFile(doc.path) as a, zipfile.ZipFile(out) as b:
        body = b.read("word/document.xml").decode("utf-8")
        assert "佐藤花子" not in body and "w:del " not in body and "家庭の事情" in body
        for name in b.namelist():
            assert "山田".encode() not in b.read(name) or name.endswith((".png", ".jpeg")), name
        assert a.read("word/styles.xml") == b.read("word/styles.xml")
        assert "docProps/thumbnail.jpeg" in a.namelist() and not any("thumbnail" in n for n in b.namelist())
        assert any(n.startswith("word/media/") for n in b.namelist())  # the picture itself is kept


def test_no_edits_still_removes_deletions(tmp_path):
    src = tmp_path / "a.docx"
    build(src)
    out = write_document(read_document(src), {}, tmp_path / "b.docx")
    assert "佐藤花子".encode() not in zipfile.ZipFile(out).read("word/document.xml")
    assert [u.text for u in read_document(out).units] == [u.text for u in read_document(src).units]


def test_broken_docx_refused(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TokumeiError) as e:
        read_document(bad)
    assert e.value.code == "E114"


def test_libreoffice_renders_replacements(written, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need(soffice is not None, "LibreOffice (Debian libreoffice-writer-nogui)")
    need(shutil.which("pdftotext") is not None, "pdftotext (Debian poppler-utils)")
    _, out = written
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "out.pdf"
    assert pdf.exists()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "〔人名〕" in text and "家庭の事情" in text and "人事部" in text
    assert "山田" not in text and "佐藤花子" not in text
    # LibreOffice's own re-export keeps the formatting: the replacement is still bold, 14pt
    (tmp_path / "lo").mkdir()
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"), str(out)],
                   check=True, capture_output=True, timeout=180)
    para = docx.Document(str(tmp_path / "lo" / "out.docx")).paragraphs[0]
    run = next(r for r in para.runs if "〔人名〕" in r.text)
    assert run.bold and run.font.size == Pt(14) and not run.italic
    assert any(r.text.startswith("さんです") and not r.bold for r in para.runs)


@st.composite
def runs_and_edits(draw):
    runs = draw(st.lists(st.tuples(st.text(alphabet="山田太郎 ab\t", min_size=1, max_size=4), st.booleans()),
                         min_size=1, max_size=5))
    n = sum(len(t) for t, _ in runs)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=4)))
    edits = [Edit(a, b, draw(st.sampled_from(["", "〔人名〕", "X"]))) for a, b in zip(cuts[::2], cuts[1::2])]
    return runs, edits


@settings(max_examples=25, deadline=None)
@given(runs_and_edits())
def test_random_runs_and_edits_round_trip(tmp_path_factory, re_):
    runs, edits = re_
    d = tmp_path_factory.mktemp("d")
    document = docx.Document()
    p = document.add_paragraph()
    for text, bold in runs:
        p.add_run(text).bold = bold or None
    document.save(str(d / "in.docx"))
    doc = read_document(d / "in.docx")
    unit = next(u for u in doc.units if u.id.startswith("document/"))
    text = "".join(t for t, _ in runs)
    assert unit.text == text
    expected, pos = "", 0
    for e in edits:
        expected += text[pos:e.start] + e.replacement
        pos = e.end
    expected += text[pos:]
    out = write_document(doc, {unit.id: edits}, d / "out.docx")
    after = [u.text for u in read_document(out).units if u.id == unit.id]
    assert after == ([expected] if expected else [])
    # runs no edit touches keep their text and formatting
    new_runs = [(r.text, bool(r.bold)) for r in docx.Document(str(out)).paragraphs[0].runs]
    pos = 0
    for (t, bold), got in zip(runs, new_runs):
        if not any(e.start <= pos + len(t) and e.end >= pos for e in edits):
            assert got == (t, bold)
        pos += len(t)


def test_external_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("機密の中身", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("本文")
    xml = FOOTNOTES.replace("<w:footnotes", f'<!DOCTYPE w:footnotes [<!ENTITY s SYSTEM "file://{secret}">]>\n<w:footnotes', 1)
    xml = xml.replace("の聞き取り", "&s;")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(tmp_path / "x.docx"))
    doc = read_document(tmp_path / "x.docx")
    assert not any("機密" in u.text for u in doc.units)
    out = write_document(doc, {}, tmp_path / "y.docx")
    assert "機密".encode() not in zipfile.ZipFile(out).read("word/footnotes.xml")


def test_broken_footnotes_part_refused(tmp_path):
    d = docx.Document()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                b"<w:footnotes", d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(tmp_path / "x.docx"))
    with pytest.raises(TokumeiError) as e:
        read_document(tmp_path / "x.docx")
    assert e.value.code == "E114" and "footnotes" in e.value.message


def test_ruby_reading_is_its_own_unit(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("担当は")
    p._p.append(parse_xml(
        f'<w:r {W_NS}><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr>'
        f'<w:rt><w:r><w:t>やまだ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>山田</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
    p.add_run("です")
    d.save(str(tmp_path / "r.docx"))
    doc = read_document(tmp_path / "r.docx")
    got = {u.where: u.text for u in doc.units if not u.id.startswith("props/")}
    assert got == {"1段落目": "担当は山田です", "1段落目のふりがな": "やまだ"}
    ids = {u.where: u.id for u in doc.units}
    out = write_document(doc, {ids["1段落目"]: [Edit(3, 5, "〔人名〕")], ids["1段落目のふりがな"]: [Edit(0, 3, "")]},
                         tmp_path / "o.docx")
    got = {u.where: u.text for u in read_document(out).units if not u.id.startswith("props/")}
    assert got == {"1段落目": "担当は〔人名〕です"}
    assert "やまだ".encode() not in zipfile.ZipFile(out).read("word/document.xml")


def test_simple_hyperlink_field_target_is_edited(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("問合せ: ")
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" HYPERLINK &quot;mailto:yamada@example.jp&quot; ">'
                          f'<w:r><w:t>窓口</w:t></w:r></w:fldSimple>'))
    d.save(str(tmp_path / "in.docx"))
    doc = read_document(tmp_path / "in.docx")
    out = write_document(doc, redact(doc), tmp_path / "out.docx")
    got = {u.where: u.text for u in read_document(out).units}
    assert got["1段落目のフィールド"] == ' HYPERLINK "mailto:〔メール〕" '
    assert got["1段落目"] == "問合せ: 窓口"


def test_grid_positions_number_rows_and_cells_once_per_part():
    from lxml import etree

    from tokumei.formats import word_xml as wx

    root = etree.fromstring(f'<w:body {W_NS}><w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr>'
                            f'<w:tr><w:trPr/><w:tc><w:p/></w:tc><w:tc><w:p/><w:p/></w:tc></w:tr></w:tbl></w:body>')
    positions = wx.grid_positions(root)
    assert sorted(positions[tr] for tr in root.iter(wx.TR)) == [1, 2]
    assert [positions[tc] for tc in root.iter(wx.TC)] == [1, 1, 2]
    locations = [wx.table_location(p, wx.top_tables(root), positions) for p in root.iter(wx.P)]
    assert locations == ["表1 1行1列", "表1 2行1列", "表1 2行2列", "表1 2行2列"]


def test_content_controls_around_rows_and_cells_are_located_and_edited(tmp_path):
    """Forms often wrap a table row or cell in a content control (w:sdt); reading such a file
    used to fail with ValueError. Rows and cells are counted through the wrapper."""
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "氏名", "山田太郎"
    t.cell(1, 0).text, t.cell(1, 1).text = "電話", "090-1234-5678"
    tr0, tr1 = t._tbl.tr_lst
    wrap = f'<w:sdt {W_NS}><w:sdtPr/><w:sdtContent/></w:sdt>'
    cell_sdt = parse_xml(wrap)  # w:tr > w:sdt > w:sdtContent > w:tc (the second cell of row 1)
    tc = tr0.tc_lst[1]
    tc.addprevious(cell_sdt)
    cell_sdt[1].append(tc)
    row_sdt = parse_xml(wrap)  # w:tbl > w:sdt > w:sdtContent > w:tr (row 2)
    tr1.addprevious(row_sdt)
    row_sdt[1].append(tr1)
    d.save(str(tmp_path / "form.docx"))
    doc = read_document(tmp_path / "form.docx")
    got = {u.where: u.text for u in doc.units}
    assert got["表1 1行1列"] == "氏名" and got["表1 1行2列"] == "山田太郎"
    assert got["表1 2行1列"] == "電話" and got["表1 2行2列"] == "090-1234-5678"
    name = next(u for u in doc.units if u.text == "山田太郎")
    out = write_document(doc, {name.id: [Edit(0, 4, "A氏")]}, tmp_path / "out.docx")
    after = {u.where: u.text for u in read_document(out).units}
    assert after["表1 1行2列"] == "A氏" and after["表1 2行2列"] == "090-1234-5678"


def test_grid_positions_skip_nested_tables_and_see_through_content_controls():
    from lxml import etree

    from tokumei.formats import word_xml as wx

    root = etree.fromstring(
        f'<w:body {W_NS}><w:tbl><w:tr><w:tc><w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc>'
        f'<w:sdt><w:sdtContent><w:tc><w:p/></w:tc></w:sdtContent></w:sdt></w:tr>'
        f'<w:sdt><w:sdtContent><w:tr><w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt></w:tbl></w:body>')
    positions = wx.grid_positions(root)
    locations = [wx.table_location(p, wx.top_tables(root), positions) for p in root.iter(wx.P)]
    assert locations == ["表1 1行1列", "表1 1行1列 内の表1 1行1列", "表1 1行2列", "表1 2行1列"]
