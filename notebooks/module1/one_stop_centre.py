# %% [markdown]
# <!-- en -->
# # Module 1: Dibao and the one-stop service centre
#
# In this notebook you follow applications for Dibao (the minimum living guarantee) through a simulated district
# modelled on Dachuan District in Sichuan, the pilot site of the EU-China Social Protection Reform Project.
#
# You will:
# 1. follow one household's application from the street or town service centre to the decision and the first payment;
# 2. change the number of caseworkers, integrate the agencies' databases and open online applications, and watch
#    what happens to processing time, queues, coverage and targeting errors;
# 3. work out a household's entitlements with the calculator;
# 4. read the real figures: Dachuan's standards and the national Dibao series.
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块一：低保与一站式服务中心
#
# 在本笔记本中，你将在一个模拟县区中跟踪低保（最低生活保障）申请的办理过程。这个模拟县区以四川省达川区为原型，
# 达川区是中国—欧盟社会保障改革项目的试点地区。
#
# 你将：
# 1. 跟踪一户家庭的申请：从街道或乡镇服务中心受理，到审批决定和第一次发放；
# 2. 调整经办人员数量、整合各部门数据库、开通网上申请，观察办理时间、排队积压、覆盖面和瞄准误差的变化；
# 3. 用计算器算出一户家庭可以享受的救助；
# 4. 阅读真实数据：达川区的低保标准和全国低保数据。
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.reports import charts
from simulation.workshop.module1 import widgets

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. How a case moves
#
# In Dachuan in 2019 (SPRP mission report):
#
# 1. The household applies online or at the nearest **town or street service centre** (52 towns and 2 streets each
#    have one). The ID card is the key to the record.
#    This is the **one-stop service centre**: one window takes the application, and the agencies behind it handle it
#    together.
# 2. The centre registers the case on the IT platform, runs the **means test** and the **democratic appraisal**
#    (home visit, neighbourhood evaluation, **public notice**).
#    The appraisal is also where a committee may turn away a household in which someone of working age could
#    work, although the means test passed it; the household's disabled members may still get Dibao on their own.
#    Fieldwork finds this practice; in the simulated Dachuan it is why about half of the people on Dibao have a
#    disability, as Sichuan reports.
# 3. The **district centre** checks the applicant against the databases of **27 agencies**. Each keeps its own
#    database, so the results are gathered by hand: about **3 days**.
# 4. The district civil-affairs bureau **decides**.
# 5. Dibao is **paid monthly**, and eligibility is **checked again every year**.
#
# A case takes about **20 working days** once a caseworker starts on it. If the centre has more cases than its
# caseworkers can take on, the rest wait in a queue.
#
# Below, pick a household and a month. You see its case file (what the rules gave it, and why) and the journey of
# each of its applications and reviews, stage by stage.
# <!-- zh -->
# ## 1. 一个个案是怎样办理的
#
# 2019 年的达川区（中欧社保项目考察报告）：
#
# 1. 家庭在网上或到就近的**乡镇（街道）服务中心**提出申请（52 个乡镇和 2 个街道各有一个中心）。身份证是查询档案的钥匙。
#    这就是**一站式服务中心**：“一门受理、协同办理”，一个窗口受理申请，相关部门在后台协同办理。
# 2. 中心在信息平台上登记个案，开展**家庭经济状况核查**和**民主评议**（入户调查、邻里评议、**公示**）。
#    民主评议也是评议小组可能劝退家庭的环节：即使通过了家庭经济状况核查，只要家中有劳动年龄成员能够工作，就可能被劝退；这样的家庭里的残疾成员仍可单独纳入低保。
#    实地调查发现了这种做法；在模拟的达川区，正因为如此，低保对象中约有一半是残疾人，与四川的情况相符。
# 3. **区级中心**将申请人信息与 **27 个部门**的数据库比对。各部门各有各的数据库，结果要靠人工汇总：大约需要 **3 天**。
# 4. 区民政局作出**审批决定**。
# 5. 低保金**按月发放**，并**每年复核**一次资格。
#
# 经办人员开始办理后，一个个案大约需要 **20 个工作日**。如果中心的个案多于经办人员能办理的数量，其余的就要排队等候。
#
# 在下面选择一户家庭和一个月份。你会看到这户家庭的个案档案（按规定能得到什么，为什么），以及它每一次申请和复核的办理经过。

# %%
case_files = widgets.CaseFiles(lang=lang)
case_files.widget

# %% [markdown]
# <!-- en -->
# **Look for:** a household granted Dibao after waiting in the queue; a household turned down at the democratic
# appraisal; a household still receiving Dibao although its income is now above the standard. What would have
# caught that last one, and when?
# <!-- zh -->
# **请找一找：** 一户排队等候后获批低保的家庭；一户在民主评议环节被否决的家庭；一户收入已经高于标准却仍在领取低保的家庭。
# 最后这种情况，什么环节、在什么时候能够发现？

