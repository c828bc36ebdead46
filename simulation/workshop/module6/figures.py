"""Module 6's chart of the seeds: each district's figure in the baseline and with the reform, and the differences'
mean and 95% interval. (The gainers-and-losers chart is the comparison report's, `simulation.reports.comparison`.)"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.i18n import t
from simulation.workshop.module6.seeds import intervals, kind_of, metric_label


def seeds_figure(per_seed: pd.DataFrame, metric: str, lang: str = "en"):
    """Left, each district's figure in the baseline and with the reform, joined by a line (the same households);
    right, the differences, their mean and 95% interval."""
    kind = kind_of(metric)
    wide = per_seed.pivot(index="seed", columns="run", values=metric)
    rows = intervals(per_seed).set_index(["run", "metric"])
    fig, (levels, differences) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained",
                                              gridspec_kw={"width_ratios": [3, 2]})
    for seed, row in wide.iterrows():
        levels.plot([0, 1], [row["baseline"], row["reform"]], "-o", color="0.6", markersize=4)
        levels.annotate(t("seed {seed}", lang, seed=seed), (1, row["reform"]), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize="small")
    levels.set_xticks([0, 1], [t("baseline", lang), t("your reform", lang)])
    levels.set_xlim(-0.3, 1.5)
    levels.set_title(metric_label(metric, lang), fontsize="medium")
    differences.axhline(0, color="0.3", linewidth=0.8)
    differences.plot(np.zeros(len(wide)), wide["difference"], "o", color="C0", alpha=0.6,
                     label=t("one district", lang))
    summary = rows.loc[("difference", metric)]
    if not np.isnan(summary["ci_low"]):
        differences.errorbar([0.4], [summary["mean"]], yerr=[[summary["mean"] - summary["ci_low"]],
                                                              [summary["ci_high"] - summary["mean"]]],
                             fmt="s", color="C3", capsize=6, label=t("mean and 95% interval", lang))
    differences.set_xlim(-0.5, 0.9)
    differences.set_xticks([])
    differences.set_title(t("your reform − baseline", lang), fontsize="medium")
    differences.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.02))  # below: clear of the dots
    for ax in (levels, differences):
        ax.grid(axis="y", alpha=0.3)
        if kind == "share":
            ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=None))  # as many decimals as the range needs
        else:
            ax.yaxis.set_major_formatter(lambda value, _: f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}")
    return fig
