"""Service providers, referral, purchasing models and vouchers (simulation/services): rules and costs worked by
hand, the effects' directions, the five purchasing scenarios, bad input, and that a run without services is
unchanged by them."""
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from simulation.cli import main
from simulation.inputs.errors import InputError
from simulation.inputs.scenarios import load_scenario, validated
from simulation.model.district import DistrictModel
from simulation.services import voucher
from simulation.services.provider import SERVICES
from simulation.services.referral import NO_PROVIDER, SERVED, WAITING, ServiceCases, serve_waiting_lists

REPO = Path(__file__).resolve().parents[1]
MODELS = ("direct", "competitive", "convention", "community", "voucher")
SCENARIOS = {"direct": "services-direct.yaml", "competitive": "services-competitive.yaml",
             "convention": "services-convention.yaml", "community": "services-community.yaml",
             "voucher": "services-voucher-taicang.yaml"}


def services_on(model: str = "direct", **parameters) -> dict:
    return {"services.enabled": True, "services.purchasing_model": model, **parameters}


def one_provider(**changes) -> list[dict]:
    """A single non-profit offering daily care only, 40 hours a month at 35 yuan an hour, serving every centre."""
    return [{"name": "Deyishan", "sector": "non_profit", "services": ["daily_care"], "capacity": 40,
             "unit_cost": 35, "quality": 0.7, **changes}]


# ---- costs and the waiting list, by hand -------------------------------------------------------------------------
def test_a_month_of_one_provider_costs_what_it_should():
    # 40 hours at 35 yuan = 1,400 yuan; supervision at 3% of contract value = 42 yuan; daily care takes 4 hours a
    # household, so the 40 hours serve 10 households and cost (1,400 + 42) / 40 = 36.05 yuan an hour.
    model = DistrictModel(households=3_000, seed=2, parameters=services_on("convention"), providers=one_provider())
    model.step()
    month = model.latest
    assert model.services.purchaser.spending(1) == {"contracts": 1_400.0, "supervision": 42.0, "incubator": 0.0}
    assert month["services_spending"] == pytest.approx(1_442.0)
    assert month["services_served"] == 10 and month["services_hours"] == 40
    assert month["services_cost_per_hour"] == pytest.approx(36.05)
    assert month["services_utilisation"] == 1.0
    assert month["services_quality"] == pytest.approx(0.7 + 0.02 / 12)  # a month of experience
    # Only daily care is offered here: households needing the other services are not referred anywhere.
    cases = model.services.cases
    assert set(cases.service[cases.status != 0]) == {SERVICES.index("daily_care")}


def test_direct_provision_pays_public_staff_with_no_supervision_or_contract_cycle():
    model = DistrictModel(households=3_000, seed=2, parameters=services_on("direct")).run(13)
    providers = model.services.providers
    assert {provider.sector for provider in providers} == {"public"}
    assert all(provider.contract_end is None and provider.unit_cost == 45 for provider in providers)
    assert model.latest["services_spending_supervision"] == 0
    # The budget, 8 yuan a household a month, buys the public providers' hours.
    assert sum(provider.contract_value for provider in providers) == pytest.approx(8 * 3_000)
    assert model.latest["services_spending"] == pytest.approx(8 * 3_000)


def waiting_list(hours_needed: list[int], providers: list[int]) -> ServiceCases:
    """Households 0, 1, ... referred in that order, each needing a service of the given hours at a provider."""
    cases = ServiceCases.empty(len(hours_needed))
    service_of_hours = {4: SERVICES.index("daily_care"), 10: SERVICES.index("capacity_building")}
    cases.service[:] = [service_of_hours[h] for h in hours_needed]
    cases.provider[:] = providers
    cases.status[:] = WAITING
    cases.ticket[:] = np.arange(len(hours_needed))
    return cases


