"""Figures the module 6 notebook, its assessment and the reform-lab curricula quote from the lab's district (4,000
households, 36 months, seeds 1 to 5), checked against the model as `test_quoted_figures` checks the other modules'."""

import re

import pytest
from quoted import (
    M6_ASSESSMENT,
    M6_DAY,
    M6_NOTEBOOK,
    POLICY_DAY,
    REPO,
    assert_claim,
    assert_near,
    assert_quoted,
)

from simulation.inputs.scenarios import load_scenario, validated
from simulation.workshop.module5.schemes import settings as dachuan_2019
from simulation.workshop.module6 import results, scenarios, seeds
from simulation.workshop.module6.widgets import ReformLab

pytestmark = pytest.mark.slow


# ---- module 6: the lab's district (4,000 households, 36 months) ---------------------------------------------------
@pytest.fixture(scope="module")
def baseline():
    return scenarios.lab_scenario(scenarios.BASELINE_FILE)


@pytest.fixture(scope="module")
def plan_seed_1(baseline):
    """Dachuan's plan (integrated database and online applications) against the baseline, seed 1."""
    return scenarios.compare(baseline, scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[0]))


def online_without_database(baseline):
    """Reform B of the assessment's question 5: online applications with no counter visit, no integrated database."""
    return validated({**baseline.model_dump(), "name": "online applications, no counter visit",
                      "parameters": {**baseline.parameters, "casework.online_application": True,
                                     "casework.no_counter_visit": True}}, "reform B")


@pytest.fixture(scope="module")
def five_reforms(baseline):
    """Question 5's table: reforms A to E against the baseline on seeds 1 to 5, by letter."""
    plan, deadline, activation, higher = scenarios.shipped_reforms()
    reforms = dict(A=plan, B=online_without_database(baseline), C=deadline, D=activation, E=higher)
    figures = seeds.reform_figures(baseline, list(reforms.values()))
    return {letter: figures[figures["reform"] == reform.name].set_index("metric")
            for letter, reform in reforms.items()}


def test_m6_assessment_baseline_file_is_the_shipped_one():
    shipped = load_scenario(scenarios.BASELINE_FILE)
    assert_quoted(M6_ASSESSMENT, f"name: {shipped.name}", f"locality: {shipped.locality}",
                  f"start: {shipped.start.isoformat()}", f"households: {shipped.households}",
                  f"months: {shipped.months}", f"seed: {shipped.seed}",
                  "parameters: {}" if not shipped.parameters else "parameters:")
    # The analyst track's check compares the participant's file with these values, written into it.
    district = [shipped.locality, shipped.start.isoformat(), shipped.households, shipped.months, shipped.seed]
    assert_quoted(M6_ASSESSMENT, f'reform["months"], reform["seed"]] == {district!r}'.replace("'", '"'))


def test_m6_assessment_question_2_and_3_figures_are_the_labs_seed_1(plan_seed_1):
    run = plan_seed_1.headline().xs("run", level="period")
    base, plan = plan_seed_1.baseline, plan_seed_1.reforms[0]
    where = "module 6 assessment, questions 2 and 3 (lab district, seed 1, means over 36 months)"
    quoted = ((base, "9.875%", "10,595", "262,016"), (plan, "9.584%", "10,595", "270,070"))
    for label, rate, persons, spending in quoted:
        monthly = plan_seed_1.monthly[label]
        assert_quoted(M6_ASSESSMENT, rate, persons, spending)
        assert_near(where, f"poverty rate after assistance, {label}", run.at["poverty_rate_after", label] * 100,
                    float(rate.rstrip("%")), 0.0005)
        assert_near(where, f"people, {label}", monthly["persons"].mean(), float(persons.replace(",", "")), 0.5)
        assert_near(where, f"spending, {label}", monthly["spending_total"].mean(), float(spending.replace(",", "")),
                    0.5)
    cost = results.cost_effectiveness(plan_seed_1)
    assert_quoted(M6_ASSESSMENT, "**261 yuan a month**", "每月261元", "30.9 people are lifted out",
                  "8,054 yuan a month")
    assert_near(where, "extra spending per person lifted out", cost["per_person_month"], 261, 0.5)
    # The text works these two out from the table's rounded figures, so they are within one unit of the last digit.
    assert_near(where, "people lifted out", cost["lifted"], 30.9, 0.1)
    assert_near(where, "extra spending, yuan a month", cost["extra_spending"], 8054, 1)
    assert_quoted(POLICY_DAY, "more eligible households applying\n              means more paid out")
    assert_claim(where, "the plan pays out more", cost["extra_spending"] > 0, cost["extra_spending"])


