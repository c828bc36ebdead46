"""Assessing need: classify poor households two ways and name the kind of service each needs first.

The reform direction in China's social assistance (seed 003) is to move from cash alone to professional social
services, matched to need. It classifies the poor two ways:

1. by **age and health**: who lives in the household and whether they can work;
2. by **depth of poverty and likelihood of leaving it**: how far income falls below the standard, and whether the
   household has what it takes to climb out soon;

and names three kinds of service need: **securing survival** (cash and care), **promoting development** (skills,
jobs, children's schooling) and **providing opportunities** (social support and inclusion).

The rules below turn that into columns over a district's households, so the same rule classifies one described
household, a trainer-scale district or a whole district. They are a starting point for a practitioner's
judgement, not a replacement for it: each row carries a plain-language reason that says which fact decided it.

"Poor" means poor before assistance, as the model counts it: income (less medical costs being repaid) below the
local standard for every member. Spell months are those the model has seen: a household poor at the start of a
run counts its spell from there, since what came before is unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from simulation.i18n import marked, t
from simulation.model.population import NO_DISABILITY
from simulation.rules.regular_support import ON_DIBAO, ON_EXTREME_POOR

# ---- thresholds ------------------------------------------------------------------------------------------------
# Age limits come from the model's parameters (`population.age_bands`: child / working age / older / very old);
# the rest are these module constants.

# ASSUMPTION: poverty is "deep" when income per person before assistance is at least half the standard below it
# (a gap of 50% or more). The sources name depth of poverty as a dimension but give no cut-off; half the line is a
# simple, widely used mark of severe poverty, easy to work out at a home visit.
DEEP_GAP_SHARE = 0.5

# DERIVED FROM SOURCES: a spell of poverty longer than a year marks a household as unlikely to leave soon. CFPS
# (poverty_dynamics.csv, source S36): 37.2% of the rural poor leave after a one-year spell, only 8.6% of those poor
# for five years (duration dependence). Taking the first reported point, one year, as the line between a recent
# and a lasting spell is our reading of those figures.
LONG_SPELL_MONTHS = 12

# ASSUMPTION: an older person counts as frail from the very-old age band on (`population.age_bands`[3], 80 in the
# parameter files, where the old-age allowance starts), or at any age with a disability or a chronic illness.
# The sources give no definition of frailty; illness is the leading cause of poverty (44% of registered poor
# households were poor because of illness, 2015, poverty_dynamics.csv).

# ---- the classes ----------------------------------------------------------------------------------------------
AGE_HEALTH = {
    "child_rearing": marked("raising children"),
    "working_able": marked("working age, able"),
    "working_ill_disabled": marked("working age, ill or disabled"),
    "older_able": marked("older, able"),
    "older_frail": marked("older, frail"),
}
DEPTH = {"shallow": marked("shallow poverty"), "deep": marked("deep poverty"), "not_poor": marked("not poor")}
LIKELIHOOD = {"likely": marked("likely to leave"), "unlikely": marked("unlikely to leave"),
              "not_poor": marked("not poor")}
POVERTY = {
    "shallow_likely": marked("shallow, likely to leave"),
    "shallow_unlikely": marked("shallow, unlikely to leave"),
    "deep_likely": marked("deep, likely to leave"),
    "deep_unlikely": marked("deep, unlikely to leave"),
    "not_poor": marked("not poor"),
}
NEEDS = {
    "survival": marked("secure survival"),
    "development": marked("promote development"),
    "opportunity": marked("provide opportunities"),
    "none": marked("no need found"),
}
SCHEMES = {"age_health": marked("age and health"), "likelihood": marked("likelihood of leaving"),
           "poverty": marked("depth and likelihood of leaving"), "need": marked("need")}
_LABELS = {"age_health": AGE_HEALTH, "depth": DEPTH, "likelihood": LIKELIHOOD, "poverty": POVERTY, "need": NEEDS,
           "scheme": SCHEMES}

# Services a case plan can draw on, and the need each answers (seed 003: daily care; capacity building; social
# support and social inclusion; with cash assistance for the basic living).
SERVICES = {
    "cash_assistance": marked("cash assistance"),
    "daily_care": marked("daily care"),
    "capacity_building": marked("capacity building and employment support"),
    "social_support": marked("social support and inclusion"),
}
SERVICES_FOR_NEED = {
    "survival": ("cash_assistance", "daily_care"),
    "development": ("capacity_building",),
    "opportunity": ("social_support",),
}

# What a household receives now, by the caseload's code.
RECEIVES_CODES = {0: "nothing", ON_DIBAO: "dibao", ON_EXTREME_POOR: "extreme_poor"}
RECEIVES = {"nothing": marked("nothing"), "dibao": marked("Dibao"), "extreme_poor": marked("extreme-poor support")}
AREAS = {"urban": marked("urban"), "rural": marked("rural")}
_LABELS.update(receives=RECEIVES, area=AREAS)


def label(kind: str, code: str, lang: str = "en") -> str:
    """The readable name of a class: label("need", "survival", "zh"). Kinds: age_health, depth, likelihood,
    poverty, need, scheme, receives, area."""
    return t(_LABELS[kind][code], lang)


def codes(kind: str) -> list[str]:
    """The classes a poor household can be given, in order: codes("need") -> survival, development, opportunity."""
    return [code for code in _LABELS[kind] if code not in ("not_poor", "none")]


# ---- what the rules look at ------------------------------------------------------------------------------------
@dataclass
class Composition:
    """Per household: how many members of each kind of age and health (numpy columns)."""
    members: np.ndarray
    children: np.ndarray         # under the working-age band
    working: np.ndarray          # of working age
    working_healthy: np.ndarray  # of working age with no disability and no chronic illness
    older: np.ndarray            # at or above the older band
    older_healthy: np.ndarray    # older, below the very-old band, with no disability and no chronic illness


def composition(ages, healthy, household, n_households: int, bands) -> Composition:
    """Counts per household from living persons' ages, health (no disability, no chronic illness) and households."""
    ages, healthy, household = np.asarray(ages), np.asarray(healthy, bool), np.asarray(household)
    child, older_age, very_old = bands[1], bands[2], bands[3]
    working = (ages >= child) & (ages < older_age)

    def count(mask):
        return np.bincount(household[mask], minlength=n_households)
    return Composition(
        members=count(np.ones(len(ages), bool)),
        children=count(ages < child),
        working=count(working),
        working_healthy=count(working & healthy),
        older=count(ages >= older_age),
        older_healthy=count((ages >= older_age) & (ages < very_old) & healthy),
    )


