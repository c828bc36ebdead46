"""Module 6's widgets. Like the other workshop widgets, `ReformLab` and `SeedCheck` keep their logic and their
last good result on the object, so they are tested by setting values and clicking buttons in plain pytest; a
notebook only displays `.widget`. A bad entry never raises: a plain message appears beside it and the last good
result stays.
"""
from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from simulation.analysis.comparison import Comparison
from simulation.i18n import language, t
from simulation.inputs import locations
from simulation.inputs.errors import InputError, UserError
from simulation.inputs.scenarios import Scenario, load_scenario, validated

# The comparison report's own chart, so that the lab shows what `carelab compare` draws.
from simulation.reports.comparison import gainers_chart
from simulation.rules import minimum_income
from simulation.rules.eu_pack import SCHEME_NAMES
from simulation.workshop.module6.figures import seeds_figure
from simulation.workshop.module6.levers import LEVERS, baseline_rules, lever_entries, lever_of, reform_data
from simulation.workshop.module6.results import cost_effectiveness, cost_lines, headline_view
from simulation.workshop.module6.scenarios import (
    BASELINE_FILE,
    EXPORT_FOLDER,
    FILE_NAME,
    compare,
    lab_size,
    write_scenario,
)
from simulation.workshop.module6.seeds import POOR_PEOPLE, SEEDS, metric_label, seed_runs, verdict
from simulation.workshop.shared.controls import full_width, labelled
from simulation.workshop.shared.display import in_red, show_figure

# The longest entries in full: the French RSA's name, "at the same share of the local median income".
FORM_WIDTH = "28em"


def _lines(lines: list[str]) -> str:
    return "".join(f"<p style='margin: 0.2em 0'>{html.escape(line)}</p>" for line in lines)


