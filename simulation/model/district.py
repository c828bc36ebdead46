"""The district model: one Mesa model whose households live in numpy columns.

Each month: households' lives move on (dynamics), households apply and reviews come due, the service centres'
caseworkers take on what they can, the district decides, the programmes pay, and the month is measured.
Service centres, caseworkers and the district authority are Mesa agents (`agents`); `HouseholdRow` gives a view
of one household's row for small, trainer-scale districts. A month is one Mesa step: `steps` counts the months run.

Random numbers come from three places, so that scenarios run with the same seed face the same households with the
same lives and can be compared household by household (`simulation.analysis.comparison`): households' lives from
`lives_rng` (`population.lives_stream`), whatever happens to one household's case from `draws` (one draw per
household, purpose and month: `draws.HouseholdDraws`), and draws that belong to no household (e.g. a provider's
contract) from `rng`.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

import mesa
import numpy as np
from mesa.agentset import AgentSet
from mesa.time import Priority, Schedule

from simulation.analysis import household_types
from simulation.inputs.parameters import load_parameters
from simulation.model import dynamics, metrics, population
from simulation.model.activation import ActivationPath
from simulation.model.agents import Caseworker, DistrictAuthority, HouseholdRow, ServiceCentre
from simulation.model.caseload import (
    APPLICATION,
    NO_CASE,
    QUEUED,
    REVIEW,
    Caseload,
    DibaoLeavers,
    appraise_ability_to_work,
    means_test,
    seen_as_able,
    verification_coverage,
)
from simulation.model.draws import HouseholdDraws
from simulation.rules import circumstances as circ
from simulation.rules import dibao, disability, medical, minimum_income, old_age, regular_support, temporary
from simulation.rules.regular_support import ON_EXTREME_POOR
from simulation.services import DistrictServices

HISTORY_LIMIT = 5_000  # districts up to this many households keep every month's state for case files


def month_date(start: dt.date, month: int) -> dt.date:
    """The first day of the `month`-th month after `start` (month 0 is the start's month)."""
    index = start.year * 12 + start.month - 1 + month
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass
class Payments:
    """What each programme paid each household this month, yuan."""
    dibao: np.ndarray
    extreme_poor: np.ndarray
    temporary: np.ndarray
    medical: np.ndarray
    old_age: np.ndarray
    disability: np.ndarray

    PROGRAMMES = ("dibao", "extreme_poor", "temporary", "medical", "old_age", "disability")

    @property
    def total(self) -> np.ndarray:
        return sum(getattr(self, name) for name in self.PROGRAMMES)

    @property
    def regular_cash(self) -> np.ndarray:
        """Monthly cash that counts as income; temporary and medical help pay for costs instead."""
        return self.dibao + self.extreme_poor + self.old_age + self.disability


@dataclass
class MonthRecord:
    """Everything a case file needs about one month, kept for small districts."""
    date: dt.date
    p: dict
    households: population.Households
    persons: population.Persons
    caseload: Caseload
    events: dynamics.MonthEvents
    payments: Payments


class MonthByMonth(mesa.Model):
    """A model whose step is a month (`month` is Mesa's `steps`) and whose DataCollector gathers one row of metrics
    a month."""

    @property
    def month(self) -> int:
        return self.steps

    @property
    def date(self) -> dt.date:
        return month_date(self.start, self.month)

    def run(self, months: int, progress=None):
        """Runs `months` more months; `progress()` (a bound method) is called after each."""
        if progress is not None:
            self.schedule_recurring(progress, Schedule(interval=1.0, start=self.time + 1.0), Priority.LOW)
        self.run_for(months)
        return self

    def own_standards(self) -> tuple[float, float]:
        """The locality's urban and rural standards this month as its parameter files set them, before the
        scenario's changes: the fixed line on which reforms that move the standard can still be compared."""
        p = self.p
        if any(name.startswith("dibao.standard.") for name in self.overrides):
            p = self.parameter_set.at(self.date)
        return p["dibao.standard.urban"], p["dibao.standard.rural"]

    def monthly(self):
        """One row per month of every metric, as a pandas DataFrame."""
        return self.datacollector.get_model_vars_dataframe().reset_index(drop=True)


class DistrictModel(MonthByMonth):
    def __init__(self, locality: str = "dachuan", start: dt.date = dt.date(2019, 1, 1), households: int = 2_000,
                 parameters: dict | None = None, seed: int = 1, keep_history: bool | None = None,
                 providers: list[dict] | None = None):
        super().__init__(rng=seed)
        self.parameter_set = load_parameters(locality)
        self.overrides = dict(parameters or {})
        self.start = start
        self.p = self._parameters_at(start)
        # Common random numbers, so scenarios run with the same seed can be compared household by household:
        # households' lives draw from their own stream, casework from draws tied to each household and month.
        self.lives_rng = population.lives_stream(seed)
        self.draws = HouseholdDraws(seed)
        self.households, self.persons = population.generate(households, self.p, self.lives_rng)
        self.caseload = Caseload.empty(households)
        # Households a person plays in a workshop session (simulation/sessions): they apply when that person
        # chooses, never by the model's chance.
        self.played = np.zeros(households, bool)
        self.activation = ActivationPath(self)
        self.keep_history = households <= HISTORY_LIMIT if keep_history is None else keep_history
        self.history: dict[int, MonthRecord] = {}
        self._staff_centres()
        self.district = DistrictAuthority(self)
        self.members = circ.MemberCounts(self.persons, households, self.p["population.age_bands"])
        self.circumstances = circ.of_households(self.households, self.persons, self.members, self.p)
        self._initial_caseload()
        self.dibao_leavers = DibaoLeavers(self.caseload, self.circumstances.members)
        # Months each household has been poor before assistance, in its current spell (0 if not poor): the
        # longer the spell, the less likely it ends (duration dependence). Spells before the start are unknown.
        self._measure_need()
        self.poverty_spell = np.where(self.shortfall > 0, 1, 0)
        # Professional social services (simulation/services), if switched on; `providers` are a scenario's own.
        self.services = DistrictServices(self, providers) if self.p["services.enabled"] else None
        self.datacollector = mesa.DataCollector(model_reporters=metrics.reporters())
        self.latest: dict = {}
        # Each household's type at the start and its totals over the months run, for gainers and losers.
        self.types = household_types.of_households(self.households, self.persons, self.p["population.age_bands"],
                                                   self.caseload.assisted)
        self.own_income_so_far = np.zeros(households)
        self.person_months = np.zeros(households, np.int64)
        # Assistance is decided on a month's income, at application and review, not on the mean over the run.
        self.lowest_income_per_person = np.full(households, np.inf)
        self.months_assisted = np.zeros(households, np.int64)
        self.paid_so_far = Payments(**{name: np.zeros(households) for name in Payments.PROGRAMMES})

    def _parameters_at(self, date: dt.date) -> dict:
        """The rules in force on `date`, with the scenario's overlays and its minimum-income scheme's delivery."""
        return minimum_income.in_force(self.parameter_set.at(date, self.overrides), self.overrides)

    # ---- set-up ---------------------------------------------------------------------------------------------
    def _staff_centres(self) -> None:
        p = self.p
        streets, towns = population.centre_counts(len(self.households), p)
        n_centres = streets + towns
        per_centre = np.bincount(self.households.centre, minlength=n_centres)
        self.centres = AgentSet(
            [ServiceCentre(self, number, number < streets,
                           staff=per_centre[number] / 10_000 * p["casework.caseworkers_per_10k_households"])
             for number in range(n_centres)], random=self.random)

    @property
    def caseworkers(self) -> AgentSet:
        """Every centre's caseworkers (none in a district that a scenario left without staff)."""
        return self.agents_by_type.get(Caseworker, AgentSet([], random=self.random))

    def _initial_caseload(self) -> None:
        """The district starts with the caseload it has, not an empty one: some eligible households already receive."""
        p, c, caseload = self.p, self.circumstances, self.caseload
        everyone = np.arange(len(c.members))
        checked = self.draws.uniform("verification", 0, everyone) < verification_coverage(p, self.date)
        assessed = means_test(circ.means_tested_income(c, p), p, self.draws.normal("means test", 0, everyone), checked,
                              c.urban)
        support = regular_support.assess(c, assessed, p)
        appraised = appraise_ability_to_work(c, support, seen_as_able(self.draws, everyone), p)
        receiving = support.eligible & ~appraised.turned_away & (
            self.draws.uniform("initial take-up", 0, everyone) < p["population.initial_dibao_take_up"])
        caseload.grant(np.flatnonzero(receiving), support.receives[receiving], appraised.amount[receiving],
                       appraised.covered[receiving])
        caseload.assessed_income[:] = np.where(receiving, assessed, 0.0)
        months = int(p["dibao.review_months"])
        caseload.review_due[:] = 1 + (self.draws.uniform("review month", 0, everyone) * months).astype(np.int32)
        caseload.claimed[:] = receiving

    # ---- the month ----------------------------------------------------------------------------------------------
    def step(self) -> None:
        before, self.p = self.p, self._parameters_at(self.date)
        january = self.date.month == 1
        events = dynamics.advance(self.households, self.persons, self.members, self.p, before, self.lives_rng, january,
                                  self.services.effects if self.services is not None else None)
        self.activation.help_into_work()
        self.circumstances = circ.of_households(self.households, self.persons, self.members, self.p)
        self._close_dissolved_households()
        self._measure_need()
        self.poverty_spell += 1
        self.poverty_spell *= self.shortfall > 0
        self.applications, self.reviews = self._file_cases()
        self._queue_cases()
        self.centres.do("take_on_cases")
        taken = np.concatenate([centre.taken for centre in self.centres])
        self.district.decide(taken)
        self.district.end_gradual_exits()
        # Households granted or renewed this month (still assisted and not leaving) may be sent to activation.
        self.activation.refer(taken[self.caseload.assisted[taken] & (self.caseload.exit_month[taken] < 0)])
        self.activation.sanction()
        if self.services is not None:
            self.services.month()
        payments = self._pay(events, january)
        self._add_up(payments)
        self.latest = metrics.measure(self, payments)
        self.datacollector.collect(self)
        if self.keep_history:
            self.history[self.month] = MonthRecord(self.date, self.p, copy.deepcopy(self.households),
                                                   copy.deepcopy(self.persons), copy.deepcopy(self.caseload),
                                                   events, payments)

    def _close_dissolved_households(self) -> None:
        gone = (self.circumstances.members == 0) & (self.caseload.assisted | (self.caseload.case != NO_CASE))
        self.caseload.stop(np.flatnonzero(gone))
        self.caseload.case[gone] = NO_CASE

    def _file_cases(self) -> tuple[int, int]:
        p, c, caseload, month = self.p, self.circumstances, self.caseload, self.month
        can_apply_here = c.local_hukou | (not p["dibao.requires_local_hukou"])
        line = self.line  # income per person below which a household sees itself as poor
        near_poor = c.income < p["application.near_poor_band"] * line * c.members  # no one above applies
        candidates = np.flatnonzero(
            ~caseload.assisted & (caseload.case == NO_CASE) & self.households.aware & (c.members > 0) & can_apply_here
            & ~self.played
            & near_poor & (month - caseload.rejected_month >= p["application.reapply_wait_months"]))
        uplift = 1 + p["application.online_uplift"] if p["casework.online_application"] else 1.0
        if p["casework.no_counter_visit"]:  # the easier applying is, the fewer eligible households hold back
            uplift *= 1 + p["application.no_counter_visit_uplift"]
        poor_chance = p["application.monthly_rate"] * (1 - p["application.stigma"]) * uplift
        near_poor_chance = p["application.near_poor_rate"] * uplift

        # Households apply when they see themselves as poor, the more surely the further below the line they are
        # (the more there is to gain); a few just above it (the near-poor) try anyway.
        shortfall = 1 - c.income[candidates] / (line[candidates] * c.members[candidates])
        chances = np.where(shortfall > 0,
                           poor_chance * np.maximum(shortfall, 0) ** p["application.shortfall_elasticity"],
                           near_poor_chance)
        if self.services is not None:  # social support helps households apply
            chances = self.services.effects.application_chance(candidates, chances)
        applying = candidates[self.draws.uniform("application", month, candidates) < chances]
        due = np.flatnonzero(caseload.assisted & (caseload.review_due <= month) & (caseload.case == NO_CASE))
        caseload.file(applying, APPLICATION, month)
        caseload.file(due, REVIEW, month)
        if p["casework.online_application"]:
            caseload.case_online[applying] = self.draws.uniform("online", month, applying) < p["casework.online_share"]
        caseload.claimed[applying] = True
        return len(applying), len(due)

    def _queue_cases(self) -> None:
        """Give each centre its waiting cases, oldest first (ties in random order)."""
        queued = np.flatnonzero(self.caseload.case == QUEUED)
        ties = self.draws.uniform("queue", self.month, queued)
        queued = queued[np.lexsort((ties, self.caseload.case_filed[queued], self.households.centre[queued]))]
        bounds = np.searchsorted(self.households.centre[queued], np.arange(len(self.centres) + 1))
        for number, centre in enumerate(self.centres):
            centre.line_up(queued[bounds[number]:bounds[number + 1]])

    def _pay(self, events: dynamics.MonthEvents, january: bool) -> Payments:
        """Each programme's payments. Only households that can get something are looked at: those receiving
        Dibao or extreme-poor support, those hit by an illness or emergency, the very old and the disabled."""
        p, c, caseload, persons = self.p, self.circumstances, self.caseload, self.persons
        n = len(c.members)
        spread = lambda who, amounts: np.bincount(who, amounts, minlength=n)  # noqa: E731  (indices are unique)
        receiving = np.flatnonzero(caseload.assisted)  # dissolved households were closed earlier this month
        extreme = caseload.receives[receiving] == ON_EXTREME_POOR
        benefit = caseload.benefit[receiving]
        scheme_paid = self.activation.withhold(receiving, minimum_income.payable(benefit, c, receiving, p))
        paid = np.where(extreme, dibao.payable(benefit, c.standard[receiving], c.members[receiving],
                                               p["extreme_poor.standard_multiple"]), scheme_paid)

        # Medical assistance for this month's illnesses, and in January the premiums of everyone assisted.
        costs = np.union1d(events.hit, receiving) if january else events.hit
        on_medical = medical.assess(events.out_of_pocket[costs], events.illnesses[costs], caseload.assisted[costs],
                                    c.members[costs], january, p)
        remaining = events.out_of_pocket[costs] - on_medical.treatment
        # Only households with living members ask for temporary help.
        asks = self.households.aware[costs] & (c.members[costs] > 0) & ((remaining > 0) | events.emergency[costs])
        on_temporary = temporary.assess(c.rows(costs[asks]), remaining[asks], events.emergency[costs[asks]], p)
        grant = np.zeros(len(costs))
        grant[asks] = on_temporary.expenditure_grant
        # What assistance does not cover is repaid from income over the coming months.
        self.households.medical_debt[costs] += np.maximum(remaining - grant, 0.0)

        return Payments(
            dibao=spread(receiving[~extreme], paid[~extreme]),
            extreme_poor=spread(receiving[extreme], paid[extreme]),
            temporary=spread(costs[asks], on_temporary.amount),
            medical=spread(costs, on_medical.amount),
            old_age=old_age.assess(persons.age, persons.alive, persons.household, self.households.local_hukou, p,
                                   self._old_enough_for_allowance()).amount,
            disability=disability.assess(c, caseload.assisted, p).amount,
        )

    def _add_up(self, payments: Payments) -> None:
        """Adds the month to each household's totals: its own income and what each programme paid it."""
        c = self.circumstances
        own = np.maximum(c.income - c.medical_repayment, 0.0)
        self.own_income_so_far += own
        self.person_months += c.members
        # In place and without masks: this runs on every household every month.
        per_person = np.divide(own, c.members, out=np.full(len(own), np.inf), where=c.members > 0)
        np.minimum(self.lowest_income_per_person, per_person, out=self.lowest_income_per_person)
        self.months_assisted += self.caseload.assisted
        for name in Payments.PROGRAMMES:
            so_far = getattr(self.paid_so_far, name)
            so_far += getattr(payments, name)

    def _measure_need(self) -> None:
        """This month's shortfall before assistance and the line below which households apply, computed once for
        the month's applications and its figures."""
        self.shortfall = circ.shortfall(self.circumstances)
        self.line = minimum_income.poverty_line(self.circumstances, self.p)

    def _old_enough_for_allowance(self) -> np.ndarray:
        key = (self.date.year, self.p["old_age.band_ages"][0])
        if getattr(self, "_old_key", None) != key:
            self._old_key = key
            self._old = np.flatnonzero(self.persons.age >= key[1])
        return self._old

    # ---- reading -------------------------------------------------------------------------------------------------
    def household_outcomes(self):
        """One row per household: its type at the start (`household_types`) and, over the months run, its mean
        monthly income before assistance (less medical costs being repaid, as poverty is measured), what each
        programme paid it, and its income after regular assistance, all in yuan a month. Income per person is
        over the months its members lived; the lowest month's income per person and the months on Dibao or
        extreme-poor support say what a mean hides: a household mostly above the standard can be granted in a
        poor month."""
        months = max(self.month, 1)
        paid = self.paid_so_far
        table = self.types.copy()
        table["own_income"] = self.own_income_so_far / months
        table["own_income_per_person"] = self.own_income_so_far / np.maximum(self.person_months, 1)
        table["lowest_income_per_person"] = np.where(np.isfinite(self.lowest_income_per_person),
                                                     self.lowest_income_per_person, 0.0)
        table["months_assisted"] = self.months_assisted
        for name in Payments.PROGRAMMES:
            table[f"paid_{name}"] = getattr(paid, name) / months
        table["regular_assistance"] = paid.regular_cash / months
        table["all_assistance"] = paid.total / months
        table["income_after_assistance"] = table["own_income"] + table["regular_assistance"]
        table.index.name = "household"
        return table

    def household(self, index: int) -> HouseholdRow:
        return HouseholdRow(self, index)

