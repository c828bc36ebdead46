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

from simulation.sessions.room import Room, Trainer

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

    def wait_for(self, words: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while words not in self.text():
            if time.monotonic() > deadline:
                self.shot("failed")
                raise AssertionError(f"{self.name}: no {words!r} after {seconds} s; the page shows:\n"
                                     + self.text()[:1500])
            time.sleep(0.5)

    def xpath(self, path: str):
        return self.front().driver.find_element("xpath", path)

    def click(self, label: str) -> None:
        self.xpath(f"//button[normalize-space()='{label}']").click()

    def field(self, label: str):
        """The input or select under a control's label (controls.labelled)."""
        return self.xpath(f"//div[contains(@class, 'widget-vbox')][./div[contains(@class, 'widget-html')]"
                          f"//span[normalize-space()='{label}']]//*[self::input or self::select]")

    def choose(self, label: str, option_text: str = None, index: int = None) -> None:
        from selenium.webdriver.support.ui import Select

        select = Select(self.field(label))
        if option_text is not None:
            select.select_by_visible_text(option_text)
        else:
            select.select_by_index(index)

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
    """A session of the Dachuan scenario in a fresh SQLite database, with one month advanced so centres have
    cases, and `carelab session serve` on it."""
    db = f"sqlite:///{tmp_path / 'session.db'}"
    room = Room.create(REPO / "scenarios" / "dachuan-2019.yaml", "Browser test", db=db)
    port = browser_lab.free_port()
    log = (tmp_path / "serve.log").open("w+")
    server = subprocess.Popen([sys.executable, "-m", "simulation.cli", "session", "serve", room.code, "--db", db,
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=log, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    addresses = {}
    deadline = time.monotonic() + 90
    while len(addresses) < 2 and time.monotonic() < deadline and server.poll() is None:
        line = server.stdout.readline()
        if match := re.match(r"(Trainees|Trainer):\s+(\S+)", line):
            addresses[match[1]] = match[2]
    if len(addresses) < 2:
        server.terminate()
        log.seek(0)
        raise AssertionError("carelab session serve printed no addresses:\n" + log.read()[-3000:])
    yield room, db, addresses
    server.terminate()
    server.wait(timeout=30)
    log.close()


def centres_with_cases(room: Room, db: str) -> list:
    """Centres that have pending cases this month, as the model's pipeline filled them."""
    return [c for c in Room.find(room.code, db).centres() if c.pending]


def test_two_caseworkers_decide_and_the_trainer_sees_both(session, driver, shots):
    room, db, addresses = session
    dashboard = Tab(driver, addresses["Trainer"], shots, "dashboard")
    dashboard.wait_for("Advance the month", 90)
    dashboard.click("Advance the month")
    dashboard.wait_for("1: ")
    dashboard.shot("month-1")
    first, second = centres_with_cases(room, db)[:2]

    ana = Tab(driver, addresses["Trainees"], shots, "trainee-en")
    bo = Tab(driver, addresses["Trainees"], shots, "trainee-zh")
    ana.wait_for("Your name", 90)
    ana.type("Your name", "Ana")
    ana.choose("Your service centre", index=[c.number for c in Room.find(room.code, db).centres()]
               .index(first.number) + 1)
    ana.click("Join")
    ana.wait_for("Cases of your centre this month")

    bo.wait_for("Your name", 90)
    bo.click("中文")
    bo.wait_for("你的姓名")
    bo.type("你的姓名", "Bo")
    bo.choose("你所在的服务中心", index=[c.number for c in Room.find(room.code, db).centres()]
              .index(second.number) + 1)
    bo.click("加入")
    bo.wait_for("本月你所在中心的个案")
    bo.shot("joined")

    for tab, submit, stored in ((ana, "Submit the decision", "Stored"), (bo, "提交决定", "已保存")):
        tab.front()
        from selenium.webdriver.support.ui import Select
        Select(tab.xpath("//div[contains(@class, 'widget-select')]//select")).select_by_index(0)
        time.sleep(1)
        tab.click(submit)
        tab.wait_for(stored)
        tab.shot("decided")

    households = [d.household for seat_decisions in ([],) for d in seat_decisions]
    dashboard.front()
    dashboard.wait_for("Ana")
    dashboard.click("Advance the month")
    dashboard.wait_for("2: ")
    for name in ("Ana", "Bo"):
        dashboard.wait_for(name)
    text = dashboard.text()
    stored = Trainer(Room.find(room.code, db), room.trainer_key).dashboard().decisions
    assert set(stored["participant"]) == {"Ana", "Bo"}
    for household in stored["household"]:
        assert str(household) in text, f"household {household}'s decision is not on the dashboard"
    dashboard.shot("month-2")
    for tab in (dashboard, ana, bo):
        assert "Traceback" not in tab.text()
    del households
