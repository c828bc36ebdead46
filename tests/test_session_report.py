"""The debrief of a session (`carelab session report`) on a small room written by hand into the session tables: two
caseworkers, a household trainee, a centre nobody holds, and a wrong rejection whose household stays in hardship."""
import csv
import datetime as dt
import re

import pytest
from sqlalchemy import insert

from simulation.i18n import t
from simulation.inputs.errors import InputError
from simulation.sessions import report, store

CODE = "K7Q2"
START = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)


def truth(expected, amount=None, income=300, standard=500, members=2):
    return {"true_income": income, "expected": expected, "expected_amount": amount, "standard": standard,
            "members": members}


CASES = [  # id, household, centre, kind, filed, opened, status, truth
    (1, 11, 1, "application", 1, 1, "decided", truth("approve", 700)),
    (2, 12, 1, "application", 1, 2, "decided", truth("reject", income=2000)),
    (3, 13, 2, "review", 1, 1, "decided", truth("approve", 150, income=850)),
    (4, 17, 2, "application", 2, 2, "decided", truth("approve", 120, income=880)),
    (5, 14, 3, "application", 1, 1, "pending", truth("approve", 400)),
    (6, 11, 1, "application", 3, None, "pending", truth("approve", 700)),
]
DECISIONS = [  # case, participant, month, decision, amount, reason, correct
    (1, 1, 1, "reject", None, "declared income above the standard", False),
    (2, 1, 2, "approve", 200, None, False),
    (3, 2, 1, "approve", 150, None, True),
    (4, 2, 2, "verify", None, "bank statements", None),
    (4, 2, 3, "approve", 100, None, False),
]
HARDSHIP = {11: {2, 3, 4}, 14: {1, 2, 3, 4}}


def build(db: str) -> None:
    engine = store.connect(db)
    with engine.begin() as c:
        c.execute(insert(store.sessions).values(id=1, code=CODE, name="Morning room", scenario="dachuan-2019",
                                                households=1000, seed=1, month=4, paused=False, revealed=True,
                                                created_at=START))
        c.execute(insert(store.participants), [
            {"id": 1, "session_id": 1, "name": "Ana", "role": "caseworker", "centre": 1, "household": None,
             "lang": "en"},
            {"id": 2, "session_id": 1, "name": "王波", "role": "caseworker", "centre": 2, "household": None,
             "lang": "zh"},
            {"id": 3, "session_id": 1, "name": "Chen Li", "role": "household", "centre": None, "household": 17,
             "lang": "zh"}])
        c.execute(insert(store.cases), [
            {"id": i, "session_id": 1, "household": h, "centre": centre, "kind": kind, "filed": filed,
             "opened": opened, "status": status, "file": {}, "truth": facts, "hours": 3.0}
            for i, h, centre, kind, filed, opened, status, facts in CASES])
        c.execute(insert(store.decisions), [
            {"session_id": 1, "case_id": case, "participant_id": who, "month": month, "decision": decision,
             "amount": amount, "reason": reason, "correct": correct,
             "submitted_at": START + dt.timedelta(hours=month, minutes=n)}
            for n, (case, who, month, decision, amount, reason, correct) in enumerate(DECISIONS)])
        c.execute(insert(store.household_actions), [
            {"session_id": 1, "participant_id": 3, "household": 17, "month": 2, "action": "apply",
             "papers": ["hukou", "income proof"], "submitted_at": START},
            {"session_id": 1, "participant_id": 3, "household": 17, "month": 3, "action": "wait", "papers": [],
             "submitted_at": START}])
        c.execute(insert(store.months), [
            {"session_id": 1, "month": m, "date": f"2019-0{m}-01", "advanced_at": START + dt.timedelta(hours=m),
             "figures": {"inclusion_error": 0.1, "exclusion_error": 0.3 - m / 20, "backlog": 40 - m,
                         "households_in_hardship": 90 - m}} for m in range(1, 5)])
        c.execute(insert(store.household_months), [
            {"session_id": 1, "month": m, "household": h, "members": 2, "income": 300 + 10 * m, "standard": 500,
             "receives": "dibao" if h == 13 else "none", "benefit": 150 if h == 13 else 0,
             "in_hardship": m in HARDSHIP.get(h, set()), "case": ""}
            for h in (11, 12, 13, 14, 17) for m in range(1, 5)])


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'sessions.db'}"
    build(url)
    return url


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_decisions_csv_has_one_row_per_decision_with_its_consequence(db, tmp_path):
    out = report.report(CODE, tmp_path / "debrief", db=db)
    rows = read(out / "decisions.csv")
    assert list(rows[0]) == list(report.COLUMNS)
    assert len(rows) == len(DECISIONS)
    wrong_rejection = rows[0]
    assert {k: wrong_rejection[k] for k in ("session", "month", "participant", "role", "centre", "household",
                                            "decision", "amount", "reason", "correct")} == {
        "session": CODE, "month": "1", "participant": "Ana", "role": "caseworker", "centre": "1",
        "household": "11", "decision": "reject", "amount": "", "reason": "declared income above the standard",
        "correct": "false"}
    assert wrong_rejection["submitted_at"] == "2026-12-06T10:00:00+00:00"
    assert wrong_rejection["consequence"] == "in hardship 3 of the next 3 months; applied again in month 3"
    assert [r["correct"] for r in rows] == ["false", "true", "false", "", "false"]  # in the order submitted
    assert rows[1]["consequence"] == "granted; out of hardship the next 3 months"
    assert rows[4]["consequence"] == "granted; out of hardship the next month"


