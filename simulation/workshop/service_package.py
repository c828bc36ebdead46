"""The pieces of module 3, designing a service package, that the package builder (`package_builder`) does not
already give.

- Retirees: the Hunan study (seed 001) found too few full-time staff and a high turnover. `coverage_by_turnover`
  costs the same community and posts at rising turnover with `simulation.retirees.build_package`, and
  `turnover_figure` draws it: the statutory duties delegated by the social insurance agency are served first, so the
  other items are cut long before them.
- Dibao households: `care_needs` counts a district's assisted households by the need module 2's rules name first
  and prices the care package that answers it; `CarePackage` runs the district with its service providers at a
  budget the trainer sets and shows coverage by need, waiting lists and months waited.

Like `needs_exercise`, the widget keeps its logic and its last result on the object, so it can be tested by setting
values and clicking buttons in plain pytest; a notebook only displays `.widget` and the tables and figures.
"""
from __future__ import annotations

import html

import ipywidgets as w
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from simulation.services import needs
from simulation.i18n import language, marked, t
from simulation.model.district import DistrictModel
from simulation.services.provider import SERVICES
from simulation.services.referral import NEEDS, SERVICE_FOR_NEED
from simulation.retirees.community import Community, typical_community, typical_staff
from simulation.retirees.costing import build_package
from simulation.retirees.service_package import ServicePackage, settings
from simulation.workshop.needs_exercise import BURN_IN_MONTHS, FOLLOW_DISTRICT, NEED_COLOURS, district
from simulation.workshop.widgets import show_figure

TURNOVER_RATES = tuple(step / 20 for step in range(17))  # 0%, 5%, ... 80% of staff leaving a year


def coverage_by_turnover(package: ServicePackage, retirees: int | Community, posts: float, rates=TURNOVER_RATES,
                         p: dict | None = None) -> pd.DataFrame:
    """For a community (a typical one if `retirees` is a number) with `posts` full-time posts, at each turnover
    rate: the staff's effective strength, the share of the statutory duties' hours and of the other items' hours
    delivered, the whole package's coverage, and the posts the whole package would need."""
    p = p or settings()
    community = retirees if isinstance(retirees, Community) else typical_community(retirees, p)
    retirees = community.retirees
    rows = []
    for rate in rates:
        result = build_package(package, community, typical_staff(posts, p, turnover_rate=rate), p)
        items = result.items
        rows.append(dict(retirees=retirees, posts=posts, turnover=rate, effective_staff=result.staff.effective,
                         statutory_coverage=_delivered_share(items[items["statutory"]]),
                         other_coverage=_delivered_share(items[~items["statutory"]]),
                         coverage=result.coverage, posts_needed=result.posts_needed))
    return pd.DataFrame(rows)


def _delivered_share(items: pd.DataFrame) -> float:
    needed = float(items["hours_needed"].sum())
    return float(items["hours_delivered"].sum()) / needed if needed > 0 else 1.0


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


# ---- Dibao households with care needs ---------------------------------------------------------------------------
CARE_DISTRICT = FOLLOW_DISTRICT  # module 2's district: a few thousand households, the same households as there
CARE_MONTHS = 24      # months the district runs with its services on
SHOWN_MONTHS = 12     # the summary is an average over the run's last year
HOURLY_RATES = ("public", "non_profit")  # the care package priced as public staff's hours and as bought hours
RATE_HEADINGS = {"public": marked("yuan a month, public staff"),
                 "non_profit": marked("yuan a month, bought from a social organisation")}


def service_for(need: str) -> str:
    """The service a provider answers a need with: survival -> daily_care, and so on (Dibao is the cash)."""
    return SERVICES[SERVICE_FOR_NEED[NEEDS.index(need)]]


