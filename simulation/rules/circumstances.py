"""What the rules look at: each household's members, incomes and costs this month, as columns.

The model computes these for the whole district every month; the household calculator computes them for one
described household. Both go through `of_households`, so a rule sees the same thing in either place.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.model.economy import RESIDENT_PENSION
from simulation.model.population import SEVERELY_DISABLED, Households, Persons

# Each living person falls in one (age group, disability) cell. Age groups: child, working age, 60-69, 70 and
# over; disability: none, some, severe. Each count the rules use adds up some cells.
AGE_GROUPS, DISABILITY_LEVELS = 4, 3
CELLS = AGE_GROUPS * DISABILITY_LEVELS
_age, _disability = np.divmod(np.arange(CELLS), DISABILITY_LEVELS)
_COUNTED = {
    "members": np.ones(CELLS, bool),
    "children": _age == 0,
    "aged_70_plus": _age == 3,
    "aged_60_plus": _age >= 2,
    "disabled_aged_60_plus": (_age >= 2) & (_disability > 0),
    "able_adults": (_age == 1) & (_disability != SEVERELY_DISABLED),
    "fit_adults": (_age == 1) & (_disability == 0),
    "disabled": _disability > 0,
    "severely_disabled": _disability == SEVERELY_DISABLED,
}


class MemberCounts:
    """How many living members of each kind every household has, their pensions (and the disabled members'), how
    many of them (and of the disabled) draw the resident pension, and the earning levels of those in work.

    These change only when someone dies, becomes disabled, has a birthday, starts or stops work, or (when the dated
    economy moves) has a pension raised or newly granted, so dynamics keeps them up to date as those happen, recounting
    only after birthdays and moves of the economy, instead of recounting a million people every month.
    """

    def __init__(self, persons: Persons, n_households: int, bands):
        self.n, self.bands = n_households, bands
        self.recount(persons)

    def cell_of(self, persons: Persons, who) -> np.ndarray:
        age = persons.age[who]
        group = (age >= self.bands[1]).view(np.int8) + (age >= self.bands[2]).view(np.int8) + (age >= 70).view(np.int8)
        return group * DISABILITY_LEVELS + persons.disability[who]

    def recount(self, persons: Persons) -> None:
        living = np.flatnonzero(persons.alive)
        index = self.cell_of(persons, living).astype(np.int64) * self.n + persons.household[living]
        cells = np.bincount(index, minlength=CELLS * self.n).reshape(CELLS, self.n)
        self.counts = {name: _sum_of_rows(cells, which) for name, which in _COUNTED.items()}
        self.pensions = np.bincount(persons.household[living], persons.pension[living], minlength=self.n)
        disabled = living[persons.disability[living] > 0]
        self.disabled_pensions = np.bincount(persons.household[disabled], persons.pension[disabled], minlength=self.n)
        resident = persons.pension_scheme == RESIDENT_PENSION
        self.resident_pensioners = np.bincount(persons.household[living[resident[living]]], minlength=self.n)
        self.disabled_resident_pensioners = np.bincount(persons.household[disabled[resident[disabled]]],
                                                        minlength=self.n)
        working = np.flatnonzero(persons.employed)
        self.earning_levels = np.bincount(persons.household[working], persons.earnings_level[working], minlength=self.n)
        self.workers = np.bincount(persons.household[self._of_working_age(persons, working)], minlength=self.n)

    def remove(self, persons: Persons, who: np.ndarray) -> None:
        """Take `who` out of the counts (before they die or change)."""
        self._change(persons, who, -1)

    def add(self, persons: Persons, who: np.ndarray) -> None:
        self._change(persons, who, +1)

    def _change(self, persons: Persons, who: np.ndarray, sign: int) -> None:
        cell, household = self.cell_of(persons, who), persons.household[who]
        for name, which in _COUNTED.items():
            np.add.at(self.counts[name], household[which[cell]], sign)
        np.add.at(self.pensions, household, sign * persons.pension[who])
        disabled = persons.disability[who] > 0
        np.add.at(self.disabled_pensions, household[disabled], sign * persons.pension[who][disabled])
        resident = persons.pension_scheme[who] == RESIDENT_PENSION
        np.add.at(self.resident_pensioners, household[resident], sign)
        np.add.at(self.disabled_resident_pensioners, household[resident & disabled], sign)

    def start_work(self, persons: Persons, who: np.ndarray) -> None:
        np.add.at(self.earning_levels, persons.household[who], persons.earnings_level[who])
        np.add.at(self.workers, persons.household[self._of_working_age(persons, who)], 1)

    def stop_work(self, persons: Persons, who: np.ndarray) -> None:
        np.subtract.at(self.earning_levels, persons.household[who], persons.earnings_level[who])
        np.subtract.at(self.workers, persons.household[self._of_working_age(persons, who)], 1)

    def _of_working_age(self, persons: Persons, who: np.ndarray) -> np.ndarray:
        # Workers are counted for the means test's imputed earnings (fit members of working age out of work), which
        # an older member still farming does not make up for; their earnings count all the same.
        return who[persons.age[who] < self.bands[2]]


def _sum_of_rows(cells: np.ndarray, which: np.ndarray) -> np.ndarray:
    """The sum of the rows of `cells` that `which` picks, added one by one in place: taking the rows out first would
    copy tens of megabytes for the whole district, seven times slower."""
    first, *rest = np.flatnonzero(which)
    total = cells[first].copy()
    for row in rest:
        total += cells[row]
    return total


@dataclass
class Circumstances:
    urban: np.ndarray
    local_hukou: np.ndarray
    standard: np.ndarray              # the local Dibao standard that applies (urban or rural), yuan/person/month
    members: np.ndarray               # living members
    children: np.ndarray              # under 16
    aged_70_plus: np.ndarray
    aged_60_plus: np.ndarray          # what the census counts as old: the validation's age structure, not a rule
    disabled_aged_60_plus: np.ndarray
    able_adults: np.ndarray           # working age and not severely disabled: people who could support the others
    fit_adults: np.ndarray            # working age with no disability: whom a means test can expect to work
    workers: np.ndarray               # members of working age in work
    family_elsewhere: np.ndarray      # family elsewhere obliged to support the household
    disabled: np.ndarray              # any disability
    severely_disabled: np.ndarray
    disabled_pensions: np.ndarray     # the disabled members' own pensions, yuan/month
    resident_pensioners: np.ndarray   # members drawing the resident pension
    disabled_resident_pensioners: np.ndarray
    earnings: np.ndarray              # yuan this month
    pensions: np.ndarray
    remittances: np.ndarray           # from family members working elsewhere
    income: np.ndarray                # market income: earnings, pensions and remittances, before any assistance
    medical_repayment: np.ndarray     # out-of-pocket medical costs repaid from this month's income
    assets: np.ndarray

    def __post_init__(self):
        # As floats even where a scenario gives whole yuan, so the rules can work on amounts in place.
        self.standard = np.asarray(self.standard, float)

    def rows(self, index: np.ndarray) -> HouseholdRows:
        """The same columns for a subset of households."""
        return HouseholdRows(self, index)


class HouseholdRows:
    """Some households' circumstances, read like `Circumstances`. A column is taken from the whole district's when
    a rule first reads it: the rules read about two thirds of the columns, and the district takes rows of
    tens of thousands of households several times a month."""

    def __init__(self, whole: Circumstances | HouseholdRows, index: np.ndarray):
        self._whole, self._index = whole, index

    def __getattr__(self, name: str) -> np.ndarray:
        if name.startswith("_"):  # not a column: copy and pickle look for their hooks before __init__ has run
            raise AttributeError(name)
        column = getattr(self._whole, name)[self._index]
        setattr(self, name, column)  # later reads find the attribute and do not come here
        return column

    def rows(self, index: np.ndarray) -> HouseholdRows:
        return HouseholdRows(self, index)


def of_households(households: Households, persons: Persons, members: MemberCounts, p: dict) -> Circumstances:
    counts = members.counts
    # Workers earn their level, moved up or down by the household's income shock this month.
    earnings = np.maximum(members.earning_levels, 0.0) * np.exp(households.earnings_shock)
    remittances = households.remittances * (counts["members"] > 0)  # multiplied, not np.where: 4 times faster
    standards = np.array([p["dibao.standard.rural"], p["dibao.standard.urban"]], float)
    return Circumstances(
        urban=households.urban,
        local_hukou=households.local_hukou,
        standard=standards[households.urban.view(np.uint8)],  # picked by index: 3 times faster than np.where
        family_elsewhere=households.family_elsewhere,
        earnings=earnings,
        pensions=members.pensions,
        disabled_pensions=members.disabled_pensions,
        resident_pensioners=members.resident_pensioners,
        disabled_resident_pensioners=members.disabled_resident_pensioners,
        remittances=remittances,
        income=earnings + members.pensions + remittances,
        medical_repayment=households.medical_debt / p["dynamics.medical_debt_months"],
        assets=households.assets,
        workers=members.workers,
        **counts,
    )


def means_tested_income(c: Circumstances | HouseholdRows, p: dict) -> np.ndarray:
    """The income a means test starts from: the household's market income, less the medical costs it is repaying
    where the rules deduct them (`dibao.deduct_medical_costs`, expenditure-type poverty). Never below zero."""
    if p["dibao.deduct_medical_costs"]:
        return np.maximum(c.income - c.medical_repayment, 0.0)
    return c.income


def shortfall(c: Circumstances) -> np.ndarray:
    """Each household's shortfall from the standard before assistance, per person, as a share of the standard (0
    if it is not below it, or has no living members). Income less the medical costs it repays, as poverty is
    measured."""
    # In place: this runs on every household every month.
    short = c.income - c.medical_repayment
    np.maximum(short, 0.0, out=short)
    short /= c.standard * np.maximum(c.members, 1)
    np.subtract(1.0, short, out=short)
    np.maximum(short, 0.0, out=short)
    short[c.members == 0] = 0.0
    return short
