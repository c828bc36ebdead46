"""Dibao (低保), the minimum living guarantee: a monthly top-up to the local standard.

A household qualifies when its income per person, as the means test sees it, is below the standard, its
assets per person are within the limit, and (where the rule applies) it has local hukou. It receives the gap
between the standard and its income per person for every member, plus classified supplements for elderly,
severely disabled and child members, never more than the standard for each member the grant covers.

Since the Interim Measures on Social Assistance (2014), the means test also counts what a working-age member with no
disability and no job is deemed able to earn (`dibao.imputed_earnings`, in standards per such member): Dibao is for
those who cannot support themselves, and employment assistance for those who can. That member's own Dibao is stopped
(their Art. 45), so the grant no longer covers him or her: the household is paid for the others, and the Ministry
counts only them as persons on Dibao.

From the 2016 guideline linking rural Dibao with poverty alleviation, a rural means test leaves out the basic pension
the central government sets (`population.resident_pension.minimum`) for each member drawing the resident pension
(`dibao.rural_basic_pension_disregarded`): the household's own income, and a disabled member's own pension, are
counted without it.

A household just above the standard, within `dibao.individual_inclusion_band` of it, may have its disabled members
granted Dibao on their own, as one-person households (单人户 inclusion): they cannot earn, and the household's income
would not keep them. Each receives the gap between the standard and his or her own income, a pension (the standard
itself, a one-person household's cap, for one without). A household below the standard gets whichever pays more, its
top-up or its disabled members on their own. The people a grant
covers (`covered`) are then those members, not the whole household: that is what the Ministry counts as persons
on Dibao.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import counted, marked, t
from simulation.rules.circumstances import Circumstances


@dataclass
class DibaoAssessment:
    standard: np.ndarray
    imputed: np.ndarray           # earnings counted for fit working-age members out of work, yuan/month
    disregarded: np.ndarray       # pension the means test leaves out, yuan/month
    income_per_person: np.ndarray
    assets_per_person: np.ndarray
    asset_limit: np.ndarray
    passes_income: np.ndarray
    passes_assets: np.ndarray
    passes_hukou: np.ndarray
    eligible: np.ndarray
    gap: np.ndarray
    top_up: np.ndarray
    supplements: np.ndarray
    ceiling: np.ndarray
    individual: np.ndarray        # disabled members included on their own, the household being above the standard
    covered: np.ndarray           # people the grant covers: members not deemed to earn, or the disabled on their own
    amount: np.ndarray


def assess(c: Circumstances, assessed_income: np.ndarray, p: dict) -> DibaoAssessment:
    """`assessed_income` is the household's monthly income as the means test found it."""
    members = np.maximum(c.members, 1)
    standard = c.standard
    idle = np.maximum(c.fit_adults - c.workers, 0)
    imputed = p["dibao.imputed_earnings"] * standard * idle
    # A member deemed to earn has his or her own Dibao stopped: the grant covers the others.
    granted = c.members - idle if p["dibao.imputed_earnings"] > 0 else c.members
    disregarded = disregarded_pension(c, p, c.resident_pensioners)
    income_per_person = (np.maximum(assessed_income - disregarded, 0.0) + imputed) / members
    assets_per_person = c.assets / members
    asset_limit = p["dibao.asset_limit_months"] * standard
    passes_income = (income_per_person < standard) & (granted > 0)
    passes_assets = assets_per_person <= asset_limit
    passes_hukou = c.local_hukou | (not p["dibao.requires_local_hukou"])
    household = passes_income & passes_assets & passes_hukou
    gap = np.maximum(standard - income_per_person, 0.0)
    supplements = standard * (p["dibao.supplement.elderly"] * c.aged_70_plus
                              + p["dibao.supplement.severe_disability"] * c.severely_disabled
                              + p["dibao.supplement.child"] * c.children)
    ceiling = standard * granted
    top_up = gap * c.members
    as_household = np.minimum(top_up + supplements, ceiling)
    # A household within the band may have its disabled members included on their own; one below the standard too,
    # where that pays more than its top-up, so a higher standard never lowers what a household gets.
    on_their_own = paid_on_their_own(c, p)
    individual = ((income_per_person < p["dibao.individual_inclusion_band"] * standard) & (on_their_own > 0)
                  & passes_assets & passes_hukou & (~household | (on_their_own > as_household)))
    eligible = household | individual
    amount = np.where(individual, on_their_own, np.where(household, as_household, 0.0))
    covered = np.where(individual, c.disabled, np.where(household, granted, 0))
    return DibaoAssessment(standard, imputed, disregarded, income_per_person, assets_per_person, asset_limit,
                           passes_income, passes_assets, passes_hukou, eligible, gap, top_up, supplements, ceiling,
                           individual, covered, amount)


def covers_the_household(covered, disabled):
    """Whether a grant covering `covered` people is the household's, not one to its disabled members on their own:
    it covers more people than are disabled (those it leaves out, deemed able to earn, are of working age and have
    no disability). For columns or for one household."""
    return covered > disabled


