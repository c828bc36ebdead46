"""Medical assistance (医疗救助): for Dibao and extreme-poor households it pays a share of each illness's
out-of-pocket cost, up to a cap per case, and in January it pays each member's health-insurance premium.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import t


@dataclass
class MedicalAssessment:
    out_of_pocket: np.ndarray
    cases: np.ndarray
    treatment: np.ndarray
    premiums: np.ndarray
    amount: np.ndarray


def assess(out_of_pocket: np.ndarray, cases: np.ndarray, assisted: np.ndarray, members: np.ndarray,
           january: bool, p: dict) -> MedicalAssessment:
    """Per household: this month's out-of-pocket cost and number of illnesses; `assisted`: on Dibao or extreme-poor
    support."""
    treatment = np.where(assisted, np.minimum(p["medical.reimbursement_share"] * out_of_pocket,
                                              p["medical.case_cap"] * cases), 0.0)
    premiums = np.where(assisted, p["medical.premium_subsidy"] * members, 0.0) if january else np.zeros_like(treatment)
    return MedicalAssessment(out_of_pocket, cases, treatment, premiums, treatment + premiums)


def explain(a: MedicalAssessment, i: int, p: dict, lang: str) -> list[str]:
    lines = []
    if a.treatment[i] > 0:
        lines.append(t("Medical assistance pays {share:.0%} of the {cost:,.0f} yuan out-of-pocket cost "
                       "(at most {cap:,.0f} per case): {amount:,.0f} yuan.", lang,
                       share=p["medical.reimbursement_share"], cost=a.out_of_pocket[i], cap=p["medical.case_cap"],
                       amount=a.treatment[i]))
    if a.premiums[i] > 0:
        lines.append(t("Health-insurance premiums paid for the members: {amount:,.0f} yuan.", lang,
                       amount=a.premiums[i]))
    return lines
