"""The household's view (as in a poverty simulation): this month's members, income, costs and events, where the
household's case stands, and the choice of the month: apply now, with the papers gathered, or wait."""
from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from simulation.i18n import marked, t
from simulation.sessions.casefiles import PAPERS, member_text
from simulation.sessions.pages.common import STYLE, button, figures, guarded, table, yuan
from simulation.workshop.shared.controls import full_width

RECEIVES = {"nothing": marked("nothing"), "dibao": marked("Dibao"), "extreme_poor": marked("extreme-poor support")}
CHOICES = {"apply": marked("you applied"), "wait": marked("you waited")}
OUTCOMES = {"granted": marked("Your application was granted."),
            "turned_down": marked("Your application was turned down: the means test found the household above "
                                  "what the rules allow."),
            "returned_papers": marked("The centre's counter handed your application back: it takes none without "
                                      "the identity card and hukou booklet.")}
HISTORY = {"month": marked("Month"), "income": marked("Income, yuan"), "receives": marked("Receives"),
           "benefit": marked("Assistance, yuan"), "in_hardship": marked("Below the standard?")}


class HouseholdView:
    def __init__(self, seat, lang: str):
        self.seat, self.lang = seat, lang
        self.situation = w.HTML()
        self.papers = {code: full_width(w.Checkbox(description=t(text, lang))) for code, text in PAPERS.items()}
        self.message = w.HTML()
        self.apply = button(t(marked("Apply now"), lang), "primary")
        wait = button(t(marked("Wait this month"), lang))
        self.apply.on_click(guarded(lambda _: self.act("apply"), self.message, lambda: self.lang))
        wait.on_click(guarded(lambda _: self.act("wait"), self.message, lambda: self.lang))
        self.gather = w.VBox([w.HTML(f"<b>{html.escape(t(marked('Papers to gather for the application'), lang))}"
                                     "</b>"), *self.papers.values()])
        self.choice = w.VBox([self.gather, w.HBox([self.apply, wait])])
        self.history = w.HTML()
        self.shown = None
        self.widget = w.VBox([self.situation, self.choice, self.message, self.history])
        self.refresh()

    def refresh(self) -> None:
        self.seat.refresh()
        room, month = self.seat.room, self.seat.household_month()
        seen = (room.month, room.paused, month["month"], month["chosen"], month["case"], month["receives"])
        if seen == self.shown:
            return
        self.shown = seen
        self.situation.value = STYLE + self.describe(month)
        self.choice.layout.display = "none" if month["chosen"] else ""
        for part in (self.gather, self.apply):
            part.layout.display = "" if month["can_apply"] else "none"
        self.history.value = self.earlier(month["history"])

    def describe(self, month: dict) -> str:
        lang, room = self.lang, self.seat.room
        income = month["earnings"] + month["pensions"] + month["remittances"]
        rows = [(marked("Month"), f"{room.month} ({room.date.strftime('%Y-%m')})"),
                (marked("Members (ages)"), ", ".join(member_text(m, lang) for m in month["members"]) or "–"),
                (marked("Income this month"), t(marked("{total:,.0f} yuan: earnings {earnings:,.0f}, pensions "
                                                       "{pensions:,.0f}, from family {remittances:,.0f}"), lang,
                                                total=income, earnings=month["earnings"],
                                                pensions=month["pensions"], remittances=month["remittances"])),
                (marked("Medical costs this month"), t(marked("{yuan:,.0f} yuan, and {repaid:,.0f} yuan repaid on "
                                                              "earlier bills"), lang, yuan=month["medical_costs"],
                                                       repaid=month["medical_repayment"])),
                (marked("Assistance paid this month"), t(marked("{yuan:,.0f} yuan"), lang, yuan=month["paid"])),
                (marked("Local standard"), t(marked("{standard:,.0f} yuan a person a month"), lang,
                                             standard=month["standard"])),
                (marked("Your case"), self.status(month))]
        events = self.events(month)
        happened = (f"<b>{html.escape(t(marked('What happened this month'), lang))}</b><ul>"
                    + "".join(f"<li>{html.escape(e)}</li>" for e in events) + "</ul>") if events else ""
        notes = []
        if month["chosen"]:
            choice = CHOICES[month["chosen"]]
            notes.append(t(marked("This month's choice is made: {choice}. What follows comes when the trainer "
                                  "advances the month."), lang, choice=t(choice, lang)))
        if room.paused:
            notes.append(t(marked("The trainer has paused the session."), lang))
        return figures(rows, lang) + happened + "".join(f"<p style='color: #1a5276'>{html.escape(n)}</p>"
                                                        for n in notes)

    def status(self, month: dict) -> str:
        lang = self.lang
        if month["case"] == "application":
            return t(marked("your application, filed in month {filed}, waits for a decision"), lang,
                     filed=month["filed"])
        if month["case"] == "review":
            return t(marked("your yearly review is under way"), lang)
        if month["receives"] != "nothing":
            programme = RECEIVES[month["receives"]]
            return t(marked("you receive {programme}, {benefit:,.0f} yuan a month; next review in month {review}"),
                     lang, programme=t(programme, lang), benefit=month["benefit"], review=month["review_due"])
        return t(marked("no application open; you receive neither Dibao nor extreme-poor support"), lang)

    def events(self, month: dict) -> list[str]:
        lang, lines = self.lang, []
        if month["illnesses"]:
            lines.append(t(marked("Illness in the family: {n} times this month."), lang, n=month["illnesses"]))
        if month["emergency"]:
            lines.append(t(marked("An emergency hit the household."), lang))
        if month["died"]:
            lines.append(t(marked("Members who died this month: {n}."), lang, n=month["died"]))
        if month["lost_work"]:
            lines.append(t(marked("Members who lost their work this month: {n}."), lang, n=month["lost_work"]))
        outcome = OUTCOMES.get(month["outcome"])
        if outcome:
            lines.append(t(outcome, lang))
        if month["in_hardship"]:
            lines.append(t(marked("Your income and assistance are below the standard for every member."), lang))
        return lines

    def earlier(self, history: list) -> str:
        lang = self.lang
        rows = pd.DataFrame([{"month": m, "income": yuan(income), "receives": t(RECEIVES[receives], lang),
                              "benefit": yuan(benefit),
                              "in_hardship": t(marked("yes"), lang) if hardship else t(marked("no"), lang)}
                             for m, income, receives, benefit, hardship in reversed(history)], columns=list(HISTORY))
        return (f"<b>{html.escape(t(marked('Month by month'), lang))}</b>"
                + table(rows, HISTORY, lang, marked("No months yet.")))

    def act(self, action: str) -> None:
        papers = [code for code, box in self.papers.items() if box.value]
        self.seat.act(action, papers=papers if action == "apply" else ())
        self.message.value = "<span style='color: #1e7b34'>" + html.escape(
            t(marked("Your application is handed in."), self.lang) if action == "apply"
            else t(marked("You wait this month."), self.lang)) + "</span>"
        self.shown = None
        self.refresh()
