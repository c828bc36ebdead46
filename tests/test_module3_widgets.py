"""Module 3, designing a service package: what turnover does to a community's package (statutory duties first),
the sums the assessment asks for worked by hand against the engine, and the Dibao care-package widget."""
import matplotlib.pyplot as plt
import numpy as np
import pytest

from simulation.retirees import (
    build_package,
    community,
    load_package,
    settings,
    typical_community,
    typical_staff,
    validated,
)
from simulation.services import needs
from simulation.services.referral import service_for
from simulation.workshop.module3.analysis import care_needs, care_table, coverage_by_turnover
from simulation.workshop.module3.figures import turnover_figure
from simulation.workshop.module3.widgets import CarePackage
from simulation.workshop.shared.runs import district

# The staff terms pinned, so the sums below can be done by hand: a worker gives 2,000 x 0.75 = 1,500 hours a year
# to the package; a leaver's post stands empty 3 months and the newcomer works at half pace for 6.
P = settings(overrides={"retiree_service.staff.working_hours_per_year": 2_000,
                        "retiree_service.staff.package_time_share": 0.75,
                        "retiree_service.staff.months_to_fill": 3, "retiree_service.staff.training_months": 6,
                        "retiree_service.staff.training_productivity": 0.5})


def item(id, target, times, minutes, statutory=False, priority=1):
    return dict(id=id, name=id, target=target, times_per_year=times, staff_minutes=minutes, statutory=statutory,
                priority=priority)


# 1,200 retirees: 1,200 x 60 = 72,000 statutory minutes = 1,200 hours; the visits need 100 x 12 x 60 / 60 = 1,200.
SMALL = validated({"name": "small", "items": [item("certify", "all", 1, 60, statutory=True),
                                              item("visit", "living_alone", 12, 60)]}, "test")
ALONE = dict(aged_60_69=1_200, living_alone=100)


def test_turnover_cuts_the_other_items_long_before_the_statutory_duties():
    table = coverage_by_turnover(SMALL, community(**ALONE), posts=1, rates=(0, 0.4, 0.8), p=P).set_index("turnover")
    # Effective share of a post = 1 - turnover x 3/12 (empty) - turnover x 6/12 x 0.5 (learning) = 1 - turnover / 2.
    assert table["effective_staff"].to_list() == pytest.approx([1, 0.8, 0.6])
    # No turnover: 1,500 hours, 1,200 to the statutory duty, the other 300 to the visits.
    assert table.loc[0, "statutory_coverage"] == pytest.approx(1)
    assert table.loc[0, "other_coverage"] == pytest.approx(300 / 1_200)
    assert table.loc[0, "coverage"] == pytest.approx(1_500 / 2_400)
    # 40%: exactly the 1,200 statutory hours are left, and nothing for the visits.
    assert table.loc[0.4, "statutory_coverage"] == pytest.approx(1)
    assert table.loc[0.4, "other_coverage"] == pytest.approx(0)
    # 80%: 900 hours cannot cover even the statutory duty.
    assert table.loc[0.8, "statutory_coverage"] == pytest.approx(900 / 1_200)
    # The whole package needs 2,400 / 1,500 = 1.6 workers; posts needed grow as each post does less.
    assert table["posts_needed"].to_list() == pytest.approx([1.6, 2.0, 1.6 / 0.6])
    assert (table["retirees"] == 1_200).all() and (table["posts"] == 1).all()


def test_the_standard_package_under_turnover_keeps_its_order():
    table = coverage_by_turnover(load_package(), retirees=1_200, posts=1, p=P)
    assert table["turnover"].iloc[0] == 0 and table["turnover"].iloc[-1] == pytest.approx(0.8)
    assert (table["statutory_coverage"] >= table["other_coverage"]).all()
    assert table["coverage"].is_monotonic_decreasing and table["posts_needed"].is_monotonic_increasing
    # One post protects the statutory duties at a low turnover but not at a high one.
    assert table["statutory_coverage"].iloc[0] == pytest.approx(1) and table["statutory_coverage"].iloc[-1] < 1


def test_the_turnover_chart_draws_three_lines():
    fig = turnover_figure(coverage_by_turnover(load_package(), retirees=1_200, posts=1.5, p=P), "en")
    try:
        (ax,) = fig.axes
        assert [line.get_label() for line in ax.get_lines()] == [
            "statutory duties", "the other items", "the whole package"]
        assert ax.get_title(loc="left").startswith("1,200 retirees, 1.5 full-time posts")
    finally:
        plt.close(fig)


# ---- the assessment's sums, worked by hand, against the engine ------------------------------------------------
def test_the_small_package_of_question_1_costs_what_the_hand_sum_says():
    package = validated({"name": "q1", "items": [
        item("certify", "all", 1, 20, statutory=True), item("over_80", "aged_80_plus", 4, 40),
        item("alone", "living_alone", 12, 30), item("activity", "community", 24, 240)]}, "q1")
    place = community(aged_60_69=680, aged_80_plus=120, living_alone=96)
    result = build_package(package, place, typical_staff(1, P), P)
    hand = 800 * 1 * 20 / 60 + 120 * 4 * 40 / 60 + 96 * 12 * 30 / 60 + 1 * 24 * 240 / 60
    assert hand == pytest.approx(1_258.667, abs=1e-3)
    assert result.hours_needed == pytest.approx(hand)
    assert result.workers_needed == pytest.approx(hand / 1_500) == pytest.approx(0.8391, abs=1e-4)


