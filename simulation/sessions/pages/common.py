"""What the session's pages share: the session they belong to (set by `carelab session serve`), who may open them
(the secret or key in the page's address), the language picker, safe buttons and a refresh every few seconds.

A page is a Voila kernel of its own: it serves one person, so the language that person picks is the kernel's
language (`use_language`), and what goes wrong is shown as a plain message on the page, never a traceback.
"""
from __future__ import annotations

import asyncio
import html
import logging
import os
import secrets
import sys
from urllib.parse import parse_qs

import ipywidgets as w
import pandas as pd

from simulation.i18n import marked, t, use_language
from simulation.inputs.errors import UserError
from simulation.workshop.shared.controls import BUTTONS
from simulation.workshop.shared.display import in_red, problem_message

DB_VARIABLE, CODE_VARIABLE = "CARELAB_SESSION_DB", "CARELAB_SESSION_CODE"
LANGUAGES = [("English", "en"), ("中文", "zh")]
REFRESH_SECONDS = 3
STYLE = """<style>
.widget-html-content { line-height: 1.45; }
.widget-html-content ul { margin: 0.2em 0 0.6em 0; }
.carelab-table { border-collapse: collapse; margin: 0.3em 0 0.8em 0; }
.carelab-table th, .carelab-table td { border-bottom: 1px solid #ddd; padding: 0.2em 0.8em 0.2em 0; text-align: left; }
.carelab-figures td { padding: 0.1em 1.5em 0.1em 0; }
</style>"""
# A kernel's sys.stderr goes to the page; the server's terminal, where the trainer looks, is the process's own.
log = logging.getLogger("carelab.sessions.pages")
log.addHandler(logging.StreamHandler(sys.__stderr__))
log.propagate = False


def address_parameter(name: str) -> str | None:
    """A parameter of the page's address (`?secret=...`): Voila starts each page's kernel with the page's query
    string in QUERY_STRING."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get(name)
    return values[0] if values else None


def session_room(lang: str):
    """The session this server was started for (`carelab session serve CODE`)."""
    from simulation.sessions.room import Room

    return Room.find(os.environ.get(CODE_VARIABLE, ""), os.environ.get(DB_VARIABLE), lang=lang)


def centre_name(centre, lang: str) -> str:
    """A service centre as the room calls it: street centres in the town, town (township) centres outside."""
    return t(marked("Street centre {number}") if centre.street else marked("Town centre {number}"), lang,
             number=centre.number + 1)


def check_secret(room, secret: str | None, lang: str) -> None:
    """The trainee page opens only with the session's secret in its address."""
    if not secret or not secrets.compare_digest(secret, room.secret):
        raise UserError(t(marked("This page needs the session's address from the trainer."), lang))


def first_language() -> str:
    """English, unless the address asks for Chinese (`&lang=zh`); the page's picker changes it."""
    return use_language("zh" if address_parameter("lang") == "zh" else "en")


def language_picker(lang: str, on_change) -> w.ToggleButtons:
    picker = w.ToggleButtons(options=LANGUAGES, value=lang, style=BUTTONS)
    picker.observe(lambda change: on_change(use_language(change["new"])), "value")
    return picker


def refused(message: str) -> w.HTML:
    """All a page shows to someone without the session's secret or the trainer's key."""
    return w.HTML(STYLE + f"<h3>{html.escape(message)}</h3>")


def button(label: str, style: str = "") -> w.Button:
    return w.Button(description=label, button_style=style, layout=w.Layout(width="auto"))


def guarded(handler, message: w.HTML, lang_of):
    """`handler` as a button's callback: a person's mistake shows as its message in `message`, anything else as a
    plain sentence (the traceback goes to the server's log, for the trainer)."""
    def run(*args):
        try:
            handler(*args)
        except UserError as err:
            message.value = problem_message(err, lang_of())
        except Exception:
            log.exception("a page's action failed")
            message.value = in_red(t(marked("Something went wrong; please try again, or ask the trainer."),
                                     lang_of()))
    return run


class Every:
    """Calls `update` every few seconds on the kernel's own event loop, so never while a button's handler runs.
    Voila ends a page's kernel when the page closes, and this with it; a failed update is logged and tried again.
    Its page keeps it: the event loop holds a task only weakly."""

    def __init__(self, update, seconds: float = REFRESH_SECONDS):
        self.update, self.seconds = update, seconds
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.seconds)
            try:
                self.update()
            except Exception:
                log.exception("a page could not refresh")


class Page:
    """How every session page starts: the language its address asks for, the picker, and the subclass's `open()`,
    which finds the session and checks the address's secret or key. A page refused shows only why (`refused`),
    whatever language is picked after; an open one draws itself (the subclass's `speak(lang)`) and calls its
    `refresh()` every few seconds."""

    def __init__(self):
        self.lang = first_language()
        self.body = w.VBox()
        self.widget = w.VBox([language_picker(self.lang, self.speak), self.body])
        self.refresher = None
        try:
            self.open()
        except UserError as err:
            self.body.children = [refused(err.message(self.lang))]
            return
        self.speak(self.lang)
        self.refresher = Every(self.refresh)


def table(frame: pd.DataFrame, headers: dict[str, str], lang: str, empty: str) -> str:
    """A DataFrame as a small HTML table, its columns named in `lang` (`headers`: column -> marked message)."""
    if frame.empty:
        return f"<p><i>{html.escape(t(empty, lang))}</i></p>"
    shown = frame[list(headers)].astype(object)
    shown = shown.where(shown.notna(), "–").rename(columns={c: t(m, lang) for c, m in headers.items()})
    return shown.to_html(index=False, classes="carelab-table", border=0, escape=True)


def figures(rows: list[tuple[str, str]], lang: str) -> str:
    """Label and value, one a line: `rows` of (marked label, value as shown)."""
    return "<table class='carelab-figures'>" + "".join(
        f"<tr><td>{html.escape(t(label, lang))}</td><td><b>{html.escape(value)}</b></td></tr>"
        for label, value in rows) + "</table>"


def yuan(amount) -> str | None:
    return None if amount is None or pd.isna(amount) else f"{amount:,.0f}"


def yes_no(value, lang: str) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    return t(marked("right"), lang) if value else t(marked("wrong"), lang)
