"""Need and referral: caseworkers refer the households they assess to a provider, who serves its waiting list
first come, first served.

When a centre's caseworkers decide a case (an application or a yearly review), they also assess the household's
need for services with the two classifications of seed 003 (`simulation.services.needs`: age and health; depth of
poverty and likelihood of leaving it), which name the need to meet first: securing survival, promoting development or
providing opportunities. Each need has its service (`needs.SERVICES_FOR_NEED`): daily care, capacity building, or
social support and inclusion. A household in need with no service open is referred to a provider that offers the
service and serves its centre (one elsewhere in the district if none does), chosen in proportion to the
providers' capacity, so that waiting lists stay even. A household decided again while it waits keeps its place,
or leaves the list if it is no longer poor. Each month a provider takes on households from its waiting
list in the order they were referred, as long as its free hours cover their hours; a household stays in service
for the service's course (`services.course_months.<service>`), then its place is free.

The households' service cases are columns, like the caseload's.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.model.population import NO_DISABILITY
from simulation.services import needs
from simulation.services.provider import SERVICES

NEEDS = ("none", "survival", "development", "opportunity")  # codes in ServiceCases.need
# The service each need calls for: the first of needs.SERVICES_FOR_NEED that a provider delivers (Dibao is the cash).
SERVICE_FOR_NEED = np.array([-1] + [SERVICES.index(next(s for s in needs.SERVICES_FOR_NEED[need] if s in SERVICES))
                                    for need in NEEDS[1:]], np.int8)
NOT_REFERRED, WAITING, SERVED = 0, 1, 2
NO_PROVIDER = -1


def service_for(need: str) -> str:
    """The service a provider answers a need with: survival -> daily_care, and so on (Dibao is the cash)."""
    return SERVICES[SERVICE_FOR_NEED[NEEDS.index(need)]]


@dataclass
class ServiceCases:
    """Per household: its assessed need, the service it was referred to, and where it stands."""
    need: np.ndarray              # code in NEEDS, as assessed at the last decision
    service: np.ndarray           # index in SERVICES, -1 if none
    provider: np.ndarray          # index in the district's providers, NO_PROVIDER if none
    status: np.ndarray            # NOT_REFERRED, WAITING or SERVED
    referred: np.ndarray          # month of referral
    ticket: np.ndarray            # place in the order of referral: first come, first served
    started: np.ndarray           # month the service started
    ends: np.ndarray              # first month after the course
    voucher_provider: np.ndarray  # provider chosen with a voucher, NO_PROVIDER if none
    voucher_offered: np.ndarray   # has been offered a voucher (and used it or not)

    @classmethod
    def empty(cls, n: int) -> ServiceCases:
        return cls(need=np.zeros(n, np.int8), service=np.full(n, -1, np.int8),
                   provider=np.full(n, NO_PROVIDER, np.int16), status=np.zeros(n, np.int8),
                   referred=np.zeros(n, np.int32), ticket=np.zeros(n, np.int64), started=np.zeros(n, np.int32),
                   ends=np.zeros(n, np.int32), voucher_provider=np.full(n, NO_PROVIDER, np.int16),
                   voucher_offered=np.zeros(n, bool))


# ---- assessing need ---------------------------------------------------------------------------------------------
def member_rows(persons, households: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The persons (indices, living or not) of `households`, and the position in `households` of each one's
    household. The district's persons are sorted by household, so each household's members are one slice."""
    households = households.astype(persons.household.dtype)  # searching in the same type copies nothing
    first = np.searchsorted(persons.household, households)
    counts = np.searchsorted(persons.household, households + 1) - first
    rows = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(first, counts)
    return rows, np.repeat(np.arange(len(households)), counts)


