# %% [markdown]
# <!-- en -->
# # Knowledge check: designing a service package (one-day workshop)
#
# You answer the same 12 questions twice: at the start of the day and at its end. Before, answer as well as you
# can: a guess is fine, and the score does not count against you. After, the difference shows what the day taught,
# question by question. It takes about 10 minutes.
#
# **How to answer.** Under each question is an answer cell with a line such as `who_manages = None`. Type your
# answer after the `=` sign in place of `None`, then run the cell (Shift + Enter), then run the check cell below it:
# a red message means the answer is not in the right form yet (it does not say whether it is right).
#
# - a number: type it as it is, `360` or `1.5`, without units;
# - a choice: type the capital letter in quotes, `"A"`.
#
# The package's items, times and minutes are the course's assumptions (`datasets/packages/standard.yaml`); the
# communities, costs and hours in the questions are illustrative cases.
# <!-- zh -->
# # 知识测验：设计服务包（一天培训班）
#
# 同样的12道题你要做两次：培训开始时做一次，结束时再做一次。培训前尽力作答即可，可以猜，这次得分不会对你不利。培训后再做，两次的差别逐题说明这一天的培训教会了什么。大约需要10分钟。
#
# **如何作答。** 每道题下面有一个答案单元格，里面有一行类似 `who_manages = None` 的代码。在 `=` 号后面输入你的答案，替换 `None`，然后运行这个单元格（按 Shift + Enter），再运行下面的检查单元格：出现红色信息说明答案的格式还不对（它不会告诉你答案对不对）。
#
# - 数字：直接输入，如 `360` 或 `1.5`，不写单位；
# - 选择题：输入大写字母并加英文引号，如 `"A"`。
#
# 服务包的项目、次数和分钟数是课程的假设（`datasets/packages/standard.yaml`）；题目中的社区、成本和工时是说明用的示例。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads the checks. Nothing to change here.
# zh: 请先运行这个单元格：它载入检查用的函数。这里不需要修改。
from simulation.grading.checks import chosen, close, is_choice, is_number

