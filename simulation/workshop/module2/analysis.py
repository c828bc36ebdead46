"""Module 2's households and tables: profiles as a caseworker reads them, the handful the exercise shows, and the
district's poor in words (`simulation.services.needs` classifies them)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.i18n import language, t
from simulation.model.district import DistrictModel
from simulation.services import needs

EXERCISE_DISTRICT = dict(households=2_000, seed=3)   # small: the exercise only needs a handful of households
MAX_PROFILE_MEMBERS = 5
QUESTIONS = ("age_health", "poverty", "need")


def listed(parts: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(parts)


# ---- profiles ----------------------------------------------------------------------------------------------------
def member_line(member: dict, bands, lang: str) -> str:
    parts = []
    if member["disability"] == 2:
        parts.append(t("severe disability", lang))
    elif member["disability"] == 1:
        parts.append(t("disability", lang))
    if member["chronic"]:
        parts.append(t("chronic illness", lang))
    if bands[1] <= member["age"] < bands[2] and member["disability"] != 2:
        parts.append(t("in work", lang) if member["employed"] else
                     t("out of work for {months} months", lang, months=member["months_jobless"]))
    aged = t("aged {age}", lang, age=member["age"])
    colon = "：" if lang == "zh" else ": "
    return f"– {aged}{colon}{listed(parts, lang)}" if parts else f"– {aged}"


def profile(model: DistrictModel, case: dict, number: int, lang: str) -> list[str]:
    """A household as a caseworker would read it after a home visit, one line each."""
    c, h = model.circumstances, int(case["household"])
    bands = model.p["population.age_bands"]
    area = needs.label("area", case["area"], lang)
    lines = [t("Household {number} ({area}), one person living alone", lang, number=number, area=area)
             if case["members"] == 1 else
             t("Household {number} ({area}), {members} members", lang, number=number, area=area,
               members=int(case["members"]))]
    lines += [member_line(member, bands, lang) for member in needs.members_of(model, h)]
    lines.append(t("Earnings, pensions and remittances: {income} yuan a month for the household.", lang,
                   income=round(float(c.income[h]))))
    if c.medical_repayment[h] >= 1:
        lines.append(t("Medical costs being repaid from it: {amount} yuan a month.", lang,
                       amount=round(float(c.medical_repayment[h]))))
    lines.append(t("That leaves {per_person} yuan a person a month; the local Dibao standard is {standard} yuan.",
                   lang, per_person=round(case["income_per_person"]), standard=round(case["standard"])))
    lines.append(t("Poor before assistance for {months} months; now receives: {programme}.", lang,
                   months=int(case["spell_months"]), programme=needs.label("receives", case["receives"], lang)))
    return lines


def pick_cases(frame: pd.DataFrame, count: int, seed: int) -> pd.DataFrame:
    """A handful of households that between them show every need, then every age-and-health class, then every
    depth-and-likelihood class: the variety a trainer wants, drawn the same way every time."""
    readable = frame[frame["members"] <= MAX_PROFILE_MEMBERS]
    order = readable.iloc[np.random.default_rng(seed).permutation(len(readable))]
    chosen: list[int] = []
    for column in ("need", "age_health", "poverty", None):
        for index, row in order.iterrows():
            if len(chosen) >= count:
                break
            seen = {order.at[i, column] for i in chosen} if column else set()
            if index not in chosen and (column is None or row[column] not in seen):
                chosen.append(index)
    return order.loc[chosen].sort_values("household").reset_index(drop=True)


# ---- the district's poor, as a table -----------------------------------------------------------------------------
def readable_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """The columns a practitioner reads, with class names in words instead of codes."""
    lang = lang or language()
    columns = {
        "household": t("household", lang),
        "ages": t("ages", lang),
        "income_per_person": t("income per person", lang),
        "standard": t("standard", lang),
        "spell_months": t("months poor", lang),
        "age_health": t("Age and health", lang),
        "poverty": t("Depth and likelihood", lang),
        "need": t("Need", lang),
    }
    table = frame[list(columns)].copy()
    table["ages"] = [", ".join(str(age) for age in ages) for ages in table["ages"]]
    for kind in QUESTIONS:
        table[kind] = [needs.label(kind, code, lang) for code in table[kind]]
    return table.rename(columns=columns)
