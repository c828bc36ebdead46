"""The report of a comparison (`comparison.Comparison`): its charts as PNG images, and one self-contained HTML page
with the summaries, the tables and the same charts embedded, which a policy team can read, mail or print without
the model or a network connection.
"""
from __future__ import annotations

import base64
import html as markup
import io
import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from simulation.reports import charts
from simulation.analysis import household_types
from simulation.analysis.comparison import (CHANGE_THRESHOLD, PERIODS, POOREST, Comparison, headline_metrics, share,
                                   type_label)
from simulation.i18n import marked, t
from simulation.inputs.parameters import load_parameters

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
    month-by-month charts of `charts.CHARTS` with every scenario on the same axes."""
    figures = {
        "headline": _headline_chart(comparison, lang),
        "spending_split": _spending_chart(comparison, lang),
    }
    if comparison.reforms:
        gainers = comparison.gainers_and_losers()
        figures["gainers_losers"] = gainers_chart(gainers, lang)
        figures["change_by_type"] = _change_chart(gainers, lang)
    pngs = {name: _png(figure) for name, figure in figures.items()}
    for name in charts.CHARTS:
        figure = Figure(figsize=(7, 3.6), layout="constrained")
        charts.draw(figure.subplots(), name, comparison.monthly, lang)
        pngs[name] = _png(figure)
    return pngs


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


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
    """The whole report as one HTML page; `scenarios` are the runs' `Scenario`s, the baseline first; `pngs` the
    charts from `charts_png`, embedded as data."""
    base = scenarios[0]
    summaries = comparison.summaries(lang)
    title = t("Reform comparison: {baseline}", lang, baseline=comparison.baseline)
    intro = t("Every scenario ran on the same district of {households:,} households in {locality} for {months} "
              "months from {start} (seed {seed}): the same households with the same life events, so the "
              "differences below come from the rules and the way cases are handled.", lang,
              households=base.households, months=base.months, start=base.start.isoformat(),
              locality=load_parameters(base.locality).name.get(lang, base.locality),
              seed=base.seed)
    parts = [_heading(title, 1), _paragraph(intro), _heading(t("In brief", lang), 2)]
    for label, scenario in zip(comparison.reforms, scenarios[1:]):
        parts.append(_heading(label, 3))
        if scenario.description:
            parts.append(f'<p class="description">{_text(scenario.description)}</p>')
        parts.append(_paragraph(summaries[label]))

    parts += [_heading(t("Headline figures", lang), 2),
              _paragraph(t("Shares are of people (poverty) or households (the rest); spending is in yuan a month. "
                           "Poverty is measured against each scenario's own Dibao standard; the poverty gap is the "
                           "mean shortfall from it, as a share of it. Differences of shares are in percentage "
                           "points.", lang)),
              _headline_html(comparison, lang), _image(pngs, "headline", lang), _image(pngs, "spending_split", lang)]

    if comparison.reforms:
        parts += [_heading(t("Who gains and who loses", lang), 2), _paragraph(_gainers_intro(lang)),
                  _image(pngs, "gainers_losers", lang), _image(pngs, "change_by_type", lang)]
        gainers = comparison.gainers_and_losers()
        for label in comparison.reforms:
            parts += [_heading(label, 3), _gainers_html(gainers[gainers["scenario"] == label], lang)]

    parts.append(_heading(t("Month by month", lang), 2))
    parts += [_image(pngs, name, lang) for name in charts.CHARTS]
    parts += [_heading(t("The scenarios", lang), 2), _scenarios_html(comparison, lang),
              _paragraph(t("The same figures are in headline.csv, gainers_losers.csv, comparison.csv (every metric, "
                           "mean of the last 12 months) and monthly.csv.", lang))]
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="{'zh-Hans' if lang == 'zh' else lang}">
<head><meta charset="utf-8"><title>{_text(title)}</title>
<style>
body {{ font-family: "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
        max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }}
img {{ max-width: 100%; display: block; margin: 1rem 0; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }}
th, td {{ padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }}
th:first-child, td:first-child {{ text-align: left; }}
.description {{ color: #555; font-style: italic; }}
</style></head>
<body>
{body}
</body></html>
"""


