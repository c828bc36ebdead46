"""The caseworker's view: the centre's cases this month, the selected case's file, the household calculator,
the decision form, and the trainee's decisions with their outcome once the month is over.

Only the seat's own centre's cases are shown; each case's truth appears after the trainer reveals.
"""
from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from simulation.i18n import marked, t
from simulation.inputs.errors import InputError
from simulation.sessions.casefiles import REASONS, REGULAR, calculated, income_found, top_up
from simulation.sessions.pages.common import STYLE, button, guarded, table, yes_no, yuan
from simulation.workshop.shared.controls import BUTTONS, PLACEHOLDER, labelled, prompted

DECISIONS = {"approve": marked("approve"), "reject": marked("reject"), "verify": marked("ask for verification"),
             "refer": marked("refer to services")}
KINDS = {"application": marked("application"), "review": marked("yearly review")}
STATUSES = {"pending": marked("pending"), "decided": marked("decided"), "verifying": marked("verifying"),
            "closed": marked("closed")}
HISTORY = {"month": marked("Month"), "household": marked("Household"), "decision": marked("Decision"),
           "amount": marked("Amount, yuan"), "reason": marked("Reason"), "outcome": marked("Right by the rules?")}


class Calculator:
    """The household calculator on the case file (`casefiles.calculated`, the rules themselves): what each
    programme gives the household on the monthly income the caseworker takes as found, with the reasons."""

    def __init__(self, lang: str):
        self.lang, self.facts, self.top_up = lang, None, 0.0
        self.income = w.BoundedFloatText(description=t(marked("Monthly income as you find it, yuan"), lang),
                                         min=0, max=1_000_000, step=10)
        self.result = w.HTML()
        self.income.observe(lambda _: self.show(), "value")
        self.widget = w.VBox([w.HTML(f"<b>{html.escape(t(marked('Calculator'), lang))}</b>"),
                              labelled(self.income, "12em"), self.result])

    def fill(self, facts: dict) -> None:
        """Start from the income the agencies' records show or, where they were not checked, the home visit's."""
        self.facts = facts
        income = income_found(facts)
        if self.income.value == income:
            self.show()
        self.income.value = income

    def show(self) -> None:
        if self.facts is None:
            return
        entitlements = calculated(self.facts, self.income.value, self.lang)
        self.top_up = top_up(self.facts, self.income.value)
        lines = [f"<li><b>{html.escape(e.title)}: {e.amount:,.0f}</b> · " + html.escape(" ".join(e.reasons)) + "</li>"
                 for e in entitlements if e.programme in REGULAR or e.amount]
        self.result.value = (f"<ul>{''.join(lines)}</ul><p><b>" + html.escape(t(marked(
            "Dibao or extreme-poor support: {top_up:,.0f} yuan a month"), self.lang, top_up=self.top_up))
            + "</b></p>")


