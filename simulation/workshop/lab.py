"""Opening the workshop: JupyterLab on the notebooks folder, at the start page, in the trainer's language.

Teaching notebooks are written once as bilingual text sources (`notebooks/**/<name>.py`, see `bilingual`) and
committed together with their built English and Chinese notebooks; `prepare` rebuilds any that are out of date.

The lab keeps its own JupyterLab settings in build/lab/<lang>-<role>/ of the checkout, rewritten at every start,
and never reads or writes the user's ~/.jupyter: JupyterLab's menus in the workshop's language (the JupyterLab
language pack), no news prompt over the start page, and nbgrader's tools for writing and grading assignments
only for the trainer.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.workshop import bilingual

ROLES = ("participant", "trainer")
# JupyterLab's locale for each workshop language; zh_CN is the language pack jupyterlab-language-pack-zh-cn.
LOCALES = {"en": "en", "zh": "zh_CN"}
# nbgrader's lab extension (its menu, Create Assignment, Formgrader, Course List, Validate): participants hand in
# their notebooks to the trainer and never author or grade one.
TRAINER_EXTENSIONS = ["@jupyter/nbgrader"]
# The text sources stay out of the file browser, so each module shows once per language; the rest is Jupyter's
# own default list.
HIDDEN = ["*.py", "__pycache__", "*.pyc", "*.pyo", ".DS_Store", "*~"]


def sources(folder: Path | None = None) -> list[Path]:
    folder = folder or locations.notebooks()
    return sorted(p for p in folder.rglob("*.py") if ".ipynb_checkpoints" not in p.parts)


def prepare(folder: Path | None = None) -> list[Path]:
    """Build the English and Chinese notebooks of every source whose built notebooks are missing, older, or built
    for another Python: the kernel's version in a notebook that differs from this machine's would show the notebook
    as changed the moment it opens."""
    built = []
    for source in sources(folder):
        targets = [source.with_name(f"{source.stem}.{lang}.ipynb") for lang in bilingual.LANGS]
        if any(not t.exists() or t.stat().st_mtime < source.stat().st_mtime or _for_another_python(t)
               for t in targets):
            built += bilingual.build_all(source, source.parent).values()
    return built


def _for_another_python(notebook: Path) -> bool:
    written = json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {}).get("language_info", {})
    return written.get("version") != bilingual.language_info()["version"]


def settings(lang: str) -> dict:
    """JupyterLab's settings for the workshop (its overrides.json): they stand in for the defaults, and a
    participant may still change them for the session."""
    return {
        "@jupyterlab/translation-extension:plugin": {"locale": LOCALES[lang]},
        # The news prompt covers the start page, and a workshop room may have no internet.
        "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
        # Without the date column the file browser has room for a notebook's whole name, language included.
        "@jupyterlab/filebrowser-extension:browser": {"showLastModifiedColumn": False},
    }


def page_config(role: str) -> dict:
    return {"disabledExtensions": [] if role == "trainer" else TRAINER_EXTENSIONS}


def configure(lang: str, role: str, folder: Path | None = None) -> Path:
    """Write the lab's JupyterLab settings for a language and role; returns their folder."""
    if lang not in LOCALES:
        raise InputError("carelab lab", "--lang", lang, "one of: {names}", names=", ".join(LOCALES))
    if role not in ROLES:
        raise InputError("carelab lab", "--role", role, "one of: {names}", names=", ".join(ROLES))
    folder = folder or locations.notebooks().parent / "build" / "lab" / f"{lang}-{role}"
    (folder / "settings").mkdir(parents=True, exist_ok=True)
    for name, content in (("overrides.json", settings(lang)), ("page_config.json", page_config(role))):
        (folder / "settings" / name).write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
    return folder


def command(lang: str, port: int, role: str = "participant", notebooks: Path | None = None) -> list[str]:
    """The JupyterLab command of the workshop (without starting it), on the notebooks folder or a copy of it."""
    notebooks = notebooks or locations.notebooks()
    folder = configure(lang, role)
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={notebooks}", f"--ServerApp.port={port}",
               f"--LabApp.app_settings_dir={folder / 'settings'}",
               f"--LabApp.user_settings_dir={folder / 'user-settings'}",
               f"--LabApp.workspaces_dir={folder / 'workspaces'}",
               "--ContentsManager.hide_globs=" + json.dumps(HIDDEN)]
    start = f"START.{lang}.ipynb"
    if (notebooks / start).exists():
        command.append(f"--LabApp.default_url=/lab/tree/{start}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def open_lab(lang: str, port: int, role: str = "participant", prepare_only: bool = False) -> int:
    prepare(locations.notebooks())
    if prepare_only:
        return 0
    # The default language of code run in the lab; the teaching notebooks declare their own (i18n.use_language).
    return subprocess.call(command(lang, port, role), env={**os.environ, "CARELAB_LANG": lang})
