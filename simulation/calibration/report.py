"""The validation report: the simulated district's figures against the official ones, year by year, with the
training years (those the calibration fits) apart from the test years (never read by the calibration, so their
errors are out of sample).

`write_validation` writes validation.csv (one row per figure, area and year) and report.html (a chart per figure
and area, official against simulated with the training years shaded and the seeds' range as a band, and a table
of every row), into an output folder as every carelab command does (`reports.outputs`).
"""
from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import pandas as pd
from markupsafe import Markup
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from simulation.calibration import acceptance
from simulation.calibration.official import BASE_YEAR, FIGURES, TRAINING_YEARS
from simulation.i18n import marked, t
from simulation.i18n.numbers import MISSING, number, years
from simulation.reports import charts, outputs, pages

COLUMNS = ["figure", "area", "year", "split", "official", "simulated", "error", "error_pct"]
BAND = ("simulated_low", "simulated_high")  # optional: the lowest and highest value across seeds
TRAIN, TEST = "train", "test"
TRAINING_GID = "training-years"  # the shaded span's id on a chart
TITLES = {
    "dibao_persons_index": marked("Persons on Dibao, 2012 = 100"),
    "urban_share_of_dibao_persons": marked("Urban share of persons on Dibao"),
    "persons_per_dibao_household": marked("Persons per Dibao household"),
    "average_dibao_per_person": marked("Average Dibao paid per person"),
    "extreme_poor_to_dibao_persons": marked("Rural extreme-poor persons per 100 rural persons on Dibao"),
    "dibao_spending_urban_to_rural": marked("Dibao spending, urban to rural"),
    "dibao_quarterly_exit": marked("Persons leaving Dibao in a quarter"),
    "dibao_persons_per_100_residents": marked("Persons on Dibao per 100 residents"),
    "share_aged_60_or_over": marked("Residents aged 60 or over"),
    "share_aged_under_15": marked("Residents under 15"),
    "persons_per_household": marked("Persons per household"),
    "elderly_share_of_dibao_persons": marked("Persons on Dibao aged 60 or over"),
}
AREAS = {"urban": marked("urban"), "rural": marked("rural"), "all": marked("urban and rural")}
SPLITS = {TRAIN: marked("training"), TEST: marked("test")}


def write_validation(table: pd.DataFrame, out_dir, lang: str = "en", overwrite: bool = False,
                     inputs: dict | None = None, fitted: set[str] | None = None) -> Path:
    """Writes out_dir/validation.csv (`COLUMNS` first, then any extra columns of `table`) and out_dir/report.html.
    `error` is simulated - official; `error_pct` is the same in percent of the official figure. `fitted`: the
    figures the calibration fits, if known, so that the page says of each whether it was fitted."""
    missing = [column for column in COLUMNS if column not in table]
    if missing:
        raise ValueError(f"the validation table lacks the columns {missing}")
    table = table[COLUMNS + [c for c in table if c not in COLUMNS]]
    with outputs.writing(out_dir, "validate", inputs, overwrite, lang) as folder:
        table.to_csv(folder / "validation.csv", index=False)
        (folder / "report.html").write_text(html(table, lang, fitted), encoding="utf-8")
    return Path(out_dir)


def html(table: pd.DataFrame, lang: str = "en", fitted: set[str] | None = None) -> str:
    """The whole report as one self-contained page (templates/validation.html), the charts embedded as PNG."""
    training, test = _split_years(table, TRAIN), _split_years(table, TEST)
    judged = acceptance.checks(table)
    sections = []
    for name in _in_order(table["figure"], FIGURES):
        rows = table[table["figure"] == name]
        images = []
        for area in _in_order(rows["area"], AREAS):
            png = charts.png(chart(rows[rows["area"] == area], name, area, training, lang))
            images.append({"alt": f"{_title(name, lang)}: {_area(area, lang)}",
                           "data": base64.b64encode(png).decode("ascii")})
        sections.append({"title": _title(name, lang), "name": name,
                         "unit": t(FIGURES[name], lang) if name in FIGURES else "", "images": images,
                         "fitted": None if fitted is None else _fitted_note(name in fitted, lang)})
    words = {
        "intro": [
            t("Each figure below is computed twice: from the official statistics in datasets/ (each row with its "
              "sources) and from the simulated district, run year by year.", lang),
            t("Training years ({training}) are the years whose official figures the calibration fits the model's "
              "assumptions to. Test years ({test}) are never read by the calibration: their errors show how well "
              "the model predicts years it was not fitted to.", lang, training=years(TRAINING_YEARS),
              # the window calibrate uses, whichever years are shown; the test years shown, or those to come
              test=years(test) if test else f"{max(TRAINING_YEARS) + 1}–"),
            t("Error is simulated minus official; error % is the error as a percentage of the official figure. "
              "Where several seeds were run, the band on a chart is the range of their results.", lang),
        ],
        "bounds": _bounds_note(judged, lang),
        "shaded": t("Shaded: the training years {training}.", lang, training=years(training)),
        "table": t("Every figure", lang),
        "files_note": t("The same rows are in validation.csv.", lang),
    }
    return pages.render("validation.html", lang, title=t("Validation: the simulated district against the official "
                                                         "figures", lang),
                        words=words, sections=sections, table=_table(table, judged, lang), shaded_class=TRAINING_GID)


