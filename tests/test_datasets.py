import csv
import json
import os
import shutil

import pytest

from simulation.inputs import datasets
from simulation.inputs.datasets import DatasetError

TABLES = [r["name"] for r in json.loads((datasets.DATASETS_DIR / "datapackage.json").read_text())["resources"]]


@pytest.fixture
def package(tmp_path):
    """A private copy of the shipped tables, to corrupt."""
    folder = tmp_path / "datasets"
    shutil.copytree(datasets.DATASETS_DIR, folder, ignore=shutil.ignore_patterns("parameters"))
    return folder


def set_cell(folder, file, row, column, value):
    """Set a cell; `row` counts as in the file, the header being row 1."""
    path = folder / file
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[row - 1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def raw_rows(file):
    with (datasets.DATASETS_DIR / file).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_shipped_package_validates():
    datasets.validate()


def test_every_table_is_described_and_every_cited_source_exists():
    assert {f"{name}.csv" for name in TABLES} == {p.name for p in datasets.DATASETS_DIR.glob("*.csv")}
    known = datasets.source_ids()
    for name in TABLES:
        if name == "sources":
            continue
        cited = {s for row in raw_rows(f"{name}.csv") for s in row["source_id"].split(";") if s}
        assert cited, name
        assert cited <= known, (name, cited - known)


def test_sources_include_the_five_seed_documents():
    assert {f"SEED00{n}" for n in range(5)} <= datasets.source_ids()
    assert "Sichuan Situation Analysis" in datasets.source_title("SEED000")
    assert "Dachuan" in datasets.source_title("SEED004")
    assert datasets.source_title("S01") == raw_rows("sources.csv")[0]["title"]
    with pytest.raises(DatasetError, match="'S999' is not in datasets/sources.csv"):
        datasets.source_title("S999")


def test_gap_rows_have_no_value_and_no_source():
    for name in TABLES:
        for row in raw_rows(f"{name}.csv"):
            if row.get("status") == datasets.GAP:
                assert not row.get("value") and not row["source_id"], (name, row)


@pytest.mark.parametrize(
    "file, row, column, value, expected",
    [
        ("poverty_dynamics.csv", 5, "value", "abc", "'abc' is not a number (allowed: a number)"),
        ("china_dibao_national.csv", 3, "source_id", "S01;S999", "'S999' is not in datasets/sources.csv"),
        ("eu_macro_indicators.csv", 4, "status", "checked", "'checked' is not allowed (allowed: one of verified"),
        ("china_dibao_national.csv", 2, "year", "c.2007", "'c.2007' is not a whole number"),
        ("china_dibao_national.csv", 2, "value", "", "'' is empty in a verified row"),
        ("china_dibao_national.csv", 2, "source_id", "", "'' is empty in a verified row"),
        ("china_dibao_national.csv", 27, "value", "23.0", "'23.0' is given in an UNVERIFIED gap"),
    ],
)
def test_a_corrupted_cell_is_reported_with_file_row_and_column(package, file, row, column, value, expected):
    set_cell(package, file, row, column, value)
    with pytest.raises(DatasetError) as caught:
        datasets.validate(package)
    first = str(caught.value).splitlines()[0]
    assert first.startswith(f"datasets/{file}, row {row}, column '{column}': ")
    assert expected in first


def test_row_27_of_the_national_table_is_a_gap():
    # The gap test above relies on it.
    assert raw_rows("china_dibao_national.csv")[27 - 2]["status"] == datasets.GAP


def test_all_problems_are_listed_first_one_first(package):
    set_cell(package, "poverty_dynamics.csv", 5, "value", "abc")
    set_cell(package, "poverty_dynamics.csv", 9, "value", "xyz")
    with pytest.raises(DatasetError) as caught:
        datasets.validate(package)
    lines = str(caught.value).splitlines()
    assert [line.split(",")[1] for line in lines] == [" row 5", " row 9"]


def test_a_table_missing_from_the_descriptor_is_reported(package):
    (package / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="datasets/extra.csv: not in datasets/datapackage.json"):
        datasets.validate(package)


def test_a_broken_descriptor_is_reported(package):
    (package / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DatasetError, match="datasets/datapackage.json"):
        datasets.validate(package)


def test_load_table_returns_every_row_typed(package):
    national = datasets.load_table("china_dibao_national")
    assert len(national) == len(raw_rows("china_dibao_national.csv")) == 140
    assert national["value"].dtype == "float64"
    gaps = sum(row["status"] == datasets.GAP for row in raw_rows("china_dibao_national.csv"))
    assert gaps and national["value"].isna().sum() == gaps
    targeting = datasets.load_table("dibao_targeting_dynamics", package)
    assert len(targeting) == len(raw_rows("dibao_targeting_dynamics.csv")) == 10
    assert "n/a" in set(targeting["year_of_data"])  # text, not a missing value


def test_load_table_validates_first(package):
    set_cell(package, "poverty_dynamics.csv", 5, "value", "abc")
    with pytest.raises(DatasetError, match="row 5"):
        datasets.load_table("sources", package)


def test_load_table_names_the_tables_it_knows():
    with pytest.raises(DatasetError, match="no table 'nonsense' .*china_dibao_national"):
        datasets.load_table("nonsense")


def test_validate_is_cached_until_a_file_changes(package, monkeypatch):
    calls = []
    real_validate = datasets.frictionless.validate

    def counting_validate(*args, **kwargs):
        calls.append(args)
        return real_validate(*args, **kwargs)

    monkeypatch.setattr(datasets.frictionless, "validate", counting_validate)
    datasets.validate(package)
    datasets.validate(str(package))
    datasets.load_table("sources", package)
    assert len(calls) == 1
    path = package / "poverty_dynamics.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    datasets.validate(package)
    assert len(calls) == 2


def test_a_failed_validation_is_not_cached(package):
    set_cell(package, "poverty_dynamics.csv", 5, "value", "abc")
    for _ in range(2):
        with pytest.raises(DatasetError):
            datasets.validate(package)
