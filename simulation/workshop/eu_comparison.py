"""Module 5, learning from EU models: seven member states' minimum-income schemes beside Dibao.

Everything here goes through the rules the model runs by: the rule packs of datasets/parameters/eu/, applied by
`programmes.eu_pack` and carried over to Dachuan in one of two stated ways (`relative_to_standard`: a single adult
gets the local Dibao standard, so only the design is compared; `share_of_median`: the same share of the local median
income as at home), the household calculator (`calculator`), and comparisons on the same simulated households
(`comparison`). The module only arranges them for a room of practitioners:

1. the schemes side by side: `schemes_frame` (figures), `schemes_table` (in words), `sources_table` (where each
   figure comes from) and `schemes_figure`;
2. one household under Dibao and under each scheme: `amounts`, `exchange_rate_view` (why a bare exchange rate
   misleads) and the `HouseholdComparison` widget;
3. a small district under Dibao and under one scheme: `compare`, `key_figures`, `gainers_table` and the
   `DistrictComparison` widget, which keeps every run it has made, so going back to a choice is instant;
4. the EU delivery features one at a time on Dachuan's Dibao: `FEATURES`, `feature_parameters`, `feature_effect`
   and the `DeliveryFeatures` widget.

Like the other workshop widgets, each class keeps its logic and its last result on the object, so it can be tested
by setting values and clicking in plain pytest; bad entries show a plain message beside the widget and the last
good result stays.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from dataclasses import dataclass

import ipywidgets as w
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.reports import charts
from simulation.analysis import comparison
from simulation.inputs import datasets
from simulation.analysis.calculator import calculate, describe
from simulation.inputs.errors import UserError
from simulation.i18n import language, marked, t
from simulation.model.district import DistrictModel
from simulation.inputs.parameters import load_parameters
from simulation.rules import eu_pack, minimum_income
from simulation.inputs.scenarios import validated
from simulation.workshop.widgets import problem_message, parse_amount, parse_members, show_figure

LOCALITY, START = "dachuan", dt.date(2019, 1, 1)
COUNTRIES = eu_pack.COUNTRIES
LEVELS = tuple(minimum_income.LEVELS)  # relative_to_standard, share_of_median
# A few thousand households for two years: answers in a second, shares that mean something.
DISTRICT = dict(households=3_000, months=24, seed=1)
COUNTRY_NAMES = {
    "germany": marked("Germany"), "france": marked("France"), "poland": marked("Poland"),
    "finland": marked("Finland"), "sweden": marked("Sweden"), "netherlands": marked("Netherlands"),
    "italy": marked("Italy"),
}
DIBAO_BODY = marked("the town and street service centres; the district civil-affairs bureau decides")
DIBAO_COLOUR, SCHEME_COLOUR = "#c0392b", "#2471a3"


def settings(locality: str = LOCALITY, date: dt.date = START) -> dict:
    """Every parameter in force in the locality on the date, the EU rule packs included."""
    return load_parameters(locality).at(date)


def _html_lines(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _wrapped(title: str, width: int = 42) -> str:
    """A chart title on lines of `width` characters (Chinese, without spaces, is broken anywhere)."""
    return "\n".join(textwrap.wrap(title, width if title.isascii() else width // 2))


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, border=0, escape=True)


# ---- 1. the schemes side by side ---------------------------------------------------------------------------------
def schemes_frame(p: dict | None = None) -> pd.DataFrame:
    """One row per EU scheme, the figures of its pack: level for a single adult at home and its share of the
    country's median income, weights, the level of a couple with two children in single adults, the share of the gap
    paid, the earnings disregard, the asset limit, the category test, activation and sanctions, the published
    non-take-up (NaN where the sources have none) and whether the median is an assumption."""
    p = p or settings()
    parameters = load_parameters(LOCALITY)
    rows = []
    for country in COUNTRIES:
        pack = f"eu.{country}"
        value = lambda name: p[f"{pack}.{name}"]  # noqa: E731
        rows.append(dict(
            scheme=country, currency=eu_pack.CURRENCY[country], level=value("level.single"),
            median=value("median_income"), share_of_median=value("level.single") / value("median_income"),
            weight_first=value("weight.first_in_family"), weight_adult=value("weight.adult"),
            weight_child=value("weight.child"),
            family_of_four=value("weight.first_in_family") + value("weight.adult") + 2 * value("weight.child"),
            top_up_share=value("top_up_share"), disregard_base=value("disregard.base"),
            disregard_share=value("disregard.share"), disregard_cap=value("disregard.cap"),
            asset_limit=value("asset_limit"), category_test=value("category_test"),
            referral_share=value("activation.referral_share"), sanction_rate=value("activation.sanction_rate"),
            sanction_cut=value("activation.sanction_cut"), non_take_up=p.get(f"{pack}.non_take_up", np.nan),
            median_assumed=parameters.dated_value(f"{pack}.median_income", START).status == "assumption",
        ))
    return pd.DataFrame(rows).set_index("scheme")


def dibao_shares(p: dict | None = None) -> dict[str, float]:
    """Dachuan's Dibao standard as a share of the local median income per person, urban and rural."""
    p = p or settings()
    return {area: p[f"dibao.standard.{area}"] / p[f"income.median.{area}"] for area in ("urban", "rural")}


