"""The metric registry: every figure the model measures each month, in one table. Each is a column of monthly.csv
with what it means, its unit (how its numbers read) and, for the figures reports show, its label; then which figures
a comparison heads with, and the charts that draw them. `metrics.measure` and `services.figures.measure` compute the
values; everything that names, formats or draws a metric reads it here.

Units: `share` (0 to 1, shown as a percentage), `number` (people, households, cases), `days` (working days),
`months`, `yuan`, `index` (0 to 1, shown as a number), and `month` and `date` for the calendar columns.
"""
from __future__ import annotations

from dataclasses import dataclass

from simulation.i18n import marked
from simulation.services.provider import SERVICES
from simulation.services.referral import NEEDS, SERVICE_FOR_NEED


@dataclass(frozen=True)
class Metric:
    meaning: str
    unit: str
    label: str | None = None  # its name in tables and reports (a message for `t`); None where no report shows it


PROGRAMMES = ("dibao", "extreme_poor", "temporary", "medical", "old_age", "disability")
_PROGRAMME_LABELS = {
    "dibao": marked("spending: Dibao"),
    "extreme_poor": marked("spending: extreme-poor support"),
    "temporary": marked("spending: temporary assistance"),
    "medical": marked("spending: medical assistance"),
    "old_age": marked("spending: old-age allowance"),
    "disability": marked("spending: disability support"),
}
_NEED_LABELS = {
    "survival": marked("service coverage: survival needs"),
    "development": marked("service coverage: development needs"),
    "opportunity": marked("service coverage: opportunity needs"),
}

METRICS: dict[str, Metric] = {
    "month": Metric("months since the start", "month"),
    "date": Metric("the first day of the month", "date"),
    "households": Metric("households with living members", "number"),
    "dissolved_households": Metric("households whose last member has died", "number"),
    "persons": Metric("people living in the district", "number"),
    "persons_urban": Metric("people living in its urban areas (streets)", "number"),
    "persons_aged_60_or_over": Metric("people aged 60 or over living in the district", "number"),
    "persons_aged_under_15": Metric("people under 15 living in the district (the census's children, 0 to 14)",
                                    "number"),
    "poverty_rate_before": Metric("share of people below the standard before assistance", "share",
                                  marked("poverty rate before assistance")),
    "poverty_rate_after": Metric("share of people below the standard after regular assistance", "share",
                                 marked("poverty rate after assistance")),
    "poverty_rate_after_own_standard": Metric(
        "share of people below the locality's own standard (before the scenario's changes) after regular "
        "assistance: a reform's poverty measured on a fixed line", "share",
        marked("poverty rate after assistance, on the locality's own standard")),
    "poverty_gap_before": Metric("mean shortfall from the standard before assistance, as a share of the standard",
                                 "share", marked("poverty gap before assistance")),
    "poverty_gap_after": Metric("mean shortfall from the standard after regular assistance, as a share of the "
                                "standard", "share", marked("poverty gap after assistance")),
    "dibao_households": Metric("households receiving Dibao", "number", marked("households receiving Dibao")),
    "dibao_persons": Metric("people Dibao covers: the members of a household granted it (from 2014 not those deemed "
                            "able to earn), or the disabled members included on their own (the Ministry's count of "
                            "persons)", "number"),
    "dibao_persons_urban": Metric("people Dibao covers in urban households", "number"),
    "dibao_persons_rural": Metric("people Dibao covers in rural households", "number"),
    "dibao_households_urban": Metric("urban households receiving Dibao", "number"),
    "dibao_disabled_share": Metric("share of the people receiving Dibao who have a disability", "share",
                                   marked("Dibao recipients with a disability")),
    "dibao_persons_aged_60_or_over": Metric("people Dibao covers who are aged 60 or over", "number"),
    "dibao_quarterly_exit": Metric("people who left Dibao over the last three months as a share of those receiving "
                                   "it now (empty in the first two months)", "share",
                                   marked("quarterly exit from Dibao")),
    "extreme_poor_persons_rural": Metric("people in rural households receiving extreme-poor support", "number"),
    "extreme_poor_households": Metric("households receiving extreme-poor support", "number"),
    "eligible_households": Metric("households truly eligible for Dibao or extreme-poor support", "number"),
    "dibao_coverage": Metric("share of households poor before assistance that receive Dibao or extreme-poor support",
                             "share", marked("coverage of the poor")),
    "inclusion_error": Metric("share of recipient households that are not truly eligible", "share",
                              marked("inclusion error")),
    "exclusion_error": Metric("share of truly eligible households that receive nothing", "share",
                              marked("exclusion error")),
    "take_up": Metric("share of truly eligible households that have applied or receive", "share", marked("take-up")),
    "applications": Metric("new applications filed this month", "number", marked("new applications a month")),
    "reviews": Metric("yearly reviews that came due this month", "number"),
    "approvals": Metric("applications granted this month", "number"),
    "rejections": Metric("applications turned down this month", "number"),
    "backlog": Metric("cases waiting at the centres at the end of the month", "number",
                      marked("cases waiting at the centres")),
    "mean_processing_days": Metric("mean working days from filing to decision of the cases decided this month",
                                   "days", marked("working days from application to decision")),
    "caseworker_utilisation": Metric("cases taken on as a share of caseworkers' capacity", "share",
                                     marked("caseworkers' workload, share of capacity")),
    **{f"spending_{name}": Metric(f"{name.replace('_', ' ')} paid this month, yuan", "yuan", _PROGRAMME_LABELS[name])
       for name in PROGRAMMES},
    "spending_dibao_urban": Metric("Dibao paid to urban households this month, yuan", "yuan",
                                   marked("spending: Dibao, urban households")),
    "spending_total": Metric("all assistance paid this month, yuan", "yuan", marked("spending: total")),
    "spending_central": Metric("the central government's share of spending, yuan", "yuan",
                               marked("spending: central government")),
    "spending_local": Metric("local governments' share of spending, yuan", "yuan",
                             marked("spending: local government")),
    # Purchased social services (simulation/services); 0 in a district without them.
    "services_providers": Metric("service providers working in the district", "number"),
    "services_social_workers": Metric("social workers employed by the providers (full-time equivalents)", "number"),
    "services_referrals": Metric("households referred to a provider this month", "number"),
    "services_waiting": Metric("households on providers' waiting lists at the end of the month", "number",
                               marked("households waiting for a service")),
    "services_mean_wait_months": Metric("mean months from referral to start of the households taken on this month",
                                        "months", marked("months waited for a service")),
    "services_served": Metric("households receiving a service on referral this month", "number"),
    **{f"services_coverage_{need}": Metric(
        f"share of households assessed as needing {need} services, and still poor before assistance, that receive "
        f"{SERVICES[SERVICE_FOR_NEED[code]].replace('_', ' ')}", "share", _NEED_LABELS[need])
       for code, need in enumerate(NEEDS) if code},
    "services_vouchers_used": Metric("service vouchers spent this month (one per person in the age band)", "number"),
    "services_hours": Metric("service hours delivered this month, on referral and with vouchers", "number"),
    "services_utilisation": Metric("hours delivered on referral as a share of providers' paid and volunteer hours",
                                   "share"),
    "services_quality": Metric("mean quality (0 to 1) of the hours delivered", "index",
                               marked("quality of the services (0 to 1)")),
    "services_cost_per_hour": Metric("public spending on services per service hour delivered, yuan", "yuan",
                                     marked("cost per service hour, yuan")),
    "services_in_work": Metric("share of households receiving capacity building with a member in work", "share"),
    "services_illness_cost_avoided": Metric("out-of-pocket costs of serious illness avoided by daily care this month, "
                                            "yuan", "yuan"),
    "services_spending": Metric("public spending on services this month (contracts or public provision, volunteers, "
                                "supervision, incubator, vouchers), yuan", "yuan",
                                marked("spending: purchased services")),
    "services_spending_supervision": Metric("spending on assessing and supervising providers this month, yuan", "yuan"),
    "services_spending_incubator": Metric("incubator help with new organisations' staff costs this month, yuan",
                                          "yuan"),
    "services_spending_vouchers": Metric("service vouchers paid this month, yuan", "yuan"),
}
SERVICE_METRICS = tuple(name for name in METRICS if name.startswith("services_"))
LAST_YEAR = 12  # months: a run is summarised by the mean of its last year (all its months if it is shorter)

