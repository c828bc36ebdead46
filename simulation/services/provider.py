"""Service providers: the organisations that deliver professional social services to households.

Seed 003 asks who provides professional social services and what they provide. Who: for-profit, non-profit, and
charitable or voluntary organisations, and (when the government does not buy services but delivers them itself)
the public sector. What: daily care; capacity building; social support and social inclusion.

A `Provider` is a Mesa agent. Its capacity is service hours a month: the paid hours its contract (or, for a public
provider, the public budget) buys, plus volunteers' hours under community purchasing. It charges a unit cost per
paid hour, has social-work staff and a quality, and serves the street/town centres listed. The households it
serves and those on its waiting list are columns of `referral.ServiceCases`; it takes them on first come, first
served (`referral.serve_waiting_lists`).

Quality is a score from 0 (no useful service) to 1 (best practice). A provider delivers its base quality at its
reference cost; paid less per hour it cuts staff time and qualifications, so quality follows the price
(`services.quality_price_elasticity`); the longer it holds its contract, the more its staff learn
(`services.experience_gain`); volunteers' hours count at their own, lower quality.

A scenario can list its own providers (`providers:` in the scenario file); `check_specs` validates that list.
"""
from __future__ import annotations

from typing import Any

import mesa
import numpy as np

from simulation.inputs.errors import InputError, Phrase

SECTORS = ("public", "for_profit", "non_profit", "charitable")
# The services of seed 003 that providers deliver (needs.SERVICES also lists cash assistance, which Dibao pays).
SERVICES = ("daily_care", "capacity_building", "social_support")


class Provider(mesa.Agent):
    """A social organisation, firm or public unit delivering services to the households of some centres."""

    def __init__(self, model: mesa.Model, name: str, sector: str, services, paid_hours: float, unit_cost: float,
                 quality: float, centres, staff: float | None = None):
        super().__init__(model)
        p = model.p
        self.name, self.sector = name, sector
        self.services = tuple(services)
        self.centres = np.asarray(sorted(set(int(c) for c in centres)), np.int64)
        self.paid_hours = float(paid_hours)      # hours a month bought by the contract or the public budget
        self.volunteer_hours = 0.0               # hours a month given by community volunteers
        self.unit_cost = float(unit_cost)        # yuan paid per paid hour
        self.reference_cost = float(unit_cost)   # the price at which it delivers its base quality
        self.base_quality = float(quality)
        # Staff scale with paid hours: a contract that buys more hours pays for more social workers.
        self.staff_per_hour = (1.0 / p["services.hours_per_social_worker"] if staff is None
                               else float(staff) / self.paid_hours)
        self.experience_months = 0
        self.contract_end: int | None = None     # the month its contract ends; None for public provision
        self.incubated_until = -1                # last month of support from the incubator, -1 if none
        # This month's work, filled in by the monthly step.
        self.hours_delivered = 0.0               # to referred households
        self.voucher_hours = 0.0                 # bought by voucher holders, on top of the contract
        self.waiting = 0

    @property
    def capacity(self) -> float:
        """Service hours a month for referred households."""
        return self.paid_hours + self.volunteer_hours

    @property
    def staff(self) -> float:
        """Social workers (full-time equivalents)."""
        return self.paid_hours * self.staff_per_hour

    @property
    def contract_value(self) -> float:
        """What the government pays for the paid hours each month, yuan."""
        return self.paid_hours * self.unit_cost

    @property
    def price_level(self) -> float:
        """The unit cost as a share of the reference cost (1 = the price of its base quality)."""
        return self.unit_cost / self.reference_cost

    @property
    def professional_quality(self) -> float:
        """The quality of its paid social workers' hours: what the government's assessment looks at."""
        p = self.model.p
        return min(1.0, self.base_quality * self.price_level ** p["services.quality_price_elasticity"]
                   + p["services.experience_gain"] * self.experience_months / 12)

    @property
    def quality(self) -> float:
        """The quality of its hours, paid and volunteers' together."""
        if not self.volunteer_hours:
            return self.professional_quality
        volunteers = self.model.p["services.community.volunteer_quality"]
        return (self.professional_quality * self.paid_hours + volunteers * self.volunteer_hours) / self.capacity

    def offers(self, service: str) -> bool:
        return service in self.services

    def step(self) -> None:
        """A month of work gains experience (quality rises with it)."""
        self.experience_months += 1

    def record_month(self, hours_delivered: float, voucher_hours: float, waiting: int) -> None:
        """What its month came to: hours to referred households and to voucher holders, households on its list."""
        self.hours_delivered, self.voucher_hours, self.waiting = hours_delivered, voucher_hours, waiting


