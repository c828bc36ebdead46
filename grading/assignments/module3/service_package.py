# %% [markdown]
# <!-- en -->
# # Module 3 assessment: the retirees' service package
#
# A community that manages enterprise retirees delivers a package of service items: some are statutory duties
# handed to it by the social insurance agency, others are visits and activities. In this exercise you work as the
# community's staff and the street office do, with a pen and a calculator:
#
# 1. which items a retiree's package holds, and the staff hours a package takes;
# 2. what a retiree's package costs in a small and a large community, and how to fund them fairly;
# 3. the posts that keep the statutory duties whole when staff leave, and what you would cut first when they are
#    short;
# 4. which Dibao households need daily care, and what it costs.
#
# The items, times and rates are the course's **assumptions** (the studies publish none): the standard package in
# `datasets/packages/standard.yaml` and the parameter files in `datasets/parameters/`. Other figures are
# illustrative cases.
#
# **How this notebook works.** Each box is a *cell*; click it and press **Shift + Enter** to run it. Run the first
# cell once. An answer cell shows a line such as `package_hours = None`: type your answer after the `=` sign in
# place of `None`, for example `package_hours = 12.5`, and run the cell. Then run the *check* cell below it: if no
# red message appears, your answer has the right form; whether it is right is checked when your trainer grades the
# exercise.
#
# - Numbers are written without units or thousands separators: `2500.5`, not `2,500.5 hours`.
# - A choice is a capital letter in quotes: `"B"`.
# - A list of household numbers goes in square brackets: `[401, 407]`.
# - A table is filled in where the answer cell shows it: replace each `None` by your figure.
# - Written answers go in the text cells marked for them: double-click the cell, write, then run it.
#
# A red message after a check tells you what to change. Only the version you hand in is graded.
# <!-- zh -->
# # 模块三测验：退休人员服务包
#
# 负责企业退休人员社会化管理的社区要提供一揽子服务项目：有些是社会保险经办机构交给社区的法定职责，有些是走访和活动。
# 在本练习中，你像社区工作人员和街道办事处那样，用纸笔和计算器完成以下工作：
#
# 1. 一名退休人员的服务包包括哪些项目，一个服务包需要多少工时；
# 2. 小社区和大社区里每名退休人员的服务包要花多少钱，怎样公平地拨款；
# 3. 工作人员流动时，需要多少岗位才能完整完成法定职责；人手不足时，你会先削减什么；
# 4. 哪些低保家庭需要日常照料，要花多少钱。
#
# 服务项目、次数和价格都是课程的**假设**（调研报告没有公布这些数字）：标准服务包见 `datasets/packages/standard.yaml`，
# 参数见 `datasets/parameters/`。其他数字是说明用的案例。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”；点击它，按 **Shift + Enter** 运行。先运行第一个单元格。答案单元格里有一行，
# 例如 `package_hours = None`：在 `=` 号后面输入你的答案，替换 `None`，例如 `package_hours = 12.5`，然后运行这个单元格。
# 再运行它下面的“检查”单元格：如果没有出现红色信息，说明你的答案格式正确；答案是否正确，要等培训师评分时核对。
#
# - 数字不带单位，也不加千位分隔符：写 `2500.5`，不写 `2,500.5小时`。
# - 选择题填一个带引号的大写字母：`"B"`。
# - 家庭编号的列表放在方括号里：`[401, 407]`。
# - 表格按答案单元格里的样子填写：把每个 `None` 换成你的数字。
# - 简答题写在专门的文字单元格里：双击单元格，写好后运行它。
#
# 检查后出现红色信息，会告诉你要改什么。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
from simulation.grading.checks import close, is_number, is_choice, chosen, is_id_list, same_ids, is_table