def test_waiting_lists_are_served_first_come_first_served():
    # Provider 0 has 10 free hours: households 0 and 1 (4 hours each) fit; household 2 needs 10 more and does not,
    # so household 4 behind it waits too, though its 4 hours would fit. Provider 1 has 4 hours: household 3.
    hours = np.array([4.0, 10.0, 4.0])
    cases = waiting_list([4, 4, 10, 4, 4, 4], [0, 0, 0, 1, 0, 1])
    taken = serve_waiting_lists(cases, np.arange(6), np.array([10.0, 4.0]), hours, np.array([12, 6, 6]), month=5)
    assert sorted(taken) == [0, 1, 3]
    assert list(cases.status) == [SERVED, SERVED, WAITING, SERVED, WAITING, WAITING]
    assert list(cases.ends[[0, 1, 3]]) == [17, 17, 17]  # daily care lasts 12 months


def test_when_capacity_runs_out_households_wait_in_order_of_referral():
    model = DistrictModel(households=3_000, seed=4, parameters=services_on("convention"), providers=one_provider())
    for _ in range(3):
        model.step()
        cases, services = model.services.cases, model.services
        assert len(services.waiting) > 0 and model.latest["services_waiting"] == len(services.waiting)
        # Everyone taken on so far was referred before everyone still waiting.
        assert cases.ticket[services.served].max() < cases.ticket[services.waiting].min()
    assert model.latest["services_served"] == 10  # the 40 hours stay full: courses last a year


# ---- vouchers ---------------------------------------------------------------------------------------------------
def test_a_voucher_for_each_resident_from_80_on():
    persons = SimpleNamespace(age=np.array([81, 79, 80, 85, 90, 70, 95, 96]),
                              alive=np.array([True, True, True, False, True, True, True, True]),
                              household=np.array([0, 0, 1, 2, 2, 3, 4, 4]))
    households, vouchers = voucher.holders(persons, voucher.in_age_band(persons, 80))
    assert list(households) == [0, 1, 2, 4] and list(vouchers) == [1, 1, 1, 2]  # the 85-year-old has died
    # 80 yuan buys 80 / 35 = 2.29 hours; two vouchers at a 32-yuan provider buy 5 hours.
    assert voucher.hours(80, np.array([1, 2]), np.array([35.0, 32.0])) == pytest.approx([80 / 35, 5.0])


def test_voucher_holders_are_in_the_age_band_and_spend_80_yuan_each():
    model = DistrictModel(households=12_000, seed=3, parameters=services_on("voucher")).run(14)
    services, persons = model.services, model.persons
    using = services.using_vouchers
    old = persons.alive & (persons.age >= 80)
    in_band = np.bincount(persons.household[old], minlength=len(model.households))
    assert len(using) > 0 and (in_band[using] > 0).all()
    assert list(services.vouchers_held) == list(in_band[using])
    assert model.latest["services_vouchers_used"] == in_band[using].sum()
    assert model.latest["services_spending_vouchers"] == 80 * in_band[using].sum()
    # services.voucher.take_up, among the households offered one that still have a member aged 80 or over (a
    # household whose last one died stops using it); a district large enough that chance moves it little.
    offered = np.flatnonzero(services.cases.voucher_offered)
    still_in_band = offered[in_band[offered] > 0]
    assert len(using) / len(still_in_band) == pytest.approx(0.6, abs=0.05), (len(using), len(still_in_band))
    # Without the voucher model nobody gets one.
    convention = DistrictModel(households=4_000, seed=3, parameters=services_on("convention")).run(2)
    assert convention.latest["services_vouchers_used"] == 0


# ---- contracts -------------------------------------------------------------------------------------------------
def test_competitive_retender_cuts_the_price_and_keeps_the_contract_value():
    parameters = services_on("competitive", **{"services.competition.incumbent_retention": 1.0})
    model = DistrictModel(households=3_000, seed=5, parameters=parameters, providers=one_provider())
    provider = model.services.providers[0]
    assert provider.contract_end == 12
    model.run(12)
    # Month 12: re-tendered at 5% less, 35 x 0.95 = 33.25 yuan; the same 1,400 yuan now buys 42.1 hours.
    assert provider.unit_cost == pytest.approx(33.25)
    assert provider.contract_value == pytest.approx(1_400.0)
    assert provider.paid_hours == pytest.approx(1_400 / 33.25)
    assert provider.contract_end == 24
    # Quality follows the price (elasticity 1), plus a year's experience: 0.7 x 0.95 + 0.02.
    assert provider.quality == pytest.approx(0.7 * 0.95 + 0.02)


