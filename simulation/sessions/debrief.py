"""debrief.html: the page a trainer debriefs a session's room with, in English and Chinese on one page (a switch at
the top shows one language; the page opens in the report's), self-contained, its charts embedded as PNG.

It reads in the order of a debrief: how often the room decided as the rules would have on the true income, and where
it went wrong (by decision, by kind of case, by centre, inclusion against exclusion); the households who waited
longest and why; what each wrong rejection did to its household in the months after; then each trainee's own
section, with their decisions or their household's months.
"""
from __future__ import annotations

import base64

import pandas as pd
from markupsafe import Markup, escape
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from simulation.i18n import marked, t
from simulation.i18n.numbers import MISSING, count, share, yuan
from simulation.reports import charts, pages
from simulation.sessions.casefiles import PAPERS, REASONS
from simulation.sessions.report import MISTAKES, Session, accuracy, decisions_table, joined, waits
from simulation.workshop.bilingual import LANGS

LONGEST = 10  # households listed as having waited longest
FOLLOWED = 6  # wrong rejections followed month by month, with a chart; the others in a table
NAMES = {"en": "English", "zh": "中文"}
DECISIONS = {"approve": marked("approve"), "reject": marked("reject"), "verify": marked("ask for verification"),
             "refer": marked("refer to services"), "apply": marked("apply"), "wait": marked("wait")}
KINDS = {"application": marked("application"), "review": marked("annual review")}
ROLES = {"caseworker": marked("caseworker"), "household": marked("household")}
MISTAKE_WORDS = {"inclusion": marked("inclusion: granted where the rules refuse"),
                 "exclusion": marked("exclusion: refused where the rules grant"),
                 "amount": marked("amount: granted, not the amount the rules give")}
WORDS = {
    "switch": marked("Language"),
    "intro": marked("Session {code} ({name}), scenario {scenario}. Months played: {months}; trainees: {people}; "
                    "decisions: {decisions}. Each decision is compared with what the rules give on the household's "
                    "true income, which only the model knew."),
    "accuracy": marked("The room's accuracy"),
    "overall": marked("{right} of {judged} decisions judged were what the rules give ({share}). Mistakes of "
                      "inclusion: {inclusion}; of exclusion: {exclusion}; of amount: {amount}. A verification asked "
                      "is not judged."),
    "by_decision": marked("By decision"), "by_kind": marked("By kind of case"), "by_centre": marked("By centre"),
    "mistakes": marked("The mistakes"),
    "waited": marked("The households who waited longest"),
    "waited_intro": marked("Months from filing to a decision (to the last month, for a case still waiting), and "
                           "why."),
    "rejections": marked("What a wrong rejection did"),
    "rejections_intro": marked("Households refused although the rules grant them, and their months after the "
                               "decision: their income against their standard, and whether they applied again."),
    "no_rejections": marked("No household was wrongly rejected."),
    "rejected": marked("Household {household}, rejected in month {month} by {name}"),
    "rules_give": marked("The rules give {amount} yuan a month (true income {income} yuan; standard for the "
                         "household {standard} yuan)."),
    "followed": marked("What followed: {consequence}."),
    "more_rejections": marked("The other wrong rejections"),
    "trainees": marked("Each trainee"),
    "caseworker_line": marked("Caseworker at centre {centre}. Decisions: {decisions}; as the rules give: {share}."),
    "household_line": marked("Household {household}. Choices made: {actions}; cases filed: {cases}."),
    "no_decisions": marked("No decisions yet."),
    "household_months": marked("The household's months"),
    "their_cases": marked("Decisions on the household's cases"),
    "files_note": marked("Every decision is also in decisions.csv."),
}
COLUMN_WORDS = {
    "group": "", "decisions": marked("decisions"), "judged": marked("judged"), "right": marked("as the rules give"),
    "share": marked("share right"), "inclusion": marked("inclusion mistakes"),
    "exclusion": marked("exclusion mistakes"), "amount": marked("mistakes of amount"), "month": marked("month"),
    "household": marked("household"), "centre": marked("centre"), "kind": marked("case"),
    "decision": marked("decision"), "yuan": marked("amount, yuan"), "rules": marked("the rules give"),
    "correct": marked("right by the rules"), "consequence": marked("what followed"), "filed": marked("filed in month"),
    "decided": marked("decided in month"), "months": marked("months waited"), "why": marked("why"),
    "participant": marked("decided by"), "reason": marked("reason"), "income": marked("own income"),
    "benefit": marked("benefit"), "standard": marked("standard for the household"),
    "hardship": marked("in hardship"), "case_status": marked("case"),
    "papers": marked("papers brought"), "with_benefit": marked("income with benefit"), "mistake": marked("mistake"),
}
# Columns of figures, aligned right.
FIGURES = {"decisions", "judged", "right", "share", "inclusion", "exclusion", "amount", "month", "household", "centre",
           "yuan", "filed", "decided", "months", "income", "benefit", "standard"}


