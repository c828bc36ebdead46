# %% [markdown]
# <!-- en -->
# # Module 1 assessment, analyst track: Dibao and the one-stop service centre
#
# This exercise follows a Dibao (低保, minimum living guarantee) application in Dachuan District, Sichuan, as the
# 2019 mission report describes it. You will:
#
# 1. work out a household's monthly Dibao top-up;
# 2. find the old-age allowance for a resident's age;
# 3. count how long an applicant waits, in working days;
# 4. read two figures from a table of national Dibao spending;
# 5. write a short answer about the application process.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at cases you have not seen, so think about every
# kind of household, not only the examples.
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块一测验（分析人员版）：低保与一站式服务中心
#
# 本练习以2019年考察报告中四川省达川区的低保（最低生活保障）申请为例。你将：
#
# 1. 计算一户家庭每月的低保补差；
# 2. 按年龄确定老人的高龄津贴；
# 3. 以工作日计算申请人要等多久；
# 4. 从全国低保支出表中读取数字并计算；
# 5. 简要回答一个关于申请流程的问题。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的情形来测试，所以请考虑各种家庭，而不只是例子。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads what the checks below use.
# zh: 请先运行这个单元格：它载入下面各项检查要用的工具。
from simulation.grading.checks import close

# %% [markdown]
# <!-- en -->
# ## 1. The Dibao top-up
#
# In Dachuan in 2019 the Dibao standard was **520 yuan** per person per month in urban areas and **330 yuan** in
# rural areas. A household whose income per person is below the standard receives the gap, for every member:
#
# top-up = (standard − income per person) × number of members
#
# A household whose income per person is at or above the standard receives nothing: the top-up is never negative.
#
# *Example:* an urban family of 3 with an income of 300 yuan per person gets (520 − 300) × 3 = **660 yuan** a month.
#
# Write the function `dibao_top_up(income_per_person, members, standard)` so that it returns the monthly top-up
# in yuan.
#
# *Hint:* `max(a, b)` gives the larger of two numbers.
# <!-- zh -->
# ## 1. 低保补差
#
# 2019年达川区的低保标准是：城镇每人每月 **520元**，农村每人每月 **330元**。家庭人均收入低于标准的，按差额为每位家庭成员补足：
#
# 补差金额 =（低保标准 − 家庭人均收入）× 家庭人口数
#
# 人均收入等于或高于标准的家庭不能领取：补差金额不会是负数。
#
# *例子：* 城镇一个三口之家，人均收入300元，每月可领取 (520 − 300) × 3 = **660元**。
#
# 请编写函数 `dibao_top_up(income_per_person, members, standard)`，返回每月的补差金额（元）。其中 `income_per_person` 是人均收入，`members` 是家庭人口数，`standard` 是低保标准。
#
# *提示：* `max(a, b)` 返回两个数中较大的那个。

# %% nbgrader={"grade": false, "grade_id": "top_up_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def dibao_top_up(income_per_person, members, standard):
    # en: The monthly Dibao top-up for the whole household, in yuan.
    # zh: 全家每月的低保补差金额（元）。
    ### BEGIN SOLUTION
    gap = max(standard - income_per_person, 0)
    return gap * members
    ### END SOLUTION


