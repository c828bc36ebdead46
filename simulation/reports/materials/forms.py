"""The forms of a workshop, one PDF each per language: the evaluation form participants fill in at the close, and
the certificates of participation, one page per name of the class list (or one blank certificate to fill by hand).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from simulation.i18n import marked, t
from simulation.reports.materials.style import ACCENT, MARGIN, document, page_footer, para, table
from simulation.workshop.curricula.model import Workshop

SCALE = 5  # answers from 1 (not at all) to 5 (fully)
BLANK = "_" * 34
OVERALL = [marked("The pace of the workshop was right."), marked("The notebooks and exercises helped me learn."),
           marked("The trainers answered my questions."), marked("I would recommend this workshop to a colleague.")]
QUESTIONS = [marked("What was most useful to you?"), marked("What would you change?"),
             marked("What will you do differently at work after this workshop?")]
SIGNED_BY = [marked("Date"), marked("Trainer"), marked("Organiser")]


def write_evaluation(path: Path, workshop: Workshop, lang: str) -> None:
    """Per module, how useful it was; per learning objective, how sure the participant now feels; then open
    questions. Anonymous: the form asks for no name."""
    width = A4[0] - 2 * MARGIN
    title = t("Evaluation form", lang)
    doc = document(path, f"{title}: {workshop.title[lang]}", lang, A4, footer=f"{workshop.title[lang]} · {title}")
    story = [para(title, lang, "title"), para(workshop.title[lang], lang, "h1"),
             para(t("Please fill in this form before you leave; it is anonymous. Tick one box on each line: 1 means "
                    "not at all, 5 means fully.", lang), lang), Spacer(1, 3 * mm)]
    boxes = [str(n) for n in range(1, SCALE + 1)]
    score = [width * 0.08] * SCALE
    rows = [[t("How useful was each module for your work?", lang), *boxes]]
    rows += [[module.title[lang], *_boxes()] for module in workshop.modules]
    story += [_scored(table(rows, [width - sum(score), *score], lang)), Spacer(1, 5 * mm)]
    rows = [[t("After the workshop, I can…", lang), *boxes]]
    rows += [[objective.text[lang], *_boxes()] for module in workshop.modules for objective in module.objectives]
    story += [_scored(table(rows, [width - sum(score), *score], lang)), Spacer(1, 5 * mm)]
    rows = [[t("Overall", lang), *boxes]]
    rows += [[t(statement, lang), *_boxes()] for statement in OVERALL]
    story += [_scored(table(rows, [width - sum(score), *score], lang))]
    for question in QUESTIONS:
        story += [Spacer(1, 4 * mm), para(t(question, lang), lang, "h2"), _lines(width, 3)]
    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)


def write_certificates(path: Path, workshop: Workshop, lang: str, names: list[str]) -> None:
    """One landscape page per name; with no names, one certificate with a line to write the name on."""
    size = landscape(A4)
    title = t("Certificate of participation", lang)
    doc = document(path, f"{title}: {workshop.title[lang]}", lang, size)
    modules = t("Modules: {modules}", lang, modules=("、" if lang == "zh" else "; ").join(
        module.title[lang] for module in workshop.modules))
    story = []
    for number, name in enumerate(names or [None]):
        story += [PageBreak()] if number else []
        story += [Spacer(1, 6 * mm), para(title, lang, "big"), Spacer(1, 8 * mm),
                  para(t("This is to certify that", lang), lang, "centre"), Spacer(1, 4 * mm),
                  para(name or BLANK, _script(name or BLANK, lang), "name"), Spacer(1, 6 * mm),
                  para(t("has taken part in the workshop", lang), lang, "centre"),
                  para(workshop.title[lang], lang, "name"),
                  para(workshop.duration[lang], lang, "centre"), Spacer(1, 3 * mm), para(modules, lang, "centre"),
                  Spacer(1, 8 * mm),
                  _signatures(size[0] - 2 * MARGIN, lang)]
    doc.build(story, onFirstPage=_frame, onLaterPages=_frame)


def _script(name: str, lang: str) -> str:
    """The language whose font can write the name: a Chinese name on an English certificate needs the Chinese
    font, which Helvetica's Latin-1 cannot stand in for."""
    return lang if all(ord(char) < 256 for char in name) else "zh"


def _scored(grid: Table) -> Table:
    grid.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    return grid


def _boxes() -> list[Drawing]:
    """A row of empty boxes to tick, drawn rather than typed: no font has to hold a ballot-box glyph."""
    boxes = []
    for _ in range(SCALE):
        box = Drawing(4 * mm, 4 * mm)
        box.add(Rect(0, 0, 4 * mm, 4 * mm, fillColor=None, strokeColor=colors.black, strokeWidth=0.7))
        boxes.append(box)
    return boxes


def _lines(width: float, count: int) -> Table:
    lines = Table([[""]] * count, colWidths=[width], rowHeights=[9 * mm] * count)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return lines


def _signatures(width: float, lang: str) -> Table:
    """Three lines to sign on, with gaps between them: date, trainer, organiser."""
    labels = [para(t(label, lang), lang, "centre") for label in SIGNED_BY]
    line, gap = width * 0.26, width * 0.11
    grid = Table([[""] * 5, [labels[0], "", labels[1], "", labels[2]]], colWidths=[line, gap, line, gap, line],
                 rowHeights=[12 * mm, None])
    grid.setStyle(TableStyle([("LINEABOVE", (column, 1), (column, 1), 0.6, colors.black) for column in (0, 2, 4)]))
    return grid


def _frame(canvas, doc) -> None:
    """A double border round the certificate."""
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    width, height = doc.pagesize
    canvas.setLineWidth(3)
    canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(11 * mm, 11 * mm, width - 22 * mm, height - 22 * mm)
    canvas.restoreState()
    page_footer(canvas, doc)
