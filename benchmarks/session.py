"""How long a scripted room takes, against the target of the issue: `carelab session demo --participants 30
--months 3` in under 3 minutes on a 2-core machine, with as many decisions stored as were submitted.

    python benchmarks/session.py           # 30 participants, 3 months, SQLite
    python benchmarks/session.py --quick   # 6 participants, 1 month: checks that it all works

It runs the command as a trainer would, in a fresh folder, and reads its last line. A benchmark reports; it is
not a test.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 180


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    participants, months = (6, 1) if parser.parse_args().quick else (30, 3)
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "simulation.cli", "session", "demo", "--participants",
                               str(participants), "--months", str(months), "--out", str(Path(scratch) / "room")],
                              capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
        seconds = time.perf_counter() - start
    if done.returncode:
        print(done.stderr, file=sys.stderr)
        return 1
    print(f"session demo, {participants} participants x {months} months: {seconds:.1f} s "
          f"(target {TARGET_SECONDS} s): {done.stdout.strip().splitlines()[-1]}")
    return 0 if seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
