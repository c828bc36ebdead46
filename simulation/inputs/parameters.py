"""Rules as data: dated parameter files per locality, read the way OpenFisca reads its parameter tree.

A file in datasets/parameters/ maps dotted parameter names to dated values; each value cites a source id from
datasets/sources.csv or is an assumption with its reason. A locality may `extend` another (dachuan extends
national), so a parameter it does not set is inherited. Rule packs (eu.yaml: the EU member states'
minimum-income schemes) are read beneath every locality's own files, so a scenario can switch one on anywhere.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from simulation.inputs import locations
from simulation.inputs.errors import InputError

PARAMETERS_DIR = locations.datasets() / "parameters"
Status = Literal["verified", "verified-partial", "derived", "assumption"]


class DatedValue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any
    source: str | None = None
    status: Status
    note: str = ""

    @model_validator(mode="after")
    def _cited(self):
        if self.status == "assumption" and not self.note:
            raise ValueError("an assumption needs a note giving its reason")
        if self.status != "assumption" and not self.source:
            raise ValueError(f"a {self.status} value needs a source id")
        return self


class Parameter(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    unit: str
    values: dict[dt.date, DatedValue]
    # Optional limits a scenario's value is checked against (scenario.check_parameter): a choice among named
    # options (unit `choice`), or the smallest number that makes sense (a contract of at least one month).
    allowed: list[str] | None = None
    minimum: float | None = None

    @model_validator(mode="after")
    def _within_limits(self):
        for date, dated in self.values.items():
            if self.allowed is not None and dated.value not in self.allowed:
                raise ValueError(f"value {dated.value!r} of {date} is not one of {self.allowed}")
            if self.minimum is not None and not dated.value >= self.minimum:
                raise ValueError(f"value {dated.value!r} of {date} is below the minimum {self.minimum}")
        return self


class ParameterFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    locality: str
    name: dict[str, str]
    extends: str | None = None
    parameters: dict[str, Parameter]


# Parameter files that are not a locality: every locality reads them beneath its own chain.
RULE_PACKS = ("eu",)


def localities() -> list[str]:
    return sorted(p.stem for p in PARAMETERS_DIR.glob("*.yaml") if p.stem not in RULE_PACKS)


@lru_cache(maxsize=None)
def _read(locality: str) -> ParameterFile:
    path = PARAMETERS_DIR / f"{locality}.yaml"
    if not path.exists():
        raise InputError("scenario", "locality", locality, "one of: " + ", ".join(localities()))
    try:
        return ParameterFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(getattr(part, "isoformat", lambda: str(part))() for part in first["loc"])
        raise InputError(f"datasets/parameters/{path.name}", field, first.get("input"), first["msg"]) from None


class ParameterSet:
    """All parameters of one locality, with the values in force on any date."""

    def __init__(self, locality: str):
        chain = []
        name = locality
        while name:
            chain.append(_read(name))
            name = chain[-1].extends
        self.locality = locality
        self.name = chain[0].name
        self.parameters: dict[str, Parameter] = {}
        for file in [*map(_read, RULE_PACKS), *reversed(chain)]:  # the most local file wins
            self.parameters.update(file.parameters)

    def dated_value(self, name: str, date: dt.date) -> DatedValue:
        if name not in self.parameters:
            raise InputError(self.locality, "parameter", name, "a parameter of datasets/parameters/")
        in_force = [d for d in self.parameters[name].values if d <= date]
        if not in_force:
            earliest = min(self.parameters[name].values)
            raise InputError(self.locality, f"date for {name}", date.isoformat(), f"on or after {earliest}")
        return self.parameters[name].values[max(in_force)]

    def at(self, date: dt.date, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """The value of every parameter on `date`, with a scenario's overrides applied."""
        values = {name: self.dated_value(name, date).value for name in self.parameters}
        for name, value in (overrides or {}).items():
            if name not in values:
                raise InputError("scenario", "parameters", name, "a parameter of datasets/parameters/")
            values[name] = value
        return values


@lru_cache(maxsize=None)
def load_parameters(locality: str) -> ParameterSet:
    return ParameterSet(locality)
