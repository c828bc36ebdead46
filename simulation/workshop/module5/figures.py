"""Module 5's charts: the schemes side by side, one household under each, a district under Dibao and one scheme,
and a delivery feature switched on."""
from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.analysis import comparison
from simulation.i18n import language, t
from simulation.reports import charts
from simulation.rules import minimum_income
from simulation.workshop.module5.district import SHARE_METRICS, figure_label
from simulation.workshop.module5.features import FEATURES
from simulation.workshop.module5.schemes import COUNTRIES, COUNTRY_NAMES, dibao_shares, schemes_frame, settings

DIBAO_COLOUR, SCHEME_COLOUR = "#c0392b", "#2471a3"


def _wrapped(title: str, width: int = 42) -> str:
    """A chart title on lines of `width` characters (Chinese, without spaces, is broken anywhere)."""
    return "\n".join(textwrap.wrap(title, width if title.isascii() else width // 2))


def schemes_figure(lang: str | None = None, p: dict | None = None):
    """Three pictures of the seven schemes: a single adult's level as a share of the country's median income (with
    Dachuan's Dibao standard as a share of its median for reference), what a couple with two children gets in
    single adults, and the published non-take-up."""
    lang, p = lang or language(), p or settings()
    frame = schemes_frame(p).iloc[::-1]
    names = [t(COUNTRY_NAMES[c], lang) for c in frame.index]
    fig, (level_ax, family_ax, take_up_ax) = plt.subplots(1, 3, figsize=(13, 4.2), layout="constrained",
                                                          sharey=True)
    bars = level_ax.barh(names, frame["share_of_median"], color=SCHEME_COLOUR)
    for bar, assumed in zip(bars, frame["median_assumed"]):
        if assumed:
            bar.set_hatch("//")
            bar.set_facecolor("#a9cce3")
    level_ax.bar_label(bars, labels=[f"{s:.0%}" for s in frame["share_of_median"]], fontsize="small", padding=2)
    for (area, share), style in zip(dibao_shares(p).items(), ("--", ":")):
        level_ax.axvline(share, color=DIBAO_COLOUR, linestyle=style,
                         label=t("Dibao in Dachuan, {area}: {share}", lang, area=t(area, lang), share=f"{share:.0%}"))
    level_ax.bar(0, 0, color="#a9cce3", hatch="//", label=t("median income assumed", lang))  # legend entry only
    level_ax.set_title(_wrapped(t("A single adult's level, as a share of the country's median income", lang)),
                       loc="left", fontsize="medium")
    level_ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    level_ax.set_xlim(0, max(frame["share_of_median"].max(), max(dibao_shares(p).values())) * 1.25)
    level_ax.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))

    bars = family_ax.barh(names, frame["family_of_four"], color=SCHEME_COLOUR)
    family_ax.bar_label(bars, labels=[f"{x:.2f}" for x in frame["family_of_four"]], fontsize="small", padding=2)
    family_ax.axvline(4, color=DIBAO_COLOUR, linestyle="--", label=t("Dibao: 4, one standard per member", lang))
    family_ax.set_title(_wrapped(t("A couple with two children gets this many times a single adult's level", lang)),
                        loc="left", fontsize="medium")
    family_ax.set_xlim(0, 4.8)
    family_ax.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))

    published = frame["non_take_up"].fillna(0)
    bars = take_up_ax.barh(names, published, color="#7f8c8d")
    take_up_ax.bar_label(bars, labels=[t("no estimate", lang) if np.isnan(x) else f"{x:.0%}"
                                       for x in frame["non_take_up"]], fontsize="small", padding=2)
    take_up_ax.set_title(_wrapped(t("Entitled people who do not claim, as published", lang)), loc="left",
                         fontsize="medium")
    take_up_ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    take_up_ax.set_xlim(0, 1)
    for ax in (level_ax, family_ax, take_up_ax):
        ax.grid(axis="x", alpha=0.3)
    return fig


def household_figure(table: pd.DataFrame, scheme: str, level: str, lang: str):
    """What a household would get a month under Dibao and under each scheme (`household.amounts`), the scheme being
    explained darker."""
    names = [t("Dibao", lang)] + [t(COUNTRY_NAMES[c], lang) for c in COUNTRIES]
    colours = [DIBAO_COLOUR] + [SCHEME_COLOUR if c == scheme else "#a9cce3" for c in COUNTRIES]
    fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
    bars = ax.barh(names[::-1], table["amount"].iloc[::-1], color=colours[::-1])
    ax.bar_label(bars, labels=[f"{x:,.0f}" for x in table["amount"].iloc[::-1]], fontsize="small", padding=2)
    ax.set_title(t("What this household would get a month, yuan (EU levels {how})", lang,
                   how=t(minimum_income.LEVELS[level], lang)), loc="left", fontsize="medium")
    ax.set_xlim(0, max(table["amount"].max(), 1) * 1.2)
    ax.grid(axis="x", alpha=0.3)
    return fig


def district_figure(result: comparison.Comparison, lang: str | None = None):
    """Left: poverty, coverage, take-up and targeting errors under both schemes. Right: the share of each type of
    household that gains or loses more than 1% of its income after assistance."""
    lang = lang or language()
    run = result.headline().xs("run", level="period")
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8), layout="constrained")
    positions = np.arange(len(SHARE_METRICS))
    for number, (label, colour) in enumerate(((result.baseline, DIBAO_COLOUR), (result.reforms[0], SCHEME_COLOUR))):
        values = run.loc[list(SHARE_METRICS), label]
        bars = left.barh(positions + 0.4 * number, values, 0.4, color=colour, label=label)
        left.bar_label(bars, labels=[f"{v:.0%}" for v in values], fontsize="x-small", padding=2)
    left.set_yticks(positions + 0.2, [_wrapped(t(figure_label(m), lang), 24) for m in SHARE_METRICS])
    left.invert_yaxis()
    left.xaxis.set_major_formatter(PercentFormatter(1.0))
    left.set_xlim(0, 1)
    left.set_title(t("Mean over the run", lang), loc="left", fontsize="medium")
    left.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08))
    gainers = result.gainers_and_losers().iloc[::-1]
    names = [_wrapped(comparison.type_label(g, lang), 34) for g in gainers["household_type"]]
    right.barh(names, gainers["gaining"], color="#229954", label=t("gaining", lang))
    right.barh(names, -gainers["losing"], color="#c0392b", label=t("losing", lang))
    right.axvline(0, color="black", linewidth=0.8)
    right.xaxis.set_major_formatter(PercentFormatter(1.0))
    right.set_xlim(-1, 1)
    right.set_title(_wrapped(t("Households gaining and losing more than {threshold:.0%}", lang,
                               threshold=comparison.CHANGE_THRESHOLD)), loc="left", fontsize="medium")
    right.legend(fontsize="x-small", loc="upper left", bbox_to_anchor=(0, -0.08), ncols=2)
    for ax in (left, right):
        ax.grid(axis="x", alpha=0.3)
    return fig


def feature_figure(feature: str, runs: dict[str, pd.DataFrame], lang: str):
    """The feature's two charts (`FEATURES`), Dibao as in 2019 against Dibao with the feature (`feature_runs`)."""
    labels = {t("Dibao as in 2019", lang): runs["without"],
              t("with {feature}", lang, feature=t(FEATURES[feature].title, lang).lower()): runs["with"]}
    fig, axes = plt.subplots(1, 2, figsize=(12, 3.8), layout="constrained")
    for ax, name in zip(axes, FEATURES[feature].charts):
        charts.draw(ax, name, labels, lang)
    return fig