def html(session: Session, lang: str = "en") -> str:
    """The whole page, both languages, showing `lang` first."""
    sections = [{"lang": code, "name": NAMES[code], **_section(session, code)} for code in LANGS]
    title = " · ".join(t("Debrief: {name}", code, name=session.name) for code in LANGS)
    return pages.render("debrief.html", lang, title=title, sections=sections, shown=lang,
                        switch=" / ".join(_say("switch", code) for code in LANGS))


def _section(session: Session, lang: str) -> dict:
    decisions = decisions_table(session, lang)
    room = accuracy(decisions).iloc[0]
    words = {key: t(text, lang) for key, text in WORDS.items() if "{" not in text}
    words["intro"] = _say("intro", lang, code=session.code, name=session.name, scenario=session.scenario,
                          months=session.month, people=count(len(session.participants)),
                          decisions=count(len(decisions)))
    words["overall"] = _say("overall", lang, right=count(room["right"]), judged=count(room["judged"]),
                            share=share(room["share"]), **{kind: count(room[kind]) for kind in MISTAKES})
    by_decision = accuracy(decisions, "decision")
    by_decision["group"] = [t(DECISIONS.get(d, d), lang) for d in by_decision["group"]]
    by_kind = accuracy(decisions, "kind")
    by_kind["group"] = [t(KINDS.get(k, k), lang) for k in by_kind["group"]]
    by_centre = accuracy(decisions, "centre")
    images = {}
    if "inclusion_error" in session.months and len(session.months):
        figure = Figure(figsize=(7, 3.2), layout="constrained")
        ax = figure.subplots()
        charts.draw(ax, "targeting", {session.name: session.months}, lang)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        images["targeting"] = _image(figure, t("Targeting errors", lang))
    if len(by_centre):
        images["centres"] = _image(_centre_chart(by_centre, lang), _say("by_centre", lang))
    by_centre["group"] = [t("centre {centre}", lang, centre=c) for c in by_centre["group"]]
    mistakes = decisions[decisions["mistake"].notna()]
    return {"words": words, "images": images,
            "by_decision": _accuracy_table(by_decision, lang), "by_kind": _accuracy_table(by_kind, lang),
            "by_centre": _accuracy_table(by_centre, lang),
            "mistakes": _decisions_html(mistakes, lang, ["month", "participant", "household", "decision", "yuan",
                                                         "rules", "mistake"]) if len(mistakes) else None,
            "waited": _waits_html(session, decisions, lang), **_rejections(session, decisions, lang),
            "trainees": [_trainee(session, decisions, person, lang)
                         for person in session.participants.sort_values(["role", "name"]).itertuples()]}


