"""Rules as data: dated parameters per locality, laid out like the law, in the manner of OpenFisca's parameter tree
and PolicyEngine-UK.

A locality is a folder of datasets/parameters/: `locality.yaml` gives its names in English and Chinese and the
locality it `extends` (dachuan extends national, so a parameter Dachuan does not set is the national one), and two
folders of parameter files, one file per programme or topic. A file maps dotted parameter names to dated values;
each value cites a source id from datasets/sources.csv or is an assumption with its reason.

What a parameter is decides its folder, not how well it is sourced:

- rules/ holds legislation and policy in force: what a law, a regulation or the government running a programme
  decides. Standards, means and asset tests, supplements, amounts and caps, the shares the central government pays,
  review periods, the scheme in force, and how cases are handled and services bought: delivery switches, decision
  deadlines, service centres and caseworker staffing, budgets, service hours, contract terms, vouchers. A rule the
  sources do not give is still a rule; its value's status says it is an assumption and its note says why.
- assumptions/ holds what no law or policy decides: how households, caseworkers, providers and the economy behave
  and what the district's people look like. Population, incomes, illness and jobs, take-up, how long a step of a
  case takes and how often it errs, prices and quality, effect sizes, and figures calibrated to match published
  totals. A published statistic (a median income) belongs here too: it describes the world and sets no rule.

LEGISLATION lists the groups of parameters that are rules; every other parameter is an assumption. The loader
refuses a parameter filed in the wrong folder, or defined in two files of one locality, and names the file.

The EU member states' minimum-income schemes are rule packs, one file per country in eu/, read beneath every
locality's own files so that a scenario can switch one on anywhere.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from simulation.inputs import locations
from simulation.inputs.errors import SCENARIO, InputError, Phrase
from simulation.inputs.files import load_yaml

PARAMETERS_DIR = locations.datasets() / "parameters"
RULE_PACKS = "eu"  # the folder of rule packs every locality reads
# The groups of parameters that are legislation or policy in force, filed in a locality's rules/. A group is a
# dotted prefix (`dibao` holds every dibao.* parameter); every parameter in no group here is an assumption.
LEGISLATION = (
    # the programmes, and the scheme in force
    "dibao", "extreme_poor", "temporary", "medical", "old_age", "disability", "minimum_income",
    "population.resident_pension",
    # casework: the centres, their staffing, and the delivery switches a reform can change
    "casework.centres", "casework.street_centres", "casework.caseworkers_per_10k_households",
    "casework.online_application", "casework.integrated_database", "casework.no_counter_visit",
    "casework.decision_deadline_days",
    # activation: who is sent on the path, for how long, and the sanction the rules set
    "activation.referral_share", "activation.months", "activation.sanction_cut", "activation.sanction_months",
    # services: whether they are provided, how they are bought, the budget, what a referred household gets
    "services.enabled", "services.purchasing_model", "services.budget_per_household", "services.hours",
    "services.course_months", "services.contract_months", "services.supervision.share", "services.voucher.amount",
    "services.voucher.age_from", "services.incubator.enabled", "services.incubator.contract_hours",
    "services.incubator.subsidy", "services.incubator.months",
    # enterprise retirees' services: posts set by a staffing ratio
    "retiree_service.retirees_per_staff",
)
Status = Literal["verified", "verified-partial", "derived", "assumption", "fitted"]


class Fit(BaseModel):
    """How `carelab calibrate` found a fitted value: when, by which method, against which official figures, and
    how far the fitted district still is from them (root mean square of the log ratios, simulated to official)."""
    model_config = ConfigDict(extra="forbid")
    date: dt.date
    method: str
    targets: list[str]
    error: float


class DatedValue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any
    source: str | None = None
    status: Status
    note: str = ""
    fit: Fit | None = None

    @model_validator(mode="after")
    def _cited(self):
        if self.status == "assumption" and not self.note:
            raise ValueError("an assumption needs a note giving its reason")
        if self.status == "fitted" and self.fit is None:
            raise ValueError("a fitted value needs its fit (date, method, targets, error)")
        if self.status not in ("assumption", "fitted") and not self.source:
            raise ValueError(f"a {self.status} value needs a source id")
        return self


class Parameter(BaseModel):
    """A parameter and what its values may be, declared with it: a switch (unit `switch`) is true or false, a choice
    lists its `allowed` options, and a number, or each number of a list, lies from `minimum` to `maximum`. Infinity
    is a value only where a file declares `maximum: .inf` because it means something (no asset ceiling); NaN never
    is. The file's own values and a scenario's or a sweep's are checked alike (`refusal`)."""
    model_config = ConfigDict(extra="forbid")
    description: str
    unit: str
    values: dict[dt.date, DatedValue]
    allowed: list[str] | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def is_number(self) -> bool:
        return self.allowed is None and self.unit != "switch"

    def refusal(self, value: Any, length: int | None = None) -> Phrase | None:
        """What the parameter allows, if `value` is not allowed (None if it is); `length`: the value is a list
        of so many numbers."""
        if self.allowed is not None:
            if isinstance(value, str) and value in self.allowed:
                return None
            return Phrase("one of: {names}", names=", ".join(self.allowed))
        if not self.is_number:
            return None if isinstance(value, bool) else Phrase("true or false")
        bounds = {"least": _shown_number(self.minimum), "unit": self.unit,
                  "most": ".inf" if self.maximum == math.inf else _shown_number(self.maximum)}
        if length is None:
            if self._holds(value):
                return None
            return Phrase("a number of at least {least} and at most {most}, in {unit}", **bounds)
        if isinstance(value, list) and len(value) == length and all(map(self._holds, value)):
            return None
        return Phrase("a list of {length} numbers, each of at least {least} and at most {most}, in {unit}",
                       length=length, **bounds)

    def _holds(self, value: Any) -> bool:
        return (isinstance(value, (int, float)) and not isinstance(value, bool)
                and self.minimum <= value <= self.maximum)  # NaN fails both comparisons


