"""Scenario files: a locality, a start date, a population, and reform overlays on parameters.

A scenario is checked completely before anything runs: a wrong field gets one message naming the field, the
value and what is allowed. What a parameter allows is declared with it in its parameter file (its `minimum` and
`maximum`, or its `allowed` options; a switch is true or false), and a list keeps its length.

`minimum_income` chooses the district's minimum-income scheme: Dibao, or an EU member state's rule pack carried
over to the locality (simulation/rules/minimum_income.py), e.g. `minimum_income: {scheme: germany,
level: share_of_median}`. It sets the parameters `minimum_income.scheme` and `minimum_income.level`.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulation.inputs import locations
from simulation.inputs.errors import COMMAND_LINE, InputError, Phrase
from simulation.inputs.files import read_mapping
from simulation.inputs.parameters import ParameterSet, load_parameters, localities
from simulation.model.population import centre_counts
from simulation.services.provider import SPEC_FIELDS, check_specs

MAX_HOUSEHOLDS = 5_000_000
MAX_MONTHS = 600
MAX_SEED = 2**32 - 1  # a seed names a run; a sweep stores it in a 64-bit column
LATEST_START = dt.date(2100, 1, 1)  # far enough for any reform; a later start would run months past year 9999


class MinimumIncome(BaseModel):
    """The minimum-income scheme: `dibao` or an EU country's pack, and how a pack's level is carried over."""
    model_config = ConfigDict(extra="forbid")
    scheme: str = "dibao"
    level: str = "relative_to_standard"


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    description: str = ""
    locality: str
    start: dt.date
    households: int = Field(20_000, ge=1, le=MAX_HOUSEHOLDS)
    months: int = Field(60, ge=1, le=MAX_MONTHS)
    seed: int = Field(1, ge=0, le=MAX_SEED)
    parameters: dict[str, Any] = {}
    minimum_income: MinimumIncome | None = None
    providers: list[Any] | None = None  # the district's own service providers (simulation/services/provider.py)

    @property
    def run_parameters(self) -> dict[str, Any]:
        """The overlays the run uses: `parameters`, and the minimum-income scheme if the scenario chooses one."""
        if self.minimum_income is None:
            return self.parameters
        return {**self.parameters, **{f"minimum_income.{key}": value
                                      for key, value in self.minimum_income.model_dump().items()}}

    def with_run(self, households: int | None = None, months: int | None = None, seed: int | None = None,
                 year: int | None = None) -> Scenario:
        """The same scenario with the run's size or seed changed, or started in January of another `year` (from the
        command line or a widget): its incomes and rules are then that year's."""
        changes = {k: v for k, v in dict(households=households, months=months, seed=seed).items() if v is not None}
        if year is not None:
            changes["start"] = f"{year:04d}-01-01" if 1 <= year <= 9999 else str(year)
        return validated({**self.model_dump(), **changes}, Phrase("scenario {name!r}", name=self.name))

    def build(self, keep_history: bool | None = None):
        from simulation.model.district import DistrictModel
        return DistrictModel(locality=self.locality, start=self.start, households=self.households,
                             parameters=self.run_parameters, seed=self.seed, keep_history=keep_history,
                             providers=self.providers)


# What each run field allows, said the way a person would read it.
ALLOWED = {
    "households": Phrase("a whole number from 1 to {most:,}", most=MAX_HOUSEHOLDS),
    "months": Phrase("a whole number from 1 to {most}", most=MAX_MONTHS),
    "seed": Phrase("a whole number from 0 to {most:,}", most=MAX_SEED),
    "start": Phrase("a date of the calendar written YYYY-MM-DD, such as 2019-01-01"),
    "parameters": Phrase("a mapping of parameter names to values"),
    "minimum_income": Phrase("a mapping with scheme (dibao or an EU country) and level "
                              "(relative_to_standard or share_of_median)"),
    "providers": Phrase("a list of service providers, each a mapping of {names}", names=", ".join(SPEC_FIELDS)),
}


