"""One text source, two notebooks: the builds agree, and a missing translation is caught and located."""
import json
import re
from pathlib import Path

import pytest

from simulation.workshop.bilingual import (
    LANGS,
    TranslationError,
    build,
    build_all,
    build_languages,
    same_structure,
    structure_differences,
)

COURSE_DIR = Path(__file__).resolve().parents[1] / "grading"
# Both tracks: the practitioner sources in assignments/<module>/, the analyst ones in assignments/<module>/analyst/.
ASSIGNMENT_SOURCES = sorted((COURSE_DIR / "assignments").rglob("*.py"))
CHINESE = re.compile(r"[\u4e00-\u9fff]")

GOOD = '''# %% [markdown]
# <!-- en -->
# # Hello
# <!-- zh -->
# # 你好
# <!-- all -->
# | 520 | 330 |

# %% nbgrader={"grade": false, "grade_id": "answer", "locked": false, "schema_version": 3, \
"solution": true, "task": false}
def top_up(gap, members):
    # en: The household's top-up.
    # en: Two lines of English...
    # zh: 全家的补差。
    ### BEGIN SOLUTION
    return gap * members
    ### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "checks", "locked": true, "points": 2, \
"schema_version": 3, "solution": false, "task": false}
assert top_up(10, 3) == 30, L("Three members get three times the gap.", "三口人得到三倍差额。")
print(L(f"done {top_up(1, 1)}", f"完成 {top_up(1, 1)}"))
'''


def write(tmp_path, text, name="lesson.py"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("source", ASSIGNMENT_SOURCES, ids=lambda p: p.relative_to(COURSE_DIR).as_posix())
def test_every_assignment_has_the_same_structure_in_both_languages(source):
    notebooks = build_languages(source)
    assert same_structure(notebooks["en"], notebooks["zh"])
    for en, zh in zip(notebooks["en"].cells, notebooks["zh"].cells):
        if en.cell_type == "markdown":
            assert en.source != zh.source, "each language is a full assessment: every text cell is translated"
            assert CHINESE.search(zh.source)


@pytest.mark.parametrize("source", ASSIGNMENT_SOURCES, ids=lambda p: p.relative_to(COURSE_DIR).as_posix())
def test_every_assignment_keeps_its_grading_metadata_and_has_no_outputs(source):
    for lang in LANGS:
        nb = build(source, lang)
        graded = [cell for cell in nb.cells if cell.metadata.get("nbgrader", {}).get("grade")]
        assert graded and all("points" in cell.metadata.nbgrader for cell in graded)
        assert all(cell.outputs == [] for cell in nb.cells if cell.cell_type == "code")
        assert nb.metadata.socialcare == {"source": source.name, "lang": lang}


def test_code_comments_and_learner_strings_follow_the_language(tmp_path):
    source = write(tmp_path, GOOD)
    en, zh = build(source, "en"), build(source, "zh")
    assert en.cells[0].source == "# Hello\n| 520 | 330 |"
    assert zh.cells[0].source == "# 你好\n| 520 | 330 |"
    assert "    # The household's top-up.\n    # Two lines of English..." in en.cells[1].source
    assert "# 全家的补差。" in zh.cells[1].source and "English" not in zh.cells[1].source
    assert '"Three members get three times the gap."' in en.cells[2].source
    assert 'f"完成 {top_up(1, 1)}"' in zh.cells[2].source
    assert "L(" not in en.cells[2].source + zh.cells[2].source
    assert en.cells[2].metadata.nbgrader == {"grade": True, "grade_id": "checks", "locked": True, "points": 2,
                                             "schema_version": 3, "solution": False, "task": False}
    assert en.cells[2].metadata.editable is False and same_structure(en, zh)


def test_build_all_writes_one_notebook_per_language_and_rebuilds_identically(tmp_path):
    source = write(tmp_path, GOOD)
    written = build_all(source, tmp_path / "out")
    assert written == {lang: tmp_path / "out" / f"lesson.{lang}.ipynb" for lang in LANGS}
    first = {lang: path.read_bytes() for lang, path in written.items()}
    build_all(source, tmp_path / "out")
    assert first == {lang: path.read_bytes() for lang, path in written.items()}
    nb = json.loads(first["zh"])
    assert "jupytext" not in nb["metadata"]
    assert all(not set(cell["metadata"]) & {"lines_to_next_cell", "cell_marker"} for cell in nb["cells"])


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_chinese_block_names_the_file_and_the_cell(tmp_path, lang):
    source = write(tmp_path, GOOD + '''
# %% [markdown]
# <!-- en -->
# ## Question 2: the old-age allowance
''', name="broken.py")
    with pytest.raises(TranslationError, match=r"broken\.py: cell 4 .*Question 2.*no <!-- zh --> block"):
        build(source, lang)


@pytest.mark.parametrize("cell, problem", [
    ("# %% [markdown]\n# <!-- zh -->\n# 只有中文\n", "no <!-- en --> block"),
    ("# %% [markdown]\n# Untagged English text\n", "text outside a language block"),
    ("# %% [markdown]\n# <!-- en -->\n# Text\n# <!-- zh -->\n#\n", "<!-- zh --> block is empty"),
    ("# %%\n# en: An English comment alone\nx = 1\n", "'# en:' comment has no '# zh:' comment"),
    ('# %%\nname = "x"\nprint(L(name, "中文"))\n', "L\\(...\\) takes two one-line string literals"),
])
def test_an_incomplete_translation_is_an_error_that_names_the_cell(tmp_path, cell, problem):
    source = write(tmp_path, GOOD + "\n" + cell)
    with pytest.raises(TranslationError, match=rf"lesson\.py: cell 4 .*{problem}"):
        build(source, "en")


def test_structure_differences_catch_changed_points_and_code_but_not_strings(tmp_path):
    source = write(tmp_path, GOOD)
    en = build(source, "en")
    zh = build(source, "zh")
    assert structure_differences(en, zh) == []

    zh.cells[2].metadata.nbgrader.points = 5
    assert structure_differences(en, zh) == [f"cell 3: metadata {dict(en.cells[2].metadata)} against "
                                             f"{dict(zh.cells[2].metadata)}"]
    zh = build(source, "zh")
    zh.cells[1].source = zh.cells[1].source.replace("gap * members", "gap + members")
    assert structure_differences(en, zh) == ["cell 2: the code differs"]
    zh = build(source, "zh")
    zh.cells.pop()
    assert not same_structure(en, zh)
