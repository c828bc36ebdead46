"""The application pipeline of the Dachuan mission report, with its staff, delays and errors.

A household applies (or its yearly review comes due) and its case joins the queue of its street/town service
centre. Each month the centre's caseworkers take on as many cases as they have capacity for, oldest first; the
rest wait. A case taken on gets the means test (with measurement error, smaller when the district checks an
integrated database), the democratic appraisal and public notice, the district's database check and the
decision. The case's processing time in working days is its time in the queue plus the days of each stage.
Where a decision deadline is set, a centre takes on every case that would otherwise miss it, working beyond its
caseworkers' capacity if need be (their utilisation then exceeds 1).

The service centres, their caseworkers and the district authority are Mesa agents; the cases are columns.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import mesa
import numpy as np

from simulation.rules import extreme_poor, minimum_income

# Case stages and kinds, and what a household receives, as small integer codes in the model's columns.
NO_CASE, QUEUED = 0, 1
APPLICATION, REVIEW = 1, 2
NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR = 0, 1, 2


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
    def empty(cls, n: int) -> "Caseload":
        return cls(
            case=np.zeros(n, np.int8), case_kind=np.zeros(n, np.int8), case_filed=np.zeros(n, np.int32),
            case_online=np.zeros(n, bool), receives=np.zeros(n, np.int8), benefit=np.zeros(n),
            assessed_income=np.zeros(n), review_due=np.zeros(n, np.int32), exit_month=np.full(n, -1, np.int32),
            claimed=np.zeros(n, bool), rejected_month=np.full(n, -10**6, np.int32),
        )

    @property
    def assisted(self) -> np.ndarray:
        return self.receives != NOT_ASSISTED


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
    return registration + p["casework.days.means_test"] + p["casework.days.appraisal"] + database + p["casework.days.decision"]


def means_test(true_income: np.ndarray, p: dict, error: np.ndarray) -> np.ndarray:
    """The household's income as the caseworker finds it: right on average, wrong case by case. `error` holds one
    standard normal draw per household (`draws.HouseholdDraws.normal`): the error is lognormal."""
    spread = p["casework.income_error_integrated"] if p["casework.integrated_database"] else p["casework.income_error"]
    return true_income * np.exp(spread * error - spread**2 / 2)


class Caseworker(mesa.Agent):
    """A caseworker at a service centre. `fte` below 1 is a part-time post, so small districts keep their ratio."""

    def __init__(self, model: mesa.Model, centre: "ServiceCentre", fte: float):
        super().__init__(model)
        self.centre, self.fte = centre, fte
        self.cases_this_month = 0

    @property
    def capacity(self) -> float:
        return self.fte * self.model.p["casework.cases_per_caseworker_month"]

    @property
    def utilisation(self) -> float:
        return self.cases_this_month / self.capacity if self.capacity else 0.0


class ServiceCentre(mesa.Agent):
    """A street or town service centre: it registers cases and its caseworkers take them on, oldest first."""

    def __init__(self, model: mesa.Model, number: int, street: bool, staff: float):
        super().__init__(model)
        self.number, self.street = number, street
        whole = math.floor(staff)
        posts = [1.0] * whole + ([staff - whole] if staff - whole > 1e-9 else [])
        self.caseworkers = [Caseworker(model, self, fte) for fte in posts]
        self.credit = 0.0  # part of a case's capacity carried to next month, so part-time posts add up
        self.queue = np.empty(0, np.int64)
        self.taken = np.empty(0, np.int64)

    def take_on_cases(self) -> None:
        capacity = sum(worker.capacity for worker in self.caseworkers) + self.credit
        n = max(min(int(capacity), len(self.queue)), self._due_now())
        self.credit = max(capacity - n, 0.0) if n < len(self.queue) else 0.0  # overtime is not paid back
        self.taken, self.queue = self.queue[:n], self.queue[n:]
        start = 0
        for worker in self.caseworkers:  # share the cases out by each caseworker's capacity
            share = min(round(worker.capacity * n / max(capacity, 1e-9)), n - start)
            worker.cases_this_month = share
            start += share
        if self.caseworkers:
            self.caseworkers[-1].cases_this_month += n - start

    def _due_now(self) -> int:
        """How many cases from the head of the queue must be taken on this month to be decided within the decision
        deadline (0 if there is none)."""
        p, caseload = self.model.p, self.model.caseload
        deadline = p["casework.decision_deadline_days"]
        if deadline <= 0 or len(self.queue) == 0:
            return 0
        # Taken on in month m, a case is decided after (m - filed) months of waiting plus the days of its stages.
        waiting = (deadline - stage_days(p, caseload.case_online[self.queue])) // p["casework.working_days_per_month"]
        due = caseload.case_filed[self.queue] + np.maximum(waiting, 0)
        overdue = np.flatnonzero(due <= self.model.month)
        return int(overdue[-1]) + 1 if len(overdue) else 0

    @property
    def backlog(self) -> int:
        return len(self.queue)


class DistrictAuthority(mesa.Agent):
    """The district centre and civil-affairs bureau: database check and decision for the cases the centres send up."""

    def decide(self, taken: np.ndarray) -> None:
        model = self.model
        p, caseload, c = model.p, model.caseload, model.circumstances
        model.decided_days, model.approvals, model.rejections = np.empty(0), 0, 0
        if len(taken) == 0:
            return
        month = model.month
        c_taken = c.rows(taken)
        means_tested_income = np.maximum(c.income[taken] - (c.medical_repayment[taken] if p["dibao.deduct_medical_costs"] else 0.0), 0.0)
        filed = caseload.case_filed[taken]  # a case's draws go with it however long it waited
        assessed = means_test(means_tested_income, p, model.draws.normal("means test", filed, taken))
        on_dibao = minimum_income.assess(c_taken, assessed, p)  # Dibao, or the EU pack a scenario switched on
        on_extreme = extreme_poor.assess(c_taken, assessed, p)

        # Democratic appraisal and public notice: neighbours catch some who passed the means test wrongly,
        # and turn down a few who should have passed.
        passed_test = on_dibao.eligible | on_extreme.eligible
        truly_eligible = (minimum_income.assess(c_taken, means_tested_income, p).eligible
                          | extreme_poor.assess(c_taken, means_tested_income, p).eligible)
        # One draw serves both (the two groups are apart): as the neighbours catch more often than they wrongly
        # refuse, a household they would turn down while eligible they would also catch while ineligible.
        appraisal = model.draws.uniform("appraisal", filed, taken)
        caught = passed_test & ~truly_eligible & (appraisal < p["casework.appraisal_catch_rate"])
        wrongly_refused = passed_test & truly_eligible & (appraisal < p["casework.appraisal_wrong_rejection"])
        passes = ~caught & ~wrongly_refused
        extreme = passes & on_extreme.eligible
        granted = extreme | (passes & on_dibao.eligible)

        review = caseload.case_kind[taken] == REVIEW
        leaving = review & ~granted & caseload.assisted[taken]
        gradual = p["dibao.gradual_exit_months"]
        # Gradual exit (渐退): a household found above the standard at review keeps its benefit a while.
        if gradual > 0:
            starts_exit = leaving & (caseload.exit_month[taken] < 0)
            caseload.exit_month[taken[starts_exit]] = month + gradual
        else:
            self.stop(taken[leaving])

        decided = taken[granted]
        caseload.receives[decided] = np.where(extreme[granted], ON_EXTREME_POOR, ON_DIBAO)
        caseload.benefit[decided] = np.where(extreme[granted], on_extreme.amount[granted], on_dibao.amount[granted])
        caseload.assessed_income[taken] = assessed
        caseload.exit_month[decided] = -1
        # Every reviewed or granted case is next reviewed a year on; a household in gradual exit leaves first.
        caseload.review_due[taken[granted | review]] = month + p["dibao.review_months"]
        refused = taken[~granted & ~review]
        caseload.rejected_month[refused] = month

        model.decided_days = ((month - caseload.case_filed[taken]) * p["casework.working_days_per_month"]
                              + stage_days(p, caseload.case_online[taken]))
        model.approvals = int(np.count_nonzero(granted & ~review))
        model.rejections = int(np.count_nonzero(~granted & ~review))
        if model.keep_history:
            outcome = np.where(extreme, "extreme_poor", np.where(granted, "dibao",
                               np.where(caught, "appraisal_caught", np.where(wrongly_refused, "appraisal_refused",
                                                                           "not_eligible"))))
            model.case_log.extend(
                CaseRecord(int(h), "review" if r else "application", int(caseload.case_filed[h]), month,
                           bool(caseload.case_online[h]), float(true), float(found), str(o), float(d))
                for h, r, true, found, o, d in zip(taken, review, means_tested_income, assessed, outcome,
                                                   model.decided_days))
        caseload.case[taken] = NO_CASE

    def end_gradual_exits(self) -> None:
        caseload = self.model.caseload
        ending = np.flatnonzero((caseload.exit_month >= 0) & (caseload.exit_month <= self.model.month))
        self.stop(ending)

    def stop(self, households: np.ndarray) -> None:
        caseload = self.model.caseload
        caseload.receives[households] = NOT_ASSISTED
        caseload.benefit[households] = 0.0
        caseload.exit_month[households] = -1
