"""Figures the module 6 notebook, its assessment and the reform-lab curricula quote from the lab's district (4,000
households, 36 months, seeds 1 to 5), checked against the model as `test_quoted_figures` checks the other modules'."""

import re
import statistics

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
    quoted = ((base, "9.187%", "10,673", "265,266"), (plan, "8.972%", "10,673", "273,856"))
    for label, rate, persons, spending in quoted:
        monthly = plan_seed_1.monthly[label]
        assert_quoted(M6_ASSESSMENT, rate, persons, spending)
        assert_near(where, f"poverty rate after assistance, {label}", run.at["poverty_rate_after", label] * 100,
                    float(rate.rstrip("%")), 0.0005)
        assert_near(where, f"people, {label}", monthly["persons"].mean(), float(persons.replace(",", "")), 0.5)
        assert_near(where, f"spending, {label}", monthly["spending_total"].mean(), float(spending.replace(",", "")),
                    0.5)
    cost = results.cost_effectiveness(plan_seed_1)
    assert_quoted(M6_ASSESSMENT, "gives **376 yuan a month**", "得出的是**每月376元**", "22.9 people are lifted out",
                  "8,590 yuan a month")
    # The model counts the people below the standard month by month (the mean of rate x people over the months).
    assert_near(where, "extra spending per person lifted out", cost["per_person_month"], 376, 0.5)
    # The text works these two out from the table's rounded figures, so they are within one unit of the last digit.
    assert_near(where, "people lifted out", cost["lifted"], 22.9, 0.1)
    assert_near(where, "extra spending, yuan a month", cost["extra_spending"], 8590, 1)
    # The text's chain rounds the people below the standard to one decimal (980.5 - 957.6 = 22.9, and 8,590 / 22.9 =
    # 375, a yuan below the model's 376); without rounding on the way the table's figures give 374.3, what the
    # participant's function returns and the check cells expect. The text says the three differ by a yuan or two.
    shares = [round(as_float(rate.rstrip("%")) / 100, 5) for _, rate, _, _ in quoted]  # 0.09187 and 0.08972
    people, extra = as_float(quoted[0][2]), as_float(quoted[1][3]) - as_float(quoted[0][3])
    below = [round(share * people, 1) for share in shares]
    assert_quoted(M6_ASSESSMENT, f"{shares[0]} × {people:,.0f} = {below[0]:,.1f}",
                  f"{shares[1]} × {people:,.0f} =\n# {below[1]:,.1f}", f"{shares[1]} × {people:,.0f} = {below[1]:,.1f}",
                  "8,590 ÷ 22.9 = 375 yuan a month", "8,590 ÷ 22.9 = 375，即每让一人脱贫每月375元",
                  "8,590 ÷ 22.95\n# gives 374.3", "8,590 ÷ 22.95 得 374.3",
                  "the rounding moves the figure by a yuan or two, no more", "取整只会让结果相差一两元")
    assert_near(where, "the text's people lifted out", below[0] - below[1], 22.9, 1e-9)
    assert_near(where, "the text's yuan a month per person lifted out", extra / 22.9, 375, 0.5)
    unrounded = extra / ((shares[0] - shares[1]) * people)
    assert_near(where, "the table's yuan a month per person lifted out, unrounded", unrounded, 374.3, 0.05)
    assert_near(where, "the table's people lifted out, unrounded ('22.95')", (shares[0] - shares[1]) * people, 22.95,
                0.005)
    spread = max(extra / 22.9, unrounded, cost["per_person_month"]) - min(extra / 22.9, unrounded,
                                                                          cost["per_person_month"])
    assert_claim(where, "the rounding moves the figure by a yuan or two, no more", spread <= 2, spread)
    assert_quoted(POLICY_DAY, "more eligible households applying\n              means more paid out")
    assert_claim(where, "the plan pays out more", cost["extra_spending"] > 0, cost["extra_spending"])