def _disregard_words(row, lang: str) -> str:
    currency = row["currency"]
    if row["disregard_share"] == 0 and row["disregard_base"] == 0:
        return t("none: earnings count in full", lang)
    if row["disregard_base"] > 0:
        return t("the first {base} {currency}, then {share} of the rest, at most {cap} {currency}", lang,
                 base=f"{row['disregard_base']:,.0f}", share=f"{row['disregard_share']:.0%}",
                 cap=f"{row['disregard_cap']:,.0f}", currency=currency)
    return t("{share} of earnings, at most {cap} {currency}", lang, share=f"{row['disregard_share']:.0%}",
             cap=f"{row['disregard_cap']:,.0f}", currency=currency)


# The rows of `schemes_table`: what is compared, in the order a practitioner reads it.
SCHEME_ROWS = {
    "scheme": marked("scheme"), "body": marked("run by"), "level": marked("a single adult, a month, at home"),
    "share": marked("share of the country's median income"), "weights": marked("each further adult, each child"),
    "family": marked("a couple with two children, in single adults"), "earnings": marked("earnings not counted"),
    "assets": marked("assets a single adult may keep"), "who": marked("who can claim"),
    "paid": marked("share of the gap paid"), "activation": marked("activation and sanctions"),
    "non_take_up": marked("entitled but not claiming (published)"),
}


def schemes_table(lang: str | None = None, p: dict | None = None) -> pd.DataFrame:
    """The seven schemes and Dachuan's Dibao as a practitioner reads them: one column each (headed by the country),
    one row for each feature. A share of the median marked * rests on an assumed median (see `sources_table`)."""
    lang, p = lang or language(), p or settings()
    frame = schemes_frame(p)
    heads = {key: t(text, lang) for key, text in SCHEME_ROWS.items()}
    rows = []
    for country, row in frame.iterrows():
        rows.append({
            heads["scheme"]: t(eu_pack.SCHEME_NAMES[country], lang),
            heads["body"]: t(eu_pack.DELIVERY_BODIES[country], lang),
            heads["level"]: f"{row['level']:,.0f} {row['currency']}",
            heads["share"]: f"{row['share_of_median']:.0%}" + (" *" if row["median_assumed"] else ""),
            heads["weights"]: f"{row['weight_adult']:.2f}, {row['weight_child']:.2f}",
            heads["family"]: f"{row['family_of_four']:.2f}",
            heads["earnings"]: _disregard_words(row, lang),
            heads["assets"]: (t("no ceiling", lang) if np.isinf(row["asset_limit"])
                              else f"{row['asset_limit']:,.0f} {row['currency']}"),
            heads["who"]: (t("households with a child, a disabled member or one aged 60 or over", lang)
                           if row["category_test"] else t("anyone in need", lang)),
            heads["paid"]: f"{row['top_up_share']:.0%}",
            heads["activation"]: t("{referral} of recipients able to work sent to activation; {rate} sanctioned a "
                                   "year, {cut} of the benefit withheld", lang,
                                   referral=f"{row['referral_share']:.0%}", rate=f"{row['sanction_rate']:.1%}",
                                   cut=f"{row['sanction_cut']:.0%}"),
            heads["non_take_up"]: (t("no estimate in the sources", lang) if np.isnan(row["non_take_up"])
                                   else f"{row['non_take_up']:.0%}"),
        })
    shares = dibao_shares(p)
    rows.append({
        heads["scheme"]: t("Dibao, Dachuan 2019", lang), heads["body"]: t(DIBAO_BODY, lang),
        heads["level"]: t("{urban} yuan urban, {rural} rural", lang, urban=f"{p['dibao.standard.urban']:,.0f}",
                          rural=f"{p['dibao.standard.rural']:,.0f}"),
        heads["share"]: t("{urban} urban, {rural} rural", lang, urban=f"{shares['urban']:.0%}",
                          rural=f"{shares['rural']:.0%}"),
        heads["weights"]: "1.00, 1.00",
        heads["family"]: t("4.00, and supplements for children", lang),
        heads["earnings"]: t("none: earnings count in full", lang),
        heads["assets"]: t("{months} months of the standard a person", lang,
                           months=f"{p['dibao.asset_limit_months']:g}"),
        heads["who"]: t("anyone in need", lang),
        heads["paid"]: "100%",
        heads["activation"]: t("none in 2019", lang),
        heads["non_take_up"]: t("no estimate in the sources", lang),
    })
    columns = [t(COUNTRY_NAMES[country], lang) for country in frame.index] + [t("Dibao", lang)]
    return pd.DataFrame(rows, index=columns).T


SOURCE_COLUMNS = (marked("where"), marked("figure"), marked("value"), marked("status"), marked("source"))
STATUS_WORDS = {"verified": marked("verified"), "verified-partial": marked("verified (part of a year)"),
                "derived": marked("derived"), "assumption": marked("assumption")}