# %% [markdown]
# <!-- en -->
# ## 2. Change the centre and see what happens
#
# The district below has 3,000 households and runs for two years. The dashed lines are your settings; the solid
# lines are the district as it was in 2019.
#
# - **Caseworkers**: caseworkers per 10,000 households handling assistance cases. Too few, and queues build up.
# - **Integrated database**: one shared database instead of 27. The district check takes half a day instead of
#   three, and incomes are verified against shared records, so the means test makes fewer mistakes.
# - **Online applications**: households can apply from home through the platform. More of those who are eligible
#   apply, and there is no counter visit to register.
#
# Change the settings and press **Run**.
# <!-- zh -->
# ## 2. 改变服务中心的条件，看看会发生什么
#
# 下面的模拟县区有 3,000 户家庭，运行两年。虚线是你的设置，实线是 2019 年时的县区状况。
#
# - **经办人员**：每万户家庭中负责救助个案的经办人员人数。人太少，个案就会积压。
# - **统一数据库**：用一个共享数据库代替 27 个部门数据库。区级核查从三天缩短为半天，收入可以与共享记录核对，
#   家庭经济状况核查的差错因此减少。
# - **网上申请**：家庭可以在家通过平台申请。更多符合条件的家庭会提出申请，登记也不用再跑窗口。
#
# 调整设置后，点击 **运行**。

# %%
pipeline = widgets.PipelineLab(lang=lang)
pipeline.run()
pipeline.widget

# %% [markdown]
# <!-- en -->
# **Discuss:** Halve the caseworkers. How long do households now wait, and what happens to the share of eligible
# households that receive nothing (the exclusion error)? Which helps more with a shortage of staff: integrating the
# databases or opening online applications? Does making it easier to apply have a cost?
# <!-- zh -->
# **讨论：** 把经办人员减少一半。家庭现在要等多久？符合条件却什么也没领到的家庭比例（漏保率）会怎样变化？
# 在人手不足的情况下，建立统一数据库和开通网上申请，哪一个帮助更大？让申请更方便有没有代价？

# %% [markdown]
# <!-- en -->
# ## 3. The household calculator
#
# Describe a household: its area, the ages of its members (add `:disabled` or `:severe` after an age), and its
# monthly income from all sources. The calculator applies Dachuan's 2019 rules, the same rules the simulation uses,
# and explains each amount. Try the family in the box first: income 930 yuan for three people in a town.
# <!-- zh -->
# ## 3. 家庭救助计算器
#
# 描述一户家庭：所在地区、各成员的年龄（在年龄后加 `:disabled` 表示残疾，加 `:severe` 表示重度残疾）以及家庭每月的全部收入。
# 计算器使用达川区 2019 年的规定（与模拟使用的规定相同），并解释每一项金额。先试一试框中的家庭：城镇三口之家，月收入 930 元。

# %%
calculator = widgets.Calculator(lang=lang)
calculator.widget

# %% [markdown]
# <!-- en -->
# **Try:** an elderly rural couple aged 82 and 78 with 240 yuan a month and no family to support them; the same
# couple with family elsewhere; a family of four with a severely disabled member.
# <!-- zh -->
# **试一试：** 一对 82 岁和 78 岁的农村老年夫妇，每月收入 240 元，无人赡养；同一对夫妇，但有在外地的子女赡养；一个有重度残疾成员的四口之家。

# %% [markdown]
# <!-- en -->
# ## 4. The real figures
#
# In 2019 Dachuan's standard was **520 yuan** per person per month in urban areas and **330 yuan** in rural areas.
# The national averages that year were about 617 and 437 yuan. Nationally, the number of people on Dibao has fallen
# since 2013 while standards have risen every year: fewer people, more money each.
# <!-- zh -->
# ## 4. 真实数据
#
# 2019 年，达川区的低保标准为城市每人每月 **520 元**、农村 **330 元**。同年全国平均约为 617 元和 437 元。
# 从全国看，自 2013 年以来低保人数不断减少，而标准逐年提高：人数更少，每人得到更多。

# %%
charts.national_dibao(lang);

# %% [markdown]
# <!-- en -->
# ## What to take away
#
# - Processing time is the 20 working days of the procedure **plus the time spent waiting** for a caseworker.
# - Every step that checks a household (means test, appraisal, database check) can make mistakes in both
#   directions: paying some who are not eligible (inclusion error) and missing some who are (exclusion error).
# - Integrating databases and opening online applications change different things: accuracy and speed on one side,
#   how many eligible households apply on the other.
# <!-- zh -->
# ## 要点
#
# - 办理时间 = 程序本身的 20 个工作日 **+ 等候经办人员的时间**。
# - 每一个核查环节（家庭经济状况核查、民主评议、数据库比对）都可能在两个方向上出错：给不符合条件的人发放（错保），
#   漏掉符合条件的人（漏保）。
# - 建立统一数据库和开通网上申请改变的是不同的东西：一个提高准确性和速度，另一个让更多符合条件的家庭提出申请。
