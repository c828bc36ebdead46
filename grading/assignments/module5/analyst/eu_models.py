# %% [markdown]
# <!-- en -->
# # Module 5 assessment: learning from EU models
#
# Seven EU member states' minimum-income schemes can be tried in Dachuan, carried over either at the local Dibao
# standard or at the same share of the local median income as at home. In this exercise you will:
#
# 1. work out a household's benefit under German rules carried over by the share of the median income;
# 2. use the course's tools to find which EU scheme gives a family the most;
# 3. read a comparison of a simulated district under Dibao and under Finland's rules;
# 4. write a short answer: which EU delivery feature would matter most for Dachuan, and why.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at households you have not seen, so think about
# every kind of household, not only the examples.
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块五测验：借鉴欧盟经验
#
# 欧盟七个成员国的最低收入保障制度可以移植到达川试用，移植标准的方式有两种：按本地低保标准，或按占本地收入中位数的相同比例
# （与在本国相同）。在本练习中，你将：
#
# 1. 按收入中位数比例移植德国规则，计算一户家庭的救助金；
# 2. 用课程工具找出哪个欧盟制度给一个家庭的救助最多；
# 3. 解读一个模拟县区在低保和芬兰规则下的对比结果；
# 4. 简要回答：哪一项欧盟经办做法对达川最重要，为什么。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的家庭来测试，所以请考虑各种家庭，而不只是例子。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: What the checks use: close(answer, expected, tolerance) accepts an answer within the tolerance.
# zh: 检查所用的函数：close(答案, 正确值, 允许误差) 表示答案与正确值之差在允许误差之内即可。
from simulation.grading.checks import close, is_number

# %% [markdown]
# <!-- en -->
# ## 1. German rules, carried over by the share of the median income
#
# Germany's Bürgergeld gives a single adult **563 euro** a month (2024). Germany's median income is **2,301.7
# euro** a month (its poverty line for a single person, 1,381 euro, is 60% of the median). So the level is
# 563 ÷ 2,301.7 = 24.5% of the median income. Carried over to Dachuan, a single adult gets 24.5% of the local
# median income per person: **2,473 yuan** in town, **931.9 yuan** in the countryside.
#
# The steps for a household with `adults` members aged 16 or over (at least one) and `children` under 16, whose
# members earn `earnings` yuan a month:
#
# 1. a single adult's level here: **L = 563 ÷ 2,301.7 × the local median**;
# 2. what one euro of the German rules is worth here: **k = L ÷ 563**;
# 3. the household's level: **H = L × (1 + 0.798 × (adults − 1) + 0.634 × children)** (a partner adds 79.8% of
#    a single adult's level, a child 63.4%);
# 4. earnings not counted: the first **100k** yuan, plus **20%** of the earnings above that, but at most **348k**
#    yuan in all;
# 5. countable income = earnings − earnings not counted;
# 6. the benefit = H − countable income, and never less than 0.
#
# *Example:* two parents and a child of 8 in town, earning 930 yuan. L = 563 ÷ 2,301.7 × 2,473 = 604.9 yuan;
# k = 1.0744; H = 604.9 × (1 + 0.798 + 0.634) = 1,471.1 yuan. Not counted: 107.4 + 20% × (930 − 107.4) = 272.0
# yuan (below the cap of 373.9). Countable: 930 − 272.0 = 658.0. Benefit: 1,471.1 − 658.0 = **813.1 yuan** a month.
#
# Write `german_style_benefit(adults, children, earnings, median_here)`. The figures are given as names: use them.
#
# *Hint:* `min(a, b)` and `max(a, b)` give the smaller and the larger of two numbers.
# <!-- zh -->
# ## 1. 按收入中位数比例移植德国规则
#
# 德国公民收入（Bürgergeld）给单身成年人每月 **563 欧元**（2024 年）。德国的收入中位数为每月 **2,301.7 欧元**（单身者的贫困线
# 1,381 欧元是中位数的 60%）。因此这个标准是收入中位数的 563 ÷ 2,301.7 = 24.5%。移植到达川后，单身成年人得到本地人均收入中位数
# 的 24.5%：城镇中位数为 **2,473 元**，农村为 **931.9 元**。
#
# 对于有 `adults` 名 16 岁及以上成员（至少一名）、`children` 名 16 岁以下儿童、每月劳动收入为 `earnings` 元的家庭，计算步骤如下：
#
# 1. 本地单身成年人的标准：**L = 563 ÷ 2,301.7 × 本地收入中位数**；
# 2. 德国规则中的 1 欧元在这里相当于：**k = L ÷ 563**；
# 3. 家庭标准：**H = L × (1 + 0.798 × (adults − 1) + 0.634 × children)**（配偶增加单身成年人标准的 79.8%，每个孩子增加 63.4%）；
# 4. 不计入的劳动收入：最初的 **100k** 元，加上超出部分的 **20%**，但合计最多 **348k** 元；
# 5. 计入收入 = 劳动收入 − 不计入的劳动收入；
# 6. 救助金 = H − 计入收入，且不能小于 0。
#
# *例子：* 城镇一对父母和一个 8 岁的孩子，劳动收入 930 元。L = 563 ÷ 2,301.7 × 2,473 = 604.9 元；k = 1.0744；
# H = 604.9 × (1 + 0.798 + 0.634) = 1,471.1 元。不计入：107.4 + 20% × (930 − 107.4) = 272.0 元（低于上限 373.9 元）。
# 计入收入：930 − 272.0 = 658.0 元。救助金：1,471.1 − 658.0 = 每月 **813.1 元**。
#
# 请编写函数 `german_style_benefit(adults, children, earnings, median_here)`。题中的数字已经以名称给出，请直接使用。
#
# *提示：* `min(a, b)` 和 `max(a, b)` 分别返回两个数中较小和较大的那个。

