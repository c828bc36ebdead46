# %% [markdown]
# <!-- en -->
# # Module 6 assessment: the reform-scenario lab
#
# In the lab you built reforms of Dachuan's social assistance, compared them with the 2019 baseline on the same
# households and read what they do, what they cost and how sure the figures are. In this exercise you decide, on
# written-out results:
#
# 1. which reform file can be compared fairly with the baseline, and what a file says in plain words;
# 2. which changes are larger than the noise, and a 95% interval worked out by hand;
# 3. the extra spending per person lifted out of poverty, by hand, and when that figure misleads;
# 4. who pays for a reform;
# 5. which reform to try first, and your recommendation to Dachuan.
#
# **How this notebook works.** You answer with values, not code. Each answer box (a grey *cell*) shows lines like
# `fair_file = None`. Replace `None` with your answer, after the `=` sign: a number (`133.5`, no units, no commas),
# a capital letter for a choice (`"B"`, in quotes), or a small table as shown in the cell. Then run the cell (click
# it and press **Shift + Enter**) and run the *check* cell below it. If no red message appears, your answer has the
# right form; your trainer's grading checks whether it is right. A red message tells you what to change: change it
# and run both cells again. You may use a calculator or paper. Some questions are a written answer or tasks in the
# room, graded by your trainer.
#
# **The figures in this notebook are an illustrative case, invented for the exercise**: a district like the lab's
# (4,000 households over 36 months), not a run of the model.
# <!-- zh -->
# # 模块六测验：改革情景实验室
#
# 在实验室中，你设计了达川区社会救助的改革方案，在同样的家庭上把它们与2019年的基线比较，并解读了改革带来什么、要花多少钱、数字有多可靠。在本练习中，你将根据写好的结果作出判断：
#
# 1. 哪个改革文件可以与基线公平比较，一个文件用平实的语言说的是什么；
# 2. 哪些变化大于随机波动，并手算一个95%区间；
# 3. 手算每让一人脱贫增加的支出，以及这个数字什么时候会误导；
# 4. 改革的钱由谁出；
# 5. 先试哪项改革，以及你给达川区的建议。
#
# **如何使用本笔记本。** 你用数值作答，不用写代码。每个答题框（灰色的“单元格”）里有类似 `fair_file = None` 的行。把 `=` 号后面的 `None` 换成你的答案：数字（如 `133.5`，不写单位，不加逗号）、选择题的大写字母（如 `"B"`，带引号），或者按单元格中所示格式填写的小表格。然后运行这个单元格（点击它，按 **Shift + Enter**），再运行它下面的“检查”单元格。如果没有出现红色信息，说明答案的形式正确；答案是否正确由培训师评分时检查。红色信息会告诉你要改什么：改好后把两个单元格再运行一次。可以使用计算器或纸笔。有些题是简答题或课堂任务，由培训师评分。
#
# **本笔记本中的数字是为练习编写的示例**：一个与实验室相似的县区（4,000户家庭、36个月），不是模型运行的结果。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it prepares the checks.
# zh: 请先运行这个单元格：它为检查做好准备。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_table

# %% [markdown]
# <!-- en -->
# ## 1. Scenario files
#
# This is the baseline, the lab's district as it was in January 2019:
#
# ```yaml
# name: Lab district, 2019 baseline
# locality: dachuan
# start: 2019-01-01
# households: 4000
# months: 36
# seed: 1
# parameters: {}
# ```
#
# Four teams wrote a file for the same reform, one integrated database instead of 27. Each shows only the lines
# that differ from the baseline:
#
# - **A.** `seed: 2` and, under `parameters:`, `casework.integrated_database: true`
# - **B.** under `parameters:`, `casework.integrated_database: true` (everything else as the baseline)
# - **C.** `households: 2000` and, under `parameters:`, `casework.integrated_database: true`
# - **D.** `start: 2020-01-01` and, under `parameters:`, `casework.integrated_database: true`
#
# **Question 1.** Which file can be compared with the baseline so that only the rules differ, the same households
# living the same lives under both?
# <!-- zh -->
# ## 1. 情景文件
#
# 下面是基线，即2019年1月时的实验室县区：
#
# ```yaml
# name: Lab district, 2019 baseline
# locality: dachuan
# start: 2019-01-01
# households: 4000
# months: 36
# seed: 1
# parameters: {}
# ```
#
# 四个小组为同一项改革（用一个统一数据库代替27个数据库）各写了一个文件。下面只列出与基线不同的行：
#
# - **A.** `seed: 2`，以及 `parameters:` 下的 `casework.integrated_database: true`
# - **B.** `parameters:` 下的 `casework.integrated_database: true`（其他都与基线相同）
# - **C.** `households: 2000`，以及 `parameters:` 下的 `casework.integrated_database: true`
# - **D.** `start: 2020-01-01`，以及 `parameters:` 下的 `casework.integrated_database: true`
#
# **第1题。** 哪个文件可以与基线比较，使两者之间只有规则不同，而家庭相同、生活经历也相同？

