"""Slides for a workshop's presentation sessions, one deck per session and language, in two forms: Jupyter's own
reveal.js slides (a notebook written from the curriculum, converted by nbconvert's slides exporter) to show from
a browser, and a PDF of the same slides to print or to show where there is no network (reveal.js itself is loaded
from the web).

A deck holds the session's title, its module's learning objectives, one slide per trainer note (the points the
session makes, in the order the trainer makes them), and the handout's slides the session asks for (`slides:` in
the curriculum: who each programme is for, the one-stop process flow).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from simulation.i18n import t
from simulation.reports.materials import content
from simulation.reports.materials.style import MARGIN, document, page_footer, para, table
from simulation.workshop.curricula.model import Workshop, timetable

SLIDE = landscape((210 * mm, 297 * mm))  # A4 landscape: what a projector and a printer both take
SLIDE_WIDTH = SLIDE[0] - 2 * MARGIN


@dataclass
class Slide:
    heading: str
    lines: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # a table, its first row the header
    widths: tuple[float, ...] = ()  # the table's columns, as shares of the width
    lead: bool = False  # the title slide
    numbered: bool = False  # the lines are steps, numbered rather than bulleted


@dataclass
class Deck:
    name: str  # the file name, without suffix
    title: str
    slides: list[Slide]


def decks(workshop: Workshop, lang: str) -> list[Deck]:
    """A deck for each presentation session, named by its place in the timetable."""
    found = []
    for number, slot in enumerate(timetable(workshop), start=1):
        session, module = slot.session, slot.module
        if session.kind != "presentation":
            continue
        when = t("Day {day}, {start}–{end}", lang, day=slot.day, start=slot.start, end=slot.end)
        slides = [Slide(session.title[lang], [module.title[lang], workshop.title[lang], when], lead=True),
                  Slide(t("Learning objectives", lang), [o.text[lang] for o in module.objectives])]
        slides += [Slide(session.title[lang], [note[lang]]) for note in session.notes]
        slides += [_handout_slide(name, lang) for name in session.slides]
        found.append(Deck(f"{number:02d}-{_slug(session.title.en)}", session.title[lang], slides))
    return found


def write_slides(folder: Path, workshop: Workshop, lang: str) -> list[Path]:
    """Each deck as `<name>.slides.html` (reveal.js) and `<name>.pdf`; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for deck in decks(workshop, lang):
        html = folder / f"{deck.name}.slides.html"
        html.write_text(_reveal(deck, lang), encoding="utf-8")
        pdf = folder / f"{deck.name}.pdf"
        _pdf(pdf, deck, workshop, lang)
        written += [html, pdf]
    return written


def _handout_slide(name: str, lang: str) -> Slide:
    if name == "programmes":
        rows = [[t("Programme", lang), t("Who it is for", lang), t("What it gives (Dachuan, 2019)", lang)]]
        rows += [[row.name, row.who, row.what.text] for row in content.programmes(lang)]
        return Slide(t("Who each programme is for", lang), rows=rows, widths=(0.2, 0.38, 0.42))
    steps, _ = content.process(lang)
    return Slide(t("The one-stop process: how a Dibao case moves in Dachuan", lang),
                 [t("{title} ({who}): {what}", lang, title=title, who=who, what=what.text)
                  for title, who, what in steps], numbered=True)


def _reveal(deck: Deck, lang: str) -> str:
    notebook = nbformat.v4.new_notebook(metadata={"language_info": {"name": "python"}, "lang": lang})
    for slide in deck.slides:
        notebook.cells.append(nbformat.v4.new_markdown_cell(_markdown(slide),
                                                            metadata={"slideshow": {"slide_type": "slide"}}))
    exporter = SlidesExporter()
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": deck.title}})
    return body.replace('<html lang="en">', f'<html lang="{"zh-Hans" if lang == "zh" else "en"}">', 1)


def _markdown(slide: Slide) -> str:
    text = [f"{'#' if slide.lead else '##'} {_escaped(slide.heading)}", ""]
    text += [f"{_escaped(line)}\n" if slide.lead else f"{_mark(slide, n)} {_escaped(line)}"
             for n, line in enumerate(slide.lines, start=1)]
    if slide.rows:
        text += ["| " + " | ".join(_escaped(cell) for cell in row) + " |" for row in slide.rows[:1]]
        text += ["|" + " --- |" * len(slide.rows[0])]
        text += ["| " + " | ".join(_escaped(cell) for cell in row) + " |" for row in slide.rows[1:]]
    return "\n".join(text)


def _pdf(path: Path, deck: Deck, workshop: Workshop, lang: str) -> None:
    doc = document(path, deck.title, lang, SLIDE, footer=workshop.title[lang])
    story = []
    for number, slide in enumerate(deck.slides):
        story += [PageBreak()] if number else []
        if slide.lead:
            story += [Spacer(1, 40 * mm), para(slide.heading, lang, "big"), Spacer(1, 8 * mm)]
            story += [para(line, lang, "centre") for line in slide.lines]
            continue
        story += [para(slide.heading, lang, "title")]
        story += [para(line, lang, "slide", bullet=_mark(slide, n)) for n, line in enumerate(slide.lines, start=1)]
        if slide.rows:
            story += [table(slide.rows, [SLIDE_WIDTH * share for share in slide.widths], lang, size="slide")]
    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)


def _mark(slide: Slide, number: int) -> str:
    return f"{number}." if slide.numbered else "•"


def _escaped(text: str) -> str:
    """Text fit for one line of Markdown: no line breaks, no table bars, no HTML."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;")


def _slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", title.lower()).split()
    slug = ""
    for word in words:  # whole words, up to about 40 characters
        if slug and len(slug) + len(word) > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug
