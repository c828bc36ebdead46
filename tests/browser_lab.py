"""The workshop's JupyterLab as a participant meets it, driven in headless Chromium (tests/test_browser.py).

`Lab` starts `carelab lab`'s JupyterLab on a copy of the notebooks folder (a run saves notebooks, the committed ones
stay as they are); `Page` is one browser tab at a 1366 x 768 screen that opens a notebook, runs all its cells
from JupyterLab's Run menu and then uses every widget in it.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from simulation.workshop import lab

SCREEN = (1366, 768)
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
# Names a Chinese widget may keep in Latin letters: programmes, places and EU member states' schemes by their own
# names, and units.
LATIN_NAMES = {"dibao", "eu", "kela", "jobcenter", "taicang", "dachuan", "sichuan", "ok", "id", "cny", "eur",
               "germany", "france", "finland", "sweden", "denmark", "netherlands", "italy", "spain", "bürgergeld",
               "rsa", "hartz", "rdc", "ims", "nhs", "ngo", "python"}


def installed(candidates: tuple[str, ...]) -> str | None:
    return next((path for path in candidates if os.access(path, os.X_OK)), shutil.which(Path(candidates[0]).name))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """One JupyterLab server of the workshop, on a copy of the notebooks."""

    def __init__(self, lang: str, role: str, folder: Path, log: Path):
        self.folder, self.token, self.port = folder, secrets.token_hex(16), free_port()
        shutil.copytree(lab.locations.notebooks(), folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        command = lab.command(lang, self.port, role, notebooks=folder) + [
            f"--IdentityProvider.token={self.token}", "--no-browser", "--ServerApp.ip=127.0.0.1"]
        self.log = log.open("w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT,
                                        env={**os.environ, "CARELAB_LANG": lang})
        deadline = time.monotonic() + 120
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"JupyterLab did not start: see {log}")
            time.sleep(0.5)

    def url(self, path: str, query: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}?{query}token={self.token}"

    def shut_down_kernels(self) -> None:
        """One notebook's kernel at a time: each ends when its notebook has been used."""
        with urllib.request.urlopen(self.url("api/kernels"), timeout=10) as answer:
            kernels = json.load(answer)
        for kernel in kernels:
            request = urllib.request.Request(self.url(f"api/kernels/{kernel['id']}"), method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url("api/status"), timeout=2):
                return True
        except OSError:
            return False

    def saved(self, path: str) -> dict:
        """A notebook as the server has it on disk."""
        return json.loads((self.folder / path).read_text(encoding="utf-8"))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def chromium(shots: Path):
    """Headless Chromium with a 1366 x 768 page; raises what stopped it from starting."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = installed(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={SCREEN[0]},{SCREEN[1]}", "--lang=en-US"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(installed(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": SCREEN[0], "height": SCREEN[1], "deviceScaleFactor": 1, "mobile": False})
    return driver


# What the page shows, read in one script: every cell's outputs, their text and their images.
SNAPSHOT = """
const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell')];
return cells.map((cell, index) => {
  const outputs = cell.querySelector('.jp-OutputArea');
  const images = outputs ? [...outputs.querySelectorAll('img')].map(i => i.src.length + ':' + i.src.slice(-200))
                         : [];
  return {index, text: outputs ? outputs.innerText : '', images};
});
"""

WIDGET_TEXT = """
const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
const texts = [];
panel.querySelectorAll('.jupyter-widgets').forEach(w => {
  if (w.classList.contains('widget-output') || w.classList.contains('widget-html')
      || w.classList.contains('widget-htmlmath')) return;
  w.querySelectorAll('label, button, option, .widget-readout, .widget-label, .widget-label-basic')
    .forEach(e => texts.push(e.textContent));
  w.querySelectorAll('[title], [placeholder]').forEach(e => texts.push(e.title || '', e.placeholder || ''));
});
return texts.map(t => t.trim()).filter(t => t && t !== 'null');
"""

ZERO_SIZE = """
const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
const found = [];
panel.querySelectorAll('.jupyter-widgets, .noUi-target, .noUi-base').forEach(w => {
  if (w.offsetParent === null || w.classList.contains('widget-output')) return;
  if ((w.classList.contains('widget-html') || w.classList.contains('widget-label'))
      && !(w.innerText || '').trim()) return;
  const r = w.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) {
    const label = w.closest('.widget-slider, .widget-dropdown, .widget-inline-hbox, .jupyter-widgets');
    const cell = [...panel.querySelectorAll('.jp-Cell')].indexOf(w.closest('.jp-Cell')) + 1;
    found.push(`cell ${cell}: ${w.className.split(' ').slice(0, 3).join(' ')} `
               + `"${((label && label.innerText) || '').trim().slice(0, 40)}" is ${r.width} x ${r.height}`);
  }
});
return found;
"""

# Dropdowns showing nothing (a prompt that does not render) and labels, buttons and options cut off.
UNREADABLE = """
const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
const found = [];
const where = e => 'cell ' + ([...panel.querySelectorAll('.jp-Cell')].indexOf(e.closest('.jp-Cell')) + 1);
panel.querySelectorAll('.widget-dropdown select').forEach(e => {
  if (e.offsetParent === null) return;
  const shown = e.selectedIndex >= 0 ? e.options[e.selectedIndex].text.trim() : '';
  if (!shown) found.push(`${where(e)}: a dropdown shows nothing (options: ${[...e.options].map(o => o.text)
    .slice(0, 3).join(' / ')})`);
  else if (e.scrollWidth > e.clientWidth + 1) found.push(`${where(e)}: dropdown "${shown}" is cut off`);
});
panel.querySelectorAll('.jupyter-widgets .widget-label, .jupyter-widgets label, button.jupyter-button')
  .forEach(e => {
    if (e.offsetParent === null || !e.textContent.trim()) return;
    if (e.scrollWidth > e.clientWidth + 1)
      found.push(`${where(e)}: "${e.textContent.trim().slice(0, 60)}" is cut off`);
  });