def load_scenario(path: str | Path) -> Scenario:
    """A scenario file, or a shipped scenario by name (`scenario_file`)."""
    data = read_mapping(scenario_file(path), "scenario file", "scenarios/dachuan-2019.yaml",
                        "name, locality, start")
    return validated(data, str(path))


def shipped_scenarios() -> dict[str, Path]:
    """The scenarios that come with the lab, by name: `dachuan-2019` is scenarios/dachuan-2019.yaml."""
    return {path.stem: path for path in sorted(locations.scenarios().glob("*.yaml"))}


def scenario_file(text: str | Path, folder: str | Path = ".") -> Path:
    """The file a scenario argument names: a file (a relative path is taken from `folder`), else a shipped
    scenario, named alone (`dachuan-2019`) or as the repository names its file (`scenarios/dachuan-2019.yaml`),
    so that the README's commands also run outside a checkout."""
    path = Path(folder, text)
    try:
        if path.is_file():
            return path
    except OSError:  # a name the system cannot look up (too long, say): not a file, so perhaps a shipped name
        pass
    shipped = shipped_scenarios()
    name = str(text).removeprefix("scenarios/").removesuffix(".yaml")
    if name in shipped:
        return shipped[name]
    raise InputError(COMMAND_LINE, "scenario file", str(text),
                     "an existing .yaml file, or a shipped scenario: {names}", names=", ".join(shipped))


def validated(data: dict, where: str) -> Scenario:
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        if first["type"] == "extra_forbidden":
            fields = MinimumIncome.model_fields if first["loc"][0] == "minimum_income" else Scenario.model_fields
            allowed = Phrase("one of: {names}", names=", ".join(fields))
        else:
            allowed = ALLOWED.get(field, first["msg"])
        raise InputError(where, field, first.get("input"), allowed) from None
    if scenario.locality not in localities():
        raise InputError(where, "locality", scenario.locality, "one of: {names}", names=", ".join(localities()))
    parameter_set = load_parameters(scenario.locality)
    earliest = parameter_set.earliest_date()
    if not earliest <= scenario.start <= LATEST_START:
        raise InputError(where, "start", scenario.start.isoformat(), "a date from {earliest}, when every parameter of "
                         "{locality} has a value, to {latest}", earliest=earliest, locality=scenario.locality,
                         latest=LATEST_START)
    for name, value in scenario.parameters.items():
        check_parameter(parameter_set, name, value, where, scenario.start)
    for key, value in (scenario.minimum_income.model_dump() if scenario.minimum_income else {}).items():
        allowed = parameter_set.parameters[f"minimum_income.{key}"].allowed
        if value not in allowed:
            raise InputError(where, f"minimum_income.{key}", value, "one of: {names}", names=", ".join(allowed))
    p = parameter_set.at(scenario.start, scenario.run_parameters)  # every parameter has a value on the start date
    if scenario.providers is not None:
        if not p["services.enabled"]:
            raise InputError(where, "providers", f"{len(scenario.providers)} providers",
                             "providers only with services switched on (parameters: services.enabled: true)")
        check_specs(scenario.providers, where, sum(centre_counts(scenario.households, p)))
    return scenario


def check_parameter(parameter_set: ParameterSet, name: str, value: Any, where: str, date: dt.date) -> None:
    """A scenario's or a sweep's value of a parameter lies within the bounds its parameter file declares; a list
    keeps the length of the value in force on `date`."""
    field = f"parameters.{name}"
    if name not in parameter_set.parameters:
        raise InputError(where, field, value, "a parameter of datasets/parameters/ (see `carelab parameters`)")
    current = parameter_set.dated_value(name, date).value
    refusal = parameter_set.parameters[name].refusal(value, len(current) if isinstance(current, list) else None)
    if refusal:
        raise InputError(where, field, value, refusal)
