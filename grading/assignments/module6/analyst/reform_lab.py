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
# | baseline | 9.3901% | 10,375 | 223,927 |
# | the plan | 9.2852% | 10,375 | 227,530 |
#
# In Python the rates are shares: 9.3901% is `0.093901`. The cell below holds these figures as two dictionaries;
# `baseline["poverty_rate_after"]` is `0.093901`.
#
# Write `poverty_change_points(baseline, reform)`: the change in the poverty rate after assistance, **reform minus
# baseline**, in **percentage points** (a fall from 9.3901% to 9.2852% is −0.1049 points). It takes two dictionaries
# like these.
# <!-- zh -->
# ## 2. 救助后贫困的变化
#
# 达川区自己的计划（统一数据库加网上申请）在实验室的县区上与基线比较（随机种子为1）。36个月的平均值：
#
# | | 救助后贫困率 | 人口 | 支出（元/月） |
# | --- | --- | --- | --- |
# | 基线 | 9.3901% | 10,375 | 223,927 |
# | 该计划 | 9.2852% | 10,375 | 227,530 |
#
# 在 Python 中，比率用小数表示：9.3901% 写作 `0.093901`。下面的单元格用两个字典保存这些数字；`baseline["poverty_rate_after"]` 是 `0.093901`。
#
# 请编写函数 `poverty_change_points(baseline, reform)`：救助后贫困率的变化，即**改革减去基线**，单位为**百分点**（从9.3901%降到9.2852%，是 −0.1049 个百分点）。它接收两个这样的字典。

