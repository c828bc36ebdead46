# %% [markdown]
# <!-- en -->
# # Module 6: Reform-scenario lab
#
# Dachuan District had plans in 2019: one integrated database instead of 27, online applications, perhaps a higher
# standard. Every such reform has supporters, and every one has a price. Before a district spends money and staff
# time on one, it wants to know what the reform would do: how many people it lifts out of poverty, who gains and
# who loses, what it costs and who pays.
#
# This notebook is a laboratory for that question. You will:
# 1. read a **scenario file**, the way a reform is written down, and see why each reform is tried on **the same
#    households** as the baseline;
# 2. **build your own reform** with a few levers and compare it with Dachuan as it was in 2019;
# 3. **save it as a scenario file**, to run at full size with the `carelab` command;
# 4. run it on several simulated districts and see **how sure** the result is;
# 5. work out what it costs **per person lifted out of poverty**;
# 6. discuss **which reform you would recommend** to Dachuan, and what you would want to know first.
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块六：改革情景实验室
#
# 2019 年，达川区有几项改革计划：用一个统一数据库代替 27 个部门数据库，开通网上申请，也许还要提高低保标准。
# 每一项改革都有人支持，每一项也都有代价。在投入资金和人力之前，区里想知道改革会带来什么：能让多少人摆脱贫困，
# 谁受益、谁受损，要花多少钱，由谁来出。
#
# 这个笔记本就是回答这个问题的实验室。你将：
# 1. 阅读一份**情景文件**（改革方案的书面形式），并理解为什么每项改革都要在与基线**相同的家庭**上试验；
# 2. 用几项设置**设计你自己的改革**，并与 2019 年的达川区比较；
# 3. 把它**保存为情景文件**，以便用 `carelab` 命令按全区规模运行；
# 4. 在几个模拟县区上运行，看看结果**有多可靠**；
# 5. 计算**每让一人脱贫**要花多少钱；
# 6. 讨论**你会向达川区推荐哪项改革**，以及你首先想了解什么。
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.inputs.scenarios import load_scenario
from simulation.reports import charts
from simulation.workshop.module6 import levers, results, scenarios, widgets
from simulation.workshop.module6.seeds import reform_figures, reform_table

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. What a scenario file is
#
# The simulated district follows Dachuan's rules as they were on a given day: the Dibao standards (520 yuan a
# person a month in town, 330 in the countryside), the 27 agency databases checked by hand, the counter at the
# street or town centre, and so on. Every one of these figures sits in a dated **parameter file**, with its source.
#
# A **scenario file** is a short text that says which district, from which day, how many households, for how many
# months, and **what changes**. Here is the one for the reform Dachuan had planned:
# <!-- zh -->
# ## 1. 什么是情景文件
#
# 模拟县区按照达川区某一天实行的规定运行：低保标准（城市每人每月 520 元，农村 330 元）、由人工比对的 27 个部门数据库、
# 街道或乡镇服务中心的窗口，等等。每一个数字都记录在一份注明日期的**参数文件**中，并附有出处。
#
# **情景文件**是一段简短的文字，说明哪个县区、从哪一天开始、有多少户家庭、模拟多少个月，以及**改变了什么**。
# 下面是达川区计划中的那项改革的情景文件：

# %%
print(scenarios.file_text(scenarios.SHIPPED_REFORMS[0], lang))

# %% [markdown]
# <!-- en -->
# The same file in plain words. Lines starting with `#` in the file are notes for people; the model reads the rest.
# <!-- zh -->
# 用平实的语言说，就是下面这些。文件中以 `#` 开头的行是写给人看的说明，模型读取其余部分。

# %%
print("\n".join(levers.scenario_in_words(load_scenario(scenarios.SHIPPED_REFORMS[0]), lang)))