def test_consequences_follow_the_report_language(db, tmp_path):
    rows = read(report.report(CODE, tmp_path / "zh", db=db, lang="zh") / "decisions.csv")
    assert rows[0]["decision"] == "reject"  # the codes stay as they are stored
    assert rows[0]["consequence"] == t("{first}; {then}", "zh", first=t("in hardship {k} of the next {n} months",
                                                                        "zh", k=3, n=3),
                                       then=t("applied again in month {month}", "zh", month=3))
    assert re.search("[\u4e00-\u9fff]", rows[0]["consequence"])


def test_mistakes_accuracy_and_waits(db):
    session = report.load(CODE, db)
    decisions = report.decisions_table(session)
    assert list(decisions["mistake"].fillna("")) == ["exclusion", "", "inclusion", "", "amount"]
    room = report.accuracy(decisions).iloc[0]
    assert (room["decisions"], room["judged"], room["right"]) == (5, 4, 1)
    assert room["share"] == 0.25
    by_centre = report.accuracy(decisions, "centre").set_index("group")
    assert by_centre.loc[2, "share"] == 0.5 and by_centre.loc[1, "exclusion"] == 1
    waits = report.waits(session, decisions).set_index("case_id")
    assert waits.index[0] == 5  # filed in month 1 at a centre nobody holds, still waiting
    assert waits.loc[5, "months"] == 3 and waits.loc[4, "months"] == 1
    assert waits.loc[5, "why"] == ["3 months open with no trainee holding centre 3", "still waiting at month 4"]
    assert waits.loc[2, "why"] == ["1 month in the centre's queue before a caseworker saw it"]
    assert waits.loc[4, "why"] == ["verification asked in month 2"]


def test_the_page_is_self_contained_in_both_languages_with_each_trainee(db, tmp_path):
    page = (report.report(CODE, tmp_path / "debrief", db=db) / "debrief.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and "@import" not in page and "url(" not in page
    sources = re.findall(r'src="([^"]*)"', page)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert 'lang="en"' in page and 'lang="zh-Hans"' in page
    for name in ("Ana", "王波", "Chen Li"):
        assert page.count(name) >= 2  # in each language's section
    for message in ("The households who waited longest", "What a wrong rejection did", "Each trainee"):
        assert message in page and t(message, "zh") in page and t(message, "zh") != message
    assert "Household 11, rejected in month 1 by Ana" in page
    assert 'id="show-en" checked' in page


def test_unknown_code_and_an_earlier_report_are_refused_clearly(db, tmp_path):
    with pytest.raises(InputError, match="CODE = 'NOPE'.*join code"):
        report.report("NOPE", tmp_path / "x", db=db)
    assert not (tmp_path / "x").exists()
    out = report.report(CODE, tmp_path / "debrief", db=db)
    (out / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="--overwrite"):
        report.report(CODE, out, db=db)
    report.report(CODE, out, db=db, lang="zh", overwrite=True)
    assert (out / "notes.txt").read_text() == "mine"
    assert 'id="show-zh" checked' in (out / "debrief.html").read_text(encoding="utf-8")
