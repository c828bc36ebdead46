"""A small district under Dachuan's Dibao and under one EU scheme, on the same households living the same lives:
the figures a practitioner compares, in words, and who gains and who loses."""
from __future__ import annotations

import pandas as pd

from simulation.analysis import comparison
from simulation.i18n import language, marked, t
from simulation.i18n.numbers import count, number, points, share, yuan
from simulation.inputs.scenarios import validated
from simulation.model import metric_registry as registry
from simulation.rules import eu_pack, minimum_income
from simulation.workshop.module5.schemes import COUNTRIES, LEVELS, LOCALITY, START
from simulation.workshop.shared.runs import TRAINER_DISTRICT

# A few thousand households for two years: answers in a second, shares that mean something.
DISTRICT = dict(households=TRAINER_DISTRICT["households"], months=24, seed=TRAINER_DISTRICT["seed"])
KEY_METRICS = ("poverty_rate_after", "poverty_gap_after", "dibao_coverage", "take_up", "inclusion_error",
               "exclusion_error", "mean_processing_days", "spending_dibao", "spending_total")
SHARE_METRICS = ("poverty_rate_after", "dibao_coverage", "take_up", "inclusion_error", "exclusion_error")


def scheme_label(scheme: str, level: str, lang: str) -> str:
    if scheme == "dibao":
        return t(minimum_income.DIBAO_TITLE, lang)
    return t("{scheme}, {how}", lang, scheme=t(eu_pack.SCHEME_NAMES[scheme], lang),
             how=t(minimum_income.LEVELS[level], lang))


def district_scenario(scheme: str, level: str = "relative_to_standard", lang: str | None = None,
                      households: int = DISTRICT["households"], months: int = DISTRICT["months"],
                      seed: int = DISTRICT["seed"]):
    """Dachuan in January 2019 running the scheme (Dibao or an EU pack with its delivery), as a checked scenario."""
    lang = lang or language()
    data = dict(name=scheme_label(scheme, level, lang), locality=LOCALITY, start=START.isoformat(),
                households=households, months=months, seed=seed)
    if scheme != "dibao":
        data["minimum_income"] = {"scheme": scheme, "level": level}
    return validated(data, t("district", lang))


def simulate(scenario) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """A scenario run to its end: its monthly figures, its households' outcomes and the parameters it ran with."""
    model = scenario.build().run(scenario.months)
    return model.monthly(), model.household_outcomes(), scenario.run_parameters


def as_comparison(runs: dict[str, tuple]) -> comparison.Comparison:
    """Runs (`simulate`) by label as a comparison, the first the baseline."""
    return comparison.Comparison({label: run[0] for label, run in runs.items()},
                                 {label: run[1] for label, run in runs.items()},
                                 {label: run[2] for label, run in runs.items()})


def compare(scheme: str, level: str = "relative_to_standard", households: int = DISTRICT["households"],
            months: int = DISTRICT["months"], seed: int = DISTRICT["seed"], lang: str | None = None):
    """The same simulated district under Dachuan's Dibao and under the scheme (`comparison.Comparison`, Dibao
    first): the same households with the same lives, so every difference comes from the scheme."""
    lang = lang or language()
    runs = {}
    for chosen in ("dibao", scheme):
        scenario = district_scenario(chosen, level, lang, households, months, seed)
        runs[scenario.name] = simulate(scenario)
    return as_comparison(runs)


def key_figures(result: comparison.Comparison) -> pd.DataFrame:
    """The figures a practitioner compares, as the mean over the run: rows KEY_METRICS, columns dibao, scheme and
    difference (scheme - dibao). Shares are shares (0.05 is 5%), spending is yuan a month."""
    run = result.headline().xs("run", level="period")
    base, scheme = result.baseline, result.reforms[0]
    frame = pd.DataFrame({"dibao": run.loc[list(KEY_METRICS), base], "scheme": run.loc[list(KEY_METRICS), scheme]})
    frame["difference"] = frame["scheme"] - frame["dibao"]
    frame.index.name = "metric"
    return frame


# The registry's labels, but for Dibao's spending: a district under an EU scheme pays that scheme instead.
SCHEME_LABELS = {"spending_dibao": marked("spending: minimum income (Dibao or the EU scheme)")}


def figure_label(metric: str) -> str:
    """A figure's label (a message for `t`) in this module's tables and charts."""
    return SCHEME_LABELS.get(metric) or registry.label(metric)


def _shown(metric: str, value: float, difference: bool, lang: str) -> str:
    """A figure in words: shares as percentages (differences in percentage points), counts and days as numbers to
    one decimal (they are means over the run), spending in yuan."""
    unit = registry.METRICS[metric].unit
    if unit == "share":
        return points(value, lang) if difference else share(value)
    return yuan(value, difference) if unit == "yuan" else number(value, 1, difference)


