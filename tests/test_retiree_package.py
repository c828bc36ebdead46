"""Community management of enterprise retirees: the service package's cost, the staff it needs, coverage when staff
are short or leave, costs by community size, and bad packages and entries (seeds 000 and 001)."""
import math

import pytest
import yaml

from simulation.inputs import datasets
from simulation.inputs.errors import InputError
from simulation.reports.outputs import MARKER
from simulation.reports.retirees import explain, package_command
from simulation.retirees import (
    build_package,
    community,
    load_package,
    managed_retirees,
    settings,
    standard_costs_by_size,
    typical_community,
    typical_staff,
    validated,
)
from simulation.workshop.module3.package_builder import PackageBuilder

# Round terms so the sums can be done by hand: a worker gives 2,000 x 0.75 = 1,500 hours a year to the package and
# costs 20,000 x 1.25 = 25,000 yuan; overheads are 10% of staff and item costs; premises 12,000 yuan a year.
TERMS = dict(annual_wage=20_000, on_cost_share=0.25, working_hours_per_year=2_000, package_time_share=0.75,
             turnover_rate=0, months_to_fill=0, training_months=0, training_productivity=1)
P = settings(overrides={"retiree_service.overhead_share": 0.1, "retiree_service.premises_per_community": 12_000})


def staff(posts, **changes):
    return typical_staff(posts, P, **{**TERMS, **changes})


def item(id, target="all", times=1.0, minutes=0.0, **fields):
    return dict(id=id, name=id, target=target, times_per_year=times, staff_minutes=minutes, **fields)


def package(*items):
    return validated({"name": "test", "items": list(items)}, "test.yaml")


THOUSAND = community(aged_60_69=600, aged_70_79=200, aged_80_plus=200, disabled=100, living_alone=50)


# ---- the standard cost ----------------------------------------------------------------------------------------
def test_hand_worked_cost_of_one_item_for_a_thousand_retirees():
    # 1,000 retirees x 12 times a year x 30 minutes = 6,000 staff hours = 4 workers of 1,500 hours.
    result = build_package(package(item("x", times=12, minutes=30, other_cost=5)), THOUSAND, staff(4), P)
    assert result.hours_needed == pytest.approx(6_000)
    assert result.workers_needed == pytest.approx(4)
    standard = result.standard
    assert standard.staff == pytest.approx(4 * 25_000)
    assert standard.items == pytest.approx(12_000 * 5)
    assert standard.overhead == pytest.approx(0.1 * 160_000)
    assert standard.premises == 12_000
    assert standard.per_community_year == pytest.approx(188_000)
    assert standard.per_community_month == pytest.approx(188_000 / 12)
    assert standard.per_retiree_year == pytest.approx(188)
    assert standard.per_retiree_month == pytest.approx(188 / 12)
    assert result.coverage == pytest.approx(1) and result.cuts == []


def test_target_groups_count_the_right_people():
    items = [item("everyone", "all", 1, 60), item("oldest", "aged_80_plus", 1, 60),
             item("disabled", "disabled", 1, 60), item("alone", "living_alone", 1, 60),
             item("group", "community", 10, 60)]
    hours = build_package(package(*items), THOUSAND, staff(10), P).items["hours_needed"]
    assert hours.to_dict() == {"everyone": 1_000, "oldest": 200, "disabled": 100, "alone": 50, "group": 10}


def test_cost_per_retiree_falls_with_community_size():
    # Community-wide items and the premises cost the same for any number of retirees.
    costs = standard_costs_by_size(load_package(), sizes=(200, 1_000, 5_000), p=P)
    per_retiree = list(costs["cost_per_retiree_year"])
    assert per_retiree[0] > per_retiree[1] > per_retiree[2]
    assert list(costs["cost_per_community_year"]) == sorted(costs["cost_per_community_year"])
    assert costs["workers_needed"].iloc[2] == pytest.approx(5 * costs["workers_needed"].iloc[1], rel=0.05)


