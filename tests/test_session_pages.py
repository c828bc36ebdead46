"""The session's pages as their widgets, in this process (the browser test, test_session_browser.py, drives them
under Voila): who may open them, joining and resuming, deciding with every refusal shown as a message in the
trainee's language, a household's choice, the dashboard's buttons and tables, and the refresh every few seconds."""
import asyncio
import html

import ipywidgets as w
import pytest

from simulation import i18n
from simulation.cli import main
from simulation.sessions import casefiles
from simulation.sessions.pages import common
from simulation.sessions.pages.dashboard import Dashboard
from simulation.sessions.pages.trainee import TraineePage
from simulation.sessions.room import Room
from simulation.sessions.trainer import Trainer, create


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "_declared", None)  # a page declares its language: not for the tests after these
    db = f"sqlite:///{tmp_path / 'session.db'}"
    # Seed 11 gives every centre cases in the first month (4 to 6); the pages are tested on them. With 250
    # households a centre, some seeds leave a centre with none that month.
    room, key = create("dachuan-2019", "Pages", households=1000, centres=4, seed=11, db=db)
    monkeypatch.setenv(common.CODE_VARIABLE, room.code)
    monkeypatch.setenv(common.DB_VARIABLE, db)
    return room, key, db


def opened(monkeypatch, page, query: str):
    """A page as Voila opens it with `query` in its address, inside a running event loop (its refresh's)."""
    monkeypatch.setenv("QUERY_STRING", query)

    async def build():
        made = page()
        await asyncio.sleep(0)
        return made
    return asyncio.new_event_loop().run_until_complete(build())


def texts(widget) -> str:
    """Everything a widget shows, as text."""
    if isinstance(widget, w.Box):
        return "\n".join(texts(child) for child in widget.children)
    parts = [getattr(widget, "description", "") or ""]
    if isinstance(widget, (w.HTML, w.Label)):
        parts.append(html.unescape(widget.value))
    if isinstance(widget, (w.Dropdown, w.ToggleButtons, w.Select)):
        parts += [label for label, _ in widget.options]
    return "\n".join(parts)


def control(widget, label: str):
    """The control under a label (controls.labelled), or the button saying `label`."""
    if isinstance(widget, w.Button) and widget.description == label:
        return widget
    if isinstance(widget, w.Box):
        children = widget.children
        if (len(children) == 2 and isinstance(children[0], w.HTML)
                and html.unescape(children[0].value).endswith(f">{label}</span>")):
            return children[1]
        for child in children:
            if (found := control(child, label)) is not None:
                return found
    return None


def test_the_pages_show_nothing_but_a_message_without_the_secret_or_the_key(session, monkeypatch):
    room, key, _ = session
    for query in ("", "secret=wrong", f"key={key}"):
        page = opened(monkeypatch, TraineePage, query)
        assert "This page needs the session's address from the trainer." in texts(page.widget)
        assert control(page.widget, "Join") is None
        page.widget.children[0].value = "zh"  # picking a language shows the refusal again, never the join form
        assert i18n.t("This page needs the session's address from the trainer.", "zh") in texts(page.widget)
        assert control(page.widget, i18n.t("Join", "zh")) is None
        page.widget.children[0].value = "en"
    board = opened(monkeypatch, Dashboard, f"secret={room.secret}")
    assert "This is not the trainer's key" in texts(board.widget)
    assert control(board.widget, "Advance the month") is None
    monkeypatch.setenv(common.CODE_VARIABLE, "NOSUCH")
    page = opened(monkeypatch, TraineePage, f"secret={room.secret}")
    assert "There is no session with the join code NOSUCH" in texts(page.widget)