# %% [markdown]
# <!-- en -->
# ### The same households under every reform
#
# To judge a reform fairly, you would like to try it on the same families, in the same years, with the same
# illnesses, job losses and births, and compare. In real life that is impossible: a district lives through its years
# once. In the simulation it is possible. The **seed** draws the district's households and every event of their
# lives; run the baseline and the reform with the same seed, and they face **the same households living the same
# lives** (statisticians call this *common random numbers*). Only the rules differ, so any difference in the
# results is the reform's doing, and each household can be followed from one run to the other.
#
# Below, the baseline and the integrated-database reform run on a district of 4,000 households for 36 months. In
# the chart, poverty **before** assistance is the same line in both runs: the same lives (it moves, by about 0.02
# of a point at most, only where medical assistance, which comes with Dibao, pays part of a household's medical
# bills). Poverty **after** assistance differs: the rules.
# <!-- zh -->
# ### 每项改革面对的都是同样的家庭
#
# 要公平地评价一项改革，最好是在同样的家庭身上、在同样的年份、遇到同样的疾病、失业和生育时试验，再作比较。
# 在现实中这做不到：一个县区的每一年只过一次。在模拟中却可以做到。**随机种子**决定县区里有哪些家庭，以及他们生活中的每一件事；
# 用同一个随机种子运行基线和改革，两者面对的就是**过着同样生活的同样家庭**（统计学上称为*共同随机数*）。
# 唯一的区别是规则，所以结果中的任何差异都是改革带来的，而且每户家庭都可以从一次运行跟踪到另一次运行。
#
# 下面，基线和统一数据库改革在一个有 4,000 户家庭的县区上运行 36 个月。图中，**救助前**的贫困在两次运行中是同一条线：
# 同样的生活（只有在随低保而来的医疗救助替家庭支付了部分医疗费用时，这条线才会略有差别，最多相差约0.02个百分点）。**救助后**的贫困不同：这是规则的作用。

# %%
baseline = scenarios.lab_scenario(scenarios.BASELINE_FILE, lang)
integrated = scenarios.lab_scenario(scenarios.SHIPPED_REFORMS[0], lang)
example = scenarios.compare(baseline, integrated)
charts.figure("poverty", example.monthly, lang);

# %% [markdown]
# <!-- en -->
# Six households whose assistance changed most, side by side. Their own income (earnings, pensions and
# remittances, less medical costs being repaid; yuan a month, averaged over the run) is the same in both runs, or
# nearly so where medical assistance paid part of their medical costs; what they receive is not. Where a household **loses** assistance under this reform, it is because its income is
# now checked against shared records: in the baseline it may have been paid by mistake. Where a household **gains**
# although its own income looks high, read the last three columns: Dibao is decided on a month's income, at
# application and at each review, not on the mean over the run. A household above the standard in most months can
# fall below it in a bad one; a household with a disabled member, up to 1.5 times the standard, can have that
# member granted Dibao on their own, the standard less any pension of their own (单人户); and in the countryside
# the means test leaves out the basic pension the central government sets (88 yuan a month in 2019) for each member
# drawing the resident pension. The reform's means test errs less, so it finds such households in the months they
# qualify.
# <!-- zh -->
# 下面是救助金额变化最大的六户家庭，两次运行并排列出。它们自己的收入（工资、养老金和汇款，扣除正在偿还的医疗费用；
# 每月元数，模拟期内平均）在两次运行中相同，或者在医疗救助支付了部分医疗费用时几乎相同；领到的救助则不同。如果某户家庭在这项改革下**失去**救助，是因为它的收入现在要与共享记录核对：
# 在基线中，它可能是被错误地发放了救助。如果某户家庭自己的收入看起来很高，却在改革下**得到**更多救助，请看最后三列：
# 低保按某一个月的收入认定（申请时和每次复核时），而不是按模拟期内的平均收入。大多数月份高于标准的家庭，在困难的月份也可能低于标准；
# 有残疾成员、人均收入不超过标准 1.5 倍的家庭，其残疾成员可以单独纳入低保（单人户），领取一个人的标准减去本人的养老金；
# 在农村，家计调查不计入每名领取城乡居民养老金的成员由中央确定的基础养老金（2019年每月88元）。
# 改革后的家计调查误差更小，所以能在这些家庭符合条件的月份找到它们。

