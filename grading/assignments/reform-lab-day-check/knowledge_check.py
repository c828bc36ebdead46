# %% [markdown]
# <!-- en -->
# # Knowledge check: the reform-scenario lab
#
# You answer this check twice: at the start of the workshop, and again at its end. At the start, nobody expects
# you to know the answers: give your best guess. The difference between your two scores shows what the day taught
# you, and your trainer sees which questions the whole room found hard. There are 15 short questions and ten
# minutes: answer what you can, in order, and do not stay long on any one.
#
# **How this notebook works.** You do not need to write any programs.
#
# 1. Run the first grey cell (click it and press **Shift + Enter**).
# 2. Under each question is an answer cell with a line like `answer = None`. Replace `None` with your answer, after
#    the `=` sign: a **number** as digits (`1234.5`, no units, no thousands separators), a **letter** for a choice
#    in quotes (`"A"`), a **list** of household numbers in square brackets (`[1101, 1102]`), a **table** with one
#    letter for each row, written as the question shows (`{"1": "A", "2": "C"}`).
# 3. Run the answer cell, then run the check cell below it. A red message means the answer is not in the right form
#    (a letter, a number, a list): read the message and correct it. The check does not tell you whether the answer
#    is right: that is decided when your trainer grades the check.
#
# The cases are small examples; where a figure is real, its source is named.
# <!-- zh -->
# # 知识测验：改革情景实验室
#
# 这份测验你要做两次：培训班开始时做一次，结束时再做一次。开始时，没有人要求你知道答案：请尽量猜一猜。两次得分之差，
# 反映你这一天学到了什么；培训师也能看出全班哪些题觉得难。共 15 道小题，时间十分钟：按顺序能答多少答多少，
# 不要在某一道题上停留太久。
#
# **如何使用本笔记本。** 你不需要编写任何程序。
#
# 1. 先运行第一个灰色单元格（点击它，按 **Shift + Enter**）。
# 2. 每道题下面有一个答案单元格，里面有一行类似 `answer = None` 的内容。把 `=` 后面的 `None` 换成你的答案：**数字**直接写数字
#    （`1234.5`，不写单位，不加千位分隔符）；选择题写一个**字母**，加英文引号（`"A"`）；家庭编号的**列表**写在方括号里（`[1101, 1102]`）；
#    **表格**按题目给出的格式，每一行填一个字母（`{"1": "A", "2": "C"}`）。
# 3. 运行答案单元格，再运行它下面的检查单元格。如果出现红色信息，说明答案的形式不对（应当是字母、数字或列表）：看信息，改正后再运行。
#    检查单元格不会告诉你答案对不对：培训师评分时才会判定。
#
# 题中的个案是小例子；凡是真实的数字，都注明了来源。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: The checks below use these small functions. Run this cell first.
# zh: 下面的检查会用到这些小函数。请先运行这个单元格。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_table

