"""Module 4, buying services from social organisations: the five ways of getting professional social services
delivered (`simulation.services.purchasing_models`) side by side, a contract to design, and Taicang's voucher for older
residents (seed 002).

- `compare_models` runs the shipped scenarios (scenarios/services-*.yaml) on module 3's small district, all on
  the same households living the same lives (`simulation.analysis.comparison`); `model_figures` averages each run's last
  year: coverage by need, waiting, utilisation, quality, cost per hour, spending and outcomes.
- `ContractDesigner`: contract length, supervision, price competition, an incubator, a voucher and the hours
  bought, run against the reference contract (the parameter file's conventions with associations).
- `VoucherLab`: who uses Taicang's voucher, which providers they choose, and what it adds to quality and cost.
- `facts_table`: the figures behind the models, from datasets/gov_purchase_services.csv and the parameter file.

Runs are kept (`finished`): a run asked for again (the reference at every click, a model the notebook already
showed) is taken from the last ones kept. Like the other workshop widgets, each class keeps its logic and its last
good result on the object, so it is tested by setting values and clicking buttons in plain pytest; a bad entry
never raises: a plain message appears beside the Run button and the last good result stays.
"""
from __future__ import annotations

import html

import ipywidgets as w
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.analysis import comparison
from simulation.services import needs
from simulation.analysis.comparison import Comparison
from simulation.inputs.datasets import load_table
from simulation.inputs.errors import InputError, UserError
from simulation.i18n import language, marked, t
from simulation.inputs import locations
from simulation.inputs.parameters import load_parameters
from simulation.services.provider import SECTORS
from simulation.services.purchasing_models import quality_floor
from simulation.inputs.scenarios import Scenario, load_scenario, validated
from simulation.workshop.needs_exercise import NEED_COLOURS
from simulation.workshop.service_package import CARE_DISTRICT, SHOWN_MONTHS, service_for, services_summary
from simulation.workshop.widgets import finished, problem_message, show_figure

MODELS = ("direct", "competitive", "convention", "community", "voucher")
SCENARIO_FILES = {model: locations.scenarios() / f"services-{'voucher-taicang' if model == 'voucher' else model}.yaml"
                  for model in MODELS}
DISTRICT = dict(households=CARE_DISTRICT["households"], months=36, seed=CARE_DISTRICT["seed"])  # module 3's
MODEL_LABELS = {
    "direct": marked("direct public provision"),
    "competitive": marked("competitive contracts (USA)"),
    "convention": marked("conventions with associations (France)"),
    "community": marked("community participation (Singapore)"),
    "voucher": marked("contracts and vouchers (Taicang)"),
}
# The same, short, for a chart's axis.
MODEL_SHORT = {"direct": marked("direct"), "competitive": marked("competitive\n(USA)"),
               "convention": marked("conventions\n(France)"), "community": marked("community\n(Singapore)"),
               "voucher": marked("vouchers\n(Taicang)")}
MODEL_COLOURS = {"direct": "#7f8c8d", "competitive": "#c0392b", "convention": "#2471a3", "community": "#229954",
                 "voucher": "#b9770e"}
SECTOR_LABELS = {"public": marked("public"), "for_profit": marked("for-profit"), "non_profit": marked("non-profit"),
                 "charitable": marked("charitable or voluntary")}
SECTOR_COLOURS = {"public": "#7f8c8d", "for_profit": "#c0392b", "non_profit": "#2471a3", "charitable": "#229954"}
SPENDING_PARTS = {"contracts": marked("contracts or public staff"), "supervision": marked("supervision"),
                  "incubator": marked("incubator"), "vouchers": marked("vouchers")}
SPENDING_COLOURS = {"contracts": "#5d6d7e", "supervision": "#8e44ad", "incubator": "#16a085", "vouchers": "#b9770e"}


# ---- running, once -------------------------------------------------------------------------------------------
def scenario_for(model: str, parameters: dict | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]) -> Scenario:
    """The shipped scenario of a purchasing model, on a district of this size and seed, with `parameters` laid
    over its own, checked as `carelab` checks a file. Named after the model, so tables can find it."""
    if model not in SCENARIO_FILES:
        raise InputError("purchasing", "model", model, "one of: " + ", ".join(MODELS))
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
    figures = services_summary(monthly)
    last = monthly.tail(SHOWN_MONTHS)
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