# %%
results.same_households(example, lang=lang)

# %% [markdown]
# <!-- en -->
# **Discuss:** why is this comparison fairer than comparing Dachuan with a neighbouring district that has already
# integrated its databases, or Dachuan in 2020 with Dachuan in 2019?
# <!-- zh -->
# **讨论：** 为什么这样比较，比把达川区与一个已经建成统一数据库的邻近区县比较，或者把 2020 年的达川区与 2019 年的达川区比较，更加公平？

# %% [markdown]
# <!-- en -->
# ## 2. Build your reform
#
# The levers below change Dachuan's 2019 rules. Each lever left as it is keeps the baseline's rule.
#
# | lever | what it changes in the simulated district |
# | --- | --- |
# | Dibao standard, change in % | both standards, town and countryside; 10 raises them by a tenth (572 and 363 yuan). For comparison, the national averages in 2019 were 617 and 437 yuan |
# | caseworkers per 10,000 households | the staff who take on applications and the yearly reviews; too few, and cases queue |
# | one integrated database | the district's check takes half a day instead of about 3 days, and incomes are checked against shared records, so the means test errs less |
# | online applications | households can apply from home; more of the eligible apply |
# | no counter visit | the centre reads certificates from shared records instead of asking applicants to bring them in |
# | decision deadline | every case must be decided within this many working days (0: no deadline). Finland sets 7, Poland about a month (21), the Netherlands eight weeks (40) |
# | gradual exit | months a household keeps Dibao after its income rises above the standard (渐退), so that taking a job does not cost the whole benefit at once |
# | activation path | the share of new recipient households with a member able to work that are sent to a 12-month path back to work, as at Poland's Social Integration Centres or Germany's Jobcenters |
# | minimum-income scheme | replace Dibao by an EU member state's scheme, brought over to Dachuan at the local standard or at the same share of the median income as at home |
#
# Several of these effects are **assumptions** of the model, not measured facts: how much easier applying online
# makes it, or how much more often people on an activation path find work. `carelab parameters` lists every figure
# with its source or the reason for the assumption.
#
# Press **Run**. The lab checks your reform **exactly as `carelab` checks a scenario file**; an entry that a
# scenario file could not hold gets a message in red beside it, and the last result stays. It then runs your reform
# and the baseline on a district of 4,000 households for 36 months (seed 1) and shows:
#
# - a few sentences on what changed;
# - the **headline table**: poverty before and after assistance (the share of people below the standard, and the
#   poverty gap: how far below it they are, on average, as a share of the standard), coverage of the poor, the
#   inclusion error (recipients who are not eligible) and the exclusion error (eligible households that receive
#   nothing), take-up, working days from application to decision, and spending by programme and by level of
#   government, all as means over the 36 months;
# - **who gains and who loses** by type of household: the share whose income after assistance rises or falls by more
#   than 1%;
# - what it costs per person lifted out of poverty (section 5 explains it).
#
# The lab starts with the integrated database and online applications switched on: Dachuan's own plan.
# <!-- zh -->
# ## 2. 设计你的改革
#
# 下面的设置改变的是达川区 2019 年的规定。没有动过的设置，就保留基线的规定。
#
# | 设置 | 它在模拟县区中改变什么 |
# | --- | --- |
# | 低保标准变化（%） | 同时改变城市和农村两个标准；10 表示提高十分之一（572 元和 363 元）。作为对照，2019 年全国平均标准为 617 元和 437 元 |
# | 每万户经办人员 | 受理申请和年度复核的工作人员；人太少，个案就要排队 |
# | 统一数据库 | 区级核查从约 3 天缩短为半天，收入与共享记录核对，家庭经济状况核查的差错减少 |
# | 网上申请 | 家庭可以在家申请；更多符合条件的家庭会提出申请 |
# | 无需到窗口 | 服务中心从共享记录读取证明材料，不再要求申请人带来 |
# | 审批时限 | 每个个案必须在这么多个工作日内作出决定（0：没有时限）。芬兰规定 7 个工作日，波兰约一个月（21 个），荷兰八周（40 个） |
# | 渐退 | 家庭收入超过标准后还能继续领取低保的月数，这样找到工作就不会一下子失去全部救助 |
# | 就业促进 | 有劳动能力成员的新获救助家庭中，被安排参加为期 12 个月的重返就业项目的比例，类似波兰的社会融入中心或德国的就业中心 |
# | 最低收入制度 | 用一个欧盟成员国的制度代替低保，按本地低保标准，或按在本国时占收入中位数的同样比例移植到达川区 |
#
# 其中有几项效果是模型的**假设**，而不是测量得到的事实：例如网上申请让申请变得容易多少，参加就业促进的人找到工作的机会高多少。
# `carelab parameters` 列出了每一个数字的出处，或者作出假设的理由。
#
# 点击**运行**。实验室会**完全按照 `carelab` 检查情景文件的方式**检查你的改革；情景文件中不允许的输入，旁边会出现红色提示，
# 并保留上一次的结果。然后，它在一个有 4,000 户家庭的县区上把你的改革和基线各运行 36 个月（随机种子为 1），并显示：
#
# - 几句话说明有什么变化；
# - **主要指标表**：救助前和救助后的贫困（低于标准的人口比例，以及贫困缺口：平均低于标准多少，占标准的比例）、贫困家庭覆盖率、
#   错保率（领取救助但不符合条件的比例）和漏保率（符合条件却什么也没领到的比例）、申领率、从申请到审批决定的工作日数，
#   以及按项目和按政府层级划分的支出，都是 36 个月的平均值；
# - 按家庭类型划分的**受益者和受损者**：救助后收入上升或下降超过 1% 的家庭比例；
# - 每让一人脱贫的成本（第 5 节会解释）。
#
# 实验室一开始打开了统一数据库和网上申请：这正是达川区自己的计划。

