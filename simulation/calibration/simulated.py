"""The simulated side of calibration and validation: the district lived month by month through the years, and from
its monthly figures the same figures the Ministry publishes, each read at the month of the official one.

The national district lives one continuous life from January of `START_YEAR`, a year before the first year it is
fitted on, so that its caseload carries its history: who was admitted while declarations went unchecked is found out
only at a review once records can be checked. (Drawn afresh each year instead, the district would start each year
without that history.) The price is that it ages without being renewed: the model has no births and no new
households, so after a decade it is older and its households smaller than the country's; the validation report shows
what that costs. Its rates per resident are turned into national figures with the official resident population
(china_population_income.csv) of each year: the simulated district is a sample of the country, whose urban share
grows as people move to the towns.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

import numpy as np
import pandas as pd

from simulation.calibration.official import BASE_YEAR
from simulation.inputs import datasets
from simulation.model.district import DistrictModel

START_YEAR = 2007


def years_lived(locality: str, households: int, seed: int, years, parameters: dict | None = None) -> pd.DataFrame:
    """Every month's figures of a district started in January `START_YEAR` and run to the end of the last of
    `years` (at least to the base year of the index), with a `year` and a calendar `month` column."""
    last = max(*years, BASE_YEAR)
    model = DistrictModel(locality, dt.date(START_YEAR, 1, 1), households, parameters or {}, seed, keep_history=False)
    model.run((last - START_YEAR + 1) * 12 - 1)
    monthly = model.monthly()
    dates = pd.to_datetime(monthly["date"])
    return monthly.assign(year=dates.dt.year, month=dates.dt.month)


@cache
def _residents() -> dict[tuple[str, int], float]:
    table = datasets.load_table("china_population_income")
    rows = table[(table["indicator"] == "resident_population") & (table["period"] == "year-end")
                 & table["value"].notna() & table["area"].isin(("urban", "rural"))]
    return {(row.area, int(row.year)): float(row.value) for row in rows.itertuples()}


def residents(area: str, year: int, month: int) -> float:
    """The official resident population of the area (10,000 persons) at the end of `month`: between two year-ends
    in a straight line, or the nearest year-end where the one before is a gap."""
    known = _residents()
    end = known.get((area, year))
    before = known.get((area, year - 1))
    if end is None:
        return before if before is not None else np.nan
    if before is None or month == 12:
        return end
    return before + (end - before) * month / 12


def figures(monthly: pd.DataFrame, wanted: pd.DataFrame) -> np.ndarray:
    """The simulated value of each row of `wanted` (official figures: figure, area, year, month), from the monthly
    figures of the years lived (`years_lived`); NaN where they do not reach the row's month."""
    at = monthly.set_index(["year", "month"])
    by_year = monthly.groupby("year")

    def living_in(area: str, rows):  # the district's residents of the area, in a month's row or a year's rows
        return rows["persons_urban"] if area == "urban" else rows["persons"] - rows["persons_urban"]

    def rate(area: str, year: int, month: int) -> float:  # persons on Dibao per 100 residents
        key = (year, month)
        if key not in at.index:
            return np.nan
        row = at.loc[key]
        return 100 * row[f"dibao_persons_{area}"] / living_in(area, row)

    def nationally(area: str, year: int, month: int) -> float:  # persons on Dibao, 10,000s
        return rate(area, year, month) * residents(area, year, month) / 100

    def months_of(year: int) -> pd.DataFrame:
        return by_year.get_group(year) if year in by_year.groups else monthly.iloc[:0]

    def paid(area: str, months: pd.DataFrame) -> pd.Series:  # each month's yuan of Dibao paid in the area
        urban = months["spending_dibao_urban"]
        return urban if area == "urban" else months["spending_dibao"] - urban

    def spent_nationally(area: str, year: int) -> float:
        # Scaled to the country month by month as persons on Dibao are: the district's own mix of town and country
        # is not the country's, so a ratio of its raw totals would weigh each area by the district's mix.
        months = months_of(year)
        country = [residents(area, year, int(month)) for month in months["month"]]
        return float((paid(area, months) / living_in(area, months) * country).sum())

    def value(figure: str, area: str, year: int, month) -> float:
        # Flows over the whole year first, then stocks read at the official figure's month (December for a year-end).
        if figure == "average_dibao_per_person":  # yuan a month per person on Dibao, over the year's months
            months = months_of(year)
            persons = months[f"dibao_persons_{area}"].sum()
            return paid(area, months).sum() / persons if persons else np.nan
        if figure == "dibao_spending_urban_to_rural":
            urban, rural = spent_nationally("urban", year), spent_nationally("rural", year)
            return urban / rural if rural else np.nan
        month = 12 if pd.isna(month) else int(month)
        if figure == "dibao_persons_per_100_residents":
            return rate(area, year, month)
        if figure == "dibao_persons_index":
            return 100 * nationally(area, year, month) / nationally(area, BASE_YEAR, 12)
        if figure == "urban_share_of_dibao_persons":
            urban, rural = nationally("urban", year, month), nationally("rural", year, month)
            return 100 * urban / (urban + rural)
        if (year, month) not in at.index:
            return np.nan
        row = at.loc[(year, month)]
        if figure == "persons_per_dibao_household":
            households = (row["dibao_households_urban"] if area == "urban"
                          else row["dibao_households"] - row["dibao_households_urban"])
            return row[f"dibao_persons_{area}"] / households
        if figure == "extreme_poor_to_dibao_persons":
            return 100 * row["extreme_poor_persons_rural"] / row["dibao_persons_rural"]
        if figure == "dibao_quarterly_exit":
            return 100 * row["dibao_quarterly_exit"]
        # The district's own mix of town and country: an age structure, not a national rate.
        if figure == "share_aged_60_or_over":
            return 100 * row["persons_aged_60_or_over"] / row["persons"]
        if figure == "share_aged_under_15":
            return 100 * row["persons_aged_under_15"] / row["persons"]
        if figure == "persons_per_household":
            return row["persons"] / row["households"]
        if figure == "elderly_share_of_dibao_persons":
            return 100 * row["dibao_persons_aged_60_or_over"] / row["dibao_persons"]
        raise ValueError(f"no simulated counterpart for {figure}")

    with np.errstate(divide="ignore", invalid="ignore"):
        return np.array([value(row.figure, row.area, int(row.year), row.month) for row in wanted.itertuples()],
                        dtype=float)
