"""The reference engine's households: one Mesa agent per household, its members as plain Python objects, stepped
month by month with one scalar random draw at a time (see the package's docstring for why)."""
from __future__ import annotations

import math
from bisect import bisect_right

import mesa
import numpy as np

from simulation.model import economy
from simulation.model.caseload import APPLICATION, REVIEW
from simulation.model.district import Payments
from simulation.model.dynamics import job_finding_chance
from simulation.model.population import DISABLED, NO_DISABILITY, SEVERELY_DISABLED, pension_schemes
from simulation.rules import dibao, disability, medical, minimum_income, old_age, temporary
from simulation.rules.circumstances import Circumstances
from simulation.rules.regular_support import NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR


def band(age: int, bands) -> int:
    """Index of the age band `age` falls in (bands are lower bounds, the first is 0)."""
    return bisect_right(bands, age) - 1


def monthly_chance(yearly: float) -> float:
    return 1.0 - (1.0 - yearly) ** (1.0 / 12.0)


class OneAtATime:
    """The reference's scalar draws in the form a shared vectorised rule asks for them (`rng.random(n)`), so the
    reference can call the rule's one home (e.g. `population.pension_schemes`) and still draw one number at a time."""

    def __init__(self, random):
        self._random = random

    def random(self, n: int) -> np.ndarray:
        return np.array([self._random.random() for _ in range(n)])


class Person:
    """One member of a household: plain attributes, changed in place as the months go by."""
    __slots__ = ("age", "alive", "disability", "chronic", "employed", "months_jobless", "earnings_level", "pension",
                 "pension_scheme")

    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def leave_work(self) -> None:
        self.employed = False
        self.months_jobless = 0