# %%
lab = widgets.ReformLab(lang=lang)
lab.set(integrated_database=True, online_application=True)
lab.run()
lab.widget

# %% [markdown]
# <!-- en -->
# **Try:**
#
# 1. Raise the standard by 10% and switch everything else back off. Poverty **after** assistance goes **up**. Why?
#    (Poverty is measured against each scenario's own standard: people between the old and the new standard now
#    count as poor.) Now read the line "on the locality's own standard": the same line for both, on which the
#    reform lifts people out. Look at the poverty gap and at who gains too.
# 2. Cut the caseworkers to 1.5 per 10,000 households: how long do cases take now? Then add a decision deadline of
#    21 working days. What does the deadline cost, and who pays it?
# 3. Type `-5` as the decision deadline and press Run: read the message. A scenario file with the same mistake would
#    be refused by `carelab` with the same words.
# 4. Replace Dibao by the German or the Finnish scheme at the local standard. Who gains, who loses?
#
# **Discuss:** migrant households gain far less often than others from these reforms, and from most of them not at
# all. Why, and what reform would reach them?
# <!-- zh -->
# **试一试：**
#
# 1. 把标准提高 10%，其他设置都恢复原状。救助**后**的贫困反而**上升**了。为什么？（贫困是按每个情景自己的标准衡量的：
#    收入介于旧标准和新标准之间的人，现在也算作贫困。）再看“按本地原有标准”那一行：两个情景用的是同一条线，
#    在这条线上改革让人脱了贫。也看看贫困缺口以及谁受益。
# 2. 把经办人员减少到每万户 1.5 人：现在办一个个案要多久？再加上 21 个工作日的审批时限。这个时限的代价是什么，由谁承担？
# 3. 在审批时限中输入 `-5`，点击运行，读一读提示。含有同样错误的情景文件，`carelab` 会用同样的话拒绝。
# 4. 用德国或芬兰的制度代替低保（按本地标准）。谁受益，谁受损？
#
# **讨论：** 流动人口家庭从这些改革中受益的比例远低于其他家庭，大多数改革根本没有让他们受益。为什么？什么样的改革才能惠及他们？

