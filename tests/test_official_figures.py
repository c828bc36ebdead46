"""The official figures the district is validated against: computed from datasets/ rows, worked here by hand."""
import pandas as pd
import pytest

from simulation.calibration import official
from simulation.inputs import datasets
from simulation.inputs.errors import InputError


@pytest.fixture(scope="module")
def figures():
    return official.official_figures()


def one(figures, figure, area, year):
    rows = figures[(figures["figure"] == figure) & (figures["area"] == area) & (figures["year"] == year)]
    assert len(rows) == 1, (figure, area, year)
    return rows.iloc[0]


def test_columns_names_and_one_row_per_figure_area_and_year(figures):
    assert list(figures.columns) == official.COLUMNS
    assert set(figures["figure"]) == set(official.FIGURES)
    assert not figures.duplicated(["figure", "area", "year"]).any()
    assert (figures["unit"] == figures["figure"].map(official.FIGURES)).all()
    assert set(figures["status"]) <= set(official.STATUSES)
    assert figures["official"].notna().all()
    assert {tuple(sorted(set(rows["area"]))) for _, rows in figures.groupby("figure")} == {
        ("rural", "urban"), ("all",), ("rural",)}


def test_persons_per_household_2017_urban_is_persons_over_households(figures):
    row = one(figures, "persons_per_dibao_household", "urban", 2017)
    assert row["official"] == pytest.approx(12.61 / 7.415)
    assert (row["month"], row["status"], row["source_id"]) == (12, "verified", "S14")


def test_the_index_is_100_in_2012_and_follows_the_stock(figures):
    for area in ("urban", "rural"):
        assert one(figures, "dibao_persons_index", area, 2012)["official"] == pytest.approx(100)
    assert one(figures, "dibao_persons_index", "urban", 2017)["official"] == pytest.approx(12.61 / 21.435 * 100)


def test_a_year_without_a_year_end_figure_takes_its_latest_partial_one(figures):
    row = one(figures, "dibao_persons_index", "urban", 2014)
    assert (row["month"], row["status"]) == (9, "verified-partial")
    assert row["official"] == pytest.approx(19.245 / 21.435 * 100)
    assert one(figures, "dibao_persons_index", "rural", 2019)["month"] == 5
    assert one(figures, "dibao_persons_index", "urban", 2018)["month"] == 2


def test_an_exact_figure_beats_a_rounded_one_and_a_rounded_one_says_so(figures):
    urban = one(figures, "dibao_persons_index", "urban", 2013)
    assert urban["official"] == pytest.approx(20.613 / 21.435 * 100)  # Q4 20.613, not the UNICEF atlas's 21
    assert urban["status"] == "verified" and "rounded" not in urban["note"]
    rural = one(figures, "dibao_persons_index", "rural", 2013)
    assert rural["official"] == pytest.approx(54 / 53.445 * 100)
    assert rural["status"] == "verified-rounded" and "rounded" in rural["note"]


def test_extreme_poor_to_dibao_persons(figures):
    assert one(figures, "extreme_poor_to_dibao_persons", "rural", 2017)["official"] == pytest.approx(
        4.669 / 40.452 * 100)
    assert one(figures, "extreme_poor_to_dibao_persons", "rural", 2012)["official"] == pytest.approx(
        5.456 / 53.445 * 100)


def test_shares_spending_exit_and_residents(figures):
    assert one(figures, "urban_share_of_dibao_persons", "all", 2010)["official"] == pytest.approx(
        23.105 / (23.105 + 52.14) * 100)
    assert one(figures, "dibao_spending_urban_to_rural", "all", 2015)["official"] == pytest.approx(71.93 / 93.15)
    assert pd.isna(one(figures, "dibao_spending_urban_to_rural", "all", 2015)["month"])
    exit_ = one(figures, "dibao_quarterly_exit", "all", 2019)
    assert exit_["official"] == pytest.approx(1.85 / 42.83 * 100) and exit_["month"] == 9
    assert one(figures, "dibao_persons_per_100_residents", "rural", 2017)["official"] == pytest.approx(
        40.452e6 / 57661e4 * 100)
    # 2014's Dibao figure is end-September, the population's year-end: no figure.
    assert figures[(figures["figure"] == "dibao_persons_per_100_residents") & (figures["year"] == 2014)].empty