def test_a_lost_tender_passes_the_contract_and_its_clients_to_a_new_provider():
    parameters = services_on("competitive", **{"services.competition.incumbent_retention": 0.0})
    model = DistrictModel(households=3_000, seed=5, parameters=parameters)
    before = list(model.services.providers)
    model.run(11)
    clients = model.services.cases.provider.copy()
    model.step()  # month 12: every contract re-tendered and lost
    after = model.services.providers
    assert all(new is not old for new, old in zip(after, before)) and len(after) == len(before)
    for old, new in zip(before, after):
        assert new.experience_months == 1 and new.contract_end == 24  # its first month's work
        assert new.contract_value == pytest.approx(old.contract_value)
        assert new.price_level == pytest.approx(0.95)
        assert new.sector in ("for_profit", "non_profit")  # services.sector_mix.competitive
    still = (clients != NO_PROVIDER) & (model.services.cases.provider != NO_PROVIDER)
    assert (model.services.cases.provider[still] == clients[still]).all()  # the clients stay with the contract


def test_conventions_are_renewed_at_the_same_price_after_three_years():
    model = DistrictModel(households=3_000, seed=5, parameters=services_on("convention"))
    providers = model.services.providers
    assert {provider.sector for provider in providers} == {"non_profit"}
    model.run(36)
    assert model.services.providers == providers  # all renewed, none replaced
    assert all(provider.contract_end == 72 and provider.price_level == 1.0 for provider in providers)
    assert all(provider.quality == pytest.approx(0.65 + 3 * 0.02) for provider in providers)


def test_supervision_costs_a_share_of_contract_value_and_holds_a_quality_floor():
    # Competitive tenders with no experience gain and the incumbent always kept: without supervision the price
    # falls 5% a year, 0.95^2 = 0.9025 of the reference after two tenders; with a floor of 0.04 x 15 = 0.6 on a
    # base quality of 0.65, it cannot fall below 0.6 / 0.65 = 0.923.
    common = {"services.competition.incumbent_retention": 1.0, "services.experience_gain": 0.0}

    def run(share):
        parameters = services_on("competitive", **common, **{"services.supervision.share": share})
        return DistrictModel(households=3_000, seed=6, parameters=parameters,
                             providers=one_provider(quality=0.65)).run(24)

    free, held = run(0.0), run(0.04)
    assert free.services.providers[0].price_level == pytest.approx(0.9025)
    assert free.latest["services_spending_supervision"] == 0
    assert held.services.providers[0].price_level == pytest.approx(0.6 / 0.65)
    assert held.services.providers[0].quality == pytest.approx(0.6)
    assert held.latest["services_spending_supervision"] == pytest.approx(0.04 * 1_400)


def test_a_provider_that_cannot_reach_the_floor_loses_its_convention():
    parameters = services_on("convention", **{"services.supervision.share": 0.04, "services.experience_gain": 0.0})
    model = DistrictModel(households=3_000, seed=6, parameters=parameters, providers=one_provider(quality=0.5))
    weak = model.services.providers[0]
    model.run(36)
    successor = model.services.providers[0]
    assert successor is not weak and successor.sector == "non_profit"  # the convention model's associations
    assert successor.quality == pytest.approx(0.65) and successor.contract_value == pytest.approx(1_400)