# %%
# en: Try your function here; change the numbers as you like. The example family should get 660.
# zh: 在这里试用你的函数，数字可以随意修改。例子中的家庭应得到 660。
dibao_top_up(300, 3, 520)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "top_up_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the examples from the text. No red message means they pass.
# zh: 检查：题目里的例子。没有红色信息就说明通过了。
assert dibao_top_up(300, 3, 520) == 660, L("An urban family of 3 with 300 yuan each should get 660 yuan.", "城镇三口之家、人均收入300元，应领取660元。")
assert dibao_top_up(600, 2, 520) == 0, L("A household above the standard gets 0, never a negative amount.", "人均收入高于标准的家庭补差为0，不能是负数。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "top_up_more_checks", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks cases you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的情形。
assert dibao_top_up(330, 4, 330) == 0, L("A household exactly at the standard gets no top-up.", "人均收入正好等于标准的家庭，补差为0。")
### BEGIN HIDDEN TESTS
assert dibao_top_up(100, 4, 330) == 920, L("Check a rural household well below the standard.", "请检查人均收入远低于标准的农村家庭。")
assert dibao_top_up(0, 1, 520) == 520, L("A person living alone with no income gets the whole standard.", "没有收入的独居者应领取全额标准。")
assert dibao_top_up(519, 5, 520) == 5, L("Check an income just below the standard.", "请检查收入略低于标准的情形。")
assert dibao_top_up(1000, 6, 330) == 0, L("A large household above the standard still gets nothing.", "人口多但人均收入高于标准的家庭，也不能领取。")
assert close(dibao_top_up(419.5, 2, 520), 201, 1e-6), L("Incomes are not always whole yuan.", "收入不一定是整数元。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. The old-age allowance
#
# Dachuan pays residents aged 80 and over a monthly old-age allowance by age band:
#
# | age | allowance per month |
# | --- | --- |
# | under 80 | 0 yuan |
# | 80 to 89 | 60 yuan |
# | 90 to 99 | 120 yuan |
# | 100 and over | 600 yuan |
#
# Write `old_age_allowance(age)` so that it returns the monthly allowance in yuan for a resident of that age
# (in whole years).
#
# *Hint:* check the highest band first: `if age >= 100:` ..., then `elif` ..., and finally `else:`.
# <!-- zh -->
# ## 2. 高龄津贴
#
# 达川区按年龄段，每月向80岁及以上的老人发放高龄津贴：
#
# | 年龄 | 每月津贴 |
# | --- | --- |
# | 80岁以下 | 0元 |
# | 80至89岁 | 60元 |
# | 90至99岁 | 120元 |
# | 100岁及以上 | 600元 |
#
# 请编写函数 `old_age_allowance(age)`，返回该年龄（整岁）老人每月的津贴（元）。
#
# *提示：* 先判断最高的年龄段：`if age >= 100:` ……，然后 `elif` ……，最后 `else:`。

# %% nbgrader={"grade": false, "grade_id": "allowance_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def old_age_allowance(age):
    # en: The monthly old-age allowance in yuan for a resident of this age.
    # zh: 该年龄老人每月的高龄津贴（元）。
    ### BEGIN SOLUTION
    if age >= 100:
        return 600
    elif age >= 90:
        return 120
    elif age >= 80:
        return 60
    else:
        return 0
    ### END SOLUTION


# %%
# en: Try your function here. A resident aged 85 should get 60.
# zh: 在这里试用你的函数。85岁的老人应得到 60。
old_age_allowance(85)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "allowance_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: one age in each band.
# zh: 检查：每个年龄段各取一个年龄。
assert old_age_allowance(70) == 0, L("A resident aged 70 gets no old-age allowance.", "70岁的老人没有高龄津贴。")
assert old_age_allowance(85) == 60, L("A resident aged 85 should get 60 yuan.", "85岁的老人应领取60元。")
assert old_age_allowance(95) == 120, L("A resident aged 95 should get 120 yuan.", "95岁的老人应领取120元。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "allowance_more_checks", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks cases you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的情形。
assert old_age_allowance(101) == 600, L("A resident aged 101 should get 600 yuan.", "101岁的老人应领取600元。")
### BEGIN HIDDEN TESTS
assert old_age_allowance(79) == 0, L("Check the last age before the allowance starts.", "请检查开始领取津贴前的最后一个年龄。")
assert old_age_allowance(80) == 60, L("Check the first age of each band.", "请检查每个年龄段的第一个年龄。")
assert old_age_allowance(90) == 120, L("Check the first age of each band.", "请检查每个年龄段的第一个年龄。")
assert old_age_allowance(100) == 600, L("Check the first age of each band.", "请检查每个年龄段的第一个年龄。")
assert old_age_allowance(89) == 60, L("Check the last age of each band.", "请检查每个年龄段的最后一个年龄。")
assert old_age_allowance(99) == 120, L("Check the last age of each band.", "请检查每个年龄段的最后一个年龄。")
assert old_age_allowance(60) == 0, L("Younger residents get no old-age allowance.", "较年轻的居民没有高龄津贴。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. How long does an applicant wait?
#
# Once a caseworker starts a Dibao case, it takes about **20 working days**: registration, the means test, the
# democratic appraisal, the checks against the databases of 27 agencies, and the decision. When staff are short, a
# household may first wait in a queue for some whole months before anyone starts its case. A month has on average
# **21.75 working days**.
#
# Write `total_working_days(months_in_queue)` so that it returns the number of working days from application to
# decision for a household that first waits `months_in_queue` whole months.
#
# *Example:* a household that waits 2 months waits 2 × 21.75 + 20 = **63.5 working days** in all.
#
# The two numbers are already given as `WORKING_DAYS_PER_MONTH` and `CASE_WORKING_DAYS`: use them.
# <!-- zh -->
# ## 3. 申请人要等多久？
#
# 经办人员开始办理一个低保个案后，大约需要 **20个工作日**：登记、家庭经济状况核查、民主评议、与27个部门的数据库比对，以及审批。人手不足时，一户家庭可能要先排队等上几个整月，才有人开始办理。每月平均有 **21.75个工作日**。
#
# 请编写函数 `total_working_days(months_in_queue)`，返回先排队 `months_in_queue` 个整月的家庭，从申请到审批一共需要多少个工作日。
#
# *例子：* 排队2个月的家庭，一共要等 2 × 21.75 + 20 = **63.5个工作日**。
#
# 这两个数已经以 `WORKING_DAYS_PER_MONTH` 和 `CASE_WORKING_DAYS` 给出，请直接使用。

# %% nbgrader={"grade": false, "grade_id": "waiting_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
WORKING_DAYS_PER_MONTH = 21.75
CASE_WORKING_DAYS = 20


def total_working_days(months_in_queue):
    # en: Working days from application to decision, the time in the queue included.
    # zh: 从申请到审批的工作日总数，包括排队的时间。
    ### BEGIN SOLUTION
    return months_in_queue * WORKING_DAYS_PER_MONTH + CASE_WORKING_DAYS
    ### END SOLUTION


# %%
# en: Try your function here. A household that waits 2 months should wait 63.5 working days in all.
# zh: 在这里试用你的函数。排队2个月的家庭，一共应等 63.5 个工作日。
total_working_days(2)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "waiting_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example from the text. close(...) allows for tiny rounding differences in decimal numbers.
# zh: 检查：题目里的例子。close(...) 允许小数有极小的舍入误差。
assert close(total_working_days(2), 63.5, 1e-6), L("A household that waits 2 months should wait 63.5 working days in all.", "排队2个月的家庭，一共应等63.5个工作日。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "waiting_more_checks", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks cases you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的情形。
assert close(total_working_days(0), 20, 1e-6), L("A household that does not queue waits only for its case: 20 working days.", "不用排队的家庭只等个案办理：20个工作日。")
### BEGIN HIDDEN TESTS
assert close(total_working_days(1), 41.75, 1e-6), L("Check a household that waits one month.", "请检查排队一个月的家庭。")
assert close(total_working_days(6), 150.5, 1e-6), L("Check a longer wait.", "请检查等待时间较长的情形。")
assert close(total_working_days(12), 281, 1e-6), L("Check a wait of a whole year.", "请检查排队一整年的情形。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Reading a table: Dibao spending in 2014
#
# National Dibao figures for 2014, from the project's background report:
#
# | 2014 | people (million) | households (million) | spending in the year (billion yuan) |
# | --- | --- | --- | --- |
# | urban Dibao | 18.77 | 10.26 | 72.17 |
# | rural Dibao | 52.07 | 29.44 | 87.03 |
#
# On average, how many yuan did one **rural** Dibao recipient receive **per month** in 2014? Set
# `rural_monthly_per_person` to your answer.
#
# *Hint:* spending ÷ people ÷ 12 months, with money in yuan and people counted one by one: 87.03 billion is
# written `87.03e9` and 52.07 million is `52.07e6`.
# <!-- zh -->
# ## 4. 读表：2014年的低保支出
#
# 2014年全国低保数据，摘自项目背景报告：
#
# | 2014年 | 人数（万人） | 户数（万户） | 全年支出（亿元） |
# | --- | --- | --- | --- |
# | 城市低保 | 1877 | 1026 | 721.7 |
# | 农村低保 | 5207 | 2944 | 870.3 |
#
# 平均来说，2014年每位 **农村** 低保对象 **每月** 领取多少元？请把答案赋值给 `rural_monthly_per_person`。
#
# *提示：* 全年支出 ÷ 人数 ÷ 12个月。注意换算成“元”和“人”：870.3亿元写作 `870.3e8`，5207万人写作 `5207e4`。

# %% nbgrader={"grade": false, "grade_id": "table_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Write one line in place of raise NotImplementedError(): rural_monthly_per_person = ...
# zh: 用一行代码替换 raise NotImplementedError()：rural_monthly_per_person = ...
### BEGIN SOLUTION
rural_monthly_per_person = 87.03e9 / 52.07e6 / 12
### END SOLUTION
print(rural_monthly_per_person)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "table_checks", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: Check. If this fails, look at the units first: yuan, people, months.
# zh: 检查。如果没有通过，先检查单位：元、人、月。
assert 10 < rural_monthly_per_person < 1000, L("A monthly amount per person should be tens or hundreds of yuan: check the units.", "每人每月的金额应在几十到几百元之间：请检查单位。")
### BEGIN HIDDEN TESTS
assert close(rural_monthly_per_person, 87.03e9 / 52.07e6 / 12, 0.005 * 87.03e9 / 52.07e6 / 12), L("Close, but not the rural average per person per month.", "接近了，但不是农村每人每月的平均数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. Written answer (graded by your trainer)
#
# In Dachuan an application goes from the town or street service centre to the district centre, which checks the
# applicant against the databases of 27 agencies (gathered by hand, about 3 days), and then to the civil-affairs
# bureau, which decides.
#
# **Name two frictions in the Dachuan application process and how the one-stop centre or an integrated database
# addresses each.** A few sentences for each is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 5. 简答题（由培训师评分）
#
# 在达川区，申请先由乡镇（街道）服务中心受理，再由区中心与27个部门的数据库比对（人工汇总，约需3天），最后由民政局审批。
#
# **请指出达川区申请流程中的两个障碍（堵点），并分别说明一站式服务中心或统一的数据库如何解决它们。** 每个障碍写几句话即可。请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "frictions_answer", "locked": false, "points": 4, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points per friction, 1 for naming it and 1 for a remedy that
# fits it. Accept any two of these, or others the report supports.*
#
# - **Checks gathered by hand.** Each of the 27 agencies keeps its own database, so the district centre collects
#   the results by hand: about 3 days per case, with room for mistakes. An **integrated database** answers the
#   same checks in one query, in minutes.
# - **Many offices for one family.** Programmes belong to different agencies, so a family may visit several
#   offices and tell its story several times. The **one-stop centre** brings staff of many agencies under one
#   roof: one visit, one application, 40 programmes.
# - **Hukou.** A migrant worker must apply in the home town, move the registration, or bring a certificate from
#   home. A database shared between localities lets the home town's records be checked without the journey.
# - **Two systems in parallel** until March 2019: cases were entered twice and records could disagree. **One
#   platform** behind the one-stop centre ends the double entry.
# - **Too few staff** for the people in need: fewer manual checks and repeat visits free caseworkers' time for home
#   visits and follow-up.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：每个障碍2分，指出障碍1分，给出相应的解决办法1分。以下任选两个即可，报告中有依据的其他答案也可接受。*
#
# - **人工汇总比对结果。** 27个部门各有自己的数据库，区中心只能人工收集比对结果：每个个案约需3天，而且容易出错。**统一的数据库** 一次查询即可完成同样的比对，几分钟就够。
# - **一个家庭跑多个部门。** 各项目分属不同部门，一个家庭可能要跑好几个办公室、把情况讲好几遍。**一站式服务中心** 把多个部门的工作人员集中在一处：跑一次、交一份申请，可办40个项目。
# - **户口。** 外出务工人员必须回户籍地申请、迁移户口，或从老家开证明。各地共享的数据库可以直接核查户籍地的记录，不必往返奔波。
# - **新旧系统并行**（直到2019年3月）：个案要录入两次，记录可能不一致。一站式服务中心背后的**统一平台** 结束了重复录入。
# - **人手不足**：减少人工比对和重复跑腿，经办人员就有更多时间入户走访和跟进。
# ### END SOLUTION

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