def sources_table(lang: str | None = None) -> pd.DataFrame:
    """Where the figures of the side-by-side chart come from: each scheme's level, median income and published
    non-take-up, and Dachuan's standards and median incomes, with the status of each figure and its source (id and
    title), or, for an assumption, the parameter whose note gives the reason (`carelab parameters` shows it)."""
    lang = lang or language()
    parameters, p = load_parameters(LOCALITY), settings()
    figures = [(country, "level.single", marked("a single adult's level")) for country in COUNTRIES]
    figures += [(country, "median_income", marked("median income")) for country in COUNTRIES]
    figures += [(country, "non_take_up", marked("non-take-up")) for country in COUNTRIES
                if f"eu.{country}.non_take_up" in p]
    rows = []
    for country, setting, figure in figures:
        name = f"eu.{country}.{setting}"
        unit = "" if setting == "non_take_up" else f" {eu_pack.CURRENCY[country]}"
        value = f"{p[name]:.0%}" if setting == "non_take_up" else f"{p[name]:,.2f}{unit}"
        rows.append(_source_row(t(COUNTRY_NAMES[country], lang), t(figure, lang), value, name, parameters, lang))
    for area in ("urban", "rural"):
        for name, figure in ((f"dibao.standard.{area}", marked("Dibao standard, {area}")),
                             (f"income.median.{area}", marked("median income per person, {area}"))):
            rows.append(_source_row(t("Dachuan", lang), t(figure, lang, area=t(area, lang)),
                                    f"{p[name]:,.1f} {t('yuan', lang)}", name, parameters, lang))
    return pd.DataFrame(rows, columns=[t(c, lang) for c in SOURCE_COLUMNS])


def _source_row(where: str, figure: str, value: str, name: str, parameters, lang: str) -> list[str]:
    dated = parameters.dated_value(name, START)
    if dated.source:
        source = "; ".join(f"{sid}: {datasets.source_title(sid)}" for sid in dated.source.split(";"))
    else:
        source = t("see the note of {parameter}", lang, parameter=name)
    return [where, figure, value, t(STATUS_WORDS[dated.status], lang), source]


def schemes_figure(lang: str | None = None, p: dict | None = None):
    """Three pictures of the seven schemes: a single adult's level as a share of the country's median income (with
    Dachuan's Dibao standard as a share of its median for reference), what a couple with two children gets in
    single adults, and the published non-take-up."""
    lang, p = lang or language(), p or settings()
    frame = schemes_frame(p).iloc[::-1]
    names = [t(COUNTRY_NAMES[c], lang) for c in frame.index]
    fig, (level_ax, family_ax, take_up_ax) = plt.subplots(1, 3, figsize=(13, 4.2), layout="constrained",
                                                          sharey=True)
    bars = level_ax.barh(names, frame["share_of_median"], color=SCHEME_COLOUR)
    for bar, assumed in zip(bars, frame["median_assumed"]):
        if assumed:
            bar.set_hatch("//")
            bar.set_facecolor("#a9cce3")
    level_ax.bar_label(bars, labels=[f"{s:.0%}" for s in frame["share_of_median"]], fontsize="small", padding=2)
    for (area, share), style in zip(dibao_shares(p).items(), ("--", ":")):
        level_ax.axvline(share, color=DIBAO_COLOUR, linestyle=style,
                         label=t("Dibao in Dachuan, {area}: {share}", lang, area=t(area, lang), share=f"{share:.0%}"))
    level_ax.bar(0, 0, color="#a9cce3", hatch="//", label=t("median income assumed", lang))  # legend entry only
    level_ax.set_title(_wrapped(t("A single adult's level, as a share of the country's median income", lang)),
                       loc="left", fontsize="medium")
    level_ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    level_ax.set_xlim(0, max(frame["share_of_median"].max(), max(dibao_shares(p).values())) * 1.25)
    level_ax.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))

    bars = family_ax.barh(names, frame["family_of_four"], color=SCHEME_COLOUR)
    family_ax.bar_label(bars, labels=[f"{x:.2f}" for x in frame["family_of_four"]], fontsize="small", padding=2)
    family_ax.axvline(4, color=DIBAO_COLOUR, linestyle="--", label=t("Dibao: 4, one standard per member", lang))
    family_ax.set_title(_wrapped(t("A couple with two children gets this many times a single adult's level", lang)),
                        loc="left", fontsize="medium")
    family_ax.set_xlim(0, 4.8)
    family_ax.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))

    published = frame["non_take_up"].fillna(0)
    bars = take_up_ax.barh(names, published, color="#7f8c8d")
    take_up_ax.bar_label(bars, labels=[t("no estimate", lang) if np.isnan(x) else f"{x:.0%}"
                                       for x in frame["non_take_up"]], fontsize="small", padding=2)
    take_up_ax.set_title(_wrapped(t("Entitled people who do not claim, as published", lang)), loc="left",
                         fontsize="medium")
    take_up_ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    take_up_ax.set_xlim(0, 1)
    for ax in (level_ax, family_ax, take_up_ax):
        ax.grid(axis="x", alpha=0.3)
    return fig


# ---- 2. one household ----------------------------------------------------------------------------------------------
def _members(members) -> list[dict]:
    """Ages (45), or members as the calculator takes them ({"age": 45, "disability": "severe"})."""
    return [member if isinstance(member, dict) else {"age": member} for member in members]


