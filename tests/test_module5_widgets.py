"""Module 5, learning from EU models: the schemes side by side are the packs' figures with their sources; one
household's amounts are the calculator's, worked by hand; a bare exchange rate is shown for what it would give;
the district comparison follows the same households and keeps each run; the delivery features each take their
pack's value and move what they should. Figures: Dachuan's 2019 standards 520 urban and 330 rural yuan a month,
median incomes 2,473 and 931.9 yuan (datasets/china_household_income.csv); Germany 563 EUR, median 1,381 / 0.6."""
import matplotlib.pyplot as plt
import numpy as np
import pytest

from simulation.inputs.errors import InputError
from simulation.inputs.scenarios import load_scenario
from simulation.model.district import DistrictModel
from simulation.rules import eu_pack
from simulation.workshop.module5 import district, features, figures, household, schemes, widgets

GERMAN_SHARE = 563 / (1381 / 0.6)
FAMILY = [40, 38, 8]
SMALL = dict(households=1_000, months=12, seed=3)


# ---- 1. the schemes side by side --------------------------------------------------------------------------------
def test_the_schemes_frame_is_the_packs_figures():
    frame = schemes.schemes_frame()
    assert list(frame.index) == list(eu_pack.COUNTRIES)
    assert frame.at["germany", "share_of_median"] == pytest.approx(GERMAN_SHARE, abs=1e-4)
    assert frame.at["netherlands", "share_of_median"] == pytest.approx(1308.45 / 2600)
    # A couple with two children, in single adults: Germany 1 + 0.798 + 2 x 0.634; Poland 4 x 600 / 776.
    assert frame.at["germany", "family_of_four"] == pytest.approx(3.066)
    assert frame.at["poland", "family_of_four"] == pytest.approx(4 * 0.773)
    assert frame.at["netherlands", "family_of_four"] == pytest.approx(1.4286)
    # Germany's median is derived from its poverty line; the others' are assumptions until retrieved.
    assert not frame.at["germany", "median_assumed"] and frame.drop(index="germany")["median_assumed"].all()
    # Non-take-up only where a source publishes it: France 34% (2018), Finland 55% (2010), Germany 34-44% (2008).
    assert frame["non_take_up"].dropna().to_dict() == {"germany": 0.39, "france": 0.34, "finland": 0.55}
    assert frame.at["italy", "category_test"] and not frame.drop(index="italy")["category_test"].any()
    assert schemes.dibao_shares() == pytest.approx({"urban": 520 / 2473, "rural": 330 / 931.9})


def test_the_schemes_table_reads_in_words_with_dibao_last():
    table = schemes.schemes_table("en")
    assert list(table.columns) == ["Germany", "France", "Poland", "Finland", "Sweden", "Netherlands", "Italy", "Dibao"]
    assert table.at["scheme", "Germany"] == "German Bürgergeld"
    assert table.at["a single adult, a month, at home", "Sweden"] == "4,080 SEK"
    assert table.at["share of the country's median income", "Germany"] == "24%"
    assert table.at["share of the country's median income", "France"] == "31% *"  # an assumed median
    assert table.at["earnings not counted", "Germany"] == "the first 100 EUR, then 20% of the rest, at most 348 EUR"
    assert table.at["earnings not counted", "Netherlands"] == "25% of earnings, at most 269 EUR"
    assert table.at["earnings not counted", "France"] == "none: earnings count in full"
    assert table.at["assets a single adult may keep", "France"] == "no ceiling"
    assert table.at["who can claim", "Italy"].startswith("households with a child")
    assert table.at["share of the gap paid", "Poland"] == "50%"
    assert table.at["run by", "Finland"].startswith("Kela")
    assert table.at["entitled but not claiming (published)", "Poland"] == "no estimate in the sources"
    assert table.at["share of the country's median income", "Dibao"] == "21% urban, 35% rural"
    assert table.at["a single adult, a month, at home", "Dibao"] == "520 yuan urban, 330 rural"


def test_every_figure_of_the_chart_names_its_source_or_its_parameter():
    table = schemes.sources_table("en").set_index(["where", "figure"])
    assert len(table) == 7 + 7 + 3 + 4
    germany = table.loc[("Germany", "a single adult's level")]
    assert germany["value"] == "563.00 EUR" and germany["status"] == "verified"
    assert germany["source"].startswith("S58: Jobcenter Stade")
    assert table.loc[("Germany", "median income"), "source"].startswith("S57: ")
    france = table.loc[("France", "median income")]
    assert france["status"] == "assumption" and france["source"] == "see the note of eu.france.median_income"
    assert table.loc[("Finland", "non-take-up"), "value"] == "55%"
    assert table.loc[("Dachuan", "Dibao standard, urban"), "source"].startswith("SEED004: ")


