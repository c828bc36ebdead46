# %% [markdown]
# <!-- en -->
# # Module 1 assessment: Dibao and the one-stop service centre
#
# You handle Dibao (低保, minimum living guarantee) cases in a town or street service centre of Dachuan District,
# Sichuan. The questions are cases from such a desk: work out amounts by hand, decide what to do next, and explain
# your choices. No programming is needed.
#
# **How to answer.** Each answer goes in a grey box (a *cell*) that ends with a line like `top_up_1201 = None`.
#
# 1. Type your answer after the `=` sign, in place of `None`: a number (`600`, no units), a letter for a choice
#    (`"B"`, in quotes), a list of household numbers (`[1301, 1305]`) or a filled table, as the question shows.
# 2. Run the cell: click it and press **Shift + Enter**.
# 3. Run the *check* cell just below it. A red message means the answer does not have the right form yet (a
#    number, one of the letters, a list): read the hint, correct the answer and run both cells again. No red message
#    means the form is right; whether the answer is right is decided when your trainer grades the notebook.
#
# Texts and letters go in quotes `" "`; numbers do not. Use a calculator or paper for the sums. The written
# answers go in the boxes marked "YOUR ANSWER HERE". Only the version you hand in is graded.
# <!-- zh -->
# # 模块一测验：低保与一站式服务中心
#
# 你是四川省达川区一个乡镇（街道）服务中心的低保经办人员。下面的题目都来自窗口上的真实情形：手算金额，决定下一步怎么做，并说明理由。不需要编程。
#
# **怎样作答。** 每个答案填在一个灰色方框（“单元格”）里，方框最后一行形如 `top_up_1201 = None`。
#
# 1. 在 `=` 号后面输入答案，替换 `None`：数字（如 `600`，不写单位）、选择题的字母（如 `"B"`，带引号）、家庭编号的列表（如 `[1301, 1305]`），或者按题目所示填好的表格。
# 2. 运行这个单元格：点击它，按 **Shift + Enter**。
# 3. 运行紧接在下面的“检查”单元格。出现红色信息，说明答案的格式还不对（应是数字、给定的字母之一或列表）：看提示，改正答案，再把两个单元格都运行一次。没有红色信息，说明格式正确；答案对不对，由培训师评分时判定。
#
# 文字和字母要加引号 `" "`，数字不加。可以用计算器或纸笔计算。简答题写在标有“YOUR ANSWER HERE”（在此作答）的方框里。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads what the checks below use.
# zh: 请先运行这个单元格：它载入下面各项检查要用的工具。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_id_list, same_ids, is_table

# %% [markdown]
# <!-- en -->
# ## 1. A household's Dibao top-up
#
# Dachuan's Dibao standards in 2019 were **520 yuan** per person per month in urban areas and **330 yuan** in rural
# areas (SPRP mission report, January 2019: `datasets/parameters/dachuan/rules/dibao.yaml`). A household whose
# income per person is below the standard receives the gap for every member:
#
# top-up = (standard − income per person) × number of members
#
# (Some localities add classified supplements for elderly, disabled or child members; leave them out here.)
#
# *Illustrative case.* Household **1201** lives in a village. Four members; the whole household's income is
# **720 yuan** a month.
#
# **What is household 1201's monthly Dibao top-up, in yuan?**
# <!-- zh -->
# ## 1. 一户家庭的低保补差
#
# 2019年达川区的低保标准为：城镇每人每月 **520元**，农村每人每月 **330元**（中欧社保项目考察报告，2019年1月：`datasets/parameters/dachuan/rules/dibao.yaml`）。家庭人均收入低于标准的，按差额为每位家庭成员补足：
#
# 补差金额 =（低保标准 − 家庭人均收入）× 家庭人口数
#
# （有些地方还对老年、残疾或儿童成员分类加发；本题不计。）
#
# *示例个案。* **1201号**家庭住在农村，共四口人，全家每月收入 **720元**。
#
# **1201号家庭每月的低保补差是多少元？**

