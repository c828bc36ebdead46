"""The interactive pieces of the workshop notebooks. Each keeps its logic and its last result here, so it can be
tested by setting values and clicking buttons in plain pytest; a notebook only displays `.widget`.

Bad entries never raise: the message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import html

import ipywidgets as w
import matplotlib.pyplot as plt
from IPython.display import display

from simulation.reports import charts
from simulation.analysis.calculator import calculate, describe
from simulation.analysis.case_file import case_file, journey
from simulation.rules.regular_support import ON_DIBAO
from simulation.rules.entitlements import render
from simulation.inputs.errors import InputError, UserError
from simulation.i18n import language, t
from simulation.model.district import DistrictModel

TRAINER_DISTRICT = dict(households=3_000, seed=1)  # small enough to answer at once, large enough to show patterns


# Finished runs kept for a session, so a widget clicked back to an earlier choice (or showing the baseline again)
# answers at once: a module's models and reforms, over a few seeds.
RUNS_KEPT = 40
finished_runs: dict[str, DistrictModel] = {}


def finished(scenario) -> DistrictModel:
    """The scenario's model, run to its end. A run depends on everything in the scenario but its name and
    description, so a run asked for again is taken from the last ones kept."""
    key = scenario.model_dump_json(exclude={"name", "description"})
    if key not in finished_runs:
        if len(finished_runs) >= RUNS_KEPT:
            finished_runs.pop(next(iter(finished_runs)))  # the oldest
        finished_runs[key] = scenario.build(keep_history=False).run(scenario.months)
    return finished_runs[key]

def show_figure(output: w.Output, figure) -> None:
    """Put a chart in a widget's output area, replacing the last one, and free it: a room of people clicking
    "run" all afternoon must not pile up open figures."""
    output.clear_output(wait=True)
    with output:
        display(figure)
    plt.close(figure)


def _pre(text: str) -> str:
    return f"<pre style='white-space: pre-wrap; font-size: 0.95em'>{html.escape(text)}</pre>"


def problem_message(err: UserError) -> str:
    """A plain message beside the widget: which entry, what was typed, what is expected."""
    text = (t("{field}: “{value}” cannot be used; please enter {allowed}.", language(), field=err.field,
              value=err.value, allowed=err.allowed) if isinstance(err, InputError) else str(err))
    return f"<span style='color: #b00020'>{html.escape(text)}</span>"


def parse_members(text: str) -> list[dict]:
    """'45, 43, 12' or '82:severe, 78': ages, each optionally with :disabled or :severe."""
    members = []
    for part in filter(None, (p.strip() for p in text.replace("，", ",").split(","))):
        age, _, disability = part.partition(":")
        if not age.strip().isdigit():
            raise InputError(t("members", language()), t("member", language()), part,
                             t("ages separated by commas, e.g. 45, 43, 12:severe", language()))
        members.append({"age": int(age), "disability": disability.strip() or "none"})
    return members


def parse_amount(label: str, text: str) -> float:
    try:
        value = float(text.replace(",", "").strip() or 0)
    except ValueError:
        raise InputError(label, label, text, t("a number of yuan, e.g. 930", language())) from None
    return value


class Calculator:
    """The household calculator: describe a household, see what each programme gives it and why."""

    def __init__(self, lang: str | None = None, locality: str = "dachuan", date: str = "2019-06-01"):
        self.lang, self.locality, self.date = lang or language(), locality, date
        self.area = w.Dropdown(options=[(t("urban", self.lang), "urban"), (t("rural", self.lang), "rural")], value="urban",
                               description=t("Area", self.lang))
        self.members = w.Text(value="45, 43, 12", description=t("Ages", self.lang),
                              placeholder=t("ages separated by commas, e.g. 45, 43, 12:severe", self.lang))
        self.income = w.Text(value="930", description=t("Income", self.lang), placeholder=t("yuan a month, whole household", self.lang))
        self.medical = w.Text(value="0", description=t("Medical costs", self.lang))
        self.migrant = w.Checkbox(value=False, description=t("No local hukou", self.lang))
        self.family = w.Checkbox(value=False, description=t("Family elsewhere supports them", self.lang))
        self.button = w.Button(description=t("Calculate", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.HTML()
        self.button.on_click(self.calculate)
        self.result: str | None = None
        self.total: float | None = None
        self.widget = w.VBox([w.HBox([self.area, self.members]), w.HBox([self.income, self.medical]),
                              w.HBox([self.migrant, self.family]), w.HBox([self.button, self.message]), self.output])
        self.calculate()

    def calculate(self, _button=None) -> None:
        try:
            household = describe(
                t("household", self.lang), locality=self.locality, date=self.date, area=self.area.value,
                members=parse_members(self.members.value), income=parse_amount(t("Income", self.lang), self.income.value),
                medical_costs=parse_amount(t("Medical costs", self.lang), self.medical.value),
                hukou="migrant" if self.migrant.value else "local", family_elsewhere=self.family.value)
        except UserError as err:
            self.message.value = problem_message(err)
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
        self.integrated = w.Checkbox(value=False, description=t("Integrated database", self.lang))
        self.online = w.Checkbox(value=False, description=t("Online applications", self.lang))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.baseline = self._simulate({})
        self.monthly = None
        self.widget = w.VBox([w.HBox([self.staff, self.integrated, self.online]), w.HBox([self.button, self.message]),
                              self.output])

    @property
    def parameters(self) -> dict:
        return {"casework.caseworkers_per_10k_households": float(self.staff.value),
                "casework.integrated_database": bool(self.integrated.value),
                "casework.online_application": bool(self.online.value)}

    def _simulate(self, parameters: dict):
        return DistrictModel(parameters=parameters, **self.district).run(self.months).monthly()

    def run(self, _button=None) -> None:
        self.monthly = self._simulate(self.parameters)
        self.message.value = ""
        show_figure(self.output, self.figure())

    def summary(self) -> dict:
        """The last year's averages of what the sliders move, for the baseline and the chosen settings."""
        shown = ["mean_processing_days", "backlog", "dibao_coverage", "inclusion_error", "exclusion_error", "take_up"]
        last = lambda monthly: monthly[shown].tail(12).mean().round(3).to_dict()  # noqa: E731
        return {"baseline": last(self.baseline), "chosen": last(self.monthly)}

    def figure(self):
        fig, axes = plt.subplots(2, 2, figsize=(10, 6), layout="constrained")
        runs = {t("baseline", self.lang): self.baseline, t("your settings", self.lang): self.monthly}
        for ax, name in zip(axes.flat, ["processing", "pipeline", "coverage", "targeting"]):
            charts.draw(ax, name, runs, self.lang)
        return fig