def amounts(members, income: float = 0.0, area: str = "urban", level: str = "share_of_median",
            lang: str | None = None, **household) -> pd.DataFrame:
    """A household's monthly minimum income under Dibao and under each EU scheme carried over to Dachuan by `level`,
    through the household calculator (the model's own rules), one row per scheme (index: dibao, germany, ...):
    its title, the amount in yuan a month and the reasons. `members` are ages or the calculator's members;
    `income` is the household's monthly income, counted as earnings; other calculator fields (assets, hukou, ...)
    may be given too. A wrong field raises InputError naming it."""
    lang = lang or language()
    rows = []
    for scheme in minimum_income.SCHEMES:
        household_now = describe(t("household", lang), members=_members(members), income=income, area=area,
                                 scheme=scheme, level=level, **household)
        entitlement = next(e for e in calculate(household_now, lang) if e.programme == "dibao")
        rows.append(dict(scheme=scheme, title=entitlement.title, amount=entitlement.amount,
                         reasons=entitlement.reasons))
    return pd.DataFrame(rows).set_index("scheme")


def scheme_code(name) -> str | None:
    """The scheme a person named: its code ("germany"), its country ("Germany", "德国") or its full name, in English
    or Chinese, with any capitals and spaces around; None if the name is none of them."""
    text = str(name).strip().lower()
    for scheme in minimum_income.SCHEMES:
        titles = ((minimum_income.DIBAO_TITLE, "Dibao") if scheme == "dibao"
                  else (COUNTRY_NAMES[scheme], eu_pack.SCHEME_NAMES[scheme]))
        names = {scheme, *(t(title, lang).lower() for title in titles for lang in ("en", "zh"))}
        if text in names or (scheme == "dibao" and text == "低保"):
            return scheme
    return None


def yuan_per_unit(currency: str) -> tuple[float, str]:
    """The yuan one unit of the currency bought, and the day (datasets/exchange_rates.csv)."""
    table = datasets.load_table("exchange_rates")
    row = table[(table["currency"] == currency) & (table["indicator"] == "yuan per unit of the currency")].iloc[-1]
    return float(row["value"]), row["date"]


def exchange_rate_view(scheme: str, area: str = "urban", p: dict | None = None) -> dict:
    """A single adult's level under the scheme, brought to Dachuan three ways: at the exchange rate (what not to
    do), at the same share of the local median income, and at the local Dibao standard; with the local median and
    standard to read them against."""
    p = p or settings()
    pack = f"eu.{scheme}"
    rate, day = yuan_per_unit(eu_pack.CURRENCY[scheme])
    home, median_home = p[f"{pack}.level.single"], p[f"{pack}.median_income"]
    median_here, standard = p[f"income.median.{area}"], p[f"dibao.standard.{area}"]
    return dict(scheme=scheme, area=area, currency=eu_pack.CURRENCY[scheme], level_home=home, rate=rate,
                rate_date=day, at_exchange_rate=home * rate, share_at_home=home / median_home,
                share_of_median=home / median_home * median_here, relative_to_standard=standard,
                median_here=median_here, standard=standard)


def exchange_rate_lines(scheme: str, area: str = "urban", lang: str | None = None) -> list[str]:
    lang = lang or language()
    view = exchange_rate_view(scheme, area)
    area_words = t(area, lang)
    return [
        t("At the exchange rate of {date} ({rate} yuan for one {currency}), the {level} {currency} a single adult "
          "gets under {scheme} would be {yuan} yuan a month here: {times_median} times the {area} median income "
          "per person ({median} yuan) and {times_standard} times the {area} Dibao standard ({standard} yuan).", lang,
          date=view["rate_date"], rate=f"{view['rate']:.4g}", currency=view["currency"],
          level=f"{view['level_home']:,.0f}", scheme=t(eu_pack.SCHEME_NAMES[scheme], lang),
          yuan=f"{view['at_exchange_rate']:,.0f}", times_median=f"{view['at_exchange_rate'] / view['median_here']:.1f}",
          area=area_words, median=f"{view['median_here']:,.0f}",
          times_standard=f"{view['at_exchange_rate'] / view['standard']:.1f}", standard=f"{view['standard']:,.0f}"),
        t("Carried over at the share of the median income it has at home ({share}), it is {level} yuan; at the "
          "local standard, {standard} yuan.", lang, share=f"{view['share_at_home']:.0%}",
          level=f"{view['share_of_median']:,.0f}", standard=f"{view['relative_to_standard']:,.0f}"),
    ]