def test_m6_assessment_question_4_differences_are_the_labs_seeds(baseline):
    where = "module 6 assessment, question 4 (poverty after assistance, reform - baseline, points, seeds 1 to 5)"
    quoted = {0: "−0.215 | −0.175 | −0.168 | −0.133 | −0.154", 1: "0.000 | +0.002 | +0.001 | 0.000 | −0.001"}
    labels = {0: "the plan (integrated database and online applications)", 1: "a decision deadline of 21 working days"}
    for reform in (0, 1):  # Dachuan's plan; the decision deadline (the activation path's interval now leaves out zero)
        assert_quoted(M6_ASSESSMENT, f"| {labels[reform]} | {quoted[reform]} |")
        per_seed = seeds.seed_runs(baseline, scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[reform]))
        differences = per_seed[per_seed["run"] == "difference"]["poverty_rate_after"] * 100
        for value, text in zip(differences, quoted[reform].split(" | ")):
            assert_near(where, scenarios.SHIPPED_REFORMS[reform].name, value, float(text.replace("−", "-")), 0.0005)
    # The worked example and the checks use the quoted differences: the plan's interval, and the deadline's,
    # which includes zero.
    plan, deadline = ([as_float(text) for text in quoted[reform].split(" | ")] for reform in (0, 1))
    mean, s = statistics.mean(plan), statistics.stdev(plan)
    half = 2.776 * round(s, 4) / 5 ** 0.5
    assert_quoted(M6_ASSESSMENT, f"a mean of {mean:.4f} and *s* = {s:.4f}".replace("-", "−"),
                  f"from {mean - half:.3f} to {mean + half:.3f}: larger than the noise".replace("-", "−"),
                  f"平均数为 {mean:.4f}，*s* = {s:.4f}".replace("-", "−"),
                  f"从 {mean - half:.3f} 到 {mean + half:.3f}：大于随机波动".replace("-", "−"),
                  f"plan_differences = {plan}")
    low, high = (statistics.mean(deadline) + sign * 2.776 * statistics.stdev(deadline) / 5 ** 0.5 for sign in (-1, 1))
    assert_claim(where, "the deadline's interval includes zero", low < 0 < high, (low, high))
    assert_quoted(M6_ASSESSMENT, f"close(low, {low:.5f}, 1e-4) and close(high, {high:.5f}, 1e-4)",
                  f"about {low:.3f} to +{high:.3f}")


# Question 5's table as the assessment quotes it (the English rows; the Chinese rows must give the same numbers):
# per reform, the mean change and its 95% interval of each figure, then the cost per person lifted out.
QUESTION_5 = {
    "A": "| −0.17 pp (−0.21 to −0.13) | −3.4 pp (−3.9 to −2.8) | −0.4 pp (−1.3 to +0.5) | −2.3 (−2.7 to −1.9) | "
         "+7,650 (+5,457 to +9,842) | 18 (14 to 22) | 423 |",
    "B": "| −0.24 pp (−0.28 to −0.19) | −3.9 pp (−4.9 to −3.0) | +0.4 pp (+0.2 to +0.6) | +1.6 (+0.4 to +2.8) | "
         "+11,396 (+8,882 to +13,910) | 25 (20 to 30) | 451 |",
    "C": "| +0.00 pp (−0.00 to +0.00) | +0.0 pp (−0.0 to +0.0) | −0.0 pp (−0.0 to +0.0) | −0.1 (−0.2 to −0.0) | "
         "−66 (−107 to −25) | 0 (0 to 0) | – |",
    "D": "| −0.03 pp (−0.04 to −0.01) | +0.1 pp (−0.0 to +0.2) | +0.2 pp (−0.0 to +0.4) | −0.0 (−0.0 to +0.0) | "
         "−478 (−1,048 to +91) | 3 (1 to 5) | −167 |",
    "E": "| +3.14 pp (+2.87 to +3.41) | +2.9 pp (+2.3 to +3.6) | +0.2 pp (−1.4 to +1.8) | +4.3 (+0.8 to +7.8) | "
         "+102,254 (+97,770 to +106,739) | 53 (46 to 60) | 1,926 |",
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


@pytest.fixture(scope="module")
def b_against_a(baseline):
    """Reform B against reform A on the same seeds (common random numbers): the direct comparison of the two."""
    per_seed = seeds.seed_runs(scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[0]), online_without_database(baseline))
    rows = seeds.intervals(per_seed)
    return rows[rows["run"] == "difference"].set_index("metric")