# %% [markdown]
# <!-- en -->
# ## 1. What a retiree's package holds
#
# Some items of the standard package are for every retiree (the statutory duties, the yearly health check); others
# are for particular groups. These are the items for groups (`datasets/packages/standard.yaml`):
#
# | item | for | times a year | staff minutes each |
# | --- | --- | --- | --- |
# | emergency help | retirees living alone | 2 | 60 |
# | visits to sick and disabled retirees | retirees with a disability | 4 | 45 |
# | regular visits | retirees living alone | 12 | 30 |
# | home visits | retirees aged 80 and over | 4 | 40 |
#
# A retiree gets every item of every group they belong to. Four retirees of one community (an illustrative case):
#
# | retiree | age | disability | lives |
# | --- | --- | --- | --- |
# | 301 | 84 | no | alone |
# | 302 | 68 | yes | with her husband |
# | 303 | 62 | no | with his wife |
# | 304 | 81 | yes | alone |
#
# **For each retiree, how many staff hours a year do the items for groups in their package take?** Hours = the sum
# over their items of times a year × minutes each, divided by 60. Write 0 for a retiree who gets none.
# <!-- zh -->
# ## 1. 一名退休人员的服务包里有什么
#
# 标准服务包中，有些项目面向每一名退休人员（法定职责、年度健康体检），有些只面向特定群体。下面是面向特定群体的项目
# （`datasets/packages/standard.yaml`）：
#
# | 项目 | 服务对象 | 每年次数 | 每次工作人员分钟数 |
# | --- | --- | --- | --- |
# | 紧急援助 | 独居退休人员 | 2 | 60 |
# | 走访慰问患病、残疾退休人员 | 有残疾的退休人员 | 4 | 45 |
# | 定期探访 | 独居退休人员 | 12 | 30 |
# | 上门探访 | 80 岁及以上退休人员 | 4 | 40 |
#
# 一名退休人员属于哪个群体，就享有该群体的全部项目。下面是一个社区的四名退休人员（说明用的案例）：
#
# | 退休人员 | 年龄 | 残疾 | 居住情况 |
# | --- | --- | --- | --- |
# | 301 | 84 | 否 | 独居 |
# | 302 | 68 | 是 | 与丈夫同住 |
# | 303 | 62 | 否 | 与妻子同住 |
# | 304 | 81 | 是 | 独居 |
#
# **每名退休人员的服务包中，面向特定群体的项目每年需要多少工时？** 工时 = 他或她享有的各项目的“每年次数 × 每次分钟数”之和，
# 再除以 60。没有任何这类项目的，填 0。

