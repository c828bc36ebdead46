"""The interactive pieces of module 2, assessing and classifying need (`simulation.services.needs` holds the rules).

Like `widgets`, each class keeps its logic and its last result on the object, so it can be tested by setting
values and clicking buttons in plain pytest; a notebook only displays `.widget`. Bad entries never raise: a plain
message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import ipywidgets as w
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from simulation.services import needs
from simulation.i18n import language, t
from simulation.model.district import DistrictModel
from simulation.workshop.widgets import show_figure

EXERCISE_DISTRICT = dict(households=2_000, seed=3)   # small: the exercise only needs a handful of households
FOLLOW_DISTRICT = dict(households=3_000, seed=1)     # large enough for the shares to mean something
BURN_IN_MONTHS = 12  # months run before classifying, so that spells of poverty have had time to differ
MAX_PROFILE_MEMBERS = 5
QUESTIONS = ("age_health", "poverty", "need")
NEED_COLOURS = {"survival": "#c0392b", "development": "#2471a3", "opportunity": "#229954"}


def _question(kind: str, lang: str) -> str:
    return {"age_health": t("Age and health", lang), "poverty": t("Depth and likelihood", lang),
            "need": t("Need", lang)}[kind]


def _html_lines(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


def _error(text: str) -> str:
    return f"<span style='color: #b00020'>{text}</span>"


def _list(parts: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(parts)


def district(burn_in: int = BURN_IN_MONTHS, **settings) -> DistrictModel:
    """A trainer-scale district, run `burn_in` months so that its poor households' spells differ."""
    return DistrictModel(**settings).run(burn_in)


# ---- profiles ----------------------------------------------------------------------------------------------------
def member_line(member: dict, bands, lang: str) -> str:
    parts = []
    if member["disability"] == 2:
        parts.append(t("severe disability", lang))
    elif member["disability"] == 1:
        parts.append(t("disability", lang))
    if member["chronic"]:
        parts.append(t("chronic illness", lang))
    if bands[1] <= member["age"] < bands[2] and member["disability"] != 2:
        parts.append(t("in work", lang) if member["employed"] else
                     t("out of work for {months} months", lang, months=member["months_jobless"]))
    aged = t("aged {age}", lang, age=member["age"])
    colon = "：" if lang == "zh" else ": "
    return f"– {aged}{colon}{_list(parts, lang)}" if parts else f"– {aged}"


def profile(model: DistrictModel, case: dict, number: int, lang: str) -> list[str]:
    """A household as a caseworker would read it after a home visit, one line each."""
    c, h = model.circumstances, int(case["household"])
    bands = model.p["population.age_bands"]
    area = needs.label("area", case["area"], lang)
    lines = [t("Household {number} ({area}), one person living alone", lang, number=number, area=area)
             if case["members"] == 1 else
             t("Household {number} ({area}), {members} members", lang, number=number, area=area,
               members=int(case["members"]))]
    lines += [member_line(member, bands, lang) for member in needs.members_of(model, h)]
    lines.append(t("Earnings, pensions and remittances: {income} yuan a month for the household.", lang,
                   income=round(float(c.income[h]))))
    if c.medical_repayment[h] >= 1:
        lines.append(t("Medical costs being repaid from it: {amount} yuan a month.", lang,
                       amount=round(float(c.medical_repayment[h]))))
    lines.append(t("That leaves {per_person} yuan a person a month; the local Dibao standard is {standard} yuan.",
                   lang, per_person=round(case["income_per_person"]), standard=round(case["standard"])))
    lines.append(t("Poor before assistance for {months} months; now receives: {programme}.", lang,
                   months=int(case["spell_months"]), programme=needs.label("receives", case["receives"], lang)))
    return lines


def pick_cases(frame: pd.DataFrame, count: int, seed: int) -> pd.DataFrame:
    """A handful of households that between them show every need, then every age-and-health class, then every
    depth-and-likelihood class: the variety a trainer wants, drawn the same way every time."""
    readable = frame[frame["members"] <= MAX_PROFILE_MEMBERS]
    order = readable.iloc[np.random.default_rng(seed).permutation(len(readable))]
    chosen: list[int] = []
    for column in ("need", "age_health", "poverty", None):
        for index, row in order.iterrows():
            if len(chosen) >= count:
                break
            seen = {order.at[i, column] for i in chosen} if column else set()
            if index not in chosen and (column is None or row[column] not in seen):
                chosen.append(index)
    return order.loc[chosen].sort_values("household").reset_index(drop=True)


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
                                 w.HBox(list(picks.values()))],
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
        return w.Dropdown(options=[(t("– choose –", self.lang), None)] + [(needs.label(kind, code, self.lang), code)
                                                                          for code in needs.codes(kind)],
                          value=None, description=_question(kind, self.lang), style={"description_width": "initial"})

    def answers(self) -> list[dict]:
        """What the rules give each household, with the reasons."""
        return [{kind: case[kind] for kind in QUESTIONS} | {"reasons": needs.reasons(case, self.bands, self.lang)}
                for case in self.cases.to_dict("records")]

    def check(self, _button=None) -> None:
        missing = [t("Household {number}: choose “{question}”.", self.lang, number=number,
                     question=_question(kind, self.lang))
                   for number, picks in enumerate(self.choices, start=1)
                   for kind, dropdown in picks.items() if dropdown.value is None]
        if missing:
            self.message.value = _error(html.escape(" ".join(missing[:3]) + (" …" if len(missing) > 3 else "")))
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
        self.output.value = "".join(f"<p>{html.escape(line)}</p>" for line in feedback)

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
        self.needs = {code: w.Checkbox(value=False, description=needs.label("need", code, self.lang), indent=False)
                      for code in needs.SERVICES_FOR_NEED}
        self.services = {code: w.Checkbox(value=False, description=t(text, self.lang), indent=False)
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
            self.goals, self.review, self.notes, w.HBox([self.button, self.message]), self.output])

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
                               services=_list([t(needs.SERVICES[s], lang) for s in answers], lang)))
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
            self.message.value = _error("<br>".join(html.escape(p) for p in found))
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
                 t("Needs: {needs}", lang, needs=_list([needs.label("need", n, lang) for n in plan["needs"]], lang)),
                 t("Services: {services}", lang,
                   services=_list([t(needs.SERVICES[s], lang) for s in plan["services"]], lang)),
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
            self.message.value = _error(html.escape(t("Save the plan first.", self.lang)))
            return None
        path = Path(path)
        path.write_text(self.to_json(), encoding="utf-8")
        return path


