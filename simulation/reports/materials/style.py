"""The look of the printed materials: fonts, paragraph styles and the page frame every PDF shares.

Chinese needs a font that is embedded in the PDF, so that the text prints on any machine and can be searched and
copied. ReportLab embeds TrueType fonts (not the CFF-flavoured OpenType of Noto CJK), so the materials use a
TrueType Chinese font of the system, found by path; English uses the PDF's built-in Helvetica.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from simulation.inputs.errors import UserError

# (path, index of the face in a .ttc collection): Debian's fonts-wqy-zenhei, then fonts-arphic-uming.
CHINESE_FONTS = [(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
                 (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0)]
CHINESE = "CarelabChinese"
ACCENT = colors.HexColor("#1f5f8b")
PALE = colors.HexColor("#e8f0f6")
MARGIN = 18 * mm


@cache
def font(lang: str) -> str:
    """The font of `lang`'s text, registered with ReportLab on first use."""
    if lang != "zh":
        return "Helvetica"
    for path, index in CHINESE_FONTS:
        if path.is_file():
            pdfmetrics.registerFont(TTFont(CHINESE, str(path), subfontIndex=index))
            return CHINESE
    raise UserError("the Chinese materials need a TrueType Chinese font, and none was found at "
                    + ", ".join(str(path) for path, _ in CHINESE_FONTS)
                    + ": install the Debian package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei)")


def bold(lang: str) -> str:
    # The Chinese font has one weight; headings stand out by size and colour instead.
    return "Helvetica-Bold" if lang != "zh" else font(lang)


@cache
def styles(lang: str) -> dict[str, ParagraphStyle]:
    wrap = {"wordWrap": "CJK"} if lang == "zh" else {}
    body = ParagraphStyle("body", fontName=font(lang), fontSize=10, leading=14, spaceAfter=4, **wrap)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=bold(lang), fontSize=8.5, leading=11.5,
                               textColor=colors.white, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=bold(lang), fontSize=20, leading=26,
                                textColor=ACCENT, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=bold(lang), fontSize=15, leading=20, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=bold(lang), fontSize=11.5, leading=15, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=4),
        "slidecell": ParagraphStyle("slidecell", parent=body, fontSize=12, leading=16, spaceAfter=0),
        "slidehead": ParagraphStyle("slidehead", parent=body, fontName=bold(lang), fontSize=12, leading=16,
                                    textColor=colors.white, spaceAfter=0),
        # The bullet in Helvetica: the Chinese font has no glyph for it.
        "slide": ParagraphStyle("slide", parent=body, fontSize=17, leading=25, spaceAfter=10, leftIndent=8 * mm,
                                bulletFontName="Helvetica", bulletFontSize=17, bulletIndent=0),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER, fontSize=13, leading=20),
        "name": ParagraphStyle("name", parent=body, fontName=bold(lang), alignment=TA_CENTER, fontSize=28,
                               leading=36, textColor=ACCENT),
        "big": ParagraphStyle("big", parent=body, fontName=bold(lang), alignment=TA_CENTER, fontSize=30,
                              leading=40, textColor=ACCENT),
    }


def para(text: str, lang: str, style: str = "body", bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped: curricula texts may hold < and &), after a bullet or number if given."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, styles(lang)[style], bulletText=bullet)


def table(rows: list[list], widths: list[float], lang: str, header: bool = True, size: str = "") -> Table:
    """A table of paragraphs, its first row a header in the accent colour when `header`; `size` "slide" for the
    larger text of a slide."""
    shown = [[cell if not isinstance(cell, str) else para(cell, lang, size + ("head" if header and i == 0 else "cell"))
              for cell in row] for i, row in enumerate(rows)]
    grid = Table(shown, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                     ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]
    grid.setStyle(TableStyle(commands))
    return grid


def document(path: Path, title: str, lang: str, pagesize, footer: str = "") -> SimpleDocTemplate:
    """A document with the materials' margins and metadata; `footer` is printed at the foot of every page."""
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author="SocialCare Lab", lang=lang)
    doc.footer = footer
    return doc


def page_footer(canvas, doc) -> None:
    """The footer and page number, drawn on each page (the `onPage` of a build)."""
    if not doc.footer:
        return
    canvas.saveState()
    canvas.setFont(font(doc.lang), 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, MARGIN / 2, doc.footer)
    canvas.drawRightString(doc.pagesize[0] - MARGIN, MARGIN / 2, str(doc.page))
    canvas.restoreState()
