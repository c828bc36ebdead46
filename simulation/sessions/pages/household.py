"""The household's view (as in a poverty simulation): this month's members, income, costs and events, where the
household's case stands, and the choice of the month: apply now, with the papers gathered, or wait."""
from __future__ import annotations

import html

import ipywidgets as w

from simulation.i18n import marked, t
from simulation.sessions.pages.common import STYLE, button, guarded
from simulation.sessions.room import PAPERS
from simulation.workshop.shared.controls import full_width

DISABILITIES = {"none": "", "disabled": marked("disabled"), "severe": marked("severely disabled")}


class HouseholdView:
    def __init__(self, seat, lang: str):
        self.seat, self.lang = seat, lang
        self.situation = w.HTML()
        self.papers = {code: full_width(w.Checkbox(description=t(text, lang))) for code, text in PAPERS.items()}
        self.message = w.HTML()
        apply = button(t(marked("Apply now"), lang), "primary")
        wait = button(t(marked("Wait this month"), lang))
        apply.on_click(guarded(lambda _: self.act("apply"), self.message, lambda: self.lang))
        wait.on_click(guarded(lambda _: self.act("wait"), self.message, lambda: self.lang))
        self.choice = w.VBox([
            w.HTML(f"<b>{html.escape(t(marked('Papers to gather for the application'), lang))}</b>"),
            *self.papers.values(), w.HBox([apply, wait])])
        self.history = w.HTML()
        self.shown = None
        self.widget = w.VBox([self.situation, self.choice, self.message, self.history])
        self.refresh()

    def refresh(self) -> None:
        self.seat.refresh()
        room, month = self.seat.room, self.seat.household_month()
        seen = (room.month, room.paused, month.status, month.can_apply, tuple(month.history))
        if seen == self.shown:
            return
        self.shown = seen
        self.situation.value = STYLE + self.describe(month)
        self.choice.layout.display = "" if month.can_apply else "none"
        self.history.value = (f"<b>{html.escape(t(marked('Earlier months'), self.lang))}</b><ul>"
                              + "".join(f"<li>{html.escape(line)}</li>" for line in month.history) + "</ul>"
                              if month.history else "")

    def describe(self, month) -> str:
        lang, room = self.lang, self.seat.room
        members = ", ".join(t(marked("{age} years"), lang, age=age)
                            + (f" ({t(DISABILITIES[d], lang)})" if DISABILITIES.get(d) else "")
                            for age, d in month.members)
        rows = [(t(marked("Month"), lang), f"{room.month} ({room.date.strftime('%Y-%m')})"),
                (t(marked("Members"), lang), members),
                (t(marked("Income this month"), lang), t(marked("{yuan:,.0f} yuan"), lang, yuan=month.income)),
                (t(marked("Costs this month"), lang), t(marked("{yuan:,.0f} yuan"), lang, yuan=month.costs)),
                (t(marked("Your application"), lang), month.status)]
        events = "".join(f"<li>{html.escape(e)}</li>" for e in month.events)
        paused = (f"<p style='color: #b00020'>{html.escape(t(marked('The trainer has paused the session.'), lang))}"
                  "</p>" if room.paused else "")
        return ("<table class='carelab-figures'>"
                + "".join(f"<tr><td>{html.escape(k)}</td><td><b>{html.escape(str(v))}</b></td></tr>" for k, v in rows)
                + "</table>"
                + (f"<b>{html.escape(t(marked('What happened this month'), lang))}</b><ul>{events}</ul>"
                   if events else "") + paused)

    def act(self, action: str) -> None:
        papers = [code for code, box in self.papers.items() if box.value]
        self.seat.act(action, papers=papers if action == "apply" else ())
        self.message.value = "<span style='color: #1e7b34'>" + html.escape(
            t(marked("Your application is handed in."), self.lang) if action == "apply"
            else t(marked("You wait this month."), self.lang)) + "</span>"
        self.shown = None
        self.refresh()
