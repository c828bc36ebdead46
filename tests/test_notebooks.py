"""Every workshop notebook runs top to bottom in both languages, and the committed notebooks are exactly what
their bilingual sources build."""
from pathlib import Path

import nbformat
import pytest

from simulation.workshop import bilingual, lab

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").rglob("*.ipynb"))
NOTEBOOKS = [p for p in NOTEBOOKS if ".ipynb_checkpoints" not in p.parts]


def test_there_are_notebooks_in_both_languages():
    assert NOTEBOOKS
    for source in lab.sources():
        for lang in bilingual.LANGS:
            assert source.with_name(f"{source.stem}.{lang}.ipynb") in NOTEBOOKS


@pytest.mark.parametrize("source", lab.sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_committed_notebooks_match_their_source(source):
    for lang in bilingual.LANGS:
        built = bilingual.build(source, lang)
        committed = nbformat.reads(source.with_name(f"{source.stem}.{lang}.ipynb").read_text(encoding="utf-8"),
                                   as_version=4)
        # Built on another machine, a notebook records that machine's Python version (bilingual.language_info).
        committed.metadata.language_info.version = built.metadata.language_info.version
        assert nbformat.writes(committed) == nbformat.writes(built), (
            f"{source.name} ({lang}) is out of date: run `make lab` or carelab lab --prepare")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_runs_top_to_bottom(path, executed_notebook):
    # No CARELAB_LANG: a notebook declares its own language (tests/test_notebook_language.py checks it keeps to it).
    notebook = executed_notebook(path)
    errors = [o for cell in notebook.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