def test_m6_assessment_question_4_differences_are_the_labs_seeds(baseline):
    where = "module 6 assessment, question 4 (poverty after assistance, reform - baseline, points, seeds 1 to 5)"
    quoted = {0: "−0.292 | −0.361 | −0.209 | −0.252 | −0.218", 1: "+0.012 | 0.000 | −0.011 | −0.001 | −0.001"}
    labels = {0: "the plan (integrated database and online applications)", 1: "a decision deadline of 21 working days"}
    for reform in (0, 1):  # Dachuan's plan; the decision deadline (the activation path's interval now leaves out zero)
        assert_quoted(M6_ASSESSMENT, f"| {labels[reform]} | {quoted[reform]} |")
        per_seed = seeds.seed_runs(baseline, scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[reform]))
        differences = per_seed[per_seed["run"] == "difference"]["poverty_rate_after"] * 100
        for value, text in zip(differences, quoted[reform].split(" | ")):
            assert_near(where, scenarios.SHIPPED_REFORMS[reform].name, value, float(text.replace("−", "-")), 0.0005)


# Question 5's table as the assessment quotes it (the English rows; the Chinese rows must give the same numbers):
# per reform, the mean change and its 95% interval of each figure, then the cost per person lifted out.
QUESTION_5 = {
    "A": "| −0.27 pp (−0.34 to −0.19) | −3.7 pp (−4.2 to −3.3) | +0.1 pp (−0.8 to +1.0) | −1.7 (−2.7 to −0.8) | "
         "+7,611 (+5,578 to +9,645) | 28 (20 to 36) | 269 |",
    "B": "| −0.22 pp (−0.27 to −0.17) | −4.3 pp (−4.9 to −3.6) | +0.7 pp (+0.4 to +0.9) | +5.0 (−0.2 to +10.3) | "
         "+11,457 (+9,538 to +13,375) | 24 (18 to 29) | 484 |",
    "C": "| −0.00 pp (−0.01 to +0.01) | −0.0 pp (−0.1 to +0.1) | −0.0 pp (−0.1 to +0.1) | −0.3 (−0.5 to +0.0) | "
         "−119 (−953 to +715) | 0 (−1 to 1) | – |",
    "D": "| −0.04 pp (−0.06 to −0.02) | +0.1 pp (+0.0 to +0.2) | +0.3 pp (+0.1 to +0.4) | 0.0 (0.0 to 0.0) | "
         "−333 (−548 to −117) | 4 (2 to 7) | −78 |",
    "E": "| +3.90 pp (+3.68 to +4.13) | +3.4 pp (+2.5 to +4.3) | −0.1 pp (−0.9 to +0.8) | +14.1 (+6.3 to +21.8) | "
         "+102,929 (+99,206 to +106,652) | 66 (52 to 80) | 1,563 |",
}
# The table's columns after the reform's name; shares are quoted in percentage points.
COLUMNS = ("poverty_rate_after", "exclusion_error", "inclusion_error", "mean_processing_days", "spending_total",
           "lifted")
