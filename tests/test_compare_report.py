"""Comparing reforms household by household: the same households live the same lives under every scenario (common
random numbers), so gainers and losers come from the rules alone; `carelab compare` writes the tables, the charts and
a self-contained HTML report; and bad input gets one clear message with nothing written."""
import html
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from simulation.analysis import comparison, household_types
from simulation.cli import main
from simulation.inputs.errors import InputError
from simulation.inputs.scenarios import validated
from simulation.model.district import DistrictModel

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "scenarios" / "dachuan-2019.yaml"
INTEGRATED = REPO / "scenarios" / "dachuan-2019-integrated.yaml"
GAINERS_COLUMNS = ["scenario", "household_type", "households", "gaining", "losing", "unchanged", "baseline_income",
                   "mean_change", "poorest_fifth_households", "poorest_fifth_mean_change"]
HEADLINE_METRICS = {"poverty_rate_before", "poverty_rate_after", "poverty_gap_before", "poverty_gap_after",
                    "dibao_coverage", "inclusion_error", "exclusion_error", "take_up", "mean_processing_days",
                    "spending_dibao", "spending_extreme_poor", "spending_temporary", "spending_medical",
                    "spending_old_age", "spending_disability", "spending_total", "spending_central", "spending_local"}


def scenario(name: str, parameters: dict | None = None, households: int = 2_000, months: int = 12, **fields):
    return validated({"name": name, "locality": "dachuan", "start": "2019-01-01", "households": households,
                      "months": months, "seed": 4, "parameters": parameters or {}, **fields}, "test")


# ---- the same households under every scenario ----------------------------------------------------------------
def test_a_reform_that_changes_nothing_changes_no_figure_and_no_household():
    result = comparison.run([scenario("Baseline"), scenario("Baseline")])
    assert result.reforms == ["Baseline (2)"]
    pd.testing.assert_frame_equal(result.monthly["Baseline"], result.monthly["Baseline (2)"])
    assert (result.headline()["Baseline (2) - Baseline"].dropna() == 0).all()
    gainers = result.gainers_and_losers()
    assert set(gainers["household_type"]) == {"all", *household_types.TYPES}
    assert (gainers["gaining"] == 0).all() and (gainers["losing"] == 0).all()
    assert (gainers["mean_change"] == 0).all() and (gainers["poorest_fifth_mean_change"].dropna() == 0).all()
    assert (gainers.loc[gainers["households"] > 0, "unchanged"] == 1).all()
    assert "No household's income after assistance changes by more than 1%" in result.summaries()["Baseline (2)"]


def test_households_live_the_same_lives_whatever_the_casework():
    casework = {"casework.integrated_database": True, "casework.online_application": True}
    base, reform = DistrictModel(households=3_000, seed=5), DistrictModel(households=3_000, seed=5, parameters=casework)
    for month in range(1, 19):
        base.step()
        reform.step()
        for column in ("members", "earnings", "pensions", "remittances", "income"):
            np.testing.assert_array_equal(getattr(base.circumstances, column), getattr(reform.circumstances, column),
                                          err_msg=f"{column} in month {month}")
        for column in ("alive", "age", "disability", "employed"):
            np.testing.assert_array_equal(getattr(base.persons, column), getattr(reform.persons, column),
                                          err_msg=f"persons' {column} in month {month}")
    # ... while the casework went differently,
    assert not np.array_equal(base.caseload.receives, reform.caseload.receives)
    # (the integrated database saves 2.5 working days a case; queues blur it a little. Measured on its own: online
    # applications bring more cases to the same staff, and their queue can take back the whole saving)
    database = DistrictModel(households=3_000, seed=5, parameters={"casework.integrated_database": True}).run(18)
    saving = base.p["casework.days.database_check"] - base.p["casework.days.database_check_integrated"]
    days = {name: run.monthly()["mean_processing_days"].mean()
            for name, run in (("base", base), ("database", database))}
    assert days["database"] < days["base"] - 0.6 * saving
    # and a reform that does change lives is seen to.
    harder = DistrictModel(households=3_000, seed=5, parameters={"dynamics.job_loss_rate": 0.05}).run(18)
    assert not np.array_equal(base.circumstances.income, harder.circumstances.income)


