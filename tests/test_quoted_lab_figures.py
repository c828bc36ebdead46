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
    quoted = ((base, "9.3901%", "10,375", "223,927"), (plan, "9.2852%", "10,375", "227,530"))
    for label, rate, persons, spending in quoted:
        monthly = plan_seed_1.monthly[label]
        assert_quoted(M6_ASSESSMENT, rate, persons, spending)
        # quoted to four decimals (a change of a tenth of a point needs them), so within half a unit of the last
        assert_near(where, f"poverty rate after assistance, {label}", run.at["poverty_rate_after", label] * 100,
                    float(rate.rstrip("%")), 0.00005)
        assert_near(where, f"people, {label}", monthly["persons"].mean(), float(persons.replace(",", "")), 0.5)
        assert_near(where, f"spending, {label}", monthly["spending_total"].mean(), float(spending.replace(",", "")),
                    0.5)
    # The two rates are quoted several times, in both languages: a copy left stale would be a rate of neither run.
    text = (REPO / M6_ASSESSMENT).read_text(encoding="utf-8")
    stale = set(re.findall(r"\d+\.\d{4}%", text)) - {rate for _, rate, _, _ in quoted}
    assert not stale, f"{M6_ASSESSMENT} quotes {sorted(stale)}, a rate of neither seed-1 run: change every copy"
    cost = results.cost_effectiveness(plan_seed_1)
    assert_quoted(M6_ASSESSMENT, "gives **332 yuan a month**", "得出的是**每月332元**", "10.9 people are lifted out",
                  "3,603 yuan a month")
    # The model counts the people below the standard month by month (the mean of rate x people over the months).
    assert_near(where, "extra spending per person lifted out", cost["per_person_month"], 332, 0.5)
    # The text works these two out from the table's rounded figures, so they are within one unit of the last digit.
    assert_near(where, "people lifted out", cost["lifted"], 10.9, 0.1)
    assert_near(where, "extra spending, yuan a month", cost["extra_spending"], 3603, 1)
    # The text's chain rounds the people below the standard to one decimal (974.2 - 963.3 = 10.9, and 3,603 / 10.9 =
    # 331, a yuan below the model's 332); without rounding on the way the table's figures give 331.1, what the
    # participant's function returns and the check cells expect. The text says the three differ by a yuan or two.
    # Each figure of the chain is worked out here from the table's, so the text's arithmetic is checked too.
    shares = [round(as_float(rate.rstrip("%")) / 100, 6) for _, rate, _, _ in quoted]  # 0.093901 and 0.092852
    people, extra = as_float(quoted[0][2]), as_float(quoted[1][3]) - as_float(quoted[0][3])
    below = [round(share * people, 1) for share in shares]
    lifted = round(below[0] - below[1], 1)
    unrounded_lifted = (shares[0] - shares[1]) * people
    unrounded = extra / unrounded_lifted
    assert_quoted(M6_ASSESSMENT, f"{shares[0]} × {people:,.0f} = {below[0]:,.1f}",
                  f"{shares[1]} × {people:,.0f} =\n# {below[1]:,.1f}", f"{shares[1]} × {people:,.0f} = {below[1]:,.1f}",
                  f"so {lifted} people are lifted out", f"所以有 {lifted} 人脱贫",
                  f"{extra:,.0f} ÷ {lifted} = {extra / lifted:.0f} yuan a month",
                  f"{extra:,.0f} ÷ {lifted} = {extra / lifted:.0f}，即每让一人脱贫每月{extra / lifted:.0f}元",
                  f"{extra:,.0f} ÷ {unrounded_lifted:.2f}\n# gives {unrounded:.1f}",
                  f"{extra:,.0f} ÷ {unrounded_lifted:.2f} 得 {unrounded:.1f}",
                  "the rounding moves the figure by a yuan or two, no more", "取整只会让结果相差一两元")
    assert_near(where, "the text's people lifted out", lifted, cost["lifted"], 0.1)
    spread = max(extra / lifted, unrounded, cost["per_person_month"]) - min(extra / lifted, unrounded,
                                                                            cost["per_person_month"])
    assert_claim(where, "the rounding moves the figure by a yuan or two, no more", spread <= 2, spread)
    assert_quoted(POLICY_DAY, "more eligible households applying\n              means more paid out")
    assert_claim(where, "the plan pays out more", cost["extra_spending"] > 0, cost["extra_spending"])


