# %% [markdown]
# <!-- en -->
# # Module 4 assessment: buying services from social organisations
#
# A civil-affairs bureau that buys services decides what to buy and what to keep, prices its contracts, chooses
# among bids, budgets for vouchers and supervises the providers. In this exercise you make those decisions on small
# cases, with a pen and a calculator:
#
# 1. what stays the government's own work;
# 2. what a contract costs, supervision included, and what it costs for each hour it buys;
# 3. which of three bids to choose for a district;
# 4. who a Taicang-style voucher reaches, and what it costs;
# 5. what to do when a provider falls short, and how you would supervise a contract's quality.
#
# Rates, hours and quality scores are the course's **assumptions** (the sources give none), from the parameter files
# in `datasets/parameters/`; Taicang's voucher is from seed 002 (`datasets/sources.csv`). Other figures are
# illustrative cases.
#
# **How this notebook works.** Each box is a *cell*; click it and press **Shift + Enter** to run it. Run the first
# cell once. An answer cell shows a line such as `contract_cost = None`: type your answer after the `=` sign in
# place of `None`, for example `contract_cost = 2500`, and run the cell. Then run the *check* cell below it: if no
# red message appears, your answer has the right form; whether it is right is checked when your trainer grades the
# exercise.
#
# - Numbers are written without units or thousands separators: `2500`, not `2,500 yuan`.
# - A choice is a capital letter in quotes: `"B"`.
# - A list of resident numbers goes in square brackets: `[501, 502]`.
# - A table is written in curly brackets, as the answer cell shows.
# - Written answers go in the text cells marked for them: double-click the cell, write, then run it.
#
# A red message after a check tells you what to change. Only the version you hand in is graded.
# <!-- zh -->
# # 模块四测验：向社会组织购买服务
#
# 购买服务的民政部门要决定买什么、哪些工作自己保留，测算合同价格，在多个投标中作出选择，编制服务券预算，并监管服务机构。
# 在本练习中，你用纸笔和计算器，在几个小案例上作出这些决定：
#
# 1. 哪些工作必须由政府自己承担；
# 2. 一份合同（包括监管费用）要花多少钱，每购买一小时服务要花多少钱；
# 3. 为一个县区在三个投标中选择哪一个；
# 4. 太仓式的服务券能发到谁手里，要花多少钱；
# 5. 服务机构达不到要求时怎么办，以及你会怎样监管合同的服务质量。
#
# 价格、小时数和质量分数都是课程的**假设**（资料中没有这些数字），来自 `datasets/parameters/` 中的参数文件；
# 太仓的服务券来自资料 002（`datasets/sources.csv`）。其他数字是说明用的案例。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”；点击它，按 **Shift + Enter** 运行。先运行第一个单元格。答案单元格里有一行，
# 例如 `contract_cost = None`：在 `=` 号后面输入你的答案，替换 `None`，例如 `contract_cost = 2500`，然后运行这个单元格。
# 再运行它下面的“检查”单元格：如果没有出现红色信息，说明你的答案格式正确；答案是否正确，要等培训师评分时核对。
#
# - 数字不带单位，也不加千位分隔符：写 `2500`，不写 `2,500元`。
# - 选择题填一个带引号的大写字母：`"B"`。
# - 居民编号的列表放在方括号里：`[501, 502]`。
# - 表格写在花括号里，照答案单元格里的样子填写。
# - 简答题写在专门的文字单元格里：双击单元格，写好后运行它。
#
# 检查后出现红色信息，会告诉你要改什么。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
from simulation.grading.checks import close, is_number, is_choice, chosen, is_id_list, same_ids, is_table

