"""The caseload of the application pipeline (the Dachuan mission report's): every household's open case, what it
receives and when it is next reviewed, as columns; and the working days and the means-test error of a case.

A household applies (or its yearly review comes due) and its case joins the queue of its street/town service
centre; the agents that work the cases (`agents`) change them only through the methods below.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.rules.regular_support import NOT_ASSISTED

# Case stages and kinds as small integer codes in the model's columns.
NO_CASE, QUEUED = 0, 1
APPLICATION, REVIEW = 1, 2


@dataclass
class Caseload:
    """Per household: its open case, what it receives, and when it is next reviewed."""
    case: np.ndarray              # NO_CASE or QUEUED
    case_kind: np.ndarray         # APPLICATION or REVIEW
    case_filed: np.ndarray        # month the case was filed
    case_online: np.ndarray       # filed online
    receives: np.ndarray          # NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR
    benefit: np.ndarray           # yuan/month decided at the last decision
    assessed_income: np.ndarray   # household income as the last means test found it
    review_due: np.ndarray        # month of the next yearly review
    exit_month: np.ndarray        # last month of a gradual exit, -1 if none
    claimed: np.ndarray           # has ever applied or received (for take-up)
    rejected_month: np.ndarray    # month of the last rejection, a large negative number if none

    @classmethod
    def empty(cls, n: int) -> Caseload:
        return cls(
            case=np.zeros(n, np.int8), case_kind=np.zeros(n, np.int8), case_filed=np.zeros(n, np.int32),
            case_online=np.zeros(n, bool), receives=np.zeros(n, np.int8), benefit=np.zeros(n),
            assessed_income=np.zeros(n), review_due=np.zeros(n, np.int32), exit_month=np.full(n, -1, np.int32),
            claimed=np.zeros(n, bool), rejected_month=np.full(n, -10**6, np.int32),
        )

    @property
    def assisted(self) -> np.ndarray:
        return self.receives != NOT_ASSISTED

    def file(self, households: np.ndarray, kind: int, month: int) -> None:
        """Households' applications or yearly reviews join their centre's queue."""
        self.case[households] = QUEUED
        self.case_kind[households] = kind
        self.case_filed[households] = month
        self.case_online[households] = False

    def grant(self, households: np.ndarray, receives: np.ndarray, benefit: np.ndarray) -> None:
        self.receives[households] = receives
        self.benefit[households] = benefit
        self.exit_month[households] = -1

    def stop(self, households: np.ndarray) -> None:
        """Households leave assistance (at the end of a gradual exit, at review, or when dissolved)."""
        self.receives[households] = NOT_ASSISTED
        self.benefit[households] = 0.0
        self.exit_month[households] = -1


@dataclass
class CaseRecord:
    """One decided case, kept for trainer-scale districts so a practitioner can follow it."""
    household: int
    kind: str            # application or review
    filed: int           # month filed
    decided: int         # month decided
    online: bool
    true_income: float   # the household's income as a perfect means test would find it
    assessed_income: float
    outcome: str         # dibao, extreme_poor, not_eligible, appraisal_caught, appraisal_refused
    working_days: float  # from filing to decision


def stage_days(p: dict, online: np.ndarray) -> np.ndarray:
    """Working days from the moment a caseworker takes the case on to the decision."""
    registration = np.where(online, p["casework.days.registration_online"], p["casework.days.registration"])
    database = (p["casework.days.database_check_integrated"] if p["casework.integrated_database"]
                else p["casework.days.database_check"])
    return (registration + p["casework.days.means_test"] + p["casework.days.appraisal"] + database
            + p["casework.days.decision"])


def means_test(true_income: np.ndarray, p: dict, error: np.ndarray) -> np.ndarray:
    """The household's income as the caseworker finds it: right on average, wrong case by case. `error` holds one
    standard normal draw per household (`draws.HouseholdDraws.normal`): the error is lognormal."""
    spread = p["casework.income_error_integrated"] if p["casework.integrated_database"] else p["casework.income_error"]
    return true_income * np.exp(spread * error - spread**2 / 2)


