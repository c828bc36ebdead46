"""Temporary assistance (临时救助): one-off help for a sudden large expense or an emergency.

Expenditure type: a low-income household (income per person below a multiple of the standard) whose
out-of-pocket expense this month exceeds a set number of months of its income gets the expense back, up to a
cap of months of the standard per member. Emergency type: a household hit by fire, accident or disaster gets a
fixed number of months of the standard per member. Where the rule allows, migrants without local hukou qualify.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import t
from simulation.rules.circumstances import Circumstances


@dataclass
class TemporaryAssessment:
    expense: np.ndarray
    low_income: np.ndarray
    expenditure_case: np.ndarray
    expenditure_grant: np.ndarray
    emergency_grant: np.ndarray
    amount: np.ndarray


def assess(c: Circumstances, expense: np.ndarray, emergency: np.ndarray, p: dict) -> TemporaryAssessment:
    """`expense`: out-of-pocket cost this month after other assistance; `emergency`: hit by an emergency."""
    standard = c.standard
    members = np.maximum(c.members, 1)
    access = c.local_hukou | bool(p["temporary.open_to_migrants"])
    low_income = c.income / members < p["temporary.income_band"] * standard
    expenditure_case = (access & low_income & (expense > 0)
                        & (expense > p["temporary.expense_threshold_months"] * c.income))
    expenditure_grant = np.where(expenditure_case,
                                 np.minimum(expense, p["temporary.cap_months"] * standard * members), 0.0)
    emergency_grant = np.where(access & emergency, p["temporary.emergency_months"] * standard * members, 0.0)
    return TemporaryAssessment(expense, low_income, expenditure_case, expenditure_grant, emergency_grant,
                               expenditure_grant + emergency_grant)


def explain(a: TemporaryAssessment, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    lines = []
    if a.expenditure_case[i]:
        lines.append(t("A sudden expense of {expense:,.0f} yuan is more than {months} month(s) of income: "
                       "temporary assistance {grant:,.0f} yuan (at most {cap} months of the standard per member).",
                       lang, expense=a.expense[i], months=p["temporary.expense_threshold_months"],
                       grant=a.expenditure_grant[i], cap=p["temporary.cap_months"]))
    if a.emergency_grant[i] > 0:
        lines.append(t("An emergency: temporary assistance {grant:,.0f} yuan.", lang, grant=a.emergency_grant[i]))
    return lines
