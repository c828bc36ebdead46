"""The debrief of a workshop session, `carelab session report CODE --out DIR`: decisions.csv, one row per decision
with what followed for its household, and debrief.html (`debrief.py`), the page the trainer debriefs the room with.

A decision is right when it is what the rules give on the household's true income, which only the model knows (the
case's `truth`). A wrong approval is an inclusion mistake, a wrong rejection an exclusion mistake, an approval of
the wrong amount a mistake of amount. What followed is read from the household's months after the decision: whether
it was in hardship (its income and benefit below the standard), and for a rejection whether it applied again.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from simulation.i18n import catalogue, counted, marked, t
from simulation.inputs.errors import InputError
from simulation.reports import outputs
from simulation.sessions import store

COLUMNS = ("session", "month", "participant", "role", "centre", "household", "decision", "amount", "reason",
           "submitted_at", "correct", "consequence")
# Decisions that settle a case; a verification asked keeps it open for a month.
SETTLING = ("approve", "reject", "refer")
MISTAKES = ("inclusion", "exclusion", "amount")


@dataclass(frozen=True)
class Session:
    """One session's tables as the debrief reads them, each a DataFrame of its rows."""
    code: str
    name: str
    scenario: str
    month: int  # months advanced
    participants: pd.DataFrame
    cases: pd.DataFrame  # with the truth's expected decision and amount as columns
    decisions: pd.DataFrame
    actions: pd.DataFrame
    months: pd.DataFrame  # the month and each of its figures as a column
    household_months: pd.DataFrame

    # Looked up once per decision, so kept by household rather than filtered from the tables each time.
    @functools.cached_property
    def hardship(self) -> dict[int, list[tuple[int, bool]]]:
        """Each household's months in order, and whether it was in hardship in each."""
        hardship: dict[int, list[tuple[int, bool]]] = {}
        for household, month, hard in zip(self.household_months["household"], self.household_months["month"],
                                          self.household_months["in_hardship"]):
            hardship.setdefault(int(household), []).append((int(month), bool(hard) if pd.notna(hard) else False))
        return hardship

    @functools.cached_property
    def applied(self) -> dict[int, list[int]]:
        """The months each household applied in: its applications filed, and a household trainee's choices to
        apply."""
        cases = self.cases[self.cases["kind"] == "application"]
        actions = self.actions[self.actions["action"] == "apply"]
        applied: dict[int, list[int]] = {}
        for household, month in [*zip(cases["household"], cases["filed"]), *zip(actions["household"],
                                                                               actions["month"])]:
            applied.setdefault(int(household), []).append(int(month))
        return applied


def load(code: str, db=None, lang: str = "en") -> Session:
    """The session of join code `code` in the database `db` (a URL or file; None: the workshop's own)."""
    engine = store.connect(db)
    with engine.connect() as connection:
        found = connection.execute(select(store.sessions).where(store.sessions.c.code == code)).mappings().first()
        if found is None:
            raise InputError("carelab session report", "CODE", code,
                             t("the join code of a session in this database", lang))

        def rows(table, *order) -> pd.DataFrame:
            query = select(table).where(table.c.session_id == found["id"]).order_by(*order)
            return pd.DataFrame([dict(row) for row in connection.execute(query).mappings()],
                                columns=[column.name for column in table.columns])

        participants = rows(store.participants, store.participants.c.id)
        cases = rows(store.cases, store.cases.c.id)
        decisions = rows(store.decisions, store.decisions.c.submitted_at, store.decisions.c.id)
        actions = rows(store.household_actions, store.household_actions.c.month, store.household_actions.c.id)
        months = rows(store.months, store.months.c.month)
        household_months = rows(store.household_months, store.household_months.c.household,
                                store.household_months.c.month)
    truth = pd.DataFrame(list(cases["truth"]), index=cases.index) if len(cases) else pd.DataFrame()
    for column in ("expected", "expected_amount", "true_income"):
        cases[column] = truth[column] if column in truth else None
    figures = pd.DataFrame(list(months["figures"]), index=months.index) if len(months) else pd.DataFrame()
    return Session(found["code"], found["name"], found["scenario"], int(found["month"] or 0), participants, cases,
                   decisions, actions, pd.concat([months[["month"]], figures], axis=1), household_months)


def decisions_table(session: Session, lang: str = "en") -> pd.DataFrame:
    """Every decision with its case, who made it and what the rules give: the `COLUMNS` of decisions.csv, then
    case_id, kind, expected, expected_amount, filed, participant_id and mistake (inclusion, exclusion, amount)."""
    cases = session.cases[["id", "household", "centre", "kind", "filed", "expected", "expected_amount"]]
    people = session.participants[["id", "name", "role"]].rename(columns={"id": "participant_id",
                                                                          "name": "participant"})
    table = (session.decisions.drop(columns=["id", "session_id"])
             .merge(cases.rename(columns={"id": "case_id"}), on="case_id", how="left")
             .merge(people, on="participant_id", how="left"))
    table["session"] = session.code
    table["correct"] = [None if pd.isna(value) else bool(value) for value in table["correct"]]
    table["mistake"] = [mistake(row) for row in table.itertuples()]
    table["consequence"] = [consequence(session, row.household, row.month, row.decision, lang)
                            for row in table.itertuples()]
    extra = ["case_id", "kind", "expected", "expected_amount", "filed", "participant_id", "mistake"]
    return table[list(COLUMNS) + extra].reset_index(drop=True)


