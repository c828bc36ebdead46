"""Numbers as people read them in every report and language: shares, yuan, counts, days, a parameter's setting, and
differences with their sign.

The digits are the same in English and Chinese; only words around them are translated ("+1.2 pp", "+1.2 个百分点").
A figure that does not exist (a type with no households, a run with no decision, one seed and so no interval) reads
as a dash.
"""
from __future__ import annotations

import numpy as np

from simulation.i18n import marked, t

MISSING = "–"

# Decimals of each unit of figure in a comparison's tables (the units of `model.metric_registry`); a share
# is a percentage to one decimal, or a difference in percentage points.
DECIMALS = {"number": 0, "yuan": 0, "days": 1, "months": 1, "index": 2}
# A difference of two shares, by decimals of a point: a reform's effect on a share is often a fraction of a point.
POINTS = {1: marked("{points:+.1f} pp"), 2: marked("{points:+.2f} pp")}


def _missing(value) -> bool:
    """No figure to show: none, or not a finite number (a share of nothing, a cost per hour of no hours)."""
    return value is None or not np.isfinite(value)


def format_number(value: float, kind: str, difference: bool = False, lang: str = "en") -> str:
    """A figure of a kind in `DECIMALS` or a share; a `difference` between two runs carries its sign."""
    if kind == "share":
        return points(value, lang) if difference else share(value)
    return number(value, DECIMALS[kind], difference)


def share(value: float, decimals: int = 1) -> str:
    """0.1234 -> '12.3%' (decimals=0: '12%')."""
    return MISSING if _missing(value) else f"{value:.{decimals}%}"


def points(value: float, lang: str = "en", decimals: int = 1) -> str:
    """A difference of two shares in percentage points, with its sign: 0.0123 -> '+1.2 pp'."""
    if _missing(value):
        return MISSING
    return t(POINTS[decimals], lang, points=round(100 * value, decimals) + 0.0)  # + 0.0: "+0.0", never "-0.0"


def number(value: float, decimals: int = 0, difference: bool = False) -> str:
    """1234.5 -> '1,234' (rounded half to even), '+1,234' as a difference; never '-0'."""
    if _missing(value):
        return MISSING
    value = round(value, decimals) + 0.0
    return f"{value:{'+' if difference else ''},.{decimals}f}"


def yuan(value: float, difference: bool = False) -> str:
    """An amount in whole yuan: 1234.5 -> '1,234', '+1,234' as a difference."""
    return number(value, 0, difference)


def count(value: int) -> str:
    """A number of households or people: 12345 -> '12,345'."""
    return f"{value:,}"


def rounded(value: float) -> str:
    """A figure of any size to about three digits, as a sweep's means and intervals read: 12,345 -> '12,345',
    56.78 -> '56.8'. Unlike `number`, a tiny negative bound reads '-0.0', as it always has."""
    if _missing(value):
        return MISSING
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"


def trimmed(value: float, digits: int = 1) -> str:
    """At most `digits` decimals, no trailing zeros, as a costed package reads: 2 -> '2', 2.26 -> '2.3',
    1200 -> '1,200'."""
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def setting(value, lang: str = "en") -> str:
    """A parameter's setting as a sweep's grid gives it: a switch as yes or no, numbers as short as they go."""
    if isinstance(value, bool):
        return t("yes", lang) if value else t("no", lang)
    if isinstance(value, list):
        return ", ".join(f"{v:g}" for v in value)
    return f"{value:g}"


def years(values) -> str:
    """Years as spans: 2007, 2008, 2009, 2011 -> '2007-2009, 2011'; none -> a dash."""
    spans: list[list[int]] = []
    for year in sorted(set(values)):
        if spans and year == spans[-1][-1] + 1:
            spans[-1].append(year)
        else:
            spans.append([year])
    return ", ".join(f"{s[0]}-{s[-1]}" if len(s) > 1 else str(s[0]) for s in spans) or MISSING