def test_a_typical_community_adds_up_and_follows_the_parameter_shares():
    made = typical_community(1_203, P)
    assert made.retirees == 1_203
    shares = P["retiree_service.community.age_shares"]
    assert abs(made.aged_80_plus - 1_203 * shares[3]) < 1
    assert made.disabled == round(1_203 * P["retiree_service.community.disabled_share"])


def test_the_provinces_community_managed_retirees_come_from_the_dataset():
    assert managed_retirees("Sichuan") == (3.44e6, 2010)
    assert managed_retirees("Hunan") == (1.38e6, 2010)
    with pytest.raises(InputError, match="region"):
        managed_retirees("Atlantis")


# ---- staff shortage and turnover ---------------------------------------------------------------------------------
def test_short_staff_serve_statutory_items_first_then_by_priority():
    items = [item("visits", "all", 12, 30, priority=2),            # 6,000 hours
             item("certification", "all", 1, 60, statutory=True, priority=9),  # 1,000 hours, statutory: first
             item("emergency", "aged_80_plus", 6, 60, priority=1)]  # 1,200 hours
    result = build_package(package(*items), THOUSAND, staff(2), P)  # 3,000 hours
    coverage = result.items["coverage"]
    assert coverage["certification"] == pytest.approx(1)
    assert coverage["emergency"] == pytest.approx(1)
    assert coverage["visits"] == pytest.approx(800 / 6_000)
    assert result.coverage == pytest.approx(3_000 / 8_200)
    assert result.cuts == [["visits"]] and result.statutory_shortfall == []
    # Paid: 2 posts; item costs only for what is delivered.
    assert result.with_staff.staff == pytest.approx(50_000)


def test_items_of_equal_rank_are_cut_in_the_same_proportion():
    items = [item("a", "all", 3, 60, priority=1), item("b", "all", 1, 60, priority=1),
             item("c", "community", 1, 60, priority=2)]
    result = build_package(package(*items), THOUSAND, staff(2), P)  # 3,000 hours for 4,001
    assert result.items.loc["a", "coverage"] == pytest.approx(0.75)
    assert result.items.loc["b", "coverage"] == pytest.approx(0.75)
    assert result.items.loc["c", "coverage"] == 0
    assert result.cuts == [["c"], ["a", "b"]]


def test_too_few_staff_for_even_the_statutory_duties():
    items = [item("certification", "all", 1, 60, statutory=True), item("visits", "all", 1, 60)]
    result = build_package(package(*items), THOUSAND, staff(0.5), P)  # 750 hours for 2,000
    assert result.statutory_shortfall == ["certification"]
    assert result.items.loc["certification", "coverage"] == pytest.approx(0.75)
    assert "statutory" in " ".join(explain(result))


def test_turnover_lowers_the_effective_staff_and_raises_the_posts_needed():
    # Half the staff leave a year; a post stays empty 3 months and the newcomer works at half speed for 6 months:
    # empty 0.5 x 3/12 = 12.5% of the time, a learner in 0.5 x 6/12 = 25% of posts, so 2 posts give
    # 2 x (1 - 0.125 - 0.25 x 0.5) = 1.5 workers' output.
    churn = staff(2, turnover_rate=0.5, months_to_fill=3, training_months=6, training_productivity=0.5)
    assert churn.vacancy_rate == pytest.approx(0.125)
    assert churn.effective == pytest.approx(1.5)
    work = package(item("visits", "all", 6, 30))  # 3,000 hours: exactly 2 trained workers
    steady = build_package(work, THOUSAND, staff(2), P)
    turning = build_package(work, THOUSAND, churn, P)
    assert steady.coverage == pytest.approx(1)
    assert turning.hours_available == pytest.approx(2_250)
    assert turning.coverage == pytest.approx(0.75)
    assert turning.posts_needed == pytest.approx(2 / 0.75)
    # The whole package then takes 2.67 posts, 87.5% of them filled and paid, learners in full.
    assert turning.standard.staff == pytest.approx(2 / 0.75 * 0.875 * 25_000)
    assert turning.standard.per_retiree_year > steady.standard.per_retiree_year
    assert turning.with_staff.staff == pytest.approx(2 * 0.875 * 25_000)  # empty posts are not paid


