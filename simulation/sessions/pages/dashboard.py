"""The trainer's dashboard: who has joined, each trainee's decisions, the district's queue, processing days,
inclusion and exclusion errors and people in hardship, live; the decisions of the room; and the trainer's
buttons: advance the month, pause, inject an event, reveal. It opens only with the trainer's key in its address."""
from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from simulation.i18n import marked, t
from simulation.i18n.numbers import share
from simulation.inputs.errors import UserError
from simulation.sessions.pages.caseworker import DECISIONS
from simulation.sessions.pages.common import (
    STYLE,
    Page,
    address_parameter,
    button,
    centre_name,
    figures,
    guarded,
    refused,
    session_room,
    table,
    yes_no,
    yuan,
)
from simulation.sessions.trainer import Trainer
from simulation.workshop.shared.controls import labelled
from simulation.workshop.shared.display import problem_message

PARTICIPANTS = {"name": marked("Participant"), "role": marked("Role"), "centre": marked("Centre"),
                "household": marked("Household"), "decided": marked("Decided this month"),
                "pending": marked("Pending"), "finished": marked("Done for the month"),
                "right": marked("Right by the rules, months run")}
CHOICES = {**DECISIONS, "apply": marked("apply"), "wait": marked("wait")}  # a household's choices are decisions too
DECIDED = {"month": marked("Month"), "participant": marked("Participant"), "household": marked("Household"),
           "decision": marked("Decision"), "amount": marked("Amount, yuan"), "correct": marked("Right by the rules?")}
EVENTS = {"factory_closes": marked("A factory closes"), "flood": marked("A flood"),
          "new_standard": marked("A new standard"), "integrated_database": marked("An integrated database")}


