"""EU minimum-income rule packs (datasets/parameters/eu/) and the delivery features they switch on.

The households worked by hand per country are in datasets/rule-cases/eu.yaml (run by tests/test_rule_cases.py),
with the figures they come from; here are the packs' figures, the explanations' wording, scenarios and delivery.
"""
import datetime as dt

import numpy as np
import pytest

from simulation import cli
from simulation.analysis.calculator import calculate, describe
from simulation.inputs import datasets
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import load_scenario, validated
from simulation.model.district import DistrictModel
from simulation.model.population import SEVERELY_DISABLED
from simulation.model.reference import ReferenceDistrictModel
from simulation.rules import dibao, eu_pack, minimum_income

COUPLE_AND_CHILD = [{"age": 40}, {"age": 38}, {"age": 8}]


def minimum_income_of(scheme, level="relative_to_standard", **household):
    """The monthly minimum income of one household, through the household calculator (the model's own rules)."""
    entitlements = calculate(describe(scheme=scheme, level=level, **household))
    return next(e for e in entitlements if e.programme == "dibao")


# ---- the packs are the dataset's figures ------------------------------------------------------------------------
def test_sourced_pack_values_are_the_datasets_figures():
    table = datasets.load_table("eu_minimum_income")

    def figure(country, parameter, year):
        rows = table[(table["country"] == country) & (table["parameter"] == parameter) & (table["year"] == year)]
        return float(rows["value"].iloc[0])

    p = load_parameters("dachuan").at(dt.date(2019, 1, 1))
    assert p["eu.germany.level.single"] == figure("Germany", "standard rate single adult (RBS1)", "2024")
    assert p["eu.france.level.single"] == figure("France", "lump sum single, no children", "Apr 2025")
    assert p["eu.poland.level.single"] == figure("Poland", "income criterion single person", "2022-2024")
    assert p["eu.finland.level.single"] == figure("Finland", "basic amount single", "2024")
    assert p["eu.sweden.level.single"] == figure(
        "Sweden", "single adult: personal costs + household costs (excl. housing)", "2019")
    assert p["eu.netherlands.level.single"] == figure(
        "Netherlands", "single 21-pension age, incl. holiday allowance", "Jul 2024")
    assert p["eu.italy.level.single"] == figure("Italy", "max income supplement", "2024") / 12
    assert p["eu.france.non_take_up"] == figure("France", "non-take-up rate (quarterly)", "2018") / 100
    assert p["eu.finland.non_take_up"] == figure("Finland", "non-take-up", "2010") / 100
    # The notes the dataset gives as text: Germany's partner and child rates, the couple's RSA, the Dutch
    # disregard and asset limit, Poland's per-person criterion in a family, and Germany's poverty threshold.
    assert 563 * (1 + p["eu.germany.weight.adult"]) == pytest.approx(2 * 506, abs=0.5)
    assert 563 * p["eu.germany.weight.child"] == pytest.approx(357, abs=0.5)
    assert 635.71 * (1 + p["eu.france.weight.adult"]) == pytest.approx(953.56, abs=0.5)
    assert (p["eu.netherlands.disregard.share"], p["eu.netherlands.disregard.cap"],
            p["eu.netherlands.asset_limit"]) == (0.25, 269, 7575)
    assert 776 * p["eu.poland.weight.adult"] == pytest.approx(600, abs=0.5)
    assert p["eu.germany.median_income"] == pytest.approx(1381 / 0.6, abs=0.1)


def test_every_country_in_the_issue_has_a_complete_pack():
    parameters = load_parameters("dachuan").parameters
    allowed = parameters["minimum_income.scheme"].allowed
    assert allowed == list(minimum_income.SCHEMES)
    settings = {name.split(".", 2)[2] for name in parameters if name.startswith("eu.germany.")}
    for country in eu_pack.COUNTRIES:
        assert {name.split(".", 2)[2] for name in parameters if name.startswith(f"eu.{country}.")} - {"non_take_up"} \
            == settings - {"non_take_up"}, country
        assert country in eu_pack.SCHEME_NAMES and country in eu_pack.DELIVERY_BODIES and country in eu_pack.CURRENCY


# ---- the explanations (the amounts are in datasets/rule-cases/eu.yaml) ---------------------------------------
def test_share_of_median_states_the_formula_with_its_numbers():
    urban = minimum_income_of("germany", "share_of_median", area="urban", members=[{"age": 40}])
    assert urban.reasons[0] == ("German Bürgergeld for a single adult is 563 EUR, 24% of the country's median "
                                "income (2,302 EUR); applied to the urban median income here, 2,473 yuan: 605 yuan.")


