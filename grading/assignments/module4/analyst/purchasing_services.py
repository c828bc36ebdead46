# %% [markdown]
# <!-- en -->
# # Module 4 assessment: buying services from social organisations
#
# A civil-affairs bureau that buys services has to price its contracts, budget for vouchers and compare ways of
# buying. In this exercise you will:
#
# 1. work out what a contract with a social organisation costs, supervision included;
# 2. count the residents who get Taicang's voucher in a town, and the voucher's monthly budget;
# 3. compare two ways of buying on a simulated district: which serves more households for the money;
# 4. write a short answer: how you would supervise the quality of a contract, and what you would pay for it.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at cases you have not seen.
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块四测验：向社会组织购买服务
#
# 购买服务的民政部门要测算合同价格、编制服务券预算，并比较不同的购买方式。在本练习中，你将：
#
# 1. 算出与一个社会组织签订的合同（包括监管费用）要花多少钱；
# 2. 统计一个镇有多少居民能领取太仓式的服务券，以及服务券每月的预算；
# 3. 在一个模拟县区中比较两种购买方式：同样的钱哪一种服务的家庭更多；
# 4. 简要回答：你会怎样监管合同的服务质量，愿意为此花多少钱。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的情形来测试。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: What the check cells use: close(a, b, tolerance) is true when a is within tolerance of b.
# zh: 检查单元格要用的函数：close(a, b, tolerance) 表示 a 与 b 之差不超过 tolerance。
from simulation.grading.checks import close

# %% [markdown]
# <!-- en -->
# ## 1. What a contract costs, by hand
#
# A contract buys a number of service **hours a month**, for a number of **months**, at a **unit cost** (yuan per
# hour). On top of that, the government pays for **supervision**: assessing the provider's quality, as a **share of
# the contract's value**. So:
#
# contract cost = hours a month × months × unit cost × (1 + supervision share)
#
# *Example:* a one-year contract with a social organisation for 480 hours a month (four social workers) at 35 yuan
# an hour is worth 480 × 12 × 35 = 201,600 yuan; supervision at 3% (0.03) adds 6,048 yuan: **207,648 yuan** in
# all, which is **36.05 yuan** for each hour delivered.
#
# Write the two functions `contract_cost(hours_per_month, months, unit_cost, supervision_share)` and
# `cost_per_hour(hours_per_month, months, unit_cost, supervision_share)` (the contract cost divided by all the hours
# it buys). Give the supervision share as a share: 3% is 0.03.
# <!-- zh -->
# ## 1. 手算合同成本
#
# 一份合同按**每小时单价**（元），购买若干**月**、每月若干服务**小时**。此外，政府还要为**监管**付费：评估服务机构的服务质量，
# 按**合同金额的一定比例**计算。所以：
#
# 合同成本 = 每月小时数 × 月数 × 每小时单价 ×（1 + 监管费用比例）
#
# *例子：* 与一个社会组织签订一年期合同，每月 480 小时（四名社会工作者），每小时 35 元，合同金额为 480 × 12 × 35 = 201,600 元；
# 按 3%（0.03）计算的监管费用为 6,048 元：合计 **207,648 元**，即每提供一小时服务 **36.05 元**。
#
# 请编写两个函数：`contract_cost(hours_per_month, months, unit_cost, supervision_share)` 和
# `cost_per_hour(hours_per_month, months, unit_cost, supervision_share)`（合同成本除以合同购买的全部小时数）。
# 监管费用比例请用小数表示：3% 写作 0.03。

# %% nbgrader={"grade": false, "grade_id": "contract_cost_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def contract_cost(hours_per_month, months, unit_cost, supervision_share):
    # en: What the government pays for the contract and its supervision, in yuan.
    # zh: 政府为合同及其监管支付的费用（元）。
    ### BEGIN SOLUTION
    return hours_per_month * months * unit_cost * (1 + supervision_share)
    ### END SOLUTION


def cost_per_hour(hours_per_month, months, unit_cost, supervision_share):
    # en: The contract cost for each hour it buys, in yuan.
    # zh: 合同购买的每小时服务的成本（元）。
    ### BEGIN SOLUTION
    return contract_cost(hours_per_month, months, unit_cost, supervision_share) / (hours_per_month * months)
    ### END SOLUTION


