"""What a sweep tells a policy team: each metric's mean across seeds with a 95% confidence interval, per grid
point, and a self-contained HTML report with a chart and a table per key metric.

A run counts by its mean over its last year (12 months), as in `carelab compare`. The interval is
mean +/- t(0.975, n-1) * sd / sqrt(n) over the n seeds; with one seed there is none.
"""
from __future__ import annotations

import base64
import itertools

import numpy as np
import pandas as pd
from markupsafe import Markup
from scipy import stats

from simulation.i18n import t
from simulation.i18n.numbers import MISSING, rounded, setting, share
from simulation.model.metric_registry import LAST_YEAR, METRICS, SWEEP_FIGURES
from simulation.reports import pages

SUMMARISED = [name for name in METRICS if name not in ("month", "date")]

def last_year(monthly: pd.DataFrame) -> pd.Series:
    """A run's mean of each metric over its last 12 months (all of them if it is shorter)."""
    return monthly[SUMMARISED].tail(LAST_YEAR).mean()


def summarise(per_run: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Per group of `by` and metric: how many seeds, the mean, and the 95% interval (ci_low, ci_high).

    `per_run` has one row per run: the `by` columns, `seed`, and one column per metric."""
    metrics = [column for column in per_run if column not in (*by, "seed")]
    long = per_run.melt(id_vars=by, value_vars=metrics, var_name="metric")
    long["metric"] = pd.Categorical(long["metric"], categories=metrics)  # keeps the metrics' order
    table = (long.groupby([*by, "metric"], observed=True)["value"]
             .agg(seeds="count", mean="mean", sd="std").reset_index())
    half = stats.t.ppf(0.975, table["seeds"] - 1) * table["sd"] / np.sqrt(table["seeds"])
    table["ci_low"], table["ci_high"] = table["mean"] - half, table["mean"] + half
    table["metric"] = table["metric"].astype(str)
    return table.drop(columns="sd")


# ---- the HTML report -------------------------------------------------------------------------------------------------
def html(spec, summary: pd.DataFrame, lang: str = "en") -> str:
    """The report of a sweep (`experiments.Sweep`) from its summary (one row per `point` and metric)."""
    scenario = spec.scenario
    points = len(spec.points())
    intro = [
        t("{runs} runs: {points} combinations of the settings, each with {seeds} seeds; {households:,} households "
          "over {months} months, starting from the scenario “{scenario}”.", lang, runs=points * len(spec.seeds),
          points=points, seeds=len(spec.seeds), households=scenario.households, months=scenario.months,
          scenario=scenario.name),
        t("Each figure is a run's mean over its last {months} months, averaged over the seeds. Error bars show the 95% "
          "confidence interval across seeds (t-distribution); with a single seed there is none.", lang,
          months=min(LAST_YEAR, scenario.months)),
        t("Every metric is in summary.csv; each run's monthly figures are in runs/.", lang),
    ]
    sections = []
    for metric, (title, ylabel) in SWEEP_FIGURES.items():
        kind = METRICS[metric].unit
        rows = summary[summary["metric"] == metric].set_index("point").sort_index()
        sections.append({"title": t(title, lang), "chart": _chart(spec, rows, ylabel, kind, lang),
                         "table": _table(spec, rows, kind, lang)})
    paragraphs = [paragraph for paragraph in [spec.description, *intro] if paragraph]
    return pages.render("sweep.html", lang, title=spec.name, paragraphs=paragraphs, sections=sections)


def _chart(spec, rows: pd.DataFrame, ylabel: str, kind: str, lang: str) -> str:
    """One metric across the grid as a base64 PNG: the first grid parameter along the x axis, a line for each
    combination of the others, error bars for the intervals."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    from simulation.reports.charts import png, use_chinese_font

    use_chinese_font()
    labels = _labels(spec.grid)
    across, *others = spec.grid
    x_values = spec.grid[across]
    numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in x_values)
    positions = np.array(x_values if numeric else range(len(x_values)), dtype=float)
    spacing = np.diff(np.sort(positions)).min() if len(positions) > 1 else 1.0
    combinations = list(itertools.product(*(spec.grid[name] for name in others)))
    fig = Figure(figsize=(7, 3.8), layout="constrained")
    ax = fig.subplots()
    for number, combination in enumerate(combinations):
        # Points vary the first parameter slowest, so this combination's points are `len(combinations)` apart.
        shown = rows.loc[[x * len(combinations) + number for x in range(len(x_values))]]
        dodge = (number - (len(combinations) - 1) / 2) * 0.25 * spacing / max(len(combinations) - 1, 1)
        errors = np.nan_to_num([shown["mean"] - shown["ci_low"], shown["ci_high"] - shown["mean"]])
        label = "; ".join(f"{labels[name]}: {setting(value, lang)}" for name, value in zip(others, combination))
        ax.errorbar(positions + dodge, shown["mean"], yerr=errors, marker="o", capsize=3, label=label or None)
    ax.set_xlabel(labels[across])
    ax.set_ylabel(t(ylabel, lang))
    ax.set_xticks(positions, [setting(v, lang) for v in x_values])
    if kind == "share":
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.grid(alpha=0.3)
    if others:
        fig.legend(loc="outside lower center", ncols=2, fontsize="small")
    return base64.b64encode(png(fig)).decode("ascii")


def _table(spec, rows: pd.DataFrame, kind: str, lang: str) -> Markup:
    """The metric's mean and interval at each point of the grid; pandas escapes the cells."""
    shown = share if kind == "share" else rounded
    points = pd.DataFrame(spec.points())
    table = pd.DataFrame({label: [setting(v, lang) for v in points[name]]
                          for name, label in _labels(spec.grid).items()})
    table[t("mean", lang)] = [shown(v) for v in rows["mean"]]
    table[t("95% confidence interval", lang)] = [
        MISSING if np.isnan(low) else f"{shown(low)} – {shown(high)}"
        for low, high in zip(rows["ci_low"], rows["ci_high"])]
    table[t("seeds", lang)] = rows["seeds"].to_numpy()
    return Markup(table.to_html(index=False, border=0))


def _labels(grid: dict) -> dict[str, str]:
    """Parameters by the last part of their name ("integrated database"), or by their full name if that is ambiguous."""
    short = {name: name.rsplit(".", 1)[-1].replace("_", " ") for name in grid}
    return short if len(set(short.values())) == len(short) else {name: name for name in grid}
