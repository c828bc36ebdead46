"""One district is one draw: the comparison repeated on districts drawn with other seeds, each difference's 95%
interval across them (as `carelab sweep` computes it), and the shipped reforms side by side for the discussion."""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.i18n import t

# The comparison report's own number format, so that the lab shows what `carelab compare` and `carelab sweep` do.
from simulation.i18n.numbers import format_number, points
from simulation.inputs.scenarios import Scenario
from simulation.model import metric_registry as registry
from simulation.reports import sweep as sweep_report
from simulation.workshop.module6.levers import joined
from simulation.workshop.module6.results import poor_people
from simulation.workshop.module6.scenarios import compare

SEEDS = (1, 2, 3, 4, 5)

# The figures the seeds are compared on (a run's mean over its months, as the headline table's first rows), then
# the people below the standard after assistance.
SEED_METRICS = ["poverty_rate_after", "poverty_gap_after", "dibao_coverage", "inclusion_error", "exclusion_error",
                "take_up", "mean_processing_days", "spending_total", "spending_local"]
POOR_PEOPLE = "poor_people"


# ---- one run is not enough: seeds -----------------------------------------------------------------------------------
def seed_runs(baseline: Scenario, reform: Scenario, seeds=SEEDS) -> pd.DataFrame:
    """The comparison repeated on the districts drawn with each seed. One row per seed and run ("baseline",
    "reform" and their "difference"), one column per figure of `SEED_METRICS` (mean over the run) and the
    people below the standard after assistance."""
    rows = []
    for seed in seeds:
        result = compare(baseline.with_run(seed=seed), reform.with_run(seed=seed))
        run = result.headline().xs("run", level="period")
        base, changed = result.baseline, result.reforms[0]
        levels = {label: {**run.loc[SEED_METRICS, column].to_dict(), POOR_PEOPLE: poor_people(result.monthly[label])}
                  for label, column in ((base, base), (changed, changed))}
        rows += [{"run": "baseline", "seed": seed, **levels[base]},
                 {"run": "reform", "seed": seed, **levels[changed]},
                 {"run": "difference", "seed": seed,
                  **{metric: levels[changed][metric] - levels[base][metric] for metric in levels[base]}}]
    return pd.DataFrame(rows)


def intervals(per_seed: pd.DataFrame) -> pd.DataFrame:
    """Per run and figure: the number of seeds, the mean and the 95% confidence interval across seeds, as
    `carelab sweep` computes them, and whether the interval leaves out zero."""
    table = sweep_report.summarise(per_seed, by=["run"])
    table["excludes_zero"] = (table["ci_low"] > 0) | (table["ci_high"] < 0)
    return table


def larger_than_noise(per_seed: pd.DataFrame, metric: str) -> bool:
    """Whether the reform's change in `metric` is larger than the noise: its interval across seeds leaves out 0."""
    rows = intervals(per_seed)
    return bool(rows[(rows["run"] == "difference") & (rows["metric"] == metric)]["excludes_zero"].iloc[0])


def kind_of(metric: str) -> str:
    if metric == POOR_PEOPLE:
        return "number"
    return registry.METRICS[metric].unit


def metric_label(metric: str, lang: str) -> str:
    if metric == POOR_PEOPLE:
        return t("people below the standard after assistance", lang)
    return t(registry.label(metric), lang)


def _change(value: float, kind: str, lang: str) -> str:
    """A change across seeds: as the report writes it, but shares to two decimals of a percentage point, since
    a reform's effect on a share is often a fraction of a point."""
    if kind == "share":
        return points(value, lang, 2)
    return format_number(value, kind, difference=True, lang=lang)


def verdict(per_seed: pd.DataFrame, metric: str, lang: str = "en") -> str:
    """What the seeds say about the reform's change in `metric`, in two sentences."""
    rows = intervals(per_seed).set_index(["run", "metric"])
    kind = kind_of(metric)
    difference = rows.loc[("difference", metric)]
    base = per_seed.loc[per_seed["run"] == "baseline", metric]
    text = t("Over {seeds} districts drawn with different seeds, your reform changes “{figure}” by {mean} on "
             "average (95% interval {low} to {high}); the baseline's own figure ranges from {lowest} to {highest} "
             "between the districts.", lang, seeds=int(difference["seeds"]), figure=metric_label(metric, lang),
             mean=_change(difference["mean"], kind, lang), low=_change(difference["ci_low"], kind, lang),
             high=_change(difference["ci_high"], kind, lang), lowest=format_number(base.min(), kind, lang=lang),
             highest=format_number(base.max(), kind, lang=lang))
    if np.isnan(difference["ci_low"]):
        finding = t("With one seed there is no interval: run more.", lang)
    elif difference["ci_low"] == difference["ci_high"] == 0:
        finding = t("The reform does not change this figure on any of the districts.", lang)
    elif difference["excludes_zero"]:
        finding = t("The interval leaves out zero: the change is larger than the noise.", lang)
    else:
        finding = t("The interval includes zero: with these seeds the change cannot be told apart from chance.", lang)
    return joined([text, finding], lang)


# ---- the shipped reforms side by side, for the discussion ---------------------------------------------------------
def reform_figures(baseline: Scenario, reforms: list[Scenario], seeds=SEEDS) -> pd.DataFrame:
    """Per reform, each difference from the baseline over the seeds: the intervals of `intervals`."""
    tables = []
    for reform in reforms:
        table = intervals(seed_runs(baseline, reform, seeds))
        table = table[table["run"] == "difference"].drop(columns="run")
        tables.append(table.assign(reform=reform.name))
    return pd.concat(tables, ignore_index=True)


def reform_table(figures: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """`reform_figures` to read: per reform, the main changes with their 95% intervals, and the extra spending per
    person lifted out (the mean extra spending over the mean number lifted out; a dash when the seeds do not show
    people lifted out)."""
    shown = ["poverty_rate_after", "dibao_coverage", "exclusion_error", "inclusion_error", "mean_processing_days",
             "spending_total", POOR_PEOPLE]
    rows = []
    for reform, table in figures.groupby("reform", sort=False):
        table = table.set_index("metric")
        row = {t("reform", lang): reform}
        for metric in shown:
            kind, figures_of = kind_of(metric), table.loc[metric]
            row[metric_label(metric, lang)] = t("{mean} ({low} to {high})", lang,
                                                mean=_change(figures_of["mean"], kind, lang),
                                                low=_change(figures_of["ci_low"], kind, lang),
                                                high=_change(figures_of["ci_high"], kind, lang))
        lifted = table.loc[POOR_PEOPLE]
        per_person = (table.at["spending_total", "mean"] / -lifted["mean"] if lifted["ci_high"] < 0 else np.nan)
        row[t("yuan a month per person lifted out", lang)] = format_number(per_person, "yuan", lang=lang)
        rows.append(row)
    return pd.DataFrame(rows)