def care_needs(model) -> pd.DataFrame:
    """The households receiving Dibao or extreme-poor support, by the need module 2's rules name first
    (`simulation.services.needs`) and the service a provider answers it with (`simulation.services.referral`): how many,
    the hours each receives a month, the hours and social workers they take in all, and their cost a month at a
    public unit's and a social organisation's hourly rate (parameters services.*)."""
    p = model.p
    assisted = np.flatnonzero(model.caseload.assisted & (model.circumstances.members > 0))
    need = needs.classify(model, assisted, with_reasons=False)["need"].to_numpy()
    rows = []
    for code in needs.codes("need"):  # households with no need found (not poor before assistance) are left out
        service = service_for(code)
        households = int(np.count_nonzero(need == code))
        hours = households * p[f"services.hours.{service}"]
        rows.append(dict(need=code, service=service, households=households,
                         hours_each=p[f"services.hours.{service}"], hours=hours,
                         social_workers=hours / p["services.hours_per_social_worker"],
                         **{f"cost_{rate}": hours * p[f"services.unit_cost.{rate}"] for rate in HOURLY_RATES}))
    frame = pd.DataFrame(rows)
    frame.attrs.update(assisted=len(assisted), district_households=len(model.households))
    return frame


def care_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """care_needs' table as a practitioner reads it, with a line for the whole package."""
    lang = lang or language()
    total = frame.sum(numeric_only=True)
    return pd.DataFrame({
        t("need", lang): [needs.label("need", code, lang) for code in frame["need"]] + [t("the whole package", lang)],
        t("service", lang): [t(needs.SERVICES[service], lang) for service in frame["service"]] + [""],
        t("households", lang): [f"{n:,}" for n in frame["households"]] + [f"{int(total['households']):,}"],
        t("hours a month each", lang): [f"{h:g}" for h in frame["hours_each"]] + [""],
        t("hours a month", lang): [f"{h:,.0f}" for h in [*frame["hours"], total["hours"]]],
        t("social workers", lang): [f"{w:.1f}" for w in [*frame["social_workers"], total["social_workers"]]],
        **{t(RATE_HEADINGS[rate], lang): [f"{c:,.0f}" for c in [*frame[f"cost_{rate}"], total[f"cost_{rate}"]]]
           for rate in HOURLY_RATES},
    })


def services_summary(monthly: pd.DataFrame) -> dict:
    """The last year of a run with services, averaged: coverage of each need, households waiting and served,
    months waited, hours, social workers and spending a month."""
    last = monthly.tail(SHOWN_MONTHS)
    return {
        **{need: float(last[f"services_coverage_{need}"].mean()) for need in NEED_COLOURS},
        "waiting": float(last["services_waiting"].mean()), "served": float(last["services_served"].mean()),
        "wait_months": float(last["services_mean_wait_months"].mean()),  # NaN months (no one taken on) skipped
        "hours": float(last["services_hours"].mean()),
        "social_workers": float(last["services_social_workers"].mean()),
        "spending": float(last["services_spending"].mean()),
    }


