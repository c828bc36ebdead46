"""A costed service package, told to practitioners: a plain-language explanation, the item table, the costs by
community size, two charts, and the output of `carelab package`.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.i18n import marked, t
from simulation.i18n.numbers import share, trimmed
from simulation.inputs.errors import COMMAND_LINE, InputError
from simulation.reports import (
    charts,  # noqa: F401  (sets up the Chinese font for the charts)
    outputs,
)
from simulation.retirees.community import Community, typical_community, typical_staff
from simulation.retirees.costing import (
    EVERYTHING,
    PackageResult,
    build_package,
    managed_retirees,
    posts_at_ratio,
    standard_costs_by_size,
)
from simulation.retirees.service_package import STANDARD_PACKAGE, STUDY_DATE, load_package, settings, target_label

# The provinces of the two studies: their community-managed retirees scale a community's standard cost up.
STUDY_PROVINCES = {"Sichuan": marked("Sichuan"), "Hunan": marked("Hunan")}
SIZES = (200, 500, 1_000, 2_000, 3_000, 5_000)


def _list(parts: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(parts)


def _names(result: PackageResult, ids: list[str], lang: str) -> str:
    return _list([result.package.item(i).label(lang) for i in ids], lang)


def explain(result: PackageResult, lang: str = "en") -> list[str]:
    """What the result means, in a few sentences a practitioner can read out."""
    staff, community = result.staff, result.community
    posts, retirees = trimmed(staff.posts), trimmed(community.retirees, 0)
    if result.coverage >= EVERYTHING:
        lines = [t("With {staff} staff for {retirees} retirees you can deliver the whole package, with {spare} staff "
                   "hours a year to spare.", lang, staff=posts, retirees=retirees,
                   spare=trimmed(result.hours_available - result.hours_needed, 0))]
    else:
        lines = [t("With {staff} staff for {retirees} retirees you can deliver {coverage} of the package; cut first: "
                   "{items}.", lang, staff=posts, retirees=retirees, coverage=share(result.coverage, 0),
                   items=_names(result, result.cuts[0], lang))]
        if len(result.cuts) > 1:
            lines.append(t("Cut in this order: {order}.", lang,
                           order=" → ".join(_names(result, rank, lang) for rank in result.cuts)))
    lines.append(t("The whole package needs {hours} staff hours a year: {workers} full-time workers, one for every "
                   "{ratio} retirees.", lang, hours=trimmed(result.hours_needed, 0),
                   workers=trimmed(result.workers_needed, 2),
                   ratio=trimmed(community.retirees / result.workers_needed, 0) if result.workers_needed else "-"))
    if staff.turnover_rate > 0:
        lines.append(t("With {turnover} of staff leaving each year, posts stand empty {vacancy} of the time and "
                       "newcomers learn for {months} months: your {staff} posts do the work of {effective} full-time "
                       "workers.", lang, turnover=share(staff.turnover_rate, 0), vacancy=share(staff.vacancy_rate),
                       months=trimmed(staff.training_months), staff=posts, effective=trimmed(staff.effective, 2)))
    if math.isinf(result.posts_needed):
        lines.append(t("At this turnover no number of posts can deliver the package: every post is empty or held by "
                       "a newcomer who has not learnt the job.", lang))
        return lines
    if result.coverage < EVERYTHING:
        lines.append(t("To deliver the whole package you need {posts} posts.", lang,
                       posts=trimmed(result.posts_needed, 2)))
    if result.statutory_shortfall:
        lines.append(t("Even the statutory duties cannot all be delivered: {items}.", lang,
                       items=_names(result, result.statutory_shortfall, lang)))
    standard, now = result.standard, result.with_staff
    lines.append(t("Standard cost of the whole package: {year} yuan per retiree a year ({month} yuan a month), "
                   "{community} yuan a year for this community.", lang, year=trimmed(standard.per_retiree_year, 0),
                   month=trimmed(standard.per_retiree_month), community=trimmed(standard.per_community_year, 0)))
    lines.append(t("With the staff you have, the community spends {total} yuan a year ({per_retiree} yuan per "
                   "retiree) for {coverage} of the package.", lang, total=trimmed(now.per_community_year, 0),
                   per_retiree=trimmed(now.per_retiree_year, 0), coverage=share(result.coverage, 0)))
    return lines


def item_table(result: PackageResult, lang: str = "en") -> pd.DataFrame:
    """One row per item, with headings in `lang`, in the order staff time goes to them."""
    items = result.items.sort_values("rank", kind="stable")
    return pd.DataFrame({
        t("item", lang): [result.package.item(i).label(lang) for i in items.index],
        t("who it is for", lang): [target_label(target, lang) for target in items["target"]],
        t("statutory", lang): [t("yes", lang) if s else "" for s in items["statutory"]],
        t("times a year", lang): [trimmed(x, 3) for x in items["times_per_year"]],
        t("minutes each", lang): [trimmed(x) for x in items["staff_minutes"]],
        t("staff hours needed", lang): [trimmed(x, 0) for x in items["hours_needed"]],
        t("staff hours delivered", lang): [trimmed(x, 0) for x in items["hours_delivered"]],
        t("coverage", lang): [share(x, 0) for x in items["coverage"]],
        t("other costs, yuan", lang): [trimmed(x, 0) for x in items["other_cost_needed"]],
    })


def scale_table(costs: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """standard_costs_by_size's table with headings in `lang`."""
    return pd.DataFrame({
        t("retirees", lang): [trimmed(x, 0) for x in costs["retirees"]],
        t("workers needed", lang): [trimmed(x, 2) for x in costs["workers_needed"]],
        t("posts needed with turnover", lang): [trimmed(x, 2) for x in costs["posts_needed"]],
        t("posts at the staffing ratio", lang): [trimmed(x, 2) for x in costs["posts_at_ratio"]],
        t("coverage at the ratio", lang): [share(x, 0) for x in costs["coverage_at_ratio"]],
        t("yuan per community a year", lang): [trimmed(x, 0) for x in costs["cost_per_community_year"]],
        t("yuan per retiree a year", lang): [trimmed(x, 0) for x in costs["cost_per_retiree_year"]],
        t("yuan per retiree a month", lang): [trimmed(x) for x in costs["cost_per_retiree_month"]],
    })


