"""Scenario and sweep files as a careless or unlucky user hands them in (issue 13): the shipped files, mutated.

Every mutated file goes through the CLI in this process, and every outcome must be one of two: exit 0 with a
complete output folder, or exit 2 with one short message line naming the file or a field, and nothing left on
disk. A traceback, another exit status, a case running longer than LIMIT_SECONDS (a huge run must be refused,
not run), a number that is not finite in the results, or a partial or staging folder left behind all fail.

The mutations come from a seeded generator, so a run of the suite is reproducible; each test reports every
distinct failure (exception and where it was raised, or what was wrong) with the first mutation that showed it.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import random
import resource
import signal
import traceback
from collections.abc import Callable
from pathlib import Path

import yaml
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from simulation.analysis import sweeps
from simulation.cli import main
from simulation.inputs.parameters import load_parameters
from simulation.reports import outputs
from simulation.reports.charts import CHARTS

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = sorted((REPO / "scenarios").glob("*.yaml"))
SWEEPS = sorted((REPO / "scenarios" / "sweeps").glob("*.yaml"))
SEED = 13
RUN_CASES = 130
SWEEP_CASES = 40
VALUE_CASES = 30  # the Hypothesis test's examples
LIMIT_SECONDS = 10  # a tiny run takes about 1 s
MEMORY_BYTES = 6 * 2**30  # a case may use this much more address space: a run that would need more fails
MESSAGE_CHARS = 800  # "short": an excerpt of a bad value (120 characters) and what is allowed, never the whole
RUN = ["--households", "200", "--months", "2"]
MONTHS = 2
FILLED = ["households", "persons", "poverty_rate_before", "poverty_rate_after", "poverty_gap_before",
          "poverty_gap_after", "dibao_households", "dibao_coverage", "applications", "backlog", "spending_dibao",
          "spending_total"]

PARAMETERS = sorted(load_parameters("dachuan").parameters)

# YAML as a user might type it in place of a value: wrong types, numbers out of any range, impossible dates,
# tags, long and deep values.
RAW_VALUES = [
    ".nan", ".inf", "-.inf", "1.0e+400", "-1.0e+400", "1e400", "-1", "-0.5", "0", "35", "1e9", "2147483648",
    "123456789012345678901234567890", "-123456789012345678901234567890", "1.5", "true", "false", "null", "''",
    "'x'", "'12'", "[]", "{}", "[1, 2]", "[.nan]", "{a: 1}", "2019-02-30", "2019-13-01", "2019-00-01",
    "9999-12-01", "0001-01-01", "2019-1-1", "2019-01-01T25:61:00", "'2019-01-01'", "!!binary aGVsbG8=",
    "!!set {a, b}", "!!float '1e999'", "!!int '0x7fffffffffffffffffff'", "*nowhere", "&a 1",
    "'" + "x" * 100_000 + "'", "[" * 300 + "]" * 300, "{a: " * 300 + "1" + "}" * 300,
    "\"\\0\\x01\\x1b\"", "'\u202e\u0000'",
]
# Of these, the values wrong wherever they stand: not finite, beyond any bound, impossible dates, broken YAML.
NEVER = {".nan", ".inf", "-.inf", "1.0e+400", "-1.0e+400", "[.nan]", "123456789012345678901234567890",
         "-123456789012345678901234567890", "2019-02-30", "2019-13-01", "2019-00-01", "2019-01-01T25:61:00",
         "!!float '1e999'", "!!int '0x7fffffffffffffffffff'", "*nowhere", "'\u202e\u0000'",
         "[" * 300 + "]" * 300, "{a: " * 300 + "1" + "}" * 300}


# ---- the mutations -------------------------------------------------------------------------------------------------
# Each takes a seeded random generator and a shipped file's mapping, and gives the mutated file (text or bytes),
# what was done, and whether the file must be refused.
def _dump(data: dict, raw: str | None = None) -> str:
    """The mapping as YAML; a value "@RAW@" becomes `raw`, written as it is (a date PyYAML would not write)."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)
    return text.replace("'@RAW@'", raw) if raw is not None else text


def _paths(data: dict) -> list[tuple[str, ...]]:
    """Every place a value sits, down to the items of a sweep's grid. Not a sweep's seeds: any count there is
    a sweep of that many runs, a long one rather than a mistake (`huge_size` gives counts beyond any bound)."""
    paths = []
    for key, value in data.items():
        if key == "seeds":
            continue
        paths.append((key,))
        if isinstance(value, dict):
            paths += [(key, inner) for inner in value]
            if key == "grid":
                paths += [(key, inner, i) for inner, values in value.items() for i in range(len(values))]
    return paths


