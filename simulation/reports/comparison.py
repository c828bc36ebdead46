"""The report of a comparison (`comparison.Comparison`): its charts as PNG images, and one self-contained HTML page
with the summaries, the tables and the same charts embedded, which a policy team can read, mail or print without
the model or a network connection.
"""
from __future__ import annotations

import base64
import textwrap

import numpy as np
import pandas as pd
from markupsafe import Markup
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from simulation.analysis import household_types
from simulation.analysis.comparison import CHANGE_THRESHOLD, PERIODS, POOREST, Comparison, headline_metrics, type_label
from simulation.i18n import marked, t
from simulation.i18n.numbers import count, format_number, share, yuan
from simulation.inputs.parameters import load_parameters
from simulation.model.metric_registry import CHARTS
from simulation.reports import charts, pages

# The share metrics drawn side by side for every scenario (their mean over the run).
SHARES_CHART = ["poverty_rate_before", "poverty_rate_after", "poverty_gap_after", "dibao_coverage",
                "inclusion_error", "exclusion_error", "take_up"]
LEVELS = ("spending_central", "spending_local")
NOT_PROGRAMMES = ("spending_total", *LEVELS)
TITLES = {
    "headline": marked("Poverty, coverage and targeting, mean over the run"),
    "spending_split": marked("Spending by programme and by level of government, mean over the run"),
    "gainers_losers": marked("Households gaining and losing more than {threshold:.0%}"),
    "change_by_type": marked("Mean change in income after assistance"),
}


# ---- charts ------------------------------------------------------------------------------------------------------
def charts_png(comparison: Comparison, lang: str = "en") -> dict[str, bytes]:
    """Every chart of the report as PNG bytes, by file name without .png: the comparison's own charts, then the
    month-by-month charts of the registry's `CHARTS` with every scenario on the same axes."""
    figures = {
        "headline": _headline_chart(comparison, lang),
        "spending_split": _spending_chart(comparison, lang),
    }
    if comparison.reforms:
        gainers = comparison.gainers_and_losers()
        figures["gainers_losers"] = gainers_chart(gainers, lang)
        figures["change_by_type"] = _change_chart(gainers, lang)
    pngs = {name: charts.png(figure) for name, figure in figures.items()}
    for name in CHARTS:
        figure = Figure(figsize=(7, 3.6), layout="constrained")
        charts.draw(figure.subplots(), name, comparison.monthly, lang)
        pngs[name] = charts.png(figure)
    return pngs


