"""Kinds of household, for telling who gains and who loses from a reform.

A household is typed by what it was at the start of the run, so the same household stays in the same rows however
its members' lives go. The types overlap (an urban elderly household with a disabled member counts in three):

- elderly: every member is 60 or over (the start of the old-age band, `population.age_bands`): older people
  living alone or as a couple, or several generations of old people, with no one of working age (纯老家庭);
- disabled: at least one member has a disability;
- migrant: the household has no local hukou;
- urban or rural: where it lives;
- with children: at least one member is under 16 (the start of working age, `population.age_bands`);
- recipients: the household receives Dibao or extreme-poor support when the run starts.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.i18n import marked
from simulation.model.population import NO_DISABILITY, Households, Persons

# Column name -> label, in the order tables show them.
TYPES = {
    "elderly": marked("elderly households (all members 60 or over)"),
    "disabled": marked("households with a disabled member"),
    "migrant": marked("migrant households (no local hukou)"),
    "urban": marked("urban households"),
    "rural": marked("rural households"),
    "with_children": marked("households with children under 16"),
    "recipients": marked("households receiving Dibao or extreme-poor support at the start"),
}
ALL = marked("all households")


def of_households(households: Households, persons: Persons, bands, assisted: np.ndarray) -> pd.DataFrame:
    """One row per household, one true/false column per type in `TYPES`, from the living members now and whether
    each household is `assisted` (receives Dibao or extreme-poor support) now."""
    n = len(households)
    living = persons.alive
    count = lambda who: np.bincount(persons.household[living & who], minlength=n)  # noqa: E731
    members = count(True)
    return pd.DataFrame({
        "elderly": (members > 0) & (count(persons.age >= bands[2]) == members),
        "disabled": count(persons.disability != NO_DISABILITY) > 0,
        "migrant": ~households.local_hukou,
        "urban": households.urban.copy(),
        "rural": ~households.urban,
        "with_children": count(persons.age < bands[1]) > 0,
        "recipients": assisted.copy(),
    })
