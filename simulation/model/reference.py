"""The reference engine: the district model written the slow, obvious way, one Mesa agent per household.

`DistrictModel` keeps households in numpy columns and updates a whole district at once, which is what makes a
decade of 400,000 households run in seconds, and also what makes it hard to read. This module runs the same
model the way Mesa's own examples do: every household is a `ReferenceHousehold` agent holding its members as
plain Python objects, and each month every household and every person is stepped in plain Python with one
scalar random draw at a time. It is deliberately slow. It exists for two things:

* the benchmark ratio (benchmarks/run.py): how much faster the vectorized engine is than the obvious model;
* a cross-check (tests/test_reference.py): both engines must give the same distributions of every metric.

Only the simulation loop is written again here. The programme rules are not: every eligibility and amount comes
from the same `simulation.rules.<programme>.assess` functions the vectorized engine calls, given a one-row
`Circumstances` for the household. Both engines start from the same district (`population.generate` with the
same parameters and the seed's stream of households' lives, `population.lives_stream`); after that each draws
its own random numbers, so they agree in distribution, not month by month.

The minimum-income scheme comes through `programmes.minimum_income` as in the vectorized engine, so an EU rule
pack's rules apply here too. Two of the delivery features a pack switches on are not written again here, the
activation path and the decision deadline: a run with either is refused rather than silently differing.

The month's order of events is in one place: `ReferenceDistrictModel.step`.
"""
from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right

import mesa
import numpy as np

from simulation.model import metrics, population
from simulation.model.casework import APPLICATION, NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR, REVIEW
from simulation.rules.circumstances import Circumstances
from simulation.model.metrics import METRICS
from simulation.model.district import MonthByMonth
from simulation.inputs.parameters import load_parameters
from simulation.model.population import DISABLED, NO_DISABILITY, SEVERELY_DISABLED
from simulation.rules import dibao, disability, extreme_poor, medical, minimum_income, old_age, temporary
from simulation.services import metrics as services

PROGRAMMES = ("dibao", "extreme_poor", "temporary", "medical", "old_age", "disability")