def test_household_outcomes_add_up_the_months():
    model = DistrictModel(households=1_000, seed=2, keep_history=True).run(6)
    outcomes = model.household_outcomes()
    dibao = sum(record.payments.dibao for record in model.history.values()) / 6
    regular = sum(record.payments.regular_cash for record in model.history.values()) / 6
    np.testing.assert_allclose(outcomes["paid_dibao"], dibao)
    np.testing.assert_allclose(outcomes["regular_assistance"], regular)
    np.testing.assert_allclose(outcomes["income_after_assistance"], outcomes["own_income"] + regular)
    assert (outcomes["all_assistance"] >= outcomes["regular_assistance"]).all()
    # Types are taken at the start: "elderly" means every member was 60 or over.
    start = DistrictModel(households=1_000, seed=2)
    by_household = pd.DataFrame({"household": start.persons.household, "age": start.persons.age})
    all_old = by_household.groupby("household")["age"].min() >= 60
    assert (outcomes["elderly"] == all_old.reindex(range(1_000), fill_value=False)).all()
    assert (outcomes["migrant"] == ~start.households.local_hukou).all()
    assert (outcomes["recipients"] == start.caseload.assisted).all()


def test_a_higher_dibao_standard_makes_gainers_and_no_losers_among_recipients():
    # With caseworkers to spare no case waits, so a review is never put off into a month whose circumstances differ.
    ample = {"casework.caseworkers_per_10k_households": 60}
    higher = {**ample, "dibao.standard.urban": 600, "dibao.standard.rural": 400}  # from 520 and 330
    base = DistrictModel(households=4_000, seed=6, parameters=ample)
    reform = DistrictModel(households=4_000, seed=6, parameters=higher)
    kept = base.caseload.assisted.copy()  # recipients at the start that the baseline keeps assisted all year
    for _ in range(12):
        base.step()
        reform.step()
        kept &= base.caseload.assisted
    result = comparison.Comparison(
        monthly={"Baseline": base.monthly(), "Higher standard": reform.monthly()},
        outcomes={"Baseline": base.household_outcomes(), "Higher standard": reform.household_outcomes()},
        rules={"Baseline": ample, "Higher standard": higher})
    change = result.outcomes["Higher standard"][comparison.INCOME] - result.outcomes["Baseline"][comparison.INCOME]
    # Each of them passes every review the baseline passes (same means-test error, higher standard) and is paid the
    # gap to a higher standard: at least the smaller rise, 70 yuan a month.
    assert kept.sum() > 80
    assert (change[kept] >= 70 - 1e-9).all()
    # Of all recipients at the start, hardly any lose: only a household that the baseline drops at a review and
    # that later applies anew and is granted more, while the reform kept it on its smaller benefit until the next.
    gainers = result.gainers_and_losers().set_index("household_type")
    recipients, everyone = gainers.loc["recipients"], gainers.loc["all"]
    assert recipients["losing"] < 0.01 and recipients["gaining"] > 0.9
    # Newly eligible households gain too (at least a quarter as many again as the recipients: fewer than the poor
    # alone would give, as the appraisal keeps out those with a member who can work), and on average every household
    # gains, the poorest most.
    newly = everyone["gaining"] * everyone["households"] - recipients["gaining"] * recipients["households"]
    assert newly > 0.25 * recipients["households"], newly
    assert everyone["mean_change"] > 0 and everyone["poorest_fifth_mean_change"] > everyone["mean_change"]
    run = result.headline().xs("run", level="period")
    assert run.at["spending_dibao", "Higher standard"] > 1.2 * run.at["spending_dibao", "Baseline"]
    # Poverty is measured against each scenario's own standard, so the higher line counts more people poor.
    assert run.at["poverty_rate_before", "Higher standard"] > run.at["poverty_rate_before", "Baseline"]
    summary = result.summaries()["Higher standard"]
    assert "Higher standard: poverty after assistance" in summary and "times as much as in the baseline" in summary
    assert "Its Dibao standard differs from the baseline's" in summary


