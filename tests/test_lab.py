"""`carelab lab`: the workshop's JupyterLab settings for a language and a role (the browser suite, test_browser.py,
checks what they do on screen)."""
import json

import pytest

from simulation.cli import _parser
from simulation.inputs.errors import InputError
from simulation.workshop import lab


def _written(tmp_path, lang, role):
    folder = lab.configure(lang, role, tmp_path / "lab")
    return (json.loads((folder / "settings" / name).read_text(encoding="utf-8"))
            for name in ("overrides.json", "page_config.json"))


def test_a_chinese_workshop_gets_jupyterlab_in_chinese_without_the_news_prompt(tmp_path):
    overrides, _ = _written(tmp_path, "zh", "participant")
    assert overrides["@jupyterlab/translation-extension:plugin"] == {"locale": "zh_CN"}
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    overrides, _ = _written(tmp_path, "en", "participant")
    assert overrides["@jupyterlab/translation-extension:plugin"] == {"locale": "en"}


def test_only_the_trainer_gets_nbgraders_tools(tmp_path):
    _, participant = _written(tmp_path, "en", "participant")
    assert participant["disabledExtensions"] == ["@jupyter/nbgrader"]
    _, trainer = _written(tmp_path, "en", "trainer")
    assert trainer["disabledExtensions"] == []


def test_the_lab_keeps_its_settings_in_the_checkout_and_hides_the_text_sources(tmp_path):
    command = lab.command("zh", 8899, "trainer", notebooks=tmp_path)
    settings = next(a for a in command if a.startswith("--LabApp.app_settings_dir="))
    assert settings.endswith("build/lab/zh-trainer/settings")
    for trait in ("user_settings_dir", "workspaces_dir"):
        assert any(a.startswith(f"--LabApp.{trait}=") and "build/lab/zh-trainer" in a for a in command)
    hidden = json.loads(next(a for a in command if a.startswith("--ContentsManager.hide_globs=")).split("=", 1)[1])
    assert "*.py" in hidden and "__pycache__" in hidden
    assert f"--ServerApp.root_dir={tmp_path}" in command


def test_a_role_that_does_not_exist_is_refused(tmp_path):
    with pytest.raises(InputError, match="participant, trainer"):
        lab.configure("en", "student", tmp_path)
    with pytest.raises(SystemExit):
        _parser().parse_args(["lab", "--role", "student"])
    assert _parser().parse_args(["lab", "--role", "trainer"]).role == "trainer"


def test_notebooks_built_for_another_python_are_rebuilt_for_this_one(tmp_path):
    source = tmp_path / "intro.py"
    source.write_text("# %% [markdown]\n# <!-- en -->\n# Hello\n# <!-- zh -->\n# 你好\n", encoding="utf-8")
    assert len(lab.prepare(tmp_path)) == 2 and lab.prepare(tmp_path) == []
    built = tmp_path / "intro.zh.ipynb"
    notebook = json.loads(built.read_text(encoding="utf-8"))
    notebook["metadata"]["language_info"]["version"] = "3.12.0-elsewhere"
    built.write_text(json.dumps(notebook), encoding="utf-8")
    assert len(lab.prepare(tmp_path)) == 2
    assert json.loads(built.read_text(encoding="utf-8"))["metadata"]["language_info"]["version"] != "3.12.0-elsewhere"