def test_the_incubator_brings_in_new_organisations_at_each_contract_cycle():
    # 10 organisations per 100,000 households per cycle: 2 for 20,000 households at each yearly cycle.
    parameters = services_on("voucher", **{"services.incubator.enabled": True,
                                           "services.incubator.entrants_per_100k": 10})
    model = DistrictModel(households=20_000, seed=1, parameters=parameters)
    start = len(model.services.providers)
    model.run(12)
    entrants = model.services.providers[start:]
    assert len(entrants) == 2
    assert all(e.sector == "non_profit" and e.paid_hours == 480 and e.base_quality == 0.5 for e in entrants)
    assert model.latest["services_spending_incubator"] == 2 * 3_000
    model.run(12)
    assert len(model.services.providers) == start + 4
    assert model.latest["services_spending_incubator"] == 2 * 3_000  # the first two have left the incubator
    off = DistrictModel(households=20_000, seed=1, parameters=services_on("voucher")).run(12)
    assert len(off.services.providers) == start and off.latest["services_spending_incubator"] == 0


def test_community_volunteers_add_hours_at_a_small_cost():
    model = DistrictModel(households=3_000, seed=2, parameters=services_on("community"))
    providers = model.services.providers
    assert {provider.sector for provider in providers} <= {"non_profit", "charitable"}
    for provider in providers:
        assert provider.volunteer_hours == pytest.approx(0.3 * provider.paid_hours)
    volunteers = sum(provider.volunteer_hours for provider in providers)
    spending = model.services.purchaser.spending(0)
    assert spending["contracts"] == pytest.approx(sum(p.contract_value for p in providers) + 8 * volunteers)


# ---- effects ---------------------------------------------------------------------------------------------------
def run_with(effect: str, size: float, **parameters):
    parameters = services_on("community", **{f"services.effect.{effect}": size}, **parameters)
    return DistrictModel(households=6_000, seed=9, parameters=parameters).run(24)


def test_capacity_building_helps_members_find_work():
    without, with_ = run_with("capacity_building", 0.0), run_with("capacity_building", 3.0)
    assert with_.persons.employed.sum() > without.persons.employed.sum()
    assert with_.monthly()["services_in_work"].mean() > without.monthly()["services_in_work"].mean()


def test_daily_care_lowers_the_cost_of_illness():
    without, with_ = run_with("daily_care", 0.0), run_with("daily_care", 0.9)
    assert without.monthly()["services_illness_cost_avoided"].sum() == 0
    assert with_.monthly()["services_illness_cost_avoided"].sum() > 0
    assert with_.monthly()["spending_medical"].sum() < without.monthly()["spending_medical"].sum()


def test_social_support_raises_applications():
    # Social support reaches households that are not assisted when a decision refuses them: many are refused here
    # (the appraisal turns down half the eligible) and may apply again the next month.
    refused = {"casework.appraisal_wrong_rejection": 0.5, "application.reapply_wait_months": 1}
    without, with_ = run_with("social_support", 0.0, **refused), run_with("social_support", 5.0, **refused)
    assert with_.monthly()["applications"].sum() > without.monthly()["applications"].sum()


# ---- the five purchasing models ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def five_runs():
    runs = {}
    for name, file in SCENARIOS.items():
        scenario = load_scenario(REPO / "scenarios" / file).with_run(households=12_000, months=36)
        assert scenario.parameters["services.purchasing_model"] == name
        runs[name] = scenario.build().run(scenario.months).monthly().tail(12).mean(numeric_only=True)
    return pd.DataFrame(runs)


def test_the_five_scenarios_differ_in_coverage_waiting_quality_and_cost(five_runs):
    shown = five_runs.loc[["services_coverage_survival", "services_mean_wait_months", "services_quality",
                           "services_cost_per_hour", "services_spending"]].round(6)
    assert len({tuple(shown[name]) for name in MODELS}) == len(MODELS)
    for metric in ("services_quality", "services_cost_per_hour"):
        assert shown.loc[metric].nunique() == len(MODELS), metric
    # Competition buys cheaper hours of lower quality than conventions; volunteers make community hours cheapest
    # per hour after competition; the voucher adds its spending on top of the contracts.
    assert five_runs.loc["services_cost_per_hour", "competitive"] < five_runs.loc["services_cost_per_hour", "direct"]
    assert five_runs.loc["services_quality", "convention"] > five_runs.loc["services_quality", "competitive"]
    assert five_runs.loc["services_cost_per_hour", "community"] < five_runs.loc["services_cost_per_hour", "convention"]
    assert five_runs.loc["services_spending_vouchers", "voucher"] > 0
    assert (five_runs.loc["services_spending_vouchers"].drop("voucher") == 0).all()
    assert five_runs.loc["services_spending_supervision", "direct"] == 0