# %% [markdown]
# <!-- en -->
# ## 1. What stays the government's own work
#
# Buying services does not take the government out of the picture: it pays, guarantees the quality, assesses and
# supervises, and keeps its core functions. Your bureau is listing what it could buy from social organisations next
# year. **Which one of these must stay the government's own work?** (`keep_in_house`)
#
# - **A.** Daily-care visits to older Dibao households.
# - **B.** Running a day-care centre in a public building.
# - **C.** Deciding which households get Dibao: the means test and the decision.
# - **D.** A job-search course for jobless parents.
# <!-- zh -->
# ## 1. 哪些工作必须由政府自己承担
#
# 购买服务并不意味着政府退出：政府要出钱、保证质量、评估和监督，并保留自己的核心职能。你们民政局正在列出明年可以向社会组织购买的服务。
# **下面哪一项必须由政府自己承担？**（`keep_in_house`）
#
# - **A.** 为低保家庭中的老年人提供日常照料上门服务。
# - **B.** 在公共场所运营一个日间照料中心。
# - **C.** 决定哪些家庭能享受低保：家庭经济状况核查和审批决定。
# - **D.** 为失业的父母开办求职培训班。

# %% nbgrader={"grade": false, "grade_id": "keep_in_house_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个带引号的字母。
keep_in_house = None
### BEGIN SOLUTION
keep_in_house = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "keep_in_house_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: one of the letters A, B, C, D.
# zh: 检查：A、B、C、D中的一个字母。
assert is_choice(keep_in_house, "ABCD"), L('Write one letter in quotes, e.g. "A".', '请填一个带引号的字母，例如 "A"。')
### BEGIN HIDDEN TESTS
assert chosen(keep_in_house) == "C", L("Three of these are services a qualified provider can deliver under a contract; one is a decision about a household's rights, taken by public authority.", "其中三项是有资质的服务机构可以按合同提供的服务；另一项是关于家庭权益的决定，要由公共权力作出。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. What a contract costs, by hand
#
# A contract buys service **hours a month** for a number of **months** at a price per hour. On top of that, the
# government pays for **supervision** (assessing the provider's quality), as a share of the contract's value:
#
# contract cost = (hours a month × months × price per hour + any one-off sums) × (1 + supervision share)
#
# cost per hour = contract cost ÷ (hours a month × months)
#
# Your bureau is pricing a **one-year contract** with a social-work organisation for daily care: **400 hours a
# month** at **35 yuan an hour** (the course's rate for a non-profit provider,
# `datasets/parameters/national/assumptions/services.yaml`), plus a **one-off 6,000 yuan** to set the service up
# (training and equipment), with supervision at **4%** of the contract's value (0.04).
#
# - `contract_cost`: what the government pays for the contract and its supervision, in yuan;
# - `cost_per_hour`: what it pays for each hour the contract buys, in yuan (two decimals).
# <!-- zh -->
# ## 2. 手算合同成本
#
# 一份合同按每小时价格，购买若干**月**、每月若干服务**小时**。此外，政府还要为**监管**（评估服务机构的服务质量）付费，
# 按合同金额的一定比例计算：
#
# 合同成本 =（每月小时数 × 月数 × 每小时价格 + 一次性费用）×（1 + 监管费用比例）
#
# 每小时成本 = 合同成本 ÷（每月小时数 × 月数）
#
# 你们民政局正在为与一个社会工作服务机构签订的**一年期日常照料合同**定价：每月 **400 小时**，每小时 **35 元**
# （课程中非营利服务机构的价格，`datasets/parameters/national/assumptions/services.yaml`），另加**一次性 6,000 元**
# 用于启动服务（培训和设备），监管费用为合同金额的 **4%**（0.04）。
#
# - `contract_cost`：政府为合同及其监管支付的费用（元）；
# - `cost_per_hour`：合同每购买一小时服务，政府支付多少钱（元，保留两位小数）。

# %% nbgrader={"grade": false, "grade_id": "contract_cost_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the contract's cost and the cost per hour, in yuan (numbers).
# zh: 你的答案：合同成本和每小时成本（元，填数字）。
contract_cost = None
cost_per_hour = None
### BEGIN SOLUTION
contract_cost = 180960
cost_per_hour = 37.70
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "contract_cost_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the contract's cost is a number.
# zh: 检查：合同成本是一个数字。
assert is_number(contract_cost), L("Give the contract's cost as a number of yuan, without units or commas.", "合同成本请填一个数字（元），不带单位和逗号。")
### BEGIN HIDDEN TESTS
assert not close(contract_cost, 174720, 1), L("The one-off 6,000 yuan is part of the contract's value too.", "一次性的6,000元也是合同金额的一部分。")
assert not close(contract_cost, 174000, 1), L("Supervision is paid on top of the contract's value.", "监管费用要在合同金额之外另加。")
assert close(contract_cost, 180960, 1), L("Hours a month x 12 months x 35 yuan, plus the one-off sum; then add 4% of that for supervision.", "每月小时数 × 12个月 × 35元，加上一次性费用；再加上这个金额的4%作为监管费用。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_hour_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the cost per hour is a number.
# zh: 检查：每小时成本是一个数字。
assert is_number(cost_per_hour), L("Give the cost per hour as a number of yuan, e.g. 12.34.", "每小时成本请填一个数字（元），例如12.34。")
### BEGIN HIDDEN TESTS
assert cost_per_hour < 100, L("Divide by all the hours the contract buys in the year, not by one month's hours.", "请除以合同全年购买的全部小时数，而不是一个月的小时数。")
assert close(cost_per_hour, 37.70, 0.02), L("Divide the contract's whole cost, supervision included, by the hours it buys in the year.", "用合同的全部成本（包括监管费用）除以它全年购买的小时数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. Choosing among bids
#
# The district of the module's notebook has **24,000 yuan a month** for daily care (8 yuan for each of its 3,000
# households, `datasets/parameters/national/rules/services.yaml`); supervision comes out of the same money. Each
# older household referred gets **4 hours a month** (same file). Three offers (the prices and quality scores of
# the course's parameter file, `datasets/parameters/national/assumptions/services.yaml`; bid A's score is what is
# left after re-tendering cuts the price, an illustrative figure):
#
# | bid | who, and how | price per hour | supervision | expected quality (0 to 1) |
# | --- | --- | --- | --- | --- |
# | A | a home-care firm, one-year contract re-tendered on price | 32 yuan | 5% | 0.50 |
# | B | a social-work association, three-year convention renewed on assessment | 35 yuan | 3% | 0.65 |
# | C | the street service station's own public staff, no contract | 45 yuan | none | 0.60 |
#
# For each bid, work out the **households it serves a month** with the 24,000 yuan:
#
# households = 24,000 ÷ (price per hour × (1 + supervision share)) ÷ 4
#
# Write them as a table, `households_served = {"A": ..., "B": ..., "C": ...}` (one decimal is enough). Then choose
# the bid (`bid_choice`): the bureau buys no care below a quality of **0.6**, and among the bids that reach it,
# wants the one that serves the most households. Write "A", "B" or "C".
# <!-- zh -->
# ## 3. 在多个投标中作出选择
#
# 本模块笔记本中的县区每月有 **24,000 元**用于日常照料（3,000 户家庭每户 8 元，`datasets/parameters/national/rules/services.yaml`），
# 监管费用也从这笔钱里出。每户被转介的老年家庭每月得到 **4 小时**服务（同一文件）。三个报价如下（价格和质量分数来自课程参数文件
# `datasets/parameters/national/assumptions/services.yaml`；投标A的质量分数是重新招标压价后剩下的水平，是说明用的数字）：
#
# | 投标 | 谁来做、怎样做 | 每小时价格 | 监管费用 | 预期质量（0至1） |
# | --- | --- | --- | --- | --- |
# | A | 一家居家照护公司，一年期合同，到期按价格重新招标 | 32 元 | 5% | 0.50 |
# | B | 一个社会工作协会，三年期协议，通过评估即续签 | 35 元 | 3% | 0.65 |
# | C | 街道服务站自己的公共部门人员，不签合同 | 45 元 | 无 | 0.60 |
#
# 请算出用这 24,000 元，每个投标**每月能服务多少户家庭**：
#
# 家庭数 = 24,000 ÷（每小时价格 ×（1 + 监管费用比例））÷ 4
#
# 写成表格：`households_served = {"A": ..., "B": ..., "C": ...}`（保留一位小数即可）。然后选择投标（`bid_choice`）：
# 民政局不购买质量低于 **0.6** 的照料服务，在达到这一标准的投标中，选择服务家庭最多的一个。填 "A"、"B" 或 "C"。

# %% nbgrader={"grade": false, "grade_id": "bids_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the table of households served a month (numbers), and the bid you choose (a letter in quotes).
# zh: 你的答案：每月服务家庭数的表格（填数字），以及你选择的投标（一个带引号的字母）。
households_served = None
bid_choice = None
### BEGIN SOLUTION
households_served = {"A": 178.6, "B": 166.4, "C": 133.3}
bid_choice = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "households_served_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: a table with the three bids, a number for each.
# zh: 检查：表格包括三个投标，每个一个数字。
assert is_table(households_served, ["A", "B", "C"]), L('Write a table with the three bids as keys in quotes: {"A": ..., "B": ..., "C": ...}.', '请写出以三个投标为键（加引号）的表格：{"A": ..., "B": ..., "C": ...}。')
assert all(is_number(n) for n in households_served.values()), L("Give each bid's households as a number.", "每个投标的家庭数请填一个数字。")
### BEGIN HIDDEN TESTS
assert close(households_served["C"], 133.3, 1), L("Bid C has no supervision to pay: 24,000 yuan buys 24,000 / 45 hours, and each household takes 4 of them.", "投标C不需要支付监管费用：24,000元能买24,000 ÷ 45小时，每户用其中4小时。")
assert not close(households_served["A"], 187.5, 1), L("Supervision comes out of the same 24,000 yuan: multiply the price by 1 plus the supervision share.", "监管费用也从这24,000元里出：每小时价格要乘以（1 + 监管费用比例）。")
assert close(households_served["A"], 178.6, 1), L("Check bid A: 32 yuan an hour with 5% supervision, 4 hours a household.", "请核对投标A：每小时32元，监管5%，每户4小时。")
assert close(households_served["B"], 166.4, 1), L("Check bid B: 35 yuan an hour with 3% supervision, 4 hours a household.", "请核对投标B：每小时35元，监管3%，每户4小时。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "bid_choice_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: one of the letters A, B, C.
# zh: 检查：A、B、C中的一个字母。
assert is_choice(bid_choice, "ABC"), L('Write one letter in quotes: "A", "B" or "C".', '请填一个带引号的字母："A"、"B" 或 "C"。')
### BEGIN HIDDEN TESTS
assert chosen(bid_choice) != "A", L("The bid that serves the most households does not reach the quality the bureau requires.", "服务家庭最多的投标达不到民政局要求的质量。")
assert chosen(bid_choice) == "B", L("Of the bids that reach a quality of 0.6, which serves more households?", "在质量达到0.6的投标中，哪一个服务的家庭更多？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Who a Taicang-style voucher reaches
#
# Taicang gives every resident **over 80** a service voucher of **80 yuan a month** (seed 002); the course reads
# "over 80" as 80 and over, as for the old-age allowance. It is not means-tested. Eight residents of a street (an
# illustrative case):
#
# | resident | age | on Dibao | income |
# | --- | --- | --- | --- |
# | 501 | 82 | no | pension of 3,000 yuan a month, lives with her daughter |
# | 502 | 79 | yes | none; frail, lives alone |
# | 503 | 80 (last month) | yes | none |
# | 504 | 65 | yes | none; has a disability |
# | 505 | 91 | no | pension of 4,200 yuan a month |
# | 506 | 78 | no | pension of 2,100 yuan a month |
# | 507 | 86 | no | pension of 1,900 yuan a month |
# | 508 | 88 | no | pension of 2,600 yuan a month |
#
# - `voucher_ids`: the residents who get the voucher (a list of resident numbers);
# - `voucher_budget`: a town has **1,250** residents aged 80 or over, and six in ten of those offered a voucher use
#   it (0.6, the course's assumption, `datasets/parameters/national/assumptions/services.yaml`). What do the
#   vouchers cost the town a month, in yuan?
# <!-- zh -->
# ## 4. 太仓式的服务券能发到谁手里
#
# 太仓向每位 **80 岁以上**的居民发放每月 **80 元**的服务券（资料 002）；本课程把“80 岁以上”理解为 80 岁及以上，与高龄津贴相同。
# 服务券不做家庭经济状况核查。下面是一个街道的八位居民（说明用的案例）：
#
# | 居民 | 年龄 | 是否享受低保 | 收入 |
# | --- | --- | --- | --- |
# | 501 | 82 | 否 | 每月养老金 3,000 元，与女儿同住 |
# | 502 | 79 | 是 | 无；体弱，独居 |
# | 503 | 80（上个月满 80 岁） | 是 | 无 |
# | 504 | 65 | 是 | 无；有残疾 |
# | 505 | 91 | 否 | 每月养老金 4,200 元 |
# | 506 | 78 | 否 | 每月养老金 2,100 元 |
# | 507 | 86 | 否 | 每月养老金 1,900 元 |
# | 508 | 88 | 否 | 每月养老金 2,600 元 |
#
# - `voucher_ids`：能领取服务券的居民（填居民编号的列表）；
# - `voucher_budget`：一个镇有 **1,250** 位 80 岁及以上的居民，获得服务券的人中每十人有六人使用（0.6，课程的假设，
#   `datasets/parameters/national/assumptions/services.yaml`）。这个镇每月的服务券要花多少元？

# %% nbgrader={"grade": false, "grade_id": "voucher_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the resident numbers in square brackets, and the town's monthly cost in yuan (a number).
# zh: 你的答案：方括号里的居民编号，以及这个镇每月的费用（元，填一个数字）。
voucher_ids = None
voucher_budget = None
### BEGIN SOLUTION
voucher_ids = [501, 503, 505, 507, 508]
voucher_budget = 60000
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "voucher_ids_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: a list of resident numbers.
# zh: 检查：居民编号的列表。
assert is_id_list(voucher_ids), L("Write the resident numbers in square brackets, without quotes, e.g. [502, 504].", "请把居民编号写在方括号里，不加引号，例如 [502, 504]。")
### BEGIN HIDDEN TESTS
assert 502 not in voucher_ids and 504 not in voucher_ids, L("The voucher goes by age only: being poor or frail does not bring it below the age.", "服务券只看年龄：贫困或体弱，但不到年龄的，也领不到。")
assert 503 in voucher_ids, L("A resident who has just turned 80 counts.", "刚满80岁的居民也算。")
assert same_ids(voucher_ids, [501, 503, 505, 507, 508]), L("The voucher is not means-tested: a pension does not take it away.", "服务券不做家庭经济状况核查：有养老金也照样领取。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "voucher_budget_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the budget is a number.
# zh: 检查：预算是一个数字。
assert is_number(voucher_budget), L("Give the monthly cost as a number of yuan, without units or commas.", "每月费用请填一个数字（元），不带单位和逗号。")
### BEGIN HIDDEN TESTS
assert not close(voucher_budget, 100000, 1), L("Not everyone offered a voucher uses it: count only those who do.", "并不是每个获得服务券的人都会使用：只算使用的人。")
assert close(voucher_budget, 60000, 1), L("Residents aged 80 or over x 80 yuan x the share who use the voucher.", "80岁及以上居民人数 × 80元 × 使用服务券的比例。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. When a provider falls short
#
# In the second year of the convention with the association (bid B), the quarterly check finds that it billed 400
# hours a month while the households' visit records show about 330; two bedridden residents complained of missed
# visits; and its two qualified social workers have left, replaced by untrained care workers. **What do you do
# first?** (`provider_response`)
#
# - **A.** End the contract at once and re-tender it on price.
# - **B.** Pay only for the hours delivered; require a written plan, with a deadline of two months, to restore the
#   missed visits and the staff's qualifications; visit unannounced and call a sample of households; and make the
#   renewal depend on the result.
# - **C.** Wait for the yearly assessment: a three-year convention should not be disturbed.
# - **D.** Raise the price per hour, so that the association can hire qualified staff again.
# <!-- zh -->
# ## 5. 服务机构达不到要求时
#
# 在与协会签订的协议（投标B）的第二年，季度检查发现：协会每月按 400 小时结算，而服务对象家庭的上门记录显示只有约 330 小时；
# 两位卧床老人投诉上门服务被漏掉；协会的两名持证社会工作者已经离职，换成了没有受过培训的护理员。**你首先会怎么做？**
# （`provider_response`）
#
# - **A.** 立即终止合同，按价格重新招标。
# - **B.** 只为实际提供的小时数付费；要求协会提交书面整改计划，两个月内补上漏掉的上门服务、恢复工作人员的资质；
#   不打招呼上门检查，并抽样电话回访服务对象家庭；把续签与整改结果挂钩。
# - **C.** 等到年度评估再说：三年期协议不应受到干扰。
# - **D.** 提高每小时价格，让协会能重新聘用有资质的工作人员。

# %% nbgrader={"grade": false, "grade_id": "provider_response_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个带引号的字母。
provider_response = None
### BEGIN SOLUTION
provider_response = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "provider_response_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: one of the letters A, B, C, D.
# zh: 检查：A、B、C、D中的一个字母。
assert is_choice(provider_response, "ABCD"), L('Write one letter in quotes, e.g. "A".', '请填一个带引号的字母，例如 "A"。')
### BEGIN HIDDEN TESTS
assert chosen(provider_response) != "A", L("Think of the households while a new provider is found, and of what re-tendering on price does to quality.", "想一想在找到新服务机构之前，服务对象家庭怎么办；以及按价格重新招标会对质量产生什么影响。")
assert chosen(provider_response) != "D", L("Would paying more, for hours not delivered, fix what the check found?", "为没有提供的小时数付更多的钱，能解决检查发现的问题吗？")
assert chosen(provider_response) == "B", L("Which answer protects the bedridden residents now and keeps a consequence for the provider?", "哪个做法既能马上保护卧床老人，又让服务机构承担后果？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Written answer: supervising a contract's quality (graded by your trainer)
#
# Your bureau is about to sign the three-year convention of bid B for the daily care of older Dibao households.
# **How would you supervise the quality of its services, and what share of the contract's value would you spend on
# it?** Say what you would check and how (who assesses, how often, with what information, and what happens to a
# provider that falls short), and how much you would spend, and why. Think of cream-skimming (a provider keeping
# the easy cases), of quality fading when prices are cut, of the organisation's dependence on your money, and of
# what residents could tell you. A short paragraph or a few points is enough. Write in the cell below, in place of
# "YOUR ANSWER HERE".
# <!-- zh -->
# ## 6. 简答题：监管合同的服务质量（由培训师评分）
#
# 你们民政局即将与投标B签订为期三年的协议，为低保家庭中的老年人提供日常照料。**你会怎样监管它的服务质量？
# 会把合同金额的多大比例用于监管？** 请说明你会检查什么、怎样检查（由谁评估、多久一次、依据哪些信息，服务机构达不到要求时怎么办），
# 以及你会花多少钱、为什么。请考虑“挑肥拣瘦”（服务机构只接容易服务的个案）、压价带来的质量下滑、这个组织对你们资金的依赖，
# 以及居民能告诉你什么。写一小段话或几个要点即可。请在下面的单元格中作答，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "supervision_written", "locked": false, "points": 4, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer.* **What to check:** the staff the contract pays for (number, qualifications, turnover); the hours
# delivered against the hours billed; waiting times; the households' own view (satisfaction, complaints); a few
# outcomes (falls, hospital stays, households still living at home); and who is turned away or left waiting
# longest, so that the organisation cannot keep the easy cases. **How:** monthly reports through the information
# platform; unannounced visits every quarter by the bureau or a third-party evaluator, with calls to a sample of
# households; a channel for residents to rate the service and complain (as Qingdao Shibei consults residents
# online). Caseworkers, not the provider, decide who is referred. A yearly assessment decides the renewal: a
# provider that falls short gets a plan and a deadline, then loses the contract. **What to pay:** about 3 to 5% of
# the contract's value, more in the first year or for a new organisation, less for one with a good record: small
# next to what poor care costs (falls, hospital stays, moves into institutions, wasted public money) and to the cost
# of changing providers. The standard must be reachable at the price paid, and the bureau must pay on time: an
# organisation that lives on its contracts cannot keep qualified staff otherwise.
#
# *Rubric (4 points):* 1 point for what is checked (at least three sensible indicators, one of them on the
# households themselves); 1 for how and by whom (regular, independent of the provider's own reports, with
# consequences tied to renewal); 1 for a share with a reason weighing its cost against what it protects; 1 for
# naming at least one of the risks (cream-skimming, quality fade under price cuts, dependence on government money)
# and how the supervision answers it. Accept other reasoned answers, for example a smaller share for a trusted
# organisation with a long record.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *参考答案。* **检查什么：** 合同出钱聘用的工作人员（人数、资质、流动情况）；实际提供的小时数与结算小时数是否相符；等候时间；
# 服务对象家庭自己的评价（满意度、投诉）；几项结果指标（跌倒、住院、能否继续在家居住）；以及谁被拒绝了、谁等得最久，
# 防止服务机构只接容易服务的个案。**怎样检查：** 服务机构每月通过信息平台报告；民政局或第三方评估机构每季度不打招呼上门查看，
# 并抽样电话回访服务对象家庭；为居民开通给服务打分和投诉的渠道（像青岛市北区那样在网上听取居民意见）。转介由经办人员决定，
# 而不是由服务机构决定。每年评估一次，决定是否续签：达不到要求的先限期整改，仍达不到的就失去合同。**花多少钱：**
# 大约合同金额的3%至5%，第一年和新组织多一些，有良好记录的组织少一些。与照料质量差造成的损失（跌倒、住院、被迫入住机构、
# 公共资金浪费）和更换服务机构的代价相比，这笔钱很少。质量标准必须是按所付价格能够达到的，民政局也要按时付款：
# 靠合同生存的组织，否则留不住有资质的工作人员。
#
# *评分要点（4分）：* 检查的内容1分（至少三项合理的指标，其中一项针对服务对象家庭本身）；怎样检查、由谁检查1分
# （定期进行，不只看服务机构自己的报告，结果与续签挂钩）；给出监管费用比例并说明理由，权衡成本与它所保护的东西1分；
# 指出至少一种风险（“挑肥拣瘦”、压价带来的质量下滑、对政府资金的依赖）并说明监管怎样应对1分。其他有理有据的答案也可接受，
# 例如对一个有长期良好记录、值得信任的组织，监管费用比例可以低一些。
# ### END SOLUTION

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "why_buy_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): why buy, and from whom
#
# *In the opening and notebook part 1, each table sorts the services of its district (the morning's flipchart)
# into the four sectors (public, for-profit, non-profit, charitable or voluntary) and says in three minutes which it
# would buy and from whom, what must stay the government's own work, and one thing Taicang has tried that it would
# copy or avoid.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: gives a reason to buy (the
# skills and staff public units lack) with the government's remaining role (pay, guarantee quality, assess and
# supervise, help new providers grow), AND places services in the right sectors with what each sector offers,
# using Taicang's day-care centres, voucher or incubator as an example; **1 point**: one of the two; **0**:
# neither, or buying is presented as the government handing over its responsibility.
# <!-- zh -->
# ### 培训师现场评分任务：为什么购买、向谁购买
#
# *在开班和笔记本实操（一）中，各桌把本县区的服务（上午的白板纸）按四类服务机构（公共部门、营利型、非营利型、慈善自愿型）分类，
# 并用三分钟说明：会购买哪些服务、向谁购买，哪些工作必须由政府自己承担，以及太仓的做法中有哪一项会借鉴或避免。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：说出购买服务的理由（公共服务单位缺少的专业能力和人手），
# 以及政府仍要承担的角色（出钱、保证质量、评估和监督、扶持新的服务机构），并且把服务正确归入各类服务机构，说明各类的特点，
# 以太仓的日间照料中心、服务券或孵化器为例；**1分**：只做到其中一点；**0分**：两点都没有做到，或者把购买服务说成政府卸下责任。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "models_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): which way of buying suits our district
#
# *In the group discussion "risks, and what supervision is worth", each table reads the five ways of buying on the
# simulated district (coverage by need, waiting, utilisation, quality, cost per hour, spending, households per
# 10,000 yuan) and says in three minutes which it would choose for its own district, and at what quality.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: compares at least two ways on
# households served for the money AND on quality or waiting, names the trade-off (price competition buys more hours
# at a lower quality; conventions keep quality and experience) and reads the figures as the course's assumptions,
# not measurements; **1 point**: compares on one dimension only; **0**: no comparison, or the figures are taken as
# measured facts.
# <!-- zh -->
# ### 培训师现场评分任务：哪种购买方式适合我们县区
#
# *在“风险与监管的价值”小组讨论中，各桌阅读模拟县区在五种购买方式下的结果（各类需求的覆盖率、等候时间、使用率、服务质量、
# 每小时成本、支出、每1万元服务的家庭数），并用三分钟说明会为本县区选择哪种方式、要求什么样的质量。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：至少比较两种方式用同样的钱服务的家庭数，以及服务质量或等候时间，
# 说出其中的取舍（价格竞争买到更多小时数但质量较低；协议方式保持质量、积累经验），并且把这些数字看作课程的假设而不是实测数据；
# **1分**：只从一个方面比较；**0分**：没有比较，或者把这些数字当成实测事实。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "voucher_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): Taicang's voucher
#
# *In notebook part 3, each table tries the voucher lab (an age band of 70, a voucher of 0 and of 160 yuan,
# residents who ignore or weigh quality heavily) and says in three minutes who uses the voucher, which providers
# they choose, what it does to quality and cost, and whether it should go to every resident of the age or only to
# those in need.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: says that the voucher is
# not means-tested, so most users are neither on Dibao nor poor, AND weighs what choice does to providers and what
# the voucher costs against the contracts, with a reasoned view on targeting it; **1 point**: one of the two;
# **0**: neither.
# <!-- zh -->
# ### 培训师现场评分任务：太仓的服务券
#
# *在笔记本实操（三）中，各桌用服务券工具试一试（年龄段从70岁起、服务券0元和160元、居民完全不考虑或非常重视质量），
# 并用三分钟说明：谁在使用服务券、他们选择哪些服务机构、服务券对质量和成本有什么影响，以及服务券应当发给达到年龄的每一位居民，
# 还是只发给有需要的人。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：指出服务券不做家庭经济状况核查，所以使用者大多既没有享受低保，也不贫困，
# 并且权衡居民的选择对服务机构的影响、服务券与合同相比的成本，对是否按需要发放提出有理由的看法；**1分**：只做到其中一点；
# **0分**：两点都没有做到。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "contract_design_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): our best contract
#
# *In the exercise "design a contract", each pair writes down its best contract in the contract designer (length,
# supervision, price competition, incubator, voucher), the figures it gives, and one reason for each choice; two
# pairs present theirs.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: a contract whose every
# choice has a reason, that weighs households served against quality, and sets the supervision and the price
# together (a quality floor no provider can reach at the price paid only brings turnover); **1 point**: a complete
# contract with reasons for some choices only; **0**: no contract, or no reasons.
# <!-- zh -->
# ### 培训师现场评分任务：我们最满意的合同
#
# *在“设计一份合同”练习中，每组用合同设计工具写下自己最满意的合同（期限、监管、价格竞争、孵化器、服务券）、得到的数字，
# 以及每个选择的一条理由；请两组介绍自己的合同。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：合同的每个选择都有理由，权衡了服务的家庭数和服务质量，
# 并且把监管和价格放在一起考虑（按所付价格没有服务机构能达到的质量下限，只会带来服务机构的频繁更换）；
# **1分**：合同完整，但只有部分选择有理由；**0分**：没有合同，或者没有理由。

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Run every cell once more from the top (menu **Run → Run All Cells**), save the notebook (**Ctrl + S**) and hand in
# the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 从头再把所有单元格运行一遍（菜单 **Run → Run All Cells**，即“运行全部单元格”），保存笔记本（**Ctrl + S**），
# 按培训师的要求提交文件。谢谢！