class HouseholdComparison:
    """Describe a household (ages, income, area), choose how the EU levels are carried over and which scheme to
    explain: what the household would get under Dibao and under each scheme, and why."""

    def __init__(self, lang: str | None = None, members: str = "40, 38, 8", income: str = "930"):
        lang = self.lang = lang or language()
        self.members = w.Text(value=members, description=t("Ages", lang),
                              placeholder=t("ages separated by commas, e.g. 45, 43, 12:severe", lang))
        self.income = w.Text(value=income, description=t("Income", lang),
                             placeholder=t("yuan a month, whole household", lang))
        self.area = w.Dropdown(options=[(t("urban", lang), "urban"), (t("rural", lang), "rural")], value="urban",
                               description=t("Area", lang))
        self.level = w.ToggleButtons(options=[(t(minimum_income.LEVELS[lv], lang), lv) for lv in LEVELS],
                                     value="share_of_median", description=t("EU levels", lang))
        self.scheme = w.Dropdown(options=[(t(COUNTRY_NAMES[c], lang), c) for c in COUNTRIES], value="germany",
                                 description=t("Explain", lang))
        self.button = w.Button(description=t("Compare", lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.calculate)
        for control in (self.area, self.level, self.scheme):
            control.observe(self.calculate, names="value")
        self.table: pd.DataFrame | None = None
        self.lines: list[str] = []
        self.widget = w.VBox([w.HBox([self.members, self.income, self.area]), self.level,
                              w.HBox([self.scheme, self.button, self.message]), self.output, self.text])
        self.calculate()

    def calculate(self, _change=None) -> None:
        lang = self.lang
        try:
            table = amounts(parse_members(self.members.value), parse_amount(t("Income", lang), self.income.value),
                            self.area.value, self.level.value, lang)
        except UserError as err:
            self.message.value = problem_message(err)
            return
        self.table, self.message.value = table, ""
        scheme = self.scheme.value
        self.lines = ([f"{table.at['dibao', 'title']}: {table.at['dibao', 'amount']:,.0f} {t('yuan', lang)}"]
                      + table.at["dibao", "reasons"]
                      + [f"{table.at[scheme, 'title']}: {table.at[scheme, 'amount']:,.0f} {t('yuan', lang)}"]
                      + table.at[scheme, "reasons"]
                      + exchange_rate_lines(scheme, self.area.value, lang))
        self.text.value = _html_lines(self.lines)
        show_figure(self.output, self.figure())

    def figure(self):
        lang, table = self.lang, self.table
        names = [t("Dibao", lang)] + [t(COUNTRY_NAMES[c], lang) for c in COUNTRIES]
        colours = [DIBAO_COLOUR] + [SCHEME_COLOUR if c == self.scheme.value else "#a9cce3" for c in COUNTRIES]
        fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
        bars = ax.barh(names[::-1], table["amount"].iloc[::-1], color=colours[::-1])
        ax.bar_label(bars, labels=[f"{x:,.0f}" for x in table["amount"].iloc[::-1]], fontsize="small", padding=2)
        ax.set_title(t("What this household would get a month, yuan (EU levels {how})", lang,
                       how=t(minimum_income.LEVELS[self.level.value], lang)), loc="left", fontsize="medium")
        ax.set_xlim(0, max(table["amount"].max(), 1) * 1.2)
        ax.grid(axis="x", alpha=0.3)
        return fig


# ---- 3. a district under Dibao and under a scheme --------------------------------------------------------------------
KEY_METRICS = ("poverty_rate_after", "poverty_gap_after", "dibao_coverage", "take_up", "inclusion_error",
               "exclusion_error", "mean_processing_days", "spending_dibao", "spending_total")
SHARE_METRICS = ("poverty_rate_after", "dibao_coverage", "take_up", "inclusion_error", "exclusion_error")


def scheme_label(scheme: str, level: str, lang: str) -> str:
    if scheme == "dibao":
        return t(minimum_income.DIBAO_TITLE, lang)
    return t("{scheme}, {how}", lang, scheme=t(eu_pack.SCHEME_NAMES[scheme], lang),
             how=t(minimum_income.LEVELS[level], lang))


def district_scenario(scheme: str, level: str = "relative_to_standard", lang: str | None = None,
                      households: int = DISTRICT["households"], months: int = DISTRICT["months"],
                      seed: int = DISTRICT["seed"]):
    """Dachuan in January 2019 running the scheme (Dibao or an EU pack with its delivery), as a checked scenario."""
    lang = lang or language()
    data = dict(name=scheme_label(scheme, level, lang), locality=LOCALITY, start=START.isoformat(),
                households=households, months=months, seed=seed)
    if scheme != "dibao":
        data["minimum_income"] = {"scheme": scheme, "level": level}
    return validated(data, t("district", lang))


def _run(scenario) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    model = scenario.build().run(scenario.months)
    return model.monthly(), model.household_outcomes(), scenario.run_parameters


def _comparison(runs: dict[str, tuple]) -> comparison.Comparison:
    return comparison.Comparison({label: run[0] for label, run in runs.items()},
                                 {label: run[1] for label, run in runs.items()},
                                 {label: run[2] for label, run in runs.items()})


def compare(scheme: str, level: str = "relative_to_standard", households: int = DISTRICT["households"],
            months: int = DISTRICT["months"], seed: int = DISTRICT["seed"], lang: str | None = None):
    """The same simulated district under Dachuan's Dibao and under the scheme (`comparison.Comparison`, Dibao
    first): the same households with the same lives, so every difference comes from the scheme."""
    lang = lang or language()
    runs = {}
    for chosen in ("dibao", scheme):
        scenario = district_scenario(chosen, level, lang, households, months, seed)
        runs[scenario.name] = _run(scenario)
    return _comparison(runs)


def key_figures(result: comparison.Comparison) -> pd.DataFrame:
    """The figures a practitioner compares, as the mean over the run: rows KEY_METRICS, columns dibao, scheme and
    difference (scheme - dibao). Shares are shares (0.05 is 5%), spending is yuan a month."""
    run = result.headline().xs("run", level="period")
    base, scheme = result.baseline, result.reforms[0]
    frame = pd.DataFrame({"dibao": run.loc[list(KEY_METRICS), base], "scheme": run.loc[list(KEY_METRICS), scheme]})
    frame["difference"] = frame["scheme"] - frame["dibao"]
    frame.index.name = "metric"
    return frame


# Labels of the figures the tables show: the comparison report's, with these in place.
LABELS = {**{metric: label for metric, (label, _) in comparison.HEADLINE.items()}, **comparison.SPENDING_LABELS,
          "spending_dibao": marked("spending: minimum income (Dibao or the EU scheme)"),
          "applications": marked("new applications a month"),
          "backlog": marked("cases waiting at the centres"),
          "caseworker_utilisation": marked("caseworkers' workload, share of capacity")}
COUNTS = ("mean_processing_days", "applications", "backlog")  # shown as numbers, not percentages


def _shown(metric: str, value: float, difference: bool, lang: str) -> str:
    """A figure in words: shares as percentages (differences in percentage points), counts and days as numbers,
    spending in yuan."""
    if pd.isna(value):
        return "–"
    if metric in COUNTS:
        return f"{value:+.1f}" if difference else f"{value:.1f}"
    if metric.startswith("spending_"):
        return f"{value:+,.0f}" if difference else f"{value:,.0f}"
    return t("{points:+.1f} pp", lang, points=100 * value) if difference else f"{value:.1%}"


def _readable(frame: pd.DataFrame, headings: list[str], lang: str, labels: dict | None = None,
              marked_first: tuple = ()) -> pd.DataFrame:
    """A figures frame (rows: metrics; columns: two runs and their difference) in words, under `headings`."""
    labels = {**LABELS, **(labels or {})}
    return pd.DataFrame({
        t("figure, mean over the run", lang): [("▶ " if m in marked_first else "") + t(labels[m], lang)
                                               for m in frame.index],
        **{heading: [_shown(m, frame.at[m, column], column == "difference", lang) for m in frame.index]
           for heading, column in zip(headings, frame.columns)},
    })


def gainers_table(result: comparison.Comparison, lang: str | None = None) -> pd.DataFrame:
    """Who gains and who loses, by type of household, in words."""
    lang = lang or language()
    gainers = result.gainers_and_losers()
    return pd.DataFrame({
        t("households", lang): [comparison.type_label(g, lang) for g in gainers["household_type"]],
        t("number", lang): [f"{n:,}" for n in gainers["households"]],
        t("gaining", lang): [comparison.share(x) for x in gainers["gaining"]],
        t("losing", lang): [comparison.share(x) for x in gainers["losing"]],
        t("mean change, yuan a month", lang): ["–" if pd.isna(x) else f"{x:+,.0f}" for x in gainers["mean_change"]],
        t("mean change, poorest fifth", lang): ["–" if pd.isna(x) else f"{x:+,.0f}"
                                                 for x in gainers["poorest_fifth_mean_change"]],
    })


def district_figure(result: comparison.Comparison, lang: str | None = None):
    """Left: poverty, coverage, take-up and targeting errors under both schemes. Right: the share of each type of
    household that gains or loses more than 1% of its income after assistance."""
    lang = lang or language()
    run = result.headline().xs("run", level="period")
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8), layout="constrained")
    positions = np.arange(len(SHARE_METRICS))
    for number, (label, colour) in enumerate(((result.baseline, DIBAO_COLOUR), (result.reforms[0], SCHEME_COLOUR))):
        values = run.loc[list(SHARE_METRICS), label]
        bars = left.barh(positions + 0.4 * number, values, 0.4, color=colour, label=label)
        left.bar_label(bars, labels=[f"{v:.0%}" for v in values], fontsize="x-small", padding=2)
    left.set_yticks(positions + 0.2, [_wrapped(t(LABELS[m], lang), 24) for m in SHARE_METRICS])
    left.invert_yaxis()
    left.xaxis.set_major_formatter(PercentFormatter(1.0))
    left.set_xlim(0, 1)
    left.set_title(t("Mean over the run", lang), loc="left", fontsize="medium")
    left.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))
    gainers = result.gainers_and_losers().iloc[::-1]
    names = [_wrapped(comparison.type_label(g, lang), 34) for g in gainers["household_type"]]
    right.barh(names, gainers["gaining"], color="#229954", label=t("gaining", lang))
    right.barh(names, -gainers["losing"], color="#c0392b", label=t("losing", lang))
    right.axvline(0, color="black", linewidth=0.8)
    right.xaxis.set_major_formatter(PercentFormatter(1.0))
    right.set_xlim(-1, 1)
    right.set_title(_wrapped(t("Households gaining and losing more than {threshold:.0%}", lang,
                               threshold=comparison.CHANGE_THRESHOLD)), loc="left", fontsize="medium")
    right.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08), ncols=2)
    for ax in (left, right):
        ax.grid(axis="x", alpha=0.3)
    return fig


