"""Module 6, the reform-scenario lab: a policy team builds a reform of Dachuan's social assistance with a few levers,
runs it against the 2019 baseline on a small simulated district, and reads what it does, what it costs and how
sure the figures are.

- A reform is a scenario (`simulation.inputs.scenarios`): the baseline file with overlays on its parameters, and perhaps
  an EU minimum-income scheme. The lab builds the scenario from the levers and checks it with `scenario.validated`,
  exactly as `carelab` checks a file, so what runs here runs there; `export` writes it as a scenario file.
- Baseline and reform run on the same households living the same lives (common random numbers,
  `simulation.analysis.comparison`): a difference between them is the reform's doing. Runs are kept (`finished`), so the
  baseline is simulated once and clicking Run again costs a fraction of a second.
- One district is one draw. `seed_runs` repeats the comparison on districts drawn with other seeds and
  `intervals` gives each difference's mean and 95% confidence interval across seeds (`sweep_report.summarise`, as
  `carelab sweep` does): a difference whose interval leaves out zero is larger than the noise.
- `cost_effectiveness`: the extra spending per person lifted out of poverty.

Like the other workshop widgets, `ReformLab` and `SeedCheck` keep their logic and their last good result on the
object, so they are tested by setting values and clicking buttons in plain pytest; a notebook only displays
`.widget`. A bad entry never raises: a plain message appears beside it and the last good result stays.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as w
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import yaml
from matplotlib.ticker import PercentFormatter

from simulation.analysis import comparison as compare_module
from simulation.reports import sweep as sweep_report
from simulation.analysis.comparison import Comparison, headline_metrics
# The comparison report's own chart, number format and file writing, so that the lab shows and writes what
# `carelab compare` and `carelab sweep` do.
from simulation.reports.comparison import format_number, gainers_chart
from simulation.inputs import locations
from simulation.inputs.errors import InputError, UserError
from simulation.inputs.files import written_atomically
from simulation.i18n import language, marked, t
from simulation.inputs.parameters import load_parameters
from simulation.rules import minimum_income
from simulation.rules.eu_pack import SCHEME_NAMES
from simulation.inputs.scenarios import Scenario, load_scenario, validated
from simulation.workshop.widgets import finished, show_figure

BASELINE_FILE = locations.scenarios() / "dachuan-2019.yaml"
# The reforms shipped as scenario files, for the discussion: Dachuan's own plan (two changes), then one change each.
SHIPPED_REFORMS = tuple(locations.scenarios() / name for name in (
    "dachuan-2019-integrated.yaml", "reform-decision-deadline.yaml", "reform-activation.yaml",
    "reform-higher-standard.yaml"))
# The names of the baseline and the shipped reforms, marked so that the notebook can show them in Chinese
# (`lab_scenario`); a file renamed without this list keeps its English name.
SCENARIO_NAMES = (marked("Dachuan 2019 baseline"),
                  marked("Dachuan 2019, integrated database and online applications"),
                  marked("Dachuan 2019 with a one-month decision deadline"),
                  marked("Dachuan 2019 with an activation path for Dibao recipients"),
                  marked("Dachuan 2019 with the standards raised to the national average"))
# Small enough to answer a click within a second, large enough for the shares to mean something.
LAB_DISTRICT = dict(households=4_000, months=36, seed=1)
SEEDS = (1, 2, 3, 4, 5)
EXPORT_FOLDER = Path("my-reforms")  # next to the notebook

# The figures the seeds are compared on (a run's mean over its months, as the headline table's first rows), then
# the people below the standard after assistance.
SEED_METRICS = ["poverty_rate_after", "poverty_gap_after", "dibao_coverage", "inclusion_error", "exclusion_error",
                "take_up", "mean_processing_days", "spending_total", "spending_local"]
POOR_PEOPLE = "poor_people"
# Household types (`household_types.TYPES`) in a word, for a table's cell.
SHORT_TYPES = {"urban": marked("urban"), "rural": marked("rural"), "elderly": marked("elderly"),
               "disabled": marked("disabled member"), "migrant": marked("migrant")}


# ---- running, once (`widgets.finished` keeps the runs) -------------------------------------------------------
def compare(baseline: Scenario, reform: Scenario) -> Comparison:
    """The reform against the baseline, on the baseline's district (the same households and lives)."""
    return compare_module.run([baseline, reform], simulate=finished)


def lab_size(scenario: Scenario, district: dict | None = None, name: str | None = None) -> Scenario:
    """The scenario run on the lab's small district (its households, months and seed), under another name if
    given (a label in the reader's language)."""
    return validated({**scenario.model_dump(), **LAB_DISTRICT, **(district or {}), **({"name": name} if name else {})},
                     f"scenario {scenario.name!r}")


def lab_scenario(path: str | Path, lang: str = "en", district: dict | None = None) -> Scenario:
    """A scenario file on the lab's district, named in `lang` (the shipped files' names are translated)."""
    scenario = load_scenario(path)
    return lab_size(scenario, district, t(scenario.name, lang))


