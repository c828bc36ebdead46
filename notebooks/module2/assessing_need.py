# %% [markdown]
# <!-- en -->
# # Module 2: Social-work practice: assessing and classifying need
#
# Dibao pays cash. But a frail widow of 84, a young father out of work for two years and a family raising two
# children in a rented room are not poor in the same way, and cash alone will not help them in the same way.
# China's reform of social assistance moves **from cash alone to cash plus professional social services**, matched
# to what each household needs: from passive receipt to self-development, from survival alone to **survival,
# development and opportunity**, and from one standard for all to help by category of need.
#
# To match services to needs, the reform classifies poor households **two ways**:
#
# - by **age and health**: who lives there, and who could work;
# - by **depth of poverty** and **likelihood of leaving it**.
#
# It then names **three kinds of service need**: **securing survival**, **promoting development** and
# **providing opportunities**.
#
# You will:
# 1. learn simple rules for both classifications and for the need, and try them on one household;
# 2. see how the poor households of a simulated district fall into the classes;
# 3. classify six households yourself and check your answers against the rules;
# 4. write a case plan for one of them;
# 5. run the district forward two years and see what follows: do the households classed "likely to leave"
#    really leave poverty more often?
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块二：社会工作实务——评估与分类服务需求
#
# 低保发放的是现金。但一位 84 岁、体弱多病的独居老人，一位失业两年的年轻父亲，一个在出租屋里抚养两个孩子的家庭，
# 他们的贫困各不相同，单靠现金也帮不到同样的程度。中国社会救助改革的方向，是**从单一的现金救助走向“现金 + 专业社会服务”**，
# 按每户家庭的需要提供服务：从被动接受救助到自我发展，从只保生存到**保障生存、促进发展、提供机会**并重，
# 从同一标准到按需分类救助。
#
# 为了让服务与需求相匹配，改革提出用**两种方式**对贫困家庭分类：
#
# - 按**年龄和健康状况**：家里住着谁，谁能劳动；
# - 按**贫困程度**和**脱贫可能性**。
#
# 再据此确定**三类服务需求**：**保障生存**、**促进发展**和**提供机会**。
#
# 你将：
# 1. 学习两种分类和服务需求的简单规则，并用它们判断一户家庭；
# 2. 看看一个模拟县区里的贫困家庭如何分布在各个类别中；
# 3. 自己给六户家庭分类，再与规则的结果对照；
# 4. 为其中一户写一份个案计划；
# 5. 让模拟县区向前运行两年，看看后来的情况：被归为“容易脱贫”的家庭，是否真的更常脱贫？
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.services import needs
from simulation.workshop.module2 import analysis, figures, widgets
from simulation.workshop.shared import runs

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. The rules
#
# **By age and health.** Go down the list and stop at the first line that fits the household:
#
# | class | when |
# | --- | --- |
# | raising children | a child under 16 lives in the household |
# | working age, able | an adult aged 16 to 59 is in good health (no disability, no chronic illness) |
# | working age, ill or disabled | there are adults aged 16 to 59, but all of them are ill or disabled |
# | older, able | everyone is 60 or older, and at least one is under 80 and in good health |
# | older, frail | everyone is 60 or older, and each is ill, disabled or 80 or older |
#
# **By depth of poverty and likelihood of leaving it.** Income here is income **before** assistance, less
# medical costs the household is repaying.
#
# - **Deep** poverty: income per person is at least **half** the standard below it; otherwise **shallow**.
# - **Likely to leave**: an adult of working age in good health **and** poor for **12 months or fewer**;
#   otherwise **unlikely**. Why 12 months? In rural China (CFPS survey), 37.2% of poor households leave poverty
#   after a spell of one year, but only 8.6% of those poor for five years: the longer poverty lasts, the harder
#   it is to leave.
#
# **The need to address first.**
#
# | need | for | services |
# | --- | --- | --- |
# | secure survival | older, frail households; and deep poverty that is unlikely to end soon | cash assistance, daily care |
# | promote development | households raising children, or with an able adult of working age | capacity building: skills, jobs, schooling |
# | provide opportunities | the rest: ill or disabled adults, older people in good health | social support and inclusion |
#
# These rules are a **starting point for your judgement**, not a replacement for it. Two of the limits are choices
# made for this course, not national rules: "deep" at half the standard, and "frail" from age 80. A household can
# have more than one need; the rules name the one to address first.
#
# Try the rules on an elderly rural couple: he is 82 and has a chronic illness, she is 78 and in good health; they
# have 120 yuan a person a month, against a standard of 330, and have been poor for 30 months.
# <!-- zh -->
# ## 1. 规则
#
# **按年龄和健康状况分类。** 从上往下看，停在第一条符合这户家庭的情形：
#
# | 类别 | 条件 |
# | --- | --- |
# | 抚育子女 | 家中有 16 岁以下的孩子 |
# | 劳动年龄、身体健康 | 有一名 16 至 59 岁的成年人身体健康（无残疾、无慢性病） |
# | 劳动年龄、患病或残疾 | 有 16 至 59 岁的成年人，但全部患病或残疾 |
# | 老年、身体健康 | 全家都在 60 岁及以上，至少一人不满 80 岁且身体健康 |
# | 老年、体弱 | 全家都在 60 岁及以上，每个人都患病、残疾或年满 80 岁 |
#
# **按贫困程度和脱贫可能性分类。** 这里的收入是**救助前**的收入，并扣除家庭正在偿还的医疗费用。
#
# - **深度**贫困：人均收入比标准低**一半**或更多；否则为**浅度**贫困。
# - **容易脱贫**：有一名身体健康的劳动年龄成年人，**并且**贫困持续**不超过 12 个月**；否则为**难以脱贫**。
#   为什么是 12 个月？中国家庭追踪调查（CFPS）显示，农村贫困家庭在贫困持续一年后有 37.2% 脱贫，
#   而持续贫困五年的只有 8.6%：贫困持续越久，越难摆脱。
#
# **首先要回应的服务需求。**
#
# | 需求 | 对象 | 服务 |
# | --- | --- | --- |
# | 保障生存 | 老年体弱家庭；以及短期内难以脱贫的深度贫困家庭 | 现金救助、日常照料 |
# | 促进发展 | 抚育子女的家庭，或有健康劳动力的家庭 | 能力建设：技能、就业、子女教育 |
# | 提供机会 | 其余家庭：患病或残疾的成年人、身体健康的老年人 | 社会支持与社会融入 |
#
# 这些规则是**你作出专业判断的起点**，不能代替判断。其中两个界限是本课程的设定，而不是国家规定：
# “深度”以标准的一半为界，“体弱”从 80 岁算起。一户家庭可以有不止一种需求；规则给出的是应当首先回应的那一种。
#
# 用规则判断一对农村老年夫妇：丈夫 82 岁，患有慢性病；妻子 78 岁，身体健康；人均月收入 120 元，当地标准 330 元，
# 已经贫困 30 个月。

