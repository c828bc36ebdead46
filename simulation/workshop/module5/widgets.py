"""Module 5's widgets. Like the other workshop widgets, each class keeps its logic and its last result on the
object, so it can be tested by setting values and clicking in plain pytest; bad entries show a plain message beside
the widget and the last good result stays.
"""
from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from simulation.analysis import comparison
from simulation.i18n import language, t
from simulation.inputs.errors import UserError
from simulation.rules import minimum_income
from simulation.workshop.module5.district import (
    DISTRICT,
    as_comparison,
    district_scenario,
    gainers_table,
    key_figures,
    readable,
    scheme_label,
    simulate,
)
from simulation.workshop.module5.features import (
    FEATURE_LABELS,
    FEATURE_METRICS,
    FEATURES,
    effect_of,
    feature_lines,
    feature_runs,
)
from simulation.workshop.module5.figures import district_figure, feature_figure, household_figure
from simulation.workshop.module5.household import amounts
from simulation.workshop.module5.schemes import COUNTRIES, COUNTRY_NAMES, LEVELS, exchange_rate_lines, settings
from simulation.workshop.shared.controls import BUTTONS, labelled
from simulation.workshop.shared.display import paragraphs, problem_message, show_figure
from simulation.workshop.shared.entries import parse_amount, parse_members


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, border=0, escape=True)