def mistake(decision) -> str | None:
    """How a wrong decision was wrong, from what the rules give on the true income; None if it was not wrong."""
    if decision.correct is not False:
        return None
    if decision.decision == "approve":
        return "inclusion" if decision.expected == "reject" else "amount"
    return "exclusion" if decision.decision == "reject" and decision.expected == "approve" else None


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
    if decision == "reject":
        again = reapplied(session, household, month)
        return joined([words, t("did not apply again", lang) if again is None
                       else t("applied again in month {month}", lang, month=again)], lang)
    return words


def joined(parts: list[str], lang: str = "en") -> str:
    """Clauses one after the other, as each language separates them ("a; b", "a；b")."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = t("{first}; {then}", lang, first=text, then=part)
    return text


def accuracy(decisions: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Decisions, how many were judged (a verification asked is not), the share right, and the mistakes of each
    kind; for the room, or per value of the column `by`."""
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
    """Each case with the months from its filing to its decision (to the last month if it still waits), longest
    first, and why it waited, in a list of clauses in `lang`."""
    caseworkers = session.participants[session.participants["role"] == "caseworker"]
    holders: dict[int, list[str]] = {}
    for centre, name in sorted(zip(caseworkers["centre"], caseworkers["name"]), key=lambda pair: pair[1]):
        holders.setdefault(int(centre), []).append(name)
    of_case: dict[int, list[tuple[int, str]]] = {}
    for case_id, month, decision in zip(decisions["case_id"], decisions["month"], decisions["decision"]):
        of_case.setdefault(case_id, []).append((int(month), decision))
    rows = []
    for case in session.cases.itertuples():
        own = of_case.get(case.id, [])
        decided = min((m for m, decision in own if decision in SETTLING), default=None)
        end = session.month if decided is None else decided
        opened = end if pd.isna(case.opened) else min(int(case.opened), end)
        why = []
        queued = opened - case.filed
        if queued > 0:
            why.append(counted(queued, marked("1 month in the centre's queue before a caseworker saw it"),
                               marked("{n} months in the centre's queue before a caseworker saw it"), lang))
        verified = sorted(m for m, decision in own if decision == "verify")
        why += [t("verification asked in month {month}", lang, month=m) for m in verified]
        idle = set(range(opened, end)) - {m for m, _ in own} - {m + 1 for m in verified}
        if idle:
            names = holders.get(case.centre, [])
            one = len(idle) == 1
            if names:  # the centre's caseworkers spent their hours on other cases
                message = marked("1 month open without a decision: {names} did not reach it") if one else \
                    marked("{n} months open without a decision: {names} did not reach it")
            else:
                message = marked("1 month open with no trainee holding centre {centre}") if one else \
                    marked("{n} months open with no trainee holding centre {centre}")
            why.append(t(message, lang, n=len(idle), names=", ".join(names), centre=case.centre))
        if decided is None:
            why.append(t("still waiting at month {month}", lang, month=session.month))
        rows.append({"case_id": case.id, "household": case.household, "centre": case.centre, "kind": case.kind,
                     "filed": case.filed, "decided": decided, "months": end - case.filed, "why": why})
    table = pd.DataFrame(rows, columns=["case_id", "household", "centre", "kind", "filed", "decided", "months", "why"])
    return table.sort_values(["months", "filed", "case_id"], ascending=[False, True, True], kind="stable")


def write_csv(decisions: pd.DataFrame, path: Path) -> None:
    """decisions.csv: `COLUMNS` only, `correct` as true/false (empty where not judged), UTF-8 with a byte-order mark
    so that spreadsheet programs show Chinese names."""
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in decisions[list(COLUMNS)].itertuples(index=False):
            values = row._asdict()
            values["correct"] = "" if row.correct is None else str(row.correct).lower()
            values["submitted_at"] = _utc(row.submitted_at).isoformat()
            writer.writerow(["" if value is None or (not isinstance(value, str) and pd.isna(value)) else value
                             for value in values.values()])


def _utc(moment) -> pd.Timestamp:
    """A moment stored in UTC; SQLite keeps no time zone, so a moment read without one is in UTC."""
    moment = pd.Timestamp(moment)
    return moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")


def report(code: str, out, db=None, lang: str = "en", overwrite: bool = False) -> Path:
    """Writes out/decisions.csv (its consequences in `lang`) and out/debrief.html (both languages, opening in
    `lang`) for the session of join code `code`; an earlier report in `out` is replaced only with `overwrite`."""
    from simulation.sessions import debrief

    catalogue(lang)  # refuses an unknown language before any work
    outputs.check(out, "session report", overwrite, lang=lang)
    session = load(code, db, lang)
    decisions = decisions_table(session, lang)
    page = debrief.html(session, lang)
    with outputs.writing(out, "session report", {"code": code, "lang": lang}, overwrite, lang) as folder:
        write_csv(decisions, folder / "decisions.csv")
        (folder / "debrief.html").write_text(page, encoding="utf-8")
    return Path(out)