class ReferenceHousehold(mesa.Agent):
    """A household with its members, its circumstances this month and its case with the assistance office."""

    def __init__(self, model: mesa.Model, urban: bool, poor_area: bool, local_hukou: bool, centre: int,
                 assets: float, family_elsewhere: bool, remittances: float, aware: bool, earnings_shock: float,
                 seen_as_able: float, members: list[Person]):
        super().__init__(model)
        self.urban, self.poor_area, self.local_hukou, self.centre = urban, poor_area, local_hukou, centre
        self.assets, self.family_elsewhere, self.remittances, self.aware = assets, family_elsewhere, remittances, aware
        self.earnings_shock = earnings_shock  # log deviation of the household's earnings this month
        self.seen_as_able = seen_as_able      # the committee's view of it, `caseload.appraise_ability_to_work`
        self.members = members
        self.medical_debt = 0.0
        # This month's events.
        self.out_of_pocket, self.illnesses, self.emergency = 0.0, 0, False
        # The case: what the household receives, its open case if any, and its history with the office.
        self.receives, self.benefit, self.assessed_income = NOT_ASSISTED, 0.0, 0.0
        self.covered = 0                 # people the grant covers: members not deemed to earn, or those on their own
        self.persons_on_dibao = 0        # those of them on Dibao at last month's count, for the quarterly exit
        self.case = None                 # None, APPLICATION or REVIEW
        self.case_filed, self.case_online = 0, False
        self.review_due, self.exit_month = 0, -1
        self.claimed, self.rejected_month = False, -10**6
        self.paid = dict.fromkeys(Payments.PROGRAMMES, 0.0)
        self.c = self.circumstances()

    @property
    def assisted(self) -> bool:
        return self.receives != NOT_ASSISTED

    # ---- what the household looks like to the rules ---------------------------------------------------------------
    def circumstances(self) -> Circumstances:
        """A one-row `Circumstances`, counted member by member, for the programmes' `assess` functions."""
        p = self.model.p
        working_age, old = p["population.age_bands"][1], p["population.age_bands"][2]
        counts = dict(members=0, children=0, aged_70_plus=0, aged_60_plus=0, disabled_aged_60_plus=0, able_adults=0,
                      fit_adults=0, disabled=0, severely_disabled=0, resident_pensioners=0,
                      disabled_resident_pensioners=0)
        earning_levels = pensions = disabled_pensions = 0.0
        workers = 0
        for person in self.members:
            if person.employed:
                earning_levels += person.earnings_level
                workers += person.age < old  # as in circumstances.py: workers of working age
            if not person.alive:
                continue
            severe = person.disability == SEVERELY_DISABLED
            counts["members"] += 1
            counts["children"] += person.age < working_age
            counts["aged_70_plus"] += person.age >= 70  # as in circumstances.py
            counts["aged_60_plus"] += person.age >= old
            counts["disabled_aged_60_plus"] += person.age >= old and person.disability != NO_DISABILITY
            counts["able_adults"] += working_age <= person.age < old and not severe
            counts["fit_adults"] += working_age <= person.age < old and person.disability == NO_DISABILITY
            counts["disabled"] += person.disability != NO_DISABILITY
            counts["severely_disabled"] += severe
            resident = person.pension_scheme == economy.RESIDENT_PENSION
            counts["resident_pensioners"] += resident
            counts["disabled_resident_pensioners"] += resident and person.disability != NO_DISABILITY
            pensions += person.pension
            disabled_pensions += person.pension if person.disability != NO_DISABILITY else 0.0
        # Workers earn their level, moved up or down by the household's income shock this month.
        earnings = earning_levels * math.exp(self.earnings_shock)
        remittances = self.remittances if counts["members"] > 0 else 0.0
        row = lambda value: np.array([value])  # noqa: E731
        return Circumstances(
            urban=row(self.urban), local_hukou=row(self.local_hukou),
            standard=row(p["dibao.standard.urban"] if self.urban else p["dibao.standard.rural"]),
            family_elsewhere=row(self.family_elsewhere), earnings=row(earnings), pensions=row(pensions),
            remittances=row(remittances), income=row(earnings + pensions + remittances),
            disabled_pensions=row(disabled_pensions),
            medical_repayment=row(self.medical_debt / p["dynamics.medical_debt_months"]), assets=row(self.assets),
            workers=row(workers), **{name: row(count) for name, count in counts.items()})

    # ---- 1. the month's life ----------------------------------------------------------------------------------------
    def step(self) -> None:
        """The dated economy when it moved, ageing in January, then each member's month, then the household's
        earnings, debts and emergencies."""
        model, p = self.model, self.model.p
        if model.economy_moved:
            self.follow_the_economy()
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

    def follow_the_economy(self) -> None:
        """Earnings, employee pensions, remittances and assets grow with the area's mean income; older people without a
        pension gain the resident pension as its roll-out reaches them; resident pensions take their new amount."""
        model, old = self.model, self.model.p["population.age_bands"][2]
        urban_growth, rural_growth, poor_areas_growth = model.income_growth
        growth = urban_growth if self.urban else poor_areas_growth if self.poor_area else rural_growth
        self.remittances *= growth
        self.assets *= growth
        for person in self.members:
            person.earnings_level *= growth
            if person.pension_scheme == economy.EMPLOYEE_PENSION:
                person.pension *= urban_growth  # employee pensions follow urban wages
            elif (person.pension_scheme == economy.NO_PENSION and person.alive and person.age >= old
                  and self.random.random() < model.newly_covered):
                person.pension_scheme = economy.RESIDENT_PENSION
            if person.pension_scheme == economy.RESIDENT_PENSION and person.alive:
                person.pension = model.resident_pension

    def grow_older(self) -> None:
        p = self.model.p
        for person in self.members:
            if person.alive:
                person.age += 1
            if person.alive and person.age == p["population.age_bands"][2]:  # turning 60: a pension; most leave work
                if self.random.random() >= self.model.staying_in_work[self.urban]:
                    person.leave_work()
                scheme = int(pension_schemes(np.ones(1, bool), np.array([self.urban]), p, OneAtATime(self.random))[0])
                person.pension_scheme = scheme
                if scheme == economy.EMPLOYEE_PENSION:
                    person.pension = economy.employee_pension_median(p) * self.random.lognormvariate(
                        0.0, p["population.pension_spread"])
                else:
                    person.pension = economy.resident_pension(p) if scheme == economy.RESIDENT_PENSION else 0.0

    def live_month(self, person: Person) -> None:
        model, p, chance = self.model, self.model.p, self.random.random
        bands = p["population.age_bands"]
        age_band = band(person.age, bands)

        if chance() < monthly_chance(p["dynamics.mortality_by_age"][age_band]):
            person.alive = False
            person.leave_work()
            person.pension = 0.0
            return

        if person.disability == NO_DISABILITY and chance() < p["dynamics.disability_onset_by_age"][age_band]:
            person.disability = SEVERELY_DISABLED if chance() < p["population.severe_disability_share"] else DISABLED
            # A severe disability ends work; a lighter one often does, and lowers what a worker can still earn.
            if chance() >= model.work_capacity[person.disability]:
                person.leave_work()
            person.earnings_level *= model.earnings_capacity[person.disability]

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
            if person.age < bands[2] and chance() < p["dynamics.job_loss_rate"]:  # older people's work ends with health
                person.leave_work()
        elif bands[1] <= person.age < bands[2] and person.disability != SEVERELY_DISABLED:
            # The longer without work, the less likely to find it (duration dependence); a disability makes it
            # rarer still.
            finding = job_finding_chance(person.months_jobless, p) * model.work_capacity[person.disability]
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
        # Households apply when they see themselves as poor, the more surely the further below the line they are;
        # a few just above the line try anyway.
        uplift = 1 + p["application.online_uplift"] if p["casework.online_application"] else 1.0
        if p["casework.no_counter_visit"]:
            uplift *= 1 + p["application.no_counter_visit_uplift"]
        income_per_person, line = self.c.income[0] / members, minimum_income.poverty_line(self.c, p)[0]
        if income_per_person < line:
            chance = (p["application.monthly_rate"] * (1 - p["application.stigma"]) * uplift
                      * (1 - income_per_person / line) ** p["application.shortfall_elasticity"])
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

    # ---- 5. the decision --------------------------------------------------------------------------------------
    def grant(self, support, appraised) -> None:
        """The household receives what the one-row `regular_support.assess` found and the appraisal left
        (`caseload.appraise_ability_to_work`), for the people it covers."""
        self.receives = int(support.receives[0])
        self.benefit = float(appraised.amount[0])
        self.covered = int(appraised.covered[0])
        self.exit_month = -1

    # ---- 6. gradual exit ----------------------------------------------------------------------------------------
    def end_gradual_exit(self) -> None:
        if 0 <= self.exit_month <= self.model.month:
            self.stop()

    def stop(self) -> None:
        self.receives, self.benefit, self.covered, self.exit_month = NOT_ASSISTED, 0.0, 0, -1

    # ---- 7. payments --------------------------------------------------------------------------------------------
    def receive_payments(self) -> None:
        """What each programme pays the household this month. As in the model, a programme is only asked about a
        household that could get something from it: medical assistance about one with an illness (or, in
        January, one assisted), temporary assistance about one left with a cost or hit by an emergency, the
        old-age allowance about one with a member of the allowance's age, disability support about one with a
        disabled member."""
        model, p, c = self.model, self.model.p, self.c
        assisted = self.assisted and c.members[0] > 0
        self.paid = dict.fromkeys(Payments.PROGRAMMES, 0.0)

        # Dibao or extreme-poor support: the benefit decided at application or review, never more than the
        # current members could get.
        if not assisted:
            regular = 0.0
        elif self.receives == ON_EXTREME_POOR:
            regular = float(dibao.payable(self.benefit, c.standard[0], c.members[0],
                                          p["extreme_poor.standard_multiple"]))
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

    # ---- 8. the month's count ----------------------------------------------------------------------------------
    def count_dibao_leavers(self) -> int:
        """The people who left Dibao with this household this month (all its grant covered at last month's count,
        if it no longer receives Dibao), and those it has on Dibao now, for next month's count."""
        on_dibao = self.receives == ON_DIBAO
        left = 0 if on_dibao else self.persons_on_dibao
        self.persons_on_dibao = min(self.covered, int(self.c.members[0])) if on_dibao else 0
        return left
