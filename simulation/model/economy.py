"""The dated economy: what a worker earns, a pensioner gets and a family sends home, in the year a run is in.

Incomes follow the National Bureau of Statistics' mean disposable income per person, urban and rural, year by year
(`income.mean.*`, datasets/china_population_income.csv). The countryside has two levels: its poor areas (the
contiguous poverty areas and the key counties for poverty alleviation) at the mean NBS's poverty monitoring gives
them, relative to the rural mean (`income.poor_areas.rural`: 62% in 2012, 72% in 2019, as targeted poverty
alleviation raised them faster), and the rest of the countryside at the level that keeps the two together at the
rural mean. A worker's median earnings, an employee pension and a remittance are fixed multiples of the mean where
the household lives (assumptions, the earnings ones fitted by `carelab calibrate`), so a district started in 2012
earns 2012 incomes and one started in 2019 earns 2019 incomes. During a run, when the series move (each January),
everyone's earnings, pensions, remittances and savings move with them, and the resident pension follows its own
dated minimum and roll-out.

The district and the reference engine both ask here, so the two cannot drift apart.
"""
from __future__ import annotations

import numpy as np

# Which pension a person draws, as small integer codes in the persons' column.
NO_PENSION, RESIDENT_PENSION, EMPLOYEE_PENSION = 0, 1, 2
# Where a household lives, as (urban, poor area) columns: a town, the rest of the countryside, a poor area.
PLACES = (np.array([True, False, False]), np.array([False, False, True]))


def rural_levels(p: dict) -> tuple[float, float]:
    """Mean income per person in the countryside's poor areas and in the rest of it, each relative to the rural
    mean: the poor areas' is NBS's, the rest's whatever keeps the countryside as a whole at the rural mean."""
    share, poor = p["population.poor_areas_share"], p["income.poor_areas.rural"]
    return poor, (1.0 - share * poor) / (1.0 - share)


def mean_income(p: dict, urban, poor_area) -> np.ndarray:
    """The mean disposable income per person where a household lives, yuan a month."""
    poor, rest = rural_levels(p)
    return np.where(urban, p["income.mean.urban"], p["income.mean.rural"] * np.where(poor_area, poor, rest))


def earnings_median(p: dict, urban, poor_area) -> np.ndarray:
    """Median monthly earnings of a worker in work, before disability and the household's shocks."""
    return mean_income(p, urban, poor_area) * np.where(urban, p["population.earnings_to_income.urban"],
                                                       p["population.earnings_to_income.rural"])


def employee_pension_median(p: dict) -> float:
    """Employee pensions follow urban incomes: they are set from and indexed to urban wages."""
    return p["income.mean.urban"] * p["population.pension_to_income"]


def remittance_median(p: dict, urban, poor_area) -> np.ndarray:
    return mean_income(p, urban, poor_area) * p["population.remittance_to_income"]


def resident_pension(p: dict) -> float:
    """The resident pension paid: the national minimum with the local top-ups on it."""
    return p["population.resident_pension.minimum"] * p["population.pension_local_topup"]


def growth(p: dict, before: dict) -> tuple[float, float, float]:
    """How much incomes moved between two months' parameters in towns, in the countryside outside its poor areas,
    and in its poor areas (1.0 where the series did not)."""
    now, then = mean_income(p, *PLACES), mean_income(before, *PLACES)
    return tuple(float(x) for x in now / then)


def growth_where(growths: tuple[float, float, float], urban, poor_area) -> np.ndarray:
    """Each household's growth, from `growth`: its town's, or that of its part of the countryside."""
    urban_growth, rural_growth, poor_areas_growth = growths
    return np.where(urban, urban_growth, np.where(poor_area, poor_areas_growth, rural_growth))


def newly_covered(p: dict, before: dict) -> float:
    """The chance that an older person without a pension gains the resident pension as its roll-out widens."""
    now, then = p["population.resident_pension.coverage"], before["population.resident_pension.coverage"]
    return 0.0 if now <= then else (now - then) / (1.0 - then)
