"""What the workshop's widgets show beside their controls: a figure in an output area, the colours of the three
needs on every chart of services, and plain messages and paragraphs.

Bad entries never raise: the message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import html

import matplotlib.pyplot as plt
from IPython.display import display

from simulation.i18n import language, t
from simulation.inputs.errors import InputError, UserError

NEED_COLOURS = {"survival": "#c0392b", "development": "#2471a3", "opportunity": "#229954"}


def show_figure(output, figure) -> None:
    """Put a chart in a widget's output area (an ipywidgets Output), replacing the last one, and free it: a room of
    people clicking "run" all afternoon must not pile up open figures."""
    output.clear_output(wait=True)
    with output:
        display(figure)
    plt.close(figure)


def in_red(*lines: str) -> str:
    """A problem, one line each, shown in red beside the widget."""
    return "<span style='color: #b00020'>" + "<br>".join(html.escape(line) for line in lines) + "</span>"


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def problem_message(err: UserError, lang: str | None = None) -> str:
    """A plain message beside the widget, in `lang` (the notebook's by default): which entry, what was typed, what
    is expected."""
    lang = lang or language()
    text = (t("{field}: “{value}” cannot be used; please enter {allowed}.", lang, field=err.field, value=err.value,
              allowed=err.allowed.in_language(lang)) if isinstance(err, InputError) else err.message(lang))
    return in_red(text)
