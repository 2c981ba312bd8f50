"""Fills a Kinship certificate (亲属关系证明) as a .docx, the way stations prepare it today before
LibreOffice turns it into PDF: a Word template whose placeholders are replaced with the values.

    python3 src/bench/make-kinship-docx.py OUT_DIR [COUNT] [SAMPLE_JSON]

Writes OUT_DIR/kinship-01.docx … kinship-COUNT.docx (default COUNT 1), filled with the values of
templates/samples/ISSUE_KINSHIP.json (the same sample CertDesk's render benchmark uses); document
n gets sequence number 000123 + n - 1, everything else is the same. Standard library only
(PyPI is not reachable here): a .docx is a zip of [Content_Types].xml, _rels/.rels,
word/document.xml, word/styles.xml and word/_rels/document.xml.rels. The layout follows
templates/ISSUE_KINSHIP.json on A4 (25 mm margins, AR PL UMing body, WenQuanYi Micro Hei title,
same sizes and line spacings); it has no QR code, since today's documents carry none.
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

TITLE = "亲属关系证明"
BODY = ("兹证明{applicantName}（公民身份号码：{applicantIdNumber}）与{relativeName}（公民身份号码：{relativeIdNumber}）"
        "系{relation}关系。\n以上情况依据{archiveBasis}出具。\n特此证明。")
DIGITS = "〇一二三四五六七八九"
SONG = "AR PL UMing CN"
HEI = "WenQuanYi Micro Hei"


def chinese_number(n):
    """1..31 as written in dates: 十一, 二十二, 三十."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def chinese_date(iso):
    year, month, day = iso.split("-")
    return "".join(DIGITS[int(d)] for d in year) + "年" + chinese_number(int(month)) + "月" + chinese_number(int(day)) + "日"


def twips(mm):
    return round(mm / 25.4 * 1440)


def paragraph(text, size_pt, font=SONG, align="left", spacing=1.0, before_mm=0.0, indent_chars=0, ind_left_mm=0.0,
              ind_right_mm=0.0):
    half_points = round(size_pt * 2)
    ppr = [f'<w:spacing w:before="{twips(before_mm)}" w:after="0" w:line="{round(spacing * 240)}" w:lineRule="auto"/>']
    ind = []
    if indent_chars:
        ind.append(f'w:firstLineChars="{indent_chars * 100}" w:firstLine="{round(indent_chars * size_pt * 20)}"')
    if ind_left_mm:
        ind.append(f'w:left="{twips(ind_left_mm)}"')
    if ind_right_mm:
        ind.append(f'w:right="{twips(ind_right_mm)}"')
    if ind:
        ppr.append("<w:ind " + " ".join(ind) + "/>")
    ppr.append(f'<w:jc w:val="{ {"left": "left", "center": "center", "right": "right"}[align] }"/>')
    rpr = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
           f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')
    return f'<w:p><w:pPr>{"".join(ppr)}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document_xml(fields, meta):
    body = BODY.format(**fields).split("\n")
    station_block_left = 100 - 25  # the template's x = 100 mm for station and date, page margin 25 mm
    parts = [
        paragraph("编号：" + meta["certificateNumber"], 10.5, align="right", before_mm=0),
        paragraph(TITLE, 22, font=HEI, align="center", spacing=1.2, before_mm=12),
    ]
    for i, line in enumerate(body):
        parts.append(paragraph(line, 14, spacing=1.8, indent_chars=2, before_mm=8 if i == 0 else 0))
    parts += [
        paragraph(f"承办民警：{meta['officerName']}（警号：{meta['officerPoliceNumber']}）", 12, before_mm=70),
        paragraph("此处加盖", 9, align="center", before_mm=4, ind_left_mm=station_block_left),
        paragraph("户口专用章", 9, align="center", ind_left_mm=station_block_left),
        paragraph(meta["stationName"], 14, align="center", spacing=1.3, before_mm=4, ind_left_mm=station_block_left),
        paragraph(chinese_date(meta["issueDate"]), 14, align="center", spacing=1.3, ind_left_mm=station_block_left),
        paragraph("注：本证明涂改无效；可向出具单位核验真伪。", 9, spacing=1.4, before_mm=18),
    ]
    sect = (f'<w:sectPr><w:pgSz w:w="{twips(210)}" w:h="{twips(297)}"/>'
            f'<w:pgMar w:top="{twips(20)}" w:right="{twips(25)}" w:bottom="{twips(20)}" w:left="{twips(25)}" '
            f'w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:body>{"".join(parts)}{sect}</w:body></w:document>')


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{SONG}" w:hAnsi="{SONG}" w:eastAsia="{SONG}" w:cs="{SONG}"/>
<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>"""


def write_docx(path, fields, meta):
    # Fixed timestamps so the same input gives the same bytes (the committed .docx stays stable).
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/styles.xml", STYLES),
                           ("word/document.xml", document_xml(fields, meta))):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 23, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: make-kinship-docx.py OUT_DIR [COUNT] [SAMPLE_JSON]")
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    here = os.path.dirname(os.path.abspath(__file__))
    sample_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "..", "templates", "samples",
                                                                      "ISSUE_KINSHIP.json")
    with open(sample_path, encoding="utf-8") as f:
        sample = json.load(f)
    os.makedirs(out, exist_ok=True)
    number = sample["meta"]["certificateNumber"]
    prefix, sequence = number.rsplit("-", 1)
    for n in range(1, count + 1):
        meta = dict(sample["meta"], certificateNumber=f"{prefix}-{int(sequence) + n - 1:0{len(sequence)}d}")
        write_docx(os.path.join(out, f"kinship-{n:02d}.docx"), sample["fields"], meta)


if __name__ == "__main__":
    main()