def test_the_schemes_chart_marks_assumed_medians_and_shows_dibao():
    fig = figures.schemes_figure("en")
    try:
        level, family, take_up = fig.axes
        bars = level.patches[:7]
        assert sum(bool(bar.get_hatch()) for bar in bars) == 6  # every median but Germany's is assumed
        assert [line.get_xdata()[0] for line in level.get_lines()] == pytest.approx([520 / 2473, 330 / 931.9])
        assert family.get_lines()[0].get_xdata()[0] == 4
        assert [text.get_text() for text in take_up.texts].count("no estimate") == 4
    finally:
        plt.close(fig)


# ---- 2. one household ----------------------------------------------------------------------------------------------
def test_amounts_are_the_calculators_worked_by_hand():
    table = household.amounts(FAMILY, 930, "urban", "share_of_median", "en")
    assert list(table.index) == ["dibao", *eu_pack.COUNTRIES]
    # Dibao: (520 - 930 / 3) x 3 = 630, plus the child supplement 52 (seed 004 figures in datasets/parameters/dachuan/).
    assert table.at["dibao", "amount"] == pytest.approx(682)
    # Germany: L = 24.46% x 2,473 = 604.9; H = 604.9 x 2.432 = 1,471.1; 272.0 of 930 not counted: 813.1.
    assert table.at["germany", "amount"] == pytest.approx(813.1, abs=0.5)
    # France: L = 646.52 / 2,100 x 2,473 = 761.4; H = 1.8 L = 1,370.4; earnings count in full: 440.4.
    assert table.at["france", "amount"] == pytest.approx(440.4, abs=0.5)
    assert "272 are not counted" in " ".join(table.at["germany", "reasons"])


def test_at_the_local_standard_a_single_adult_without_income_gets_the_standard():
    table = household.amounts([45], 0, "rural", "relative_to_standard", "en")["amount"]
    full_gap = [c for c in eu_pack.COUNTRIES if c not in ("poland", "italy")]
    assert table[full_gap].to_list() == pytest.approx([330] * len(full_gap))
    assert table["poland"] == pytest.approx(165)   # the periodic allowance pays half the gap
    assert table["italy"] == 0                     # no child, no disabled or older member
    assert table["dibao"] == pytest.approx(330)


def test_a_wrong_household_names_the_field():
    with pytest.raises(InputError) as caught:
        household.amounts([], 100)
    assert caught.value.field == "members"
    with pytest.raises(InputError) as caught:
        household.amounts([40], -5)
    assert caught.value.field == "income"


def test_scheme_names_are_read_forgivingly():
    assert household.scheme_code(" Germany ") == "germany"
    assert household.scheme_code("german bürgergeld") == "germany"
    assert household.scheme_code("NETHERLANDS") == "netherlands"
    assert household.scheme_code("低保") == household.scheme_code("Dibao") == "dibao"
    assert household.scheme_code("Atlantis") is None and household.scheme_code(3) is None


def test_the_exchange_rate_would_put_a_benefit_above_the_median_income():
    rate, day = schemes.yuan_per_unit("EUR")
    assert (rate, day) == (pytest.approx(7.7764), "2024-07-24")
    view = schemes.exchange_rate_view("germany", "urban")
    assert view["at_exchange_rate"] == pytest.approx(563 * 7.7764)
    assert view["at_exchange_rate"] / view["median_here"] == pytest.approx(1.77, abs=0.01)
    assert view["share_of_median"] == pytest.approx(GERMAN_SHARE * 2473, abs=0.1)
    assert view["relative_to_standard"] == 520
    # The exchange rate does not even keep the order: Poland's level is a smaller share of its median than
    # Germany's, but three times smaller in yuan (1 PLN = 100 / 55.275 yuan).
    poland = schemes.exchange_rate_view("poland", "urban")
    assert poland["at_exchange_rate"] == pytest.approx(776 * 1.8091, abs=0.1)
    lines = schemes.exchange_rate_lines("germany", "urban", "en")
    assert "would be 4,378 yuan a month here: 1.8 times the urban median income" in lines[0]
    assert lines[1] == ("Carried over at the share of the median income it has at home (24%), it is 605 yuan; at "
                        "the local standard, 520 yuan.")