def test_a_caseworker_joins_decides_and_is_refused_in_chinese(session, monkeypatch):
    room, key, db = session
    page = opened(monkeypatch, TraineePage, f"secret={room.secret}")
    control(page.widget, "Join").click()
    assert "Your service centre" in texts(page.widget) and page.seat is None  # no centre chosen: a message
    page.widget.children[0].value = "zh"  # the language picker
    control(page.widget, "你的姓名").value = "Ana"
    control(page.widget, "你所在的服务中心").value = 0
    control(page.widget, "加入").click()
    assert page.seat.name == "Ana" and "本月你所在中心的个案" in texts(page.widget)

    Trainer(Room.find(room.code, db), key).advance()  # the first month's cases arrive; the page refreshes by itself
    page.refresh()
    view = page.view
    assert view.cases.options, "the centre has no case in the first month"
    case = view.by_id[view.cases.value]
    found = casefiles.income_found(case.facts)
    assert view.calculator.income.value == found  # the calculator starts from the file
    assert view.calculator.top_up == casefiles.top_up(case.facts, found)
    view.amount.value = case.cap + 100
    control(page.widget, "提交决定").click()
    assert "b00020" in view.message.value and not page.seat.decisions()  # refused: above the cap, in red
    view.decision.value = "reject"
    control(page.widget, "提交决定").click()
    assert "理由" in view.message.value  # a rejection needs a reason
    view.reason.value = "income_above_standard"
    view.note.value = "收入超过标准"
    control(page.widget, "提交决定").click()
    assert "已保存" in view.message.value
    if view.cases.value != case.id:  # on to the next case: nothing of the last one's decision carries over
        assert (view.amount.value, view.reason.value, view.note.value) == (0, "", "")
    (made,) = page.seat.decisions()
    assert (made.decision, made.reason) == ("reject", "income_above_standard: 收入超过标准")
    assert "拒绝" in view.history.value

    assert "公布的真实情况" not in texts(page.widget)
    Trainer(Room.find(room.code, db), key).reveal()
    page.refresh()
    view.cases.value = case.id
    assert "公布的真实情况" in texts(page.widget)  # each case's truth, once the trainer reveals

    other = Room.find(room.code, db).join("Bo", "caseworker", centre=0, secret=room.secret)
    with pytest.raises(Exception, match="Ana"):
        other.decide(case.id, "refer")  # the other of the pair: refused, naming who decided first
    again = opened(monkeypatch, TraineePage, f"secret={room.secret}")
    control(again.widget, "Your name").value = "Ana"
    control(again.widget, "Resume").click()
    assert again.seat.id == page.seat.id
    assert [case for _, case in again.view.cases.options] == [case for _, case in view.cases.options]


def test_the_join_form_shows_who_holds_each_centre_as_others_join(session, monkeypatch):
    room, _, db = session
    page = opened(monkeypatch, TraineePage, f"secret={room.secret}")
    assert "Town centre 2 (free)" in texts(page.widget)
    control(page.widget, "Your service centre").value = 2
    Room.find(room.code, db).join("Bo", "caseworker", centre=1, secret=room.secret)
    page.refresh()  # as the page does every few seconds
    assert "Town centre 2 (held by Bo)" in texts(page.widget)
    assert control(page.widget, "Your service centre").value == 2  # what this trainee chose stays


def test_a_household_applies_with_its_papers(session, monkeypatch):
    room, key, db = session
    page = opened(monkeypatch, TraineePage, f"secret={room.secret}")
    control(page.widget, "Your name").value = "Cy"
    control(page.widget, "Your role").value = "household"
    control(page.widget, "Join").click()
    view = page.view
    assert "Papers to gather for the application" in texts(view.widget)
    view.papers["identity"].value = view.papers["income"].value = True
    control(page.widget, "Apply now").click()
    assert "Your application is handed in." in view.message.value
    assert view.choice.layout.display == "none"  # one choice a month
    Trainer(Room.find(room.code, db), key).advance()
    page.refresh()
    assert view.choice.layout.display == "" and "Month by month" in texts(view.widget)  # next month's choice


def test_the_dashboard_advances_pauses_and_shows_the_rooms_decisions(session, monkeypatch):
    room, key, db = session
    ana = Room.find(room.code, db).join("Ana", "caseworker", centre=0, secret=room.secret)
    board = opened(monkeypatch, Dashboard, f"key={key}")
    assert "Ana" in texts(board.widget) and "Street centre 1" in texts(board.widget)
    control(board.widget, "Advance the month").click()
    assert room.code in texts(board.widget) and "1 (2019-02)" in texts(board.widget)
    ana.refresh()
    case = ana.cases()[0]
    control(board.widget, "Pause").click()
    with pytest.raises(Exception, match="paused"):
        ana.decide(case.id, "refer")
    control(board.widget, "Resume").click()
    ana.decide(case.id, "refer")
    board.refresh()  # as the page does every few seconds
    assert f"{case.household}" in board.decisions.value and "refer to services" in board.decisions.value
    control(board.widget, "Event").value = "flood"
    control(board.widget, "Inject the event").click()
    assert board.message.value == ""
    control(board.widget, "Event").value = "new_standard"
    control(board.widget, "Urban standard, yuan").value = 0
    control(board.widget, "Inject the event").click()
    assert "standard" in board.message.value  # refused, with the allowed range, not a traceback
    control(board.widget, "Reveal the truth").click()
    assert "revealed" in texts(board.widget)


def test_serve_refuses_an_unknown_join_code_before_starting_anything(session, capsys):
    _, _, db = session
    assert main(["session", "serve", "NOSUCH", "--db", db, "--port", "1"]) == 2
    assert "There is no session with the join code NOSUCH" in capsys.readouterr().err


def test_the_refresh_runs_on_the_kernels_loop_and_survives_a_failure():
    calls = []

    def update():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the database is busy")

    async def run():
        every = common.Every(update, seconds=0.01)
        await asyncio.sleep(0.1)
        every.task.cancel()
        await asyncio.sleep(0.02)
        return every
    every = asyncio.new_event_loop().run_until_complete(run())
    assert len(calls) >= 3 and every.task.cancelled()
