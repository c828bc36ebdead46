"""The dated economy: the countryside's poor areas follow their own published incomes and catch up with the rest."""
import datetime as dt

import numpy as np
import pytest

from simulation.inputs import parameters
from simulation.model import dynamics, economy, population

NATIONAL = parameters.load_parameters("national")


def at(year: int) -> dict:
    return NATIONAL.at(dt.date(year, 6, 1))


@pytest.mark.parametrize("year, published", [(2012, 0.622), (2016, 0.684), (2019, 0.722)])
def test_the_poor_areas_earn_their_published_share_of_the_rural_mean_and_the_countryside_keeps_it(year, published):
    p = at(year)
    poor, rest = (float(x) for x in economy.mean_income(p, np.array([False, False]), np.array([True, False])))
    share = p["population.poor_areas_share"]
    assert poor / p["income.mean.rural"] == pytest.approx(published)
    assert rest > p["income.mean.rural"] > poor
    assert share * poor + (1 - share) * rest == pytest.approx(p["income.mean.rural"])


def test_a_district_draws_its_poor_areas_in_the_countryside_only_and_poorer():
    p = at(2016)
    households, persons = population.generate(20_000, p, np.random.default_rng(4))
    assert not (households.poor_area & households.urban).any()
    rural = ~households.urban
    assert households.poor_area[rural].mean() == pytest.approx(p["population.poor_areas_share"], abs=0.02)
    # Earnings of the same kind of worker (no disability) in a poor area and in the rest, as their means stand.
    able = persons.disability == population.NO_DISABILITY
    at_home = households.poor_area[persons.household]
    in_rest = rural[persons.household] & ~at_home
    poor, rest = economy.rural_levels(p)
    ratio = np.median(persons.earnings_level[able & at_home]) / np.median(persons.earnings_level[able & in_rest])
    assert ratio == pytest.approx(poor / rest, rel=0.05)


def test_in_january_the_poor_areas_grow_faster_than_the_rest_of_the_countryside():
    before, p = at(2016), at(2017)
    households, persons = population.generate(5_000, before, np.random.default_rng(2))
    earnings = persons.earnings_level.copy()
    assert dynamics.follow_the_economy(households, persons, p, before, np.random.default_rng(3))
    grew = persons.earnings_level / earnings
    where = households.poor_area[persons.household], households.urban[persons.household]
    poor_growth, = set(np.round(grew[where[0]], 12))
    rest_growth, = set(np.round(grew[~where[0] & ~where[1]], 12))
    urban_growth, = set(np.round(grew[where[1]], 12))
    rural = p["income.mean.rural"] / before["income.mean.rural"]
    assert poor_growth == pytest.approx(rural * 0.6981 / 0.684)
    assert poor_growth > rural > rest_growth
    assert urban_growth == pytest.approx(p["income.mean.urban"] / before["income.mean.urban"])


def test_a_locality_without_poor_areas_keeps_one_rural_level():
    p = parameters.load_parameters("dachuan").at(dt.date(2019, 6, 1))
    assert p["population.poor_areas_share"] == 0
    assert economy.rural_levels(p)[1] == 1.0