class Dashboard(Page):
    trainer = None  # until the trainer's key opens the session

    def open(self) -> None:
        self.trainer = Trainer(session_room(self.lang), address_parameter("key") or "", self.lang)

    def speak(self, lang: str) -> None:
        self.lang = lang
        if self.trainer is None:
            self.body.children = [refused(t(marked("The dashboard needs the trainer's address."), lang))]
            return
        self.trainer.lang = lang  # refusals in the trainer's language
        self.centres = {c.number: centre_name(c, lang) for c in self.trainer.room.centres()}
        self.summary, self.participants, self.decisions, self.message = w.HTML(), w.HTML(), w.HTML(), w.HTML()
        self.body.children = [self.summary, self.controls(), self.message, self.participants, self.decisions]
        self.refresh()

    def controls(self) -> w.VBox:
        lang = self.lang
        actions = [(marked("Advance the month"), "primary", self.advance),
                   (marked("Pause"), "warning", lambda: self.trainer.pause(True)),
                   (marked("Resume"), "", lambda: self.trainer.pause(False)),
                   (marked("Reveal the truth"), "info", self.trainer.reveal)]
        buttons = []
        for label, style, action in actions:
            b = button(t(label, lang), style)
            b.on_click(guarded(lambda _, action=action: self.done(action), self.message, lambda: self.lang))
            buttons.append(b)
        kind = w.Dropdown(description=t(marked("Event"), lang),
                          options=[(t(label, lang), code) for code, label in EVENTS.items()])
        centre = w.Dropdown(description=t(marked("Centre"), lang), options=[(n, c) for c, n in self.centres.items()])
        jobs = w.BoundedFloatText(description=t(marked("Workers who lose their jobs, %"), lang), min=1, max=100,
                                  value=30)
        flooded = w.BoundedFloatText(description=t(marked("Rural households flooded, %"), lang), min=1, max=100,
                                     value=20)
        urban = w.BoundedFloatText(description=t(marked("Urban standard, yuan"), lang), min=0, max=10_000, value=600)
        rural = w.BoundedFloatText(description=t(marked("Rural standard, yuan"), lang), min=0, max=10_000, value=400)
        fields = {"factory_closes": [labelled(centre, "14em"), labelled(jobs, "10em")],
                  "flood": [labelled(flooded, "10em")],
                  "new_standard": [labelled(urban, "10em"), labelled(rural, "10em")], "integrated_database": []}
        parameters = w.HBox()
        kind.observe(lambda _: setattr(parameters, "children", fields[kind.value]), "value")
        parameters.children = fields[kind.value]
        values = {"factory_closes": lambda: {"centre": centre.value, "share": jobs.value / 100},
                  "flood": lambda: {"share": flooded.value / 100},
                  "new_standard": lambda: {"urban": urban.value, "rural": rural.value},
                  "integrated_database": lambda: {}}
        inject = button(t(marked("Inject the event"), lang), "danger")
        inject.on_click(guarded(lambda _: self.done(lambda: self.trainer.inject(kind.value, **values[kind.value]())),
                                self.message, lambda: self.lang))
        return w.VBox([w.HBox(buttons),
                       w.HBox([labelled(kind, "16em"), parameters, inject], layout=w.Layout(align_items="flex-end"))])

    def advance(self) -> None:
        # the model runs the month in this kernel: a few seconds, more on the first press (it replays the months)
        self.message.value = "<i>" + html.escape(t(marked("Running the month…"), self.lang)) + "</i>"
        self.trainer.advance()

    def done(self, action) -> None:
        action()
        self.message.value = ""
        self.refresh()

    def refresh(self) -> None:
        lang, board = self.lang, self.trainer.dashboard()
        state = [t(marked("paused"), lang)] * bool(board.paused) + [t(marked("revealed"), lang)] * bool(board.revealed)
        rows = [(marked("Month"), f"{board.month} ({board.date.strftime('%Y-%m')})"
                 + (f", {', '.join(state)}" if state else "")),
                (marked("Participants"), f"{len(board.participants):,}"),
                (marked("Cases waiting at the service centres"), _shown(board.queue, "{:,.0f}")),
                (marked("Working days from application to decision"), _shown(board.processing_days, "{:,.1f}")),
                (marked("Recipients who are not eligible (inclusion error)"), _shown(board.inclusion_error, "{:.1%}")),
                (marked("Eligible households that receive nothing (exclusion error)"),
                 _shown(board.exclusion_error, "{:.1%}")),
                (marked("People below the local standard after assistance"),
                 _shown(board.persons_in_hardship, "{:,.0f}"))]
        self.summary.value = (STYLE + f"<h3>{html.escape(self.trainer.room.name)} ({self.trainer.room.code})</h3>"
                              + figures(rows, lang))
        people = board.participants.assign(
            role=lambda d: d["role"].map(lambda role: t(role, lang)), centre=lambda d: d["centre"].map(self.centres),
            household=lambda d: d["household"].map(lambda h: "" if pd.isna(h) else str(int(h))),
            finished=lambda d: d["finished"].map(lambda done: t(marked("yes"), lang) if done else ""),
            right=lambda d: d["right"].map(lambda right: "" if pd.isna(right) else share(right, 0)))
        self.participants.value = (f"<h4>{html.escape(t(marked('Who has joined'), lang))}</h4>"
                                   + table(people, PARTICIPANTS, lang, marked("Nobody has joined yet.")))
        latest = board.decisions.iloc[::-1]
        latest = latest[latest["month"] >= board.month - 1].assign(  # this month's and the month just run
            decision=lambda d: d["decision"].map(lambda code: t(CHOICES.get(code, code), lang)),
            amount=lambda d: d["amount"].map(yuan), correct=lambda d: d["correct"].map(lambda c: yes_no(c, lang)))
        self.decisions.value = (f"<h4>{html.escape(t(marked('Decisions of this month and the last'), lang))}</h4>"
                                + table(latest, DECIDED, lang, marked("No decisions yet.")))


def _shown(value, form: str) -> str:
    """A figure of the month, or a dash before the first month."""
    return "–" if value is None else form.format(value)


def app() -> w.VBox:
    """The page as Voila shows it (dashboard.ipynb)."""
    try:
        return Dashboard().widget
    except UserError as err:
        return w.VBox([w.HTML(problem_message(err))])
