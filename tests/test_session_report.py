"""The debrief of a session (`carelab session report`): on a small room written by hand into the session's tables
(two caseworkers, one of whom joined a month late, a household's player, a wrong rejection whose household stays
in hardship), and on a room played through `Room`, `Seat` and `Trainer`."""
import csv
import datetime as dt
import re

import pytest
import sqlalchemy as sa
from session_room import DATABASES, database

from simulation import cli
from simulation.i18n import t
from simulation.inputs.errors import InputError, UserError
from simulation.reports import outputs
from simulation.sessions import report, store
from simulation.sessions.trainer import Trainer, create

CODE = "K7Q2MM"
START = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)


def truth(expected, amount=0, income=300):
    return {"true_income": income, "expected": expected, "expected_amount": amount, "receives": "dibao"}


CASES = [  # id, household, centre, kind, filed, month, status, truth
    (1, 11, 0, "application", 1, 1, "decided", truth("approve", 700)),
    (2, 12, 0, "application", 1, 2, "decided", truth("reject", income=2000)),
    (3, 13, 1, "review", 2, 2, "decided", truth("approve", 150, income=850)),
    (4, 17, 1, "application", 2, 3, "decided", truth("approve", 200, income=800)),
    (5, 14, 1, "application", 1, 4, "pending", truth("approve", 400, income=600)),
    (6, 11, 0, "application", 3, 4, "pending", truth("approve", 700)),
]
DECISIONS = [  # participant, case, household, month, decision, amount, reason, papers, correct
    (1, 1, 11, 1, "reject", None, "income_above_standard", None, False),
    (1, 2, 12, 2, "approve", 200, None, None, False),
    (2, 3, 13, 2, "approve", 150, None, None, True),
    (2, 4, 17, 2, "verify", None, None, None, None),
    (2, 4, 17, 3, "approve", 100, None, None, False),
    (3, None, 17, 1, "apply", None, None, ["identity", "income"], None),
    (3, None, 17, 3, "wait", None, None, None, None),
]
HARDSHIP = {11: {2, 3, 4}, 14: {0, 1, 2, 3, 4}}
HELD = {1: [0], 2: [0], 3: [0, 1], 4: [0, 1]}  # the month advanced to: the centres held during the month before


def build(db: str) -> None:
    engine = store.connect(db, create=True)
    with engine.begin() as c:
        c.execute(store.sessions.insert().values(
            id=1, code=CODE, name="Morning room", scenario={"name": "Dachuan 2019 baseline", "start": "2019-01-01"},
            households=1000, centres=4, street_centres=1, seed=1, trainer_key="key", secret="secret", month=4,
            paused=False, revealed=True, playable=[17], created_at=START))
        c.execute(store.participants.insert(), [
            {"id": i + 1, "session_id": 1, "name": name, "role": role, "centre": centre, "household": household,
             "lang": lang, "token": f"token{i}", "joined_at": START, "finished_month": 3}
            for i, (name, role, centre, household, lang) in enumerate([
                ("Ana", "caseworker", 0, None, "en"), ("王波", "caseworker", 1, None, "zh"),
                ("Chen Li", "household", None, 17, "zh")])])
        c.execute(store.cases.insert(), [
            {"id": i, "session_id": 1, "household": h, "centre": centre, "kind": kind, "filed": filed, "month": month,
             "status": status, "facts": {"cap": 1000.0, "hours": 4.2}, "truth": facts}
            for i, h, centre, kind, filed, month, status, facts in CASES])
        c.execute(store.decisions.insert(), [
            {"session_id": 1, "participant_id": who, "case_id": case, "household": h, "month": month,
             "decision": decision, "amount": amount, "reason": reason, "papers": papers, "hours": 4.2,
             "correct": correct, "submitted_at": START + dt.timedelta(hours=month, minutes=n)}
            for n, (who, case, h, month, decision, amount, reason, papers, correct) in enumerate(DECISIONS)])
        c.execute(store.months.insert(), [
            {"session_id": 1, "month": m, "date": f"2019-0{m + 1}-01", "advanced_at": START + dt.timedelta(hours=m),
             "held": {"centres": HELD[m], "households": [17]},
             "figures": {"month": m, "inclusion_error": 0.1, "exclusion_error": 0.3 - m / 20, "backlog": 40 - m}}
            for m in range(1, 5)])
        c.execute(store.household_months.insert(), [
            {"session_id": 1, "month": m, "household": h, "members": 2, "income": 300 + 10 * m, "standard": 500,
             "receives": "dibao" if h == 13 else "nothing", "benefit": 150 if h == 13 else 0,
             "in_hardship": m in HARDSHIP.get(h, set()), "case": "application" if h == 14 else "none",
             "facts": {"outcome": "granted" if (h, m) == (17, 4) else None}}
            for h in (11, 12, 13, 14, 17) for m in range(5)])
    engine.dispose()


