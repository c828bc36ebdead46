"""The validation report on a small made-up table: its CSV, its page and its charts."""
import json

import pandas as pd
import pytest

from simulation.calibration import report
from simulation.inputs.errors import InputError
from simulation.reports import outputs


def synthetic(band: bool = True) -> pd.DataFrame:
    rows = []
    for figure, area, official in [("dibao_persons_index", "urban", 100.0), ("dibao_persons_index", "rural", 90.0),
                                   ("urban_share_of_dibao_persons", "all", 28.0)]:
        for year in range(2010, 2018):
            simulated = official * (1 + (year - 2013) / 100)
            rows.append({"status": "verified", "figure": figure, "area": area, "year": year,
                         "split": "train" if year <= 2014 else "test", "official": official,
                         "simulated": simulated, "error": simulated - official,
                         "error_pct": (simulated - official) / official * 100, "source_id": "S05"})
    table = pd.DataFrame(rows)
    if band:
        table["simulated_low"], table["simulated_high"] = table["simulated"] - 1, table["simulated"] + 1
    return table


def test_writes_the_csv_with_its_columns_first_and_the_page(tmp_path):
    out = tmp_path / "validation"
    assert report.write_validation(synthetic(), out) == out
    written = pd.read_csv(out / "validation.csv")
    assert list(written.columns[:8]) == report.COLUMNS
    assert set(written.columns[8:]) == {"status", "source_id", "simulated_low", "simulated_high"}
    assert len(written) == 24
    assert json.loads((out / outputs.MARKER).read_text())["files"] == ["report.html", "validation.csv"]
    page = (out / "report.html").read_text(encoding="utf-8")
    for name in ("dibao_persons_index", "urban_share_of_dibao_persons"):
        assert f'id="{name}"' in page
    assert page.count('<img alt="') == 3  # one chart per figure and area
    assert page.count(f'class="{report.TRAINING_GID}"') == 3
    assert "training years 2010-2014" in page and "Test years (2015-2017)" in page
    assert "range across seeds" in page and "98.00 – 100.00" in page


def test_an_earlier_report_is_replaced_only_with_overwrite(tmp_path):
    out = tmp_path / "validation"
    report.write_validation(synthetic(), out)
    with pytest.raises(InputError, match="--overwrite"):
        report.write_validation(synthetic(), out)
    report.write_validation(synthetic(band=False), out, overwrite=True)
    assert list(pd.read_csv(out / "validation.csv").columns) == report.COLUMNS + ["status", "source_id"]


def test_the_chart_shades_the_training_years_and_draws_the_band():
    table = synthetic()
    rows = table[(table["figure"] == "dibao_persons_index") & (table["area"] == "urban")]
    figure = report.chart(rows, "dibao_persons_index", "urban", list(range(2010, 2015)))
    ax = figure.axes[0]
    shaded = [patch for patch in ax.patches if patch.get_gid() == report.TRAINING_GID]
    assert len(shaded) == 1
    span = shaded[0]
    assert (span.get_x(), span.get_x() + span.get_width()) == pytest.approx((2009.5, 2014.5))
    assert len(ax.collections) == 1  # the seeds' band
    without_band = report.chart(synthetic(band=False).iloc[:8], "dibao_persons_index", "urban", [2010])
    assert len(without_band.axes[0].collections) == 0


def test_the_page_is_in_chinese_when_asked(tmp_path):
    page = report.html(synthetic(), "zh")
    assert '<html lang="zh-Hans">' in page and "训练年份" in page and "低保人数（2012 年 = 100）" in page


def test_a_table_without_the_required_columns_is_refused(tmp_path):
    with pytest.raises(ValueError, match="error_pct"):
        report.write_validation(synthetic().drop(columns="error_pct"), tmp_path / "v")


def test_the_page_holds_the_test_years_to_the_agreed_bounds():
    """Of the made-up rows of 2016 and 2017, the urban index is 3 and 4 points off but rose where the official one
    stayed at 100: it does not hold; the rural index (90 against about 93) and the urban share (28 against about 29)
    do."""
    page = report.html(synthetic())
    assert "4 of the 6 shown here do" in page and "within 10 points, and moved the same way since 2012" in page
    assert page.count("<td>yes</td>") == 4 and page.count("<td>no</td>") == 2
    assert "本页所示 6 项中有 4 项达到" in report.html(synthetic(), "zh")
    before = report.html(synthetic()[synthetic()["year"] <= 2015])
    assert "shown here do" not in before and "within bounds" not in before