# %% nbgrader={"grade": false, "grade_id": "german_benefit_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: The German figures: a single adult's level and the median income (euro a month), the weights of a partner and
# en: a child, and the earnings not counted (the first 100 euro, 20% of the rest, at most 348 euro).
# zh: 德国的数字：单身成年人标准和收入中位数（欧元/月），配偶和孩子的权重，以及不计入的劳动收入（最初100欧元，其余部分的20%，最多348欧元）。
GERMAN_LEVEL = 563
GERMAN_MEDIAN = 2301.7
PARTNER_WEIGHT = 0.798
CHILD_WEIGHT = 0.634
FREE_BASE = 100
FREE_SHARE = 0.2
FREE_CAP = 348


def german_style_benefit(adults, children, earnings, median_here):
    # en: The household's monthly benefit in yuan under German rules carried over by the share of the median.
    # zh: 按收入中位数比例移植德国规则后，这户家庭每月的救助金（元）。
    ### BEGIN SOLUTION
    single = GERMAN_LEVEL / GERMAN_MEDIAN * median_here
    k = single / GERMAN_LEVEL
    level = single * (1 + PARTNER_WEIGHT * (adults - 1) + CHILD_WEIGHT * children)
    base = FREE_BASE * k
    not_counted = min(min(earnings, base) + FREE_SHARE * max(earnings - base, 0), FREE_CAP * k)
    countable = earnings - not_counted
    return max(level - countable, 0)
    ### END SOLUTION


