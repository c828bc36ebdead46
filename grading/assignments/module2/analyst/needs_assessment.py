# %% [markdown]
# <!-- en -->
# # Module 2 assessment, analyst track: assessing and classifying need
#
# The reform of China's social assistance classifies poor households two ways, by **age and health** and by
# **depth of poverty and likelihood of leaving it**, and matches them to three kinds of service need: **securing
# survival**, **promoting development** and **providing opportunities**. In this exercise you put the course's
# rules into a few lines of Python, then write a case plan. You will:
#
# 1. classify a household by age and health;
# 2. classify it by depth of poverty and likelihood of leaving;
# 3. name the need to address first;
# 4. write a short case plan for one family.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at households you have not seen, so think about
# every kind of household, not only the examples.
#
# Your functions **return a class as text**, for example `"older_frail"`. Spelling is forgiving: capital letters,
# spaces or hyphens instead of the underscore are all accepted (`"Older frail"`, `"older-frail"`).
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块二测验（分析人员版）：评估与分类服务需求
#
# 中国社会救助改革用两种方式给贫困家庭分类：按**年龄和健康状况**，按**贫困程度和脱贫可能性**；再将它们与三类服务需求对应：
# **保障生存**、**促进发展**和**提供机会**。在本练习中，你将用几行 Python 代码写出课程中的规则，然后写一份个案计划。你将：
#
# 1. 按年龄和健康状况给家庭分类；
# 2. 按贫困程度和脱贫可能性给家庭分类；
# 3. 确定首先要回应的服务需求；
# 4. 为一个家庭写一份简短的个案计划。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的家庭来测试，所以请考虑各种家庭，而不只是例子。
#
# 你的函数以**文字代码**返回类别，例如 `"older_frail"`。拼写要求很宽松：大写字母、用空格或连字符代替下划线都可以（`"Older frail"`、`"older-frail"`）。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads what the checks below use.
# zh: 请先运行这个单元格：它载入下面各项检查要用的工具。
from simulation.grading.checks import same_class

# %% [markdown]
# <!-- en -->
# ## 1. By age and health
#
# Go down the table and stop at the **first** line that fits the household. "In good health" means no disability
# and no chronic illness.
#
# | code to return | when |
# | --- | --- |
# | `"child_rearing"` | a child under 16 lives in the household |
# | `"working_able"` | a member aged 16 to 59 is in good health |
# | `"working_ill_disabled"` | there are members aged 16 to 59, but all of them are ill or disabled |
# | `"older_able"` | everyone is 60 or older, and at least one is under 80 and in good health |
# | `"older_frail"` | everyone is 60 or older, and each is ill, disabled or 80 or older |
#
# Write `age_health_class(ages, ill_or_disabled)`. `ages` is the list of the members' ages and `ill_or_disabled`
# a list of `True` or `False` for each member, in the same order: `age_health_class([82, 78], [True, False])` is
# an 82-year-old who is ill and a 78-year-old in good health.
#
# The function already makes four lists for you, one for each kind of member the table looks at. *Hint:* `if
# children:` is true when the list `children` is not empty. Use `if`, then `elif`, in the order of the table, and
# `else` for the last line.
# <!-- zh -->
# ## 1. 按年龄和健康状况分类
#
# 从上往下看表格，停在**第一条**符合这户家庭的情形。“身体健康”指没有残疾，也没有慢性病。
#
# | 返回的代码 | 含义 | 条件 |
# | --- | --- | --- |
# | `"child_rearing"` | 抚育子女 | 家中有 16 岁以下的孩子 |
# | `"working_able"` | 劳动年龄、身体健康 | 有一名 16 至 59 岁的成员身体健康 |
# | `"working_ill_disabled"` | 劳动年龄、患病或残疾 | 有 16 至 59 岁的成员，但全部患病或残疾 |
# | `"older_able"` | 老年、身体健康 | 全家都在 60 岁及以上，至少一人不满 80 岁且身体健康 |
# | `"older_frail"` | 老年、体弱 | 全家都在 60 岁及以上，每个人都患病、残疾或年满 80 岁 |
#
# 请编写函数 `age_health_class(ages, ill_or_disabled)`。`ages` 是各成员年龄的列表，`ill_or_disabled` 是每个成员是否患病或残疾（`True` 或 `False`）的列表，顺序相同：`age_health_class([82, 78], [True, False])` 表示一位患病的 82 岁老人和一位身体健康的 78 岁老人。
#
# 函数已经为你准备好四个列表，分别对应表格要看的四种成员。*提示：* 当列表 `children` 不为空时，`if children:` 成立。按表格的顺序使用 `if`、`elif`，最后一行用 `else`。

