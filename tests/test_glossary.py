"""One Chinese term per concept: the glossary, and the texts people read following it."""
import re
from pathlib import Path

import pytest

from simulation.i18n import catalogue
from simulation.inputs.errors import InputError
from simulation.workshop import bilingual
from simulation.workshop.curricula import glossary
from simulation.workshop.curricula.model import GLOSSARY, workshop_paths

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = REPO / "simulation/i18n/locale/zh_Hans/LC_MESSAGES/messages.po"


def texts() -> list[Path]:
    """Every text the glossary governs; the glossary itself lists the variants, so it is left out."""
    return (sorted((REPO / "notebooks").rglob("*.py")) + sorted((REPO / "grading/assignments").rglob("*.py"))
            + workshop_paths(REPO / "curricula") + [CATALOGUE])


def test_the_glossary_gives_the_terms_of_the_field():
    zh = {term.en: term.zh for term in glossary.terms()}
    assert zh["caseworker"] == "经办人员" and zh["social worker"] == "社会工作者"
    assert zh["means test"] == "家庭经济状况核查" and zh["democratic appraisal"] == "民主评议"
    assert zh["integrated database"] == "统一数据库" and zh["seed (random seed)"] == "随机种子"
    assert zh["one door for acceptance and coordinated handling"] == "一门受理、协同办理"
    assert zh["likely to leave poverty"] == "容易脱贫" and zh["activation"] == "就业促进"
    for term in glossary.terms():
        assert term.definition.en and term.definition.zh and term.source


def test_every_text_follows_the_glossary_and_quotes_chinese_with_chinese_marks():
    assert len(texts()) > 20
    found = [f"{finding.path.relative_to(REPO)}:{finding.line}: {finding.problem}"
             for path in texts() for finding in glossary.findings(path)]
    assert not found, "\n".join(found)


def test_a_variant_is_named_with_its_file_and_line(tmp_path):
    source = tmp_path / "notebook.py"
    source.write_text(
        '# %% [markdown]\n# <!-- en -->\n# The caseworker\n# <!-- zh -->\n# 社工在第一单元中\n\n'
        '# %%\n# en: seed 1\n# zh: 种子为 1，随机种子为 2\n'
        'assert ok, L("Use the seed.", "请用随机种子。")\n', encoding="utf-8")
    found = [(f.line, f.problem.split(":")[0]) for f in glossary.findings(source)]
    assert found == [(5, "'社工'"), (5, "'第一单元'"), (9, "'种子'")]
    assert str(glossary.findings(source)[0]).startswith(f"{source}:5: ")


def test_phrases_that_contain_a_variant_but_mean_something_else_pass():
    terms = glossary.terms()
    misuses = lambda text: [v for term in terms for v in term.misuses(text)]  # noqa: E731
    assert misuses("按随机种子运行；请运行本单元格；家庭经济状况核查") == []
    assert misuses("且不大可能脱贫") == ["可能脱贫"]
    assert misuses("经济状况核查") == ["经济状况核查"]
    assert misuses("用一个整合数据库代替") == ["整合数据库"]


def test_ascii_quotes_around_chinese_are_found_only_in_chinese_text(tmp_path):
    source = tmp_path / "assessment.py"
    source.write_text(
        '# %% [markdown]\n# <!-- en -->\n# Press "Run".\n# <!-- zh -->\n# 点击"运行"，输入 `"深度"`。\n\n'
        '# %%\ncolumn = "深度"  # code may hold any string\n# zh: 看"结果"\n# en: see "results"\n'
        "assert ok, L('Press \"Run\".', '请点击\"运行\"。')\n", encoding="utf-8")
    assert [(f.line, f.problem) for f in glossary.findings(source)] == [
        (5, 'ASCII quotes around Chinese "运行": write “运行”'),
        (9, 'ASCII quotes around Chinese "结果": write “结果”'),
        (11, 'ASCII quotes around Chinese "运行": write “运行”')]
    curriculum = tmp_path / "workshop.yaml"
    curriculum.write_text('title:\n  en: \'The "Run" button\'\n  zh: "运行"\nnotes:\n  - en: x\n    zh: >-\n'
                          '      点击"运行"\n      然后看"结果"\n  - en: y\n    zh: 看“图表”\n', encoding="utf-8")
    assert [f.line for f in glossary.findings(curriculum)] == [7, 8]
    po = tmp_path / "messages.po"
    po.write_text('msgid "Press \\"Run\\""\nmsgstr ""\n"请点击\\"运行\\""\n\n'
                  'msgid "seed {seed}"\nmsgstr "种子 {seed}"\n', encoding="utf-8")
    assert [f.line for f in glossary.findings(po)] == [3, 6]


def test_the_glossary_file_is_checked(tmp_path):
    path = tmp_path / GLOSSARY
    entry = ("terms:\n  - en: seed\n    zh: 随机种子\n    definition: {en: The seed., zh: 随机种子。}\n"
             "    source: %s\n    avoid: [%s]\n")
    path.write_text(entry % ("S999", "种子"), encoding="utf-8")
    with pytest.raises(InputError, match="sources.csv"):
        glossary.load(path)
    path.write_text(entry % ("suite", "随机种子"), encoding="utf-8")
    with pytest.raises(InputError, match="a term of its own"):
        glossary.load(path)
    path.write_text(entry % ("SEED004", "seed"), encoding="utf-8")
    with pytest.raises(InputError, match="no Chinese"):
        glossary.load(path)
    path.write_text(entry % ("suite", "种子"), encoding="utf-8")
    assert [term.zh for term in glossary.load(path)] == ["随机种子"]


def button_labels(lang: str) -> set[str]:
    """What the notebooks' buttons read in one language."""
    code = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "simulation/workshop").rglob("*.py"))
    messages = re.findall(r'Button\(description=t\("([^"]+)"', code)
    return {catalogue(lang).get(message, message) for message in messages}


@pytest.mark.parametrize("lang, press", [("en", r"(?:press|click) \*\*([^*]+)\*\*"), ("zh", r"点击 ?\*\*([^*]+)\*\*")])
def test_a_notebook_names_each_button_as_it_reads(lang, press):
    # Module 2 told participants to press 检查 where the button reads 核对.
    labels = button_labels(lang)
    assert {"Run", "Check"} <= labels if lang == "en" else {"运行", "核对"} <= labels
    named = {}
    for source in sorted((REPO / "notebooks").rglob("*.py")):
        notebook = bilingual.build(source, lang)
        text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
        named.update({label: source.name for label in re.findall(press, text, flags=re.IGNORECASE)
                      if " + " not in label})  # keys such as Shift + Enter are pressed too
    assert len(named) >= 4
    assert {label: where for label, where in named.items() if label not in labels} == {}
