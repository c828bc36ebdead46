"""Each teaching notebook speaks its own language, whatever the server's: run with no CARELAB_LANG, and under the
opposite language, every widget a Chinese notebook shows reads in Chinese and every widget of an English one in
English. The runs are the ones tests/test_notebooks.py checks for errors (the `executed_notebook` fixture)."""
import re
from pathlib import Path

import pytest

from simulation.i18n import catalogue, language, use_language
from simulation.inputs.errors import InputError
from simulation.rules.eu_pack import SCHEME_NAMES

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for p in (REPO / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
# What a widget shows people in words: its label, its choices, the hint in an empty box and the hover text, and
# the text of a label or message (its HTML tags aside).
SHOWN = ("description", "_options_labels", "placeholder", "tooltip", "tooltips", "description_tooltip")
TEXT_WIDGETS = ("LabelModel", "HTMLModel")
TAG = re.compile(r"<[^>]*>")

ENGLISH_WORD = re.compile(r"[A-Za-zÀ-ž]{2,}")
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Words that stay as they are in a Chinese notebook: Dibao, the EU and its currency, and the EU's own names for its
# schemes and offices (Bürgergeld, pomoc społeczna, Jobcenter), which the catalogue keeps in the Chinese names.
OWN_NAMES = {word for name in SCHEME_NAMES.values() for word in ENGLISH_WORD.findall(name)
             if word in ENGLISH_WORD.findall(catalogue("zh")[name])}
ENGLISH_ALLOWED = {"Dibao", "EU", "EUR", "Jobcenter"} | OWN_NAMES


def notebook_language(path: Path) -> str:
    return path.suffixes[-2].lstrip(".")


def widget_texts(notebook) -> list[tuple[str, str, str]]:
    """(widget, field, text) for every word-bearing field of every widget the run left in the kernel."""
    models = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    texts = []
    for model in models.values():
        for field in SHOWN + (("value",) if model["model_name"] in TEXT_WIDGETS else ()):
            value = model["state"].get(field)
            value = TAG.sub(" ", value) if field == "value" else value
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and text.strip():
                    texts.append((model["model_name"], field, text))
    return texts


def printed_texts(notebook) -> list[str]:
    """What the run printed: messages, lines in words, scenario files. (Tables may cite a Chinese source by its
    Chinese title in an English notebook.)"""
    return [output["text"] for cell in notebook.cells for output in cell.get("outputs", [])
            if output.get("output_type") == "stream"]


def foreign(text: str, lang: str) -> list[str]:
    """What in `text` is not in `lang`: English words in Chinese text (names and units aside), Chinese in English."""
    if lang == "zh":
        return [word for word in ENGLISH_WORD.findall(text) if word not in ENGLISH_ALLOWED]
    return CHINESE.findall(text)


def _check(notebook, lang: str) -> None:
    texts = widget_texts(notebook)
    wrong = [(widget, field, foreign(text, lang), text[:80]) for widget, field, text in texts if foreign(text, lang)]
    assert not wrong, f"widget text not in {lang}: {wrong[:10]}"
    if lang == "en":  # a Chinese notebook's printed scenario files keep the file's English keys and names
        chinese = [text[:200] for text in printed_texts(notebook) if foreign(text, "en")]
        assert not chinese, f"Chinese printed in an English notebook: {chinese[:5]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_widgets_speak_the_notebooks_language_with_no_language_set(path, executed_notebook):
    notebook = executed_notebook(path)
    _check(notebook, notebook_language(path))
    if notebook_language(path) == "zh" and any(cell.cell_type == "code" for cell in notebook.cells):
        assert widget_texts(notebook), "no widget text to check: has the widget state moved?"


# A Chinese notebook with no CARELAB_LANG already runs against the default, English; an English one is run once
# under a Chinese server.
@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if notebook_language(p) == "en"],
                         ids=lambda p: str(p.relative_to(REPO)))