def test_turnover_that_leaves_no_one_working():
    never = staff(3, turnover_rate=4, months_to_fill=3)
    assert never.vacancy_rate == 1 and never.effective == 0
    result = build_package(package(item("visits", "all", 1, 30)), THOUSAND, never, P)
    assert result.coverage == 0 and math.isinf(result.posts_needed)
    assert "no number of posts" in " ".join(explain(result))


def test_a_package_that_needs_no_staff_time_is_delivered_without_staff():
    result = build_package(package(item("leaflet", "all", 1, 0, other_cost=2)), THOUSAND, staff(0), P)
    assert result.coverage == 1 and result.posts_needed == 0 and result.cuts == []
    assert result.standard.per_community_year == pytest.approx(2_000 * 1.1 + 12_000)


def test_the_standard_package_with_staff_at_the_ratio_cuts_group_activities_first():
    p = settings()
    result = build_package(load_package(), typical_community(1_200, p), typical_staff(2, p), p)
    assert 0 < result.coverage < 1
    assert result.cuts[0] == ["cultural_sports"]
    assert result.statutory_shortfall == []
    first = explain(result)[0]
    assert first == (f"With 2 staff for 1,200 retirees you can deliver {result.coverage:.0%} of the package; "
                     "cut first: Cultural and sports activities.")


# ---- bad input -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field, value", [
    (dict(times_per_year=-2), "times_per_year", -2),
    (dict(staff_minutes=-30), "staff_minutes", -30),
    (dict(other_cost=-1), "other_cost", -1),
    (dict(target="grandchildren"), "target", "grandchildren"),
    (dict(priority=0), "priority", 0),
    (dict(staff_minute=30), "staff_minute", 30),
])
def test_a_bad_item_names_the_item_the_field_and_the_value(change, field, value):
    with pytest.raises(InputError) as caught:
        package(item("certification", "all", 1, 20), {**item("visits_over_80", "aged_80_plus", 4, 40), **change})
    err = caught.value
    assert err.where == "test.yaml, item 'visits_over_80'"
    assert (err.field, err.value) == (field, value)
    assert err.allowed


def test_an_unknown_target_group_lists_the_groups():
    with pytest.raises(InputError, match="one of: all, aged_80_plus, disabled, living_alone, community"):
        package(item("x", target="over_90"))


def test_an_empty_package_is_refused():
    with pytest.raises(InputError) as caught:
        validated({"name": "empty", "items": []}, "empty.yaml")
    assert (caught.value.where, caught.value.field, caught.value.value) == ("empty.yaml", "items", [])
    with pytest.raises(InputError, match="items"):
        validated({"name": "nothing"}, "nothing.yaml")


def test_two_items_with_one_name_and_an_unknown_source_are_refused():
    with pytest.raises(InputError, match="item 'x'.*id"):
        package(item("x"), item("x"))
    with pytest.raises(InputError, match="source"):
        package(item("x", source="S999", status="verified"))
    with pytest.raises(InputError, match="note"):
        package(item("x", status="assumption"))


def test_a_bad_package_file_names_the_file_and_item(tmp_path):
    data = yaml.safe_load(load_package().model_dump_json())
    data["items"][7]["staff_minutes"] = -40
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match=r"mine.yaml, item 'visits_over_80': staff_minutes = -40"):
        package_command(path, retirees=1_000)
    with pytest.raises(InputError, match="package file"):
        load_package(tmp_path / "missing.yaml")
    (tmp_path / "broken.yaml").write_text("items: [\n")
    with pytest.raises(InputError, match="YAML"):
        load_package(tmp_path / "broken.yaml")