class CarePackage:
    """The care package of a district's Dibao households: how many need which service and what that costs
    (`needs`, `table`, `needs_lines`), then the district run with its services on at the budget the slider sets,
    against the parameter file's budget: coverage by need, households waiting, months waited, spending."""

    def __init__(self, lang: str | None = None, months: int = CARE_MONTHS, burn_in: int = BURN_IN_MONTHS,
                 **district_settings):
        self.lang, self.months = lang or language(), months
        self.district = {**CARE_DISTRICT, **district_settings}
        model = district(burn_in, **self.district)  # run a year first, so that spells of poverty differ
        self.p = model.p
        self.needs = care_needs(model)
        self.budget = w.FloatSlider(value=self.p["services.budget_per_household"], min=0, max=40, step=1,
                                    description=t("Budget, yuan a month per household", self.lang),
                                    readout_format=".0f", style={"description_width": "initial"})
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.baseline = self._simulate(self.p["services.budget_per_household"])
        self.monthly: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([self.budget, self.button]), self.text, self.output])

    # ---- how many need care, and what it costs ----------------------------------------------------------------
    def table(self) -> pd.DataFrame:
        return care_table(self.needs, self.lang)

    def needs_lines(self) -> list[str]:
        frame, lang = self.needs, self.lang
        total = frame.sum(numeric_only=True)
        households = frame.attrs["district_households"]
        return [
            t("Of the district's {households} households, {assisted} receive Dibao or extreme-poor support; "
              "{in_need} of them have a need the rules name.", lang, households=f"{households:,}",
              assisted=f"{frame.attrs['assisted']:,}", in_need=f"{int(total['households']):,}"),
            t("Their care package takes {hours} hours a month, the work of {workers} social workers. It costs "
              "{public} yuan a month from public staff, or {bought} yuan bought from a social organisation: "
              "{public_each} or {bought_each} yuan a month for each household of the district.", lang,
              hours=f"{total['hours']:,.0f}", workers=f"{total['social_workers']:.1f}",
              public=f"{total['cost_public']:,.0f}", bought=f"{total['cost_non_profit']:,.0f}",
              public_each=f"{total['cost_public'] / households:.1f}",
              bought_each=f"{total['cost_non_profit'] / households:.1f}"),
        ]

    # ---- what a budget delivers --------------------------------------------------------------------------------
    def _simulate(self, budget: float) -> pd.DataFrame:
        parameters = {**self.district.get("parameters", {}), "services.enabled": True,
                      "services.budget_per_household": float(budget)}
        return DistrictModel(**{**self.district, "parameters": parameters}).run(self.months).monthly()

    def run(self, _button=None) -> None:
        self.monthly = self._simulate(self.budget.value)
        self.text.value = "".join(f"<p>{html.escape(line)}</p>" for line in self.explanation())
        show_figure(self.output, self.figure())

    def summary(self, monthly: pd.DataFrame | None = None) -> dict:
        """The last year of a run (by default the last one), averaged (`services_summary`)."""
        return services_summary(self.monthly if monthly is None else monthly)

    def explanation(self) -> list[str]:
        lang, now = self.lang, self.summary()
        needed = float(self.needs["hours"].sum())
        coverage = {need: f"{now[need]:.0%}" for need in NEED_COLOURS}
        lines = [
            t("With {budget} yuan a month for each household of the district, {spending} yuan a month in all, "
              "providers deliver {hours} hours a month with {workers} social workers: {share} of the {needed} hours "
              "the care package needs.", lang, budget=f"{self.budget.value:g}", spending=f"{now['spending']:,.0f}",
              hours=f"{now['hours']:,.0f}", workers=f"{now['social_workers']:.1f}",
              share=f"{now['hours'] / needed:.0%}" if needed else "-", needed=f"{needed:,.0f}"),
            t("Of the households assessed as needing it, {survival} receive daily care, {development} capacity "
              "building and {opportunity} social support.", lang, **coverage),
        ]
        if now["waiting"] >= 0.5:
            wait = now["wait_months"]
            lines.append(t("{waiting} households are waiting for a service; those taken on had waited {months} "
                           "months on average.", lang, waiting=f"{now['waiting']:,.0f}",
                           months=f"{wait:.1f}" if np.isfinite(wait) else "-"))
        else:
            lines.append(t("No household is left waiting for a service.", lang))
        return lines

    def figure(self):
        """Coverage of each need and households waiting, month by month, and the months waited over the last year:
        the parameter file's budget dashed, the chosen budget solid."""
        lang, usual = self.lang, self.p["services.budget_per_household"]
        runs = {t("budget of {budget} yuan (parameter file)", lang, budget=f"{usual:g}"): (self.baseline, "--"),
                t("your budget of {budget} yuan", lang, budget=f"{self.budget.value:g}"): (self.monthly, "-")}
        fig, (cover_ax, wait_ax, months_ax) = plt.subplots(1, 3, figsize=(12, 4.2), layout="constrained",
                                                           gridspec_kw={"width_ratios": [3, 3, 2]})
        for name, (monthly, style) in runs.items():
            months = monthly.index + 1
            for need, colour in NEED_COLOURS.items():
                cover_ax.plot(months, monthly[f"services_coverage_{need}"], style, color=colour,
                              label=t(needs.SERVICES[service_for(need)], lang) if style == "-" else None)
            wait_ax.plot(months, monthly["services_waiting"], style, color="#5d6d7e", label=name)
        waited = [self.summary(monthly)["wait_months"] for monthly, _ in runs.values()]
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