# %%
couple = needs.classify_household(ages=[82, 78], ill_or_disabled=[True, False], income_per_person=120,
                                  standard=330, spell_months=30, lang=lang)
print(couple["reason"])

# %% [markdown]
# <!-- en -->
# **Try:** make the wife ill as well (`ill_or_disabled=[True, True]`). Which class changes, and does the need?
# Then give the couple a grandson of 10 (`ages=[82, 78, 10]`, `ill_or_disabled=[True, False, False]`).
# <!-- zh -->
# **试一试：** 让妻子也患病（`ill_or_disabled=[True, True]`），哪个类别变了？服务需求变了吗？
# 再给这对夫妇加一个 10 岁的孙子（`ages=[82, 78, 10]`，`ill_or_disabled=[True, False, False]`）。

# %% [markdown]
# <!-- en -->
# ## 2. The poor households of a district
#
# The district below has 3,000 households, drawn to resemble Dachuan, and has run for a year, so some households
# have been poor for longer than others. The picture shows its poor households (poor before assistance) by age and
# health, each bar split by the need the rules name.
# <!-- zh -->
# ## 2. 一个县区的贫困家庭
#
# 下面的模拟县区有 3,000 户家庭，按达川区的情况生成，已经运行了一年，所以各户贫困持续的时间长短不一。
# 下图按年龄和健康状况显示它的贫困家庭（救助前贫困），每一条再按规则给出的服务需求分段。