@pytest.mark.parametrize("make, field", [
    (lambda: typical_community(0, P), "retirees"),
    (lambda: typical_community(12.5, P), "retirees"),
    (lambda: community(aged_60_69=10, disabled=11), "disabled"),
    (lambda: community(aged_60_69=-1), "aged_60_69"),
    (lambda: staff(-1), "posts"),
    (lambda: staff(2, turnover_rate=-0.1), "turnover_rate"),
    (lambda: staff(2, training_productivity=1.5), "training_productivity"),
])
def test_bad_community_and_staff_entries_name_the_field(make, field):
    with pytest.raises(InputError) as caught:
        make()
    assert caught.value.field == field


# ---- the standard package file, the command and the widget --------------------------------------------------------
def test_every_standard_item_cites_a_source_or_gives_a_reason():
    known = datasets.source_ids()
    standard = load_package()
    assert len(standard.items) >= 8 and any(i.statutory for i in standard.items)
    for entry in standard.items:
        assert entry.status is not None, entry.id
        if entry.status == "assumption":
            assert len(entry.note) > 15, entry.id
        else:
            assert entry.source in known, entry.id
        assert entry.label("zh") != entry.label("en"), entry.id


def test_package_command_prints_the_explanation_tables_and_province_totals_and_saves(tmp_path):
    report = package_command(retirees=1_200, staff=2)
    try:
        assert report.text.splitlines()[2].startswith("With 2 staff for 1,200 retirees you can deliver")
        assert "Sichuan: 3.44 million retirees under community management (2010)" in report.text
        sichuan = 3.44e6 * report.result.standard.per_retiree_year / 1e6
        assert f"{sichuan:,.0f} million yuan a year" in report.text
        folder = report.save(tmp_path / "out")
        assert {p.name for p in folder.iterdir()} == {"report.txt", "items.csv", "sizes.csv", "summary.json",
                                                      "coverage.png", "sizes.png", MARKER}
    finally:
        report.close()
    with pytest.raises(InputError, match="--date"):
        package_command(retirees=100, date="June")


def test_the_builder_keeps_its_last_good_result_on_bad_entries():
    builder = PackageBuilder(lang="en", retirees=1_200, staff=2)
    good = builder.result
    assert builder.message == "" and builder.explanation[0].startswith("With 2 staff for 1,200 retirees")
    assert builder.set(staff=-1) is False
    assert builder.result is good and builder.values["staff"] == 2
    assert "Staff posts" in builder.message and "-1" in builder.message
    assert builder.set_item("visits_over_80", staff_minutes=-5) is False
    assert builder.result is good and builder.package.item("visits_over_80").staff_minutes == 40
    assert "Home visits to retirees aged 80 and over" in builder.message
    assert builder.set(retirees=0) is False and builder.result is good
    # A good entry is used and clears the message.
    assert builder.set(turnover=0.6) is True and builder.message == ""
    assert builder.result.coverage < good.coverage
    assert builder.set_item("cultural_sports", times_per_year=0) is True
    assert builder.result.items.loc["cultural_sports", "hours_needed"] == 0


def test_the_builder_widget_reacts_to_its_entries():
    builder = PackageBuilder(lang="en", retirees=1_000)
    controls = builder.widget and builder._controls
    controls["entries"]["staff"].value = 10
    assert builder.result.coverage == pytest.approx(1)
    assert "whole package" in controls["text"].value
    controls["item"].value = "health_check"
    controls["item_entries"]["staff_minutes"].value = -1
    assert "Organising the yearly health check" in controls["message"].value
    assert builder.package.item("health_check").staff_minutes == 15


def test_carelab_package_prints_the_costing_and_a_mistake_exits_2(tmp_path, capsys):
    from simulation.cli import main

    assert main(["package", "--retirees", "1200", "--staff", "2", "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "1,200 retirees" in printed and "74%" in printed
    assert any((tmp_path / "out").iterdir())
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: mine\nitems:\n  - {id: visits, frequency: -1}\n", encoding="utf-8")
    assert main(["package", str(bad), "--out", str(tmp_path / "nothing")]) == 2
    error = capsys.readouterr().err
    assert "visits" in error and "Traceback" not in error and not (tmp_path / "nothing").exists()