# %%
# en: Try your function here. The example family should get about 813.1.
# zh: 在这里试用你的函数。例子中的家庭应得到约 813.1。
german_style_benefit(2, 1, 930, 2473)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "german_benefit_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the examples. close(..., 0.5) accepts an answer within half a yuan.
# zh: 检查：例子。close(..., 0.5) 表示答案与正确值相差不超过 0.5 元即可。
assert close(german_style_benefit(2, 1, 930, 2473), 813.1, 0.5), L("Two parents and a child of 8 in town, earning 930 yuan, should get about 813.1 yuan.", "城镇父母和一个8岁孩子、劳动收入930元，应得到约813.1元。")
assert close(german_style_benefit(1, 0, 0, 2473), 604.9, 0.5), L("A single adult in town with no earnings gets the whole level L: about 604.9 yuan.", "没有劳动收入的城镇单身成年人得到全部标准L：约604.9元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "german_benefit", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks households you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的家庭。
assert close(german_style_benefit(1, 0, 0, 931.9), 227.9, 0.5), L("A single adult in the countryside with no earnings gets L at the rural median: about 227.9 yuan.", "没有劳动收入的农村单身成年人按农村中位数得到L：约227.9元。")
### BEGIN HIDDEN TESTS
# The expected amounts are the course's rules (simulation.analysis.calculator), as
# tests/test_quoted_figures.py::test_m5_analyst_german_cases_are_the_rules recomputes them.
assert german_style_benefit(1, 0, 5000, 2473) == 0, L("A household earning far above its level gets 0, never a negative amount.", "劳动收入远高于家庭标准的家庭应得到0，不能是负数。")
assert close(german_style_benefit(1, 0, 100, 2473), 604.9, 0.5), L("Check earnings below the part that is not counted at all.", "请检查劳动收入低于完全不计入部分的情形。")
assert close(german_style_benefit(3, 3, 3000, 2473), 94.74, 0.5), L("Check a large household whose earnings reach the cap on what is not counted.", "请检查劳动收入达到不计入上限的大家庭。")
assert close(german_style_benefit(1, 2, 400, 931.9), 229.37, 0.5), L("Check a lone parent in the countryside: the first member counts 1, each child 0.634.", "请检查农村的单亲家庭：第一位成员计1，每个孩子计0.634。")
assert close(german_style_benefit(2, 2, 600, 931.9), 239.77, 0.5), L("Check a couple with two children in the countryside, whose earnings reach the cap on what is not counted.", "请检查农村一对夫妇带两个孩子、劳动收入达到不计入上限的家庭。")
assert close(german_style_benefit(2, 0, 0, 931.9), 409.84, 0.5), L("Check a couple in the countryside with no earnings: a partner counts 0.798.", "请检查农村没有劳动收入的夫妇：配偶计0.798。")
assert close(german_style_benefit(1, 1, 1500, 2473), 0, 0.5), L("Check a lone parent in town earning 1,500 yuan: the benefit is never below 0.", "请检查城镇劳动收入1,500元的单亲家庭：救助金不能小于0。")
assert close(german_style_benefit(2, 3, 250, 2473), 2124.08, 0.5), L("Check a couple with three children in town earning 250 yuan.", "请检查城镇劳动收入250元、有三个孩子的夫妇。")
assert close(german_style_benefit(3, 0, 1200, 931.9), 0, 0.5), L("Check three adults in the countryside earning 1,200 yuan.", "请检查农村劳动收入1,200元的三名成年人。")
assert close(german_style_benefit(1, 3, 2000, 2473), 129.32, 0.5), L("Check a lone parent of three in town earning 2,000 yuan.", "请检查城镇劳动收入2,000元、带三个孩子的单亲家庭。")
assert close(german_style_benefit(2, 1, 50, 931.9), 546.75, 0.5), L("Check earnings in the countryside below the first part that is not counted at all.", "请检查农村劳动收入低于完全不计入部分的情形。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Which EU scheme gives this family the most?
#
# A mother of 34 lives in town with her three children, aged 12, 9 and 5. She earns 600 yuan a month.
#
# The function `amounts` works out what a household would get under Dibao and under each of the seven EU schemes,
# through the same rules as the simulation. It takes the members' ages, the household's income, `"urban"` or
# `"rural"`, and the way the EU levels are carried over, and returns a table with one row per scheme (`dibao`,
# `germany`, `france`, ...) and the monthly amount in the column `"amount"`:
#
# ```python
# table = amounts([40, 38, 8], 930, "urban", "share_of_median")
# table["amount"]           # the amount under each scheme
# table["amount"]["italy"]  # the amount under one scheme
# ```
#
# With the EU levels carried over **by the share of the median income** (`"share_of_median"`), which of the seven
# **EU** schemes (not Dibao) gives this family the most? Set `best_scheme` to its name (for example `"italy"`) and
# `best_amount` to the amount in yuan a month.
#
# *Hint:* drop Dibao's row first, `table.drop("dibao")`; then `.idxmax()` gives the row with the largest amount and
# `.max()` the amount.
# <!-- zh -->
# ## 2. 哪个欧盟制度给这个家庭的救助最多？
#
# 一位 34 岁的母亲和三个孩子住在城镇，孩子分别为 12 岁、9 岁和 5 岁。她每月劳动收入 600 元。
#
# 函数 `amounts` 按与模拟相同的规则，算出一户家庭在低保和七个欧盟制度下各能得到多少。它接收各成员的年龄、家庭收入、`"urban"`
# （城镇）或 `"rural"`（农村），以及移植欧盟标准的方式，返回一张表，每个制度一行（`dibao`、`germany`、`france`……），每月金额在
# `"amount"` 列：
#
# ```python
# table = amounts([40, 38, 8], 930, "urban", "share_of_median")
# table["amount"]           # 各制度下的金额
# table["amount"]["italy"]  # 某一个制度下的金额
# ```
#
# 按**收入中位数比例**（`"share_of_median"`）移植欧盟标准时，七个**欧盟**制度中（不包括低保）哪一个给这个家庭的救助最多？
# 把它的名称赋值给 `best_scheme`（例如 `"italy"`），把每月金额（元）赋值给 `best_amount`。
#
# *提示：* 先去掉低保那一行：`table.drop("dibao")`；然后 `.idxmax()` 给出金额最大的那一行，`.max()` 给出这个金额。

# %% nbgrader={"grade": false, "grade_id": "best_scheme_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
from simulation.workshop.module5.household import amounts, scheme_code

# en: Set best_scheme and best_amount in place of raise NotImplementedError().
# zh: 用代码替换 raise NotImplementedError()，给 best_scheme 和 best_amount 赋值。
### BEGIN SOLUTION
table = amounts([34, 12, 9, 5], 600, "urban", "share_of_median")
eu_schemes = table.drop("dibao")["amount"]
best_scheme = eu_schemes.idxmax()
best_amount = eu_schemes.max()
### END SOLUTION
# en: The scheme's code, whichever way you named it ("Germany", "德国" and "germany" are the same scheme).
# zh: 制度的代码，无论你用哪种写法（"Germany"、“德国”和 "germany" 是同一个制度）。
best_scheme = scheme_code(best_scheme)
print(best_scheme, best_amount)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "best_scheme_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: is the answer one of the seven EU schemes, with an amount in yuan?
# zh: 检查：答案是否为七个欧盟制度之一，金额是否以元计？
assert best_scheme in ["germany", "france", "poland", "finland", "sweden", "netherlands", "italy"], L("best_scheme should name one of the seven EU schemes: germany, france, poland, finland, sweden, netherlands, italy.", "best_scheme 应当是七个欧盟制度之一：germany、france、poland、finland、sweden、netherlands、italy。")
assert is_number(best_amount) and 0 < best_amount < 5000, L("best_amount should be the family's monthly amount in yuan.", "best_amount 应当是这个家庭每月的金额（元）。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "best_scheme", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell checks the answer itself.
# zh: 更多检查。培训师评分时，这个单元格会检查答案本身。
assert best_scheme != "dibao", L("The question asks for an EU scheme, not Dibao.", "题目问的是欧盟制度，不是低保。")
### BEGIN HIDDEN TESTS
# The course's rules (amounts([34, 12, 9, 5], 600, "urban", "share_of_median")), as
# tests/test_quoted_figures.py::test_m5_analyst_best_scheme_is_the_rules recomputes them.
assert best_scheme == "germany", L("Not the EU scheme that gives this family the most: check the ages, the income, town and share_of_median.", "不是给这个家庭救助最多的欧盟制度：请检查年龄、收入、城镇以及 share_of_median。")
assert close(best_amount, 1361.37, 1), L("The scheme is right, but not its amount.", "制度对了，但金额不对。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. A district under Dibao and under Finland's rules
#
# The function `compare` runs the same simulated district twice, under Dibao and under an EU scheme, with the same
# households living the same lives; `key_figures` gives the figures to compare, as the mean over the run, in three
# columns: `"dibao"`, `"scheme"` and `"difference"` (scheme − Dibao). Shares are written as shares: 0.05 is 5%.
#
# ```python
# result = compare("finland", "relative_to_standard", households=2000, months=24, seed=2)
# figures = key_figures(result)
# figures                                  # every figure
# figures.loc["take_up", "difference"]     # one of them
# ```
#
# Run this comparison exactly as written, with Finland's rules carried over at the local standard. Then set:
#
# - `coverage_change`: the change in the **coverage of the poor** (`"dibao_coverage"`), Finland − Dibao;
# - `poverty_change`: the change in the **poverty rate after assistance** (`"poverty_rate_after"`), Finland − Dibao.
#
# Give them as shares, not percentage points: a fall of 5 points is `-0.05`. Answers within half a point of the
# simulation's figure are accepted.
# <!-- zh -->
# ## 3. 一个县区在低保和芬兰规则下
#
# 函数 `compare` 让同一个模拟县区运行两次，一次用低保，一次用某个欧盟制度，家庭相同、生活经历也相同；`key_figures` 给出要比较的
# 指标（模拟期内平均），分为三列：`"dibao"`、`"scheme"` 和 `"difference"`（欧盟制度 − 低保）。比例用小数表示：0.05 就是 5%。
#
# ```python
# result = compare("finland", "relative_to_standard", households=2000, months=24, seed=2)
# figures = key_figures(result)
# figures                                  # 所有指标
# figures.loc["take_up", "difference"]     # 其中一项
# ```
#
# 完全按上面的写法运行这次对比（芬兰规则按本地标准移植）。然后赋值：
#
# - `coverage_change`：**贫困家庭覆盖率**（`"dibao_coverage"`）的变化，芬兰 − 低保；
# - `poverty_change`：**救助后贫困率**（`"poverty_rate_after"`）的变化，芬兰 − 低保。
#
# 用小数表示，不要用百分点：下降 5 个百分点写作 `-0.05`。与模拟结果相差不超过半个百分点的答案都算正确。

# %% nbgrader={"grade": false, "grade_id": "district_change_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
from simulation.workshop.module5.district import compare, key_figures

# en: Set coverage_change and poverty_change in place of raise NotImplementedError().
# zh: 用代码替换 raise NotImplementedError()，给 coverage_change 和 poverty_change 赋值。
### BEGIN SOLUTION
result = compare("finland", "relative_to_standard", households=2000, months=24, seed=2)
figures = key_figures(result)
coverage_change = figures.loc["dibao_coverage", "difference"]
poverty_change = figures.loc["poverty_rate_after", "difference"]
### END SOLUTION
print(coverage_change, poverty_change)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "district_change_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: are the answers shares?
# zh: 检查：答案是否用小数表示？
assert is_number(coverage_change) and is_number(poverty_change) and -1 < coverage_change < 1 and -1 < poverty_change < 1, L("Give the changes as shares, not percentage points: a fall of 5 points is -0.05.", "请用小数表示变化，不要用百分点：下降5个百分点写作 -0.05。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "district_change", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell compares your answers with the simulation.
# zh: 更多检查。培训师评分时，这个单元格会把你的答案与模拟结果对照。
assert is_number(coverage_change) and is_number(poverty_change), L("Set both changes to numbers: the differences of the comparison, as shares.", "请把两个变化都设为数字：对比中的差值，用小数表示。")
### BEGIN HIDDEN TESTS
# The comparison as the question writes it (seed 2), as
# tests/test_quoted_figures.py::test_m5_analyst_finland_changes_are_the_models recomputes it.
assert close(coverage_change, -0.1513, 0.005), L("coverage_change is not Finland's coverage of the poor minus Dibao's, as the mean over the run.", "coverage_change 不是模拟期内芬兰与低保的贫困家庭覆盖率之差。")
assert close(poverty_change, 0.0147, 0.005), L("poverty_change is not Finland's poverty rate after assistance minus Dibao's, as the mean over the run.", "poverty_change 不是模拟期内芬兰与低保的救助后贫困率之差。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Written answer (graded by your trainer)
#
# In the module you switched on four EU delivery features one at a time in Dachuan's Dibao: **automatic data
# sharing**, **an activation path**, **a decision deadline** and **applying without a counter visit**.
#
# **Which one feature would matter most for Dachuan, and why?** In your answer:
#
# 1. name the feature and the problem in Dachuan it answers (the mission report's 27 agency databases, too few
#    staff, migrant workers who must apply in their home town, households who do not claim, ...);
# 2. say what the simulation showed it changes, and what it costs or risks;
# 3. name one condition it needs to work in Dachuan (which agencies, money, staff, training, law).
#
# A few sentences for each point is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 4. 简答题（由培训师评分）
#
# 在本模块中，你在达川的低保中逐一试用了四项欧盟经办做法：**自动数据共享**、**就业促进通道**、**审批时限**和**无需到窗口申请**。
#
# **哪一项做法对达川最重要？为什么？** 请在回答中：
#
# 1. 说出这项做法，以及它针对达川的哪个问题（考察报告中提到的 27 个部门数据库、人手不足、必须回户籍地申请的外出务工人员、
#    没有申领的家庭……）；
# 2. 说明模拟显示它改变了什么，以及它的成本或风险；
# 3. 说出它在达川发挥作用所需的一个条件（哪些部门、经费、人员、培训、法规）。
#
# 每一点写几句话即可。请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "delivery_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points for point 1 (1 for the feature, 1 for a Dachuan problem it
# really answers), 2 for point 2 (1 for what the simulation showed, 1 for a cost or risk), 2 for point 3 (a
# concrete, plausible condition). Any of the four features can earn full marks if the reasons hold; the example
# below takes data sharing.*
#
# 1. **Automatic data sharing.** In 2019 the district checked each applicant against 27 agencies' databases,
#    gathered by hand: about 3 days a case, and incomes hard to verify. One shared database answers the same checks
#    in an automatic query, and it is also what applying without a counter visit and checking a migrant's home
#    records both depend on.
# 2. **In the simulation** the check took half a day instead of 3, so a case took 2.5 working days less, just
#    the days the check saves: with Dachuan's caseworkers no queue formed at the centres, with or without it.
#    The means test erred less: fewer recipients who are not entitled (inclusion error down about 1.5 points)
#    and fewer entitled households left out (exclusion error down about 0.6 points). With fewer households paid
#    by mistake and a few more entitled ones paid, spending hardly changed: it rose slightly, by less than 1%.
#    It did almost nothing for take-up on its own (up about 0.2 points). **Costs and risks:** building
#    and running the system, agreements between agencies, protecting personal data, and errors in one register
#    spreading to every decision.
# 3. **Condition:** the civil-affairs bureau needs agreements with the agencies that hold income and property data
#    (tax, social insurance, housing, vehicles, banks), a legal basis for sharing and protecting the data, funding
#    for the platform, and caseworkers trained to use it and to explain decisions to applicants.
#
# *Other good answers:* a **decision deadline** matters when staff are short (with 1.5 caseworkers per 10,000
# households, cases waited over 70 working days and the deadline cut this to 20, at the cost of caseworkers
# working about a quarter beyond capacity); **no counter visit** raises take-up and coverage but also spending and
# the centres' workload, and needs shared data behind it; an **activation path** suits recipients able to work, but
# over half of Sichuan's recipients have a disability, and the model's job-finding effect is an assumption.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：第1点2分（说出做法1分，指出它真正针对的达川问题1分）；第2点2分（模拟显示的变化1分，成本或风险1分）；第3点2分（具体、合理的条件）。四项做法中任何一项，只要理由成立都可以得满分；下面以数据共享为例。*
#
# 1. **自动数据共享。** 2019年，区里要把每位申请人与27个部门的数据库逐一比对，靠人工汇总：每个个案约需3天，而且收入难以核实。一个共享数据库通过自动查询就能完成同样的比对；无需到窗口申请、核查外出务工人员户籍地的记录，也都要以它为基础。
# 2. **模拟显示**，比对只需半天而不是3天，每个个案少用2.5个工作日，正好是比对省下的时间：按达川现有的经办人员，不论有没有数据共享，服务中心都没有排队的个案。家庭经济状况核查的误差减小：不符合条件的受助者减少了（错保率下降约1.5个百分点），符合条件却没有享受救助的家庭也减少了（漏保率下降约0.6个百分点）。错发的少了，符合条件的家庭领到救助的略多了，支出几乎没有变化：略有增加，不到1%。单靠它，申领率几乎没有提高（约0.2个百分点）。**成本和风险：** 建设和运行系统的费用、部门之间的协议、个人数据保护，以及一个登记系统中的错误会影响到每一个决定。
# 3. **条件：** 民政部门需要与掌握收入和财产数据的部门（税务、社保、住房、车辆、银行）签订协议，需要数据共享和保护的法律依据、平台建设经费，还需要培训经办人员使用系统，并向申请人解释决定。
#
# *其他好的答案：* **审批时限**在人手不足时作用明显（每万户1.5名经办人员时，个案要等70多个工作日，时限把它缩短到20个工作日，代价是经办人员的工作量超出能力约四分之一）；**无需到窗口**能提高申领率和覆盖面，但也增加支出和服务中心的工作量，而且需要数据共享作为支撑；**就业促进通道**适合有劳动能力的受助者，但四川一半以上的低保对象有残疾，而且模型中找到工作的效果只是一个假设。
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
