"""The calibration as datasets/README.md quotes it: the fitted values, and the validation's errors in the test years.

`python -m simulation.calibration.summary` prints the block between the README's markers; a test compares the two,
so a recalibration cannot leave the README quoting old numbers.
"""
from __future__ import annotations

import datetime as dt
import tempfile

import pandas as pd

from simulation.calibration import fit, validation
from simulation.model.district import DistrictModel

START, END = "<!-- calibration summary: start -->", "<!-- calibration summary: end -->"
VALIDATION = dict(years=list(range(2010, 2020)), seeds=3, households=100_000)  # issue 9's acceptance run


def fitted_table(locality: str) -> list[str]:
    file = fit.read(fit.calibrated_file(locality))
    lines = ["| parameter | fitted value | fit error | what it is |", "| --- | --- | --- | --- |"]
    for name, parameter in file.parameters.items():
        value = parameter.values[max(parameter.values)]
        error = f"{value.fit.error:.3f}" if value.fit else "not fitted"
        lines.append(f"| `{name}` | {value.value:g} | {error} | {parameter.description} |")
    return lines


def test_years_table(table: pd.DataFrame) -> list[str]:
    test = table[table["split"] == validation.TEST]
    years = sorted(set(test["year"]))
    lines = ["| figure | area | " + " | ".join(str(year) for year in years) + " |",
             "| --- | --- |" + " --- |" * len(years)]
    for (figure, area), rows in test.groupby(["figure", "area"], sort=False):
        by_year = rows.set_index("year")
        cells = [f"{by_year.at[year, 'official']:.3g} / {by_year.at[year, 'simulated']:.3g}" if year in by_year.index
                 else "" for year in years]
        lines.append(f"| {figure} | {area} | " + " | ".join(cells) + " |")
    return lines


def dachuan_disabled_share() -> float:
    """Issue 9's check: Dachuan 2019, 50,000 households, seed 1, the share in month 12."""
    monthly = DistrictModel("dachuan", dt.date(2019, 1, 1), 50_000, seed=1, keep_history=False).run(12).monthly()
    return float(monthly.loc[monthly["month"] == 12, "dibao_disabled_share"].iloc[0])


def summary() -> str:
    with tempfile.TemporaryDirectory() as folder:
        table = validation.validate(VALIDATION["years"], None, VALIDATION["seeds"], VALIDATION["households"],
                                    f"{folder}/validation")
    return "\n".join([
        START,
        "Fitted values, national (`datasets/parameters/national/assumptions/calibrated.yaml`):", "",
        *fitted_table("national"), "",
        "Fitted values, Dachuan (`datasets/parameters/dachuan/assumptions/calibrated.yaml`):", "",
        *fitted_table("dachuan"), "",
        f"Dachuan's share of the people on Dibao who have a disability, month 12 of `carelab run "
        f"scenarios/dachuan-2019.yaml --households 50000 --months 12 --seed 1`: {dachuan_disabled_share():.2f} "
        "(Sichuan: over half, seed 004).", "",
        f"Test years, official / simulated (`carelab validate --years 2010-2019 --seeds {VALIDATION['seeds']}`, "
        f"{VALIDATION['households']:,} households):", "",
        *test_years_table(table),
        END,
    ])


if __name__ == "__main__":
    print(summary())