def baseline_rules(baseline: Scenario) -> dict:
    """Every parameter's value in the baseline on its start date: where the levers start."""
    return load_parameters(baseline.locality).at(baseline.start, baseline.run_parameters)


# ---- the levers ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lever:
    """One control of the lab: what the entry is called, the scenario parameters it sets, and what it may be, in
    the entry's own terms (a percentage, a number of days)."""
    label: str
    parameters: tuple[str, ...]
    allowed: str = ""


STANDARDS = ("dibao.standard.urban", "dibao.standard.rural")
LEVERS = {
    "name": Lever(marked("Name of the reform"), (), marked("a short name for the reform")),
    "standard_change": Lever(marked("Dibao standard, change in %"), STANDARDS,
                             marked("a change in percent above -100, e.g. 10 to raise both standards by a tenth")),
    "caseworkers": Lever(marked("Caseworkers per 10,000 households"), ("casework.caseworkers_per_10k_households",),
                         marked("a number of caseworkers of at least 0")),
    "integrated_database": Lever(marked("One integrated database instead of 27"), ("casework.integrated_database",)),
    "online_application": Lever(marked("Online applications"), ("casework.online_application",)),
    "no_counter_visit": Lever(marked("No counter visit: certificates read from shared records"),
                              ("casework.no_counter_visit",)),
    "decision_deadline": Lever(marked("Decision deadline, working days (0 = none)"),
                               ("casework.decision_deadline_days",),
                               marked("a whole number of working days of at least 0; 0 means no deadline")),
    "gradual_exit": Lever(marked("Gradual exit, months (0 = none)"), ("dibao.gradual_exit_months",),
                          marked("a whole number of months of at least 0; 0 means Dibao stops at once")),
    "activation": Lever(marked("Activation path, % of new recipients able to work"), ("activation.referral_share",),
                        marked("a percentage from 0 to 100")),
    "scheme": Lever(marked("Minimum-income scheme"), ("minimum_income.scheme",)),
    "level": Lever(marked("EU scheme's level"), ("minimum_income.level",)),
}


def lever_entries(rules: dict) -> dict:
    """The levers' entries that leave the baseline as it is."""
    return {
        "standard_change": 0.0,
        "caseworkers": float(rules["casework.caseworkers_per_10k_households"]),
        "integrated_database": bool(rules["casework.integrated_database"]),
        "online_application": bool(rules["casework.online_application"]),
        "no_counter_visit": bool(rules["casework.no_counter_visit"]),
        "decision_deadline": int(rules["casework.decision_deadline_days"]),
        "gradual_exit": int(rules["dibao.gradual_exit_months"]),
        "activation": round(100 * rules["activation.referral_share"], 6),
        "scheme": rules["minimum_income.scheme"],
        "level": rules["minimum_income.level"],
    }


def reform_data(entries: dict, baseline: Scenario, lang: str = "en") -> dict:
    """A scenario, as a file would hold it, from the levers' entries: the baseline with the parameters the
    entries change. A lever left as in the baseline sets nothing, so an EU scheme brings its own delivery for it.
    The entries are checked later, as a file's are (`scenario.validated`); only what the file cannot say (a
    standard cut by 100% or more, a missing name) is refused here."""
    rules = baseline_rules(baseline)
    name = str(entries.get("name", "")).strip()
    if not name:
        raise _refused("name", entries.get("name", ""), lang)
    change = entries["standard_change"]
    if not change > -100:
        raise _refused("standard_change", change, lang)
    wanted = {
        **{standard: round(rules[standard] * (1 + change / 100), 1) for standard in STANDARDS},
        "casework.caseworkers_per_10k_households": entries["caseworkers"],
        "casework.integrated_database": entries["integrated_database"],
        "casework.online_application": entries["online_application"],
        "casework.no_counter_visit": entries["no_counter_visit"],
        "casework.decision_deadline_days": entries["decision_deadline"],
        "dibao.gradual_exit_months": entries["gradual_exit"],
        "activation.referral_share": round(entries["activation"] / 100, 6),
    }
    parameters = {**baseline.parameters, **{name: value for name, value in wanted.items() if value != rules[name]}}
    scheme = {"scheme": entries["scheme"], "level": entries["level"]} if entries["scheme"] != "dibao" else None
    description = _joined(changes_in_words(parameters, rules, lang, scheme, baseline.locality), lang)
    return {**baseline.model_dump(exclude={"minimum_income"}), "name": name, "description": description,
            "parameters": parameters, **({"minimum_income": scheme} if scheme else {})}


def _refused(key: str, value, lang: str) -> InputError:
    """A lever's entry that the lab refuses itself, in the lever's own terms."""
    return InputError(t("your reform", lang), key, value, t(LEVERS[key].allowed, lang))


