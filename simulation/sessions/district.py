"""The session's district: the Mesa district model, in which trainees hold service centres and households.

A centre a trainee holds gets a `Desk`: its cases are not decided by the model's caseworkers; each month the
cases the trainee decided are taken on and decided as the trainee said, and the rest wait in the queue. A
household a trainee plays applies when its player chooses (`DistrictModel.played`). Everything else the model
plays as in any run, so a room of 6 or of 40 runs the same district.

A month of the session is one `advance`: the trainer's events, then the decisions and choices made during the
month, then the model's step. Replaying the same advances on a fresh model gives the same district, which is how
the session resumes after a restart (`replay`).
"""
from __future__ import annotations

import numpy as np

from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import check_parameter, validated
from simulation.model.agents import DistrictAuthority
from simulation.model.caseload import APPLICATION, NO_CASE, REVIEW, stage_days
from simulation.model.district import DistrictModel
from simulation.model.population import centre_counts
from simulation.rules import regular_support
from simulation.rules.regular_support import NOT_ASSISTED, ON_DIBAO, RECEIVES
from simulation.sessions import facts

FINAL = ("approve", "reject", "refer")  # decisions that close a case; verify keeps it waiting a month
IDENTITY = "identity"  # the paper without which the counter takes no application (casefiles.PAPERS)

# Events a trainer can inject, and the parameters each takes with their defaults.
EVENTS = {
    "factory_closes": {"centre": 0, "share": 0.3},   # share of the centre's workers who lose their jobs
    "flood": {"share": 0.2},                          # share of rural households flooded
    "new_standard": {"urban": None, "rural": None},   # a new Dibao standard, yuan per person a month
    "integrated_database": {},                        # the district checks every case against one database
}


