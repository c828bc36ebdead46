"""How long poverty lasts in the simulated countryside, measured the way the China Family Panel Studies measured it
(poverty_dynamics.csv, S36): the share of rural households poor for a given number of years that leave poverty the
next year. CFPS found 37.2% leave after a spell of one year and 8.6% after five: the longer a spell, the less
likely it ends (duration dependence).

A household is poor in a year when its own income over the year (before assistance, less medical costs it repays)
is below the standard over the year, per person. Only spells seen from their first year count: a household poor
in the first year of the run may have been poor for a long time already.
"""
from __future__ import annotations

import datetime as dt

import numpy as np

from simulation.model.district import DistrictModel


def poor_by_year(start_year: int, years: int, households: int, seed: int, locality: str = "national",
                 parameters: dict | None = None) -> np.ndarray:
    """Whether each rural household was poor in each year of the run (years x rural households)."""
    model = DistrictModel(locality, dt.date(start_year, 1, 1), households, parameters or {}, seed, keep_history=False)
    rural = np.flatnonzero(~model.households.urban)
    poor = np.zeros((years, len(rural)), bool)
    for year in range(years):
        income = np.zeros(len(rural))
        line = np.zeros(len(rural))
        for _ in range(12):
            model.step()
            c = model.circumstances
            income += np.maximum(c.income[rural] - c.medical_repayment[rural], 0.0)
            line += c.standard[rural] * c.members[rural]
        poor[year] = (income < line) & (line > 0)
    return poor


def exit_rate(poor: np.ndarray, spell_years: int) -> tuple[float, int]:
    """The share of spells of exactly `spell_years` (seen from their start) that end the next year, and how many
    such spells there were."""
    exits = at_risk = 0
    for year in range(1, poor.shape[0] - spell_years):
        started = ~poor[year - 1] & poor[year:year + spell_years].all(axis=0)
        at_risk += int(np.count_nonzero(started))
        exits += int(np.count_nonzero(started & ~poor[year + spell_years]))
    return (exits / at_risk if at_risk else float("nan")), at_risk