def paid_on_their_own(c: Circumstances, p: dict) -> np.ndarray:
    """What a household's disabled members would be paid as one-person households: each the gap between the
    standard and his or her own income, a pension as the means test counts it (0 where their pensions reach the
    standard)."""
    # In place: the poverty line runs this on every household every month.
    counted = c.disabled_pensions - disregarded_pension(c, p, c.disabled_resident_pensioners)
    np.maximum(counted, 0.0, out=counted)
    paid = c.standard * c.disabled
    paid -= counted
    return np.maximum(paid, 0.0, out=paid)


def disregarded_pension(c: Circumstances, p: dict, pensioners: np.ndarray) -> np.ndarray:
    """The pension a rural means test leaves out for `pensioners` members drawing the resident pension: the basic
    pension the central government sets, each, while the rule is in force; nothing in towns."""
    if not p["dibao.rural_basic_pension_disregarded"]:
        return np.zeros(len(pensioners))
    # Multiplied in place by the rural mask, not np.where: ten times faster on the whole district, every month.
    disregarded = float(p["population.resident_pension.minimum"]) * pensioners
    disregarded *= ~c.urban
    return disregarded


def payable(benefit: np.ndarray, standard: np.ndarray, members: np.ndarray, multiple) -> np.ndarray:
    """This month's payment of a benefit decided at application or review: never more than the standard (times
    `multiple`, for extreme-poor support) for the members living now, since a death is reported and acted on at once."""
    return np.minimum(benefit, standard * members * multiple)


def explain(a: DibaoAssessment, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    area = t("urban", lang) if c.urban[i] else t("rural", lang)
    values = dict(income=a.income_per_person[i], standard=a.standard[i], area=area, members=int(c.members[i]))
    tested = [t("The means test counts {imputed:,.0f} yuan a month that working-age members without a disability or a "
                "job are deemed able to earn.", lang, imputed=a.imputed[i])] if a.imputed[i] > 0 else []
    if a.imputed[i] > 0 and a.eligible[i] and not a.individual[i]:
        tested.append(t("Their own Dibao is stopped (Interim Measures, Art. 45): the grant covers {covered} "
                        "of the {members} members.", lang, covered=int(a.covered[i]), members=int(c.members[i])))
    if a.disregarded[i] > 0:
        tested.insert(0, t("The means test leaves out {pension:,.0f} yuan a month of basic pension set by the central "
                           "government (rural members drawing the resident pension).", lang,
                           pension=a.disregarded[i]))
    if a.individual[i] and a.passes_income[i]:
        return tested + [t("Income per person {income:,.0f} yuan is below the {area} standard {standard:,.0f}, and "
                           "including the {disabled} disabled members on their own (the standard less their own "
                           "pensions) pays more than the household's top-up: {amount:,.0f} yuan a month.", lang,
                           disabled=int(c.disabled[i]), amount=a.amount[i], **values)]
    if a.individual[i]:
        return tested + [t("Income per person {income:,.0f} yuan is above the {area} standard {standard:,.0f}, but "
                           "within {band} times it: the {disabled} disabled members are included on their own (the "
                           "standard less their own pensions), {amount:,.0f} yuan a month.", lang,
                           band=p["dibao.individual_inclusion_band"], disabled=int(c.disabled[i]), amount=a.amount[i],
                           **values)]
    if not a.passes_income[i]:
        return tested + [t("Income per person {income:,.0f} yuan is not below the {area} standard "
                           "{standard:,.0f}: no Dibao.", lang, **values)]
    if not a.passes_hukou[i]:
        return [t("The household has no local hukou: it must apply for Dibao in its home town.", lang)]
    if not a.passes_assets[i]:
        return [t("Assets per person {assets:,.0f} yuan are above the limit {limit:,.0f} "
                  "({months} months of the standard): no Dibao.", lang, assets=a.assets_per_person[i],
                  limit=a.asset_limit[i], months=p["dibao.asset_limit_months"])]
    lines = tested + [t("Income per person {income:,.0f} yuan is below the {area} standard {standard:,.0f}: "
               "top-up {gap:,.0f} x {members} members = {top_up:,.0f} yuan.", lang, gap=a.gap[i],
               top_up=a.top_up[i], **values)]
    if a.supplements[i] > 0:
        groups = [counted(int(n), one, many, lang) for n, one, many in (
            (c.aged_70_plus[i], marked("{n} aged 70+"), marked("{n} aged 70+")),
            (c.severely_disabled[i], marked("{n} severely disabled"), marked("{n} severely disabled")),
            (c.children[i], marked("{n} child"), marked("{n} children"))) if n > 0]
        lines.append(t("Classified supplements ({groups}): {supplements:,.0f} yuan.", lang,
                       groups=("、" if lang == "zh" else ", ").join(groups), supplements=a.supplements[i]))
    if a.top_up[i] + a.supplements[i] > a.ceiling[i]:
        lines.append(t("Capped at the standard times the members covered: {ceiling:,.0f} yuan.", lang,
                       ceiling=a.ceiling[i]))
    lines.append(t("Dibao: {amount:,.0f} yuan a month.", lang, amount=a.amount[i]))
    return lines
