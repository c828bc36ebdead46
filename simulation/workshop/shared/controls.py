"""How the workshop's controls are laid out, so that they read at a 1366 x 768 screen in either language.

A description beside a control is cut at its width ("Casework…", "at the same shar…"), and a long one set to its
natural width leaves a slider no room for its track (the browser reports a zero-size element). So a control's label
goes above it, in full, and the control gets a width of its own.
"""
from __future__ import annotations

import html

import ipywidgets as w

CONTROL_WIDTH = "22em"  # room for a slider's track and readout, or a dropdown's longest option
BUTTONS = {"button_width": "auto"}  # toggle buttons as wide as their words, not cut at a fixed width
PLACEHOLDER = ""        # the value of a dropdown's prompt ("– choose –"): a Dropdown whose value is None shows blank


def labelled(control: w.Widget, width: str = CONTROL_WIDTH) -> w.VBox:
    """The control with its description as a label above it, and `width` wide."""
    label = w.HTML(f"<span style='line-height: 1.3'>{html.escape(control.description)}</span>",
                   layout=w.Layout(margin="0 0 -2px 0"))
    control.description = ""
    control.layout.width = width
    return w.VBox([label, control], layout=w.Layout(margin="0 1.5em 0.4em 0"))


def full_width(checkbox: w.Checkbox) -> w.Checkbox:
    """A checkbox as wide as its description, beside the box rather than indented."""
    checkbox.indent = False
    checkbox.layout.width = "auto"
    return checkbox


def prompted(options: list[tuple[str, str]], prompt: str, **settings) -> w.Dropdown:
    """A dropdown that shows `prompt` until something is chosen (`.value` is PLACEHOLDER until then)."""
    return w.Dropdown(options=[(prompt, PLACEHOLDER)] + list(options), value=PLACEHOLDER, **settings)
