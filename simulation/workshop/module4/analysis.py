"""Module 4's runs and numbers: the purchasing models on the same district, the figures of a run's last year, what
an hour costs, what a contract did, and who uses Taicang's voucher."""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.analysis import comparison
from simulation.analysis.comparison import Comparison
from simulation.i18n import language, marked, t
from simulation.i18n.numbers import number, share
from simulation.inputs import locations
from simulation.inputs.errors import InputError, Phrase
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import Scenario, load_scenario, validated
from simulation.model.metric_registry import LAST_YEAR
from simulation.services.figures import last_year
from simulation.services.provider import SECTORS
from simulation.services.purchasing_models import quality_floor
from simulation.workshop.shared.runs import TRAINER_DISTRICT, finished

MODELS = ("direct", "competitive", "convention", "community", "voucher")
SCENARIO_FILES = {model: locations.scenarios() / f"services-{'voucher-taicang' if model == 'voucher' else model}.yaml"
                  for model in MODELS}
DISTRICT = dict(households=TRAINER_DISTRICT["households"], months=36, seed=TRAINER_DISTRICT["seed"])
MODEL_LABELS = {
    "direct": marked("direct public provision"),
    "competitive": marked("competitive contracts (USA)"),
    "convention": marked("conventions with associations (France)"),
    "community": marked("community participation (Singapore)"),
    "voucher": marked("contracts and vouchers (Taicang)"),
}


# ---- running, once -------------------------------------------------------------------------------------------
def scenario_for(model: str, parameters: dict | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]) -> Scenario:
    """The shipped scenario of a purchasing model, on a district of this size and seed, with `parameters` laid
    over its own, checked as `carelab` checks a file. Named after the model, so tables can find it."""
    if model not in SCENARIO_FILES:
        raise InputError(Phrase("purchasing"), "model", model, "one of: {names}", names=", ".join(MODELS))
    base = load_scenario(SCENARIO_FILES[model])
    return validated({**base.model_dump(), "name": model, "households": households, "months": months, "seed": seed,
                      "parameters": {**base.parameters, **(parameters or {})}}, str(SCENARIO_FILES[model].name))


def settings(model: str = "convention", parameters: dict | None = None) -> dict:
    """The parameters a model's scenario runs with, on its start date."""
    scenario = scenario_for(model, parameters)
    return load_parameters(scenario.locality).at(scenario.start, scenario.run_parameters)


def compare_models(models=MODELS, households: int = DISTRICT["households"], months: int = DISTRICT["months"],
                   seed: int = DISTRICT["seed"]) -> Comparison:
    """The purchasing models on the same district, the first as the baseline; each run labelled by its model."""
    return comparison.run([scenario_for(model, None, households, months, seed) for model in models],
                          simulate=finished)


# ---- the figures of a run ------------------------------------------------------------------------------------
def summary(monthly: pd.DataFrame) -> dict:
    """The last year of a run, averaged: module 3's figures (coverage of each need, households served and waiting,
    months waited, hours, social workers, spending), then utilisation, quality, cost per hour, spending by part,
    households served per 10,000 yuan a month, and outcomes."""
    figures = last_year(monthly)
    last = monthly.tail(LAST_YEAR)
    mean = {name: float(last[column].mean()) for name, column in (
        ("utilisation", "services_utilisation"), ("quality", "services_quality"),
        ("cost_per_hour", "services_cost_per_hour"), ("supervision", "services_spending_supervision"),
        ("incubator", "services_spending_incubator"), ("vouchers", "services_spending_vouchers"),
        ("vouchers_used", "services_vouchers_used"), ("providers", "services_providers"),
        ("poverty_after", "poverty_rate_after"), ("in_work", "services_in_work"),
        ("illness_cost_avoided", "services_illness_cost_avoided"))}
    spending = figures["spending"]
    return {**figures, **mean,
            "contracts": spending - mean["supervision"] - mean["incubator"] - mean["vouchers"],
            "served_per_10k": figures["served"] / spending * 10_000 if spending else float("nan")}


