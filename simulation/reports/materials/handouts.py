"""The handout pack of a workshop, one PDF per language: who each programme is for, how a case moves through the
one-stop centre, case cards (with an answer sheet for the trainer), the glossary and the sources cited.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Polygon
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from simulation.i18n import marked, t
from simulation.reports.materials import content
from simulation.reports.materials.style import ACCENT, MARGIN, PALE, document, page_footer, para, table
from simulation.workshop.curricula import glossary
from simulation.workshop.curricula.model import Workshop

WIDTH = A4[0] - 2 * MARGIN
STATUS = {"verified": marked("verified"), "verified-partial": marked("verified-partial"),
          "derived": marked("derived"), "assumption": marked("assumption"), "fitted": marked("fitted")}


def write_handouts(path: Path, workshop: Workshop, lang: str) -> None:
    title = t("Handout pack", lang)
    doc = document(path, f"{title}: {workshop.title[lang]}", lang, A4, footer=f"{workshop.title[lang]} · {title}")
    cited: dict[str, str] = {}
    story = [para(title, lang, "title"), para(workshop.title[lang], lang, "h1"),
             para(f"{t('Audience', lang)}: {workshop.audience[lang]}", lang),
             para(f"{t('Duration', lang)}: {workshop.duration[lang]}", lang), Spacer(1, 4 * mm)]
    story += programmes_table(lang, cited)
    story += [PageBreak()] + _process(lang, cited)
    story += [PageBreak()] + _cases(lang, cited)
    story += [PageBreak()] + _glossary(lang, cited)
    story += _sources(cited, lang)
    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)


def programmes_table(lang: str, cited: dict[str, str], width: float = WIDTH) -> list:
    """The table of who each programme is for, what it gives and its national scale, with its sources."""
    rows = [[t("Programme", lang), t("Who it is for", lang), t("What it gives (Dachuan, 2019)", lang),
             t("Nationally", lang), t("Sources", lang)]]
    for row in content.programmes(lang):
        sources = dict(row.what.sources, **(row.national.sources if row.national else {}))
        cited.update(sources)
        rows.append([row.name, row.who, row.what.text, row.national.text if row.national else "–",
                     _cite(sources, lang)])
    shares = (0.16, 0.25, 0.3, 0.16, 0.13)
    return [para(t("Who each programme is for", lang), lang, "h1"), table(rows, [width * s for s in shares], lang)]


def _process(lang: str, cited: dict[str, str]) -> list:
    steps, source = content.process(lang)
    story = [para(t("The one-stop process: how a Dibao case moves in Dachuan", lang), lang, "h1"),
             para(t("The five steps of a case, as the EU-China SPRP mission of January 2019 found them.", lang), lang)]
    for number, (title, who, what) in enumerate(steps, start=1):
        cited.update(what.sources)
        box = table([[para(str(number), lang, "big"), [para(title, lang, "h2"), para(who, lang, "small"),
                                                        para(what.text, lang, "cell"),
                                                        para(_cite(what.sources, lang), lang, "small")]]],
                    [18 * mm, WIDTH - 18 * mm], lang, header=False)
        box.setStyle([("BACKGROUND", (0, 0), (0, 0), PALE), ("VALIGN", (0, 0), (0, 0), "MIDDLE")])
        story += [box] + ([_arrow()] if number < len(steps) else [])
    cited.setdefault(source, "verified")
    story += [Spacer(1, 4 * mm), para(t("Figures marked as assumptions are the model's, not the report's; the sources "
                                        "are listed at the end.", lang), lang, "small")]
    return story


def _arrow() -> Drawing:
    drawing = Drawing(WIDTH, 7 * mm)
    middle = WIDTH / 2
    drawing.add(Polygon([middle - 6, 6 * mm, middle + 6, 6 * mm, middle, 1 * mm], fillColor=ACCENT,
                        strokeColor=ACCENT))
    return drawing


def _cases(lang: str, cited: dict[str, str]) -> list:
    cards = content.cases(lang)
    story = [para(t("Case cards", lang), lang, "h1"),
             para(t("For each household: which programmes can it get this month, and how much? Work it out in "
                    "pairs, then check with the calculator of module 1's notebook or `carelab calc`.", lang), lang)]
    for number, card in enumerate(cards, start=1):
        cited.setdefault(card.source, "verified")
        heading = t("Case {number}: {title}", lang, number=number, title=card.title)
        body = [para(heading, lang, "h2"), para(card.story, lang),
                para(t("Source: {source}", lang, source=card.source), lang, "small")]
        story += [KeepTogether(table([[body]], [WIDTH], lang, header=False)), Spacer(1, 5 * mm)]
    story += [PageBreak(), para(t("Case cards: answers for the trainer", lang), lang, "h1"),
              para(t("The household calculator's result under Dachuan's 2019 rules, with its reasons.", lang), lang)]
    for number, card in enumerate(cards, start=1):
        rows = [[t("Programme", lang), t("This month (yuan)", lang), t("Why", lang)]]
        rows += [[e.title, f"{e.amount:,.0f}", [para(reason, lang, "cell") for reason in e.reasons]]
                 for e in card.answer if e.amount or e.reasons]
        rows.append([t("Total", lang), f"{sum(e.amount for e in card.answer):,.0f}", ""])
        story += [CondPageBreak(50 * mm), para(t("Case {number}: {title}", lang, number=number, title=card.title),
                                              lang, "h2"),
                  table(rows, [WIDTH * 0.25, WIDTH * 0.13, WIDTH * 0.62], lang)]
    return story


def _glossary(lang: str, cited: dict[str, str]) -> list:
    story = [para(t("Glossary", lang), lang, "h1")]
    terms = glossary.terms()
    rows = [[t("English", lang), t("Chinese", lang), t("Definition", lang), t("Source", lang)]]
    rows += [[term.en, term.zh, term.definition[lang], term.source] for term in terms]
    cited.update((term.source, "") for term in terms if term.source not in cited)
    return story + [table(rows, [WIDTH * s for s in (0.2, 0.14, 0.52, 0.14)], lang)]


def _sources(cited: dict[str, str], lang: str) -> list:
    titles = content.source_titles()
    rows = [[t("Source", lang), t("Title", lang)]]
    rows += [[source, titles.get(source, "")] for source in sorted(cited) if source in titles]
    return [CondPageBreak(60 * mm), para(t("Sources", lang), lang, "h1"),
            table(rows, [WIDTH * 0.15, WIDTH * 0.85], lang)]


def _cite(sources: dict[str, str], lang: str) -> str:
    """Each source id with its status; the model's assumptions as such."""
    return t("; ", lang).join(t("{source} ({status})", lang, source=source, status=t(STATUS[status], lang))
                              if source else t("an assumption of the model", lang)
                              for source, status in sorted(sources.items()))
