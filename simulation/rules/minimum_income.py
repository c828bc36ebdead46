"""The minimum-income scheme the district runs: Dibao, or an EU member state's rule pack that a scenario switches on
(`minimum_income: {scheme: germany, level: share_of_median}`, or the parameters `minimum_income.scheme` and
`minimum_income.level`).

Everything that decides or measures minimum-income eligibility comes here rather than to `dibao` directly: the
district's decisions (casework), the caseload the district starts with and the payments (model), "truly
eligible" (metrics), the household calculator and case file (entitlements) and the reference engine. With the
default scheme every function below gives exactly what `dibao` gives.

A pack replaces Dibao's rule (eu_pack.py: the level carried over, weights, earnings disregard, asset test) and
brings its delivery with it: `in_force` switches on the pack's data sharing, online application, applying
without a counter visit, decision deadline and activation path in the Chinese pipeline, unless the scenario sets
those parameters itself. Support for the extreme poor, temporary and medical assistance stay as they are.
Poverty is still measured against the local Dibao standard, so schemes are compared on one yardstick.
"""
from __future__ import annotations

import numpy as np

from simulation.i18n import marked, t
from simulation.rules import dibao, eu_pack
from simulation.rules.circumstances import Circumstances

SCHEMES = ("dibao", *eu_pack.COUNTRIES)
DIBAO_TITLE = marked("Dibao (minimum living guarantee)")
LEVELS = {
    "relative_to_standard": marked("at the local Dibao standard"),
    "share_of_median": marked("at the same share of the local median income"),
}

# The Chinese pipeline's parameter that each of a pack's delivery settings replaces when the pack is switched on.
DELIVERY = {
    "casework.integrated_database": "data_sharing",
    "casework.online_application": "online_application",
    "casework.no_counter_visit": "no_counter_visit",
    "casework.decision_deadline_days": "decision_deadline_days",
    "activation.referral_share": "activation.referral_share",
    "activation.sanction_rate": "activation.sanction_rate",
    "activation.sanction_cut": "activation.sanction_cut",
}


def in_force(p: dict, set_by_scenario=()) -> dict:
    """The parameters with the scheme's delivery switched on; a parameter the scenario sets itself is kept."""
    scheme = p["minimum_income.scheme"]
    if scheme == "dibao":
        return p
    return {**p, **{name: p[f"eu.{scheme}.{setting}"] for name, setting in DELIVERY.items()
                    if name not in set_by_scenario}}


def assess(c: Circumstances, assessed_income: np.ndarray, p: dict):
    """Eligibility and amount under the scheme: a `dibao.DibaoAssessment` or an `eu_pack.PackAssessment`, both
    with `eligible` and `amount`. `assessed_income` is the monthly income as the means test found it."""
    if p["minimum_income.scheme"] == "dibao":
        return dibao.assess(c, assessed_income, p)
    return eu_pack.assess(c, assessed_income, p)


def explain(a, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    if isinstance(a, dibao.DibaoAssessment):
        return dibao.explain(a, c, i, p, lang)
    return eu_pack.explain(a, c, i, p, lang)


def payable(benefit: np.ndarray, c: Circumstances, who, p: dict) -> np.ndarray:
    """This month's payment of benefits decided earlier to households `who` (indices into `c`), capped by what
    their members living now could get."""
    if p["minimum_income.scheme"] == "dibao":
        return dibao.payable(benefit, c.standard[who], c.members[who], 1.0)
    return eu_pack.payable(benefit, c.rows(who), p)


def poverty_line(c: Circumstances, p: dict) -> np.ndarray:
    """The income per person below which a household counts itself poor under the scheme, and applies: the highest
    income per person with which it could still be eligible. Under Dibao, the local standard, or for a household
    with disabled members the band within which they can be included on their own (those whose own pensions leave
    them short of the standard); above either by the pension the means test leaves out, per person."""
    if p["minimum_income.scheme"] == "dibao":
        band = p["dibao.individual_inclusion_band"]
        # In place, and multiplied rather than masked: this runs on every household every month.
        line = dibao.disregarded_pension(c, p, c.resident_pensioners)
        line /= np.maximum(c.members, 1)
        if band <= 1:
            line += c.standard
        else:
            line += c.standard * np.where(dibao.paid_on_their_own(c, p) > 0, band, 1.0)
        return line
    return eu_pack.income_limit(c, p) / np.maximum(c.members, 1)


def title(p: dict, lang: str) -> str:
    """The scheme's name as a household's entitlements show it."""
    scheme = p["minimum_income.scheme"]
    if scheme == "dibao":
        return t(DIBAO_TITLE, lang)
    return t("Minimum income: {scheme}, carried over", lang, scheme=t(eu_pack.SCHEME_NAMES[scheme], lang))


def describe(p: dict, lang: str) -> list[str]:
    """The EU pack in force and its delivery, in plain words: what a scenario switched on (nothing under Dibao)."""
    scheme = p["minimum_income.scheme"]
    if scheme == "dibao":
        return []
    pack = f"eu.{scheme}"
    name, currency = t(eu_pack.SCHEME_NAMES[scheme], lang), eu_pack.CURRENCY[scheme]
    carried = LEVELS[p["minimum_income.level"]]
    how = t(carried, lang)
    lines = [
        t("Minimum income: {scheme} ({level:,.2f} {currency} a month for a single adult at home), carried over "
          "{how}.", lang, scheme=name, level=p[f"{pack}.level.single"], currency=currency, how=how),
        t("Delivered at home by {body}.", lang, body=t(eu_pack.DELIVERY_BODIES[scheme], lang)),
        t("Here: shared data {sharing}, online applications {online}, no counter visit {no_visit}, decision deadline "
          "{deadline}, {referral:.0%} of recipients able to work sent to an activation path.", lang,
          sharing=_yes_no(p["casework.integrated_database"], lang),
          online=_yes_no(p["casework.online_application"], lang),
          no_visit=_yes_no(p["casework.no_counter_visit"], lang),
          deadline=(t("{days:g} working days", lang, days=p["casework.decision_deadline_days"])
                    if p["casework.decision_deadline_days"] > 0 else t("none", lang)),
          referral=p["activation.referral_share"]),
    ]
    if f"{pack}.non_take_up" in p:
        lines.append(t("Published non-take-up at home: {share:.0%} of those entitled do not claim.", lang,
                       share=p[f"{pack}.non_take_up"]))
    return lines


def _yes_no(value: bool, lang: str) -> str:
    return t("yes", lang) if value else t("no", lang)
