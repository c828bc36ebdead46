"""The district's actors, as Mesa agents: the street and town service centres, their caseworkers, and the district
authority that decides. Households are not agents here: they live in the model's columns, and `HouseholdRow` reads
one of them for a person to look at.

Each month a centre's caseworkers take on as many cases from its queue as they have capacity for, oldest first; the
rest wait. A case taken on gets the means test (with measurement error, smaller when the district checks an
integrated database), the democratic appraisal and public notice, the district's database check and the decision.
Its processing time in working days is its time in the queue plus the days of each stage. Where a decision deadline
is set, a centre takes on every case that would otherwise miss it, working beyond its caseworkers' capacity if need
be (their utilisation then exceeds 1).
"""
from __future__ import annotations

import math

import mesa
import numpy as np
from mesa.agentset import AgentSet

from simulation.model.caseload import (
    NO_CASE,
    REVIEW,
    CaseRecord,
    appraise_ability_to_work,
    means_test,
    seen_as_able,
    stage_days,
    verification_coverage,
)
from simulation.rules import regular_support
from simulation.rules.circumstances import means_tested_income
from simulation.rules.regular_support import RECEIVES


class Caseworker(mesa.Agent):
    """A caseworker at a service centre. `fte` below 1 is a part-time post, so small districts keep their ratio."""

    def __init__(self, model: mesa.Model, centre: ServiceCentre, fte: float):
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
        self.caseworkers = AgentSet([Caseworker(model, self, fte) for fte in posts], random=model.random)
        self.credit = 0.0  # part of a case's capacity carried to next month, so part-time posts add up
        self.queue = np.empty(0, np.int64)
        self.taken = np.empty(0, np.int64)
        # A trainee who holds the centre in a workshop session (simulation/sessions): then the cases taken on
        # are those the trainee decided, and the rest wait, whatever the capacity.
        self.desk = None

    def line_up(self, queue: np.ndarray) -> None:
        """The centre's waiting cases this month, in the order they are to be taken on."""
        self.queue = queue

    def take_on_cases(self) -> None:
        if self.desk is not None:
            self.taken, self.queue = self.desk.take(self.queue)
            return
        workers = list(self.caseworkers)
        capacity = sum(worker.capacity for worker in workers) + self.credit
        n = max(min(int(capacity), len(self.queue)), self._due_now())
        self.credit = max(capacity - n, 0.0) if n < len(self.queue) else 0.0  # overtime is not paid back
        self.taken, self.queue = self.queue[:n], self.queue[n:]
        start = 0
        for worker in workers:  # share the cases out by each caseworker's capacity
            share = min(round(worker.capacity * n / max(capacity, 1e-9)), n - start)
            worker.cases_this_month = share
            start += share
        if workers:
            workers[-1].cases_this_month += n - start

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
    """The district centre and civil-affairs bureau: database check and decision for the cases the centres send up.
    It keeps what it decided this month (approvals, rejections, working days per case) for the model to measure,
    and, for trainer-scale districts, a log of every case it decided."""

    def __init__(self, model: mesa.Model):
        super().__init__(model)
        self.decided_days = np.empty(0)
        self.approvals = self.rejections = 0
        self.case_log: list[CaseRecord] = []

    def decide(self, taken: np.ndarray) -> None:
        model = self.model
        p, caseload, c = model.p, model.caseload, model.circumstances
        self.decided_days, self.approvals, self.rejections = np.empty(0), 0, 0
        if len(taken) == 0:
            return
        month = model.month
        c_taken = c.rows(taken)
        true_income = means_tested_income(c_taken, p)
        filed = caseload.case_filed[taken]  # a case's draws go with it however long it waited
        checked = model.draws.uniform("verification", filed, taken) < verification_coverage(p, model.date)
        assessed = means_test(true_income, p, model.draws.normal("means test", filed, taken), checked,
                              c.urban[taken])
        support = regular_support.assess(c_taken, assessed, p)  # Dibao, or the EU pack a scenario switched on

        # Democratic appraisal and public notice: neighbours catch some who passed the means test wrongly, turn
        # down a few who should have passed, and may turn away a household with a member who can work.
        passed_test = support.eligible
        truly_eligible = regular_support.assess(c_taken, true_income, p).eligible
        # One draw serves both (the two groups are apart): as the neighbours catch more often than they wrongly
        # refuse, a household they would turn down while eligible they would also catch while ineligible.
        appraisal = model.draws.uniform("appraisal", filed, taken)
        caught = passed_test & ~truly_eligible & (appraisal < p["casework.appraisal_catch_rate"])
        wrongly_refused = passed_test & truly_eligible & (appraisal < p["casework.appraisal_wrong_rejection"])
        appraised = appraise_ability_to_work(c_taken, support, seen_as_able(model.draws, taken), p)
        granted = ~caught & ~wrongly_refused & ~appraised.turned_away & support.eligible

        review = caseload.case_kind[taken] == REVIEW
        leaving = review & ~granted & caseload.assisted[taken]
        gradual = p["dibao.gradual_exit_months"]
        # Gradual exit (渐退): a household found above the standard at review keeps its benefit a while.
        if gradual > 0:
            starts_exit = leaving & (caseload.exit_month[taken] < 0)
            caseload.exit_month[taken[starts_exit]] = month + gradual
        else:
            caseload.stop(taken[leaving])

        caseload.grant(taken[granted], support.receives[granted], appraised.amount[granted], appraised.covered[granted])
        caseload.assessed_income[taken] = assessed
        # Every reviewed or granted case is next reviewed a year on; a household in gradual exit leaves first.
        caseload.review_due[taken[granted | review]] = month + p["dibao.review_months"]
        caseload.rejected_month[taken[~granted & ~review]] = month

        self.decided_days = ((month - caseload.case_filed[taken]) * p["casework.working_days_per_month"]
                             + stage_days(p, caseload.case_online[taken]))
        self.approvals = int(np.count_nonzero(granted & ~review))
        self.rejections = int(np.count_nonzero(~granted & ~review))
        if model.keep_history:
            granted_as = np.where(appraised.covered < support.covered, "dibao_disabled_alone",
                                  np.asarray(list(RECEIVES.values()))[support.receives])
            outcome = np.where(granted, granted_as,
                               np.where(caught, "appraisal_caught",
                                        np.where(wrongly_refused, "appraisal_refused",
                                                 np.where(appraised.turned_away, "appraisal_able_to_work",
                                                          "not_eligible"))))
            self.case_log.extend(
                CaseRecord(int(h), "review" if r else "application", int(caseload.case_filed[h]), month,
                           bool(caseload.case_online[h]), float(true), float(found), str(o), float(d))
                for h, r, true, found, o, d in zip(taken, review, true_income, assessed, outcome,
                                                   self.decided_days))
        caseload.case[taken] = NO_CASE

    def end_gradual_exits(self) -> None:
        caseload = self.model.caseload
        caseload.stop(np.flatnonzero((caseload.exit_month >= 0) & (caseload.exit_month <= self.model.month)))


class HouseholdRow:
    """A view of one household's row, for trainer-scale districts and case files. It owns no state and is not a
    Mesa agent: the households' state lives in the model's columns, so looking at one registers nothing."""

    def __init__(self, model, index: int):
        self.model, self.index = model, index

    @property
    def members(self) -> int:
        return int(self.model.circumstances.members[self.index])

    @property
    def urban(self) -> bool:
        return bool(self.model.households.urban[self.index])

    @property
    def income(self) -> float:
        return float(self.model.circumstances.income[self.index])

    @property
    def receives(self) -> str:
        return RECEIVES[int(self.model.caseload.receives[self.index])]

    @property
    def benefit(self) -> float:
        return float(self.model.caseload.benefit[self.index])

    @property
    def ages(self) -> list[int]:
        persons = self.model.persons
        mine = (persons.household == self.index) & persons.alive
        return persons.age[mine].tolist()
