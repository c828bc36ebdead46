"""The case file: one household in one month of a run, the rules that applied to it and why.

It needs the month's state, which the model keeps for trainer-scale districts (see `DistrictModel.keep_history`).
"""
from __future__ import annotations

import numpy as np

from simulation.i18n import marked, t
from simulation.inputs.errors import InputError, Phrase
from simulation.model.caseload import NO_CASE, REVIEW
from simulation.model.population import DISABLED, SEVERELY_DISABLED, Households
from simulation.rules import entitlements, minimum_income
from simulation.rules.circumstances import MemberCounts, of_households
from simulation.rules.regular_support import ON_DIBAO, ON_EXTREME_POOR

WHERE = Phrase("case file")


def case_file(model, household: int, month: int, lang: str = "en") -> str:
    if not model.history:
        raise InputError(WHERE, "district", f"{len(model.households):,} households",
                         "a run that keeps its history (districts of up to 5,000 households)")
    if month not in model.history:
        raise InputError(WHERE, "month", month, "a month from 1 to {last}", last=max(model.history))
    if not 0 <= household < len(model.households):
        raise InputError(WHERE, "household", household, "a number from 0 to {last}",
                         last=len(model.households) - 1)
    record = model.history[month]
    p, caseload, i = record.p, record.caseload, household
    persons = record.persons.select(np.flatnonzero(record.persons.household == i))
    persons.household[:] = 0
    row = Households(**{name: getattr(record.households, name)[[i]] for name in record.households.__dataclass_fields__})
    c = of_households(row, persons, MemberCounts(persons, 1, p["population.age_bands"]), p)
    assessed = caseload.receives[i] != 0 or caseload.case[i] != NO_CASE or caseload.assessed_income[i] > 0
    tested_income = float(caseload.assessed_income[i]) if assessed else float(c.income[0])

    lines = [t("Case file: household {i}, {date}", lang, i=i, date=record.date.isoformat()), ""]
    scheme = minimum_income.describe(p, lang)  # what an EU pack switched on; nothing under Dibao
    lines += scheme + ([""] if scheme else [])
    lines += _situation(c, persons, lang)
    lines += [""] + _casework(caseload, i, month, tested_income, float(c.income[0]), lang) + [""]
    lines.append(entitlements.render(entitlements.of_household(
        c, persons, p, lang, tested_income=tested_income, out_of_pocket=float(record.events.out_of_pocket[i]),
        illnesses=int(record.events.illnesses[i]), emergency=bool(record.events.emergency[i]),
        january=record.date.month == 1), lang))
    return "\n".join(lines)


def _situation(c, persons, lang) -> list[str]:
    area = t("urban", lang) if c.urban[0] else t("rural", lang)
    hukou = t("local hukou", lang) if c.local_hukou[0] else t("migrant, no local hukou", lang)
    describe = {SEVERELY_DISABLED: t("severely disabled", lang), DISABLED: t("disabled", lang)}
    members = ", ".join(
        f"{age}" + (f" ({describe[d]})" if d in describe else "")
        for age, d, alive in zip(persons.age, persons.disability, persons.alive) if alive)
    return [
        t("Household: {area}, {hukou}; members aged {members}.", lang, area=area, hukou=hukou, members=members or "-"),
        t("Income this month: {income:,.0f} yuan (earnings {earnings:,.0f}, pensions {pensions:,.0f}, "
          "remittances {remittances:,.0f}); local standard {standard:,.0f} per person.", lang,
          income=c.income[0], earnings=c.earnings[0], pensions=c.pensions[0], remittances=c.remittances[0],
          standard=c.standard[0]),
    ]


def _casework(caseload, i, month, tested_income, true_income, lang) -> list[str]:
    lines = []
    if caseload.case[i] != NO_CASE:
        kind = t("yearly review", lang) if caseload.case_kind[i] == REVIEW else t("application", lang)
        lines.append(t("Open case: {kind} filed in month {filed}, waiting at the service centre.", lang,
                       kind=kind, filed=int(caseload.case_filed[i])))
    receives = {ON_DIBAO: t("Dibao", lang),
                ON_EXTREME_POOR: t("extreme-poor support", lang)}.get(int(caseload.receives[i]))
    if receives:
        lines.append(t("Receives {programme}: {amount:,.0f} yuan paid this month, as last decided; next review in "
                       "month {review}.", lang, programme=receives, amount=caseload.benefit[i],
                       review=int(caseload.review_due[i])))
    else:
        lines.append(t("Receives no Dibao or extreme-poor support this month.", lang))
    if tested_income != true_income:
        lines.append(t("The last means test found an income of {tested:,.0f} yuan; the true income this month is "
                       "{true:,.0f}. The rules below use what the means test found.", lang,
                       tested=tested_income, true=true_income))
    return lines


OUTCOMES = {
    "dibao": marked("granted Dibao"),
    "dibao_disabled_alone": marked("granted Dibao for the disabled members only: at the democratic appraisal a member "
                                   "of working age was held able to work"),
    "extreme_poor": marked("granted extreme-poor support"),
    "not_eligible": marked("turned down: the means test found the income too high (or assets or hukou rule it out)"),
    "appraisal_caught": marked("turned down at the democratic appraisal: neighbours showed the income was higher"),
    "appraisal_refused": marked("turned down at the democratic appraisal although eligible"),
    "appraisal_able_to_work": marked("turned away at the democratic appraisal: a member of working age could work"),
}


def journey(model, household: int, lang: str = "en") -> list[str]:
    """Every case of one household, step by step, with the working days of each stage."""
    p = model.p
    database = (p["casework.days.database_check_integrated"] if p["casework.integrated_database"]
                else p["casework.days.database_check"])
    lines = []
    for case in (c for c in model.district.case_log if c.household == household):
        registration = p["casework.days.registration_online"] if case.online else p["casework.days.registration"]
        stages = (registration + p["casework.days.means_test"] + p["casework.days.appraisal"] + database
                  + p["casework.days.decision"])
        kind = t("yearly review", lang) if case.kind == "review" else t("application", lang)
        channel = t("online", lang) if case.online else t("at the centre's counter", lang)
        lines += [
            t("Month {filed}: {kind} filed {channel}.", lang, filed=case.filed, kind=kind, channel=channel),
            t("  Waited {days:,.0f} working days in the queue for a caseworker.", lang,
              days=case.working_days - stages),
            t("  Registration {registration:g}, means test and home visit {means_test:g}, democratic appraisal and "
              "public notice {appraisal:g}, district database check {database:g}, decision {decision:g} working days.",
              lang, registration=registration, means_test=p["casework.days.means_test"],
              appraisal=p["casework.days.appraisal"], database=database, decision=p["casework.days.decision"]),
            t("  The means test found {found:,.0f} yuan a month (true income {true:,.0f}).", lang,
              found=case.assessed_income, true=case.true_income),
            t("  Month {decided}: {outcome}, after {days:,.0f} working days in all.", lang, decided=case.decided,
              outcome=t(OUTCOMES[case.outcome], lang), days=case.working_days),
        ]
    return lines or [t("No case of this household was decided in this run.", lang)]