# %%
district = runs.district(households=3_000, seed=1)
poor = needs.classify(district, lang=lang)
figures.classes_figure(poor, lang);

# %% [markdown]
# <!-- en -->
# A few of them as a table: the ages of the members, income per person before assistance, the months poor so far,
# the two classes and the need.
# <!-- zh -->
# 以表格列出其中几户：家庭成员的年龄、救助前人均收入、至今贫困的月数、两种分类和服务需求。

# %%
analysis.readable_table(poor.head(8), lang)

# %% [markdown]
# <!-- en -->
# Illness and disability are everywhere among the poor. Nationally, 44% of registered poor households in 2015 were
# poor **because of** illness. How many of the district's poor households have a member who is ill or disabled?
# <!-- zh -->
# 疾病和残疾在贫困家庭中十分普遍。全国范围内，2015 年建档立卡贫困户中有 44% 是**因病致贫**。
# 这个县区的贫困家庭中，有多少户有患病或残疾的成员？

# %%
share = needs.share_with_illness(district)
print(L("Poor households with a member who is ill or disabled: {share:.0%}", "有患病或残疾成员的贫困家庭：{share:.0%}").format(share=share))

# %% [markdown]
# <!-- en -->
# **Discuss:** "has an ill member" and "poor because of illness" are not the same thing. What would you ask on a
# home visit to tell them apart?
# <!-- zh -->
# **讨论：** “家里有病人”和“因病致贫”不是一回事。入户走访时，你会问哪些问题来区分它们？

# %% [markdown]
# <!-- en -->
# ## 3. Your turn: classify six households
#
# Here are six poor households of a small district, as a caseworker would write them up after a home visit. For
# each, choose the class by **age and health**, the class by **depth and likelihood of leaving**, and the **need**
# to address first. Then press **Check**: you get a point for each answer that matches the rules, and an
# explanation for each that does not.
#
# The district has run for a year, so "poor for 13 months" means poor since the simulation began: at least that
# long.
# <!-- zh -->
# ## 3. 动手试一试：给六户家庭分类
#
# 下面是一个小县区里的六户贫困家庭，就像经办人员入户走访后写下的情况。请为每户选择**年龄和健康状况**类别、
# **贫困程度和脱贫可能性**类别，以及首先要回应的**服务需求**。然后点击**核对**：每个与规则一致的答案得一分，
# 不一致的会给出解释。
#
# 这个县区已经运行了一年，所以“贫困 13 个月”表示从模拟开始就一直贫困：至少有这么久。

# %%
exercise = widgets.ClassificationExercise(lang=lang)
exercise.widget

# %% [markdown]
# <!-- en -->
# **Discuss:** where did you disagree with the rules, and who was right? What does a profile like this leave out
# that you would want to know: family elsewhere, debts, the children's schooling, how the household sees itself?
# <!-- zh -->
# **讨论：** 你在哪些地方和规则不一致？谁更有道理？这样的家庭情况介绍漏掉了哪些你想知道的信息：
# 外地的亲属、债务、孩子的上学情况、这户家庭自己怎么看？

# %% [markdown]
# <!-- en -->
# ## 4. A case plan
#
# Write a plan for household 1 of the exercise (change the `1` to plan for another). Choose the needs you see and the
# services that answer them, write one goal a line, and set a date to review the plan: not in the past, and within
# a year, since Dibao is checked again every year. Press **Save the plan**; a problem shows in red beside the button.
# <!-- zh -->
# ## 4. 个案计划
#
# 为练习中的第 1 户家庭制定一份计划（把 `1` 改成其他数字，可以为别的家庭制定计划）。选择你看到的需求和回应这些需求的服务，
# 每行写一个目标，再定一个复核日期：不能是过去的日期，并且要在一年之内，因为低保每年都要复核。
# 点击**保存计划**；如有问题，按钮旁会显示红色提示。

