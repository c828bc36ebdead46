"""`carelab validate`: the national district run year by year against the official series, training years (fitted
by `carelab calibrate`) and test years (never seen by it) apart, written as validation.csv and report.html."""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.calibration import fit, official, simulated
from simulation.calibration.report import COLUMNS, TEST, TRAIN, write_validation
from simulation.i18n.numbers import years as years_as_text
from simulation.inputs.errors import InputError


def validate(years: list[int], figures: list[str] | None, seeds: int, households: int, out, overwrite: bool = False,
             lang: str = "en", inputs: dict | None = None) -> pd.DataFrame:
    """Lives each of `years` with `seeds` districts of `households` (`simulated.years_lived`), and writes the
    comparison with every official figure of those years into `out`. Returns the table written."""
    first = simulated.START_YEAR + 1
    early = [year for year in years if year < first]
    if early:
        raise InputError("carelab validate", "--years", years_as_text(early),
                         "years from {first} on (the district is run from January {start})", first=first,
                         start=simulated.START_YEAR)
    if not 1 <= seeds <= 100:
        raise InputError("carelab validate", "--seeds", seeds, "a whole number from 1 to 100")
    if not 1_000 <= households <= 5_000_000:
        raise InputError("carelab validate", "--households", households, "a whole number from 1,000 to 5,000,000")
    wanted = official.select(figures, years)
    runs = np.vstack([simulated.figures(simulated.years_lived("national", households, seed, years), wanted)
                      for seed in range(1, seeds + 1)])
    table = wanted.assign(
        split=np.where(wanted["year"].isin(official.TRAINING_YEARS), TRAIN, TEST),
        simulated=runs.mean(axis=0), simulated_low=runs.min(axis=0), simulated_high=runs.max(axis=0))
    table["error"] = table["simulated"] - table["official"]
    table["error_pct"] = 100 * table["error"] / table["official"]
    table = table[[*COLUMNS, "simulated_low", "simulated_high", "month", "unit", "source_id", "status"]]
    fitted = {target["figure"] for target in fit.read(fit.calibrated_file("national")).targets}
    write_validation(table, out, lang, overwrite, inputs, fitted)
    return table
