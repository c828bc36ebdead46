"""Module 3's charts: what turnover does to a community's package, and what a budget does to the Dibao households'
care package."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.i18n import language, t
from simulation.services import needs
from simulation.services.figures import last_year
from simulation.services.referral import service_for
from simulation.workshop.shared.display import NEED_COLOURS


def turnover_figure(table: pd.DataFrame, lang: str | None = None):
    """coverage_by_turnover's table as lines: statutory duties, the other items and the whole package."""
    lang = lang or language()
    retirees, posts = int(table["retirees"].iloc[0]), float(table["posts"].iloc[0])
    fig, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
    for column, label, style in (("statutory_coverage", t("statutory duties", lang), "o-"),
                                 ("other_coverage", t("the other items", lang), "s-"),
                                 ("coverage", t("the whole package", lang), "--")):
        ax.plot(table["turnover"], table[column], style, label=label, markersize=4)
    ax.set_title(t("{retirees} retirees, {posts} full-time posts: what is delivered as turnover rises", lang,
                   posts=f"{posts:g}", retirees=f"{retirees:,}"), loc="left", fontsize="medium")
    ax.set_xlabel(t("share of staff leaving each year", lang))
    ax.set_ylabel(t("share of staff hours delivered", lang))
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small", loc="center right")
    return fig


def care_package_figure(baseline: pd.DataFrame, chosen: pd.DataFrame, usual: float, budget: float, lang: str):
    """Coverage of each need and households waiting, month by month, and the months waited over the last year:
    the parameter file's budget (`usual`, its run `baseline`) dashed, the chosen budget solid."""
    runs = {t("budget of {budget} yuan (parameter file)", lang, budget=f"{usual:g}"): (baseline, "--"),
            t("your budget of {budget} yuan", lang, budget=f"{budget:g}"): (chosen, "-")}
    fig, (cover_ax, wait_ax, months_ax) = plt.subplots(1, 3, figsize=(12, 4.2), layout="constrained",
                                                       gridspec_kw={"width_ratios": [3, 3, 2]})
    for name, (monthly, style) in runs.items():
        months = monthly.index + 1
        for need, colour in NEED_COLOURS.items():
            cover_ax.plot(months, monthly[f"services_coverage_{need}"], style, color=colour,
                          label=t(needs.SERVICES[service_for(need)], lang) if style == "-" else None)
        wait_ax.plot(months, monthly["services_waiting"], style, color="#5d6d7e", label=name)
    waited = [last_year(monthly)["wait_months"] for monthly, _ in runs.values()]
    bars = months_ax.bar([t("parameter file", lang), t("yours", lang)], np.nan_to_num(waited),
                         color=["#d5d8dc", "#5d6d7e"])
    months_ax.bar_label(bars, labels=[f"{x:.1f}" if np.isfinite(x) else "-" for x in waited], fontsize="small")
    cover_ax.set_title(t("Share of households in need who are served", lang), loc="left", fontsize="medium")
    cover_ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    cover_ax.set_ylim(0, 1.05)
    wait_ax.set_title(t("Households waiting for a service", lang), loc="left", fontsize="medium")
    wait_ax.set_ylim(bottom=0)
    months_ax.set_title(t("Months waited, last year's average", lang), loc="left", fontsize="medium")
    for ax in (cover_ax, wait_ax):
        ax.set_xlabel(t("month", lang))
        ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    for ax in (cover_ax, wait_ax, months_ax):
        ax.grid(alpha=0.3, axis="y" if ax is months_ax else "both")
    return fig
