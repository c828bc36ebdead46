"""Regular support: what a household lives on each month when its income is too low, either support for the extreme
poor or the minimum-income scheme (Dibao, or the EU pack a scenario switched on), never both.

Support for the extreme poor comes first: a household that qualifies for it gets it instead of Dibao (it is the
more generous of the two, for those who cannot work and have no one obliged to support them). This is the one place
that precedence is written; the district's decisions, the caseload it starts with, "truly eligible" in the metrics,
the household calculator and the reference engine all ask here.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.rules import extreme_poor, minimum_income
from simulation.rules.circumstances import Circumstances
from simulation.rules.extreme_poor import ExtremePoorAssessment

# What a household receives, as small integer codes in the model's columns.
NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR = 0, 1, 2
RECEIVES = {NOT_ASSISTED: "nothing", ON_DIBAO: "dibao", ON_EXTREME_POOR: "extreme_poor"}


@dataclass
class RegularSupport:
    """Both programmes' assessments of the same households, and what precedence makes of them."""
    on_extreme: ExtremePoorAssessment
    on_scheme: object  # a dibao.DibaoAssessment or an eu_pack.PackAssessment: `eligible`, `covered` and `amount`
    members: np.ndarray

    @property
    def extreme(self) -> np.ndarray:
        return self.on_extreme.eligible

    @property
    def eligible(self) -> np.ndarray:
        """Eligible for one or the other."""
        return self.on_extreme.eligible | self.on_scheme.eligible

    @property
    def receives(self) -> np.ndarray:
        """NOT_ASSISTED, ON_DIBAO or ON_EXTREME_POOR."""
        return np.where(self.extreme, ON_EXTREME_POOR, np.where(self.on_scheme.eligible, ON_DIBAO, NOT_ASSISTED))

    @property
    def amount(self) -> np.ndarray:
        """Yuan a month from whichever programme the household receives."""
        return np.where(self.extreme, self.on_extreme.amount, self.on_scheme.amount)

    @property
    def covered(self) -> np.ndarray:
        """The people the support covers: every member under extreme-poor support, the scheme's count otherwise."""
        return np.where(self.extreme, self.members, self.on_scheme.covered)

    @property
    def scheme_amount(self) -> np.ndarray:
        """Yuan a month from the minimum-income scheme: nothing where extreme-poor support replaces it."""
        return np.where(self.extreme, 0.0, self.on_scheme.amount)


def assess(c: Circumstances, assessed_income: np.ndarray, p: dict) -> RegularSupport:
    """`assessed_income`: each household's monthly income as the means test found it."""
    return RegularSupport(extreme_poor.assess(c, assessed_income, p), minimum_income.assess(c, assessed_income, p),
                          c.members)
