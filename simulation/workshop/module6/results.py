"""One comparison of a reform with the baseline, read: a few households side by side, the headline figures, and
what it costs per person lifted out of poverty."""
from __future__ import annotations

import pandas as pd

from simulation.analysis.comparison import Comparison, headline_metrics
from simulation.i18n import marked, t

# The comparison report's own number format, so that the lab shows what `carelab compare` writes.
from simulation.i18n.numbers import format_number
from simulation.workshop.module6.levers import STANDARDS

# Household types (`household_types.TYPES`) in a word, for a table's cell.
SHORT_TYPES = {"urban": marked("urban"), "rural": marked("rural"), "elderly": marked("elderly"),
               "disabled": marked("disabled member"), "migrant": marked("migrant")}


# ---- the same households -----------------------------------------------------------------------------------------
def same_households(result: Comparison, count: int = 6, lang: str = "en") -> pd.DataFrame:
    """A few households whose assistance the reform changed most, side by side in both runs: their own income is
    the same (the same lives), their assistance is not (the rules differ). Yuan a month, means over the run, and
    what the means hide: the lowest month's own income per person (Dibao is decided on a month's income, at
    application and review) and the months each run assisted the household."""
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
        t("own income per person, lowest month", lang): base.loc[chosen, "lowest_income_per_person"].round(0)
        .to_numpy(),
        t("months assisted, baseline", lang): base.loc[chosen, "months_assisted"].to_numpy(),
        t("months assisted, your reform", lang): reform.loc[chosen, "months_assisted"].to_numpy(),
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
