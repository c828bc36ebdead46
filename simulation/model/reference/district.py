"""The reference engine's district: its service centres and the model that steps every household in plain Python
and measures the month household by household."""
from __future__ import annotations

import datetime as dt
import math

import mesa
import numpy as np

from simulation.inputs.parameters import load_parameters
from simulation.model import economy, population
from simulation.model.caseload import REVIEW, appraise_ability_to_work, means_test, seen_as_able, verification_coverage
from simulation.model.district import MonthByMonth, Payments
from simulation.model.draws import HouseholdDraws
from simulation.model.metrics import CENSUS_CHILD_AGE, METRICS
from simulation.model.population import DISABLED, NO_DISABILITY, SEVERELY_DISABLED
from simulation.model.reference.households import Person, ReferenceHousehold
from simulation.rules import dibao, minimum_income, regular_support
from simulation.rules.circumstances import means_tested_income
from simulation.rules.regular_support import ON_DIBAO, ON_EXTREME_POOR
from simulation.services import figures as services


class ReferenceCentre(mesa.Agent):
    """A street or town service centre: a queue of households and caseworkers with a monthly capacity."""

    def __init__(self, model: ReferenceDistrictModel, number: int, staff: float):
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
        self.start, self.january = start, False
        self.p = minimum_income.in_force(self.parameter_set.at(start, self.overrides), self.overrides)
        if self.p["activation.referral_share"] > 0 or self.p["casework.decision_deadline_days"] > 0:
            raise ValueError("the reference engine runs without the activation path and the decision deadline")
        self._create_households(households, seed)
        self._staff_centres()
        self._initial_caseload()
        self.applications = self.reviews = self.approvals = self.rejections = 0
        self.decided_days: list[float] = []
        self.left_dibao: list[int] = []  # people who left Dibao in each of the last three months
        self.latest: dict = {}
        self.datacollector = mesa.DataCollector(
            model_reporters={name: (lambda model, name=name: model.latest[name]) for name in METRICS})

    @property
    def households(self):
        return self.agents_by_type[ReferenceHousehold]

    # ---- set-up -----------------------------------------------------------------------------------------------------
    def _create_households(self, n: int, seed: int) -> None:
        """The district `DistrictModel` starts from (the same generator, parameters and seed), copied into objects."""
        columns, persons = population.generate(n, self.p, population.lives_stream(seed))
        # The same per-household draw as the model's, so the two engines' committees see the same households as able.
        committee_view = seen_as_able(HouseholdDraws(seed), np.arange(n))
        by_household: list[list[Person]] = [[] for _ in range(n)]
        for i in range(len(persons)):
            by_household[int(persons.household[i])].append(Person(
                age=int(persons.age[i]), alive=bool(persons.alive[i]), disability=int(persons.disability[i]),
                chronic=bool(persons.chronic[i]), employed=bool(persons.employed[i]),
                months_jobless=int(persons.months_jobless[i]), earnings_level=float(persons.earnings_level[i]),
                pension=float(persons.pension[i]), pension_scheme=int(persons.pension_scheme[i])))
        for h in range(n):
            ReferenceHousehold(self, urban=bool(columns.urban[h]), poor_area=bool(columns.poor_area[h]),
                               local_hukou=bool(columns.local_hukou[h]),
                               centre=int(columns.centre[h]), assets=float(columns.assets[h]),
                               family_elsewhere=bool(columns.family_elsewhere[h]),
                               remittances=float(columns.remittances[h]), aware=bool(columns.aware[h]),
                               earnings_shock=float(columns.earnings_shock[h]), seen_as_able=float(committee_view[h]),
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
            assessed = self.means_test(means_tested_income(c, p)[0], household.urban)
            support = regular_support.assess(c, np.array([assessed]), p)
            appraised = appraise_ability_to_work(c, support, np.array([household.seen_as_able]), p)
            if (support.eligible[0] and self.random.random() < p["population.initial_dibao_take_up"]
                    and not appraised.turned_away[0]):
                household.grant(support, appraised)
                household.assessed_income = assessed
                household.claimed = True
                household.persons_on_dibao = household.covered if household.receives == ON_DIBAO else 0
            household.review_due = self.random.randint(1, int(p["dibao.review_months"]))

    # ---- the month ----------------------------------------------------------------------------------------------
    def step(self) -> None:
        before, self.p = self.p, minimum_income.in_force(self.parameter_set.at(self.date, self.overrides),
                                                         self.overrides)
        self.read_the_economy(before)
        self.january = self.date.month == 1
        households = self.households

        # 1. Lives move on: incomes and pensions follow the dated economy when it moved; ageing and retirement in
        #    January; deaths, disability, illness and its costs, jobs lost and found, earnings, medical debts
        #    repaid, emergencies.
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
        # 8. The month is measured, with the people who left Dibao this month.
        self.left_dibao = [*self.left_dibao[-2:], sum(household.count_dibao_leavers() for household in households)]
        self.latest = self.measure()
        self.datacollector.collect(self)

    def read_the_economy(self, before: dict) -> None:
        """What the dated economy did since last month (`before`'s parameters), for the households to follow:
        income growth in towns, the rest of the countryside and its poor areas, the chance the resident pension's
        roll-out reaches an older person without a pension, the resident pension paid, what a disability leaves of
        a person's work and earnings, and who stays in work past 60."""
        p = self.p
        self.income_growth = economy.growth(p, before)
        self.newly_covered = economy.newly_covered(p, before)
        self.resident_pension = economy.resident_pension(p)
        self.economy_moved = (self.income_growth != (1.0, 1.0, 1.0) or self.newly_covered > 0.0
                              or self.resident_pension != economy.resident_pension(before))
        levels = np.array([NO_DISABILITY, DISABLED, SEVERELY_DISABLED])  # indexed by the disability code
        self.work_capacity = population.work_capacity(levels, p).tolist()
        self.earnings_capacity = population.earnings_capacity(levels, p).tolist()
        self.staying_in_work = population.staying_in_work_at_60(np.array([False, True]), p).tolist()  # rural, urban

    def means_test(self, true_income: float, urban: bool) -> float:
        """The household's income as the caseworker finds it (`caseload.means_test`), with this case's draws:
        whether it is cross-checked against records, and its error."""
        p = self.p
        checked = self.random.random() < verification_coverage(p, self.date)
        error = self.random.gauss(0.0, 1.0)
        return float(means_test(np.array([true_income]), p, np.array([error]), np.array([checked]),
                                np.array([urban]))[0])

    def decide(self, household: ReferenceHousehold) -> None:
        """The district's decision on a case a caseworker took on this month, and the working days it took."""
        p, c, month = self.p, household.c, self.month
        tested_income = means_tested_income(c, p)[0]
        assessed = self.means_test(tested_income, household.urban)
        support = regular_support.assess(c, np.array([assessed]), p)

        # Democratic appraisal and public notice: neighbours catch some who passed the means test wrongly, turn
        # down a few who should have passed, and may turn away a household with a member who can work.
        passes = True
        appraised = appraise_ability_to_work(c, support, np.array([household.seen_as_able]), p)
        if support.eligible[0]:
            if regular_support.assess(c, np.array([tested_income]), p).eligible[0]:
                passes = not self.random.random() < p["casework.appraisal_wrong_rejection"]
            else:
                passes = not self.random.random() < p["casework.appraisal_catch_rate"]
            passes = passes and not appraised.turned_away[0]
        granted = passes and bool(support.eligible[0])
        review = household.case == REVIEW

        if review and not granted and household.assisted:
            if p["dibao.gradual_exit_months"] > 0:  # gradual exit (渐退): keeps its benefit a while
                if household.exit_month < 0:
                    household.exit_month = month + p["dibao.gradual_exit_months"]
            else:
                household.stop()
        if granted:
            household.grant(support, appraised)
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
        """The month's metrics (those of the metric registry, `simulation.model.metric_registry`), household by
        household."""
        p = self.p
        m = dict.fromkeys(("households", "dissolved_households", "persons", "persons_urban", "dibao_households",
                           "dibao_households_urban", "dibao_persons_urban", "dibao_persons_rural", "dibao_disabled",
                           "dibao_persons_aged_60_or_over", "persons_aged_60_or_over", "persons_aged_under_15",
                           "extreme_poor_households", "extreme_poor_persons_rural", "eligible_households", "poor",
                           "poor_receiving", "receiving", "receiving_ineligible", "eligible_excluded",
                           "eligible_claimed"), 0)
        below_before = below_after = below_own_standard = gap_before = gap_after = 0.0
        own_standards = dict(zip((True, False), self.own_standards()))
        spending = dict.fromkeys(Payments.PROGRAMMES, 0.0)
        urban_dibao = 0.0
        for household in self.households:
            c, paid = household.c, household.paid
            for name in Payments.PROGRAMMES:
                spending[name] += paid[name]
            urban_dibao += paid["dibao"] if household.urban else 0.0
            members = int(c.members[0])
            if members == 0:
                m["dissolved_households"] += 1
                continue
            m["households"] += 1
            m["persons"] += members
            m["persons_urban"] += members if household.urban else 0
            m["persons_aged_60_or_over"] += int(c.aged_60_plus[0])
            m["persons_aged_under_15"] += sum(person.alive and person.age < CENSUS_CHILD_AGE
                                              for person in household.members)
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
            tested = means_tested_income(c, p)[0]
            eligible = False
            if tested < max(minimum_income.poverty_line(c, p)[0], standard) * members:
                eligible = bool(regular_support.assess(c, np.array([tested]), p).eligible[0])
            receiving = household.assisted
            poor = own_income < standard
            if receiving and household.receives == ON_DIBAO:
                # The Ministry counts the people a grant covers (the members not deemed able to earn, or the
                # disabled ones included on their own), while they live; either way every disabled member among them.
                covered = min(household.covered, members)
                m["dibao_households"] += 1
                m["dibao_households_urban"] += household.urban
                m["dibao_persons_urban" if household.urban else "dibao_persons_rural"] += covered
                m["dibao_disabled"] += min(int(c.disabled[0]), covered)
                # A grant to the household covers all its old people, one to its disabled members only their
                # disabled old (as in metrics.py).
                m["dibao_persons_aged_60_or_over"] += (int(c.aged_60_plus[0])
                                                       if dibao.covers_the_household(covered, int(c.disabled[0]))
                                                       else min(int(c.disabled_aged_60_plus[0]), covered))
            if receiving and household.receives == ON_EXTREME_POOR:
                m["extreme_poor_households"] += 1
                m["extreme_poor_persons_rural"] += 0 if household.urban else members
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
                   + sum(spending[name] * p[f"{name}.central_share"]
                         for name in Payments.PROGRAMMES if name != "dibao"))
        taken = sum(len(centre.taken) for centre in self.centres)
        dibao_persons = m["dibao_persons_urban"] + m["dibao_persons_rural"]
        # People who left Dibao over the last three months against those on it now (none before a quarter).
        quarterly_exit = (sum(self.left_dibao) / dibao_persons if len(self.left_dibao) == 3 and dibao_persons
                          else float("nan"))
        return {
            "month": self.month,
            "date": self.date.isoformat(),
            "households": m["households"],
            "dissolved_households": m["dissolved_households"],
            "persons": m["persons"],
            "persons_urban": m["persons_urban"],
            "persons_aged_60_or_over": m["persons_aged_60_or_over"],
            "persons_aged_under_15": m["persons_aged_under_15"],
            "poverty_rate_before": share(below_before, m["persons"]),
            "poverty_rate_after": share(below_after, m["persons"]),
            "poverty_rate_after_own_standard": share(below_own_standard, m["persons"]),
            "poverty_gap_before": share(gap_before, m["persons"]),
            "poverty_gap_after": share(gap_after, m["persons"]),
            "dibao_households": m["dibao_households"],
            "dibao_persons": dibao_persons,
            "dibao_persons_urban": m["dibao_persons_urban"],
            "dibao_persons_rural": m["dibao_persons_rural"],
            "dibao_households_urban": m["dibao_households_urban"],
            "dibao_disabled_share": share(m["dibao_disabled"], dibao_persons),
            "dibao_persons_aged_60_or_over": m["dibao_persons_aged_60_or_over"],
            "dibao_quarterly_exit": quarterly_exit,
            "extreme_poor_persons_rural": m["extreme_poor_persons_rural"],
            "extreme_poor_households": m["extreme_poor_households"],
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
            "spending_dibao_urban": urban_dibao,
            "spending_total": total,
            "spending_central": central,
            "spending_local": total - central,
            **services.switched_off(),  # the reference has no purchased services
        }

