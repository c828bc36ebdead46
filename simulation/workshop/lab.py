"""Opening the workshop: JupyterLab on the notebooks folder, at the start page, in the trainer's language.

Teaching notebooks are written once as bilingual text sources (`notebooks/**/<name>.py`, see `bilingual`) and
committed together with their built English and Chinese notebooks; `prepare` rebuilds any that are out of date.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from simulation.inputs import locations
from simulation.workshop import bilingual


def sources(folder: Path | None = None) -> list[Path]:
    folder = folder or locations.notebooks()
    return sorted(p for p in folder.rglob("*.py") if ".ipynb_checkpoints" not in p.parts)


def prepare(folder: Path | None = None) -> list[Path]:
    """Build the English and Chinese notebooks of every source whose built notebooks are missing or older."""
    built = []
    for source in sources(folder):
        targets = [source.with_name(f"{source.stem}.{lang}.ipynb") for lang in bilingual.LANGS]
        if any(not t.exists() or t.stat().st_mtime < source.stat().st_mtime for t in targets):
            built += bilingual.build_all(source, source.parent).values()
    return built


def open_lab(lang: str, port: int, prepare_only: bool = False) -> int:
    notebooks = locations.notebooks()
    prepare(notebooks)
    if prepare_only:
        return 0
    start = f"START.{lang}.ipynb"
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={notebooks}", f"--ServerApp.port={port}"]
    if (notebooks / start).exists():
        command.append(f"--LabApp.default_url=/lab/tree/{start}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    # The default language of code run in the lab; the teaching notebooks declare their own (i18n.use_language).
    return subprocess.call(command, env={**os.environ, "CARELAB_LANG": lang})