def _bounds_note(judged: pd.DataFrame, lang: str) -> str | None:
    """What the test years are held to, and how many of the figures shown hold it; nothing if none is shown."""
    if judged.empty:
        return None
    bounds = []
    for name, (kind, limit) in acceptance.BOUNDS.items():
        within = (t("within {limit} points", lang, limit=limit) if kind == "points"
                  else t("within {limit}%", lang, limit=limit))
        if name == "dibao_persons_index":
            within = t("{within}, and moved the same way since {year}", lang, within=within, year=BASE_YEAR)
        bounds.append(_title(name, lang) + ("：" if lang == "zh" else ": ") + within)
    return t("In the test years {years} each of these figures must come close to the official one before the "
             "district is trusted: {bounds}. {held} of the {shown} shown here do (the table's last column).", lang,
             years=years(list(acceptance.CHECKED_YEARS)), bounds=("；" if lang == "zh" else "; ").join(bounds),
             held=int(judged["holds"].sum()), shown=len(judged))


def _fitted_note(fitted: bool, lang: str) -> str:
    # A training year is not a fitted figure: the index, for one, is shown in them but not fitted to.
    if fitted:
        return t("The calibration fits the district to this figure in the training years.", lang)
    return t("The calibration does not fit the district to this figure: in every year, training years too, it shows "
             "how close the district comes without being fitted to it.", lang)


def chart(rows: pd.DataFrame, name: str, area: str, training: list[int], lang: str = "en") -> Figure:
    """Official against simulated by year for one figure and area; the training years shaded, the seeds' range a
    band when the rows have one."""
    rows = rows.sort_values("year")
    figure = Figure(figsize=(7, 3.4), layout="constrained")
    ax = figure.subplots()
    if training:
        span = ax.axvspan(min(training) - 0.5, max(training) + 0.5, color="0.92", zorder=0,
                          label=t("training years", lang))
        span.set_gid(TRAINING_GID)
    if all(column in rows for column in BAND) and rows[list(BAND)].notna().any().all():
        ax.fill_between(rows["year"], rows[BAND[0]], rows[BAND[1]], color="C0", alpha=0.25, linewidth=0,
                        label=t("simulated, range across seeds", lang))
    official = rows.dropna(subset=["official"])
    ax.plot(official["year"], official["official"], "o-", color="0.1", label=t("official", lang))
    simulated = rows.dropna(subset=["simulated"])
    ax.plot(simulated["year"], simulated["simulated"], "s--", color="C0", label=t("simulated", lang))
    ax.set_title(f"{_title(name, lang)}: {_area(area, lang)}")
    ax.set_xlabel(t("year", lang))
    if name in FIGURES:
        ax.set_ylabel(t(FIGURES[name], lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small")
    return figure


# The table comes from pandas, which escapes its cells: the page takes it as it is.
def _table(table: pd.DataFrame, judged: pd.DataFrame, lang: str) -> Markup:
    band = all(column in table for column in BAND)
    frame = pd.DataFrame({
        t("figure", lang): [_title(name, lang) for name in table["figure"]],
        t("area", lang): [_area(area, lang) for area in table["area"]],
        t("year", lang): table["year"].to_numpy(),
        t("training or test", lang): [t(SPLITS.get(split, split), lang) for split in table["split"]],
        t("official", lang): [_number(v) for v in table["official"]],
        t("simulated", lang): [_number(v) for v in table["simulated"]],
    })
    if band:
        frame[t("range across seeds", lang)] = [MISSING if np.isnan(low) else f"{_number(low)} – {_number(high)}"
                                                for low, high in zip(table[BAND[0]], table[BAND[1]])]
    frame[t("error", lang)] = [number(v, 2, difference=True) for v in table["error"]]
    frame[t("error %", lang)] = [number(v, 1, difference=True) for v in table["error_pct"]]
    for column in ("source_id", "status"):
        if column in table:
            frame[t(column.replace("_id", ""), lang)] = table[column].fillna(MISSING).to_numpy()
    if not judged.empty:
        holds = judged["holds"].reindex(table.index)  # missing where the bounds do not judge the row
        frame[t("within bounds", lang)] = ["" if pd.isna(held) else t("yes", lang) if held else t("no", lang)
                                           for held in holds]
    return Markup(frame.to_html(index=False, border=0))


def _number(value: float) -> str:
    return number(value, 2)


def _title(name: str, lang: str) -> str:
    return t(TITLES[name], lang) if name in TITLES else name


def _area(area: str, lang: str) -> str:
    return t(AREAS[area], lang) if area in AREAS else area


def _in_order(values: pd.Series, known) -> list:
    """The values that occur, those of `known` first in its order, then the others as they come."""
    present = list(dict.fromkeys(values))
    return [v for v in known if v in present] + [v for v in present if v not in known]


def _split_years(table: pd.DataFrame, split: str) -> list[int]:
    return sorted(int(year) for year in set(table.loc[table["split"] == split, "year"]))