# %% nbgrader={"grade": false, "grade_id": "fair_file_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
fair_file = None
### BEGIN SOLUTION
fair_file = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "fair_file_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(fair_file, "ABCD"), L('Write one letter in quotes after the = sign, e.g. fair_file = "A"', '请在 = 号后面写一个带引号的字母，例如 fair_file = "A"')
### BEGIN HIDDEN TESTS
assert chosen(fair_file) == "B", L("The seed, the number of households and the start date decide which households the district has and what happens to them: which file keeps all three?", "随机种子、家庭数和起始日期决定了县区里有哪些家庭、他们会经历什么：哪个文件三者都保持不变？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# Another team's file has these two lines under `parameters:`, and is otherwise the baseline:
#
# ```yaml
#   dibao.standard.urban: 572
#   casework.decision_deadline_days: 21
# ```
#
# **Question 2.** What does it say, in plain words?
#
# - **A.** The Dibao standard rises to 572 yuan a person a month in town and in the countryside, and the district
#   runs for 21 months.
# - **B.** The town Dibao standard rises to 572 yuan a person a month, the rural standard stays as it is, and every
#   case must be decided within 21 working days.
# - **C.** The town Dibao standard rises by 572 yuan, and 21 more caseworkers are hired.
# - **D.** The town Dibao standard rises to 572 yuan, and applicants wait at least 21 working days.
# <!-- zh -->
# 另一个小组的文件在 `parameters:` 下有这样两行，其他都与基线相同：
#
# ```yaml
#   dibao.standard.urban: 572
#   casework.decision_deadline_days: 21
# ```
#
# **第2题。** 用平实的语言说，它是什么意思？
#
# - **A.** 城镇和农村的低保标准都提高到每人每月572元，县区运行21个月。
# - **B.** 城镇低保标准提高到每人每月572元，农村标准不变，每个个案都必须在21个工作日内作出决定。
# - **C.** 城镇低保标准提高572元，并新招21名经办人员。
# - **D.** 城镇低保标准提高到572元，申请人至少要等21个工作日。

# %% nbgrader={"grade": false, "grade_id": "file_meaning_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
file_meaning = None
### BEGIN SOLUTION
file_meaning = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "file_meaning_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(file_meaning, "ABCD"), L('Write one letter in quotes after the = sign, e.g. file_meaning = "A"', '请在 = 号后面写一个带引号的字母，例如 file_meaning = "A"')
### BEGIN HIDDEN TESTS
assert chosen(file_meaning) == "B", L("Read each line's name: which standard does 'urban' change, and what does a decision deadline limit?", "读一读每一行的名称：“urban”改变的是哪个标准？审批时限限制的是什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Larger than the noise?
#
# Each reform was compared with the baseline on five districts (seeds 1 to 5). The table gives the mean change over
# the five and, in brackets, its 95% interval. *Illustrative figures.*
#
# | reform | poverty rate after assistance, change in points | spending, change in yuan a month | people lifted out | caseworkers' work per case |
# | --- | --- | --- | --- | --- |
# | **A.** one integrated database | −0.30 (−0.38 to −0.22) | +4,200 (+2,000 to +6,400) | 32 (23 to 40) | less: records are checked automatically |
# | **B.** online applications without a counter visit | −0.42 (−0.56 to −0.28) | +17,000 (+14,000 to +20,000) | 44 (29 to 59) | more: more applications to decide |
# | **C.** a decision deadline of 21 working days | −0.01 (−0.03 to +0.01) | −100 (−300 to +100) | 1 (−2 to 4) | the same, but faster: overtime when staff are short |
# | **D.** Dibao standards raised by 10% | +2.10 (+1.80 to +2.40) | +60,000 (+57,000 to +63,000) | 85 (70 to 100) | more: more households entitled |
#
# "People lifted out" counts people no longer below the **baseline's** standard after assistance. The poverty rate
# is measured against each reform's **own** standard.
#
# A change is **larger than the noise** when its 95% interval leaves out zero (both ends below zero, or both above).
#
# A fifth reform, **E.** an activation path for recipients able to work, changed the poverty rate after assistance
# on the five districts by −0.05, −0.09, −0.02, −0.08 and −0.06 points. Its interval is
#
# mean ± t × s ÷ √n
#
# with n = 5 districts, t = 2.776 (for 5 districts), s = 0.0274 (the standard deviation of the five changes, worked
# out for you) and √5 = 2.236.
#
# **Question 3.** Work out reform E's 95% interval: its low end and its high end, in points.
#
# **Question 4.** For each reform, A to E, is its change in the poverty rate after assistance larger than the
# noise? Write `"Y"` for yes and `"N"` for no.
# <!-- zh -->
# ## 2. 大于随机波动吗？
#
# 每项改革都在五个县区（随机种子1到5）上与基线作了比较。表中给出五个县区的平均变化，括号中是它的95%区间。*示例数字。*
#
# | 改革 | 救助后贫困率的变化（百分点） | 支出的变化（元/月） | 脱贫人数 | 经办人员在每个个案上的工作量 |
# | --- | --- | --- | --- | --- |
# | **A.** 一个统一数据库 | −0.30（−0.38 到 −0.22） | +4,200（+2,000 到 +6,400） | 32（23 到 40） | 减少：记录自动核对 |
# | **B.** 无需到窗口的网上申请 | −0.42（−0.56 到 −0.28） | +17,000（+14,000 到 +20,000） | 44（29 到 59） | 增加：要审批的申请更多 |
# | **C.** 21个工作日的审批时限 | −0.01（−0.03 到 +0.01） | −100（−300 到 +100） | 1（−2 到 4） | 不变，但要更快：人手不足时要加班 |
# | **D.** 低保标准提高10% | +2.10（+1.80 到 +2.40） | +60,000（+57,000 到 +63,000） | 85（70 到 100） | 增加：符合条件的家庭更多 |
#
# “脱贫人数”是救助后不再低于**基线**标准的人数。贫困率按每项改革**自己的**标准衡量。
#
# 如果一个变化的95%区间不包含零（两端都小于零，或都大于零），这个变化就**大于随机波动**。
#
# 第五项改革 **E.** 为有劳动能力的受助者提供就业促进通道，在五个县区上使救助后贫困率分别变化了 −0.05、−0.09、−0.02、−0.08 和 −0.06 个百分点。它的区间为
#
# 平均数 ± t × s ÷ √n
#
# 其中 n = 5 个县区，t = 2.776（5个县区时），s = 0.0274（五个变化的标准差，已经替你算好），√5 = 2.236。
#
# **第3题。** 计算改革E的95%区间：下限和上限各是多少个百分点。
#
# **第4题。** 改革A到E中，每一项对救助后贫困率的变化是否大于随机波动？是写 `"Y"`，否写 `"N"`。

# %% nbgrader={"grade": false, "grade_id": "interval_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: reform E's interval, low end and high end, in points (numbers; a fall is negative).
# zh: 你的答案：改革E的区间下限和上限，单位为百分点（填数字；下降写负数）。
interval_low = None
interval_high = None
### BEGIN SOLUTION
interval_low = -0.094
interval_high = -0.026
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "interval_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: both ends are numbers, the low end not above the high end. Your trainer's grading checks the values.
# zh: 检查：两端都是数字，下限不高于上限。数值是否正确由培训师评分时检查。
assert is_number(interval_low) and is_number(interval_high), L("Write each end as a number after the = sign, e.g. interval_low = -0.5", "请在 = 号后面写数字，例如 interval_low = -0.5")
assert interval_low <= interval_high, L("The low end is the mean minus the half-width, the high end the mean plus it.", "下限是平均数减去半宽，上限是平均数加上半宽。")
### BEGIN HIDDEN TESTS
assert close(interval_low, -0.094, 0.003) and close(interval_high, -0.026, 0.003), L("Mean of the five changes, then the half-width t x s / sqrt(5); the interval runs from the mean minus the half-width to the mean plus it.", "先算五个变化的平均数，再算半宽 t × s ÷ √5；区间从平均数减半宽到平均数加半宽。")
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "noise_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: "Y" or "N" after each reform's letter, e.g. {"A": "N", "B": "N", "C": "N", "D": "N", "E": "N"}.
# zh: 你的答案：在每项改革的字母后面写 "Y" 或 "N"，例如 {"A": "N", "B": "N", "C": "N", "D": "N", "E": "N"}。
beyond_noise = None
### BEGIN SOLUTION
beyond_noise = {"A": "Y", "B": "Y", "C": "N", "D": "Y", "E": "Y"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "noise_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: a "Y" or an "N" for each of the five reforms. Your trainer's grading checks them.
# zh: 检查：五项改革各有一个 "Y" 或 "N"。是否正确由培训师评分时检查。
assert is_table(beyond_noise, ["A", "B", "C", "D", "E"]), L('Write the five reforms\' letters in quotes, each with "Y" or "N": {"A": "Y", "B": "N", ...}', '请写出五项改革的字母（带引号），每个配 "Y" 或 "N"：{"A": "Y", "B": "N", ...}')
assert all(is_choice(answer, "YN") for answer in beyond_noise.values()), L('Each reform needs "Y" or "N", in quotes.', '每项改革都要配一个带引号的 "Y" 或 "N"。')
### BEGIN HIDDEN TESTS
assert [chosen(beyond_noise[letter]) for letter in ["A", "B", "C", "D"]] == ["Y", "Y", "N", "Y"], L("For each reform in the table, look at both ends of the poverty interval: are they on the same side of zero?", "对表中的每项改革，看贫困率区间的两端：它们在零的同一侧吗？")
assert chosen(beyond_noise["E"]) == "Y", L("Reform E: use the interval you worked out in question 3.", "改革E：用你在第3题中算出的区间。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. What it costs per person lifted out
#
# On seed 1, reform A gave these figures (means over the 36 months; *illustrative*):
#
# | | poverty rate after assistance | people | spending, yuan a month |
# | --- | --- | --- | --- |
# | baseline | 10.00% | 10,500 | 230,000 |
# | reform A | 9.70% | 10,500 | 234,200 |
#
# - people below the standard = poverty rate × people, in each run;
# - people lifted out = the baseline's people below the standard − the reform's;
# - extra spending per person lifted out = (the reform's spending − the baseline's) ÷ people lifted out.
#
# **Question 5.** What is reform A's extra spending per person lifted out, in yuan a month?
# <!-- zh -->
# ## 3. 每让一人脱贫要花多少钱
#
# 在随机种子1上，改革A的数字如下（36个月的平均值；*示例*）：
#
# | | 救助后贫困率 | 人口 | 支出（元/月） |
# | --- | --- | --- | --- |
# | 基线 | 10.00% | 10,500 | 230,000 |
# | 改革A | 9.70% | 10,500 | 234,200 |
#
# - 低于标准的人数 = 贫困率 × 人口，每次运行分别计算；
# - 脱贫人数 = 基线中低于标准的人数 − 改革后低于标准的人数；
# - 每让一人脱贫增加的支出 =（改革的支出 − 基线的支出）÷ 脱贫人数。
#
# **第5题。** 改革A每让一人脱贫每月增加多少支出（元）？

# %% nbgrader={"grade": false, "grade_id": "cost_per_person_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan a month per person lifted out (a number).
# zh: 你的答案：每让一人脱贫每月增加的支出（元，填一个数字）。
cost_per_person = None
### BEGIN SOLUTION
cost_per_person = 133.3
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "cost_per_person_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is a number. Your trainer's grading checks the amount (within 1 yuan, for rounding).
# zh: 检查：答案是一个数字。金额是否正确由培训师评分时检查（允许1元以内的舍入误差）。
assert is_number(cost_per_person), L("Write the amount as a number after the = sign, without units or commas, e.g. cost_per_person = 150", "请在 = 号后面写金额数字，不写单位、不加逗号，例如 cost_per_person = 150")
### BEGIN HIDDEN TESTS
assert close(cost_per_person, 133.3, 1), L("People below the standard: 10.00% and 9.70% of 10,500; people lifted out is the difference; then divide the extra spending by it.", "低于标准的人数：10,500的10.00%和9.70%；两者之差就是脱贫人数；再用增加的支出除以它。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# Reform D (standards raised by 10%) lifts 85 people above the baseline's standard for 60,000 yuan a month more:
# about 706 yuan a month each. Yet its poverty rate after assistance **rises** by 2.10 points.
#
# **Question 6.** What is the right reading?
#
# - **A.** Reform D makes poor people poorer: reject it.
# - **B.** Reform D's poverty rate is measured against its own, higher standard: the poverty line moved up, so the
#   rate rises although 85 people rise above the old standard. Compare reforms on people lifted out above the same
#   standard, and remember that the 706 yuan also pays more to every household already on Dibao.
# - **C.** Reform D is the cheapest way to lift people out of poverty.
# - **D.** The cost per person lifted out is the only figure that matters.
# <!-- zh -->
# 改革D（标准提高10%）让85人的收入超过基线标准，每月多花60,000元：每人每月约706元。但它的救助后贫困率却**上升**了2.10个百分点。
#
# **第6题。** 正确的解读是什么？
#
# - **A.** 改革D让贫困的人更穷了：应当否定它。
# - **B.** 改革D的贫困率是按它自己更高的标准衡量的：贫困线上移了，所以虽然有85人超过了原来的标准，贫困率仍然上升。比较改革时应当看按同一标准计算的脱贫人数；还要记住，这706元也包括给每一户已经享受低保的家庭多发的钱。
# - **C.** 改革D是让人脱贫最便宜的办法。
# - **D.** 每让一人脱贫的成本是唯一重要的数字。

# %% nbgrader={"grade": false, "grade_id": "poverty_line_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
reform_d_reading = None
### BEGIN SOLUTION
reform_d_reading = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_line_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(reform_d_reading, "ABCD"), L('Write one letter in quotes after the = sign, e.g. reform_d_reading = "A"', '请在 = 号后面写一个带引号的字母，例如 reform_d_reading = "A"')
### BEGIN HIDDEN TESTS
assert chosen(reform_d_reading) == "B", L("Against which standard is each reform's poverty rate measured, and what happens to that line when the standard rises?", "每项改革的贫困率是按哪个标准衡量的？标准提高时，这条线会怎样？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Who pays?
#
# Of reform B's extra spending, **10,000 yuan** a month is town Dibao and **7,000 yuan** rural Dibao. The central
# government pays about **72%** of town Dibao and **67%** of rural Dibao; local governments pay the rest (2014
# shares, `datasets/parameters/national/rules/dibao.yaml`, source SEED003).
#
# **Question 7.** How much of reform B's extra Dibao spending would the local governments pay, in yuan a month?
# <!-- zh -->
# ## 4. 钱由谁出？
#
# 改革B增加的支出中，每月 **10,000 元**是城镇低保，**7,000 元**是农村低保。中央财政负担城镇低保的约 **72%**、农村低保的约 **67%**，其余由地方财政负担（2014年的比例，见 `datasets/parameters/national/rules/dibao.yaml`，来源 SEED003）。
#
# **第7题。** 改革B增加的低保支出中，地方财政每月要负担多少元？

# %% nbgrader={"grade": false, "grade_id": "local_share_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the local governments' part, in yuan a month (a number).
# zh: 你的答案：地方财政负担的部分（元/月，填一个数字）。
local_pays = None
### BEGIN SOLUTION
local_pays = 5110
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "local_share_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is a number. Your trainer's grading checks the amount.
# zh: 检查：答案是一个数字。金额是否正确由培训师评分时检查。
assert is_number(local_pays), L("Write the amount as a number after the = sign, without units or commas, e.g. local_pays = 1000", "请在 = 号后面写金额数字，不写单位、不加逗号，例如 local_pays = 1000")
### BEGIN HIDDEN TESTS
assert close(local_pays, 5110, 20), L("Local governments pay what the central government does not: 28% of the town part and 33% of the rural part.", "地方财政负担中央财政不负担的部分：城镇部分的28%和农村部分的33%。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Which reform first?
#
# **Question 8.** A district has too few caseworkers: cases already wait long. Looking at the table of section 2,
# which reform would you try first there?
#
# - **A.** One integrated database.
# - **B.** Online applications without a counter visit.
# - **C.** A decision deadline of 21 working days.
# - **D.** Dibao standards raised by 10%.
# <!-- zh -->
# ## 5. 先试哪项改革？
#
# **第8题。** 一个县区经办人员太少：个案已经要等很久。根据第2节的表，你会在那里先试哪项改革？
#
# - **A.** 一个统一数据库。
# - **B.** 无需到窗口的网上申请。
# - **C.** 21个工作日的审批时限。
# - **D.** 低保标准提高10%。

# %% nbgrader={"grade": false, "grade_id": "first_reform_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
first_reform = None
### BEGIN SOLUTION
first_reform = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "first_reform_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(first_reform, "ABCD"), L('Write one letter in quotes after the = sign, e.g. first_reform = "A"', '请在 = 号后面写一个带引号的字母，例如 first_reform = "A"')
### BEGIN HIDDEN TESTS
assert chosen(first_reform) == "A", L("Which reform lowers poverty by more than the noise, at a modest cost, and leaves caseworkers less work per case rather than more?", "哪项改革使贫困下降且大于随机波动、花费不多，而且让经办人员在每个个案上的工作更少而不是更多？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Written answer: your recommendation to Dachuan (graded by your trainer)
#
# **Recommend one reform, or a combination, to Dachuan's civil-affairs bureau**, using the table of section 2. In a
# few sentences for each point:
#
# 1. your recommendation, and the **figures** from the table (with their intervals) that support it;
# 2. what it **costs**, who pays, and what the cost per person lifted out does and does not tell you;
# 3. **who could lose** from it, and what you would do about that;
# 4. what you would want to **know first**, before Dachuan spends the money, and how a pilot could find it out.
#
# Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 6. 简答题：你给达川区的建议（由培训师评分）
#
# **请根据第2节的表，向达川区民政局推荐一项改革，或几项改革的组合。** 每一点写几句话：
#
# 1. 你的建议，以及表中支持它的**数字**（连同区间）；
# 2. 它**要花多少钱**、由谁出钱，以及“每让一人脱贫的成本”能说明什么、不能说明什么；
# 3. 它可能让**谁受损**，你会怎么办；
# 4. 在达川区花这笔钱之前，你**首先想了解**什么，以及试点怎样能找到答案。
#
# 请在下面的单元格中作答，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "recommendation_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and rubric for trainers (6 points): 2 for point 1 (a clear recommendation, 1; figures with their
# intervals read correctly, 1), 1 for point 2 (the cost and who pays, or what the cost per person leaves out), 1 for
# point 3 (who loses and a response), 2 for point 4 (what to know first, 1; a pilot that could find it out, 1).
# Accept other recommendations if the figures are read correctly and the argument holds.*
#
# 1. **Reform A, one integrated database**, perhaps with E later. A lowers poverty after assistance by 0.30 points
#    (0.22 to 0.38), larger than the noise, and leaves caseworkers less work per case. B lowers poverty a little
#    more (0.42 points) but costs four times as much and brings more applications to decide; C's change is within
#    the noise; D raises the standard for everyone at some fourteen times A's cost.
# 2. **Cost.** About 4,200 yuan a month more on this district, some 133 yuan a month per person lifted out; the
#    central government pays most of the Dibao part, local governments the rest. The figure leaves out what A buys
#    besides (fewer errors, shorter waits) and the cost of building the database and the agreements between 27
#    agencies; with only about 30 people lifted out, it is not a precise figure.
# 3. **Who loses.** Households paid Dibao by mistake lose it when incomes are checked against shared records; some
#    may be poor in ways the records miss. Give them notice, a review by a caseworker and a route to temporary
#    assistance.
# 4. **Know first.** How good the agencies' data are, how long cases take today, and what the database costs to
#    build and run. Pilot it in a few towns against similar towns without it for a year, measuring errors,
#    processing days and complaints, before rolling it out.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分要点（6分）：第1点2分（建议明确1分；正确解读数字及其区间1分）；第2点1分（成本和由谁出钱，或每人成本没有反映的内容）；第3点1分（谁受损以及应对办法）；第4点2分（首先要了解什么1分；能找到答案的试点1分）。其他建议只要正确解读了数字、论证成立，也可接受。*
#
# 1. **改革A，一个统一数据库**，以后还可以加上E。A使救助后贫困率下降0.30个百分点（0.22到0.38），大于随机波动，而且经办人员在每个个案上的工作更少。B使贫困下降得略多（0.42个百分点），但花费是A的四倍，要审批的申请也更多；C的变化在随机波动之内；D给所有人提高标准，花费约为A的十四倍。
# 2. **成本。** 这个县区每月多花约4,200元，每让一人脱贫每月约133元；低保部分大多由中央财政负担，其余由地方财政负担。这个数字没有包括A带来的其他好处（差错更少、等候更短），也没有包括建设数据库和27个部门之间协议的费用；脱贫的只有30人左右，这个数字并不精确。
# 3. **谁受损。** 收入与共享记录核对后，被错发低保的家庭会失去低保；其中有些家庭可能以记录反映不出的方式陷入贫困。应当提前通知他们，由经办人员复核，并提供申请临时救助的渠道。
# 4. **首先要了解的。** 各部门数据的质量如何，目前办理一个个案要多久，以及建设和运行数据库的成本。先在几个乡镇试点一年，与没有试点的类似乡镇比较，测量差错、办理天数和投诉，再全面推开。
# ### END SOLUTION

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "same_households_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: why the same households? (in the room, notebook section 1)
#
# **What the participant does.** In section 1's discussion, the participant reads a scenario file aloud in plain
# words and answers the question: why compare a reform with the baseline on the same households, and not with a
# neighbouring district or with last year?
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: reads the file correctly and
# explains that with the same seed and district the same households live the same lives under both, so the
# difference comes from the rules alone, while a neighbour or last year differ in people, jobs and prices too.
# 1 point: reads the file correctly but cannot say why the same households make the comparison fair. 0 points:
# misreads the file, or does not take part.
# <!-- zh -->
# ## 培训师任务：为什么要用同样的家庭？（课堂上，笔记本第1节）
#
# **学员要做什么。** 在第1节的讨论中，学员用平实的语言把一份情景文件读出来，并回答：为什么要在同样的家庭上把改革与基线比较，而不是与邻近区县比，或与去年比？
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：正确读懂文件，并解释使用相同的随机种子和县区时，同样的家庭在两种情景下有同样的生活经历，所以差别只来自规则；而邻近区县或去年在人口、就业和物价上也都不同。1分：正确读懂文件，但说不出为什么同样的家庭使比较公平。0分：读错文件，或没有参与。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "cost_caveats_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: when the cost per person misleads (in the room, notebook section 5)
#
# **What the participant does.** After the plan's figure has been worked on the board, the participant names to
# the room one case where the cost per person lifted out misleads (a negative cost, no one lifted out, a moving
# poverty line, a few people only) and says what to look at instead; and says who pays (the central government's
# share of Dibao, the local governments' part).
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: one caveat explained with what
# to look at instead, and who pays named correctly. 1 point: a caveat named but not explained, or who pays left
# out. 0 points: takes the figure at face value, or does not take part.
# <!-- zh -->
# ## 培训师任务：每人成本什么时候会误导（课堂上，笔记本第5节）
#
# **学员要做什么。** 在白板上算完该计划的数字之后，学员向全班说出每让一人脱贫的成本会误导的一种情况（成本为负、没有人脱贫、贫困线移动、人数很少），并说明应当改看什么；再说出钱由谁出（中央财政负担的低保份额、地方财政负担的部分）。
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：解释了一种会误导的情况以及应当改看什么，并正确说出钱由谁出。1分：说出了一种情况但没有解释，或没有说出钱由谁出。0分：不加分析地接受这个数字，或没有参与。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "recommendation_presentation", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: presenting a reform (in the room, the group discussion)
#
# **What the participant does.** Each table agrees on one reform and presents it in three minutes; each participant
# presents one part: what the comparison showed (poverty, coverage, targeting errors, take-up, processing time,
# spending by programme and by level of government, with intervals), who gains and who loses, what it costs and who
# pays, and what to know first.
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: the part is read correctly
# from the comparison, with an interval or the size of a change, and tied to the recommendation. 1 point: figures
# read correctly but not tied to the recommendation, or without any sense of their uncertainty. 0 points: figures
# misread, or no part presented.
# <!-- zh -->
# ## 培训师任务：介绍一项改革（课堂上，小组讨论）
#
# **学员要做什么。** 每桌商定一项改革，用三分钟介绍；每位学员介绍其中一部分：比较结果显示了什么（贫困、覆盖面、瞄准误差、申领率、办理时间、按项目和政府层级划分的支出，连同区间），谁受益、谁受损，要花多少钱、由谁出钱，以及首先要了解什么。
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：从比较结果中正确读出自己负责的部分，给出区间或变化的大小，并与建议联系起来。1分：数字读得正确，但没有与建议联系起来，或完全没有考虑数字的不确定性。0分：读错数字，或没有介绍。

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