def model_figures(result: Comparison) -> pd.DataFrame:
    """One row per model of a comparison (`compare_models`), its last year's figures (`summary`) as columns."""
    return pd.DataFrame({label: summary(monthly) for label, monthly in result.monthly.items()}).T


# The rows a practitioner reads: (column of `summary`, label, how it reads).
FIGURE_ROWS = [
    ("survival", marked("households needing daily care who get it"), "share"),
    ("development", marked("households needing capacity building who get it"), "share"),
    ("opportunity", marked("households needing social support who get it"), "share"),
    ("served", marked("households served on referral"), "number"),
    ("waiting", marked("households waiting"), "number"),
    ("wait_months", marked("months waited by those taken on"), "decimal"),
    ("utilisation", marked("providers' hours used (utilisation)"), "share"),
    ("quality", marked("quality of the hours (0 to 1)"), "quality"),
    ("hours", marked("service hours a month"), "number"),
    ("cost_per_hour", marked("public spending per service hour, yuan"), "number"),
    ("spending", marked("public spending on services, yuan a month"), "number"),
    ("supervision", marked("of which supervision"), "number"),
    ("vouchers", marked("of which vouchers"), "number"),
    ("served_per_10k", marked("households served per 10,000 yuan a month"), "decimal"),
    ("poverty_after", marked("poverty rate after assistance"), "share"),
    ("in_work", marked("households in capacity building with a member in work"), "share"),
    ("illness_cost_avoided", marked("illness costs avoided by daily care, yuan a month"), "number"),
]


def shown(value: float, kind: str) -> str:
    if kind == "share":
        return share(value, 0)
    return number(value, {"number": 0, "decimal": 1, "quality": 2}[kind])


def figures_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """model_figures' table as a practitioner reads it: one row per figure, one column per model."""
    lang = lang or language()
    return pd.DataFrame({t(MODEL_LABELS[model], lang): [shown(frame.at[model, column], kind)
                                                         for column, _, kind in FIGURE_ROWS]
                         for model in frame.index},
                        index=pd.Index([t(label, lang) for _, label, _ in FIGURE_ROWS], name=t("last year", lang)))


def comparison_lines(frame: pd.DataFrame, lang: str | None = None) -> list[str]:
    """What to look at first, in words: the most served per yuan, the best quality, the shortest wait, the dearest
    hour, what the voucher costs, and how far the poverty rate moves between the models."""
    lang = lang or language()
    name = {model: t(MODEL_LABELS[model], lang) for model in frame.index}
    best = {column: frame[column].idxmax() for column in ("served_per_10k", "quality")}
    quickest = frame["wait_months"].idxmin()
    lines = [
        t("Most households served for the money: {model}, {value} households per 10,000 yuan a month.", lang,
          model=name[best["served_per_10k"]], value=f"{frame.at[best['served_per_10k'], 'served_per_10k']:.1f}"),
        t("Best quality of the hours: {model} ({value}); lowest: {worst} ({low}).", lang,
          model=name[best["quality"]], value=f"{frame.at[best['quality'], 'quality']:.2f}",
          worst=name[frame["quality"].idxmin()], low=f"{frame['quality'].min():.2f}"),
        t("Shortest wait: {model}, {months} months on average for those taken on.", lang, model=name[quickest],
          months=f"{frame.at[quickest, 'wait_months']:.1f}"),
    ]
    dearest = frame["cost_per_hour"].idxmax()
    lines.append(t("Dearest hour: {model}, {cost} yuan of public money an hour.", lang, model=name[dearest],
                   cost=f"{frame.at[dearest, 'cost_per_hour']:.1f}"))
    if "voucher" in frame.index and frame.at["voucher", "vouchers"] > 0:
        voucher = frame.loc["voucher"]
        lines.append(t("The voucher adds {spent} yuan a month for older residents, poor or not, so spending is {times} "
                       "times the contracts' alone; the households it serves are not counted among those served on "
                       "referral.", lang, spent=f"{voucher['vouchers']:,.0f}",
                       times=f"{voucher['spending'] / (voucher['spending'] - voucher['vouchers']):.1f}"))
    lines.append(t("Poverty after assistance: from {lowest} to {highest} across the models.", lang,
                   lowest=f"{frame['poverty_after'].min():.2%}", highest=f"{frame['poverty_after'].max():.2%}"))
    return lines


