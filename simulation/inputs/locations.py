"""Where the lab's own files are: the sourced datasets (the parameter files with them), the shipped scenarios and
the curricula, which every install has; and the teaching notebooks and the nbgrader course, which only a checkout
of the repository has.

A checkout keeps datasets/, scenarios/ and curricula/ at its top, beside simulation/; a wheel carries the same
folders inside the package, as simulation/data/<folder> (pyproject.toml maps them there). Both are found from the
package's own place, which importlib.resources gives. An editable install reads the checkout's folders, as a run
on PYTHONPATH does: setuptools' editable finder does not serve a mapped folder that is not a Python package.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from simulation.inputs.errors import InputError

SOURCE = "https://github.com/socialcare-lab/socialcare-lab"
# A real folder: the lab reads its files with pandas, frictionless and glob, so it runs from an unzipped install.
PACKAGE = Path(files("simulation"))
# A checkout: the package sits beside the project's pyproject.toml (an installed one sits in site-packages).
CHECKOUT = PACKAGE.parent if (PACKAGE.parent / "pyproject.toml").is_file() else None
_SHIPPED = CHECKOUT or PACKAGE / "data"


def datasets() -> Path:
    """The sourced tables with datapackage.json and sources.csv, the parameter files in parameters/, packages/."""
    return _SHIPPED / "datasets"


def scenarios() -> Path:
    """The shipped scenario files, and the sweep files in sweeps/."""
    return _SHIPPED / "scenarios"


def curricula() -> Path:
    return _SHIPPED / "curricula"


def notebooks() -> Path:
    """The teaching notebooks: bilingual sources and the notebooks built from them."""
    return _in_checkout("notebooks", "carelab lab")


def course() -> Path:
    """The nbgrader course: its configuration and the assignments' sources."""
    return _in_checkout("grading", "carelab grade")


def _in_checkout(folder: str, command: str) -> Path:
    if CHECKOUT is None:
        raise InputError(command, f"{folder}/", str(PACKAGE),
                         "a checkout of the repository: git clone {source} and run it there; the installed package "
                         "holds the datasets, scenarios and curricula only", source=SOURCE)
    return CHECKOUT / folder