def test_germany_explains_the_earnings_disregard():
    # Earnings 930: 107.4 free, then 20% of the other 822.6 = 164.5, 272.0 in all (eu.yaml's couple with a child).
    result = minimum_income_of("germany", "share_of_median", area="urban", income=930, members=COUPLE_AND_CHILD)
    assert "272 are not counted" in result.reasons[2]


def test_italy_says_why_a_childless_couple_gets_nothing():
    childless = minimum_income_of("italy", income=300, members=[{"age": 30}, {"age": 28}])
    assert childless.amount == 0 and "only for households with a child" in childless.reasons[-1]


# ---- Dibao stays as it was -------------------------------------------------------------------------------------------
def test_the_default_scheme_is_dibao_exactly():
    model = DistrictModel(households=3_000, seed=5).run(3)
    c, p = model.circumstances, model.p
    income = c.income * 0.9
    ours, theirs = minimum_income.assess(c, income, p), dibao.assess(c, income, p)
    for field in ("eligible", "amount", "gap", "supplements"):
        assert np.array_equal(getattr(ours, field), getattr(theirs, field)), field
    # The line is the highest income per person with which a household can still get Dibao: above it none can;
    # just below it, every household that passes the other tests and is not deemed to earn more can.
    line, living = minimum_income.poverty_line(c, p), c.members > 0
    above = dibao.assess(c, line * c.members * 1.001, p)
    assert not above.eligible[living].any()
    below = dibao.assess(c, line * c.members * 0.999, p)
    others_pass = living & below.passes_assets & below.passes_hukou & (below.imputed == 0)
    assert below.eligible[others_pass].all() and others_pass.sum() > 500
    everyone = np.arange(len(c.members))
    assert np.array_equal(minimum_income.payable(c.income, c, everyone, p),
                          dibao.payable(c.income, c.standard, c.members, 1.0))
    assert minimum_income.in_force(p) is p and len(model.activation.in_path()) == 0


def test_an_eu_scenario_runs_and_differs_from_the_baseline():
    baseline = load_scenario("scenarios/dachuan-2019.yaml").with_run(2_000, 12, 3)
    germany = load_scenario("scenarios/eu-germany.yaml").with_run(2_000, 12, 3)
    base_run, eu_model = baseline.build().run(12), germany.build()
    eu_run = eu_model.run(12).monthly()
    base_run = base_run.monthly()
    # The pack brings Jobcenter delivery: shared data checks, online applications, activation.
    assert eu_model.p["casework.integrated_database"] and eu_model.p["casework.online_application"]
    assert eu_model.p["activation.referral_share"] == 0.5
    assert eu_run["mean_processing_days"].mean() < base_run["mean_processing_days"].mean()
    assert not np.allclose(eu_run["spending_dibao"], base_run["spending_dibao"])
    assert (eu_run["eligible_households"] != base_run["eligible_households"]).any()


def test_a_scenario_keeps_its_own_delivery_settings_over_the_packs():
    scenario = validated({"name": "Germany without shared data", "locality": "dachuan", "start": "2019-01-01",
                          "households": 500, "minimum_income": {"scheme": "germany"},
                          "parameters": {"casework.integrated_database": False}}, "test")
    model = scenario.build()
    assert model.p["minimum_income.level"] == "relative_to_standard"
    assert not model.p["casework.integrated_database"] and model.p["casework.online_application"]


def test_the_reference_engine_applies_a_pack_and_refuses_what_it_does_not_mirror():
    germany = {"minimum_income.scheme": "germany", "activation.referral_share": 0.0,
               "casework.decision_deadline_days": 0}
    monthly = ReferenceDistrictModel(households=300, seed=2, parameters=germany).run(2).monthly()
    assert monthly["eligible_households"].iloc[-1] > 0
    with pytest.raises(ValueError, match="activation"):
        ReferenceDistrictModel(households=50, seed=2, parameters={"minimum_income.scheme": "germany"})


# ---- delivery features ---------------------------------------------------------------------------------------------
def employment_among_recipients(model) -> float:
    persons, bands = model.persons, model.p["population.age_bands"]
    able = (persons.alive & (persons.age >= bands[1]) & (persons.age < bands[2])
            & (persons.disability != SEVERELY_DISABLED) & model.caseload.assisted[persons.household])
    return float(persons.employed[able].mean())


def test_the_activation_path_raises_employment_among_recipients():
    rates = {}
    for share in (0.0, 1.0):
        model = DistrictModel(households=3_000, seed=1, parameters={"activation.referral_share": share,
                                                                     "activation.job_finding_uplift": 1.0})
        monthly = []
        for month in range(24):
            model.step()
            if month >= 6:
                monthly.append(employment_among_recipients(model))
        rates[share] = np.mean(monthly)
    assert rates[1.0] > rates[0.0] + 0.05


