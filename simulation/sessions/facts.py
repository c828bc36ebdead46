"""The facts of a case file and of a household's month, taken from the session's district model.

A caseworker's case file is drawn from the same draws the model's own casework uses (`DistrictAuthority.decide`):
the home visit finds the income the model's means test would find, the neighbours at the democratic appraisal
object where the model's would, and the agencies' databases return the household's records only where the
district cross-checks them (`verification_coverage`) or the caseworker asked for verification. Only the model
knows the truth: the rules applied to the household's true income.
"""
from __future__ import annotations

import numpy as np

from simulation.model.caseload import (
    REVIEW,
    appraise_ability_to_work,
    declared_share,
    means_test,
    seen_as_able,
    verification_coverage,
)
from simulation.model.economy import RESIDENT_PENSION
from simulation.rules import regular_support
from simulation.rules.circumstances import means_tested_income
from simulation.rules.regular_support import RECEIVES
from simulation.sessions.casefiles import PAPERS

# ASSUMPTION: a caseworker's working day is 8 hours (the statutory day); a case takes the hours a caseworker-month
# holds divided by the cases a caseworker decides in a month (casework.cases_per_caseworker_month).
HOURS_PER_DAY = 8
# ASSUMPTION: asking the agencies and the household again costs a second case's hours (a second visit and the
# requests); the case waits for the records until the next month.
VERIFICATION_CASES = 1.0


def hours_per_case(p: dict) -> float:
    return p["casework.working_days_per_month"] * HOURS_PER_DAY / p["casework.cases_per_caseworker_month"]


def members_of(persons, who: np.ndarray) -> list[list]:
    """Members as a case file lists them: age, disability code, whether in work, whether drawing the resident
    pension (which a rural means test may leave out in part)."""
    return [[int(persons.age[i]), int(persons.disability[i]), bool(persons.employed[i]),
             bool(persons.pension_scheme[i] == RESIDENT_PENSION)] for i in who]


def tested_income(model, households: np.ndarray) -> np.ndarray:
    """The income the means test is about (`means_tested_income`), for these households."""
    return means_tested_income(model.circumstances.rows(households), model.p)


def case_facts(model, household: int, filed: int, verified: bool, papers: list[str] | None) -> tuple[dict, dict]:
    """The case file's facts and the truth of one queued case, on the model's current month."""
    p, c, caseload = model.p, model.circumstances, model.caseload
    h = np.array([household])
    months = np.array([filed])
    true_income = tested_income(model, h)
    checked = verified or bool(model.draws.uniform("verification", months, h)[0] < verification_coverage(p, model.date))
    found = means_test(true_income, p, model.draws.normal("means test", months, h), np.array([checked]),
                       c.urban[h])
    rows = c.rows(h)
    rules = regular_support.assess(rows, true_income, p)
    support = regular_support.assess(rows, found, p)
    passes = support.eligible[0]
    appraisal = model.draws.uniform("appraisal", months, h)[0]
    eligible = rules.eligible[0]
    appraised = appraise_ability_to_work(rows, support, seen_as_able(model.draws, h), p)
    held_able = appraised.turned_away[0] or appraised.covered[0] != support.covered[0]
    objection = ("higher_income" if passes and not eligible and appraisal < p["casework.appraisal_catch_rate"]
                 else "unfounded" if passes and eligible and appraisal < p["casework.appraisal_wrong_rejection"]
                 else "able_to_work" if passes and held_able
                 else "none")
    persons = model.persons
    mine = np.flatnonzero((persons.household == household) & persons.alive)
    members = int(c.members[household])
    declared = float(declared_share(p, np.array([checked]), c.urban[h])[0])
    facts = {
        "kind": "review" if caseload.case_kind[household] == REVIEW else "application",
        "filed": filed, "online": bool(caseload.case_online[household]),
        "urban": bool(c.urban[household]), "local_hukou": bool(c.local_hukou[household]),
        "members": members_of(persons, mine),
        "papers": sorted(PAPERS) if papers is None else sorted(papers),
        "declared": {"earnings": round(float(c.earnings[household]) * declared),
                     "pensions": round(float(c.pensions[household])),
                     "remittances": round(float(c.remittances[household]) * declared)},
        "visit_income": round(float(found[0])), "assets": round(float(c.assets[household])),
        "medical_repayment": round(float(c.medical_repayment[household])),
        "family_elsewhere": bool(c.family_elsewhere[household]),
        "objection": objection,
        "records": round(float(true_income[0])) if checked else None,
        "coverage": round(verification_coverage(p, model.date), 2), "verified": verified,
        "integrated_database": bool(p["casework.integrated_database"]),
        "receives": RECEIVES[int(caseload.receives[household])], "benefit": round(float(caseload.benefit[household])),
        "standard": float(c.standard[household]), "cap": float(c.standard[household]) * members,
        "locality": model.parameter_set.locality, "date": model.date.isoformat(),
        "scheme": p["minimum_income.scheme"], "level": p["minimum_income.level"],
        "hours": round(hours_per_case(p), 1), "verification_hours": round(hours_per_case(p) * VERIFICATION_CASES, 1),
    }
    truth = {"true_income": round(float(true_income[0])),
             "expected": "approve" if rules.eligible[0] else "reject",
             "expected_amount": round(float(rules.amount[0])),
             "receives": RECEIVES[int(rules.receives[0])]}
    return facts, truth


