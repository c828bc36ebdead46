"""What a run or a comparison leaves on disk: monthly.csv, summary.json and charts; for a comparison also its
headline figures, gainers and losers, and a self-contained HTML report.

Where and how the files are written (staging, then moved into place; never over a file carelab did not write) is
`outputs.writing`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from simulation.model.metric_registry import LAST_YEAR
from simulation.reports import charts, outputs


def summary(monthly: pd.DataFrame) -> dict:
    """The last month, the mean of the last year, and totals over the run."""
    numbers = monthly.drop(columns=["date"])
    return {
        "last_month": numbers.iloc[-1].to_dict(),
        "mean_last_year": numbers.tail(LAST_YEAR).mean().to_dict(),
        "totals": numbers[[c for c in numbers if c.startswith("spending_") or c in
                           ("applications", "approvals", "rejections")]].sum().to_dict(),
    }


def write_run(destination, scenario, monthly: pd.DataFrame, seconds: float, lang: str = "en",
              overwrite: bool = False, inputs: dict | None = None) -> Path:
    with outputs.writing(destination, "run", inputs, overwrite, lang) as folder:
        monthly.to_csv(folder / "monthly.csv", index=False)
        charts.save_all({scenario.name: monthly}, folder, lang)
        record = {"scenario": scenario.model_dump(mode="json"), "seconds": round(seconds, 3), **summary(monthly)}
        (folder / "summary.json").write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    return Path(destination)


def comparison_table(runs: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Mean of the last year of every metric, one column per run, plus each run's difference from the first."""
    means = pd.DataFrame({label: monthly.drop(columns=["date"]).tail(LAST_YEAR).mean()
                          for label, monthly in runs.items()})
    means = means.drop(index="month")
    base = means.columns[0]
    for label in means.columns[1:]:
        means[f"{label} - {base}"] = means[label] - means[base]
    means.index.name = "metric"
    return means


def write_comparison(destination, comparison, scenarios, lang: str = "en", overwrite: bool = False,
                     inputs: dict | None = None) -> Path:
    """Writes a `comparison.Comparison` of `scenarios` (the baseline first): comparison.csv (every metric, mean of
    the last year), headline.csv, gainers_losers.csv, monthly.csv, the charts as PNG, report.html and summary.json."""
    from simulation.reports import comparison as comparison_report

    runs = comparison.monthly
    with outputs.writing(destination, "compare", inputs, overwrite, lang) as folder:
        comparison_table(runs).to_csv(folder / "comparison.csv")
        comparison.headline().to_csv(folder / "headline.csv")
        comparison.gainers_and_losers().to_csv(folder / "gainers_losers.csv", index=False)
        pd.concat([monthly.assign(scenario=label) for label, monthly in runs.items()]).to_csv(
            folder / "monthly.csv", index=False)
        pngs = comparison_report.charts_png(comparison, lang)
        for name, png in pngs.items():
            (folder / f"{name}.png").write_bytes(png)
        (folder / "report.html").write_text(comparison_report.html(comparison, scenarios, pngs, lang), encoding="utf-8")
        record = {"scenarios": [s.model_dump(mode="json") for s in scenarios],
                  "summaries": comparison.summaries(lang),
                  "comparison": comparison_table(runs).to_dict()}
        (folder / "summary.json").write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    return Path(destination)