def test_an_english_notebook_stays_english_under_a_chinese_server(path, executed_notebook):
    _check(executed_notebook(path, "zh"), "en")


def test_the_foreign_word_check_sees_both_ways():
    assert foreign("Run", "zh") == ["Run"] and not foreign("运行 Dibao 520 元", "zh")
    assert not foreign("德国公民收入（Bürgergeld）", "zh") and foreign("德国公民收入（Citizen's income）", "zh")
    assert foreign("Run 运行", "en") == ["运", "行"] and not foreign("Run", "en")


def test_a_declared_language_wins_over_the_server(monkeypatch):
    import simulation.i18n as i18n

    monkeypatch.setenv("CARELAB_LANG", "en")
    monkeypatch.setattr(i18n, "_declared", None)
    assert language() == "en"
    assert use_language("zh") == "zh" and language() == "zh"
    with pytest.raises(InputError):
        use_language("fr")
    assert language() == "zh"


def test_a_chinese_participant_types_a_members_disability_in_chinese():
    from simulation.workshop.shared.entries import parse_members

    assert parse_members("82：重度，78:残疾, 12") == [{"age": 82, "disability": "severe"},
                                                  {"age": 78, "disability": "disabled"},
                                                  {"age": 12, "disability": "none"}]
    assert parse_members("82:severe") == [{"age": 82, "disability": "severe"}]


def test_a_setting_taken_from_an_eu_pack_reads_by_its_description_in_the_notebooks_language():
    from simulation.workshop.module5 import features

    for feature in features.FEATURES:
        english, chinese = (features.feature_lines(feature, lang)[1] for lang in ("en", "zh"))
        assert "eu." not in english and "eu." not in chinese
        assert not foreign(chinese.rsplit("）：", 1)[1], "zh"), chinese  # the pack's body may name its centres
    data_sharing = features.feature_lines("data_sharing", "zh")[1]
    assert data_sharing.endswith("：德国：经办机构自动将申请人的数据与共享登记信息比对——是，假设。")


def test_a_chinese_participant_reads_a_scenario_file_with_chinese_notes_and_its_name_in_chinese(tmp_path):
    import yaml

    from simulation.inputs.scenarios import load_scenario
    from simulation.workshop.module6 import levers, scenarios

    reform = scenarios.SHIPPED_REFORMS[0]
    for lang in ("en", "zh"):
        text = scenarios.file_text(reform, lang)
        notes = [line for line in text.splitlines() if line.startswith("#")]
        assert notes and all(line.startswith("# ") and not foreign(line[2:], lang) for line in notes), notes
        assert yaml.safe_load(text) == yaml.safe_load(reform.read_text(encoding="utf-8"))  # what carelab reads
    assert "名称：达川区2019年，统一数据库加网上申请" in levers.scenario_in_words(load_scenario(reform), "zh")
    baseline = load_scenario(scenarios.BASELINE_FILE)
    data = levers.reform_data({**levers.lever_entries(levers.baseline_rules(baseline)), "name": "我的改革",
                               "integrated_database": True}, baseline, "zh")
    saved = scenarios.write_scenario(data, tmp_path / "reform.yaml", "zh")
    header, command = saved.read_text(encoding="utf-8").splitlines()[:2]
    assert not foreign(header.replace("SocialCare Lab", ""), "zh") and "本文件" in command
    assert load_scenario(saved).name == "我的改革" and not foreign(load_scenario(saved).description, "zh")


def test_make_messages_keeps_the_parameter_descriptions_people_read():
    from simulation.i18n import parameter_descriptions

    with open(REPO / "datasets/parameters/eu/germany.yaml", "rb") as pack:
        extracted = {(comments[0], message) for _, _, message, comments in parameter_descriptions(pack, [], [], {})}
    assert ("eu.germany.data_sharing",
            "Germany, the office checks applicants' data against shared registers automatically") in extracted