return found;
"""

CONTROLS = """
const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
const cells = [...panel.querySelectorAll('.jp-Cell')];
const controls = [];
const visible = e => e.offsetParent !== null && !e.disabled;
panel.querySelectorAll('.noUi-handle').forEach(e => visible(e) && controls.push(['slider', e]));
panel.querySelectorAll('.widget-dropdown select').forEach(e => visible(e) && controls.push(['dropdown', e]));
panel.querySelectorAll('.widget-checkbox input').forEach(e => visible(e) && controls.push(['checkbox', e]));
panel.querySelectorAll('.widget-toggle-buttons button').forEach(e => visible(e) && controls.push(['toggle', e]));
panel.querySelectorAll('button.jupyter-button').forEach(e =>
  visible(e) && !e.closest('.widget-toggle-buttons') && controls.push(['button', e]));
return controls.map(([kind, e]) => {
  const holder = e.closest('.widget-inline-hbox, .widget-slider, .widget-dropdown, .widget-checkbox') || e;
  return [kind, e, cells.indexOf(e.closest('.jp-Cell')),
          (holder.innerText || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50)];
});
"""


class Page:
    """A notebook open in the browser."""

    def __init__(self, driver, lab_server: Lab, shots: Path):
        self.driver, self.lab, self.shots = driver, lab_server, shots

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def open(self, path: str) -> None:
        # ?reset: a fresh workspace, not the notebooks open before
        self.driver.get(self.lab.url(f"lab/tree/{path}", "reset&"))
        self.wait(lambda: self.js("return !!document.querySelector('.jp-NotebookPanel .jp-Cell') && "
                                  "document.querySelector('.jp-Notebook-ExecutionIndicator') !== null"), 90,
                  f"{path} did not open")
        self.wait(self.kernel_idle, 90, f"{path}: the kernel did not start")
        time.sleep(1)

    def kernel_idle(self) -> bool:
        return bool(self.js("const s = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) "
                            ".jp-Notebook-ExecutionIndicator'); return s && s.dataset.status === 'idle';"))

    def dirty(self) -> bool:
        return bool(self.js("return !!document.querySelector('.lm-TabBar-tab.jp-mod-current.jp-mod-dirty')"))

    def wait(self, condition, seconds: float, message: str) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(message)
            time.sleep(0.5)

    def menu(self, menu_index: int, command: str) -> None:
        """Choose a command from a menu of the menu bar (by position, so in either interface language)."""
        items = self.driver.find_elements("css selector", ".lm-MenuBar-item")
        items[menu_index].click()
        self.driver.find_element("css selector", f".lm-Menu-item[data-command='{command}']").click()

    def run_all(self, seconds: float) -> None:
        """Run > Run All Cells, then wait until every code cell has run."""
        self.menu(3, "runmenu:run-all")
        time.sleep(2)
        self.wait(lambda: self.kernel_idle() and not self.js(
            "return [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')]"
            ".some(p => p.textContent.includes('*'))"), seconds, "the notebook did not finish running")
        time.sleep(2)

    def save(self, path: str) -> None:
        """File > Save, then wait until the server has written the file."""
        file = self.lab.folder / path
        before = file.stat().st_mtime_ns
        self.menu(0, "docmanager:save")
        self.wait(lambda: not self.dirty() and file.stat().st_mtime_ns != before and self._whole(file), 30,
                  f"{path} was not saved")

    @staticmethod
    def _whole(file: Path) -> bool:
        """The server has finished writing the file (it may write in place)."""
        try:
            json.loads(file.read_text(encoding="utf-8"))
        except ValueError:
            return False
        time.sleep(0.5)
        return True

    def outputs(self) -> list[str]:
        """One digest per cell of what its outputs show."""
        return [hashlib.sha1((c["text"] + "".join(c["images"])).encode()).hexdigest() for c in self.js(SNAPSHOT)]

    def errors_shown(self) -> list[str]:
        """Tracebacks on the page, in cell outputs and in widgets' Output areas alike."""
        texts = self.js("return [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) "
                        "[data-mime-type=\"application/vnd.jupyter.stderr\"]')].map(e => e.innerText)")
        return [t[-400:] for t in texts if "Traceback" in t or re.search(r"^\w+(Error|Exception)\b", t, re.M)]

    def zero_size_widgets(self) -> list[str]:
        return self.js(ZERO_SIZE)

    def unreadable_widgets(self) -> list[str]:
        return self.js(UNREADABLE)

    def widget_texts(self) -> list[str]:
        return self.js(WIDGET_TEXT)

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def use_every_control(self, name: str, settle: float = 2, run: float = 90) -> list[str]:
        """Move every slider, set every dropdown and checkbox, press every button; returns the controls after which
        no output changed (a slider, dropdown or checkbox may wait for a button of its own cell)."""
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support.ui import Select

        still: dict[int, list[str]] = {}
        for number, (kind, element, cell, label) in enumerate(self.js(CONTROLS), start=1):
            before = self.outputs()
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            if kind == "slider":
                element.send_keys(Keys.ARROW_RIGHT * 3)
                if not self._changed(before, 1):
                    element.send_keys(Keys.ARROW_LEFT * 6)
            elif kind == "dropdown":
                choice = Select(element)
                values = [o.get_attribute("value") for o in choice.options]
                current = element.get_attribute("value")
                other = [v for v in values[1:] if v != current] or [v for v in values if v != current]
                if other:
                    choice.select_by_value(other[-1])
            else:
                element.click()
            self._changed(before, run if kind == "button" else settle)
            self.wait(self.kernel_idle, run, f"{label}: the kernel stayed busy")
            time.sleep(0.5)  # the last outputs of a finished run reach the page
            changed = self.outputs() != before
            if number % 6 == 1 or kind == "button":
                self.screenshot(f"{name}-{number:02d}-{kind}")
            if changed:
                still.pop(cell, None)
            else:
                still.setdefault(cell, []).append(f"cell {cell + 1}: {kind} \"{label}\"")
        return [control for controls in still.values() for control in controls]

    def _changed(self, before: list[str], seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.5)
            if self.outputs() != before and self.kernel_idle():
                return True
        return self.outputs() != before


def english_words(texts: list[str]) -> list[str]:
    """Latin words of three letters or more that are not names (LATIN_NAMES); an original name in full-width
    brackets after its Chinese name, 德国公民收入（Bürgergeld）, is the name itself."""
    texts = [re.sub(r"(?<=[\u4e00-\u9fff])（[^）]*）", "", text) for text in texts]
    words = {w for text in texts for w in re.findall(r"[^\W\d_\u3000-\u9fff\uff00-\uffef]{3,}", text)}
    return sorted(w for w in words if w.lower() not in LATIN_NAMES)


def chinese(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if re.search(r"[\u4e00-\u9fff]", t)})
