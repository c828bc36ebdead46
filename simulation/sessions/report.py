"""The debrief of a workshop session, `carelab session report CODE --out DIR`: decisions.csv, one row per decision
(a caseworker's on a case, a household player's choice of the month) with what followed for its household, and
debrief.html (`debrief.py`), the page the trainer debriefs the room with.

A caseworker's decision is right when it is what the rules give on the household's true income, which only the
model knows (`casefiles.judge`, stored with the decision). A wrong approval is an inclusion mistake, a wrong
rejection (or a referral where the rules grant cash) an exclusion mistake, an approval of the wrong amount a mistake
of amount. What followed is read from the household's months after the decision's: whether it was in hardship (its
income with assistance below the standard), whether it was granted or turned down, and whether it applied again.
Centres are numbered from 1, as the pages show them.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from simulation.i18n import catalogue, marked, t
from simulation.reports import outputs
from simulation.sessions import store
from simulation.sessions.district import FINAL
from simulation.sessions.room import Room

COLUMNS = ("session", "month", "participant", "role", "centre", "household", "decision", "amount", "reason",
           "submitted_at", "correct", "consequence")
MISTAKES = ("inclusion", "exclusion", "amount")
COMMAND = "session report"


@dataclass(frozen=True)
class Session:
    """One session's tables as the debrief reads them, each a DataFrame of its rows."""
    code: str
    name: str
    scenario: str
    month: int  # months advanced: decisions of this month are not taken in yet
    participants: pd.DataFrame
    cases: pd.DataFrame  # with the truth's expected decision, amount and income, and the cap, as columns
    decisions: pd.DataFrame
    months: pd.DataFrame  # the month, what trainees held in it (`held`) and each of its figures as a column
    household_months: pd.DataFrame

    # Looked up for every decision, so kept by household rather than filtered from the tables each time.
    @functools.cached_property
    def hardship(self) -> dict[int, list[tuple[int, bool]]]:
        """Each household's months in order, and whether it was in hardship in each."""
        hardship: dict[int, list[tuple[int, bool]]] = {}
        rows = self.household_months
        for household, month, hard in zip(rows["household"], rows["month"], rows["in_hardship"]):
            hardship.setdefault(int(household), []).append((int(month), bool(hard)))
        return hardship

    @functools.cached_property
    def outcomes(self) -> dict[int, list[tuple[int, str]]]:
        """The months in which each household was granted or turned down, and which."""
        outcomes: dict[int, list[tuple[int, str]]] = {}
        rows = self.household_months
        for household, month, facts in zip(rows["household"], rows["month"], rows["facts"]):
            if (facts or {}).get("outcome"):
                outcomes.setdefault(int(household), []).append((int(month), facts["outcome"]))
        return outcomes

    @functools.cached_property
    def applied(self) -> dict[int, list[int]]:
        """The months each household applied in: its applications filed, and its player's choices to apply."""
        cases = self.cases[self.cases["kind"] == "application"]
        choices = self.decisions[self.decisions["decision"] == "apply"]
        applied: dict[int, list[int]] = {}
        for household, month in [*zip(cases["household"], cases["filed"]),
                                 *zip(choices["household"], choices["month"])]:
            applied.setdefault(int(household), []).append(int(month))
        return applied

    @functools.cached_property
    def held_by_month(self) -> dict[int, set[int]]:
        """The centres trainees held during each month advanced (the advance after it records them)."""
        return {int(month) - 1: set(held["centres"]) for month, held in zip(self.months["month"], self.months["held"])}

    def held(self, month: int) -> set[int]:
        """The centres trainees held during `month`; this month's, those of the caseworkers who joined."""
        if month in self.held_by_month:
            return self.held_by_month[month]
        people = self.participants
        return set(people.loc[people["role"] == "caseworker", "centre"].astype(int))


def load(engine: sa.Engine, code: str) -> Session:
    """The session of join code `code` (`Room.find` has checked it exists)."""
    with engine.connect() as connection:
        found = connection.execute(sa.select(store.sessions).where(store.sessions.c.code == code)).one()

        def rows(table, *order) -> pd.DataFrame:
            query = sa.select(table).where(table.c.session_id == found.id).order_by(*order)
            return pd.DataFrame([dict(row) for row in connection.execute(query).mappings()],
                                columns=[column.name for column in table.columns])

        participants = rows(store.participants, store.participants.c.id)
        cases = rows(store.cases, store.cases.c.id)
        decisions = rows(store.decisions, store.decisions.c.submitted_at, store.decisions.c.id)
        months = rows(store.months, store.months.c.month)
        household_months = rows(store.household_months, store.household_months.c.household,
                                store.household_months.c.month)
    for column in ("expected", "expected_amount", "true_income"):
        cases[column] = [truth.get(column) for truth in cases["truth"]]
    cases["cap"] = [facts.get("cap") for facts in cases["facts"]]
    figures = pd.DataFrame(list(months["figures"]), index=months.index).drop(columns="month", errors="ignore")
    return Session(found.code, found.name, (found.scenario or {}).get("name", ""), found.month, participants, cases,
                   decisions, pd.concat([months[["month", "held"]], figures], axis=1), household_months)