NUMBER = re.compile(r"[−+-]?\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> list[str]:
    return NUMBER.findall(text)


def as_float(text: str) -> float:
    return float(text.replace("−", "-").replace(",", ""))


def last_digit(text: str) -> float:
    """One unit of the last digit quoted: the tolerance of a figure quoted to that precision."""
    return 10.0 ** -len(text.split(".")[1]) if "." in text else 1.0


@pytest.mark.parametrize("letter", QUESTION_5)
def test_m6_assessment_question_5_table_is_the_labs_five_seeds(five_reforms, letter):
    row = QUESTION_5[letter]
    assert_quoted(M6_ASSESSMENT, row)
    chinese = next(line for line in (REPO / M6_ASSESSMENT).read_text(encoding="utf-8").splitlines()
                   if line.startswith(f"# | {letter}. ") and re.search(r"[\u4e00-\u9fff]", line))
    cells = [cell for cell in chinese.split("|")[2:] if cell.strip()]
    assert numbers(" ".join(cells)) == numbers(row), f"question 5, reform {letter}: the Chinese row differs: {chinese}"
    table, where = five_reforms[letter], f"module 6 assessment, question 5, reform {letter} (seeds 1 to 5)"
    quoted_cells = [cell for cell in row.split("|") if cell.strip()]
    for metric, cell in zip(COLUMNS, quoted_cells):
        if metric == "lifted":  # people lifted out: fewer people below the locality's own standard
            figures = table.loc[seeds.POOR_PEOPLE]
            now = (-figures["mean"], -figures["ci_high"], -figures["ci_low"])
        else:
            figures = table.loc[metric]
            scale = 100 if metric in ("poverty_rate_after", "exclusion_error", "inclusion_error") else 1
            now = (figures["mean"] * scale, figures["ci_low"] * scale, figures["ci_high"] * scale)
        for part, value, text in zip(("mean", "low", "high"), now, numbers(cell)):
            assert_near(where, f"{metric} ({part})", value, as_float(text), last_digit(text) + 1e-9)
    lifted, spending = table.loc[seeds.POOR_PEOPLE], table.loc["spending_total"]
    per_person = spending["mean"] / -lifted["mean"] if lifted["ci_high"] < 0 else None
    cost = quoted_cells[len(COLUMNS)].strip()
    if cost == "–":
        assert_claim(where, "no cost per person lifted out (a dash)", per_person is None, per_person)
    else:
        assert per_person is not None, f"{where}: the seeds no longer show people lifted out; the text gives a cost"
        assert_near(where, "yuan a month per person lifted out", per_person, as_float(cost), 0.5)


def test_m6_assessment_model_answer_reads_the_table_as_the_model_does(five_reforms):
    # The model answer repeats reform A's figures of the table (checked above against the model) and reads the table.
    poverty, exclusion, inclusion, days, spending = (numbers(cell) for cell in QUESTION_5["A"].split("|")[1:6])
    positive = [text.lstrip("−") for text in poverty]
    assert_quoted(M6_ASSESSMENT, f"by {positive[0]} points ({positive[2]} to {positive[1]})",
                  f"exclusion error by {exclusion[0].lstrip('−')} points",
                  f"下降{positive[0]}个百分点（{positive[2]}到{positive[1]}）",
                  f"漏保率下降{exclusion[0].lstrip('−')}个百分点", f"some {numbers(QUESTION_5['A'])[-1]} yuan a month",
                  f"每让一人脱贫每月约{numbers(QUESTION_5['A'])[-1]}元")
    assert_claim("module 6 model answer", "A cuts the exclusion error",
                 five_reforms["A"].at["exclusion_error", "ci_high"] < 0, five_reforms["A"].loc["exclusion_error"])
    assert_quoted(M6_ASSESSMENT, "unlike B, does not\n#    clearly pay more people by mistake "
                  f"(inclusion error {inclusion[0]} points, {inclusion[1]} to {inclusion[2]}: within the noise)",
                  f"与B不同，没有明显让错保增加（错保率{inclusion[0]}个百分点，{inclusion[1]}到{inclusion[2]}，在随机波动之内）")
    a_inclusion = five_reforms["A"].loc["inclusion_error"]
    assert_claim("module 6 model answer", "A's change in the inclusion error is within the noise",
                 a_inclusion["ci_low"] < 0 < a_inclusion["ci_high"], a_inclusion)
    sooner, most, least = days[0].lstrip("−"), days[1].lstrip("−"), days[2].lstrip("−")
    assert_quoted(M6_ASSESSMENT, f"decisions come {sooner} working days sooner on average, more than the noise (from "
                  f"{least} to {most} days sooner)",
                  f"作出决定的时间平均提前{sooner}个工作日，大于随机波动（提前{least}到{most}天）",
                  "(fewer eligible people missed, decisions a little sooner)", "（漏保更少，决定也稍快）")
    a_days = five_reforms["A"].loc["mean_processing_days"]
    assert_claim("module 6 model answer", "A's decisions come sooner, by more than the noise (sooner at both ends)",
                 a_days["ci_high"] < 0, a_days)
    assert_quoted(M6_ASSESSMENT, "About 7,600 yuan a month more", "每月多花约7,600元")
    assert_near("module 6 model answer", "'About 7,600 yuan a month more'", as_float(spending[0]), 7600, 100)
    assert_quoted(M6_ASSESSMENT, "A, B and D all lower poverty by more than the noise; C's change is within the noise",
                  "A、B、D三项都使贫困下降，且大于随机波动；C的变化在随机波动之内")
    clearly_lower = sorted(letter for letter, table in five_reforms.items()
                           if table.at["poverty_rate_after", "ci_high"] < 0)
    assert_claim("module 6 model answer", "A, B and D lower poverty by more than the noise, C does not",
                 clearly_lower == ["A", "B", "D"], clearly_lower)
    b_points, d_points = numbers(QUESTION_5["B"])[0].lstrip("−"), numbers(QUESTION_5["D"])[0].lstrip("−")
    assert_quoted(M6_ASSESSMENT, f"B lowers it a little\n#    less than A on average ({b_points} points), but their "
                  "intervals overlap, so these seeds cannot tell A and B apart\n#    on poverty; D does far less "
                  f"({d_points} points)",
                  f"B平均比A降得略少（{b_points}个百分点），但两者的区间相互重叠，所以这些随机种子分不出A和B哪一项使贫困下降得更多；"
                  f"D降得少得多（{d_points}个百分点）")
    a_poverty, b_poverty = (five_reforms[letter].loc["poverty_rate_after"] for letter in "AB")
    # "a little less than A on average, but the seeds cannot tell them apart": B's mean fall is the smaller, and each
    # mean lies inside the other's 95% interval
    assert_claim("module 6 model answer", "B lowers poverty a little less than A on average, within each other's noise",
                 a_poverty["mean"] < b_poverty["mean"]
                 and a_poverty["ci_low"] < b_poverty["mean"] < a_poverty["ci_high"]
                 and b_poverty["ci_low"] < a_poverty["mean"] < b_poverty["ci_high"],
                 (a_poverty, b_poverty))
    d_poverty = five_reforms["D"].loc["poverty_rate_after"]
    assert_claim("module 6 model answer", "D lowers poverty far less than A (less than half as much)",
                 d_poverty["mean"] > a_poverty["mean"] / 2, (a_poverty, d_poverty))
    assert_quoted(M6_ASSESSMENT, "B reaches slightly more of the eligible", "B覆盖的符合条件者略多")
    a_exclusion, b_exclusion = (five_reforms[letter].loc["exclusion_error"] for letter in "AB")
    assert_claim("module 6 model answer", "B reaches slightly more of the eligible (a larger fall in exclusion error)",
                 b_exclusion["mean"] < a_exclusion["mean"], (a_exclusion, b_exclusion))
    b_days_quoted = [text.lstrip("+−") for text in numbers(QUESTION_5["B"])[9:12]]
    assert_quoted(M6_ASSESSMENT, "it pays more people by mistake,\n#    its decisions may take longer "
                  f"({b_days_quoted[0]} working days on average, but from {b_days_quoted[1]} days sooner to "
                  f"{b_days_quoted[2]} days later:\n#    within the noise), and it costs about 50% more than A",
                  f"错发的反而增多，审批时间也可能更长（平均多{b_days_quoted[0]}个工作日，但从提前{b_days_quoted[1]}天到推迟"
                  f"{b_days_quoted[2]}天，在随机波动之内），花费比A多约50%")
    assert_claim("module 6 model answer", "B pays more people by mistake (its inclusion error rises)",
                 five_reforms["B"].at["inclusion_error", "ci_low"] > 0, five_reforms["B"].loc["inclusion_error"])
    b_days = five_reforms["B"].loc["mean_processing_days"]
    assert_claim("module 6 model answer", "B's decisions take longer on average, within the noise (sooner to later)",
                 b_days["mean"] > 0 and b_days["ci_low"] < 0 < b_days["ci_high"], b_days)
    ratio = five_reforms["B"].at["spending_total", "mean"] / five_reforms["A"].at["spending_total", "mean"]
    assert_claim("module 6 model answer", "B costs about 50% more than A (between 1.4 and 1.6 times)",
                 1.4 < ratio < 1.6, ratio)
    assert_quoted(M6_ASSESSMENT, "does little for\n#    poverty but saves money", "D's figure is negative because it\n"
                  "#    lifts a few people out (4, from 2 to 7) while spending less", "让少数人脱贫（4人，2到7人）")
    assert_claim("module 6 model answer", "D saves money", five_reforms["D"].at["spending_total", "ci_high"] < 0,
                 five_reforms["D"].loc["spending_total"])
    assert numbers(QUESTION_5["D"])[-4:-1] == ["4", "2", "7"], "the model answer quotes D's people lifted out"
    assert_quoted(M6_ASSESSMENT, "yet against E's own, higher standard poverty\n#    after assistance rises")
    assert_claim("module 6 model answer", "E raises poverty after assistance on its own standard",
                 five_reforms["E"].at["poverty_rate_after", "ci_low"] > 0, five_reforms["E"].loc["poverty_rate_after"])


def test_m6_assessment_model_answer_quotes_the_means_test_errors():
    assert_quoted(M6_ASSESSMENT, "error falls from 0.30 to\n#    0.12 log points", "误差从0.30降到0.12个对数点")
    p = dachuan_2019()
    assert (p["casework.income_error"], p["casework.income_error_integrated"]) == (0.30, 0.12), (
        "module 6 model answer: the means test's error is no longer 0.30, and 0.12 with an integrated database: "
        f"{p['casework.income_error']}, {p['casework.income_error_integrated']}")


@pytest.fixture(scope="module")
def lab():
    lab = ReformLab(lang="en")
    lab.set(standard_change=10)
    lab.run()
    return lab


def test_raising_the_standard_by_10_percent_raises_poverty_after_assistance(lab):
    assert_quoted(M6_NOTEBOOK, "Poverty **after** assistance goes **up**", "救助**后**的贫困反而**上升**了")
    assert_quoted(POLICY_DAY, "so the room sees why poverty\n              after assistance then rises")
    assert_quoted(M6_DAY, "raising the\n              standard raises measured poverty")
    run = lab.result.headline().xs("run", level="period")
    base, reform = lab.result.baseline, lab.result.reforms[0]
    change = run.at["poverty_rate_after", reform] - run.at["poverty_rate_after", base]
    assert_claim("module 6, try 1 (standard +10%, lab district, seed 1)", "poverty after assistance rises", change > 0,
                 change)
    lifted = lab.cost_effectiveness()["lifted"]
    assert_claim("module 6, try 1", "on the locality's own standard the reform lifts people out", lifted > 0, lifted)


@pytest.fixture(scope="module")
def shipped_gainers(baseline):
    return {reform.name: scenarios.compare(baseline, reform).gainers_and_losers().set_index("household_type")
            for reform in scenarios.shipped_reforms()}


def test_migrant_households_gain_far_less_often_than_others(shipped_gainers):
    assert_quoted(M6_NOTEBOOK, "migrant households gain far less often than others from these reforms, and from most "
                  "of them not at\n# all",
                  "流动人口家庭从这些改革中受益的比例远低于其他家庭，大多数改革根本没有让他们受益")
    assert_quoted(M6_DAY, "why migrant households gain far less often than others, and from most reforms not at all",
                  "为什么流动人口家庭受益的比例远低于其他家庭，大多数改革根本没有让他们受益")
    shares = {name: (gainers.at["migrant", "gaining"], gainers.at["all", "gaining"])
              for name, gainers in shipped_gainers.items()}
    for name, (migrant, everyone) in shares.items():
        # "far less often": at most half the share of all households that gain
        assert_claim(f"module 6, {name}", "migrant households gain far less often than others",
                     migrant <= everyone / 2, f"migrant {migrant:.1%}, all {everyone:.1%}")
    untouched = [name for name, (migrant, _) in shares.items() if migrant == 0]
    assert_claim("module 6, the shipped reforms", "from most reforms no migrant household gains",
                 len(untouched) > len(shares) / 2, {name: f"{m:.1%}" for name, (m, _) in shares.items()})


def test_households_on_dibao_at_the_start_lose_most_often_under_the_plan(shipped_gainers):
    assert_quoted(M6_NOTEBOOK, "households receiving Dibao at the start lose most often under an integrated",
                  "一开始就在领取低保的家庭最常受损")
    gainers = shipped_gainers[scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[0]).name]
    most = gainers.drop(index="all")["losing"].idxmax()
    assert_claim("module 6, section 6 (Dachuan's plan)", "recipients at the start lose most often",
                 most == "recipients", gainers["losing"].round(3).to_dict())