def district_composition(model) -> Composition:
    persons = model.persons
    living = np.flatnonzero(persons.alive)
    healthy = (persons.disability[living] == NO_DISABILITY) & ~persons.chronic[living]
    return composition(persons.age[living], healthy, persons.household[living], len(model.households),
                       model.p["population.age_bands"])


def income_before_assistance(model) -> np.ndarray:
    """Monthly income per person before assistance, less medical costs being repaid (0 for empty households)."""
    c = model.circumstances
    return np.maximum(c.income - c.medical_repayment, 0.0) / np.maximum(c.members, 1)


# ---- the rules, as columns ---------------------------------------------------------------------------------------
def age_health_class(comp: Composition) -> np.ndarray:
    """Children first, then working-age adults, then older people: a household is classed by who it has to
    look after and who could work. Working-age adults who are all ill or disabled make it 'working age, ill or
    disabled'; a household of older people only is 'older, able' if one of them is under the very-old band and
    healthy, else 'older, frail'."""
    return np.select([comp.children > 0, comp.working_healthy > 0, comp.working > 0, comp.older_healthy > 0],
                     ["child_rearing", "working_able", "working_ill_disabled", "older_able"],
                     "older_frail").astype(object)


def depth_class(income_per_person, standard) -> np.ndarray:
    """'deep' when income per person is at least DEEP_GAP_SHARE of the standard below it, 'shallow' when less,
    'not_poor' at or above the standard."""
    income_per_person, standard = np.asarray(income_per_person, float), np.asarray(standard, float)
    gap = 1.0 - income_per_person / standard
    return np.select([income_per_person >= standard, gap >= DEEP_GAP_SHARE - 1e-9], ["not_poor", "deep"],
                     "shallow").astype(object)


def likelihood_class(working_healthy, spell_months, depth) -> np.ndarray:
    """'likely' to leave poverty when a healthy adult of working age could earn and the spell has lasted no
    more than LONG_SPELL_MONTHS; 'unlikely' otherwise."""
    likely = (np.asarray(working_healthy) > 0) & (np.asarray(spell_months) <= LONG_SPELL_MONTHS)
    return np.where(np.asarray(depth) == "not_poor", "not_poor", np.where(likely, "likely", "unlikely")).astype(object)


def poverty_class(depth, likelihood) -> np.ndarray:
    depth, likelihood = np.asarray(depth, str), np.asarray(likelihood, str)
    return np.where(depth == "not_poor", "not_poor", np.char.add(np.char.add(depth, "_"), likelihood)).astype(object)


