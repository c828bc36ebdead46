"""The household calculator: describe one household, get its entitlements and the reasons.

It builds a one-household district and runs it through the same circumstances and rules as the model.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulation.inputs.errors import InputError, Phrase
from simulation.inputs.parameters import load_parameters, localities
from simulation.model.economy import NO_PENSION, RESIDENT_PENSION
from simulation.model.population import DISABLED, NO_DISABILITY, SEVERELY_DISABLED, Households, Persons
from simulation.rules import entitlements
from simulation.rules.circumstances import MemberCounts, of_households

DISABILITY_CODES = {"none": NO_DISABILITY, "disabled": DISABLED, "severe": SEVERELY_DISABLED}
# The largest amounts a household may declare, yuan: far above any household assistance is for, and finite, so
# that a typing slip (1e400, inf) is refused rather than answered.
MAX_INCOME = 10_000_000
MAX_ASSETS = 1_000_000_000
MAX_MEDICAL_COSTS = 10_000_000


class Member(BaseModel):
    model_config = ConfigDict(extra="forbid")
    age: int = Field(ge=0, le=120)
    disability: Literal["none", "disabled", "severe"] = "none"
    in_work: bool = True  # false: of working age and without a job, which the Dibao means test may count earnings for
    resident_pension: bool = False  # part of the income; a rural means test may leave its basic pension out


class Household(BaseModel):
    """A household as a caseworker would write it down."""
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    locality: str = "dachuan"
    date: dt.date = dt.date(2019, 6, 1)
    area: Literal["urban", "rural"] = "urban"
    members: list[Member] = Field(min_length=1, max_length=20)
    income: float = Field(0.0, ge=0, le=MAX_INCOME)  # the household's monthly income from all sources, yuan
    assets: float = Field(0.0, ge=0, le=MAX_ASSETS)
    hukou: Literal["local", "migrant"] = "local"
    family_elsewhere: bool = False             # family elsewhere obliged to support it
    medical_costs: float = Field(0.0, ge=0, le=MAX_MEDICAL_COSTS)  # out-of-pocket medical costs this month, yuan
    emergency: bool = False
    # The minimum-income scheme: Dibao or an EU country's pack (the declared income counts as earnings, so a
    # pack's earnings disregard applies to it), and how a pack's level is carried over.
    scheme: str = "dibao"
    level: Literal["relative_to_standard", "share_of_median"] = "relative_to_standard"


ALLOWED = {
    "members": Phrase("at least one member, e.g. --member 45 --member 70:severe"),
    "income": Phrase("a number from 0 to {most:,} (yuan a month)", most=MAX_INCOME),
    "assets": Phrase("a number from 0 to {most:,} (yuan)", most=MAX_ASSETS),
    "medical_costs": Phrase("a number from 0 to {most:,} (yuan this month)", most=MAX_MEDICAL_COSTS),
    "age": Phrase("a whole number from 0 to 120"),
    "disability": Phrase("none, disabled or severe"),
    "in_work": Phrase("true or false"),
    "resident_pension": Phrase("true or false"),
    "area": Phrase("urban or rural"),
    "hukou": Phrase("local or migrant"),
    "date": Phrase("a date such as 2019-06-01"),
    "level": Phrase("relative_to_standard or share_of_median"),
}


def describe(where: str = Phrase("household"), **fields) -> Household:
    """A validated household; a wrong field raises InputError naming it."""
    try:
        household = Household.model_validate(fields)
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(part) for part in first["loc"])
        raise InputError(where, name, first.get("input"), ALLOWED.get(str(first["loc"][-1]), first["msg"])) from None
    if household.locality not in localities():
        raise InputError(where, "locality", household.locality, "one of: {names}", names=", ".join(localities()))
    schemes = load_parameters(household.locality).parameters["minimum_income.scheme"].allowed
    if household.scheme not in schemes:
        raise InputError(where, "scheme", household.scheme, "one of: {names}", names=", ".join(schemes))
    return household


def calculate(household: Household, lang: str = "en") -> list[entitlements.Entitlement]:
    p = load_parameters(household.locality).at(
        household.date, {"minimum_income.scheme": household.scheme, "minimum_income.level": household.level})
    n = len(household.members)
    ages, bands = np.array([m.age for m in household.members], np.int16), p["population.age_bands"]
    in_work = np.array([m.in_work for m in household.members])
    persons = Persons(
        household=np.zeros(n, np.int32),
        age=ages,
        alive=np.ones(n, bool),
        disability=np.array([DISABILITY_CODES[m.disability] for m in household.members], np.int8),
        chronic=np.zeros(n, bool),
        # The declared income is the household's, not one member's; it is carried as the first member's
        # earnings so the household total comes out through the same sums as in the model. Members of working age
        # are in work unless said otherwise, so the means test imputes earnings only to those declared without a job.
        employed=np.r_[True, (ages[1:] >= bands[1]) & (ages[1:] < bands[2])] & in_work,
        months_jobless=np.zeros(n, np.int16),
        earnings_level=np.r_[household.income, np.zeros(n - 1)],
        pension=np.zeros(n),
        pension_scheme=np.array([RESIDENT_PENSION if m.resident_pension else NO_PENSION for m in household.members],
                                np.int8),
    )
    households = Households(
        urban=np.array([household.area == "urban"]), poor_area=np.zeros(1, bool),
        local_hukou=np.array([household.hukou == "local"]),
        centre=np.zeros(1, np.int16), assets=np.array([household.assets]), medical_debt=np.zeros(1),
        family_elsewhere=np.array([household.family_elsewhere]), remittances=np.zeros(1), aware=np.ones(1, bool),
        earnings_shock=np.zeros(1, np.float32),
    )
    c = of_households(households, persons, MemberCounts(persons, 1, p["population.age_bands"]), p)
    return entitlements.of_household(
        c, persons, p, lang, tested_income=household.income, out_of_pocket=household.medical_costs,
        illnesses=int(household.medical_costs > 0), emergency=household.emergency, january=household.date.month == 1)