# %% [markdown]
# <!-- en -->
# ## 3. Save your reform as a scenario file
#
# A district of 4,000 households over three years answers quickly, but it is small. To run your reform at the
# baseline file's full size (20,000 households over five years) and get the full report, save it as a scenario
# file: give it a file name and press **Save as a scenario file**. The lab checks it once more, writes the file into
# the folder `my-reforms` next to this notebook (all at once: a half-written file never replaces a good one), reads
# it back, and shows the `carelab compare` command that compares it with the baseline. The command writes a
# report (`report.html`) you can read, print or pass on.
# <!-- zh -->
# ## 3. 把你的改革保存为情景文件
#
# 有 4,000 户家庭、运行三年的县区反应很快，但规模较小。要按基线文件的完整规模（20,000 户家庭、五年）运行你的改革并得到完整报告，
# 请把它保存为情景文件：输入文件名，点击**保存为情景文件**。实验室会再检查一次，把文件写入本笔记本旁边的 `my-reforms` 文件夹
# （一次写完：写了一半的文件绝不会替换好的文件），再读回来检查，并给出把它与基线比较的 `carelab compare` 命令。
# 这个命令会生成一份可以阅读、打印或转发的报告（`report.html`）。

# %%
lab.save_widget

# %% [markdown]
# <!-- en -->
# ## 4. One run is not enough
#
# A seed draws one district. Another seed draws another district of the same kind: other families, other
# illnesses, other job losses. The result of one run is one draw, and part of any difference between two reforms
# could be luck. So run the comparison on several districts and look at the spread.
#
# Below, your last reform and the baseline run on districts drawn with seeds 1 to 5. On the left, each district's
# figure in the baseline and with your reform, joined by a line: the pairs move together, because in each district
# both runs face the same households. On the right, the **difference** in each district, its mean and its **95%
# confidence interval**: the range in which the true effect of the reform most likely lies, given these districts.
#
# - If the interval **leaves out zero**, the change is larger than the noise: the reform really moves this figure.
# - If it **includes zero**, these runs cannot tell the change apart from chance. Run more seeds, a larger district,
#   or accept that the effect, if any, is small.
#
# Notice how much narrower the interval of the difference is than the spread of the baseline's own figure between
# districts: that is what comparing on the same households buys.
# <!-- zh -->
# ## 4. 只运行一次是不够的
#
# 一个随机种子生成一个县区。换一个随机种子，就生成另一个同类的县区：别的家庭、别的疾病、别的失业。一次运行的结果只是一次抽样，
# 两项改革之间的差异，有一部分可能只是运气。所以要在几个县区上进行比较，看看结果有多分散。
#
# 下面，你最近一次运行的改革和基线在随机种子 1 到 5 生成的县区上运行。左图是每个县区在基线和你的改革下的数值，用线连起来：
# 每一对都一起变动，因为在同一个县区里，两次运行面对的是同样的家庭。右图是每个县区的**差值**、差值的平均数和 **95% 置信区间**：
# 根据这些县区，改革的真实效果最有可能落在这个范围内。
#
# - 如果区间**不包含零**，变化大于随机波动：改革确实改变了这个指标。
# - 如果区间**包含零**，这些运行无法把变化与偶然区分开来。可以增加随机种子、扩大县区规模，或者接受：即使有效果，也很小。
#
# 注意，差值的区间比基线自身数值在各县区之间的差别窄得多：这就是在同样的家庭上比较带来的好处。

# %%
seeds = widgets.SeedCheck(lab, lang=lang)
seeds.run()
seeds.widget

