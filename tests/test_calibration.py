"""Calibration and validation (issue 9): what `carelab calibrate` may read, what it writes, what `carelab validate`
refuses and writes, and the behaviour the fitted district must keep (duration dependence, a settled start)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from simulation.calibration import acceptance, fit, official, simulated, spells, summary
from simulation.cli import main
from simulation.model.district import DistrictModel

SMALL = dict(households=1_500, evaluations=30)


def _one_line_exit_2(capsys, argv, *words):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    for word in words:
        assert word in err, err


def test_calibrate_refuses_a_target_in_a_test_year(capsys):
    _one_line_exit_2(capsys, ["calibrate", "--years", "2012-2016"], "--years", "2015-2016", "training years only")


def test_calibrate_refuses_an_unknown_search(capsys):
    _one_line_exit_2(capsys, ["calibrate", "--search", "simplex"], "--search", "'simplex'", "nelder-mead, powell")


def test_calibrate_refuses_an_unknown_figure(capsys):
    _one_line_exit_2(capsys, ["calibrate", "--figures", "dibao_persons_index,poverty"], "poverty",
                     "dibao_persons_index")


@pytest.mark.parametrize("search", sorted(fit.SEARCHES))
def test_test_years_never_reach_the_fit(monkeypatch, search):
    """The fitted values do not move when every test-year official figure does; they do when a training year's does,
    whichever way the fit searches."""
    real = official.official_figures()

    def changed(years):
        table = real.copy()
        table.loc[table["year"].isin(years), "official"] *= 1.5
        return lambda: table

    baseline = fit.calibrate(**SMALL, search=search)
    monkeypatch.setattr(official, "official_figures", changed(range(2015, 2030)))
    unchanged = fit.calibrate(**SMALL, search=search)
    assert (unchanged.values, unchanged.error) == (baseline.values, baseline.error)
    monkeypatch.setattr(official, "official_figures", changed([2012]))
    moved = fit.calibrate(**SMALL, search=search)
    assert moved.values != baseline.values and moved.error != baseline.error


def test_seeds_run_side_by_side_fit_as_one_after_another():
    serial = fit.calibrate(households=1_500, seeds=(1, 2), evaluations=4, workers=1)
    side_by_side = fit.calibrate(households=1_500, seeds=(1, 2), evaluations=4, workers=2)
    assert (side_by_side.values, side_by_side.error) == (serial.values, serial.error)
    assert serial.error != fit.calibrate(households=1_500, seeds=(1,), evaluations=4).error  # both seeds count


@pytest.mark.parametrize("search, named", [("nelder-mead", "Nelder-Mead (scipy)"), ("powell", "Powell (scipy)")])
def test_the_calibrated_file_keeps_each_value_with_its_fit(tmp_path, search, named):
    found = fit.calibrate(households=1_500, evaluations=3, search=search)
    assert found.method.endswith(named)
    read = fit.read(fit.write(found, tmp_path / "calibrated.yaml"))
    assert set(read.parameters) == set(found.values)
    for name, parameter in read.parameters.items():
        (value,) = parameter.values.values()
        assert value.status == "fitted" and value.value == pytest.approx(found.values[name], rel=1e-3)
        assert parameter.description == fit.fitted_parameters("national")[name].description
        assert value.fit.method == found.method and value.fit.error == pytest.approx(found.error, abs=1e-4)
        for target in value.fit.targets:  # figure/area/years, e.g. dibao_persons_index/urban/2010-2011, 2013
            spans = [span.split("-") for span in target.split("/")[2].split(", ")]
            assert all(int(span[0]) in official.TRAINING_YEARS and int(span[-1]) in official.TRAINING_YEARS
                       for span in spans), target
    assert len(read.targets) == len(found.targets)


@pytest.mark.parametrize("argv, words", [
    (["--years", "2023"], ("--years", "2023")),                  # no official figure that year
    (["--years", "2005-2010"], ("--years", "2005-2007")),        # before the district's first year
    (["--figures", "dibao_persons_index,unknown"], ("unknown", "dibao_persons_index")),
    (["--years", "twenty"], ("--years", "twenty")),
    (["--seeds", "0"], ("--seeds",)),
])
def test_validate_refuses_bad_input_in_one_message(capsys, tmp_path, argv, words):
    _one_line_exit_2(capsys, ["validate", "--out", str(tmp_path / "v"), *argv], *words)
    assert not (tmp_path / "v").exists()


def test_validate_writes_the_comparison_and_its_report(tmp_path):
    out = tmp_path / "v"
    assert main(["validate", "--years", "2011-2016", "--seeds", "2", "--households", "3000", "--out", str(out)]) == 0
    table = pd.read_csv(out / "validation.csv")
    assert list(table.columns[:8]) == ["figure", "area", "year", "split", "official", "simulated", "error",
                                       "error_pct"]
    assert set(table.loc[table["year"] <= 2014, "split"]) == {"train"}
    assert set(table.loc[table["year"] > 2014, "split"]) == {"test"}
    assert table["simulated"].notna().all()
    assert (table["error"] - (table["simulated"] - table["official"])).abs().max() < 1e-9
    # The page says which figures the calibration fits: the index is shown in the training years but not fitted.
    page = (out / "report.html").read_text(encoding="utf-8")
    def section(name: str) -> str:  # from the figure's heading to the next heading
        start = page.index(f'id="{name}"')
        return page[start:page.index("<h2", start)]
    fitted_note, unfitted_note = "The calibration fits the district", "The calibration does not fit the district"
    assert unfitted_note in section("dibao_persons_index") and fitted_note not in section("dibao_persons_index")
    per_100 = section("dibao_persons_per_100_residents")
    assert fitted_note in per_100 and unfitted_note not in per_100
    # Every figure with an official value in those years: the exit rate and the elderly on Dibao have none.
    assert set(official.FIGURES) - {"dibao_quarterly_exit", "elderly_share_of_dibao_persons"} <= set(table["figure"])
    base = table[(table["figure"] == "dibao_persons_index") & (table["year"] == 2012)]
    assert np.allclose(base["simulated"], 100)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert all(name in html for name in set(table["figure"]))


def test_rural_poverty_spells_end_as_cfps_found():
    """CFPS (S36): 37.2% of rural households poor for one year leave poverty the next year, 8.6% of those poor for
    five. Issue 9 asks for within 10% of the first and within 3 points of the second."""
    poor = spells.poor_by_year(2010, 12, 40_000, 1, parameters={"population.urban_share": 0.0})
    after_one, at_risk_one = spells.exit_rate(poor, 1)
    after_five, at_risk_five = spells.exit_rate(poor, 5)
    assert at_risk_one > 2_000 and at_risk_five > 500
    assert abs(after_one / 0.372 - 1) <= 0.10, after_one
    assert abs(after_five - 0.086) <= 0.03, after_five


def test_dachuan_starts_settled_with_half_its_recipients_disabled():
    """Issue 9's Dachuan checks (`carelab run scenarios/dachuan-2019.yaml --households 50000 --seed 1`): under
    unchanged rules the Dibao stock stays within 10% of where it started over two years, and in month 12 at least
    0.45 of the people on Dibao have a disability (Sichuan: over half, seed 004)."""
    monthly = DistrictModel("dachuan", dt.date(2019, 1, 1), 50_000, seed=1).run(24).monthly()
    stock = monthly["dibao_persons"]
    assert (stock / stock.iloc[0] - 1).abs().max() <= 0.10, stock.iloc[[0, 11, 23]].tolist()
    assert monthly.loc[monthly["month"] == 12, "dibao_disabled_share"].iloc[0] >= 0.45


def test_monthly_figures_of_persons_on_dibao():
    monthly = DistrictModel("national", dt.date(2016, 1, 1), 4_000, seed=3).run(8).monthly()
    assert (monthly["dibao_persons_urban"] + monthly["dibao_persons_rural"] == monthly["dibao_persons"]).all()
    assert monthly["dibao_quarterly_exit"].iloc[:2].isna().all()
    assert monthly["dibao_quarterly_exit"].iloc[2:].between(0, 1).all()
    assert monthly["dibao_disabled_share"].between(0, 1).all()
    assert (monthly["dibao_persons"] >= monthly["dibao_households"]).all()
    assert (monthly["dibao_persons_aged_60_or_over"] <= monthly["dibao_persons"]).all()


def test_the_old_are_counted_as_they_age_and_die():
    """The count of people aged 60 or over (and of the census's children, under 15), kept up to date as people have
    birthdays and die, is a fresh count of the living; and the old people a grant covers are all the household's
    where the grant is the household's (a member it leaves out, deemed able to earn, is of working age), or its
    disabled old ones where it covers its disabled members only."""
    from simulation.rules.regular_support import ON_DIBAO
    model = DistrictModel("national", dt.date(2016, 1, 1), 4_000, seed=3).run(14)
    persons, latest = model.persons, model.latest
    old = persons.alive & (persons.age >= 60)
    assert latest["persons_aged_60_or_over"] == int(old.sum()) > 0
    assert latest["persons_aged_under_15"] == int((persons.alive & (persons.age < 15)).sum()) > 0
    on_dibao = np.flatnonzero(model.caseload.receives == ON_DIBAO)
    members = np.bincount(persons.household[persons.alive], minlength=len(model.caseload.receives))
    covered = np.minimum(model.caseload.covered, members)
    old_in = np.bincount(persons.household[old], minlength=len(members))
    disabled_old_in = np.bincount(persons.household[old & (persons.disability > 0)], minlength=len(members))
    disabled_in = np.bincount(persons.household[persons.alive & (persons.disability > 0)], minlength=len(members))
    whole = covered[on_dibao] > disabled_in[on_dibao]
    assert (~whole).any() and whole.any()
    expected = np.where(whole, old_in[on_dibao], np.minimum(disabled_old_in[on_dibao], covered[on_dibao])).sum()
    assert latest["dibao_persons_aged_60_or_over"] == expected > 0


def test_persons_per_household_is_a_count_of_the_living_on_census_day():
    """The district's figure beside the census's: people alive over households with a living member, at the end of
    October."""
    model = DistrictModel("national", dt.date(2010, 1, 1), 4_000, seed=3).run(9)
    monthly = model.monthly()
    assert monthly["date"].iloc[-1] == "2010-10-01"
    dates = pd.to_datetime(monthly["date"])
    wanted = official.select(["persons_per_household"], [2010])
    found = simulated.figures(monthly.assign(year=dates.dt.year, month=dates.dt.month), wanted)
    persons = model.persons
    households = np.count_nonzero(np.bincount(persons.household[persons.alive]))
    assert found[0] == pytest.approx(np.count_nonzero(persons.alive) / households)


def test_spending_urban_to_rural_weighs_each_area_by_the_country_s_residents():
    """A district three fifths urban that spends as much per resident in town as in the country: nationally, urban
    to rural spending is the country's mix of residents that year, not the district's 1.5."""
    months = pd.DataFrame({"year": 2012, "month": range(1, 13), "persons": 100, "persons_urban": 60,
                           "spending_dibao": 1000.0, "spending_dibao_urban": 600.0,
                           "dibao_persons_urban": 6, "dibao_persons_rural": 4})
    found = simulated.figures(months, official.select(["dibao_spending_urban_to_rural"], [2012]))
    country = {area: sum(simulated.residents(area, 2012, month) for month in range(1, 13))
               for area in ("urban", "rural")}
    assert found[0] == pytest.approx(country["urban"] / country["rural"])
    assert found[0] != pytest.approx(1.5)


def test_calibrate_refuses_an_unknown_locality(capsys):
    _one_line_exit_2(capsys, ["calibrate", "--locality", "atlantis"], "--locality", "atlantis", "dachuan, national")


def test_the_national_scenario_runs_from_any_year_with_the_new_columns(tmp_path):
    out = tmp_path / "run"
    assert main(["run", "national", "--year", "2015", "--households", "2000", "--months", "4", "--out", str(out)]) == 0
    monthly = pd.read_csv(out / "monthly.csv")
    assert monthly["date"].iloc[0].startswith("2015-")
    for column in ("dibao_persons", "dibao_persons_urban", "dibao_persons_rural", "dibao_disabled_share",
                   "dibao_quarterly_exit", "persons_aged_60_or_over", "persons_aged_under_15",
                   "dibao_persons_aged_60_or_over"):
        assert column in monthly


@pytest.mark.parametrize("year, words", [("2005", ("2005-01-01", "2007-01-01")), ("0", ("start", "0"))])
def test_a_year_without_rules_is_refused(capsys, tmp_path, year, words):
    _one_line_exit_2(capsys, ["run", "national", "--year", year, "--out", str(tmp_path / "r")], *words)
    assert not (tmp_path / "r").exists()


def test_the_datasets_readme_quotes_the_calibration_as_it_is():
    """The fitted values and the test-year errors datasets/README.md quotes are today's: run
    `python -m simulation.calibration.summary` and paste its output after a recalibration."""
    text = (Path(__file__).resolve().parents[1] / "datasets" / "README.md").read_text(encoding="utf-8")
    quoted = text[text.index(summary.START):text.index(summary.END) + len(summary.END)]
    assert quoted == summary.summary()


def test_issue_9_checks_judge_points_percent_and_the_index_s_direction():
    def row(figure, year, official, simulated):
        return dict(figure=figure, area="urban", year=year, official=official, simulated=simulated,
                    error=simulated - official, error_pct=100 * (simulated / official - 1))

    table = pd.DataFrame([
        row("dibao_persons_index", 2017, 58.8, 65.9),        # 7.1 points: holds
        row("dibao_persons_index", 2019, 43.9, 64.2),        # 20.3 points: does not
        row("dibao_persons_index", 2016, 97.0, 103.0),       # 6 points, but up where the official fell
        row("average_dibao_per_person", 2017, 203, 236),     # 16%: does not
        row("urban_share_of_dibao_persons", 2018, 23.7, 27.6),  # 3.9 points: holds
        row("urban_share_of_dibao_persons", 2015, 25.8, 40.0),  # not a checked year
        row("dibao_quarterly_exit", 2019, 4.32, 3.29),       # no bound
    ])
    judged = acceptance.checks(table)
    assert judged["holds"].tolist() == [True, False, False, False, True]
    assert summary.checks_line(table) == (
        "Within issue 9's bounds, 2016 to 2019: 2 of 5 checks; not within: dibao_persons_index urban 2019, "
        "dibao_persons_index urban 2016, average_dibao_per_person urban 2017.")


def test_the_disability_line_sets_each_area_against_the_survey():
    """The survey's side is the 2005 income of households with a disabled member over its area's (4,864 / 11,321
    yuan in towns, 2,260 / 4,631 in the countryside, S284); the district's side counts the same households there."""
    line = summary.disability_line()
    c = DistrictModel("national", dt.date(2007, 1, 1), 40_000, seed=1, keep_history=False).circumstances
    rural = (c.members > 0) & ~c.urban
    disabled = rural & (c.disabled > 0)
    ratio = (c.income[disabled].sum() / c.members[disabled].sum()) / (c.income[rural].sum() / c.members[rural].sum())
    assert "urban 0.43 / " in line
    assert f"rural 0.49 / {ratio:.2f}." in line
    assert ratio > 0.6  # what the README says: the district's disabled households are hardly poorer than the rest
