"""Module 1's widgets. Each keeps its logic and its last result on the object, so it can be tested by setting values
and clicking buttons in plain pytest; a notebook only displays `.widget`.

Bad entries never raise: the message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import html

import ipywidgets as w

from simulation.analysis.calculator import calculate, describe
from simulation.i18n import language, t
from simulation.inputs.errors import UserError
from simulation.model.district import DistrictModel
from simulation.rules.entitlements import render
from simulation.workshop.module1.analysis import case_text, interesting_households, last_year, pipeline_run
from simulation.workshop.module1.figures import pipeline_figure
from simulation.workshop.shared.controls import full_width, labelled
from simulation.workshop.shared.display import problem_message, show_figure
from simulation.workshop.shared.entries import parse_amount, parse_members
from simulation.workshop.shared.runs import TRAINER_DISTRICT


def _pre(text: str) -> str:
    return f"<pre style='white-space: pre-wrap; font-size: 0.95em'>{html.escape(text)}</pre>"


class Calculator:
    """The household calculator: describe a household, see what each programme gives it and why."""

    def __init__(self, lang: str | None = None, locality: str = "dachuan", date: str = "2019-06-01"):
        self.lang, self.locality, self.date = lang or language(), locality, date
        self.area = w.Dropdown(options=[(t("urban", self.lang), "urban"), (t("rural", self.lang), "rural")],
                               value="urban", description=t("Area", self.lang))
        self.members = w.Text(value="45, 43, 12", description=t("Ages", self.lang),
                              placeholder=t("ages separated by commas, e.g. 45, 43, 12:severe", self.lang))
        self.income = w.Text(value="930", description=t("Income", self.lang),
                             placeholder=t("yuan a month, whole household", self.lang))
        self.medical = w.Text(value="0", description=t("Medical costs", self.lang))
        self.migrant = full_width(w.Checkbox(value=False, description=t("No local hukou", self.lang)))
        self.family = full_width(w.Checkbox(value=False, description=t("Family elsewhere supports them", self.lang)))
        self.button = w.Button(description=t("Calculate", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.HTML()
        self.button.on_click(self.calculate)
        self.result: str | None = None
        self.total: float | None = None
        self.widget = w.VBox([w.HBox([labelled(self.area, "10em"), labelled(self.members)]),
                              w.HBox([labelled(self.income, "10em"), labelled(self.medical, "10em")]),
                              w.HBox([self.migrant, self.family]), w.HBox([self.button, self.message]), self.output])
        self.calculate()

    def calculate(self, _button=None) -> None:
        try:
            household = describe(
                t("household", self.lang), locality=self.locality, date=self.date, area=self.area.value,
                members=parse_members(self.members.value),
                income=parse_amount(t("Income", self.lang), self.income.value),
                medical_costs=parse_amount(t("Medical costs", self.lang), self.medical.value),
                hukou="migrant" if self.migrant.value else "local", family_elsewhere=self.family.value)
        except UserError as err:
            self.message.value = problem_message(err, self.lang)
            return
        entitlements = calculate(household, self.lang)
        self.total = sum(e.amount for e in entitlements)
        self.result = render(entitlements, self.lang)
        self.message.value = ""
        self.output.value = _pre(self.result)


class PipelineLab:
    """Change caseworker staffing, database integration and online applications; compare with the baseline."""

    def __init__(self, lang: str | None = None, months: int = 24, **district):
        self.lang, self.months = lang or language(), months
        self.district = {**TRAINER_DISTRICT, **district}
        self.staff = w.FloatSlider(value=3.5, min=0.5, max=8.0, step=0.5, description=t("Caseworkers", self.lang),
                                   tooltip=t("caseworkers per 10,000 households", self.lang))
        self.integrated = full_width(w.Checkbox(value=False, description=t("Integrated database", self.lang)))
        self.online = full_width(w.Checkbox(value=False, description=t("Online applications", self.lang)))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.baseline = pipeline_run({}, self.months, self.district)
        self.monthly = None
        self.widget = w.VBox([w.HBox([labelled(self.staff), w.VBox([self.integrated, self.online])]),
                              w.HBox([self.button, self.message]), self.output])

    @property
    def parameters(self) -> dict:
        return {"casework.caseworkers_per_10k_households": float(self.staff.value),
                "casework.integrated_database": bool(self.integrated.value),
                "casework.online_application": bool(self.online.value)}

    def run(self, _button=None) -> None:
        self.monthly = pipeline_run(self.parameters, self.months, self.district)
        self.message.value = ""
        show_figure(self.output, self.figure())

    def summary(self) -> dict:
        """The last year's averages of what the sliders move, for the baseline and the chosen settings."""
        return {"baseline": last_year(self.baseline), "chosen": last_year(self.monthly)}

    def figure(self):
        return pipeline_figure(self.baseline, self.monthly, self.lang)


class CaseFiles:
    """Pick a household of a small district and a month: its case file and the journey of its applications."""

    def __init__(self, lang: str | None = None, months: int = 12, **district):
        self.lang = lang or language()
        self.model = DistrictModel(keep_history=True, **{**TRAINER_DISTRICT, **district}).run(months)
        self.household = w.Dropdown(options=interesting_households(self.model, self.lang),
                                    description=t("Household", self.lang))
        self.month = w.IntSlider(value=months, min=1, max=months, description=t("Month", self.lang))
        self.output = w.HTML()
        self.household.observe(self.show, names="value")
        self.month.observe(self.show, names="value")
        self.text = ""
        self.widget = w.VBox([w.HBox([labelled(self.household, "30em"), labelled(self.month)]), self.output])
        self.show()

    def show(self, _change=None) -> None:
        self.text = case_text(self.model, self.household.value, self.month.value, self.lang)
        self.output.value = _pre(self.text)