def _rejections(session: Session, decisions: pd.DataFrame, lang: str) -> dict:
    """The wrong rejections, those whose households were in hardship most months after them first."""
    wrong = decisions[decisions["mistake"] == "exclusion"]
    hard = [-sum(h for m, h in session.hardship.get(household, []) if m > month)
            for household, month in zip(wrong["household"], wrong["month"])]
    wrong = wrong.assign(hard=hard).sort_values(["hard", "month"], kind="stable")
    cases = session.cases.set_index("id")
    months = session.household_months
    followed = []
    for row in wrong.head(FOLLOWED).itertuples():
        case = cases.loc[row.case_id]
        own = months[months["household"] == row.household]
        title = _say("rejected", lang, household=row.household, month=row.month, name=row.participant)
        followed.append({
            "title": title, "consequence": _say("followed", lang, consequence=row.consequence),
            "rules": _say("rules_give", lang, amount=yuan(row.expected_amount),
                          income=yuan(case["true_income"]), standard=yuan(case["cap"])),
            "image": _image(_household_chart(own, row.month, lang), title) if len(own) else None,
            "months": _months_html(own[own["month"] >= row.month], lang)})
    rest = wrong.iloc[FOLLOWED:]
    return {"followed": followed, "more": _decisions_html(rest, lang, ["month", "participant", "household",
                                                                      "rules", "consequence"]) if len(rest) else None}


def _trainee(session: Session, decisions: pd.DataFrame, person, lang: str) -> dict:
    own = decisions[decisions["participant_id"] == person.id]
    entry = {"id": f"{lang}-trainee-{person.id}", "name": person.name,
             "role": t(ROLES.get(person.role, person.role), lang)}
    if person.role == "household":
        household = int(person.household)
        cases = session.cases[session.cases["household"] == household]
        entry["line"] = _say("household_line", lang, household=household, actions=count(len(own)),
                             cases=count(len(cases)))
        entry["actions"] = _decisions_html(own, lang, ["month", "decision", "papers", "consequence"]) \
            if len(own) else None
        entry["months"] = _months_html(session.household_months[session.household_months["household"] == household],
                                       lang)
        theirs = decisions[(decisions["household"] == household) & decisions["case_id"].notna()]
        entry["decisions"] = _decisions_html(theirs, lang, ["month", "participant", "kind", "decision", "yuan",
                                                            "rules", "consequence"]) if len(theirs) else None
        return entry
    mine = accuracy(own).iloc[0]
    entry["line"] = _say("caseworker_line", lang, centre=int(person.centre) + 1, decisions=count(len(own)),
                         share=share(mine["share"]))
    entry["decisions"] = _decisions_html(own, lang, ["month", "household", "kind", "decision", "yuan", "reason",
                                                     "rules", "correct", "consequence"]) if len(own) else None
    return entry


def _say(key: str, lang: str, **values) -> str:
    return t(WORDS[key], lang, **values)


def _column(key: str, lang: str) -> str:
    return t(COLUMN_WORDS[key], lang) if COLUMN_WORDS[key] else ""


def _yes_no(value: bool, lang: str) -> str:
    return t("yes", lang) if value else t("no", lang)


# ---- tables: every cell is escaped here, so the page takes them as they are ---------------------------------------
def _table(frame: pd.DataFrame, lang: str) -> Markup:
    """A table with a header of `COLUMN_WORDS`; text columns are aligned left, figures right."""
    align = {c: "" if c in FIGURES else ' class="text"' for c in frame.columns}
    head = "".join(f"<th{align[c]}>{escape(_column(c, lang))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td{align[c]}>{escape(MISSING if _blank(v) else v)}</td>"
                                    for c, v in zip(frame.columns, row)) + "</tr>\n"
                   for row in frame.itertuples(index=False))
    return Markup(f"<table>\n<tr>{head}</tr>\n{body}</table>")


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def _accuracy_table(frame: pd.DataFrame, lang: str) -> Markup:
    shown = frame.astype({"group": str}).copy()
    shown["share"] = [share(value) for value in frame["share"]]
    return _table(shown, lang)