# %% nbgrader={"grade": false, "grade_id": "classify_age_health_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def age_health_class(ages, ill_or_disabled):
    # en: The class by age and health, as one of the five codes in the table.
    # zh: 按年龄和健康状况的类别：表格中五个代码之一。
    members = list(zip(ages, ill_or_disabled))
    children = [age for age, ill in members if age < 16]
    working_age = [age for age, ill in members if 16 <= age < 60]
    working_age_healthy = [age for age, ill in members if 16 <= age < 60 and not ill]
    older_healthy_under_80 = [age for age, ill in members if 60 <= age < 80 and not ill]
    ### BEGIN SOLUTION
    if children:
        return "child_rearing"
    elif working_age_healthy:
        return "working_able"
    elif working_age:
        return "working_ill_disabled"
    elif older_healthy_under_80:
        return "older_able"
    else:
        return "older_frail"
    ### END SOLUTION


# %%
# en: Try your function here; change the household as you like. This couple should be "older_able".
# zh: 在这里试用你的函数，家庭可以随意修改。这对夫妇应当是 "older_able"。
age_health_class([82, 78], [True, False])

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "classify_age_health_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the examples. No red message means they pass.
# zh: 检查：例子。没有红色信息就说明通过了。
# en: A code is read as the question allows: capitals, spaces or hyphens instead of the underscore.
# zh: 按题目允许的写法读取代码：大写字母、用空格或连字符代替下划线都可以。
assert same_class("age_health", age_health_class([82, 78], [True, False]), "older_able"), L("The couple aged 82 (ill) and 78 (in good health) is older_able: the 78-year-old is under 80 and healthy.", "82岁（患病）和78岁（健康）的夫妇是 older_able：78岁的一方不满80岁且身体健康。")
assert same_class("age_health", age_health_class([82, 78], [True, True]), "older_frail"), L("If both are ill, the couple is older_frail.", "如果两人都患病，这对夫妇是 older_frail。")
assert same_class("age_health", age_health_class([45, 43, 12], [False, False, False]), "child_rearing"), L("A family with a child of 12 is child_rearing, whatever the parents' health.", "有12岁孩子的家庭是 child_rearing，不论父母健康如何。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "classify_age_health", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks households you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的家庭。
# en: A code is read as the question allows: capitals, spaces or hyphens instead of the underscore.
# zh: 按题目允许的写法读取代码：大写字母、用空格或连字符代替下划线都可以。
assert same_class("age_health", age_health_class([35], [False]), "working_able"), L("A healthy person of 35 living alone is working_able.", "独居、身体健康的35岁成年人是 working_able。")
### BEGIN HIDDEN TESTS
assert same_class("age_health", age_health_class([35], [True]), "working_ill_disabled"), L("Check an adult of working age who is ill.", "请检查患病的劳动年龄成年人。")
assert same_class("age_health", age_health_class([85], [False]), "older_frail"), L("Someone aged 80 or older counts as frail, even in good health.", "年满80岁的人即使身体健康，也算体弱。")
assert same_class("age_health", age_health_class([79], [False]), "older_able"), L("Check the last age before 80.", "请检查80岁之前的最后一个年龄。")
assert same_class("age_health", age_health_class([80, 60], [False, True]), "older_frail"), L("Check the ages 80 and 60 exactly.", "请检查正好80岁和正好60岁的情形。")
assert same_class("age_health", age_health_class([60, 59], [False, True]), "working_ill_disabled"), L("A member aged 59 is still of working age.", "59岁的成员仍属劳动年龄。")
assert same_class("age_health", age_health_class([16, 70], [False, True]), "working_able"), L("A member aged 16 is of working age, no longer a child.", "16岁的成员属于劳动年龄，不再是孩子。")
assert same_class("age_health", age_health_class([15, 70], [False, False]), "child_rearing"), L("A member aged 15 is a child.", "15岁的成员是孩子。")
assert same_class("age_health", age_health_class([70, 38, 8], [True, True, False]), "child_rearing"), L("Children come first in the table, even when the adults are ill.", "表格中孩子排在第一位，即使成年人患病也是如此。")
assert same_class("age_health", age_health_class([11], [True]), "child_rearing"), L("Check a household with ages [11] (ill or disabled: [True]).", "请检查年龄为 [11]（患病或残疾：[True]）的家庭。")
assert same_class("age_health", age_health_class([94, 85], [False, True]), "older_frail"), L("Check a household with ages [94, 85] (ill or disabled: [False, True]).", "请检查年龄为 [94, 85]（患病或残疾：[False, True]）的家庭。")
assert same_class("age_health", age_health_class([77, 4], [False, True]), "child_rearing"), L("Check a household with ages [77, 4] (ill or disabled: [False, True]).", "请检查年龄为 [77, 4]（患病或残疾：[False, True]）的家庭。")
assert same_class("age_health", age_health_class([81, 50, 92, 65], [False, False, False, True]), "working_able"), L("Check a household with ages [81, 50, 92, 65] (ill or disabled: [False, False, False, True]).", "请检查年龄为 [81, 50, 92, 65]（患病或残疾：[False, False, False, True]）的家庭。")
assert same_class("age_health", age_health_class([3], [False]), "child_rearing"), L("Check a household with ages [3] (ill or disabled: [False]).", "请检查年龄为 [3]（患病或残疾：[False]）的家庭。")
assert same_class("age_health", age_health_class([48, 54, 67], [True, True, True]), "working_ill_disabled"), L("Check a household with ages [48, 54, 67] (ill or disabled: [True, True, True]).", "请检查年龄为 [48, 54, 67]（患病或残疾：[True, True, True]）的家庭。")
assert same_class("age_health", age_health_class([41, 22], [True, False]), "working_able"), L("Check a household with ages [41, 22] (ill or disabled: [True, False]).", "请检查年龄为 [41, 22]（患病或残疾：[True, False]）的家庭。")
assert same_class("age_health", age_health_class([86, 71, 23, 57, 53], [False, False, False, False, False]), "working_able"), L("Check a household with ages [86, 71, 23, 57, 53] (ill or disabled: [False, False, False, False, False]).", "请检查年龄为 [86, 71, 23, 57, 53]（患病或残疾：[False, False, False, False, False]）的家庭。")
assert same_class("age_health", age_health_class([20, 51, 91, 94], [False, False, False, False]), "working_able"), L("Check a household with ages [20, 51, 91, 94] (ill or disabled: [False, False, False, False]).", "请检查年龄为 [20, 51, 91, 94]（患病或残疾：[False, False, False, False]）的家庭。")
assert same_class("age_health", age_health_class([65, 45, 84, 58, 59], [False, False, False, False, False]), "working_able"), L("Check a household with ages [65, 45, 84, 58, 59] (ill or disabled: [False, False, False, False, False]).", "请检查年龄为 [65, 45, 84, 58, 59]（患病或残疾：[False, False, False, False, False]）的家庭。")
assert same_class("age_health", age_health_class([89, 21, 78], [True, False, True]), "working_able"), L("Check a household with ages [89, 21, 78] (ill or disabled: [True, False, True]).", "请检查年龄为 [89, 21, 78]（患病或残疾：[True, False, True]）的家庭。")
assert same_class("age_health", age_health_class([64, 71, 66, 64, 83, 78], [False, True, True, False, False, False]), "older_able"), L("Check a household with ages [64, 71, 66, 64, 83, 78] (ill or disabled: [False, True, True, False, False, False]).", "请检查年龄为 [64, 71, 66, 64, 83, 78]（患病或残疾：[False, True, True, False, False, False]）的家庭。")
assert same_class("age_health", age_health_class([43], [False]), "working_able"), L("Check a household with ages [43] (ill or disabled: [False]).", "请检查年龄为 [43]（患病或残疾：[False]）的家庭。")
assert same_class("age_health", age_health_class([95, 13], [True, False]), "child_rearing"), L("Check a household with ages [95, 13] (ill or disabled: [True, False]).", "请检查年龄为 [95, 13]（患病或残疾：[True, False]）的家庭。")
assert same_class("age_health", age_health_class([75, 29, 87], [False, True, False]), "working_ill_disabled"), L("Check a household with ages [75, 29, 87] (ill or disabled: [False, True, False]).", "请检查年龄为 [75, 29, 87]（患病或残疾：[False, True, False]）的家庭。")
assert same_class("age_health", age_health_class([31, 26, 7], [False, False, True]), "child_rearing"), L("Check a household with ages [31, 26, 7] (ill or disabled: [False, False, True]).", "请检查年龄为 [31, 26, 7]（患病或残疾：[False, False, True]）的家庭。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. By depth of poverty and likelihood of leaving
#
# Income here is income per person **before** assistance.
#
# - **Deep** poverty: income per person is **half the standard or less**; otherwise **shallow**.
#   (With a standard of 330 yuan, 165 yuan is deep and 166 yuan is shallow.)
# - **Likely** to leave: the household has at least one adult of working age in good health **and** has been poor
#   for **12 months or fewer**; otherwise **unlikely**.
#
# | code to return | depth | likelihood of leaving |
# | --- | --- | --- |
# | `"deep_likely"` | deep | likely |
# | `"deep_unlikely"` | deep | unlikely |
# | `"shallow_likely"` | shallow | likely |
# | `"shallow_unlikely"` | shallow | unlikely |
#
# Write `poverty_class(income_per_person, standard, spell_months, healthy_adults)`: `spell_months` is how many months
# the household has been poor, and `healthy_adults` how many of its members are of working age and in good health.
#
# *Hint:* work out the two parts first, for example `depth = "deep"` or `"shallow"`, then return
# `depth + "_" + likelihood`.
# <!-- zh -->
# ## 2. 按贫困程度和脱贫可能性分类
#
# 这里的收入是**救助前**的人均收入。
#
# - **深度**贫困：人均收入**不超过标准的一半**；否则为**浅度**贫困。（标准为330元时，165元是深度，166元是浅度。）
# - **容易**脱贫：家中至少有一名身体健康的劳动年龄成年人，**并且**贫困持续**不超过12个月**；否则为**难以**脱贫。
#
# | 返回的代码 | 贫困程度 | 脱贫可能性 |
# | --- | --- | --- |
# | `"deep_likely"` | 深度 | 容易脱贫 |
# | `"deep_unlikely"` | 深度 | 难以脱贫 |
# | `"shallow_likely"` | 浅度 | 容易脱贫 |
# | `"shallow_unlikely"` | 浅度 | 难以脱贫 |
#
# 请编写函数 `poverty_class(income_per_person, standard, spell_months, healthy_adults)`：`spell_months` 是这户家庭已经贫困的月数，`healthy_adults` 是家中身体健康的劳动年龄成员人数。
#
# *提示：* 先分别算出两部分，例如 `depth = "deep"` 或 `"shallow"`，然后返回 `depth + "_" + likelihood`。

# %% nbgrader={"grade": false, "grade_id": "classify_poverty_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def poverty_class(income_per_person, standard, spell_months, healthy_adults):
    # en: The class by depth of poverty and likelihood of leaving, as one of the four codes in the table.
    # zh: 按贫困程度和脱贫可能性的类别：表格中四个代码之一。
    ### BEGIN SOLUTION
    if income_per_person <= standard / 2:
        depth = "deep"
    else:
        depth = "shallow"
    if healthy_adults >= 1 and spell_months <= 12:
        likelihood = "likely"
    else:
        likelihood = "unlikely"
    return depth + "_" + likelihood
    ### END SOLUTION


# %%
# en: Try your function here. The couple of question 1 (120 yuan each, standard 330, poor for 30 months, no healthy
# en: adult of working age) should be "deep_unlikely".
# zh: 在这里试用你的函数。第1题中的夫妇（人均120元，标准330元，贫困30个月，没有健康的劳动年龄成年人）应当是 "deep_unlikely"。
poverty_class(120, 330, 30, 0)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "classify_poverty_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the examples.
# zh: 检查：例子。
# en: A code is read by its two parts, depth and likelihood, however it is spelled.
# zh: 按两个部分（贫困程度和脱贫可能性）读取代码，不论怎样拼写。
assert same_class("poverty", poverty_class(120, 330, 30, 0), "deep_unlikely"), L("120 yuan against 330 for 30 months, with no healthy adult, is deep_unlikely.", "标准330元、人均120元、贫困30个月且没有健康成年人，是 deep_unlikely。")
assert same_class("poverty", poverty_class(300, 330, 4, 1), "shallow_likely"), L("300 yuan against 330, poor for 4 months, with a healthy adult, is shallow_likely.", "标准330元、人均300元、贫困4个月且有一名健康成年人，是 shallow_likely。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "classify_poverty", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks households you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的家庭。
# en: A code is read by its two parts, depth and likelihood, however it is spelled.
# zh: 按两个部分（贫困程度和脱贫可能性）读取代码，不论怎样拼写。
assert same_class("poverty", poverty_class(165, 330, 12, 1), "deep_likely"), L("Exactly half the standard is deep; exactly 12 months still counts as likely.", "正好是标准的一半算深度；正好12个月仍算容易脱贫。")
### BEGIN HIDDEN TESTS
assert same_class("poverty", poverty_class(166, 330, 13, 2), "shallow_unlikely"), L("Check an income just above half the standard, poor for 13 months.", "请检查人均收入略高于标准一半、贫困13个月的情形。")
assert same_class("poverty", poverty_class(0, 520, 1, 1), "deep_likely"), L("Check a household with no income that has just become poor.", "请检查刚刚陷入贫困、没有收入的家庭。")
assert same_class("poverty", poverty_class(519, 520, 6, 0), "shallow_unlikely"), L("Without a healthy adult of working age, a household is unlikely to leave, however short the spell.", "没有健康的劳动年龄成年人，无论贫困多短，都难以脱贫。")
assert same_class("poverty", poverty_class(260, 520, 12, 3), "deep_likely"), L("Check the urban standard of 520 yuan.", "请检查城市标准520元的情形。")
assert same_class("poverty", poverty_class(164.9, 330, 2, 1), "deep_likely"), L("Incomes are not always whole yuan.", "收入不一定是整数元。")
assert same_class("poverty", poverty_class(303, 330, 35, 1), "shallow_unlikely"), L("Check income 303 yuan against a standard of 330, poor for 35 months, with 1 healthy adults.", "请检查标准330元、人均收入303元、贫困35个月、有1名健康成年人的情形。")
assert same_class("poverty", poverty_class(485, 520, 5, 0), "shallow_unlikely"), L("Check income 485 yuan against a standard of 520, poor for 5 months, with 0 healthy adults.", "请检查标准520元、人均收入485元、贫困5个月、有0名健康成年人的情形。")
assert same_class("poverty", poverty_class(265, 520, 36, 1), "shallow_unlikely"), L("Check income 265 yuan against a standard of 520, poor for 36 months, with 1 healthy adults.", "请检查标准520元、人均收入265元、贫困36个月、有1名健康成年人的情形。")
assert same_class("poverty", poverty_class(240, 330, 35, 3), "shallow_unlikely"), L("Check income 240 yuan against a standard of 330, poor for 35 months, with 3 healthy adults.", "请检查标准330元、人均收入240元、贫困35个月、有3名健康成年人的情形。")
assert same_class("poverty", poverty_class(154, 520, 15, 1), "deep_unlikely"), L("Check income 154 yuan against a standard of 520, poor for 15 months, with 1 healthy adults.", "请检查标准520元、人均收入154元、贫困15个月、有1名健康成年人的情形。")
assert same_class("poverty", poverty_class(15, 520, 5, 1), "deep_likely"), L("Check income 15 yuan against a standard of 520, poor for 5 months, with 1 healthy adults.", "请检查标准520元、人均收入15元、贫困5个月、有1名健康成年人的情形。")
assert same_class("poverty", poverty_class(154, 330, 2, 2), "deep_likely"), L("Check income 154 yuan against a standard of 330, poor for 2 months, with 2 healthy adults.", "请检查标准330元、人均收入154元、贫困2个月、有2名健康成年人的情形。")
assert same_class("poverty", poverty_class(396, 520, 28, 3), "shallow_unlikely"), L("Check income 396 yuan against a standard of 520, poor for 28 months, with 3 healthy adults.", "请检查标准520元、人均收入396元、贫困28个月、有3名健康成年人的情形。")
assert same_class("poverty", poverty_class(137, 520, 24, 0), "deep_unlikely"), L("Check income 137 yuan against a standard of 520, poor for 24 months, with 0 healthy adults.", "请检查标准520元、人均收入137元、贫困24个月、有0名健康成年人的情形。")
assert same_class("poverty", poverty_class(69, 330, 32, 1), "deep_unlikely"), L("Check income 69 yuan against a standard of 330, poor for 32 months, with 1 healthy adults.", "请检查标准330元、人均收入69元、贫困32个月、有1名健康成年人的情形。")
assert same_class("poverty", poverty_class(446, 520, 20, 3), "shallow_unlikely"), L("Check income 446 yuan against a standard of 520, poor for 20 months, with 3 healthy adults.", "请检查标准520元、人均收入446元、贫困20个月、有3名健康成年人的情形。")
assert same_class("poverty", poverty_class(359, 520, 35, 3), "shallow_unlikely"), L("Check income 359 yuan against a standard of 520, poor for 35 months, with 3 healthy adults.", "请检查标准520元、人均收入359元、贫困35个月、有3名健康成年人的情形。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. The need to address first
#
# | code to return | need | when |
# | --- | --- | --- |
# | `"survival"` | secure survival: cash and care | the household is `"older_frail"`, **or** its poverty is `"deep_unlikely"` |
# | `"development"` | promote development: skills, jobs, schooling | otherwise, if it is `"child_rearing"` or `"working_able"` |
# | `"opportunity"` | provide opportunities: social support and inclusion | in every other case |
#
# Write `service_need(age_health, poverty)`. It takes the two codes of questions 1 and 2, written exactly as in
# their tables, for example `service_need("older_able", "deep_unlikely")`.
#
# *Hint:* `x in ("a", "b")` is true when `x` is one of the two.
# <!-- zh -->
# ## 3. 首先要回应的服务需求
#
# | 返回的代码 | 需求 | 条件 |
# | --- | --- | --- |
# | `"survival"` | 保障生存：现金和照料 | 家庭是 `"older_frail"`，**或者**贫困类别是 `"deep_unlikely"` |
# | `"development"` | 促进发展：技能、就业、子女教育 | 不属于上一条，且家庭是 `"child_rearing"` 或 `"working_able"` |
# | `"opportunity"` | 提供机会：社会支持与社会融入 | 其他所有情形 |
#
# 请编写函数 `service_need(age_health, poverty)`。它接收第1题和第2题的两个代码，写法与表格中完全相同，例如 `service_need("older_able", "deep_unlikely")`。
#
# *提示：* 当 `x` 是两者之一时，`x in ("a", "b")` 成立。

# %% nbgrader={"grade": false, "grade_id": "map_needs_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
def service_need(age_health, poverty):
    # en: The need to address first, as one of the three codes in the table.
    # zh: 首先要回应的需求：表格中三个代码之一。
    ### BEGIN SOLUTION
    if age_health == "older_frail" or poverty == "deep_unlikely":
        return "survival"
    elif age_health in ("child_rearing", "working_able"):
        return "development"
    else:
        return "opportunity"
    ### END SOLUTION


# %%
# en: Try your function here. The couple of question 1 should be "survival".
# zh: 在这里试用你的函数。第1题中的夫妇应当是 "survival"。
service_need("older_able", "deep_unlikely")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "map_needs_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the examples.
# zh: 检查：例子。
# en: A need is read by its word (survival, development or opportunity), however it is spelled.
# zh: 按关键词（survival、development 或 opportunity）读取需求，不论怎样拼写。
assert same_class("need", service_need("older_able", "deep_unlikely"), "survival"), L("Deep poverty that is unlikely to end calls for survival first.", "难以摆脱的深度贫困，首先需要保障生存。")
assert same_class("need", service_need("working_able", "shallow_likely"), "development"), L("An able adult of working age in shallow poverty calls for development.", "浅度贫困、有健康劳动力的家庭需要促进发展。")
assert same_class("need", service_need("older_able", "shallow_unlikely"), "opportunity"), L("Older people in good health, in shallow poverty, call for opportunity.", "浅度贫困、身体健康的老年人需要提供机会。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "map_needs", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks every pair of classes.
# zh: 更多检查。培训师评分时，这个单元格还会检查所有类别组合。
# en: A need is read by its word (survival, development or opportunity), however it is spelled.
# zh: 按关键词（survival、development 或 opportunity）读取需求，不论怎样拼写。
assert same_class("need", service_need("older_frail", "shallow_unlikely"), "survival"), L("Older, frail households need survival first, even in shallow poverty.", "老年体弱家庭即使是浅度贫困，也首先需要保障生存。")
### BEGIN HIDDEN TESTS
assert same_class("need", service_need("child_rearing", "shallow_likely"), "development"), L("Check a household that is child_rearing and shallow_likely.", "请检查类别为 child_rearing、shallow_likely 的家庭。")
assert same_class("need", service_need("child_rearing", "shallow_unlikely"), "development"), L("Check a household that is child_rearing and shallow_unlikely.", "请检查类别为 child_rearing、shallow_unlikely 的家庭。")
assert same_class("need", service_need("child_rearing", "deep_likely"), "development"), L("Check a household that is child_rearing and deep_likely.", "请检查类别为 child_rearing、deep_likely 的家庭。")
assert same_class("need", service_need("child_rearing", "deep_unlikely"), "survival"), L("Check a household that is child_rearing and deep_unlikely.", "请检查类别为 child_rearing、deep_unlikely 的家庭。")
assert same_class("need", service_need("working_able", "shallow_likely"), "development"), L("Check a household that is working_able and shallow_likely.", "请检查类别为 working_able、shallow_likely 的家庭。")
assert same_class("need", service_need("working_able", "shallow_unlikely"), "development"), L("Check a household that is working_able and shallow_unlikely.", "请检查类别为 working_able、shallow_unlikely 的家庭。")
assert same_class("need", service_need("working_able", "deep_likely"), "development"), L("Check a household that is working_able and deep_likely.", "请检查类别为 working_able、deep_likely 的家庭。")
assert same_class("need", service_need("working_able", "deep_unlikely"), "survival"), L("Check a household that is working_able and deep_unlikely.", "请检查类别为 working_able、deep_unlikely 的家庭。")
assert same_class("need", service_need("working_ill_disabled", "shallow_likely"), "opportunity"), L("Check a household that is working_ill_disabled and shallow_likely.", "请检查类别为 working_ill_disabled、shallow_likely 的家庭。")
assert same_class("need", service_need("working_ill_disabled", "shallow_unlikely"), "opportunity"), L("Check a household that is working_ill_disabled and shallow_unlikely.", "请检查类别为 working_ill_disabled、shallow_unlikely 的家庭。")
assert same_class("need", service_need("working_ill_disabled", "deep_likely"), "opportunity"), L("Check a household that is working_ill_disabled and deep_likely.", "请检查类别为 working_ill_disabled、deep_likely 的家庭。")
assert same_class("need", service_need("working_ill_disabled", "deep_unlikely"), "survival"), L("Check a household that is working_ill_disabled and deep_unlikely.", "请检查类别为 working_ill_disabled、deep_unlikely 的家庭。")
assert same_class("need", service_need("older_able", "shallow_likely"), "opportunity"), L("Check a household that is older_able and shallow_likely.", "请检查类别为 older_able、shallow_likely 的家庭。")
assert same_class("need", service_need("older_able", "shallow_unlikely"), "opportunity"), L("Check a household that is older_able and shallow_unlikely.", "请检查类别为 older_able、shallow_unlikely 的家庭。")
assert same_class("need", service_need("older_able", "deep_likely"), "opportunity"), L("Check a household that is older_able and deep_likely.", "请检查类别为 older_able、deep_likely 的家庭。")
assert same_class("need", service_need("older_able", "deep_unlikely"), "survival"), L("Check a household that is older_able and deep_unlikely.", "请检查类别为 older_able、deep_unlikely 的家庭。")
assert same_class("need", service_need("older_frail", "shallow_likely"), "survival"), L("Check a household that is older_frail and shallow_likely.", "请检查类别为 older_frail、shallow_likely 的家庭。")
assert same_class("need", service_need("older_frail", "shallow_unlikely"), "survival"), L("Check a household that is older_frail and shallow_unlikely.", "请检查类别为 older_frail、shallow_unlikely 的家庭。")
assert same_class("need", service_need("older_frail", "deep_likely"), "survival"), L("Check a household that is older_frail and deep_likely.", "请检查类别为 older_frail、deep_likely 的家庭。")
assert same_class("need", service_need("older_frail", "deep_unlikely"), "survival"), L("Check a household that is older_frail and deep_unlikely.", "请检查类别为 older_frail、deep_unlikely 的家庭。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Written answer: a case plan (graded by your trainer)
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
# A few sentences for each point is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 4. 简答题：个案计划（由培训师评分）
#
# 一户四口之家，住在农村，上周进行了入户走访。父亲41岁，两年来患有慢性腰病，已经失业18个月。母亲38岁，身体健康，
# 打季节性农工，每月收入约600元。儿子13岁，女儿8岁。家里没有其他收入，已经贫困18个月。农村低保标准为每人每月330元。
#
# **请为这个家庭写一份简短的个案计划：**
#
# 1. 按规则得出的两种类别和服务需求，以及你是否同意（说明理由）；
# 2. 你会安排哪些服务，可以由谁提供（政府、承接政府购买服务的社会组织、志愿者、社区）；
# 3. 两个可以在复核时检查的目标；
# 4. 你会在什么时候复核这份计划，为什么。
#
# 每一点写几句话即可。请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "case_plan_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points for point 1 (1 for the classes and need, 1 for a reasoned
# view on them), 2 for point 2 (services that fit the needs, with a plausible provider), 1 for goals that can be
# checked, 1 for a review date within a year with a reason. Accept other reasoned plans.*
#
# 1. **Classes and need.** Income is 600 ÷ 4 = 150 yuan a person, 55% below the standard: **deep** poverty. The
#    mother is a healthy adult of working age, but the family has been poor for 18 months, more than 12: **unlikely
#    to leave**. With children of 13 and 8 the family is **raising children**. The rules give **secure survival**
#    first (deep and unlikely to leave). I agree that the basic living comes first, but the family also has a
#    clear **development** need: the children's schooling and the mother's and, with treatment, the father's work.
# 2. **Services.** Dibao cash assistance (the gap of 180 yuan a person, about 720 yuan a month) and medical
#    assistance for the father's treatment, from the civil-affairs system; rehabilitation or light work suited to
#    his back; employment support for the mother (skills training, steadier work), from the employment service or a
#    social organisation under contract; school support for the children (fee waivers, after-school help) with the
#    school and community volunteers.
# 3. **Goals.** The father has seen a doctor and follows a treatment plan within 3 months; the mother has steadier
#    work or a training place within 6 months; both children are still in school at the review.
# 4. **Review** in 6 months, and in any case within the year, when Dibao eligibility is checked again: the
#    family's income may change quickly if the mother finds steadier work, and a long spell makes it important
#    to check that the plan is working.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：第1点2分（类别和需求1分，对其有理有据的看法1分）；第2点2分（服务与需求相符，并有合理的提供方）；可检查的目标1分；一年之内的复核日期并说明理由1分。其他有理有据的计划也可接受。*
#
# 1. **类别和需求。** 人均收入 600 ÷ 4 = 150 元，比标准低 55%：**深度**贫困。母亲是身体健康的劳动年龄成年人，但家庭已经贫困18个月，超过12个月：**难以脱贫**。家里有13岁和8岁的孩子，属于**抚育子女**家庭。按规则，首先需要**保障生存**（深度贫困且难以脱贫）。我同意先保障基本生活，但这个家庭也有明显的**促进发展**需求：孩子的教育，母亲的就业，以及父亲经过治疗后的就业。
# 2. **服务。** 由民政部门提供低保现金救助（每人补差180元，每月约720元）和父亲治疗的医疗救助；为父亲安排康复或适合腰病的轻体力工作；由就业服务机构或承接政府购买服务的社会组织为母亲提供就业支持（技能培训、更稳定的工作）；与学校和社区志愿者一起为孩子提供学业支持（减免费用、课后辅导）。
# 3. **目标。** 3个月内父亲已经就医并按治疗方案治疗；6个月内母亲有了更稳定的工作或培训名额；复核时两个孩子都还在上学。
# 4. **复核**：6个月后复核，无论如何要在一年之内（低保每年复核资格时）：母亲如果找到更稳定的工作，家庭收入可能很快变化；贫困持续时间长，更需要检查计划是否见效。
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
