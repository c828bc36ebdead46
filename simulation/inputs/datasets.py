"""Published figures: the CSV tables in datasets/, described by datasets/datapackage.json.

Each table row gives a figure with its unit, period, `status` and `source_id` (ids from datasets/sources.csv,
separated by ';'). Status UNVERIFIED marks a gap: the figure was not found, so the row has no value and no source.

`validate` checks a folder against its datapackage.json with frictionless, then checks what a Table Schema cannot
say: that every cited source id exists, and that only gaps lack a value and a source. Everything read through this
module has passed that check.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pandas as pd

from simulation.inputs import locations
from simulation.inputs.errors import UserError

DATASETS_DIR = locations.datasets()
GAP = "UNVERIFIED"
SOURCE_IDS_ALLOWED = "one or more source ids separated by ';'"

# Folder -> its files' (name, mtime, size) when it last passed: a repeated call with nothing changed is free.
_validated: dict[Path, tuple] = {}


class DatasetError(UserError):
    """A table breaks its schema or a citation rule. The message has one problem per line, the first one first."""


def validate(directory: Path | str | None = None) -> None:
    folder = _folder(directory)
    stamp = _stamp(folder)
    if _validated.get(folder) == stamp:
        return
    problems = _problems(folder)
    if problems:
        raise DatasetError("\n".join(problems))
    _validated[folder] = stamp


def load_table(name: str, directory: Path | str | None = None) -> pd.DataFrame:
    """A table by resource name or file stem; empty cells are missing values, columns typed as the schema says."""
    folder = _folder(directory)
    validate(folder)
    resources = _resources(folder)
    resource = next((r for r in resources if name in (r["name"], Path(r["path"]).stem)), None)
    if resource is None:
        names = ", ".join(r["name"] for r in resources)
        raise DatasetError(f"{folder.name}/datapackage.json: no table {name!r} (allowed: one of {names})")
    dtypes = {f["name"]: {"number": "float64", "integer": "Int64"}.get(f["type"], "str")
              for f in resource["schema"]["fields"]}
    # keep_default_na=False: text such as 'n/a' in a year column is data, not a missing value.
    return pd.read_csv(folder / resource["path"], dtype=dtypes, keep_default_na=False, na_values=[""])


def source_ids(directory: Path | str | None = None) -> set[str]:
    return set(_source_titles(directory))


def source_title(source_id: str, directory: Path | str | None = None) -> str:
    titles = _source_titles(directory)
    if source_id not in titles:
        raise DatasetError(f"source id {source_id!r} is not in {_folder(directory).name}/sources.csv "
                           f"(allowed: an id listed there)")
    return titles[source_id]


def _source_titles(directory: Path | str | None) -> dict[str, str]:
    sources = load_table("sources", directory)
    return dict(zip(sources["source_id"], sources["title"]))


def _folder(directory: Path | str | None) -> Path:
    return Path(directory).resolve() if directory is not None else DATASETS_DIR


def _stamp(folder: Path) -> tuple:
    files = sorted([*folder.glob("*.csv"), *folder.glob("datapackage.json")])
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def _resources(folder: Path) -> list[dict]:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"]


def _problems(folder: Path) -> list[str]:
    # type="package": without it frictionless takes a broken datapackage.json for a plain JSON file, and passes it.
    report = frictionless.validate(str(folder / "datapackage.json"), type="package")
    if report.errors:  # the descriptor itself is missing or broken, so there are no tables to look at
        return [f"{folder.name}/datapackage.json: {error.message}" for error in report.errors]
    resources = {resource["name"]: resource for resource in _resources(folder)}
    problems = [problem for task in report.tasks for problem in _schema_problems(folder, resources[task.name], task)]
    described = {resource["path"] for resource in resources.values()}
    problems += [f"{folder.name}/{path.name}: not in {folder.name}/datapackage.json (allowed: a described table)"
                 for path in sorted(folder.glob("*.csv")) if path.name not in described]
    # The citation rules read raw cells, so they only make sense for tables whose structure is sound.
    sound = {task.name: resources[task.name] for task in report.tasks if task.valid}
    if "sources" in sound:
        problems += _rule_problems(folder, list(sound.values()))
    return problems


def _problem(where: str, row: int, column: str, value: str, problem: str, allowed: str) -> str:
    return f"{where}, row {row}, column '{column}': {value!r} {problem} (allowed: {allowed})"


def _schema_problems(folder: Path, resource: dict, task: frictionless.ReportTask) -> list[str]:
    where = f"{folder.name}/{resource['path']}"
    fields = {field["name"]: field for field in resource["schema"]["fields"]}
    problems = []
    for error in task.errors:
        if error.type in ("type-error", "constraint-error"):
            problems.append(_cell_problem(where, error, fields[error.field_name]))
        else:  # a missing file, a wrong header, a short row, a duplicate key: frictionless says it well enough
            problems.append(f"{where}: {error.message}")
    return problems


def _cell_problem(where: str, error: frictionless.errors.CellError, field: dict) -> str:
    row, column, value = error.row_number, field["name"], error.cell
    kind = {"number": "a number", "integer": "a whole number"}.get(field["type"], "text")
    enum = field.get("constraints", {}).get("enum")
    if error.type == "type-error":
        return _problem(where, row, column, value, f"is not {kind}", kind)
    if value == "":
        return _problem(where, row, column, value, "is empty", f"{kind}, not empty")
    if enum:
        return _problem(where, row, column, value, "is not allowed", "one of " + ", ".join(enum))
    return _problem(where, row, column, value, "breaks a constraint", error.note)


def _rule_problems(folder: Path, resources: list[dict]) -> list[str]:
    sources = f"{folder.name}/sources.csv"
    known = {row["source_id"] for row in _rows(folder / "sources.csv")}
    problems = []
    for resource in resources:
        if "status" not in {field["name"] for field in resource["schema"]["fields"]}:
            continue  # sources.csv cites nothing
        where = f"{folder.name}/{resource['path']}"
        for number, row in enumerate(_rows(folder / resource["path"]), start=2):
            problems += _row_problems(where, number, row, known, sources)
    return problems


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def _row_problems(where: str, number: int, row: dict[str, str], known: set[str], sources: str) -> list[str]:
    problems = [_problem(where, number, "source_id", source_id, f"is not in {sources}", SOURCE_IDS_ALLOWED)
                for source_id in row["source_id"].split(";") if source_id and source_id not in known]
    gap = row["status"] == GAP
    if not gap and not row["source_id"]:
        problems.append(_problem(where, number, "source_id", "", f"is empty in a {row['status']} row",
                                 SOURCE_IDS_ALLOWED + "; only an UNVERIFIED gap has none"))
    if "value" not in row:
        return problems
    if gap and row["value"]:
        problems.append(_problem(where, number, "value", row["value"], "is given in an UNVERIFIED gap",
                                 "empty; a figure that was found needs its source and another status"))
    if not gap and not row["value"] and not _states_in_words(row["unit"]):
        problems.append(_problem(where, number, "value", "", f"is empty in a {row['status']} row",
                                 f"a value in {row['unit']!r}, or the unit 'qualitative' or 'definition'"))
    return problems


def _states_in_words(unit: str) -> bool:
    # A row without a value still says something when its unit says so ('qualitative', 'definition'), holds the
    # figure in words (a range such as '34-44% (3.1-4.9M people)', a quotation such as "'almost exclusively'"), or
    # is empty because the indicator is itself the statement. A bare unit such as 'million persons' means a number
    # went missing.
    return unit in ("", "qualitative", "definition") or any(c.isdigit() or c == "'" for c in unit)
