# %% [markdown]
# <!-- en -->
# # Module 2 assessment: assessing and classifying need
#
# Five poor households of a village, written up after home visits. You classify them by **age and health** and by
# **depth of poverty and likelihood of leaving it**, name the need to address first, match services to needs,
# decide a case plan, and say who could deliver the services. No programming is needed.
#
# **How to answer.** Each answer goes in a grey box (a *cell*) that ends with a line like `need = None`.
#
# 1. Type your answer after the `=` sign, in place of `None`: a number (`17`, no units), a letter for a choice
#    (`"B"`, in quotes) or a filled table, as the question shows.
# 2. Run the cell: click it and press **Shift + Enter**.
# 3. Run the *check* cell just below it. A red message means the answer does not have the right form yet: read the
#    hint, correct the answer and run both cells again. No red message means the form is right; whether the answer
#    is right is decided when your trainer grades the notebook.
#
# Letters and texts go in quotes `" "`; numbers do not. The written answer goes in the box marked
# "YOUR ANSWER HERE". Only the version you hand in is graded.
# <!-- zh -->
# # 模块二测验：需求评估与分类
#
# 下面是一个村的五户贫困家庭，是入户走访后的记录。你要按**年龄和健康状况**、按**贫困程度和脱贫可能性**给它们分类，确定首先要回应的需求，把服务与需求对应起来，决定一份个案计划，并说明服务可以由谁提供。不需要编程。
#
# **怎样作答。** 每个答案填在一个灰色方框（“单元格”）里，方框最后一行形如 `need = None`。
#
# 1. 在 `=` 号后面输入答案，替换 `None`：数字（如 `17`，不写单位）、选择题的字母（如 `"B"`，带引号），或者按题目所示填好的表格。
# 2. 运行这个单元格：点击它，按 **Shift + Enter**。
# 3. 运行紧接在下面的“检查”单元格。出现红色信息，说明答案的格式还不对：看提示，改正答案，再把两个单元格都运行一次。没有红色信息，说明格式正确；答案对不对，由培训师评分时判定。
#
# 字母和文字要加引号 `" "`，数字不加。简答题写在标有“YOUR ANSWER HERE”（在此作答）的方框里。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads what the checks below use.
# zh: 请先运行这个单元格：它载入下面各项检查要用的工具。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_table

# %% [markdown]
# <!-- en -->
# ## The five households
#
# *Illustrative cases.* All live in a village of Dachuan, where the rural Dibao standard was **330 yuan** a person
# a month in 2019 (`datasets/parameters/dachuan/rules/dibao.yaml`). Income is per person per month **before**
# assistance; none of them is repaying medical costs. "Ill" means a chronic illness or a disability.
#
# | household | members (age, health) | income per person (yuan) | poor for |
# | --- | --- | --- | --- |
# | 2101 | man 86, ill; his wife 84, in good health | 100 | 30 months |
# | 2102 | father 45, in good health; mother 43, ill; children 12 and 9 | 250 | 6 months |
# | 2103 | man 35, disabled, lives alone | 200 | 8 months |
# | 2104 | man 52 and his wife 50, both in good health, out of work since a factory closed | 120 | 20 months |
# | 2105 | couple of 66 and 63, both in good health | 280 | 4 months |
# <!-- zh -->
# ## 五户家庭
#
# *示例个案。* 五户家庭都住在达川区的农村，2019年农村低保标准为每人每月 **330元**（`datasets/parameters/dachuan/rules/dibao.yaml`）。收入是**救助前**的人均月收入；各户都没有要偿还的医疗费用。“患病”指患有慢性病或有残疾。
#
# | 家庭编号 | 成员（年龄、健康状况） | 人均收入（元） | 贫困持续时间 |
# | --- | --- | --- | --- |
# | 2101 | 男86岁，患病；妻子84岁，身体健康 | 100 | 30个月 |
# | 2102 | 父亲45岁，身体健康；母亲43岁，患病；孩子12岁和9岁 | 250 | 6个月 |
# | 2103 | 男35岁，残疾，独居 | 200 | 8个月 |
# | 2104 | 男52岁和妻子50岁，都身体健康，工厂关闭后失业 | 120 | 20个月 |
# | 2105 | 66岁和63岁的夫妇，都身体健康 | 280 | 4个月 |

