"""Printable materials of a workshop, from its curriculum, in both languages (`carelab materials`):

    <out>/<workshop>/<lang>/slides/NN-<session>.slides.html   reveal.js slides of each presentation session
    <out>/<workshop>/<lang>/slides/NN-<session>.pdf           the same slides as PDF
    <out>/<workshop>/<lang>/handouts.pdf                      programmes, process flow, case cards, glossary
    <out>/<workshop>/<lang>/evaluation.pdf                    the evaluation form
    <out>/<workshop>/<lang>/certificates.pdf                  a certificate per name of the class list

`slides` writes the decks, `handouts` the pack, `forms` the evaluation form and certificates, `content` reads what
the handouts say from curricula/materials/, and `style` holds the fonts and the look they share.
"""
from __future__ import annotations

import csv
from pathlib import Path

from simulation.inputs.errors import InputError
from simulation.reports.materials.forms import write_certificates, write_evaluation
from simulation.reports.materials.handouts import write_handouts
from simulation.reports.materials.slides import write_slides
from simulation.reports.materials.style import font
from simulation.workshop.bilingual import LANGS
from simulation.workshop.curricula.model import CURRICULA, Workshop, load_all, load_workshop

MAX_NAMES = 1_000


def workshops(name: str | None) -> list[Workshop]:
    """The workshop a curriculum file or a workshop's id names, or every workshop in curricula/."""
    if name is None:
        return load_all()
    if Path(name).is_file():
        return [load_workshop(name)]
    if (CURRICULA / f"{name}.yaml").is_file():
        return [load_workshop(CURRICULA / f"{name}.yaml")]
    known = sorted(path.stem for path in CURRICULA.glob("*.yaml"))
    raise InputError("carelab materials", "CURRICULUM", name,
                     "a curriculum file, or a workshop in curricula/: {names}", names=", ".join(known))


def class_list(path: str | Path) -> list[str]:
    """The participants' names: a CSV file with a `name` column, or a text file of one name a line."""
    where = "carelab materials --class-list"
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise InputError(where, "file", str(path), "a class list you may read ({reason})",
                         reason=err.strerror) from None
    except UnicodeDecodeError:
        raise InputError(where, "encoding", str(path), "UTF-8 text: save the class list as UTF-8") from None
    rows = [row for row in csv.reader(text.splitlines()) if any(cell.strip() for cell in row)]
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    if "name" in header:
        column = header.index("name")
        names = [row[column].strip() for row in rows[1:] if len(row) > column and row[column].strip()]
    else:
        names = [",".join(row).strip() for row in rows]  # one name a line, commas and all
    if not names or len(names) > MAX_NAMES:
        raise InputError(where, "names", len(names),
                         "1 to {most:,} names: one a line, or a CSV file with a column `name`", most=MAX_NAMES)
    return names


def write_materials(folder: Path, workshop: Workshop, names: list[str]) -> list[Path]:
    """Every material of the workshop in both languages, under `folder`/<workshop id>/; returns the paths."""
    for lang in LANGS:
        font(lang)  # a missing Chinese font stops the command before it writes anything
    written = []
    for lang in LANGS:
        out = folder / workshop.id / lang
        written += write_slides(out / "slides", workshop, lang)
        for name, write in (("handouts.pdf", write_handouts), ("evaluation.pdf", write_evaluation)):
            write(out / name, workshop, lang)
            written.append(out / name)
        write_certificates(out / "certificates.pdf", workshop, lang, names)
        written.append(out / "certificates.pdf")
    return written
