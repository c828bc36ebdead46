"""Charts of a run's monthly metrics, for the CLI's PNG files and the notebooks: the charts of the metric registry
(`model.metric_registry.CHARTS`), one per question a practitioner asks (how many are poor, who is covered, how
accurate is targeting, how the centres cope, what it costs). Several runs can be drawn on the same axes.
"""
from __future__ import annotations

import io
from importlib import resources

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager, ticker

from simulation.i18n import t
from simulation.model.metric_registry import CHARTS

CHINESE_FONT = "Noto Sans CJK SC"


def use_chinese_font() -> None:
    """Chinese labels need a font with Chinese glyphs, which Linux machines rarely have: take Noto Sans CJK SC from
    the mplfonts package and let matplotlib fall back to it for any character its default font lacks."""
    font = resources.files("mplfonts") / "fonts" / "NotoSansCJKsc-Regular.otf"
    if CHINESE_FONT not in {entry.name for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(font))
    plt.rcParams["font.family"] = ["DejaVu Sans", CHINESE_FONT]


use_chinese_font()

def draw(ax, name: str, runs: dict[str, pd.DataFrame], lang: str = "en") -> None:
    """Draw one chart on `ax`; `runs` maps a run's label to its monthly table."""
    chart = CHARTS[name]
    styles = ["-", "--", ":", "-."]
    for r, (label, monthly) in enumerate(runs.items()):
        for s, (metric, series_label) in enumerate(chart.series):
            text = t(series_label, lang) if len(runs) == 1 else f"{label}: {t(series_label, lang)}"
            ax.plot(monthly["month"], monthly[metric], styles[r % len(styles)], color=f"C{s}", label=text)
    ax.set_title(t(chart.title, lang))
    ax.set_xlabel(t("month", lang))
    ax.set_ylabel(t(chart.y_label, lang))
    if chart.share:
        ax.yaxis.set_major_formatter(ticker.PercentFormatter(1.0))
        ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small")


def figure(name: str, runs: dict[str, pd.DataFrame], lang: str = "en"):
    fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
    draw(ax, name, runs, lang)
    return fig


def national_dibao(lang: str = "en"):
    """The national Dibao series from the statistical bulletins: recipients and average standards."""
    from simulation.inputs.datasets import load_table

    table = load_table("china_dibao_national")
    fig, (people, standard) = plt.subplots(1, 2, figsize=(11, 3.8), layout="constrained")
    for area, colour in (("urban", "C0"), ("rural", "C1")):
        rows = table[(table["area"] == area) & table["value"].notna()]
        persons = rows[rows["indicator"] == "dibao_persons"].drop_duplicates("year")
        people.plot(persons["year"], persons["value"], "o-", color=colour, label=t(area, lang))
        levels = rows[rows["indicator"] == "dibao_standard"].drop_duplicates("year")
        monthly = levels["value"].where(levels["unit"] != "yuan/person/year", levels["value"] / 12)
        standard.plot(levels["year"], monthly, "o-", color=colour, label=t(area, lang))
    people.set_title(t("People receiving Dibao, China", lang))
    people.set_ylabel(t("million people", lang))
    standard.set_title(t("Average Dibao standard, China", lang))
    standard.set_ylabel(t("yuan per person per month", lang))
    for ax in (people, standard):
        ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
        ax.set_xlabel(t("year", lang))
        ax.grid(alpha=0.3)
        ax.legend()
    return fig


def png(figure, dpi: int = 100) -> bytes:
    """A figure as PNG bytes, to write to a file or embed in a page."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def save_all(runs: dict[str, pd.DataFrame], directory, lang: str = "en") -> list:
    paths = []
    for name in CHARTS:
        fig = figure(name, runs, lang)
        path = directory / f"{name}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    return paths