def test_carelab_compare_shows_the_services(tmp_path, capsys):
    files = [str(REPO / "scenarios" / SCENARIOS[name]) for name in ("direct", "competitive")]
    assert main(["compare", *files, "--households", "1500", "--months", "6", "--out", str(tmp_path / "cmp")]) == 0
    printed = capsys.readouterr().out
    for metric in ("services_coverage_survival", "services_mean_wait_months", "services_quality",
                   "services_cost_per_hour"):
        assert metric in printed
    table = pd.read_csv(tmp_path / "cmp" / "comparison.csv", index_col="metric")
    assert "services_waiting" in table.index


# ---- bad input --------------------------------------------------------------------------------------------------
def scenario(**fields) -> dict:
    return {"name": "test", "locality": "dachuan", "start": "2019-01-01", "households": 2_000, **fields}


@pytest.mark.parametrize("fields, field, allowed", [
    (dict(parameters=services_on(), providers=one_provider(capacity=0)), "providers[0].capacity", "above 0"),
    (dict(parameters=services_on(), providers=one_provider(sector="state")), "providers[0].sector", "one of"),
    (dict(parameters=services_on(), providers=one_provider(services=["meals"])), "providers[0].services",
     "capacity_building"),
    (dict(parameters=services_on(), providers=one_provider(centres=[7])), "providers[0].centres", "from 0 to 1"),
    (dict(parameters=services_on(), providers=[]), "providers", "one or more"),
    (dict(providers=one_provider()), "providers", "services.enabled: true"),
    (dict(parameters=services_on(**{"services.contract_months.competitive": 0.5})),
     "parameters.services.contract_months.competitive", "at least 1"),
    (dict(parameters=services_on("voucher", **{"services.voucher.age_from": None})),
     "parameters.services.voucher.age_from", "at least 1"),
    (dict(parameters=services_on("market")), "parameters.services.purchasing_model", "one of: direct, competitive"),
])
def test_bad_provider_contract_or_voucher_input_names_the_item(fields, field, allowed):
    with pytest.raises(InputError) as error:
        validated(scenario(**fields), "test.yaml")
    assert error.value.field == field and allowed in error.value.allowed


def test_a_model_built_with_bad_providers_or_sector_mix_says_which():
    with pytest.raises(InputError, match=r"providers\[0\]\.unit_cost"):
        DistrictModel(households=1_000, parameters=services_on(), providers=one_provider(unit_cost=-3))
    with pytest.raises(InputError, match=r"services\.sector_mix\.competitive"):
        DistrictModel(households=1_000, parameters=services_on("competitive", **{
            "services.sector_mix.competitive": [0, 0, 0, 0]}))


# ---- without services ------------------------------------------------------------------------------------------------
def test_without_services_the_run_is_the_same_whatever_the_services_parameters():
    plain = DistrictModel(households=2_000, seed=8).run(18)
    assert plain.services is None
    changed = DistrictModel(households=2_000, seed=8, parameters={
        "services.purchasing_model": "voucher", "services.budget_per_household": 50,
        "services.effect.capacity_building": 5.0, "services.incubator.enabled": True}).run(18)
    pd.testing.assert_frame_equal(plain.monthly(), changed.monthly())
    services = plain.monthly().filter(like="services_")
    assert len(services.columns) == 20 and (services == 0).all().all()


def test_services_runs_are_reproducible():
    first = DistrictModel(households=2_000, seed=3, parameters=services_on("competitive")).run(14).monthly()
    again = DistrictModel(households=2_000, seed=3, parameters=services_on("competitive")).run(14).monthly()
    pd.testing.assert_frame_equal(first, again)