def _shown_number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:g}"


class LocalityFile(BaseModel):
    """A locality's locality.yaml."""
    model_config = ConfigDict(extra="forbid")
    name: dict[str, str]
    extends: str | None = None


class ParameterFile(BaseModel):
    """A file of rules/, assumptions/ or the rule packs. A file `carelab calibrate` writes also lists, under
    `targets`, each official figure it was fitted to, with the fitted district's value."""
    model_config = ConfigDict(extra="forbid")
    parameters: dict[str, Parameter]
    targets: list[dict[str, Any]] | None = None


class _Locality(NamedTuple):
    about: LocalityFile
    parameters: dict[str, Parameter]


def parameter_file(path: Path) -> ParameterFile:
    """One parameter file, checked as the loader checks it (`carelab calibrate` reads and rewrites its own)."""
    return _validated(ParameterFile, path)


def is_legislation(name: str) -> bool:
    return any(name == group or name.startswith(group + ".") for group in LEGISLATION)


def localities() -> list[str]:
    """The folders of datasets/parameters/ that are localities (they have a locality.yaml; eu/ has not)."""
    return sorted(path.parent.name for path in PARAMETERS_DIR.glob("*/locality.yaml"))


def _read(locality: str) -> _Locality:
    folder = PARAMETERS_DIR / locality
    if not (folder / "locality.yaml").is_file():
        raise InputError(SCENARIO, "locality", locality, "one of: {names}", names=", ".join(localities()))
    about = _validated(LocalityFile, folder / "locality.yaml")
    if about.extends is not None and about.extends not in localities():
        raise InputError(_shown(folder / "locality.yaml"), "extends", about.extends, "one of: {names}",
                         names=", ".join(localities()))
    files = sorted(path for path in folder.rglob("*.yaml") if path != folder / "locality.yaml")
    return _Locality(about, _gathered(files, _in_its_folder))


def _rule_packs() -> dict[str, Parameter]:
    return _gathered(sorted((PARAMETERS_DIR / RULE_PACKS).glob("*.yaml")), _in_its_pack)


def _gathered(files: list[Path], check_place: Callable[[Path, str], None]) -> dict[str, Parameter]:
    """The parameters of `files`, each defined in one file only, and in a file where `check_place` allows it."""
    parameters, defined_in = {}, {}
    for path in files:
        for name, parameter in _validated(ParameterFile, path).parameters.items():
            if name in defined_in:
                raise InputError(_shown(path), "parameters", name,
                                 "a parameter defined in one file only; it is also in {file}",
                                 file=_shown(defined_in[name]))
            check_place(path, name)
            _check_values(path, name, parameter)
            parameters[name], defined_in[name] = parameter, path
    return parameters