def _wrapped(label: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _headline_chart(comparison: Comparison, lang: str) -> Figure:
    run = comparison.headline().xs("run", level="period")
    metrics = [m for m in SHARES_CHART if m in run.index]
    labels = headline_metrics(comparison.monthly)
    scenarios = list(comparison.monthly)
    figure = Figure(figsize=(8, 1.2 + 0.35 * len(metrics) * len(scenarios)), layout="constrained")
    ax = figure.subplots()
    height = 0.8 / len(scenarios)
    positions = np.arange(len(metrics))
    for number, label in enumerate(scenarios):
        ax.barh(positions + number * height, run.loc[metrics, label], height, label=_wrapped(label, 50),
                color=f"C{number}")
    ax.set_yticks(positions + height * (len(scenarios) - 1) / 2, [_wrapped(t(labels[m][0], lang)) for m in metrics])
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_title(_title("headline", lang))
    ax.grid(axis="x", alpha=0.3)
    figure.legend(loc="outside lower center", fontsize="small")
    return figure


def _spending_chart(comparison: Comparison, lang: str) -> Figure:
    run = comparison.headline().xs("run", level="period")
    labels = headline_metrics(comparison.monthly)
    programmes = [m for m in labels if m.startswith("spending_") and m not in NOT_PROGRAMMES]
    scenarios = list(comparison.monthly)
    figure = Figure(figsize=(10, 2.6 + 0.5 * len(scenarios)), layout="constrained")
    by_programme, by_level = figure.subplots(1, 2, sharey=True)
    colour = 0  # one colour per part across both panels, so one legend serves both
    for ax, parts in ((by_programme, programmes), (by_level, [m for m in LEVELS if m in run.index])):
        left = np.zeros(len(scenarios))
        for metric in parts:
            values = run.loc[metric, scenarios].to_numpy(dtype=float)
            ax.barh(range(len(scenarios)), values, left=left, color=f"C{colour}", label=t(labels[metric][0], lang))
            left += values
            colour += 1
        ax.set_xlabel(t("yuan per month", lang))
        ax.xaxis.set_major_locator(MaxNLocator(4))
        ax.xaxis.set_major_formatter(lambda value, _: f"{value:,.0f}")
        ax.grid(axis="x", alpha=0.3)
    figure.legend(loc="outside lower center", ncols=4, fontsize="small")
    by_programme.set_yticks(range(len(scenarios)), [_wrapped(label, 30) for label in scenarios])
    by_programme.invert_yaxis()
    figure.suptitle(_title("spending_split", lang))
    return figure


def _per_reform(gainers: pd.DataFrame, lang: str) -> tuple[Figure, list]:
    """A figure with one panel per reform, household types down the side; returns it and (panel, rows) pairs."""
    reforms = list(gainers["scenario"].unique())
    groups = ["all", *household_types.TYPES]
    figure = Figure(figsize=(8, 0.6 + (0.45 * len(groups) + 0.6) * len(reforms)), layout="constrained")
    panels = []
    for ax, reform in zip(figure.subplots(len(reforms), 1, squeeze=False)[:, 0], reforms):
        rows = gainers[gainers["scenario"] == reform].set_index("household_type").loc[groups]
        ax.set_yticks(range(len(groups)), [_wrapped(type_label(g, lang), 36) for g in groups])
        ax.invert_yaxis()
        ax.set_title(_wrapped(reform, 80), fontsize="medium")
        ax.grid(axis="x", alpha=0.3)
        ax.axvline(0, color="0.3", linewidth=0.8)
        panels.append((ax, rows))
    return figure, panels


def gainers_chart(gainers: pd.DataFrame, lang: str) -> Figure:
    figure, panels = _per_reform(gainers, lang)
    for ax, rows in panels:
        positions = np.arange(len(rows))
        ax.barh(positions, rows["gaining"].fillna(0), color="C2", label=t("gaining", lang))
        ax.barh(positions, -rows["losing"].fillna(0), color="C3", label=t("losing", lang))
        ax.xaxis.set_major_formatter(lambda value, _: f"{abs(value):.0%}")
    figure.legend(*panels[0][0].get_legend_handles_labels(), loc="outside lower center", ncols=2, fontsize="small")
    figure.suptitle(_title("gainers_losers", lang, threshold=CHANGE_THRESHOLD))
    return figure


def _change_chart(gainers: pd.DataFrame, lang: str) -> Figure:
    figure, panels = _per_reform(gainers, lang)
    for ax, rows in panels:
        positions = np.arange(len(rows))
        ax.barh(positions - 0.2, rows["mean_change"].fillna(0), 0.4, color="C0", label=t("all of the type", lang))
        ax.barh(positions + 0.2, rows["poorest_fifth_mean_change"].fillna(0), 0.4, color="C1",
                label=t("those in the poorest fifth", lang))
        ax.set_xlabel(t("yuan per household per month", lang))
    figure.legend(*panels[0][0].get_legend_handles_labels(), loc="outside lower center", ncols=2, fontsize="small")
    figure.suptitle(_title("change_by_type", lang))
    return figure


# ---- the page ----------------------------------------------------------------------------------------------------
def html(comparison: Comparison, scenarios, pngs: dict[str, bytes], lang: str = "en") -> str:
    """The whole report as one HTML page (templates/comparison.html); `scenarios` are the runs' `Scenario`s, the
    baseline first; `pngs` the charts from `charts_png`, embedded as data."""
    base = scenarios[0]
    summaries = comparison.summaries(lang)
    gainers = comparison.gainers_and_losers() if comparison.reforms else None
    reforms = [{"label": label, "description": scenario.description, "summary": summaries[label],
                "gainers": _gainers_html(gainers[gainers["scenario"] == label], lang)}
               for label, scenario in zip(comparison.reforms, scenarios[1:])]
    intro = t("Every scenario ran on the same district of {households:,} households in {locality} for {months} "
              "months from {start} (seed {seed}): the same households with the same life events, so the "
              "differences below come from the rules and the way cases are handled.", lang,
              households=base.households, months=base.months, start=base.start.isoformat(),
              locality=load_parameters(base.locality).name.get(lang, base.locality),
              seed=base.seed)
    words = {
        "brief": t("In brief", lang),
        "headline": t("Headline figures", lang),
        "headline_note": t("Shares are of people (poverty) or households (the rest); spending is in yuan a month. "
                           "Poverty is measured against each scenario's own Dibao standard; the poverty gap is the "
                           "mean shortfall from it, as a share of it. Differences of shares are in percentage "
                           "points.", lang),
        "gainers": t("Who gains and who loses", lang),
        "gainers_note": t("A household gains (loses) when its income after regular assistance (its own income less "
                          "medical costs being repaid, plus Dibao, extreme-poor support and the old-age and disability "
                          "allowances), averaged over the run, is more than {threshold:.0%} above (below) the same in "
                          "the baseline. Changes are in yuan per household per month. The poorest fifth are the "
                          "{poorest:.0%} of the district's households with the lowest income per person before "
                          "assistance over the run. Types are taken at the start and overlap; elderly households are "
                          "those whose members are all 60 or over.", lang,
                          threshold=CHANGE_THRESHOLD, poorest=POOREST),
        "monthly": t("Month by month", lang),
        "scenarios": t("The scenarios", lang),
        "files_note": t("The same figures are in headline.csv, gainers_losers.csv, comparison.csv (every metric, "
                        "mean of the last 12 months) and monthly.csv.", lang),
    }
    images = {name: {"alt": t(TITLES.get(name) or CHARTS[name].title, lang, threshold=CHANGE_THRESHOLD),
                     "data": base64.b64encode(png).decode("ascii")} for name, png in pngs.items()}
    title = t("Reform comparison: {baseline}", lang, baseline=comparison.baseline)
    return pages.render("comparison.html", lang, title=title, intro=intro, words=words, reforms=reforms,
                        headline=_headline_html(comparison, lang), images=images, monthly_charts=list(CHARTS),
                        scenarios=_scenarios_html(comparison, lang))


# The tables come from pandas, which escapes their cells: the page takes them as they are.
def _headline_html(comparison: Comparison, lang: str) -> Markup:
    table = comparison.headline()
    labels = headline_metrics(comparison.monthly)
    columns = list(table.columns)
    rows = []
    for (metric, period), values in table.iterrows():
        label, kind = labels[metric]
        cells = [format_number(values[c], kind, difference=c not in comparison.monthly, lang=lang) for c in columns]
        rows.append([t(label, lang), t(PERIODS[period], lang), *cells])
    frame = pd.DataFrame(rows, columns=[t("figure", lang), t("period", lang), *columns])
    return Markup(frame.to_html(index=False, border=0))


def _gainers_html(rows: pd.DataFrame, lang: str) -> Markup:
    frame = pd.DataFrame({
        t("households", lang): [type_label(g, lang) for g in rows["household_type"]],
        t("number", lang): [count(n) for n in rows["households"]],
        t("gaining", lang): [share(v) for v in rows["gaining"]],
        t("losing", lang): [share(v) for v in rows["losing"]],
        t("unchanged", lang): [share(v) for v in rows["unchanged"]],
        t("baseline income", lang): [yuan(v) for v in rows["baseline_income"]],
        t("mean change", lang): [yuan(v, difference=True) for v in rows["mean_change"]],
        t("mean change, poorest fifth", lang): [yuan(v, difference=True) for v in rows["poorest_fifth_mean_change"]],
    })
    return Markup(frame.to_html(index=False, border=0))


def _scenarios_html(comparison: Comparison, lang: str) -> Markup:
    frame = pd.DataFrame({
        t("scenario", lang): list(comparison.rules),
        t("changes to the parameters", lang): [", ".join(f"{name} = {value}" for name, value in rules.items())
                                               or t("none", lang) for rules in comparison.rules.values()],
    })
    return Markup(frame.to_html(index=False, border=0))


def _title(name: str, lang: str, **values) -> str:
    return t(TITLES[name], lang, **values)