def lever_of(field: str) -> str | None:
    """The lever behind a scenario field that the check refused (`parameters.casework.decision_deadline_days`)."""
    name = field.removeprefix("parameters.")
    return next((key for key, lever in LEVERS.items() if name in lever.parameters or name == key), None)


def _joined(sentences: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(sentences)  # Chinese sentences follow without a space


# ---- in words --------------------------------------------------------------------------------------------------
def changes_in_words(parameters: dict, rules: dict, lang: str = "en", scheme: dict | None = None,
                     locality: str = "dachuan") -> list[str]:
    """One sentence per change to the baseline's rules (`parameters`, against the baseline's `rules`), and the
    minimum-income `scheme` ({scheme, level}) if it is not Dibao: for a scenario's description and the notebook."""
    sentences = []
    if any(name in parameters for name in STANDARDS):
        sentences.append(t("The Dibao standard becomes {urban:g} yuan a person a month in town and {rural:g} in the "
                           "countryside (baseline {base_urban:g} and {base_rural:g}).", lang,
                           urban=parameters.get(STANDARDS[0], rules[STANDARDS[0]]),
                           rural=parameters.get(STANDARDS[1], rules[STANDARDS[1]]),
                           base_urban=rules[STANDARDS[0]], base_rural=rules[STANDARDS[1]]))
    sentences += [_change_in_words(name, value, rules, lang, locality) for name, value in parameters.items()
                  if name not in STANDARDS]
    if scheme and scheme["scheme"] != "dibao":
        chosen, level = scheme["scheme"], scheme["level"]
        sentences.append(t("Dibao is replaced by the {scheme}, {level}; delivery not set above follows the scheme's "
                           "own practice.", lang, scheme=t(SCHEME_NAMES[chosen], lang),
                           level=t(minimum_income.LEVELS[level], lang)))
    return sentences or [t("No change to the baseline's rules.", lang)]


def _change_in_words(name: str, value, rules: dict, lang: str, locality: str) -> str:
    base = rules.get(name)
    if name == "casework.caseworkers_per_10k_households":
        return t("{value:g} caseworkers per 10,000 households (baseline {base:g}).", lang, value=value, base=base)
    if name == "casework.integrated_database":
        return (t("The district checks applicants in one integrated database instead of 27 agencies' databases "
                  "gathered by hand.", lang) if value else
                t("The district checks applicants against 27 agencies' databases, gathered by hand.", lang))
    if name == "casework.online_application":
        return (t("Households can apply online.", lang) if value else
                t("Households apply at the service centre's counter only.", lang))
    if name == "casework.no_counter_visit":
        return (t("Applying needs no visit to the centre and no certificates brought in.", lang) if value else
                t("Applicants visit the centre and bring their certificates.", lang))
    if name == "casework.decision_deadline_days":
        return (t("Every case is decided within {days} working days of filing.", lang, days=value) if value else
                t("No deadline for the decision.", lang))
    if name == "dibao.gradual_exit_months":
        return (t("A household whose income rises above the standard keeps Dibao for {months} more months (gradual "
                  "exit).", lang, months=value) if value else
                t("Dibao stops as soon as income rises above the standard.", lang))
    if name == "activation.referral_share":
        return t("{share:.0%} of new recipient households with a member able to work are sent to a 12-month "
                 "activation path.", lang, share=value)
    # Any other parameter a scenario file may set: its name, value and the parameter file's description.
    parameter = load_parameters(locality).parameters.get(name)
    return f"{name} = {value}" + (f" ({parameter.description})" if parameter else "")


def scenario_in_words(scenario: Scenario, lang: str = "en") -> list[str]:
    """What a scenario file says, field by field, in plain words."""
    parameter_set = load_parameters(scenario.locality)
    lines = [
        t("Name: {name}", lang, name=scenario.name),
        t("Where: {place} (the rules of the parameter file “{locality}”).", lang,
          place=parameter_set.name.get(lang, scenario.locality), locality=scenario.locality),
        t("From: {start}, with the rules in force on that day.", lang, start=scenario.start.isoformat()),
        t("How many households: {households:,}, simulated month by month for {months} months.", lang,
          households=scenario.households, months=scenario.months),
        t("Seed: {seed}. The seed draws the district's households and the events of their lives; the same seed "
          "gives the same district and the same lives, whatever the rules.", lang, seed=scenario.seed),
        t("Changes to the rules:", lang),
    ]
    scheme = scenario.minimum_income.model_dump() if scenario.minimum_income else None
    changes = changes_in_words(scenario.parameters, parameter_set.at(scenario.start), lang, scheme, scenario.locality)
    return lines + [f"– {change}" for change in changes]


# ---- the same households -----------------------------------------------------------------------------------------
def same_households(result: Comparison, count: int = 6, lang: str = "en") -> pd.DataFrame:
    """A few households whose assistance the reform changed most, side by side in both runs: their own income is
    the same (the same lives), their assistance is not (the rules differ). Yuan a month, means over the run."""
    base, reform = result.outcomes[result.baseline], result.outcomes[result.reforms[0]]
    change = (reform["regular_assistance"] - base["regular_assistance"]).abs()
    chosen = change[change >= 1].sort_values(ascending=False, kind="stable").index[:count].sort_values()
    kinds = [("、" if lang == "zh" else ", ").join(t(label, lang) for kind, label in SHORT_TYPES.items()
                                                     if base.at[h, kind]) for h in chosen]
    return pd.DataFrame({
        t("household", lang): chosen,
        t("kind", lang): kinds,
        t("own income, baseline", lang): base.loc[chosen, "own_income"].round(0).to_numpy(),
        t("own income, your reform", lang): reform.loc[chosen, "own_income"].round(0).to_numpy(),
        t("assistance, baseline", lang): base.loc[chosen, "regular_assistance"].round(0).to_numpy(),
        t("assistance, your reform", lang): reform.loc[chosen, "regular_assistance"].round(0).to_numpy(),
    })


# ---- the headline table, readable --------------------------------------------------------------------------------
def headline_view(result: Comparison, lang: str = "en") -> pd.DataFrame:
    """The headline figures as means over the run: the baseline, the reform and the change, written as the
    comparison report writes them (shares in %, changes of shares in percentage points, yuan a month)."""
    table = result.headline().xs("run", level="period")
    labels = headline_metrics(result.monthly)
    base, reform = result.baseline, result.reforms[0]
    rows = [[t(label, lang), format_number(table.at[metric, base], kind, lang=lang),
             format_number(table.at[metric, reform], kind, lang=lang),
             format_number(table.at[metric, reform] - table.at[metric, base], kind, difference=True, lang=lang)]
            for metric, (label, kind) in labels.items()]
    return pd.DataFrame(rows, columns=[t("mean over the run", lang), t("baseline", lang), t("your reform", lang),
                                       t("change", lang)])


# ---- what it costs per person lifted out of poverty ---------------------------------------------------------------
def poor_people(monthly: pd.DataFrame) -> float:
    """People below the locality's own standard after assistance, as a mean over the months run: the same line for
    the baseline and a reform, even one that moves the standard."""
    return float((monthly["poverty_rate_after_own_standard"] * monthly["persons"]).mean())


def cost_effectiveness(result: Comparison) -> dict:
    """The reform against the baseline, means over the run: people below the locality's own standard after
    assistance in each, people lifted out, the extra spending a month (all of it, and the local governments' part),
    and the extra spending per person lifted out, a month and a year (None when the reform lifts no one out).
    `standard_changed` says the reform moves the standard, so its own poverty rate is on another line."""
    base, reform = result.monthly[result.baseline], result.monthly[result.reforms[0]]
    lifted = poor_people(base) - poor_people(reform)
    extra = float(reform["spending_total"].mean() - base["spending_total"].mean())
    per_person = extra / lifted if lifted > 0 else None
    standards = [{name: rules.get(name) for name in STANDARDS} for rules in result.rules.values()]
    return {"poor_baseline": poor_people(base), "poor_reform": poor_people(reform), "lifted": lifted,
            "extra_spending": extra,
            "extra_local": float(reform["spending_local"].mean() - base["spending_local"].mean()),
            "per_person_month": per_person, "per_person_year": None if per_person is None else 12 * per_person,
            "standard_changed": standards[0] != standards[1]}


def cost_lines(figures: dict, lang: str = "en") -> list[str]:
    """`cost_effectiveness` in sentences."""
    lines = [t("People below the locality's own standard after assistance, mean over the run: {base:,.0f} in the "
               "baseline, "
               "{reform:,.0f} with your reform.", lang, base=figures["poor_baseline"], reform=figures["poor_reform"]),
             t("Extra spending: {extra:+,.0f} yuan a month, of which local governments pay {local:+,.0f}.", lang,
               extra=figures["extra_spending"], local=figures["extra_local"])]
    if figures["per_person_month"] is None:
        lines.append(t("Your reform lifts no one out of poverty on average, so there is no cost per person lifted "
                       "out: what it buys, if anything, is elsewhere (shorter waits, fewer errors, a higher "
                       "standard).", lang))
    elif figures["extra_spending"] <= 0:
        lines.append(t("Your reform lifts {lifted} people out of poverty and costs less than the baseline: "
                       "better and cheaper, on this district.", lang, lifted=_people(figures["lifted"])))
    else:
        lines.append(t("Your reform lifts {lifted} people out of poverty: {month:,.0f} yuan a month, "
                       "{year:,.0f} yuan a year, per person lifted out.", lang, lifted=_people(figures["lifted"]),
                       month=figures["per_person_month"], year=figures["per_person_year"]))
    if figures["standard_changed"]:
        lines.append(t("Your reform changes the Dibao standard. People lifted out are counted on the locality's own "
                       "standard, the same line for both; against your new standard more people count as poor, so "
                       "read the poverty gap and who gains as well.", lang))
    return lines


def _people(count: float) -> str:
    """A mean number of people: whole people, but a fraction when it is below ten (a mean of 0.4 is not 0)."""
    return f"{count:,.0f}" if count >= 10 else f"{count:.1f}"


# ---- one run is not enough: seeds -----------------------------------------------------------------------------------
def seed_runs(baseline: Scenario, reform: Scenario, seeds=SEEDS) -> pd.DataFrame:
    """The comparison repeated on the districts drawn with each seed. One row per seed and run ("baseline",
    "reform" and their "difference"), one column per figure of `SEED_METRICS` (mean over the run) and the
    people below the standard after assistance."""
    rows = []
    for seed in seeds:
        result = compare(baseline.with_run(seed=seed), reform.with_run(seed=seed))
        run = result.headline().xs("run", level="period")
        base, changed = result.baseline, result.reforms[0]
        levels = {label: {**run.loc[SEED_METRICS, column].to_dict(), POOR_PEOPLE: poor_people(result.monthly[label])}
                  for label, column in ((base, base), (changed, changed))}
        rows += [{"run": "baseline", "seed": seed, **levels[base]},
                 {"run": "reform", "seed": seed, **levels[changed]},
                 {"run": "difference", "seed": seed,
                  **{metric: levels[changed][metric] - levels[base][metric] for metric in levels[base]}}]
    return pd.DataFrame(rows)


def intervals(per_seed: pd.DataFrame) -> pd.DataFrame:
    """Per run and figure: the number of seeds, the mean and the 95% confidence interval across seeds, as
    `carelab sweep` computes them, and whether the interval leaves out zero."""
    table = sweep_report.summarise(per_seed, by=["run"])
    table["excludes_zero"] = (table["ci_low"] > 0) | (table["ci_high"] < 0)
    return table


def larger_than_noise(per_seed: pd.DataFrame, metric: str) -> bool:
    """Whether the reform's change in `metric` is larger than the noise: its interval across seeds leaves out 0."""
    rows = intervals(per_seed)
    return bool(rows[(rows["run"] == "difference") & (rows["metric"] == metric)]["excludes_zero"].iloc[0])


def _kind(metric: str) -> str:
    if metric == POOR_PEOPLE:
        return "number"
    return compare_module.HEADLINE.get(metric, (None, "yuan"))[1]


def _metric_label(metric: str, lang: str) -> str:
    if metric == POOR_PEOPLE:
        return t("people below the standard after assistance", lang)
    return t(compare_module.HEADLINE.get(metric, (compare_module.SPENDING_LABELS.get(metric, metric),))[0], lang)


def _change(value: float, kind: str, lang: str) -> str:
    """A change across seeds: as the report writes it, but shares to two decimals of a percentage point, since
    a reform's effect on a share is often a fraction of a point."""
    if kind == "share" and not np.isnan(value):
        return t("{points:+.2f} pp", lang, points=round(100 * value, 2) + 0.0)
    return format_number(value, kind, difference=True, lang=lang)


def verdict(per_seed: pd.DataFrame, metric: str, lang: str = "en") -> str:
    """What the seeds say about the reform's change in `metric`, in two sentences."""
    rows = intervals(per_seed).set_index(["run", "metric"])
    kind = _kind(metric)
    difference = rows.loc[("difference", metric)]
    base = per_seed.loc[per_seed["run"] == "baseline", metric]
    text = t("Over {seeds} districts drawn with different seeds, your reform changes “{figure}” by {mean} on "
             "average (95% interval {low} to {high}); the baseline's own figure ranges from {lowest} to {highest} "
             "between the districts.", lang, seeds=int(difference["seeds"]), figure=_metric_label(metric, lang),
             mean=_change(difference["mean"], kind, lang), low=_change(difference["ci_low"], kind, lang),
             high=_change(difference["ci_high"], kind, lang), lowest=format_number(base.min(), kind, lang=lang),
             highest=format_number(base.max(), kind, lang=lang))
    if np.isnan(difference["ci_low"]):
        finding = t("With one seed there is no interval: run more.", lang)
    elif difference["ci_low"] == difference["ci_high"] == 0:
        finding = t("The reform does not change this figure on any of the districts.", lang)
    elif difference["excludes_zero"]:
        finding = t("The interval leaves out zero: the change is larger than the noise.", lang)
    else:
        finding = t("The interval includes zero: with these seeds the change cannot be told apart from chance.", lang)
    return _joined([text, finding], lang)


def seeds_figure(per_seed: pd.DataFrame, metric: str, lang: str = "en"):
    """Left, each district's figure in the baseline and with the reform, joined by a line (the same households);
    right, the differences, their mean and 95% interval."""
    kind = _kind(metric)
    wide = per_seed.pivot(index="seed", columns="run", values=metric)
    rows = intervals(per_seed).set_index(["run", "metric"])
    fig, (levels, differences) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained",
                                              gridspec_kw={"width_ratios": [3, 2]})
    for seed, row in wide.iterrows():
        levels.plot([0, 1], [row["baseline"], row["reform"]], "-o", color="0.6", markersize=4)
        levels.annotate(t("seed {seed}", lang, seed=seed), (1, row["reform"]), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize="small")
    levels.set_xticks([0, 1], [t("baseline", lang), t("your reform", lang)])
    levels.set_xlim(-0.3, 1.5)
    levels.set_title(_metric_label(metric, lang), fontsize="medium")
    differences.axhline(0, color="0.3", linewidth=0.8)
    differences.plot(np.zeros(len(wide)), wide["difference"], "o", color="C0", alpha=0.6,
                     label=t("one district", lang))
    summary = rows.loc[("difference", metric)]
    if not np.isnan(summary["ci_low"]):
        differences.errorbar([0.4], [summary["mean"]], yerr=[[summary["mean"] - summary["ci_low"]],
                                                              [summary["ci_high"] - summary["mean"]]],
                             fmt="s", color="C3", capsize=6, label=t("mean and 95% interval", lang))
    differences.set_xlim(-0.5, 0.9)
    differences.set_xticks([])
    differences.set_title(t("your reform − baseline", lang), fontsize="medium")
    differences.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.02))  # below: clear of the dots
    for ax in (levels, differences):
        ax.grid(axis="y", alpha=0.3)
        if kind == "share":
            ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=None))  # as many decimals as the range needs
        else:
            ax.yaxis.set_major_formatter(lambda value, _: f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}")
    return fig