def test_m6_assessment_question_4_differences_are_the_labs_seeds(baseline):
    where = "module 6 assessment, question 4 (poverty after assistance, reform - baseline, points, seeds 1 to 5)"
    quoted = {0: "−0.105 | −0.114 | −0.211 | −0.187 | −0.149", 1: "+0.002 | 0.000 | 0.000 | +0.008 | 0.000"}
    labels = {0: "the plan (integrated database and online applications)", 1: "a decision deadline of 21 working days"}
    # Dachuan's plan; the decision deadline, whose interval holds zero well inside it (the activation path's only just
    # includes zero: -0.035 to +0.0004 points)
    for reform in (0, 1):
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
    "A": "| −0.15 pp (−0.21 to −0.10) | −3.1 pp (−4.1 to −2.1) | −0.9 pp (−1.7 to −0.1) | −2.7 (−2.8 to −2.6) | "
         "+6,025 (+3,244 to +8,807) | 16 (10 to 22) | 378 |",
    "B": "| −0.21 pp (−0.26 to −0.17) | −4.1 pp (−5.1 to −3.0) | +0.3 pp (−0.1 to +0.8) | +0.1 (−0.2 to +0.3) | "
         "+11,066 (+8,673 to +13,459) | 22 (18 to 27) | 497 |",
    "C": "| +0.00 pp (−0.00 to +0.01) | +0.1 pp (−0.2 to +0.4) | −0.0 pp (−0.1 to +0.0) | −0.1 (−0.2 to +0.0) | "
         "−236 (−863 to +392) | 0 (−1 to 0) | – |",
    "D": "| −0.02 pp (−0.04 to +0.00) | +0.1 pp (+0.0 to +0.1) | +0.1 pp (+0.0 to +0.2) | 0.0 (0.0 to 0.0) | "
         "−255 (−616 to +106) | 2 (0 to 4) | – |",
    "E": "| +3.82 pp (+3.24 to +4.41) | +2.6 pp (+1.2 to +4.0) | −0.1 pp (−2.4 to +2.3) | +0.3 (+0.1 to +0.6) | "
         "+86,323 (+82,322 to +90,323) | 52 (41 to 64) | 1,651 |",
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


def assert_b_against_a_beyond_the_noise(b_against_a, metric: str, what: str, direction: str, quoted,
                                        tolerance: float) -> None:
    """B against A on the same seeds (common random numbers): B's figure is lower (or higher) than A's at both ends
    of the interval, by more than the noise; and the quoted points of the difference (its size on average, then the
    interval's end nearer zero and the one farther from it) are the comparison's."""
    row = b_against_a.loc[metric]
    holds = row["ci_high"] < 0 if direction == "lower" else row["ci_low"] > 0
    assert_claim("module 6 model answer", f"compared directly on the same seeds, B's {what} is {direction} than A's, "
                 "by more than the noise", holds, row)
    nearer, farther = sorted(abs(row[column]) for column in ("ci_low", "ci_high"))
    for text, value, part in zip(quoted, (abs(row["mean"]), nearer, farther), ("mean", "nearer end", "farther end")):
        assert_near("module 6 model answer", f"B against A, {what}, points ({part})", value * 100, as_float(text),
                    tolerance)


