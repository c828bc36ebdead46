"""Support for the extreme poor (特困, formerly rural 'five guarantees'): people who cannot work, have no income
to speak of and no one obliged to support them. They are lifted to a basic living standard set above Dibao.

In the model a household qualifies when none of its members could support the others (no working-age member
who is not severely disabled), no family elsewhere is obliged to support it, its income per person is below the
Dibao standard and it has local hukou. It then gets this support instead of Dibao.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import t
from simulation.rules.circumstances import Circumstances


@dataclass
class ExtremePoorAssessment:
    support_standard: np.ndarray
    income_per_person: np.ndarray
    no_supporter: np.ndarray
    eligible: np.ndarray
    amount: np.ndarray


def assess(c: Circumstances, assessed_income: np.ndarray, p: dict) -> ExtremePoorAssessment:
    members = np.maximum(c.members, 1)
    standard = c.standard
    support_standard = p["extreme_poor.standard_multiple"] * standard
    income_per_person = assessed_income / members
    no_supporter = (c.able_adults == 0) & ~c.family_elsewhere & (c.members > 0)
    eligible = no_supporter & (income_per_person < standard) & c.local_hukou
    amount = np.where(eligible, np.maximum(support_standard - income_per_person, 0.0) * c.members, 0.0)
    return ExtremePoorAssessment(support_standard, income_per_person, no_supporter, eligible, amount)


def explain(a: ExtremePoorAssessment, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    if not a.no_supporter[i]:
        return [t("A member of working age, or family elsewhere, can support the household: not extreme poor.", lang)]
    if not a.eligible[i]:
        return [t("No member can support the others, but income or hukou rules it out: not extreme poor.", lang)]
    return [t("No member can support the others and income per person is {income:,.0f} yuan: support up to "
              "{multiple} x the standard = {support:,.0f} per person, {amount:,.0f} yuan a month.", lang,
              income=a.income_per_person[i], multiple=p["extreme_poor.standard_multiple"],
              support=a.support_standard[i], amount=a.amount[i])]
