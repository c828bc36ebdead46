"""Module 2's charts: the district's poor households by class and need, and what followed for each class."""
from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from simulation.i18n import language, t
from simulation.services import needs
from simulation.workshop.shared.display import NEED_COLOURS


def what_follows_figure(followed: pd.DataFrame, table: pd.DataFrame, months: int, lang: str):
    """For each class of each classification, the share of its poor households (`needs.follow`) that left poverty
    within `months` (`needs.share_left`), against all poor households."""
    schemes = ("likelihood", "poverty", "age_health", "need")
    fig, axes = plt.subplots(len(schemes), 1, figsize=(8, 9), layout="constrained",
                             gridspec_kw={"height_ratios": [2, 4, 5, 3]})
    overall = float(followed["left"].mean())
    for ax, scheme in zip(axes, schemes):
        rows = table[table["scheme"] == scheme].iloc[::-1]
        colours = [NEED_COLOURS.get(code, "#7f8c8d") if scheme == "need" else "#5d6d7e" for code in rows["class"]]
        ax.barh([needs.label(scheme, code, lang) for code in rows["class"]], rows["share_left"],
                color=colours)
        for y, (share, n) in enumerate(zip(rows["share_left"], rows["households"])):
            ax.text(share + 0.01, y, f"{share:.0%} (n={n})", va="center", fontsize="small")
        ax.axvline(overall, color="black", linestyle="--", linewidth=1,
                   label=t("all poor households: {share}", lang, share=f"{overall:.0%}"))
        ax.set_title(needs.label("scheme", scheme, lang), loc="left", fontsize="medium")
        ax.set_xlim(0, 1.15)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="x", alpha=0.3)
    axes[0].legend(fontsize="small", loc="lower right")
    axes[-1].set_xlabel(t("share that left poverty within {months} months", lang, months=months))
    return fig


def classes_figure(frame: pd.DataFrame, lang: str | None = None):
    """Poor households by age-and-health class, each bar split by the need the rules name."""
    lang = lang or language()
    counts = pd.crosstab(frame["age_health"], frame["need"]).reindex(
        index=[c for c in needs.AGE_HEALTH if c in set(frame["age_health"])][::-1],
        columns=[n for n in NEED_COLOURS if n in set(frame["need"])], fill_value=0)
    fig, ax = plt.subplots(figsize=(8, 3.4), layout="constrained")
    left = np.zeros(len(counts))
    for need in counts.columns:
        ax.barh([needs.label("age_health", c, lang) for c in counts.index], counts[need], left=left,
                color=NEED_COLOURS[need], label=needs.label("need", need, lang))
        left += counts[need].to_numpy()
    ax.set_xlabel(t("poor households", lang))
    ax.set_title(t("The district's poor households by age and health, and the need the rules name", lang),
                 loc="left", fontsize="medium")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", alpha=0.3)
    return fig