class HouseholdComparison:
    """Describe a household (ages, income, area), choose how the EU levels are carried over and which scheme to
    explain: what the household would get under Dibao and under each scheme, and why."""

    def __init__(self, lang: str | None = None, members: str = "40, 38, 8", income: str = "930"):
        lang = self.lang = lang or language()
        self.members = w.Text(value=members, description=t("Ages", lang),
                              placeholder=t("ages separated by commas, e.g. 45, 43, 12:severe", lang))
        self.income = w.Text(value=income, description=t("Income", lang),
                             placeholder=t("yuan a month, whole household", lang))
        self.area = w.Dropdown(options=[(t("urban", lang), "urban"), (t("rural", lang), "rural")], value="urban",
                               description=t("Area", lang))
        self.level = w.ToggleButtons(options=[(t(minimum_income.LEVELS[lv], lang), lv) for lv in LEVELS],
                                     value="share_of_median", description=t("EU levels", lang), style=BUTTONS)
        self.scheme = w.Dropdown(options=[(t(COUNTRY_NAMES[c], lang), c) for c in COUNTRIES], value="germany",
                                 description=t("Explain", lang))
        self.button = w.Button(description=t("Compare", lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.calculate)
        for control in (self.area, self.level, self.scheme):
            control.observe(self.calculate, names="value")
        self.table: pd.DataFrame | None = None
        self.lines: list[str] = []
        self.widget = w.VBox([w.HBox([labelled(self.members, "16em"), labelled(self.income, "10em"),
                                      labelled(self.area, "10em")]), labelled(self.level, "auto"),
                              w.HBox([labelled(self.scheme, "26em"), self.button, self.message],
                                     layout=w.Layout(align_items="flex-end")), self.output, self.text])
        self.calculate()

    def calculate(self, _change=None) -> None:
        lang = self.lang
        try:
            table = amounts(parse_members(self.members.value), parse_amount(t("Income", lang), self.income.value),
                            self.area.value, self.level.value, lang)
        except UserError as err:
            self.message.value = problem_message(err, self.lang)
            return
        self.table, self.message.value = table, ""
        scheme = self.scheme.value
        self.lines = ([f"{table.at['dibao', 'title']}: {table.at['dibao', 'amount']:,.0f} {t('yuan', lang)}"]
                      + table.at["dibao", "reasons"]
                      + [f"{table.at[scheme, 'title']}: {table.at[scheme, 'amount']:,.0f} {t('yuan', lang)}"]
                      + table.at[scheme, "reasons"]
                      + exchange_rate_lines(scheme, self.area.value, lang))
        self.text.value = paragraphs(self.lines)
        show_figure(self.output, self.figure())

    def figure(self):
        return household_figure(self.table, self.scheme.value, self.level.value, self.lang)


class DistrictComparison:
    """Choose an EU scheme and how its level is carried over: the district under Dibao and under that scheme, side
    by side. Each choice runs once; going back to it shows the kept result at once."""

    def __init__(self, lang: str | None = None, scheme: str = "germany", level: str = "relative_to_standard",
                 **district):
        lang = self.lang = lang or language()
        self.district = {**DISTRICT, **district}
        self.scheme = w.Dropdown(options=[(t(COUNTRY_NAMES[c], lang), c) for c in COUNTRIES], value=scheme,
                                 description=t("EU scheme", lang))
        self.level = w.ToggleButtons(options=[(t(minimum_income.LEVELS[lv], lang), lv) for lv in LEVELS],
                                     value=level, description=t("EU levels", lang), style=BUTTONS)
        self.message = w.HTML()
        self.text = w.HTML()
        self.table = w.HTML()
        self.gainers = w.HTML()
        self.output = w.Output()
        self.runs: dict[tuple[str, str], tuple] = {}  # (scheme, level) -> its run, kept for the session
        self.baseline = simulate(district_scenario("dibao", lang=lang, **self.district))
        self.result: comparison.Comparison | None = None
        self.scheme.observe(self.show, names="value")
        self.level.observe(self.show, names="value")
        self.widget = w.VBox([w.HBox([labelled(self.scheme, "26em"), self.message]), labelled(self.level, "auto"),
                              self.text, self.output, self.table, self.gainers])
        self.show()

    def show(self, _change=None) -> None:
        lang, choice = self.lang, (self.scheme.value, self.level.value)
        if choice not in self.runs:
            self.runs[choice] = simulate(district_scenario(*choice, lang=lang, **self.district))
        self.result = as_comparison({t(minimum_income.DIBAO_TITLE, lang): self.baseline,
                                     scheme_label(*choice, lang): self.runs[choice]})
        households, months = self.district["households"], self.district["months"]
        self.message.value = html.escape(t("{households} households, {months} months, the same lives under both.",
                                           lang, households=f"{households:,}", months=months))
        self.text.value = paragraphs(self.lines())
        self.table.value = _table_html(self.figures())
        self.gainers.value = _table_html(gainers_table(self.result, lang))
        show_figure(self.output, district_figure(self.result, lang))

    def summary(self) -> pd.DataFrame:
        return key_figures(self.result)

    def figures(self) -> pd.DataFrame:
        lang = self.lang
        return readable(self.summary(), [t("Dibao", lang), t(COUNTRY_NAMES[self.scheme.value], lang),
                                         t("difference", lang)], lang)

    def lines(self) -> list[str]:
        lang, result = self.lang, self.result
        p = settings()
        p = minimum_income.in_force({**p, **result.rules[result.reforms[0]]})
        return [comparison.summaries(result.headline(), result.gainers_and_losers(), result.rules, lang)[
            result.reforms[0]]] + minimum_income.describe(p, lang)


class DeliveryFeatures:
    """Switch on one EU delivery feature at a time in Dachuan's Dibao, with the caseworkers the slider sets: what
    it changes against Dibao as it was. Each choice runs once and is kept."""

    def __init__(self, lang: str | None = None, feature: str = "data_sharing", **district):
        lang = self.lang = lang or language()
        self.district = {**DISTRICT, **district}
        p = settings()
        self.feature = w.ToggleButtons(options=[(t(f.title, lang), code) for code, f in FEATURES.items()],
                                       value=feature, style=BUTTONS)
        self.staff = w.FloatSlider(value=p["casework.caseworkers_per_10k_households"], min=0.5, max=8.0, step=0.5,
                                   continuous_update=False, description=t("caseworkers per 10,000 households", lang))
        self.text = w.HTML()
        self.table = w.HTML()
        self.output = w.Output()
        self.runs: dict[tuple[str, float], dict] = {}
        self.effect: pd.DataFrame | None = None
        self.feature.observe(self.show, names="value")
        self.staff.observe(self.show, names="value")
        self.widget = w.VBox([self.feature, labelled(self.staff), self.text, self.output, self.table])
        self.show()

    def show(self, _change=None) -> None:
        lang, choice = self.lang, (self.feature.value, float(self.staff.value))
        if choice not in self.runs:
            self.runs[choice] = feature_runs(*choice, self.district)
        runs = self.runs[choice]
        self.effect = effect_of(runs)
        self.text.value = paragraphs(feature_lines(choice[0], lang))
        self.table.value = _table_html(self.figures())
        show_figure(self.output, feature_figure(choice[0], runs, lang))

    def figures(self) -> pd.DataFrame:
        """The feature's own figures first (marked ▶), then the rest, in words."""
        lang, watch = self.lang, FEATURES[self.feature.value].watch
        order = [*watch, *(m for m in FEATURE_METRICS if m not in watch)]
        return readable(self.effect.loc[order], [t("Dibao as in 2019", lang), t("with the feature", lang),
                                                 t("difference", lang)], lang, FEATURE_LABELS, watch)
