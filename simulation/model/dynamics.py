"""What happens to households in a month: jobs lost and found, earnings that drift, illness and its costs,
disability, ageing, deaths and emergencies.

Most of these are rare events. `random_events` draws them in time proportional to the number of events rather
than the number of people, which is what lets a district of millions run a decade in seconds.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.model import economy
from simulation.model.population import (
    DISABLED,
    NO_DISABILITY,
    SEVERELY_DISABLED,
    Households,
    Persons,
    band_of,
    earnings_capacity,
    pension_schemes,
    staying_in_work_at_60,
    work_capacity,
)
from simulation.rules.circumstances import MemberCounts


def random_events(rng: np.random.Generator, among: np.ndarray, highest: float, chance_of=None) -> np.ndarray:
    """The items (indices) that have their event this month, of those `among` marks (a boolean mask over all items).

    Each item's chance is `chance_of(items)` (at most `highest`), or `highest` for all if no function is given.
    Candidates are drawn at the highest chance by skipping geometric gaps, then each is kept with probability
    chance / highest (thinning): exactly a Bernoulli draw per item, at the cost of the candidates only.
    Candidates are drawn over all items, not over those among: how many numbers the stream gives up then does
    not depend on who is among, so a reform that changes a few people's lives (a job found through activation)
    leaves everyone else's draws as they were, and scenarios stay comparable person by person.
    """
    if highest <= 0 or not among.any():
        return np.zeros(0, np.int64)
    positions = _bernoulli_positions(rng, highest, len(among))
    thinning = rng.random(len(positions)) * highest if chance_of is not None else None
    kept = among[positions]
    candidates = positions[kept]
    if chance_of is None:
        return candidates
    return candidates[thinning[kept] < chance_of(candidates)]


def _bernoulli_positions(rng: np.random.Generator, chance: float, n: int) -> np.ndarray:
    if chance >= 1.0:
        return np.arange(n)
    expected = n * chance
    batch = int(expected + 6 * np.sqrt(expected) + 16)

    def gaps() -> np.ndarray:
        # A gap past the end ends the draws however long it is: capped, a tiny chance's gaps (numpy gives 2**63 - 1
        # for 1e-300) cannot overflow the sum and loop for ever.
        return np.minimum(rng.geometric(chance, batch), n + 1)

    positions = np.cumsum(gaps()) - 1
    while positions[-1] < n:  # rare: the batch did not reach the end
        positions = np.concatenate([positions, positions[-1] + np.cumsum(gaps())])
    return positions[positions < n]


@dataclass
class MonthEvents:
    """What the month brought that the programmes respond to, per household."""
    out_of_pocket: np.ndarray   # new out-of-pocket medical costs, yuan
    illnesses: np.ndarray       # number of serious illnesses
    emergency: np.ndarray       # bool
    deaths: int
    hit: np.ndarray             # the households with an illness or an emergency, the only ones with new costs


def monthly_rate(yearly: np.ndarray) -> np.ndarray:
    return 1.0 - (1.0 - np.asarray(yearly, dtype=float)) ** (1.0 / 12.0)


def advance(households: Households, persons: Persons, members: MemberCounts, p: dict, before: dict,
            rng: np.random.Generator, january: bool, services=None) -> MonthEvents:
    """Move every household one month on, in place, keeping the member counts in step. `before` is last month's
    parameters, so incomes follow the dated economy when it moves. `services` (the district's
    `providers.effects.ServiceEffects`, if it has services) changes the lives of those it serves."""
    n = len(households)
    bands = p["population.age_bands"]
    moved = follow_the_economy(households, persons, p, before, rng)
    if january:
        _age_one_year(persons, households.urban, p, rng)
    if january or moved:
        members.recount(persons)
    living = persons.alive.copy()  # this month's events befall those alive at its start
    by_age = lambda rates: (lambda who: np.asarray(rates, dtype=float)[band_of(persons.age[who], bands)])  # noqa: E731

    mortality = monthly_rate(p["dynamics.mortality_by_age"])
    died = random_events(rng, living, mortality.max(), by_age(mortality))
    members.remove(persons, died)
    persons.alive[died] = False
    _leave_work(persons, members, died)
    persons.pension[died] = 0.0

    onset_rates = p["dynamics.disability_onset_by_age"]
    onset = random_events(rng, living, max(onset_rates), by_age(onset_rates))
    onset = onset[persons.alive[onset] & (persons.disability[onset] == NO_DISABILITY)]
    severe = rng.random(len(onset)) < p["population.severe_disability_share"]
    members.remove(persons, onset)
    persons.disability[onset] = np.where(severe, SEVERELY_DISABLED, DISABLED)
    members.add(persons, onset)
    # A severe disability ends work; a lighter one often does, and lowers what a worker can still earn.
    stops = severe | (rng.random(len(onset)) >= work_capacity(persons.disability[onset], p))
    _leave_work(persons, members, onset[stops])
    still_working = onset[persons.employed[onset]]
    members.stop_work(persons, still_working)
    persons.earnings_level[onset] *= earnings_capacity(persons.disability[onset], p)
    members.start_work(persons, still_working)

    multiplier = p["dynamics.chronic_illness_multiplier"]
    illness = by_age(p["dynamics.illness_by_age"])
    ill = random_events(rng, living, max(p["dynamics.illness_by_age"]) * max(multiplier, 1.0),
                        lambda who: illness(who) * np.where(persons.chronic[who], multiplier, 1.0))
    ill = ill[persons.alive[ill]]
    cost = p["dynamics.illness_cost_median"] * rng.lognormal(0.0, p["dynamics.illness_cost_spread"], len(ill))
    out_of_pocket = np.bincount(persons.household[ill], cost * p["dynamics.out_of_pocket_share"], minlength=n)
    if services is not None:
        services.lower_illness_costs(out_of_pocket)
    illnesses = np.bincount(persons.household[ill], minlength=n)
    # An illness may end a job; past 60 nobody looks for work again, but an older farmer goes back to the fields.
    of_working_age = persons.age[ill] < p["population.age_bands"][2]
    _leave_work(persons, members,
                ill[persons.employed[ill] & of_working_age & (rng.random(len(ill)) < p["dynamics.illness_job_loss"])])

    _labour_market(households, persons, members, p, rng, services)

    # A household repays its medical costs over some months, which is what keeps an illness pulling it down.
    # (This month's new costs are added by the model once assistance has paid its part.)
    households.medical_debt -= households.medical_debt / p["dynamics.medical_debt_months"]
    households.medical_debt *= households.medical_debt >= 1.0  # what is left below a yuan is written off

    emergency = np.zeros(n, bool)
    emergency[random_events(rng, np.ones(n, bool), p["dynamics.emergency_rate"])] = True
    hit = emergency.copy()
    hit[persons.household[ill]] = True
    return MonthEvents(out_of_pocket, illnesses, emergency, len(died), np.flatnonzero(hit))


def _leave_work(persons: Persons, members: MemberCounts, who: np.ndarray) -> None:
    working = who[persons.employed[who]]
    members.stop_work(persons, working)
    persons.employed[working] = False
    persons.months_jobless[who] = 0


def job_finding_chance(months_jobless: np.ndarray, p: dict) -> np.ndarray:
    """This month's chance of finding work after `months_jobless` months without it (duration dependence)."""
    return p["dynamics.job_finding_rate"] * np.exp(-p["dynamics.job_finding_decay"] * months_jobless)


