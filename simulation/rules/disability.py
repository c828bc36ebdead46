"""Disability support (残疾人两项补贴): a living subsidy for disabled members of Dibao and extreme-poor
households, and a nursing subsidy for every severely disabled person with local hukou.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulation.i18n import counted, marked, t
from simulation.rules.circumstances import Circumstances


@dataclass
class DisabilityAssessment:
    living: np.ndarray
    nursing: np.ndarray
    amount: np.ndarray


def assess(c: Circumstances, assisted: np.ndarray, p: dict) -> DisabilityAssessment:
    # Multiplied in place by the masks, not np.where: this runs on every household every month.
    living = float(p["disability.living_subsidy"]) * c.disabled
    living *= assisted
    nursing = float(p["disability.nursing_subsidy"]) * c.severely_disabled
    nursing *= c.local_hukou
    return DisabilityAssessment(living, nursing, living + nursing)


def explain(a: DisabilityAssessment, c: Circumstances, i: int, p: dict, lang: str) -> list[str]:
    lines = []
    if a.living[i] > 0:
        lines.append(t("Living subsidy for {members} of an assisted household: {amount:,.0f} yuan.", lang,
                       members=counted(int(c.disabled[i]), marked("{n} disabled member"),
                                       marked("{n} disabled members"), lang), amount=a.living[i]))
    if a.nursing[i] > 0:
        lines.append(t("Nursing subsidy for {members}: {amount:,.0f} yuan.", lang,
                       members=counted(int(c.severely_disabled[i]), marked("{n} severely disabled member"),
                                       marked("{n} severely disabled members"), lang), amount=a.nursing[i]))
    return lines
