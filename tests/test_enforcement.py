"""Dibao's enforcement as dated policy (issue 9, item 3): when means tests are cross-checked against records, and what
a check or an investigation at the household finds of the income a household leaves out of its declaration."""
import datetime as dt

import numpy as np
import pytest

from simulation.inputs.parameters import load_parameters
from simulation.model.caseload import declared_share, verification_coverage

NATIONAL = load_parameters("national")


@pytest.mark.parametrize(("date", "share"), [
    (dt.date(2008, 6, 1), 0.0),     # before the 2009 pilots
    (dt.date(2011, 12, 1), 0.05),   # the pilots' share, until Guo Fa [2012] 45
    (dt.date(2012, 1, 1), 0.05),
    (dt.date(2014, 1, 1), 0.525),   # halfway from the pilots' share to every case
    (dt.date(2015, 12, 1), 0.05 + 0.95 * 47 / 48),
    (dt.date(2016, 1, 1), 1.0),     # every case by the Ministry's end-2015 target (S241)
    (dt.date(2019, 6, 1), 1.0),
])
def test_checks_against_records_reach_every_case_by_the_ministry_s_end_2015_target(date, share):
    assert verification_coverage(NATIONAL.at(date), date) == pytest.approx(share)


def test_a_roll_out_that_ends_when_it_starts_checks_every_case_at_once_and_none_more_before():
    for date, share in ((dt.date(2011, 6, 1), 0.05), (dt.date(2012, 1, 1), 1.0), (dt.date(2013, 1, 1), 1.0)):
        p = NATIONAL.at(date, {"dibao.verification_nationwide_year": 2012})
        assert verification_coverage(p, date) == share


def test_a_check_finds_the_part_of_the_hidden_income_that_leaves_a_record():
    p = NATIONAL.at(dt.date(2017, 1, 1))
    left_out = p["casework.undeclared_income_share"]
    checked, urban = np.array([False, True, False, True]), np.array([False, False, True, True])
    seen = declared_share(p, checked, urban)
    assert seen[0] == seen[2] == pytest.approx(1 - left_out)
    assert seen[1] == pytest.approx(1 - left_out * (1 - p["casework.records_reach.rural"]))
    assert seen[3] == pytest.approx(1 - left_out * (1 - p["casework.records_reach.urban"]))


def test_the_special_governance_of_2018_investigates_rural_households_and_finds_all_they_left_out():
    checked, urban = np.array([False, True, True]), np.array([False, False, True])
    before, during, after = (NATIONAL.at(date) for date in (dt.date(2018, 4, 1), dt.date(2018, 7, 1),
                                                           dt.date(2018, 11, 1)))
    assert not before["dibao.rural_household_investigation"] and during["dibao.rural_household_investigation"]
    assert not after["dibao.rural_household_investigation"]
    seen = declared_share(during, checked, urban)
    assert seen[0] == seen[1] == 1.0, "a rural household's hidden income is found, records or not"
    assert seen[2] == pytest.approx(declared_share(before, checked, urban)[2]), "urban tests are as before"
    assert np.all(declared_share(before, checked, urban)[:2] < 1.0)
    # Dachuan's 2019 district starts after the first phase, so its workshops are as before.
    assert not load_parameters("dachuan").at(dt.date(2019, 1, 1))["dibao.rural_household_investigation"]