def _shown(value: float, kind: str) -> str:
    if not np.isfinite(value):
        return "–"
    return {"share": f"{value:.0%}", "number": f"{value:,.0f}", "decimal": f"{value:,.1f}",
            "quality": f"{value:.2f}"}[kind]


def figures_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """model_figures' table as a practitioner reads it: one row per figure, one column per model."""
    lang = lang or language()
    return pd.DataFrame({t(MODEL_LABELS[model], lang): [_shown(frame.at[model, column], kind)
                                                          for column, _, kind in FIGURE_ROWS]
                         for model in frame.index},
                        index=pd.Index([t(label, lang) for _, label, _ in FIGURE_ROWS], name=t("last year", lang)))


def comparison_lines(frame: pd.DataFrame, lang: str | None = None) -> list[str]:
    """What to look at first, in words: the most served per yuan, the best quality, the shortest wait, and what
    the voucher costs."""
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
    if "voucher" in frame.index and frame.at["voucher", "vouchers"] > 0:
        lines.append(t("The voucher adds {spent} yuan a month for older residents, poor or not; the households it "
                       "serves are not counted among those served on referral.", lang,
                       spent=f"{frame.at['voucher', 'vouchers']:,.0f}"))
    return lines


def models_figure(frame: pd.DataFrame, lang: str | None = None):
    """The models side by side: coverage of each need, months waited, utilisation, quality, cost per hour,
    spending by part, households served per 10,000 yuan and illness costs avoided."""
    lang = lang or language()
    models = list(frame.index)
    names = [t(MODEL_SHORT[model], lang) for model in models]
    colours = [MODEL_COLOURS[model] for model in models]
    x = np.arange(len(models))
    fig, axes = plt.subplots(2, 4, figsize=(15, 7.5), layout="constrained")
    cover = axes[0, 0]
    width = 0.8 / len(NEED_COLOURS)
    for number, (need, colour) in enumerate(NEED_COLOURS.items()):
        cover.bar(x + (number - 1) * width, frame[need], width, color=colour,
                  label=t(needs.SERVICES[service_for(need)], lang))
    cover.set_title(t("Share of households in need who are served", lang), loc="left", fontsize="medium")
    cover.yaxis.set_major_formatter(PercentFormatter(1.0))
    cover.set_ylim(0, 1.45)  # room for the legend above the bars
    cover.set_yticks(np.linspace(0, 1, 6))
    cover.legend(fontsize="x-small", loc="upper left")
    panels = [
        (axes[0, 1], "wait_months", t("Months waited by those taken on", lang), None),
        (axes[0, 2], "utilisation", t("Share of providers' hours used", lang), "share"),
        (axes[0, 3], "quality", t("Quality of the hours (0 to 1)", lang), None),
        (axes[1, 0], "cost_per_hour", t("Public spending per service hour, yuan", lang), None),
        (axes[1, 2], "served_per_10k", t("Households served per 10,000 yuan a month", lang), None),
        (axes[1, 3], "illness_cost_avoided", t("Illness costs avoided, yuan a month", lang), None),
    ]
    for ax, column, title, kind in panels:
        ax.bar(x, frame[column], color=colours)
        for position, value in zip(x, frame[column]):
            if np.isfinite(value):
                ax.text(position, value, _shown(value, "share" if kind else "quality" if column == "quality"
                                                else "decimal" if value < 100 else "number"),
                        ha="center", va="bottom", fontsize="x-small")
        ax.set_title(title, loc="left", fontsize="medium")
        if kind == "share":
            ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_ylim(0, 1.0 if column == "quality" else 1.15 if kind == "share"
                    else 1.15 * np.nanmax(frame[column].to_numpy(dtype=float)))
    spend = axes[1, 1]
    bottom = np.zeros(len(models))
    for part, label in SPENDING_PARTS.items():
        values = frame[part].to_numpy(dtype=float)
        if values.any():
            spend.bar(x, values, bottom=bottom, color=SPENDING_COLOURS[part], label=t(label, lang))
            bottom += values
    spend.set_title(t("Public spending on services, yuan a month", lang), loc="left", fontsize="medium")
    spend.legend(fontsize="x-small", loc="upper left")
    for ax in axes.flat:
        ax.set_xticks(x, names, fontsize="x-small")
        ax.grid(axis="y", alpha=0.3)
    return fig


