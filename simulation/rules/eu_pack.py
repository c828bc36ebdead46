"""An EU member state's minimum-income scheme (a rule pack, datasets/parameters/eu/) applied to a Chinese
household, in place of Dibao.

Carrying the level over. A pack's amounts are in its own currency, for its own country; they are brought to the
locality in one of two stated ways (`minimum_income.level`), never by an exchange rate:

* relative_to_standard: a single adult's level is the local Dibao standard for the household's area, L = S.
  The pack brings its design (weights, earnings disregard, asset test, conditionality), not its generosity.
* share_of_median: a single adult's level is the same share of the local median income per person as the
  scheme's level is of its country's median equivalised income, L = (level_eu / median_eu) x M, e.g.
  Germany: 563 EUR / 2,302 EUR = 24.5%; x Dachuan's urban median 2,473 yuan = 605 yuan a month.
  (The Chinese median is per person, not equivalised, so for households of several people this is a little low.)

Every other amount in the pack (the earnings disregard's base and cap, the asset limit) is converted with the
same factor k = L / level_eu, so the pack's proportions hold.

The rule, for a household with `adults` members aged 16 or over and `children` under 16:

    weights   w = 1 for one member; otherwise first_in_family + adult x (adults - 1) + child x children
              (the first member is an adult if there is one)
    level     H = L x w
    disregard D = min(min(E, base k) + share x max(E - base k, 0), cap k), E = earnings as the means test found them
    countable Y = assessed income - D
    eligible  Y < H, assets <= asset_limit x k x w, local hukou where required (as for Dibao), and, where the pack
              has a category test, a child, a disabled member or one aged 60 or over in the household
    amount    top_up_share x (H - Y)

The means test finds earnings with the same error as the rest of the income: E = earnings x assessed / true income.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import counted, marked, t
from simulation.rules.circumstances import Circumstances

# The packs, in the order the scenario files and the reform lab show them, with their currency (the unit of the
# pack's amounts in its file) and the scheme's name and delivery in words.
COUNTRIES = ("germany", "france", "poland", "finland", "sweden", "netherlands", "italy")
CURRENCY = {"germany": "EUR", "france": "EUR", "poland": "PLN", "finland": "EUR", "sweden": "SEK",
            "netherlands": "EUR", "italy": "EUR"}
SCHEME_NAMES = {
    "germany": marked("German Bürgergeld"),
    "france": marked("French RSA (revenu de solidarité active)"),
    "poland": marked("Polish social assistance (pomoc społeczna)"),
    "finland": marked("Finnish basic social assistance"),
    "sweden": marked("Swedish social assistance (försörjningsstöd)"),
    "netherlands": marked("Dutch social assistance (bijstand)"),
    "italy": marked("Italian Assegno di inclusione (ADI)"),
}
# Who runs each scheme (eu_minimum_income.csv: S59 Jobcenters, S69 Kela, S65 integration centres; DOMAIN §7).
DELIVERY_BODIES = {
    "germany": marked("407 Jobcenters, run by the Federal Employment Agency with the municipalities or by the "
                      "municipalities alone"),
    "france": marked("the departments, through the family-allowance funds (CAF) and France Travail"),
    "poland": marked("municipal social-welfare centres, with Social Integration Centres (12-18 months) for the way "
                     "back to work"),
    "finland": marked("Kela, the national social insurance institution, since 2017; municipalities keep "
                      "supplementary assistance"),
    "sweden": marked("the municipalities' social services"),
    "netherlands": marked("the municipalities, under the Participation Act"),
    "italy": marked("INPS, with the municipal social services and the employment centres"),
}


@dataclass
class PackAssessment:
    scheme: str
    single_level: np.ndarray      # a single adult's level here, yuan a month
    factor: np.ndarray            # k: yuan here per unit of the pack's currency
    weights: np.ndarray           # w
    level: np.ndarray             # H = L x w
    earnings: np.ndarray          # as the means test found them
    disregard: np.ndarray
    countable: np.ndarray
    asset_limit: np.ndarray
    passes_income: np.ndarray
    passes_assets: np.ndarray
    passes_hukou: np.ndarray
    passes_category: np.ndarray
    eligible: np.ndarray
    gap: np.ndarray               # H - Y, at least 0
    covered: np.ndarray           # people the grant covers: every member of an eligible household
    amount: np.ndarray


def single_level(c: Circumstances, p: dict) -> np.ndarray:
    """A single adult's monthly level in the locality, yuan, for each household's area (see the module's text)."""
    scheme = p["minimum_income.scheme"]
    if p["minimum_income.level"] == "relative_to_standard":
        return c.standard
    median_here = np.where(c.urban, p["income.median.urban"], p["income.median.rural"])
    return p[f"eu.{scheme}.level.single"] / p[f"eu.{scheme}.median_income"] * median_here


def weights(c: Circumstances, p: dict) -> np.ndarray:
    """The household's equivalence weights: 1 for a person alone, the pack's scale for larger households."""
    pack = f"eu.{p['minimum_income.scheme']}"
    adults = c.members - c.children
    # The first member is an adult if there is one; in a household of children only, it is the eldest child.
    larger = (p[f"{pack}.weight.first_in_family"] + p[f"{pack}.weight.adult"] * np.maximum(adults - 1, 0)
              + p[f"{pack}.weight.child"] * (c.children - (adults == 0)))
    return np.where(c.members > 1, larger, np.where(c.members == 1, 1.0, 0.0))


def level(c: Circumstances, p: dict) -> np.ndarray:
    """H: what the scheme tops the household's countable income up to, yuan a month."""
    return single_level(c, p) * weights(c, p)


def income_limit(c: Circumstances, p: dict) -> np.ndarray:
    """The highest income with which the household could still be eligible, whatever part of it is earnings."""
    pack = f"eu.{p['minimum_income.scheme']}"
    single = single_level(c, p)
    k = single / p[f"{pack}.level.single"]
    highest = single * weights(c, p)
    # All income earned: Y = income - D < H. D is at most cap k, and at most base k + share x the rest.
    return np.minimum(highest + p[f"{pack}.disregard.cap"] * k,
                      p[f"{pack}.disregard.base"] * k + highest / (1 - p[f"{pack}.disregard.share"]))


def assess(c: Circumstances, assessed_income: np.ndarray, p: dict) -> PackAssessment:
    """`assessed_income` is the household's monthly income as the means test found it."""
    scheme = p["minimum_income.scheme"]
    pack = f"eu.{scheme}"
    single = single_level(c, p)
    k = single / p[f"{pack}.level.single"]
    w = weights(c, p)
    household_level = single * w
    earnings = np.where(c.income > 0, c.earnings * assessed_income / np.where(c.income > 0, c.income, 1.0), 0.0)
    base = p[f"{pack}.disregard.base"] * k
    disregard = np.minimum(np.minimum(earnings, base) + p[f"{pack}.disregard.share"] * np.maximum(earnings - base, 0.0),
                           p[f"{pack}.disregard.cap"] * k)
    countable = assessed_income - disregard
    asset_limit = p[f"{pack}.asset_limit"] * k * np.maximum(w, 1.0)  # (a dissolved household weighs 0: any limit does)
    passes_income = (countable < household_level) & (c.members > 0)
    passes_assets = c.assets <= asset_limit
    passes_hukou = c.local_hukou | (not p["dibao.requires_local_hukou"])
    older = c.members - c.children - c.able_adults > 0  # aged 60+ (or severely disabled, counted next anyway)
    passes_category = ((c.children > 0) | (c.disabled > 0) | older) if p[f"{pack}.category_test"] \
        else np.ones(len(c.members), bool)
    eligible = passes_income & passes_assets & passes_hukou & passes_category
    gap = np.maximum(household_level - countable, 0.0)
    amount = np.where(eligible, p[f"{pack}.top_up_share"] * gap, 0.0)
    return PackAssessment(scheme, single, k, w, household_level, earnings, disregard, countable, asset_limit,
                          passes_income, passes_assets, passes_hukou, passes_category, eligible, gap,
                          np.where(eligible, c.members, 0), amount)


def payable(benefit: np.ndarray, c: Circumstances, p: dict) -> np.ndarray:
    """This month's payment of a benefit decided at application or review: never more than the scheme would pay
    the members living now with no income at all."""
    return np.minimum(benefit, p[f"eu.{p['minimum_income.scheme']}.top_up_share"] * level(c, p))


def carry_over(c: Circumstances, i: int, p: dict, lang: str) -> str:
    """How the scheme's level for a single adult was brought to this household's area, in one sentence."""
    scheme = p["minimum_income.scheme"]
    pack = f"eu.{scheme}"
    area = t("urban", lang) if c.urban[i] else t("rural", lang)
    name = t(SCHEME_NAMES[scheme], lang)
    if p["minimum_income.level"] == "relative_to_standard":
        return t("{scheme} at the local level: a single adult's level is the {area} Dibao standard, "
                 "{level:,.0f} yuan.", lang, scheme=name, area=area, level=c.standard[i])
    median_here = p["income.median.urban"] if c.urban[i] else p["income.median.rural"]
    eu_level, eu_median = p[f"{pack}.level.single"], p[f"{pack}.median_income"]
    return t("{scheme} for a single adult is {eu_level:,.0f} {currency}, {share:.0%} of the country's median income "
             "({eu_median:,.0f} {currency}); applied to the {area} median income here, {median:,.0f} yuan: "
             "{level:,.0f} yuan.", lang, scheme=name, eu_level=eu_level, currency=CURRENCY[scheme],
             share=eu_level / eu_median, eu_median=eu_median, area=area, median=median_here,
             level=eu_level / eu_median * median_here)


def explain(a: PackAssessment, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    pack = f"eu.{a.scheme}"
    lines = [carry_over(c, i, p, lang)]
    adults, children = int(c.members[i] - c.children[i]), int(c.children[i])
    lines.append(t("{adults} and {children}: weights {weights:.2f}, so the household's level is {level:,.0f} yuan.",
                   lang, adults=counted(adults, marked("{n} adult"), marked("{n} adults"), lang),
                   children=counted(children, marked("{n} child"), marked("{n} children"), lang),
                   weights=a.weights[i], level=a.level[i]))
    if a.disregard[i] > 0:
        lines.append(t("Of {earnings:,.0f} yuan of earnings, {disregard:,.0f} are not counted (earnings disregard).",
                       lang, earnings=a.earnings[i], disregard=a.disregard[i]))
    if not a.passes_income[i]:
        lines.append(t("Countable income {countable:,.0f} yuan is not below the level {level:,.0f}: no minimum "
                       "income.", lang, countable=a.countable[i], level=a.level[i]))
        return lines
    if not a.passes_hukou[i]:
        return lines + [t("The household has no local hukou: it must apply in its home town.", lang)]
    if not a.passes_assets[i]:
        return lines + [t("Assets of {assets:,.0f} yuan are above the scheme's limit of {limit:,.0f}: no minimum "
                          "income.", lang, assets=c.assets[i], limit=a.asset_limit[i])]
    if not a.passes_category[i]:
        return lines + [t("The scheme is only for households with a child, a disabled member or one aged 60 or "
                          "over: no minimum income.", lang)]
    share = p[f"{pack}.top_up_share"]
    lines.append(t("Countable income {countable:,.0f} yuan: the scheme pays {share:.0%} of the gap of {gap:,.0f}, "
                   "{amount:,.0f} yuan a month.", lang, countable=a.countable[i], share=share, gap=a.gap[i],
                   amount=a.amount[i]))
    return lines
