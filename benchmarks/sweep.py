"""How much faster a sweep runs on two Dask workers than on one.

    python benchmarks/sweep.py           # 40 runs of 100,000 households x 60 months (several minutes on 2 cores)
    python benchmarks/sweep.py --quick   # 20 runs of 20,000 households x 24 months (about a minute)

Both sweeps go through `simulation.analysis.sweeps.sweep` on a `LocalCluster`, each into a fresh folder so that
every run is computed. A wall time covers what a user waits for: starting the cluster, the runs, and writing the
summary and the report. Target: two workers at least 1.25 x as fast as one. Both sweeps must also give the same
summary, since each run seeds its own model.

A benchmark reports; it is not a test. The exit status is 0 whether the target is met or not.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.25
FULL = {"households": 100_000, "months": 60, "staff": [2.0, 3.5, 5.0, 6.5]}   # 4 x 2 x 5 seeds = 40 runs
QUICK = {"households": 20_000, "months": 24, "staff": [2.0, 5.0]}            # 2 x 2 x 5 seeds = 20 runs


def timed_sweep(spec, workers: int, folder: Path) -> float:
    from simulation.analysis.sweeps import sweep

    started = time.perf_counter()
    sweep(spec, folder, scheduler="local", workers=workers, progress=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs: a smoke run of the same comparison")
    args = parser.parse_args()
    size = QUICK if args.quick else FULL

    import dask

    from simulation.analysis.sweeps import validated_sweep

    spec = validated_sweep({
        "name": "benchmark", "scenario": "scenarios/dachuan-2019.yaml", "households": size["households"],
        "months": size["months"], "seeds": 5,
        "grid": {"casework.caseworkers_per_10k_households": size["staff"],
                 "casework.integrated_database": [False, True]},
    }, "benchmarks/sweep.py")
    runs = len(spec.runs())
    print(f"SocialCare Lab sweep benchmark ({'quick smoke run' if args.quick else 'full'}): {runs} runs of "
          f"{size['households']:,} households x {size['months']} months; Python {platform.python_version()}, "
          f"Dask {dask.__version__}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start", flush=True)
    with tempfile.TemporaryDirectory(prefix="sweep-benchmark-") as folder:
        seconds = {}
        for workers in (1, 2):
            print(f"{workers} worker(s) ...", flush=True)
            seconds[workers] = timed_sweep(spec, workers, Path(folder) / f"{workers}-workers")
        same = ((Path(folder) / "1-workers" / "summary.csv").read_bytes()
                == (Path(folder) / "2-workers" / "summary.csv").read_bytes())
    speed_up = seconds[1] / seconds[2]
    verdict = "PASS" if speed_up >= TARGET else "FAIL"
    print()
    print(f"1 worker:  {seconds[1]:7.1f} s  ({runs * size['households'] * size['months'] / seconds[1] / 1e6:.2f} "
          "M household-months/s)")
    print(f"2 workers: {seconds[2]:7.1f} s  ({runs * size['households'] * size['months'] / seconds[2] / 1e6:.2f} "
          "M household-months/s)")
    print(f"speed-up:  {speed_up:7.2f} x  (target >= {TARGET} x)  {verdict}")
    print(f"same summary from both: {'yes' if same else 'NO'}")
    note = " (quick smoke run: cluster start-up weighs more than at full size)" if args.quick else ""
    print(f"SUMMARY: speed-up {speed_up:.2f} x, {verdict}{note}. Load average now {os.getloadavg()[0]:.2f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