# %% [markdown]
# <!-- en -->
# **Try:** in the lab of section 2, switch everything off except an activation path for 50% of new recipients, run
# it, then press **Run** here. Is the change in poverty after assistance larger than the noise? And the inclusion
# error? Try 10 seeds.
#
# For many runs at full size, `carelab sweep` runs a grid of settings times a number of seeds (on several computers
# if you have them) and reports every figure with its 95% interval, for example
# `carelab sweep scenarios/sweeps/staffing-and-integration.yaml --out SWEEP`.
# <!-- zh -->
# **试一试：** 在第 2 节的实验室中，只保留就业促进（新获救助家庭的 50%），其余都关掉，运行后再点击这里的**运行**。
# 救助后贫困的变化大于随机波动吗？错保率呢？试一试 10 个随机种子。
#
# 要按完整规模运行很多次，可以用 `carelab sweep`：它把一组设置与若干随机种子组合起来运行（有多台电脑时可以分布运行），
# 并给出每个指标及其 95% 区间，例如 `carelab sweep scenarios/sweeps/staffing-and-integration.yaml --out SWEEP`。

# %% [markdown]
# <!-- en -->
# ## 5. What it costs per person lifted out of poverty
#
# A reform that lifts people out of poverty usually costs money. One way to compare reforms is the **extra spending
# per person lifted out of poverty**:
#
# - people lifted out = people below the locality's own standard after assistance in the baseline − the same with
#   the reform (people below it = the poverty rate on that standard × the number of people; means over the run).
#   The locality's own standard is the one its rules set before any reform: the same line for both;
# - extra spending = the reform's spending a month − the baseline's;
# - cost per person lifted out = extra spending ÷ people lifted out, in yuan a month (× 12 for a year).
#
# Read it with care:
#
# - a reform that lifts people out **and saves money** (fewer people paid by mistake) has a negative cost: better and
#   cheaper;
# - a reform that lifts no one out has no such cost: what it buys is elsewhere (shorter waits, fewer errors);
# - a reform that **raises the standard** is still measured on the old line here: the people it lifts above the old
#   standard count as lifted out, although against its own, higher standard more people count as poor;
# - on a small district, a few people lifted out make a large, shaky figure: check it across seeds;
# - look at **who pays**: the central government paid 72% of urban and 67% of rural Dibao nationally in 2014, and
#   the model keeps these shares; local governments pay the rest, and the whole of the old-age allowance.
#
# Your last reform:
# <!-- zh -->
# ## 5. 每让一人脱贫要花多少钱
#
# 能让人摆脱贫困的改革，通常要花钱。比较改革的一种办法是看**每让一人脱贫增加的支出**：
#
# - 脱贫人数 = 基线中救助后低于本地原有标准的人数 − 改革后同样的人数（低于该标准的人数 = 按该标准计算的贫困率 × 总人数；
#   取模拟期内平均）。本地原有标准是改革之前本地规定的标准，两个情景用的是同一条线；
# - 增加的支出 = 改革后每月支出 − 基线每月支出；
# - 每让一人脱贫的成本 = 增加的支出 ÷ 脱贫人数，单位为每月元数（乘以 12 为每年）。
#
# 解读时要小心：
#
# - 既让人脱贫**又省钱**的改革（错发给不符合条件者的钱减少了），成本是负数：更好也更省；
# - 没有让任何人脱贫的改革，就没有这个成本：它带来的好处在别处（等候更短、差错更少）；
# - **提高标准**的改革在这里仍按原来的线衡量：它让收入越过原标准的人都算作脱贫，尽管按它自己更高的标准，贫困人数会更多；
# - 在小县区上，几个人的脱贫会得出一个很大且不稳定的数字：要用多个随机种子检验；
# - 看看**由谁出钱**：2014 年全国城市低保支出的 72%、农村低保支出的 67% 由中央财政负担，模型沿用这两个比例；
#   其余由地方政府负担，高龄津贴则全部由地方负担。
#
# 你最近一次运行的改革：

# %%
print("\n".join(results.cost_lines(lab.cost_effectiveness(), lang)))