# ---- the shipped reforms side by side, for the discussion ---------------------------------------------------------
def reform_figures(baseline: Scenario, reforms: list[Scenario], seeds=SEEDS) -> pd.DataFrame:
    """Per reform, each difference from the baseline over the seeds: the intervals of `intervals`."""
    tables = []
    for reform in reforms:
        table = intervals(seed_runs(baseline, reform, seeds))
        table = table[table["run"] == "difference"].drop(columns="run")
        tables.append(table.assign(reform=reform.name))
    return pd.concat(tables, ignore_index=True)


def reform_table(figures: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """`reform_figures` to read: per reform, the main changes with their 95% intervals, and the extra spending per
    person lifted out (the mean extra spending over the mean number lifted out; a dash when the seeds do not show
    people lifted out)."""
    shown = ["poverty_rate_after", "dibao_coverage", "exclusion_error", "inclusion_error", "mean_processing_days",
             "spending_total", POOR_PEOPLE]
    rows = []
    for reform, table in figures.groupby("reform", sort=False):
        table = table.set_index("metric")
        row = {t("reform", lang): reform}
        for metric in shown:
            kind, figures_of = _kind(metric), table.loc[metric]
            row[_metric_label(metric, lang)] = t("{mean} ({low} to {high})", lang,
                                                 mean=_change(figures_of["mean"], kind, lang),
                                                 low=_change(figures_of["ci_low"], kind, lang),
                                                 high=_change(figures_of["ci_high"], kind, lang))
        lifted = table.loc[POOR_PEOPLE]
        per_person = (table.at["spending_total", "mean"] / -lifted["mean"] if lifted["ci_high"] < 0 else np.nan)
        row[t("yuan a month per person lifted out", lang)] = format_number(per_person, "yuan", lang=lang)
        rows.append(row)
    return pd.DataFrame(rows)


def shipped_reforms(lang: str = "en", district: dict | None = None) -> list[Scenario]:
    return [lab_scenario(path, lang, district) for path in SHIPPED_REFORMS]


# ---- writing a reform as a scenario file ---------------------------------------------------------------------------
FILE_NAME = re.compile(r"^[^/\\:.][^/\\:]*$")


def write_scenario(data: dict, path: str | Path, lang: str = "en") -> Path:
    """Check a scenario as `carelab` will, write it as YAML and read it back through `load_scenario`, all or
    nothing: a file that would not load, or is half written, never replaces a good one. Returns the path."""
    scenario = validated(data, t("your reform", lang))
    path = Path(path)
    header = t("# Written by the reform lab of SocialCare Lab (module 6). Compare it with the baseline, on the same "
               "households:", lang)
    text = yaml.safe_dump(scenario.model_dump(exclude_none=True), allow_unicode=True, sort_keys=False, width=100)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as temporary:
        temporary.write_text(f"{header}\n#   carelab compare scenarios/dachuan-2019.yaml THIS-FILE --out CMP\n{text}",
                             encoding="utf-8")
        load_scenario(temporary)
    return path


# ---- the widgets ---------------------------------------------------------------------------------------------------
def _error(text: str) -> str:
    return f"<span style='color: #b00020'>{html.escape(text)}</span>"


def _lines(lines: list[str]) -> str:
    return "".join(f"<p style='margin: 0.2em 0'>{html.escape(line)}</p>" for line in lines)


class ReformLab:
    """Build a reform with the levers, press Run: it is checked as a scenario file is, run against the baseline
    on a small district, and the headline figures, who gains and who loses, and the cost per person lifted out
    appear. Save writes it as a scenario file to run with `carelab` at full size."""

    def __init__(self, lang: str | None = None, baseline: str | Path = BASELINE_FILE,
                 export_folder: str | Path = EXPORT_FOLDER, **district):
        self.lang = lang or language()
        self.baseline_file = load_scenario(baseline)
        self.baseline = lab_size(self.baseline_file, district, t("baseline", self.lang))
        self.rules = baseline_rules(self.baseline)
        self.export_folder = Path(export_folder)
        style = {"description_width": "19em"}
        layout = w.Layout(width="29em")
        entries = lever_entries(self.rules)
        label = lambda key: t(LEVERS[key].label, self.lang)  # noqa: E731
        self.entries = {
            "name": w.Text(value=t("My reform for Dachuan", self.lang), description=label("name"), style=style,
                           layout=layout),
            "standard_change": w.FloatText(value=entries["standard_change"], step=5,
                                           description=label("standard_change"), style=style, layout=layout),
            "caseworkers": w.FloatText(value=entries["caseworkers"], step=0.5, description=label("caseworkers"),
                                       style=style, layout=layout),
            **{key: w.Checkbox(value=entries[key], description=label(key), indent=False, layout=layout)
               for key in ("integrated_database", "online_application", "no_counter_visit")},
            "decision_deadline": w.IntText(value=entries["decision_deadline"], step=7,
                                           description=label("decision_deadline"), style=style, layout=layout),
            "gradual_exit": w.IntText(value=entries["gradual_exit"], step=3, description=label("gradual_exit"),
                                      style=style, layout=layout),
            "activation": w.FloatText(value=entries["activation"], step=10, description=label("activation"),
                                      style=style, layout=layout),
            "scheme": w.Dropdown(options=[(t(minimum_income.DIBAO_TITLE, self.lang), "dibao")]
                                 + [(t(name, self.lang), scheme) for scheme, name in SCHEME_NAMES.items()],
                                 value=entries["scheme"], description=label("scheme"), style=style, layout=layout),
            "level": w.Dropdown(options=[(t(text, self.lang), level) for level, text in minimum_income.LEVELS.items()],
                                value=entries["level"], description=label("level"), style=style, layout=layout),
        }
        self.messages = {key: w.HTML() for key in self.entries}
        self.entries["scheme"].observe(self._scheme_chosen, names="value")
        self._scheme_chosen()
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.summary = w.HTML()
        self.table = w.HTML()
        self.chart = w.Output()
        self.costs = w.HTML()
        self.button.on_click(self.run)
        self.file_name = w.Text(value="my-reform.yaml", description=t("File name", self.lang), style=style,
                                layout=layout)
        self.save_button = w.Button(description=t("Save as a scenario file", self.lang))
        self.save_message = w.HTML()
        self.save_button.on_click(self.export)
        self.reform: Scenario | None = None  # the last reform that passed the check and ran
        self.result: Comparison | None = None
        self.saved: Path | None = None
        rows = [w.HBox([entry, self.messages[key]]) for key, entry in self.entries.items()]
        self.widget = w.VBox(rows + [w.HBox([self.button, self.message]), self.summary, self.table, self.chart,
                                     self.costs])
        self.save_widget = w.VBox([w.HBox([self.file_name, self.save_button]), self.save_message])

    def _scheme_chosen(self, _change=None) -> None:
        self.entries["level"].disabled = self.entries["scheme"].value == "dibao"

    def set(self, **values) -> None:
        """Set levers by name (as a trainer would, or a test): `lab.set(integrated_database=True)`."""
        for key, value in values.items():
            self.entries[key].value = value

    def scenario(self) -> Scenario:
        """The reform the levers describe, on the lab's district, checked as a scenario file is."""
        data = reform_data({key: entry.value for key, entry in self.entries.items()}, self.baseline, self.lang)
        return validated(data, t("your reform", self.lang))

    def _refuse(self, err: UserError, message: w.HTML) -> None:
        """Show what is wrong beside the lever it concerns (or `message` if none); the last result stays."""
        key = lever_of(err.field) if isinstance(err, InputError) else None
        if key is None:
            message.value = _error(str(err))
            return
        entry = self.entries[key].value
        text = t("“{value}” cannot be used: please enter {allowed}.", self.lang,
                 value=f"{entry:g}" if isinstance(entry, (int, float)) else entry,
                 allowed=t(LEVERS[key].allowed, self.lang) if LEVERS[key].allowed else err.allowed)
        check = t("As in a scenario file: {problem}", self.lang, problem=str(err))
        self.messages[key].value = (_error(text) + f"<br><small style='color: #666'>{html.escape(check)}</small>"
                                    if err.field.startswith("parameters.") else _error(text))
        message.value = _error(t("Nothing was run: correct the entry marked in red.", self.lang))

    def _clear_messages(self) -> None:
        for message in self.messages.values():
            message.value = ""

    def run(self, _button=None) -> None:
        self._clear_messages()
        try:
            reform = self.scenario()
        except UserError as err:
            self._refuse(err, self.message)
            return
        self.reform, self.result = reform, compare(self.baseline, reform)
        self.message.value = html.escape(t("Ran on {households:,} households for {months} months (seed {seed}).",
                                           self.lang, **{key: getattr(reform, key)
                                                         for key in ("households", "months", "seed")}))
        self.summary.value = _lines([self.result.summaries(self.lang)[self.result.reforms[0]]])
        self.table.value = headline_view(self.result, self.lang).to_html(index=False, border=0)
        show_figure(self.chart, gainers_chart(self.result.gainers_and_losers(), self.lang))
        self.costs.value = _lines(cost_lines(self.cost_effectiveness(), self.lang))

    def cost_effectiveness(self) -> dict | None:
        return cost_effectiveness(self.result) if self.result else None

    def headline(self) -> pd.DataFrame | None:
        return self.result.headline() if self.result else None

    def gainers_and_losers(self) -> pd.DataFrame | None:
        return self.result.gainers_and_losers() if self.result else None

    def file_scenario(self) -> dict:
        """The levers' reform at the baseline file's size, seed and length, as a scenario file holds it."""
        data = reform_data({key: entry.value for key, entry in self.entries.items()}, self.baseline, self.lang)
        return {**data, **{key: getattr(self.baseline_file, key) for key in ("households", "months", "seed")}}

    def export(self, _button=None) -> Path | None:
        """Write the reform the levers describe as a scenario file in the export folder; None, with a message
        beside the entry that is wrong, if it cannot be."""
        self._clear_messages()
        self.save_message.value = ""
        name = self.file_name.value.strip()
        try:
            if not FILE_NAME.match(name):
                raise InputError(t("File name", self.lang), "file", name,
                                 t("a file name such as my-reform.yaml, without folders", self.lang))
            path = self.export_folder / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
            self.saved = write_scenario(self.file_scenario(), path, self.lang)
        except UserError as err:
            if isinstance(err, InputError) and err.field == "file":
                self.save_message.value = _error(t("“{value}” cannot be used: please enter {allowed}.", self.lang,
                                                   value=err.value, allowed=err.allowed))
            else:
                self._refuse(err, self.save_message)
            return None
        self.save_message.value = html.escape(t("Saved {path}. Run it at full size with: {command}", self.lang,
                                                path=str(self.saved), command=self.command()))
        return self.saved

    def command(self) -> str:
        """The carelab command that compares the saved file with the baseline at full size."""
        saved, checkout = self.saved.resolve(), locations.CHECKOUT
        shown = saved.relative_to(checkout) if checkout and saved.is_relative_to(checkout) else saved
        return f"carelab compare scenarios/{BASELINE_FILE.name} {shown} --out CMP"


class SeedCheck:
    """Run the lab's last reform against the baseline on districts drawn with several seeds; show, for a chosen
    figure, each district's result and the 95% interval of the change."""

    CHOICES = ("poverty_rate_after", "dibao_coverage", "exclusion_error", "inclusion_error", "take_up",
               "mean_processing_days", "spending_total", POOR_PEOPLE)

    def __init__(self, lab: ReformLab, lang: str | None = None, seeds: int = len(SEEDS)):
        self.lab, self.lang = lab, lang or lab.lang
        self.seeds = w.IntSlider(value=seeds, min=2, max=10, description=t("Seeds", self.lang))
        self.metric = w.Dropdown(options=[(_metric_label(m, self.lang), m) for m in self.CHOICES],
                                 value="poverty_rate_after", description=t("Figure", self.lang),
                                 style={"description_width": "initial"})
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.metric.observe(self._show, names="value")
        self.per_seed: pd.DataFrame | None = None
        self.widget = w.VBox([w.HBox([self.seeds, self.metric, self.button, self.message]), self.text, self.output])

    def run(self, _button=None) -> None:
        if self.lab.reform is None:
            self.message.value = _error(t("Run a reform in the lab first.", self.lang))
            return
        seeds = range(1, int(self.seeds.value) + 1)
        self.per_seed = seed_runs(self.lab.baseline, self.lab.reform, seeds)
        self.message.value = html.escape(t("Your reform “{reform}” against the baseline, seeds 1 to {last}.",
                                           self.lang, reform=self.lab.reform.name, last=seeds[-1]))
        self._show()

    def _show(self, _change=None) -> None:
        if self.per_seed is None:
            return
        self.text.value = _lines([verdict(self.per_seed, self.metric.value, self.lang)])
        show_figure(self.output, seeds_figure(self.per_seed, self.metric.value, self.lang))