def _labour_market(households: Households, persons: Persons, members: MemberCounts, p: dict,
                   rng: np.random.Generator, services=None) -> None:
    bands = p["population.age_bands"]
    # Only people of working age look for work: older people who work have kept their work past 60.
    seeking = (~persons.employed & persons.alive & (persons.age >= bands[1]) & (persons.age < bands[2])
               & (persons.disability != SEVERELY_DISABLED))
    seekers = np.flatnonzero(seeking)

    lost = random_events(rng, persons.employed, p["dynamics.job_loss_rate"])
    # Past working age work ends with health or death, not with a lost job: mostly it is farming one's own land.
    lost = lost[persons.age[lost] < bands[2]]
    # The longer someone has been without work, the less likely they find it: duration dependence.
    finding = p["dynamics.job_finding_rate"]
    chance = lambda who: (job_finding_chance(persons.months_jobless[who], p)  # noqa: E731
                          * work_capacity(persons.disability[who], p))
    found = random_events(rng, seeking, finding, chance)
    if services is not None:  # capacity building gives its clients a second chance
        found = np.concatenate([found, services.extra_job_finds(persons, seekers, chance, found)])
    persons.months_jobless[seekers] += 1
    _leave_work(persons, members, lost)
    persons.employed[found] = True
    persons.months_jobless[found] = 0
    members.start_work(persons, found)

    # Earnings vary from month to month with the household's fortunes (harvests, hours, informal work): one
    # persistent shock per household. Uniform shocks with the stated spread are three times cheaper to draw than
    # normal ones, and their sum over months (the AR(1) deviation) is close to normal anyway.
    spread = np.float32(np.sqrt(12) * p["dynamics.earnings_shock"])
    shock = (rng.random(len(households), dtype=np.float32) - np.float32(0.5)) * spread
    households.earnings_shock *= np.float32(p["dynamics.earnings_persistence"])
    households.earnings_shock += shock


