"""The caseload of the application pipeline (the Dachuan mission report's): every household's open case, what it
receives and when it is next reviewed, as columns; and the working days and the means-test error of a case.

A household applies (or its yearly review comes due) and its case joins the queue of its street/town service
centre; the agents that work the cases (`agents`) change them only through the methods below.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.rules import dibao
from simulation.rules.regular_support import NOT_ASSISTED, ON_DIBAO

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
    covered: np.ndarray           # people the grant covers (members not deemed to earn, or those on their own)
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
            covered=np.zeros(n, np.int16),
            assessed_income=np.zeros(n), review_due=np.zeros(n, np.int32), exit_month=np.full(n, -1, np.int32),
            claimed=np.zeros(n, bool), rejected_month=np.full(n, -10**6, np.int32),
        )

    @property
    def assisted(self) -> np.ndarray:
        return self.receives != NOT_ASSISTED

    def persons_covered(self, members: np.ndarray, who=slice(None)) -> np.ndarray:
        """People the grants of households `who` cover now: those each was decided for, less any who have since
        died (`members`: every household's living members)."""
        return np.minimum(self.covered[who], members[who])

    def file(self, households: np.ndarray, kind: int, month: int) -> None:
        """Households' applications or yearly reviews join their centre's queue."""
        self.case[households] = QUEUED
        self.case_kind[households] = kind
        self.case_filed[households] = month
        self.case_online[households] = False

    def grant(self, households: np.ndarray, receives: np.ndarray, benefit: np.ndarray, covered: np.ndarray) -> None:
        self.receives[households] = receives
        self.benefit[households] = benefit
        self.covered[households] = covered
        self.exit_month[households] = -1

    def stop(self, households: np.ndarray) -> None:
        """Households leave assistance (at the end of a gradual exit, at review, or when dissolved)."""
        self.receives[households] = NOT_ASSISTED
        self.benefit[households] = 0.0
        self.covered[households] = 0
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
    outcome: str         # a key of analysis.case_file.OUTCOMES
    working_days: float  # from filing to decision


def stage_days(p: dict, online: np.ndarray) -> np.ndarray:
    """Working days from the moment a caseworker takes the case on to the decision."""
    registration = np.where(online, p["casework.days.registration_online"], p["casework.days.registration"])
    database = (p["casework.days.database_check_integrated"] if p["casework.integrated_database"]
                else p["casework.days.database_check"])
    return (registration + p["casework.days.means_test"] + p["casework.days.appraisal"] + database
            + p["casework.days.decision"])


def verification_coverage(p: dict, date) -> float:
    """Share of means tests cross-checked against records on `date`: the pilots' share (`dibao.verification_coverage`)
    until the national roll-out begins in `dibao.verification_rollout_year` (Guo Fa [2012] 45), then growing evenly
    to every case by January of `dibao.verification_nationwide_year` (the Ministry's end-2015 target). A dated
    policy, not a fitted trend: the pace follows from the two dates."""
    start, full, pilots = (p["dibao.verification_rollout_year"], p["dibao.verification_nationwide_year"],
                           p["dibao.verification_coverage"])
    years = date.year + (date.month - 1) / 12 - start
    if years < 0:
        return pilots
    if years >= full - start:
        return 1.0
    return pilots + (1.0 - pilots) * years / (full - start)


def declared_share(p: dict, checked: np.ndarray, urban: np.ndarray) -> np.ndarray:
    """Share of its true income the means test sees. A household leaves `casework.undeclared_income_share` out of
    its declaration; a cross-check against records (banks, property, vehicles, social insurance) finds the part of it
    that leaves a record, `casework.records_reach.*` by area: farm income and cash from family leave none, so a check
    sees less of a rural household's hidden income than of an urban one's. While rural cases are investigated at the
    household (`dibao.rural_household_investigation`, the special governance of 2018), a rural test finds it all."""
    reach = np.where(urban, p["casework.records_reach.urban"], p["casework.records_reach.rural"])
    found = np.where(checked, reach, 0.0)
    if p["dibao.rural_household_investigation"]:
        found = np.where(urban, found, 1.0)
    return 1.0 - p["casework.undeclared_income_share"] * (1.0 - found)


def means_test(true_income: np.ndarray, p: dict, error: np.ndarray, checked: np.ndarray,
               urban: np.ndarray) -> np.ndarray:
    """The household's income as the caseworker finds it: wrong case by case, and short by the income it left out
    of its declaration, less what a cross-check against records found where the case was checked (`checked`: the
    verification systems rolled out from 2009, `verification_coverage`; `declared_share`).
    `error` holds one standard normal draw per household (`draws.HouseholdDraws.normal`): the error is lognormal."""
    spread = p["casework.income_error_integrated"] if p["casework.integrated_database"] else p["casework.income_error"]
    return true_income * declared_share(p, checked, urban) * np.exp(spread * error - spread**2 / 2)


def seen_as_able(draws, households: np.ndarray) -> np.ndarray:
    """The appraisal's view of each household (`appraise_ability_to_work`): one draw per household for the whole
    run, not one a month, as a committee knows its people and turns a household away again when it reapplies."""
    return draws.uniform("seen as able to work", 0, households)


@dataclass
class Appraised:
    """What the democratic appraisal leaves of the support the means test found, for households it did not turn
    down for their income."""
    turned_away: np.ndarray       # refused because a member can work, and no disabled member to include alone
    amount: np.ndarray
    covered: np.ndarray


def appraise_ability_to_work(c, support, seen_as_able: np.ndarray, p: dict) -> Appraised:
    """Fieldwork finds Dibao administrators turning away poor households who can work (S245). Here the village or
    neighbourhood committee refuses a household Dibao for all its members when one of working age has no disability
    (`c.fit_adults`) and the grant is the household's (it covers more than the disabled members), for the share
    `casework.appraisal_refuses_able_to_work` of such households (`seen_as_able`, a uniform draw per household, is
    below it), a share the sources do not give: Dachuan fits it to Sichuan's share of disabled recipients. The
    household's disabled members may still be included on their own (单人户), each paid the standard less his or her
    own pension; a household with none to include is turned away. Dibao only: an EU scheme a scenario switches on
    asks those who can work to seek it instead."""
    able = ((c.fit_adults > 0) & (support.receives == ON_DIBAO)
            & dibao.covers_the_household(support.covered, c.disabled)
            & (seen_as_able < p["casework.appraisal_refuses_able_to_work"]) & (p["minimum_income.scheme"] == "dibao"))
    on_their_own = dibao.paid_on_their_own(c, p)
    alone = able & (on_their_own > 0)
    return Appraised(able & ~alone, np.where(alone, on_their_own, support.amount),
                     np.where(alone, c.disabled, support.covered))


class DibaoLeavers:
    """People leaving Dibao month by month, for the quarterly exit rate the Ministry of Civil Affairs reports
    (persons removed in a quarter against the stock). A household that leaves takes everyone its grant covered
    with it: at review, at the end of a gradual exit, moving to extreme-poor support, or when its last member dies.
    Only the households on Dibao last month are looked at again, not the whole district."""

    def __init__(self, caseload: Caseload, members: np.ndarray):
        self.on = np.flatnonzero(caseload.receives == ON_DIBAO)
        self.persons = caseload.persons_covered(members, self.on)
        self.last_three: list[int] = []

    def count(self, caseload: Caseload, on: np.ndarray, persons: np.ndarray) -> None:
        """Called once a month, after the month's decisions, with the households on Dibao now and the persons each
        grant covers."""
        gone = caseload.receives[self.on] != ON_DIBAO
        self.last_three = [*self.last_three[-2:], int(self.persons[gone].sum())]
        self.on, self.persons = on, persons

    def quarterly_exit(self, persons_on_dibao: int) -> float:
        """Persons who left over the last three months as a share of those on Dibao now (NaN before a quarter has
        passed)."""
        if len(self.last_three) < 3 or not persons_on_dibao:
            return float("nan")
        return sum(self.last_three) / persons_on_dibao
