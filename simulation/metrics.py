"""What the district looks like each month: poverty, who receives, how well the rules target, how the pipeline
copes and what it costs. Poverty is measured against the local Dibao standard, per person.
"""
from __future__ import annotations

import numpy as np

from simulation.casework import ON_DIBAO, ON_EXTREME_POOR, QUEUED
from simulation.programmes import dibao, extreme_poor

# Name, then what it means: the CLI writes these as monthly.csv columns and the notebooks label charts with them.
METRICS = {
    "month": "months since the start",
    "date": "the first day of the month",
    "households": "households with living members",
    "dissolved_households": "households whose last member has died",
    "persons": "people living in the district",
    "poverty_rate_before": "share of people below the standard before assistance",
    "poverty_rate_after": "share of people below the standard after regular assistance",
    "poverty_gap_before": "mean shortfall from the standard before assistance, as a share of the standard",
    "poverty_gap_after": "mean shortfall from the standard after regular assistance, as a share of the standard",
    "dibao_households": "households receiving Dibao",
    "dibao_persons": "people in households receiving Dibao",
    "extreme_poor_households": "households receiving extreme-poor support",
    "eligible_households": "households truly eligible for Dibao or extreme-poor support",
    "dibao_coverage": "share of households poor before assistance that receive Dibao or extreme-poor support",
    "inclusion_error": "share of recipient households that are not truly eligible",
    "exclusion_error": "share of truly eligible households that receive nothing",
    "take_up": "share of truly eligible households that have applied or receive",
    "applications": "new applications filed this month",
    "reviews": "yearly reviews that came due this month",
    "approvals": "applications granted this month",
    "rejections": "applications turned down this month",
    "backlog": "cases waiting at the centres at the end of the month",
    "mean_processing_days": "mean working days from filing to decision of the cases decided this month",
    "caseworker_utilisation": "cases taken on as a share of caseworkers' capacity",
    **{f"spending_{name}": f"{name.replace('_', ' ')} paid this month, yuan"
       for name in ("dibao", "extreme_poor", "temporary", "medical", "old_age", "disability")},
    "spending_total": "all assistance paid this month, yuan",
    "spending_central": "the central government's share of spending, yuan",
    "spending_local": "local governments' share of spending, yuan",
}


def reporters() -> dict:
    """Mesa model reporters: each reads the month's figure computed once in `measure`."""
    return {name: (lambda model, name=name: model.latest[name]) for name in METRICS}


def _share(part, whole) -> float:
    return float(part / whole) if whole else 0.0


def _poverty(income_per_person: np.ndarray, standard: np.ndarray, members: np.ndarray) -> tuple[float, float]:
    persons = members.sum()
    shortfall = np.maximum(1.0 - income_per_person / standard, 0.0)
    return _share((members * (shortfall > 0)).sum(), persons), _share((members * shortfall).sum(), persons)


def measure(model, payments) -> dict:
    p, c, caseload = model.p, model.circumstances, model.caseload
    living = c.members > 0
    members = np.where(living, c.members, 0)
    standard = c.standard
    own_income = np.maximum(c.income - c.medical_repayment, 0.0) / np.maximum(members, 1)
    after = own_income + payments.regular_cash / np.maximum(members, 1)
    rate_before, gap_before = _poverty(own_income, standard, members)
    rate_after, gap_after = _poverty(after, standard, members)

    # "Truly eligible": the rules applied to the household's true income, as a perfect means test would.
    tested_income = np.maximum(c.income - (c.medical_repayment if p["dibao.deduct_medical_costs"] else 0.0), 0.0)
    eligible = np.zeros(len(living), bool)
    could_be = np.flatnonzero(living & (tested_income < standard * members))  # both rules need income below the standard
    rows = c.rows(could_be)
    eligible[could_be] = (dibao.assess(rows, tested_income[could_be], p).eligible
                          | extreme_poor.assess(rows, tested_income[could_be], p).eligible)
    receiving = living & caseload.assisted
    poor_before = living & (own_income < standard)

    spending = {name: float(getattr(payments, name).sum()) for name in payments.PROGRAMMES}
    urban_dibao = float(payments.dibao @ c.urban)
    central = (urban_dibao * p["dibao.central_share.urban"]
               + (spending["dibao"] - urban_dibao) * p["dibao.central_share.rural"]
               + sum(spending[name] * p[f"{name}.central_share"] for name in payments.PROGRAMMES if name != "dibao"))
    total = sum(spending.values())
    processing = model.decided_days
    return {
        "month": model.month,
        "date": model.date.isoformat(),
        "households": int(living.sum()),
        "dissolved_households": int((~living).sum()),
        "persons": int(members.sum()),
        "poverty_rate_before": rate_before,
        "poverty_rate_after": rate_after,
        "poverty_gap_before": gap_before,
        "poverty_gap_after": gap_after,
        "dibao_households": int((receiving & (caseload.receives == ON_DIBAO)).sum()),
        "dibao_persons": int(members[receiving & (caseload.receives == ON_DIBAO)].sum()),
        "extreme_poor_households": int((receiving & (caseload.receives == ON_EXTREME_POOR)).sum()),
        "eligible_households": int(eligible.sum()),
        "dibao_coverage": _share((poor_before & receiving).sum(), poor_before.sum()),
        "inclusion_error": _share((receiving & ~eligible).sum(), receiving.sum()),
        "exclusion_error": _share((eligible & ~receiving).sum(), eligible.sum()),
        "take_up": _share((eligible & (caseload.claimed | receiving)).sum(), eligible.sum()),
        "applications": model.applications,
        "reviews": model.reviews,
        "approvals": model.approvals,
        "rejections": model.rejections,
        "backlog": int((caseload.case == QUEUED).sum()),
        "mean_processing_days": float(processing.mean()) if len(processing) else float("nan"),
        "caseworker_utilisation": _share(sum(w.cases_this_month for k in model.centres for w in k.caseworkers),
                                         sum(w.capacity for k in model.centres for w in k.caseworkers)),
        **{f"spending_{name}": value for name, value in spending.items()},
        "spending_total": total,
        "spending_central": central,
        "spending_local": total - central,
    }