def _gainers_intro(lang: str) -> str:
    return t("A household gains (loses) when its income after regular assistance (its own income less medical costs "
             "being repaid, plus Dibao, extreme-poor support and the old-age and disability allowances), averaged "
             "over the run, is more than {threshold:.0%} above (below) the same in the baseline. Changes are in yuan "
             "per household per month. The poorest fifth are the {poorest:.0%} of the district's households with the "
             "lowest income per person before assistance over the run. Types are taken at the start and overlap; "
             "elderly households are those whose members are all 60 or over.", lang,
             threshold=CHANGE_THRESHOLD, poorest=POOREST)


def _headline_html(comparison: Comparison, lang: str) -> str:
    table = comparison.headline()
    labels = headline_metrics(comparison.monthly)
    columns = list(table.columns)
    rows = []
    for (metric, period), values in table.iterrows():
        label, kind = labels[metric]
        cells = [format_number(values[c], kind, difference=c not in comparison.monthly, lang=lang) for c in columns]
        rows.append([t(label, lang), t(PERIODS[period], lang), *cells])
    frame = pd.DataFrame(rows, columns=[t("figure", lang), t("period", lang), *columns])
    return frame.to_html(index=False, border=0)


def _gainers_html(rows: pd.DataFrame, lang: str) -> str:
    frame = pd.DataFrame({
        t("households", lang): [type_label(g, lang) for g in rows["household_type"]],
        t("number", lang): [f"{n:,}" for n in rows["households"]],
        t("gaining", lang): [share(v) for v in rows["gaining"]],
        t("losing", lang): [share(v) for v in rows["losing"]],
        t("unchanged", lang): [share(v) for v in rows["unchanged"]],
        t("baseline income", lang): [format_number(v, "yuan") for v in rows["baseline_income"]],
        t("mean change", lang): [format_number(v, "yuan", difference=True) for v in rows["mean_change"]],
        t("mean change, poorest fifth", lang): [format_number(v, "yuan", difference=True)
                                                for v in rows["poorest_fifth_mean_change"]],
    })
    return frame.to_html(index=False, border=0)


def _scenarios_html(comparison: Comparison, lang: str) -> str:
    frame = pd.DataFrame({
        t("scenario", lang): list(comparison.rules),
        t("changes to the parameters", lang): [", ".join(f"{name} = {value}" for name, value in rules.items())
                                               or t("none", lang) for rules in comparison.rules.values()],
    })
    return frame.to_html(index=False, border=0)


def _title(name: str, lang: str, **values) -> str:
    return t(TITLES[name], lang, **values)


def _image(pngs: dict[str, bytes], name: str, lang: str) -> str:
    if name not in pngs:
        return ""
    title = TITLES.get(name) or charts.CHARTS[name][0]
    data = base64.b64encode(pngs[name]).decode("ascii")
    return f'<img alt="{_text(t(title, lang, threshold=CHANGE_THRESHOLD))}" src="data:image/png;base64,{data}">'


def format_number(value: float, kind: str, difference: bool = False, lang: str = "en") -> str:
    if value is None or np.isnan(value):
        return "–"
    if kind == "share":
        return t("{points:+.1f} pp", lang, points=round(100 * value, 1) + 0.0) if difference else f"{value:.1%}"
    decimals = {"days": 1, "months": 1, "index": 2}.get(kind, 0)
    value = round(value, decimals) + 0.0  # no "-0"
    return f"{value:{'+' if difference else ''},.{decimals}f}"


def _heading(text: str, level: int) -> str:
    return f"<h{level}>{_text(text)}</h{level}>"


def _paragraph(text: str) -> str:
    return f"<p>{_text(text)}</p>"


def _text(text) -> str:
    return markup.escape(str(text))