def provincial_lines(result: PackageResult, lang: str = "en") -> list[str]:
    """The standard cost per retiree scaled to the community-managed retirees of the two studies' provinces."""
    lines = []
    for region, name in STUDY_PROVINCES.items():
        retirees, year = managed_retirees(region)
        lines.append(t("{province}: {retirees} million retirees under community management ({year}); at this cost "
                       "per retiree the package costs {total} million yuan a year.", lang,
                       province=t(name, lang), retirees=trimmed(retirees / 1e6, 2), year=year,
                       total=trimmed(retirees * result.standard.per_retiree_year / 1e6, 0)))
    return lines


def coverage_figure(result: PackageResult, lang: str = "en"):
    """Staff hours each item needs and what the staff available can give it, in the order staff time goes."""
    items = result.items.sort_values("rank", kind="stable").iloc[::-1]
    labels = [result.package.item(i).label(lang) for i in items.index]
    fig, ax = plt.subplots(figsize=(9, 0.4 * len(items) + 1.8), layout="constrained")
    ax.barh(labels, items["hours_needed"], color="#d5d8dc", label=t("needed", lang))
    ax.barh(labels, items["hours_delivered"], color="#2471a3", label=t("delivered with the staff available", lang))
    ax.set_title(t("Staff hours by item: {coverage} of the package delivered", lang,
                   coverage=share(result.coverage, 0)))
    ax.set_xlabel(t("staff hours a year", lang))
    ax.tick_params(axis="y", labelsize="small")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, frameon=False)
    return fig


def scale_figure(costs: pd.DataFrame, lang: str = "en"):
    """Standard cost per retiree, and the coverage posts set by the staffing ratio give, by community size."""
    fig, (cost_ax, cover_ax) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained")
    cost_ax.plot(costs["retirees"], costs["cost_per_retiree_year"], "o-", color="C0")
    cost_ax.set_title(t("Standard cost per retiree by community size", lang))
    cost_ax.set_xlabel(t("retirees in the community", lang))
    cost_ax.set_ylabel(t("yuan per retiree a year", lang))
    cost_ax.set_ylim(bottom=0)
    cover_ax.plot(costs["retirees"], costs["coverage_at_ratio"], "o-", color="C1")
    cover_ax.set_title(t("Coverage with posts set by the staffing ratio", lang))
    cover_ax.set_xlabel(t("retirees in the community", lang))
    cover_ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    cover_ax.set_ylim(0, 1.05)
    for ax in (cost_ax, cover_ax):
        ax.grid(alpha=0.3)
    return fig


