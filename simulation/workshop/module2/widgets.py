"""Module 2's widgets. Each keeps its logic and its last result on the object, so it can be tested by setting
values and clicking buttons in plain pytest; a notebook only displays `.widget`. Bad entries never raise: a plain
message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import ipywidgets as w
import pandas as pd

from simulation.i18n import language, t
from simulation.services import needs
from simulation.workshop.module2.analysis import EXERCISE_DISTRICT, QUESTIONS, listed, pick_cases, profile
from simulation.workshop.module2.figures import what_follows_figure
from simulation.workshop.shared.controls import full_width, labelled, prompted
from simulation.workshop.shared.display import in_red, paragraphs, show_figure
from simulation.workshop.shared.runs import BURN_IN_MONTHS, TRAINER_DISTRICT, district


def _question(kind: str, lang: str) -> str:
    return {"age_health": t("Age and health", lang), "poverty": t("Depth and likelihood", lang),
            "need": t("Need", lang)}[kind]


def _html_lines(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


# ---- (a) the classification exercise --------------------------------------------------------------------------------
class ClassificationExercise:
    """A handful of poor households as profiles; the practitioner picks each one's two classes and its need, and
    Check scores the picks against the rules and explains each difference."""

    def __init__(self, lang: str | None = None, count: int = 6, burn_in: int = BURN_IN_MONTHS, **district_settings):
        self.lang = lang or language()
        settings = {**EXERCISE_DISTRICT, **district_settings}
        self.model = district(burn_in, **settings)
        self.bands = self.model.p["population.age_bands"]
        self.cases = pick_cases(needs.classify(self.model, lang=self.lang), count, settings["seed"])
        self.profiles = [profile(self.model, case, number, self.lang)
                         for number, case in enumerate(self.cases.to_dict("records"), start=1)]
        self.choices: list[dict[str, w.Dropdown]] = []
        boxes = []
        for text in self.profiles:
            picks = {kind: self._dropdown(kind) for kind in QUESTIONS}
            self.choices.append(picks)
            boxes.append(w.VBox([w.HTML(f"<div style='line-height: 1.5'>{_html_lines(text)}</div>"),
                                 w.HBox([labelled(pick, "15em") for pick in picks.values()])],
                                layout=w.Layout(border="1px solid #ddd", padding="6px", margin="4px 0")))
        self.button = w.Button(description=t("Check", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.HTML()
        self.button.on_click(self.check)
        self.score: int | None = None
        self.max_score = len(QUESTIONS) * len(self.cases)
        self.differences: list[str] = []
        self.feedback: list[str] = []
        self.widget = w.VBox(boxes + [w.HBox([self.button, self.message]), self.output])

    def _dropdown(self, kind: str) -> w.Dropdown:
        return prompted([(needs.label(kind, code, self.lang), code) for code in needs.codes(kind)],
                        t("– choose –", self.lang), description=_question(kind, self.lang))

    def answers(self) -> list[dict]:
        """What the rules give each household, with the reasons."""
        return [{kind: case[kind] for kind in QUESTIONS} | {"reasons": needs.reasons(case, self.bands, self.lang)}
                for case in self.cases.to_dict("records")]

    def check(self, _button=None) -> None:
        missing = [t("Household {number}: choose “{question}”.", self.lang, number=number,
                     question=_question(kind, self.lang))
                   for number, picks in enumerate(self.choices, start=1)
                   for kind, dropdown in picks.items() if not dropdown.value]  # the prompt, or nothing
        if missing:
            self.message.value = in_red(" ".join(missing[:3]) + (" …" if len(missing) > 3 else ""))
            return
        score, differences, feedback = 0, [], []
        for number, (picks, answer) in enumerate(zip(self.choices, self.answers()), start=1):
            wrong = []
            for kind in QUESTIONS:
                chosen, expected = picks[kind].value, answer[kind]
                if chosen == expected:
                    score += 1
                    continue
                wrong.append(t("Household {number}, {question}: you chose “{chosen}”; the rules give “{expected}”. "
                               "{why}", self.lang, number=number, question=_question(kind, self.lang),
                               chosen=needs.label(kind, chosen, self.lang),
                               expected=needs.label(kind, expected, self.lang), why=answer["reasons"][kind]))
            differences += wrong
            feedback += wrong or [t("Household {number}: all three match the rules.", self.lang, number=number)]
        self.score, self.differences, self.feedback = score, differences, feedback
        self.message.value = html.escape(t("Score: {score} of {total}.", self.lang, score=score, total=self.max_score))
        self.output.value = paragraphs(feedback)

    def case(self, number: int) -> dict:
        """Household `number` (from 1) as the case plan form takes it: its classes, reason and profile."""
        case = self.cases.iloc[number - 1].to_dict()
        return {**case, "number": number, "profile": self.profiles[number - 1]}


# ---- (b) the case plan form ---------------------------------------------------------------------------------------
def _months_later(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class CasePlanForm:
    """A case plan for one household: the needs, the services, goals, a review date and notes. Save checks it and
    keeps it as a dict (`.plan`); `to_json` and `export` write it out."""

    REVIEW_WITHIN_MONTHS = 12  # Dibao eligibility is checked again every year (seed 004): review at least as often

    def __init__(self, case: dict | None = None, lang: str | None = None, today: dt.date | None = None):
        self.lang, self.case = lang or language(), dict(case or {})
        self.today = today or dt.date.today()
        self.needs = {code: full_width(w.Checkbox(value=False, description=needs.label("need", code, self.lang)))
                      for code in needs.SERVICES_FOR_NEED}
        self.services = {code: full_width(w.Checkbox(value=False, description=t(text, self.lang)))
                         for code, text in needs.SERVICES.items()}
        self.goals = w.Textarea(placeholder=t("One goal a line, e.g. the son finds work within six months", self.lang),
                                description=t("Goals", self.lang), layout=w.Layout(width="95%", height="5em"))
        self.review = w.DatePicker(value=None, description=t("Review on", self.lang))
        self.notes = w.Textarea(placeholder=t("Who provides each service, what the household said, concerns",
                                              self.lang),
                                description=t("Notes", self.lang), layout=w.Layout(width="95%", height="5em"))
        self.button = w.Button(description=t("Save the plan", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.HTML()
        self.button.on_click(self.save)
        self.plan: dict | None = None
        header = []
        if self.case.get("profile"):
            header.append(w.HTML(f"<div style='line-height: 1.5'>{_html_lines(self.case['profile'])}</div>"))
        if self.case.get("need"):
            header.append(w.HTML(html.escape(t("The rules suggest: {age_health}; {poverty}; need: {need}. The plan is "
                                               "yours to decide.", self.lang,
                                               **{kind: needs.label(kind, self.case[kind], self.lang)
                                                  for kind in QUESTIONS}))))
        self.widget = w.VBox(header + [
            w.HTML(f"<b>{html.escape(t('Needs', self.lang))}</b>"), w.HBox(list(self.needs.values())),
            w.HTML(f"<b>{html.escape(t('Services', self.lang))}</b>"), w.HBox(list(self.services.values())),
            self.goals, labelled(self.review, "14em"), self.notes, w.HBox([self.button, self.message]), self.output])

    def problems(self) -> list[str]:
        """What is wrong with the entries, in plain words (empty when the plan can be saved)."""
        lang, chosen = self.lang, self._chosen()
        found = []
        if not chosen["needs"]:
            found.append(t("Choose at least one need.", lang))
        if not chosen["services"]:
            found.append(t("Choose at least one service.", lang))
        for need in chosen["needs"]:
            answers = needs.SERVICES_FOR_NEED[need]
            if not set(answers) & set(chosen["services"]):
                found.append(t("The need “{need}” has no service that answers it: add one of these: {services}.",
                               lang, need=needs.label("need", need, lang),
                               services=listed([t(needs.SERVICES[s], lang) for s in answers], lang)))
        if not chosen["goals"]:
            found.append(t("Write at least one goal.", lang))
        review, latest = self.review.value, _months_later(self.today, self.REVIEW_WITHIN_MONTHS)
        if review is None:
            found.append(t("Choose a review date.", lang))
        elif review < self.today:
            found.append(t("The review date {date} is in the past: choose a date from today ({today}) on.", lang,
                           date=review.isoformat(), today=self.today.isoformat()))
        elif review > latest:
            found.append(t("The review date {date} is more than a year away: Dibao is checked again every year, so "
                           "review by {latest}.", lang, date=review.isoformat(), latest=latest.isoformat()))
        return found

    def _chosen(self) -> dict:
        return {"needs": [code for code, box in self.needs.items() if box.value],
                "services": [code for code, box in self.services.items() if box.value],
                "goals": [line.strip() for line in self.goals.value.splitlines() if line.strip()]}

    def save(self, _button=None) -> None:
        found = self.problems()
        if found:
            self.message.value = in_red(*found)
            return
        chosen = self._chosen()
        self.plan = {
            "household": int(self.case["household"]) if "household" in self.case else None,
            "needs": chosen["needs"],
            "services": chosen["services"],
            "goals": chosen["goals"],
            "review_date": self.review.value.isoformat(),
            "notes": self.notes.value.strip(),
            "rules_suggest": {kind: self.case[kind] for kind in QUESTIONS if kind in self.case},
            "written_on": self.today.isoformat(),
        }
        self.message.value = html.escape(t("Plan saved.", self.lang))
        self.output.value = f"<pre style='white-space: pre-wrap'>{html.escape(self.readable())}</pre>"

    def readable(self) -> str:
        """The saved plan as a caseworker would file it."""
        if self.plan is None:
            return ""
        lang, plan = self.lang, self.plan
        lines = [t("Case plan, household {household}", lang, household=plan["household"]),
                 t("Needs: {needs}", lang, needs=listed([needs.label("need", n, lang) for n in plan["needs"]], lang)),
                 t("Services: {services}", lang,
                   services=listed([t(needs.SERVICES[s], lang) for s in plan["services"]], lang)),
                 t("Goals:", lang)] + [f"  – {goal}" for goal in plan["goals"]]
        lines.append(t("Review on: {date}", lang, date=plan["review_date"]))
        if plan["notes"]:
            lines.append(t("Notes: {notes}", lang, notes=plan["notes"]))
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(self.plan, ensure_ascii=False, indent=2)

    def export(self, path: str | Path) -> Path | None:
        """Write the saved plan as JSON (UTF-8); None, with a message, if no plan has been saved yet."""
        if self.plan is None:
            self.message.value = in_red(t("Save the plan first.", self.lang))
            return None
        path = Path(path)
        path.write_text(self.to_json(), encoding="utf-8")
        return path


# ---- (c) what follows ------------------------------------------------------------------------------------------------
class WhatFollows:
    """Classify a district's poor households, run it on, and chart for each class the share that left poverty."""

    def __init__(self, lang: str | None = None, months: int = 24, burn_in: int = BURN_IN_MONTHS, **district_settings):
        self.lang, self.burn_in = lang or language(), burn_in
        self.district = {**TRAINER_DISTRICT, **district_settings}
        self.months = w.IntSlider(value=months, min=6, max=48, step=6, description=t("Months", self.lang))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.followed: pd.DataFrame | None = None
        self.table: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([labelled(self.months), self.button, self.message],
                                     layout=w.Layout(align_items="flex-end")), self.output])

    def run(self, _button=None) -> None:
        model = district(self.burn_in, **self.district)
        self.followed = needs.follow(model, int(self.months.value))
        self.table = needs.share_left(self.followed)
        self.message.value = html.escape(t("{households} poor households followed for {months} months.", self.lang,
                                           households=len(self.followed), months=int(self.months.value)))
        show_figure(self.output, self.figure())

    def shares(self, scheme: str) -> dict[str, float]:
        rows = self.table[self.table["scheme"] == scheme]
        return dict(zip(rows["class"], rows["share_left"]))

    def figure(self):
        return what_follows_figure(self.followed, self.table, int(self.months.value), self.lang)