def need_class(age_health, poverty) -> np.ndarray:
    """The need to address first:
    - survival (cash and care) for older, frail households and for deep poverty with little chance of leaving;
    - development (skills, jobs, schooling) for households raising children or with an able adult of working age;
    - opportunity (social support and inclusion) for the rest: ill or disabled adults, and older people in good
      health, whose poverty is not deep and lasting."""
    age_health, poverty = np.asarray(age_health, str), np.asarray(poverty, str)
    return np.select(
        [poverty == "not_poor", (age_health == "older_frail") | (poverty == "deep_unlikely"),
         np.isin(age_health, ["child_rearing", "working_able"])],
        ["none", "survival", "development"], "opportunity").astype(object)


def rules(comp: Composition, income_per_person, standard, spell_months) -> dict[str, np.ndarray]:
    """Every class for every household of `comp`."""
    age_health = age_health_class(comp)
    depth = depth_class(income_per_person, standard)
    likelihood = likelihood_class(comp.working_healthy, spell_months, depth)
    poverty = poverty_class(depth, likelihood)
    return {"age_health": age_health, "depth": depth, "likelihood": likelihood, "poverty": poverty,
            "need": need_class(age_health, poverty)}


# ---- reasons in plain words -------------------------------------------------------------------------------------
def reasons(row, bands, lang: str = "en") -> dict[str, str]:
    """Why the rules gave a household its classes, in plain words: one text per question (age_health, poverty,
    need). `row` holds the classes, income_per_person, standard, spell_months and healthy_adults."""
    return {
        "age_health": age_health_reason(row["age_health"], bands, lang),
        "poverty": _join([depth_reason(row["depth"], row["income_per_person"], row["standard"], lang),
                          likelihood_reason(row["likelihood"], row["healthy_adults"], row["spell_months"], lang)],
                         lang),
        "need": need_reason(row["need"], row["age_health"], lang),
    }


def reason(row, bands, lang: str = "en") -> str:
    """The whole reason, one sentence per class."""
    return _join(list(reasons(row, bands, lang).values()), lang)


def age_health_reason(code: str, bands, lang: str = "en") -> str:
    values = dict(child=bands[1], last=bands[2] - 1, older=bands[2], very_old=bands[3])
    text = {
        "child_rearing": t("Children under {child} live here: a household raising children.", lang, **values),
        "working_able": t("At least one adult of working age ({child} to {last}) is in good health: working age, "
                          "able.", lang, **values),
        "working_ill_disabled": t("Every adult of working age is ill or disabled: working age, ill or disabled.",
                                  lang),
        "older_able": t("Everyone is {older} or older, and at least one is under {very_old} and in good health: "
                        "older, able.", lang, **values),
        "older_frail": t("Everyone is {older} or older, and each is ill, disabled or aged {very_old} or more: "
                         "older, frail.", lang, **values),
    }
    return text[code]


def depth_reason(code: str, income_per_person: float, standard: float, lang: str = "en") -> str:
    values = dict(income=round(income_per_person), standard=round(standard),
                  gap=round(100 * (1 - income_per_person / standard)), limit=round(100 * DEEP_GAP_SHARE))
    if code == "not_poor":
        return t("Income before assistance is {income} yuan a person a month, not below the standard of {standard} "
                 "yuan: not poor.", lang, **values)
    if code == "deep":
        return t("Income before assistance is {income} yuan a person a month, {gap}% below the standard of "
                 "{standard} yuan: deep poverty ({limit}% or more below).", lang, **values)
    return t("Income before assistance is {income} yuan a person a month, {gap}% below the standard of {standard} "
             "yuan: shallow poverty (less than {limit}% below).", lang, **values)


def likelihood_reason(code: str, healthy_adults: int, spell_months: int, lang: str = "en") -> str:
    values = dict(months=int(spell_months), limit=LONG_SPELL_MONTHS)
    if code == "not_poor":
        return ""
    if code == "likely":
        return t("A healthy adult of working age, and poor for {months} months ({limit} or fewer): likely to leave "
                 "poverty.", lang, **values)
    if healthy_adults == 0:
        return t("No healthy adult of working age to earn a living: unlikely to leave poverty.", lang)
    return t("Poor for {months} months, more than {limit}: unlikely to leave poverty, since the longer a spell "
             "lasts, the less likely it ends.", lang, **values)


