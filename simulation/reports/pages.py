"""The pages carelab writes, from the Jinja2 templates in templates/: the reports of a comparison and of a sweep, a
workshop's agenda and trainer's guide (in Markdown, and in HTML around the Markdown).

HTML templates escape every value they are given, unless it is already HTML (`Markup`: a table from pandas, which
escapes its cells, or Markdown rendered to HTML). The code passes text in the reader's language; the templates hold
only the layout.
"""
from __future__ import annotations

import html

from jinja2 import Environment, PackageLoader, pass_eval_context, select_autoescape
from markupsafe import Markup


@pass_eval_context
def _escaped(context, value):
    # Autoescaping writes quotes as html.escape does (&#x27; and &quot;), as the pages always have, rather than as
    # markupsafe does (&#39; and &#34;), so that a report of the same runs stays byte for byte the same.
    if not context.autoescape or hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value)))


TEMPLATES = Environment(loader=PackageLoader("simulation.reports"), autoescape=select_autoescape(["html"]),
                        finalize=_escaped, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(template: str, lang: str, **values) -> str:
    """The template filled in with `values`, for a reader of `lang`."""
    return TEMPLATES.get_template(template).render(lang=lang, html_lang="zh-Hans" if lang == "zh" else lang, **values)
