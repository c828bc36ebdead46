"""Module 4's charts: the purchasing models side by side, a contract against the reference, and Taicang's voucher."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.i18n import language, marked, t
from simulation.services import needs
from simulation.services.referral import service_for
from simulation.workshop.module4.analysis import shown
from simulation.workshop.shared.display import NEED_COLOURS

# The models' names, short, for a chart's axis.
MODEL_SHORT = {"direct": marked("direct"), "competitive": marked("competitive\n(USA)"),
               "convention": marked("conventions\n(France)"), "community": marked("community\n(Singapore)"),
               "voucher": marked("vouchers\n(Taicang)")}
MODEL_COLOURS = {"direct": "#7f8c8d", "competitive": "#c0392b", "convention": "#2471a3", "community": "#229954",
                 "voucher": "#b9770e"}
SECTOR_LABELS = {"public": marked("public"), "for_profit": marked("for-profit"), "non_profit": marked("non-profit"),
                 "charitable": marked("charitable or voluntary")}
SECTOR_COLOURS = {"public": "#7f8c8d", "for_profit": "#c0392b", "non_profit": "#2471a3", "charitable": "#229954"}
SPENDING_PARTS = {"contracts": marked("contracts or public staff"), "supervision": marked("supervision"),
                  "incubator": marked("incubator"), "vouchers": marked("vouchers")}
SPENDING_COLOURS = {"contracts": "#5d6d7e", "supervision": "#8e44ad", "incubator": "#16a085", "vouchers": "#b9770e"}


def models_figure(frame: pd.DataFrame, lang: str | None = None):
    """The models side by side: coverage of each need, months waited, utilisation, quality, cost per hour,
    spending by part, households served per 10,000 yuan and illness costs avoided."""
    lang = lang or language()
    models = list(frame.index)
    names = [t(MODEL_SHORT[model], lang) for model in models]
    colours = [MODEL_COLOURS[model] for model in models]
    x = np.arange(len(models))
    fig, axes = plt.subplots(2, 4, figsize=(15, 7.5), layout="constrained")
    cover = axes[0, 0]
    width = 0.8 / len(NEED_COLOURS)
    for number, (need, colour) in enumerate(NEED_COLOURS.items()):
        cover.bar(x + (number - 1) * width, frame[need], width, color=colour,
                  label=t(needs.SERVICES[service_for(need)], lang))
    cover.set_title(t("Share of households in need who are served", lang), loc="left", fontsize="medium")
    cover.yaxis.set_major_formatter(PercentFormatter(1.0))
    cover.set_ylim(0, 1.45)  # room for the legend above the bars
    cover.set_yticks(np.linspace(0, 1, 6))
    cover.legend(fontsize="x-small", loc="upper left")
    panels = [
        (axes[0, 1], "wait_months", t("Months waited by those taken on", lang), None),
        (axes[0, 2], "utilisation", t("Share of providers' hours used", lang), "share"),
        (axes[0, 3], "quality", t("Quality of the hours (0 to 1)", lang), None),
        (axes[1, 0], "cost_per_hour", t("Public spending per service hour, yuan", lang), None),
        (axes[1, 2], "served_per_10k", t("Households served per 10,000 yuan a month", lang), None),
        (axes[1, 3], "illness_cost_avoided", t("Illness costs avoided, yuan a month", lang), None),
    ]
    for ax, column, title, kind in panels:
        ax.bar(x, frame[column], color=colours)
        for position, value in zip(x, frame[column]):
            if np.isfinite(value):
                ax.text(position, value, shown(value, "share" if kind else "quality" if column == "quality"
                                               else "decimal" if value < 100 else "number"),
                        ha="center", va="bottom", fontsize="x-small")
        ax.set_title(title, loc="left", fontsize="medium")
        if kind == "share":
            ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_ylim(0, 1.0 if column == "quality" else 1.15 if kind == "share"
                    else 1.15 * np.nanmax(frame[column].to_numpy(dtype=float)))
    spend = axes[1, 1]
    bottom = np.zeros(len(models))
    for part, label in SPENDING_PARTS.items():
        values = frame[part].to_numpy(dtype=float)
        if values.any():
            spend.bar(x, values, bottom=bottom, color=SPENDING_COLOURS[part], label=t(label, lang))
            bottom += values
    spend.set_title(t("Public spending on services, yuan a month", lang), loc="left", fontsize="medium")
    spend.legend(fontsize="x-small", loc="upper left")
    for ax in axes.flat:
        ax.set_xticks(x, names, fontsize="x-small")
        ax.grid(axis="y", alpha=0.3)
    return fig


def contract_figure(reference: pd.DataFrame, chosen: pd.DataFrame, lang: str):
    """Month by month, the reference's monthly figures dashed and your contract's solid: the quality of the hours,
    households served, households waiting and public spending."""
    runs = {t("reference: conventions as in the parameter file", lang): (reference, "--"),
            t("your contract", lang): (chosen, "-")}
    fig, axes = plt.subplots(1, 4, figsize=(15, 3.8), layout="constrained")
    for ax, (column, title) in zip(axes, (
            ("services_quality", t("Quality of the hours (0 to 1)", lang)),
            ("services_served", t("Households served on referral", lang)),
            ("services_waiting", t("Households waiting for a service", lang)),
            ("services_spending", t("Public spending on services, yuan a month", lang)))):
        for name, (monthly, style) in runs.items():
            ax.plot(monthly.index + 1, monthly[column], style, color="#2471a3" if style == "-" else "#7f8c8d",
                    label=name)
        ax.set_title(title, loc="left", fontsize="medium")
        ax.set_xlabel(t("month", lang))
        ax.set_ylim(0, 1 if column == "services_quality" else None)
        if column != "services_quality":
            ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
    axes[0].legend(fontsize="small", loc="lower left")
    return fig


def voucher_figure(users: dict, choices: pd.DataFrame, result: dict, lang: str):
    """Who uses the voucher (`voucher_users`); which providers its holders choose, by quality (`voucher_choices`);
    and spending with and without (`result`: the `summary` of each run)."""
    fig, (who, chose, cost) = plt.subplots(1, 3, figsize=(15, 4.4), layout="constrained",
                                           gridspec_kw={"width_ratios": [4, 4, 4]})
    bars = {t("residents aged {age} and over", lang, age=users["age_from"]): users["residents"],
            t("households with such a resident", lang): users["households"],
            t("households using the voucher", lang): users["using"],
            t("of which receive Dibao or extreme-poor support", lang):
                round(users["using"] * users["using_assisted"])}
    who.barh(list(bars)[::-1], list(bars.values())[::-1], color=["#c0392b", "#b9770e", "#5d6d7e", "#7f8c8d"])
    for y, value in enumerate(list(bars.values())[::-1]):
        who.text(value, y, f" {value:,}", va="center", fontsize="small")
    who.set_title(t("Who uses the voucher", lang), loc="left", fontsize="medium")
    who.grid(axis="x", alpha=0.3)

    for sector, rows in choices.groupby("sector"):
        chose.scatter(rows["quality"], rows["share_of_centre"], s=40 + 4 * rows["voucher_households"],
                      color=SECTOR_COLOURS[sector], label=t(SECTOR_LABELS[sector], lang), alpha=0.8)
    per_centre = choices.groupby("centre").size().max()
    chose.axhline(1 / per_centre, color="black", linestyle="--", linewidth=1,
                  label=t("if residents ignored quality (1 in {n})", lang, n=per_centre))
    chose.set_title(t("Which providers voucher holders choose", lang), loc="left", fontsize="medium")
    chose.set_xlabel(t("quality of the provider's hours (0 to 1)", lang))
    chose.set_ylabel(t("share of the centre's voucher households", lang))
    chose.yaxis.set_major_formatter(PercentFormatter(1.0))
    chose.set_ylim(bottom=0)
    chose.set_xlim(choices["quality"].min() - 0.03, choices["quality"].max() + 0.03)
    chose.legend(fontsize="small", loc="lower right")
    chose.grid(alpha=0.3)

    runs = {t("contracts alone", lang): result["without"], t("with the voucher", lang): result["with"]}
    bottom = np.zeros(len(runs))
    for part, label in SPENDING_PARTS.items():
        values = np.array([figures[part] for figures in runs.values()])
        if values.any():
            cost.bar(list(runs), values, bottom=bottom, color=SPENDING_COLOURS[part], label=t(label, lang))
            bottom += values
    for x, figures in enumerate(runs.values()):
        cost.text(x, figures["spending"], t("quality {quality}\n{cost} yuan an hour", lang,
                                            quality=f"{figures['quality']:.2f}",
                                            cost=f"{figures['cost_per_hour']:.1f}"),
                  ha="center", va="bottom", fontsize="small")
    cost.set_ylim(0, bottom.max() * 1.45)  # room for the legend and the labels
    cost.set_title(t("Spending on services, yuan a month", lang), loc="left", fontsize="medium")
    cost.legend(fontsize="small", loc="upper left")
    cost.grid(axis="y", alpha=0.3)
    return fig
