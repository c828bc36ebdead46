"""The calibration as datasets/README.md quotes it: the fitted values, and the validation's errors in the test years.

`python -m simulation.calibration.summary` prints the block between the README's markers; a test compares the two,
so a recalibration cannot leave the README quoting old numbers.
"""
from __future__ import annotations

import datetime as dt
import tempfile

import pandas as pd

from simulation.calibration import acceptance, fit, official, simulated, validation
from simulation.inputs import datasets
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


def checks_line(table: pd.DataFrame) -> str:
    judged = acceptance.checks(table)
    missed = ", ".join(f"{row.figure} {row.area} {row.year}" for row in judged[~judged["holds"]].itertuples())
    first, last = acceptance.CHECKED_YEARS[0], acceptance.CHECKED_YEARS[-1]
    return (f"Within issue 9's bounds, {first} to {last}: {int(judged['holds'].sum())} of {len(judged)} checks"
            + (f"; not within: {missed}." if missed else "."))


def dachuan_disabled_share() -> float:
    """Issue 9's check: Dachuan 2019, 50,000 households, seed 1, the share in month 12."""
    monthly = DistrictModel("dachuan", dt.date(2019, 1, 1), 50_000, seed=1, keep_history=False).run(12).monthly()
    return float(monthly.loc[monthly["month"] == 12, "dibao_disabled_share"].iloc[0])


def national_disabled_share() -> float:
    """The national district's share in December 2019, lived from 2007 (40,000 households, seed 1), to set beside the
    Disabled Persons' Federation's count."""
    model = DistrictModel("national", dt.date(2007, 1, 1), 40_000, seed=1, keep_history=False).run(13 * 12)
    return float(model.latest["dibao_disabled_share"])


def population_line(table: pd.DataFrame) -> str:
    """The district's age and household size against the 2010 census (a training year: the test years are in the
    table), and the Ministry's elderly on Dibao (2022, from its own run: the acceptance run stops in 2019)."""
    census = table[table["year"] == 2010].set_index("figure")
    aged, children = census.loc["share_aged_60_or_over"], census.loc["share_aged_under_15"]
    size = census.loc["persons_per_household"]
    wanted = official.select(["elderly_share_of_dibao_persons"])
    monthly = simulated.years_lived("national", 40_000, 1, set(wanted["year"]))
    elderly = wanted.assign(simulated=simulated.figures(monthly, wanted)).iloc[-1]
    return (f"The 2010 census / the district: residents aged 60 or over {aged['official']:.1f}% / "
            f"{aged['simulated']:.1f}%, under 15 {children['official']:.1f}% / {children['simulated']:.1f}%, "
            f"persons per household {size['official']:.2f} / {size['simulated']:.2f} "
            "(later years in the table above). People on Dibao aged 60 or over, March 2022 (the Ministry, S23 and "
            f"S21 / 40,000 households, seed 1): {elderly['official']:.1f}% / {elderly['simulated']:.1f}%.")


def older_work_line() -> str:
    """How many older people still work in the district lived from 2007 to the 2010 census (40,000 households, seed
    1), against the 2010 survey of the aged (rural, S288) and the census's cities (S289)."""
    surveyed = datasets.load_table("china_population_income").query(
        "indicator == 'older_people_living_mainly_on_own_work'").set_index("area")["value"]
    model = DistrictModel("national", dt.date(2007, 1, 1), 40_000, seed=1, keep_history=False).run(3 * 12 + 10)
    persons, urban = model.persons, model.households.urban[model.persons.household]
    older = persons.alive & (persons.age >= model.p["population.age_bands"][2])
    at_work = {area: 100 * persons.employed[older & (urban == (area == "urban"))].mean() for area in ("rural", "urban")}
    return ("People aged 60 or over who live mainly on their own work, 2010 (the survey of the aged, S288, and the "
            "census's cities, S289) / in work in the district, November 2010 (40,000 households, seed 1): "
            f"rural {surveyed['rural']:.1f}% / {at_work['rural']:.1f}%, urban {surveyed['urban']:.1f}% / "
            f"{at_work['urban']:.1f}%.")


def disability_line() -> str:
    """What disability does in the district as drawn in January 2007, against the 2006 disability survey (S233,
    S284): how many family households have a disabled member, how many two or more, how large they are, and their
    income per person against all households' in their area (the district's is market income: earnings, pensions
    and remittances)."""
    survey = datasets.load_table("china_disability").set_index(["indicator", "area"])["value"]
    c = DistrictModel("national", dt.date(2007, 1, 1), 40_000, seed=1, keep_history=False).circumstances
    living, disabled = c.members > 0, c.disabled > 0
    per_person = lambda households: c.income[households].sum() / c.members[households].sum()  # noqa: E731
    ratios = []
    for area, in_area in (("urban", c.urban), ("rural", ~c.urban)):
        surveyed = (survey["disabled_household_income_per_person", area]
                    / survey["income_per_person_all_households", area])
        drawn = per_person(disabled & in_area) / per_person(living & in_area)
        ratios.append(f"{area} {surveyed:.2f} / {drawn:.2f}")
    national = lambda indicator: survey[indicator, "national"]  # noqa: E731
    shares = (f"family households with a disabled member {national('households_with_disabled_member_share'):.1f}% / "
              f"{100 * disabled[living].mean():.1f}%, of them with two or more "
              f"{national('households_with_two_or_more_disabled_share'):.1f}% / "
              f"{100 * (c.disabled[disabled] >= 2).mean():.1f}%")
    size = f"persons in each {national('disabled_household_size'):.2f} / {c.members[disabled].mean():.2f}"
    return ("The 2006 disability survey (S233, S284) / the district as drawn in January 2007 (40,000 households, "
            f"seed 1): {shares}, {size}; their income per person against all households' in their area, 2005: "
            f"{', '.join(ratios)}.")


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
        f"The national district's share, December 2019 (lived from 2007; 40,000 households, seed 1): "
        f"{national_disabled_share():.2f} (the Disabled Persons' Federation counted more than 10.7 million disabled "
        "people on Dibao at the end of 2020, S256, about a quarter of the 42.83 million on Dibao in September 2019, "
        "S17).", "",
        f"Test years, official / simulated (`carelab validate --years 2010-2019 --seeds {VALIDATION['seeds']}`, "
        f"{VALIDATION['households']:,} households):", "",
        *test_years_table(table), "",
        checks_line(table), "",
        population_line(table), "",
        older_work_line(), "",
        disability_line(),
        END,
    ])


if __name__ == "__main__":
    print(summary())
