"""Module 1's runs and numbers: the application pipeline under chosen casework settings, and the households whose
stories a trainer wants to show."""
from __future__ import annotations

import pandas as pd

from simulation.analysis.case_file import case_file, journey
from simulation.i18n import t
from simulation.model.district import DistrictModel
from simulation.model.metric_registry import LAST_YEAR
from simulation.rules.regular_support import ON_DIBAO

# The figures the pipeline's settings move.
PIPELINE_FIGURES = ["mean_processing_days", "backlog", "dibao_coverage", "inclusion_error", "exclusion_error",
                    "take_up"]


def pipeline_run(parameters: dict, months: int, district: dict) -> pd.DataFrame:
    """The district's monthly figures with the casework `parameters` laid over the parameter file's."""
    return DistrictModel(parameters=parameters, **district).run(months).monthly()


def last_year(monthly: pd.DataFrame) -> dict:
    """The last year's averages of what the pipeline's settings move."""
    return monthly[PIPELINE_FIGURES].tail(LAST_YEAR).mean().round(3).to_dict()


def interesting_households(model: DistrictModel, lang: str) -> list[tuple[str, int]]:
    """A few households of each story a trainer wants to show."""
    stories = {}
    for case in model.district.case_log:
        story = {"dibao": t("granted Dibao", lang), "extreme_poor": t("granted extreme-poor support", lang),
                 "dibao_disabled_alone": t("granted Dibao for its disabled members only", lang)}.get(
            case.outcome, t("turned down", lang))
        if case.kind == "application":
            stories.setdefault(story, []).append(case.household)
    c, caseload = model.circumstances, model.caseload
    above = (caseload.receives == ON_DIBAO) & (c.income > c.standard * c.members)
    stories[t("receives Dibao with income above the standard", lang)] = list(above.nonzero()[0])
    return [(f"{story}: {household}", int(household)) for story, households in stories.items()
            for household in sorted(set(households))[:4]]


def case_text(model: DistrictModel, household: int, month: int, lang: str) -> str:
    """The household's case file in that month, then the journey of each of its applications and reviews."""
    return case_file(model, household, month, lang) + "\n\n" + "\n".join(journey(model, household, lang))
