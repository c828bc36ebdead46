"""A case file as a trainee reads it, in the trainee's language, and how a decision on it is judged.

The facts come from the model (`facts.case_facts`) as numbers and codes; this module only writes them out, so the
pages and the scripted participants need no model to show them.
"""
from __future__ import annotations

from simulation.i18n import marked, t
from simulation.inputs.errors import Phrase
from simulation.model.population import DISABLED, SEVERELY_DISABLED

# ASSUMPTION: an approved amount within this share of the rules' amount (or AMOUNT_SLACK yuan) counts as right: the
# caseworker works from the visit's income, which is rightly not the true one to the yuan.
AMOUNT_TOLERANCE = 0.2
AMOUNT_SLACK = 50.0

PAPERS = {
    "identity": marked("identity card and hukou booklet"),
    "income": marked("proof of income (employer's statement, pension book)"),
    "medical": marked("medical bills and disability certificate"),
    "bank": marked("bank statements and a consent to check them"),
}
REASONS = {
    "income_above_standard": marked("income above the standard"),
    "assets": marked("assets or property above the limit"),
    "appraisal": marked("objections at the democratic appraisal"),
    "papers_missing": marked("papers missing"),
    "family_support": marked("family able to support the household"),
    "other": marked("other (written in the note)"),
}


def income_found(facts: dict) -> float:
    """The income a caseworker takes as found: the agencies' records where they came back, else the home visit's."""
    return facts["records"] if facts["records"] is not None else facts["visit_income"]


def calculated(facts: dict, income: float, lang: str = "en") -> list:
    """The household calculator (`simulation.analysis.calculator`) on a case file: every programme's amount, with
    the reasons, for the household as the file describes it and the monthly income the caseworker takes as found.
    A caseworker approves with what it gives for Dibao or extreme-poor support (`top_up`)."""
    from simulation.analysis import calculator  # the rules: only a page or script that calculates needs them
    codes = {value: name for name, value in calculator.DISABILITY_CODES.items()}
    household = calculator.describe(
        Phrase("case file"), locality=facts["locality"], date=facts["date"], scheme=facts["scheme"],
        level=facts["level"], area="urban" if facts["urban"] else "rural",
        hukou="local" if facts["local_hukou"] else "migrant",
        members=[{"age": age, "disability": codes[disability], "in_work": employed, "resident_pension": pension}
                 for age, disability, employed, pension in map(member_fields, facts["members"])],
        income=max(float(income), 0.0), assets=facts["assets"], family_elsewhere=facts["family_elsewhere"])
    return calculator.calculate(household, lang)


def top_up(facts: dict, income: float) -> float:
    """Dibao or extreme-poor support a month, yuan, as the calculator gives it on `income`."""
    return round(sum(e.amount for e in calculated(facts, income) if e.programme in REGULAR), 2)


REGULAR = ("dibao", "extreme_poor")  # the regular support a caseworker's approval grants


def judge(decision: str, amount: float | None, truth: dict) -> bool | None:
    """Whether a decision is what the rules give on the true income: approve with about the right amount, or
    reject (or refer, which grants no cash); a request for verification is judged by the decision it leads to."""
    if decision == "verify":
        return None
    if decision == "approve":
        expected = truth["expected_amount"]
        return truth["expected"] == "approve" and abs((amount or 0) - expected) <= max(AMOUNT_SLACK,
                                                                                       AMOUNT_TOLERANCE * expected)
    return truth["expected"] == "reject"


DISABILITY = {DISABLED: marked("disabled"), SEVERELY_DISABLED: marked("severely disabled")}
OBJECTIONS = {
    "none": marked("No objection was raised during the democratic appraisal and the public notice."),
    "higher_income": marked("Neighbours said at the democratic appraisal that the household has more income than "
                            "it declared (work elsewhere, a business)."),
    "unfounded": marked("Neighbours objected at the democratic appraisal, without giving a reason the rules "
                        "recognise."),
    "able_to_work": marked("Neighbours said at the democratic appraisal that a member of working age could work, so "
                           "the household should not have Dibao."),
}


def render(facts: dict, lang: str) -> dict[str, list[str]]:
    """The case file in `lang`: section title -> lines."""
    kind = t("yearly review", lang) if facts["kind"] == "review" else t("application", lang)
    channel = t("online", lang) if facts["online"] else t("at the centre's counter", lang)
    area = t("urban", lang) if facts["urban"] else t("rural", lang)
    hukou = t("local hukou", lang) if facts["local_hukou"] else t("migrant, no local hukou", lang)
    declared, objection = facts["declared"], OBJECTIONS[facts["objection"]]
    records = (t("The agencies' records show an income of {income:,} yuan a month.", lang, income=facts["records"])
               if facts["records"] is not None else
               t("Not cross-checked: the district checks {share:.0%} of cases against the agencies' records; ask "
                 "for verification to get them next month.", lang, share=facts["coverage"]))
    return {
        t("Application", lang): [
            t("{kind} filed {channel} in month {filed}.", lang, kind=kind, channel=channel, filed=facts["filed"]),
            t("Household: {area}, {hukou}; members aged {members}.", lang, area=area, hukou=hukou,
              members=", ".join(member_text(m, lang) for m in facts["members"]) or "-"),
            t("Papers brought: {papers}.", lang,
              papers="; ".join(t(PAPERS[name], lang) for name in facts["papers"]) or t("none", lang)),
        ],
        t("Declared income", lang): [
            t("Earnings {earnings:,}, pensions {pensions:,}, remittances {remittances:,} yuan a month.", lang,
              **declared),
            t("Family elsewhere obliged to support it: {answer}.", lang,
              answer=t("yes", lang) if facts["family_elsewhere"] else t("no", lang)),
        ],
        t("Means-test home visit", lang): [
            t("The visit puts the household's income at about {income:,} yuan a month.", lang,
              income=facts["visit_income"]),
            t("Assets {assets:,} yuan; medical costs being repaid {repaid:,} yuan a month.", lang,
              assets=facts["assets"], repaid=facts["medical_repayment"]),
        ],
        t("Democratic appraisal", lang): [t(objection, lang)],
        t("Agencies' database returns", lang): [records],
        t("For the calculator", lang): [
            t("Local standard {standard:,.0f} yuan per person; {members} members; the most Dibao can pay is "
              "{cap:,.0f} yuan a month.", lang, standard=facts["standard"], members=len(facts["members"]),
              cap=facts["cap"]),
        ],
    }


def member_fields(member: list) -> tuple[int, int, bool, bool]:
    """A member of a case file (`facts.members_of`): age, disability code, in work, drawing the resident pension.
    Files written before the pension was listed have three fields: no pension."""
    age, disability, employed, *pension = member
    return age, disability, employed, bool(pension and pension[0])


def member_text(member: list, lang: str) -> str:
    """A member as a case file lists them: age, and any disability, work and resident pension."""
    age, disability, employed, pension = member_fields(member)
    notes = [t(DISABILITY[disability], lang)] if disability in DISABILITY else []
    if employed:
        notes.append(t("in work", lang))
    if pension:
        notes.append(t("resident pension", lang))
    return f"{age}" + (f" ({', '.join(notes)})" if notes else "")