class DistrictComparison:
    """Choose an EU scheme and how its level is carried over: the district under Dibao and under that scheme, side
    by side. Each choice runs once; going back to it shows the kept result at once."""

    def __init__(self, lang: str | None = None, scheme: str = "germany", level: str = "relative_to_standard",
                 **district):
        lang = self.lang = lang or language()
        self.district = {**DISTRICT, **district}
        self.scheme = w.Dropdown(options=[(t(COUNTRY_NAMES[c], lang), c) for c in COUNTRIES], value=scheme,
                                 description=t("EU scheme", lang))
        self.level = w.ToggleButtons(options=[(t(minimum_income.LEVELS[lv], lang), lv) for lv in LEVELS],
                                     value=level, description=t("EU levels", lang))
        self.message = w.HTML()
        self.text = w.HTML()
        self.table = w.HTML()
        self.gainers = w.HTML()
        self.output = w.Output()
        self.runs: dict[tuple[str, str], tuple] = {}  # (scheme, level) -> its run, kept for the session
        self.baseline = _run(district_scenario("dibao", lang=lang, **self.district))
        self.result: comparison.Comparison | None = None
        self.scheme.observe(self.show, names="value")
        self.level.observe(self.show, names="value")
        self.widget = w.VBox([w.HBox([self.scheme, self.message]), self.level, self.text, self.output, self.table,
                              self.gainers])
        self.show()

    def show(self, _change=None) -> None:
        lang, choice = self.lang, (self.scheme.value, self.level.value)
        if choice not in self.runs:
            self.runs[choice] = _run(district_scenario(*choice, lang=lang, **self.district))
        self.result = _comparison({t(minimum_income.DIBAO_TITLE, lang): self.baseline,
                                   scheme_label(*choice, lang): self.runs[choice]})
        households, months = self.district["households"], self.district["months"]
        self.message.value = html.escape(t("{households} households, {months} months, the same lives under both.",
                                           lang, households=f"{households:,}", months=months))
        self.text.value = _html_lines(self.lines())
        self.table.value = _table_html(self.figures())
        self.gainers.value = _table_html(gainers_table(self.result, lang))
        show_figure(self.output, district_figure(self.result, lang))

    def summary(self) -> pd.DataFrame:
        return key_figures(self.result)

    def figures(self) -> pd.DataFrame:
        lang = self.lang
        return _readable(self.summary(), [t("Dibao", lang), t(COUNTRY_NAMES[self.scheme.value], lang),
                                          t("difference", lang)], lang)

    def lines(self) -> list[str]:
        lang, result = self.lang, self.result
        p = settings()
        p = minimum_income.in_force({**p, **result.rules[result.reforms[0]]})
        return [comparison.summaries(result.headline(), result.gainers_and_losers(), result.rules, lang)[
            result.reforms[0]]] + minimum_income.describe(p, lang)