# %% nbgrader={"grade": false, "grade_id": "top_up_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: household 1201's monthly top-up in yuan (a number).
# zh: 你的答案：1201号家庭每月的补差金额（元，填一个数字）。
top_up_1201 = None
### BEGIN SOLUTION
top_up_1201 = 600
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "top_up_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer. No red message means it is a number.
# zh: 检查答案的格式。没有红色信息，说明填的是一个数字。
assert is_number(top_up_1201), L("Write one number, without quotes or units, e.g. top_up_1201 = 123.", "请填一个数字，不加引号和单位，例如 top_up_1201 = 123。")
### BEGIN HIDDEN TESTS
assert close(top_up_1201, 600, 1), L("Work out the income per person first, then the gap to the rural standard, and pay it for every member.", "先算人均收入，再算与农村标准的差额，然后为每位家庭成员补足。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. The old-age allowance
#
# Dachuan pays residents aged 80 and over a monthly old-age allowance (mission report, January 2019:
# `datasets/parameters/dachuan/rules/old_age.yaml`):
#
# | age | allowance per person per month |
# | --- | --- |
# | under 80 | 0 yuan |
# | 80 to 89 | 60 yuan |
# | 90 to 99 | 120 yuan |
# | 100 and over | 600 yuan |
#
# *Illustrative case.* Household **1202**: a man aged **91**, his wife aged **84**, and their son aged **62**.
#
# **How much old-age allowance does household 1202 receive in all each month, in yuan?**
# <!-- zh -->
# ## 2. 高龄津贴
#
# 达川区每月向80岁及以上的老人发放高龄津贴（考察报告，2019年1月：`datasets/parameters/dachuan/rules/old_age.yaml`）：
#
# | 年龄 | 每人每月津贴 |
# | --- | --- |
# | 80岁以下 | 0元 |
# | 80至89岁 | 60元 |
# | 90至99岁 | 120元 |
# | 100岁及以上 | 600元 |
#
# *示例个案。* **1202号**家庭：丈夫 **91岁**，妻子 **84岁**，儿子 **62岁**。
#
# **1202号家庭每月一共领取多少元高龄津贴？**

# %% nbgrader={"grade": false, "grade_id": "allowance_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the household's old-age allowance per month in yuan, all members together (a number).
# zh: 你的答案：全家每月高龄津贴的合计（元，填一个数字）。
allowance_1202 = None
### BEGIN SOLUTION
allowance_1202 = 180
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "allowance_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_number(allowance_1202), L("Write one number, without quotes or units.", "请填一个数字，不加引号和单位。")
### BEGIN HIDDEN TESTS
assert close(allowance_1202, 180, 0.5), L("Find each member's age band in the table, then add the amounts of the whole household.", "先在表中找到每位成员所在的年龄段，再把全家的金额加起来。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. Who is eligible?
#
# Six applications on your desk this week (illustrative cases). The income is the whole household's, per month,
# as the means test found it; the standards are those of question 1.
#
# | household | area | members | household income per month (yuan) |
# | --- | --- | --- | --- |
# | 1301 | urban | 3 | 1,350 |
# | 1302 | rural | 2 | 700 |
# | 1303 | rural | 5 | 1,650 |
# | 1304 | urban | 4 | 2,200 |
# | 1305 | rural | 3 | 870 |
# | 1306 | urban | 1 | 500 |
#
# **Which households pass the income test for Dibao?** Write their numbers as a list, e.g. `[1302, 1304]`
# (`[]` if none).
# <!-- zh -->
# ## 3. 哪些家庭符合条件？
#
# 本周你手上有六份申请（示例个案）。收入是全家每月的收入，以家庭经济状况核查的结果为准；低保标准同第1题。
#
# | 家庭编号 | 地区 | 人口 | 全家每月收入（元） |
# | --- | --- | --- | --- |
# | 1301 | 城镇 | 3 | 1,350 |
# | 1302 | 农村 | 2 | 700 |
# | 1303 | 农村 | 5 | 1,650 |
# | 1304 | 城镇 | 4 | 2,200 |
# | 1305 | 农村 | 3 | 870 |
# | 1306 | 城镇 | 1 | 500 |
#
# **哪些家庭符合低保的收入条件？** 把家庭编号写成列表，例如 `[1302, 1304]`（一户也没有就写 `[]`）。

# %% nbgrader={"grade": false, "grade_id": "eligible_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the numbers of the eligible households, in square brackets, separated by commas.
# zh: 你的答案：符合条件的家庭编号，写在方括号里，用逗号隔开。
eligible = None
### BEGIN SOLUTION
eligible = [1301, 1305, 1306]
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "eligible_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_id_list(eligible), L("Write a list of household numbers in square brackets, e.g. [1302, 1304], or [] for none.", "请把家庭编号写成方括号里的列表，例如 [1302, 1304]；一户也没有就写 []。")
assert all(i in [1301, 1302, 1303, 1304, 1305, 1306] for i in eligible), L("Use only the household numbers of the table.", "请只填表中的家庭编号。")
### BEGIN HIDDEN TESTS
assert same_ids(eligible, [1301, 1305, 1306]), L("For each household: income per person = household income ÷ members; compare it with the standard of its own area. Income equal to the standard is not below it.", "逐户计算：人均收入 = 全家收入 ÷ 人口数，再与本地区的标准比较。正好等于标准不算低于标准。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Who does what, and how long a household waits
#
# The steps of a Dibao case in Dachuan (mission report, January 2019):
#
# | step | what happens |
# | --- | --- |
# | `registration` | the application is registered on the IT platform |
# | `means_test` | income and assets are checked, with a home visit |
# | `appraisal` | democratic appraisal: neighbourhood evaluation and public notice |
# | `database_check` | the applicant is checked against the databases of 27 agencies, gathered by hand |
# | `decision` | the case is approved or turned down |
#
# **a) Who is responsible for each step?** For each step write a letter:
# **A** the town or street service centre; **B** the district centre; **C** the district civil-affairs bureau;
# **D** the applicant's employer.
#
# **b) How long does household 1401 wait?** *Illustrative case.* Your centre has **2 caseworkers**, and each takes
# on **40** new cases a month (the simulation's assumption: `datasets/parameters/national/assumptions/casework.yaml`).
# When household 1401 applies, **160 cases** are ahead of it in the queue, and cases are taken on in the order they
# arrived. Once a caseworker takes a case on, it takes **20 working days** to the decision (mission report). A month
# has on average **20.83 working days** (250 a year ÷ 12, the same file).
#
# How many working days pass from household 1401's application to its decision, the time in the queue included?
# <!-- zh -->
# ## 4. 谁负责哪个环节，一户家庭要等多久
#
# 达川区低保个案的办理环节（考察报告，2019年1月）：
#
# | 环节 | 内容 |
# | --- | --- |
# | `registration` | 在信息平台上登记申请 |
# | `means_test` | 核查收入和财产，包括入户调查 |
# | `appraisal` | 民主评议：邻里评议和公示 |
# | `database_check` | 与27个部门的数据库比对，人工汇总结果 |
# | `decision` | 批准或不批准 |
#
# **a）每个环节由谁负责？** 每个环节填一个字母：**A** 乡镇（街道）服务中心；**B** 区级中心；**C** 区民政局；**D** 申请人的雇主。
#
# **b）1401号家庭要等多久？** *示例个案。* 你所在的中心有 **2名经办人员**，每人每月接手 **40个** 新个案（模拟中的假设：`datasets/parameters/national/assumptions/casework.yaml`）。1401号家庭提出申请时，排在它前面的有 **160个** 个案，个案按到达的先后接手。经办人员接手后，一个个案到审批决定需要 **20个工作日**（考察报告）。每月平均有 **20.83个工作日**（每年250个工作日 ÷ 12，出处同上）。
#
# 从1401号家庭提出申请到审批决定，连同排队的时间在内，一共要经过多少个工作日？

# %% nbgrader={"grade": false, "grade_id": "steps_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: a) Your answer: a letter for each step. Replace None with this table, and each ? with A, B, C or D (keep the
# en: quotes): {"registration": "?", "means_test": "?", "appraisal": "?", "database_check": "?", "decision": "?"}
# zh: a）你的答案：每个环节填一个字母。把 None 换成下面这个表格，再把每个 ? 换成 A、B、C 或 D（保留引号）：
# zh: {"registration": "?", "means_test": "?", "appraisal": "?", "database_check": "?", "decision": "?"}
who_does = None
### BEGIN SOLUTION
who_does = {"registration": "A", "means_test": "A", "appraisal": "A", "database_check": "B", "decision": "C"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "steps_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_table(who_does, ["registration", "means_test", "appraisal", "database_check", "decision"]), L("Fill in the table shown in the cell above: the five steps, each once, in quotes.", "请填写上面单元格中给出的表格：五个环节各一次，都带引号。")
assert all(is_choice(letter, "ABCD") for letter in who_does.values()), L("Each step needs one of the letters A, B, C or D, in quotes.", "每个环节要填A、B、C、D中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(who_does[step]) == letter for step, letter in {"registration": "A", "means_test": "A", "appraisal": "A", "database_check": "B", "decision": "C"}.items()), L("Think of where the household goes, which office gathers the 27 agencies' results, and who signs the decision.", "想一想：家庭到哪里申请，哪个机构汇总27个部门的比对结果，由谁签发审批决定。")
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "waiting_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: b) Your answer: working days from application to decision for household 1401 (a number).
# zh: b）你的答案：1401号家庭从申请到审批决定的工作日数（填一个数字）。
working_days_1401 = None
### BEGIN SOLUTION
working_days_1401 = 61.66
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "waiting_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_number(working_days_1401), L("Write one number, without quotes or units; decimals are fine (e.g. 12.5).", "请填一个数字，不加引号和单位；可以有小数（例如12.5）。")
### BEGIN HIDDEN TESTS
assert close(working_days_1401, 2 * 20.83 + 20, 0.5), L("First find how many whole months pass before a caseworker takes the case on (how many cases the centre takes on each month?), turn them into working days, then add the days of the case itself.", "先算出经办人员接手之前要过几个整月（中心每月能接手多少个案？），换算成工作日，再加上个案本身的办理天数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. The database disagrees with the application
#
# *Illustrative case.* Household **1501** lives in a village: a widow of 58, her son of 24 and her mother of 81.
# The application declares **600 yuan** a month for the household, from the widow's farm work: 200 yuan a person,
# below the rural standard of 330. The check against the agencies' databases returns: **the son's pension
# contributions were paid by a factory in Dazhou every month for the last six months**, on a wage of about
# 2,400 yuan. At the home visit the son says he left the factory last month and is looking for work.
#
# **What do you do next with the application?**
#
# - **A** Approve it on the declared income: the household is below the standard.
# - **B** Reject it: the database shows a wage that puts the household above the standard.
# - **C** Ask for verification before the case goes on: proof that the job ended (a letter from the factory, or the
#   contribution record of the coming month), and record what the son lives on now.
# - **D** Close the Dibao application and refer the household to temporary assistance instead.
# <!-- zh -->
# ## 5. 数据库比对结果与申请不一致
#
# *示例个案。* **1501号**家庭住在农村：58岁的寡居母亲、她24岁的儿子和她81岁的母亲。申请中申报全家每月收入 **600元**，来自母亲务农：人均200元，低于农村标准330元。与各部门数据库比对的结果显示：**过去六个月，达州一家工厂每月为儿子缴纳养老保险**，缴费工资约2,400元。入户调查时，儿子说他上个月已经离开工厂，正在找工作。
#
# **你下一步怎样处理这份申请？**
#
# - **A** 按申报的收入批准：这户家庭低于标准。
# - **B** 不予批准：数据库显示的工资使这户家庭高于标准。
# - **C** 先核实再继续办理：请申请人提供离职证明（工厂出具的证明，或下个月的缴费记录），并记录儿子现在靠什么生活。
# - **D** 结束低保申请，转介这户家庭申请临时救助。

# %% nbgrader={"grade": false, "grade_id": "verification_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes (e.g. "A").
# zh: 你的答案：一个字母，A、B、C或D，带引号（例如 "A"）。
next_step_1501 = None
### BEGIN SOLUTION
next_step_1501 = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "verification_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_choice(next_step_1501, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填A、B、C、D中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert chosen(next_step_1501) == "C", L("A database record can be out of date, and a declaration can leave income out: which of the two do you know to be true today?", "数据库记录可能已经过时，申报也可能漏报收入：两者之中，你能确定哪一个反映了今天的情况？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Which reform first?
#
# In the module's simulation you changed three things about the centre: the number of **caseworkers**, an
# **integrated database** (one shared database instead of 27: the district check takes half a day instead of
# three, and incomes are checked against shared records) and **online applications** (households apply from home,
# and more of those who are eligible apply).
#
# *Illustrative case.* A district has about half the caseworkers its caseload needs, its queues are months long,
# and no new posts can be funded before next year. This year it can afford **one** of the other two reforms.
#
# **Which do you try first?**
#
# - **A** Open online applications first.
# - **B** Integrate the databases first.
# - **C** Neither: wait until new caseworkers can be hired.
# <!-- zh -->
# ## 6. 先推哪项改革？
#
# 在本模块的模拟中，你调整过服务中心的三个条件：**经办人员**数量、**统一数据库**（用一个共享数据库代替27个：区级核查从三天缩短为半天，收入可与共享记录核对）和**网上申请**（家庭在家即可申请，更多符合条件的家庭会提出申请）。
#
# *示例个案。* 某区的经办人员只有个案量所需的一半左右，排队要等好几个月，明年之前无法增加编制。今年只能在另外两项改革中选**一项**。
#
# **你会先推哪一项？**
#
# - **A** 先开通网上申请。
# - **B** 先建立统一数据库。
# - **C** 都不推：等到能招聘新的经办人员再说。

# %% nbgrader={"grade": false, "grade_id": "reform_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B or C, in quotes.
# zh: 你的答案：一个字母，A、B或C，带引号。
first_reform = None
### BEGIN SOLUTION
first_reform = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "reform_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_choice(first_reform, "ABC"), L("Write one of the letters A, B or C, in quotes.", "请填A、B、C中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert chosen(first_reform) == "B", L("Think of what each reform does to the number of cases arriving and to the time and accuracy of each case, with the same staff.", "想一想：在人手不变的情况下，每项改革对新到的个案数量、对每个个案的时间和准确性各有什么影响。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Written answer (graded by your trainer).** Explain your choice in question 6: what it changes for the
# households in the queue and for the accuracy of decisions, and what the other reform would do to the queue with
# the same staff. A few sentences are enough; write them in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# **简答题（由培训师评分）。** 说明你在第6题中的选择：它对排队的家庭、对审批的准确性有什么影响；人手不变的情况下，另一项改革会让排队怎样变化。写几句话即可，写在下面的单元格中，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "reform_written", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer.* I would integrate the databases first. It does not bring more cases to the same few caseworkers,
# it shortens every case (the district check from about 3 days to half a day) and it checks incomes against shared
# records, so fewer households are paid wrongly or missed. Opening online applications first would bring more
# eligible households to apply, which is good in itself, but with half the staff needed the queue would grow and
# every applicant would wait longer; it is worth opening once there are caseworkers to take the cases on.
#
# *Rubric (3 points):* 1 point for what the chosen reform changes (time per case, or accuracy of the means test);
# 1 for what the other reform does to the queue with the same staff (more applications, longer waits); 1 for
# weighing the two for the households (speed and fairness against reaching more eligible households). Accept
# option A with a reason that deals with the longer queue (for instance, online registration freeing counter time)
# for up to 2 points.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *参考答案。* 我会先建立统一数据库。它不会给本来就不多的经办人员带来更多个案，却能缩短每个个案的办理时间（区级核查从约3天缩短为半天），并且能与共享记录核对收入，错保和漏保都会减少。如果先开通网上申请，会有更多符合条件的家庭提出申请，这本身是好事；但人手只有所需的一半，排队会更长，每位申请人都要等得更久。等有经办人员接手这些个案时，再开通网上申请更合适。
#
# *评分要点（3分）：* 说明所选改革改变了什么（每个个案的时间，或家庭经济状况核查的准确性），1分；说明人手不变时另一项改革对排队的影响（申请增多、等待变长），1分；从家庭的角度权衡两者（速度和公平，与覆盖更多符合条件的家庭），1分。选A、且理由回应了排队变长问题的（例如网上登记节省窗口时间），最多给2分。
# ### END SOLUTION

# %% [markdown]
# <!-- en -->
# ## 7. Reading the national Dibao table
#
# National rural Dibao figures for 2017, from the Ministry of Civil Affairs' 2017 Social Service Development
# Statistical Bulletin (`datasets/china_dibao_national.csv`, source S14):
#
# | rural Dibao, 2017 | value |
# | --- | --- |
# | people on Dibao at the end of the year | 40.452 million |
# | spending in the year | 105.18 billion yuan |
# | average standard | 4,300.7 yuan per person per year |
#
# **a)** On average, roughly how many yuan did one rural Dibao recipient receive **per month** in 2017? (Spending
# ÷ people ÷ 12 months; 105.18 billion is 105,180 million.)
#
# **b)** That amount is well below the average standard per month (4,300.7 ÷ 12, about 358 yuan). Why?
#
# - **A** Most households receive only the gap between the standard and their own income per person, not the
#   whole standard.
# - **B** Part of the money was spent on the caseworkers' pay.
# - **C** The standard is a yearly figure, so it cannot be compared with a monthly payment.
# <!-- zh -->
# ## 7. 解读全国低保统计表
#
# 2017年全国农村低保数据，摘自民政部《2017年社会服务发展统计公报》（`datasets/china_dibao_national.csv`，来源S14）：
#
# | 2017年农村低保 | 数值 |
# | --- | --- |
# | 年底低保人数 | 4045.2万人 |
# | 全年支出 | 1051.8亿元 |
# | 平均标准 | 每人每年4300.7元 |
#
# **a）** 平均来说，2017年每位农村低保对象 **每月** 大约领取多少元？（全年支出 ÷ 人数 ÷ 12个月；1051.8亿元就是105,180百万元，4045.2万人就是40.452百万人。）
#
# **b）** 这个数比平均标准的每月金额（4300.7 ÷ 12，约358元）低得多。为什么？
#
# - **A** 多数家庭只领取标准与自家人均收入之间的差额，而不是全额标准。
# - **B** 一部分钱用于发放经办人员的工资。
# - **C** 标准是按年计算的，所以不能和每月的发放金额相比。

# %% nbgrader={"grade": false, "grade_id": "national_table_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: a) yuan per recipient per month (a number); b) one letter, A, B or C, in quotes.
# zh: 你的答案：a）每位低保对象每月的金额（元，填一个数字）；b）一个字母，A、B或C，带引号。
paid_per_month_2017 = None
why_below_standard = None
### BEGIN SOLUTION
paid_per_month_2017 = 216.7
why_below_standard = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "national_table_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answers.
# zh: 检查答案的格式。
assert is_number(paid_per_month_2017), L("a) Write one number, without quotes or units.", "a）请填一个数字，不加引号和单位。")
assert is_choice(why_below_standard, "ABC"), L("b) Write one of the letters A, B or C, in quotes.", "b）请填A、B、C中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert close(paid_per_month_2017, 105180 / 40.452 / 12, 3), L("a) Put spending and people in the same unit (millions), divide, then divide by the 12 months of the year.", "a）先把支出和人数换成同样的单位（百万），相除，再除以一年的12个月。")
assert chosen(why_below_standard) == "A", L("b) Think of how a household's top-up is worked out (question 1).", "b）想一想一户家庭的补差是怎样算出来的（第1题）。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 8. Written answer: frictions in the application process (graded by your trainer)
#
# In Dachuan an application goes from the town or street service centre to the district centre, which checks the
# applicant against the databases of 27 agencies (gathered by hand, about 3 days), and then to the civil-affairs
# bureau, which decides.
#
# **Name two frictions in the Dachuan application process and how the one-stop centre or an integrated database
# addresses each.** A few sentences for each; write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 8. 简答题：申请流程中的障碍（由培训师评分）
#
# 在达川区，申请先由乡镇（街道）服务中心受理，再由区级中心与27个部门的数据库比对（人工汇总，约需3天），最后由民政局审批。
#
# **请指出达川区申请流程中的两个障碍（堵点），并分别说明一站式服务中心或统一数据库如何解决它们。** 每个障碍写几句话，写在下面的单元格中，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "frictions_written", "locked": false, "points": 4, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer* (any two of these, or others the mission report supports):
#
# - **Checks gathered by hand.** Each of the 27 agencies keeps its own database, so the district centre collects the
#   results by hand: about 3 days per case, with room for mistakes. An **integrated database** answers the same
#   checks in one query.
# - **Many offices for one family.** Programmes belong to different agencies, so a family visits several offices and
#   tells its story several times. The **one-stop centre** (一门受理、协同办理) takes one application for all of them.
# - **Hukou.** A migrant worker must apply in the home town or bring a certificate from home. A database shared
#   between localities lets the home town's records be checked without the journey.
# - **Two systems in parallel** until March 2019: cases were entered twice and records could disagree. One platform
#   behind the one-stop centre ends the double entry.
#
# *Rubric (4 points):* for each of two frictions, 1 point for naming a friction of the Dachuan process and 1 for a
# remedy that fits that friction.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *参考答案*（以下任选两个，考察报告中有依据的其他答案也可）：
#
# - **人工汇总比对结果。** 27个部门各有自己的数据库，区级中心只能人工收集比对结果：每个个案约需3天，而且容易出错。**统一数据库** 一次查询即可完成同样的比对。
# - **一个家庭跑多个部门。** 各项目分属不同部门，一个家庭要跑好几个办公室、把情况讲好几遍。**一站式服务中心**（一门受理、协同办理）一份申请就能办理所有项目。
# - **户口。** 外出务工人员必须回户籍地申请，或从老家开证明。各地共享的数据库可以直接核查户籍地的记录，不必往返奔波。
# - **新旧系统并行**（直到2019年3月）：个案要录入两次，记录可能不一致。一站式服务中心背后的统一平台结束了重复录入。
#
# *评分要点（4分）：* 两个障碍各2分：指出达川区流程中的一个障碍1分，提出与之相符的解决办法1分。
# ### END SOLUTION

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "application_walkthrough_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: explain the path of an application (in the room)
#
# In pairs, one plays an applicant at the counter and asks "what happens to my application now, and when will I
# know?"; the other, as the caseworker, walks through the steps from the town or street centre to the first
# payment, says who does each one, and gives an honest estimate of the wait with the centre's current queue. Then
# swap. The trainer listens to each participant once.
#
# *Rubric (2 points):* 2: every step in order with who does it, and a wait that counts both the queue and the
# 20 working days of the case; 1: the steps with a gap or mix-up (for example, the district check placed at the
# town centre), or a wait that leaves out the queue; 0: cannot describe the path.
# <!-- zh -->
# ## 培训师现场评分：讲解申请的办理过程
#
# 两人一组，一人扮演窗口前的申请人，问：“我的申请接下来怎么办？什么时候能有结果？”另一人作为经办人员，讲解从乡镇（街道）服务中心受理到首次发放的各个环节，说明每个环节由谁负责，并结合中心目前的排队情况，如实估计要等多久。然后交换角色。培训师对每位学员听一次。
#
# *评分标准（2分）：* 2分：按顺序讲清每个环节及负责单位，估计的等待时间既包括排队时间，也包括个案本身的20个工作日；1分：环节有遗漏或混淆（例如把区级数据库比对说成在乡镇中心进行），或者等待时间没有算排队；0分：讲不清办理过程。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "simulation_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: what the simulation showed (in the room)
#
# After part 2 of the notebook, each table reports on the lever it tried (caseworkers, integrated database or
# online applications): the numbers it saw for processing days, the backlog, coverage and the exclusion error, and
# why the lever moved them. Every participant answers one follow-up question from the trainer, for example "what
# happens to the queue if online applications open with the same staff?".
#
# *Rubric (2 points):* 2: reports numbers from the simulation for at least two of the four measures and explains
# the mechanism (more applicants for the same staff, fewer days per case, fewer means-test mistakes); 1: numbers
# without the mechanism, or the mechanism without numbers; 0: neither.
# <!-- zh -->
# ## 培训师现场评分：模拟显示了什么
#
# 完成笔记本第2部分后，每桌汇报自己试过的设置（经办人员、统一数据库或网上申请）：办理天数、积压、覆盖面和漏保率各是多少，以及这个设置为什么会带来这些变化。每位学员回答培训师的一个追问，例如：“人手不变，开通网上申请后排队会怎样？”
#
# *评分标准（2分）：* 2分：至少就四项指标中的两项报出模拟结果中的数字，并说明原因（人手不变而申请增多、每个个案的天数减少、核查差错减少）；1分：只有数字没有原因，或只有原因没有数字；0分：两者都没有。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "frictions_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: the frictions in our own centres (in the room)
#
# In the group discussion, each table takes two frictions, from the morning's flipchart or the Dachuan report, and
# proposes a remedy for each; one member reports for the table in three minutes, and every member answers the
# trainer's question about one remedy.
#
# *Rubric (2 points):* 2: the remedy is tied to the step it speeds up or makes more accurate, and the participant
# says what it would need (staff, data sharing between agencies, training); 1: a fitting remedy without the step or
# what it needs; 0: no remedy that fits a friction.
# <!-- zh -->
# ## 培训师现场评分：我们服务中心的障碍
#
# 小组讨论时，每桌从上午的白板纸或达川区的报告中选两个障碍，为每个障碍提出解决办法；由一人代表本桌用三分钟汇报，每位成员都要回答培训师就其中一个办法提出的问题。
#
# *评分标准（2分）：* 2分：解决办法对应到它能加快或提高准确性的具体环节，并说明实施需要什么（人员、部门间数据共享、培训）；1分：办法合适，但没有对应到环节或没有说明需要什么；0分：没有与障碍相符的办法。

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