def _set(data: dict, path: tuple, value) -> dict:
    data = json.loads(json.dumps(data, default=str))  # a deep copy (a date becomes its text)
    place = data
    for part in path[:-1]:
        if not isinstance(place.get(part) if isinstance(place, dict) else None, (dict, list)):
            place[part] = {}
        place = place[part]
    place[path[-1]] = value
    return data


def raw_value(rng, data):
    path = rng.choice(_paths(data) + [("parameters", rng.choice(PARAMETERS))] * ("parameters" in data)
                      + [("grid", rng.choice(PARAMETERS))] * ("grid" in data))
    raw = rng.choice(RAW_VALUES)
    free_text = path[-1] in ("name", "description")  # any text is a name: an impossible date there is just words
    return (_dump(_set(data, path, "@RAW@"), raw), f"{'.'.join(map(str, path))}: {raw[:40]}",
            raw in NEVER and not free_text)


def python_value(rng, data):
    path = rng.choice(_paths(data))
    value = rng.choice([math.nan, math.inf, -math.inf, 10**40, -(10**40), 1e308, -1, 0, 10**7, "", "x" * 5000,
                        [], {}, None, True, [[["deep"]]], {"scheme": "mars"}, 10**8, 601])
    never = isinstance(value, (int, float)) and not isinstance(value, bool) and not abs(value) < 10**30
    return _dump(_set(data, path, value)), f"{'.'.join(map(str, path))} = {str(value)[:40]}", never


def delete_key(rng, data):
    key = rng.choice(list(data))
    return _dump({k: v for k, v in data.items() if k != key}), f"without {key}", False


def unknown_key(rng, data):
    key = rng.choice(["nmae", "household", "Start", "parameter", "grids", "seed2", "名称"])
    return _dump({**data, key: 1}), f"unknown key {key}", True


def unknown_parameter(rng, data):
    where = "grid" if "grid" in data else "parameters"
    name = rng.choice(["dibao.standard.suburban", "casework.caseworkers", "dibao", "", "dibao.standard.urban.x"])
    value = [1, 2] if where == "grid" else 1
    return _dump(_set(data, (where, name), value)), f"unknown {where}.{name}", True


def duplicate_key(rng, data):
    lines = _dump(data).splitlines()
    line = rng.choice([line for line in lines if ":" in line and not line.startswith(" ")])
    key = line.split(":")[0].strip()
    other = rng.choice(["300", "5", "'another'", "2020-01-01", "{}"])
    return "\n".join(lines + [f"{key}: {other}"]) + "\n", f"{key} twice", True


def duplicate_inner_key(rng, data):
    where = "grid" if "grid" in data else "parameters"
    name = rng.choice(PARAMETERS[:20])
    value = "[1, 2]" if where == "grid" else "1"
    body = {k: v for k, v in data.items() if k != where}
    text = _dump(body) + f"{where}:\n  {name}: {value}\n  {name}: {value}\n"
    return text, f"{where}.{name} twice", True


def encoding(rng, data):
    text = _dump({**data, "name": str(data.get("name", "")) + " – Bürgergeld café"})
    codec = rng.choice(["latin-1", "utf-16", "utf-16-le", "utf-32", "cp1252", "gb18030", "utf-8-sig"])
    return text.encode(codec, errors="replace"), f"encoded as {codec}", codec != "utf-8-sig"


def truncated(rng, data):
    raw = _dump(data).encode()
    cut = rng.randrange(0, len(raw))
    return raw[:cut], f"cut after byte {cut}", False


def binary(rng, data):
    choice = rng.choice(["junk", "nul", "splice", "empty"])
    raw = _dump(data).encode()
    if choice == "junk":
        return rng.randbytes(rng.choice([1, 64, 4096])), "random bytes", True
    if choice == "nul":
        return raw[:20] + b"\x00" * 8 + raw[20:], "NUL bytes inside", True
    if choice == "splice":
        at = rng.randrange(len(raw))
        return raw[:at] + rng.randbytes(16) + raw[at:], f"16 random bytes at {at}", True
    return b"", "empty file", True