def _check_values(path: Path, name: str, parameter: Parameter) -> None:
    """A number's bounds are declared (a finite minimum, a maximum at or above it), and every dated value of the
    file lies within them."""
    if parameter.is_number:
        declared = (parameter.minimum is not None and parameter.maximum is not None
                    and math.isfinite(parameter.minimum) and parameter.minimum <= parameter.maximum)
        if not declared:
            raise InputError(_shown(path), f"{name}: minimum, maximum", (parameter.minimum, parameter.maximum),
                             "a number's bounds: a finite minimum and a maximum at or above it (.inf only where "
                             "infinity means something)")
    elif parameter.minimum is not None or parameter.maximum is not None:
        raise InputError(_shown(path), f"{name}: minimum, maximum", (parameter.minimum, parameter.maximum),
                         "no bounds: a switch is true or false, a choice one of its allowed options")
    for date, dated in parameter.values.items():
        refusal = parameter.refusal(dated.value, len(dated.value) if isinstance(dated.value, list) else None)
        if refusal:
            raise InputError(_shown(path), f"{name} on {date.isoformat()}", dated.value, refusal)


def _in_its_folder(path: Path, name: str) -> None:
    """Legislation and policy in force belong in the locality's rules/, every other parameter in its assumptions/."""
    locality = path.relative_to(PARAMETERS_DIR).parts[0]
    folder = "rules" if is_legislation(name) else "assumptions"
    if path.parent != PARAMETERS_DIR / locality / folder:
        what = (Phrase("legislation or policy in force") if folder == "rules"
                else Phrase("an assumption, not legislation or policy"))
        raise InputError(_shown(path), "parameters", name, "{what}: it belongs in a file of {folder}/ (LEGISLATION in "
                         "simulation/inputs/parameters.py lists the groups that are rules)", what=what,
                         folder=f"{locality}/{folder}")


def _in_its_pack(path: Path, name: str) -> None:
    """A rule pack's file holds its own country's parameters only (germany.yaml: eu.germany.*)."""
    if not name.startswith(f"eu.{path.stem}."):
        raise InputError(_shown(path), "parameters", name, "a parameter of this file's pack, eu.{pack}.*",
                         pack=path.stem)


def _validated(model: type[BaseModel], path: Path):
    data = load_yaml(path, _shown(path))
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(getattr(part, "isoformat", lambda: str(part))() for part in first["loc"])
        problem = first["msg"]  # pydantic's words, by name: `make messages` would take the key "msg" for a message
        raise InputError(_shown(path), field, first.get("input"), problem) from None


def _shown(path: Path) -> str:
    """A file as an error names it: its place in datasets/, wherever that is (or the path of a file outside it)."""
    if not path.is_relative_to(PARAMETERS_DIR):
        return str(path)
    return f"datasets/parameters/{path.relative_to(PARAMETERS_DIR).as_posix()}"


class ParameterSet:
    """All parameters of one locality, with the values in force on any date."""

    def __init__(self, locality: str):
        chain = [_read(locality)]  # the locality, the one it extends, and so on
        while chain[-1].about.extends:
            chain.append(_read(chain[-1].about.extends))
        self.locality = locality
        self.name = chain[0].about.name
        self.parameters: dict[str, Parameter] = _rule_packs()
        for read in reversed(chain):  # the most local file wins
            self.parameters.update(read.parameters)

    def earliest_date(self) -> dt.date:
        """The first date on which every parameter has a value."""
        return max(min(parameter.values) for parameter in self.parameters.values())

    def dated_value(self, name: str, date: dt.date) -> DatedValue:
        if name not in self.parameters:
            raise InputError(self.locality, "parameter", name, "a parameter of datasets/parameters/")
        in_force = [d for d in self.parameters[name].values if d <= date]
        if not in_force:
            earliest = min(self.parameters[name].values)
            raise InputError(self.locality, f"date for {name}", date.isoformat(), "on or after {earliest}",
                             earliest=earliest)
        return self.parameters[name].values[max(in_force)]

    def at(self, date: dt.date, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """The value of every parameter on `date`, with a scenario's overrides applied."""
        values = {name: self.dated_value(name, date).value for name in self.parameters}
        for name, value in (overrides or {}).items():
            if name not in values:
                raise InputError(SCENARIO, "parameters", name, "a parameter of datasets/parameters/")
            values[name] = value
        return values


@cache
def load_parameters(locality: str) -> ParameterSet:
    return ParameterSet(locality)
