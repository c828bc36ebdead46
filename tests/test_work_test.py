"""The work test of the Interim Measures (2014): a working-age member with no disability and no job is deemed able
to earn (`dibao.imputed_earnings`), and his or her own Dibao is stopped (Art. 45, S276). The household is paid for
the others, and the Ministry's count of persons on Dibao leaves that member out."""
import datetime as dt

import numpy as np
import pytest

from simulation.analysis.calculator import calculate, describe
from simulation.inputs.parameters import load_parameters
from simulation.model.district import DistrictModel
from simulation.rules import dibao
from simulation.rules.circumstances import Circumstances
from simulation.rules.regular_support import ON_DIBAO

DACHUAN_2019 = load_parameters("dachuan").at(dt.date(2019, 6, 1))
NATIONAL_2012 = load_parameters("national").at(dt.date(2012, 6, 1))


def urban_households(fit_adults, workers, members, aged_60_plus, income) -> Circumstances:
    """Urban households with local hukou, no disability, no assets, the given members and income."""
    n = len(members)
    zeros = np.zeros(n, int)
    return Circumstances(
        urban=np.ones(n, bool), local_hukou=np.ones(n, bool), standard=np.full(n, 520.0),
        members=np.array(members), children=zeros, aged_70_plus=zeros, aged_60_plus=np.array(aged_60_plus),
        disabled_aged_60_plus=zeros, able_adults=np.array(fit_adults), fit_adults=np.array(fit_adults),
        workers=np.array(workers), family_elsewhere=np.zeros(n, bool), disabled=zeros, severely_disabled=zeros,
        disabled_pensions=np.zeros(n), resident_pensioners=zeros, disabled_resident_pensioners=zeros,
        earnings=np.array(income, float), pensions=np.zeros(n), remittances=np.zeros(n),
        income=np.array(income, float), medical_repayment=np.zeros(n), assets=np.zeros(n))


def test_the_grant_covers_the_members_not_deemed_to_earn_and_pays_what_the_imputed_earnings_leave():
    # An older member earning 400 with a jobless son of 38; two jobless fit adults; a couple both in work.
    c = urban_households(fit_adults=[1, 2, 2], workers=[0, 0, 2], members=[2, 2, 2], aged_60_plus=[1, 0, 0],
                         income=[400, 0, 800])
    a = dibao.assess(c, c.income, DACHUAN_2019)
    # (400 + 520) / 2 = 460 a person, (520 - 460) x 2 = 120, for the older member alone.
    assert a.amount.tolist() == pytest.approx([120, 0, 2 * (520 - 400)])
    assert a.covered.tolist() == [1, 0, 2]
    assert a.eligible.tolist() == [True, False, True]
    # Before the Interim Measures nothing is imputed and the grant covers every member.
    before = dibao.assess(c, c.income, {**NATIONAL_2012, "dibao.standard.urban": 520.0})
    assert before.covered.tolist() == [2, 2, 2]
    assert before.amount.tolist() == pytest.approx([2 * (520 - 200), 2 * 520, 2 * (520 - 400)])


def test_a_household_whose_only_members_are_deemed_to_earn_gets_nothing_however_little_is_imputed():
    c = urban_households(fit_adults=[1], workers=[0], members=[1], aged_60_plus=[0], income=[0])
    a = dibao.assess(c, c.income, {**DACHUAN_2019, "dibao.imputed_earnings": 0.5})
    assert a.income_per_person[0] == pytest.approx(260) and not a.eligible[0] and a.covered[0] == 0


def test_the_explanation_says_whose_dibao_is_stopped_in_both_languages():
    household = describe(area="urban", income=400, members=[{"age": 64}, {"age": 38, "in_work": False}])
    for lang, words in (("en", "the grant covers 1 of the 2 members"), ("zh", "低保金覆盖家庭 2 人中的 1 人")):
        result = next(e for e in calculate(household, lang=lang) if e.programme == "dibao")
        assert result.amount == pytest.approx(120)
        assert any(words in reason for reason in result.reasons), result.reasons


def test_the_ministry_s_count_leaves_out_the_members_deemed_to_earn_and_keeps_the_old_ones():
    model = DistrictModel("national", dt.date(2016, 1, 1), 3_000, {}, 4, keep_history=False)
    model.run(3)
    c, caseload = model.circumstances, model.caseload
    on = np.flatnonzero(caseload.receives == ON_DIBAO)
    covered = caseload.persons_covered(c.members, on)
    assert model.latest["dibao_persons"] == covered.sum()
    idle = np.maximum(c.fit_adults - c.workers, 0)[on]
    left_out = (covered == c.members[on] - idle) & (idle > 0) & (covered > c.disabled[on])
    old_in_them = left_out & (c.aged_60_plus[on] > c.disabled_aged_60_plus[on])
    assert old_in_them.sum() >= 10, "the district has households paid for their old members without the idle one"
    # Every old member of a grant to the household is counted; a grant to the disabled members counts its disabled old.
    household_grant = covered > c.disabled[on]
    old = np.where(household_grant, c.aged_60_plus[on], np.minimum(c.disabled_aged_60_plus[on], covered))
    assert model.latest["dibao_persons_aged_60_or_over"] == old.sum()