def anchors(rng, data):
    levels = rng.choice([1, 3, 5, 6])
    key = rng.choice(["name", "description", "locality"] + ["scenario"] * ("scenario" in data))
    lol = ", ".join(["lol"] * 9)
    chain = [f"&l0 [{lol}]"] + [f"&l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, levels)]
    body = {k: v for k, v in data.items() if k != key}
    if rng.random() < 0.3:  # a benign alias: a text given once and used twice
        text = _dump({**data, "name": "@RAW@", "description": "@RAW@"}).replace("'@RAW@'", "&same 'Named once'", 1)
        return text.replace("'@RAW@'", "*same"), "name and description: one text by an alias", False
    text = f"{key}: [{', '.join(chain)}, *l{levels - 1}]\n" + _dump(body)
    return text, f"{key}: an alias chain of {levels} levels of 9", True


def deep(rng, data):
    depth = rng.choice([50, 20_000])
    key = rng.choice(["name", "parameters", "grid", "seeds"])
    return _dump({**data, key: "@RAW@"}, "[" * depth + "1" + "]" * depth), f"{key} nested {depth} deep", True


def huge_size(rng, data):
    key = rng.choice(["households", "months", "seeds"] if "grid" in data else ["households", "months"])
    # Beyond any bound a machine allows: a sweep at the largest allowed size is a long run, not a mistake.
    value = rng.choice([10**8, 10**9, 10**12, 2**63])
    return _dump({**data, key: value}), f"{key} = {value}", True


def bounds(rng, data):
    name = rng.choice(PARAMETERS)
    value = rng.choice([35, -1, 1e9, 1e-300, 2, 1e308, math.nan, math.inf])
    never = not math.isfinite(value)
    if "grid" in data:
        return _dump(_set(data, ("grid", name), [value])), f"grid.{name}: [{value}]", never
    return _dump(_set(data, ("parameters", name), value)), f"parameters.{name} = {value}", never


MUTATIONS: list[Callable] = [raw_value, raw_value, raw_value, python_value, python_value, delete_key, unknown_key,
                             unknown_parameter, duplicate_key, duplicate_inner_key, encoding, truncated, binary,
                             anchors, deep, huge_size, bounds, bounds]


def cases(bases: list[dict], count: int, seed: int) -> list[tuple[str, bytes, bool]]:
    """`count` mutated files, the same ones for the same seed: (what was done, the file's bytes, whether the file
    must be refused)."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        name, data = rng.choice(bases)
        mutation = rng.choice(MUTATIONS)
        content, what, refused = mutation(rng, data)
        made.append((f"#{number} {name}: {mutation.__name__}: {what}",
                     content if isinstance(content, bytes) else content.encode(), refused))
    return made


def _scenario_bases() -> list[tuple[str, dict]]:
    return [(path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in SCENARIOS]


def _sweep_bases() -> list[tuple[str, dict]]:
    """The shipped sweep made tiny: two grid points of one seed, 200 households, two months."""
    bases = []
    for path in SWEEPS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        grid = {name: values[:2] if number == 0 else values[:1] for number, (name, values) in
                enumerate(data["grid"].items())}
        scenario = Path(data["scenario"]).stem  # a shipped scenario, by name: the mutated file lies elsewhere
        bases.append((path.stem, {**data, "scenario": scenario, "households": 200, "months": MONTHS, "seeds": 1,
                                  "grid": grid}))
    return bases


# ---- one case and what it must end in ------------------------------------------------------------------------------
ACCEPTED = "exit 0 for a file that must be refused"


class Overran(BaseException):
    """The case ran longer than LIMIT_SECONDS (a BaseException: no `except Exception` of the code swallows it)."""


def _overran(signum, frame):
    raise Overran(f"ran over {LIMIT_SECONDS} s")


def outcome(command: str, content: bytes, tmp: Path, refused: bool = False) -> str | None:
    """None if the case ended well, else what went wrong: the exception and the innermost frame of ours, or the
    broken promise. A file that is `refused` (a wrong it holds is certain) must end in exit 2."""
    source, place = tmp / "input", tmp / "place"
    source.mkdir()
    place.mkdir()
    path = source / ("scenario.yaml" if command == "run" else "sweep.yaml")
    path.write_bytes(content)
    out = place / "out"
    argv = [command, str(path), *(RUN if command == "run" else []), "--out", str(out)]
    stdout, stderr = io.StringIO(), io.StringIO()
    limit = resource.getrlimit(resource.RLIMIT_AS)
    used = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    previous = signal.signal(signal.SIGALRM, _overran)
    resource.setrlimit(resource.RLIMIT_AS, (used + MEMORY_BYTES, limit[1]))
    signal.setitimer(signal.ITIMER_REAL, LIMIT_SECONDS)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = main(argv)
    except BaseException as err:  # noqa: B036 - SystemExit, Overran and MemoryError are findings too
        return _where(err)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, limit)
    left = sorted(p.name for p in place.iterdir())
    if status == 2:
        lines = stderr.getvalue().splitlines()
        if left:
            return f"exit 2 but left {left}"
        if len(lines) != 1:
            return f"exit 2 with {len(lines)} lines on stderr"
        if len(lines[0]) > MESSAGE_CHARS:
            return f"exit 2 with a message over {MESSAGE_CHARS} characters"
        if not lines[0].startswith("carelab: ") or not _names_something(lines[0], path):
            return "exit 2 with a message naming no file or field"
        return None
    if status != 0:
        return f"exit {status}"
    if refused:
        return ACCEPTED
    if left != ["out"]:
        return f"exit 0 but the folder holds {left}"
    return _complete_run(out) if command == "run" else _complete_sweep(out, path)


def _where(err: BaseException) -> str:
    frames = [frame for frame in traceback.extract_tb(err.__traceback__) if "/simulation/" in frame.filename]
    frame = frames[-1] if frames else traceback.extract_tb(err.__traceback__)[-1]
    short = frame.filename.split("/simulation/")[-1] if "/simulation/" in frame.filename else Path(frame.filename).name
    return f"{type(err).__name__} in {short}:{frame.lineno} ({frame.name})"


def _names_something(message: str, path: Path) -> bool:
    return str(path) in message or "--" in message or " = " in message




def _complete_run(out: Path) -> str | None:
    expected = {"monthly.csv", "summary.json", *(f"{name}.png" for name in CHARTS)}
    missing = expected - {p.name for p in out.iterdir()}
    if missing:
        return f"exit 0 without {sorted(missing)}"
    # Some metrics are rightly empty (a mean wait with nobody waiting); these never are.
    with open(out / "monthly.csv", newline="") as file:
        rows = list(csv.DictReader(file))
    if (len(rows) != MONTHS or any(row[column] == "" for row in rows for column in FILLED)
            or any(value in ("inf", "-inf") for row in rows for value in row.values())):
        return "exit 0 with a monthly.csv of missing months, or empty or infinite headline figures"
    if "Infinity" in (out / "summary.json").read_text():
        return "exit 0 with infinity in summary.json"
    return None


def _complete_sweep(out: Path, path: Path) -> str | None:
    expected = {"summary.csv", "report.html", "sweep.json", "runs"}
    missing = expected - {p.name for p in out.iterdir()}
    if missing:
        return f"exit 0 without {sorted(missing)}"
    record = json.loads((out / "sweep.json").read_text())
    parquets = {p.stem for p in (out / "runs").glob("*.parquet")}
    ours = {outputs.MARKER, sweeps.LOCK}  # the folder's marker and the sweep's lock; anything else hidden is left over
    if parquets != {run["id"] for run in record["runs"]} or any(
            p.name.startswith(".") and p.name not in ours for p in out.rglob("*")):
        return "exit 0 with runs missing or temporary files left in runs/"
    summary = (out / "summary.csv").read_text()
    if "inf" in summary.lower():
        return "exit 0 with infinity in summary.csv"
    return None


def _fuzz(command: str, bases: list[tuple[str, dict]], count: int, tmp_path: Path) -> None:
    failures: dict[str, list[str]] = {}
    for number, (what, content, refused) in enumerate(cases(bases, count, SEED)):
        case = tmp_path / str(number)
        case.mkdir()
        failure = outcome(command, content, case, refused)
        if failure == ACCEPTED:  # which kind of wrong file was accepted
            failure += f" ({what.split(': ')[1]})"
        if failure:
            failures.setdefault(failure, []).append(what)
    listing = "\n".join(f"- {failure}: {len(shown)} cases, first {shown[0]}" for failure, shown in failures.items())
    assert not failures, f"{len(failures)} distinct failures of `carelab {command}`:\n{listing}"


# ---- the tests -------------------------------------------------------------------------------------------------------
def test_mutated_scenarios_run_or_get_one_message(tmp_path):
    _fuzz("run", _scenario_bases(), RUN_CASES, tmp_path)


def test_mutated_sweeps_run_or_get_one_message(tmp_path):
    _fuzz("sweep", _sweep_bases(), SWEEP_CASES, tmp_path)


VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), st.dates(),
                   st.lists(st.integers() | st.floats(), max_size=4), st.dictionaries(st.text(max_size=8),
                                                                                      st.integers(), max_size=3))
FIELDS = st.sampled_from(["name", "locality", "start", "households", "months", "seed", "minimum_income",
                          "description"]).map(lambda key: (key,)) | st.sampled_from(PARAMETERS).map(
    lambda name: ("parameters", name))


@settings(derandomize=True, max_examples=VALUE_CASES, deadline=None, database=None,
          phases=(Phase.explicit, Phase.generate))  # no shrinking: one case is one mutation already
@given(base=st.sampled_from(SCENARIOS), field=FIELDS, value=VALUES)
def test_any_value_in_any_scenario_field_runs_or_gets_one_message(tmp_path_factory, base, field, value):
    data = yaml.safe_load(base.read_text(encoding="utf-8"))
    content = _dump(_set(data, field, "@RAW@"), yaml.safe_dump(value, default_flow_style=True, width=10**9)
                    .removesuffix("\n...\n").strip())
    refused = isinstance(value, float) and not math.isfinite(value)
    failure = outcome("run", content.encode(), tmp_path_factory.mktemp("case"), refused)
    assert failure is None, failure