# ---- providers listed in a scenario file ----------------------------------------------------------------------------
# Upper bounds on what a scenario may list: each provider is an object the run keeps and visits every month, so
# their number drives time and memory; the amounts are far above any real provider's and keep sums finite.
MAX_PROVIDERS = 1_000
MAX_CAPACITY = 1_000_000  # service hours a month
MAX_UNIT_COST = 10_000  # yuan per service hour
MAX_STAFF = 10_000  # social workers
SPEC_FIELDS = {
    "name": Phrase("a name"),
    "sector": Phrase("one of: {names}", names=", ".join(SECTORS)),
    "services": Phrase("a list of one or more of: {names}", names=", ".join(SERVICES)),
    "capacity": Phrase("service hours a month, a number above 0 and at most {most:,}", most=MAX_CAPACITY),
    "unit_cost": Phrase("yuan per service hour, a number above 0 and at most {most:,}", most=MAX_UNIT_COST),
    "quality": Phrase("a number between 0 and 1"),
    "staff": Phrase("social workers, a number from 0 to {most:,}", most=MAX_STAFF),
    "centres": Phrase("'all' or a list of centre numbers"),
}


def check_specs(specs: list[Any], where: str, centres: int) -> list[dict]:
    """The providers a scenario lists, checked: each a mapping of SPEC_FIELDS (staff optional, centres 'all' by
    default); `centres` is the number of street/town centres in the scenario's district (numbered from 0)."""
    if not isinstance(specs, list) or not 1 <= len(specs) <= MAX_PROVIDERS:
        shown = f"{len(specs)} providers" if isinstance(specs, list) else specs
        raise InputError(where, "providers", shown, "a list of one or more providers, at most {most:,}, each a "
                         "mapping of {names}", most=MAX_PROVIDERS, names=", ".join(SPEC_FIELDS))
    checked = []
    for number, spec in enumerate(specs):
        field = f"providers[{number}]"
        if not isinstance(spec, dict):
            raise InputError(where, field, spec, "a mapping with {names}", names=", ".join(SPEC_FIELDS))
        unknown = sorted(set(spec) - set(SPEC_FIELDS))
        if unknown:
            raise InputError(where, f"{field}.{unknown[0]}", spec[unknown[0]], "one of: {names}",
                             names=", ".join(SPEC_FIELDS))
        missing = [name for name in SPEC_FIELDS if name not in spec and name not in ("staff", "centres")]
        if missing:
            raise InputError(where, f"{field}.{missing[0]}", None, SPEC_FIELDS[missing[0]])

        def bad(name, allowed=None):
            return InputError(where, f"{field}.{name}", spec.get(name), allowed or SPEC_FIELDS[name])

        if not isinstance(spec["name"], str) or not spec["name"].strip():
            raise bad("name")
        if spec["sector"] not in SECTORS:
            raise bad("sector")
        services = spec["services"]
        if not (isinstance(services, list) and services and all(s in SERVICES for s in services)):
            raise bad("services")
        for name, most in (("capacity", MAX_CAPACITY), ("unit_cost", MAX_UNIT_COST)):
            if not (_is_number(spec[name]) and 0 < spec[name] <= most):
                raise bad(name)
        if not (_is_number(spec["quality"]) and 0 <= spec["quality"] <= 1):
            raise bad("quality")
        staff = spec.get("staff")
        if staff is not None and not (_is_number(staff) and 0 <= staff <= MAX_STAFF):
            raise bad("staff")
        served = spec.get("centres", "all")
        if served == "all":
            served = list(range(centres))
        elif not (isinstance(served, list) and served
                  and all(isinstance(c, int) and not isinstance(c, bool) and 0 <= c < centres for c in served)):
            raise bad("centres", Phrase("'all' or a list of centre numbers from 0 to {last} (this district has "
                                        "{centres} centres)", last=centres - 1, centres=centres))
        checked.append({"name": spec["name"], "sector": spec["sector"], "services": list(services),
                        "capacity": float(spec["capacity"]), "unit_cost": float(spec["unit_cost"]),
                        "quality": float(spec["quality"]), "staff": None if staff is None else float(staff),
                        "centres": served})
    return checked


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
