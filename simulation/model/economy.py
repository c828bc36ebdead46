"""The dated economy: what a worker earns, a pensioner gets and a family sends home, in the year a run is in.

Incomes follow the National Bureau of Statistics' mean disposable income per person, urban and rural, year by year
(`income.mean.*`, datasets/china_population_income.csv). A worker's median earnings, an employee pension and a
remittance are fixed multiples of their area's mean (assumptions, the earnings ones fitted by `carelab calibrate`),
so a district started in 2012 earns 2012 incomes and one started in 2019 earns 2019 incomes. During a run, when the
series moves (each January), everyone's earnings, pensions, remittances and savings move with it, and the resident
pension follows its own dated minimum and roll-out.

The district and the reference engine both ask here, so the two cannot drift apart.
"""
from __future__ import annotations

import numpy as np

AREAS = ("urban", "rural")
# Which pension a person draws, as small integer codes in the persons' column.
NO_PENSION, RESIDENT_PENSION, EMPLOYEE_PENSION = 0, 1, 2


def mean_income(p: dict, urban) -> np.ndarray:
    """The area's mean disposable income per person, yuan a month."""
    return np.where(urban, p["income.mean.urban"], p["income.mean.rural"])


def earnings_median(p: dict, urban) -> np.ndarray:
    """Median monthly earnings of a worker in work, before disability and the household's shocks."""
    return mean_income(p, urban) * np.where(urban, p["population.earnings_to_income.urban"],
                                            p["population.earnings_to_income.rural"])


def employee_pension_median(p: dict) -> float:
    """Employee pensions follow urban incomes: they are set from and indexed to urban wages."""
    return p["income.mean.urban"] * p["population.pension_to_income"]


def remittance_median(p: dict, urban) -> np.ndarray:
    return mean_income(p, urban) * p["population.remittance_to_income"]


def resident_pension(p: dict) -> float:
    """The resident pension paid: the national minimum with the local top-ups on it."""
    return p["population.resident_pension.minimum"] * p["population.pension_local_topup"]


def growth(p: dict, before: dict) -> tuple[float, float]:
    """How much urban and rural incomes moved between two months' parameters (1.0 when the series did not)."""
    return tuple(p[f"income.mean.{area}"] / before[f"income.mean.{area}"] for area in AREAS)


def newly_covered(p: dict, before: dict) -> float:
    """The chance that an older person without a pension gains the resident pension as its roll-out widens."""
    now, then = p["population.resident_pension.coverage"], before["population.resident_pension.coverage"]
    return 0.0 if now <= then else (now - then) / (1.0 - then)