@dataclass
class PackageReport:
    """What `carelab package` prints and saves."""
    result: PackageResult
    costs_by_size: pd.DataFrame
    text: str
    figures: dict = field(default_factory=dict)  # file stem -> matplotlib Figure

    def save(self, destination: str | Path, overwrite: bool = False, inputs: dict | None = None,
             lang: str = "en") -> Path:
        """report.txt, items.csv, sizes.csv, summary.json and the charts as PNG files, written all at once."""
        with outputs.writing(destination, "package", inputs, overwrite, lang) as folder:
            (folder / "report.txt").write_text(self.text + "\n", encoding="utf-8")
            self.result.items.to_csv(folder / "items.csv")
            self.costs_by_size.to_csv(folder / "sizes.csv", index=False)
            for name, fig in self.figures.items():
                fig.savefig(folder / f"{name}.png", dpi=110)
            (folder / "summary.json").write_text(json.dumps(summary(self.result), indent=2, ensure_ascii=False),
                                         encoding="utf-8")
        return Path(destination)

    def close(self) -> None:
        for fig in self.figures.values():
            plt.close(fig)


def summary(result: PackageResult) -> dict:
    standard, now = result.standard, result.with_staff
    return {
        "package": result.package.label(), "community": result.community.model_dump(),
        "staff": result.staff.model_dump(), "hours_needed": result.hours_needed,
        "hours_available": result.hours_available, "workers_needed": result.workers_needed,
        "posts_needed": result.posts_needed if math.isfinite(result.posts_needed) else None,
        "effective_staff": result.staff.effective, "coverage": result.coverage,
        "cuts_in_order": result.cuts,
        "standard_cost": {"per_community_year": standard.per_community_year,
                          "per_retiree_year": standard.per_retiree_year,
                          "per_retiree_month": standard.per_retiree_month} if math.isfinite(standard.staff) else None,
        "cost_with_staff": {"per_community_year": now.per_community_year, "per_retiree_year": now.per_retiree_year,
                            "per_retiree_month": now.per_retiree_month},
    }


def package_command(package_file: str | Path = STANDARD_PACKAGE, retirees: int = 1_000,
                    staff: float | None = None, turnover: float | None = None, months_to_fill: float | None = None,
                    training_months: float | None = None, community: Community | None = None,
                    locality: str = "national", date: str | dt.date | None = None,
                    lang: str = "en") -> PackageReport:
    """Everything `carelab package FILE.yaml --retirees N [--staff S] [--turnover R] ...` shows: the explanation,
    the item table, the standard cost by community size, the two provinces' totals, and the charts.
    `staff` defaults to posts set by the staffing ratio; turnover and its delays default to the parameter file's."""
    package = load_package(package_file)
    p = settings(locality, _date(date))
    community = community or typical_community(retirees, p, where="carelab package")
    changes = {name: value for name, value in dict(turnover_rate=turnover, months_to_fill=months_to_fill,
                                                   training_months=training_months).items() if value is not None}
    posts = staff if staff is not None else posts_at_ratio(community.retirees, p)
    result = build_package(package, community, typical_staff(posts, p, where="carelab package", **changes), p)
    costs = standard_costs_by_size(package, SIZES, p, **changes)
    heading = t("{package}, {retirees} retirees, costs as of {date}", lang, package=package.label(lang),
                retirees=trimmed(community.retirees, 0), date=_date(date).isoformat())
    text = "\n".join([
        heading, "", *explain(result, lang), "",
        item_table(result, lang).to_string(index=False), "",
        t("Standard cost by community size (typical communities, posts set by the staffing ratio):", lang),
        scale_table(costs, lang).to_string(index=False), "",
        *provincial_lines(result, lang)])
    figures = {"coverage": coverage_figure(result, lang), "sizes": scale_figure(costs, lang)}
    return PackageReport(result=result, costs_by_size=costs, text=text, figures=figures)


def _date(date: str | dt.date | None) -> dt.date:
    if date is None:
        return STUDY_DATE
    if isinstance(date, dt.date):
        return date
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(COMMAND_LINE, "--date", date, "a date such as 2009-06-01") from None
