"""One text source, two notebooks: every teaching notebook and assessment exists in English and Simplified Chinese.

Each notebook is written once, as a jupytext percent-format `.py` file, and built into an English (`en`) and a
Chinese (`zh`) notebook, so the two cannot drift apart.

Markdown cells hold the text in language blocks, each opened by a marker line:

    # %% [markdown]
    # <!-- en -->
    # ## Question 1: the Dibao top-up
    # <!-- zh -->
    # ## 第一题：低保补差
    # <!-- all -->
    # | urban 城镇 | rural 农村 |

`<!-- en -->` and `<!-- zh -->` blocks go to one language, `<!-- all -->` blocks to both. A markdown cell with text
needs a non-empty en block and a non-empty zh block, and text before its first marker is an error.

Code is the same in both languages except for what the learner reads:

- comment lines tagged `# en: ...` and `# zh: ...`. The tag is removed and the other language's lines are
  dropped. Each run of tagged lines needs both languages (line counts may differ);
- `L("English text", "中文")`: two one-line string literals (f-strings allowed), replaced by the literal of
  the language, e.g. `assert ok, L("Check the rural case.", "请检查农村的情形。")`.

Cell metadata, nbgrader's included, is kept; jupytext's layout keys are dropped; outputs are empty; cell ids are
`cell-<n>`, so a rebuild is byte-identical. `metadata.socialcare` records the source file and the language:
that is how a submitted notebook is recognised.

Files: `build_all("notebooks/module1/intro.py", out)` writes `out/intro.en.ipynb` and `out/intro.zh.ipynb`. The
nbgrader course calls `build` and writes `source/<assignment>-<lang>/<stem>.ipynb` (`simulation.grading.course`).
"""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import jupytext
import nbformat
from nbformat.notebooknode import NotebookNode

from simulation.inputs.errors import InputError

LANGS = ("en", "zh")
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
# Keys jupytext uses to lay out the text file; they mean nothing in a notebook.
JUPYTEXT_CELL_KEYS = ("cell_marker", "lines_to_next_cell", "lines_to_end_of_cell_marker", "skipline", "noskipline")