class ReformLab:
    """Build a reform with the levers, press Run: it is checked as a scenario file is, run against the baseline
    on a small district, and the headline figures, who gains and who loses, and the cost per person lifted out
    appear. Save writes it as a scenario file to run with `carelab` at full size."""

    def __init__(self, lang: str | None = None, baseline: str | Path = BASELINE_FILE,
                 export_folder: str | Path = EXPORT_FOLDER, **district):
        self.lang = lang or language()
        self.baseline_file = load_scenario(baseline)
        self.baseline = lab_size(self.baseline_file, district, t("baseline", self.lang))
        self.rules = baseline_rules(self.baseline)
        self.export_folder = Path(export_folder)
        entries = lever_entries(self.rules)
        label = lambda key: t(LEVERS[key].label, self.lang)  # noqa: E731
        self.entries = {
            "name": w.Text(value=t("My reform for Dachuan", self.lang), description=label("name")),
            "standard_change": w.FloatText(value=entries["standard_change"], step=5,
                                           description=label("standard_change")),
            "caseworkers": w.FloatText(value=entries["caseworkers"], step=0.5, description=label("caseworkers")),
            **{key: full_width(w.Checkbox(value=entries[key], description=label(key)))
               for key in ("integrated_database", "online_application", "no_counter_visit")},
            "decision_deadline": w.IntText(value=entries["decision_deadline"], step=7,
                                           description=label("decision_deadline")),
            "gradual_exit": w.IntText(value=entries["gradual_exit"], step=3, description=label("gradual_exit")),
            "activation": w.FloatText(value=entries["activation"], step=10, description=label("activation")),
            "scheme": w.Dropdown(options=[(t(minimum_income.DIBAO_TITLE, self.lang), "dibao")]
                                 + [(t(name, self.lang), scheme) for scheme, name in SCHEME_NAMES.items()],
                                 value=entries["scheme"], description=label("scheme")),
            "level": w.Dropdown(options=[(t(text, self.lang), level) for level, text in minimum_income.LEVELS.items()],
                                value=entries["level"], description=label("level")),
        }
        self.messages = {key: w.HTML() for key in self.entries}
        self.entries["scheme"].observe(self._scheme_chosen, names="value")
        self._scheme_chosen()
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.summary = w.HTML()
        self.table = w.HTML()
        self.chart = w.Output()
        self.costs = w.HTML()
        self.button.on_click(self.run)
        self.file_name = w.Text(value="my-reform.yaml", description=t("File name", self.lang))
        # A button is 148 px unless told: its words would be cut.
        self.save_button = w.Button(description=t("Save as a scenario file", self.lang), layout=w.Layout(width="auto"))
        self.save_message = w.HTML()
        self.save_button.on_click(self.export)
        self.reform: Scenario | None = None  # the last reform that passed the check and ran
        self.result: Comparison | None = None
        self.saved: Path | None = None
        bottom = w.Layout(align_items="flex-end")
        rows = [w.HBox([entry if isinstance(entry, w.Checkbox) else labelled(entry, FORM_WIDTH), self.messages[key]],
                       layout=bottom) for key, entry in self.entries.items()]
        self.widget = w.VBox(rows + [w.HBox([self.button, self.message]), self.summary, self.table, self.chart,
                                     self.costs])
        self.save_widget = w.VBox([w.HBox([labelled(self.file_name, FORM_WIDTH), self.save_button], layout=bottom),
                                   self.save_message])

    def _scheme_chosen(self, _change=None) -> None:
        self.entries["level"].disabled = self.entries["scheme"].value == "dibao"

    def set(self, **values) -> None:
        """Set levers by name (as a trainer would, or a test): `lab.set(integrated_database=True)`."""
        for key, value in values.items():
            self.entries[key].value = value

    def scenario(self) -> Scenario:
        """The reform the levers describe, on the lab's district, checked as a scenario file is."""
        data = reform_data({key: entry.value for key, entry in self.entries.items()}, self.baseline, self.lang)
        return validated(data, t("your reform", self.lang))

    def _refuse(self, err: UserError, message: w.HTML) -> None:
        """Show what is wrong beside the lever it concerns (or `message` if none); the last result stays."""
        key = lever_of(err.field) if isinstance(err, InputError) else None
        if key is None:
            message.value = in_red(err.message(self.lang))
            return
        entry = self.entries[key].value
        text = t("“{value}” cannot be used: please enter {allowed}.", self.lang,
                 value=f"{entry:g}" if isinstance(entry, (int, float)) else entry,
                 allowed=(t(LEVERS[key].allowed, self.lang) if LEVERS[key].allowed
                          else err.allowed.in_language(self.lang)))
        check = t("As in a scenario file: {problem}", self.lang, problem=err.message(self.lang))
        self.messages[key].value = (in_red(text) + f"<br><small style='color: #666'>{html.escape(check)}</small>"
                                    if err.field.startswith("parameters.") else in_red(text))
        message.value = in_red(t("Nothing was run: correct the entry marked in red.", self.lang))

    def _clear_messages(self) -> None:
        for message in self.messages.values():
            message.value = ""

    def run(self, _button=None) -> None:
        self._clear_messages()
        try:
            reform = self.scenario()
        except UserError as err:
            self._refuse(err, self.message)
            return
        self.reform, self.result = reform, compare(self.baseline, reform)
        self.message.value = html.escape(t("Ran on {households:,} households for {months} months (seed {seed}).",
                                           self.lang, **{key: getattr(reform, key)
                                                         for key in ("households", "months", "seed")}))
        self.summary.value = _lines([self.result.summaries(self.lang)[self.result.reforms[0]]])
        self.table.value = headline_view(self.result, self.lang).to_html(index=False, border=0)
        show_figure(self.chart, gainers_chart(self.result.gainers_and_losers(), self.lang))
        self.costs.value = _lines(cost_lines(self.cost_effectiveness(), self.lang))

    def cost_effectiveness(self) -> dict | None:
        return cost_effectiveness(self.result) if self.result else None

    def headline(self) -> pd.DataFrame | None:
        return self.result.headline() if self.result else None

    def gainers_and_losers(self) -> pd.DataFrame | None:
        return self.result.gainers_and_losers() if self.result else None

    def file_scenario(self) -> dict:
        """The levers' reform at the baseline file's size, seed and length, as a scenario file holds it."""
        data = reform_data({key: entry.value for key, entry in self.entries.items()}, self.baseline, self.lang)
        return {**data, **{key: getattr(self.baseline_file, key) for key in ("households", "months", "seed")}}

    def export(self, _button=None) -> Path | None:
        """Write the reform the levers describe as a scenario file in the export folder; None, with a message
        beside the entry that is wrong, if it cannot be."""
        self._clear_messages()
        self.save_message.value = ""
        name = self.file_name.value.strip()
        try:
            if not FILE_NAME.match(name):
                raise InputError(t("File name", self.lang), "file", name,
                                 t("a file name such as my-reform.yaml, without folders", self.lang))
            path = self.export_folder / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
            self.saved = write_scenario(self.file_scenario(), path, self.lang)
        except UserError as err:
            if isinstance(err, InputError) and err.field == "file":
                self.save_message.value = in_red(t("“{value}” cannot be used: please enter {allowed}.", self.lang,
                                                   value=err.value, allowed=err.allowed.in_language(self.lang)))
            else:
                self._refuse(err, self.save_message)
            return None
        self.save_message.value = html.escape(t("Saved {path}. Run it at full size with: {command}", self.lang,
                                                path=str(self.saved), command=self.command()))
        return self.saved

    def command(self) -> str:
        """The carelab command that compares the saved file with the baseline at full size."""
        saved = self.saved.resolve()
        checkout = locations.CHECKOUT
        shown = saved.relative_to(checkout) if checkout and saved.is_relative_to(checkout) else saved
        return f"carelab compare scenarios/{BASELINE_FILE.name} {shown} --out CMP"