def test_m6_assessment_model_answer_reads_the_table_as_the_model_does(five_reforms, b_against_a, baseline):
    # The model answer repeats the table's figures (checked above against the model) and reads the table.
    poverty, exclusion, inclusion, days, spending = (numbers(cell) for cell in QUESTION_5["A"].split("|")[1:6])
    positive = [text.lstrip("−") for text in poverty]
    assert_quoted(M6_ASSESSMENT, f"by {positive[0]} points ({positive[2]} to {positive[1]})",
                  f"exclusion error by {exclusion[0].lstrip('−')} points",
                  f"下降{positive[0]}个百分点（{positive[2]}到{positive[1]}）",
                  f"漏保率下降{exclusion[0].lstrip('−')}个百分点", f"some {numbers(QUESTION_5['A'])[-1]} yuan a month",
                  f"每让一人脱贫每月约{numbers(QUESTION_5['A'])[-1]}元")
    assert_claim("module 6 model answer", "A cuts the exclusion error",
                 five_reforms["A"].at["exclusion_error", "ci_high"] < 0, five_reforms["A"].loc["exclusion_error"])
    assert_quoted(M6_ASSESSMENT, "its inclusion error falls too, by more than\n"
                  f"#    the noise ({inclusion[0]} points, {inclusion[1]} to {inclusion[2]})",
                  f"错保率也下降，且大于随机波动（{inclusion[0]}个百分点，{inclusion[1]}到{inclusion[2]}）")
    a_inclusion = five_reforms["A"].loc["inclusion_error"]
    # "falls too, by more than the noise": lower at both ends of the interval
    assert_claim("module 6 model answer", "A's inclusion error falls, by more than the noise",
                 a_inclusion["ci_high"] < 0, a_inclusion)
    sooner, sooner_low, sooner_high = (text.lstrip("−") for text in days)
    assert_quoted(M6_ASSESSMENT, f"Its decisions come sooner ({sooner} working days on average, from\n"
                  f"#    {sooner_high} to {sooner_low} days sooner: more than the noise)",
                  f"作出决定的时间也更短（平均提前{sooner}个工作日，提前{sooner_high}到{sooner_low}天，大于随机波动）",
                  "(fewer eligible people missed, fewer paid by mistake, quicker\n#    decisions)",
                  "（漏保更少，错保更少，决定更快）")
    a_days = five_reforms["A"].loc["mean_processing_days"]
    assert_claim("module 6 model answer", "A's decisions come sooner, by more than the noise (sooner at both ends)",
                 a_days["ci_high"] < 0, a_days)
    assert_quoted(M6_ASSESSMENT, "About 6,000 yuan a month more", "每月多花约6,000元")
    assert_near("module 6 model answer", "'About 6,000 yuan a month more'", as_float(spending[0]), 6000, 100)
    assert_quoted(M6_ASSESSMENT,
                  "A and B lower poverty by more than the noise; C's and D's changes are within the noise",
                  "A、B两项都使贫困下降，且大于随机波动；C和D的变化在随机波动之内")
    clearly_lower = sorted(letter for letter, table in five_reforms.items()
                           if table.at["poverty_rate_after", "ci_high"] < 0)
    assert_claim("module 6 model answer", "A and B lower poverty by more than the noise, C and D do not",
                 clearly_lower == ["A", "B"], clearly_lower)
    assert_claim("module 6 model answer", "C's and D's changes in poverty are within the noise",
                 all(five_reforms[letter].at["poverty_rate_after", "ci_low"] < 0
                     < five_reforms[letter].at["poverty_rate_after", "ci_high"] for letter in "CD"),
                 [five_reforms[letter].loc["poverty_rate_after"] for letter in "CD"])
    d_poverty = five_reforms["D"].loc["poverty_rate_after"]
    b_poverty_quoted = [text.lstrip("−") for text in numbers(QUESTION_5["B"])[:3]]
    d_points = numbers(QUESTION_5["D"])[0].lstrip("−")
    # the two intervals' common part, as falls in points: from B's smaller fall to A's larger one
    overlap_quoted = (b_poverty_quoted[2], positive[1])
    # B against A on the same seeds (not in the table): B's extra fall in points, then the interval's ends
    b_more = ("0.06", "0.02", "0.10")
    assert_quoted(M6_ASSESSMENT, "B lowers it more than A\n#    on average "
                  f"({b_poverty_quoted[0]} points, {b_poverty_quoted[2]} to {b_poverty_quoted[1]}), but their "
                  f"intervals overlap (from {overlap_quoted[0]} to {overlap_quoted[1]}), so the table does not\n"
                  "#    show that B does more; compared directly on the same five seeds, though, B lowers poverty by "
                  f"{b_more[0]} points more\n#    than A, from {b_more[1]} to {b_more[2]} more: more than the noise. "
                  "So B does a little more for poverty than A; D does far\n"
                  f"#    less ({d_points} points)",
                  f"B平均比A降得多（{b_poverty_quoted[0]}个百分点，{b_poverty_quoted[2]}到{b_poverty_quoted[1]}），但两者的"
                  f"区间有重叠（{overlap_quoted[0]}到{overlap_quoted[1]}），所以从表中看不出B降得更多；不过在同样的五个随机种子上"
                  f"直接比较，B比A多降{b_more[0]}个百分点，多降{b_more[1]}到{b_more[2]}，大于随机波动。"
                  "所以B对减少贫困的作用比A略大；"
                  f"D降得少得多（{d_points}个百分点）")
    a_poverty, b_poverty = (five_reforms[letter].loc["poverty_rate_after"] for letter in "AB")
    # "B lowers it more than A on average, but their intervals overlap": B's mean fall is the larger, and the two
    # intervals share a stretch, from B's upper end to A's lower end (A's mean is outside B's interval)
    assert_claim("module 6 model answer", "B lowers poverty more than A on average, the intervals overlapping from "
                 "B's upper end to A's lower end",
                 b_poverty["mean"] < a_poverty["mean"]
                 and b_poverty["ci_low"] < a_poverty["ci_low"] < b_poverty["ci_high"] < a_poverty["ci_high"],
                 (a_poverty, b_poverty))
    # and the direct comparison on the same seeds: B lower than A, by more than the noise
    assert_b_against_a_beyond_the_noise(b_against_a, "poverty_rate_after", "poverty", "lower", b_more, 0.01)
    assert_claim("module 6 model answer", "D lowers poverty far less than A (less than half as much)",
                 d_poverty["mean"] > a_poverty["mean"] / 2, (a_poverty, d_poverty))
    b_numbers = numbers(QUESTION_5["B"])
    b_exclusion_quoted = b_numbers[3].lstrip("−")
    b_extra_cut = ("1.0", "0.5", "1.4")  # B against A: B's extra cut in the exclusion error, points, and its interval
    assert_quoted(M6_ASSESSMENT, f"B cuts the exclusion error more on average ({b_exclusion_quoted} points); the two\n"
                  f"#    intervals overlap widely, but compared directly B's extra cut ({b_extra_cut[0]} point, from "
                  f"{b_extra_cut[1]} to {b_extra_cut[2]}) is more than the\n#    noise: B misses fewer eligible people "
                  "than A.",
                  f"B使漏保率平均下降得更多（{b_exclusion_quoted}个百分点）；两者的区间大部分重叠，但直接比较时B多降的部分"
                  f"（{b_extra_cut[0]}个百分点，多降{b_extra_cut[1]}到{b_extra_cut[2]}）大于随机波动：B漏掉的符合条件者比A少。")
    a_exclusion, b_exclusion = (five_reforms[letter].loc["exclusion_error"] for letter in "AB")
    # "the two intervals overlap widely": they share more than half of the narrower one
    overlap = min(a_exclusion["ci_high"], b_exclusion["ci_high"]) - max(a_exclusion["ci_low"], b_exclusion["ci_low"])
    narrower = min(a_exclusion["ci_high"] - a_exclusion["ci_low"], b_exclusion["ci_high"] - b_exclusion["ci_low"])
    assert_claim("module 6 model answer", "B cuts the exclusion error more than A on average, the two intervals "
                 "overlapping widely",
                 b_exclusion["ci_high"] < 0 and b_exclusion["mean"] < a_exclusion["mean"] and overlap > narrower / 2,
                 (a_exclusion, b_exclusion))
    assert_b_against_a_beyond_the_noise(b_against_a, "exclusion_error", "exclusion error", "lower", b_extra_cut, 0.1)
    b_inclusion_quoted, b_days_quoted = b_numbers[6:9], b_numbers[9:12]
    b_above_a = ("1.3", "0.8", "1.7")  # B against A: how much higher B's inclusion error is, points, and its interval
    assert_quoted(M6_ASSESSMENT, "Without the integrated database, though, B pays more households\n"
                  "#    by mistake: its inclusion error rises on average, within the noise "
                  f"({b_inclusion_quoted[0]} points, {b_inclusion_quoted[1]} to {b_inclusion_quoted[2]}), but "
                  f"compared\n#    directly it is {b_above_a[0]} points above A's (from {b_above_a[1]} to "
                  f"{b_above_a[2]}: more than the noise). B's decisions take as long as\n"
                  f"#    today's ({b_days_quoted[0]} working days, {b_days_quoted[1]} to {b_days_quoted[2]}), and on "
                  "average B costs about 85% more than A.",
                  f"没有统一数据库，B错发的家庭更多：它的错保率平均有所上升，但在随机波动之内（{b_inclusion_quoted[0]}个百分点，"
                  f"{b_inclusion_quoted[1]}到{b_inclusion_quoted[2]}），而直接比较时比A高{b_above_a[0]}个百分点（高"
                  f"{b_above_a[1]}到{b_above_a[2]}，大于随机波动）。B作出决定的时间与现在一样长（{b_days_quoted[0]}个工作日，"
                  f"{b_days_quoted[1]}到{b_days_quoted[2]}），平均花费比A多约85%。")
    b_inclusion = five_reforms["B"].loc["inclusion_error"]
    assert_claim("module 6 model answer", "B's inclusion error rises on average, within the noise",
                 b_inclusion["ci_low"] < 0 < b_inclusion["mean"] < b_inclusion["ci_high"], b_inclusion)
    assert_b_against_a_beyond_the_noise(b_against_a, "inclusion_error", "inclusion error", "higher", b_above_a, 0.1)
    b_days = five_reforms["B"].loc["mean_processing_days"]
    # "as long as today's": within a tenth of a working day on average, and within the noise
    assert_claim("module 6 model answer", "B's decisions take as long as today's (no change beyond the noise)",
                 b_days["ci_low"] < 0 < b_days["ci_high"] and abs(b_days["mean"]) < 0.1, b_days)
    # and so, A's coming sooner, later than A's ("slower decisions ... than under A", in the cost)
    assert_claim("module 6 model answer", "B's decisions come later than A's, by more than the noise (B against A)",
                 b_against_a.at["mean_processing_days", "ci_low"] > 0, b_against_a.loc["mean_processing_days"])
    ratio = five_reforms["B"].at["spending_total", "mean"] / five_reforms["A"].at["spending_total", "mean"]
    assert_claim("module 6 model answer", "on average B costs about 85% more than A (between 1.8 and 1.9 times)",
                 1.8 < ratio < 1.9, ratio)
    assert_quoted(M6_ASSESSMENT, "A gets most of B's\n#    average fall in poverty for less money, with quicker "
                  "decisions and fewer households paid by mistake;",
                  "A用更少的钱实现了B平均贫困降幅的大部分，而且决定更快，错发的家庭也更少；")
    share = a_poverty["mean"] / b_poverty["mean"]
    assert_claim("module 6 model answer", "A gets most of B's average fall in poverty (more than half, less than all)",
                 0.5 < share < 1, share)
    c_numbers = numbers(QUESTION_5["C"])
    c_days, c_spending = c_numbers[9:12], [text.lstrip("−+") for text in c_numbers[12:15]]
    assert_quoted(M6_ASSESSMENT, "C, the deadline, changes nothing beyond the\n"
                  "#    noise here, where cases are already decided in about 20 working days: its decisions come "
                  f"barely sooner ({c_days[0]}\n#    working days, from {c_days[1]} to {c_days[2]}) and it spends a "
                  f"little less on average ({c_spending[0]} yuan a month, from {c_spending[1]} less to "
                  f"{c_spending[2]}\n#    more), with no change in poverty or in the errors beyond the noise either. "
                  "C could be added to A as a promise to\n#    applicants at no cost in these figures, though they "
                  "show no gain from it; D I would leave to a pilot that\n#    watches its error rates.",
                  "C（审批时限）在这个县区没有带来超出随机波动的变化，因为这里的个案本来就在约20个工作日内作出决定："
                  f"决定只是略微提前（{c_days[0]}个工作日，{c_days[1]}到{c_days[2]}），平均支出略有减少（每月少花"
                  f"{c_spending[0]}元，从少花{c_spending[1]}元到多花{c_spending[2]}元），贫困和差错率的变化也都没有超出随机波动。"
                  "从这些数字看，C可以作为对申请人的承诺与A一起实行而不增加支出，只是看不出收益；D我会留给试点，并留意它的差错率。")
    c_table = five_reforms["C"]
    # "changes nothing beyond the noise": the interval of every figure of the table includes zero; "barely sooner":
    # sooner on average, by less than 0.15 of a working day
    figures = ("poverty_rate_after", "exclusion_error", "inclusion_error", "mean_processing_days", "spending_total",
               seeds.POOR_PEOPLE)
    assert_claim("module 6 model answer", "C changes nothing beyond the noise",
                 all(c_table.at[metric, "ci_low"] < 0 < c_table.at[metric, "ci_high"] for metric in figures),
                 c_table.loc[list(figures)])
    assert_claim("module 6 model answer", "C's decisions come barely sooner (sooner on average, by less than 0.15 day)",
                 -0.15 < c_table.at["mean_processing_days", "mean"] < 0, c_table.loc["mean_processing_days"])
    assert_claim("module 6 model answer", "C spends a little less on average",
                 c_table.at["spending_total", "mean"] < 0, c_table.loc["spending_total"])
    # "cases are already decided in about 20 working days": the baseline's mean on each of the seeds
    per_seed = seeds.seed_runs(baseline, scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[1]))
    today = per_seed.loc[per_seed["run"] == "baseline", "mean_processing_days"]
    assert_claim("module 6 model answer", "cases are already decided in about 20 working days (19.5 to 20.5 on each "
                 "seed)", today.between(19.5, 20.5).all(), today.tolist())
    d_spending = [text.lstrip("−+") for text in numbers(QUESTION_5["D"])[12:15]]
    assert_quoted(M6_ASSESSMENT, "D, the activation path, does little for poverty and does not\n#    clearly save "
                  f"money ({d_spending[0]} yuan a month less on average, but from {d_spending[1]} less to "
                  f"{d_spending[2]} more: within the noise)",
                  "D（就业促进）对贫困作用不大，也没有明显节省支出"
                  f"（平均每月少花{d_spending[0]}元，但从少花{d_spending[1]}元到多花{d_spending[2]}元，在随机波动之内）")
    d_table = five_reforms["D"]
    d_errors = [numbers(QUESTION_5["D"])[index] for index in (4, 7)]  # the lower ends of the two error rates
    assert_quoted(M6_ASSESSMENT, "its\n#    error rates rise a little (about 0.1 points each), by more than the noise "
                  f"(the {d_errors[0]} at the lower end of their\n#    intervals in the table is a rise too small "
                  "to show at one decimal).",
                  f"它的两种差错率略有上升（各约0.1个百分点），且大于随机波动（表中区间下限的{d_errors[0]}是保留一位小数时显示不出来的"
                  "微小上升）。")
    assert_claim("module 6 model answer", "the table shows the lower ends of D's two error rates as +0.0",
                 d_errors == ["+0.0", "+0.0"], d_errors)
    for error in ("exclusion_error", "inclusion_error"):
        assert_near("module 6 model answer", f"D's rise in the {error}, points ('about 0.1')",
                    d_table.at[error, "mean"] * 100, 0.1, 0.05)
        assert_claim("module 6 model answer", f"D's {error} rises a little, by more than the noise",
                     d_table.at[error, "ci_low"] > 0, d_table.loc[error])
    assert_claim("module 6 model answer", "D spends less on average, but within the noise (less to more)",
                 d_table.at["spending_total", "ci_low"] < d_table.at["spending_total", "mean"] < 0
                 < d_table.at["spending_total", "ci_high"], d_table.loc["spending_total"])
    b_cost, a_cost = numbers(QUESTION_5["B"])[-1], numbers(QUESTION_5["A"])[-1]
    assert_quoted(M6_ASSESSMENT, f"B's, about a third higher ({b_cost} yuan), leaves out what B costs besides "
                  "(slower decisions and more\n#    households paid by mistake than under A)",
                  f"B的这个数字高出约三分之一（{b_cost}元），而且没有计入B的其他代价（比A决定更慢、错保更多）")
    per_person = {letter: five_reforms[letter].at["spending_total", "mean"]
                  / -five_reforms[letter].at[seeds.POOR_PEOPLE, "mean"] for letter in "AB"}
    assert_claim("module 6 model answer", "B's cost per person lifted out is about a third higher than A's (28% to "
                 "38% more)",
                 1.28 < per_person["B"] / per_person["A"] < 1.38 and 1.28 < as_float(b_cost) / as_float(a_cost) < 1.38,
                 per_person)
    # B's extra spending and extra people lifted out against A, compared directly on the same seeds (their means
    # are the table's B minus A)
    extra_spending, extra_lifted, each = ("5,041", "4,048", "6,034"), ("6", "2", "10"), "800"
    assert_quoted(M6_ASSESSMENT, "B's extra fall in poverty comes dear: compared directly, B spends\n"
                  f"#    {extra_spending[0]} yuan a month more than A (from {extra_spending[1]} to {extra_spending[2]} "
                  f"more) to lift about {extra_lifted[0]} more people out (from {extra_lifted[1]} to "
                  f"{extra_lifted[2]}), some\n#    {each} yuan a month for each, more than twice A's figure.",
                  f"B多出的贫困降幅代价很高：直接比较，B每月比A多花{extra_spending[0]}元（多花{extra_spending[1]}到"
                  f"{extra_spending[2]}元），多让约{extra_lifted[0]}人脱贫（{extra_lifted[1]}到{extra_lifted[2]}人），"
                  f"每人每月约{each}元，是A的两倍多。")
    more = b_against_a.loc["spending_total"]
    for text, value in zip(extra_spending, (more["mean"], more["ci_low"], more["ci_high"])):
        assert_near("module 6 model answer", "B's extra spending against A, yuan a month", value, as_float(text), 0.5)
    lifted = b_against_a.loc[seeds.POOR_PEOPLE]
    for text, value in zip(extra_lifted, (-lifted["mean"], -lifted["ci_high"], -lifted["ci_low"])):
        assert_near("module 6 model answer", "people B lifts out beyond A", value, as_float(text), 0.5)
    assert_claim("module 6 model answer", "B spends more than A and lifts more people out, by more than the noise",
                 more["ci_low"] > 0 and lifted["ci_high"] < 0, (more, lifted))
    marginal = more["mean"] / -lifted["mean"]
    assert_near("module 6 model answer", "yuan a month for each person B lifts out beyond A ('some 800')", marginal,
                as_float(each), 5)
    assert_claim("module 6 model answer", "more than twice A's cost per person lifted out (2 to 2.5 times)",
                 2 < marginal / per_person["A"] < 2.5, (marginal, per_person["A"]))
    d_lifted = numbers(QUESTION_5["D"].split("|")[6])
    assert_quoted(M6_ASSESSMENT, "D has no figure (a dash): the seeds do not show it lifting anyone\n"
                  f"#    out ({d_lifted[0]} people, from {d_lifted[1]} to {d_lifted[2]}: within the noise), and its "
                  "saving is within the noise too.",
                  f"D没有这个数字（表中是一横）：这些随机种子显示不出它让任何人脱贫（{d_lifted[0]}人，{d_lifted[1]}到"
                  f"{d_lifted[2]}人，在随机波动之内），节省的支出也在随机波动之内。")
    assert_claim("module 6 model answer", "D lifts people out on average, within the noise",
                 d_table.at[seeds.POOR_PEOPLE, "mean"] < 0 < d_table.at[seeds.POOR_PEOPLE, "ci_high"],
                 d_table.loc[seeds.POOR_PEOPLE])
    assert_quoted(M6_ASSESSMENT, "yet against E's own, higher standard poverty after assistance rises",
                  "但按E自己更高的标准，救助后贫困反而上升")
    assert_claim("module 6 model answer", "E raises poverty after assistance on its own standard",
                 five_reforms["E"].at["poverty_rate_after", "ci_low"] > 0, five_reforms["E"].loc["poverty_rate_after"])
    assert_quoted(M6_ASSESSMENT, "reform B, as long as the answer weighs its\n# larger fall in poverty against its "
                  "higher cost and its mistaken payments, and does not claim that the table's\n# overlapping intervals "
                  "show that B does more",
                  "包括选择改革B，只要答案把B更大的贫困降幅与它更高的成本和错发权衡比较，并且没有声称表中相互重叠的区间就能说明B降得更多")


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
    points = "0.02"
    assert_quoted(M6_NOTEBOOK, "poverty **before** assistance is the same line in both runs",
                  f"(it moves, by about {points}\n# of a point at most, only where medical assistance",
                  f"这条线才会略有差别，最多相差约{points}个百分点")
    before = [plan_seed_1.monthly[label]["poverty_rate_before"] for label in (plan_seed_1.baseline,
                                                                              plan_seed_1.reforms[0])]
    gap = float((before[0] - before[1]).abs().max())
    # "about 0.02 of a point at most": the largest gap in a month is 0.02 point to two decimals
    assert_claim("module 6, section 1", f"poverty before assistance moves by about {points} of a point at most",
                 abs(gap * 100 - float(points)) < 0.005, gap)
