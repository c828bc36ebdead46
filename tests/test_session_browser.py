"""A workshop session in the browser, as the room meets it: `carelab session serve` on a session in a fresh SQLite
database, the trainer's dashboard and two trainees' pages open at once (three tabs of headless Chromium), each
trainee joins as the caseworker of a centre with cases and decides one, the trainer advances the month from the
dashboard, and the dashboard shows both decisions. One trainee uses the page in Chinese.

Screenshots go to build/browser-screenshots/ (conftest.py's `shots`); skipped, saying why, where chromium,
chromium-driver or selenium is missing.
"""
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import browser_lab
import pytest

from simulation.sessions.room import Room
from simulation.sessions.trainer import Trainer, create

REPO = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.xdist_group("browser")]


class Tab:
    """One page of the session in its own browser tab."""

    def __init__(self, driver, url: str, shots: Path, name: str):
        self.driver, self.shots, self.name = driver, shots, name
        if driver.current_url not in ("about:blank", "data:,"):
            driver.switch_to.new_window("tab")
        self.handle = driver.current_window_handle
        driver.get(url)

    def front(self) -> "Tab":
        self.driver.switch_to.window(self.handle)
        return self

    def text(self) -> str:
        return self.front().driver.execute_script("return document.body.innerText")

    def wait_for(self, words: str, seconds: float = 60, shown: bool = True) -> None:
        """Until the page shows `words` (or, with `shown=False`, no longer shows them)."""
        deadline = time.monotonic() + seconds
        while (words in self.text()) != shown:
            if time.monotonic() > deadline:
                self.shot("failed")
                raise AssertionError(f"{self.name}: {words!r} {'not ' if shown else ''}shown after {seconds} s; "
                                     "the page shows:\n" + self.text()[:1500])
            time.sleep(0.5)

    def xpath(self, path: str):
        return self.front().driver.find_element("xpath", path)

    def click(self, label: str) -> None:
        self.xpath(f"//button[normalize-space()='{label}']").click()

    def field(self, label: str):
        """The input or select under a control's label (controls.labelled)."""
        return self.xpath(f"//div[contains(@class, 'widget-vbox')][./div[contains(@class, 'widget-html')]"
                          f"//span[normalize-space()='{label}']]//*[self::input or self::select]")

    def choose(self, label: str, option: str, seconds: float = 10) -> None:
        """Choose `option` once the dropdown under `label` shows it (the page may still be drawing it)."""
        from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
        from selenium.webdriver.support.ui import Select

        deadline = time.monotonic() + seconds
        while True:
            try:
                return Select(self.field(label)).select_by_visible_text(option)
            except (NoSuchElementException, StaleElementReferenceException):
                if time.monotonic() > deadline:
                    self.shot("failed")
                    raise
                time.sleep(0.5)

    def options(self, label: str) -> list[str]:
        from selenium.webdriver.support.ui import Select

        return [o.text for o in Select(self.field(label)).options]

    def type(self, label: str, text: str) -> None:
        field = self.field(label)
        field.clear()
        field.send_keys(text)
        field.send_keys("\t")  # ipywidgets' Text sends its value on change

    def shot(self, what: str) -> Path:
        path = self.shots / f"session-{self.name}-{what}.png"
        self.front().driver.save_screenshot(str(path))
        return path


@pytest.fixture
def session(tmp_path):
    """A session of the Dachuan scenario in a fresh SQLite database (1,000 households, four centres), and
    `carelab session serve` on it: the addresses it prints."""
    db = f"sqlite:///{tmp_path / 'session.db'}"
    # Seed 11 gives every centre cases in the first month (4 to 6); the pages are tested on them. With 250
    # households a centre, some seeds leave a centre with none that month.
    room, key = create("dachuan-2019", "Browser test", households=1000, centres=4, seed=11, db=db)
    port = browser_lab.free_port()
    log = tmp_path / "serve.log"  # a file, not a pipe: Voila and its kernels write to it all along
    with log.open("w") as output:
        server = subprocess.Popen([sys.executable, "-m", "simulation.cli", "session", "serve", room.code, "--db", db,
                                   "--port", str(port)], stdout=output, stderr=subprocess.STDOUT,
                                  env={**os.environ, "PYTHONPATH": str(REPO)})
    deadline, addresses = time.monotonic() + 90, {}
    while len(addresses) < 2 and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)  # serve prints them once Voila answers
        addresses = dict(re.findall(r"^(Trainees|Trainer): (\S+)", log.read_text(), re.M))
    try:
        if len(addresses) < 2:
            raise AssertionError("carelab session serve printed no addresses:\n" + log.read_text()[-3000:])
        assert all(a.startswith(f"http://127.0.0.1:{port}/") for a in addresses.values())  # this machine only
        yield room, key, db, addresses
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def browser(driver):
    """The session's Chromium; the tabs a test opens are closed after it, for the tests after it."""
    first = driver.current_window_handle
    yield driver
    for handle in driver.window_handles:
        if handle != first:
            driver.switch_to.window(handle)
            driver.close()
    driver.switch_to.window(first)
    driver.get("about:blank")  # the page's kernel ends with the page


