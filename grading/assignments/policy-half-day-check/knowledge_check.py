# %% [markdown]
# <!-- en -->
# # Knowledge check: reforming social assistance (half day for policy teams)
#
# You answer the same 12 questions twice: at the start of the morning and at its end. Before, answer as well as you
# can: a guess is fine, and the score does not count against you. After, the difference shows what the morning
# taught, question by question. It takes about 10 minutes.
#
# **How to answer.** Under each question is an answer cell with a line such as `reform_shift = None`. Type your
# answer after the `=` sign in place of `None`, then run the cell (Shift + Enter), then run the check cell below it:
# a red message means the answer is not in the right form yet (it does not say whether it is right).
#
# - a number: type it as it is, `5`, without units;
# - a choice: type the capital letter in quotes, `"A"`;
# - a table: fill in the letter after each row's name, between the quotes that are there.
#
# The scenario lines of question 10 are from the course's `scenarios/dachuan-2019-integrated.yaml`; the figures of
# question 12 are an illustrative case.
#
# At the end are the morning's **trainer's tasks**: what your team does in the discussions, and how the trainer
# scores it. There is nothing to type for them.
# <!-- zh -->
# # 知识测验：社会救助改革（政策团队半天导论）
#
# 同样的12道题你要做两次：上午开始时做一次，结束时再做一次。培训前尽力作答即可，可以猜，这次得分不会对你不利。培训后再做，两次的差别逐题说明这个上午的培训教会了什么。大约需要10分钟。
#
# **如何作答。** 每道题下面有一个答案单元格，里面有一行类似 `reform_shift = None` 的代码。在 `=` 号后面输入你的答案，替换 `None`，然后运行这个单元格（按 Shift + Enter），再运行下面的检查单元格：出现红色信息说明答案的格式还不对（它不会告诉你答案对不对）。
#
# - 数字：直接输入，如 `5`，不写单位；
# - 选择题：输入大写字母并加英文引号，如 `"A"`；
# - 表格：在每一行名称后面已有的引号之间填入字母。
#
# 第10题的情景文件内容摘自课程中的 `scenarios/dachuan-2019-integrated.yaml`；第12题的数字是说明用的示例。
#
# 最后是本次培训的**培训师评分任务**：说明你的团队在讨论中要做什么、培训师怎样评分。这些任务不需要在这里输入内容。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads the checks. Nothing to change here.
# zh: 请先运行这个单元格：它载入检查用的函数。这里不需要修改。
from simulation.grading.checks import chosen, close, is_choice, is_number, is_table