class Desk:
    """A trainee-held centre's desk: this month's decisions on its cases, by household."""

    def __init__(self):
        self.decided: dict[int, tuple[str, float | None]] = {}

    def take(self, queue: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        closed = np.isin(queue, [h for h, (decision, _) in self.decided.items() if decision in FINAL])
        return queue[closed], queue[~closed]


class TraineeAuthority(DistrictAuthority):
    """The district's decisions, with the cases trainees decided decided as they said: an approval grants their
    amount, a rejection and a referral to services grant no cash. (Where the district has professional services,
    `services.enabled`, every decided case is assessed for them, as in any run.)"""

    def decide(self, taken: np.ndarray) -> None:
        model = self.model
        by_trainee = np.isin(taken, list(model.decisions)) if model.decisions else np.zeros(len(taken), bool)
        super().decide(taken[~by_trainee])
        mine = taken[by_trainee]
        if len(mine):
            self._as_trainees_said(mine)

    def _as_trainees_said(self, taken: np.ndarray) -> None:
        model = self.model
        p, caseload, c, month = model.p, model.caseload, model.circumstances, model.month
        said = [model.decisions[int(h)] for h in taken]
        approve = np.array([decision == "approve" for decision, _ in said])
        amount = np.array([amount or 0.0 for _, amount in said])
        # Granted with the amount the trainee worked out (never more than the standard for every member), under
        # the programme the rules give on the income the trainee had; Dibao where the rules give none.
        visit = facts.tested_income(model, taken)
        support = regular_support.assess(c.rows(taken), visit, p)
        receives = np.where(support.eligible, support.receives, ON_DIBAO)
        covered = np.where(support.eligible, support.covered, c.members[taken])
        cap = c.standard[taken] * c.members[taken]
        granted = taken[approve]
        caseload.grant(granted, receives[approve], np.minimum(amount, cap)[approve], covered[approve])
        review = caseload.case_kind[taken] == REVIEW
        leaving = taken[~approve & review & caseload.assisted[taken]]
        if p["dibao.gradual_exit_months"] > 0:
            caseload.exit_month[leaving[caseload.exit_month[leaving] < 0]] = month + p["dibao.gradual_exit_months"]
        else:
            caseload.stop(leaving)
        caseload.review_due[taken[approve | review]] = month + p["dibao.review_months"]
        caseload.rejected_month[taken[~approve & ~review]] = month
        days = (month - caseload.case_filed[taken]) * p["casework.working_days_per_month"] + stage_days(
            p, caseload.case_online[taken])
        self.decided_days = np.concatenate([self.decided_days, days])
        self.approvals += int(np.count_nonzero(approve & ~review))
        self.rejections += int(np.count_nonzero(~approve & ~review))
        caseload.case[taken] = NO_CASE


class SessionDistrict(DistrictModel):
    """A district model that trainees play in. Build it with `of_session`, move it with `advance`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.district.remove()
        self.district = TraineeAuthority(self)
        self.decisions: dict[int, tuple[str, float | None]] = {}  # this month's trainee decisions, by household
        self.applying: dict[int, list[str]] = {}  # this month's applications of played households, with papers
        self.papers: dict[int, list[str]] = {}    # the papers each played household's open application came with
        self.verified: set[tuple[int, int]] = set()  # (household, filed) of cases a trainee asked to verify
        self.followed: set[int] = set()           # households with a session case or a player: their months kept
        # Who worked and who lived last month, to tell a player who lost work and who died this month.
        self.employed_before, self.alive_before = self.persons.employed.copy(), self.persons.alive.copy()
        self.returned: set[int] = set()  # this month's applications the counter returned for want of papers

    @classmethod
    def of_session(cls, scenario: dict, households: int, centres: int, seed: int) -> SessionDistrict:
        """The scenario's district at the session's size and seed, with `centres` service centres."""
        run = validated({**scenario, "households": households, "seed": seed}, "session scenario")
        parameters = {**run.run_parameters, **centre_sample(run, centres)}
        model = cls(locality=run.locality, start=run.start, households=households, parameters=parameters,
                    seed=seed, keep_history=True, providers=run.providers)
        model.session_seed = seed
        return model

    # ---- the trainees' part of a month ---------------------------------------------------------------------
    def hold(self, centres: set[int], households: set[int]) -> None:
        """The centres and households trainees hold this month."""
        for centre in self.centres:
            centre.desk = Desk() if centre.number in centres else None
        self.played[:] = False
        self.played[list(households)] = True
        self.followed |= households

    def take_decision(self, household: int, decision: str, amount: float | None) -> None:
        centre = next(centre for centre in self.centres if centre.number == self.households.centre[household])
        if centre.desk is None or self.caseload.case[household] == NO_CASE:
            return  # the centre's trainee left or the case closed: the model's caseworkers take it on
        centre.desk.decided[household] = (decision, amount)
        if decision in FINAL:
            self.decisions[household] = (decision, amount)
        else:
            self.verified.add((household, int(self.caseload.case_filed[household])))

    def choose(self, household: int, papers: list[str]) -> None:
        """A played household applies this month."""
        self.applying[household] = list(papers)

    def inject(self, kind: str, params: dict) -> None:
        """A trainer's event, before the month it happens in."""
        rng = np.random.default_rng([self.session_seed, self.month, list(EVENTS).index(kind)])
        if kind == "factory_closes":
            centre = np.flatnonzero(self.households.centre == params["centre"])
            self._lose_work(centre, params["share"], rng)
        elif kind == "flood":
            rural = np.flatnonzero(~self.households.urban)
            flooded = rural[rng.random(len(rural)) < params["share"]]
            self.households.assets[flooded] *= 0.5  # ASSUMPTION: a flood takes half of what a household owns
            self._lose_work(flooded, 1.0, rng)
        elif kind == "new_standard":
            for area in ("urban", "rural"):
                if params.get(area) is not None:
                    self._set(f"dibao.standard.{area}", float(params[area]))
        elif kind == "integrated_database":
            self._set("casework.integrated_database", True)

    def _set(self, name: str, value) -> None:
        check_parameter(self.parameter_set, name, value, "event", self.date)
        self.overrides[name] = value

    def _lose_work(self, households: np.ndarray, share: float, rng) -> None:
        persons = self.persons
        working = np.flatnonzero(persons.employed & np.isin(persons.household, households))
        losing = working[rng.random(len(working)) < share]
        self.members.stop_work(persons, losing)
        persons.employed[losing] = False
        persons.months_jobless[losing] = 0

    def advance(self) -> None:
        self.employed_before, self.alive_before = self.persons.employed.copy(), self.persons.alive.copy()
        self.step()
        self.decisions, self.applying = {}, {}

    def desk_hours(self) -> dict[int, float]:
        """Each centre's working hours for trainees' cases this month: what its caseworkers could take on."""
        per_case = facts.hours_per_case(self.p)
        return {centre.number: round(sum(w.capacity for w in centre.caseworkers) * per_case, 1)
                for centre in self.centres}

    def _file_cases(self) -> tuple[int, int]:
        applications, reviews = super()._file_cases()
        caseload = self.caseload
        # The counter takes an application only with the applicant's identity card and hukou booklet.
        self.returned = {h for h, papers in self.applying.items() if IDENTITY not in papers}
        applying = np.array([h for h in sorted(self.applying) if h not in self.returned
                             and caseload.case[h] == NO_CASE and not caseload.assisted[h]], np.int64)
        caseload.file(applying, APPLICATION, self.month)
        caseload.claimed[applying] = True
        for h in applying:
            self.papers[int(h)] = self.applying[int(h)]
        return applications + len(applying), reviews

    # ---- what the trainees see after the month ---------------------------------------------------------------
    def pending(self, centres: set[int]) -> list[dict]:
        """The cases waiting at the held centres: one dict per case, with its facts and truth."""
        cases = []
        for centre in self.centres:
            if centre.number not in centres:
                continue
            for h in centre.queue:
                h, filed = int(h), int(self.caseload.case_filed[h])
                self.followed.add(h)
                file, truth = facts.case_facts(self, h, filed, (h, filed) in self.verified, self.papers.get(h))
                cases.append({"household": h, "centre": centre.number, "kind": file["kind"], "filed": filed,
                              "facts": file, "truth": truth})
        return cases

    def household_months(self) -> list[dict]:
        """This month of every followed household: what its player sees, and what the debrief follows."""
        record = self.history.get(self.month)  # none before the first month
        c, caseload = self.circumstances, self.caseload
        cash = record.payments.regular_cash if record else np.zeros(len(c.members))
        rows = []
        for h in sorted(self.followed):
            members = int(c.members[h])
            own = max(float(c.income[h] - c.medical_repayment[h]), 0.0)
            case = ("none" if caseload.case[h] == NO_CASE
                    else "review" if caseload.case_kind[h] == REVIEW else "application")
            rows.append({
                "household": h, "members": members, "income": round(own, 2), "standard": float(c.standard[h]),
                "receives": RECEIVES[int(caseload.receives[h])], "benefit": round(float(caseload.benefit[h]), 2),
                "in_hardship": bool(members and own + cash[h] < c.standard[h] * members), "case": case,
                "facts": self._household_facts(h, record),
            })
        return rows

    def _household_facts(self, h: int, record) -> dict:
        c, caseload, persons, p = self.circumstances, self.caseload, self.persons, self.p
        mine = np.flatnonzero(persons.household == h)
        granted = caseload.assisted[h] and caseload.review_due[h] == self.month + p["dibao.review_months"]
        return {
            "members": facts.members_of(persons, mine[persons.alive[mine]]),
            "died": int(np.count_nonzero(self.alive_before[mine] & ~persons.alive[mine])),
            "lost_work": int(np.count_nonzero(self.employed_before[mine] & ~persons.employed[mine])),
            "outcome": ("returned_papers" if h in self.returned
                        else "turned_down" if caseload.rejected_month[h] == self.month and self.month
                        else "granted" if granted and self.month else None),
            "earnings": round(float(c.earnings[h])), "pensions": round(float(c.pensions[h])),
            "remittances": round(float(c.remittances[h])),
            "medical_costs": round(float(record.events.out_of_pocket[h])) if record else 0,
            "medical_repayment": round(float(c.medical_repayment[h])),
            "illnesses": int(record.events.illnesses[h]) if record else 0,
            "emergency": bool(record.events.emergency[h]) if record else False,
            "paid": round(float(record.payments.total[h])) if record else 0,
            "review_due": int(caseload.review_due[h]) if caseload.receives[h] != NOT_ASSISTED else None,
            "filed": int(caseload.case_filed[h]) if caseload.case[h] != NO_CASE else None,
            "can_apply": bool(caseload.case[h] == NO_CASE and caseload.receives[h] == NOT_ASSISTED and c.members[h]),
        }


def centre_sample(run, centres: int) -> dict:
    """The district size that gives a sample of `centres` service centres: the locality's real district has more
    centres than a room has caseworkers, and a centre of a 2,000-household sample gets too few cases a month to
    decide. `population.centre_counts` scales the real centres by households / `casework.district_households`;
    this finds the scale at which they add up to `centres` (the street centres keep at least one)."""
    p = load_parameters(run.locality).at(run.start, run.run_parameters)
    for scale in np.linspace(0.0005, 1.0, 4000):
        size = run.households / scale
        if sum(centre_counts(run.households, {**p, "casework.district_households": size})) == centres:
            return {"casework.district_households": round(size)}
    streets, towns = p["casework.street_centres"], p["casework.centres"] - p["casework.street_centres"]
    raise InputError("carelab session create", "--centres", centres,
                     "a whole number from 2 to {most}", most=int(streets + towns))