# %%
# en: The figures of the table (shares, people, yuan a month).
# zh: 表中的数字（比率、人数、每月元数）。
baseline = {"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}
plan = {"poverty_rate_after": 0.092852, "persons": 10375, "spending_total": 227530}

# %% nbgrader={"grade": false, "grade_id": "poverty_change_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def poverty_change_points(baseline, reform):
    # en: The change in the poverty rate after assistance, reform minus baseline, in percentage points.
    # zh: 救助后贫困率的变化（改革减去基线），单位为百分点。
    ### BEGIN SOLUTION
    return (reform["poverty_rate_after"] - baseline["poverty_rate_after"]) * 100
    ### END SOLUTION


# %%
# en: Try your function here. The plan should give about -0.1049.
# zh: 在这里试用你的函数。该计划的结果应约为 -0.1049。
poverty_change_points(baseline, plan)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_change_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example of the table.
# zh: 检查：表中的例子。
assert close(poverty_change_points({"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}, {"poverty_rate_after": 0.092852, "persons": 10375, "spending_total": 227530}), -0.1049, 0.001), L("From 9.3901% to 9.2852% is a change of -0.1049 percentage points: (0.092852 - 0.093901) x 100.", "从9.3901%到9.2852%，变化为 -0.1049 个百分点：(0.092852 - 0.093901) × 100。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_change", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks comparisons you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的比较。
assert close(poverty_change_points({"poverty_rate_after": 0.06}, {"poverty_rate_after": 0.08}), 2.0, 1e-6), L("A rise from 6% to 8% is +2 percentage points: reform minus baseline.", "从6%上升到8%是 +2 个百分点：改革减去基线。")
### BEGIN HIDDEN TESTS
assert close(poverty_change_points({"poverty_rate_after": 0.093901}, {"poverty_rate_after": 0.104945}), 1.1044, 1e-6), L("Check a reform that raises the rate (a higher standard moves the poverty line).", "请检查使贫困率上升的改革（提高标准会移动贫困线）。")
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
# For the plan: 0.093901 × 10,375 = 974.2 people below the standard in the baseline and 0.092852 × 10,375 =
# 963.3 with the plan, so 10.9 people are lifted out, for 227,530 − 223,927 = 3,603 yuan a month more:
# 3,603 ÷ 10.9 = 331 yuan a month per person lifted out. (Without rounding the people on the way, 3,603 ÷ 10.88
# gives 331.1: what your function returns for these figures. The model, counting the people below the standard month
# by month, gives **332 yuan a month**: the rounding moves the figure by a yuan or two, no more.)
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
# 以该计划为例：基线中低于标准的有 0.093901 × 10,375 = 974.2 人，实行计划后有 0.092852 × 10,375 = 963.3 人，所以有 10.9 人脱贫，每月多支出 227,530 − 223,927 = 3,603 元：3,603 ÷ 10.9 = 331，即每让一人脱贫每月331元。（如果计算过程中不对人数取整，3,603 ÷ 10.88 得 331.1：这就是你的函数对这些数字应返回的结果。模型逐月统计低于标准的人数，得出的是**每月332元**：取整只会让结果相差一两元。）
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
# en: Try your function here. The plan should give about 331.1.
# zh: 在这里试用你的函数。该计划的结果应约为 331.1。
spending_per_person_lifted(baseline, plan)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_person_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example of the text.
# zh: 检查：题目中的例子。
assert close(spending_per_person_lifted({"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}, {"poverty_rate_after": 0.092852, "persons": 10375, "spending_total": 227530}), 331.06, 0.5), L("3,603 yuan more a month for 10.88 people lifted out is about 331.1 yuan a month each.", "每月多支出3,603元，让10.88人脱贫，每人约为每月331.1元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_person", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks comparisons you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的比较。
assert spending_per_person_lifted({"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}, {"poverty_rate_after": 0.104945, "persons": 10375, "spending_total": 253913}) is None, L("A reform after which more people are below the standard lifts no one out: return None.", "改革后低于标准的人更多，就没有人脱贫：返回 None。")
### BEGIN HIDDEN TESTS
assert close(spending_per_person_lifted({"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}, {"poverty_rate_after": 0.092027, "persons": 10375, "spending_total": 233602}), 497.61, 0.5), L("Check online applications without a counter visit: 9,675 yuan more a month for 19.4 people lifted out.", "请检查无需到窗口的网上申请：每月多支出9,675元，让19.4人脱贫。")
assert close(spending_per_person_lifted({"poverty_rate_after": 0.093901, "persons": 10375, "spending_total": 223927}, {"poverty_rate_after": 0.093601, "persons": 10375, "spending_total": 222580}), -1347 / (0.0003 * 10375), 0.001), L("A reform that lifts people out and spends less gives a negative figure: keep the sign.", "既让人脱贫又减少支出的改革，结果是负数：保留负号。")
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
# | the plan (integrated database and online applications) | −0.105 | −0.114 | −0.211 | −0.187 | −0.149 |
# | a decision deadline of 21 working days | +0.002 | 0.000 | 0.000 | +0.008 | 0.000 |
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
# *Example:* the plan's differences have a mean of −0.1532 and *s* = 0.0457, so the interval is −0.1532 ± 2.776 ×
# 0.0457 ÷ √5, from −0.210 to −0.096: larger than the noise.
# <!-- zh -->
# ## 4. 大于随机波动吗？
#
# 一个县区只是一次抽样。实验室在随机种子1到5生成的五个县区上，把每项改革与基线比较，并记录每个县区救助后贫困率的**差值**（百分点）：
#
# | 随机种子 | 1 | 2 | 3 | 4 | 5 |
# | --- | --- | --- | --- | --- | --- |
# | 该计划（统一数据库加网上申请） | −0.105 | −0.114 | −0.211 | −0.187 | −0.149 |
# | 21个工作日的审批时限 | +0.002 | 0.000 | 0.000 | +0.008 | 0.000 |
#
# *n* 个随机种子的平均差值的 95% 置信区间为
#
# 平均数 ± *t* × *s* ÷ √*n*
#
# 其中 *s* 是差值的标准差（样本标准差，除以 *n* − 1：`statistics.stdev` 可以计算），*t* 取自下面的 `T_975` 表（5个随机种子时为2.776）。
#
# 请编写函数 `interval_95(differences)`，返回三个数 `(mean, low, high)`（平均数、下限、上限）；以及函数 `larger_than_noise(differences)`：区间**不包含零**（两端都小于零，或都大于零）时返回 `True`，否则返回 `False`。列表中至少有两个差值。
#
# *例子：* 该计划的差值平均数为 −0.1532，*s* = 0.0457，所以区间为 −0.1532 ± 2.776 × 0.0457 ÷ √5，从 −0.210 到 −0.096：大于随机波动。

# %%
# en: t for a 95% interval, by the number of seeds n (n - 1 degrees of freedom), and the two rows of the table.
# zh: 95% 区间的 t 值，按随机种子数 n（自由度 n - 1）排列；以及表中的两行数据。
T_975 = {2: 12.706, 3: 4.303, 4: 3.182, 5: 2.776, 6: 2.571, 7: 2.447, 8: 2.365, 9: 2.306, 10: 2.262}
plan_differences = [-0.105, -0.114, -0.211, -0.187, -0.149]
deadline_differences = [0.002, 0.000, 0.000, 0.008, 0.000]

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
# en: Try your functions here. The plan should give about (-0.153, -0.210, -0.096) and True.
# zh: 在这里试用你的函数。该计划的结果应约为 (-0.153, -0.210, -0.096) 和 True。
print(interval_95(plan_differences), larger_than_noise(plan_differences))

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "interval_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the plan's differences.
# zh: 检查：该计划的差值。
mean, low, high = interval_95([-0.105, -0.114, -0.211, -0.187, -0.149])
assert close(mean, -0.1532, 1e-4), L("The mean of the plan's five differences is -0.1532.", "该计划五个差值的平均数是 -0.1532。")
assert close(low, -0.2100, 1e-3) and close(high, -0.0964, 1e-3), L("The plan's interval runs from about -0.210 to -0.096: mean -/+ 2.776 x s / sqrt(5), with s dividing by n - 1.", "该计划的区间约为 -0.210 到 -0.096：平均数 ∓ 2.776 × s ÷ √5，s 除以 n - 1。")
assert larger_than_noise([-0.105, -0.114, -0.211, -0.187, -0.149]) is True, L("The plan's interval leaves out zero: larger than the noise.", "该计划的区间不包含零：大于随机波动。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "interval", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks other seeds' results.
# zh: 更多检查。培训师评分时，这个单元格还会检查其他随机种子的结果。
assert larger_than_noise([0.002, 0.000, 0.000, 0.008, 0.000]) is False, L("The deadline's interval, about -0.002 to +0.006, includes zero: not larger than the noise.", "审批时限的区间约为 -0.002 到 +0.006，包含零：没有大于随机波动。")
### BEGIN HIDDEN TESTS
mean, low, high = interval_95([0.002, 0.000, 0.000, 0.008, 0.000])
assert close(low, -0.00230, 1e-4) and close(high, 0.00630, 1e-4), L("Check the deadline's interval: about -0.002 to +0.006.", "请检查审批时限的区间：约为 -0.002 到 +0.006。")
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
# | A. integrated database and online applications (Dachuan's plan) | −0.15 pp (−0.21 to −0.10) | −3.1 pp (−4.1 to −2.1) | −0.9 pp (−1.7 to −0.1) | −2.7 (−2.8 to −2.6) | +6,025 (+3,244 to +8,807) | 16 (10 to 22) | 378 |
# | B. online applications with no counter visit, no integrated database | −0.21 pp (−0.26 to −0.17) | −4.1 pp (−5.1 to −3.0) | +0.3 pp (−0.1 to +0.8) | +0.1 (−0.2 to +0.3) | +11,066 (+8,673 to +13,459) | 22 (18 to 27) | 497 |
# | C. a decision deadline of 21 working days | +0.00 pp (−0.00 to +0.01) | +0.1 pp (−0.2 to +0.4) | −0.0 pp (−0.1 to +0.0) | −0.1 (−0.2 to +0.0) | −236 (−863 to +392) | 0 (−1 to 0) | – |
# | D. an activation path for half the new recipients able to work | −0.02 pp (−0.04 to +0.00) | +0.1 pp (+0.0 to +0.1) | +0.1 pp (+0.0 to +0.2) | 0.0 (0.0 to 0.0) | −255 (−616 to +106) | 2 (0 to 4) | – |
# | E. standards raised to the national average (617 and 437 yuan) | +3.82 pp (+3.24 to +4.41) | +2.6 pp (+1.2 to +4.0) | −0.1 pp (−2.4 to +2.3) | +0.3 (+0.1 to +0.6) | +86,323 (+82,322 to +90,323) | 52 (41 to 64) | 1,651 |
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
# | A. 统一数据库加网上申请（达川区的计划） | −0.15 个百分点（−0.21 到 −0.10） | −3.1 个百分点（−4.1 到 −2.1） | −0.9 个百分点（−1.7 到 −0.1） | −2.7（−2.8 到 −2.6） | +6,025（+3,244 到 +8,807） | 16（10 到 22） | 378 |
# | B. 无需到窗口的网上申请，不建统一数据库 | −0.21 个百分点（−0.26 到 −0.17） | −4.1 个百分点（−5.1 到 −3.0） | +0.3 个百分点（−0.1 到 +0.8） | +0.1（−0.2 到 +0.3） | +11,066（+8,673 到 +13,459） | 22（18 到 27） | 497 |
# | C. 21个工作日的审批时限 | +0.00 个百分点（−0.00 到 +0.01） | +0.1 个百分点（−0.2 到 +0.4） | −0.0 个百分点（−0.1 到 +0.0） | −0.1（−0.2 到 +0.0） | −236（−863 到 +392） | 0（−1 到 0） | – |
# | D. 为一半有劳动能力的新获救助家庭提供就业促进 | −0.02 个百分点（−0.04 到 +0.00） | +0.1 个百分点（+0.0 到 +0.1） | +0.1 个百分点（+0.0 到 +0.2） | 0.0（0.0 到 0.0） | −255（−616 到 +106） | 2（0 到 4） | – |
# | E. 标准提高到全国平均水平（617元和437元） | +3.82 个百分点（+3.24 到 +4.41） | +2.6 个百分点（+1.2 到 +4.0） | −0.1 个百分点（−2.4 到 +2.3） | +0.3（+0.1 到 +0.6） | +86,323（+82,322 到 +90,323） | 52（41 到 64） | 1,651 |
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
# a pilot that could find it out, 1). Accept other recommendations (reform B, as long as the answer weighs its
# larger fall in poverty against its higher cost and its mistaken payments, and does not claim that the table's
# overlapping intervals show that B does more; reform E or a deadline included) if the figures are read correctly
# and the argument holds.*
#
# 1. **Reform A, Dachuan's own plan.** It lowers poverty after assistance by 0.15 points (0.10 to 0.21).
#    A and B lower poverty by more than the noise; C's and D's changes are within the noise. B lowers it more than A
#    on average (0.21 points, 0.17 to 0.26), but their intervals overlap (from 0.17 to 0.21), so the table does not
#    show that B does more; compared directly on the same five seeds, though, B lowers poverty by 0.06 points more
#    than A, from 0.02 to 0.10 more: more than the noise. So B does a little more for poverty than A; D does far
#    less (0.02 points). A cuts the exclusion error by 3.1 points, and its inclusion error falls too, by more than
#    the noise (−0.9 points, −1.7 to −0.1). Its decisions come sooner (2.7 working days on average, from
#    2.6 to 2.8 days sooner: more than the noise). B cuts the exclusion error more on average (4.1 points); the two
#    intervals overlap widely, but compared directly B's extra cut (1.0 point, from 0.5 to 1.4) is more than the
#    noise: B misses fewer eligible people than A. Without the integrated database, though, B pays more households
#    by mistake: its inclusion error rises on average, within the noise (+0.3 points, −0.1 to +0.8), but compared
#    directly it is 1.3 points above A's (from 0.8 to 1.7: more than the noise). B's decisions take as long as
#    today's (+0.1 working days, −0.2 to +0.3), and on average B costs about 85% more than A. A gets most of B's
#    average fall in poverty for less money, with quicker decisions and fewer households paid by mistake; B's extra
#    fall comes at a high price (point 2). D, the activation path, does little for poverty and does not
#    clearly save money (255 yuan a month less on average, but from 616 less to 106 more: within the noise); its
#    error rates rise a little (about 0.1 points each), by more than the noise (the +0.0 at the lower end of their
#    intervals in the table is a rise too small to show at one decimal). C, the deadline, changes nothing beyond the
#    noise here, where cases are already decided in about 20 working days: its decisions come barely sooner (−0.1
#    working days, from −0.2 to +0.0) and it spends a little less on average (236 yuan a month, from 863 less to 392
#    more), with no change in poverty or in the errors beyond the noise either. C could be added to A as a promise to
#    applicants at no cost in these figures, though they show no gain from it; D I would leave to a pilot that
#    watches its error rates.
# 2. **Cost.** About 6,000 yuan a month more on this district, some 378 yuan a month per person lifted out. That
#    figure leaves out what A buys besides (fewer eligible people missed, fewer paid by mistake, quicker
#    decisions); B's, about a third higher (497 yuan), leaves out what B costs besides (slower decisions and more
#    households paid by mistake than under A). B's extra fall in poverty comes dear: compared directly, B spends
#    5,041 yuan a month more than A (from 4,048 to 6,034 more) to lift about 6 more people out (from 2 to 10), some
#    800 yuan a month for each, more than twice A's figure. The figure also misreads E: the people E lifts above the
#    old standard count as lifted out, yet against E's own, higher standard poverty after assistance rises, because
#    the poverty line moves with the standard. D has no figure (a dash): the seeds do not show it lifting anyone
#    out (2 people, from 0 to 4: within the noise), and its saving is within the noise too. The database itself
#    (IT, data-sharing agreements between 27 agencies) is not in these figures.
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
# *供培训师参考的答案与评分说明：第1点2分（建议明确1分；正确使用数字及其区间1分）；第2点1分（成本，以及改革E的贫困线移动问题或成本背后人数很少的问题）；第3点1分（谁受损以及应对办法）；第4点2分（首先要了解什么1分；能找到答案的试点1分）。其他建议（包括选择改革B，只要答案把B更大的贫困降幅与它更高的成本和错发权衡比较，并且没有声称表中相互重叠的区间就能说明B降得更多；以及改革E或审批时限）只要正确解读了数字、论证成立，也可接受。*
#
# 1. **改革A，即达川区自己的计划。** 它使救助后贫困率下降0.15个百分点（0.10到0.21）。A、B两项都使贫困下降，且大于随机波动；C和D的变化在随机波动之内。B平均比A降得多（0.21个百分点，0.17到0.26），但两者的区间有重叠（0.17到0.21），所以从表中看不出B降得更多；不过在同样的五个随机种子上直接比较，B比A多降0.06个百分点，多降0.02到0.10，大于随机波动。所以B对减少贫困的作用比A略大；D降得少得多（0.02个百分点）。A使漏保率下降3.1个百分点，错保率也下降，且大于随机波动（−0.9个百分点，−1.7到−0.1）。作出决定的时间也更短（平均提前2.7个工作日，提前2.6到2.8天，大于随机波动）。B使漏保率平均下降得更多（4.1个百分点）；两者的区间大部分重叠，但直接比较时B多降的部分（1.0个百分点，多降0.5到1.4）大于随机波动：B漏掉的符合条件者比A少。不过，没有统一数据库，B错发的家庭更多：它的错保率平均有所上升，但在随机波动之内（+0.3个百分点，−0.1到+0.8），而直接比较时比A高1.3个百分点（高0.8到1.7，大于随机波动）。B作出决定的时间与现在一样长（+0.1个工作日，−0.2到+0.3），平均花费比A多约85%。A用更少的钱实现了B平均贫困降幅的大部分，而且决定更快，错发的家庭也更少；B多出的降幅代价很高（见第2点）。D（就业促进）对贫困作用不大，也没有明显节省支出（平均每月少花255元，但从少花616元到多花106元，在随机波动之内）；它的两种差错率略有上升（各约0.1个百分点），且大于随机波动（表中区间下限的+0.0是保留一位小数时显示不出来的微小上升）。C（审批时限）在这个县区没有带来超出随机波动的变化，因为这里的个案本来就在约20个工作日内作出决定：决定只是略微提前（−0.1个工作日，−0.2到+0.0），平均支出略有减少（每月少花236元，从少花863元到多花392元），贫困和差错率的变化也都没有超出随机波动。从这些数字看，C可以作为对申请人的承诺与A一起实行而不增加支出，只是看不出收益；D我会留给试点，并留意它的差错率。
# 2. **成本。** 在这个县区每月多花约6,000元，每让一人脱贫每月约378元。这个数字没有包括A带来的其他好处（漏保更少，错保更少，决定更快）；B的这个数字高出约三分之一（497元），而且没有计入B的其他代价（比A决定更慢、错保更多）。B多出的贫困降幅代价很高：直接比较，B每月比A多花5,041元（多花4,048到6,034元），多让约6人脱贫（2到10人），每人每月约800元，是A的两倍多。这个数字还会误读E：E让收入越过原标准的人都算作脱贫，但按E自己更高的标准，救助后贫困反而上升，因为贫困线随标准移动。D没有这个数字（表中是一横）：这些随机种子显示不出它让任何人脱贫（2人，0到4人，在随机波动之内），节省的支出也在随机波动之内。数据库本身的费用（信息系统、27个部门之间的数据共享协议）不在这些数字中。
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
