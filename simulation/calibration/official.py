"""The official figures the simulated district is calibrated on and validated against, computed from the rows of
datasets/ only: the Ministry of Civil Affairs' Dibao series (china_dibao_national), extreme-poor support
(china_social_assistance_other), the 2019 exits (dibao_targeting_dynamics) and the NBS population
(china_population_income).

One row per figure, area and year, with the calendar month of the stock it describes (12 for a year-end or Q4
figure, 9 for end-September ...; empty for a figure over a whole year), the source ids of every row used, the
weakest status among them, and a note saying how it was computed. A year whose year-end figure is a gap takes the
latest figure of the year instead (end-September 2014, end-May 2019 ...); a rounded figure is used only where no
exact one exists, and says so in its status and note.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from simulation.i18n import marked
from simulation.i18n.numbers import years as years_as_text
from simulation.inputs import datasets
from simulation.inputs.errors import InputError

# Every figure with its unit, in the order the validation report shows them (units marked for translation).
FIGURES = {
    "dibao_persons_index": marked("index, 2012 year-end = 100"),
    "urban_share_of_dibao_persons": marked("percent"),
    "persons_per_dibao_household": marked("persons per household"),
    "average_dibao_per_person": marked("yuan per person per month"),
    "extreme_poor_to_dibao_persons": marked("percent"),
    "dibao_spending_urban_to_rural": marked("ratio"),
    "dibao_quarterly_exit": marked("percent of persons per quarter"),
    "dibao_persons_per_100_residents": marked("persons per 100 residents"),
    "share_aged_60_or_over": marked("percent of residents"),
    "share_aged_under_15": marked("percent of residents"),
    "persons_per_household": marked("persons per household"),
    "elderly_share_of_dibao_persons": marked("percent"),
}
COLUMNS = ["figure", "area", "year", "month", "official", "unit", "source_id", "status", "note"]
# Weakest last. A rounded figure (unit '... (rounded)') is read as verified but is less exact than a partial one.
STATUSES = ("verified", "verified-partial", "verified-rounded", "derived")
BASE_YEAR = 2012
TRAINING_YEARS = range(2010, 2015)  # calibration reads official figures of these years only; later years test
AREAS = ("urban", "rural")
FULL_YEAR = ("annual", "Jan-Dec")  # periods of a flow (spending) over the whole calendar year
MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
_MONTH = "(" + "|".join(MONTHS) + ")"


@dataclass(frozen=True)
class Used:
    """A dataset row a figure is computed from."""
    value: float
    year: int
    month: int | None
    status: str
    source_id: str
    period: str
    rounded: bool = False


def official_figures() -> pd.DataFrame:
    """Every official figure that datasets/ allows, one row per (figure, area, year); columns `COLUMNS`."""
    national = datasets.load_table("china_dibao_national")
    population = datasets.load_table("china_population_income")
    rows = [
        *_persons_index(national),
        *_urban_share(national),
        *_persons_per_household(national),
        *_average_dibao(national),
        *_extreme_poor_ratio(national, datasets.load_table("china_social_assistance_other")),
        *_spending_ratio(national),
        *_quarterly_exit(national, datasets.load_table("dibao_targeting_dynamics")),
        *_persons_per_100_residents(national, population),
        *_population_figure(population, "share_aged_60_or_over", "population_aged_60+_share", "total",
                            "all residents"),
        *_population_figure(population, "share_aged_under_15", "population_aged_0-14_share", "total",
                            "all residents"),
        *_population_figure(population, "persons_per_household", "avg_family_household_size", "national",
                            "family households"),
        *_elderly_share(national),
    ]
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["month"] = table["month"].astype("Int64")
    order = {name: number for number, name in enumerate(FIGURES)}
    return table.sort_values(["figure", "area", "year"], key=lambda c: c.map(order) if c.name == "figure" else c,
                             ignore_index=True)


def select(figures: Iterable[str] | None = None, years: Iterable[int] | None = None,
           where: str = "carelab validate") -> pd.DataFrame:
    """The official figures named (all by default) in `years` (all by default). Raises InputError for a name that is
    not a figure, and for a year in which none of the named figures has an official value."""
    names = list(FIGURES) if figures is None else list(figures)
    for name in names:
        if name not in FIGURES:
            raise InputError(where, "figure", name, "one of: {names}", names=", ".join(FIGURES))
    table = official_figures()
    table = table[table["figure"].isin(names)]
    if years is None:
        return table.reset_index(drop=True)
    years = list(years)
    available = set(table["year"])
    for year in years:
        if year not in available:
            raise InputError(where, "--years", year, "years with an official figure of {names}: {years}",
                             names=", ".join(names), years=years_as_text(available))
    return table[table["year"].isin(years)].reset_index(drop=True)


# ---- reading the rows --------------------------------------------------------------------------------------------
def month_of(period: str) -> int | None:
    """The calendar month a stock figure's period ends in: 12 for year-end or Q4 (year-end), 9 for end-Sep 2014
    or Jun-Sep 2019, 2 for Feb 2021; None for anything else (a flow over the year, a quarter's average)."""
    if "year-end" in period:
        return 12
    found = (re.search(rf"end-{_MONTH}\b", period) or re.search(rf"\b{_MONTH}-{_MONTH} \d{{4}}$", period)
             or re.fullmatch(rf"{_MONTH} \d{{4}}", period))
    return MONTHS[found.groups()[-1]] if found else None


def _used(row, month: int | None) -> Used:
    rounded = "(rounded)" in row["unit"]
    status = _weakest([row["status"], "verified-rounded"]) if rounded else row["status"]
    return Used(float(row["value"]), int(row["year"]), month, status, row["source_id"], row["period"], rounded)


def _stocks(national: pd.DataFrame, indicator: str, area: str) -> dict[int, dict[int, Used]]:
    """Year -> month -> the figure of `indicator` at the end of that month, an exact one before a rounded one."""
    rows = national[(national["indicator"] == indicator) & (national["area"] == area) & national["value"].notna()]
    found: dict[int, dict[int, Used]] = {}
    for _, row in rows.iterrows():
        month = month_of(row["period"])
        if month is None:
            continue
        used = _used(row, month)
        earlier = found.setdefault(used.year, {}).get(month)
        if earlier is None or (earlier.rounded and not used.rounded):
            found[used.year][month] = used
    return found


def _latest(by_month: dict[int, Used]) -> Used:
    return by_month[max(by_month)]


def _flows(national: pd.DataFrame, indicator: str, area: str) -> dict[int, Used]:
    """Year -> the figure of `indicator` over that whole calendar year."""
    rows = national[(national["indicator"] == indicator) & (national["area"] == area) & national["value"].notna()
                    & national["period"].isin(FULL_YEAR)]
    return {int(row["year"]): _used(row, None) for _, row in rows.iterrows()}


# ---- the figures -------------------------------------------------------------------------------------------------
def _figure(name: str, area: str, year: int, month: int | None, value: float, used: list[Used], note: str,
            derived: bool = False) -> list:
    """One row of the table; `derived` when the figure is an estimate of ours rather than a ratio of published ones."""
    ids = list(dict.fromkeys(i for u in used for i in u.source_id.split(";") if i))
    status = _weakest([u.status for u in used] + (["derived"] if derived else []))
    if any(u.rounded for u in used):
        note += "; uses a rounded figure (" + ", ".join(f"{u.period} {u.year}" for u in used if u.rounded) + ")"
    return [name, area, year, month, value, FIGURES[name], ";".join(ids), status, note]


def _weakest(statuses: list[str]) -> str:
    return max(statuses, key=STATUSES.index)


def _persons_index(national: pd.DataFrame) -> list[list]:
    rows = []
    for area in AREAS:
        stocks = _stocks(national, "dibao_persons", area)
        base = stocks[BASE_YEAR][12]
        for year, by_month in sorted(stocks.items()):
            now = _latest(by_month)
            note = f"dibao_persons {now.period} / {BASE_YEAR} year-end x 100"
            rows.append(_figure("dibao_persons_index", area, year, now.month, now.value / base.value * 100,
                                [now, base], note))
    return rows


def _urban_share(national: pd.DataFrame) -> list[list]:
    urban, rural = (_stocks(national, "dibao_persons", area) for area in AREAS)
    rows = []
    for year in sorted(urban.keys() & rural.keys()):
        common = urban[year].keys() & rural[year].keys()
        if not common:
            continue
        month = max(common)
        u, r = urban[year][month], rural[year][month]
        rows.append(_figure("urban_share_of_dibao_persons", "all", year, month, u.value / (u.value + r.value) * 100,
                            [u, r], f"urban / (urban + rural) dibao_persons, {u.period} x 100"))
    return rows


def _persons_per_household(national: pd.DataFrame) -> list[list]:
    rows = []
    for area in AREAS:
        persons, households = _stocks(national, "dibao_persons", area), _stocks(national, "dibao_households", area)
        for year in sorted(persons.keys() & households.keys()):
            common = persons[year].keys() & households[year].keys()
            if not common:
                continue
            month = max(common)
            p, h = persons[year][month], households[year][month]
            rows.append(_figure("persons_per_dibao_household", area, year, month, p.value / h.value, [p, h],
                                f"dibao_persons / dibao_households, {p.period}"))
    return rows


def _average_dibao(national: pd.DataFrame) -> list[list]:
    """The average benefit paid where the Ministry gives it; else spending over the mean of the stocks at the
    year's start and end (the only persons' figures there are), which is what a year's spending paid for."""
    rows = []
    for area in AREAS:
        paid = national[(national["indicator"] == "avg_benefit_paid") & (national["area"] == area)
                        & national["value"].notna()]
        for _, row in paid.iterrows():
            used = _used(row, None)
            per_year = row["unit"] == "yuan/person/year"
            note = "avg_benefit_paid" + (", yuan a year / 12" if per_year else "")
            rows.append(_figure("average_dibao_per_person", area, used.year, None,
                                used.value / 12 if per_year else used.value, [used], note))
        stocks, spending = _stocks(national, "dibao_persons", area), _flows(national, "dibao_expenditure", area)
        for year, spent in sorted(spending.items()):
            start, end = stocks.get(year - 1, {}).get(12), stocks.get(year, {}).get(12)
            if year in set(paid["year"]) or start is None or end is None:
                continue
            value = spent.value * 1000 / ((start.value + end.value) / 2) / 12  # billion yuan / million persons
            note = (f"derived: dibao_expenditure {year} / mean of year-end dibao_persons {year - 1} and {year} / 12 "
                    "(no average paid published)")
            rows.append(_figure("average_dibao_per_person", area, year, None, value, [spent, start, end], note,
                                derived=True))
    return rows


def _extreme_poor_ratio(national: pd.DataFrame, other: pd.DataFrame) -> list[list]:
    poor = other[other["programme"].isin(["five-guarantees (rural)", "rural extreme poor (tekun)"])
                 & (other["indicator"] == "persons") & other["value"].notna()]
    dibao = _stocks(national, "dibao_persons", "rural")
    rows = []
    for _, row in poor.iterrows():
        month = month_of(row["period"])
        used = _used(row, month)
        stock = dibao.get(used.year, {}).get(month)
        if month is None or stock is None:
            continue
        rows.append(_figure("extreme_poor_to_dibao_persons", "rural", used.year, month,
                            used.value / stock.value * 100, [used, stock],
                            f"{row['programme']} persons / rural dibao_persons, {row['period']} x 100"))
    return rows


def _spending_ratio(national: pd.DataFrame) -> list[list]:
    urban, rural = (_flows(national, "dibao_expenditure", area) for area in AREAS)
    return [_figure("dibao_spending_urban_to_rural", "all", year, None, urban[year].value / rural[year].value,
                    [urban[year], rural[year]], "urban / rural dibao_expenditure over the year")
            for year in sorted(urban.keys() & rural.keys())]


def _quarterly_exit(national: pd.DataFrame, targeting: pd.DataFrame) -> list[list]:
    """Persons removed in a quarter over the stock at the quarter's end."""
    removed = targeting[(targeting["unit"] == "million persons per quarter") & targeting["value"].notna()]
    stocks = _stocks(national, "dibao_persons", "total")
    rows = []
    for _, row in removed.iterrows():
        quarter = re.search(rf"{_MONTH}-{_MONTH} \d{{4}}", row["finding"])
        year, month = int(row["year_of_data"]), month_of(quarter[0]) if quarter else None
        stock = stocks.get(year, {}).get(month)
        if stock is None:
            continue
        used = Used(float(row["value"]), year, month, row["status"], row["source_id"], quarter[0])
        rows.append(_figure("dibao_quarterly_exit", "all", year, month, used.value / stock.value * 100,
                            [used, stock], f"persons removed {quarter[0]} / dibao_persons {stock.period} x 100"))
    return rows


def _persons_per_100_residents(national: pd.DataFrame, population: pd.DataFrame) -> list[list]:
    residents = population[(population["indicator"] == "resident_population") & (population["period"] == "year-end")
                           & population["value"].notna()]
    rows = []
    for area in AREAS:
        dibao = _stocks(national, "dibao_persons", area)
        for _, row in residents[residents["area"] == area].iterrows():
            people, stock = _used(row, 12), dibao.get(int(row["year"]), {}).get(12)
            if stock is None:
                continue
            rows.append(_figure("dibao_persons_per_100_residents", area, people.year, 12,
                                stock.value * 1e6 / (people.value * 1e4) * 100, [stock, people],
                                "year-end dibao_persons / year-end resident_population x 100"))
    return rows


def _population_figure(population: pd.DataFrame, figure: str, indicator: str, area: str, what: str) -> list[list]:
    """A figure of the population: a census or 1% sample survey counts at 0:00 on 1 November (the stock at the end of
    October), NBS's yearly estimate at the end of the year."""
    rows = population[(population["indicator"] == indicator) & (population["area"] == area)
                      & population["value"].notna()]
    used = [_used(row, month_of(row["period"]) or 10) for _, row in rows.iterrows()]
    return [_figure(figure, "all", one.year, one.month, one.value, [one], f"{one.period}, {what}") for one in used]


def _elderly_share(national: pd.DataFrame) -> list[list]:
    """People aged 60 or over among those on Dibao: the Ministry's first-quarter count of the old (the law on the
    elderly's 60 or over; the release gives no age) against the end-of-March total."""
    elderly = national[(national["indicator"] == "elderly_on_dibao") & national["value"].notna()]
    stocks = _stocks(national, "dibao_persons", "total")
    rows = []
    for _, row in elderly.iterrows():
        stock = stocks.get(int(row["year"]), {}).get(3)
        if row["period"] != f"Q1 {row['year']}" or stock is None:
            continue
        used = _used(row, 3)
        rows.append(_figure("elderly_share_of_dibao_persons", "all", used.year, 3, used.value / stock.value * 100,
                            [used, stock], f"elderly_on_dibao {row['period']} / dibao_persons {stock.period} x 100"))
    return rows
