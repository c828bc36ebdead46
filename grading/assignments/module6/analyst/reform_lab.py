# %% [markdown]
# <!-- en -->
# # Module 6 assessment: the reform-scenario lab
#
# In the lab you built reforms of Dachuan's social assistance, ran them against the 2019 baseline on the same
# households and read what they do, what they cost and how sure the figures are. In this exercise you:
#
# 1. write a reform as a **scenario file** that `carelab` accepts;
# 2. read the **change in poverty** after assistance from a comparison;
# 3. work out the **extra spending per person lifted out of poverty**;
# 4. compute a **95% confidence interval** across seeds and decide whether a change is **larger than the noise**;
# 5. **recommend a reform** to Dachuan and justify it with figures.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at cases you have not seen, so make your answer work
# for any figures, not only the examples.
#
# The figures below come from the lab's district (4,000 households over 36 months). They are fixed: the answers do
# not depend on running the model again.
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块六测验：改革情景实验室
#
# 在实验室中，你设计了达川区社会救助的改革方案，在同样的家庭上把它们与 2019 年的基线比较，并解读了改革带来什么、要花多少钱、数字有多可靠。在本练习中，你将：
#
# 1. 把一项改革写成 `carelab` 能够接受的**情景文件**；
# 2. 从一次比较中读出救助后**贫困的变化**；
# 3. 计算**每让一人脱贫增加的支出**；
# 4. 计算各随机种子之间的 **95% 置信区间**，并判断一个变化是否**大于随机波动**；
# 5. 向达川区**推荐一项改革**，并用数字说明理由。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的情形来测试，所以你的答案要适用于任何数字，而不只是例子。
#
# 下面的数字来自实验室的县区（4,000 户家庭，36 个月）。这些数字是固定的：答案不取决于重新运行模型。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: What the checks use: close(answer, expected, tolerance) accepts an answer within the tolerance.
# zh: 检查所用的函数：close(答案, 正确值, 允许误差) 表示答案与正确值之差在允许误差之内即可。
from simulation.grading.checks import close

# %% [markdown]
# <!-- en -->
# ## 1. A reform as a scenario file
#
# This is the baseline scenario file, Dachuan as it was in January 2019:
#
# ```yaml
# name: Dachuan 2019 baseline
# locality: dachuan
# start: 2019-01-01
# households: 20000
# months: 60
# seed: 1
# parameters: {}
# ```
#
# Dachuan's civil-affairs bureau asks you for the scenario file of a package of three changes, on **the same
# district** as the baseline (the same locality, start, households, months and seed), so that `carelab compare` can
# follow the same households under both:
#
# - the Dibao standards raised by 10%: **572** yuan a person a month in town (`dibao.standard.urban`) and **363** in
#   the countryside (`dibao.standard.rural`);
# - one **integrated database** instead of 27 (`casework.integrated_database`, a switch: `true` or `false`);
# - every case decided within **21 working days** (`casework.decision_deadline_days`).
#
# Nothing else changes. Write the file's text between the triple quotes, in the variable `reform_yaml`. Give the
# reform a name of your choice. *Hint:* copy the baseline above, and write each change as one line under
# `parameters:`, indented by two spaces, as `name: value` (then `parameters:` has no `{}`).
# <!-- zh -->
# ## 1. 把改革写成情景文件
#
# 下面是基线情景文件，即 2019 年 1 月时的达川区：
#
# ```yaml
# name: Dachuan 2019 baseline
# locality: dachuan
# start: 2019-01-01
# households: 20000
# months: 60
# seed: 1
# parameters: {}
# ```
#
# 达川区民政局请你为一个包含三项改变的改革方案写出情景文件，它要使用与基线**相同的县区**（相同的地区、起始日期、家庭数、月数和随机种子），这样 `carelab compare` 才能在两种情景下跟踪同样的家庭：
#
# - 低保标准提高 10%：城市每人每月 **572** 元（`dibao.standard.urban`），农村 **363** 元（`dibao.standard.rural`）；
# - 用一个**统一数据库**代替 27 个数据库（`casework.integrated_database`，是一个开关：`true` 或 `false`）；
# - 每个个案都在 **21 个工作日**内作出决定（`casework.decision_deadline_days`）。
#
# 其他都不变。请把文件的文字写在三引号之间，赋给变量 `reform_yaml`。改革的名称（name）由你决定。*提示：* 复制上面的基线文件，在 `parameters:` 下面每项改变写一行，缩进两个空格，格式为 `名称: 数值`（这时 `parameters:` 后面就不要 `{}` 了）。

# %% nbgrader={"grade": false, "grade_id": "reform_file_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
reform_yaml = """
name: Dachuan 2019, higher standard, integrated database and a deadline
locality: dachuan
start: 2019-01-01
households: 20000
months: 60
seed: 1
parameters:
  dibao.standard.urban: 572
  dibao.standard.rural: 363
  casework.integrated_database: true
  casework.decision_deadline_days: 21
"""
### END SOLUTION
# en: The file as carelab reads it, for the checks below: a red message here says what carelab would refuse in it.
# zh: carelab 读到的文件内容，供下面的检查使用：这里出现红色信息，就说明 carelab 会拒绝文件中的哪一处。
import yaml
from simulation.inputs.scenarios import validated