@pytest.fixture(params=DATABASES)
def db(request, tmp_path):
    """The hand-written room in a fresh database of each kind."""
    for url in database(request.param, tmp_path, request):
        build(url)
        yield url


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_decisions_csv_has_one_row_per_decision_with_its_consequence(db, tmp_path):
    out = report.report(CODE, tmp_path / "debrief", db=db)
    rows = read(out / "decisions.csv")
    assert list(rows[0]) == list(report.COLUMNS)
    assert len(rows) == len(DECISIONS)
    wrong_rejection = rows[0]
    assert {k: v for k, v in wrong_rejection.items() if k != "consequence"} == {
        "session": CODE, "month": "1", "participant": "Ana", "role": "caseworker", "centre": "1",
        "household": "11", "decision": "reject", "amount": "", "reason": "income_above_standard",
        "submitted_at": "2026-12-06T10:00:00+00:00", "correct": "false"}
    assert wrong_rejection["consequence"] == "in hardship 3 of the next 3 months; applied again in month 3"
    # in the order submitted: a household's choices among the caseworkers' decisions
    assert [(r["participant"], r["decision"], r["correct"]) for r in rows] == [
        ("Ana", "reject", "false"), ("Chen Li", "apply", ""), ("Ana", "approve", "false"),
        ("王波", "approve", "true"), ("王波", "verify", ""), ("王波", "approve", "false"), ("Chen Li", "wait", "")]
    assert [r["centre"] for r in rows] == ["1", "2", "1", "2", "2", "2", "2"]
    assert rows[1]["role"] == "household" and rows[1]["amount"] == ""
    assert rows[1]["consequence"] == "granted in month 4; out of hardship the next 3 months"
    assert rows[3]["consequence"] == "granted; out of hardship the next 2 months"
    assert rows[5]["consequence"] == "granted; out of hardship the next month"
    assert rows[6]["consequence"] == "out of hardship the next month"


def test_consequences_follow_the_report_language(db, tmp_path):
    rows = read(report.report(CODE, tmp_path / "zh", db=db, lang="zh") / "decisions.csv")
    assert rows[0]["decision"] == "reject"  # the codes stay as stored
    assert rows[0]["consequence"] == t("{first}; {then}", "zh", first=t("in hardship {k} of the next {n} months",
                                                                        "zh", k=3, n=3),
                                       then=t("applied again in month {month}", "zh", month=3))
    assert re.search("[\u4e00-\u9fff]", rows[0]["consequence"])


def test_mistakes_accuracy_and_waits(db):
    engine = store.connect(db)
    session = report.load(engine, CODE)
    decisions = report.decisions_table(session)
    assert list(decisions["mistake"].fillna("")) == ["exclusion", "", "inclusion", "", "", "amount", ""]
    room = report.accuracy(decisions).iloc[0]
    assert (room["decisions"], room["judged"], room["right"], room["share"]) == (5, 4, 1, 0.25)
    by_centre = report.accuracy(decisions, "centre").set_index("group")
    assert by_centre.loc[2, "share"] == 0.5 and by_centre.loc[1, "exclusion"] == 1
    waits = report.waits(session, decisions)
    assert list(waits["case_id"]) == [5, 2, 4, 6, 1, 3]
    waits = waits.set_index("case_id")
    assert waits.loc[5, "months"] == 3 and waits.loc[4, "months"] == 1 and waits.loc[1, "months"] == 0
    assert waits.loc[5, "why"] == ["2 months in the queue: 王波 did not reach it",
                                   "1 month with no trainee holding centre 2", "still waiting in month 4"]
    assert waits.loc[2, "why"] == ["1 month in the queue: Ana did not reach it"]
    assert waits.loc[4, "why"] == ["verification asked in month 2"]
    engine.dispose()


