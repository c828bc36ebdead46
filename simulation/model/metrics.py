"""What the district looks like each month: poverty, who receives, how well the rules target, how the pipeline
copes and what it costs. Poverty is measured against the local Dibao standard, per person.
"""
from __future__ import annotations

import numpy as np

from simulation.model.metric_registry import METRICS
from simulation.rules import dibao, regular_support
from simulation.rules.circumstances import means_tested_income
from simulation.rules.regular_support import ON_DIBAO, ON_EXTREME_POOR
from simulation.services import figures as services

CENSUS_CHILD_AGE = 15  # the census counts children as 0 to 14; the rules' children are under 16 (age bands)


def reporters() -> dict:
    """Mesa model reporters, one per metric of the registry: each reads the month's figure computed once in
    `measure`."""
    return {name: (lambda model, name=name: model.latest[name]) for name in METRICS}


def _share(part, whole) -> float:
    return float(part / whole) if whole else 0.0


def measure(model, payments) -> dict:
    """The month's figures. Whole-district passes are kept to the few that need every household; the rest look
    only at those receiving, those paid something or those who could be eligible."""
    p, c, caseload = model.p, model.circumstances, model.caseload
    # Weighted sums are written as (a * b).sum(), not a @ b: BLAS threads on a busy 2-core machine make a dot
    # product slower and its time erratic.
    members = c.members.astype(np.float64)
    persons = int(members.sum())
    receiving = np.flatnonzero(caseload.assisted)  # dissolved households were closed this month
    shortfall = model.shortfall
    poor_before = shortfall > 0

    # After assistance only the households paid regular cash change, so only they are looked at again.
    cash = payments.regular_cash
    paid = np.flatnonzero(cash != 0)  # a comparison first: numpy finds the nonzero floats themselves 8x slower
    own_income_paid = np.maximum(c.income[paid] - c.medical_repayment[paid], 0.0) / np.maximum(members[paid], 1)
    shortfall_after = np.maximum(1.0 - (own_income_paid + cash[paid] / members[paid]) / c.standard[paid], 0.0)
    weights = members[paid]
    poor_persons = (members * poor_before).sum()
    gap_persons = (members * shortfall).sum()

    poor_after_persons = poor_persons - weights[poor_before[paid]].sum() + weights[shortfall_after > 0].sum()
    own_urban, own_rural = model.own_standards()
    if (own_urban, own_rural) == (p["dibao.standard.urban"], p["dibao.standard.rural"]):
        poor_on_own_line = poor_after_persons
    else:  # the scenario moved the standard: a whole-district pass against the locality's own
        after = (np.maximum(c.income - c.medical_repayment, 0.0) + cash) / np.maximum(members, 1)
        poor_on_own_line = members[(after < np.where(c.urban, own_urban, own_rural)) & (members > 0)].sum()

    # "Truly eligible": the rules applied to the household's true income, as a perfect means test would.
    tested_income = means_tested_income(c, p)
    # Only households below a rule's line can be eligible: the scheme's (Dibao's is the standard) or extreme-poor
    # support's (the standard).
    line = np.maximum(model.line, c.standard)
    could_be = np.flatnonzero(tested_income < line * members)  # none without members: the line is then 0
    rows = c.rows(could_be)
    eligible = could_be[regular_support.assess(rows, tested_income[could_be], p).eligible]
    is_eligible = np.zeros(len(members), bool)
    is_eligible[eligible] = True
    receives = caseload.receives[receiving]

    spending = {name: float(getattr(payments, name).sum()) for name in payments.PROGRAMMES}
    urban_dibao = float(payments.dibao[receiving][c.urban[receiving]].sum())
    on_dibao = receiving[receives == ON_DIBAO]
    covered = caseload.persons_covered(c.members, on_dibao)  # the Ministry's count: people, not households
    dibao_persons = int(covered.sum())
    model.dibao_leavers.count(caseload, on_dibao, covered)
    in_town = c.urban[on_dibao]
    # A grant to the household covers all its old people; one to its disabled members on their own, its disabled old.
    old_covered = np.where(dibao.covers_the_household(covered, c.disabled[on_dibao]), c.aged_60_plus[on_dibao],
                           np.minimum(c.disabled_aged_60_plus[on_dibao], covered))
    urban_on_dibao = on_dibao[in_town]
    rural_extreme = receiving[(receives == ON_EXTREME_POOR) & ~c.urban[receiving]]
    central = (urban_dibao * p["dibao.central_share.urban"]
               + (spending["dibao"] - urban_dibao) * p["dibao.central_share.rural"]
               + sum(spending[name] * p[f"{name}.central_share"] for name in payments.PROGRAMMES if name != "dibao"))
    total = sum(spending.values())
    processing = model.district.decided_days
    caseworkers = model.caseworkers
    living = int(np.count_nonzero(members))
    return {
        "month": model.month,
        "date": model.date.isoformat(),
        "households": living,
        "dissolved_households": len(members) - living,
        "persons": persons,
        "persons_urban": int((c.members * c.urban).sum()),
        "persons_aged_60_or_over": int(c.aged_60_plus.sum()),
        "persons_aged_under_15": int(np.count_nonzero(model.persons.alive & (model.persons.age < CENSUS_CHILD_AGE))),
        "poverty_rate_before": _share(poor_persons, persons),
        "poverty_rate_after": _share(poor_after_persons, persons),
        "poverty_rate_after_own_standard": _share(poor_on_own_line, persons),
        "poverty_gap_before": _share(gap_persons, persons),
        "poverty_gap_after": _share(gap_persons - (weights * shortfall[paid]).sum() + (weights * shortfall_after).sum(),
                                    persons),
        "dibao_households": int(np.count_nonzero(receives == ON_DIBAO)),
        "dibao_persons": dibao_persons,
        "dibao_persons_urban": int(covered[in_town].sum()),
        "dibao_persons_rural": int(covered[~in_town].sum()),
        "dibao_households_urban": len(urban_on_dibao),
        # A grant covers the whole household or only its disabled members: either way every disabled member.
        "dibao_disabled_share": _share(np.minimum(c.disabled[on_dibao], covered).sum(), dibao_persons),
        "dibao_persons_aged_60_or_over": int(old_covered.sum()),
        "dibao_quarterly_exit": model.dibao_leavers.quarterly_exit(dibao_persons),
        "extreme_poor_persons_rural": int(c.members[rural_extreme].sum()),
        "extreme_poor_households": int(np.count_nonzero(receives == ON_EXTREME_POOR)),
        "eligible_households": len(eligible),
        "dibao_coverage": _share(np.count_nonzero(poor_before[receiving]), np.count_nonzero(poor_before)),
        "inclusion_error": _share(np.count_nonzero(~is_eligible[receiving]), len(receiving)),
        "exclusion_error": _share(len(eligible) - np.count_nonzero(is_eligible[receiving]), len(eligible)),
        "take_up": _share(np.count_nonzero(caseload.claimed[eligible] | caseload.assisted[eligible]), len(eligible)),
        "applications": model.applications,
        "reviews": model.reviews,
        "approvals": model.district.approvals,
        "rejections": model.district.rejections,
        "backlog": sum(centre.backlog for centre in model.centres),
        "mean_processing_days": float(processing.mean()) if len(processing) else float("nan"),
        "caseworker_utilisation": _share(caseworkers.agg("cases_this_month", sum), caseworkers.agg("capacity", sum)),
        **{f"spending_{name}": value for name, value in spending.items()},
        "spending_dibao_urban": urban_dibao,
        "spending_total": total,
        "spending_central": central,
        "spending_local": total - central,
        **services.measure(model),
    }
