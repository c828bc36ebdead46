"""Every workshop notebook in a real browser, as a participant in the room sees it: JupyterLab in headless
Chromium at a 1366 x 768 screen, the interface in Chinese (`carelab lab --lang zh`), each notebook in both
languages run from the Run menu, then every slider moved, every dropdown set, every button pressed.

It fails on error outputs, widgets of zero size (a slider without its track), dropdowns showing nothing, labels
cut off, controls after which nothing changes, and widget text in the other language. Screenshots are kept in
build/browser-screenshots/ (one folder per run, the last three runs: conftest.py's `shots`). Needs Debian's
chromium and chromium-driver and the selenium package (.ci/run installs them); skipped, saying why, where they are
missing or Chromium cannot start.
"""
import difflib
from pathlib import Path

import browser_lab
import pytest
from browser_lab import Lab, Page

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.relative_to(REPO / "notebooks").as_posix() for p in (REPO / "notebooks").rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _server(tmp_path_factory, lang, role):
    folder = tmp_path_factory.mktemp(f"lab-{lang}-{role}")
    return Lab(lang, role, folder / "notebooks", folder / "jupyterlab.log")


@pytest.fixture(scope="session")
def room(tmp_path_factory, shots):
    """The workshop's JupyterLab as `make lab lang=zh` starts it, for the whole session."""
    server = _server(tmp_path_factory, "zh", "participant")
    yield server
    server.stop()


def test_the_start_page_is_chinese_and_clean(driver, room, shots):
    page = Page(driver, room, shots)
    page.open("START.zh.ipynb")
    page.screenshot("start-zh")
    menus = page.js("return [...document.querySelectorAll('.lm-MenuBar-itemLabel')].map(e => e.textContent)")
    assert menus[:4] == ["文件", "编辑", "查看", "运行"]
    body = page.js("return document.body.innerText")
    assert "Jupyter news" not in body and "Jupyter 新闻" not in body, "the news prompt is shown"
    assert not any("nbgrader" in m.lower() for m in menus), "participants see nbgrader's menu"
    assert not page.js("return !!document.querySelector('[data-command=\"nbgrader:validate\"], "
                       ".nbgrader-NotebookTools, #create_assignment')")
    assert not page.dirty()
    page.open("module1/one_stop_centre.zh.ipynb")  # the file browser follows to the notebook's folder
    listing = "return [...document.querySelectorAll('.jp-DirListing-itemText')].map(e => e.textContent)"
    page.wait(lambda: "module1" not in page.js(listing), 30, "the file browser stays at the top folder")
    names = page.js(listing)
    assert names == ["one_stop_centre.en.ipynb", "one_stop_centre.zh.ipynb"], "sources are shown, or names cut"
    widths = page.js("return [...document.querySelectorAll('.jp-DirListing-itemText')]"
                     ".map(e => e.scrollWidth <= e.clientWidth)")
    assert all(widths), "a notebook's name is cut off in the file browser"
    page.screenshot("files-module1")


def test_the_trainer_has_nbgrader(driver, shots, tmp_path_factory):
    trainer = _server(tmp_path_factory, "en", "trainer")
    try:
        page = Page(driver, trainer, shots)
        page.open("START.en.ipynb")
        page.wait(lambda: "Nbgrader" in page.js("return document.querySelector('.lm-MenuBar').innerText"), 30,
                  "the trainer has no Nbgrader menu")
        menus = page.js("return [...document.querySelectorAll('.lm-MenuBar-itemLabel')].map(e => e.textContent)")
        assert menus[0] == "File"
        page.screenshot("trainer-en")
    finally:
        trainer.stop()


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_in_the_browser(path, driver, room, shots):
    name = path.replace("/", "-").removesuffix(".ipynb")
    lang = path.split(".")[-2]
    page = Page(driver, room, shots)
    page.open(path)
    assert not page.dirty(), f"{path} shows unsaved changes right after opening"
    page.save(path)
    saved, built = (room.folder / path).read_text("utf-8"), (REPO / "notebooks" / path).read_text("utf-8")
    assert saved == built, f"{path} opened and saved unchanged is not the notebook the build wrote:\n" + "".join(
        difflib.unified_diff(built.splitlines(True), saved.splitlines(True), n=1))[:2000]
    page.run_all(seconds=600)
    page.screenshot(f"{name}-run")
    problems = []
    page.save(path)
    saved = room.saved(path)
    errors = [o for cell in saved["cells"] for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    problems += [f"error output: {e['ename']}: {e['evalue']}" for e in errors]
    problems += [f"zero size: {z}" for z in page.zero_size_widgets()]
    problems += page.unreadable_widgets()
    texts = page.widget_texts()
    if lang == "zh":
        problems += [f"English widget text: {', '.join(browser_lab.english_words(texts))}"] * bool(
            browser_lab.english_words(texts))
    else:
        problems += [f"Chinese widget text: {' | '.join(browser_lab.chinese(texts))}"] * bool(
            browser_lab.chinese(texts))
    problems += [f"nothing changed after {c}" for c in page.use_every_control(name)]
    problems += [f"error shown: {e}" for e in page.errors_shown()]
    page.screenshot(f"{name}-used")
    room.shut_down_kernels()
    assert not problems, f"{path}:\n" + "\n".join(problems)