# ---- carelab compare's files ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare")
    reform = folder / "higher.yaml"
    reform.write_text("name: Higher standard <& more>\nlocality: dachuan\nstart: 2019-01-01\nparameters:\n"
                      "  dibao.standard.urban: 600\n  dibao.standard.rural: 400\n", encoding="utf-8")
    out = folder / "cmp"
    assert main(["compare", str(BASELINE), str(INTEGRATED), str(reform), "--households", "1500", "--months", "6",
                 "--out", str(out)]) == 0
    names = ["Dachuan 2019 baseline", "Dachuan 2019, integrated database and online applications",
             "Higher standard <& more>"]
    return out, names


def test_the_report_is_self_contained_and_names_every_scenario(compared):
    out, names = compared
    page = (out / "report.html").read_text(encoding="utf-8")
    for name in names:
        assert html.escape(name) in page
    links = re.findall(r"""\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", page, flags=re.IGNORECASE)
    assert links and all(link.startswith("data:image/png;base64,") for link in links)
    assert not re.search(r"<script|<link|@import|url\(", page, flags=re.IGNORECASE)
    charts = sorted(path.stem for path in out.glob("*.png"))
    assert {"headline", "spending_split", "gainers_losers", "change_by_type", "poverty"} <= set(charts)
    assert page.count("<img ") == len(charts)
    assert page.count("poverty after assistance") >= len(names) - 1  # a summary per reform


def test_the_csv_files_have_their_columns(compared):
    out, (base, *reforms) = compared
    gainers = pd.read_csv(out / "gainers_losers.csv")
    assert list(gainers.columns) == GAINERS_COLUMNS
    assert set(gainers["scenario"]) == set(reforms)
    assert set(gainers["household_type"]) == {"all", *household_types.TYPES}
    headline = pd.read_csv(out / "headline.csv", index_col=["metric", "period"])
    assert list(headline.columns) == [base, *reforms, *(f"{reform} - {base}" for reform in reforms)]
    assert HEADLINE_METRICS <= set(headline.index.get_level_values("metric"))
    assert set(headline.index.get_level_values("period")) == {"run", "final"}
    monthly = pd.read_csv(out / "monthly.csv")
    ours = monthly[monthly["scenario"] == base]
    assert headline.loc[("poverty_rate_after", "run"), base] == pytest.approx(ours["poverty_rate_after"].mean())
    assert headline.loc[("spending_local", "final"), base] == pytest.approx(ours["spending_local"].iloc[-1])
    comparison_csv = pd.read_csv(out / "comparison.csv", index_col="metric")
    assert len(comparison_csv.columns) == 2 * len(reforms) + 1


def test_the_report_speaks_chinese(tmp_path):
    out = tmp_path / "cmp"
    assert main(["compare", str(BASELINE), str(INTEGRATED), "--households", "500", "--months", "3", "--out", str(out),
                 "--lang", "zh"]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in page and "四川省达州市达川区" in page


def test_hostile_scenario_names_are_escaped_and_not_evaluated(tmp_path):
    """A scenario's name and description reach the page as text: no markup, and nothing a template would run."""
    hostile = ["<script>alert(1)</script>", "{{ 7*7 }}"]
    reforms = []
    for number, name in enumerate(hostile):
        path = tmp_path / f"reform{number}.yaml"
        reform = {"name": name, "description": name + " {% for x in range(3) %}x{% endfor %}", "locality": "dachuan",
                  "start": "2019-01-01", "parameters": {"dibao.standard.urban": 560 + 20 * number}}
        path.write_text(yaml.safe_dump(reform), encoding="utf-8")
        reforms.append(str(path))
    out = tmp_path / "cmp"
    assert main(["compare", str(BASELINE), *reforms, "--households", "300", "--months", "2", "--out", str(out)]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>" in page
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in page  # the table of scenarios
    assert "<h3>{{ 7*7 }}</h3>" in page and "<h3>49</h3>" not in page
    assert '<p class="description">{{ 7*7 }} {% for x in range(3) %}x{% endfor %}</p>' in page


# ---- bad input ---------------------------------------------------------------------------------------------------
REFORM = "name: reform\nlocality: dachuan\nstart: 2019-01-01\n"
BAD = {
    "only a baseline": (None, "SCENARIO"),
    "a missing file": ("missing", "scenario file"),
    "malformed YAML": ("name: reform\nlocality: [dachuan\n", "YAML"),
    "an unknown field": (REFORM + "colour: red\n", "colour"),
    "another locality": ("name: reform\nlocality: national\nstart: 2019-01-01\n", "locality"),
    "another start date": ("name: reform\nlocality: dachuan\nstart: 2020-01-01\n", "start"),
    "another population": (REFORM + "parameters:\n  population.urban_share: 0.6\n", "population.urban_share"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_gets_one_clear_message_and_writes_nothing(tmp_path, capsys, case):
    text, field = BAD[case]
    reform = tmp_path / "reform.yaml"
    if text not in (None, "missing"):
        reform.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    argv = ["compare", str(BASELINE), *([] if text is None else [str(reform)]), "--households", "300", "--months", "2",
            "--out", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert field in err and "not allowed" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ([] if text in (None, "missing") else ["reform.yaml"])


def test_a_reform_may_change_what_households_know_but_not_who_they_are():
    base = scenario("Baseline")
    campaign = scenario("Information campaign", {"application.awareness": 0.95, "casework.centres": 60})
    comparison.check_comparable([base, campaign], ["base.yaml", "campaign.yaml"])  # no error
    with pytest.raises(InputError, match="population.migrant_share"):
        comparison.check_comparable([base, scenario("Elsewhere", {"population.migrant_share": 0.3})],
                                    ["base.yaml", "elsewhere.yaml"])


def test_a_reform_that_changes_some_lives_leaves_the_other_households_lives_alone():
    # Activation finds some recipients work; everyone else must meet the same life events as in the baseline,
    # or chance alone would make gainers and losers all over the district.
    baseline = DistrictModel(households=3_000, seed=4).run(24).household_outcomes()
    activated = DistrictModel(households=3_000, seed=4, parameters={"activation.referral_share": 1.0}).run(24)
    changed = (activated.household_outcomes().own_income - baseline.own_income).abs() > 0.5
    assert 0 < changed.sum() <= baseline.recipients.sum()
    assert changed.mean() < 0.02


def test_the_summary_never_names_one_type_as_both_most_likely_to_gain_and_to_lose():
    # Module 6's Germany at the share of the median (issue 12): recipients topped both the share gaining (15.8%)
    # and the share losing (73.8%), and the summary named them as both most likely to gain and to lose.
    rows = [("all", 4000, 0.050, 0.080), ("elderly", 818, 0.035, 0.194), ("urban", 1423, 0.089, 0.016),
            ("rural", 2577, 0.028, 0.114), ("recipients", 260, 0.158, 0.738)]
    gainers = pd.DataFrame([{"scenario": "Germany", "household_type": kind, "households": n, "gaining": gaining,
                             "losing": losing} for kind, n, gaining, losing in rows])
    headline = pd.DataFrame({"Baseline": [0.10, 230_000.0], "Germany": [0.12, 193_000.0]},
                            index=pd.MultiIndex.from_tuples([("poverty_rate_after", "run"), ("spending_total", "run")],
                                                            names=["metric", "period"]))
    summary = comparison.summaries(headline, gainers, {"Baseline": {}, "Germany": {}})["Germany"]
    assert "Gaining most often, on balance: urban households (8.9% of them gain, 1.6% lose)." in summary
    assert ("Losing most often, on balance: households receiving Dibao or extreme-poor support at the start "
            "(73.8% of them lose, 15.8% gain).") in summary
    # A type that gains more often than it loses is never named as losing, and the reverse.
    only_gaining = gainers.assign(losing=0.0)
    summary = comparison.summaries(headline, only_gaining, {"Baseline": {}, "Germany": {}})["Germany"]
    assert "Gaining most often" in summary and "Losing most often" not in summary
