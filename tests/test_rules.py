"""Programme rules, with cases worked by hand from the seeds' figures (Dachuan 2019: standards 520 urban and
330 rural yuan per person per month; old-age allowance 60/120/600 yuan from 80/90/100; seed 004)."""
import datetime as dt

import numpy as np
import pytest

from simulation.analysis.calculator import calculate, describe
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters


def entitled(**household):
    return {e.programme: e for e in calculate(describe(**household))}


def test_dibao_top_up_for_an_urban_family_of_three():
    # 930 / 3 = 310 per person, 520 - 310 = 210 per person, x 3 = 630; one child adds 10% of 520 = 52.
    result = entitled(area="urban", income=930, members=[{"age": 45}, {"age": 43}, {"age": 12}])
    assert result["dibao"].amount == pytest.approx(682)
    assert "310" in result["dibao"].reasons[0] and "210 x 3 members = 630" in result["dibao"].reasons[0]


def test_rural_standard_is_lower():
    # 400 / 2 = 200 per person; rural standard 330: (330 - 200) x 2 = 260.
    assert entitled(area="rural", income=400, members=[{"age": 40}, {"age": 38}])["dibao"].amount == pytest.approx(260)


def test_income_at_the_standard_gets_nothing():
    assert entitled(area="urban", income=1040, members=[{"age": 40}, {"age": 38}])["dibao"].amount == 0
    assert entitled(area="urban", income=1039, members=[{"age": 40}, {"age": 38}])["dibao"].amount == pytest.approx(1)


def test_asset_test_and_hukou_rule_out_dibao():
    # Asset limit: 24 months of 520 = 12,480 per person.
    members = [{"age": 40}]
    assert entitled(income=0, assets=12_480, members=members)["dibao"].amount == 520
    assert entitled(income=0, assets=12_481, members=members)["dibao"].amount == 0
    assert entitled(income=0, hukou="migrant", members=members)["dibao"].amount == 0


def test_dibao_never_exceeds_standard_times_members():
    # No income, one member aged 75 and severely disabled, with family elsewhere (so not extreme poor):
    # 520 + supplements 0.1 x 520 + 0.2 x 520 = 676, capped at 520 x 1.
    result = entitled(income=0, family_elsewhere=True, members=[{"age": 75, "disability": "severe"}])
    assert result["dibao"].amount == 520


def test_extreme_poor_get_1_3_times_the_standard():
    # Two elderly rural people, no one to support them, income 240: 1.3 x 330 = 429 per person,
    # (429 - 120) x 2 = 618, instead of Dibao.
    result = entitled(area="rural", income=240, members=[{"age": 82}, {"age": 78}])
    assert result["extreme_poor"].amount == pytest.approx(618)
    assert result["dibao"].amount == 0


@pytest.mark.parametrize("age, allowance", [(79, 0), (80, 60), (89, 60), (90, 120), (99, 120), (100, 600)])
def test_old_age_allowance_bands(age, allowance):
    assert entitled(income=5_000, family_elsewhere=True, members=[{"age": age}])["old_age"].amount == allowance


def test_old_age_allowance_needs_local_hukou():
    assert entitled(income=5_000, hukou="migrant", members=[{"age": 85}])["old_age"].amount == 0


def test_medical_assistance_pays_its_share_for_assisted_households():
    # 70% of a 3,000 yuan bill = 2,100 for an extreme-poor household; nothing for a household not assisted.
    poor = entitled(area="rural", income=240, medical_costs=3_000, members=[{"age": 82}, {"age": 78}])
    assert poor["medical"].amount == pytest.approx(2_100)
    better_off = entitled(area="urban", income=9_000, medical_costs=3_000, members=[{"age": 50}])
    assert better_off["medical"].amount == 0


def test_temporary_assistance_caps_and_emergencies():
    # Urban family of 2, income 1,200 (600 each: not Dibao, but below 1.5 x 520 = 780, so low income).
    # A 10,000 yuan bill exceeds a month's income; the grant is capped at 3 x 520 x 2 = 3,120.
    family = dict(area="urban", income=1_200, members=[{"age": 40}, {"age": 38}])
    assert entitled(**family, medical_costs=10_000)["temporary"].amount == pytest.approx(3_120)
    assert entitled(**family, medical_costs=1_000)["temporary"].amount == 0  # less than a month's income
    # An emergency pays 1 month of the standard per member: 2 x 520.
    assert entitled(**family, emergency=True)["temporary"].amount == pytest.approx(1_040)


def test_disability_subsidies():
    # Severely disabled member of a Dibao household: living 60 + nursing 60.
    result = entitled(income=0, family_elsewhere=True, members=[{"age": 40, "disability": "severe"}, {"age": 38}])
    assert result["disability"].amount == 120


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
    from simulation.rules.circumstances import Circumstances
    from simulation.rules import dibao
    p = load_parameters("dachuan").at(dt.date(2019, 6, 1))
    n = 3
    c = Circumstances(urban=np.array([True, False, True]), local_hukou=np.ones(n, bool),
                      standard=np.array([520.0, 330.0, 520.0]), members=np.array([3, 2, 1]),
                      children=np.array([1, 0, 0]), aged_70_plus=np.zeros(n, int), able_adults=np.array([2, 2, 1]),
                      family_elsewhere=np.zeros(n, bool), disabled=np.zeros(n, int), severely_disabled=np.zeros(n, int),
                      earnings=np.zeros(n), pensions=np.zeros(n), remittances=np.zeros(n), income=np.zeros(n),
                      medical_repayment=np.zeros(n), assets=np.zeros(n))
    amounts = dibao.assess(c, np.array([930.0, 400.0, 600.0]), p).amount
    assert amounts.tolist() == pytest.approx([682, 260, 0])