# %% [markdown]
# <!-- en -->
# ## 1. By age and health
#
# Go down the list and stop at the **first** line that fits the household:
#
# - **A** raising children: a child under 16 lives in the household;
# - **B** working age, able: a member aged 16 to 59 is in good health;
# - **C** working age, ill or disabled: there are members aged 16 to 59, but all of them are ill or disabled;
# - **D** older, able: everyone is 60 or older, and at least one is under 80 and in good health;
# - **E** older, frail: everyone is 60 or older, and each is ill or 80 or older.
#
# **Which class is each household?**
# <!-- zh -->
# ## 1. 按年龄和健康状况分类
#
# 从上往下看，停在**第一条**符合这户家庭的情形：
#
# - **A** 抚育子女：家中有16岁以下的孩子；
# - **B** 劳动年龄、身体健康：有一名16至59岁的成员身体健康；
# - **C** 劳动年龄、患病或残疾：有16至59岁的成员，但全部患病或残疾；
# - **D** 老年、身体健康：全家都在60岁及以上，至少一人不满80岁且身体健康；
# - **E** 老年、体弱：全家都在60岁及以上，每个人都患病或年满80岁。
#
# **每户家庭属于哪一类？**

# %% nbgrader={"grade": false, "grade_id": "age_health_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: replace None with this table, each ? replaced by a letter from A to E (keep the quotes):
# en: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
# zh: 你的答案：把 None 换成下面这个表格，每个 ? 换成A到E中的一个字母（保留引号）：
# zh: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
age_health = None
### BEGIN SOLUTION
age_health = {"2101": "E", "2102": "A", "2103": "C", "2104": "B", "2105": "D"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "age_health_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_table(age_health, ["2101", "2102", "2103", "2104", "2105"]), L("Fill in the table shown in the cell above: the five households, each once, with their numbers in quotes.", "请填写上面单元格中给出的表格：五户家庭各一次，家庭编号带引号。")
assert all(is_choice(letter, "ABCDE") for letter in age_health.values()), L("Each household needs one of the letters A to E, in quotes.", "每户家庭要填A到E中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(age_health[household]) == letter for household, letter in {"2101": "E", "2102": "A", "2103": "C", "2104": "B", "2105": "D"}.items()), L("Go down the list for each household and stop at the first line that fits; check the ages 16, 60 and 80.", "逐户从上往下看，停在第一条符合的情形；注意16岁、60岁和80岁这几个界限。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. By depth of poverty and likelihood of leaving it
#
# - **Deep** poverty: income per person is **half the standard or less**; otherwise **shallow**.
# - **Likely** to leave: at least one member of working age (16 to 59) in good health **and** poor for **12 months
#   or fewer**; otherwise **unlikely**.
#
# (The half-standard line is a choice made for this course, not a national rule.)
#
# - **A** deep, likely to leave; **B** deep, unlikely to leave; **C** shallow, likely to leave; **D** shallow,
#   unlikely to leave.
#
# **a) Which class is each household?**
#
# **b) Why does the length of the spell count?** In rural China, 37.2% of poor households leave poverty after a
# spell of one year, but only 8.6% of those poor for five years (CFPS survey: `datasets/poverty_dynamics.csv`,
# source S36). A township has **40** households poor for one year and **25** poor for five years. Taking these
# shares as each household's chance of leaving poverty in the coming year, about how many of the 65 households
# would you expect to leave it?
# <!-- zh -->
# ## 2. 按贫困程度和脱贫可能性分类
#
# - **深度**贫困：人均收入**不超过标准的一半**；否则为**浅度**贫困。
# - **容易**脱贫：至少有一名身体健康的劳动年龄（16至59岁）成员，**并且**贫困持续**不超过12个月**；否则为**难以**脱贫。
#
# （以标准的一半为界是本课程自定的，并非国家规定。）
#
# - **A** 深度、容易脱贫；**B** 深度、难以脱贫；**C** 浅度、容易脱贫；**D** 浅度、难以脱贫。
#
# **a）每户家庭属于哪一类？**
#
# **b）为什么要看贫困持续了多久？** 在中国农村，贫困一年的家庭中有37.2%能够脱贫，而贫困五年的家庭中只有8.6%（中国家庭追踪调查CFPS：`datasets/poverty_dynamics.csv`，来源S36）。某乡镇有 **40户** 贫困了一年的家庭和 **25户** 贫困了五年的家庭。把这两个比例当作每户家庭在未来一年脱贫的可能性，这65户家庭中，预计大约有多少户会脱贫？

# %% nbgrader={"grade": false, "grade_id": "poverty_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: a) Your answer: replace None with this table, each ? replaced by a letter from A to D (keep the quotes):
# en: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
# zh: a）你的答案：把 None 换成下面这个表格，每个 ? 换成A到D中的一个字母（保留引号）：
# zh: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
poverty = None
### BEGIN SOLUTION
poverty = {"2101": "B", "2102": "C", "2103": "D", "2104": "B", "2105": "D"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poverty_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_table(poverty, ["2101", "2102", "2103", "2104", "2105"]), L("Fill in the table shown in the cell above: the five households, each once, with their numbers in quotes.", "请填写上面单元格中给出的表格：五户家庭各一次，家庭编号带引号。")
assert all(is_choice(letter, "ABCD") for letter in poverty.values()), L("Each household needs one of the letters A to D, in quotes.", "每户家庭要填A到D中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(poverty[household]) == letter for household, letter in {"2101": "B", "2102": "C", "2103": "D", "2104": "B", "2105": "D"}.items()), L("Compare each income with half of 330; for the likelihood, both conditions must hold: a healthy member of working age and a spell of 12 months or fewer.", "把每户的收入与330的一半比较；判断脱贫可能性时，两个条件都要满足：有身体健康的劳动年龄成员，并且贫困不超过12个月。")
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "spell_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: b) Your answer: the number of households you expect to leave poverty in the coming year (a number).
# zh: b）你的答案：预计未来一年脱贫的家庭户数（填一个数字）。
expected_leavers = None
### BEGIN SOLUTION
expected_leavers = 17
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "spell_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_number(expected_leavers), L("Write one number, without quotes; a decimal is fine.", "请填一个数字，不加引号；可以有小数。")
### BEGIN HIDDEN TESTS
assert close(expected_leavers, 40 * 0.372 + 25 * 0.086, 1), L("Work out each group on its own (households × share), then add the two.", "两组分别计算（户数 × 比例），再把两个结果相加。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. The need to address first, and the services that answer it
#
# - **A** secure survival (cash assistance, daily care): older, frail households, and deep poverty that is unlikely
#   to end soon;
# - **B** promote development (capacity building: skills, jobs, schooling): otherwise, households raising children
#   or with an able member of working age;
# - **C** provide opportunities (social support and social inclusion): every other household.
#
# **a) Which need comes first for each household?**
#
# **b) Which need does each of these services answer?** `daily_care`: a carer visits every day to help with
# meals, washing and medicines; `skills_training`: a training course with help to find work; `after_school`:
# homework help and school fees waived for the children; `neighbour_group`: volunteers and a weekly activity group
# at the community centre, so that someone living alone is not cut off.
# <!-- zh -->
# ## 3. 首先要回应的需求，以及回应需求的服务
#
# - **A** 保障生存（现金救助、日常照料）：老年体弱的家庭，以及难以在短期内摆脱的深度贫困；
# - **B** 促进发展（能力建设：技能、就业、子女教育）：不属于上一条，且是抚育子女或有身体健康的劳动年龄成员的家庭；
# - **C** 提供机会（社会支持与社会融入）：其他所有家庭。
#
# **a）每户家庭首先要回应哪种需求？**
#
# **b）下面每项服务回应的是哪种需求？** `daily_care`：护理员每天上门，帮助做饭、洗漱和服药；`skills_training`：技能培训课程，并帮助找工作；`after_school`：为孩子提供课后作业辅导并减免学费；`neighbour_group`：志愿者探访和社区中心每周的活动小组，让独居的人不与外界隔绝。

# %% nbgrader={"grade": false, "grade_id": "need_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: a) Your answer: replace None with this table, each ? replaced by A, B or C (keep the quotes):
# en: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
# zh: a）你的答案：把 None 换成下面这个表格，每个 ? 换成A、B或C（保留引号）：
# zh: {"2101": "?", "2102": "?", "2103": "?", "2104": "?", "2105": "?"}
need = None
### BEGIN SOLUTION
need = {"2101": "A", "2102": "B", "2103": "C", "2104": "A", "2105": "C"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "need_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_table(need, ["2101", "2102", "2103", "2104", "2105"]), L("Fill in the table shown in the cell above: the five households, each once, with their numbers in quotes.", "请填写上面单元格中给出的表格：五户家庭各一次，家庭编号带引号。")
assert all(is_choice(letter, "ABC") for letter in need.values()), L("Each household needs one of the letters A, B or C, in quotes.", "每户家庭要填A、B、C中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(need[household]) == letter for household, letter in {"2101": "A", "2102": "B", "2103": "C", "2104": "A", "2105": "C"}.items()), L("Use your answers to questions 1 and 2, and read the lines in order: survival first, then development, then opportunity.", "用第1题和第2题的答案，按顺序看：先看保障生存，再看促进发展，最后是提供机会。")
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "services_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: b) Your answer: replace None with this table, each ? replaced by A, B or C (keep the quotes):
# en: {"daily_care": "?", "skills_training": "?", "after_school": "?", "neighbour_group": "?"}
# zh: b）你的答案：把 None 换成下面这个表格，每个 ? 换成A、B或C（保留引号）：
# zh: {"daily_care": "?", "skills_training": "?", "after_school": "?", "neighbour_group": "?"}
service_need = None
### BEGIN SOLUTION
service_need = {"daily_care": "A", "skills_training": "B", "after_school": "B", "neighbour_group": "C"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "services_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_table(service_need, ["daily_care", "skills_training", "after_school", "neighbour_group"]), L("Fill in the table shown in the cell above: the four services, each once, in quotes.", "请填写上面单元格中给出的表格：四项服务各一次，都带引号。")
assert all(is_choice(letter, "ABC") for letter in service_need.values()), L("Each service needs one of the letters A, B or C, in quotes.", "每项服务要填A、B、C中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(service_need[service]) == letter for service, letter in {"daily_care": "A", "skills_training": "B", "after_school": "B", "neighbour_group": "C"}.items()), L("Read the services named in brackets after each need.", "看每种需求后面括号里列出的服务。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. A case plan for household 2104
#
# The rules name **survival** first for household 2104, although both members are of working age and in good
# health. **Which plan do you decide on?**
#
# - **A** Dibao only, and a review in a year when eligibility is checked again.
# - **B** Dibao now, with employment support for both (job placement, skills training), and a review in 6 months.
# - **C** No Dibao: they can work, so refer them to the employment service only.
# - **D** Apply for support for the extreme poor (特困人员救助供养) instead of Dibao.
# <!-- zh -->
# ## 4. 2104号家庭的个案计划
#
# 按规则，2104号家庭首先需要**保障生存**，尽管夫妻二人都是身体健康的劳动年龄成员。**你会决定哪一份计划？**
#
# - **A** 只发低保，一年后复核资格时再复核计划。
# - **B** 现在就发低保，同时为两人提供就业支持（职业介绍、技能培训），6个月后复核。
# - **C** 不发低保：他们有劳动能力，只转介到就业服务机构。
# - **D** 申请特困人员救助供养，而不是低保。

# %% nbgrader={"grade": false, "grade_id": "plan_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：一个字母，A、B、C或D，带引号。
plan_2104 = None
### BEGIN SOLUTION
plan_2104 = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "plan_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_choice(plan_2104, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填A、B、C、D中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert chosen(plan_2104) == "B", L("The rules name the need to meet first, not the only one: what would help this couple leave Dibao, not only live on it, and when would you look again?", "规则给出的是首先要回应的需求，而不是唯一的需求：什么能帮助这对夫妇摆脱低保，而不只是靠低保生活？你会在什么时候再看一次？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Does the classification predict what follows?
#
# *Illustrative case.* A town classified its 100 poor households and looked again 24 months later:
#
# | class | households | no longer poor after 24 months |
# | --- | --- | --- |
# | likely to leave | 40 | 22 |
# | unlikely to leave | 60 | 12 |
#
# **a)** By how many **percentage points** was the share that left higher among the households classed "likely"
# than among those classed "unlikely"?
#
# **b)** What do you conclude?
#
# - **A** The classification is useful for choosing services: keep it, and check it again on more households.
# - **B** The classification is wrong, because some households classed "unlikely" left poverty.
# - **C** Every household classed "likely" will leave poverty within 24 months.
# <!-- zh -->
# ## 5. 分类能预测后来的情况吗？
#
# *示例个案。* 某镇把100户贫困家庭分了类，24个月后再看：
#
# | 类别 | 户数 | 24个月后不再贫困的户数 |
# | --- | --- | --- |
# | 容易脱贫 | 40 | 22 |
# | 难以脱贫 | 60 | 12 |
#
# **a）** 被归为“容易脱贫”的家庭中脱贫的比例，比“难以脱贫”的家庭高出多少个**百分点**？
#
# **b）** 你得出什么结论？
#
# - **A** 这个分类对选择服务有用：继续使用，并用更多家庭再检验。
# - **B** 这个分类是错的，因为有些被归为“难以脱贫”的家庭也脱贫了。
# - **C** 每一户被归为“容易脱贫”的家庭都会在24个月内脱贫。

# %% nbgrader={"grade": false, "grade_id": "follows_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: a) the difference in percentage points (a number); b) one letter, A, B or C, in quotes.
# zh: 你的答案：a）相差的百分点数（填一个数字）；b）一个字母，A、B或C，带引号。
difference_points = None
conclusion = None
### BEGIN SOLUTION
difference_points = 35
conclusion = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "follows_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answers.
# zh: 检查答案的格式。
assert is_number(difference_points), L("a) Write one number, without quotes or a % sign.", "a）请填一个数字，不加引号，也不加%号。")
assert is_choice(conclusion, "ABC"), L("b) Write one of the letters A, B or C, in quotes.", "b）请填A、B、C中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert close(difference_points, 100 * 22 / 40 - 100 * 12 / 60, 0.5), L("a) Work out the share that left in each class as a percentage of that class's households, then subtract.", "a）先算出每一类中脱贫家庭占该类户数的百分比，再相减。")
assert chosen(conclusion) == "A", L("b) A class gives chances over many households, not a forecast for one family.", "b）分类给出的是大量家庭的概率，而不是对某一户家庭的预测。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Who delivers the services?
#
# In Taicang (Jiangsu), more than 10 of about 80 day-care centres for older people are run by social organisations
# under government contract, on government premises, and residents over 80 hold an 80-yuan monthly voucher for home
# care or day-centre places (IDS/LSE blog, source SEED002 in `datasets/sources.csv`).
#
# Your district contracts a social organisation to run a day-care centre for the older people of households like
# 2101. **What must the government still do itself?**
#
# - **A** Cook the meals and run the daily activities.
# - **B** Set the standards, assess who is entitled to the service, and supervise its quality.
# - **C** Recruit and train the volunteers.
# - **D** Nothing: the contract covers everything.
# <!-- zh -->
# ## 6. 服务由谁来提供？
#
# 在江苏太仓，约80个老年人日间照料中心中，有10多个由社会组织承接政府购买服务运营，场地由政府提供；80岁以上老人每月有80元服务券，可用于居家照护或日间照料（IDS/LSE博客，`datasets/sources.csv`中的来源SEED002）。
#
# 你所在的区通过政府购买服务，委托一家社会组织为2101号这样的家庭中的老人运营日间照料中心。**政府仍须自己做什么？**
#
# - **A** 做饭，组织日常活动。
# - **B** 制定标准，评估谁有资格享受服务，并监管服务质量。
# - **C** 招募和培训志愿者。
# - **D** 什么都不用做：合同已经涵盖一切。

# %% nbgrader={"grade": false, "grade_id": "provider_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：一个字母，A、B、C或D，带引号。
government_keeps = None
### BEGIN SOLUTION
government_keeps = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "provider_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check the form of your answer.
# zh: 检查答案的格式。
assert is_choice(government_keeps, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填A、B、C、D中的一个字母，带引号。")
### BEGIN HIDDEN TESTS
assert chosen(government_keeps) == "B", L("A contract can hand over the work, but not the responsibility: who decides who is entitled, and who makes sure the service is good?", "合同可以把具体工作交出去，但责任交不出去：谁来决定谁有资格，谁来保证服务的质量？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 7. Written answer: a case plan (graded by your trainer)
#
# A rural family of four, visited last week. The father, 41, has had a chronic back illness for two years and has
# been out of work for 18 months. The mother, 38, is in good health and earns about 600 yuan a month doing seasonal
# farm work. Their son is 13, their daughter 8. The family has no other income and has been poor for 18 months.
# The rural standard is 330 yuan a person a month.
#
# **Write a short case plan for this family:**
#
# 1. the two classes and the need the rules give, and whether you agree (say why);
# 2. the services you would arrange, and who could provide them (government, a social organisation under contract,
#    volunteers, the community);
# 3. two goals you could check at the review;
# 4. when you would review the plan, and why.
#
# A few sentences for each point; write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 7. 简答题：个案计划（由培训师评分）
#
# 一户四口之家，住在农村，上周进行了入户走访。父亲41岁，两年来患有慢性腰病，已经失业18个月。母亲38岁，身体健康，打季节性农工，每月收入约600元。儿子13岁，女儿8岁。家里没有其他收入，已经贫困18个月。农村低保标准为每人每月330元。
#
# **请为这个家庭写一份简短的个案计划：**
#
# 1. 按规则得出的两种类别和服务需求，以及你是否同意（说明理由）；
# 2. 你会安排哪些服务，可以由谁提供（政府、承接政府购买服务的社会组织、志愿者、社区）；
# 3. 两个可以在复核时检查的目标；
# 4. 你会在什么时候复核这份计划，为什么。
#
# 每一点写几句话，写在下面的单元格中，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "case_plan_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer.*
#
# 1. **Classes and need.** Income is 600 ÷ 4 = 150 yuan a person, half the standard or less: **deep** poverty. The
#    mother is a healthy adult of working age, but the family has been poor for 18 months, more than 12: **unlikely
#    to leave**. With children of 13 and 8 the family is **raising children**. The rules give **secure survival**
#    first (deep and unlikely to leave). I agree that the basic living comes first, but the family also has a clear
#    **development** need: the children's schooling and the mother's and, with treatment, the father's work.
# 2. **Services.** Dibao (the gap of 180 yuan a person, 720 yuan a month) and medical assistance for the father's
#    treatment, from the civil-affairs system; employment support for the mother (skills training, steadier work)
#    from the employment service or a social organisation under contract; school support for the children (fee
#    waivers, after-school help) with the school and community volunteers.
# 3. **Goals.** The father has seen a doctor and follows a treatment plan within 3 months; the mother has steadier
#    work or a training place within 6 months; both children are still in school at the review.
# 4. **Review** in 6 months, and in any case within the year, when Dibao eligibility is checked again: income may
#    change quickly if the mother finds steadier work, and a long spell makes it important to check the plan works.
#
# *Rubric (6 points):* 2 for point 1 (1 for the classes and need, 1 for a reasoned view on them); 2 for point 2
# (services that fit the needs, each with a plausible provider); 1 for goals that can be checked; 1 for a review
# date within a year, with a reason. Accept other reasoned plans.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *参考答案。*
#
# 1. **类别和需求。** 人均收入 600 ÷ 4 = 150 元，不超过标准的一半：**深度**贫困。母亲是身体健康的劳动年龄成年人，但家庭已经贫困18个月，超过12个月：**难以脱贫**。家里有13岁和8岁的孩子，属于**抚育子女**家庭。按规则，首先需要**保障生存**（深度贫困且难以脱贫）。我同意先保障基本生活，但这个家庭也有明显的**促进发展**需求：孩子的教育，母亲的就业，以及父亲经过治疗后的就业。
# 2. **服务。** 由民政部门提供低保（每人补差180元，每月720元）和父亲治疗的医疗救助；由就业服务机构或承接政府购买服务的社会组织为母亲提供就业支持（技能培训、更稳定的工作）；与学校和社区志愿者一起为孩子提供学业支持（减免费用、课后辅导）。
# 3. **目标。** 3个月内父亲已经就医并按治疗方案治疗；6个月内母亲有了更稳定的工作或培训名额；复核时两个孩子都还在上学。
# 4. **复核**：6个月后复核，无论如何要在一年之内（低保每年复核资格时）：母亲如果找到更稳定的工作，收入可能很快变化；贫困持续时间长，更需要检查计划是否见效。
#
# *评分要点（6分）：* 第1点2分（类别和需求1分，对其有理有据的看法1分）；第2点2分（服务与需求相符，且每项都有合理的提供方）；可检查的目标1分；一年之内的复核日期并说明理由1分。其他有理有据的计划也可接受。
# ### END SOLUTION

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "case_plan_presentation", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: present a case plan (in the room)
#
# In the case-plan exercise, each pair presents its plan for one household of the notebook in two minutes: the
# needs, the services, one goal for each, and the review date. Each participant presents at least one part and
# answers one question from the room.
#
# *Rubric (2 points):* 2: needs, services, checkable goals and a review date within a year that hang together, and
# the plan goes beyond cash where the household needs it; 1: a plan with a part missing (no goal that can be
# checked, or no review date), or cash alone where more is needed; 0: no plan.
# <!-- zh -->
# ## 培训师现场评分：汇报个案计划
#
# 在个案计划练习中，每组用两分钟汇报为笔记本中一户家庭制定的计划：需求、服务、每项服务的目标，以及复核日期。每位学员至少汇报其中一部分，并回答一个现场提问。
#
# *评分标准（2分）：* 2分：需求、服务、可检查的目标和一年之内的复核日期前后一致，家庭需要时计划不只停留在发放现金；1分：计划缺少一部分（没有可检查的目标或没有复核日期），或者需要更多帮助时只给现金；0分：没有计划。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "what_follows_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: what follows in the simulation (in the room)
#
# After part 3 of the notebook, each table reports whether the households classed "likely to leave" left poverty
# more often than the "unlikely" in its run, by how much, and what that means for one family. Every participant
# answers one follow-up question, for example "where does a development service make the most difference?".
#
# *Rubric (2 points):* 2: compares the shares that left by class with the numbers of the run, and says that a class
# gives chances over many households, not a forecast for one family; 1: one of the two; 0: neither.
# <!-- zh -->
# ## 培训师现场评分：模拟中后来的情况
#
# 完成笔记本第3部分后，每桌汇报：在自己的模拟中，被归为“容易脱贫”的家庭是否比“难以脱贫”的家庭更常脱贫，高出多少，这对某一户家庭意味着什么。每位学员回答一个追问，例如：“发展类服务在哪里作用最大？”
#
# *评分标准（2分）：* 2分：用模拟结果中的数字比较各类别的脱贫比例，并指出分类给出的是大量家庭的概率，而不是对某一户家庭的预测；1分：只做到其中一点；0分：都没有做到。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "providers_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: who delivers the services (in the room)
#
# In the group discussion, starting from Taicang, each participant names one service from their case plan that a
# social organisation, a charity or volunteers could provide, and what the government must still guarantee for it.
#
# *Rubric (2 points):* 2: a service with a fitting provider, and what the government keeps (funding or premises,
# eligibility assessment, quality standards, supervision); 1: a fitting provider without what the government keeps,
# or the reverse; 0: neither.
# <!-- zh -->
# ## 培训师现场评分：服务由谁来提供
#
# 小组讨论从太仓的做法谈起，每位学员说出自己个案计划中可以由社会组织、慈善组织或志愿者提供的一项服务，以及政府对这项服务仍须保障什么。
#
# *评分标准（2分）：* 2分：说出一项服务及合适的提供方，并说明政府仍须保障的内容（资金或场地、资格评估、质量标准、监管）；1分：只说出合适的提供方而没有说明政府的责任，或者相反；0分：都没有。

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