def test_age_structure_household_size_and_the_elderly_on_dibao(figures):
    """The census's (and 1% survey's) shares aged 60 or over and under 15 and persons per household are read at 0:00
    on 1 November (the end of October), NBS's year-end estimates in December; the Ministry's elderly on Dibao in the
    first quarter of 2022 against the end-of-March total."""
    census = one(figures, "share_aged_60_or_over", "all", 2010)
    assert census["official"] == pytest.approx(13.26) and census["month"] == 10 and census["source_id"] == "S258"
    assert one(figures, "share_aged_60_or_over", "all", 2015)["official"] == pytest.approx(16.15)
    assert one(figures, "share_aged_60_or_over", "all", 2020)["official"] == pytest.approx(18.70)  # not the rural 23.81
    # The census's children are 0 to 14 (the rules' are under 16).
    children = one(figures, "share_aged_under_15", "all", 2010)
    assert children["official"] == pytest.approx(16.60) and children["month"] == 10 and children["source_id"] == "S258"
    assert one(figures, "share_aged_under_15", "all", 2015)["official"] == pytest.approx(16.52)
    assert one(figures, "share_aged_under_15", "all", 2020)["official"] == pytest.approx(17.95)
    # Persons per family household, nationally (not Sichuan's 2.95 and 2.51), on the census day too.
    size = one(figures, "persons_per_household", "all", 2010)
    assert size["official"] == pytest.approx(3.10) and size["month"] == 10 and size["source_id"] == "S214"
    assert one(figures, "persons_per_household", "all", 2020)["official"] == pytest.approx(2.62)
    assert one(figures, "persons_per_household", "all", 2015)["official"] == pytest.approx(3.10)  # the 1% survey
    # Between them, NBS's year-end estimates of the share aged 60 or over, read in December.
    year_end = one(figures, "share_aged_60_or_over", "all", 2018)
    assert year_end["official"] == pytest.approx(17.9) and year_end["month"] == 12 and year_end["source_id"] == "S275"
    elderly = one(figures, "elderly_share_of_dibao_persons", "all", 2022)
    assert elderly["official"] == pytest.approx(14.2 / 41.28 * 100) and elderly["month"] == 3
    assert elderly["source_id"] == "S23;S21"


def test_average_dibao_is_the_average_paid_or_derived_from_spending(figures):
    assert one(figures, "average_dibao_per_person", "urban", 2010)["official"] == pytest.approx(189.0)
    assert one(figures, "average_dibao_per_person", "rural", 2015)["official"] == pytest.approx(1766.5 / 12)
    derived = one(figures, "average_dibao_per_person", "urban", 2017)
    assert derived["official"] == pytest.approx(64.05e9 / ((14.802e6 + 12.61e6) / 2) / 12)
    assert derived["status"] == "derived" and "derived" in derived["note"]
    assert pd.isna(derived["month"])


def test_every_row_traces_to_sources_in_the_datasets(figures):
    known = datasets.source_ids()
    for ids in figures["source_id"]:
        assert ids and set(ids.split(";")) <= known, ids


def test_months_of_periods():
    assert [official.month_of(p) for p in ("year-end", "Q4 (year-end)", "end-Sep 2014", "end-Feb 2018",
                                            "Jun-Sep 2019", "Feb 2021", "annual", "Jan-Dec", "Q3 2014")] == [
        12, 12, 9, 2, 9, 2, None, None, None]


def test_select_filters_and_refuses_unknown_names_and_years_without_a_figure():
    chosen = official.select(["dibao_persons_index"], range(2010, 2018))
    assert set(chosen["figure"]) == {"dibao_persons_index"} and set(chosen["year"]) == set(range(2010, 2018))
    with pytest.raises(InputError, match="'dibao_people' is not allowed .*dibao_persons_index, ") as caught:
        official.select(["dibao_people"])
    assert caught.value.field == "figure"
    with pytest.raises(InputError, match="--years = 2023 is not allowed .*2007-2022") as caught:
        official.select(None, range(2010, 2024))
    with pytest.raises(InputError, match="--years = 2018"):
        official.select(["dibao_spending_urban_to_rural"], [2017, 2018])