# %% [markdown]
# <!-- en -->
# The reforms shipped with the lab, each against the baseline on the districts of seeds 1 to 5, with your last
# reform at the end. Each cell gives the mean change and its 95% interval. The last column is the mean extra
# spending divided by the mean number of people lifted out; a dash where the seeds do not show people lifted out.
# This takes a few seconds.
# <!-- zh -->
# 下表是实验室自带的几项改革，每项都在随机种子 1 到 5 生成的县区上与基线比较，你最近一次运行的改革排在最后。每一格给出平均变化及其
# 95% 区间。最后一列是平均增加的支出除以平均脱贫人数；如果这些随机种子没有显示有人脱贫，就显示一条短横线。需要运行几秒钟。

# %%
candidates = scenarios.shipped_reforms(lang) + [lab.reform]
reform_table(reform_figures(lab.baseline, candidates), lang)

# %% [markdown]
# <!-- en -->
# ## 6. Discussion: what would you recommend to Dachuan?
#
# In groups, agree on one reform (one of the table's, yours, or a mix) to recommend to Dachuan's civil-affairs
# bureau, and prepare three minutes on it:
#
# - **What it does**, in figures from the lab: poverty after assistance, coverage, the exclusion and inclusion
#   errors, waiting times, with their intervals.
# - **What it costs and who pays**: the extra spending a month, the local governments' share, the cost per person
#   lifted out.
# - **Who gains and who loses**: households receiving Dibao at the start lose most often under an integrated
#   database. Is that fair, or harsh? What would you do for them?
# - **What you would want to know first**, before spending the money: which of the model's assumptions matter most
#   to your recommendation (look them up in `carelab parameters`), what Dachuan's own data could tell you (take-up,
#   real processing times, the caseworkers' workload), and how a pilot in a few towns could test it.
#
# EU partners: which member state's experience is closest to your recommendation, and what went wrong there?
# <!-- zh -->
# ## 6. 讨论：你会向达川区推荐什么？
#
# 分组商定一项改革（表中的一项、你自己的，或者几项的组合），向达川区民政局推荐，并准备三分钟的发言：
#
# - **它带来什么**，用实验室的数字说明：救助后贫困、覆盖率、漏保率和错保率、等候时间，以及它们的区间。
# - **它要花多少钱，由谁出**：每月增加的支出、地方政府承担的部分、每让一人脱贫的成本。
# - **谁受益，谁受损**：在统一数据库改革下，一开始就在领取低保的家庭最常受损。这样公平吗，还是太严厉？你会为他们做些什么？
# - **在花钱之前，你首先想了解什么**：模型的哪些假设对你的建议影响最大（在 `carelab parameters` 中查找），达川区自己的数据能告诉你什么
#   （申领率、实际办理时间、经办人员的工作量），以及怎样在几个乡镇试点检验它。
#
# 欧盟合作方：哪个成员国的经验与你们的建议最接近？那里出过什么问题？

# %% [markdown]
# <!-- en -->
# ## What to take away
#
# - A reform written as a **scenario file** can be checked, run, compared and passed on: the same file gives the
#   same results on any computer.
# - Compare reforms on **the same households**: then a difference is the reform's doing, and you can see who gains
#   and who loses.
# - **One run is not enough**: look at the interval across seeds before you trust a difference.
# - **Cost per person lifted out** is a useful yardstick, not the only one: waiting times, errors and fairness count
#   too, and so does who pays.
# - A model shows what follows from its rules and assumptions. Use it to sharpen the questions you take to a pilot,
#   not to replace the pilot.
# <!-- zh -->
# ## 要点
#
# - 写成**情景文件**的改革可以检查、运行、比较和分享：同一个文件在任何电脑上都得到同样的结果。
# - 在**同样的家庭**上比较改革：这样差异才是改革带来的，也才能看清谁受益、谁受损。
# - **只运行一次是不够的**：先看各随机种子之间的区间，再相信一个差异。
# - **每让一人脱贫的成本**是一把有用的尺子，但不是唯一的尺子：等候时间、差错和公平同样重要，由谁出钱也很重要。
# - 模型展示的是由它的规则和假设推出的结果。用它把要带到试点中去检验的问题想得更清楚，而不是代替试点。