class CaseFiles:
    """Pick a household of a small district and a month: its case file and the journey of its applications."""

    def __init__(self, lang: str | None = None, months: int = 12, **district):
        self.lang = lang or language()
        self.model = DistrictModel(keep_history=True, **{**TRAINER_DISTRICT, **district}).run(months)
        self.household = w.Dropdown(options=self.interesting_households(), description=t("Household", self.lang))
        self.month = w.IntSlider(value=months, min=1, max=months, description=t("Month", self.lang))
        self.output = w.HTML()
        self.household.observe(self.show, names="value")
        self.month.observe(self.show, names="value")
        self.text = ""
        self.widget = w.VBox([w.HBox([self.household, self.month]), self.output])
        self.show()

    def interesting_households(self) -> list[tuple[str, int]]:
        """A few households of each story a trainer wants to show."""
        stories = {}
        for case in self.model.district.case_log:
            story = {"dibao": t("granted Dibao", self.lang), "extreme_poor": t("granted extreme-poor support", self.lang)}.get(
                case.outcome, t("turned down", self.lang))
            if case.kind == "application":
                stories.setdefault(story, []).append(case.household)
        c, caseload = self.model.circumstances, self.model.caseload
        above = (caseload.receives == ON_DIBAO) & (c.income > c.standard * c.members)
        stories[t("receives Dibao with income above the standard", self.lang)] = list(above.nonzero()[0])
        return [(f"{story}: {household}", int(household)) for story, households in stories.items()
                for household in sorted(set(households))[:4]]

    def show(self, _change=None) -> None:
        household = self.household.value
        self.text = case_file(self.model, household, self.month.value, self.lang) + "\n\n" + "\n".join(
            journey(self.model, household, self.lang))
        self.output.value = _pre(self.text)