def test_the_interval_of_the_difference_is_narrower_than_the_baselines_spread(baseline):
    assert_quoted(M6_NOTEBOOK, "how much narrower the interval of the difference is than the spread",
                  "差值的区间比基线自身数值在各县区之间的差别窄得多")
    assert_quoted(M6_DAY, "yet each\n              district's line slopes the same way")
    per_seed = seeds.seed_runs(baseline, scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[0]))
    rows = seeds.intervals(per_seed).set_index(["run", "metric"])
    difference = rows.loc[("difference", "poverty_rate_after")]
    base = per_seed.loc[per_seed["run"] == "baseline", "poverty_rate_after"]
    width, spread = difference["ci_high"] - difference["ci_low"], base.max() - base.min()
    assert_claim("module 6, section 4 (Dachuan's plan, seeds 1 to 5)", "the interval is narrower than the spread",
                 width < spread / 2, f"interval {width:.4f}, spread {spread:.4f}")
    slopes = per_seed.loc[per_seed["run"] == "difference", "poverty_rate_after"]
    assert_claim("reform lab day, section 4", "every district's line slopes the same way",
                 (slopes < 0).all() or (slopes > 0).all(), slopes.tolist())


def test_poverty_before_assistance_is_the_same_line_in_both_runs_but_a_hair(plan_seed_1):
    assert_quoted(M6_NOTEBOOK, "poverty **before** assistance is the same line in both runs")
    before = [plan_seed_1.monthly[label]["poverty_rate_before"] for label in (plan_seed_1.baseline,
                                                                              plan_seed_1.reforms[0])]
    gap = float((before[0] - before[1]).abs().max())
    assert_claim("module 6, section 1", "poverty before assistance moves a hair at most (0.1 point)", gap <= 0.001, gap)
