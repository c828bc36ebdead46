"""Comparing reforms with a baseline on the same district, household by household.

Every scenario of a comparison runs on the baseline's district: the same households (locality, start date,
population, size and seed) living the same lives, because households' lives and casework draw common random
numbers (`population.lives_stream`, `draws.HouseholdDraws`). So a difference between two runs is the reform's doing,
and each household can be followed from one run to the other: who gains, who loses, and how much.

What a comparison reports, per scenario against the baseline:

- the headline metrics (poverty headcount and gap before and after assistance, coverage, inclusion and exclusion
  errors, take-up, processing time, spending by programme and by level of government), as the mean over the run
  and in the final month;
- gainers and losers by type of household (`household_types`): the share whose income after regular assistance,
  averaged over the run, rises or falls by more than 1%, the mean change in yuan a month, and the mean change for
  the district's poorest fifth;
- a few sentences a practitioner can read out.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from simulation.analysis import household_types
from simulation.i18n import marked, t
from simulation.i18n.numbers import share, yuan
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.model import metric_registry as registry
from simulation.model import population

PERIODS = {"run": marked("mean over the run"), "final": marked("final month")}

# A household gains (loses) when its income after regular assistance, averaged over the run, is more than this
# share of its baseline income above (below) the baseline: smaller changes count as no change.
CHANGE_THRESHOLD = 0.01
POOREST = 0.2  # the poorest fifth: by income per person before assistance over the run, in the baseline
INCOME = "income_after_assistance"  # the column of `DistrictModel.household_outcomes` that gains are counted on


@dataclass
class Comparison:
    """A finished comparison: each scenario's monthly metrics, household outcomes and changes to the parameters
    (`Scenario.run_parameters`), by label, the baseline first."""
    monthly: dict[str, pd.DataFrame]
    outcomes: dict[str, pd.DataFrame]
    rules: dict[str, dict]

    @property
    def baseline(self) -> str:
        return next(iter(self.monthly))

    @property
    def reforms(self) -> list[str]:
        return list(self.monthly)[1:]

    def headline(self) -> pd.DataFrame:
        return headline_table(self.monthly)

    def gainers_and_losers(self) -> pd.DataFrame:
        return gainers_and_losers(self.outcomes)

    def summaries(self, lang: str = "en") -> dict[str, str]:
        return summaries(self.headline(), self.gainers_and_losers(), self.rules, lang)


def run(scenarios: list, simulate=None) -> Comparison:
    """Runs each scenario (the baseline first, all on the baseline's district: see `check_comparable`) and keeps
    what a comparison needs. `simulate(scenario)` returns the scenario's model run to its end; by default it is
    built and run. Scenarios with the same name are told apart as "name (2)"."""
    monthly, outcomes, rules = {}, {}, {}
    for scenario in scenarios:
        model = simulate(scenario) if simulate else scenario.build().run(scenario.months)
        label, number = scenario.name, 2
        while label in monthly:
            label, number = f"{scenario.name} ({number})", number + 1
        monthly[label], outcomes[label] = model.monthly(), model.household_outcomes()
        rules[label] = scenario.run_parameters
        del model  # a large district's next run reuses the memory
    return Comparison(monthly, outcomes, rules)


# ---- can the scenarios be compared household by household? ---------------------------------------------------------
def check_comparable(scenarios: list, where: list[str]) -> None:
    """Raises InputError unless every scenario starts from the baseline's district (`scenarios[0]`): the same
    locality and start date, and the same households. `where` names each scenario's file, for the message.

    The households are compared as generated, so a reform may change anything but the district itself: a reform
    that changes the population parameters (sizes, ages, incomes) describes another district."""
    base = scenarios[0]
    for scenario, place in zip(scenarios[1:], where[1:]):
        for field in ("locality", "start"):
            if getattr(scenario, field) != getattr(base, field):
                raise InputError(place, field, str(getattr(scenario, field)),
                                 "{baseline}, as in the baseline: a comparison follows the same households under "
                                 "each scenario", baseline=getattr(base, field))
    district = district_fingerprint(base)
    for scenario, place in zip(scenarios[1:], where[1:]):
        if district_fingerprint(scenario) != district:
            changed = sorted(name for name in {**base.parameters, **scenario.parameters}
                             if name.startswith("population.")
                             and base.parameters.get(name) != scenario.parameters.get(name))
            raise InputError(place, "parameters", ", ".join(changed) or "(the district's households)",
                             "no change to the households the district starts with, as the baseline's, so the same "
                             "households can be followed under each scenario")


def district_fingerprint(scenario) -> str:
    """A digest of the households a scenario's run starts with: who lives in them and what they earn, not which
    centre serves them or whether they know of Dibao (a reform may change those)."""
    p = load_parameters(scenario.locality).at(scenario.start, scenario.parameters)
    households, persons = population.generate(scenario.households, p, population.lives_stream(scenario.seed))
    digest = hashlib.blake2b(digest_size=16)
    for column in (households.urban, households.local_hukou, households.family_elsewhere, households.remittances,
                   households.assets, persons.household, persons.age, persons.disability, persons.chronic,
                   persons.employed, persons.earnings_level, persons.pension):
        digest.update(np.ascontiguousarray(column).tobytes())
    return digest.hexdigest()


# ---- the headline metrics ------------------------------------------------------------------------------------------
def headline_metrics(monthly: dict[str, pd.DataFrame]) -> dict[str, tuple[str, str]]:
    """The headline metrics of these runs' monthly tables: metric -> (label, kind). Services count once any run
    has providers."""
    base = next(iter(monthly.values()))
    names = [name for name in registry.HEADLINE if name in base]
    if any(runs.get("services_providers", pd.Series([0])).any() for runs in monthly.values()):
        names += registry.SERVICES_HEADLINE
    names += [name for name in base if name.startswith("spending_")]
    return {name: (registry.label(name), registry.METRICS[name].unit) for name in names}


def headline_table(monthly: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows (metric, period): the mean over the run (months with no decision leave processing time out) and the
    final month. Columns: each scenario, then each reform's difference from the baseline."""
    base = next(iter(monthly))
    metrics = list(headline_metrics(monthly))
    table = pd.DataFrame({
        label: pd.concat({"run": runs[metrics].mean(), "final": runs[metrics].iloc[-1]}).swaplevel()
        for label, runs in monthly.items()})
    table = table.reindex(pd.MultiIndex.from_product([metrics, list(PERIODS)], names=["metric", "period"]))
    for label in list(monthly)[1:]:
        table[f"{label} - {base}"] = table[label] - table[base]
    return table


# ---- gainers and losers --------------------------------------------------------------------------------------------
def gainers_and_losers(outcomes: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per reform and type of household ("all" first): how many households, the shares gaining, losing
    and unchanged, the baseline's mean income after regular assistance and the reform's mean change (yuan a
    month), and the same change for those of the type in the district's poorest fifth."""
    base_label, *reforms = outcomes
    base = outcomes[base_label]
    before = base[INCOME].to_numpy()
    rank = base["own_income_per_person"].rank(method="first").to_numpy()
    poorest = rank <= POOREST * len(base)
    groups = {"all": np.ones(len(base), bool), **{name: base[name].to_numpy() for name in household_types.TYPES}}
    rows = []
    for label in reforms:
        change = outcomes[label][INCOME].to_numpy() - before
        gains, loses = change > CHANGE_THRESHOLD * before, change < -CHANGE_THRESHOLD * before
        for group, members in groups.items():
            n, poor = int(members.sum()), members & poorest
            rows.append({
                "scenario": label, "household_type": group, "households": n,
                "gaining": _mean(gains[members]), "losing": _mean(loses[members]),
                "unchanged": _mean(~gains[members] & ~loses[members]),
                "baseline_income": _mean(before[members]), "mean_change": _mean(change[members]),
                "poorest_fifth_households": int(poor.sum()), "poorest_fifth_mean_change": _mean(change[poor]),
            })
    return pd.DataFrame(rows)


def _mean(values: np.ndarray) -> float:
    return float(values.mean()) if len(values) else float("nan")


def type_label(group: str, lang: str = "en") -> str:
    label = household_types.ALL if group == "all" else household_types.TYPES[group]
    return t(label, lang)


# ---- in words ------------------------------------------------------------------------------------------------------
def summaries(headline: pd.DataFrame, gainers: pd.DataFrame, rules: dict[str, dict],
              lang: str = "en") -> dict[str, str]:
    """A few plain sentences per reform: poverty after assistance against the baseline, who gains and who
    loses, and what it costs. `rules` are each scenario's changes to the parameters."""
    base = headline.columns[0]
    run = headline.xs("run", level="period")
    texts = {}
    for label in gainers["scenario"].unique():
        rows = gainers[gainers["scenario"] == label].set_index("household_type")
        sentences = [t("{reform}: poverty after assistance {after} (baseline {before}), on average over the run.",
                       lang, reform=label, after=share(run.at["poverty_rate_after", label]),
                       before=share(run.at["poverty_rate_after", base]))]
        if _standards(rules[label]) != _standards(rules[base]):
            sentences.append(t("Its Dibao standard differs from the baseline's, and poverty is measured against each "
                               "scenario's own standard.", lang))
        everyone = rows.loc["all"]
        if everyone["gaining"] > 0 or everyone["losing"] > 0:
            sentences.append(t("{gaining} of households gain and {losing} lose more than {threshold:.0%} of their "
                               "income after assistance.", lang, gaining=share(everyone["gaining"]),
                               losing=share(everyone["losing"]), threshold=CHANGE_THRESHOLD))
            sentences += _gaining_and_losing_types(rows, lang)
        else:
            sentences.append(t("No household's income after assistance changes by more than {threshold:.0%}.", lang,
                               threshold=CHANGE_THRESHOLD))
        spending, base_spending = run.at["spending_total", label], run.at["spending_total", base]
        if base_spending > 0:
            sentences.append(t("Assistance costs {ratio:.2f} times as much as in the baseline ({spending} yuan a "
                               "month).", lang, ratio=spending / base_spending, spending=yuan(spending)))
        texts[label] = ("" if lang == "zh" else " ").join(sentences)  # Chinese sentences follow without a space
    return texts


def _gaining_and_losing_types(rows: pd.DataFrame, lang: str) -> list[str]:
    """The type of household the reform favours most and the one it hurts most, ranked on the balance of each type
    (its share gaining less its share losing). Ranked on each share apart, one type can top both: a reform that
    changes nearly every recipient's assistance makes recipients the likeliest to gain and to lose. On the balance,
    a type named as gaining gains more often than it loses, and the reverse, so no type is named twice."""
    everyone = rows.loc["all"]
    types = rows.drop(index="all")
    types = types[types["households"] >= max(1, 0.01 * everyone["households"])]  # not a handful
    balance = types["gaining"] - types["losing"]
    sentences = []
    if len(types) and balance.max() > 0:
        group = balance.idxmax()
        sentences.append(t("Gaining most often, on balance: {group} ({gaining} of them gain, {losing} lose).", lang,
                           group=type_label(group, lang), gaining=share(types.at[group, "gaining"]),
                           losing=share(types.at[group, "losing"])))
    if len(types) and balance.min() < 0:
        group = balance.idxmin()
        sentences.append(t("Losing most often, on balance: {group} ({losing} of them lose, {gaining} gain).", lang,
                           group=type_label(group, lang), gaining=share(types.at[group, "gaining"]),
                           losing=share(types.at[group, "losing"])))
    return sentences


def _standards(parameters: dict) -> dict:
    return {name: value for name, value in parameters.items() if name.startswith("dibao.standard.")}