# ---- the figures behind the models ---------------------------------------------------------------------------
# Rows of datasets/gov_purchase_services.csv (country, item, year), what they say, and how their value reads.
FACTS = [
    ("USA", "nonprofits with government contracts/grants", "2012",
     marked("USA: nonprofits holding government contracts or grants"), marked("{value} organisations")),
    ("USA", "value of government contracts/grants to nonprofits", "2012",
     marked("USA: what those contracts and grants were worth"), marked("{value} billion US dollars")),
    ("France", "public funding share of resources, social action & health associations", "2006",
     marked("France: share of social-action and health associations' resources from public money"),
     marked("{value}%")),
    ("Singapore", "Family Service Centres", "2019",
     marked("Singapore: Family Service Centres, run by voluntary welfare organisations"), marked("{value} centres")),
    ("China", "central finance support for social organisations in social services", "2012-2017",
     marked("China: central money for social organisations' social services"), marked("{value} million yuan a year")),
    ("China", "projects funded (central programme)", "2022",
     marked("China: projects funded by that central programme"), marked("{value} projects")),
    ("China", "government procurement of services (all types)", "2020",
     marked("China: government purchase of services of all kinds"), marked("{value} billion yuan")),
]


def _number(text: str) -> str:
    value = float(text)
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def facts_table(lang: str | None = None) -> pd.DataFrame:
    """The figures behind the models: purchasing abroad and in China (datasets/gov_purchase_services.csv), and
    Taicang's voucher and contracted day-care centres (seed 002, as the parameter file holds them), each with its
    year and source id (datasets/sources.csv)."""
    lang = lang or language()
    table = load_table("gov_purchase_services")
    rows = []
    for country, item, year, label, unit in FACTS:
        row = table[(table["country"] == country) & (table["item"] == item) & (table["year"] == year)].iloc[0]
        rows.append((t(label, lang), t(unit, lang, value=_number(row["value"])), row["year"], row["source_id"]))
    scenario = scenario_for("voucher")
    parameter_set = load_parameters(scenario.locality)
    p = parameter_set.at(scenario.start, scenario.run_parameters)
    contracted = np.asarray(p["services.sector_mix.voucher"], float)
    for name, label, value in (
            ("services.voucher.amount", marked("Taicang: service voucher for each older resident"),
             t("{value} yuan a month", lang, value=f"{p['services.voucher.amount']:g}")),
            ("services.voucher.age_from", marked("Taicang: the voucher's age band"),
             t("{value} and over", lang, value=p["services.voucher.age_from"])),
            ("services.sector_mix.voucher", marked("Taicang: day-care centres run by social organisations under "
                                                   "contract"),
             t("{share} (more than 10 of about 80)", lang,
               share=f"{contracted[SECTORS.index('non_profit')] / contracted.sum():.1%}"))):
        source = parameter_set.dated_value(name, scenario.start).source
        rows.append((t(label, lang), value, t("c. 2016", lang), source))
    return pd.DataFrame(rows, columns=[t("figure", lang), t("value", lang), t("year", lang), t("source", lang)])


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