def month_date(start: dt.date, month: int) -> dt.date:
    """The first day of the `month`-th month after `start` (month 0 is the start's month)."""
    index = start.year * 12 + start.month - 1 + month
    return dt.date(index // 12, index % 12 + 1, 1)


def band(age: int, bands) -> int:
    """Index of the age band `age` falls in (bands are lower bounds, the first is 0)."""
    return bisect_right(bands, age) - 1


def monthly_chance(yearly: float) -> float:
    return 1.0 - (1.0 - yearly) ** (1.0 / 12.0)


class Person:
    """One member of a household: plain attributes, changed in place as the months go by."""
    __slots__ = ("age", "alive", "disability", "chronic", "employed", "months_jobless", "earnings_level", "pension")

    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def leave_work(self) -> None:
        self.employed = False
        self.months_jobless = 0


class ReferenceHousehold(mesa.Agent):
    """A household with its members, its circumstances this month and its case with the assistance office."""

    def __init__(self, model: "ReferenceDistrictModel", urban: bool, local_hukou: bool, centre: int, assets: float,
                 family_elsewhere: bool, remittances: float, aware: bool, earnings_shock: float, members: list[Person]):
        super().__init__(model)
        self.urban, self.local_hukou, self.centre = urban, local_hukou, centre
        self.assets, self.family_elsewhere, self.remittances, self.aware = assets, family_elsewhere, remittances, aware
        self.earnings_shock = earnings_shock  # log deviation of the household's earnings this month
        self.members = members
        self.medical_debt = 0.0
        # This month's events.
        self.out_of_pocket, self.illnesses, self.emergency = 0.0, 0, False
        # The case: what the household receives, its open case if any, and its history with the office.
        self.receives, self.benefit, self.assessed_income = NOT_ASSISTED, 0.0, 0.0
        self.case = None                 # None, APPLICATION or REVIEW
        self.case_filed, self.case_online = 0, False
        self.review_due, self.exit_month = 0, -1
        self.claimed, self.rejected_month = False, -10**6
        self.paid = dict.fromkeys(PROGRAMMES, 0.0)
        self.c = self.circumstances()

    @property
    def assisted(self) -> bool:
        return self.receives != NOT_ASSISTED

    # ---- what the household looks like to the rules ---------------------------------------------------------------
    def circumstances(self) -> Circumstances:
        """A one-row `Circumstances`, counted member by member, for the programmes' `assess` functions."""
        p = self.model.p
        working_age, old = p["population.age_bands"][1], p["population.age_bands"][2]
        counts = dict(members=0, children=0, aged_70_plus=0, able_adults=0, disabled=0, severely_disabled=0)
        earning_levels = pensions = 0.0
        for person in self.members:
            if person.employed:
                earning_levels += person.earnings_level
            if not person.alive:
                continue
            severe = person.disability == SEVERELY_DISABLED
            counts["members"] += 1
            counts["children"] += person.age < working_age
            counts["aged_70_plus"] += person.age >= 70  # as in circumstances.py
            counts["able_adults"] += working_age <= person.age < old and not severe
            counts["disabled"] += person.disability != NO_DISABILITY
            counts["severely_disabled"] += severe
            pensions += person.pension
        # Workers earn their level, moved up or down by the household's income shock this month.
        earnings = earning_levels * math.exp(self.earnings_shock)
        remittances = self.remittances if counts["members"] > 0 else 0.0
        row = lambda value: np.array([value])  # noqa: E731
        return Circumstances(
            urban=row(self.urban), local_hukou=row(self.local_hukou),
            standard=row(p["dibao.standard.urban"] if self.urban else p["dibao.standard.rural"]),
            family_elsewhere=row(self.family_elsewhere), earnings=row(earnings), pensions=row(pensions),
            remittances=row(remittances), income=row(earnings + pensions + remittances),
            medical_repayment=row(self.medical_debt / p["dynamics.medical_debt_months"]), assets=row(self.assets),
            **{name: row(count) for name, count in counts.items()})

    # ---- 1. the month's life ----------------------------------------------------------------------------------------
    def step(self) -> None:
        """Ageing in January, then each member's month, then the household's earnings, debts and emergencies."""
        model, p = self.model, self.model.p
        if model.january:
            self.grow_older()
        self.out_of_pocket, self.illnesses = 0.0, 0
        for person in self.members:
            if person.alive:
                self.live_month(person)
        # Earnings vary with the household's fortunes: one persistent (AR(1)) shock shared by its workers, with
        # uniform innovations of the stated spread.
        innovation = (self.random.random() - 0.5) * math.sqrt(12) * p["dynamics.earnings_shock"]
        self.earnings_shock = p["dynamics.earnings_persistence"] * self.earnings_shock + innovation
        self.medical_debt -= self.medical_debt / p["dynamics.medical_debt_months"]
        if self.medical_debt < 1.0:
            self.medical_debt = 0.0
        self.emergency = self.random.random() < p["dynamics.emergency_rate"]
        self.c = self.circumstances()

    def grow_older(self) -> None:
        p, growth = self.model.p, 1.0 + self.model.p["dynamics.earnings_growth"]
        self.remittances *= growth
        for person in self.members:
            if person.alive:
                person.age += 1
            person.earnings_level *= growth
            person.pension *= growth
            if person.alive and person.age == p["population.age_bands"][2]:  # turning 60: retire on a pension
                person.leave_work()
                coverage = p["population.pension_coverage.urban" if self.urban else "population.pension_coverage.rural"]
                if self.random.random() < coverage:
                    person.pension = p["population.pension_median"] * self.random.lognormvariate(
                        0.0, p["population.pension_spread"])
                else:
                    person.pension = p["population.resident_pension"]

    def live_month(self, person: Person) -> None:
        p, chance = self.model.p, self.random.random
        bands = p["population.age_bands"]
        age_band = band(person.age, bands)

        if chance() < monthly_chance(p["dynamics.mortality_by_age"][age_band]):
            person.alive = False
            person.leave_work()
            person.pension = 0.0
            return

        if person.disability == NO_DISABILITY and chance() < p["dynamics.disability_onset_by_age"][age_band]:
            if chance() < p["population.severe_disability_share"]:
                person.disability = SEVERELY_DISABLED
                person.leave_work()
            else:
                person.disability = DISABLED

        illness = p["dynamics.illness_by_age"][age_band]
        if person.chronic:
            illness *= p["dynamics.chronic_illness_multiplier"]
        if chance() < illness:
            spread = p["dynamics.illness_cost_spread"]
            cost = p["dynamics.illness_cost_median"] * self.random.lognormvariate(0.0, spread)
            self.out_of_pocket += cost * p["dynamics.out_of_pocket_share"]
            self.illnesses += 1
            if person.employed and chance() < p["dynamics.illness_job_loss"]:
                person.leave_work()

        if person.employed:
            if chance() < p["dynamics.job_loss_rate"]:
                person.leave_work()
        elif bands[1] <= person.age < bands[2] and person.disability != SEVERELY_DISABLED:
            # The longer without work, the less likely to find it (duration dependence).
            decay = p["dynamics.job_finding_decay"]
            finding = p["dynamics.job_finding_rate"] * math.exp(-decay * person.months_jobless)
            if chance() < finding:
                person.employed = True
                person.months_jobless = 0
            else:
                person.months_jobless += 1

    # ---- 2. a household whose last member has died --------------------------------------------------------------
    def close_if_dissolved(self) -> None:
        if self.c.members[0] == 0 and (self.assisted or self.case is not None):
            self.stop()
            if self.case is not None:
                self.model.centres[self.centre].queue.remove(self)
                self.case = None

    # ---- 3. applying, and reviews coming due --------------------------------------------------------------------
    def file_case(self) -> None:
        model, p = self.model, self.model.p
        if self.case is not None:
            return
        if self.assisted:
            if self.review_due <= model.month:
                self.open_case(REVIEW)
                model.reviews += 1
            return
        members = self.c.members[0]
        if not (self.aware and members > 0 and (self.local_hukou or not p["dibao.requires_local_hukou"])
                and model.month - self.rejected_month >= p["application.reapply_wait_months"]):
            return
        # Households apply when they see themselves as poor; a few just above the line try anyway.
        uplift = 1 + p["application.online_uplift"] if p["casework.online_application"] else 1.0
        if p["casework.no_counter_visit"]:
            uplift *= 1 + p["application.no_counter_visit_uplift"]
        income_per_person, line = self.c.income[0] / members, minimum_income.poverty_line(self.c, p)[0]
        if income_per_person < line:
            chance = p["application.monthly_rate"] * (1 - p["application.stigma"]) * uplift
        elif income_per_person < p["application.near_poor_band"] * line:
            chance = p["application.near_poor_rate"] * uplift
        else:
            chance = 0.0
        if self.random.random() < chance:
            self.open_case(APPLICATION)
            if p["casework.online_application"]:
                self.case_online = self.random.random() < p["casework.online_share"]
            self.claimed = True
            model.applications += 1

    def open_case(self, kind: int) -> None:
        self.case, self.case_filed, self.case_online = kind, self.model.month, False
        self.model.centres[self.centre].queue.append(self)

    # ---- 6. gradual exit ----------------------------------------------------------------------------------------
    def end_gradual_exit(self) -> None:
        if 0 <= self.exit_month <= self.model.month:
            self.stop()

    def stop(self) -> None:
        self.receives, self.benefit, self.exit_month = NOT_ASSISTED, 0.0, -1

    # ---- 7. payments --------------------------------------------------------------------------------------------
    def receive_payments(self) -> None:
        """What each programme pays the household this month. As in the model, a programme is only asked about a
        household that could get something from it: medical assistance about one with an illness (or, in
        January, one assisted), temporary assistance about one left with a cost or hit by an emergency, the
        old-age allowance about one with a member of the allowance's age, disability support about one with a
        disabled member."""
        model, p, c = self.model, self.model.p, self.c
        assisted = self.assisted and c.members[0] > 0
        self.paid = dict.fromkeys(PROGRAMMES, 0.0)

        # Dibao or extreme-poor support: the benefit decided at application or review, never more than the
        # current members could get.
        if not assisted:
            regular = 0.0
        elif self.receives == ON_EXTREME_POOR:
            regular = float(dibao.payable(self.benefit, c.standard[0], c.members[0], p["extreme_poor.standard_multiple"]))
        else:
            regular = float(minimum_income.payable(np.array([self.benefit]), c, [0], p)[0])
        self.paid["extreme_poor" if self.receives == ON_EXTREME_POOR else "dibao"] = regular

        remaining_cost = self.out_of_pocket
        if self.illnesses or (model.january and assisted):
            on_medical = medical.assess(np.array([self.out_of_pocket]), np.array([self.illnesses]),
                                        np.array([assisted]), c.members, model.january, p)
            self.paid["medical"] = float(on_medical.amount[0])
            remaining_cost -= on_medical.treatment[0]

        expenditure_grant = 0.0
        if self.aware and c.members[0] > 0 and (remaining_cost > 0 or self.emergency):
            on_temporary = temporary.assess(c, np.array([remaining_cost]), np.array([self.emergency]), p)
            self.paid["temporary"] = float(on_temporary.amount[0])
            expenditure_grant = on_temporary.expenditure_grant[0]
        # What assistance does not cover is repaid from income over the coming months.
        self.medical_debt += max(remaining_cost - expenditure_grant, 0.0)

        old = [i for i, person in enumerate(self.members) if person.age >= p["old_age.band_ages"][0]]
        if old:
            ages = np.array([person.age for person in self.members])
            alive = np.array([person.alive for person in self.members])
            self.paid["old_age"] = float(old_age.assess(ages, alive, np.zeros(len(ages), int), c.local_hukou, p,
                                                        old=np.array(old)).amount[0])

        if c.disabled[0]:
            self.paid["disability"] = float(disability.assess(c, np.array([assisted]), p).amount[0])


class ReferenceCentre(mesa.Agent):
    """A street or town service centre: a queue of households and caseworkers with a monthly capacity."""

    def __init__(self, model: "ReferenceDistrictModel", number: int, staff: float):
        super().__init__(model)
        self.number = number
        whole = math.floor(staff)
        self.posts = [1.0] * whole + ([staff - whole] if staff - whole > 1e-9 else [])  # full- and part-time posts
        self.credit = 0.0   # part of a case's capacity carried to next month
        self.queue: list[ReferenceHousehold] = []
        self.taken: list[ReferenceHousehold] = []

    @property
    def capacity(self) -> float:
        return sum(self.posts) * self.model.p["casework.cases_per_caseworker_month"]

    def take_on_cases(self) -> None:
        """Oldest cases first, ties in random order, as many as the caseworkers have capacity for."""
        self.random.shuffle(self.queue)
        self.queue.sort(key=lambda household: household.case_filed)
        capacity = self.capacity + self.credit
        n = min(int(capacity), len(self.queue))
        self.credit = capacity - n if n < len(self.queue) else 0.0
        self.taken, self.queue = self.queue[:n], self.queue[n:]


class ReferenceDistrictModel(MonthByMonth):
    """The district model, one agent per household. Same arguments and metrics as `DistrictModel`."""

    def __init__(self, locality: str = "dachuan", start: dt.date = dt.date(2019, 1, 1), households: int = 2_000,
                 parameters: dict | None = None, seed: int = 1):
        super().__init__(rng=seed)
        self.parameter_set = load_parameters(locality)
        self.overrides = dict(parameters or {})
        self.start, self.month, self.january = start, 0, False
        self.p = minimum_income.in_force(self.parameter_set.at(start, self.overrides), self.overrides)
        if self.p["activation.referral_share"] > 0 or self.p["casework.decision_deadline_days"] > 0:
            raise ValueError("the reference engine runs without the activation path and the decision deadline")
        self._create_households(households, seed)
        self._staff_centres()
        self._initial_caseload()
        self.applications = self.reviews = self.approvals = self.rejections = 0
        self.decided_days: list[float] = []
        self.latest: dict = {}
        self.datacollector = mesa.DataCollector(
            model_reporters={name: (lambda model, name=name: model.latest[name]) for name in METRICS})

    @property
    def date(self) -> dt.date:
        return month_date(self.start, self.month)

    @property
    def households(self):
        return self.agents_by_type[ReferenceHousehold]

    # ---- set-up -----------------------------------------------------------------------------------------------------
    def _create_households(self, n: int, seed: int) -> None:
        """The district `DistrictModel` starts from (the same generator, parameters and seed), copied into objects."""
        columns, persons = population.generate(n, self.p, population.lives_stream(seed))
        by_household: list[list[Person]] = [[] for _ in range(n)]
        for i in range(len(persons)):
            by_household[int(persons.household[i])].append(Person(
                age=int(persons.age[i]), alive=bool(persons.alive[i]), disability=int(persons.disability[i]),
                chronic=bool(persons.chronic[i]), employed=bool(persons.employed[i]),
                months_jobless=int(persons.months_jobless[i]), earnings_level=float(persons.earnings_level[i]),
                pension=float(persons.pension[i])))
        for h in range(n):
            ReferenceHousehold(self, urban=bool(columns.urban[h]), local_hukou=bool(columns.local_hukou[h]),
                               centre=int(columns.centre[h]), assets=float(columns.assets[h]),
                               family_elsewhere=bool(columns.family_elsewhere[h]),
                               remittances=float(columns.remittances[h]), aware=bool(columns.aware[h]),
                               earnings_shock=float(columns.earnings_shock[h]),
                               members=by_household[h])

    def _staff_centres(self) -> None:
        """Caseworkers per 10,000 households, shared among the centres by their number of households."""
        p = self.p
        households_at = [0] * sum(population.centre_counts(len(self.households), p))
        for household in self.households:
            households_at[household.centre] += 1
        per_household = p["casework.caseworkers_per_10k_households"] / 10_000
        self.centres = [ReferenceCentre(self, number, households * per_household)
                        for number, households in enumerate(households_at)]

    def _initial_caseload(self) -> None:
        """Some eligible households already receive when the run starts; every assisted household has a review month."""
        p = self.p
        for household in self.households:
            c = household.c
            assessed = np.array([self.means_test(c.income[0])])
            on_extreme, on_dibao = extreme_poor.assess(c, assessed, p), minimum_income.assess(c, assessed, p)
            eligible = on_extreme.eligible[0] or on_dibao.eligible[0]
            if eligible and self.random.random() < p["population.initial_dibao_take_up"]:
                extreme = bool(on_extreme.eligible[0])
                household.receives = ON_EXTREME_POOR if extreme else ON_DIBAO
                household.benefit = float(on_extreme.amount[0] if extreme else on_dibao.amount[0])
                household.assessed_income = float(assessed[0])
                household.claimed = True
            household.review_due = self.random.randint(1, int(p["dibao.review_months"]))

    # ---- the month ----------------------------------------------------------------------------------------------
    def step(self) -> None:
        self.month += 1
        self.p = minimum_income.in_force(self.parameter_set.at(self.date, self.overrides), self.overrides)
        self.january = self.date.month == 1
        households = self.households

        # 1. Lives move on: ageing and retirement in January; deaths, disability, illness and its costs, jobs lost
        #    and found, earnings, medical debts repaid, emergencies.
        households.shuffle_do("step")
        # 2. A household whose last member has died stops receiving and its open case is closed.
        households.do("close_if_dissolved")
        # 3. Households apply; assisted households' yearly reviews come due. Each case joins its centre's queue.
        self.applications = self.reviews = 0
        households.shuffle_do("file_case")
        # 4. Each centre's caseworkers take on the oldest cases they have capacity for; the rest wait.
        for centre in self.centres:
            centre.take_on_cases()
        # 5. The district decides every case taken on: means test, appraisal, decision.
        self.approvals = self.rejections = 0
        self.decided_days = []
        for centre in self.centres:
            for household in centre.taken:
                self.decide(household)
        # 6. Households at the end of a gradual exit stop receiving.
        households.do("end_gradual_exit")
        # 7. The programmes pay.
        households.do("receive_payments")
        # 8. The month is measured.
        self.latest = self.measure()
        self.datacollector.collect(self)

    def means_test(self, true_income: float) -> float:
        """The household's income as the caseworker finds it: right on average, wrong case by case."""
        p = self.p
        integrated = p["casework.integrated_database"]
        spread = p["casework.income_error_integrated"] if integrated else p["casework.income_error"]
        return true_income * self.random.lognormvariate(-spread**2 / 2, spread)

    def decide(self, household: ReferenceHousehold) -> None:
        """The district's decision on a case a caseworker took on this month, and the working days it took."""
        p, c, month = self.p, household.c, self.month
        tested_income = max(c.income[0] - (c.medical_repayment[0] if p["dibao.deduct_medical_costs"] else 0.0), 0.0)
        assessed = self.means_test(tested_income)
        on_dibao = minimum_income.assess(c, np.array([assessed]), p)
        on_extreme = extreme_poor.assess(c, np.array([assessed]), p)

        # Democratic appraisal and public notice: neighbours catch some who passed the means test wrongly,
        # and turn down a few who should have passed.
        passes = True
        if on_dibao.eligible[0] or on_extreme.eligible[0]:
            tested = np.array([tested_income])
            if minimum_income.assess(c, tested, p).eligible[0] or extreme_poor.assess(c, tested, p).eligible[0]:
                passes = not self.random.random() < p["casework.appraisal_wrong_rejection"]
            else:
                passes = not self.random.random() < p["casework.appraisal_catch_rate"]
        extreme = passes and on_extreme.eligible[0]
        granted = extreme or (passes and on_dibao.eligible[0])
        review = household.case == REVIEW

        if review and not granted and household.assisted:
            if p["dibao.gradual_exit_months"] > 0:  # gradual exit (渐退): keeps its benefit a while
                if household.exit_month < 0:
                    household.exit_month = month + p["dibao.gradual_exit_months"]
            else:
                household.stop()
        if granted:
            household.receives = ON_EXTREME_POOR if extreme else ON_DIBAO
            household.benefit = float(on_extreme.amount[0] if extreme else on_dibao.amount[0])
            household.exit_month = -1
        if granted or review:  # next reviewed a year on; a household in gradual exit leaves first
            household.review_due = month + p["dibao.review_months"]
        household.assessed_income = assessed
        if not review:
            if granted:
                self.approvals += 1
            else:
                self.rejections += 1
                household.rejected_month = month

        # Working days: the months the case waited, then registration, means test, appraisal, database check and
        # decision.
        days = p["casework.days.registration_online" if household.case_online else "casework.days.registration"]
        days += p["casework.days.means_test"] + p["casework.days.appraisal"] + p["casework.days.decision"]
        days += p["casework.days.database_check_integrated" if p["casework.integrated_database"]
                  else "casework.days.database_check"]
        self.decided_days.append((month - household.case_filed) * p["casework.working_days_per_month"] + days)
        household.case = None

    def measure(self) -> dict:
        """The month's metrics (the same as `simulation.model.metrics.METRICS`), household by household."""
        p = self.p
        m = dict.fromkeys(("households", "dissolved_households", "persons", "dibao_households", "dibao_persons",
                           "extreme_poor_households", "eligible_households", "poor", "poor_receiving", "receiving",
                           "receiving_ineligible", "eligible_excluded", "eligible_claimed"), 0)
        below_before = below_after = below_own_standard = gap_before = gap_after = 0.0
        own_standards = dict(zip((True, False), metrics.own_standards(self)))
        spending = dict.fromkeys(PROGRAMMES, 0.0)
        urban_dibao = 0.0
        for household in self.households:
            c, paid = household.c, household.paid
            for name in PROGRAMMES:
                spending[name] += paid[name]
            urban_dibao += paid["dibao"] if household.urban else 0.0
            members = int(c.members[0])
            if members == 0:
                m["dissolved_households"] += 1
                continue
            m["households"] += 1
            m["persons"] += members
            standard = c.standard[0]
            own_income = max(c.income[0] - c.medical_repayment[0], 0.0) / members
            regular_cash = paid["dibao"] + paid["extreme_poor"] + paid["old_age"] + paid["disability"]
            after = own_income + regular_cash / members
            below_before += members * (own_income < standard)
            below_after += members * (after < standard)
            below_own_standard += members * (after < own_standards[bool(household.urban)])
            gap_before += members * max(1.0 - own_income / standard, 0.0)
            gap_after += members * max(1.0 - after / standard, 0.0)

            # Truly eligible: the rules applied to the household's true income, as a perfect means test would.
            # Both rules need income below their line, so (as in metrics.py) only households below it are asked.
            tested = max(c.income[0] - (c.medical_repayment[0] if p["dibao.deduct_medical_costs"] else 0.0), 0.0)
            eligible = False
            if tested < max(minimum_income.poverty_line(c, p)[0], standard) * members:
                tested_income = np.array([tested])
                eligible = bool(minimum_income.assess(c, tested_income, p).eligible[0]
                                or extreme_poor.assess(c, tested_income, p).eligible[0])
            receiving = household.assisted
            poor = own_income < standard
            m["dibao_households"] += receiving and household.receives == ON_DIBAO
            m["dibao_persons"] += members if receiving and household.receives == ON_DIBAO else 0
            m["extreme_poor_households"] += receiving and household.receives == ON_EXTREME_POOR
            m["eligible_households"] += eligible
            m["poor"] += poor
            m["poor_receiving"] += poor and receiving
            m["receiving"] += receiving
            m["receiving_ineligible"] += receiving and not eligible
            m["eligible_excluded"] += eligible and not receiving
            m["eligible_claimed"] += eligible and (household.claimed or receiving)

        share = lambda part, whole: float(part / whole) if whole else 0.0  # noqa: E731
        total = sum(spending.values())
        central = (urban_dibao * p["dibao.central_share.urban"]
                   + (spending["dibao"] - urban_dibao) * p["dibao.central_share.rural"]
                   + sum(spending[name] * p[f"{name}.central_share"] for name in PROGRAMMES if name != "dibao"))
        taken = sum(len(centre.taken) for centre in self.centres)
        return {
            "month": self.month,
            "date": self.date.isoformat(),
            "households": m["households"],
            "dissolved_households": m["dissolved_households"],
            "persons": m["persons"],
            "poverty_rate_before": share(below_before, m["persons"]),
            "poverty_rate_after": share(below_after, m["persons"]),
            "poverty_rate_after_own_standard": share(below_own_standard, m["persons"]),
            "poverty_gap_before": share(gap_before, m["persons"]),
            "poverty_gap_after": share(gap_after, m["persons"]),
            "dibao_households": int(m["dibao_households"]),
            "dibao_persons": m["dibao_persons"],
            "extreme_poor_households": int(m["extreme_poor_households"]),
            "eligible_households": int(m["eligible_households"]),
            "dibao_coverage": share(m["poor_receiving"], m["poor"]),
            "inclusion_error": share(m["receiving_ineligible"], m["receiving"]),
            "exclusion_error": share(m["eligible_excluded"], m["eligible_households"]),
            "take_up": share(m["eligible_claimed"], m["eligible_households"]),
            "applications": self.applications,
            "reviews": self.reviews,
            "approvals": self.approvals,
            "rejections": self.rejections,
            "backlog": sum(len(centre.queue) for centre in self.centres),
            "mean_processing_days": (sum(self.decided_days) / len(self.decided_days) if self.decided_days
                                     else float("nan")),
            "caseworker_utilisation": share(taken, sum(centre.capacity for centre in self.centres)),
            **{f"spending_{name}": value for name, value in spending.items()},
            "spending_total": total,
            "spending_central": central,
            "spending_local": total - central,
            **services.switched_off(),  # the reference has no purchased services
        }