def decisions_table(session: Session, lang: str = "en") -> pd.DataFrame:
    """Every decision with who made it, its case and what the rules give: the `COLUMNS` of decisions.csv, then
    case_id, kind, expected, expected_amount, participant_id, papers and mistake (inclusion, exclusion, amount)."""
    cases = session.cases[["id", "centre", "kind", "expected", "expected_amount"]].rename(columns={"id": "case_id"})
    people = session.participants[["id", "name", "role"]].rename(columns={"id": "participant_id",
                                                                          "name": "participant"})
    table = (session.decisions.drop(columns=["id", "session_id"])
             .merge(cases, on="case_id", how="left").merge(people, on="participant_id", how="left"))
    # A household's choice has no case: it is the household's centre's, if it has ever had a case.
    centre_of = dict(zip(session.cases["household"], session.cases["centre"]))
    centres = [centre_of.get(household) if pd.isna(centre) else centre
               for centre, household in zip(table["centre"], table["household"])]
    table["centre"] = pd.array([None if pd.isna(centre) else int(centre) + 1 for centre in centres], dtype="Int64")
    table["session"] = session.code
    table["correct"] = [None if pd.isna(value) else bool(value) for value in table["correct"]]
    table["mistake"] = [mistake(row) for row in table.itertuples()]
    table["consequence"] = [consequence(session, row.household, row.month, row.decision, lang)
                            for row in table.itertuples()]
    extra = ["case_id", "kind", "expected", "expected_amount", "participant_id", "papers", "mistake"]
    return table[list(COLUMNS) + extra].astype({"mistake": object}).reset_index(drop=True)


def mistake(decision) -> str | None:
    """How a wrong decision was wrong, from what the rules give on the true income; None if it was not wrong."""
    if decision.correct is not False:
        return None
    if decision.decision == "approve":
        return "inclusion" if decision.expected == "reject" else "amount"
    return "exclusion" if decision.expected == "approve" else None


def reapplied(session: Session, household: int, month: int) -> int | None:
    """The first month after `month` in which the household applied again, or None."""
    return min((m for m in session.applied.get(household, []) if m > month), default=None)


def consequence(session: Session, household: int, month: int, decision: str, lang: str = "en") -> str:
    """What followed the decision for its household, in words: "in hardship 2 of the next 3 months; applied again
    in month 4", "granted; out of hardship the next 2 months", "no months yet"."""
    later = [hard for m, hard in session.hardship.get(household, []) if m > month]
    n, hard = len(later), sum(later)
    if not n:
        return t("no months yet", lang)
    if hard:
        words = t(marked("in hardship the next month") if n == 1 else
                  marked("in hardship {k} of the next {n} months"), lang, k=hard, n=n)
    else:
        words = t(marked("out of hardship the next month") if n == 1 else
                  marked("out of hardship the next {n} months"), lang, n=n)
    if decision == "approve":
        return joined([t("granted", lang), words], lang)
    if decision in ("reject", "refer"):
        again = reapplied(session, household, month)
        return joined([words, t("did not apply again", lang) if again is None
                       else t("applied again in month {month}", lang, month=again)], lang)
    if decision == "apply":
        answer = next(((m, outcome) for m, outcome in session.outcomes.get(household, []) if m > month), None)
        return joined([t("no answer yet", lang) if answer is None else
                       t("granted in month {month}", lang, month=answer[0]) if answer[1] == "granted" else
                       t("turned down in month {month}", lang, month=answer[0]), words], lang)
    return words


def joined(parts: list[str], lang: str = "en", pattern: str = marked("{first}; {then}")) -> str:
    """Clauses one after the other, as each language separates them ("a; b", "a；b"); names with the pattern
    "{first}, {then}" ("Ana, Bo", "王波、李明")."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = t(pattern, lang, first=text, then=part)
    return text


def accuracy(decisions: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Caseworkers' decisions, how many were judged (a verification asked is not), the share right, and the
    mistakes of each kind; for the room, or per value of the column `by`."""
    decisions = decisions[decisions["case_id"].notna()]
    judged = decisions[decisions["correct"].notna()]
    groups = [("", decisions, judged)] if by is None else [
        (value, group, judged[judged[by] == value]) for value, group in decisions.groupby(by, sort=True)]
    rows = []
    for value, group, right_or_wrong in groups:
        right = int(sum(right_or_wrong["correct"] == True))  # noqa: E712 (a column of True, False and None)
        rows.append({"group": value, "decisions": len(group), "judged": len(right_or_wrong), "right": right,
                     "share": right / len(right_or_wrong) if len(right_or_wrong) else None,
                     **{kind: int(sum(right_or_wrong["mistake"] == kind)) for kind in MISTAKES}})
    return pd.DataFrame(rows, columns=["group", "decisions", "judged", "right", "share", *MISTAKES])