class ContractDesigner:
    """A contract for the district's services, designed with a few entries and run against the reference: the
    parameter file's conventions with associations (three years, supervision at its share, no price competition,
    no incubator, no voucher).

    Price competition turns the contract into the US model (re-tendered on price at each renewal, for-profit
    bidders among the non-profits); a voucher into Taicang's (contracts renewed on assessment, and a monthly
    voucher from the age entered), with the same social organisations as the reference, so that only the voucher
    differs. The model does not combine a voucher with price competition. The incubator's rate in the parameter
    file (per 100,000 households) would bring no one into a district this small, so the entry is the number of new
    organisations at each contract cycle."""

    def __init__(self, lang: str | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]):
        self.lang, self.district = lang or language(), dict(households=households, months=months, seed=seed)
        lang, p = self.lang, settings("convention")
        self.p = p
        self.labels = {
            "months": t("Contract length, months", lang),
            "supervision": t("Supervision, share of contract value", lang),
            "competition": t("Price competition at each renewal", lang),
            "incubator": t("Incubator: new organisations each contract cycle", lang),
            "voucher": t("Voucher, yuan a month", lang), "age": t("Voucher from age", lang),
            "capacity": t("Hours a month bought", lang)}
        style = {"description_width": "initial"}
        self.months = w.IntText(value=int(p["services.contract_months.convention"]),
                                description=self.labels["months"], style=style)
        self.supervision = w.FloatSlider(value=p["services.supervision.share"], min=0, max=0.1, step=0.005,
                                         readout_format=".1%", description=self.labels["supervision"], style=style)
        self.competition = w.Checkbox(value=False, description=self.labels["competition"], indent=False)
        self.incubator = w.IntSlider(value=0, min=0, max=3, description=self.labels["incubator"], style=style)
        self.voucher = w.FloatText(value=0, description=self.labels["voucher"], style=style)
        self.age = w.Text(value=str(p["services.voucher.age_from"]), description=self.labels["age"], style=style,
                          placeholder=t("e.g. 80 (80 and over)", lang))
        self.capacity = w.FloatText(value=self.reference_hours(), description=self.labels["capacity"], style=style)
        self.button = w.Button(description=t("Run", lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.reference_model = finished(scenario_for(*self.entries(), **self.district))
        self.reference = contract_summary(self.reference_model)
        self.model, self.result, self.monthly = None, None, None
        self.design: dict = {}  # the purchasing model and parameters of the last good run
        self.widget = w.VBox([w.HBox([self.months, self.capacity]), w.HBox([self.supervision, self.competition]),
                              self.incubator, w.HBox([self.voucher, self.age]), w.HBox([self.button, self.message]),
                              self.text, self.output])

    def reference_hours(self) -> float:
        """The hours the parameter file's budget buys from associations in this district, to the nearest 10."""
        p = self.p
        return round(p["services.budget_per_household"] * self.district["households"]
                     / hour_price(p["services.sector_mix.convention"], p), -1)

    def entries(self) -> tuple[str, dict]:
        """The purchasing model and the parameters the entries describe; InputError names a bad entry."""
        lang, p, labels = self.lang, self.p, self.labels
        months, hours, amount = self.months.value, self.capacity.value, self.voucher.value
        if months < 1:
            raise InputError(labels["months"], labels["months"], months,
                             t("a whole number of months, at least 1: a contract runs a month or more", lang))
        if not hours > 0:
            raise InputError(labels["capacity"], labels["capacity"], hours,
                             t("a number of hours above 0: a contract that buys no hours serves no one", lang))
        if amount < 0:
            raise InputError(labels["voucher"], labels["voucher"], amount, t("0 (no voucher) or more yuan", lang))
        if amount > 0 and self.competition.value:
            raise InputError(labels["voucher"], labels["voucher"], amount,
                             t("0 while price competition is on: the model runs a voucher only with contracts "
                               "renewed on assessment, as in Taicang", lang))
        model = "voucher" if amount > 0 else "competitive" if self.competition.value else "convention"
        mix = p[f"services.sector_mix.{'competitive' if self.competition.value else 'convention'}"]
        households = self.district["households"]
        parameters = {f"services.contract_months.{model}": int(months),
                      "services.supervision.share": float(self.supervision.value),
                      "services.budget_per_household": float(hours) * hour_price(mix, p) / households,
                      "services.incubator.enabled": self.incubator.value > 0}
        if self.incubator.value > 0:
            parameters["services.incubator.entrants_per_100k"] = self.incubator.value * 100_000 / households
        if model == "voucher":
            age = self.age.value.strip().rstrip("+").strip()
            if not age:
                raise InputError(labels["age"], labels["age"], self.age.value,
                                 t("the age from which residents get the voucher, e.g. 80: a voucher needs an age "
                                   "band", lang))
            if not age.isdigit() or not 1 <= int(age) <= 110:
                raise InputError(labels["age"], labels["age"], self.age.value, t("an age from 1 to 110, e.g. 80", lang))
            parameters |= {"services.voucher.amount": float(amount), "services.voucher.age_from": int(age),
                           "services.sector_mix.voucher": list(mix)}
        return model, parameters

    def run(self, _button=None) -> None:
        try:
            model, parameters = self.entries()
            run = finished(scenario_for(model, parameters, **self.district))
        except UserError as err:
            self.message.value = problem_message(err)
            return
        self.model, self.monthly, self.result = run, run.monthly(), contract_summary(run)
        self.design = {"model": model, **parameters}
        self.message.value = ""
        self.text.value = "".join(f"<p>{html.escape(line)}</p>" for line in self.explanation())
        show_figure(self.output, self.figure())

    def explanation(self) -> list[str]:
        lang, now, before, competition = self.lang, self.result, self.reference, self.design["model"] == "competitive"
        lines = [t("{providers} providers deliver {hours} service hours a month; {new} of them started during the "
                   "run (a contract passed to another organisation, or a new one from the incubator).", lang,
                   hours=f"{now['hours']:,.0f}", providers=now["providers_now"], new=now["new_providers"])]
        if competition and now["price_level"] < 0.995:
            lines.append(t("Price competition brought the price down to {level} of the reference price: the same "
                           "money buys more hours, from staff paid less.", lang, level=f"{now['price_level']:.0%}"))
        elif competition:
            lines.append(t("Price competition did not lower the price: supervision's quality floor holds it at the "
                           "reference price.", lang))
        if now["supervision"] > 0:
            lines.append(t("Supervision costs {spent} yuan a month and holds providers to a quality of {floor} or "
                           "more at each renewal: one below it must raise its price or lose the contract.", lang,
                           spent=f"{now['supervision']:,.0f}", floor=f"{now['quality_floor']:.2f}"))
        else:
            lines.append(t("Without supervision, no one checks the quality of the services when a contract ends.",
                           lang))
        lines.append(t("Households served: {served} (reference {served_ref}); quality of the hours {quality} "
                       "({quality_ref}); {cost} yuan of public money per hour ({cost_ref}); spending {spending} yuan "
                       "a month ({spending_ref}).", lang,
                       served=f"{now['served']:,.0f}", served_ref=f"{before['served']:,.0f}",
                       quality=f"{now['quality']:.2f}", quality_ref=f"{before['quality']:.2f}",
                       cost=f"{now['cost_per_hour']:.1f}", cost_ref=f"{before['cost_per_hour']:.1f}",
                       spending=f"{now['spending']:,.0f}", spending_ref=f"{before['spending']:,.0f}"))
        if self.design["services.incubator.enabled"]:
            lines.append(t("The incubator brought in new organisations, each with a first contract of {hours} hours "
                           "a month; its help with their staff costs comes to {spent} yuan a month.", lang,
                           hours=f"{self.p['services.incubator.contract_hours']:g}",
                           spent=f"{now['incubator']:,.0f}"))
        if now["vouchers"] > 0:
            lines.append(t("The voucher costs {spent} yuan a month: {vouchers} vouchers, one for each resident in "
                           "the age band who uses it.", lang, spent=f"{now['vouchers']:,.0f}",
                           vouchers=f"{now['vouchers_used']:,.0f}"))
        return lines

    def figure(self):
        """Month by month, the reference dashed and your contract solid: the quality of the hours, households
        served, households waiting and public spending."""
        lang = self.lang
        runs = {t("reference: conventions as in the parameter file", lang): (self.reference_model.monthly(), "--"),
                t("your contract", lang): (self.monthly, "-")}
        fig, axes = plt.subplots(1, 4, figsize=(15, 3.8), layout="constrained")
        for ax, (column, title) in zip(axes, (
                ("services_quality", t("Quality of the hours (0 to 1)", lang)),
                ("services_served", t("Households served on referral", lang)),
                ("services_waiting", t("Households waiting for a service", lang)),
                ("services_spending", t("Public spending on services, yuan a month", lang)))):
            for name, (monthly, style) in runs.items():
                ax.plot(monthly.index + 1, monthly[column], style, color="#2471a3" if style == "-" else "#7f8c8d",
                        label=name)
            ax.set_title(title, loc="left", fontsize="medium")
            ax.set_xlabel(t("month", lang))
            ax.set_ylim(0, 1 if column == "services_quality" else None)
            if column != "services_quality":
                ax.set_ylim(bottom=0)
            ax.grid(alpha=0.3)
        axes[0].legend(fontsize="small", loc="lower left")
        return fig


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


class VoucherLab:
    """Taicang's voucher on the district: contracts as in the voucher scenario (about 1 day-care centre in 8 run by
    a social organisation, `providers_per_centre_for`), and a monthly voucher for every resident from the age set,
    spent with the provider of their choice. Run against the same contracts without a voucher."""

    def __init__(self, lang: str | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]):
        self.lang, self.district = lang or language(), dict(households=households, months=months, seed=seed)
        p = settings("voucher")
        self.per_centre = providers_per_centre_for(p["services.sector_mix.voucher"])
        style = {"description_width": "initial"}
        self.amount = w.IntSlider(value=int(p["services.voucher.amount"]), min=0, max=200, step=10,
                                  description=t("Voucher, yuan a month", self.lang), style=style)
        self.age = w.IntSlider(value=int(p["services.voucher.age_from"]), min=60, max=95, step=5,
                               description=t("From age", self.lang), style=style)
        self.choice = w.FloatSlider(value=p["services.voucher.choice_sensitivity"], min=0, max=15, step=1,
                                    readout_format=".0f", style=style,
                                    description=t("How much residents weigh quality", self.lang))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.without = finished(self._scenario(0, int(p["services.voucher.age_from"]), self.choice.value))
        self.model, self.users, self.choices, self.result = None, None, None, None
        self.widget = w.VBox([w.HBox([self.amount, self.age]), self.choice, w.HBox([self.button, self.message]),
                              self.text, self.output])

    def _scenario(self, amount: float, age: int, sensitivity: float) -> Scenario:
        return scenario_for("voucher", {"services.providers_per_centre": self.per_centre,
                                        "services.voucher.amount": float(amount), "services.voucher.age_from": age,
                                        "services.voucher.choice_sensitivity": float(sensitivity)}, **self.district)

    def run(self, _button=None) -> None:
        self.model = finished(self._scenario(self.amount.value, self.age.value, self.choice.value))
        self.users, self.choices = voucher_users(self.model), voucher_choices(self.model)
        self.result = {"with": summary(self.model.monthly()), "without": summary(self.without.monthly())}
        self.message.value = ""
        self.text.value = "".join(f"<p>{html.escape(line)}</p>" for line in self.explanation())
        show_figure(self.output, self.figure())

    def organisations_chosen(self) -> tuple[float, float]:
        """Social organisations' share of the providers of daily care, and of the households using a voucher."""
        choices = self.choices
        organisations = choices["sector"] != "public"
        households = choices["voucher_households"].sum()
        return (float(organisations.mean()),
                float(choices.loc[organisations, "voucher_households"].sum() / households) if households else 0.0)

    def explanation(self) -> list[str]:
        lang, users, now, before = self.lang, self.users, self.result["with"], self.result["without"]
        lines = [t("{residents} residents are aged {age} or over, in {households} households; {using} households "
                   "use the voucher ({vouchers} vouchers).", lang, residents=f"{users['residents']:,}",
                   age=users["age_from"], households=f"{users['households']:,}", using=f"{users['using']:,}",
                   vouchers=f"{users['vouchers']:,}"),
                 t("The voucher is not means-tested: {assisted} of the households using it receive Dibao or "
                   "extreme-poor support ({district} of all households), and {poor} are poor before assistance "
                   "({district_poor} of all).", lang, assisted=f"{users['using_assisted']:.0%}",
                   district=f"{users['district_assisted']:.0%}", poor=f"{users['using_poor']:.0%}",
                   district_poor=f"{users['district_poor']:.0%}")]
        providers, chosen = self.organisations_chosen()
        if users["using"]:
            lines.append(t("Social organisations run {providers} of the providers of daily care and were chosen by "
                           "{chosen} of the households using a voucher.", lang, providers=f"{providers:.0%}",
                           chosen=f"{chosen:.0%}"))
        lines.append(t("With the voucher, providers deliver {hours} hours a month ({hours_before} without); the mean "
                       "quality of the hours is {quality} ({quality_before}); public money per hour {cost} yuan "
                       "({cost_before}); spending {spending} yuan a month ({spending_before}), of which vouchers "
                       "{vouchers}.", lang, hours=f"{now['hours']:,.0f}", hours_before=f"{before['hours']:,.0f}",
                       quality=f"{now['quality']:.2f}", quality_before=f"{before['quality']:.2f}",
                       cost=f"{now['cost_per_hour']:.1f}", cost_before=f"{before['cost_per_hour']:.1f}",
                       spending=f"{now['spending']:,.0f}", spending_before=f"{before['spending']:,.0f}",
                       vouchers=f"{now['vouchers']:,.0f}"))
        return lines

    def figure(self):
        """Who uses the voucher; which providers its holders choose, by quality; and spending with and without."""
        lang, users, choices = self.lang, self.users, self.choices
        fig, (who, chose, cost) = plt.subplots(1, 3, figsize=(15, 4.4), layout="constrained",
                                               gridspec_kw={"width_ratios": [4, 4, 4]})
        bars = {t("residents aged {age} or over", lang, age=users["age_from"]): users["residents"],
                t("households with such a resident", lang): users["households"],
                t("households using the voucher", lang): users["using"],
                t("of which receive Dibao or extreme-poor support", lang):
                    round(users["using"] * users["using_assisted"])}
        who.barh(list(bars)[::-1], list(bars.values())[::-1], color=["#c0392b", "#b9770e", "#5d6d7e", "#7f8c8d"])
        for y, value in enumerate(list(bars.values())[::-1]):
            who.text(value, y, f" {value:,}", va="center", fontsize="small")
        who.set_title(t("Who uses the voucher", lang), loc="left", fontsize="medium")
        who.grid(axis="x", alpha=0.3)

        for sector, rows in choices.groupby("sector"):
            chose.scatter(rows["quality"], rows["share_of_centre"], s=40 + 4 * rows["voucher_households"],
                          color=SECTOR_COLOURS[sector], label=t(SECTOR_LABELS[sector], lang), alpha=0.8)
        per_centre = choices.groupby("centre").size().max()
        chose.axhline(1 / per_centre, color="black", linestyle="--", linewidth=1,
                      label=t("if residents ignored quality (1 in {n})", lang, n=per_centre))
        chose.set_title(t("Which providers voucher holders choose", lang), loc="left", fontsize="medium")
        chose.set_xlabel(t("quality of the provider's hours (0 to 1)", lang))
        chose.set_ylabel(t("share of the centre's voucher households", lang))
        chose.yaxis.set_major_formatter(PercentFormatter(1.0))
        chose.set_ylim(bottom=0)
        chose.set_xlim(choices["quality"].min() - 0.03, choices["quality"].max() + 0.03)
        chose.legend(fontsize="small", loc="lower right")
        chose.grid(alpha=0.3)

        runs = {t("contracts alone", lang): self.result["without"], t("with the voucher", lang): self.result["with"]}
        bottom = np.zeros(len(runs))
        for part, label in SPENDING_PARTS.items():
            values = np.array([figures[part] for figures in runs.values()])
            if values.any():
                cost.bar(list(runs), values, bottom=bottom, color=SPENDING_COLOURS[part], label=t(label, lang))
                bottom += values
        for x, figures in enumerate(runs.values()):
            cost.text(x, figures["spending"], t("quality {quality}\n{cost} yuan an hour", lang,
                                                quality=f"{figures['quality']:.2f}",
                                                cost=f"{figures['cost_per_hour']:.1f}"),
                      ha="center", va="bottom", fontsize="small")
        cost.set_ylim(0, bottom.max() * 1.45)  # room for the legend and the labels
        cost.set_title(t("Spending on services, yuan a month", lang), loc="left", fontsize="medium")
        cost.legend(fontsize="small", loc="upper left")
        cost.grid(axis="y", alpha=0.3)
        return fig