# %% nbgrader={"grade": false, "grade_id": "group_hours_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: a table of the four retirees' staff hours a year, written as
# en: group_hours = {"301": 1.5, "302": 2.25, "303": 4, "304": 0.5} with your figures in place of these.
# zh: 你的答案：四名退休人员每年所需工时的表格，写成
# zh: group_hours = {"301": 1.5, "302": 2.25, "303": 4, "304": 0.5}，把这些数字换成你算出的数字。
group_hours = None
### BEGIN SOLUTION
group_hours = {"301": 10.67, "302": 3, "303": 0, "304": 13.67}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "group_hours_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: a table with the four retirees, a number for each.
# zh: 检查：表格包括四名退休人员，每人一个数字。
assert is_table(group_hours, ["301", "302", "303", "304"]), L('Write a table with the four retirees, each number in quotes as a key: {"301": ..., "302": ..., "303": ..., "304": ...}.', '请写出包括四名退休人员的表格，编号加引号：{"301": ..., "302": ..., "303": ..., "304": ...}。')
assert all(is_number(hours) for hours in group_hours.values()), L("Give each retiree's hours as a number, without units.", "每名退休人员的工时请填一个数字，不带单位。")
### BEGIN HIDDEN TESTS
assert close(group_hours["303"], 0, 0.05), L("Retiree 303 belongs to none of the groups: under 80, no disability, not living alone.", "303号退休人员不属于任何一个特定群体：不满80岁、没有残疾、不独居。")
assert close(group_hours["302"], 3, 0.05), L("Retiree 302 has a disability but is under 80 and does not live alone: one item, four visits a year.", "302号退休人员有残疾，但不满80岁，也不独居：只有一个项目，每年四次走访。")
assert not close(group_hours["301"], 640, 1), L("Divide the minutes by 60 to get hours.", "分钟数要除以60，换算成小时。")
assert close(group_hours["301"], 10.67, 0.05), L("Retiree 301 is over 80 and lives alone: count the items of both groups.", "301号退休人员年满80岁且独居：两个群体的项目都要算。")
assert close(group_hours["304"], 13.67, 0.05), L("Retiree 304 is over 80, has a disability and lives alone: count the items of all three groups.", "304号退休人员年满80岁、有残疾且独居：三个群体的项目都要算。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. The staff hours of a package, and the workers it needs
#
# An item's staff hours a year are:
#
# staff hours = people it is for × times a year × staff minutes each ÷ 60
#
# A group activity is for the community as a whole, so it counts **1** "person". A full-time worker works 2,000
# hours a year and gives three quarters of them to the package (the rest goes to meetings, reports and other
# community duties: `datasets/parameters/national/assumptions/retiree_service.yaml`), so one full-time worker gives
# 2,000 × 0.75 = **1,500 hours** a year to the package.
#
# **Hillside community** manages **600 retirees**: 90 of them are aged 80 or over and 72 live alone (an illustrative
# case). Its street office asks what a small package of four items of the standard package would take:
#
# | item | for | people | times a year | minutes each |
# | --- | --- | --- | --- | --- |
# | pension-eligibility certification | all retirees | 600 | 1 | 20 |
# | regular visits | retirees living alone | 72 | 12 | 30 |
# | home visits | retirees aged 80 and over | 90 | 4 | 40 |
# | cultural and sports activities | the community as a whole | 1 | 24 | 240 |
#
# Work out:
#
# - `package_hours`: the staff hours a year of the four items together;
# - `workers_needed`: the full-time workers they need (two decimals, e.g. 1.25).
# <!-- zh -->
# ## 2. 一个服务包需要的工时和工作人员
#
# 一个服务项目每年需要的工时是：
#
# 工时 = 服务对象人数 × 每年次数 × 每次工作人员分钟数 ÷ 60
#
# 集体活动面向社区整体，所以只算 **1** 个“人”。一名全职工作人员每年工作 2,000 小时，其中四分之三用于服务包
# （其余用于开会、报表和社区的其他工作：`datasets/parameters/national/assumptions/retiree_service.yaml`），
# 所以一名全职工作人员每年为服务包提供 2,000 × 0.75 = **1,500 小时**。
#
# **青山社区**管理 **600 名退休人员**：其中 90 人年满 80 岁，72 人独居（说明用的案例）。街道办事处想知道，
# 由标准服务包中四个项目组成的小服务包需要多少工作量：
#
# | 项目 | 服务对象 | 人数 | 每年次数 | 每次分钟数 |
# | --- | --- | --- | --- | --- |
# | 养老金领取资格认证 | 全体退休人员 | 600 | 1 | 20 |
# | 定期探访 | 独居退休人员 | 72 | 12 | 30 |
# | 上门探访 | 80 岁及以上退休人员 | 90 | 4 | 40 |
# | 文体活动 | 社区整体 | 1 | 24 | 240 |
#
# 请算出：
#
# - `package_hours`：四个项目每年合计需要的工时；
# - `workers_needed`：需要的全职工作人员数（保留两位小数，例如 1.25）。

# %% nbgrader={"grade": false, "grade_id": "package_hours_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the staff hours a year, and the full-time workers (numbers).
# zh: 你的答案：每年的工时，以及全职工作人员数（填数字）。
package_hours = None
workers_needed = None
### BEGIN SOLUTION
package_hours = 968
workers_needed = 0.65
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "package_hours_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the staff hours are a number.
# zh: 检查：工时是一个数字。
assert is_number(package_hours), L("Give the staff hours as a number, without units or commas.", "工时请填一个数字，不带单位和逗号。")
### BEGIN HIDDEN TESTS
assert package_hours < 10000, L("A group activity is for the community as a whole: count it once, not once for each retiree.", "集体活动面向社区整体：只算一次，不要按每名退休人员计算。")
assert package_hours < 20000, L("Divide the minutes by 60 to get hours.", "分钟数要除以60，换算成小时。")
assert close(package_hours, 968, 1), L("Work out each item's hours (people x times a year x minutes / 60), then add the four.", "先算出每个项目的工时（人数 × 每年次数 × 分钟数 ÷ 60），再把四项加起来。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "workers_needed_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the full-time workers are a number.
# zh: 检查：全职工作人员数是一个数字。
assert is_number(workers_needed), L("Give the full-time workers as a number, e.g. 1.25.", "全职工作人员数请填一个数字，例如1.25。")
### BEGIN HIDDEN TESTS
assert not close(workers_needed, 0.48, 0.01), L("A worker gives only three quarters of 2,000 hours to the package: divide by 1,500.", "一名工作人员只有2,000小时的四分之三用于服务包：请除以1,500。")
assert close(workers_needed, 0.65, 0.01), L("Divide the package's staff hours by the 1,500 hours one full-time worker gives it.", "用服务包的工时除以一名全职工作人员为服务包提供的1,500小时。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. Small and large communities: funding them fairly
#
# Some costs of a package grow with the number of retirees (certification, visits); others do not: the premises,
# and the group activities, which take the same staff time whatever the community's size. Take two communities of
# one street (illustrative figures): each needs **40,000 yuan a year** whatever its size, plus **60 yuan a year for
# each retiree**.
#
# | community | retirees |
# | --- | --- |
# | Pine Street | 200 |
# | Lakeview | 1,000 |
#
# Work out the **standard cost per retiree a year** of each: `cost_small` for Pine Street, `cost_large` for
# Lakeview. Then choose the funding rule the street should propose to the district, so that each community can
# deliver the same package (`funding_rule`):
#
# - **A.** The same sum for each retiree: what a retiree costs in Lakeview.
# - **B.** The same sum for each community, whatever its size.
# - **C.** A fixed sum for each community, plus a sum for each retiree.
# - **D.** What each community spent last year.
# <!-- zh -->
# ## 3. 小社区与大社区：怎样公平拨款
#
# 服务包的有些费用随退休人员人数增加（资格认证、探访），有些则不然：场地费用，以及不论社区大小都占用同样工作人员时间的集体活动。
# 以同一个街道的两个社区为例（说明用的数字）：不论社区大小，每个社区每年都需要 **40,000 元**，另加**每名退休人员每年 60 元**。
#
# | 社区 | 退休人员 |
# | --- | --- |
# | 松林街社区 | 200 |
# | 湖景社区 | 1,000 |
#
# 请算出两个社区**每名退休人员每年的标准成本**：松林街社区填 `cost_small`，湖景社区填 `cost_large`。
# 然后选出街道应当向区里建议的拨款办法，使每个社区都能提供同样的服务包（`funding_rule`）：
#
# - **A.** 每名退休人员拨同样的钱：按湖景社区每名退休人员的成本。
# - **B.** 每个社区拨同样的钱，不论社区大小。
# - **C.** 每个社区拨一笔固定经费，再按退休人员人数另拨一笔。
# - **D.** 按每个社区上一年的实际支出拨款。

# %% nbgrader={"grade": false, "grade_id": "funding_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the two costs per retiree a year in yuan (numbers), and the funding rule (a letter in quotes).
# zh: 你的答案：两个社区每名退休人员每年的成本（元，填数字），以及拨款办法（填一个带引号的字母）。
cost_small = None
cost_large = None
funding_rule = None
### BEGIN SOLUTION
cost_small = 260
cost_large = 100
funding_rule = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_retiree_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the two costs are numbers.
# zh: 检查：两个成本都是数字。
assert is_number(cost_small) and is_number(cost_large), L("Give both costs per retiree as numbers, in yuan a year.", "两个社区每名退休人员的成本都请填数字（元/年）。")
### BEGIN HIDDEN TESTS
assert not close(cost_small, 40060, 1), L("The 40,000 yuan is shared among all the community's retirees: divide it by their number.", "40,000元由社区全体退休人员分摊：请除以退休人员人数。")
assert close(cost_small, 260, 0.5), L("Pine Street: its fixed 40,000 yuan divided by 200 retirees, plus 60 yuan.", "松林街社区：40,000元固定费用除以200名退休人员，再加60元。")
assert close(cost_large, 100, 0.5), L("Lakeview: its fixed 40,000 yuan divided by 1,000 retirees, plus 60 yuan.", "湖景社区：40,000元固定费用除以1,000名退休人员，再加60元。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "funding_rule_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the funding rule is one of the letters A, B, C, D.
# zh: 检查：拨款办法是A、B、C、D中的一个字母。
assert is_choice(funding_rule, "ABCD"), L('Write one letter in quotes, e.g. "A".', '请填一个带引号的字母，例如 "A"。')
### BEGIN HIDDEN TESTS
assert chosen(funding_rule) != "A", L("Work out what Pine Street would receive under that rule, and what it needs.", "算一算按这个办法松林街社区能拿到多少钱，它实际需要多少。")
assert chosen(funding_rule) != "D", L("Last year's spending repeats last year's gaps: a community short of staff spent little.", "上一年的支出会把上一年的缺口延续下去：人手不足的社区花得少。")
assert chosen(funding_rule) == "C", L("Which rule pays each community what the package costs it, small or large?", "哪种办法能让大小社区都拿到服务包实际所需的钱？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Posts for the statutory duties when staff leave
#
# The statutory duties must be delivered whatever happens. For each retiree (`datasets/packages/standard.yaml`):
#
# | statutory duty | times a year | minutes each |
# | --- | --- | --- |
# | pension-eligibility certification | 1 | 20 |
# | personnel files | 1 | 10 |
# | registering changes and answering enquiries | 2 | 10 |
# | handling deaths and survivor claims | 0.025 (about one retiree in 40 dies in a year) | 180 |
#
# A post does not give a full worker's hours when staff leave: the post stands **empty** for some months, and the
# newcomer works at **half pace** while learning the job. For one post:
#
# - share of the year it stands empty = turnover × months to fill ÷ 12
# - share of the year it is held by a learner = turnover × months to learn ÷ 12
# - one post's work = 1 − empty share − learner share × 0.5 (full-time workers)
#
# *Example:* with a quarter of the staff leaving each year (0.25), 3 months to fill a post and 6 months to learn:
# 1 − 0.25 × 3 ÷ 12 − 0.25 × 6 ÷ 12 × 0.5 = 0.875, so one post gives 0.875 × 1,500 ≈ 1,312 hours a year.
#
# **East Gate community** manages **1,500 retirees**, and **40%** of its staff leave each year (0.4); a post takes
# 3 months to fill and a newcomer 6 months to learn. Posts are funded in **half posts** (0.5, 1, 1.5, ...).
# **What is the smallest number of posts that delivers all the statutory duties?** (`statutory_posts`)
# <!-- zh -->
# ## 4. 工作人员流动时，完成法定职责需要多少岗位
#
# 法定职责无论如何都必须完成。每名退休人员的法定职责（`datasets/packages/standard.yaml`）：
#
# | 法定职责 | 每年次数 | 每次分钟数 |
# | --- | --- | --- |
# | 养老金领取资格认证 | 1 | 20 |
# | 人事档案管理 | 1 | 10 |
# | 信息变更登记与政策咨询 | 2 | 10 |
# | 丧葬抚恤办理 | 0.025（每年大约每 40 名退休人员中有 1 人去世） | 180 |
#
# 有工作人员离职时，一个岗位提供不了一名全职工作人员的全部工时：岗位会**空缺**几个月，新人在熟悉工作期间只能完成**一半**的工作量。
# 一个岗位：
#
# - 一年中空缺的比例 = 人员流动率 × 岗位空缺月数 ÷ 12
# - 一年中由新人承担的比例 = 人员流动率 × 熟悉工作所需月数 ÷ 12
# - 一个岗位的工作量 = 1 − 空缺比例 − 新人比例 × 0.5（按全职工作人员计）
#
# *例子：* 每年有四分之一的工作人员离职（0.25），岗位空缺 3 个月，新人熟悉工作需要 6 个月：
# 1 − 0.25 × 3 ÷ 12 − 0.25 × 6 ÷ 12 × 0.5 = 0.875，所以一个岗位每年提供 0.875 × 1,500 ≈ 1,312 小时。
#
# **东门社区**管理 **1,500 名退休人员**，每年有 **40%** 的工作人员离职（0.4）；岗位空缺 3 个月，新人熟悉工作需要 6 个月。
# 岗位按**半个岗位**为单位拨款（0.5、1、1.5……）。**能完成全部法定职责的最少岗位数是多少？**（`statutory_posts`）

# %% nbgrader={"grade": false, "grade_id": "statutory_posts_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the fewest posts, in half posts (a number such as 2.5).
# zh: 你的答案：最少岗位数，以半个岗位为单位（填一个数字，例如 2.5）。
statutory_posts = None
### BEGIN SOLUTION
statutory_posts = 1.5
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "statutory_posts_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: a number of posts in half posts.
# zh: 检查：岗位数以半个岗位为单位。
assert is_number(statutory_posts), L("Give the posts as a number, e.g. 2.5.", "岗位数请填一个数字，例如2.5。")
assert (statutory_posts * 2) % 1 == 0, L("Posts are funded in half posts: 0.5, 1, 1.5, 2, ... Round your result up to the next half post.", "岗位按半个岗位拨款：0.5、1、1.5、2……请把结果向上取到下一个半岗。")
### BEGIN HIDDEN TESTS
assert statutory_posts >= 1.5, L("Too few: add the four duties' hours for 1,500 retirees, and count what one post gives at 40% turnover.", "岗位太少：把1,500名退休人员四项法定职责的工时加起来，再算出人员流动率为40%时一个岗位能提供多少小时。")
assert statutory_posts <= 1.5, L("Half a post fewer would still do: a post at 40% turnover gives 0.8 of 1,500 hours.", "少半个岗位也够：人员流动率为40%时，一个岗位提供1,500小时的0.8。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Written answer: too few staff (graded by your trainer)
#
# East Gate has **2 posts**. At 40% turnover they give 2 × 0.8 × 1,500 = **2,400 hours** a year; the whole standard
# package for its 1,500 retirees (typical shares: 225 aged 80 or over, 150 with a disability, 180 living alone)
# needs about **4,372** (`datasets/packages/standard.yaml`):
#
# | item | staff hours a year |
# | --- | --- |
# | the four statutory duties | 1,362.5 |
# | emergency help for retirees living alone | 360 |
# | visits to sick and disabled retirees | 450 |
# | regular visits to retirees living alone | 1,080 |
# | home visits to retirees aged 80 and over | 600 |
# | organising the yearly health check | 375 |
# | party activities for retired members | 48 |
# | cultural and sports activities | 96 |
#
# The street office says no new post can be funded this year. **Which items would you protect, which would you cut
# first, and why? What would you do to limit the harm?** Think of who is hurt by each cut, of what the community
# must do by law, and of what else could help. A short paragraph or a few points is enough. Write in the cell
# below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 5. 简答题：人手不足（由培训师评分）
#
# 东门社区有 **2 个岗位**。人员流动率为 40% 时，它们每年提供 2 × 0.8 × 1,500 = **2,400 小时**；而为社区 1,500 名退休人员
# （按典型比例：80 岁及以上 225 人，有残疾 150 人，独居 180 人）提供整个标准服务包，大约需要 **4,372 小时**
# （`datasets/packages/standard.yaml`）：
#
# | 项目 | 每年工时 |
# | --- | --- |
# | 四项法定职责 | 1,362.5 |
# | 独居退休人员紧急援助 | 360 |
# | 走访慰问患病、残疾退休人员 | 450 |
# | 独居退休人员定期探访 | 1,080 |
# | 高龄退休人员上门探访 | 600 |
# | 组织年度健康体检 | 375 |
# | 离退休党员组织生活 | 48 |
# | 文体活动 | 96 |
#
# 街道办事处表示今年无法增加岗位经费。**你会保障哪些项目？先削减哪些项目？为什么？你会怎样减少损害？**
# 请考虑每项削减会伤害到谁、社区依法必须做什么，以及还有什么办法可以帮忙。写一小段话或几个要点即可。
# 请在下面的单元格中作答，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "shortage_written", "locked": false, "points": 4, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer.* Protect the statutory duties (1,362.5 hours): the community holds them by law for the social
# insurance agency, and a missed certification or survivor claim stops or delays someone's income. With the 1,037.5
# hours left, protect the emergency help (360 hours) and as much as possible of the visits to retirees living alone
# and to the sick and disabled: they are how a fall or an illness is noticed in time. Cut first what hurts least and
# can be made up otherwise: the group activities (retirees' own groups can run them), the party activities (the
# branch can meet by itself), then the organising of the health check (a notice and a list instead of booking and
# escorting everyone). Reduce rather than drop the home visits to the over-80s: the frail and those with no family
# first, a phone call for the others. To limit the harm: retiree volunteers for activities and phone calls, a social
# organisation for some visits, an information platform to shorten certification and changes of records, and
# **keeping the staff**: bringing turnover from 40% down to 25% gives 2 × (0.875 − 0.8) × 1,500 = 225 more hours a
# year without a new post.
#
# *Rubric (4 points):* 1 point for protecting the statutory duties with a reason (the law, people's income);
# 1 for protecting the safety items (emergency help, visits to those living alone or frail) with a reason;
# 1 for naming what is cut first and who it hurts, consistently with the 2,400 hours; 1 for at least two sensible
# ways to limit the harm (volunteers, social organisations, a platform, keeping staff, training). Accept other
# reasoned orders, for example keeping one group activity that keeps isolated retirees in touch.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *参考答案。* 保障法定职责（1,362.5 小时）：这是社区依法为社会保险经办机构承担的工作，漏掉一次资格认证或抚恤申请，
# 就会让人停发或迟发收入。剩下的 1,037.5 小时，先保障紧急援助（360 小时），再尽量保障对独居和患病、残疾退休人员的探访：
# 这是及时发现跌倒或疾病的办法。首先削减损失最小、可以用其他办法弥补的项目：集体文体活动（可由退休人员自己的团队组织）、
# 党员组织生活（支部可以自己组织），然后是组织健康体检（改为发通知、列名单，不再逐一预约和陪同）。
# 对 80 岁以上老人的上门探访要减少而不是取消：先探访体弱和没有家人照顾的，其他人改为电话联系。减少损害的办法：
# 请退休人员志愿者组织活动、打电话问候；向社会组织购买部分探访服务；用信息平台缩短资格认证和信息变更的时间；
# 以及**留住工作人员**：把人员流动率从 40% 降到 25%，每年就多出 2 ×（0.875 − 0.8）× 1,500 = 225 小时，不用增加岗位。
#
# *评分要点（4分）：* 保障法定职责并说明理由（法律规定、关系到收入）1分；保障安全类项目（紧急援助、对独居或体弱老人的探访）
# 并说明理由1分；说明先削减什么、会伤害到谁，并与2,400小时相符1分；至少两条合理的减少损害的办法（志愿者、社会组织、信息平台、
# 留住工作人员、培训）1分。其他有理有据的排序也可接受，例如保留一项能让孤独的退休人员保持联系的集体活动。
# ### END SOLUTION

# %% [markdown]
# <!-- en -->
# ## 6. Dibao households that need daily care
#
# In module 2 you named the need to meet first in a poor household. Module 2's rule (`simulation/services/needs.py`),
# where "in good health" means no disability and no chronic illness:
#
# 1. **secure survival, with daily care**: a household of people aged 60 or over only, in which no one is both under
#    80 and in good health; or a household in **deep poverty** (income per person less than half the standard) that
#    is unlikely to leave it: no adult of 16 to 59 in good health, or poor for more than 12 months;
# 2. **promote development, with capacity building**: otherwise, a household raising children under 16 or with an
#    adult of 16 to 59 in good health;
# 3. **provide opportunities, with social support**: all the others.
#
# Seven urban Dibao households of a street (an illustrative case; the urban Dibao standard is Dachuan's of 2019,
# **520 yuan** a month per person, `datasets/parameters/dachuan/rules/dibao.yaml`):
#
# | household | members (age, health) | income per person a month before Dibao | poor for |
# | --- | --- | --- | --- |
# | 401 | 84 with a chronic illness; 82 with a disability | 300 yuan | 30 months |
# | 402 | 72, in good health, alone | 350 yuan | 8 months |
# | 403 | 45 in good health, lost his job; 43 with a disability; a child of 12 | 200 yuan | 6 months |
# | 404 | 55 with a disability, alone | 150 yuan | 30 months |
# | 405 | 78 in good health; 81 with a chronic illness | 380 yuan | 20 months |
# | 406 | 83, in good health, alone | 400 yuan | 14 months |
# | 407 | 38 and 36, both in good health; children of 10 and 7 | 300 yuan | 4 months |
#
# - `daily_care`: the households that need daily care first, by the rule (a list of household numbers);
# - `daily_care_cost`: what their daily care costs a month, in yuan, bought from a social-work organisation: each
#   household gets **4 hours a month** (`datasets/parameters/national/rules/services.yaml`) at **35 yuan an hour**
#   (`datasets/parameters/national/assumptions/services.yaml`; both are the course's assumptions).
# <!-- zh -->
# ## 6. 需要日常照料的低保家庭
#
# 在模块二中，你为贫困家庭确定了首先要回应的需求。模块二的规则（`simulation/services/needs.py`）如下，其中“健康”指没有残疾、
# 也没有慢性病：
#
# 1. **保障生存，提供日常照料**：家庭成员全都在 60 岁及以上，而且没有一个人既不满 80 岁又健康；或者家庭处于**深度贫困**
#    （人均收入不到标准的一半）且难以脱贫：没有 16 至 59 岁的健康成年人，或者贫困已超过 12 个月；
# 2. **促进发展，提供能力建设**：其他家庭中，抚养 16 岁以下子女的，或者有 16 至 59 岁健康成年人的；
# 3. **提供机会，提供社会支持**：其余所有家庭。
#
# 下面是一个街道的七户城市低保家庭（说明用的案例；城市低保标准按达川区 2019 年的标准，每人每月 **520 元**，
# `datasets/parameters/dachuan/rules/dibao.yaml`）：
#
# | 家庭 | 成员（年龄、健康状况） | 领取低保前每人每月收入 | 已贫困 |
# | --- | --- | --- | --- |
# | 401 | 84 岁，有慢性病；82 岁，有残疾 | 300 元 | 30 个月 |
# | 402 | 72 岁，健康，独居 | 350 元 | 8 个月 |
# | 403 | 45 岁，健康，失业；43 岁，有残疾；一个 12 岁的孩子 | 200 元 | 6 个月 |
# | 404 | 55 岁，有残疾，独居 | 150 元 | 30 个月 |
# | 405 | 78 岁，健康；81 岁，有慢性病 | 380 元 | 20 个月 |
# | 406 | 83 岁，健康，独居 | 400 元 | 14 个月 |
# | 407 | 38 岁和 36 岁，都健康；10 岁和 7 岁的孩子 | 300 元 | 4 个月 |
#
# - `daily_care`：按规则首先需要日常照料的家庭（填家庭编号的列表）；
# - `daily_care_cost`：向社会工作服务机构购买这些家庭的日常照料，每月要花多少元：每户每月 **4 小时**
#   （`datasets/parameters/national/rules/services.yaml`），每小时 **35 元**（`datasets/parameters/national/assumptions/services.yaml`；
#   两者都是课程的假设）。

# %% nbgrader={"grade": false, "grade_id": "daily_care_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the household numbers in square brackets, and the cost a month in yuan (a number).
# zh: 你的答案：方括号里的家庭编号，以及每月的费用（元，填一个数字）。
daily_care = None
daily_care_cost = None
### BEGIN SOLUTION
daily_care = [401, 404, 406]
daily_care_cost = 420
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "daily_care_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: a list of household numbers.
# zh: 检查：家庭编号的列表。
assert is_id_list(daily_care), L("Write the household numbers in square brackets, without quotes, e.g. [402, 407].", "请把家庭编号写在方括号里，不加引号，例如 [402, 407]。")
### BEGIN HIDDEN TESTS
assert 403 not in daily_care and 407 not in daily_care, L("A household with an adult in good health and a short spell of poverty can climb out: its need is development.", "有健康成年人、贫困时间不长的家庭有能力脱贫：它的需求是促进发展。")
assert 406 in daily_care, L("Look again at a person of 80 or over living alone: is anyone in the household both under 80 and in good health?", "再看看80岁及以上独居的老人：家里有没有既不满80岁又健康的人？")
assert 404 in daily_care, L("Daily care is also for deep poverty with little chance of leaving it, whatever the age: compare income with half the standard.", "深度贫困且难以脱贫的家庭，不论年龄，也需要日常照料：把收入与标准的一半相比较。")
assert 405 not in daily_care, L("Look again at the older couple where one of them is under 80 and in good health.", "再看看其中一人不满80岁且健康的老年夫妇。")
assert same_ids(daily_care, [401, 404, 406]), L("Apply the rule's first line to each household in turn.", "请逐户对照规则的第一条。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "daily_care_cost_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the cost is a number.
# zh: 检查：费用是一个数字。
assert is_number(daily_care_cost), L("Give the cost a month as a number of yuan, without units.", "每月费用请填一个数字（元），不带单位。")
### BEGIN HIDDEN TESTS
assert close(daily_care_cost, 420, 1), L("Households that need daily care x 4 hours a month x 35 yuan an hour.", "需要日常照料的家庭数 × 每月4小时 × 每小时35元。")
### END HIDDEN TESTS

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "own_package_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): our own package
#
# *In the exercise "our own package", each table compares the items its community delivers today (the morning's
# flipchart) with the standard package, enters its changes in the package builder, and presents in three minutes:
# what community management of enterprise retirees asks of the community, the items it would add, drop or change,
# its cost per retiree and per community, and the funding rule it would ask for and why.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: explains why a standard
# package and a standard cost let a province fund communities fairly, AND reads the cost per retiree from the
# builder, saying why it falls as communities grow (costs that do not grow with size: premises, group activities);
# **1 point**: one of the two; **0**: neither, or the standard cost is confused with what the community spends with
# the staff it has.
# <!-- zh -->
# ### 培训师现场评分任务：我们自己的服务包
#
# *在“我们自己的服务包”练习中，各桌把自己社区现在提供的项目（上午的白板纸）与标准服务包对照，把修改输入服务包设计工具，
# 并用三分钟汇报：企业退休人员社会化管理要求社区做什么，会增加、去掉或修改哪些项目，每名退休人员和每个社区的成本，
# 以及希望采用的拨款办法和理由。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：说明标准服务包和标准成本为什么能让全省公平地为各社区拨款，
# 并且从工具中读出每名退休人员的成本，说明为什么社区越大这一成本越低（不随规模增加的费用：场地、集体活动）；
# **1分**：只做到其中一点；**0分**：两点都没有做到，或者把标准成本和社区按现有人员的实际支出混为一谈。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "care_budget_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ### Trainer's task (in the room): a care budget for Dibao households
#
# *In notebook section 5 ("What a budget delivers"), each table proposes a monthly budget for the care of the
# district's Dibao households and defends it in three minutes: how many households need daily care, capacity
# building or social support, what the package costs, how many are served and how long they wait at the proposed
# budget, who waits longest, and why coverage stays below 100% even when no one waits.*
#
# *Rubric, for each participant (recorded in nbgrader's manual grading):* **2 points**: gives the numbers in need
# and the cost of the package, AND weighs the budget against who is left waiting (frail older households first) and
# explains the gap (courses end, households are assessed again only at their next review); **1 point**: one of the
# two; **0**: neither, or the model's figures are presented as a forecast.
# <!-- zh -->
# ### 培训师现场评分任务：低保家庭的照料服务预算
#
# *在笔记本第5节（“一笔预算能提供多少服务”）中，各桌为县区低保家庭的照料服务提出一个每月预算，并用三分钟说明理由：
# 有多少家庭需要日常照料、能力建设或社会支持，服务包要花多少钱，按提出的预算能服务多少家庭、要等多久，谁等得最久，
# 以及为什么即使没有人等候，覆盖率也达不到100%。*
#
# *评分标准（每位学员，记入 nbgrader 人工评分）：* **2分**：给出有需求的家庭数和服务包的费用，并且把预算与谁还在等候
# （首先是体弱的老年家庭）放在一起权衡，解释覆盖率的缺口（服务周期结束，家庭要到下一次复核才会被重新评估）；
# **1分**：只做到其中一点；**0分**：两点都没有做到，或者把模型结果当成预测。

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
