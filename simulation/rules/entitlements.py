"""A household's entitlements under every programme, with the reasons in plain words.

The household calculator and the case file both come here, and both go through the programmes' own `assess`
functions, so what they explain is exactly what the model pays by.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import marked, t
from simulation.model.population import Persons
from simulation.rules import disability, extreme_poor, medical, minimum_income, old_age, regular_support, temporary
from simulation.rules.circumstances import Circumstances

TITLES = {  # the minimum-income scheme's title depends on the scheme: minimum_income.title
    "extreme_poor": marked("Support for the extreme poor"),
    "temporary": marked("Temporary assistance"),
    "medical": marked("Medical assistance"),
    "old_age": marked("Old-age allowance"),
    "disability": marked("Disability support"),
}


@dataclass
class Entitlement:
    programme: str
    title: str
    amount: float
    reasons: list[str]


def of_household(c: Circumstances, persons: Persons, p: dict, lang: str = "en", *, tested_income: float,
                 out_of_pocket: float = 0.0, illnesses: int = 0, emergency: bool = False,
                 january: bool = False) -> list[Entitlement]:
    """`c` holds one household (row 0) and `persons` its members (household index 0)."""
    one = lambda x: np.array([x])  # noqa: E731  the rules work on columns; this household is a column of one
    support = regular_support.assess(c, one(tested_income), p)  # Dibao, or the EU pack a scenario switched on
    on_extreme, on_dibao = support.on_extreme, support.on_scheme
    extreme = bool(support.extreme[0])
    assisted = support.eligible

    dibao_reasons = ([t("Gets extreme-poor support instead of Dibao.", lang)] if extreme
                     else minimum_income.explain(on_dibao, c, 0, p, lang))
    on_medical = medical.assess(one(out_of_pocket), one(illnesses), assisted, c.members, january, p)
    remaining = out_of_pocket - on_medical.treatment[0]
    on_temporary = temporary.assess(c, one(remaining), one(emergency), p)
    household = np.zeros(len(persons), np.int64)
    on_old_age = old_age.assess(persons.age, persons.alive, household, c.local_hukou, p)
    on_disability = disability.assess(c, assisted, p)

    results = [
        ("dibao", support.scheme_amount[0], dibao_reasons),
        ("extreme_poor", on_extreme.amount[0], extreme_poor.explain(on_extreme, c, 0, p, lang)),
        ("temporary", on_temporary.amount[0], temporary.explain(on_temporary, c, 0, p, lang)),
        ("medical", on_medical.amount[0], medical.explain(on_medical, 0, p, lang)),
        ("old_age", on_old_age.amount[0], old_age.explain(on_old_age, persons.age, lang)),
        ("disability", on_disability.amount[0], disability.explain(on_disability, c, 0, p, lang)),
    ]
    titles = {"dibao": minimum_income.title(p, lang), **{name: t(title, lang) for name, title in TITLES.items()}}
    return [Entitlement(name, titles[name], float(amount), reasons) for name, amount, reasons in results]


def render(entitlements: list[Entitlement], lang: str = "en") -> str:
    lines = []
    for e in entitlements:
        if e.amount > 0 or e.reasons:
            lines.append(f"{e.title}: {e.amount:,.0f} {t('yuan', lang)}")
            lines.extend(f"  - {reason}" for reason in e.reasons)
    total = sum(e.amount for e in entitlements)
    lines.append(t("Total this month: {total:,.0f} yuan", lang, total=total))
    return "\n".join(lines)