# %% [markdown]
# <!-- en -->
# ## Where the reform is heading
#
# **Question 1.** Which of these is one of the shifts the reform of China's social assistance sets out?
#
# - **A** from prevention to remedy after the event
# - **B** from passive receipt of assistance to self-development
# - **C** from many providers to the government alone
# - **D** from help by category of need to one standard for all
# <!-- zh -->
# ## 改革方向
#
# **第1题。** 下面哪一项是中国社会救助改革提出的转变之一？
#
# - **A** 从预防为先转向事后补救
# - **B** 从被动领取救助转向自我发展
# - **C** 从多元主体提供转向政府单独提供
# - **D** 从按需求分类施助转向一个标准到底

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
reform_shift = None
### BEGIN SOLUTION
reform_shift = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(reform_shift, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(reform_shift) == "B", L("Three of the options run the reform backwards: read each one from its end.", "有三个选项把改革方向说反了：请从每个选项的结尾读起。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 2.** A household on Dibao: a healthy man of 38 who lost his job four months ago, his wife and their son
# of 10. Beyond the cash, which help answers the need the reform puts first for this household?
#
# - **A** daily care at home
# - **B** capacity building: skills training and help to find work, and support for the son's schooling
# - **C** social support and inclusion: a volunteer who visits
# - **D** nothing: the Dibao cash is the whole answer
# <!-- zh -->
# **第2题。** 一户低保家庭：38岁的男子身体健康，四个月前失业；还有他的妻子和10岁的儿子。除现金外，哪种帮助能回应改革对这户家庭首先强调的需求？
#
# - **A** 居家日常照料
# - **B** 能力建设：技能培训、帮助就业，以及支持儿子上学
# - **C** 社会支持与社会融入：由志愿者定期探访
# - **D** 不需要：低保金就是全部答案

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
household_help = None
### BEGIN SOLUTION
household_help = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(household_help, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(household_help) == "B", L("Survival, development or opportunity: which fits a family with an able adult and a child, poor for a short time?", "生存、发展还是机会：哪一种适合有劳动能力的成年人和孩子、贫困时间不长的家庭？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Questions 3 and 4.** Match each place with the way it delivers services through other providers:
#
# - **A** government contracts and grants to a very large number of nonprofit organisations
# - **B** contracting out, largely to associations, under conventions renewed after an assessment
# - **C** buying services from organisations with a track record, with the community taking part (Family Service
#   Centres)
# - **D** day-care centres run by social organisations under contract on government premises, and a monthly voucher
#   for residents aged 80 and over
# <!-- zh -->
# **第3、4题。** 请为每个地方选出它借助其他主体提供服务的方式：
#
# - **A** 政府向数量众多的非营利组织提供合同和资助
# - **B** 把服务外包，主要交给协会，协议经评估合格后续签
# - **C** 向有良好记录的组织购买服务，并动员社区参与（家庭服务中心）
# - **D** 由社会组织承接政府购买服务、在政府提供的场地运营日间照料中心，并为80岁及以上居民每月发放服务券

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter A to D for each place, between the quotes.
# zh: 你的答案：在引号之间为每个地方填入A至D中的一个字母。
delivery_models = None
### BEGIN SOLUTION
delivery_models = {"USA": "A", "France": "B", "Singapore": "C", "Taicang": "D"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(delivery_models, ["USA", "France", "Singapore", "Taicang"]), L('Fill the table as given: {"USA": "...", "France": "...", "Singapore": "...", "Taicang": "..."}.', '请按给出的格式填表：{"USA": "...", "France": "...", "Singapore": "...", "Taicang": "..."}。')
assert all(is_choice(model, "ABCD") for model in delivery_models.values()), L("Each place takes one of the letters A, B, C, D.", "每个地方填A、B、C、D中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(delivery_models["USA"]) == "A", L("The USA: where does most of the government's money for services go?", "美国：政府用于服务的资金主要流向哪里？")
assert chosen(delivery_models["France"]) == "B", L("France: which kind of organisation holds most of its conventions?", "法国：大多数服务协议由哪类组织承接？")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(delivery_models, ["USA", "France", "Singapore", "Taicang"]), L('Fill the table as given: {"USA": "...", "France": "...", "Singapore": "...", "Taicang": "..."}.', '请按给出的格式填表：{"USA": "...", "France": "...", "Singapore": "...", "Taicang": "..."}。')
assert all(is_choice(model, "ABCD") for model in delivery_models.values()), L("Each place takes one of the letters A, B, C, D.", "每个地方填A、B、C、D中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(delivery_models["Singapore"]) == "C", L("Singapore: who takes part besides the funded organisations?", "新加坡：除了获得资助的组织，还有谁参与？")
assert chosen(delivery_models["Taicang"]) == "D", L("Taicang: what do its oldest residents hold each month?", "太仓：高龄居民每月手里有什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## The one-stop service centre and its frictions
#
# **Question 5.** A district that is short of staff opens online applications and changes nothing else. What
# happens to the queue of cases waiting for a caseworker?
#
# - **A** It gets shorter: there is no counter visit to register.
# - **B** It gets longer: more eligible households apply, with the same staff.
# - **C** It stays the same: online applications only change where people apply.
# - **D** It disappears: the platform decides the cases.
# <!-- zh -->
# ## 一站式服务中心及其障碍
#
# **第5题。** 一个人手不足的区县开通了网上申请，其他条件都不变。等待经办人员办理的个案队伍会怎样？
#
# - **A** 变短：不用到窗口登记了。
# - **B** 变长：人手不变，而提出申请的符合条件家庭增多了。
# - **C** 不变：网上申请只改变了申请的地点。
# - **D** 消失：由平台审批个案。

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
online_queue = None
### BEGIN SOLUTION
online_queue = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(online_queue, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(online_queue) == "B", L("Making it easier to apply brings in households who did not apply before. Who handles their cases?", "申请更方便，会让以前没有申请的家庭也来申请。他们的个案由谁办理？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 6.** In the simulated district, what does an integrated database (统一数据库) change?
#
# - **A** More eligible households apply, because they can apply from home.
# - **B** The district check takes half a day instead of three, and incomes are verified against shared records,
#   so the means test makes fewer mistakes.
# - **C** The Dibao standard rises.
# - **D** The centre gets more caseworkers.
# <!-- zh -->
# **第6题。** 在模拟区县中，统一数据库改变了什么？
#
# - **A** 更多符合条件的家庭提出申请，因为可以在家申请。
# - **B** 区级比对只需半天而不是三天，收入可以与共享记录核对，所以家庭经济状况核查的差错更少。
# - **C** 低保标准提高了。
# - **D** 服务中心的经办人员增多了。

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
database_effect = None
### BEGIN SOLUTION
database_effect = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(database_effect, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(database_effect) == "B", L("A database changes what the staff can check and how fast, not who applies or how much is paid.", "数据库改变的是工作人员能核对什么、核对得多快，而不是谁来申请、发多少钱。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Questions 7 and 8.** For each friction of the Dachuan application process, which remedy addresses it? Write
# **D** for an integrated database, **O** for the one-stop centre, **N** for neither (it needs another change).
#
# | row | friction |
# | --- | --- |
# | 1 | The district centre gathers the results of 27 agencies' databases by hand: about 3 days a case. |
# | 2 | A family applying for several programmes visits several offices and tells its story each time. |
# | 3 | The income a household declares cannot be checked against other agencies' records. |
# | 4 | A family living away from its registered residence (hukou) cannot apply where it lives. |
# <!-- zh -->
# **第7、8题。** 对达川区申请流程中的每个障碍，哪种办法能解决它？统一数据库写 **D**，一站式服务中心写 **O**，两者都不能解决（需要其他改变）写 **N**。
#
# | 行 | 障碍 |
# | --- | --- |
# | 1 | 区级中心人工汇总27个部门数据库的比对结果：每个个案约需3天。 |
# | 2 | 申请多个项目的家庭要跑多个部门，每次都要重新讲一遍家里的情况。 |
# | 3 | 家庭申报的收入无法与其他部门的记录核对。 |
# | 4 | 在户籍所在地以外居住的家庭，不能在居住地提出申请。 |

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the letter D, O or N for each row, between the quotes.
# zh: 你的答案：在引号之间为每一行填入字母D、O或N。
remedies = None
### BEGIN SOLUTION
remedies = {"1": "D", "2": "O", "3": "D", "4": "N"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(remedies, ["1", "2", "3", "4"]), L('Fill the table as given: {"1": "...", "2": "...", "3": "...", "4": "..."}.', '请按给出的格式填表：{"1": "...", "2": "...", "3": "...", "4": "..."}。')
assert all(is_choice(remedy, "DON") for remedy in remedies.values()), L("Each row takes one of the letters D, O, N.", "每一行填D、O、N中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(remedies["1"]) == "D", L("Row 1: what would replace gathering 27 answers by hand?", "第1行：用什么可以代替人工汇总27个部门的结果？")
assert chosen(remedies["2"]) == "O", L("Row 2: what brings the staff of many agencies under one roof?", "第2行：什么能把多个部门的工作人员集中到一处？")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(remedies, ["1", "2", "3", "4"]), L('Fill the table as given: {"1": "...", "2": "...", "3": "...", "4": "..."}.', '请按给出的格式填表：{"1": "...", "2": "...", "3": "...", "4": "..."}。')
assert all(is_choice(remedy, "DON") for remedy in remedies.values()), L("Each row takes one of the letters D, O, N.", "每一行填D、O、N中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(remedies["3"]) == "D", L("Row 3: where are the other agencies' records, and who could see them?", "第3行：其他部门的记录在哪里，谁能看到？")
assert chosen(remedies["4"]) == "N", L("Row 4: does a shared database or one office change who may apply where?", "第4行：共享数据库或一个办事窗口，能改变谁可以在哪里申请吗？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## The reform-scenario lab
#
# **Question 9.** A team runs the simulated district twice with the same seed (随机种子): once as it is, once with
# its reform. Why can the difference between the two runs be put down to the reform?
#
# - **A** The same seed gives the same households living the same lives, so only the reform differs.
# - **B** The seed makes the model's figures exact.
# - **C** The seed picks the households that gain from the reform.
# - **D** The same seed gives the real households of Dachuan.
# <!-- zh -->
# ## 改革情景实验室
#
# **第9题。** 一个团队用同一个随机种子把模拟区县运行两次：一次保持现状，一次实施它的改革。为什么两次运行的差别可以归因于改革？
#
# - **A** 同一个随机种子给出过着同样生活的同样家庭，所以唯一的区别就是改革。
# - **B** 随机种子让模型的数字变得精确。
# - **C** 随机种子挑出了从改革中受益的家庭。
# - **D** 同一个随机种子给出的是达川区的真实家庭。

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
same_seed = None
### BEGIN SOLUTION
same_seed = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(same_seed, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(same_seed) == "A", L("A fair comparison changes one thing only. What does the seed hold the same?", "公平的比较只改变一件事。随机种子让什么保持不变？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 10.** A scenario file of the course reads, in part:
#
# ```
# households: 20000
# months: 60
# seed: 1
# parameters:
#   casework.integrated_database: true
#   casework.online_application: true
# ```
#
# For how many years does this scenario run the district?
# <!-- zh -->
# **第10题。** 课程中的一个情景文件部分内容如下：
#
# ```
# households: 20000
# months: 60
# seed: 1
# parameters:
#   casework.integrated_database: true
#   casework.online_application: true
# ```
#
# 这个情景让模拟区县运行多少年？

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: a number of years.
# zh: 你的答案：年数（填一个数字）。
scenario_years = None
### BEGIN SOLUTION
scenario_years = 5
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(scenario_years), L("Type a number of years, without quotes or units.", "请输入年数，不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(scenario_years, 5, 0), L("Which line says how long the district runs, and in what unit?", "哪一行说明了区县运行多久？单位是什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 11.** A team raises the Dibao standard by 10%. In its comparison with the baseline, poverty after
# assistance, measured against the standard, goes **up**. Why?
#
# - **A** The poverty line moves with the standard, so more households count as poor.
# - **B** Households stop working when the standard rises.
# - **C** Fewer households apply.
# - **D** The comparison used another seed.
# <!-- zh -->
# **第11题。** 一个团队把低保标准提高10%。在与基线的比较中，以标准衡量的救助后贫困反而**上升**了。为什么？
#
# - **A** 贫困线随标准移动，所以有更多家庭被算作贫困。
# - **B** 标准提高后，家庭不再工作。
# - **C** 提出申请的家庭减少了。
# - **D** 比较时用了另一个随机种子。

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
higher_standard = None
### BEGIN SOLUTION
higher_standard = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(higher_standard, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(higher_standard) == "A", L("Poverty here is measured against the standard. What happens to the measure when the standard moves?", "这里的贫困是以标准来衡量的。标准变化时，衡量尺度会怎样？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 12.** A reform is run on districts drawn with five seeds. The change in poverty after assistance is
# −1.2 percentage points on average, with a 95% interval from −2.9 to +0.5 points. What do you tell Dachuan?
#
# - **A** The reform cuts poverty by 1.2 points: introduce it everywhere.
# - **B** These runs cannot tell the change apart from chance, since the interval includes zero: run more seeds or a
#   larger district, and try the reform in a pilot that measures it before scaling it up.
# - **C** The reform raises poverty: drop it.
# - **D** The interval does not matter; only the average does.
# <!-- zh -->
# **第12题。** 一项改革在用五个随机种子生成的区县上运行。救助后贫困平均变化 −1.2 个百分点，95% 区间为 −2.9 至 +0.5 个百分点。你会怎样告诉达川区？
#
# - **A** 这项改革使贫困下降1.2个百分点：全面推行。
# - **B** 区间包含零，这些运行无法把变化与偶然区分开来：增加随机种子或扩大区县规模，并先在试点中检验改革的效果，再决定是否推广。
# - **C** 这项改革使贫困上升：放弃它。
# - **D** 区间无关紧要，只看平均数。

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
advice = None
### BEGIN SOLUTION
advice = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(advice, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(advice) == "B", L("Look at both ends of the interval: could the true change be none at all?", "看区间的两端：真实的变化有没有可能是零？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Trainer's tasks: what your team does in the room
#
# The trainer scores each task below during the morning's discussions and records the score in the check after the
# morning (`policy-half-day-check-post`). You type nothing here.
# <!-- zh -->
# ## 培训师评分任务：你的团队在现场要做什么
#
# 培训师在上午的讨论中为下面每项任务评分，并把分数记在培训结束时的测验（`policy-half-day-check-post`）中。你不需要在这里输入内容。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "reform_direction_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 1 (discussion "Which way of delivering services suits your district?").** Your team describes, for one
# service of its own reform, which need it answers (survival, development or opportunity) and how it moves from
# cash alone towards prevention and self-development.
#
# *Rubric, 2 points:* 2: names the need and a concrete shift (e.g. from cash alone to cash with training or care);
# 1: names the need or the shift but not both; 0: describes the service only as more cash.
# <!-- zh -->
# **任务1（讨论“哪种服务提供方式适合你们的区县？”）。** 你的团队针对本地改革中的一项服务，说明它回应哪种需求（生存、发展或机会），以及它怎样从单纯发放现金转向预防和自我发展。
#
# *评分要点（2分）：* 2分：说出需求，并说出一个具体的转变（例如从单纯发放现金转向现金加培训或照料）；1分：只说出需求或转变之一；0分：只把这项服务说成多发现金。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "delivery_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 2 (same discussion).** Your team says who should provide that service (a public unit, a social
# organisation under contract, a charity, volunteers, the community) and how the government would assess and
# supervise the provider.
#
# *Rubric, 2 points:* 2: a provider with a reason, and at least one concrete way the government keeps quality
# (an assessment of who needs the service, a contract with standards, visits, renewal after assessment);
# 1: a provider with a reason but no supervision, or supervision without a provider; 0: "the government steps back".
# <!-- zh -->
# **任务2（同一场讨论）。** 你的团队说明这项服务应由谁提供（公共服务单位、承接政府购买服务的社会组织、慈善组织、志愿者、社区），以及政府将怎样评估和监管服务提供方。
#
# *评分要点（2分）：* 2分：说出提供方及理由，并至少说出一种政府保障质量的具体办法（评估服务需求、有服务标准的合同、走访检查、经评估后续签）；1分：只说出提供方及理由而没有监管，或只有监管而没有提供方；0分：认为“政府可以退出”。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "centre_levers_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 3 (notebook session "Change the centre and see what happens").** Your team reports the lever it tried
# (caseworkers, integrated database or online applications) with its effect on processing days, the backlog,
# coverage and the exclusion error, read from the charts.
#
# *Rubric, 2 points:* 2: the lever and its effect on at least three of the four figures, in the right direction,
# with one trade-off (e.g. online applications raise coverage, and lengthen the queue where caseworkers are few);
# 1: the effect on one or two figures; 0: no figure read from the charts.
# <!-- zh -->
# **任务3（笔记本实操“改变服务中心的条件，看看会发生什么”）。** 你的团队报告所尝试的设置（经办人员、统一数据库或网上申请），以及从图表读出的它对办理天数、积压、覆盖面和漏保率的影响。
#
# *评分要点（2分）：* 2分：说出所试的设置，以及它对四个指标中至少三个的影响，方向正确，并指出一个取舍（例如网上申请提高了覆盖面，但在经办人员少的地方排队会变长）；1分：只说出对一两个指标的影响；0分：没有从图表读出任何数字。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "frictions_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 4 (discussion "What would it take in your district?").** Your team names the friction that matters most
# at home and what an integrated database or a one-stop centre would need there: which agencies share data, who
# pays, who trains the staff.
#
# *Rubric, 2 points:* 2: a friction tied to the step it slows down, and a remedy with at least two of its
# conditions (data sharing, funding, training); 1: a friction and a remedy without conditions; 0: no remedy tied
# to a friction.
# <!-- zh -->
# **任务4（讨论“在你们的区县需要什么条件？”）。** 你的团队说出本地最突出的障碍，以及在本地建设统一数据库或一站式服务中心需要什么条件：哪些部门共享数据、由谁出资、由谁培训工作人员。
#
# *评分要点（2分）：* 2分：说出障碍及它拖慢的环节，并提出解决办法及至少两个条件（数据共享、资金、培训）；1分：说出障碍和办法，但没有条件；0分：没有针对障碍提出办法。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "scenario_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 5 (notebook session "The reform lab").** Your team states its reform as the lines of a scenario file would
# (which parameters change, to what, against which baseline) and says why it was compared with the baseline on the
# same seed.
#
# *Rubric, 2 points:* 2: the changed parameters and their values, and the same households as the reason the
# comparison is fair; 1: one of the two; 0: neither.
# <!-- zh -->
# **任务5（笔记本实操“改革实验室”）。** 你的团队按情景文件的写法说出自己的改革（改变哪些参数、改成多少、与哪个基线比较），并说明为什么要用同一个随机种子与基线比较。
#
# *评分要点（2分）：* 2分：说出改变的参数及其取值，并以“同样的家庭”说明比较为什么公平；1分：只做到其中一项；0分：两项都没有做到。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "comparison_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 6 (discussion "Which reform would you recommend to Dachuan?").** Your team reads its reform's comparison
# with the baseline: one figure for what it does (poverty after assistance, coverage, targeting errors or
# processing time), one for what it costs, and who gains and who loses.
#
# *Rubric, 2 points:* 2: an effect figure and a cost figure read correctly, and a group that gains or loses;
# 1: one figure read correctly; 0: no figure read correctly.
# <!-- zh -->
# **任务6（讨论“你会向达川区推荐哪项改革？”）。** 你的团队解读本团队改革与基线的比较：一个说明效果的数字（救助后贫困、覆盖面、瞄准误差或办理时间）、一个说明成本的数字，以及谁受益、谁受损。
#
# *评分要点（2分）：* 2分：正确读出一个效果数字和一个成本数字，并指出受益或受损的群体；1分：正确读出一个数字；0分：没有正确读出任何数字。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "recommendation_task", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# **Task 7 (same discussion).** Your team recommends its reform to Dachuan in one minute: the figures that justify
# it and how sure they are (one run, or an interval across seeds), who could lose, and what it would want to know
# first and how a pilot could find it out.
#
# *Rubric, 2 points:* 2: a recommendation with a figure and its uncertainty, a group that could lose, and a
# question a pilot could answer; 1: a recommendation with a figure but without its uncertainty or without the
# losers; 0: a recommendation without figures.
# <!-- zh -->
# **任务7（同一场讨论）。** 你的团队用一分钟向达川区推荐本团队的改革：支持它的数字及其可靠程度（一次运行，还是多个随机种子的区间）、谁可能受损，以及首先想了解什么、试点怎样能找到答案。
#
# *评分要点（2分）：* 2分：推荐有数字及其不确定性，指出可能受损的群体，并提出一个试点能回答的问题；1分：有数字，但没有说明不确定性或受损者；0分：推荐没有任何数字。