def _decisions_html(rows: pd.DataFrame, lang: str, columns: list[str]) -> Markup:
    every = {
        "month": rows["month"], "participant": rows["participant"], "household": rows["household"],
        "kind": [t(KINDS[k], lang) if k in KINDS else "" for k in rows["kind"]],
        "decision": [t(DECISIONS.get(d, d), lang) for d in rows["decision"]],
        "yuan": [MISSING if pd.isna(a) else yuan(a) for a in rows["amount"]],
        "reason": [t(REASONS[r], lang) if r in REASONS else r if isinstance(r, str) else "" for r in rows["reason"]],
        "papers": ["; ".join(t(PAPERS.get(p, p), lang) for p in papers) if isinstance(papers, list) else ""
                   for papers in rows["papers"]],
        "rules": [_rules(e, a, lang) for e, a in zip(rows["expected"], rows["expected_amount"])],
        "correct": [MISSING if c is None else _yes_no(c, lang) for c in rows["correct"]],
        "mistake": [t(MISTAKE_WORDS[m], lang) if isinstance(m, str) else "" for m in rows["mistake"]],
        "consequence": rows["consequence"]}
    return _table(pd.DataFrame({c: list(every[c]) for c in columns}), lang)


def _rules(expected, amount, lang: str) -> str:
    if expected == "approve" and not pd.isna(amount):
        return t("approve, {amount} yuan", lang, amount=yuan(amount))
    return t(DECISIONS.get(expected, MISSING), lang) if isinstance(expected, str) else MISSING


def _months_html(months: pd.DataFrame, lang: str) -> Markup:
    return _table(pd.DataFrame({
        "month": list(months["month"]), "income": [yuan(v) for v in months["income"]],
        "benefit": [yuan(v) for v in months["benefit"]],
        "standard": [yuan(s * m) for s, m in zip(months["standard"], months["members"])],
        "hardship": [_yes_no(h, lang) for h in months["in_hardship"]],
        "case_status": [t(KINDS[k], lang) if k in KINDS else "" for k in months["case"]]}), lang)


def _waits_html(session: Session, decisions: pd.DataFrame, lang: str) -> Markup:
    longest = waits(session, decisions, lang)
    longest = longest[longest["months"] > 0].head(LONGEST)
    return _table(pd.DataFrame({
        "household": list(longest["household"]), "centre": list(longest["centre"]),
        "kind": [t(KINDS.get(k, k), lang) for k in longest["kind"]], "filed": list(longest["filed"]),
        "decided": [MISSING if pd.isna(d) else int(d) for d in longest["decided"]],
        "months": list(longest["months"]),
        "why": [joined(why, lang) or MISSING for why in longest["why"]]}), lang)


# ---- charts -------------------------------------------------------------------------------------------------------
def _image(figure: Figure, alt: str) -> dict:
    return {"alt": alt, "data": base64.b64encode(charts.png(figure, dpi=80)).decode("ascii")}


def _centre_chart(by_centre: pd.DataFrame, lang: str) -> Figure:
    figure = Figure(figsize=(7, 0.9 + 0.35 * len(by_centre)), layout="constrained")
    ax = figure.subplots()
    labels = [t("centre {centre}", lang, centre=c) for c in by_centre["group"]]
    ax.barh(range(len(by_centre)), by_centre["share"].fillna(0), color="C0")
    ax.set_yticks(range(len(by_centre)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_title(_column("share", lang))
    ax.grid(axis="x", alpha=0.3)
    return figure


def _household_chart(months: pd.DataFrame, decided: int, lang: str) -> Figure:
    """The household's own income, its income with benefit and its standard, month by month; its months in hardship
    shaded and the month of the decision marked."""
    figure = Figure(figsize=(7, 3.2), layout="constrained")
    ax = figure.subplots()
    ax.plot(months["month"], months["income"], "o-", color="C0", label=_column("income", lang))
    ax.plot(months["month"], months["income"] + months["benefit"], "s--", color="C2",
            label=_column("with_benefit", lang))
    ax.step(months["month"], months["standard"] * months["members"], where="mid", color="C3",
            label=_column("standard", lang))
    for month in months.loc[months["in_hardship"].astype(bool), "month"]:
        ax.axvspan(month - 0.5, month + 0.5, color="0.9", zorder=0)
    ax.axvline(decided, color="0.3", linestyle=":", linewidth=1)
    ax.set_xlabel(t("month", lang))
    ax.set_ylabel(t("yuan per month", lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, ax.get_ylim()[1] * 1.1)  # a line at the standard is not drawn on the frame
    ax.grid(alpha=0.3)
    figure.legend(loc="outside lower center", ncols=3, fontsize="small")
    return figure
