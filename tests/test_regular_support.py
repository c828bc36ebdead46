"""Regular support: extreme-poor support replaces Dibao, written once (`rules.regular_support`) for the model, the
calculator and the metrics alike."""
from simulation.analysis.calculator import calculate, describe
from simulation.model.district import DistrictModel
from simulation.rules import dibao, extreme_poor, regular_support
from simulation.rules.regular_support import NOT_ASSISTED, ON_DIBAO, ON_EXTREME_POOR


def test_the_calculator_pays_one_or_the_other():
    # An old couple with no one to support them, and a working family, both below Dachuan's rural standard.
    for members, expect in (([{"age": 82}, {"age": 78}], ON_EXTREME_POOR), ([{"age": 40}, {"age": 12}], ON_DIBAO)):
        amounts = {e.programme: e.amount for e in calculate(describe(area="rural", members=members, income=100))}
        assert (amounts["extreme_poor"] > 0) == (expect == ON_EXTREME_POOR)
        assert (amounts["dibao"] > 0) == (expect == ON_DIBAO)


def test_households_eligible_for_both_get_extreme_poor_support_only():
    model = DistrictModel(households=3_000, seed=4)
    c, p = model.circumstances, model.p
    support = regular_support.assess(c, c.income, p)
    on_extreme, on_dibao = extreme_poor.assess(c, c.income, p), dibao.assess(c, c.income, p)
    both = on_extreme.eligible & on_dibao.eligible
    assert both.any()  # the precedence decides something in this district
    assert (support.receives[both] == ON_EXTREME_POOR).all()
    assert (support.amount[both] == on_extreme.amount[both]).all() and (support.scheme_amount[both] == 0).all()
    only_dibao = on_dibao.eligible & ~on_extreme.eligible
    assert ((support.receives[only_dibao] == ON_DIBAO).all()
            and (support.amount[only_dibao] == on_dibao.amount[only_dibao]).all())
    assert (support.receives[~on_extreme.eligible & ~on_dibao.eligible] == NOT_ASSISTED).all()
    # The district's caseload follows the same rule: no one on Dibao is eligible for extreme-poor support.
    on = model.caseload.receives == ON_DIBAO
    assessed = model.caseload.assessed_income
    assert not extreme_poor.assess(c.rows(on.nonzero()[0]), assessed[on], p).eligible.any()