# ---- (c) what follows ------------------------------------------------------------------------------------------------
class WhatFollows:
    """Classify a district's poor households, run it on, and chart for each class the share that left poverty."""

    def __init__(self, lang: str | None = None, months: int = 24, burn_in: int = BURN_IN_MONTHS, **district_settings):
        self.lang, self.burn_in = lang or language(), burn_in
        self.district = {**FOLLOW_DISTRICT, **district_settings}
        self.months = w.IntSlider(value=months, min=6, max=48, step=6, description=t("Months", self.lang))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.followed: pd.DataFrame | None = None
        self.table: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([self.months, self.button, self.message]), self.output])

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
        schemes = ("likelihood", "poverty", "age_health", "need")
        fig, axes = plt.subplots(len(schemes), 1, figsize=(8, 9), layout="constrained",
                                 gridspec_kw={"height_ratios": [2, 4, 5, 3]})
        overall = float(self.followed["left"].mean())
        for ax, scheme in zip(axes, schemes):
            rows = self.table[self.table["scheme"] == scheme].iloc[::-1]
            colours = [NEED_COLOURS.get(code, "#7f8c8d") if scheme == "need" else "#5d6d7e" for code in rows["class"]]
            ax.barh([needs.label(scheme, code, self.lang) for code in rows["class"]], rows["share_left"],
                    color=colours)
            for y, (share, n) in enumerate(zip(rows["share_left"], rows["households"])):
                ax.text(share + 0.01, y, f"{share:.0%} (n={n})", va="center", fontsize="small")
            ax.axvline(overall, color="black", linestyle="--", linewidth=1,
                       label=t("all poor households: {share}", self.lang, share=f"{overall:.0%}"))
            ax.set_title(needs.label("scheme", scheme, self.lang), loc="left", fontsize="medium")
            ax.set_xlim(0, 1.15)
            ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            ax.grid(axis="x", alpha=0.3)
        axes[0].legend(fontsize="small", loc="lower right")
        axes[-1].set_xlabel(t("share that left poverty within {months} months", self.lang,
                              months=int(self.months.value)))
        return fig


# ---- the district's poor, as a table and in one picture ----------------------------------------------------------
def readable_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """The columns a practitioner reads, with class names in words instead of codes."""
    lang = lang or language()
    columns = {
        "household": t("household", lang),
        "ages": t("ages", lang),
        "income_per_person": t("income per person", lang),
        "standard": t("standard", lang),
        "spell_months": t("months poor", lang),
        "age_health": t("Age and health", lang),
        "poverty": t("Depth and likelihood", lang),
        "need": t("Need", lang),
    }
    table = frame[list(columns)].copy()
    table["ages"] = [", ".join(str(age) for age in ages) for ages in table["ages"]]
    for kind in QUESTIONS:
        table[kind] = [needs.label(kind, code, lang) for code in table[kind]]
    return table.rename(columns=columns)


# ---- the district's poor, in one picture -----------------------------------------------------------------------------
def classes_figure(frame: pd.DataFrame, lang: str | None = None):
    """Poor households by age-and-health class, each bar split by the need the rules name."""
    lang = lang or language()
    counts = pd.crosstab(frame["age_health"], frame["need"]).reindex(
        index=[c for c in needs.AGE_HEALTH if c in set(frame["age_health"])][::-1],
        columns=[n for n in NEED_COLOURS if n in set(frame["need"])], fill_value=0)
    fig, ax = plt.subplots(figsize=(8, 3.4), layout="constrained")
    left = np.zeros(len(counts))
    for need in counts.columns:
        ax.barh([needs.label("age_health", c, lang) for c in counts.index], counts[need], left=left,
                color=NEED_COLOURS[need], label=needs.label("need", need, lang))
        left += counts[need].to_numpy()
    ax.set_xlabel(t("poor households", lang))
    ax.set_title(t("The district's poor households by age and health, and the need the rules name", lang),
                 loc="left", fontsize="medium")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", alpha=0.3)
    return fig