# ---- 4. the delivery features one at a time -----------------------------------------------------------------------
@dataclass(frozen=True)
class Feature:
    parameter: str            # the Chinese pipeline's parameter it sets (minimum_income.DELIVERY)
    country: str              # the pack whose setting is taken, a scheme that has the feature
    title: str
    charts: tuple[str, str]   # charts.CHARTS to draw
    watch: tuple[str, ...]    # the figures it moves, first in the table


FEATURES = {
    "data_sharing": Feature("casework.integrated_database", "germany", marked("Automatic data sharing"),
                            ("processing", "targeting"),
                            ("mean_processing_days", "inclusion_error", "exclusion_error", "spending_dibao")),
    "activation": Feature("activation.referral_share", "germany", marked("An activation path"),
                          ("poverty", "spending"),
                          ("poverty_rate_before", "poverty_rate_after", "inclusion_error", "spending_dibao")),
    "decision_deadline": Feature("casework.decision_deadline_days", "poland", marked("A decision deadline"),
                                 ("processing", "pipeline"),
                                 ("mean_processing_days", "backlog", "caseworker_utilisation")),
    "no_counter_visit": Feature("casework.no_counter_visit", "finland", marked("No counter visit"),
                                ("coverage", "pipeline"),
                                ("applications", "take_up", "dibao_coverage", "exclusion_error", "spending_dibao")),
}
FEATURE_METRICS = ("poverty_rate_before", "poverty_rate_after", "dibao_coverage", "take_up", "inclusion_error",
                   "exclusion_error", "applications", "mean_processing_days", "backlog", "caseworker_utilisation",
                   "spending_dibao", "spending_total")
FEATURE_LABELS = {"spending_dibao": comparison.SPENDING_LABELS["spending_dibao"]}  # Dibao stays the scheme


def feature_parameters(feature: str, p: dict | None = None) -> dict:
    """The one parameter the feature sets, at the value of the EU pack it is taken from."""
    p, chosen = p or settings(), FEATURES[feature]
    return {chosen.parameter: p[f"eu.{chosen.country}.{minimum_income.DELIVERY[chosen.parameter]}"]}


