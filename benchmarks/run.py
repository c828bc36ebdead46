"""How fast the district model runs, against the targets in the design notes.

    python benchmarks/run.py           # the full benchmark (about a minute on a 2-core machine)
    python benchmarks/run.py --quick   # a smaller smoke run (under half a minute): checks that it all works

Each measurement runs in a fresh Python process, so its wall time and its peak memory (the child's
`ru_maxrss`, read by the parent with `os.wait4`) are its own. Times cover building the model (generating the
population) and running it; they leave out starting Python and importing the package.

  (a) the vectorized `DistrictModel`, 400,000 households x 120 months: target <= 10 s and <= 1 GiB;
  (b) the vectorized `DistrictModel`, 2,000 households x 24 months, median of 5 runs: target <= 0.3 s;
  (c) the vectorized model against the object-per-household reference (`simulation.model.reference`) at the same
      size: household-months per second of each (the vectorized model's median of 3 runs, the reference's one
      run of some 20-40 s), and the ratio: target >= 100x;
  (d) as (a), with professional social services switched on (`simulation.services`), under the voucher model
      with the incubator (Taicang's, the purchasing model with the most to do each month): the same targets.

The figures depend on the machine's load (printed with them) and on BLAS threads: numpy's OpenBLAS runs a dot
product on all cores, which on a small shared machine can be far slower than one thread; the header shows
OPENBLAS_NUM_THREADS as set.

A benchmark reports; it is not a test. The exit status is 0 whether the targets are met or not (1 only if a
measurement crashed). The last line sums up.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

GIB = 1024**3
SERVICES_ON = {"services.enabled": True, "services.purchasing_model": "voucher", "services.incubator.enabled": True}


# ---- the child: build and run a model, print the times ---------------------------------------------------------
def child(spec: dict) -> None:
    if spec["engine"] == "vectorized":
        from simulation.model.district import DistrictModel as Model
    else:
        from simulation.model.reference import ReferenceDistrictModel as Model
    seconds = []
    settings = {"parameters": spec["parameters"]} if spec.get("parameters") else {}  # else the defaults users run
    for run in range(spec["repeat"]):
        started = time.perf_counter()
        Model(households=spec["households"], seed=1 + run, **settings).run(spec["months"])
        seconds.append(time.perf_counter() - started)
    print(json.dumps({"seconds": seconds}))


# ---- the parent: one fresh process per measurement ---------------------------------------------------------------
def measure(engine: str, households: int, months: int, repeat: int = 1, parameters: dict | None = None) -> dict:
    """Runs the model in a fresh process; returns its run times, median seconds, speed and peak memory."""
    spec = json.dumps({"engine": engine, "households": households, "months": months, "repeat": repeat,
                       "parameters": parameters})
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--child", spec], stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)  # reaps the child and gives its own resource usage
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        out, err = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{engine} {households:,} x {months} failed:\n{err}")
    seconds = json.loads(out.strip().splitlines()[-1])["seconds"]
    median = statistics.median(seconds)
    return {"seconds": median, "runs": seconds, "speed": households * months / median,
            "peak_bytes": usage.ru_maxrss * 1024}  # Linux reports ru_maxrss in KiB


def judge(ok: bool, judged: bool) -> str:
    return ("PASS" if ok else "FAIL") if judged else "smoke"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a smoke run, only (b) is judged")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return 0

    full = not args.quick
    large = (400_000, 120) if full else (40_000, 24)
    small = (2_000, 24)
    ratio_size = (20_000, 24) if full else (1_000, 12)  # the reference takes some 20-40 s at full size

    import mesa
    import numpy
    print(f"SocialCare Lab benchmark ({'full' if full else 'quick smoke run'}): Python {platform.python_version()}, "
          f"numpy {numpy.__version__}, Mesa {mesa.__version__}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f} at start, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    try:
        print(f"(a) DistrictModel {large[0]:,} x {large[1]} ...", flush=True)
        a = measure("vectorized", *large)
        print(f"(d) DistrictModel {large[0]:,} x {large[1]}, services on (voucher model, incubator) ...", flush=True)
        d = measure("vectorized", *large, parameters=SERVICES_ON)
        print(f"(b) DistrictModel {small[0]:,} x {small[1]}, 5 runs ...", flush=True)
        b = measure("vectorized", *small, repeat=5)
        print(f"(c) DistrictModel and ReferenceDistrictModel {ratio_size[0]:,} x {ratio_size[1]} ...", flush=True)
        c_vectorized = measure("vectorized", *ratio_size, repeat=3)  # median: leaves out reading the parameter files
        c_reference = measure("reference", *ratio_size)
    except RuntimeError as error:
        print(f"ERROR: {error}")
        return 1

    ratio = c_vectorized["speed"] / c_reference["speed"]
    tag_a, tag_b, tag_c = (f"{n:,} x {months}" for n, months in (large, small, ratio_size))
    checks = [  # figure, measured, target, result
        (f"(a) {tag_a}: wall time (setup included)", f"{a['seconds']:.2f} s", "<= 10 s",
         judge(a["seconds"] <= 10, full)),
        (f"(a) {tag_a}: speed", f"{a['speed'] / 1e6:.1f} M household-months/s", "", ""),
        (f"(a) {tag_a}: peak memory", f"{a['peak_bytes'] / GIB:.2f} GiB", "<= 1 GiB",
         judge(a["peak_bytes"] <= GIB, full)),
        (f"(d) {tag_a}, services on: wall time", f"{d['seconds']:.2f} s", "<= 10 s", judge(d["seconds"] <= 10, full)),
        (f"(d) {tag_a}, services on: peak memory", f"{d['peak_bytes'] / GIB:.2f} GiB", "<= 1 GiB",
         judge(d["peak_bytes"] <= GIB, full)),
        (f"(b) {tag_b}: median of 5 runs", f"{b['seconds']:.3f} s", "<= 0.3 s", judge(b["seconds"] <= 0.3, True)),
        ("(b) the 5 runs", " ".join(f"{s:.3f}" for s in b["runs"]) + " s", "", ""),
        (f"(c) {tag_c}: DistrictModel", f"{c_vectorized['seconds']:.2f} s, "
         f"{c_vectorized['speed'] / 1e3:,.0f} k household-months/s", "", ""),
        (f"(c) {tag_c}: ReferenceDistrictModel", f"{c_reference['seconds']:.1f} s, "
         f"{c_reference['speed'] / 1e3:,.1f} k household-months/s", "", ""),
        (f"(c) {tag_c}: speed ratio", f"{ratio:,.0f} x", ">= 100 x", judge(ratio >= 100, full)),
    ]
    widths = [max(len(r[i]) for r in checks + [("figure", "measured", "target", "result")]) for i in range(4)]
    line = lambda r: "  ".join(cell.ljust(width) for cell, width in zip(r, widths)).rstrip()  # noqa: E731
    print()
    print(line(("figure", "measured", "target", "result")))
    print(line(tuple("-" * width for width in widths)))
    for check in checks:
        print(line(check))
    verdicts = [(figure, result) for figure, _, _, result in checks if result in ("PASS", "FAIL")]
    failed = [figure for figure, result in verdicts if result == "FAIL"]
    print()
    summary = f"{len(verdicts) - len(failed)} of {len(verdicts)} targets met"
    if failed:
        summary += "; missed: " + "; ".join(failed)
    if not full:
        summary += " (quick smoke run: only (b) is judged; run without --quick for the targets)"
    print(f"SUMMARY: {summary}. Load average now {os.getloadavg()[0]:.2f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