# %% [markdown]
# <!-- en -->
# ## Community management of enterprise retirees
#
# **Question 1.** Since the reforms, who manages an enterprise retiree: keeps the personnel file, certifies each
# year that the pension may still be paid, visits those living alone?
#
# - **A** the enterprise the retiree worked for
# - **B** the community where the retiree lives
# - **C** the retiree's family
# - **D** the bank that pays the pension
# <!-- zh -->
# ## 企业退休人员社会化管理服务
#
# **第1题。** 改革以后，由谁管理企业退休人员：保管人事档案、每年认证养老金领取资格、探访独居老人？
#
# - **A** 退休人员原来工作的企业
# - **B** 退休人员居住地的社区
# - **C** 退休人员的家人
# - **D** 发放养老金的银行

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
who_manages = None
### BEGIN SOLUTION
who_manages = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(who_manages, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(who_manages) == "B", L("The reform moved retirees from the work unit to somewhere else. Where do they live?", "改革把退休人员从单位转移到了别处。他们住在哪里？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 2.** A province wants to fund its communities for this service. Why does it need a standard package
# and its standard cost per retiree?
#
# - **A** So that every community is funded by the same rule, for the same written-down service.
# - **B** So that pensions can be raised.
# - **C** So that every community spends exactly the same amount, whatever its size.
# - **D** So that communities need not report what they deliver.
# <!-- zh -->
# **第2题。** 某省要为各社区提供这项服务的经费。为什么需要标准服务包及每名退休人员的标准成本？
#
# - **A** 这样每个社区都能按同一规则、为同样写明的服务获得经费。
# - **B** 这样可以提高养老金。
# - **C** 这样每个社区不论大小，花的钱都完全一样。
# - **D** 这样社区就不必报告提供了哪些服务。

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
why_standard = None
### BEGIN SOLUTION
why_standard = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(why_standard, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(why_standard) == "A", L("What does writing the service down, and pricing it, let a province compare from one community to the next?", "把服务写下来并定价以后，省里就能在各社区之间比较什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Staff hours and full-time workers
#
# **Question 3.** A community visits each of its **60** retirees living alone once a month, for **30 minutes**
# each, travel and notes included. How many staff hours does this item take in a year?
# <!-- zh -->
# ## 工时与全职工作人员
#
# **第3题。** 某社区每月探访一次辖区内的 **60名** 独居退休人员，每次 **30分钟**（含路程和记录）。这个项目每年需要多少个工时？

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: staff hours a year (a number).
# zh: 你的答案：每年的工时数（填一个数字）。
visit_hours = None
### BEGIN SOLUTION
visit_hours = 360
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(visit_hours), L("Type a number of hours, without quotes or units.", "请输入小时数，不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(visit_hours, 360, 1), L("People, times a year and minutes each multiply together; then turn minutes into hours.", "人数、每年次数和每次分钟数相乘，再把分钟换算成小时。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 4.** A community's package needs **2,400** staff hours a year. A full-time worker works 2,000 hours a
# year and gives three quarters of them to the package; the rest goes to meetings, reports and other duties. How
# many full-time workers does the package need? (A decimal such as 1.3 is fine.)
# <!-- zh -->
# **第4题。** 某社区的服务包每年需要 **2,400** 个工时。一名全职工作人员每年工作2,000小时，其中四分之三用于服务包，其余用于会议、报表和其他工作。这个服务包需要多少名全职工作人员？（可以填小数，如1.3。）

# %% nbgrader={"grade": false, "grade_id": "q04_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: full-time workers (a number).
# zh: 你的答案：全职工作人员数（填一个数字）。
workers_needed = None
### BEGIN SOLUTION
workers_needed = 1.6
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(workers_needed), L("Type a number of workers, without quotes; a decimal is fine.", "请输入人数，不加引号，可以是小数。")
### BEGIN HIDDEN TESTS
assert close(workers_needed, 1.6, 0.05), L("First work out the hours one worker gives to the package in a year.", "先算出一名工作人员每年用于服务包的小时数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## The cost of a community's package
#
# **Question 5.** Why does the standard cost **per retiree** fall as communities grow?
#
# - **A** Group activities and premises cost the same whatever the number of retirees, so they are shared by more.
# - **B** Large communities pay their staff less.
# - **C** Retirees in large communities are younger.
# - **D** Large communities leave out the statutory duties.
# <!-- zh -->
# **第5题。** 为什么社区越大，**每名退休人员**的标准成本越低？
#
# - **A** 集体活动和场地的费用不随退休人员人数变化，人越多，分摊到每人的越少。
# - **B** 大社区给工作人员的工资更低。
# - **C** 大社区的退休人员更年轻。
# - **D** 大社区省掉了法定职责。

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
why_cheaper = None
### BEGIN SOLUTION
why_cheaper = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(why_cheaper, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(why_cheaper) == "A", L("Which items grow with the number of retirees, and which do not?", "哪些项目随退休人员人数增加，哪些不随之增加？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 6.** A community's group activities and premises cost **30,000 yuan** a year whatever its size, and
# its other items cost **80 yuan** a year per retiree. What is its cost per retiree a year with **600** retirees?
# <!-- zh -->
# **第6题。** 某社区的集体活动和场地每年花费 **30,000元**，与社区大小无关；其他项目每名退休人员每年花费 **80元**。社区有 **600名** 退休人员时，每名退休人员每年的成本是多少元？

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan per retiree a year (a number).
# zh: 你的答案：每名退休人员每年多少元（填一个数字）。
cost_per_retiree = None
### BEGIN SOLUTION
cost_per_retiree = 130
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(cost_per_retiree), L("Type a number of yuan, without quotes or units.", "请输入金额（元），不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(cost_per_retiree, 130, 1), L("Share the fixed cost among the retirees, then add what each retiree's own items cost.", "把固定费用分摊到每名退休人员，再加上每人自己的项目费用。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 7.** A province pays every community a fixed sum per retiree, set at the cost per retiree of a large
# community. Who loses?
#
# - **A** Small communities: the sum does not cover their share of the fixed costs.
# - **B** Large communities: they get too little.
# - **C** Nobody: the cost per retiree is the same everywhere.
# - **D** The province: it pays twice.
# <!-- zh -->
# **第7题。** 某省按每名退休人员一个固定金额向各社区拨款，金额按大社区每名退休人员的成本确定。谁会吃亏？
#
# - **A** 小社区：这笔钱不够分摊它们的固定费用。
# - **B** 大社区：它们得到的太少。
# - **C** 没有人：各地每名退休人员的成本都一样。
# - **D** 省里：它付了两次钱。

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
who_loses = None
### BEGIN SOLUTION
who_loses = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(who_loses, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(who_loses) == "A", L("Where is the cost per retiree highest, and does a sum set elsewhere cover it?", "哪里每名退休人员的成本最高？按别处定的金额够不够？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Too few staff, and staff who leave
#
# **Question 8.** In the course's package, when the staff's hours do not cover everything, what gets staff time
# first?
#
# - **A** the statutory duties handed over by the social insurance agency (pension-eligibility certification,
#   personnel files, registering changes, handling deaths)
# - **B** cultural and sports activities
# - **C** home visits to retirees aged 80 and over
# - **D** nothing first: every item is cut by the same share
# <!-- zh -->
# ## 人手不足与人员流动
#
# **第8题。** 在课程的服务包中，工作人员的工时不够完成全部项目时，哪些项目最先得到工时？
#
# - **A** 社会保险经办机构交办的法定职责（养老金领取资格认证、人事档案、信息变更登记、丧葬抚恤办理）
# - **B** 文体活动
# - **C** 高龄退休人员上门探访
# - **D** 没有先后：每个项目按同样的比例削减

# %% nbgrader={"grade": false, "grade_id": "q08_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
served_first = None
### BEGIN SOLUTION
served_first = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(served_first, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(served_first) == "A", L("Which duties must be delivered whatever happens?", "哪些职责无论如何都必须完成？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 9.** In the same package, which of these items is cut **first** when hours run short?
#
# - **A** emergency help for retirees living alone
# - **B** annual pension-eligibility certification
# - **C** cultural and sports activities
# - **D** regular visits to retirees living alone
# <!-- zh -->
# **第9题。** 在同一个服务包中，工时不够时，下面哪个项目**最先**被削减？
#
# - **A** 独居退休人员紧急援助
# - **B** 养老金领取资格年度认证
# - **C** 文体活动
# - **D** 独居退休人员定期探访

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
cut_first = None
### BEGIN SOLUTION
cut_first = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(cut_first, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(cut_first) == "C", L("Statutory duties come first, then the items that protect the most vulnerable. What is left at the end?", "法定职责排在最前，其次是保护最脆弱人群的项目。排在最后的是什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 10.** A community has **2 posts**. A quarter of its staff leave each year: posts stand empty for some
# months and newcomers work at half pace while they learn, so the 2 posts do the work of **1.75** full-time workers.
# A full-time worker gives 2,000 × 0.75 = 1,500 hours a year to the package. How many staff hours a year does the
# community actually have for its package?
# <!-- zh -->
# **第10题。** 某社区有 **2个岗位**。每年有四分之一的工作人员离职：岗位会空缺几个月，新人在熟悉工作期间只能完成一半的工作量，所以2个岗位只相当于 **1.75名** 全职工作人员。一名全职工作人员每年为服务包提供 2,000 × 0.75 = 1,500 个工时。这个社区每年实际有多少工时用于服务包？

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: staff hours a year (a number).
# zh: 你的答案：每年的工时数（填一个数字）。
hours_available = None
### BEGIN SOLUTION
hours_available = 2625
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(hours_available), L("Type a number of hours, without quotes or units.", "请输入小时数，不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(hours_available, 2625, 5), L("Count the workers the posts are worth once turnover is counted, not the posts.", "按计入人员流动后岗位相当的人数计算，而不是按岗位数计算。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Dibao households that need care
#
# **Question 11.** A rural Dibao household: a couple aged **84** and **81**, both with chronic illnesses, poor for
# three years. Which service does it need first, on top of the Dibao cash?
#
# - **A** daily care
# - **B** capacity building: skills training and help to find work
# - **C** social support and inclusion
# - **D** none: the cash is enough
# <!-- zh -->
# **第11题。** 一户农村低保家庭：一对分别为 **84岁** 和 **81岁** 的夫妇，都患有慢性病，已贫困三年。除低保金外，这户家庭首先需要哪种服务？
#
# - **A** 日常照料
# - **B** 能力建设：技能培训、帮助就业
# - **C** 社会支持与社会融入
# - **D** 不需要：低保金就够了

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
care_service = None
### BEGIN SOLUTION
care_service = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(care_service, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(care_service) == "A", L("An older, frail household: which need comes first, securing survival, promoting development or providing opportunities?", "老年体弱的家庭：首先是保障生存、促进发展，还是提供机会？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 12.** In a district, **40** Dibao households need daily care, **20 hours** a month each. A social worker
# gives **120 hours** a month to care. How many social workers does the district need for this care? (A decimal
# such as 2.5 is fine.)
# <!-- zh -->
# **第12题。** 某县区有 **40户** 低保家庭需要日常照料，每户每月 **20小时**。一名社会工作者每月有 **120小时** 用于照料服务。这个县区需要多少名社会工作者提供这些照料？（可以填小数，如2.5。）

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: social workers (a number).
# zh: 你的答案：社会工作者人数（填一个数字）。
social_workers = None
### BEGIN SOLUTION
social_workers = 6.67
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(social_workers), L("Type a number of social workers, without quotes; a decimal is fine.", "请输入人数，不加引号，可以是小数。")
### BEGIN HIDDEN TESTS
assert close(social_workers, 40 * 20 / 120, 0.05) or close(social_workers, 7, 0), L("Add up the hours all the households need in a month, then share them among social workers.", "先算出所有家庭每月需要的总小时数，再按每名社会工作者的小时数分配。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Done.** Hand in the notebook as your trainer explains. The answers and your score per question come back with
# the feedback after the workshop.
# <!-- zh -->
# **完成。** 请按培训师的说明提交笔记本。培训结束后，你会在反馈中看到各题的答案和得分。