def test_the_household_widget_recalculates_and_keeps_the_last_good_result():
    widget = widgets.HouseholdComparison(lang="en")
    assert widget.table.at["germany", "amount"] == pytest.approx(813.1, abs=0.5)
    widget.level.value = "relative_to_standard"   # an observer recalculates at once
    assert widget.table.at["germany", "amount"] == pytest.approx(594.5, abs=0.5)
    assert widget.table.at["dibao", "amount"] == pytest.approx(682)
    widget.scheme.value = "italy"
    # Italy at the standard: 520 x (1 + 0.4 + 0.15) = 806 yuan, below the 930 the family earns.
    assert "Minimum income: Italian Assegno di inclusione (ADI), carried over: 0 yuan" in widget.lines
    assert "Countable income 930 yuan is not below the level 806: no minimum income." in widget.lines
    assert any(line.startswith("At the exchange rate") and "Assegno" in line for line in widget.lines)
    good = widget.table
    widget.members.value = "forty, 38"
    widget.button.click()
    assert "forty" in widget.message.value and widget.table is good
    widget.members.value = "40, 38"
    widget.income.value = "-5"
    widget.button.click()
    assert "income" in widget.message.value and widget.table is good
    widget.income.value = "0"
    widget.button.click()
    assert widget.message.value == "" and widget.table.at["italy", "amount"] == 0
    fig = widget.figure()
    try:
        assert len(fig.axes[0].patches) == 8
    finally:
        plt.close(fig)


# ---- 3. the district ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def germany():
    return district.compare("germany", "share_of_median", lang="en", **SMALL)


def test_the_comparison_is_dibao_and_the_scheme_on_the_same_households(germany):
    assert germany.baseline == "Dibao (minimum living guarantee)"
    assert germany.reforms == ["German Bürgergeld, at the same share of the local median income"]
    # The Dibao run is the plain district; the scheme's run is the scenario file's with the same size and seed.
    plain = DistrictModel(households=1_000, seed=3).run(12).monthly()
    np.testing.assert_array_equal(germany.monthly[germany.baseline]["spending_dibao"], plain["spending_dibao"])
    scenario = load_scenario("scenarios/eu-germany.yaml").with_run(1_000, 12, 3)
    from_file = scenario.build().run(12).monthly()
    np.testing.assert_array_equal(germany.monthly[germany.reforms[0]]["spending_dibao"], from_file["spending_dibao"])
    figures = district.key_figures(germany)
    assert list(figures.columns) == ["dibao", "scheme", "difference"]
    assert list(figures.index) == list(district.KEY_METRICS)
    assert figures.at["take_up", "dibao"] == pytest.approx(plain["take_up"].mean())
    assert figures["difference"].to_numpy() == pytest.approx((figures["scheme"] - figures["dibao"]).to_numpy())
    # The same choice gives the same figures.
    again = district.key_figures(district.compare("germany", "share_of_median", lang="en", **SMALL))
    assert again.equals(figures)


def test_every_scheme_runs_dibao_then_each_scheme_both_ways_on_the_same_households(germany):
    every = district.every_scheme("en", **SMALL)
    assert list(every["scheme"]) == ["dibao"] + list(schemes.COUNTRIES) * 2
    assert list(every["level"].iloc[1:]) == [level for level in schemes.LEVELS for _ in schemes.COUNTRIES]
    run = every[(every["scheme"] == "germany") & (every["level"] == "share_of_median")].iloc[0]
    figures = district.key_figures(germany)
    assert run["take_up"] == pytest.approx(figures.at["take_up", "scheme"])
    assert every.iloc[0]["poverty_rate_after"] == pytest.approx(figures.at["poverty_rate_after", "dibao"])
    table = district.overview_table(every, "en")
    assert list(table.columns) == ["scheme", "poverty rate after assistance", "coverage of the poor", "take-up"]
    assert table.iloc[0, 0] == "Dibao (minimum living guarantee)"


def test_the_verdict_says_what_the_runs_give():
    def frame(rates):
        return district.pd.DataFrame([{"scheme": scheme, "level": level, "poverty_rate_after": rate,
                                       "dibao_coverage": 0.5 - i / 100, "take_up": 0.6 + (i % 2) / 10}
                                      for i, (scheme, level, rate) in enumerate(rates)])
    none_lower = district.verdict_lines(frame([("dibao", None, 0.05), ("germany", "relative_to_standard", 0.07),
                                               ("finland", "share_of_median", 0.06)]), "en")
    assert none_lower[0] == ("No EU scheme brings poverty after assistance below Dibao's 5.0% in this district; the "
                             "lowest of them is Finnish basic social assistance, at the same share of the local median "
                             "income (6.0%).")
    assert none_lower[1].startswith("1 of the 2 EU runs reach more of the entitled households than Dibao")
    assert none_lower[2].startswith("Coverage of the poor is lowest under Finnish basic social assistance")
    one_lower = district.verdict_lines(frame([("dibao", None, 0.05), ("germany", "relative_to_standard", 0.04),
                                              ("finland", "share_of_median", 0.06)]), "en")
    assert one_lower[0] == ("1 of the 2 EU runs bring poverty after assistance below Dibao's 5.0%; the lowest is "
                            "German Bürgergeld, at the local Dibao standard (4.0%).")
    assert district.verdict_lines(frame([("dibao", None, 0.05), ("germany", "relative_to_standard", 0.04)]),
                                  "zh")[0].startswith("在 1 次欧盟制度运行中")