def test_question_3_needs_two_and_a_half_posts_for_the_statutory_duties():
    # Statutory hours of a typical 3,000: 3,000 x (20 + 10 + 2 x 10) / 60 + 3,000 x 0.025 x 180 / 60 = 2,725.
    # At 50% turnover a post does 1 - 0.125 - 0.25 x 0.5 = 0.75 of a worker: 1,125 hours; 2,725 / 1,125 = 2.42.
    package, place = load_package(), typical_community(3_000, P)

    def shortfall(posts):
        return build_package(package, place, typical_staff(posts, P, turnover_rate=0.5), P).statutory_shortfall
    statutory = build_package(package, place, typical_staff(10, P), P).items.query("statutory")["hours_needed"]
    assert statutory.sum() == pytest.approx(2_725)
    assert shortfall(2) and not shortfall(2.5)


# ---- Dibao households with care needs ---------------------------------------------------------------------------
# Round hours and rates, so the package's sums can be checked by hand.
CARE_TERMS = {"services.hours.daily_care": 4, "services.hours.capacity_building": 10,
              "services.hours.social_support": 5, "services.hours_per_social_worker": 100,
              "services.unit_cost.public": 40, "services.unit_cost.non_profit": 30}
SMALL_DISTRICT = dict(households=2_000, seed=3)


@pytest.fixture(scope="module")
def care():
    return CarePackage(lang="en", months=12, parameters=CARE_TERMS, **SMALL_DISTRICT)


def test_each_need_has_its_service():
    assert {need: service_for(need) for need in ("survival", "development", "opportunity")} == {
        "survival": "daily_care", "development": "capacity_building", "opportunity": "social_support"}


def test_the_care_package_counts_assisted_households_by_need_and_prices_their_hours(care):
    model = district(12, parameters=CARE_TERMS, **SMALL_DISTRICT)
    assisted = np.flatnonzero(model.caseload.assisted & (model.circumstances.members > 0))
    expected = needs.classify(model, assisted, with_reasons=False)["need"].value_counts()
    frame = care_needs(model).set_index("need")
    assert frame.attrs == {"assisted": len(assisted), "district_households": 2_000}
    assert frame["households"].to_dict() == {need: expected.get(need, 0)
                                             for need in ("survival", "development", "opportunity")}
    assert frame["households"].sum() + expected.get("none", 0) == len(assisted)
    # survival: 4 hours a month each; 100 hours a social worker; 40 yuan an hour public, 30 bought.
    survival = frame.loc["survival"]
    assert survival["households"] > 0 and survival["service"] == "daily_care"
    assert survival["hours"] == 4 * survival["households"]
    assert survival["social_workers"] == pytest.approx(survival["hours"] / 100)
    assert survival["cost_public"] == 40 * survival["hours"] and survival["cost_non_profit"] == 30 * survival["hours"]
    assert frame.loc["development", "hours"] == 10 * frame.loc["development", "households"]
    assert frame.loc["opportunity", "hours"] == 5 * frame.loc["opportunity", "households"]
    table = care_table(care_needs(model), "en")
    assert table.equals(care.table())  # the widget's district is this one
    assert table.iloc[-1, 0] == "the whole package"
    assert table["households"].iloc[-1] == f"{frame['households'].sum():,}"
    assert table["hours a month"].iloc[-1] == f"{frame['hours'].sum():,.0f}"


def test_a_bigger_budget_serves_more_households_sooner(care):
    usual = care.summary(care.baseline)
    care.budget.value = 30
    care.button.click()
    more = care.summary()
    assert more["spending"] == pytest.approx(30 * 2_000)
    assert usual["spending"] == pytest.approx(care.p["services.budget_per_household"] * 2_000)
    assert more["hours"] > usual["hours"] and more["social_workers"] > usual["social_workers"]
    for need in ("survival", "development", "opportunity"):
        assert more[need] >= usual[need], need
    assert more["survival"] > usual["survival"]
    assert more["waiting"] < usual["waiting"]
    assert "With 30 yuan a month for each household of the district, 60,000 yuan a month in all" in care.text.value


def test_no_budget_serves_no_one(care):
    care.budget.value = 0
    care.run()
    nothing = care.summary()
    assert nothing["spending"] == 0 and nothing["hours"] == 0 and nothing["served"] == 0
    assert all(nothing[need] == 0 for need in ("survival", "development", "opportunity"))
    assert care.explanation()[1].startswith("Of the households assessed as needing it, 0% receive daily care")


def test_the_same_budget_gives_the_same_run(care):
    care.budget.value = 12
    care.run()
    first = care.monthly.copy()
    care.run()
    assert care.monthly.equals(first)


def test_the_care_chart_compares_the_two_budgets(care):
    care.budget.value = 20
    care.run()
    fig = care.figure()
    try:
        cover, waiting, waited = fig.axes
        assert len(cover.get_lines()) == 6 and len(waiting.get_lines()) == 2
        assert [label.get_text() for label in waited.get_xticklabels()] == ["parameter file", "yours"]
        assert [line.get_label() for line in waiting.get_lines()] == [
            f"budget of {care.p['services.budget_per_household']:g} yuan (parameter file)", "your budget of 20 yuan"]
    finally:
        plt.close(fig)