reform = validated(yaml.safe_load(reform_yaml), L("your scenario", "你的情景")).model_dump(mode="json")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "reform_file_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the file is a scenario that carelab accepts, with the integrated database. No red message means it passes.
# zh: 检查：这个文件是 carelab 接受的情景，并且打开了统一数据库。没有红色信息就说明通过了。
assert isinstance(reform, dict) and isinstance(reform.get("parameters"), dict), L("Run the cell of your file first: carelab must accept it.", "请先运行你的文件所在的单元格：carelab 必须接受它。")
assert reform["parameters"].get("casework.integrated_database") is True, L("Switch on the integrated database: casework.integrated_database: true", "请打开统一数据库：casework.integrated_database: true")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "reform_file", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks every change and the district.
# zh: 更多检查。培训师评分时，这个单元格还会检查每一项改变和县区。
assert isinstance(reform, dict) and isinstance(reform.get("parameters"), dict), L("Run the cell of your file first: carelab must accept it.", "请先运行你的文件所在的单元格：carelab 必须接受它。")
assert reform["parameters"].get("casework.decision_deadline_days") == 21, L("Set the decision deadline to 21 working days.", "请把审批时限设为21个工作日。")
### BEGIN HIDDEN TESTS
assert close(reform["parameters"].get("dibao.standard.urban", 0), 572, 0.5), L("The urban standard rises by 10%: 520 x 1.1 = 572 yuan.", "城市标准提高10%：520 × 1.1 = 572元。")
assert close(reform["parameters"].get("dibao.standard.rural", 0), 363, 0.5), L("The rural standard rises by 10%: 330 x 1.1 = 363 yuan.", "农村标准提高10%：330 × 1.1 = 363元。")
assert set(reform["parameters"]) == {"dibao.standard.urban", "dibao.standard.rural", "casework.integrated_database", "casework.decision_deadline_days"}, L("Change these four parameters and nothing else.", "只改变这四个参数，其他都不变。")
assert reform.get("minimum_income") is None, L("Keep Dibao: the package does not change the scheme.", "保留低保：这个方案不改变制度。")
# The baseline's district (scenarios/dachuan-2019.yaml), as tests/test_quoted_lab_figures.py checks; with no change
# to the households' parameters (above) the same households are followed under both, as carelab compare asks.
assert [reform["locality"], reform["start"], reform["households"], reform["months"], reform["seed"]] == ["dachuan", "2019-01-01", 20000, 60, 1], L("Use the baseline's district: the same locality, start, households, months and seed.", "使用基线的县区：相同的地区、起始日期、家庭数、月数和随机种子。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. The change in poverty after assistance
#
# Dachuan's own plan, the integrated database and online applications, ran against the baseline on the lab's
# district (seed 1). Means over the 36 months:
#
# | | poverty rate after assistance | people | spending, yuan a month |
# | --- | --- | --- | --- |
# | baseline | 8.961% | 10,654 | 270,014 |
# | the plan | 8.751% | 10,654 | 279,746 |
#
# In Python the rates are shares: 8.961% is `0.08961`. The cell below holds these figures as two dictionaries;
# `baseline["poverty_rate_after"]` is `0.08961`.
#
# Write `poverty_change_points(baseline, reform)`: the change in the poverty rate after assistance, **reform minus
# baseline**, in **percentage points** (a fall from 8.961% to 8.751% is −0.210 points). It takes two dictionaries like
# these.
# <!-- zh -->
# ## 2. 救助后贫困的变化
#
# 达川区自己的计划（统一数据库加网上申请）在实验室的县区上与基线比较（随机种子为1）。36个月的平均值：
#
# | | 救助后贫困率 | 人口 | 支出（元/月） |
# | --- | --- | --- | --- |
# | 基线 | 8.961% | 10,654 | 270,014 |
# | 该计划 | 8.751% | 10,654 | 279,746 |
#
# 在 Python 中，比率用小数表示：8.961% 写作 `0.08961`。下面的单元格用两个字典保存这些数字；`baseline["poverty_rate_after"]` 是 `0.08961`。
#
# 请编写函数 `poverty_change_points(baseline, reform)`：救助后贫困率的变化，即**改革减去基线**，单位为**百分点**（从8.961%降到8.751%，是 −0.210 个百分点）。它接收两个这样的字典。

# %%
# en: The figures of the table (shares, people, yuan a month).
# zh: 表中的数字（比率、人数、每月元数）。
baseline = {"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}
plan = {"poverty_rate_after": 0.08751, "persons": 10654, "spending_total": 279746}

# %% nbgrader={"grade": false, "grade_id": "poverty_change_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def poverty_change_points(baseline, reform):
    # en: The change in the poverty rate after assistance, reform minus baseline, in percentage points.
    # zh: 救助后贫困率的变化（改革减去基线），单位为百分点。
    ### BEGIN SOLUTION
    return (reform["poverty_rate_after"] - baseline["poverty_rate_after"]) * 100
    ### END SOLUTION


# %%
# en: Try your function here. The plan should give about -0.210.
# zh: 在这里试用你的函数。该计划的结果应约为 -0.210。
poverty_change_points(baseline, plan)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_change_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example of the table.
# zh: 检查：表中的例子。
assert close(poverty_change_points({"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}, {"poverty_rate_after": 0.08751, "persons": 10654, "spending_total": 279746}), -0.210, 0.001), L("From 8.961% to 8.751% is a change of -0.210 percentage points: (0.08751 - 0.08961) x 100.", "从8.961%到8.751%，变化为 -0.210 个百分点：(0.08751 - 0.08961) × 100。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_change", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks comparisons you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的比较。
assert close(poverty_change_points({"poverty_rate_after": 0.06}, {"poverty_rate_after": 0.08}), 2.0, 1e-6), L("A rise from 6% to 8% is +2 percentage points: reform minus baseline.", "从6%上升到8%是 +2 个百分点：改革减去基线。")
### BEGIN HIDDEN TESTS
assert close(poverty_change_points({"poverty_rate_after": 0.08961}, {"poverty_rate_after": 0.12697}), 3.736, 1e-6), L("Check a reform that raises the rate (a higher standard moves the poverty line).", "请检查使贫困率上升的改革（提高标准会移动贫困线）。")
assert poverty_change_points({"poverty_rate_after": 0.05}, {"poverty_rate_after": 0.05}) == 0, L("No change is 0 points.", "没有变化就是0个百分点。")
assert close(poverty_change_points({"poverty_rate_after": 0.1234, "persons": 9000, "spending_total": 1}, {"poverty_rate_after": 0.1200, "persons": 9100, "spending_total": 2}), -0.34, 1e-6), L("Only the rates count for the change in points, not the numbers of people.", "百分点的变化只看比率，不看人数。")
assert close(poverty_change_points({"poverty_rate_after": 0.3}, {"poverty_rate_after": 0.1}), -20.0, 1e-9), L("Check a change from 0.3 to 0.1.", "请检查从 0.3 到 0.1 的变化。")
assert close(poverty_change_points({"poverty_rate_after": 0.001}, {"poverty_rate_after": 0.0015}), 0.05, 1e-9), L("Check a change from 0.001 to 0.0015.", "请检查从 0.001 到 0.0015 的变化。")
assert close(poverty_change_points({"poverty_rate_after": 0.2}, {"poverty_rate_after": 0.0}), -20.0, 1e-9), L("Check a change from 0.2 to 0.0.", "请检查从 0.2 到 0.0 的变化。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. Extra spending per person lifted out of poverty
#
# - people below the standard after assistance = poverty rate × people, in each run;
# - people lifted out = the baseline's people below the standard − the reform's;
# - extra spending per person lifted out = (the reform's spending − the baseline's spending) ÷ people lifted out,
#   in yuan a month.
#
# For the plan: 0.08961 × 10,654 = 954.7 people below the standard in the baseline and 0.08751 × 10,654 =
# 932.3 with the plan, so 22.4 people are lifted out, for 279,746 − 270,014 = 9,732 yuan a month more:
# 9,732 ÷ 22.4 = 434 yuan a month per person lifted out. (Without rounding the people on the way, 9,732 ÷ 22.37
# gives 435.0: what your function returns for these figures. The model, counting the people below the standard month
# by month, gives **436 yuan a month**: the rounding moves the figure by a yuan or two, no more.)
#
# Write `spending_per_person_lifted(baseline, reform)`, returning the extra spending per person lifted out, in yuan
# a month. When the reform lifts **no one** out (people lifted out is 0 or less), there is no such figure: return
# `None`. The two runs may have slightly different numbers of people. A reform that lifts people out **and** spends
# less gives a negative figure: keep it negative.
# <!-- zh -->
# ## 3. 每让一人脱贫增加的支出
#
# - 救助后低于标准的人数 = 贫困率 × 人口，每次运行分别计算；
# - 脱贫人数 = 基线中低于标准的人数 − 改革后低于标准的人数；
# - 每让一人脱贫增加的支出 =（改革的支出 − 基线的支出）÷ 脱贫人数，单位为每月元数。
#
# 以该计划为例：基线中低于标准的有 0.08961 × 10,654 = 954.7 人，实行计划后有 0.08751 × 10,654 = 932.3 人，所以有 22.4 人脱贫，每月多支出 279,746 − 270,014 = 9,732 元：9,732 ÷ 22.4 = 434，即每让一人脱贫每月434元。（如果计算过程中不对人数取整，9,732 ÷ 22.37 得 435.0：这就是你的函数对这些数字应返回的结果。模型逐月统计低于标准的人数，得出的是**每月436元**：取整只会让结果相差一两元。）
#
# 请编写函数 `spending_per_person_lifted(baseline, reform)`，返回每让一人脱贫增加的支出（每月元数）。如果改革**没有**让任何人脱贫（脱贫人数为0或更少），就没有这个数字：返回 `None`。两次运行的人口可能略有不同。既让人脱贫**又**减少支出的改革，结果是负数：保留负号。

# %% nbgrader={"grade": false, "grade_id": "cost_per_person_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def spending_per_person_lifted(baseline, reform):
    # en: Extra spending per person lifted out of poverty, yuan a month; None if no one is lifted out.
    # zh: 每让一人脱贫增加的支出（每月元数）；没有人脱贫时返回 None。
    ### BEGIN SOLUTION
    poor_before = baseline["poverty_rate_after"] * baseline["persons"]
    poor_after = reform["poverty_rate_after"] * reform["persons"]
    lifted = poor_before - poor_after
    if lifted <= 0:
        return None
    return (reform["spending_total"] - baseline["spending_total"]) / lifted
    ### END SOLUTION


# %%
# en: Try your function here. The plan should give about 435.0.
# zh: 在这里试用你的函数。该计划的结果应约为 435.0。
spending_per_person_lifted(baseline, plan)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_person_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example of the text.
# zh: 检查：题目中的例子。
assert close(spending_per_person_lifted({"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}, {"poverty_rate_after": 0.08751, "persons": 10654, "spending_total": 279746}), 434.98, 0.5), L("9,732 yuan more a month for 22.37 people lifted out is about 435.0 yuan a month each.", "每月多支出9,732元，让22.37人脱贫，每人约为每月435.0元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_person", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks comparisons you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的比较。
assert spending_per_person_lifted({"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}, {"poverty_rate_after": 0.12697, "persons": 10654, "spending_total": 374339}) is None, L("A reform after which more people are below the standard lifts no one out: return None.", "改革后低于标准的人更多，就没有人脱贫：返回 None。")
### BEGIN HIDDEN TESTS
assert close(spending_per_person_lifted({"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}, {"poverty_rate_after": 0.08694, "persons": 10654, "spending_total": 281933}), 419.00, 0.5), L("Check online applications without a counter visit: 11,919 yuan more a month for 28.4 people lifted out.", "请检查无需到窗口的网上申请：每月多支出11,919元，让28.4人脱贫。")
assert close(spending_per_person_lifted({"poverty_rate_after": 0.08961, "persons": 10654, "spending_total": 270014}, {"poverty_rate_after": 0.08931, "persons": 10654, "spending_total": 268667}), -1347 / (0.0003 * 10654), 0.001), L("A reform that lifts people out and spends less gives a negative figure: keep the sign.", "既让人脱贫又减少支出的改革，结果是负数：保留负号。")
assert spending_per_person_lifted({"poverty_rate_after": 0.1, "persons": 1000, "spending_total": 5000}, {"poverty_rate_after": 0.1, "persons": 1000, "spending_total": 9000}) is None, L("When exactly as many people are below the standard, no one is lifted out: return None.", "低于标准的人数完全相同时，没有人脱贫：返回 None。")
assert close(spending_per_person_lifted({"poverty_rate_after": 0.1, "persons": 1000, "spending_total": 5000}, {"poverty_rate_after": 0.1, "persons": 950, "spending_total": 6000}), 200, 1e-6), L("Count people below the standard in each run with its own number of people: 100 before, 95 after.", "每次运行用它自己的人口计算低于标准的人数：之前100人，之后95人。")
assert close(spending_per_person_lifted({"poverty_rate_after": 0.2, "persons": 500, "spending_total": 1000}, {"poverty_rate_after": 0.1, "persons": 500, "spending_total": 1000}), 0, 1e-9), L("A reform that lifts people out at no extra cost costs 0 per person.", "不增加支出就让人脱贫的改革，每人成本为0。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Larger than the noise?
#
# One district is one draw. The lab ran each reform against the baseline on five districts, drawn with seeds 1 to
# 5, and recorded the **difference** in the poverty rate after assistance, in percentage points, in each:
#
# | seed | 1 | 2 | 3 | 4 | 5 |
# | --- | --- | --- | --- | --- | --- |
# | the plan (integrated database and online applications) | −0.210 | −0.188 | −0.139 | −0.134 | −0.141 |
# | a decision deadline of 21 working days | −0.001 | +0.014 | −0.008 | +0.013 | +0.007 |
#
# The 95% confidence interval of the mean difference over *n* seeds is
#
# mean ± *t* × *s* ÷ √*n*
#
# where *s* is the standard deviation of the differences (the sample standard deviation, dividing by *n* − 1:
# `statistics.stdev` computes it) and *t* comes from the table `T_975` below (for 5 seeds, 2.776).
#
# Write `interval_95(differences)`, returning the three numbers `(mean, low, high)`, and
# `larger_than_noise(differences)`, returning `True` when the interval **leaves out zero** (both ends below zero, or
# both above) and `False` otherwise. The list has at least two differences.
#
# *Example:* the plan's differences have a mean of −0.1624 and *s* = 0.0344, so the interval is −0.1624 ± 2.776 ×
# 0.0344 ÷ √5, from −0.205 to −0.120: larger than the noise.
# <!-- zh -->
# ## 4. 大于随机波动吗？
#
# 一个县区只是一次抽样。实验室在随机种子1到5生成的五个县区上，把每项改革与基线比较，并记录每个县区救助后贫困率的**差值**（百分点）：
#
# | 随机种子 | 1 | 2 | 3 | 4 | 5 |
# | --- | --- | --- | --- | --- | --- |
# | 该计划（统一数据库加网上申请） | −0.210 | −0.188 | −0.139 | −0.134 | −0.141 |
# | 21个工作日的审批时限 | −0.001 | +0.014 | −0.008 | +0.013 | +0.007 |
#
# *n* 个随机种子的平均差值的 95% 置信区间为
#
# 平均数 ± *t* × *s* ÷ √*n*
#
# 其中 *s* 是差值的标准差（样本标准差，除以 *n* − 1：`statistics.stdev` 可以计算），*t* 取自下面的 `T_975` 表（5个随机种子时为2.776）。
#
# 请编写函数 `interval_95(differences)`，返回三个数 `(mean, low, high)`（平均数、下限、上限）；以及函数 `larger_than_noise(differences)`：区间**不包含零**（两端都小于零，或都大于零）时返回 `True`，否则返回 `False`。列表中至少有两个差值。
#
# *例子：* 该计划的差值平均数为 −0.1624，*s* = 0.0344，所以区间为 −0.1624 ± 2.776 × 0.0344 ÷ √5，从 −0.205 到 −0.120：大于随机波动。

# %%
# en: t for a 95% interval, by the number of seeds n (n - 1 degrees of freedom), and the two rows of the table.
# zh: 95% 区间的 t 值，按随机种子数 n（自由度 n - 1）排列；以及表中的两行数据。
T_975 = {2: 12.706, 3: 4.303, 4: 3.182, 5: 2.776, 6: 2.571, 7: 2.447, 8: 2.365, 9: 2.306, 10: 2.262}
plan_differences = [-0.210, -0.188, -0.139, -0.134, -0.141]
deadline_differences = [-0.001, 0.014, -0.008, 0.013, 0.007]

# %% nbgrader={"grade": false, "grade_id": "interval_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
import math
import statistics


def interval_95(differences):
    # en: (mean, low, high): the mean of the differences and its 95% confidence interval.
    # zh: (mean, low, high)：差值的平均数及其 95% 置信区间。
    ### BEGIN SOLUTION
    n = len(differences)
    mean = statistics.mean(differences)
    half = T_975[n] * statistics.stdev(differences) / math.sqrt(n)
    return mean, mean - half, mean + half
    ### END SOLUTION


def larger_than_noise(differences):
    # en: True when the 95% interval leaves out zero.
    # zh: 95% 区间不包含零时返回 True。
    ### BEGIN SOLUTION
    mean, low, high = interval_95(differences)
    return low > 0 or high < 0
    ### END SOLUTION


# %%
# en: Try your functions here. The plan should give about (-0.162, -0.205, -0.120) and True.
# zh: 在这里试用你的函数。该计划的结果应约为 (-0.162, -0.205, -0.120) 和 True。
print(interval_95(plan_differences), larger_than_noise(plan_differences))

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "interval_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the plan's differences.
# zh: 检查：该计划的差值。
mean, low, high = interval_95([-0.210, -0.188, -0.139, -0.134, -0.141])
assert close(mean, -0.1624, 1e-4), L("The mean of the plan's five differences is -0.1624.", "该计划五个差值的平均数是 -0.1624。")
assert close(low, -0.2051, 1e-3) and close(high, -0.1197, 1e-3), L("The plan's interval runs from about -0.205 to -0.120: mean -/+ 2.776 x s / sqrt(5), with s dividing by n - 1.", "该计划的区间约为 -0.205 到 -0.120：平均数 ∓ 2.776 × s ÷ √5，s 除以 n - 1。")
assert larger_than_noise([-0.210, -0.188, -0.139, -0.134, -0.141]) is True, L("The plan's interval leaves out zero: larger than the noise.", "该计划的区间不包含零：大于随机波动。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "interval", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks other seeds' results.
# zh: 更多检查。培训师评分时，这个单元格还会检查其他随机种子的结果。
assert larger_than_noise([-0.001, 0.014, -0.008, 0.013, 0.007]) is False, L("The deadline's interval, about -0.007 to +0.017, includes zero: not larger than the noise.", "审批时限的区间约为 -0.007 到 +0.017，包含零：没有大于随机波动。")
### BEGIN HIDDEN TESTS
mean, low, high = interval_95([-0.001, 0.014, -0.008, 0.013, 0.007])
assert close(low, -0.0067, 1e-3) and close(high, 0.0167, 1e-3), L("Check the deadline's interval: about -0.007 to +0.017.", "请检查审批时限的区间：约为 -0.007 到 +0.017。")
mean, low, high = interval_95([1.0, 2.0, 3.0])
assert close(mean, 2, 1e-9) and close(high - mean, 2.4844, 1e-3), L("Check three seeds: t is 4.303 for 3 seeds.", "请检查3个随机种子的情形：3个随机种子时 t 为4.303。")
assert larger_than_noise([0.5, 0.7]) is False and larger_than_noise([0.5, 0.51]) is True, L("Check two seeds: t is 12.706, so two differences must be very close to show an effect.", "请检查2个随机种子的情形：t 为12.706，所以两个差值必须非常接近才能显示出效果。")
assert larger_than_noise([2.0, 2.1, 1.9, 2.0]) is True, L("Check a change that is clearly above zero.", "请检查明显大于零的变化。")
# Intervals of other seeds' differences, from scipy's t distribution (the t table is rounded to three decimals).
mean, low, high = interval_95([0.21, 0.18, 0.25, 0.19, 0.22, 0.2])
assert close(mean, 0.208333, 1e-5) and close(low, 0.1823, 2e-3) and close(high, 0.2344, 2e-3), L("Check the differences [0.21, 0.18, 0.25, 0.19, 0.22, 0.2].", "请检查差值 [0.21, 0.18, 0.25, 0.19, 0.22, 0.2]。")
assert larger_than_noise([0.21, 0.18, 0.25, 0.19, 0.22, 0.2]) is True, L("Check whether the interval of [0.21, 0.18, 0.25, 0.19, 0.22, 0.2] leaves out zero.", "请检查 [0.21, 0.18, 0.25, 0.19, 0.22, 0.2] 的区间是否包含零。")
mean, low, high = interval_95([-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36])
assert close(mean, -0.325, 1e-5) and close(low, -0.3616, 2e-3) and close(high, -0.2884, 2e-3), L("Check the differences [-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36].", "请检查差值 [-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36]。")
assert larger_than_noise([-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36]) is True, L("Check whether the interval of [-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36] leaves out zero.", "请检查 [-0.35, -0.28, -0.31, -0.4, -0.27, -0.33, -0.3, -0.36] 的区间是否包含零。")
mean, low, high = interval_95([0.203, -0.041, -0.633])
assert close(mean, -0.157, 1e-5) and close(low, -1.2249, 2e-3) and close(high, 0.9109, 2e-3), L("Check the differences [0.203, -0.041, -0.633].", "请检查差值 [0.203, -0.041, -0.633]。")
assert larger_than_noise([0.203, -0.041, -0.633]) is False, L("Check whether the interval of [0.203, -0.041, -0.633] leaves out zero.", "请检查 [0.203, -0.041, -0.633] 的区间是否包含零。")
mean, low, high = interval_95([-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39])
assert close(mean, -0.059571, 1e-5) and close(low, -0.271, 2e-3) and close(high, 0.1519, 2e-3), L("Check the differences [-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39].", "请检查差值 [-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39]。")
assert larger_than_noise([-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39]) is False, L("Check whether the interval of [-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39] leaves out zero.", "请检查 [-0.001, -0.038, -0.033, 0.358, -0.099, -0.214, -0.39] 的区间是否包含零。")
mean, low, high = interval_95([0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07])
assert close(mean, 0.083, 1e-5) and close(low, 0.0548, 2e-3) and close(high, 0.1112, 2e-3), L("Check the differences [0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07].", "请检查差值 [0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07]。")
assert larger_than_noise([0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07]) is True, L("Check whether the interval of [0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07] leaves out zero.", "请检查 [0.12, 0.05, 0.09, 0.15, 0.02, 0.08, 0.11, 0.04, 0.1, 0.07] 的区间是否包含零。")
mean, low, high = interval_95([-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2])
assert close(mean, 0.066778, 1e-5) and close(low, -0.0652, 2e-3) and close(high, 0.1988, 2e-3), L("Check the differences [-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2].", "请检查差值 [-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2]。")
assert larger_than_noise([-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2]) is False, L("Check whether the interval of [-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2] leaves out zero.", "请检查 [-0.225, -0.016, 0.342, 0.191, 0.137, 0.022, 0.05, -0.1, 0.2] 的区间是否包含零。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Written answer: your recommendation to Dachuan (graded by your trainer)
#
# The lab compared five reforms with the baseline on five districts of 4,000 households over 36 months. Each cell
# gives the mean change and its 95% interval across the five seeds. Spending is for the whole small district, in
# yuan a month; "lifted out" counts people no longer below Dachuan's own standard (the baseline's) after
# assistance. The poverty rate is measured against each scenario's own standard.
#
# | reform | poverty rate after assistance | exclusion error | inclusion error | working days to a decision | spending, yuan a month | people lifted out | yuan a month per person lifted out |
# | --- | --- | --- | --- | --- | --- | --- | --- |
# | A. integrated database and online applications (Dachuan's plan) | −0.16 pp (−0.21 to −0.12) | −2.9 pp (−3.7 to −2.1) | −0.4 pp (−0.9 to +0.0) | −1.6 (−2.3 to −0.8) | +7,700 (+6,037 to +9,364) | 17 (13 to 22) | 444 |
# | B. online applications with no counter visit, no integrated database | −0.21 pp (−0.30 to −0.12) | −3.4 pp (−3.8 to −3.0) | +0.1 pp (−0.2 to +0.4) | +4.1 (+3.4 to +4.9) | +10,909 (+7,891 to +13,928) | 23 (13 to 32) | 480 |
# | C. a decision deadline of 21 working days | +0.00 pp (−0.01 to +0.02) | +0.0 pp (−0.0 to +0.1) | +0.1 pp (−0.1 to +0.2) | −0.6 (−1.1 to −0.1) | +61 (−309 to +432) | −1 (−2 to 1) | – |
# | D. an activation path for half the new recipients able to work | −0.04 pp (−0.06 to −0.02) | +0.2 pp (+0.0 to +0.3) | +0.2 pp (+0.1 to +0.4) | −0.0 (−0.0 to +0.0) | −608 (−1,257 to +41) | 4 (2 to 7) | −141 |
# | E. standards raised to the national average (617 and 437 yuan) | +3.71 pp (+3.45 to +3.97) | +3.7 pp (+2.7 to +4.7) | −0.5 pp (−1.8 to +0.7) | +10.5 (+7.1 to +13.9) | +103,230 (+98,601 to +107,860) | 45 (38 to 52) | 2,295 |
#
# **Recommend one reform, or a combination, to Dachuan's civil-affairs bureau.** In a few sentences for each point:
#
# 1. your recommendation, and the **figures** from the table (with their intervals) that support it;
# 2. what it **costs**, and what the cost per person lifted out does and does not tell you (think of reform E);
# 3. **who could lose** from it, and what you would do about that;
# 4. what you would want to **know first**, before Dachuan spends the money, and how a pilot could find it out.
#
# Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 5. 简答题：你给达川区的建议（由培训师评分）
#
# 实验室在五个有 4,000 户家庭、运行 36 个月的县区上，把五项改革与基线作了比较。每一格给出平均变化以及五个随机种子之间的 95% 区间。支出是整个小县区的每月元数；“脱贫人数”是救助后不再低于达川原有标准（基线的标准）的人数。贫困率按每个情景自己的标准衡量。
#
# | 改革 | 救助后贫困率 | 漏保率 | 错保率 | 作出决定的工作日数 | 支出（元/月） | 脱贫人数 | 每让一人脱贫的月支出（元） |
# | --- | --- | --- | --- | --- | --- | --- | --- |
# | A. 统一数据库加网上申请（达川区的计划） | −0.16 个百分点（−0.21 到 −0.12） | −2.9 个百分点（−3.7 到 −2.1） | −0.4 个百分点（−0.9 到 +0.0） | −1.6（−2.3 到 −0.8） | +7,700（+6,037 到 +9,364） | 17（13 到 22） | 444 |
# | B. 无需到窗口的网上申请，不建统一数据库 | −0.21 个百分点（−0.30 到 −0.12） | −3.4 个百分点（−3.8 到 −3.0） | +0.1 个百分点（−0.2 到 +0.4） | +4.1（+3.4 到 +4.9） | +10,909（+7,891 到 +13,928） | 23（13 到 32） | 480 |
# | C. 21个工作日的审批时限 | +0.00 个百分点（−0.01 到 +0.02） | +0.0 个百分点（−0.0 到 +0.1） | +0.1 个百分点（−0.1 到 +0.2） | −0.6（−1.1 到 −0.1） | +61（−309 到 +432） | −1（−2 到 1） | – |
# | D. 为一半有劳动能力的新获救助家庭提供就业促进 | −0.04 个百分点（−0.06 到 −0.02） | +0.2 个百分点（+0.0 到 +0.3） | +0.2 个百分点（+0.1 到 +0.4） | −0.0（−0.0 到 +0.0） | −608（−1,257 到 +41） | 4（2 到 7） | −141 |
# | E. 标准提高到全国平均水平（617元和437元） | +3.71 个百分点（+3.45 到 +3.97） | +3.7 个百分点（+2.7 到 +4.7） | −0.5 个百分点（−1.8 到 +0.7） | +10.5（+7.1 到 +13.9） | +103,230（+98,601 到 +107,860） | 45（38 到 52） | 2,295 |
#
# **请向达川区民政局推荐一项改革，或几项改革的组合。** 每一点写几句话：
#
# 1. 你的建议，以及表中支持它的**数字**（连同区间）；
# 2. 它**要花多少钱**，以及“每让一人脱贫的成本”能说明什么、不能说明什么（想一想改革E）；
# 3. 它可能让**谁受损**，你会怎么办；
# 4. 在达川区花这笔钱之前，你**首先想了解**什么，以及试点怎样能找到答案。
#
# 请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "recommendation_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points for point 1 (a clear recommendation, 1; figures with their
# intervals used correctly, 1), 1 for point 2 (the cost, and the moving poverty line of reform E or the small
# numbers behind a cost per person), 1 for point 3 (who loses and a response), 2 for point 4 (what to know first, 1;
# a pilot that could find it out, 1). Accept other recommendations (reform B, as long as the answer does not claim
# that B clearly lowers poverty more than A; reform E or a deadline included) if the figures are read correctly and
# the argument holds.*
#
# 1. **Reform A, Dachuan's own plan.** It lowers poverty after assistance by 0.16 points (0.12 to 0.21).
#    A, B and D all lower poverty by more than the noise; C's change is within the noise. B lowers it a little more
#    than A on average (0.21 points, 0.12 to 0.30), but their intervals overlap widely (A's average lies inside B's
#    interval), so these seeds cannot tell A and B apart on poverty; D does far less (0.04 points). A cuts the
#    exclusion error by 2.9 points; its inclusion error falls a little too, but only just within the noise
#    (−0.4 points, −0.9 to +0.0). Its decisions come sooner (1.6 working days on average, from 0.8 to 2.3 days
#    sooner: more than the noise). B cuts the exclusion error a little more on average (3.4 points), but B's average
#    lies inside A's interval, so the seeds cannot tell A and B apart on it either. Without the integrated database,
#    B's inclusion error does not change by more than the noise (+0.1 points, −0.2 to +0.4), its decisions take
#    longer by more than the noise (4.1 working days on average, from 3.4 to 4.9 days later), and on average it
#    costs about 40% more than A. A gets most of B's average fall in poverty for less money, with quicker decisions.
#    D, the activation path, does little for poverty and does not clearly save money (608 yuan a month less on
#    average, but from 1,257 less to 41 more: within the noise), and it raises both error rates a little (about 0.2
#    points each); C, the deadline, brings decisions 0.6 working days
#    sooner, more than the noise (from 0.1 to 1.1 days sooner), at no clear cost in these figures. C could be added
#    to A; D too, if its small rise in errors is watched.
# 2. **Cost.** About 7,700 yuan a month more on this district, some 444 yuan a month per person lifted out. That
#    figure leaves out what A buys besides (fewer eligible people missed, quicker decisions); B's, a little higher
#    (480 yuan), leaves out what B costs besides (longer waits). The figure also misreads E:
#    the people E lifts above the old standard count as lifted out, yet against E's own, higher
#    standard poverty after assistance rises, because the poverty line moves with the standard. D's figure is
#    negative because it lifts a few people out (4, from 2 to 7) while spending less on average; with so few
#    people, and a saving within the noise, any cost per person is fragile. The database itself (IT, data-sharing
#    agreements between 27 agencies) is not in these figures.
# 3. **Who loses.** Households paid Dibao by mistake lose it when incomes are checked against shared records; some
#    may be poor in ways the records miss. I would give them notice, a review by a caseworker and a route to
#    temporary assistance, and keep the democratic appraisal for disputed cases.
# 4. **Know first.** How good the agencies' data are (the model assumes the means test's error falls from 0.30 to
#    0.12 log points: an assumption), the real take-up and processing times today, and what the database costs to
#    build and run. Pilot it in a few towns against similar towns without it for a year, measuring errors,
#    processing days and complaints before rolling it out.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：第1点2分（建议明确1分；正确使用数字及其区间1分）；第2点1分（成本，以及改革E的贫困线移动问题或成本背后人数很少的问题）；第3点1分（谁受损以及应对办法）；第4点2分（首先要了解什么1分；能找到答案的试点1分）。其他建议（包括选择改革B，只要答案没有声称B使贫困下降得明显比A多；以及改革E或审批时限）只要正确解读了数字、论证成立，也可接受。*
#
# 1. **改革A，即达川区自己的计划。** 它使救助后贫困率下降0.16个百分点（0.12到0.21）。A、B、D三项都使贫困下降，且大于随机波动；C的变化在随机波动之内。B平均比A降得略多（0.21个百分点，0.12到0.30），但两者的区间大部分重叠（A的平均数落在B的区间之内），所以这些随机种子分不出A和B哪一项使贫困下降得更多；D降得少得多（0.04个百分点）。A使漏保率下降2.9个百分点；错保率也略有下降，但刚好在随机波动之内（−0.4个百分点，−0.9到+0.0）。作出决定的时间也更短（平均提前1.6个工作日，提前0.8到2.3天，大于随机波动）。B使漏保率平均下降得略多（3.4个百分点），但B的平均数落在A的区间之内，所以这些随机种子在这一点上同样分不出A和B。没有统一数据库，B的错保率变化没有超出随机波动（+0.1个百分点，−0.2到+0.4），审批时间更长，且大于随机波动（平均多4.1个工作日，推迟3.4到4.9天），平均花费比A多约40%。A用更少的钱实现了B平均贫困降幅的大部分，而且决定更快。D（就业促进）对贫困作用不大，也没有明显节省支出（平均每月少花608元，但从少花1,257元到多花41元，在随机波动之内），还使两种差错率都略有上升（各约0.2个百分点）；C（审批时限）使决定平均提前0.6个工作日，大于随机波动（提前0.1到1.1天），从这些数字看也没有明显增加支出。C可以与A一起实行；D也可以，但要留意差错率的小幅上升。
# 2. **成本。** 在这个县区每月多花约7,700元，每让一人脱贫每月约444元。这个数字没有包括A带来的其他好处（漏保更少，决定更快）；B的这个数字略高（480元），而且没有计入B的其他代价（等待更长）。这个数字还会误读E：E让收入越过原标准的人都算作脱贫，但按E自己更高的标准，救助后贫困反而上升，因为贫困线随标准移动。D的数字是负的，因为它在平均支出减少的同时让少数人脱贫（4人，2到7人）；人数这么少，节省的支出又在随机波动之内，任何每人成本都不稳定。数据库本身的费用（信息系统、27个部门之间的数据共享协议）不在这些数字中。
# 3. **谁受损。** 收入与共享记录核对后，被错发低保的家庭会失去低保；其中有些家庭可能以记录反映不出的方式陷入贫困。我会提前通知他们，由经办人员复核，并提供申请临时救助的渠道，对有争议的个案保留民主评议。
# 4. **首先要了解的。** 各部门数据的质量如何（模型假设家庭经济状况核查的误差从0.30降到0.12个对数点：这是一个假设），目前实际的申领率和办理时间，以及建设和运行数据库的成本。先在几个乡镇试点一年，与没有试点的类似乡镇比较，测量差错、办理天数和投诉，再全面推开。
# ### END SOLUTION

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
