"""Rule cases: households worked by hand from a source, with the monthly amount each programme should pay them.

Policy teams write them in YAML, in the manner of OpenFisca's YAML tests (datasets/rule-cases/ holds the shipped
ones). Each case goes through the household calculator, the path of `carelab calc`, so a case checks exactly what
the model pays by. `carelab test-rules` and tests/test_rule_cases.py run them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulation.analysis.calculator import Household, calculate, describe
from simulation.i18n import t
from simulation.inputs import datasets
from simulation.inputs.errors import COMMAND_LINE, InputError, Phrase
from simulation.inputs.files import read_yaml
from simulation.rules.entitlements import TITLES

SHIPPED = datasets.DATASETS_DIR / "rule-cases"
PROGRAMMES = ("dibao", *TITLES)  # the calculator's programmes: the minimum income (Dibao) and those with one title
# Without a tolerance the amounts must agree up to floating-point rounding: a millionth of the expected amount.
ROUNDING = 1e-6
EXAMPLE = "datasets/rule-cases/dibao.yaml"


class Written(BaseModel):
    """One case as written in the file."""
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    source: str = Field(min_length=1)  # source ids of datasets/sources.csv, separated by ';' as in the datasets
    page: str = ""                      # where in the source: a page, table or paragraph
    locality: str
    date: dt.date                       # the rules in force on this date
    household: dict[str, Any]           # the calculator's household fields (calculator.Household)
    expected: dict[str, float] = Field(min_length=1)  # monthly yuan by programme; programmes not named are not checked
    tolerance: float | None = Field(None, ge=0)       # yuan either way


ALLOWED = {
    "name": Phrase("a name for the case, e.g. Urban family of three"),
    "source": Phrase("source ids from datasets/sources.csv separated by ';', e.g. SEED004 or S58; SEED004"),
    "page": Phrase("text: the page, table or paragraph of the source"),
    "locality": Phrase("a locality, e.g. dachuan"),
    "date": Phrase("a date such as 2019-06-01"),
    "household": Phrase("the household's fields: area, members, income, assets, hukou, family_elsewhere, "
                         "medical_costs, emergency, scheme, level"),
    "expected": Phrase("monthly amounts by programme, e.g. {{dibao: 682}}; programmes: {names}",
                        names=", ".join(PROGRAMMES)),
    "tolerance": Phrase("a number of yuan of at least 0"),
}


@dataclass(frozen=True)
class Case:
    id: str  # file::name
    household: Household
    expected: dict[str, float]
    tolerance: float | None


@dataclass(frozen=True)
class Result:
    case: str
    programme: str
    expected: float
    got: float
    passed: bool


def load(paths: Iterable[str | Path]) -> list[Case]:
    """Every case of the given files, and of the .yaml files in the given folders; InputError names the file, the
    case and the field of the first mistake, before any case runs."""
    cases = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        if not files:
            raise InputError(COMMAND_LINE, "FILE", str(path), "a rule case file, or a folder holding some")
        for file in files:
            cases += _cases_of(file)
    return cases


def _cases_of(file: Path) -> list[Case]:
    entries = read_yaml(file, "rule case file", EXAMPLE)
    if not isinstance(entries, list) or not entries:
        raise InputError(str(file), "file", type(entries).__name__,
                         "a list of cases, each with name, source, locality, date, household and expected")
    known, names, cases = datasets.source_ids(), set(), []
    for number, entry in enumerate(entries, 1):
        named = isinstance(entry, dict) and isinstance(entry.get("name"), str)
        where = (Phrase("{file}, case {name!r}", file=str(file), name=entry["name"]) if named
                 else Phrase("{file}, case {number}", file=str(file), number=number))
        written = _validated(entry, where)
        if written.name in names:
            raise InputError(where, "name", written.name, "a name no other case in the file has")
        names.add(written.name)
        for source in written.source.split(";"):
            if source.strip() not in known:
                raise InputError(where, "source", source.strip(), ALLOWED["source"])
        for programme in written.expected:
            if programme not in PROGRAMMES:
                raise InputError(where, f"expected.{programme}", programme, "one of: {names}",
                                 names=", ".join(PROGRAMMES))
        cases.append(Case(f"{file.name}::{written.name}", _household(written, where), written.expected,
                          written.tolerance))
    return cases


def _validated(entry, where: str) -> Written:
    try:
        return Written.model_validate(entry)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "case"
        if first["type"] == "extra_forbidden":
            allowed = Phrase("one of: {names}", names=", ".join(Written.model_fields))
        else:
            allowed = ALLOWED.get(str(first["loc"][0]) if first["loc"] else "", first["msg"])
        if first["type"] == "missing":  # pydantic gives the whole case as the input
            raise InputError(where, field, None, "required: {allowed}", allowed=allowed) from None
        raise InputError(where, field, first.get("input"), allowed) from None


def _household(written: Written, where: str) -> Household:
    """The case's household, validated as `carelab calc` validates one; its fields are named household.<field>."""
    for field in ("locality", "date"):
        if field in written.household:
            raise InputError(where, f"household.{field}", written.household[field],
                             "{field} is given for the case, next to household", field=field)
    try:
        return describe(where, locality=written.locality, date=written.date, **written.household)
    except InputError as err:
        if err.field == "locality":
            raise
        raise InputError(where, f"household.{err.field}", err.value, err.allowed) from None


def run(case: Case) -> list[Result]:
    """The case's expected amounts against what the calculator pays, one result per programme checked."""
    paid = {entitlement.programme: entitlement.amount for entitlement in calculate(case.household)}
    results = []
    for programme, expected in case.expected.items():
        margin = ROUNDING * abs(expected) if case.tolerance is None else case.tolerance
        got = paid[programme]
        results.append(Result(case.id, programme, expected, got, abs(got - expected) <= margin))
    return results


def run_all(cases: Iterable[Case]) -> list[Result]:
    return [result for case in cases for result in run(case)]


def report(results: list[Result], lang: str = "en") -> str:
    """One line per case (passed, or each failing programme with the amounts expected and got) and the count."""
    by_case: dict[str, list[Result]] = {}
    for result in results:
        by_case.setdefault(result.case, []).append(result)
    lines, failed = [], 0
    for case, checked in by_case.items():
        wrong = [result for result in checked if not result.passed]
        if not wrong:
            lines.append(t("passed: {case}", lang, case=case))
            continue
        failed += 1
        lines.append(t("FAILED: {case}", lang, case=case) + " - " + "; ".join(
            t("{programme} expected {expected:,.2f} yuan, got {got:,.2f} (difference {difference:+,.2f})", lang,
              programme=r.programme, expected=r.expected, got=r.got, difference=r.got - r.expected)
            for r in wrong))
    lines.append(t("{passed} passed, {failed} failed", lang, passed=len(by_case) - failed, failed=failed))
    return "\n".join(lines)
