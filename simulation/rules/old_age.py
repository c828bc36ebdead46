"""Old-age allowance (高龄津贴): a monthly amount for residents with local hukou from a set age, by age band."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import t


@dataclass
class OldAgeAssessment:
    people: np.ndarray       # the people the rule looked at (indices into the person columns)
    per_person: np.ndarray   # what each of them gets
    amount: np.ndarray       # one entry per household


def assess(age: np.ndarray, alive: np.ndarray, household: np.ndarray, local_hukou: np.ndarray, p: dict,
           old=None) -> OldAgeAssessment:
    """Person columns (age, alive, household index) and the households' hukou.

    `old`, if given, lists the people at or above the first band's age, the only ones the rule can pay; ages
    change once a year, so the model finds them once a year rather than every month.
    """
    band_ages = np.asarray(p["old_age.band_ages"])
    amounts = np.concatenate([[0.0], np.asarray(p["old_age.band_amounts"], dtype=float)])
    old = np.flatnonzero(age >= band_ages[0]) if old is None else old
    band = np.searchsorted(band_ages, age[old], side="right")  # 0 = below the first band
    paid = np.where(alive[old] & local_hukou[household[old]], amounts[band], 0.0)
    return OldAgeAssessment(old, paid, np.bincount(household[old], paid, minlength=len(local_hukou)))


def explain(a: OldAgeAssessment, age: np.ndarray, lang: str) -> list[str]:
    return [t("A member aged {age}: old-age allowance {amount:,.0f} yuan.", lang, age=int(age[j]), amount=paid)
            for j, paid in zip(a.people, a.per_person) if paid > 0]
