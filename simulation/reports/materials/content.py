"""What the handouts say, read from data: the programmes table (curricula/materials/programmes.yaml), the one-stop
process flow (process.yaml), the case cards (cases.yaml) and the glossary (curricula/glossary.yaml).

The texts come in both languages from those files; every figure in them is a parameter's value on the file's
date, or a row of a dataset, so that a handout never says what the model and the data do not. Each figure
carries its status and source, and the handout lists the sources it cites.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulation.analysis.calculator import calculate, describe
from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.inputs.files import read_mapping
from simulation.inputs.parameters import load_parameters
from simulation.rules.entitlements import Entitlement
from simulation.workshop.curricula.model import Text

MATERIALS = locations.curricula() / "materials"
FIGURE = re.compile(r"\{([a-z_.]+)(?:\[(\d+)\])?\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class National(_Strict):
    dataset: str
    where: dict[str, str]
    text: Text


class Programme(_Strict):
    id: str
    name: Text
    who: Text
    what: Text
    figures: list[str] = []
    national: National | None = None


class Step(_Strict):
    title: Text
    who: Text
    what: Text
    figures: list[str] = []


class Case(_Strict):
    title: Text
    source: str
    story: Text
    household: dict


class Programmes(_Strict):
    locality: str
    date: dt.date
    programmes: list[Programme] = Field(min_length=1)


class Process(_Strict):
    locality: str
    date: dt.date
    source: str
    steps: list[Step] = Field(min_length=1)


class Cases(_Strict):
    cases: list[Case] = Field(min_length=1)


@dataclass
class Cited:
    """A text with its figures filled in, and the sources of those figures (id -> status)."""
    text: str
    sources: dict[str, str]


@dataclass
class Row:
    name: str
    who: str
    what: Cited
    national: Cited | None


@dataclass
class CaseCard:
    title: str
    story: str
    source: str
    answer: list[Entitlement]


def programmes(lang: str) -> list[Row]:
    data = _read(Programmes, "programmes.yaml")
    rows = []
    for p in data.programmes:
        national = _national(p.national, lang) if p.national else None
        rows.append(Row(p.name[lang], _figures(p.who[lang], data, p.figures, lang).text,
                        _figures(p.what[lang], data, p.figures, lang), national))
    return rows


def process(lang: str) -> tuple[list[tuple[str, str, Cited]], str]:
    """Each step's title, who acts and what happens; and the source the steps follow."""
    data = _read(Process, "process.yaml")
    return [(s.title[lang], s.who[lang], _figures(s.what[lang], data, s.figures, lang)) for s in data.steps], \
        data.source


def cases(lang: str) -> list[CaseCard]:
    cards = []
    for number, case in enumerate(_read(Cases, "cases.yaml").cases):
        household = describe(f"{MATERIALS / 'cases.yaml'}, cases.{number}.household", **case.household)
        cards.append(CaseCard(case.title[lang], case.story[lang], case.source, calculate(household, lang)))
    return cards


def source_titles() -> dict[str, str]:
    """Every source id of datasets/sources.csv with its title."""
    with open(locations.datasets() / "sources.csv", encoding="utf-8", newline="") as file:
        return {row["source_id"]: row["title"] for row in csv.DictReader(file)}


def _read(model: type[_Strict], name: str):
    path = MATERIALS / name
    data = read_mapping(path, "materials file", f"curricula/materials/{name}", "a list of entries")
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        problem = first["msg"]  # pydantic's words, by name: `make messages` would take the key "msg" for a message
        raise InputError(str(path), ".".join(map(str, first["loc"])), first.get("input"), problem) from None


def _figures(text: str, data: Programmes | Process, names: list[str], lang: str) -> Cited:
    """The text with each {parameter} (or {parameter[i]}, an item of a list) replaced by its value on the date."""
    parameters = load_parameters(data.locality)
    sources: dict[str, str] = {}

    def value(match: re.Match) -> str:
        name, index = match.group(1), match.group(2)
        if name not in names:
            raise InputError(str(MATERIALS), "figure", name, "a parameter listed in the entry's figures")
        dated = parameters.dated_value(name, data.date)
        sources[dated.source or ""] = dated.status  # "": the model's own assumption, with no source
        shown = dated.value[int(index)] if index is not None else dated.value
        unit = parameters.parameters[name].unit
        return f"{shown:.0%}" if unit == "share" else f"{shown:,g}"

    return Cited(" ".join(FIGURE.sub(value, text).split()), sources)


def _national(national: National, lang: str) -> Cited:
    path: Path = locations.datasets() / national.dataset
    with open(path, encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if all(row.get(k) == v for k, v in national.where.items())]
    if len(rows) != 1 or not rows[0]["value"]:
        raise InputError(str(path), "rows", national.where, "exactly one row with a value")
    row = rows[0]
    text = national.text[lang].format(value=f"{float(row['value']):,g}", year=row["year"])
    return Cited(text, {source: row["status"] for source in row["source_id"].split(";")})
