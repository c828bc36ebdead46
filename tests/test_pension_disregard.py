"""The 2016 guideline linking rural Dibao with poverty alleviation: a rural means test leaves out the basic pension
the central government sets, for each member drawing the resident pension (S277, S278; restated in 2020, S279)."""
import datetime as dt

import numpy as np
import pytest

from simulation.analysis.calculator import calculate, describe
from simulation.cli import main
from simulation.inputs.parameters import load_parameters
from simulation.model.district import DistrictModel
from simulation.model.economy import RESIDENT_PENSION
from simulation.rules import dibao
from simulation.rules.circumstances import Circumstances, MemberCounts
from simulation.sessions import casefiles

NATIONAL, DACHUAN = load_parameters("national"), load_parameters("dachuan")
# Dachuan 2019: rural standard 330, the central basic pension 88 (from January 2018).
PENSIONER_AND_SON = [{"age": 72, "resident_pension": True}, {"age": 45}]


def dibao_of(household) -> float:
    return next(e.amount for e in calculate(household) if e.programme == "dibao")


def test_the_rule_is_in_force_from_the_month_after_the_guideline():
    assert not NATIONAL.at(dt.date(2016, 9, 1))["dibao.rural_basic_pension_disregarded"]
    assert NATIONAL.at(dt.date(2016, 10, 1))["dibao.rural_basic_pension_disregarded"]
    assert DACHUAN.at(dt.date(2019, 1, 1))["dibao.rural_basic_pension_disregarded"]


def test_a_rural_means_test_leaves_out_the_central_basic_pension_and_an_urban_one_does_not():
    rural = describe(area="rural", income=600, members=PENSIONER_AND_SON)
    # (600 - 88) / 2 = 256 a person, 330 - 256 = 74, x 2 = 148, and 10% of 330 for the member aged 70 or over.
    assert dibao_of(rural) == pytest.approx(148 + 33)
    assert "leaves out 88 yuan" in calculate(rural)[0].reasons[0]
    without = describe(area="rural", income=600, members=[{"age": 72}, {"age": 45}])
    assert dibao_of(without) == pytest.approx(2 * (330 - 300) + 33)
    urban = describe(area="urban", income=600, members=PENSIONER_AND_SON)
    assert dibao_of(urban) == pytest.approx(2 * (520 - 300) + 52)
    before = describe(area="rural", income=600, members=PENSIONER_AND_SON, locality="national",
                      date=dt.date(2016, 6, 1))
    assert dibao_of(before) == dibao_of(describe(area="rural", income=600, members=[{"age": 72}, {"age": 45}],
                                                 locality="national", date=dt.date(2016, 6, 1)))


def test_a_disabled_member_on_their_own_is_paid_the_standard_less_the_pension_as_counted():
    p = DACHUAN.at(dt.date(2019, 6, 1))
    n = 3
    ones, zeros = np.ones(n, int), np.zeros(n, int)
    c = Circumstances(urban=np.array([False, False, True]), local_hukou=np.ones(n, bool), standard=np.array(
                          [330.0, 330.0, 520.0]), members=ones, children=zeros, aged_70_plus=zeros, aged_60_plus=ones,
                      disabled_aged_60_plus=ones, able_adults=zeros, fit_adults=zeros, workers=zeros,
                      family_elsewhere=np.zeros(n, bool), disabled=ones, severely_disabled=zeros,
                      disabled_pensions=np.full(n, 150.0), resident_pensioners=np.array([0, 1, 1]),
                      disabled_resident_pensioners=np.array([0, 1, 1]), earnings=np.zeros(n),
                      pensions=np.full(n, 150.0), remittances=np.zeros(n), income=np.full(n, 150.0),
                      medical_repayment=np.zeros(n), assets=np.zeros(n))
    # A pension of 150 without the resident pension's 88 in it, with it, and in a town, where all of it counts.
    assert dibao.paid_on_their_own(c, p).tolist() == pytest.approx([330 - 150, 330 - 62, 520 - 150])


def test_the_district_keeps_its_count_of_resident_pensioners_as_people_die_age_and_gain_the_pension():
    # From June 2011, through the resident pension's roll-out to every rural resident (July 2012) and two Januaries.
    model = DistrictModel("national", dt.date(2011, 6, 1), 3000, {}, 5, keep_history=False)
    before = model.members.resident_pensioners.copy()
    model.run(20)
    fresh = MemberCounts(model.persons, len(model.households.urban), model.p["population.age_bands"])
    assert np.array_equal(model.members.resident_pensioners, fresh.resident_pensioners)
    assert np.array_equal(model.members.disabled_resident_pensioners, fresh.disabled_resident_pensioners)
    living = model.persons.alive & (model.persons.pension_scheme == RESIDENT_PENSION)
    assert model.members.resident_pensioners.sum() == np.count_nonzero(living) > before.sum()


def test_the_case_file_lists_who_draws_the_resident_pension_and_the_calculator_leaves_it_out():
    assert casefiles.member_text([72, 0, False, True], "en") == "72 (resident pension)"
    assert "领取城乡居民养老金" in casefiles.member_text([72, 0, False, True], "zh")
    assert casefiles.member_text([45, 0, True], "en") == "45 (in work)", "files written before list three fields"
    facts = {"locality": "dachuan", "date": "2019-06-01", "scheme": "dibao", "level": "relative_to_standard",
             "urban": False, "local_hukou": True, "assets": 0, "family_elsewhere": False,
             "members": [[72, 0, False, True], [45, 0, True]]}
    assert casefiles.top_up(facts, 600) == pytest.approx(181)
    facts["members"][0] = [72, 0, False, False]
    assert casefiles.top_up(facts, 600) == pytest.approx(93)


def test_carelab_calc_takes_a_member_drawing_the_resident_pension(capsys):
    assert main(["calc", "--area", "rural", "--member", "72:pension", "--member", "45", "--income", "600"]) == 0
    assert "leaves out 88 yuan a month of basic pension" in capsys.readouterr().out
    assert main(["calc", "--area", "rural", "--member", "72:pension", "--member", "45", "--income", "600",
                 "--lang", "zh"]) == 0
    assert "不计入中央确定的基础养老金：每月 88 元" in capsys.readouterr().out