def assess_needs(model, households: np.ndarray) -> np.ndarray:
    """The need code (NEEDS) of each of `households`, by the rules of `simulation.services.needs`, reading only these
    households' members. A household not poor before assistance needs nothing (`needs.need_class`), so only the
    poor are classified."""
    persons, c = model.persons, model.circumstances
    need_codes = np.zeros(len(households), np.int8)
    poor = model.poverty_spell[households] > 0
    households = households[poor]
    rows, owner = member_rows(persons, households)
    living = persons.alive[rows]
    rows, owner = rows[living], owner[living]
    healthy = (persons.disability[rows] == NO_DISABILITY) & ~persons.chronic[rows]
    comp = needs.composition(persons.age[rows], healthy, owner, len(households), model.p["population.age_bands"])
    # Income per person before assistance, less medical costs being repaid, as needs.income_before_assistance.
    income = (np.maximum(c.income[households] - c.medical_repayment[households], 0.0)
              / np.maximum(c.members[households], 1))
    need = needs.rules(comp, income, c.standard[households], model.poverty_spell[households])["need"]
    need_codes[poor] = np.select([need == name for name in NEEDS[1:]], range(1, len(NEEDS)), 0)
    return need_codes


# ---- choosing a provider ------------------------------------------------------------------------------------------
@dataclass
class Options:
    """The providers a household of each centre can be sent to for one service, with their weights."""
    centre: np.ndarray     # sorted
    provider: np.ndarray
    weight: np.ndarray


def options(providers, service: str, weight_of) -> Options:
    """One row per (centre, provider) for the providers offering `service`, sorted by centre."""
    rows = [(centre, number, weight_of(provider)) for number, provider in enumerate(providers)
            if provider.offers(service) for centre in provider.centres]
    rows.sort(key=lambda row: row[0])
    centre, provider, weight = (np.array(column) for column in zip(*rows)) if rows else (np.empty(0),) * 3
    return Options(centre.astype(np.int64), provider.astype(np.int64), weight.astype(float))


def choose(choices: Options, centres: np.ndarray, draws: np.ndarray) -> np.ndarray:
    """For households of `centres`, with uniform `draws`: a provider among those serving the centre, with chance
    in proportion to its weight; among all of them if none serves the centre. NO_PROVIDER if there are none."""
    if len(choices.provider) == 0:
        return np.full(len(centres), NO_PROVIDER, np.int64)
    low = np.searchsorted(choices.centre, centres, "left")
    high = np.searchsorted(choices.centre, centres, "right")
    nowhere = low == high
    low[nowhere], high[nowhere] = 0, len(choices.provider)
    total = np.concatenate([[0.0], np.cumsum(choices.weight)])
    target = total[low] + draws * (total[high] - total[low])
    row = np.clip(np.searchsorted(total, target, "right") - 1, low, high - 1)
    return choices.provider[row]


# ---- referral and service ------------------------------------------------------------------------------------------
def refer(cases: ServiceCases, households: np.ndarray, need: np.ndarray, provider: np.ndarray, month: int,
          first_ticket: int) -> None:
    """Record the need of `households` (in the order they are referred) and put those with a provider on its
    waiting list, with tickets numbered from `first_ticket`: first come, first served."""
    cases.need[households] = need
    sent = provider != NO_PROVIDER
    ticket = first_ticket + np.arange(len(households))
    households = households[sent]
    cases.service[households] = SERVICE_FOR_NEED[need[sent]]
    cases.provider[households] = provider[sent]
    cases.status[households] = WAITING
    cases.referred[households] = month
    cases.ticket[households] = ticket[sent]


def close(cases: ServiceCases, households: np.ndarray) -> None:
    """End the cases of `households`: their course is over, or no one is left in the household."""
    cases.status[households] = NOT_REFERRED
    cases.service[households] = -1
    cases.provider[households] = NO_PROVIDER


def serve_waiting_lists(cases: ServiceCases, waiting: np.ndarray, free_hours: np.ndarray, hours: np.ndarray,
                        course: np.ndarray, month: int) -> np.ndarray:
    """Each provider takes on `waiting` households from its list, first referred first, as long as their monthly
    hours (`hours` per service) fit in its `free_hours`; the first that does not fit, and all after it, wait.
    Returns the households taken on, who stay for their service's `course` months."""
    waiting = waiting[np.lexsort((cases.ticket[waiting], cases.provider[waiting]))]
    provider = cases.provider[waiting].astype(np.int64)
    needed = np.cumsum(hours[cases.service[waiting]])
    # Hours needed by each household and those before it on the same list.
    first = np.searchsorted(provider, provider, "left")
    before = np.concatenate([[0.0], needed])[first]
    taken = waiting[needed - before <= free_hours[provider] + 1e-9]
    cases.status[taken] = SERVED
    cases.started[taken] = month
    cases.ends[taken] = month + course[cases.service[taken]]
    return taken
