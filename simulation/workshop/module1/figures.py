"""Module 1's chart: the application pipeline, the baseline against the chosen casework settings."""
from __future__ import annotations

import matplotlib.pyplot as plt

from simulation.i18n import t
from simulation.reports import charts


def pipeline_figure(baseline, chosen, lang: str):
    """Processing time, the pipeline, coverage and targeting, month by month, for both runs' monthly figures."""
    fig, axes = plt.subplots(2, 2, figsize=(10, 6), layout="constrained")
    runs = {t("baseline", lang): baseline, t("your settings", lang): chosen}
    for ax, name in zip(axes.flat, ["processing", "pipeline", "coverage", "targeting"]):
        charts.draw(ax, name, runs, lang)
    return fig
