"""Older people at work: most rural people over 60 have no pension to retire on and farm on (S288); few town dwellers
do (S289). Past 60 nobody looks for work, and work ends with a disability or death, not with a lost job or an
illness."""
import datetime as dt

import numpy as np
import pytest

from simulation.inputs import parameters
from simulation.model import dynamics, population
from simulation.rules.circumstances import MemberCounts

P = parameters.load_parameters("national").at(dt.date(2010, 6, 1))
OLD = P["population.age_bands"][2]


def share_at_work(persons, households, urban: bool, who) -> float:
    where = who & (households.urban[persons.household] == urban)
    return persons.employed[where].mean()


def test_the_district_is_drawn_with_the_surveys_shares_of_older_people_at_work():
    households, persons = population.generate(30_000, P, np.random.default_rng(5))
    older = persons.age >= OLD
    able = persons.disability != population.SEVERELY_DISABLED
    assert share_at_work(persons, households, False, older & able) == pytest.approx(0.412, abs=0.015)
    assert share_at_work(persons, households, True, older & able) == pytest.approx(0.066, abs=0.01)
    assert not persons.employed[older & ~able].any()


def test_turning_60_most_leave_work_and_as_many_stay_as_the_share_of_older_people_at_work():
    households, persons = population.generate(30_000, P, np.random.default_rng(6))
    turning = persons.alive & (persons.age == OLD - 1) & persons.employed
    dynamics._age_one_year(persons, households.urban, P, np.random.default_rng(7))
    for urban, employment_rate in ((False, P["population.employment_rate.rural"]),
                                   (True, P["population.employment_rate.urban"])):
        stayed = share_at_work(persons, households, urban, turning)
        expected = population.older_people_working(urban, P) / employment_rate
        assert stayed == pytest.approx(expected, abs=0.05)
    assert 0.3 < share_at_work(persons, households, False, turning) < 0.7


def test_older_people_at_work_lose_it_neither_to_the_job_market_nor_to_an_illness_and_never_look_for_it():
    p = {**P, "dynamics.job_loss_rate": 0.5, "dynamics.illness_by_age": [0.5] * 4, "dynamics.illness_job_loss": 1.0,
         "dynamics.disability_onset_by_age": [0.0] * 4, "dynamics.mortality_by_age": [0.0] * 4,
         "dynamics.job_finding_rate": 1.0, "dynamics.job_finding_decay": 0.0}
    households, persons = population.generate(5_000, p, np.random.default_rng(8))
    members = MemberCounts(persons, len(households), p["population.age_bands"])
    older = persons.age >= OLD
    working_age = ~older & (persons.age >= p["population.age_bands"][1])
    at_work, idle = older & persons.employed, older & ~persons.employed
    dynamics.advance(households, persons, members, p, p, np.random.default_rng(9), january=False)
    assert persons.employed[at_work].all()
    assert not persons.employed[idle].any()
    lost = working_age & ~persons.employed
    assert lost.sum() > 0.2 * working_age.sum()


def test_only_workers_of_working_age_count_against_the_earnings_a_means_test_imputes():
    households, persons = population.generate(5_000, P, np.random.default_rng(10))
    members = MemberCounts(persons, len(households), P["population.age_bands"])
    working_age = persons.employed & (persons.age < OLD)
    assert (persons.employed & (persons.age >= OLD)).any()
    assert np.array_equal(members.workers, np.bincount(persons.household[working_age], minlength=len(households)))
    everyone = np.flatnonzero(persons.employed)
    members.stop_work(persons, everyone)
    assert not members.workers.any()
    assert members.earning_levels == pytest.approx(0.0, abs=1e-6)