def test_two_caseworkers_decide_and_the_trainer_sees_both(session, browser, shots):
    room, key, db, addresses = session
    dashboard = Tab(browser, addresses["Trainer"], shots, "dashboard")
    dashboard.wait_for("Advance the month", 90)
    trainees = (("Ana", "en", "Street centre 1 "), ("Bo", "zh", "乡镇服务中心 2 "))
    tabs = [Tab(browser, addresses["Trainees"], shots, f"trainee-{lang}") for _, lang, _ in trainees]
    for tab, (name, lang, centre) in zip(tabs, trainees):
        tab.wait_for("Your name", 90)
        if lang == "zh":  # the trainee picks Chinese on the page
            tab.click("中文")
            tab.wait_for("你的姓名")
        words = WORDS[lang]
        tab.type(words["name"], name)
        tab.choose(words["centre"], next(o for o in tab.options(words["centre"]) if o.startswith(centre)))
        tab.click(words["join"])
        tab.wait_for(words["cases"])
    tabs[1].shot("joined")
    household = Tab(browser, addresses["Trainees"], shots, "household-zh")  # a household's player, in Chinese
    household.wait_for("Your name", 90)
    household.click("中文")
    household.wait_for("你的姓名")
    household.type("你的姓名", "Cy")
    household.click("家庭")
    # The centre's dropdown goes once the kernel has the role; the Join button moves up then, and a click
    # sent while it moves lands beside it.
    household.wait_for(WORDS["zh"]["centre"], shown=False)
    household.click("加入")
    household.wait_for("申请需要准备的材料")
    household.xpath("//div[contains(@class, 'widget-checkbox')][.//*[contains(text(), '身份证和户口簿')]]"
                    "//input").click()
    household.click("现在申请")
    household.wait_for("你的申请已提交。")
    household.shot("applied")

    dashboard.front().click("Advance the month")  # the first month: the centres' cases arrive
    dashboard.wait_for("1 (2019-02)")
    # The application reached the counter: it waits at the household's centre, or the model's caseworkers decided it.
    household.wait_for("1 (2019-02)", 60)
    assert re.search(r"你在第 1 个月提交的申请正在等待审批|你的申请已获批准|你的申请未获批准", household.text())
    household.shot("month-1")
    for tab, (_, lang, _) in zip(tabs, trainees):
        words = WORDS[lang]
        tab.wait_for(words["file"], 30)  # the page refreshes by itself
        if lang == "en":
            tab.click(words["reject"])
            tab.choose(words["reason"], words["income"])
        else:
            tab.click(words["refer"])
            tab.wait_for(words["use_top_up"], shown=False)  # the amount goes, and Submit moves up
        tab.click(words["submit"])
        tab.wait_for(words["stored"])
        time.sleep(1)  # the next case of the queue is shown
        tab.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})",
                                  tab.xpath(f"//span[contains(text(), '{words['stored']}')]"))
        tab.shot("decided")
    made = Trainer(Room.find(room.code, db), key).dashboard().decisions.set_index("participant")["household"]
    assert sorted(made.index) == ["Ana", "Bo", "Cy"], made
    made = made.drop("Cy")
    assert f"household {made['Bo']}," not in tabs[0].text(), "a trainee sees another centre's case"

    dashboard.front().click("Advance the month")
    dashboard.wait_for("2 (2019-03)")
    text = dashboard.text()
    for name, case in made.items():
        assert re.search(rf"\b{name}\b.*\b{case}\b", text), f"{name}'s decision on {case} is not shown"
    dashboard.shot("month-2")
    dashboard.click("中文")
    dashboard.wait_for("推进到下一个月")
    dashboard.shot("month-2-zh")
    for tab in (dashboard, household, *tabs):
        assert not re.search(r"Traceback|\w+(Error|Exception)\b", tab.text()), tab.text()[:2000]


WORDS = {
    "en": {"name": "Your name", "centre": "Your service centre", "join": "Join",
           "cases": "Cases of your centre this month", "file": "Case file", "reject": "reject", "reason": "Reason",
           "income": "income above the standard", "submit": "Submit the decision", "stored": "Stored"},
    "zh": {"name": "你的姓名", "centre": "你所在的服务中心", "join": "加入",
           "cases": "本月你所在中心的个案", "file": "个案档案", "refer": "转介服务", "use_top_up": "以补差作为金额",
           "submit": "提交决定",
           "stored": "已保存"},
}
