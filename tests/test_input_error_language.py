"""A bad value is refused in the person's language: the field, the value, and what is allowed, all of it.

What an InputError allows is a message of the catalogue with its values (never an f-string), so the Chinese
catalogue must have every one; English messages read as they always did; and the CLI names itself once.
"""
import ast
import re
import shutil
from pathlib import Path

from simulation.calibration import official
from simulation.cli import main
from simulation.i18n import catalogue
from simulation.i18n.numbers import years as years_as_text
from simulation.inputs.errors import InputError, Phrase

REPO = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"{[^}]*}")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

# The InputErrors and Phrases whose text is not written where they are made, by file: a Phrase made elsewhere (a
# table of what each field allows, a parameter's refusal, an error passed on with a new place; this test finds
# those Phrases where they are written), pydantic's own words for a field no table describes, or a text already
# translated with t(). Any other site writes its message out, so that `make messages` and this test find it.
NOT_WRITTEN_OUT = {
    "simulation/analysis/calculator.py": {"ALLOWED.get(str(first['loc'][-1]), first['msg'])"},
    "simulation/analysis/rule_cases.py": {"allowed", "err.allowed", "ALLOWED['source']"},
    "simulation/analysis/sweeps.py": {"ALLOWED[top]", "err.allowed"},
    "simulation/cli.py": {"allowed", "ALLOWED[flag.removeprefix('--').replace('-', '_')]"},
    "simulation/grading/commands.py": {"_usage(args.step)"},
    "simulation/inputs/errors.py": {"allowed"},
    "simulation/inputs/files.py": {"refused.allowed"},
    "simulation/inputs/parameters.py": {"refusal", "problem"},
    "simulation/inputs/scenarios.py": {"refusal", "allowed"},
    "simulation/reports/materials/content.py": {"problem"},
    "simulation/reports/outputs.py": {"allowed"},
    "simulation/retirees/community.py": {"text"},
    "simulation/retirees/service_package.py": {"allowed"},
    "simulation/services/provider.py": {"SPEC_FIELDS[missing[0]]", "allowed or SPEC_FIELDS[name]"},
    "simulation/sessions/commands.py": {"needs[args.step]"},
    "simulation/workshop/curricula/glossary.py": {"problem"},
    "simulation/workshop/curricula/model.py": {"allowed"},
    "simulation/workshop/module6/levers.py": {"t(LEVERS[key].allowed, lang)"},
}


def _name(call: ast.Call) -> str | None:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)


def _template(node: ast.expr | None) -> str | None:
    """The message a node writes out: a string, or the string inside t(...) or marked(...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and _name(node) in ("t", "marked") and node.args:
        return _template(node.args[0])
    return None


def templates_in_the_code() -> tuple[set[str], dict[str, set[str]]]:
    """Every template given to InputError (its 4th argument, or `allowed=`) or to Phrase (its first), and, by
    file, the source of each one that is not written out."""
    written, elsewhere = set(), {}
    for path in sorted((REPO / "simulation").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _name(node) not in ("InputError", "Phrase"):
                continue
            position = 3 if _name(node) == "InputError" else 0
            keyword = next((k.value for k in node.keywords if k.arg == "allowed"), None)
            given = node.args[position] if len(node.args) > position else keyword
            if given is None:
                continue  # the class's own definition, or a call that passes everything on
            text = _template(given)
            if text is None:
                elsewhere.setdefault(str(path.relative_to(REPO)), set()).add(ast.unparse(given))
            else:
                written.add(text)
    return written, elsewhere


def test_every_template_of_what_is_allowed_has_chinese_with_the_same_placeholders():
    written, elsewhere = templates_in_the_code()
    assert len(written) > 150
    assert elsewhere == NOT_WRITTEN_OUT
    zh = catalogue("zh")
    missing = sorted(text for text in written if text not in zh)
    assert not missing, f"{len(missing)} templates have no Chinese, the first: {missing[:3]}"
    for text in written:
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(zh[text])), text


def test_english_reads_as_before_and_chinese_translates_every_part():
    err = InputError("carelab case", "--households", 9000, "at most {most:,}", most=5000)
    assert str(err) == err.message("en") == "carelab case: --households = 9000 is not allowed (at most 5,000)"
    assert err.allowed == "at most 5,000" and err.message("zh") == \
        "carelab case：--households = 9000 不被允许（允许的是：不超过 5,000）"
    # A Phrase within a Phrase, and a place that is a Phrase, are said in the same language.
    nested = InputError(Phrase("{file}, line {line}", file="a.yaml", line=3), "name", None, "required: {allowed}",
                        allowed=Phrase("a whole number from 1 to {most:,}", most=1_000))
    assert str(nested) == "a.yaml, line 3: name = None is not allowed (required: a whole number from 1 to 1,000)"
    assert nested.message("zh") == "a.yaml，第 3 行：name = None 不被允许（允许的是：必须填写：1 到 1,000 之间的整数）"
    # Words given without values are taken as written, braces and all (pydantic's, say), and passed on whole.
    braces = InputError("x.yaml", "notes", [], "a mapping such as {en: ..., zh: ...}")
    assert braces.allowed == "a mapping such as {en: ..., zh: ...}"
    assert InputError("y.yaml", "notes", [], braces.allowed).allowed.template == braces.allowed.template


def _bad_scenario(tmp_path: Path) -> Path:
    path = tmp_path / "bad.yaml"
    shutil.copy(REPO / "scenarios" / "dachuan-2019.yaml", path)
    path.write_text(re.sub(r"(?m)^households:.*$", "households: -5", path.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")
    return path


def test_a_bad_scenario_file_is_refused_in_chinese_and_in_english(tmp_path, capsys):
    bad = _bad_scenario(tmp_path)
    assert main(["run", str(bad), "--lang", "zh", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"carelab: {bad}：households = -5 不被允许（允许的是：1 到 5,000,000 之间的整数）\n"
    assert LATIN_WORD.findall(err.replace(str(bad), "").replace("households", "")) == ["carelab"]
    assert main(["run", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (f"carelab: {bad}: households = -5 is not allowed (a whole number from 1 to "
                                       "5,000,000)\n")


def test_a_year_without_an_official_figure_is_refused_in_chinese_naming_the_command_once(tmp_path, capsys):
    figures = official.official_figures()
    years = figures.loc[figures["figure"] == "persons_per_household", "year"]
    out = str(tmp_path / "vv")
    assert main(["validate", "--lang", "zh", "--figures", "persons_per_household", "--years", "2016-2019",
                 "--out", out]) == 2
    err = capsys.readouterr().err
    assert err == ("carelab validate：--years = 2016 不被允许（允许的是：有 persons_per_household 官方数据的年份："
                   f"{years_as_text(years)}）\n")
    # Apart from the command, the field, the value and the figure's name, no word is English.
    named = err.replace("carelab validate", "").replace("--years", "").replace("persons_per_household", "")
    assert LATIN_WORD.findall(named) == []
    assert main(["validate", "--figures", "persons_per_household", "--years", "2016-2019", "--out", out]) == 2
    assert capsys.readouterr().err.startswith("carelab validate: --years = 2016 is not allowed (years with an "
                                              "official figure of persons_per_household: ")
