"""Module 3's Dibao care-package widget. Like the other workshop widgets, it keeps its logic and its last result on
the object, so it can be tested by setting values and clicking buttons in plain pytest; a notebook only displays
`.widget` and the tables and figures. (The retirees' package builder is `package_builder`.)
"""
from __future__ import annotations

import ipywidgets as w
import numpy as np
import pandas as pd

from simulation.i18n import language, t
from simulation.model.district import DistrictModel
from simulation.services import needs
from simulation.services.figures import last_year
from simulation.workshop.module3.analysis import care_needs, care_table
from simulation.workshop.module3.figures import care_package_figure
from simulation.workshop.shared.controls import labelled
from simulation.workshop.shared.display import paragraphs, show_figure
from simulation.workshop.shared.runs import BURN_IN_MONTHS, TRAINER_DISTRICT, district

CARE_MONTHS = 24      # months the district runs with its services on


class CarePackage:
    """The care package of a district's Dibao households: how many need which service and what that costs
    (`needs`, `table`, `needs_lines`), then the district run with its services on at the budget the slider sets,
    against the parameter file's budget: coverage by need, households waiting, months waited, spending."""

    def __init__(self, lang: str | None = None, months: int = CARE_MONTHS, burn_in: int = BURN_IN_MONTHS,
                 **district_settings):
        self.lang, self.months = lang or language(), months
        self.district = {**TRAINER_DISTRICT, **district_settings}  # module 2's households
        model = district(burn_in, **self.district)  # run a year first, so that spells of poverty differ
        self.p = model.p
        self.needs = care_needs(model)
        self.budget = w.FloatSlider(value=self.p["services.budget_per_household"], min=0, max=40, step=1,
                                    description=t("Budget, yuan a month per household", self.lang),
                                    readout_format=".0f")
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.baseline = self._simulate(self.p["services.budget_per_household"])
        self.monthly: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([labelled(self.budget, "24em"), self.button],
                                     layout=w.Layout(align_items="flex-end")), self.text, self.output])

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
        self.text.value = paragraphs(self.explanation())
        show_figure(self.output, self.figure())

    def summary(self, monthly: pd.DataFrame | None = None) -> dict:
        """The last year of a run (by default the last one), averaged (`simulation.services.figures.last_year`)."""
        return last_year(self.monthly if monthly is None else monthly)

    def explanation(self) -> list[str]:
        lang, now = self.lang, self.summary()
        needed = float(self.needs["hours"].sum())
        coverage = {need: f"{now[need]:.0%}" for need in needs.codes("need")}
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
        return care_package_figure(self.baseline, self.monthly, self.p["services.budget_per_household"],
                                   self.budget.value, self.lang)
