"""The trainee's page: pick a language, join the session (or come back to a seat), then live it as a caseworker
(caseworker.py) or as a household (household.py). It opens only with the session's secret in its address."""
from __future__ import annotations

import html

import ipywidgets as w

from simulation.i18n import marked, t
from simulation.inputs.errors import InputError, UserError
from simulation.sessions.pages.caseworker import CaseworkerView
from simulation.sessions.pages.common import (
    STYLE,
    Page,
    address_parameter,
    button,
    centre_name,
    check_secret,
    guarded,
    refused,
    session_room,
)
from simulation.sessions.pages.household import HouseholdView
from simulation.workshop.shared.controls import BUTTONS, PLACEHOLDER, labelled, prompted
from simulation.workshop.shared.display import problem_message

ROLES = {"caseworker": marked("caseworker"), "household": marked("household")}


class TraineePage(Page):
    room, seat, view, centre = None, None, None, None  # no session until the secret opens it, no seat until joined

    def open(self) -> None:
        self.secret = address_parameter("secret")
        room = session_room(self.lang)
        check_secret(room, self.secret, self.lang)
        self.room = room

    def speak(self, lang: str) -> None:
        """Draw the page again in `lang`: the join form, or the trainee's own view."""
        self.lang = lang
        if self.room is None:
            self.body.children = [refused(t(marked("This page needs the session's address from the trainer."),
                                            lang))]
        elif self.seat is None:
            self.body.children = [self.join_form()]
        else:
            self.seat.lang = lang  # case files and refusals in the language the trainee reads
            self.view = (CaseworkerView if self.seat.role == "caseworker" else HouseholdView)(self.seat, lang)
            self.body.children = [self.seat_line(), self.view.widget]

    def refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()
        elif self.centre is not None:  # who holds which centre, as the others join
            options = self.centre.options[:1] + tuple(self.centre_options())
            if options != self.centre.options:
                chosen = self.centre.value
                self.centre.options = options
                self.centre.value = chosen

    def seat_line(self) -> w.HTML:
        seat, lang = self.seat, self.lang
        if seat.role == "caseworker":
            centre = next(c for c in self.room.centres() if c.number == seat.centre)
            where = t(marked("{name}, caseworker at {centre}"), lang, name=seat.name, centre=centre_name(centre, lang))
        else:
            where = t(marked("{name}, living household {household}"), lang, name=seat.name, household=seat.household)
        comeback = t(marked("Closed the page? Open the address again, type the same name and press Resume."), lang)
        return w.HTML(STYLE + f"<h3>{html.escape(self.room.name)}: {html.escape(where)}</h3>"
                      f"<p style='color: #555'>{html.escape(comeback)}</p>")

    def join_form(self) -> w.VBox:
        lang = self.lang
        name = w.Text(description=t(marked("Your name"), lang))
        role = w.ToggleButtons(description=t(marked("Your role"), lang), style=BUTTONS,
                               options=[(t(label, lang), code) for code, label in ROLES.items()])
        self.centre = centre = prompted(self.centre_options(), t(marked("– choose a centre –"), lang),
                                        description=t(marked("Your service centre"), lang))
        centre_box = labelled(centre, "30em")
        role.observe(lambda change: setattr(centre_box.layout, "display",
                                            "" if change["new"] == "caseworker" else "none"), "value")
        message = w.HTML()
        join, resume = button(t(marked("Join"), lang), "primary"), button(t(marked("Resume"), lang))
        join.on_click(guarded(lambda _: self.join(name.value, role.value, centre.value, False), message,
                              lambda: self.lang))
        resume.on_click(guarded(lambda _: self.join(name.value, role.value, centre.value, True), message,
                                lambda: self.lang))
        intro = t(marked("Join the session as a caseworker, who decides the applications of one service centre, "
                         "or as a household, who lives its months and decides whether to apply. Back after "
                         "closing the page? Type the same name and press Resume."), lang)
        return w.VBox([
            w.HTML(STYLE + f"<h3>{html.escape(self.room.name)}</h3><p>{html.escape(intro)}</p>"),
            labelled(name, "22em"), labelled(role, "auto"), centre_box, w.HBox([join, resume]), message])

    def centre_options(self) -> list[tuple[str, int]]:
        """Each centre with who holds it already, so that trainees spread over the district."""
        options = []
        for centre in self.room.centres():
            held = (t(marked("held by {names}"), self.lang, names=", ".join(centre.holders)) if centre.holders
                    else t(marked("free"), self.lang))
            options.append((f"{centre_name(centre, self.lang)} ({held})", centre.number))
        return options

    def join(self, name: str, role: str, centre, resume: bool) -> None:
        if role == "caseworker" and centre == PLACEHOLDER and not resume:
            raise InputError(t(marked("Join"), self.lang), t(marked("Your service centre"), self.lang), None,
                             t(marked("one of the centres"), self.lang))
        self.seat = self.room.join(name, role, lang=self.lang, secret=self.secret, resume=resume,
                                   centre=centre if role == "caseworker" and centre != PLACEHOLDER else None)
        self.speak(self.lang)


def app() -> w.VBox:
    """The page as Voila shows it (trainee.ipynb)."""
    try:
        return TraineePage().widget
    except UserError as err:  # the session's database cannot be read: say so, not a traceback
        return w.VBox([w.HTML(problem_message(err))])
