"""One household under Dachuan's Dibao and under each EU scheme carried over to Dachuan, through the household
calculator (the model's own rules); and a scheme named as a person would name it."""
from __future__ import annotations

import pandas as pd

from simulation.analysis.calculator import calculate, describe
from simulation.i18n import language, t
from simulation.rules import eu_pack, minimum_income
from simulation.workshop.module5.schemes import COUNTRY_NAMES


def _members(members) -> list[dict]:
    """Ages (45), or members as the calculator takes them ({"age": 45, "disability": "severe"})."""
    return [member if isinstance(member, dict) else {"age": member} for member in members]


def amounts(members, income: float = 0.0, area: str = "urban", level: str = "share_of_median",
            lang: str | None = None, **household) -> pd.DataFrame:
    """A household's monthly minimum income under Dibao and under each EU scheme carried over to Dachuan by `level`,
    through the household calculator (the model's own rules), one row per scheme (index: dibao, germany, ...):
    its title, the amount in yuan a month and the reasons. `members` are ages or the calculator's members;
    `income` is the household's monthly income, counted as earnings; other calculator fields (assets, hukou, ...)
    may be given too. A wrong field raises InputError naming it."""
    lang = lang or language()
    rows = []
    for scheme in minimum_income.SCHEMES:
        household_now = describe(t("household", lang), members=_members(members), income=income, area=area,
                                 scheme=scheme, level=level, **household)
        entitlement = next(e for e in calculate(household_now, lang) if e.programme == "dibao")
        rows.append(dict(scheme=scheme, title=entitlement.title, amount=entitlement.amount,
                         reasons=entitlement.reasons))
    return pd.DataFrame(rows).set_index("scheme")


def scheme_code(name) -> str | None:
    """The scheme a person named: its code ("germany"), its country ("Germany", "德国") or its full name, in English
    or Chinese, with any capitals and spaces around; None if the name is none of them."""
    text = str(name).strip().lower()
    for scheme in minimum_income.SCHEMES:
        titles = ((minimum_income.DIBAO_TITLE, "Dibao") if scheme == "dibao"
                  else (COUNTRY_NAMES[scheme], eu_pack.SCHEME_NAMES[scheme]))
        names = {scheme, *(t(title, lang).lower() for title in titles for lang in ("en", "zh"))}
        if text in names or (scheme == "dibao" and text == "低保"):
            return scheme
    return None