# ---- designing a contract ----------------------------------------------------------------------------------------
def hour_price(mix, p: dict) -> float:
    """What an hour costs, on average, from providers in the proportions of a sector mix (public, for-profit,
    non-profit, charitable) at their reference prices: a budget buys hours at this price."""
    mix = np.asarray(mix, float) / np.sum(mix)
    return 1.0 / sum(share / p[f"services.unit_cost.{sector}"] for share, sector in zip(mix, SECTORS))


def contract_summary(model) -> dict:
    """A finished run's last year (`summary`), and its contracts at the end: providers, those that started during
    the run (a contract passed on, or an incubated organisation), their mean price as a share of the reference
    price, and the quality floor supervision enforces."""
    providers = model.services.providers
    contracted = [provider for provider in providers if provider.contract_end is not None]
    return {**summary(model.monthly()),
            "providers_now": len(providers),
            "new_providers": sum(provider.experience_months < model.month for provider in providers),
            "price_level": float(np.mean([provider.price_level for provider in contracted])) if contracted else 1.0,
            "quality_floor": quality_floor(model.p)}


# ---- Taicang's voucher ----------------------------------------------------------------------------------------
def providers_per_centre_for(mix) -> int:
    """Enough providers in each centre for the smallest sector of a mix to have one: Taicang contracted about 1
    day-care centre in 8 to social organisations (seed 002), so 8."""
    shares = np.asarray(mix, float) / np.sum(mix)
    return int(round(1 / shares[shares > 0].min()))


def voucher_users(model) -> dict:
    """Who the voucher reaches at the end of a run: residents in the age band, the households they live in, the
    households using a voucher and the vouchers they hold, and the shares of the households using it that receive
    Dibao or extreme-poor support and that are poor before assistance, against all households."""
    services, persons, p = model.services, model.persons, model.p
    in_band = persons.alive & (persons.age >= p["services.voucher.age_from"])
    using = services.using_vouchers
    living = model.circumstances.members > 0
    assisted, poor = model.caseload.assisted, model.poverty_spell > 0
    return {"age_from": int(p["services.voucher.age_from"]), "residents": int(np.count_nonzero(in_band)),
            "households": len(np.unique(persons.household[in_band])), "using": len(using),
            "vouchers": int(services.vouchers_held.sum()),
            "using_assisted": float(assisted[using].mean()) if len(using) else 0.0,
            "using_poor": float(poor[using].mean()) if len(using) else 0.0,
            "district_assisted": float(assisted[living].mean()), "district_poor": float(poor[living].mean())}


def voucher_choices(model) -> pd.DataFrame:
    """One row per provider of daily care: its centre, sector, quality, the households whose voucher it receives
    (and their share of its centre's voucher households), and the hours the vouchers buy from it a month."""
    services = model.services
    chosen = np.bincount(services.cases.voucher_provider[services.using_vouchers],
                         minlength=len(services.providers))
    frame = pd.DataFrame([{"provider": provider.name, "centre": int(provider.centres[0]), "sector": provider.sector,
                           "quality": provider.quality, "voucher_households": int(count),
                           "voucher_hours": provider.voucher_hours}
                          for provider, count in zip(services.providers, chosen) if provider.offers("daily_care")])
    in_centre = frame.groupby("centre")["voucher_households"].transform("sum")
    frame["share_of_centre"] = np.where(in_centre > 0, frame["voucher_households"] / in_centre.clip(lower=1), 0.0)
    return frame


def organisations_chosen(choices: pd.DataFrame) -> tuple[float, float]:
    """Social organisations' share of the providers of daily care (`voucher_choices`), and of the households using
    a voucher."""
    organisations = choices["sector"] != "public"
    households = choices["voucher_households"].sum()
    return (float(organisations.mean()),
            float(choices.loc[organisations, "voucher_households"].sum() / households) if households else 0.0)
