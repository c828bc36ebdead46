"""A service package: the items a community delivers to the enterprise retirees it manages.

Each item says who it is for (its target group), how often it happens a year, how many staff minutes each
occurrence takes and what else it costs. A package is a YAML file (`datasets/packages/standard.yaml` is the standard
one) or a mapping built in code; either way it is checked completely before anything is costed, and a mistake gets
one message naming the item, the field, the value and what is allowed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from simulation.i18n import marked, t
from simulation.inputs import locations
from simulation.inputs.datasets import source_ids
from simulation.inputs.errors import InputError, Phrase
from simulation.inputs.files import read_mapping
from simulation.inputs.parameters import Status, load_parameters

STANDARD_PACKAGE = locations.datasets() / "packages" / "standard.yaml"
# The Sichuan and Hunan situation analyses (seeds 000, 001) were written in spring 2009: costs are at that date
# unless a run asks for another.
STUDY_DATE = dt.date(2009, 6, 1)

# Who an item is for. `community` items happen for the community as a whole (a group activity), so their
# workload does not grow with the number of retirees: the source of the package's economies of scale.
TARGET_GROUPS = {
    "all": marked("all retirees"),
    "aged_80_plus": marked("retirees aged 80 and over"),
    "disabled": marked("retirees with a disability"),
    "living_alone": marked("retirees living alone"),
    "community": marked("the community as a whole"),
}

# What each field allows, said the way a person would read it (marked, so the package builder can show it in Chinese).
ALLOWED = {
    "id": marked("a short name of letters, digits and _, e.g. visits_over_80"),
    "name": marked("a name, or names by language (en: ..., zh: ...)"),
    "target": Phrase("one of: {names}", names=", ".join(TARGET_GROUPS)),
    "times_per_year": marked("a number of times a year, 0 or more"),
    "staff_minutes": marked("a number of staff minutes per occurrence, 0 or more"),
    "other_cost": marked("a number of yuan per occurrence, 0 or more"),
    "statutory": marked("true or false"),
    "priority": marked("a whole number of at least 1 (1 is served first)"),
    "status": marked("one of: verified, verified-partial, derived, assumption"),
    "items": marked("a list of at least one item"),
}


def settings(locality: str = "national", date: dt.date = STUDY_DATE, overrides: dict | None = None) -> dict:
    """The parameter values that cost a package (wages, hours, turnover, overheads, the typical community)."""
    return load_parameters(locality).at(date, overrides)


class ServiceItem(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    id: str = Field(pattern=r"^[A-Za-z0-9_]+$")
    name: str | dict[str, str]
    target: str
    times_per_year: float = Field(ge=0)
    staff_minutes: float = Field(ge=0)
    other_cost: float = Field(0.0, ge=0)
    statutory: bool = False
    priority: int = Field(1, ge=1)
    source: str | None = None
    status: Status | None = None
    note: str = ""

    @field_validator("target")
    @classmethod
    def _known_target(cls, target: str) -> str:
        if target not in TARGET_GROUPS:
            raise ValueError("unknown target group")
        return target

    def label(self, lang: str = "en") -> str:
        if isinstance(self.name, str):
            return self.name
        return self.name.get(lang) or self.name.get("en") or next(iter(self.name.values()))

    @property
    def rationing_key(self) -> tuple[bool, int]:
        """Statutory duties first, then the rest by priority: items with the same key are cut together."""
        return (not self.statutory, self.priority)


class ServicePackage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | dict[str, str] = "service package"
    description: str = ""
    items: list[ServiceItem] = Field(min_length=1)

    def label(self, lang: str = "en") -> str:
        return self.name if isinstance(self.name, str) else self.name.get(lang) or self.name.get("en", "")

    def item(self, item_id: str) -> ServiceItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise InputError(Phrase("service package"), "item", item_id, "one of: {names}",
                         names=", ".join(i.id for i in self.items))

    def changed(self, item_id: str, where: str = Phrase("service package"), **fields) -> ServicePackage:
        """The same package with one item's fields changed, checked again (the package builder's entries)."""
        self.item(item_id)
        data = self.model_dump(exclude_none=True)
        data["items"] = [{**item, **fields} if item["id"] == item_id else item for item in data["items"]]
        return validated(data, where)


def target_label(target: str, lang: str = "en") -> str:
    return t(TARGET_GROUPS[target], lang)


def load_package(path: str | Path = STANDARD_PACKAGE) -> ServicePackage:
    path = Path(path)
    return validated(read_mapping(path, "package file", "datasets/packages/standard.yaml", "name, items"), path.name)


def validated(data, where: str) -> ServicePackage:
    """A package from a mapping, or InputError naming the item and field of the first problem."""
    if not isinstance(data, dict):
        raise InputError(where, "file", type(data).__name__, "a mapping with a name and a list of items")
    try:
        package = ServicePackage.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        raise _input_error(data, where, first) from None
    seen = set()
    for item in package.items:
        item_where = Phrase("{where}, item {item!r}", where=where, item=item.id)
        if item.id in seen:
            raise InputError(item_where, "id", item.id, "a name no other item has")
        seen.add(item.id)
        _check_citation(item, item_where)
    return package


def _input_error(data: dict, where: str, error: dict) -> InputError:
    loc = error["loc"]
    value = None if error["type"] == "missing" else error.get("input")
    if loc[:1] != ("items",) or len(loc) < 2:  # a package-level field
        field = str(loc[0]) if loc else "items"
        allowed = (Phrase("one of: {names}", names=", ".join(ServicePackage.model_fields))
                   if error["type"] == "extra_forbidden" else ALLOWED.get(field, error["msg"]))
        return InputError(where, field, value, allowed)
    index = loc[1]
    raw = data["items"][index]
    item_id = raw.get("id") if isinstance(raw, dict) else None
    item_where = (Phrase("{where}, item {item!r}", where=where, item=item_id) if item_id
                  else Phrase("{where}, item number {number}", where=where, number=index + 1))
    if len(loc) == 2:  # the item is not a mapping
        return InputError(item_where, "item", raw, "a mapping of fields such as id, target, times_per_year")
    field = str(loc[2])
    allowed = (Phrase("one of: {names}", names=", ".join(ServiceItem.model_fields))
               if error["type"] == "extra_forbidden" else ALLOWED.get(field, error["msg"]))
    return InputError(item_where, field, value, allowed)


def _check_citation(item: ServiceItem, where: str) -> None:
    """The parameter files' rule: an assumption gives its reason; any other status cites a known source."""
    if item.source is not None and item.source not in source_ids():
        raise InputError(where, "source", item.source, "an id in datasets/sources.csv")
    if item.status == "assumption" and not item.note:
        raise InputError(where, "note", item.note, "the reason for the assumption")
    if item.status not in (None, "assumption") and not item.source:
        raise InputError(where, "source", item.source, "a source id for a {status} item", status=item.status)
