"""The EU delivery features one at a time on Dachuan's Dibao: what each is, which scheme it is taken from, and what
it changes on the same households."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from simulation.i18n import language, marked, t
from simulation.inputs.parameters import load_parameters
from simulation.model import metric_registry as registry
from simulation.model.district import DistrictModel
from simulation.rules import eu_pack, minimum_income
from simulation.workshop.module5.district import DISTRICT
from simulation.workshop.module5.schemes import COUNTRY_NAMES, LOCALITY, START, STATUS_WORDS, settings


@dataclass(frozen=True)
class Feature:
    parameter: str            # the Chinese pipeline's parameter it sets (minimum_income.DELIVERY)
    country: str              # the pack whose setting is taken, a scheme that has the feature
    title: str
    charts: tuple[str, str]   # charts.CHARTS to draw
    watch: tuple[str, ...]    # the figures it moves, first in the table


FEATURES = {
    "data_sharing": Feature("casework.integrated_database", "germany", marked("Automatic data sharing"),
                            ("processing", "targeting"),
                            ("mean_processing_days", "inclusion_error", "exclusion_error", "spending_dibao")),
    "activation": Feature("activation.referral_share", "germany", marked("An activation path"),
                          ("poverty", "spending"),
                          ("poverty_rate_before", "poverty_rate_after", "inclusion_error", "spending_dibao")),
    "decision_deadline": Feature("casework.decision_deadline_days", "poland", marked("A decision deadline"),
                                 ("processing", "pipeline"),
                                 ("mean_processing_days", "backlog", "caseworker_utilisation")),
    "no_counter_visit": Feature("casework.no_counter_visit", "finland", marked("No counter visit"),
                                ("coverage", "pipeline"),
                                ("applications", "take_up", "dibao_coverage", "exclusion_error", "spending_dibao")),
}
FEATURE_METRICS = ("poverty_rate_before", "poverty_rate_after", "dibao_coverage", "take_up", "inclusion_error",
                   "exclusion_error", "applications", "mean_processing_days", "backlog", "caseworker_utilisation",
                   "spending_dibao", "spending_total")
FEATURE_LABELS = {"spending_dibao": registry.label("spending_dibao")}  # Dibao stays the scheme


def feature_parameters(feature: str, p: dict | None = None) -> dict:
    """The one parameter the feature sets, at the value of the EU pack it is taken from."""
    p, chosen = p or settings(), FEATURES[feature]
    return {chosen.parameter: p[f"eu.{chosen.country}.{minimum_income.DELIVERY[chosen.parameter]}"]}


def feature_lines(feature: str, lang: str | None = None, p: dict | None = None) -> list[str]:
    """What the feature is, which scheme it is taken from (with the value's status) and what it changes in the
    simulated district, in plain words."""
    lang, p = lang or language(), p or settings()
    chosen = FEATURES[feature]
    name, value = next(iter(feature_parameters(feature, p).items()))
    pack_setting = f"eu.{chosen.country}.{minimum_income.DELIVERY[name]}"
    parameters = load_parameters(LOCALITY)
    status = parameters.dated_value(pack_setting, START).status
    shown = (t("yes", lang) if value is True else f"{value:.0%}" if name == "activation.referral_share"
             else t("{days:g} working days", lang, days=value))
    source = t("Taken from the {country} pack ({body}): {setting}: {value}, {status}.", lang,
               country=t(COUNTRY_NAMES[chosen.country], lang), body=t(eu_pack.DELIVERY_BODIES[chosen.country], lang),
               setting=t(parameters.parameters[pack_setting].description, lang), value=shown,
               status=t(STATUS_WORDS[status], lang))
    if feature == "data_sharing":
        here = t("Here, the district checks applicants against one shared database instead of gathering 27 "
                 "agencies' results by hand: the check takes {fast} working days instead of {slow}, and incomes are "
                 "read from shared records, so the means test errs less (a spread of {error_shared} instead of "
                 "{error}).", lang, fast=f"{p['casework.days.database_check_integrated']:g}",
                 slow=f"{p['casework.days.database_check']:g}",
                 error_shared=f"{p['casework.income_error_integrated']:.0%}", error=f"{p['casework.income_error']:.0%}")
    elif feature == "activation":
        here = t("Here, {share} of the households granted or renewed Dibao that have a member able to work are sent "
                 "to a {months}-month path back to work, as at an integration centre; while on it, their jobless "
                 "members find work more often (a {uplift} higher chance each month, an assumption: the sources give "
                 "no effect size).", lang, share=f"{value:.0%}", months=f"{p['activation.months']:g}",
                 uplift=f"{p['activation.job_finding_uplift']:.0%}")
    elif feature == "decision_deadline":
        here = t("Here, every case must be decided within {days} working days of filing: a centre takes on every "
                 "case that would otherwise miss it, beyond its caseworkers' normal capacity if need be.", lang,
                 days=f"{value:g}")
    else:
        here = t("Here, households apply without a visit to the centre and without bringing certificates, which the "
                 "centre reads from shared records: eligible households that held back apply more often (a {uplift} "
                 "higher chance each month, an assumption).", lang,
                 uplift=f"{p['application.no_counter_visit_uplift']:.0%}")
    return [here, source]


def feature_effect(feature: str, caseworkers: float | None = None, lang: str | None = None,
                   **district) -> pd.DataFrame:
    """Dachuan's Dibao without and with the one feature, on the same households: FEATURE_METRICS as the mean over
    the run (rows), columns without, with and difference. `caseworkers` per 10,000 households (default: the
    parameter file's)."""
    return effect_of(feature_runs(feature, caseworkers, {**DISTRICT, **district}))


def feature_runs(feature: str, caseworkers: float | None, district: dict) -> dict[str, pd.DataFrame]:
    """The district's monthly figures without and with the feature, on the same households."""
    staff = {} if caseworkers is None else {"casework.caseworkers_per_10k_households": float(caseworkers)}
    households, seed = district["households"], district["seed"]

    def monthly(parameters):
        return DistrictModel(locality=LOCALITY, start=START, households=households, seed=seed,
                             parameters={**staff, **parameters}).run(district["months"]).monthly()
    return {"without": monthly({}), "with": monthly(feature_parameters(feature))}


def effect_of(runs: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """`feature_runs` as FEATURE_METRICS' means over the run: without, with and the difference."""
    frame = pd.DataFrame({name: runs[name][list(FEATURE_METRICS)].mean() for name in ("without", "with")})
    frame["difference"] = frame["with"] - frame["without"]
    frame.index.name = "metric"
    return frame
