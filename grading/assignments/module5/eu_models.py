# %% [markdown]
# <!-- en -->
# # Module 5 assessment: learning from EU models
#
# Seven EU member states' minimum-income schemes can be tried in Dachuan. In this exercise you decide, on cases,
# with the rules written out for you:
#
# 1. how generous Dachuan's Dibao is beside an EU scheme, and which figures you can trust;
# 2. why converting euros to yuan at the exchange rate misleads;
# 3. what a family would get under German rules carried over to Dachuan, worked out by hand;
# 4. which of four EU schemes gives a family the most;
# 5. what a comparison of a district under Dibao and under an EU scheme tells you;
# 6. which EU delivery feature answers which problem, and which one would matter most for Dachuan.
#
# **How this notebook works.** You answer with values, not code. Each answer box (a grey *cell*) shows lines like
# `urban_share = None`. Replace `None` with your answer, after the `=` sign: a number (`21.5`, no units, no commas),
# a capital letter for a choice (`"B"`, in quotes), or a text in quotes. Then run the cell (click it and press
# **Shift + Enter**) and run the *check* cell below it. If no red message appears, your answer has the right form;
# your trainer's grading checks whether it is right. A red message tells you what to change: change it and run both
# cells again. You may use a calculator or paper. Some questions are written answers or tasks in the room, graded by
# your trainer.
# <!-- zh -->
# # 模块五测验：借鉴欧盟经验
#
# 欧盟七个成员国的最低收入保障制度可以移植到达川试用。在本练习中，你将根据写好的规则，就具体个案作出判断：
#
# 1. 与欧盟制度相比，达川的低保有多高，哪些数字可以信赖；
# 2. 为什么按汇率把欧元换算成人民币会产生误导；
# 3. 按德国规则移植到达川后，一个家庭能得到多少（手算）；
# 4. 四个欧盟制度中，哪一个给一个家庭的救助最多；
# 5. 一个县区在低保和某个欧盟制度下的对比能说明什么；
# 6. 哪一项欧盟经办做法解决哪个问题，哪一项对达川最重要。
#
# **如何使用本笔记本。** 你用数值作答，不用写代码。每个答题框（灰色的“单元格”）里有类似 `urban_share = None` 的行。把 `=` 号后面的 `None` 换成你的答案：数字（如 `21.5`，不写单位，不加逗号）、选择题的大写字母（如 `"B"`，带引号），或者带引号的文字。然后运行这个单元格（点击它，按 **Shift + Enter**），再运行它下面的“检查”单元格。如果没有出现红色信息，说明答案的形式正确；答案是否正确由培训师评分时检查。红色信息会告诉你要改什么：改好后把两个单元格再运行一次。可以使用计算器或纸笔。有些题是简答题或课堂任务，由培训师评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it prepares the checks.
# zh: 请先运行这个单元格：它为检查做好准备。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_table

# %% [markdown]
# <!-- en -->
# ## 1. How generous is Dibao beside an EU scheme?
#
# A level in euros and a level in yuan cannot be compared directly. The fair way is to compare each with the
# income of the place where it is paid: its **share of the median income** (half the people have more than the
# median, half less).
#
# | | level for a single adult, a month | median income per person, a month | share of the median |
# | --- | --- | --- | --- |
# | Germany, Bürgergeld (2024) | 563 euro | 2,301.7 euro | 563 ÷ 2,301.7 = **24.5%** |
# | Dachuan Dibao, town (2019) | 520 yuan | 2,473 yuan | ? |
# | Dachuan Dibao, countryside (2019) | 330 yuan | 931.9 yuan | ? |
#
# *Sources (the course's data):* Germany's 563 euro, `datasets/eu_minimum_income.csv` (Jobcenter Stade, source
# S58); its median, `datasets/parameters/eu/germany.yaml` (derived from the 2024 poverty line of 1,381 euro, 60% of
# the median, source S57); Dachuan's standards, `datasets/parameters/dachuan/rules/dibao.yaml` (the January 2019
# mission report); Dachuan's medians, `datasets/parameters/dachuan/assumptions/income.yaml` (derived from Dazhou's
# published incomes, source S100).
#
# **Question 1.** Work out Dachuan's Dibao standard as a share of the local median income, in town and in the
# countryside, in percent with one decimal (for Germany you would write `24.5`).
# <!-- zh -->
# ## 1. 与欧盟制度相比，低保有多高？
#
# 以欧元计的标准和以人民币计的标准不能直接比较。合理的比较方法是把每个标准与发放地的收入相比：看它占**收入中位数的比例**（一半人的收入高于中位数，一半人低于中位数）。
#
# | | 单身成年人每月标准 | 每月人均收入中位数 | 占中位数的比例 |
# | --- | --- | --- | --- |
# | 德国公民收入（Bürgergeld，2024年） | 563 欧元 | 2,301.7 欧元 | 563 ÷ 2,301.7 = **24.5%** |
# | 达川低保，城镇（2019年） | 520 元 | 2,473 元 | ? |
# | 达川低保，农村（2019年） | 330 元 | 931.9 元 | ? |
#
# *来源（课程数据）：* 德国的 563 欧元见 `datasets/eu_minimum_income.csv`（Jobcenter Stade，来源 S58）；德国的中位数见 `datasets/parameters/eu/germany.yaml`（由2024年单身者贫困线1,381欧元推算，贫困线是中位数的60%，来源 S57）；达川的低保标准见 `datasets/parameters/dachuan/rules/dibao.yaml`（2019年1月考察报告）；达川的中位数见 `datasets/parameters/dachuan/assumptions/income.yaml`（由达州公布的收入数据推算，来源 S100）。
#
# **第1题。** 计算达川城镇和农村的低保标准各占本地收入中位数的百分之几，保留一位小数（德国的就写 `24.5`）。