# %%
plan = widgets.CasePlanForm(exercise.case(1), lang=lang)
plan.widget

# %% [markdown]
# <!-- en -->
# The saved plan is kept as a record you can file or share. Run the cell below to see it (it shows `null` until
# you have saved a plan). To keep it as a file, run `plan.export("case_plan.json")`.
# <!-- zh -->
# 保存后的计划是一份可以归档或分享的记录。运行下面的单元格查看（保存计划之前显示 `null`）。
# 如需保存为文件，运行 `plan.export("case_plan.json")`。

# %%
print(plan.to_json())

# %% [markdown]
# <!-- en -->
# ## 5. What follows
#
# A classification is a prediction: "likely to leave" says this household will probably get out of poverty soon.
# Is that true? Below, the district of section 2 is classified, then run forward **24 months**. For each class, the
# bar shows the share of its poor households that were no longer poor (before assistance) at the end. The dashed
# line is the share for all poor households. Move the slider and press **Run** to follow them for longer or
# shorter.
# <!-- zh -->
# ## 5. 后来怎样了
#
# 分类也是一种预测：“容易脱贫”的意思是这户家庭很可能在不久后摆脱贫困。事实是否如此？下面先给第 2 节的县区分类，
# 再让它向前运行 **24 个月**。每个类别的横条表示该类贫困家庭中，到期末已不再贫困（按救助前收入计算）的比例。
# 虚线是全部贫困家庭的比例。移动滑块并点击**运行**，可以跟踪更长或更短的时间。

# %%
follows = widgets.WhatFollows(lang=lang)
follows.run()
follows.widget

# %% [markdown]
# <!-- en -->
# **Discuss:**
#
# - Did the households classed "likely to leave" leave more often than the "unlikely"? By how much?
# - How often do older households leave poverty here, against households raising children? Why, and what does
#   that mean for the services they need?
# - How many of the "likely" households leave in any case? Where does a development service make the most
#   difference: for those who would leave anyway, or for those just below them?
# <!-- zh -->
# **讨论：**
#
# - 被归为“容易脱贫”的家庭，是否比“难以脱贫”的家庭更常脱贫？相差多少？
# - 在这里，老年家庭脱贫的比例是多少？与抚育子女的家庭相比呢？为什么？这对他们需要的服务意味着什么？
# - “容易脱贫”的家庭中，有多少本来就会脱贫？促进发展的服务在哪里作用最大：对本来就会脱贫的家庭，
#   还是对稍差一点的家庭？

# %% [markdown]
# <!-- en -->
# ## What to take away
#
# - Two questions classify a poor household: **who lives there and can they work** (age and health), and **how
#   poor, for how long, and with what chance of getting out** (depth and likelihood of leaving).
# - Together they point to the need to meet first: **survival** (cash and care), **development** (skills, jobs,
#   schooling) or **opportunity** (social support and inclusion).
# - Rules give every household the same first look; a practitioner's visit and judgement complete it, and a case
#   plan with a review date makes sure someone looks again.
# - Check a classification against what follows: a class that predicts nothing is not worth using.
# <!-- zh -->
# ## 要点
#
# - 两个问题决定一户贫困家庭的类别：**家里有谁、能不能劳动**（年龄和健康状况）；**有多穷、穷了多久、有多大机会摆脱**
#   （贫困程度和脱贫可能性）。
# - 两者结合，指出首先要回应的需求：**保障生存**（现金和照料）、**促进发展**（技能、就业、子女教育）或**提供机会**
#   （社会支持与社会融入）。
# - 规则让每户家庭得到同样的初步判断；一线工作人员的走访和专业判断使之完整；有复核日期的个案计划保证有人再来看一看。
# - 用后来的情况检验分类：一个什么也预测不了的分类，不值得使用。