MARKER = re.compile(r"^\s*<!--\s*(en|zh|all)\s*-->\s*$")
TAGGED_COMMENT = re.compile(r"^(?P<indent>\s*)#\s*(?P<lang>en|zh):\s?(?P<text>.*)$")
_LITERAL = r"""[rRfFuU]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
L_CALL = re.compile(rf"\bL\(\s*(?P<en>{_LITERAL})\s*,\s*(?P<zh>{_LITERAL})\s*,?\s*\)")


class TranslationError(InputError):
    """A bilingual source whose languages do not match; the message names the file and the cell."""


def build(source_path: str | Path, lang: str) -> NotebookNode:
    """The notebook in one language. The whole source is checked, so a build in either language fails on a
    missing translation."""
    if lang not in LANGS:
        raise InputError("bilingual build", "lang", lang, "one of: {names}", names=", ".join(LANGS))
    source_path = Path(source_path)
    text_nb = jupytext.read(source_path, fmt="py:percent")
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": dict(KERNELSPEC),
        "language_info": language_info(),
        "socialcare": {"source": source_path.name, "lang": lang},
    })
    for number, cell in enumerate(text_nb.cells, start=1):
        where = _Where(source_path, number, cell.source)
        metadata = {k: v for k, v in cell.metadata.items() if k not in JUPYTEXT_CELL_KEYS}
        if cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(_markdown(cell.source, lang, where), metadata=metadata)
        elif cell.cell_type == "code":
            new = nbformat.v4.new_code_cell(_code(cell.source, lang, where), metadata=metadata)
        else:
            new = nbformat.v4.new_raw_cell(cell.source, metadata=metadata)
        new.id = f"cell-{number}"
        nb.cells.append(new)
    nbformat.validate(nb)
    return nb


def language_info() -> dict:
    """What the Python kernel tells JupyterLab about itself when a notebook opens: JupyterLab writes it into the
    notebook, so a notebook built without it shows unsaved changes the moment its kernel starts. The version is
    that of the Python building the notebook; a room whose Python differs in it still sees the dot."""
    from ipykernel.ipkernel import IPythonKernel

    return dict(IPythonKernel.language_info)


def build_all(source_path: str | Path, out_dir: str | Path) -> dict[str, Path]:
    """Write `<stem>.<lang>.ipynb` for every language into out_dir; returns {lang: path}."""
    source_path, out_dir = Path(source_path), Path(out_dir)
    notebooks = build_languages(source_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for lang, nb in notebooks.items():
        written[lang] = out_dir / f"{source_path.stem}.{lang}.ipynb"
        nbformat.write(nb, written[lang])
    return written


def build_languages(source_path: str | Path) -> dict[str, NotebookNode]:
    """Both notebooks of one source, checked to have the same structure."""
    notebooks = {lang: build(source_path, lang) for lang in LANGS}
    differences = structure_differences(notebooks["en"], notebooks["zh"])
    if differences:
        raise TranslationError(str(source_path), "structure", differences[0],
                               "the English and Chinese notebooks must have the same cells, code and metadata")
    return notebooks


def same_structure(nb_en: NotebookNode, nb_zh: NotebookNode) -> bool:
    """Same cells, cell types, metadata (nbgrader grade ids and points included) and code, strings and
    comments aside."""
    return not structure_differences(nb_en, nb_zh)


def structure_differences(nb_a: NotebookNode, nb_b: NotebookNode) -> list[str]:
    """What differs between two language versions, one line per difference (empty when they match)."""
    differences = []
    if len(nb_a.cells) != len(nb_b.cells):
        differences.append(f"{len(nb_a.cells)} cells against {len(nb_b.cells)}")
    for number, (a, b) in enumerate(zip(nb_a.cells, nb_b.cells), start=1):
        if a.cell_type != b.cell_type:
            differences.append(f"cell {number}: {a.cell_type} against {b.cell_type}")
        elif a.metadata != b.metadata:
            differences.append(f"cell {number}: metadata {dict(a.metadata)} against {dict(b.metadata)}")
        elif a.cell_type == "code" and _code_shape(a.source) != _code_shape(b.source):
            differences.append(f"cell {number}: the code differs")
    return differences


class _Where:
    """A cell of a source file, for error messages."""

    def __init__(self, path: Path, number: int, source: str):
        self.path, self.number = path, number
        lines = [line for line in source.splitlines() if line.strip() and not MARKER.match(line)]
        self.first_line = lines[0].strip()[:60] if lines else ""

    def error(self, problem: str) -> TranslationError:
        return TranslationError(str(self.path), f"cell {self.number}", self.first_line, problem)


def _markdown(text: str, lang: str, where: _Where) -> str:
    blocks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        marker = MARKER.match(line)
        if marker:
            blocks.append((marker.group(1), []))
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip():
            raise where.error("text outside a language block: start the cell with <!-- en -->, <!-- zh --> "
                              "or <!-- all -->")
    if not blocks:
        return text
    present = {tag for tag, _ in blocks}
    for tag, other in (("en", "zh"), ("zh", "en")):
        if tag in present and other not in present:
            raise where.error(f"missing translation: it has an <!-- {tag} --> block ({LANGUAGE_NAMES[tag]}) "
                              f"but no <!-- {other} --> block ({LANGUAGE_NAMES[other]})")
    for tag, lines in blocks:
        if not "".join(lines).strip():
            raise where.error(f"its <!-- {tag} --> block is empty")
    chosen = [line for tag, lines in blocks if tag in (lang, "all") for line in lines]
    return "\n".join(chosen).strip("\n")


def _code(text: str, lang: str, where: _Where) -> str:
    kept, run = [], set()
    for line in text.splitlines():
        tagged = TAGGED_COMMENT.match(line)
        if tagged:
            run.add(tagged["lang"])
            if tagged["lang"] == lang:
                kept.append(f"{tagged['indent']}# {tagged['text']}".rstrip())
            continue
        _check_run(run, where)
        run = set()
        kept.append(line)
    _check_run(run, where)
    code = "\n".join(kept)
    if re.search(r"\bL\(", L_CALL.sub("", code)):
        raise where.error('L(...) takes two one-line string literals, English then Chinese: L("...", "...")')
    return L_CALL.sub(lambda call: call[lang], code)


def _check_run(run: set[str], where: _Where) -> None:
    if len(run) == 1:
        (tag,) = run
        other = "zh" if tag == "en" else "en"
        raise where.error(f"a '# {tag}:' comment has no '# {other}:' comment next to it")


def _code_shape(source: str) -> list[tuple[int, str]]:
    """The code's tokens with strings blanked and comments dropped: what must match across languages."""
    shape, in_fstring = [], 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.FSTRING_START:
                in_fstring += 1
            elif token.type == tokenize.FSTRING_END:
                in_fstring -= 1
                if not in_fstring:
                    shape.append((tokenize.STRING, ""))
            elif in_fstring or token.type in (tokenize.COMMENT, tokenize.NL):
                continue
            else:
                shape.append((token.type, "" if token.type == tokenize.STRING else token.string))
    except (tokenize.TokenError, SyntaxError):
        # IPython syntax (magics, shell escapes): compare the lines that are not comments
        return [(0, line) for line in source.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return shape