# %% nbgrader={"grade": false, "grade_id": "median_share_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: Dibao's standard as a percentage of the local median income (numbers, e.g. 24.5).
# zh: 你的答案：低保标准占本地收入中位数的百分比（填数字，例如 24.5）。
urban_share = None
rural_share = None
### BEGIN SOLUTION
urban_share = 21.0
rural_share = 35.4
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "median_share_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: both answers are percentages. Your trainer's grading checks the values.
# zh: 检查：两个答案都是百分数。答案是否正确由培训师评分时检查。
assert is_number(urban_share) and is_number(rural_share), L("Write each answer as a number after the = sign, e.g. urban_share = 24.5", "请在 = 号后面写一个数字，例如 urban_share = 24.5")
assert 0 < urban_share <= 100 and 0 < rural_share <= 100, L("Give percentages: 24.5 for 24.5%, not 0.245.", "请填百分数：24.5% 写作 24.5，不要写 0.245。")
### BEGIN HIDDEN TESTS
assert close(urban_share, 21.0, 0.5), L("Town: divide the town standard by the town median, then multiply by 100.", "城镇：用城镇标准除以城镇中位数，再乘以100。")
assert close(rural_share, 35.4, 0.5), L("Countryside: divide the rural standard by the rural median, then multiply by 100.", "农村：用农村标准除以农村中位数，再乘以100。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 2.** In a note to the civil-affairs bureau you want to quote one of these four figures. Which one would
# you check first, because the course's data mark it as an **assumption**, not a figure from a published source?
# (Section 1 of the module's notebook shows which figures are assumptions.)
#
# - **A.** Germany's Bürgergeld for a single adult: 563 euro a month (2024).
# - **B.** France's median income: 2,100 euro a month.
# - **C.** Dachuan's town Dibao standard: 520 yuan a month (2019).
# - **D.** The share of entitled French households that do not claim the RSA: 34% (2018).
# <!-- zh -->
# **第2题。** 你要在给民政局的报告中引用下面四个数字中的一个。因为课程数据把它标为**假设值**、而不是来自公开资料，你会首先核实哪一个？（本模块笔记本第1节说明了哪些数字是假设值。）
#
# - **A.** 德国公民收入单身成年人每月 563 欧元（2024年）。
# - **B.** 法国的收入中位数：每月 2,100 欧元。
# - **C.** 达川城镇低保标准：每月 520 元（2019年）。
# - **D.** 符合条件却没有申领法国 RSA 的家庭比例：34%（2018年）。

# %% nbgrader={"grade": false, "grade_id": "source_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
figure_to_check = None
### BEGIN SOLUTION
figure_to_check = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "source_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(figure_to_check, "ABCD"), L('Write one letter in quotes after the = sign, e.g. figure_to_check = "A"', '请在 = 号后面写一个带引号的字母，例如 figure_to_check = "A"')
### BEGIN HIDDEN TESTS
assert chosen(figure_to_check) == "B", L("Most EU median incomes in the course's data are assumptions until they are retrieved from Eurostat; the levels and the take-up figure come from published sources.", "课程数据中大多数欧盟国家的收入中位数在从欧盟统计局取得之前都是假设值；各国标准和申领率来自公开资料。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Why not convert at the exchange rate?
#
# On 24 July 2024, 1 euro was worth 7.7764 yuan (`datasets/exchange_rates.csv`, the central parity rate, source
# S101). At that rate Germany's 563 euro would be 563 × 7.7764 = **4,378 yuan** a month for a single adult in Dachuan.
#
# **Question 3.** Why would it mislead to say "Germany's benefit would be 4,378 yuan in Dachuan"?
#
# - **A.** Because exchange rates change every day, so the figure is out of date.
# - **B.** Because 4,378 yuan is far more than a typical town resident of Dachuan has (a median of 2,473 yuan): a
#   level only means something against the incomes and prices where it is paid, so carry it over as a share of the
#   median income.
# - **C.** Because Germany pays housing costs on top, so the true figure is even higher.
# - **D.** Because the German scheme is run by Jobcenters, not by civil-affairs offices.
# <!-- zh -->
# ## 2. 为什么不按汇率换算？
#
# 2024年7月24日，1欧元合7.7764元人民币（`datasets/exchange_rates.csv`，人民币汇率中间价，来源 S101）。按这个汇率，德国的563欧元相当于达川单身成年人每月 563 × 7.7764 = **4,378 元**。
#
# **第3题。** 说“德国的救助金在达川相当于4,378元”为什么会产生误导？
#
# - **A.** 因为汇率每天都在变，这个数字已经过时。
# - **B.** 因为4,378元远远高于达川一个普通城镇居民的收入（中位数为2,473元）：一个标准只有与发放地的收入和物价相比才有意义，所以应当按占收入中位数的比例移植。
# - **C.** 因为德国另外支付住房费用，所以实际数字还要更高。
# - **D.** 因为德国的制度由就业中心实施，而不是由民政部门实施。

# %% nbgrader={"grade": false, "grade_id": "exchange_rate_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes, e.g. "A".
# zh: 你的答案：一个带引号的字母，例如 "A"。
exchange_rate_reason = None
### BEGIN SOLUTION
exchange_rate_reason = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "exchange_rate_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(exchange_rate_reason, "ABCD"), L('Write one letter in quotes after the = sign, e.g. exchange_rate_reason = "A"', '请在 = 号后面写一个带引号的字母，例如 exchange_rate_reason = "A"')
### BEGIN HIDDEN TESTS
assert chosen(exchange_rate_reason) == "B", L("Compare the converted amount with what people in Dachuan earn: what does a level mean against local incomes?", "把换算出的金额与达川居民的收入相比：一个标准相对于本地收入意味着什么？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. German rules carried over by the share of the median, by hand
#
# Carried over by the share of the median, a single adult in Dachuan gets 24.5% of the local median income. The
# steps for a household (the German figures are in `datasets/parameters/eu/germany.yaml`):
#
# 1. a single adult's level here: **L = 563 ÷ 2,301.7 × the local median** (town 2,473 yuan, countryside 931.9);
# 2. what one euro of the German rules is worth here: **k = L ÷ 563**;
# 3. the household's level: **H = L × (1 + 0.798 × further adults + 0.634 × children under 16)**;
# 4. earnings not counted: the first **100 × k** yuan, plus **20%** of the earnings above that, but at most
#    **348 × k** yuan in all;
# 5. countable income = earnings − earnings not counted;
# 6. the benefit = H − countable income, and never less than 0.
#
# *Worked example:* two parents and a child of 8 in town, earning 930 yuan. L = 563 ÷ 2,301.7 × 2,473 = 604.9;
# k = 604.9 ÷ 563 = 1.0744; H = 604.9 × (1 + 0.798 + 0.634) = 1,471.1. Not counted: 107.4 + 20% × (930 − 107.4) =
# 272.0 (below the cap of 348 × 1.0744 = 373.9). Countable: 930 − 272.0 = 658.0. Benefit: 1,471.1 − 658.0 =
# **813.1 yuan** a month.
#
# **Question 4.** A couple in the **countryside** with two children, aged 8 and 5. Together they earn **600 yuan** a
# month. Under German rules carried over by the share of the median, what is their benefit, in yuan a month? Watch
# the cap in step 4.
# <!-- zh -->
# ## 3. 按收入中位数比例移植德国规则（手算）
#
# 按收入中位数比例移植后，达川的单身成年人得到本地收入中位数的24.5%。一户家庭的计算步骤如下（德国的数字见 `datasets/parameters/eu/germany.yaml`）：
#
# 1. 本地单身成年人的标准：**L = 563 ÷ 2,301.7 × 本地收入中位数**（城镇2,473元，农村931.9元）；
# 2. 德国规则中的1欧元在这里相当于：**k = L ÷ 563**；
# 3. 家庭标准：**H = L × (1 + 0.798 × 其他成年人数 + 0.634 × 16岁以下儿童数)**；
# 4. 不计入的劳动收入：最初的 **100 × k** 元，加上超出部分的 **20%**，但合计最多 **348 × k** 元；
# 5. 计入收入 = 劳动收入 − 不计入的劳动收入；
# 6. 救助金 = H − 计入收入，且不能小于0。
#
# *算例：* 城镇一对父母和一个8岁的孩子，劳动收入930元。L = 563 ÷ 2,301.7 × 2,473 = 604.9；k = 604.9 ÷ 563 = 1.0744；H = 604.9 × (1 + 0.798 + 0.634) = 1,471.1。不计入：107.4 + 20% × (930 − 107.4) = 272.0（低于上限 348 × 1.0744 = 373.9）。计入收入：930 − 272.0 = 658.0。救助金：1,471.1 − 658.0 = 每月 **813.1 元**。
#
# **第4题。** **农村**一对夫妇，有两个孩子，分别为8岁和5岁，两人每月劳动收入合计 **600 元**。按收入中位数比例移植德国规则，他们每月的救助金是多少元？注意第4步的上限。

# %% nbgrader={"grade": false, "grade_id": "german_benefit_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the family's benefit in yuan a month (a number).
# zh: 你的答案：这户家庭每月的救助金（元，填一个数字）。
german_benefit = None
### BEGIN SOLUTION
german_benefit = 239.8
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "german_benefit_check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is a number. Your trainer's grading checks the amount (within 2 yuan, for rounding).
# zh: 检查：答案是一个数字。金额是否正确由培训师评分时检查（允许2元以内的舍入误差）。
assert is_number(german_benefit), L("Write the amount as a number after the = sign, without units or commas, e.g. german_benefit = 813.1", "请在 = 号后面写金额数字，不写单位、不加逗号，例如 german_benefit = 813.1")
### BEGIN HIDDEN TESTS
# The course's rules (simulation.analysis.calculator) give 239.77 yuan; tests/test_quoted_figures.py checks it.
assert close(german_benefit, 239.8, 2), L("Use the rural median (931.9 yuan) for L, count a partner 0.798 and each child 0.634, and check whether the earnings not counted reach the cap of 348 x k.", "L 要用农村中位数（931.9元），配偶计0.798、每个孩子计0.634，并检查不计入的劳动收入是否达到上限 348 × k。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Which scheme gives this family the most?
#
# A mother of 34 lives **in town** with her three children, aged 12, 9 and 5. She earns **600 yuan** a month. Here
# are four EU schemes as the course carries them over to Dachuan's town by the share of the median (the course's
# figures, `datasets/parameters/eu/*.yaml`; several weights and medians there are assumptions). For each: the
# household's level H = single adult's level × (1 + weight of each further adult + weight of each child); the
# benefit = H − (earnings − earnings not counted), never below 0.
#
# | scheme | single adult's level, yuan | each further adult | each child | earnings not counted |
# | --- | --- | --- | --- | --- |
# | **A.** Germany | 604.9 | 0.798 | 0.634 | the first 107.4 yuan, plus 20% of the rest, at most 373.9 yuan |
# | **B.** France | 761.4 | 0.5 | 0.3 | none: all earnings count |
# | **C.** Finland | 605.6 | 0.7 | 0.65 | 20% of earnings, at most 154.6 yuan |
# | **D.** Netherlands | 1,244.5 | 0.4286 | 0 | 25% of earnings, at most 255.9 yuan |
#
# **Question 5.** Which scheme gives this family the most?
# <!-- zh -->
# ## 4. 哪个制度给这个家庭的救助最多？
#
# 一位34岁的母亲和三个孩子住在**城镇**，孩子分别为12岁、9岁和5岁。她每月劳动收入 **600 元**。下面是课程按收入中位数比例移植到达川城镇的四个欧盟制度（课程数据，见 `datasets/parameters/eu/*.yaml`；其中有几项权重和中位数是假设值）。每个制度：家庭标准 H = 单身成年人标准 × (1 + 每位其他成年人的权重 + 每个孩子的权重)；救助金 = H − (劳动收入 − 不计入的劳动收入)，且不能小于0。
#
# | 制度 | 单身成年人标准（元） | 每位其他成年人 | 每个孩子 | 不计入的劳动收入 |
# | --- | --- | --- | --- | --- |
# | **A.** 德国 | 604.9 | 0.798 | 0.634 | 最初的107.4元，加上其余部分的20%，最多373.9元 |
# | **B.** 法国 | 761.4 | 0.5 | 0.3 | 没有：全部劳动收入都计入 |
# | **C.** 芬兰 | 605.6 | 0.7 | 0.65 | 劳动收入的20%，最多154.6元 |
# | **D.** 荷兰 | 1,244.5 | 0.4286 | 0 | 劳动收入的25%，最多255.9元 |
#
# **第5题。** 哪个制度给这个家庭的救助最多？

# %% nbgrader={"grade": false, "grade_id": "best_scheme_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the letter of the scheme, in quotes, e.g. "A".
# zh: 你的答案：制度前面的字母，带引号，例如 "A"。
best_scheme = None
### BEGIN SOLUTION
best_scheme = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "best_scheme_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(best_scheme, "ABCD"), L('Write one letter in quotes after the = sign, e.g. best_scheme = "A"', '请在 = 号后面写一个带引号的字母，例如 best_scheme = "A"')
### BEGIN HIDDEN TESTS
# Germany 1,361, France 847, Finland 1,306, the Netherlands 795 yuan (tests/test_quoted_figures.py checks these
# against the course's rules).
assert chosen(best_scheme) == "A", L("Work out each scheme's amount: the household's level first (one adult and three children), then the earnings that count. Two schemes are close.", "逐个算出每个制度的金额：先算家庭标准（一名成年人、三个孩子），再算计入的劳动收入。有两个制度的结果很接近。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. A district under Dibao and under an EU scheme
#
# *An illustrative case, invented for this exercise (not a model run).* A district has **800 poor households**. A
# team compared it under Dibao and under "Scheme X", an EU scheme with a strict asset test, on the same households:
#
# | | Dibao | Scheme X |
# | --- | --- | --- |
# | poverty rate after assistance | 8.5% | 9.6% |
# | coverage of the poor (poor households that receive) | 62% | 48% |
# | take-up (entitled households that claim) | 75% | 70% |
# | inclusion error (recipients who are not entitled) | 14% | 6% |
# | spending, yuan a month | 420,000 | 350,000 |
# | who gains, who loses | | 160 families with children and earnings gain; 240 older people living alone with some savings lose |
#
# **Question 6.** How many more, or fewer, of the district's 800 poor households receive assistance under Scheme X
# than under Dibao? Write fewer as a negative number (e.g. −50).
#
# **Question 7.** What would you write in your note to the bureau?
#
# - **A.** Adopt Scheme X: it costs 70,000 yuan a month less and pays fewer households by mistake.
# - **B.** Scheme X pays fewer households by mistake and costs less, but it reaches fewer poor households, leaves
#   more people below the standard, and its losers are older people alone with some savings. Do not adopt it as it
#   is: first find out which rule (the asset test?) shuts them out.
# - **C.** Scheme X lowers poverty, because its inclusion error is lower.
# - **D.** The two are the same: the differences are too small to matter.
# <!-- zh -->
# ## 5. 一个县区在低保和某个欧盟制度下
#
# *为本练习编写的示例（不是模型运行结果）。* 一个县区有 **800 户贫困家庭**。一个小组在同样的家庭上，比较了这个县区在低保和“X制度”（一个资产审查很严的欧盟制度）下的情况：
#
# | | 低保 | X制度 |
# | --- | --- | --- |
# | 救助后贫困率 | 8.5% | 9.6% |
# | 贫困家庭覆盖率（得到救助的贫困家庭） | 62% | 48% |
# | 申领率（提出申请的符合条件家庭） | 75% | 70% |
# | 错保率（不符合条件的受助者） | 14% | 6% |
# | 支出（元/月） | 420,000 | 350,000 |
# | 谁受益、谁受损 | | 160户有孩子、有劳动收入的家庭受益；240位有一些积蓄的独居老人受损 |
#
# **第6题。** 与低保相比，X制度下这个县区800户贫困家庭中得到救助的家庭多了还是少了多少户？少了就写负数（例如 −50）。
#
# **第7题。** 你会在给民政局的报告中怎么写？
#
# - **A.** 采用X制度：它每月少花70,000元，错发的家庭也更少。
# - **B.** X制度错发的家庭更少，花费也更少，但它覆盖的贫困家庭更少，救助后低于标准的人更多，受损的是有一些积蓄的独居老人。不要照搬：先弄清是哪条规则（资产审查？）把他们挡在了外面。
# - **C.** X制度降低了贫困，因为它的错保率更低。
# - **D.** 两者一样：差别太小，无关紧要。

# %% nbgrader={"grade": false, "grade_id": "district_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answers: the change in poor households reached (a number, negative for fewer), and a letter in quotes.
# zh: 你的答案：得到救助的贫困家庭数的变化（填数字，少了写负数），以及一个带引号的字母。
poor_reached_change = None
district_note = None
### BEGIN SOLUTION
poor_reached_change = -112
district_note = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "poor_reached_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: question 6's answer is a number of households. Your trainer's grading checks it.
# zh: 检查：第6题的答案是一个家庭户数。是否正确由培训师评分时检查。
assert is_number(poor_reached_change), L("Write the change as a number after the = sign, e.g. poor_reached_change = -50", "请在 = 号后面写一个数字，例如 poor_reached_change = -50")
### BEGIN HIDDEN TESTS
assert close(poor_reached_change, -112, 1), L("Households reached = coverage of the poor x 800 poor households, under each scheme; then Scheme X minus Dibao.", "得到救助的家庭数 = 贫困家庭覆盖率 × 800户贫困家庭，两个制度分别计算；再用X制度减去低保。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "district_note_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: question 7's answer is one of the letters A to D. Your trainer's grading checks which one.
# zh: 检查：第7题的答案是 A 到 D 中的一个字母。选得对不对由培训师评分时检查。
assert is_choice(district_note, "ABCD"), L('Write one letter in quotes after the = sign, e.g. district_note = "A"', '请在 = 号后面写一个带引号的字母，例如 district_note = "A"')
### BEGIN HIDDEN TESTS
assert chosen(district_note) == "B", L("Read every line of the table, not only spending: what happens to poverty, to coverage, and to whom?", "请读表中的每一行，而不只是支出：贫困、覆盖面有什么变化？影响到谁？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Delivery: which feature answers which problem?
#
# In the module you switched on four EU delivery features one at a time in Dachuan's Dibao:
#
# - **A.** automatic data sharing: one integrated database instead of 27 agencies' databases;
# - **B.** an activation path: recipients able to work are helped back to work;
# - **C.** a decision deadline: no case waits beyond a set number of working days;
# - **D.** applying without a counter visit: online, without going to the centre or bringing certificates.
#
# **Question 8.** For each problem a town centre reports, write the letter of the feature that answers it most
# directly. (In 2019 Dachuan checked each applicant against 27 agencies' databases, gathered by hand:
# `datasets/parameters/national/rules/casework.yaml`, from the mission report.)
#
# | problem | feature |
# | --- | --- |
# | 1. A caseworker spends days on each case gathering other agencies' records by hand. | ? |
# | 2. A migrant worker must travel back to the home town to apply at the counter. | ? |
# | 3. A recipient able to work has been on Dibao for years with no help to find work. | ? |
# | 4. An applicant has waited three months with no decision and no date for one. | ? |
# <!-- zh -->
# ## 6. 经办：哪项做法解决哪个问题？
#
# 在本模块中，你在达川的低保中逐一试用了四项欧盟经办做法：
#
# - **A.** 自动数据共享：用一个统一数据库代替27个部门的数据库；
# - **B.** 就业促进通道：帮助有劳动能力的受助者重新就业；
# - **C.** 审批时限：任何个案的等待都不超过规定的工作日数；
# - **D.** 无需到窗口申请：网上申请，不用去服务中心，也不用带证明材料。
#
# **第8题。** 对乡镇（街道）服务中心反映的每个问题，写出最直接解决它的做法的字母。（2019年，达川要把每位申请人与27个部门的数据库逐一比对，靠人工汇总：见 `datasets/parameters/national/rules/casework.yaml`，来自考察报告。）
#
# | 问题 | 做法 |
# | --- | --- |
# | 1. 经办人员在每个个案上都要花几天时间，人工汇总其他部门的记录。 | ? |
# | 2. 外出务工人员必须回户籍地到窗口申请。 | ? |
# | 3. 一位有劳动能力的受助者领了多年低保，却没有得到任何就业帮助。 | ? |
# | 4. 一位申请人等了三个月，没有得到决定，也不知道什么时候能有决定。 | ? |

# %% nbgrader={"grade": false, "grade_id": "delivery_match_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: a letter in quotes after each problem's number, e.g. {"1": "A", "2": "B", "3": "C", "4": "D"}.
# zh: 你的答案：在每个问题的编号后面写一个带引号的字母，例如 {"1": "A", "2": "B", "3": "C", "4": "D"}。
delivery_match = None
### BEGIN SOLUTION
delivery_match = {"1": "A", "2": "D", "3": "B", "4": "C"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "delivery_match_check", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check: one letter A to D for each of the four problems. Your trainer's grading checks the letters.
# zh: 检查：四个问题各有一个 A 到 D 的字母。字母是否正确由培训师评分时检查。
assert is_table(delivery_match, ["1", "2", "3", "4"]), L('Write the four problems\' numbers in quotes, each with a letter: {"1": "A", "2": "B", "3": "C", "4": "D"}', '请写出四个问题的编号（带引号），每个配一个字母：{"1": "A", "2": "B", "3": "C", "4": "D"}')
assert all(is_choice(letter, "ABCD") for letter in delivery_match.values()), L("Each problem needs one letter, A to D, in quotes.", "每个问题都要配一个带引号的字母，A 到 D。")
### BEGIN HIDDEN TESTS
assert chosen(delivery_match["1"]) == "A" and chosen(delivery_match["4"]) == "C", L("Problems 1 and 4: which feature saves the caseworker's time per case, and which sets a limit on the wait?", "问题1和4：哪项做法节省经办人员在每个个案上的时间？哪项做法给等待设定期限？")
assert chosen(delivery_match["2"]) == "D" and chosen(delivery_match["3"]) == "B", L("Problems 2 and 3: which feature removes the trip to the counter, and which helps people back to work?", "问题2和3：哪项做法免去了到窗口的路程？哪项做法帮助人们重新就业？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 7. Written answer (graded by your trainer)
#
# **Which one delivery feature would matter most for Dachuan, and why?** In your answer:
#
# 1. name the feature and the problem in Dachuan it answers (27 agencies' databases, too few staff, migrant workers
#    who must apply in their home town, households who do not claim, ...);
# 2. say what it would change for applicants and for caseworkers, and what it costs or risks;
# 3. name one condition it needs to work in Dachuan (which agencies, money, staff, training, law).
#
# A few sentences for each point is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 7. 简答题（由培训师评分）
#
# **哪一项经办做法对达川最重要？为什么？** 请在回答中：
#
# 1. 说出这项做法，以及它针对达川的哪个问题（27个部门的数据库、人手不足、必须回户籍地申请的外出务工人员、没有申领的家庭……）；
# 2. 说明它会给申请人和经办人员带来什么变化，以及它的成本或风险；
# 3. 说出它在达川发挥作用所需的一个条件（哪些部门、经费、人员、培训、法规）。
#
# 每一点写几句话即可。请在下面的单元格中作答，替换“YOUR ANSWER HERE”。

# %% [markdown] nbgrader={"grade": true, "grade_id": "delivery_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and rubric for trainers (6 points): 2 for point 1 (1 for the feature, 1 for a Dachuan problem it
# really answers), 2 for point 2 (1 for what it changes, 1 for a cost or risk), 2 for point 3 (a concrete,
# plausible condition). Any of the four features can earn full marks if the reasons hold; the example takes data
# sharing.*
#
# 1. **Automatic data sharing.** In 2019 each applicant was checked against 27 agencies' databases, gathered by hand:
#    days per case, and incomes hard to verify. One shared database answers the same checks in one query, and
#    applying without a counter visit and checking a migrant's home records both depend on it.
# 2. **What it changes:** caseworkers spend less time per case, so decisions come sooner, and fewer households are
#    paid by mistake or refused by mistake because incomes are checked against records. **Costs and risks:**
#    building and running the system, agreements between agencies, protecting personal data, and an error in one
#    register spreading to every decision.
# 3. **Condition:** agreements between the civil-affairs bureau and the agencies that hold income and property data
#    (tax, social insurance, housing, vehicles, banks), a legal basis for sharing and protecting the data, money for
#    the platform, and caseworkers trained to use it and to explain decisions to applicants.
#
# *Other good answers:* a **decision deadline** matters where staff are short, at the price of overtime unless
# staff are added; **no counter visit** helps migrant workers and households who do not claim, but brings more
# applications, more spending and more work for the centres, and needs shared data behind it; an **activation path**
# suits recipients able to work, but many Dibao recipients are old, ill or disabled, and its effect must be tested.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分要点（6分）：第1点2分（说出做法1分，指出它真正针对的达川问题1分）；第2点2分（带来的变化1分，成本或风险1分）；第3点2分（具体、合理的条件）。四项做法中任何一项，只要理由成立都可以得满分；下面以数据共享为例。*
#
# 1. **自动数据共享。** 2019年，每位申请人都要与27个部门的数据库逐一比对，靠人工汇总：每个个案要花几天，而且收入难以核实。一个统一数据库一次查询就能完成同样的比对；无需到窗口申请、核查外出务工人员户籍地的记录，也都要以它为基础。
# 2. **带来的变化：** 经办人员在每个个案上花的时间减少，决定来得更快；收入与记录核对，错发和错拒的家庭都会减少。**成本和风险：** 建设和运行系统的费用、部门之间的协议、个人数据保护，以及一个登记系统中的错误会影响到每一个决定。
# 3. **条件：** 民政部门与掌握收入和财产数据的部门（税务、社保、住房、车辆、银行）签订协议，有数据共享和保护的法律依据、平台建设经费，并培训经办人员使用系统、向申请人解释决定。
#
# *其他好的答案：* **审批时限**在人手不足的地方作用明显，但如果不增加人手，代价是加班；**无需到窗口**方便外出务工人员和没有申领的家庭，但会带来更多申请、更多支出和服务中心更多的工作，而且需要数据共享作为支撑；**就业促进通道**适合有劳动能力的受助者，但许多低保对象年老、患病或有残疾，其效果需要检验。
# ### END SOLUTION

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "schemes_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: comparing schemes with Dibao (in the room, notebook sections 1 and 2)
#
# **What the participant does.** In the discussion of sections 1 and 2, the participant takes one EU scheme and
# tells the table how it compares with Dibao: its level as a share of the median income, how it counts a partner
# and a child, what earnings it leaves uncounted, and who runs it; says where one of its figures comes from (a
# published source or an assumption of the course); and explains why converting it at the exchange rate would
# mislead.
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: compares the scheme with Dibao
# as a share of the median and on family weights or earnings not counted, says where a figure comes from and whether
# it is an assumption, and explains the exchange-rate trap. 1 point: compares correctly on the share of the median,
# but cannot say where the figures come from or why the exchange rate misleads. 0 points: compares amounts in euros
# and yuan, or at the exchange rate, or does not take part.
# <!-- zh -->
# ## 培训师任务：把欧盟制度与低保比较（课堂上，笔记本第1、2节）
#
# **学员要做什么。** 在第1、2节的讨论中，学员选一个欧盟制度，向本桌说明它与低保相比如何：标准占收入中位数的比例、配偶和孩子怎样计算、哪些劳动收入不计入、由谁实施；说出其中一个数字的来源（公开资料还是课程的假设值）；并解释为什么按汇率换算会产生误导。
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：按占中位数的比例、并从家庭权重或不计入的劳动收入方面把该制度与低保比较，说出一个数字的来源以及它是否为假设值，并解释汇率换算的陷阱。1分：按占中位数的比例比较正确，但说不出数字的来源，或说不清为什么按汇率换算会误导。0分：直接比较欧元和人民币金额，或按汇率比较，或没有参与。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "district_discussion", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: a district under an EU scheme (in the room, notebook section 3)
#
# **What the participant does.** After running the district under Dibao and under one or two EU schemes, the
# participant reports to the room for one scheme: the change in poverty after assistance, coverage, take-up,
# inclusion and exclusion errors and spending; which households gain and which lose; one rule of the scheme that
# explains a result (family weights, the rural standard, an asset test); and one result they would want checked
# against real data before believing it.
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: reports the figures with their
# direction right, names gainers and losers, explains one result by a rule of the scheme and names what to check.
# 1 point: reports the figures correctly but explains none of them, or names no gainers and losers. 0 points:
# misreads the direction of the main figures, or does not report.
# <!-- zh -->
# ## 培训师任务：一个县区在欧盟制度下（课堂上，笔记本第3节）
#
# **学员要做什么。** 让县区分别在低保和一两个欧盟制度下运行之后，学员就其中一个制度向全班汇报：救助后贫困率、覆盖面、申领率、错保和漏保以及支出的变化；哪些家庭受益、哪些受损；用该制度的一条规则（家庭权重、农村标准、资产审查）解释一个结果；并说出一个在相信它之前想用真实数据核对的结果。
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：汇报的数字方向正确，说出受益者和受损者，用制度的一条规则解释一个结果，并说出要核对什么。1分：数字汇报正确，但没有解释任何一个结果，或没有说出受益者和受损者。0分：把主要数字的变化方向读反了，或没有汇报。

# %% [markdown] deletable=false editable=false nbgrader={"grade": false, "grade_id": "borrow_presentation", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": true}
# <!-- en -->
# ## Trainer's task: what could Dachuan borrow? (in the room, notebook section 5)
#
# **What the participant does.** The table takes one of section 5's questions and reports in three minutes; each
# participant speaks to one part: what Dachuan could borrow first, the problem it answers, what it would change,
# and what it would need (agencies, money, staff, training, law).
#
# **Rubric (the trainer records the score in nbgrader's manual grading).** 2 points: a concrete proposal tied to a
# Dachuan problem, with one effect and one condition it needs. 1 point: a proposal without its condition or
# without the problem it answers. 0 points: no proposal, or one that copies an EU scheme without regard to Dachuan.
# <!-- zh -->
# ## 培训师任务：达川可以借鉴什么？（课堂上，笔记本第5节）
#
# **学员要做什么。** 每桌选第5节的一个问题，用三分钟汇报；每位学员讲其中一部分：达川可以先借鉴什么，它针对什么问题，会带来什么变化，需要什么条件（部门、经费、人员、培训、法规）。
#
# **评分标准（培训师在 nbgrader 的人工评分中记录分数）。** 2分：提出与达川某个问题相联系的具体建议，并说出一项效果和一个所需条件。1分：提出了建议，但没有说出所需条件，或没有说出它针对的问题。0分：没有提出建议，或不考虑达川的情况照搬欧盟制度。

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