def test_the_page_is_self_contained_in_both_languages_with_each_trainee(db, tmp_path):
    page = (report.report(CODE, tmp_path / "debrief", db=db) / "debrief.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and "@import" not in page and "url(" not in page
    sources = re.findall(r'src="([^"]*)"', page)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert 'lang="en"' in page and 'lang="zh-Hans"' in page
    for name in ("Ana", "王波", "Chen Li"):
        assert page.count(name) >= 2  # in each language's section
    for message in ("The households who waited longest", "What a wrong rejection did", "Each trainee",
                    "income above the standard", "identity card and hukou booklet"):
        assert message in page and t(message, "zh") in page and t(message, "zh") != message
    assert "Household 11, rejected in month 1 by Ana" in page
    assert 'id="show-en" checked' in page


def test_unknown_code_and_an_earlier_report_are_refused_clearly(db, tmp_path, capsys):
    with pytest.raises(UserError, match="no session with the join code NOPE"):
        report.report("nope", tmp_path / "x", db=db)
    assert not (tmp_path / "x").exists()
    out = report.report(CODE.lower(), tmp_path / "debrief", db=db)  # a code typed in lower case
    (out / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="--overwrite"):
        report.report(CODE, out, db=db)
    assert cli.main(["session", "report", CODE, "--db", db, "--out", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert cli.main(["session", "report", CODE, "--db", db, "--out", str(out), "--overwrite", "--lang", "zh"]) == 0
    assert (out / "notes.txt").read_text() == "mine"
    assert 'id="show-zh" checked' in (out / "debrief.html").read_text(encoding="utf-8")
    assert outputs.files_of(out) == ["debrief.html", "decisions.csv"]


def test_a_room_played_through_the_seats(tmp_path):
    room, key = create("dachuan-2019", "Afternoon room", 1000, 4, None, folder=tmp_path / "workshop")
    early = report.report(room.code, tmp_path / "before", folder=tmp_path / "workshop")  # nothing decided yet
    assert read(early / "decisions.csv") == [] and (early / "debrief.html").exists()
    trainer = Trainer(room, key)
    ana, chen = room.join("Ana", "caseworker", "en", 0), room.join("Chen Li", "household", "zh")
    decided = 0
    for _ in range(2):
        trainer.advance()
        for case in ana.cases()[:2]:
            ana.decide(case.id, "reject", reason="income_above_standard")
            decided += 1
        chen.act("wait")
    trainer.advance()
    out = report.report(room.code, tmp_path / "debrief", folder=tmp_path / "workshop")
    rows = read(out / "decisions.csv")
    with room.engine.connect() as c:
        stored = c.execute(sa.select(sa.func.count()).select_from(store.decisions)).scalar_one()
    assert len(rows) == stored == decided + 2
    assert {r["participant"] for r in rows} == {"Ana", "Chen Li"}
    assert all(r["consequence"] and r["consequence"] != "no months yet" for r in rows)
    assert all(r["correct"] in ("true", "false") and r["centre"] == "1" for r in rows if r["role"] == "caseworker")
    page = (out / "debrief.html").read_text(encoding="utf-8")
    assert "Afternoon room" in page and "Chen Li" in page


@pytest.mark.browser
def test_the_language_switch_shows_one_language_at_a_time(tmp_path):
    import browser_lab

    pytest.importorskip("selenium", reason="selenium is not installed (pip install -e .[dev])")
    from selenium.webdriver.common.by import By

    if not (browser_lab.installed(browser_lab.CHROMIUM) and browser_lab.installed(browser_lab.CHROMEDRIVER)):
        pytest.skip("chromium or chromium-driver is not installed (apt-get install chromium chromium-driver)")
    url = f"sqlite:///{tmp_path / 'sessions.db'}"
    build(url)
    page = report.report(CODE, tmp_path / "debrief", db=url) / "debrief.html"
    try:
        driver = browser_lab.chromium(tmp_path)
    except Exception as failure:  # selenium's errors say why Chromium did not start
        pytest.skip(f"Chromium cannot start here: {str(failure).splitlines()[0]}")
    try:
        driver.get(page.as_uri())
        english, chinese = driver.find_element(By.ID, "en"), driver.find_element(By.ID, "zh")
        assert english.is_displayed() and not chinese.is_displayed()
        driver.find_element(By.CSS_SELECTOR, "label[for=show-zh]").click()
        assert chinese.is_displayed() and not english.is_displayed()
        assert t("Each trainee", "zh") in chinese.text and "王波" in chinese.text
        assert all(image.get_property("naturalWidth") > 0 for image in chinese.find_elements(By.TAG_NAME, "img"))
    finally:
        driver.quit()