# What a comparison heads with, in this order; every spending_* figure follows, and the services' figures once a
# run has providers.
HEADLINE = ("poverty_rate_before", "poverty_rate_after", "poverty_rate_after_own_standard", "poverty_gap_before",
            "poverty_gap_after", "dibao_households", "dibao_coverage", "inclusion_error", "exclusion_error", "take_up",
            "mean_processing_days")
SERVICES_HEADLINE = ("services_coverage_survival", "services_coverage_development", "services_coverage_opportunity",
                     "services_waiting", "services_mean_wait_months", "services_quality", "services_cost_per_hour",
                     "services_spending")


def label(name: str) -> str:
    """The metric's label (a message for `t`), or its name in words where no report labels it."""
    return METRICS[name].label or name.replace("_", " ")


@dataclass(frozen=True)
class Chart:
    title: str
    series: tuple[tuple[str, str], ...]  # (metric, its legend)
    y_label: str
    share: bool  # is the y axis a share?


# The month-by-month charts of a run (`carelab run`) and of a comparison, one per question a practitioner asks.
CHARTS = {
    "poverty": Chart(marked("Poverty against the local standard"),
                     (("poverty_rate_before", marked("before assistance")),
                      ("poverty_rate_after", marked("after assistance"))), marked("share of people"), True),
    "coverage": Chart(marked("Who receives Dibao"),
                      (("dibao_coverage", marked("coverage of the poor")), ("take_up", marked("take-up"))),
                      marked("share of households"), True),
    "targeting": Chart(marked("Targeting errors"),
                       (("inclusion_error", marked("inclusion error")), ("exclusion_error", marked("exclusion error"))),
                       marked("share"), True),
    "pipeline": Chart(marked("The application pipeline"),
                      (("applications", marked("applications")), ("backlog", marked("backlog")),
                       ("approvals", marked("approvals"))), marked("cases"), False),
    "processing": Chart(marked("Processing time"), (("mean_processing_days", marked("mean working days per case")),),
                        marked("working days"), False),
    "spending": Chart(marked("Spending"),
                      (("spending_total", marked("total")), ("spending_central", marked("central government")),
                       ("spending_local", marked("local government"))), marked("yuan per month"), False),
}

# A sweep's report: one chart and table per figure, across the grid, with its title and y-axis label.
SWEEP_FIGURES = {
    "poverty_rate_after": (marked("People below the local standard after assistance"), marked("share of people")),
    "dibao_coverage": (marked("Poor households that receive Dibao or extreme-poor support"),
                       marked("share of households")),
    "inclusion_error": (marked("Recipients who are not eligible (inclusion error)"), marked("share")),
    "exclusion_error": (marked("Eligible households that receive nothing (exclusion error)"), marked("share")),
    "take_up": (marked("Eligible households that have applied or receive (take-up)"), marked("share of households")),
    "mean_processing_days": (marked("Working days from application to decision"), marked("working days")),
    "backlog": (marked("Cases waiting at the service centres"), marked("cases")),
    "spending_total": (marked("Assistance paid per month"), marked("yuan per month")),
}