def follow_the_economy(households: Households, persons: Persons, p: dict, before: dict,
                       rng: np.random.Generator) -> bool:
    """When the dated economy moved since last month (each January, as the income series are yearly): earnings,
    employee pensions, remittances and assets grow with the mean income where the household lives, the resident
    pension takes its new amount, and its roll-out reaches more older people. Returns whether anything moved (the
    member counts are then recounted)."""
    growths = economy.growth(p, before)
    reach = economy.newly_covered(p, before)
    paid = economy.resident_pension(p)
    if growths == (1.0, 1.0, 1.0) and reach == 0.0 and paid == economy.resident_pension(before):
        return False
    growth = economy.growth_where(growths, households.urban, households.poor_area)
    persons.earnings_level *= growth[persons.household]
    households.remittances *= growth
    households.assets *= growth
    employee = persons.pension_scheme == economy.EMPLOYEE_PENSION
    persons.pension[employee] *= growths[0]  # employee pensions follow urban wages
    waiting = np.flatnonzero(persons.alive & (persons.pension_scheme == economy.NO_PENSION)
                             & (persons.age >= p["population.age_bands"][2]))
    persons.pension_scheme[waiting[rng.random(len(waiting)) < reach]] = economy.RESIDENT_PENSION
    persons.pension[(persons.pension_scheme == economy.RESIDENT_PENSION) & persons.alive] = paid
    return True


def _age_one_year(persons: Persons, urban_household: np.ndarray, p: dict, rng: np.random.Generator) -> None:
    bands = p["population.age_bands"]
    persons.age[persons.alive] += 1
    # Turning 60: a pension (an employee pension for those covered, else the resident pension), and most leave work.
    retiring = np.flatnonzero(persons.alive & (persons.age == bands[2]))
    urban = urban_household[persons.household[retiring]]
    staying = rng.random(len(retiring)) < staying_in_work_at_60(urban, p)
    persons.employed[retiring[~staying]] = False  # the member counts are recounted after the birthdays
    persons.months_jobless[retiring] = 0
    scheme = pension_schemes(np.ones(len(retiring), bool), urban, p, rng)
    persons.pension_scheme[retiring] = scheme
    employee_pension = economy.employee_pension_median(p) * rng.lognormal(0.0, p["population.pension_spread"],
                                                                          len(retiring))
    persons.pension[retiring] = np.select([scheme == economy.EMPLOYEE_PENSION, scheme == economy.RESIDENT_PENSION],
                                          [employee_pension, economy.resident_pension(p)], 0.0)