# %% [markdown]
# <!-- en -->
# Now compare two offers for the same service. A **convention** with an association: 300 hours a month for 36
# months at 35 yuan an hour, with supervision at 3%. A **competitive contract** with a firm: 300 hours a month for
# 12 months at 28 yuan an hour; because a new provider is harder to know, the bureau supervises it more closely, at
# 5%. Run the cell below and check the figures by hand.
# <!-- zh -->
# 现在比较同一项服务的两个报价。与协会签订**协议**：每月 300 小时，36 个月，每小时 35 元，监管费用 3%。与企业签订**竞争性合同**：
# 每月 300 小时，12 个月，每小时 28 元；由于对新的服务机构了解较少，民政部门对它的监管更严，监管费用为 5%。
# 运行下面的单元格，并手算核对这些数字。

# %%
# en: The two offers, with your functions: the whole contract, and the cost per hour.
# zh: 两个报价，用你的函数计算：合同总成本和每小时成本。
print(round(contract_cost(300, 36, 35, 0.03)), round(cost_per_hour(300, 36, 35, 0.03), 2))
print(round(contract_cost(300, 12, 28, 0.05)), round(cost_per_hour(300, 12, 28, 0.05), 2))

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "contract_cost_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example from the text. close allows for tiny rounding differences in decimal numbers.
# zh: 检查：题目里的例子。close 允许小数有极小的舍入误差。
assert close(contract_cost(480, 12, 35, 0.03), 207648, 0.001), L("480 hours a month for 12 months at 35 yuan, with 3% supervision, costs 207,648 yuan.", "每月480小时、12个月、每小时35元，加3%的监管费用，合计207,648元。")
assert close(cost_per_hour(480, 12, 35, 0.03), 36.05, 1e-6), L("That contract costs 36.05 yuan for each hour it buys.", "这份合同每购买一小时服务的成本是36.05元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "contract_cost_checks", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks contracts you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的合同。
assert close(contract_cost(100, 1, 40, 0), 4000, 1e-6), L("Without supervision, a contract costs hours x months x unit cost.", "没有监管时，合同成本就是小时数 × 月数 × 每小时单价。")
### BEGIN HIDDEN TESTS
assert close(contract_cost(300, 36, 35, 0.03), 389340, 0.001), L("Check the convention: 300 hours a month, 36 months, 35 yuan, 3% supervision.", "请核对协议：每月300小时、36个月、每小时35元、监管3%。")
assert close(contract_cost(300, 12, 28, 0.05), 105840, 0.001), L("Check the competitive contract: 300 hours a month, 12 months, 28 yuan, 5% supervision.", "请核对竞争性合同：每月300小时、12个月、每小时28元、监管5%。")
assert close(cost_per_hour(300, 12, 28, 0.05), 29.4, 1e-6), L("Check the competitive contract's cost per hour: 28 yuan plus 5%.", "请核对竞争性合同的每小时成本：28元加5%。")
assert not close(contract_cost(100, 10, 30, 0.03), 100 * 10 * 30 + 0.03, 1e-6), L("The supervision share is a share of the contract's value, not a sum of yuan.", "监管费用比例是合同金额的一个比例，不是一笔固定金额。")
assert close(cost_per_hour(50, 6, 45, 0), 45, 1e-6), L("Without supervision, an hour costs the unit cost.", "没有监管时，每小时成本就是每小时单价。")
assert close(contract_cost(1234, 7, 41.5, 0.01), 362061.77, 0.001), L("Check 1,234 hours a month for 7 months at 41.50 yuan with supervision at 0.01.", "请检查每月1,234小时、7个月、每小时41.50元、监管比例0.01的情形。")
assert close(cost_per_hour(1234, 7, 41.5, 0.01), 41.915, 1e-6), L("Check the cost per hour at 41.50 yuan with supervision at 0.01.", "请检查每小时41.50元、监管比例0.01时的每小时成本。")
assert close(contract_cost(2000, 60, 80, 0.1), 10560000, 0.001), L("Check 2,000 hours a month for 60 months at 80 yuan with supervision at 0.1.", "请检查每月2,000小时、60个月、每小时80元、监管比例0.1的情形。")
assert close(cost_per_hour(2000, 60, 80, 0.1), 88, 1e-6), L("Check the cost per hour at 80 yuan with supervision at 0.1.", "请检查每小时80元、监管比例0.1时的每小时成本。")
assert close(contract_cost(1, 1, 10, 0.05), 10.5, 1e-6), L("Check a contract of one hour for one month at 10 yuan with supervision at 0.05.", "请检查每月1小时、1个月、每小时10元、监管比例0.05的合同。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Taicang's voucher: who gets it, and the budget
#
# Taicang gives every resident **over the age of 80** a service voucher of **80 yuan a month**. The course reads
# "over 80" as **80 and over**, as for the old-age allowance: a resident aged exactly 80 gets it, one aged 79 does
# not.
#
# The residents of a town are given as a dictionary `{age: number of residents of that age}`. Write
# `eligible_residents(residents, age_from)`, the number of residents aged `age_from` or over, and
# `monthly_voucher_budget(eligible, amount, take_up)`, what the vouchers cost a month when a share `take_up` of the
# eligible residents use theirs (1 means all of them).
#
# *Example:* `{79: 10, 80: 5, 85: 2}` has 7 residents aged 80 or over; at 80 yuan each, if all use the voucher, the
# budget is 560 yuan a month.
#
# Then set `lakeside_eligible` to the number of residents of **Lakeside town** (below) who get the voucher, and
# `lakeside_budget` to the town's monthly voucher budget if **60%** of them use it (0.6, the course's assumption).
# <!-- zh -->
# ## 2. 太仓的服务券：谁能领取，预算多少
#
# 太仓向每位 **80 岁以上**的居民发放每月 **80 元**的服务券。本课程把“80 岁以上”理解为 **80 岁及以上**，与高龄津贴相同：
# 刚满 80 岁的居民可以领取，79 岁的不能。
#
# 一个镇的居民用字典 `{年龄: 该年龄的居民人数}` 给出。请编写 `eligible_residents(residents, age_from)`，求年满 `age_from` 岁的居民人数；
# 以及 `monthly_voucher_budget(eligible, amount, take_up)`，求符合条件的居民中有 `take_up` 比例的人使用服务券时，
# 服务券每月的费用（1 表示全部使用）。
#
# *例子：* `{79: 10, 80: 5, 85: 2}` 中有 7 位居民年满 80 岁；每人 80 元，如果全部使用，每月预算为 560 元。
#
# 然后把**湖滨镇**（见下）能领取服务券的居民人数赋值给 `lakeside_eligible`，把其中 **60%** 的人使用服务券时（0.6，课程的假设）
# 该镇每月的服务券预算赋值给 `lakeside_budget`。

# %% nbgrader={"grade": false, "grade_id": "voucher_budget_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Lakeside town's residents aged 78 and over: {age: number of residents}.
# zh: 湖滨镇78岁及以上的居民：{年龄: 人数}。
lakeside = {78: 290, 79: 265, 80: 240, 81: 214, 82: 190, 83: 166, 84: 143, 85: 121, 86: 101, 87: 83, 88: 67, 89: 52,
            90: 40, 91: 30, 92: 22, 93: 16, 94: 11, 95: 8, 96: 5, 97: 3, 98: 2, 99: 1, 101: 1}


def eligible_residents(residents, age_from):
    # en: Residents aged age_from or over.
    # zh: 年满 age_from 岁的居民人数。
    ### BEGIN SOLUTION
    return sum(count for age, count in residents.items() if age >= age_from)
    ### END SOLUTION


def monthly_voucher_budget(eligible, amount, take_up):
    # en: Yuan a month for the vouchers of the eligible residents who use them.
    # zh: 符合条件并使用服务券的居民每月的服务券费用（元）。
    ### BEGIN SOLUTION
    return eligible * amount * take_up
    ### END SOLUTION


# en: Write your lines in place of raise NotImplementedError(): lakeside_eligible = ..., lakeside_budget = ...
# zh: 用你的代码替换 raise NotImplementedError()：lakeside_eligible = ...、lakeside_budget = ...
### BEGIN SOLUTION
lakeside_eligible = eligible_residents(lakeside, 80)
lakeside_budget = monthly_voucher_budget(lakeside_eligible, 80, 0.6)
### END SOLUTION
print(lakeside_eligible, lakeside_budget)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "voucher_budget_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example from the text.
# zh: 检查：题目里的例子。
assert eligible_residents({79: 10, 80: 5, 85: 2}, 80) == 7, L("{79: 10, 80: 5, 85: 2} has 7 residents aged 80 or over: those aged exactly 80 count.", "{79: 10, 80: 5, 85: 2} 中有7位年满80岁的居民：刚满80岁的也算。")
assert close(monthly_voucher_budget(7, 80, 1), 560, 1e-6), L("7 vouchers of 80 yuan, all used, cost 560 yuan a month.", "7张80元的服务券全部使用，每月560元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "voucher_budget", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell checks Lakeside town and other towns.
# zh: 更多检查。培训师评分时，这个单元格会核对湖滨镇和其他的镇。
assert lakeside_eligible < sum(lakeside.values()), L("Not every resident listed is 80 or over: leave out those aged 78 and 79.", "名单里并不都是80岁及以上的居民：请去掉78岁和79岁的。")
### BEGIN HIDDEN TESTS
assert lakeside_eligible == 1516, L("Check Lakeside town's residents aged 80 or over: start at 80, not 81.", "请核对湖滨镇年满80岁的居民人数：从80岁算起，而不是81岁。")
assert close(lakeside_budget, 1516 * 80 * 0.6, 1e-6), L("Check Lakeside's budget: eligible residents x 80 yuan x 0.6.", "请核对湖滨镇的预算：符合条件的居民人数 × 80元 × 0.6。")
assert eligible_residents({78: 290, 79: 265, 80: 240, 81: 214, 82: 190, 83: 166, 84: 143, 85: 121, 86: 101, 87: 83, 88: 67, 89: 52, 90: 40, 91: 30, 92: 22, 93: 16, 94: 11, 95: 8, 96: 5, 97: 3, 98: 2, 99: 1, 101: 1}, 90) == 139, L("Check the residents aged 90 or over.", "请核对年满90岁的居民人数。")
assert eligible_residents({}, 80) == 0, L("A town with no one listed has no one eligible.", "没有居民的镇，符合条件的人数为0。")
assert eligible_residents({80: 3}, 81) == 0, L("Residents younger than age_from do not count.", "不满 age_from 岁的居民不算。")
assert close(monthly_voucher_budget(100, 80, 0), 0, 1e-9), L("If no one uses the voucher, it costs nothing.", "如果没有人使用服务券，就不花钱。")
assert eligible_residents({60: 120, 69: 40, 70: 33, 74: 12, 75: 9, 104: 1}, 70) == 55, L("Check a town counted from age 70.", "请检查从70岁算起的一个镇。")
assert eligible_residents({61: 7, 85: 400, 86: 0, 90: 18}, 85) == 418, L("Check a town counted from age 85.", "请检查从85岁算起的一个镇。")
assert eligible_residents({100: 2, 59: 300}, 60) == 2, L("Check a town counted from age 60.", "请检查从60岁算起的一个镇。")
assert close(monthly_voucher_budget(55, 100, 0.3), 1650, 1e-6), L("Check the budget for 55 residents at 100 yuan with take-up 0.3.", "请检查55位居民、每人100元、使用率0.3时的预算。")
assert close(monthly_voucher_budget(418, 120, 1), 50160, 1e-6), L("Check the budget for 418 residents at 120 yuan with take-up 1.", "请检查418位居民、每人120元、使用率1时的预算。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. Which model serves more households for the money?
#
# The course's simulated district (3,000 households, three years) runs twice on the same households: once with
# **competitive contracts** (one-year contracts re-tendered on price, the US model) and once with **conventions with
# associations** (three-year conventions renewed on assessment, the French model). The cell below runs both, with the
# district drawn with **seed 7**, and shows the averages of the third year: households **served** on referral each
# month, public **spending** on services in yuan a month, and the **quality** of the hours (0 to 1).
#
# For each model, work out the households served for every **10,000 yuan** spent a month:
#
# served per 10,000 yuan = served ÷ spending × 10,000
#
# Set `served_per_10k` to a dictionary with the two figures, `{"competitive": ..., "convention": ...}`, and
# `more_for_the_money` to the name of the model that serves more households for the money (`"competitive"` or
# `"convention"`). You may read the figures from the table (`figures.at["competitive", "served"]`) or copy them by
# hand; one decimal is enough.
# <!-- zh -->
# ## 3. 同样的钱，哪种方式服务的家庭更多？
#
# 课程中的模拟县区（3,000 户家庭，三年）在同样的家庭上运行两次：一次采用**竞争性购买**（一年期合同，到期按价格重新招标，美国模式），
# 一次采用**与协会签订协议**（三年期协议，通过评估即续签，法国模式）。下面的单元格用**随机种子 7** 生成的县区运行这两种方式，
# 并显示第三年的平均值：每月经转介得到服务（**served**）的家庭数，每月服务的公共支出（**spending**，元），以及服务质量（**quality**，0 至 1）。
#
# 请算出每种方式每月每花 **1 万元**服务的家庭数：
#
# 每 1 万元服务的家庭数 = 得到服务的家庭数 ÷ 支出 × 10,000
#
# 把两个结果写成字典赋值给 `served_per_10k`：`{"competitive": ..., "convention": ...}`；把同样的钱服务家庭更多的那种方式的名称
# （`"competitive"` 或 `"convention"`）赋值给 `more_for_the_money`。你可以从表中读取数字（`figures.at["competitive", "served"]`），
# 也可以手工抄写；保留一位小数即可。

# %%
from simulation.workshop.module4.analysis import compare_models, model_figures

figures = model_figures(compare_models(["competitive", "convention"], seed=7))
figures[["served", "spending", "quality"]].round(2)

# %% nbgrader={"grade": false, "grade_id": "coverage_per_yuan_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Write your lines in place of raise NotImplementedError(): served_per_10k = {...}, more_for_the_money = "..."
# zh: 用你的代码替换 raise NotImplementedError()：served_per_10k = {...}、more_for_the_money = "..."
### BEGIN SOLUTION
served_per_10k = {model: figures.at[model, "served"] / figures.at[model, "spending"] * 10_000
                  for model in ("competitive", "convention")}
more_for_the_money = max(served_per_10k, key=served_per_10k.get)
### END SOLUTION
print(served_per_10k, more_for_the_money)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "coverage_per_yuan_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answers are of the right kind. If this fails, look at the units first: households per 10,000 yuan.
# zh: 检查：答案的类型是否正确。如果没有通过，先检查单位：每1万元服务的家庭数。
assert set(served_per_10k) == {"competitive", "convention"}, L('Give a dictionary with the two models: {"competitive": ..., "convention": ...}.', '请给出包含两种方式的字典：{"competitive": ..., "convention": ...}。')
assert all(1 < value < 1000 for value in served_per_10k.values()), L("Households per 10,000 yuan should be tens of households: divide served by spending, then multiply by 10,000.", "每1万元服务的家庭数应在几十户左右：用得到服务的家庭数除以支出，再乘以10,000。")
assert more_for_the_money in ("competitive", "convention"), L('Name the model as "competitive" or "convention".', '请用 "competitive" 或 "convention" 表示方式的名称。')

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "coverage_per_yuan", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell checks the figures and the model.
# zh: 更多检查。培训师评分时，这个单元格会核对这些数字和方式。
assert more_for_the_money == max(served_per_10k, key=served_per_10k.get), L("The model that serves more for the money is the one with the larger figure per 10,000 yuan.", "同样的钱服务家庭更多的，是每1万元服务家庭数较大的那种方式。")
### BEGIN HIDDEN TESTS
# en: The third year's averages of the run with seed 7 (tests/test_quoted_figures.py recomputes them):
# en: competitive 124.67 households served for 24,720 yuan, convention 116.25 for 24,720 yuan.
# zh: 随机种子7运行第三年的平均值（tests/test_quoted_figures.py 会重新计算核对）：
# zh: 竞争性购买24,720元服务124.67户，协议方式24,720元服务116.25户。
for model, served, spending in (("competitive", 124.67, 24720), ("convention", 116.25, 24720)):
    assert not close(served_per_10k[model], spending / served * 10_000, 0.5), L("Divide the households served by the spending, not the spending by the households.", "请用得到服务的家庭数除以支出，而不是用支出除以家庭数。")
    assert close(served_per_10k[model], served / spending * 10_000, 0.5), L(f"Check the households served per 10,000 yuan under {model}.", f"请核对{model}方式下每1万元服务的家庭数。")
assert more_for_the_money == "competitive", L("Check which model serves more households for the money in this district.", "请核对在这个县区中，同样的钱哪种方式服务的家庭更多。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Written answer: supervising quality (graded by your trainer)
#
# In the district above, competitive contracts serve more households for the money, but the quality of their hours
# is lower: each re-tender cuts the price, and the providers cut staff time and qualifications.
#
# **Your bureau is about to sign a three-year contract with a social organisation for daily care of older Dibao
# households. How would you supervise the quality of its services, and what would you pay for it?** Say what you
# would check and how (who assesses, how often, with what information, and what happens to a provider that falls
# short), and how much of the contract's value you would spend on it, and why. Think of cream-skimming, of the
# organisation's dependence on your money, and of what residents could tell you. A short paragraph or a few points
# is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 4. 简答题：监管服务质量（由培训师评分）
#
# 在上面的县区中，竞争性购买用同样的钱服务了更多家庭，但服务质量较低：每次重新招标都压低价格，服务机构就削减人员时间、降低人员资质。
#
# **你们民政局即将与一个社会组织签订为期三年的合同，为低保家庭中的老年人提供日常照料。你会怎样监管它的服务质量？愿意为此花多少钱？**
# 请说明你会检查什么、怎样检查（由谁评估、多久一次、依据哪些信息，服务机构达不到要求时怎么办），以及你会把合同金额的多大比例用于监管，为什么。
# 请考虑“挑肥拣瘦”、这个组织对你们资金的依赖，以及居民能告诉你什么。写一小段话或几个要点即可。请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "supervision_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points for what is checked (at least three sensible indicators,
# including one on the households themselves); 2 for how and by whom (regular assessment with consequences tied to
# renewal, more than the provider's own reports); 2 for what is paid, with a reason that weighs the cost against
# what it protects. Accept other reasoned answers, for example a smaller share for a trusted organisation with a
# long record.*
#
# - **What to check:** the staff the contract pays for (number, qualifications, turnover), the hours actually
#   delivered against the hours paid, waiting times, the households' own view (satisfaction, complaints), a few
#   outcomes (hospital stays, falls, households still living at home), and **who is turned away or left waiting
#   longest**, so that the organisation cannot keep the easy cases and leave the frail ones.
# - **How:** the organisation reports monthly through the information platform; the bureau or a third-party
#   evaluator visits every quarter, unannounced, and calls a sample of households; residents can rate the service
#   and complain (as Qingdao Shibei consults residents online). Caseworkers, not the organisation, decide who is
#   referred. A yearly assessment decides the renewal: a provider that falls short gets a plan and a deadline, then
#   loses the contract. The standard must be reachable at the price paid, or supervision only brings turnover.
# - **What to pay:** about 3-5% of the contract's value, more in the first year and for a new organisation, less for
#   one with a good record. That is small next to what poor quality costs (illness, moves into institutions,
#   public money wasted) and to the cost of changing providers. Pay the organisation on time and keep the contract
#   long enough that it can keep its staff: its dependence on government money means the bureau is responsible for
#   not starving it.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：检查的内容2分（至少三项合理的指标，其中一项针对服务对象家庭本身）；怎样检查、由谁检查2分
# （定期评估，结果与续签挂钩，不能只看服务机构自己的报告）；愿意花多少钱2分，并说明理由，权衡成本与它所保护的东西。
# 其他有理有据的答案也可接受，例如对一个有长期良好记录、值得信任的组织，监管费用比例可以低一些。*
#
# - **检查什么：** 合同出钱聘用的工作人员（人数、资质、流动情况），实际提供的服务小时数与付费小时数是否相符，等候时间，
#   服务对象家庭自己的评价（满意度、投诉），几项结果指标（住院、跌倒、能否继续在家居住），以及**谁被拒绝了、谁等得最久**，
#   防止服务机构只接容易服务的个案，把体弱的老人留下。
# - **怎样检查：** 服务机构每月通过信息平台报告；民政局或第三方评估机构每季度不打招呼上门查看，并抽样电话回访服务对象家庭；
#   居民可以给服务打分、投诉（像青岛市北区那样在网上听取居民意见）。转介由经办人员决定，而不是由服务机构决定。
#   每年评估一次，决定是否续签：达不到要求的服务机构先限期整改，仍达不到的就失去合同。标准必须是按所付价格能够达到的，否则监管只会带来服务机构的频繁更换。
# - **花多少钱：** 大约合同金额的3%至5%，第一年和新组织多一些，有良好记录的组织少一些。与服务质量差造成的损失
#   （疾病、被迫入住机构、公共资金浪费）和更换服务机构的代价相比，这笔钱很少。同时要按时付款，合同期限要足够长，
#   让组织能留住工作人员：社会组织依赖政府资金，政府就有责任不让它“饿死”。
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