# %% [markdown]
# <!-- en -->
# ## 1. What the seed decides
#
# A scenario file has a line `seed: 1`. What does the seed decide in the simulated district?
#
# - **A.** The rules: the standards, the caseworkers, the deadlines.
# - **B.** The district's households and every event of their lives: illnesses, job losses, births.
# - **C.** How many months the run lasts.
# - **D.** Which district the scenario is about.
# <!-- zh -->
# ## 1. 随机种子决定什么
#
# 情景文件里有一行 `seed: 1`。在模拟县区中，随机种子决定的是什么？
#
# - **A.** 规则：标准、经办人员、审批时限。
# - **B.** 县区里的家庭以及他们生活中的每一件事：生病、失业、出生。
# - **C.** 运行多少个月。
# - **D.** 情景针对的是哪个县区。

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
what_the_seed_decides = None
### BEGIN SOLUTION
what_the_seed_decides = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(what_the_seed_decides, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(what_the_seed_decides) == "B", L("Two runs with the same seed differ only in what the scenario changes. What stays the same?", "用同一个随机种子的两次运行，唯一的不同是情景所改变的东西。那么什么保持不变？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. A scenario file in plain words
#
# Here is the part of a scenario file the model reads (scenarios/reform-decision-deadline.yaml):
#
# ```
# locality: dachuan
# start: 2019-01-01
# households: 20000
# months: 60
# seed: 1
# parameters:
#   casework.decision_deadline_days: 21
# ```
#
# Which sentence says what it does?
#
# - **A.** Dachuan from January 2019, 20,000 households over five years: every Dibao case must be decided within 21
#   working days of filing.
# - **B.** Dachuan gets 21 more caseworkers.
# - **C.** Dachuan's Dibao standard rises by 21 yuan.
# - **D.** The district is followed for 21 months.
# <!-- zh -->
# ## 2. 用平实的语言读情景文件
#
# 下面是一份情景文件中模型读取的部分（scenarios/reform-decision-deadline.yaml）：
#
# ```
# locality: dachuan
# start: 2019-01-01
# households: 20000
# months: 60
# seed: 1
# parameters:
#   casework.decision_deadline_days: 21
# ```
#
# 哪一句话说明了它的内容？
#
# - **A.** 达川区，从2019年1月起，20,000户家庭，运行五年：每个低保个案都必须在受理后21个工作日内作出决定。
# - **B.** 达川增加21名经办人员。
# - **C.** 达川的低保标准提高21元。
# - **D.** 对这个县区跟踪21个月。

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
file_in_words = None
### BEGIN SOLUTION
file_in_words = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(file_in_words, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(file_in_words) == "A", L("Read the lines one by one: months gives the length of the run, and the line under parameters is the change.", "逐行阅读：months是运行的时长，parameters下面那一行才是改变的内容。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. What the checker refuses
#
# A scenario file is checked before it runs: every figure must lie within the range its parameter file allows
# (datasets/parameters/). Which of these lines would the checker refuse?
#
# - **A.** `casework.decision_deadline_days: 40` (eight weeks, as in the Netherlands)
# - **B.** `dibao.standard.urban: 617` (the national urban average of 2019)
# - **C.** `casework.decision_deadline_days: -5`
# - **D.** `seed: 2`
# <!-- zh -->
# ## 3. 检查程序会拒绝什么
#
# 情景文件在运行之前要经过检查：每个数字都必须在其参数文件（datasets/parameters/）允许的范围之内。下面哪一行会被检查程序拒绝？
#
# - **A.** `casework.decision_deadline_days: 40`（八周，和荷兰一样）
# - **B.** `dibao.standard.urban: 617`（2019年全国城镇平均标准）
# - **C.** `casework.decision_deadline_days: -5`
# - **D.** `seed: 2`

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
refused_entry = None
### BEGIN SOLUTION
refused_entry = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(refused_entry, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(refused_entry) == "C", L("Which of these figures could no real rule ever have?", "哪一个数字是任何真实的规定都不可能有的？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. The fairest comparison
#
# Dachuan wants to know what an integrated database would do. Which comparison is the fairest?
#
# - **A.** Dachuan in 2020, with the database, against Dachuan in 2019, without it.
# - **B.** Dachuan against a neighbouring district that has already integrated its databases.
# - **C.** The simulated district run twice with the same seed, once with and once without the database.
# - **D.** Ask the caseworkers whether they would like it.
# <!-- zh -->
# ## 4. 最公平的比较
#
# 达川想知道建设统一数据库会带来什么。哪一种比较最公平？
#
# - **A.** 有数据库的2020年达川与没有数据库的2019年达川相比。
# - **B.** 达川与已经建成统一数据库的邻近区县相比。
# - **C.** 用同一个随机种子把模拟县区运行两次，一次有数据库，一次没有。
# - **D.** 问问经办人员想不想要。

# %% nbgrader={"grade": false, "grade_id": "q04_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
fair_comparison = None
### BEGIN SOLUTION
fair_comparison = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(fair_comparison, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(fair_comparison) == "C", L("In which comparison are the households and the events of their lives the same, so that only the rules differ?", "在哪一种比较中，家庭和他们生活中发生的事都相同，只有规则不同？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Raising the standard by a tenth
#
# Dachuan's rural Dibao standard in 2019 was **330 yuan** a person a month
# (datasets/parameters/dachuan/rules/dibao.yaml, SPRP mission report). A reform raises both standards by **10%**. What is the new rural standard, in yuan a month?
# <!-- zh -->
# ## 5. 标准提高十分之一
#
# 2019年达川农村低保标准为每人每月 **330 元**（datasets/parameters/dachuan/rules/dibao.yaml，中欧社保项目考察报告）。
# 一项改革把城乡标准都提高 **10%**。新的农村标准是每月多少元？

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the new rural standard in yuan a month (a number).
# zh: 你的答案：新的农村标准（元/月），填一个数字。
rural_standard_raised = None
### BEGIN SOLUTION
rural_standard_raised = 363
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(rural_standard_raised), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(rural_standard_raised, 363, 0.5), L("Add a tenth of 330 to 330.", "在330的基础上加上330的十分之一。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. A higher standard, more poverty?
#
# After that reform, the poverty rate after assistance, measured against each scenario's own standard, goes **up**.
# Why?
#
# - **A.** The poverty line moved: people between the old and the new standard now count as poor.
# - **B.** The reform made households poorer.
# - **C.** Fewer households applied.
# - **D.** The model made a mistake.
# <!-- zh -->
# ## 6. 标准提高了，贫困反而增加？
#
# 这项改革之后，按每个情景自己的标准衡量的救助后贫困率**上升**了。为什么？
#
# - **A.** 贫困线移动了：收入在旧标准和新标准之间的人，现在也算作贫困。
# - **B.** 改革让家庭变穷了。
# - **C.** 申请的家庭减少了。
# - **D.** 模型出错了。

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
why_poverty_rises = None
### BEGIN SOLUTION
why_poverty_rises = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(why_poverty_rises, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(why_poverty_rises) == "A", L("Against what line is poverty measured in each scenario?", "每个情景中的贫困是按哪条线衡量的？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 7. Who pays
#
# Nationally in 2014 the central government paid about **72%** of urban Dibao spending (51.9 of 72.2 billion yuan;
# datasets/parameters/national/rules/dibao.yaml, source SEED003), and local governments the rest.
#
# *Case (illustrative):* a reform adds **100,000 yuan a month** of urban Dibao spending. With these shares, how much of
# it do local governments pay, in yuan a month?
# <!-- zh -->
# ## 7. 由谁出钱
#
# 2014年全国城市低保支出中，中央财政负担约 **72%**（722亿元中的519亿元；datasets/parameters/national/rules/dibao.yaml，来源SEED003），
# 其余由地方政府负担。
#
# *个案（示例）：* 一项改革使城市低保支出每月增加 **100,000 元**。按这样的分担比例，地方政府每月要负担多少元？

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: what local governments pay, in yuan a month (a number).
# zh: 你的答案：地方政府负担的金额（元/月），填一个数字。
local_share = None
### BEGIN SOLUTION
local_share = 28000
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(local_share), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(local_share, 28000, 150), L("The local governments pay what the central government does not: 100% minus its share.", "地方政府负担的是中央财政不负担的部分：100%减去中央的比例。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 8. Larger than the noise?
#
# A reform is run against the baseline on five seeds. The change in the poverty rate after assistance has a 95%
# interval of **−0.8 to −0.2 percentage points**. What do you conclude?
#
# - **A.** The interval leaves out zero: the change is larger than the noise.
# - **B.** The interval includes zero: these runs cannot tell the change from chance.
# - **C.** Nothing can be said from five seeds.
# - **D.** Poverty rises.
# <!-- zh -->
# ## 8. 变化大于随机波动吗？
#
# 一项改革在五个随机种子上与基线比较。救助后贫困率变化的95%区间为 **−0.8至−0.2个百分点**。你的结论是什么？
#
# - **A.** 区间不包含零：这个变化大于随机波动。
# - **B.** 区间包含零：这些运行无法把变化与偶然区分开。
# - **C.** 五个随机种子什么也说明不了。
# - **D.** 贫困上升了。

# %% nbgrader={"grade": false, "grade_id": "q08_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
interval_verdict = None
### BEGIN SOLUTION
interval_verdict = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(interval_verdict, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(interval_verdict) == "A", L("Is zero between the two ends of the interval?", "零是否在区间的两端之间？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 9. Three reforms, three intervals
#
# For each reform, the 95% interval across seeds of its change in the poverty rate after assistance (percentage
# points). Mark each **A** larger than the noise, or **B** cannot be told from chance.
#
# | reform | 95% interval of the change |
# | --- | --- |
# | R1 | −1.2 to −0.4 |
# | R2 | −0.3 to +0.2 |
# | R3 | +0.1 to +0.5 |
#
# Answer as `{"R1": "...", "R2": "...", "R3": "..."}`.
# <!-- zh -->
# ## 9. 三项改革，三个区间
#
# 下表是每项改革的救助后贫困率变化在各随机种子之间的95%区间（百分点）。请为每项改革标注：**A** 大于随机波动，**B** 无法与偶然区分开。
#
# | 改革 | 变化的95%区间 |
# | --- | --- |
# | R1 | −1.2至−0.4 |
# | R2 | −0.3至+0.2 |
# | R3 | +0.1至+0.5 |
#
# 按 `{"R1": "...", "R2": "...", "R3": "..."}` 的格式作答。

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: replace None with this table, one letter in each empty pair of quotes:
# en: {"R1": "", "R2": "", "R3": ""}
# zh: 你的答案：把 None 换成下面的表格，在每一对空引号里填一个字母：
# zh: {"R1": "", "R2": "", "R3": ""}
three_intervals = None
### BEGIN SOLUTION
three_intervals = {"R1": "A", "R2": "B", "R3": "A"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert is_table(three_intervals, ['R1', 'R2', 'R3']) and all(is_choice(letter, "AB") for letter in three_intervals.values()), L("Fill every row (R1, R2, R3) with one of the letters A or B, in quotes.", "请为每一行（R1、R2、R3）填写A、B中的一个字母，加英文引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(three_intervals[row]) == letter for row, letter in {"R1": "A", "R2": "B", "R3": "A"}.items()), L("For each row ask only whether zero lies between the two ends, whatever the direction of the change.", "对每一行只问一个问题：无论变化朝哪个方向，零是否在区间的两端之间？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 10. Working out an interval
#
# The rule (as `carelab sweep` computes it, for five seeds): **95% interval = mean ± 2.78 × standard deviation ÷ √5**
# (√5 ≈ 2.236).
#
# *Case (illustrative):* the change in the poverty rate after assistance on seeds 1 to 5 was −0.6, −0.4, −0.8, −0.5
# and −0.7 percentage points; their standard deviation is **0.16**. What is the **upper end** of the 95% interval
# (the end nearer zero), in percentage points? Two decimals are enough.
# <!-- zh -->
# ## 10. 计算一个区间
#
# 规则（与 `carelab sweep` 的算法相同，五个随机种子）：**95%区间 = 平均值 ± 2.78 × 标准差 ÷ √5**（√5 ≈ 2.236）。
#
# *个案（示例）：* 随机种子1至5上救助后贫困率的变化分别为−0.6、−0.4、−0.8、−0.5和−0.7个百分点；它们的标准差为 **0.16**。
# 95%区间的**上端**（离零较近的一端）是多少个百分点？保留两位小数即可。

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the interval's upper end, in percentage points (a number).
# zh: 你的答案：区间的上端（百分点），填一个数字。
interval_upper_end = None
### BEGIN SOLUTION
interval_upper_end = -0.40
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(interval_upper_end), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(interval_upper_end, -0.40, 0.02), L("Start from the mean of the five changes, then add 2.78 × 0.16 ÷ 2.236. Keep the sign.", "先算出五个变化的平均值，再加上 2.78 × 0.16 ÷ 2.236。注意正负号。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 11. Extra spending per person lifted out of poverty
#
# The rule: **people lifted out = people below the standard in the baseline − people below it with the reform**;
# **cost per person lifted out = extra spending a month ÷ people lifted out**.
#
# *Case (illustrative):* on the same households, **1,200** people are below the standard in the baseline and **1,050**
# with the reform; the reform spends **45,000 yuan a month** more. What is the extra spending per person lifted out,
# in yuan a month?
# <!-- zh -->
# ## 11. 每让一人脱贫增加的支出
#
# 规则：**脱贫人数 = 基线中低于标准的人数 − 改革后低于标准的人数**；**每让一人脱贫的成本 = 每月增加的支出 ÷ 脱贫人数**。
#
# *个案（示例）：* 在同样的家庭上，基线中有 **1,200** 人低于标准，改革后有 **1,050** 人；改革每月多花 **45,000 元**。
# 每让一人脱贫，每月增加的支出是多少元？

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan a month per person lifted out of poverty (a number).
# zh: 你的答案：每让一人脱贫每月的成本（元），填一个数字。
cost_per_person = None
### BEGIN SOLUTION
cost_per_person = 300
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(cost_per_person), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(cost_per_person, 300, 1), L("First find how many people the reform lifts out, then divide the extra spending by that number.", "先算出改革让多少人脱贫，再用增加的支出除以这个人数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 12. A reform that saves money
#
# *Case (illustrative):* an integrated database lifts **40** people out of poverty (fewer are missed), and spending
# falls by **8,000 yuan a month** (fewer households are paid by mistake). With the rule of question 11, what is its
# cost per person lifted out, in yuan a month? (Spending that falls is a negative extra spending.)
# <!-- zh -->
# ## 12. 一项省钱的改革
#
# *个案（示例）：* 统一数据库让 **40** 人脱贫（漏保减少了），支出每月减少 **8,000 元**（错保减少了）。按第11题的规则，
# 它每让一人脱贫的成本是每月多少元？（支出减少，就是增加的支出为负数。）

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan a month per person lifted out of poverty (a number).
# zh: 你的答案：每让一人脱贫每月的成本（元），填一个数字。
saving_reform = None
### BEGIN SOLUTION
saving_reform = -200
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(saving_reform), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(saving_reform, -200, 1), L("Extra spending is the reform's spending minus the baseline's; here it is below zero. Keep the sign.", "增加的支出 = 改革的支出 − 基线的支出；这里它小于零。注意正负号。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 13. When the figure misleads
#
# On the lab's small district (4,000 households, one seed), a reform lifts **3** people out of poverty and spends
# **30,000 yuan a month** more: 10,000 yuan a month per person lifted out. What do you do before quoting the figure?
#
# - **A.** Quote it: it comes from the model.
# - **B.** Check it across several seeds or a larger district: a few people lifted out make a shaky figure.
# - **C.** Multiply it by 12 and quote the yearly figure instead.
# - **D.** Drop the reform: it is too expensive.
# <!-- zh -->
# ## 13. 这个数字什么时候会误导
#
# 在实验室的小县区（4,000户家庭，一个随机种子）上，一项改革让 **3** 人脱贫，每月多花 **30,000 元**：每让一人脱贫每月10,000元。
# 引用这个数字之前，你会怎么做？
#
# - **A.** 直接引用：它来自模型。
# - **B.** 用多个随机种子或更大的县区再检验：脱贫人数很少时，数字很不稳定。
# - **C.** 乘以12，改为引用全年的数字。
# - **D.** 放弃这项改革：太贵了。

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
shaky_figure = None
### BEGIN SOLUTION
shaky_figure = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q13", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(shaky_figure, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(shaky_figure) == "B", L("How much would the figure change if one more or one fewer person were lifted out?", "如果多一人或少一人脱贫，这个数字会变化多少？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 14. Who could lose from an integrated database?
#
# With an integrated database, incomes are checked against shared records, so the means test errs less. Which
# households lose most often, and should be named in a recommendation?
#
# - **A.** Households receiving Dibao at the start whose incomes now show above the standard in the shared records:
#   some were paid by mistake, some only just above the line.
# - **B.** Households that have never applied.
# - **C.** The caseworkers.
# - **D.** Nobody: fewer errors help everyone.
# <!-- zh -->
# ## 14. 统一数据库会让谁受损？
#
# 有了统一数据库，家庭收入要与共享的记录比对，家庭经济状况核查的误差更小。哪些家庭最常受损，应当在建议中点明？
#
# - **A.** 一开始就在领取低保、但在共享记录中显示收入高于标准的家庭：有的是错保，有的只是刚刚超过标准线。
# - **B.** 从来没有申请过的家庭。
# - **C.** 经办人员。
# - **D.** 没有人：误差减少对每个人都有好处。

# %% nbgrader={"grade": false, "grade_id": "q14_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
who_loses = None
### BEGIN SOLUTION
who_loses = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q14", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(who_loses, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(who_loses) == "A", L("Whose assistance depends on an income that was never checked against records before?", "谁的救助取决于一份以前从未与记录比对过的收入？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 15. Before adopting a reform
#
# Your team recommends the integrated database to Dachuan, with figures and intervals from the lab. What should come
# next, before the whole district adopts it?
#
# - **A.** Nothing: the model has shown that it works.
# - **B.** A pilot in a few towns that checks against Dachuan's own data what matters most to the recommendation:
#   take-up, real processing times, the caseworkers' workload, who loses.
# - **C.** A comparison with a neighbouring district only.
# - **D.** Raising the standard first, to see whether poverty changes.
# <!-- zh -->
# ## 15. 采用改革之前
#
# 你们团队根据实验室的数字和区间，向达川推荐统一数据库。在全区采用之前，下一步应当做什么？
#
# - **A.** 什么也不用做：模型已经证明它有效。
# - **B.** 在几个乡镇试点，用达川自己的数据检验对这项建议最重要的东西：申领率、实际办理时间、经办人员的工作量、谁受损。
# - **C.** 只与邻近区县作比较。
# - **D.** 先提高标准，看看贫困是否变化。

# %% nbgrader={"grade": false, "grade_id": "q15_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
before_adopting = None
### BEGIN SOLUTION
before_adopting = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q15", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(before_adopting, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(before_adopting) == "B", L("The model follows its rules and assumptions. What can only real cases tell you?", "模型只是按它的规则和假设运行。什么只有真实个案才能告诉你？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