def waits(session: Session, decisions: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Each case with the months from its filing to its decision (to its closing, or to this month if it still
    waits), longest first, and why it waited: a list of clauses in `lang`."""
    caseworkers = session.participants[session.participants["role"] == "caseworker"]
    holders: dict[int, list[str]] = {}
    for centre, name in sorted(zip(caseworkers["centre"], caseworkers["name"]), key=lambda pair: pair[1]):
        holders.setdefault(int(centre), []).append(name)
    of_case: dict[int, list[tuple[int, str]]] = {}
    for case_id, month, decision in zip(decisions["case_id"], decisions["month"], decisions["decision"]):
        if pd.notna(case_id):
            of_case.setdefault(int(case_id), []).append((int(month), decision))
    rows = []
    for case in session.cases.itertuples():
        own = of_case.get(case.id, [])
        decided = min((m for m, decision in own if decision in FINAL), default=None)
        closed = decided is None and case.status == "closed"
        end = decided if decided is not None else case.month if closed else session.month
        verified = sorted(m for m, decision in own if decision == "verify")
        undecided = [m for m in range(case.filed, end) if m not in verified and m - 1 not in verified]
        unheld = [m for m in undecided if case.centre not in session.held(m)]
        why = [t("verification asked in month {month}", lang, month=m) for m in verified]
        if len(undecided) > len(unheld):  # the centre's caseworkers spent their hours on other cases
            n = len(undecided) - len(unheld)
            why.append(t(marked("1 month in the queue: {names} did not reach it") if n == 1 else
                         marked("{n} months in the queue: {names} did not reach it"), lang, n=n,
                         names=joined(holders.get(case.centre, []), lang, marked("{first}, {then}")) or "–"))
        if unheld:
            why.append(t(marked("1 month with no trainee holding centre {centre}") if len(unheld) == 1 else
                         marked("{n} months with no trainee holding centre {centre}"), lang, n=len(unheld),
                         centre=case.centre + 1))
        if closed:
            why.append(t("handed back to the model in month {month}: the household left, or its centre's trainee "
                         "did", lang, month=case.month))
        elif decided is None:
            why.append(t("still waiting in month {month}", lang, month=session.month))
        rows.append({"case_id": case.id, "household": case.household, "centre": case.centre + 1,
                     "kind": case.kind, "filed": case.filed, "decided": decided, "months": end - case.filed,
                     "why": why})
    table = pd.DataFrame(rows, columns=["case_id", "household", "centre", "kind", "filed", "decided", "months", "why"])
    return table.sort_values(["months", "filed", "case_id"], ascending=[False, True, True], kind="stable")


def write_csv(decisions: pd.DataFrame, path: Path) -> None:
    """decisions.csv: `COLUMNS` only, `correct` as true/false (empty where not judged), the moment in UTC, UTF-8
    with a byte-order mark so that spreadsheet programs show Chinese names."""
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in decisions[list(COLUMNS)].itertuples(index=False):
            values = row._asdict()
            values["correct"] = "" if row.correct is None else str(row.correct).lower()
            values["submitted_at"] = _utc(row.submitted_at).isoformat()
            values["amount"] = "" if pd.isna(row.amount) else f"{row.amount:g}"
            writer.writerow(["" if value is None or (not isinstance(value, str) and pd.isna(value)) else value
                             for value in values.values()])


def _utc(moment) -> pd.Timestamp:
    """A moment stored in UTC; SQLite keeps no time zone, so a moment read without one is in UTC."""
    moment = pd.Timestamp(moment)
    return moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")


def write_report(engine: sa.Engine, code: str, folder: Path, lang: str = "en") -> list[Path]:
    """Writes decisions.csv (its consequences in `lang`) and debrief.html (both languages, opening in `lang`) into
    `folder`, a folder being written (`outputs.writing`)."""
    from simulation.sessions import debrief

    session = load(engine, code)
    paths = [Path(folder) / "decisions.csv", Path(folder) / "debrief.html"]
    write_csv(decisions_table(session, lang), paths[0])
    paths[1].write_text(debrief.html(session, lang), encoding="utf-8")
    return paths


def report(code: str, out, db: str | None = None, folder="workshop", lang: str = "en",
           overwrite: bool = False) -> Path:
    """`carelab session report`: the debrief of the session of join code `code` into the folder `out`; an earlier
    report there is replaced only with `overwrite`, and files carelab did not write are kept."""
    catalogue(lang)  # refuses an unknown language before any work
    outputs.check(out, COMMAND, overwrite, lang=lang)
    room = Room.find(code, db, folder, lang)
    try:
        with outputs.writing(out, COMMAND, {"code": room.code, "lang": lang}, overwrite, lang) as staging:
            write_report(room.engine, room.code, staging, lang)
    finally:
        room.engine.dispose()
    return Path(out)