def test_the_gainers_table_covers_every_type_of_household(germany):
    table = district.gainers_table(germany, "en")
    assert table["households"].iloc[0] == "all households" and len(table) == 8
    assert table["number"].iloc[0] == "1,000"
    fig = figures.district_figure(germany, "en")
    try:
        left, right = fig.axes
        assert len(left.patches) == 2 * len(district.SHARE_METRICS) and len(right.patches) == 2 * 8
    finally:
        plt.close(fig)


def test_the_district_widget_keeps_each_choice(monkeypatch):
    widget = widgets.DistrictComparison(lang="en", **SMALL)
    runs = []
    real_run = district.simulate
    monkeypatch.setattr(widgets, "simulate", lambda scenario: runs.append(scenario.name) or real_run(scenario))
    first = widget.summary()
    widget.scheme.value = "finland"
    widget.level.value = "share_of_median"
    finland = widget.summary()
    widget.scheme.value = "germany"
    widget.level.value = "relative_to_standard"  # back to the first choice: nothing runs again
    assert runs == ["Finnish basic social assistance, at the local Dibao standard",
                    "Finnish basic social assistance, at the same share of the local median income",
                    "German Bürgergeld, at the same share of the local median income"]
    widget.level.value = "share_of_median"
    widget.level.value = "relative_to_standard"
    assert len(runs) == 3 and widget.summary().equals(first)
    # Dibao is run once and is the same column whatever the scheme; Finland's strict asset test covers fewer.
    assert finland["dibao"].equals(first["dibao"])
    assert finland.at["dibao_coverage", "difference"] < 0
    assert widget.figures().columns.to_list() == ["figure, mean over the run", "Dibao", "Germany", "difference"]
    assert widget.lines()[0].startswith("German Bürgergeld, at the local Dibao standard: poverty after assistance")
    assert "Delivered at home by 407 Jobcenters" in " ".join(widget.lines())


# ---- 4. the delivery features ----------------------------------------------------------------------------------------
def test_each_feature_takes_its_packs_value():
    assert features.feature_parameters("data_sharing") == {"casework.integrated_database": True}
    assert features.feature_parameters("activation") == {"activation.referral_share": 0.5}
    assert features.feature_parameters("decision_deadline") == {"casework.decision_deadline_days": 21}
    assert features.feature_parameters("no_counter_visit") == {"casework.no_counter_visit": True}
    lines = features.feature_lines("decision_deadline", "en")
    assert lines[0].startswith("Here, every case must be decided within 21 working days")
    assert lines[1].startswith("Taken from the Poland pack (municipal social-welfare centres")
    # the setting by its description, as people read it, not by its dotted name
    assert lines[1].endswith("Poland, working days within which a case must be decided (0 = no deadline): 21 working "
                             "days, assumption.")


def test_data_sharing_shortens_every_case_by_the_database_days():
    effect = features.feature_effect("data_sharing", households=2_000, months=12, seed=4)
    # The check takes 0.5 working days instead of 3, and every case is quicker by about those 2.5 days, give or take
    # a little waiting, since the queue stays short with or without it (here 2.49: the 2.5 days, the queue the same
    # with or without it; on the trainers' district, in the module 5 model answer, no queue forms and it is 2.5).
    assert abs(effect.at["mean_processing_days", "difference"] + 2.5) < 0.2
    assert effect.at["backlog", "with"] < 5
    assert effect.at["inclusion_error", "difference"] < 0


def test_a_deadline_matters_when_staff_are_short():
    effect = features.feature_effect("decision_deadline", caseworkers=1.5, households=3_000, months=18, seed=4)
    assert effect.at["mean_processing_days", "without"] > 60 and effect.at["mean_processing_days", "with"] <= 21
    assert effect.at["backlog", "with"] == 0
    assert effect.at["caseworker_utilisation", "with"] > 1 > effect.at["caseworker_utilisation", "without"]


def test_the_features_widget_runs_each_choice_once_and_marks_what_moves():
    widget = widgets.DeliveryFeatures(lang="en", **SMALL)
    table = widget.figures()
    assert table["figure, mean over the run"].iloc[0] == "▶ working days from application to decision"
    assert table.columns.to_list() == ["figure, mean over the run", "Dibao as in 2019", "with the feature",
                                       "difference"]
    widget.feature.value = "no_counter_visit"
    assert widget.effect.at["applications", "difference"] > 0
    assert widget.figures()["figure, mean over the run"].iloc[0] == "▶ new applications a month"
    kept = widget.runs[("no_counter_visit", 3.5)]
    widget.staff.value = 1.5
    widget.staff.value = 3.5
    assert widget.runs[("no_counter_visit", 3.5)] is kept and len(widget.runs) == 3
    assert widget.text.value.startswith("<p>Here, households apply without a visit")