def need_reason(need: str, age_health: str, lang: str = "en") -> str:
    if need == "none":
        return ""
    if need == "survival":
        if age_health == "older_frail":
            return t("Need: secure survival. Older and frail people need a secure income and daily care first.",
                     lang)
        return t("Need: secure survival. Deep poverty with little chance of leaving it soon: secure the basic "
                 "living first, with cash and care.", lang)
    if need == "development":
        if age_health == "child_rearing":
            return t("Need: promote development. Children are growing up here: support their schooling and the "
                     "parents' skills and work, so that poverty does not pass to the next generation.", lang)
        return t("Need: promote development. An adult of working age can work: build capacity with skills "
                 "training and help to find work.", lang)
    if age_health == "working_ill_disabled":
        return t("Need: provide opportunities. Illness or disability keeps the adults from ordinary work: social "
                 "support, rehabilitation and inclusion open a way back.", lang)
    return t("Need: provide opportunities. Older people in good health: social support and a place in community "
             "life keep them connected and active.", lang)


def _join(sentences: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(s for s in sentences if s)


# ---- a district's households --------------------------------------------------------------------------------------
def poor_households(model) -> np.ndarray:
    """Indices of the households poor before assistance this month."""
    return np.flatnonzero(model.poverty_spell > 0)


def share_with_illness(model, households=None) -> float:
    """The share of households (by default the poor) with a member who is chronically ill or disabled: to set
    beside the national figure, 44% of registered poor households poor because of illness (2015)."""
    households = poor_households(model) if households is None else np.asarray(households, dtype=np.int64)
    persons = model.persons
    ill = persons.alive & ((persons.disability != NO_DISABILITY) | persons.chronic)
    with_ill = np.bincount(persons.household[ill], minlength=len(model.households)) > 0
    return float(with_ill[households].mean()) if len(households) else float("nan")


def members_of(model, household: int) -> list[dict]:
    """The living members of one household: age, disability (0 none, 1 some, 2 severe), chronic illness,
    employment and months without work."""
    persons = model.persons
    start, stop = np.searchsorted(persons.household, [household, household + 1])
    rows = [i for i in range(start, stop) if persons.alive[i]]
    return [dict(age=int(persons.age[i]), disability=int(persons.disability[i]), chronic=bool(persons.chronic[i]),
                 employed=bool(persons.employed[i]), months_jobless=int(persons.months_jobless[i])) for i in rows]


def classify(model, households=None, lang: str = "en", with_reasons: bool = True) -> pd.DataFrame:
    """One row per household (by default every household poor before assistance): ages, income per person
    before assistance, standard, spell months, what it receives, the two classes, the need and the reason."""
    households = poor_households(model) if households is None else np.asarray(households, dtype=np.int64)
    comp = district_composition(model)
    c = model.circumstances
    income = income_before_assistance(model)
    classes = {name: column[households] for name, column in
               rules(comp, income, c.standard, model.poverty_spell).items()}
    persons = model.persons
    bounds = np.searchsorted(persons.household, np.stack([households, households + 1]))
    ages = [[int(a) for a, alive in zip(persons.age[s:e], persons.alive[s:e]) if alive] for s, e in bounds.T]
    frame = pd.DataFrame({
        "household": households,
        "area": np.where(c.urban[households], "urban", "rural"),
        "members": c.members[households],
        "ages": ages,
        "healthy_adults": comp.working_healthy[households],
        "income_per_person": income[households].round(1),
        "standard": c.standard[households],
        "spell_months": model.poverty_spell[households],
        "receives": [RECEIVES_CODES[r] for r in model.caseload.receives[households]],
        **classes,
    })
    if with_reasons:
        bands = model.p["population.age_bands"]
        frame["reason"] = [reason(row, bands, lang) for row in frame.to_dict("records")]
    return frame


# ---- one described household ------------------------------------------------------------------------------------
@cache
def default_bands(locality: str = "dachuan", date: dt.date = dt.date(2019, 1, 1)) -> tuple:
    from simulation.inputs.parameters import load_parameters
    return tuple(load_parameters(locality).at(date)["population.age_bands"])


def classify_household(ages, ill_or_disabled=None, income_per_person: float = 0.0, standard: float = 330.0,
                       spell_months: int = 1, lang: str = "en", bands=None) -> dict:
    """The rules for one described household: `ages` of its members, `ill_or_disabled` True/False for each
    (disabled or chronically ill), income per person before assistance, the local standard and the months it
    has been poor. Returns the classes, the need and the reason."""
    ages = [int(a) for a in ages]
    ill = [False] * len(ages) if ill_or_disabled is None else [bool(x) for x in ill_or_disabled]
    if len(ill) != len(ages):
        raise ValueError("ages and ill_or_disabled must have one entry per member")
    bands = tuple(bands or default_bands())
    comp = composition(ages, ~np.asarray(ill, bool), np.zeros(len(ages), np.int64), 1, bands)
    row = {k: str(v[0]) for k, v in rules(comp, [income_per_person], [standard], [spell_months]).items()}
    row["reason"] = reason({**row, "income_per_person": income_per_person, "standard": standard,
                            "spell_months": spell_months, "healthy_adults": int(comp.working_healthy[0])}, bands, lang)
    return row


# ---- "what follows": did those classed likely to leave really leave? -------------------------------------------------
def follow(model, months: int = 24, households=None) -> pd.DataFrame:
    """Classify the poor households now, run the model `months` on, and add whether each left poverty: not poor
    before assistance at the end. Households whose members have all died are dropped. The model moves on."""
    frame = classify(model, households, with_reasons=False)
    model.run(months)
    end_members = model.circumstances.members[frame["household"].to_numpy()]
    frame["left"] = model.poverty_spell[frame["household"].to_numpy()] == 0
    return frame[end_members > 0].reset_index(drop=True)


def share_left(followed: pd.DataFrame) -> pd.DataFrame:
    """Per class of each classification: households, how many left poverty and the share."""
    rows = []
    for scheme, classes in (("age_health", AGE_HEALTH), ("depth", DEPTH), ("likelihood", LIKELIHOOD),
                            ("poverty", POVERTY), ("need", NEEDS)):
        for code in classes:
            left = followed.loc[followed[scheme] == code, "left"]
            if len(left):
                rows.append({"scheme": scheme, "class": code, "households": len(left), "left": int(left.sum()),
                             "share_left": float(left.mean())})
    return pd.DataFrame(rows, columns=["scheme", "class", "households", "left", "share_left"])


def what_follows(model, months: int = 24, households=None) -> pd.DataFrame:
    """Run the district `months` on and report, for each class, the share of its poor households that left."""
    return share_left(follow(model, months, households))


# ---- reading answers typed by people -------------------------------------------------------------------------------
# Answers typed in Chinese are matched by keywords (these are for reading input, not messages to translate).
_ZH_KEYWORDS = {
    "age_health": [("child_rearing", ("子女", "儿童", "孩子", "抚育", "育儿")),
                   ("working_ill_disabled", ("患病", "残疾", "疾病")),
                   ("older_frail", ("体弱", "失能", "高龄")),
                   ("working_able", ("劳动",)),
                   ("older_able", ("老",))],
    "need": [("survival", ("生存",)), ("development", ("发展",)), ("opportunity", ("机会",))],
}
_EN_ALIASES = {
    "child_rearing": ("childrearing", "raisingchildren", "children", "child", "childraising", "withchildren"),
    "working_able": ("workingable", "workingageable", "workingageandable", "able", "workingagehealthy"),
    "working_ill_disabled": ("workingilldisabled", "workingageillordisabled", "workingillordisabled",
                             "workingagewithillnessordisability", "workingageilldisabled", "illordisabled",
                             "workingill", "workingdisabled"),
    "older_able": ("olderable", "oldable", "elderlyable", "olderhealthy"),
    "older_frail": ("olderfrail", "oldfrail", "elderlyfrail", "frail"),
}


def _squash(text) -> str:
    return re.sub(r"[\W_]+", "", str(text).lower())


def code_of(kind: str, answer) -> str | None:
    """The class code an answer means, forgiving case, spaces, hyphens and the readable labels in either
    language; None if it cannot be read. kind: age_health, depth, likelihood, poverty or need."""
    if answer is None:
        return None
    text = _squash(answer)
    if not text:
        return None
    for code in _LABELS[kind]:
        if text in (_squash(code), _squash(t(_LABELS[kind][code], "en")), _squash(t(_LABELS[kind][code], "zh"))):
            return code
    if kind == "age_health":
        for code, aliases in _EN_ALIASES.items():
            if text in aliases:
                return code
    if kind in ("depth", "poverty"):
        depth = ("deep" if re.search("deep|深", text) else "shallow" if re.search("shallow|浅", text) else None)
    if kind in ("likelihood", "poverty"):
        likelihood = ("unlikely" if re.search(r"unlikely|notlikely|难|不易|不太可能", text)
                      else "likely" if re.search(r"likely|容易|易|可能", text) else None)
    if kind == "depth":
        return depth
    if kind == "likelihood":
        return likelihood
    if kind == "poverty":
        return f"{depth}_{likelihood}" if depth and likelihood else None
    if kind == "need":
        for code, stem in (("survival", "surviv"), ("development", "develop"), ("opportunity", "opportun")):
            if stem in text:
                return code
    for code, words in _ZH_KEYWORDS.get(kind, []):
        if any(word in text for word in words):
            return code
    return None