class SeedCheck:
    """Run the lab's last reform against the baseline on districts drawn with several seeds; show, for a chosen
    figure, each district's result and the 95% interval of the change."""

    CHOICES = ("poverty_rate_after", "dibao_coverage", "exclusion_error", "inclusion_error", "take_up",
               "mean_processing_days", "spending_total", POOR_PEOPLE)

    def __init__(self, lab: ReformLab, lang: str | None = None, seeds: int = len(SEEDS)):
        self.lab, self.lang = lab, lang or lab.lang
        self.seeds = w.IntSlider(value=seeds, min=2, max=10, description=t("Seeds", self.lang))
        self.metric = w.Dropdown(options=[(metric_label(m, self.lang), m) for m in self.CHOICES],
                                 value="poverty_rate_after", description=t("Figure", self.lang),
                                 style={"description_width": "initial"})
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.metric.observe(self._show, names="value")
        self.per_seed: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([labelled(self.seeds), labelled(self.metric, "26em"), self.button, self.message],
                                     layout=w.Layout(align_items="flex-end", flex_flow="row wrap")),
                              self.text, self.output])

    def run(self, _button=None) -> None:
        if self.lab.reform is None:
            self.message.value = in_red(t("Run a reform in the lab first.", self.lang))
            return
        seeds = range(1, int(self.seeds.value) + 1)
        self.per_seed = seed_runs(self.lab.baseline, self.lab.reform, seeds)
        self.message.value = html.escape(t("Your reform “{reform}” against the baseline, seeds 1 to {last}.",
                                           self.lang, reform=self.lab.reform.name, last=seeds[-1]))
        self._show()

    def _show(self, _change=None) -> None:
        if self.per_seed is None:
            return
        self.text.value = _lines([verdict(self.per_seed, self.metric.value, self.lang)])
        show_figure(self.output, seeds_figure(self.per_seed, self.metric.value, self.lang))