def assert_b_lower_than_a_within_the_noise(b_against_a, metric: str, what: str, quoted, tolerance: float) -> None:
    """B against A on the same seeds: lower on average, but the interval holds zero; and the quoted points of B's
    extra fall (mean, then the interval's ends) are the comparison's."""
    row = b_against_a.loc[metric]
    assert_claim("module 6 model answer", f"these seeds cannot tell A and B apart on {what} (B against A)",
                 row["ci_low"] < row["mean"] < 0 < row["ci_high"], row)
    for text, column in zip(quoted, ("mean", "ci_low", "ci_high")):
        assert_near("module 6 model answer", f"B's extra fall in {what} against A, points ({column})",
                    abs(row[column]) * 100, as_float(text), tolerance)


def test_m6_assessment_model_answer_reads_the_table_as_the_model_does(five_reforms, b_against_a):
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
    assert_quoted(M6_ASSESSMENT, "its inclusion error falls a little on average,\n"
                  f"#    but within the noise ({inclusion[0]} points, {inclusion[1]} to {inclusion[2]})",
                  f"错保率平均略有下降，但在随机波动之内（{inclusion[0]}个百分点，{inclusion[1]}到{inclusion[2]}）")
    a_inclusion = five_reforms["A"].loc["inclusion_error"]
    # "falls a little on average, but within the noise": a fall on average, an interval that includes zero
    assert_claim("module 6 model answer", "A's inclusion error falls a little on average, within the noise",
                 a_inclusion["ci_low"] < a_inclusion["mean"] < 0 < a_inclusion["ci_high"], a_inclusion)
    sooner, sooner_low, sooner_high = (text.lstrip("−") for text in days)
    assert_quoted(M6_ASSESSMENT, f"Its decisions come sooner ({sooner} working days on average, from\n"
                  f"#    {sooner_high} to {sooner_low} days sooner: more than the noise)",
                  f"作出决定的时间也更短（平均提前{sooner}个工作日，提前{sooner_high}到{sooner_low}天，大于随机波动）",
                  "(fewer eligible people missed, quicker decisions)", "（漏保更少，决定更快）")
    a_days = five_reforms["A"].loc["mean_processing_days"]
    assert_claim("module 6 model answer", "A's decisions come sooner, by more than the noise (sooner at both ends)",
                 a_days["ci_high"] < 0, a_days)
    assert_quoted(M6_ASSESSMENT, "About 7,650 yuan a month more", "每月多花约7,650元")
    assert_near("module 6 model answer", "'About 7,650 yuan a month more'", as_float(spending[0]), 7650, 100)
    assert_quoted(M6_ASSESSMENT, "A, B and D all lower poverty by more than the noise; C's change is within the noise",
                  "A、B、D三项都使贫困下降，且大于随机波动；C的变化在随机波动之内")
    clearly_lower = sorted(letter for letter, table in five_reforms.items()
                           if table.at["poverty_rate_after", "ci_high"] < 0)
    assert_claim("module 6 model answer", "A, B and D lower poverty by more than the noise, C does not",
                 clearly_lower == ["A", "B", "D"], clearly_lower)
    d_poverty = five_reforms["D"].loc["poverty_rate_after"]
    b_poverty_quoted = [text.lstrip("−") for text in numbers(QUESTION_5["B"])[:3]]
    d_points = numbers(QUESTION_5["D"])[0].lstrip("−")
    # the two intervals' common part, as falls in points: from B's smaller fall to A's larger one
    overlap_quoted = (b_poverty_quoted[2], positive[1])
    # B against A on the same seeds (not in the table): B's extra fall in points, from its larger to its smaller end
    b_more = ("0.07", "0.14", "0.01")
    assert_quoted(M6_ASSESSMENT, "B lowers it more than A\n#    on average "
                  f"({b_poverty_quoted[0]} points, {b_poverty_quoted[2]} to {b_poverty_quoted[1]}), but their "
                  f"intervals overlap (from {overlap_quoted[0]} to {overlap_quoted[1]}), so the table does not\n"
                  "#    show that B does more; compared directly on the same five seeds, B lowers poverty by "
                  f"{b_more[0]} points more than A,\n#    from {b_more[1]} more to {b_more[2]} less: within the noise. "
                  f"So these seeds cannot tell A and B apart on poverty; D does far\n#    less ({d_points} points)",
                  f"B平均比A降得多（{b_poverty_quoted[0]}个百分点，{b_poverty_quoted[2]}到{b_poverty_quoted[1]}），但两者的"
                  f"区间有重叠（{overlap_quoted[0]}到{overlap_quoted[1]}），所以从表中看不出B降得更多；在同样的五个随机种子上"
                  f"直接比较，B比A多降{b_more[0]}个百分点，从多降{b_more[1]}到少降{b_more[2]}，在随机波动之内。"
                  "所以这些随机种子分不出A和B哪一项使贫困下降得更多；"
                  f"D降得少得多（{d_points}个百分点）")
    a_poverty, b_poverty = (five_reforms[letter].loc["poverty_rate_after"] for letter in "AB")
    # "B lowers it more than A on average, but their intervals overlap": B's mean fall is the larger, and the two
    # intervals share a stretch, from B's upper end to A's lower end (A's mean is outside B's interval)
    assert_claim("module 6 model answer", "B lowers poverty more than A on average, the intervals overlapping from "
                 "B's upper end to A's lower end",
                 b_poverty["mean"] < a_poverty["mean"]
                 and b_poverty["ci_low"] < a_poverty["ci_low"] < b_poverty["ci_high"] < a_poverty["ci_high"],
                 (a_poverty, b_poverty))
    # and the direct comparison on the same seeds: B against A is within the noise, B lower on average
    assert_b_lower_than_a_within_the_noise(b_against_a, "poverty_rate_after", "poverty", b_more, 0.01)
    assert_claim("module 6 model answer", "D lowers poverty far less than A (less than half as much)",
                 d_poverty["mean"] > a_poverty["mean"] / 2, (a_poverty, d_poverty))
    b_numbers = numbers(QUESTION_5["B"])
    b_exclusion_quoted = b_numbers[3].lstrip("−")
    b_extra_cut = ("0.6", "1.9", "0.7")  # B against A: B's extra cut in the exclusion error, points, and its interval
    assert_quoted(M6_ASSESSMENT, f"B cuts the exclusion error a little more on average ({b_exclusion_quoted} points),\n"
                  "#    but the two intervals overlap widely, and compared directly B's extra cut "
                  f"({b_extra_cut[0]} points, from {b_extra_cut[1]} more to {b_extra_cut[2]}\n#    less) is within "
                  "the noise, so the seeds cannot tell A and B apart on it either.",
                  f"B使漏保率平均下降得略多（{b_exclusion_quoted}个百分点），但两者的区间大部分重叠，直接比较时B多降的部分"
                  f"（{b_extra_cut[0]}个百分点，从多降{b_extra_cut[1]}到少降{b_extra_cut[2]}）也在随机波动之内，"
                  "所以这些随机种子在这一点上同样分不出A和B。")
    a_exclusion, b_exclusion = (five_reforms[letter].loc["exclusion_error"] for letter in "AB")
    # "the two intervals overlap widely": they share more than half of the narrower one
    overlap = min(a_exclusion["ci_high"], b_exclusion["ci_high"]) - max(a_exclusion["ci_low"], b_exclusion["ci_low"])
    narrower = min(a_exclusion["ci_high"] - a_exclusion["ci_low"], b_exclusion["ci_high"] - b_exclusion["ci_low"])
    assert_claim("module 6 model answer", "B cuts the exclusion error a little more than A on average, the two "
                 "intervals overlapping widely",
                 b_exclusion["ci_high"] < 0 and b_exclusion["mean"] < a_exclusion["mean"] and overlap > narrower / 2,
                 (a_exclusion, b_exclusion))
    assert_b_lower_than_a_within_the_noise(b_against_a, "exclusion_error", "the exclusion error", b_extra_cut, 0.1)
    b_inclusion_quoted, b_days_quoted = b_numbers[6:9], [text.lstrip("+") for text in b_numbers[9:12]]
    assert_quoted(M6_ASSESSMENT, "B's inclusion error rises, by more than the noise "
                  f"({b_inclusion_quoted[0]} points, {b_inclusion_quoted[1]} to {b_inclusion_quoted[2]}), its "
                  "decisions take\n#    longer by more than the noise "
                  f"({b_days_quoted[0]} working days on average, from {b_days_quoted[1]} to {b_days_quoted[2]} days "
                  "later), and on average it\n#    costs about 50% more than A",
                  f"B的错保率上升，且大于随机波动（{b_inclusion_quoted[0]}个百分点，{b_inclusion_quoted[1]}到"
                  f"{b_inclusion_quoted[2]}），审批时间更长，且大于随机波动（平均多{b_days_quoted[0]}个工作日，推迟"
                  f"{b_days_quoted[1]}到{b_days_quoted[2]}天），平均花费比A多约50%")
    b_inclusion = five_reforms["B"].loc["inclusion_error"]
    assert_claim("module 6 model answer", "B's inclusion error rises, by more than the noise (higher at both ends)",
                 b_inclusion["ci_low"] > 0, b_inclusion)
    b_days = five_reforms["B"].loc["mean_processing_days"]
    assert_claim("module 6 model answer", "B's decisions take longer, by more than the noise (later at both ends)",
                 b_days["ci_low"] > 0, b_days)
    ratio = five_reforms["B"].at["spending_total", "mean"] / five_reforms["A"].at["spending_total", "mean"]
    assert_claim("module 6 model answer", "on average B costs about 50% more than A (between 1.45 and 1.55 times)",
                 1.45 < ratio < 1.55, ratio)
    assert_quoted(M6_ASSESSMENT, "A gets most of B's average fall in poverty for less money, with quicker decisions\n"
                  "#    and without B's rise in the inclusion error.",
                  "A用更少的钱实现了B平均贫困降幅的大部分，而且决定更快，也没有B那样的错保率上升。")
    share = a_poverty["mean"] / b_poverty["mean"]
    assert_claim("module 6 model answer", "A gets most of B's average fall in poverty (more than half, less than all)",
                 0.5 < share < 1, share)
    # "without B's rise in the inclusion error": A's falls on average (above), and B's is higher than A's by more
    # than the noise on the same seeds
    assert_claim("module 6 model answer", "B's inclusion error is higher than A's, by more than the noise "
                 "(B against A)",
                 b_against_a.at["inclusion_error", "ci_low"] > 0, b_against_a.loc["inclusion_error"])
    c_numbers = numbers(QUESTION_5["C"])
    c_days, c_spending = c_numbers[9:12], [text.lstrip("−") for text in c_numbers[12:15]]
    assert_quoted(M6_ASSESSMENT, "C, the deadline, brings\n#    decisions sooner by more than the noise, but only by "
                  f"about a tenth of a working day ({c_days[0]}, from {c_days[1]} to {c_days[2]}),\n#    and spends a "
                  f"little less ({c_spending[0]} yuan a month, from {c_spending[2]} to {c_spending[1]} less), with no "
                  "change in poverty or in the errors\n#    beyond the noise. C could be added to A at no cost in "
                  "these figures, though it gains little; D too, if a pilot\n#    watches its error rates.",
                  f"C（审批时限）使决定提前，且大于随机波动，但平均只提前约十分之一个工作日（{c_days[0]}，{c_days[1]}到"
                  f"{c_days[2]}），支出也略有减少（每月少花{c_spending[0]}元，少花{c_spending[2]}到{c_spending[1]}元），"
                  "贫困和差错率的变化都没有超出随机波动。从这些数字看，C可以与A一起实行而不增加支出，只是收效很小；"
                  "D也可以，但试点时要留意它的差错率。")
    c_table = five_reforms["C"]
    # "sooner by more than the noise, but only by about a tenth of a working day"
    assert_claim("module 6 model answer", "C's decisions come sooner, by more than the noise (sooner at both ends), "
                 "by about a tenth of a working day on average",
                 c_table.at["mean_processing_days", "ci_high"] < 0
                 and 0.05 <= -c_table.at["mean_processing_days", "mean"] < 0.15, c_table.loc["mean_processing_days"])
    assert_claim("module 6 model answer", "C spends a little less, by more than the noise (less at both ends)",
                 c_table.at["spending_total", "ci_high"] < 0, c_table.loc["spending_total"])
    costs = ("poverty_rate_after", "exclusion_error", "inclusion_error")
    assert_claim("module 6 model answer", "C does not change poverty or the errors beyond the noise",
                 all(c_table.at[metric, "ci_low"] < 0 < c_table.at[metric, "ci_high"] for metric in costs),
                 c_table.loc[list(costs)])
    d_spending = [text.lstrip("−+") for text in numbers(QUESTION_5["D"])[12:15]]
    assert_quoted(M6_ASSESSMENT, "D, the activation path, does little for poverty and does not\n#    clearly save "
                  f"money ({d_spending[0]} yuan a month less on average, but from {d_spending[1]} less to "
                  f"{d_spending[2]} more: within the noise)",
                  "D（就业促进）对贫困作用不大，也没有明显节省支出"
                  f"（平均每月少花{d_spending[0]}元，但从少花{d_spending[1]}元到多花{d_spending[2]}元，在随机波动之内）")
    d_table = five_reforms["D"]
    assert_quoted(M6_ASSESSMENT, "its\n#    error rates rise a little on average (about 0.1 and 0.2 points), but "
                  "within the noise.", "它的两种差错率平均略有上升（约0.1和0.2个百分点），但在随机波动之内。")
    for error, about in (("exclusion_error", 0.1), ("inclusion_error", 0.2)):
        assert_near("module 6 model answer", f"D's rise in the {error}, points ('about {about}')",
                    d_table.at[error, "mean"] * 100, about, 0.05)
        assert_claim("module 6 model answer", f"D's {error} rises a little on average, but within the noise",
                     d_table.at[error, "ci_low"] < 0 < d_table.at[error, "mean"], d_table.loc[error])
    assert_claim("module 6 model answer", "D spends less on average, but within the noise (less to more)",
                 d_table.at["spending_total", "ci_low"] < d_table.at["spending_total", "mean"] < 0
                 < d_table.at["spending_total", "ci_high"], d_table.loc["spending_total"])
    b_cost, a_cost = numbers(QUESTION_5["B"])[-1], numbers(QUESTION_5["A"])[-1]
    assert_quoted(M6_ASSESSMENT, f"B's, a little higher\n#    ({b_cost} yuan), leaves out what B costs besides "
                  "(longer waits, more households paid by mistake)",
                  f"B的这个数字略高（{b_cost}元），而且没有计入B的其他代价（等待更长，错保更多）")
    per_person = {letter: five_reforms[letter].at["spending_total", "mean"]
                  / -five_reforms[letter].at[seeds.POOR_PEOPLE, "mean"] for letter in "AB"}
    assert_claim("module 6 model answer", "B's cost per person lifted out is a little higher than A's (5% to 15% more)",
                 1.05 < per_person["B"] / per_person["A"] < 1.15 and 1.05 < as_float(b_cost) / as_float(a_cost) < 1.15,
                 per_person)
    d_lifted = numbers(QUESTION_5["D"])[-4:-1]
    assert_quoted(M6_ASSESSMENT, "D's figure is\n#    negative because it lifts a few people out "
                  f"({d_lifted[0]}, from {d_lifted[1]} to {d_lifted[2]}) while spending less on average; with so few\n"
                  "#    people, and a saving within the noise, any cost per person is fragile",
                  f"因为它在平均支出减少的同时让少数人脱贫（{d_lifted[0]}人，{d_lifted[1]}到{d_lifted[2]}人）；"
                  "人数这么少，节省的支出又在随机波动之内，任何每人成本都不稳定")
    assert_quoted(M6_ASSESSMENT, "yet against E's own, higher\n#    standard poverty after assistance rises",
                  "但按E自己更高的标准，救助后贫困反而上升")
    assert_claim("module 6 model answer", "E raises poverty after assistance on its own standard",
                 five_reforms["E"].at["poverty_rate_after", "ci_low"] > 0, five_reforms["E"].loc["poverty_rate_after"])
    assert_quoted(M6_ASSESSMENT, "reform B, as long as the answer does not claim\n# that B clearly lowers poverty more "
                  "than A", "包括选择改革B，只要答案没有声称B使贫困下降得明显比A多")


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
    points = "0.08"
    assert_quoted(M6_NOTEBOOK, "poverty **before** assistance is the same line in both runs",
                  f"(it moves, by about {points}\n# of a point at most, only where medical assistance",
                  f"这条线才会略有差别，最多相差约{points}个百分点")
    before = [plan_seed_1.monthly[label]["poverty_rate_before"] for label in (plan_seed_1.baseline,
                                                                              plan_seed_1.reforms[0])]
    gap = float((before[0] - before[1]).abs().max())
    # "about 0.08 of a point at most": the largest gap in a month is 0.08 point to two decimals
    assert_claim("module 6, section 1", f"poverty before assistance moves by about {points} of a point at most",
                 abs(gap * 100 - float(points)) < 0.005, gap)