class CaseworkerView:
    def __init__(self, seat, lang: str):
        self.seat, self.lang = seat, lang
        self.status = w.HTML()
        self.cases = w.Select(rows=10, layout=w.Layout(width="24em"))
        self.file = w.HTML()
        self.calculator = Calculator(lang)
        self.decision = w.ToggleButtons(options=[(t(label, lang), code) for code, label in DECISIONS.items()],
                                        style=BUTTONS)
        self.amount = w.BoundedFloatText(description=t(marked("Amount, yuan a month"), lang), min=0, max=1_000_000)
        self.reason = prompted([(t(text, lang), code) for code, text in REASONS.items()],
                               t(marked("– choose a reason –"), lang), description=t(marked("Reason"), lang))
        self.note = w.Text(description=t(marked("In your words (optional)"), lang))
        use = button(t(marked("Use the top-up as the amount"), lang))
        use.on_click(lambda _: setattr(self.amount, "value", self.calculator.top_up))
        self.message = w.HTML()
        submit = button(t(marked("Submit the decision"), lang), "primary")
        submit.on_click(guarded(lambda _: self.submit(), self.message, lambda: self.lang))
        self.amount_box = w.HBox([labelled(self.amount, "12em"), use], layout=w.Layout(align_items="flex-end"))
        self.reason_box = w.HBox([labelled(self.reason, "22em"), labelled(self.note, "22em")])
        self.decision.observe(lambda _: self.show_form(), "value")
        self.cases.observe(lambda _: self.show_case(), "value")
        self.history = w.HTML()
        done = button(t(marked("I am done for this month"), lang))
        done.on_click(guarded(lambda _: self.finish(), self.message, lambda: self.lang))
        self.shown, self.case_shown = None, None
        form = w.VBox([w.HTML(f"<b>{html.escape(t(marked('Decision'), lang))}</b>"), self.decision,
                       self.amount_box, self.reason_box, w.HBox([submit])])
        self.tools = w.VBox([self.calculator.widget, form])  # for a case that waits for a decision
        queue = w.VBox([w.HTML(f"<b>{html.escape(t(marked('Cases of your centre this month'), lang))}</b>"),
                        self.cases])
        case = w.VBox([self.file, self.tools, self.message], layout=w.Layout(margin="0 0 0 1.5em", width="50em"))
        self.widget = w.VBox([self.status, w.HBox([queue, case]), w.HBox([done]), self.history])
        self.show_form()
        self.refresh()

    def refresh(self) -> None:
        """Read the session again; redraw only what changed, so nothing the trainee is typing is lost."""
        self.seat.refresh()
        room = self.seat.room
        cases = self.seat.cases()
        seen = (room.month, room.paused, room.revealed, tuple((c.id, c.status, c.decided_by) for c in cases))
        self.status.value = STYLE + self.status_line(cases)
        if seen == self.shown:
            return
        self.shown = seen
        self.by_id = {c.id: c for c in cases}
        selected = self.cases.value
        self.cases.options = [(self.case_label(c), c.id) for c in cases]
        self.cases.value = selected if selected in self.by_id else next(
            (c.id for c in cases if c.status == "pending"), cases[0].id if cases else None)
        self.show_case()
        self.history.value = self.history_table()

    def status_line(self, cases) -> str:
        room, lang = self.seat.room, self.lang
        pending = sum(c.status == "pending" for c in cases)
        parts = [t(marked("Month {month}: {date}"), lang, month=room.month, date=room.date.strftime("%Y-%m")),
                 t(marked("{hours:,.1f} working hours left this month"), lang, hours=self.seat.hours_left()),
                 t(marked("{pending} cases pending"), lang, pending=pending)]
        paused = (f" <b style='color: #b00020'>{html.escape(t(marked('The trainer has paused the session.'), lang))}"
                  "</b>" if room.paused else "")
        return "<p>" + " · ".join(html.escape(p) for p in parts) + paused + "</p>"

    def case_label(self, case) -> str:
        label = t(marked("household {household}, {kind}, {hours:,.1f} h"), self.lang, household=case.household,
                  kind=t(KINDS.get(case.kind, case.kind), self.lang), hours=case.hours)
        if case.status != "pending":
            label += f" ({t(STATUSES.get(case.status, case.status), self.lang)})"
        return label

    def show_case(self) -> None:
        case = self.by_id.get(self.cases.value) if self.cases.value is not None else None
        self.tools.layout.display = "" if case is not None and case.status == "pending" else "none"
        if case is None:
            self.file.value = "<p><i>" + html.escape(t(marked(
                "No cases yet: the first month's applications arrive when the trainer advances the month."),
                self.lang)) + "</i></p>"
            return
        lang = self.lang
        heading = t(marked("Case file: household {household}, {kind} filed in month {filed}"), lang,
                    household=case.household, kind=t(KINDS.get(case.kind, case.kind), lang), filed=case.filed)
        parts = [f"<h4>{html.escape(heading)}</h4>"]
        for section, lines in case.file.items():
            parts.append(f"<b>{html.escape(section)}</b><ul>"
                         + "".join(f"<li>{html.escape(str(line))}</li>" for line in lines) + "</ul>")
        if case.id != self.case_shown:  # another case: the last one's amount and reason must not carry over
            self.case_shown = case.id
            self.calculator.fill(case.facts)
            self.amount.value, self.reason.value, self.note.value = 0, PLACEHOLDER, ""
        facts = [t(marked("Hours it takes: {hours:,.1f}; asking for verification: {verification:,.1f}"), lang,
                   hours=case.hours, verification=case.verification_hours),
                 t(marked("Largest amount allowed: {cap:,.0f} yuan a month"), lang, cap=case.cap)]
        if case.decided_by:
            facts.append(t(marked("Decided by {name}"), lang, name=case.decided_by))
        parts.append("<p>" + "<br>".join(html.escape(f) for f in facts) + "</p>")
        if case.truth:
            parts.append(f"<div style='background: #eef6ee; padding: 0.3em 0.6em'>{html.escape(self.truth(case))}"
                         "</div>")
        self.file.value = "".join(parts)

    def truth(self, case) -> str:
        """What only the model knew, once the trainer reveals it: the true income and what the rules give on it."""
        truth, lang = case.truth, self.lang
        rejected = DECISIONS["reject"]
        rules = (t(marked("approve, {amount:,.0f} yuan a month"), lang, amount=truth["expected_amount"])
                 if truth["expected"] == "approve" else t(rejected, lang))
        return t(marked("Revealed: the household's true income is {income:,.0f} yuan a month; by the rules: "
                        "{rules}."), lang, income=truth["true_income"], rules=rules)

    def show_form(self) -> None:
        decision = self.decision.value
        self.amount_box.layout.display = "" if decision == "approve" else "none"
        self.reason_box.layout.display = "" if decision == "reject" else "none"

    def submit(self) -> None:
        lang, case_id, decision = self.lang, self.cases.value, self.decision.value
        if case_id is None:
            raise InputError(t(marked("Decision"), lang), t(marked("Case"), lang), None,
                             t(marked("a case from the list"), lang))
        amount = self.amount.value if decision == "approve" else None
        reason = None
        if decision == "reject":
            if self.reason.value == PLACEHOLDER:
                raise InputError(t(marked("Decision"), lang), t(marked("Reason"), lang), None,
                                 t(marked("one of the reasons"), lang))
            # the reason's code, which reads in any language, and the trainee's own words
            reason = self.reason.value + (f": {self.note.value.strip()}" if self.note.value.strip() else "")
        stored = self.seat.decide(case_id, decision, amount=amount, reason=reason)
        self.message.value = "<span style='color: #1e7b34'>" + html.escape(t(marked(
            "Stored: {decision} for household {household}."), lang,
            decision=t(DECISIONS[stored.decision], lang), household=stored.household)) + "</span>"
        self.shown = None
        self.refresh()
        waiting = [case for case in self.by_id.values() if case.status == "pending"]
        if waiting:  # on to the next case of the queue
            self.cases.value = waiting[0].id

    def reason_text(self, reason: str | None) -> str:
        """A rejection's reason as stored (its code, then the trainee's words) in the trainee's language."""
        code, _, words = (reason or "").partition(": ")
        text = REASONS.get(code)
        return (t(text, self.lang) if text else code) + (f": {words}" if words else "")

    def finish(self) -> None:
        self.seat.finish_month()
        self.message.value = "<span style='color: #1e7b34'>" + html.escape(t(marked(
            "The trainer sees that you are done; the cases left wait for next month."), self.lang)) + "</span>"

    def history_table(self) -> str:
        lang = self.lang
        rows = pd.DataFrame([{"month": d.month, "household": d.household,
                              "decision": t(DECISIONS.get(d.decision, d.decision), lang),
                              "amount": yuan(d.amount), "reason": self.reason_text(d.reason),
                              "outcome": yes_no(d.correct, lang)}
                             for d in reversed(self.seat.decisions())],
                            columns=list(HISTORY))
        return (f"<b>{html.escape(t(marked('Your decisions'), lang))}</b>"
                + table(rows, HISTORY, lang, marked("No decisions yet.")))
