"""Charts of a run's monthly metrics, for the CLI's PNG files and the notebooks. One figure per question a
practitioner asks: how many are poor, who is covered, how accurate is targeting, how the centres cope, what it costs.
Several runs can be drawn on the same axes to compare them.
"""
from __future__ import annotations

import matplotlib


import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from simulation.i18n import marked, t  # noqa: E402

# Chart name -> (title, [(metric, label)], y-axis label, is the y axis a share?)
CHARTS = {
    "poverty": (marked("Poverty against the local standard"),
                [("poverty_rate_before", marked("before assistance")), ("poverty_rate_after", marked("after assistance"))],
                marked("share of people"), True),
    "coverage": (marked("Who receives Dibao"),
                 [("dibao_coverage", marked("coverage of the poor")), ("take_up", marked("take-up"))],
                 marked("share of households"), True),
    "targeting": (marked("Targeting errors"),
                  [("inclusion_error", marked("inclusion error")), ("exclusion_error", marked("exclusion error"))],
                  marked("share"), True),
    "pipeline": (marked("The application pipeline"),
                 [("applications", marked("applications")), ("backlog", marked("backlog")), ("approvals", marked("approvals"))],
                 marked("cases"), False),
    "processing": (marked("Processing time"),
                   [("mean_processing_days", marked("mean working days per case"))],
                   marked("working days"), False),
    "spending": (marked("Spending"),
                 [("spending_total", marked("total")), ("spending_central", marked("central government")),
                  ("spending_local", marked("local government"))],
                 marked("yuan per month"), False),
}


def figure(name: str, runs: dict[str, pd.DataFrame], lang: str = "en"):
    """One chart; `runs` maps a run's label to its monthly table."""
    title, series, ylabel, share = CHARTS[name]
    fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
    styles = ["-", "--", ":", "-."]
    for r, (label, monthly) in enumerate(runs.items()):
        for s, (metric, series_label) in enumerate(series):
            text = t(series_label, lang) if len(runs) == 1 else f"{label}: {t(series_label, lang)}"
            ax.plot(monthly["month"], monthly[metric], styles[r % len(styles)], color=f"C{s}", label=text)
    ax.set_title(t(title, lang))
    ax.set_xlabel(t("month", lang))
    ax.set_ylabel(t(ylabel, lang))
    if share:
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small")
    return fig


def save_all(runs: dict[str, pd.DataFrame], directory, lang: str = "en") -> list:
    paths = []
    for name in CHARTS:
        fig = figure(name, runs, lang)
        path = directory / f"{name}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    return paths