def feature_lines(feature: str, lang: str | None = None, p: dict | None = None) -> list[str]:
    """What the feature is, which scheme it is taken from (with the value's status) and what it changes in the
    simulated district, in plain words."""
    lang, p = lang or language(), p or settings()
    chosen = FEATURES[feature]
    name, value = next(iter(feature_parameters(feature, p).items()))
    pack_setting = f"eu.{chosen.country}.{minimum_income.DELIVERY[name]}"
    status = load_parameters(LOCALITY).dated_value(pack_setting, START).status
    shown = (t("yes", lang) if value is True else f"{value:.0%}" if name == "activation.referral_share"
             else t("{days:g} working days", lang, days=value))
    source = t("Taken from the {country} pack ({body}): {setting} = {value}, {status}.", lang,
               country=t(COUNTRY_NAMES[chosen.country], lang), body=t(eu_pack.DELIVERY_BODIES[chosen.country], lang),
               setting=pack_setting, value=shown, status=t(STATUS_WORDS[status], lang))
    if feature == "data_sharing":
        here = t("Here, the district checks applicants against one shared database instead of gathering 27 "
                 "agencies' results by hand: the check takes {fast} working days instead of {slow}, and incomes are "
                 "read from shared records, so the means test errs less (a spread of {error_shared} instead of "
                 "{error}).", lang, fast=f"{p['casework.days.database_check_integrated']:g}",
                 slow=f"{p['casework.days.database_check']:g}",
                 error_shared=f"{p['casework.income_error_integrated']:.0%}", error=f"{p['casework.income_error']:.0%}")
    elif feature == "activation":
        here = t("Here, {share} of the households granted or renewed Dibao that have a member able to work are sent "
                 "to a {months}-month path back to work, as at an integration centre; while on it, their jobless "
                 "members find work more often (a {uplift} higher chance each month, an assumption: the sources give "
                 "no effect size).", lang, share=f"{value:.0%}", months=f"{p['activation.months']:g}",
                 uplift=f"{p['activation.job_finding_uplift']:.0%}")
    elif feature == "decision_deadline":
        here = t("Here, every case must be decided within {days} working days of filing: a centre takes on every "
                 "case that would otherwise miss it, beyond its caseworkers' normal capacity if need be.", lang,
                 days=f"{value:g}")
    else:
        here = t("Here, households apply without a visit to the centre and without bringing certificates, which the "
                 "centre reads from shared records: eligible households that held back apply more often (a {uplift} "
                 "higher chance each month, an assumption).", lang,
                 uplift=f"{p['application.no_counter_visit_uplift']:.0%}")
    return [here, source]


def feature_effect(feature: str, caseworkers: float | None = None, lang: str | None = None,
                   **district) -> pd.DataFrame:
    """Dachuan's Dibao without and with the one feature, on the same households: FEATURE_METRICS as the mean over
    the run (rows), columns without, with and difference. `caseworkers` per 10,000 households (default: the
    parameter file's)."""
    return _effect(_feature_runs(feature, caseworkers, {**DISTRICT, **district}))


def _feature_runs(feature: str, caseworkers: float | None, district: dict) -> dict[str, pd.DataFrame]:
    staff = {} if caseworkers is None else {"casework.caseworkers_per_10k_households": float(caseworkers)}
    households, seed = district["households"], district["seed"]

    def monthly(parameters):
        return DistrictModel(locality=LOCALITY, start=START, households=households, seed=seed,
                             parameters={**staff, **parameters}).run(district["months"]).monthly()
    return {"without": monthly({}), "with": monthly(feature_parameters(feature))}


def _effect(runs: dict[str, pd.DataFrame]) -> pd.DataFrame:
    frame = pd.DataFrame({name: runs[name][list(FEATURE_METRICS)].mean() for name in ("without", "with")})
    frame["difference"] = frame["with"] - frame["without"]
    frame.index.name = "metric"
    return frame


class DeliveryFeatures:
    """Switch on one EU delivery feature at a time in Dachuan's Dibao, with the caseworkers the slider sets: what
    it changes against Dibao as it was. Each choice runs once and is kept."""

    def __init__(self, lang: str | None = None, feature: str = "data_sharing", **district):
        lang = self.lang = lang or language()
        self.district = {**DISTRICT, **district}
        p = settings()
        self.feature = w.ToggleButtons(options=[(t(f.title, lang), code) for code, f in FEATURES.items()],
                                       value=feature)
        self.staff = w.FloatSlider(value=p["casework.caseworkers_per_10k_households"], min=0.5, max=8.0, step=0.5,
                                   continuous_update=False, description=t("Caseworkers", lang),
                                   tooltip=t("caseworkers per 10,000 households", lang))
        self.text = w.HTML()
        self.table = w.HTML()
        self.output = w.Output()
        self.runs: dict[tuple[str, float], dict] = {}
        self.effect: pd.DataFrame | None = None
        self.feature.observe(self.show, names="value")
        self.staff.observe(self.show, names="value")
        self.widget = w.VBox([self.feature, w.HBox([self.staff, w.Label(t("caseworkers per 10,000 households", lang))]),
                              self.text, self.output, self.table])
        self.show()

    def show(self, _change=None) -> None:
        lang, choice = self.lang, (self.feature.value, float(self.staff.value))
        if choice not in self.runs:
            self.runs[choice] = _feature_runs(*choice, self.district)
        runs = self.runs[choice]
        self.effect = _effect(runs)
        self.text.value = _html_lines(feature_lines(choice[0], lang))
        self.table.value = _table_html(self.figures())
        labels = {t("Dibao as in 2019", lang): runs["without"],
                  t("with {feature}", lang, feature=t(FEATURES[choice[0]].title, lang).lower()): runs["with"]}
        fig, axes = plt.subplots(1, 2, figsize=(12, 3.8), layout="constrained")
        for ax, name in zip(axes, FEATURES[choice[0]].charts):
            charts.draw(ax, name, labels, lang)
        show_figure(self.output, fig)

    def figures(self) -> pd.DataFrame:
        """The feature's own figures first (marked ▶), then the rest, in words."""
        lang, watch = self.lang, FEATURES[self.feature.value].watch
        order = [*watch, *(m for m in FEATURE_METRICS if m not in watch)]
        return _readable(self.effect.loc[order], [t("Dibao as in 2019", lang), t("with the feature", lang),
                                                  t("difference", lang)], lang, FEATURE_LABELS, watch)
