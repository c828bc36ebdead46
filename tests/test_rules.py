"""Programme rules: what household cases cannot say. The cases worked by hand from the seeds' figures (Dachuan 2019:
standards 520 urban and 330 rural yuan per person per month; old-age allowance 60/120/600 yuan from 80/90/100;
seed 004) are in datasets/rule-cases/ and run in tests/test_rule_cases.py; here are the explanations' wording, the
national parameters, bad input and the rules applied to columns."""
import datetime as dt

import numpy as np
import pytest

from simulation.analysis.calculator import calculate, describe
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.rules.entitlements import render


def test_the_dibao_explanation_shows_the_arithmetic():
    # The urban family of three of datasets/rule-cases/dibao.yaml: 930 / 3 = 310 per person, 520 - 310 = 210.
    family = describe(area="urban", income=930, members=[{"age": 45}, {"age": 43}, {"age": 12}])
    dibao = next(e for e in calculate(family) if e.programme == "dibao")
    assert "310" in dibao.reasons[0] and "210 x 3 members = 630" in dibao.reasons[0]


@pytest.mark.parametrize("scheme", ["dibao", "germany"])
def test_one_child_is_one_child_in_both_languages(scheme):
    # Issue 12: module 5 printed "1 children". A count takes the singular or the plural, in English; Chinese has one.
    one = [{"age": 35}, {"age": 33, "disability": "severe"}, {"age": 5}]
    two = [{"age": 35}, {"age": 33, "disability": "severe"}, {"age": 5, "disability": "severe"}, {"age": 7}]
    for members, children, wanted, unwanted in ((one, 1, ["1 child", "1 severely disabled member"], ["1 children"]),
                                                (two, 2, ["2 children", "2 severely disabled members"], ["(ren)"])):
        household = describe(area="urban", income=300, members=members, scheme=scheme)
        english, chinese = render(calculate(household, "en"), "en"), render(calculate(household, "zh"), "zh")
        for words in wanted:
            assert words in english, english
        for words in unwanted + ["member(s)", "adult(s)", "child(ren)"]:
            assert words not in english, english
        assert f"{children} 名儿童" in chinese and "children" not in chinese, chinese


def test_national_standards_follow_the_bulletins():
    national = load_parameters("national")
    assert national.at(dt.date(2019, 6, 1))["dibao.standard.urban"] == 617.0
    # Rural 2014 was published per year: 2,673.2 / 12 = 222.8 a month.
    assert national.at(dt.date(2014, 6, 1))["dibao.standard.rural"] == pytest.approx(222.8)
    assert national.at(dt.date(2014, 6, 1))["dibao.central_share.urban"] == pytest.approx(51.888 / 72.17, abs=1e-3)


def test_bad_household_descriptions_name_the_field():
    with pytest.raises(InputError, match="income"):
        describe(income=-1, members=[{"age": 30}])
    with pytest.raises(InputError, match="members"):
        describe(income=0, members=[])
    with pytest.raises(InputError, match="disability"):
        describe(income=0, members=[{"age": 30, "disability": "blind"}])


def test_the_rules_work_on_columns_as_on_one_household():
    """The model applies the rules to whole districts; a column of households gives each one its own answer."""
    from simulation.rules import dibao
    from simulation.rules.circumstances import Circumstances
    p = load_parameters("dachuan").at(dt.date(2019, 6, 1))
    n = 3
    c = Circumstances(urban=np.array([True, False, True]), local_hukou=np.ones(n, bool),
                      standard=np.array([520.0, 330.0, 520.0]), members=np.array([3, 2, 1]),
                      children=np.array([1, 0, 0]), aged_70_plus=np.zeros(n, int), aged_60_plus=np.zeros(n, int),
                      disabled_aged_60_plus=np.zeros(n, int), able_adults=np.array([2, 2, 1]),
                      fit_adults=np.array([2, 2, 1]), workers=np.array([2, 2, 1]),
                      family_elsewhere=np.zeros(n, bool), disabled=np.zeros(n, int), severely_disabled=np.zeros(n, int),
                      disabled_pensions=np.zeros(n), resident_pensioners=np.zeros(n, int),
                      disabled_resident_pensioners=np.zeros(n, int),
                      earnings=np.zeros(n), pensions=np.zeros(n), remittances=np.zeros(n), income=np.zeros(n),
                      medical_repayment=np.zeros(n), assets=np.zeros(n))
    amounts = dibao.assess(c, np.array([930.0, 400.0, 600.0]), p).amount
    assert amounts.tolist() == pytest.approx([682, 260, 0])


def test_a_disabled_member_included_on_their_own_is_paid_the_gap_to_their_own_pension():
    """A one-person household's means test counts its own income: a disabled member with a pension gets the standard
    less that pension, and one whose pension is above the standard is not included at all."""
    from simulation.rules import dibao
    from simulation.rules.circumstances import Circumstances
    p = load_parameters("dachuan").at(dt.date(2019, 6, 1))
    n = 3
    ones, zeros = np.ones(n, int), np.zeros(n, int)
    c = Circumstances(urban=np.ones(n, bool), local_hukou=np.ones(n, bool), standard=np.full(n, 520.0),
                      members=np.full(n, 2), children=zeros, aged_70_plus=ones, aged_60_plus=ones,
                      disabled_aged_60_plus=ones, able_adults=ones, fit_adults=ones,
                      workers=ones, family_elsewhere=np.zeros(n, bool), disabled=ones, severely_disabled=zeros,
                      disabled_pensions=np.array([0.0, 150.0, 600.0]), resident_pensioners=np.zeros(n, int),
                      disabled_resident_pensioners=np.zeros(n, int),
                      earnings=np.zeros(n), pensions=np.zeros(n), remittances=np.zeros(n), income=np.zeros(n),
                      medical_repayment=np.zeros(n), assets=np.zeros(n))
    # 1,300 yuan for two: 650 per person, above 520 but within 1.5 times it.
    a = dibao.assess(c, np.full(n, 1300.0), p)
    assert a.amount.tolist() == pytest.approx([520, 370, 0])
    assert a.covered.tolist() == [1, 1, 0]