def readable(frame: pd.DataFrame, headings: list[str], lang: str, labels: dict | None = None,
              marked_first: tuple = ()) -> pd.DataFrame:
    """A figures frame (rows: metrics; columns: two runs and their difference) in words, under `headings`."""
    labels = {**{m: figure_label(m) for m in frame.index}, **(labels or {})}
    return pd.DataFrame({
        t("figure, mean over the run", lang): [("▶ " if m in marked_first else "") + t(labels[m], lang)
                                               for m in frame.index],
        **{heading: [_shown(m, frame.at[m, column], column == "difference", lang) for m in frame.index]
           for heading, column in zip(headings, frame.columns)},
    })


def gainers_table(result: comparison.Comparison, lang: str | None = None) -> pd.DataFrame:
    """Who gains and who loses, by type of household, in words."""
    lang = lang or language()
    gainers = result.gainers_and_losers()
    return pd.DataFrame({
        t("households", lang): [comparison.type_label(g, lang) for g in gainers["household_type"]],
        t("number", lang): [count(n) for n in gainers["households"]],
        t("gaining", lang): [share(x) for x in gainers["gaining"]],
        t("losing", lang): [share(x) for x in gainers["losing"]],
        t("mean change, yuan a month", lang): [yuan(x, difference=True) for x in gainers["mean_change"]],
        t("mean change, poorest fifth", lang): [yuan(x, difference=True) for x in gainers["poorest_fifth_mean_change"]],
    })


# ---- every scheme at once: what the district's runs say, whatever the model gives ---------------------------------
OVERVIEW_METRICS = ("poverty_rate_after", "dibao_coverage", "take_up")


def every_scheme(lang: str | None = None, **district) -> pd.DataFrame:
    """The district under Dibao (first row) and under each EU scheme carried over both ways, on the same households:
    columns scheme, level (empty for Dibao) and OVERVIEW_METRICS as the mean over the run."""
    lang = lang or language()
    size = {**DISTRICT, **district}
    dibao = simulate(district_scenario("dibao", lang=lang, **size))
    rows = []
    for level in LEVELS:
        for scheme in COUNTRIES:
            figures = key_figures(as_comparison({"dibao": dibao, "scheme": simulate(
                district_scenario(scheme, level, lang, **size))}))
            rows.append({"scheme": scheme, "level": level, **figures.loc[list(OVERVIEW_METRICS), "scheme"]})
    first = {"scheme": "dibao", "level": None, **figures.loc[list(OVERVIEW_METRICS), "dibao"]}
    return pd.DataFrame([first, *rows])


def verdict_lines(frame: pd.DataFrame, lang: str | None = None) -> list[str]:
    """`every_scheme` in sentences: whether any EU scheme brings poverty after assistance below Dibao's and which
    brings it lowest, how many reach more of the entitled households, and where coverage of the poor is lowest."""
    lang = lang or language()
    dibao, eu = frame.iloc[0], frame.iloc[1:]
    runs = len(eu)

    def named(row) -> str:
        return scheme_label(row["scheme"], row["level"], lang)

    lowest = eu.loc[eu["poverty_rate_after"].idxmin()]
    below = int((eu["poverty_rate_after"] < dibao["poverty_rate_after"]).sum())
    if below:
        poverty = t("{count} of the {runs} EU runs bring poverty after assistance below Dibao's {dibao}; the lowest is "
                    "{scheme} ({rate}).", lang, count=below, runs=runs, dibao=share(dibao["poverty_rate_after"]),
                    scheme=named(lowest), rate=share(lowest["poverty_rate_after"]))
    else:
        poverty = t("No EU scheme brings poverty after assistance below Dibao's {dibao} in this district; the lowest "
                    "of them is {scheme} ({rate}).", lang, dibao=share(dibao["poverty_rate_after"]),
                    scheme=named(lowest), rate=share(lowest["poverty_rate_after"]))
    narrowest = eu.loc[eu["dibao_coverage"].idxmin()]
    return [poverty,
            t("{count} of the {runs} EU runs reach more of the entitled households than Dibao (take-up above {dibao}).",
              lang,
              count=int((eu["take_up"] > dibao["take_up"]).sum()), runs=runs, dibao=share(dibao["take_up"])),
            t("Coverage of the poor is lowest under {scheme}: {coverage}, against Dibao's {dibao}.", lang,
              scheme=named(narrowest), coverage=share(narrowest["dibao_coverage"]),
              dibao=share(dibao["dibao_coverage"]))]


def overview_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """`every_scheme` to read: one row per run, its figures as percentages."""
    lang = lang or language()
    return pd.DataFrame({
        t("scheme", lang): [scheme_label(row["scheme"], row["level"], lang) for _, row in frame.iterrows()],
        **{t(figure_label(metric), lang): [share(value) for value in frame[metric]] for metric in OVERVIEW_METRICS},
    })
