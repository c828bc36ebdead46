# %% [markdown]
# <!-- en -->
# # Knowledge check: learning from EU models
#
# You answer this check twice: at the start of the workshop, and again at its end. At the start, nobody expects
# you to know the answers: give your best guess. The difference between your two scores shows what the day taught
# you, and your trainer sees which questions the whole room found hard. There are 13 short questions and ten
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
# # 知识测验：借鉴欧盟经验
#
# 这份测验你要做两次：培训班开始时做一次，结束时再做一次。开始时，没有人要求你知道答案：请尽量猜一猜。两次得分之差，
# 反映你这一天学到了什么；培训师也能看出全班哪些题觉得难。共 13 道小题，时间十分钟：按顺序能答多少答多少，
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
from simulation.grading.checks import close, is_number, is_choice, chosen, is_id_list, same_ids, is_table

# %% [markdown]
# <!-- en -->
# ## 1. Comparing generosity across countries
#
# Germany pays a single adult 563 euro a month; Dachuan's urban Dibao standard is 520 yuan. What is the fair way to
# compare how generous two minimum-income schemes are?
#
# - **A.** Convert both amounts into one currency at the exchange rate.
# - **B.** Compare each amount as a share of its own country's (or district's) median income.
# - **C.** Compare the number of people each scheme pays.
# - **D.** Compare what each scheme spends in all.
# <!-- zh -->
# ## 1. 跨国比较保障水平
#
# 德国为单身成年人每月支付563欧元；达川城镇低保标准为520元。比较两个最低收入保障制度的保障水平，合理的方法是什么？
#
# - **A.** 按汇率把两个金额换算成同一种货币。
# - **B.** 看每个金额各占本国（本地）收入中位数的比例。
# - **C.** 比较每个制度救助的人数。
# - **D.** 比较每个制度的总支出。

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
fair_comparison = None
### BEGIN SOLUTION
fair_comparison = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(fair_comparison, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(fair_comparison) == "B", L("A level only means something against the incomes and prices of the place where it is paid.", "一个标准只有放在发放地的收入和物价中看才有意义。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Dibao as a share of the median income
#
# The rule: **share of the median = standard ÷ median income per person × 100** (in %).
#
# Dachuan's urban Dibao standard in 2019 was **520 yuan** a person a month
# (datasets/parameters/dachuan/rules/dibao.yaml, the SPRP mission report of January 2019). The median income per person of Dazhou's town residents, to which
# Dachuan belongs, was about **2,473 yuan** a month in 2019 (datasets/china_household_income.csv, derived from
# Dazhou's and the national statistics, sources S100 and S99). What share of the local median is the urban standard,
# in %? One decimal is enough.
# <!-- zh -->
# ## 2. 低保标准占收入中位数的比例
#
# 规则：**占中位数的比例 = 标准 ÷ 人均收入中位数 × 100**（%）。
#
# 2019年达川城镇低保标准为每人每月 **520 元**（datasets/parameters/dachuan/rules/dibao.yaml，2019年1月中欧社保项目考察报告）。
# 达川所属的达州市城镇居民人均收入中位数2019年约为每月 **2,473 元**（datasets/china_household_income.csv，根据达州和全国统计数据推算，
# 来源S100和S99）。城镇低保标准占当地收入中位数的百分之多少？保留一位小数即可。

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the standard as a share of the median income, in % (a number).
# zh: 你的答案：标准占收入中位数的比例（%），填一个数字。
dibao_share_of_median = None
### BEGIN SOLUTION
dibao_share_of_median = 21.0
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(dibao_share_of_median), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(dibao_share_of_median, 21.0, 0.5), L("Divide the standard by the median, then multiply by 100: the result is a share in %, well below 100.", "用标准除以中位数，再乘以100：结果是一个百分比，远小于100。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. The offices people deal with
#
# Which office runs each scheme? Give each row a letter: **A** the Jobcenters, **B** Kela, the national insurance
# institution, **C** municipal social-welfare centres, with Social Integration Centres, **D** the street and town
# service centres, with the civil-affairs bureau.
#
# | row | scheme |
# | --- | --- |
# | germany | Bürgergeld, Germany's basic income support |
# | poland | Poland's social assistance |
# | finland | Finland's basic social assistance (since 2017) |
# | dachuan | Dibao in Dachuan |
#
# Answer as `{"germany": "...", "poland": "...", "finland": "...", "dachuan": "..."}`.
# <!-- zh -->
# ## 3. 群众打交道的办事机构
#
# 每个制度由哪个机构实施？请为每一行填一个字母：**A** 就业中心，**B** 芬兰国家社会保险机构Kela，**C** 市镇社会福利中心及社会融入中心，
# **D** 街道和乡镇服务中心以及民政局。
#
# | 行 | 制度 |
# | --- | --- |
# | germany | 德国的基本收入保障（Bürgergeld） |
# | poland | 波兰的社会救助 |
# | finland | 芬兰的基本社会救助（2017年起） |
# | dachuan | 达川的低保 |
#
# 按 `{"germany": "...", "poland": "...", "finland": "...", "dachuan": "..."}` 的格式作答。

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: replace None with this table, one letter in each empty pair of quotes:
# en: {"germany": "", "poland": "", "finland": "", "dachuan": ""}
# zh: 你的答案：把 None 换成下面的表格，在每一对空引号里填一个字母：
# zh: {"germany": "", "poland": "", "finland": "", "dachuan": ""}
who_runs_it = None
### BEGIN SOLUTION
who_runs_it = {"germany": "A", "poland": "C", "finland": "B", "dachuan": "D"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert is_table(who_runs_it, ['germany', 'poland', 'finland', 'dachuan']) and all(is_choice(letter, "ABCD") for letter in who_runs_it.values()), L("Fill every row (germany, poland, finland, dachuan) with one of the letters A, B, C or D, in quotes.", "请为每一行（germany、poland、finland、dachuan）填写A、B、C、D中的一个字母，加英文引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(who_runs_it[row]) == letter for row, letter in {"germany": "A", "poland": "C", "finland": "B", "dachuan": "D"}.items()), L("Each office appears once. Think of where a person in each country goes to claim.", "每个机构只出现一次。想一想在每个国家，申请救助的人要到哪里去。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Entitled, but not claiming
#
# In France, how many of the households entitled to the minimum income (RSA) did not claim it in 2018?
#
# - **A.** Almost none: fewer than 1 in 20.
# - **B.** About one in three.
# - **C.** About two in three.
# - **D.** Nine in ten.
# <!-- zh -->
# ## 4. 符合条件却没有申领
#
# 2018年，法国符合最低收入（RSA）领取条件的家庭中，有多少没有申领？
#
# - **A.** 几乎没有：不到二十分之一。
# - **B.** 约三分之一。
# - **C.** 约三分之二。
# - **D.** 十分之九。

# %% nbgrader={"grade": false, "grade_id": "q04_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
france_non_take_up = None
### BEGIN SOLUTION
france_non_take_up = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(france_non_take_up, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(france_non_take_up) == "B", L("The module's first section gives the figure, from France's own measurement (DREES, source S61).", "模块第1节给出了这个数字，来自法国自己的测算（DREES，来源S61）。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Carrying Germany's level over by the share of the median
#
# Germany pays a single adult **563 euro** a month (2024; datasets/eu_minimum_income.csv, source S58), and Germany's
# median income is about **2,302 euro** a month (datasets/parameters/eu/germany.yaml, derived from source S57).
#
# The rule: **level here = (level at home ÷ median income at home) × local median income**.
#
# What would a single adult in Dachuan's towns get, in yuan a month, if Germany's level were carried over at the same
# share of the median income? Use the local median of question 2 (2,473 yuan).
# <!-- zh -->
# ## 5. 按收入中位数比例移植德国的标准
#
# 德国为单身成年人每月支付 **563 欧元**（2024年；datasets/eu_minimum_income.csv，来源S58），德国的收入中位数约为每月 **2,302 欧元**
# （datasets/parameters/eu/germany.yaml，根据来源S57推算）。
#
# 规则：**本地标准 =（本国标准 ÷ 本国收入中位数）× 本地收入中位数**。
#
# 如果按相同的收入中位数比例把德国的标准移植到达川，达川城镇的单身成年人每月能得到多少元？本地收入中位数用第2题的数字（2,473元）。

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: a single adult's level in Dachuan's towns, in yuan a month (a number).
# zh: 你的答案：达川城镇单身成年人的标准（元/月），填一个数字。
german_level_here = None
### BEGIN SOLUTION
german_level_here = 605
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(german_level_here), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(german_level_here, 605, 12), L("First find Germany's level as a share of its median, then take that share of Dachuan's median, in yuan.", "先算出德国标准占德国收入中位数的比例，再用这个比例乘以达川的收入中位数（元）。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. A family under Germany's weights
#
# At the **local standard**, a single adult gets exactly the Dibao standard (520 yuan in town), and only the scheme's
# design travels. A family's amount, when it has no income:
#
# **family's amount = single adult's level × (the sum of the members' weights)**: the first member, each further adult
# and each child has a weight.
#
# Germany's weights (datasets/parameters/eu/germany.yaml, derived from the 2024 rates of source S58): first member
# **1**, each further adult **0.798**, each child **0.634**.
#
# *Case (illustrative):* a couple with one child of 3, in town, with no income. What would they get a month under
# Germany's design at the local standard, in yuan?
# <!-- zh -->
# ## 6. 按德国权重计算一户家庭
#
# 按**本地标准**移植时，单身成年人得到的正好是低保标准（城镇520元），移植过来的只是制度的设计。一户没有收入的家庭能得到的金额：
#
# **家庭金额 = 单身成年人的标准 ×（第一名成员的权重 + 每增加一名成年人的权重 + 每名儿童的权重）**
#
# 德国的权重（datasets/parameters/eu/germany.yaml，根据来源S58的2024年标准推算）：第一名成员 **1**，每增加一名成年人 **0.798**，每名儿童 **0.634**。
#
# *个案（示例）：* 住在城镇的一对夫妇和一个3岁的孩子，没有收入。按本地标准、采用德国的设计，他们每月能得到多少元？

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the family's monthly amount in yuan (a number).
# zh: 你的答案：这户家庭每月的金额（元），填一个数字。
german_weights_family = None
### BEGIN SOLUTION
german_weights_family = 1264.6
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(german_weights_family), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(german_weights_family, 1264.6, 2), L("Add the three members' weights first, then multiply by 520 yuan.", "先把三名成员的权重加起来，再乘以520元。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 7. Which design gives a family of four the most?
#
# A couple with two children, in town, with no income, at the local standard (a single adult gets 520 yuan). The
# weights: Dibao counts **every member as a whole standard** (1 each); Germany **1, 0.798** for the second adult and
# **0.634** for each child; Poland **0.773** for every member of a family (600 of 776 zloty, source S64). Which
# gives this family the most a month?
#
# - **A.** Dibao.
# - **B.** Germany's design.
# - **C.** Poland's design.
# - **D.** All three give the same.
# <!-- zh -->
# ## 7. 哪种设计给四口之家的最多？
#
# 住在城镇的一对夫妇和两个孩子，没有收入，按本地标准计算（单身成年人得到520元）。权重：低保为**每位成员都给一个完整的标准**（各为1）；
# 德国第一名成员 **1**，第二名成年人 **0.798**，每名儿童 **0.634**；波兰家庭中每位成员 **0.773**（776兹罗提中的600，来源S64）。
# 哪一种每月给这户家庭的最多？
#
# - **A.** 低保。
# - **B.** 德国的设计。
# - **C.** 波兰的设计。
# - **D.** 三者一样多。

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
most_for_family = None
### BEGIN SOLUTION
most_for_family = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(most_for_family, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(most_for_family) == "A", L("Add each design's weights for the four members and compare the sums.", "把每种设计四名成员的权重加起来，比较总和。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 8. Why not the exchange rate?
#
# Converted at the exchange rate, Germany's 563 euro would be about 4,400 yuan a month. Why would that mislead a
# reform in Dachuan?
#
# - **A.** Because exchange rates change every day, so the figure is out of date.
# - **B.** Because it would give less than Dibao.
# - **C.** Because it would be almost twice a typical town resident's income in Dachuan: a benefit above what most
#   working people earn. Prices and incomes differ far more than the exchange rate says.
# - **D.** Because euros cannot be paid in China.
# <!-- zh -->
# ## 8. 为什么不能按汇率换算？
#
# 按汇率换算，德国的563欧元约合每月4,400元。为什么这会误导达川的改革？
#
# - **A.** 因为汇率每天都在变，这个数字已经过时。
# - **B.** 因为这样得到的金额比低保还少。
# - **C.** 因为它几乎是达川城镇居民典型收入的两倍：救助金会高于大多数劳动者的收入。各国之间的物价和收入差距远远大于汇率所反映的差距。
# - **D.** 因为在中国不能用欧元支付。

# %% nbgrader={"grade": false, "grade_id": "q08_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
exchange_rate = None
### BEGIN SOLUTION
exchange_rate = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(exchange_rate, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(exchange_rate) == "C", L("Compare 4,400 yuan with the local median income of question 2.", "把4,400元与第2题的当地收入中位数比一比。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 9. Finding the exclusion errors
#
# An **exclusion error** is an entitled household that receives nothing; an **inclusion error** is a household that
# receives the benefit although it is not entitled.
#
# *Case (illustrative):* six households of a village after a reform.
#
# | household | entitled under the rules? | receives the benefit? |
# | --- | --- | --- |
# | 2101 | yes | yes |
# | 2102 | yes | no |
# | 2103 | no | yes |
# | 2104 | no | no |
# | 2105 | yes | no |
# | 2106 | yes | yes |
#
# Which households are **exclusion errors**? Give their numbers in a list.
# <!-- zh -->
# ## 9. 找出漏保
#
# **漏保**是指符合条件却什么也没领到的家庭；**错保**是指不符合条件却领取了救助的家庭。
#
# *个案（示例）：* 改革后一个村的六户家庭。
#
# | 家庭 | 按规定符合条件？ | 领取救助？ |
# | --- | --- | --- |
# | 2101 | 是 | 是 |
# | 2102 | 是 | 否 |
# | 2103 | 否 | 是 |
# | 2104 | 否 | 否 |
# | 2105 | 是 | 否 |
# | 2106 | 是 | 是 |
#
# 哪些家庭属于**漏保**？把它们的编号写成一个列表。

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the household numbers, in square brackets.
# zh: 你的答案：家庭编号，写在方括号里。
exclusion_errors = None
### BEGIN SOLUTION
exclusion_errors = [2102, 2105]
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_id_list(exclusion_errors), L("Write the household numbers in square brackets, separated by commas; [] if there are none.", "请把家庭编号写在方括号里，用逗号隔开；如果一户也没有，就写 []。")
### BEGIN HIDDEN TESTS
assert same_ids(exclusion_errors, [2102, 2105]), L("Look for the households that are entitled and receive nothing; a household paid by mistake is the other kind of error.", "找出符合条件却没有领到救助的家庭；不该领而领了的，是另一种误差。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 10. The change in take-up
#
# **Take-up** = entitled households that have applied or receive ÷ all entitled households × 100 (in %).
#
# *Case (illustrative):* in a town, **50** households are entitled. Under Dibao as it is, **30** of them have applied
# or receive. Under an EU scheme that brings online applications without a counter visit, **38** of the same 50 do.
# By how many percentage points does take-up change? (A rise is a positive number, a fall a negative one.)
# <!-- zh -->
# ## 10. 申领率的变化
#
# **申领率** = 已申请或正在领取的符合条件家庭 ÷ 全部符合条件的家庭 × 100（%）。
#
# *个案（示例）：* 一个镇有 **50** 户家庭符合条件。按现行低保，其中 **30** 户已申请或正在领取。换成一个带有网上申请、无需到窗口的欧盟制度后，
# 同样这50户中有 **38** 户已申请或正在领取。申领率变化了多少个百分点？（上升写正数，下降写负数。）

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the change in take-up, in percentage points (a number).
# zh: 你的答案：申领率的变化（百分点），填一个数字。
take_up_change = None
### BEGIN SOLUTION
take_up_change = 16
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(take_up_change), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(take_up_change, 16, 0.5), L("Work out take-up in % under each scheme, then subtract the first from the second.", "分别算出两种制度下的申领率（%），再用后者减去前者。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 11. Who gains and who loses
#
# Carried over at Germany's share of the median income, Germany's level would be **605 yuan** in Dachuan's towns and
# **228 yuan** in its countryside, against Dibao standards of **520** and **330** (the module 5 notebook, section 2).
# Which households would most likely lose if Dachuan switched to it?
#
# - **A.** Town households.
# - **B.** Rural households.
# - **C.** Nobody: a share of the median is always fair.
# - **D.** Every household loses the same.
# <!-- zh -->
# ## 11. 谁受益，谁受损
#
# 按德国标准占收入中位数的比例移植，德国的标准在达川城镇是 **605 元**，在农村是 **228 元**；低保标准分别是 **520 元**和 **330 元**
# （模块五笔记本第2节）。如果达川改用这个标准，哪些家庭最可能受损？
#
# - **A.** 城镇家庭。
# - **B.** 农村家庭。
# - **C.** 没有人：按中位数比例总是公平的。
# - **D.** 每户家庭受损一样多。

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
who_loses_rural = None
### BEGIN SOLUTION
who_loses_rural = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(who_loses_rural, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(who_loses_rural) == "B", L("Compare each new level with the Dibao standard it replaces, in town and in the countryside.", "把城镇和农村的新标准分别与它所取代的低保标准比一比。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 12. A delivery feature for Dachuan
#
# In 2019 Dachuan's centres gathered the results of **27 agencies' databases by hand**, in about 3 days a case (SPRP
# mission). Which EU delivery feature answers that problem directly?
#
# - **A.** Automatic data sharing: one database instead of 27 agencies' results gathered by hand.
# - **B.** An activation path back to work.
# - **C.** A decision deadline.
# - **D.** A higher standard.
# <!-- zh -->
# ## 12. 达川可以借鉴的经办做法
#
# 2019年，达川的服务中心要**人工汇总27个部门数据库**的比对结果，每个个案约需3天（中欧社保项目考察）。哪一项欧盟经办做法直接针对这个问题？
#
# - **A.** 自动数据共享：一个数据库代替人工汇总27个部门的结果。
# - **B.** 重返工作的就业促进通道。
# - **C.** 审批时限。
# - **D.** 提高标准。

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
feature_for_27_databases = None
### BEGIN SOLUTION
feature_for_27_databases = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(feature_for_27_databases, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(feature_for_27_databases) == "A", L("Which feature changes how a household's income is checked?", "哪一项做法改变了核查家庭收入的方式？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 13. When a decision deadline matters
#
# Poland decides a case within about a month. When does such a deadline change most for Dachuan's households, and
# what does it need?
#
# - **A.** Never: a deadline is only a rule on paper.
# - **B.** When there are plenty of caseworkers; it costs nothing.
# - **C.** Only for households that apply online.
# - **D.** When caseworkers are short and cases queue; the centres pay for it in extra work (overtime).
# <!-- zh -->
# ## 13. 审批时限什么时候起作用
#
# 波兰在约一个月内对个案作出决定。这样的时限什么时候对达川的家庭影响最大？需要什么条件？
#
# - **A.** 从来不会：时限只是纸面上的规定。
# - **B.** 经办人员充足的时候；它不花任何代价。
# - **C.** 只对网上申请的家庭起作用。
# - **D.** 经办人员不足、个案排队的时候；代价是服务中心要多干活（加班）。

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
deadline_when = None
### BEGIN SOLUTION
deadline_when = "D"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q13", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(deadline_when, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(deadline_when) == "D", L("A deadline shortens the wait only for cases that would otherwise wait longer. Who does the extra work?", "时限只会缩短那些本来要等更久的个案的等候时间。多出来的工作由谁来做？")
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