def test_sanctions_withhold_part_of_the_benefit():
    # No extra jobs (uplift 0), so both runs have the same lives and caseload; only payments differ.
    runs = {rate: DistrictModel(households=3_000, seed=4, parameters={
        "activation.referral_share": 1.0, "activation.job_finding_uplift": 0.0, "activation.sanction_rate": rate,
        "activation.sanction_cut": 0.5}).run(4).monthly() for rate in (0.0, 1.0)}
    assert list(runs[0.0]["dibao_households"]) == list(runs[1.0]["dibao_households"])
    assert (runs[1.0]["spending_dibao"] < runs[0.0]["spending_dibao"]).all()


def test_a_decision_deadline_lowers_the_longest_processing_time():
    # Too few caseworkers: yearly reviews pile up and cases wait months. With a 21-working-day deadline every case
    # is taken on in the month it is filed, so it takes its stages' 20 days, at the cost of overtime.
    short_staffed = {"casework.caseworkers_per_10k_households": 1.5}
    runs = {days: DistrictModel(households=3_000, seed=4, parameters={
        **short_staffed, "casework.decision_deadline_days": days}).run(18).monthly() for days in (0, 21)}
    assert runs[0]["mean_processing_days"].max() > 60
    assert runs[21]["mean_processing_days"].max() <= 21
    assert runs[21]["backlog"].max() == 0 and runs[21]["caseworker_utilisation"].max() > 1


def test_applying_without_a_counter_visit_lowers_non_take_up():
    runs = {easy: DistrictModel(households=3_000, seed=4, parameters={"casework.no_counter_visit": easy}).run(12)
            .monthly() for easy in (False, True)}
    # The same households draw the same chances (common random numbers): an easier application adds applicants.
    assert runs[True]["applications"].iloc[0] >= runs[False]["applications"].iloc[0]
    assert runs[True]["applications"].sum() > runs[False]["applications"].sum() * 1.1
    assert runs[True]["take_up"].tail(6).mean() > runs[False]["take_up"].tail(6).mean()


# ---- bad input -------------------------------------------------------------------------------------------------------
def scenario_with(**fields):
    return {"name": "x", "locality": "dachuan", "start": "2019-01-01", **fields}


def test_an_unknown_scheme_names_the_field_the_value_and_the_schemes():
    with pytest.raises(InputError) as caught:
        validated(scenario_with(minimum_income={"scheme": "mars"}), "s.yaml")
    assert (caught.value.field, caught.value.value) == ("minimum_income.scheme", "mars")
    assert caught.value.allowed == "one of: dibao, germany, france, poland, finland, sweden, netherlands, italy"
    with pytest.raises(InputError) as caught:
        validated(scenario_with(minimum_income={"scheme": "germany", "level": "exchange_rate"}), "s.yaml")
    assert caught.value.field == "minimum_income.level" and "share_of_median" in caught.value.allowed
    with pytest.raises(InputError) as caught:
        validated(scenario_with(minimum_income={"schem": "germany"}), "s.yaml")
    assert caught.value.field == "minimum_income.schem" and caught.value.allowed == "one of: scheme, level"
    with pytest.raises(InputError) as caught:
        validated(scenario_with(parameters={"minimum_income.scheme": "atlantis"}), "s.yaml")
    assert caught.value.field == "parameters.minimum_income.scheme" and "netherlands" in caught.value.allowed
    with pytest.raises(InputError, match="scheme = 'mars'"):
        describe(members=[{"age": 40}], scheme="mars")


def test_an_unknown_scheme_writes_nothing(tmp_path, capsys):
    scenario = tmp_path / "bad.yaml"
    scenario.write_text("name: x\nlocality: dachuan\nstart: 2019-01-01\nminimum_income: {scheme: mars}\n")
    out = tmp_path / "out"
    assert cli.main(["run", str(scenario), "--out", str(out), "--households", "100", "--months", "1"]) == 2
    assert not out.exists()
    assert "minimum_income.scheme = 'mars' is not allowed (one of: dibao, germany" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["eu-germany", "eu-france", "eu-poland", "eu-finland", "eu-sweden",
                                  "eu-netherlands", "eu-italy", "reform-decision-deadline", "reform-activation",
                                  "reform-higher-standard"])
def test_the_scenario_files_load_and_run(name):
    scenario = load_scenario(f"scenarios/{name}.yaml")
    assert scenario.locality == "dachuan" and scenario.start == dt.date(2019, 1, 1) and len(scenario.description) > 200
    assert scenario.with_run(300, 2).build().run(2).monthly()["households"].iloc[-1] > 0
