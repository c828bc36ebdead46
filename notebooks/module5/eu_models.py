# %% [markdown]
# <!-- en -->
# # Module 5: Learning from EU models
#
# Every EU member state has a minimum-income scheme: a last safety net, like Dibao, for households whose income
# is too low to live on. They differ in how generous they are, in how they treat a family compared with a person
# alone, in how much of a job's earnings they let people keep, in what they ask of people able to work, and in
# who runs them: Germany's **Jobcenters**, Poland's **municipal social-welfare centres** with their **Social
# Integration Centres**, Finland's national insurance institution **Kela**. And everywhere many people who are
# entitled do not claim: in France about a third of entitled households (2018), in Finland more than half (2010).
# No member state reaches 80% take-up.
#
# The EU-China Social Protection Reform Project (SPRP) brought Polish practice and the EU way of running shared
# databases to Dachuan in January 2019. This module asks, with the figures and the simulated district: **what could
# Dachuan borrow?** You will:
#
# 1. see seven schemes side by side with Dibao: levels, family weights, earnings, conditions, who runs them;
# 2. take one household and work out what it would get under Dibao and under each EU scheme brought to Dachuan,
#    and see why converting euros to yuan at the exchange rate would mislead;
# 3. run a simulated district under Dibao and under an EU scheme, and compare poverty, coverage, take-up,
#    targeting errors, spending, and who gains and who loses;
# 4. try the EU delivery features one at a time in Dachuan's Dibao: shared data, an activation path, a decision
#    deadline, applying without a counter visit;
# 5. discuss what Dachuan could borrow.
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块五：借鉴欧盟经验
#
# 欧盟每个成员国都有最低收入保障制度：和低保一样，是为收入不足以维持生活的家庭兜底的最后一张安全网。各国制度的差别在于：
# 标准高低；家庭与独居者相比怎样计算；工作收入可以保留多少；对有劳动能力的人有什么要求；以及由谁来实施：德国的**就业中心**
# （Jobcenter），波兰的**市镇社会福利中心**及其**社会融入中心**，芬兰的国家社会保险机构 **Kela**。而且各国都有许多符合条件的人
# 没有申领：法国约三分之一的符合条件家庭没有申领（2018 年），芬兰超过一半（2010 年）。没有一个成员国的申领率达到 80%。
#
# 2019 年 1 月，中欧社会保障改革合作项目（SPRP）把波兰的做法和欧盟共享数据库的运作方式介绍到了达川区。本模块借助数据和模拟
# 县区来回答：**达川可以借鉴什么？** 你将：
#
# 1. 把七个国家的制度与低保并排比较：标准、家庭权重、劳动收入、附加条件、实施机构；
# 2. 选一户家庭，算出它在低保下、以及在移植到达川的各个欧盟制度下能得到多少，并理解为什么按汇率把欧元换算成人民币会产生误导；
# 3. 让一个模拟县区分别在低保和某个欧盟制度下运行，比较贫困、覆盖面、申领率、瞄准误差、支出，以及谁受益、谁受损；
# 4. 在达川的低保中逐一试用欧盟的经办做法：数据共享、就业促进通道、审批时限、无需到窗口申请；
# 5. 讨论达川可以借鉴什么。
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.workshop.module5.district import every_scheme, overview_table, verdict_lines
from simulation.workshop.module5.figures import schemes_figure
from simulation.workshop.module5.schemes import exchange_rate_lines, schemes_table, sources_table
from simulation.workshop.module5.widgets import DeliveryFeatures, DistrictComparison, HouseholdComparison

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. Seven schemes side by side
#
# The table puts one scheme in each column and Dachuan's Dibao in the last. Read it row by row:
#
# - **a single adult, a month, at home**: the scheme's amount for a person living alone, in its own currency
#   (housing costs are paid on top in Germany, Finland and Sweden, and left out here);
# - **share of the country's median income**: the fair way to compare generosity across countries. Half the
#   people of the country have more than the median income, half less;
# - **each further adult, each child**: what a partner and a child add, as a share of a single adult's amount.
#   Dibao adds a whole standard for every member;
# - **earnings not counted**: how much of a job's pay a recipient keeps, so that taking work pays;
# - **activation and sanctions**: how many recipients able to work are sent on a path back to work, and how often
#   a benefit is cut for not taking part;
# - **run by**: the office people deal with;
# - **entitled but not claiming**: where the sources publish an estimate.
# <!-- zh -->
# ## 1. 七个制度并排比较
#
# 下表每一列是一个国家的制度，最后一列是达川区的低保。请逐行阅读：
#
# - **单身成年人在本国每月的标准**：独居者的金额，以该国货币计（德国、芬兰和瑞典另外支付住房费用，这里不计入）；
# - **占该国收入中位数的比例**：跨国比较保障水平的合理方法。该国一半的人收入高于中位数，一半低于中位数；
# - **每增加一名成年人、一名儿童的权重**：配偶和孩子各增加单身成年人标准的多少。低保为每位成员都增加一个完整的标准；
# - **不计入的劳动收入**：受助者工作后可以保留多少收入，让工作“划算”；
# - **就业促进与减发救助金**：有劳动能力的受助者中有多少人被转入重返工作的通道，以及因不参与而被减发救助金的频率；
# - **实施机构**：群众打交道的办事机构；
# - **符合条件但未申领**：资料中有公布估计数的国家。

# %%
schemes_table(lang)

# %% [markdown]
# <!-- en -->
# The same in pictures. **Left:** a single adult's level as a share of the country's median income; the red lines
# are Dachuan's Dibao standard as a share of Dachuan's median income per person (520 of 2,473 yuan in town, 330 of
# 932 in the countryside). **Middle:** how many single adults' amounts a couple with two children gets; Dibao gives
# four. **Right:** the share of entitled people who do not claim, where it has been measured.
#
# Hatched bars rest on a median income that has not yet been retrieved from Eurostat and is an assumption: treat
# those shares as approximate.
# <!-- zh -->
# 再用图来看。**左图：** 单身成年人的标准占该国收入中位数的比例；红线是达川低保标准占达川人均收入中位数的比例
# （城镇 2,473 元中的 520 元，农村 932 元中的 330 元）。**中图：** 一对夫妇带两个孩子能得到相当于几个单身成年人的金额；
# 低保是四个。**右图：** 有测算数据的国家中，符合条件却没有申领的人所占的比例。
#
# 带斜线的横条所依据的收入中位数尚未从欧盟统计局取得，是一个假设值：这些比例只能作为近似值。

# %%
schemes_figure(lang);

# %% [markdown]
# <!-- en -->
# **What to look at.** Dachuan's urban standard is about a fifth of the local median, like Germany's and Finland's
# levels; its rural standard, at about a third, is higher than most. But Dibao gives every member a whole
# standard, while the EU schemes count a second adult and a child for less: a family of four gets two to three
# single amounts, in the Netherlands and Italy less than two. And no Dibao earnings are disregarded.
#
# Where each figure comes from (source and status; for an assumption, the parameter whose note says why; run
# `carelab parameters` to read it):
# <!-- zh -->
# **看什么。** 达川城镇低保标准约为当地收入中位数的五分之一，与德国和芬兰相当；农村标准约为三分之一，高于大多数国家。
# 但低保为每位成员都给一个完整的标准，而欧盟制度对第二名成年人和孩子的计算较低：四口之家只能得到两到三个单身成年人的金额，
# 荷兰和意大利还不到两个。此外，低保不设劳动收入豁免。
#
# 每个数字的来源（出处和状态；假设值则给出说明其理由的参数名，运行 `carelab parameters` 可以查看）：

# %%
sources_table(lang)

# %% [markdown]
# <!-- en -->
# **Discuss:** in which schemes does a family with children do better than a person alone, compared with Dibao?
# Who loses from counting a second adult at less than a whole standard, and why might a scheme do it?
# <!-- zh -->
# **讨论：** 与低保相比，在哪些制度下有孩子的家庭比独居者更有利？把第二名成年人按低于一个完整标准计算，谁会吃亏？
# 一个制度为什么要这样做？

# %% [markdown]
# <!-- en -->
# ## 2. One household under each scheme
#
# An EU scheme's amounts are in euros, zloty or krona, for people who live and pay prices in Germany, Poland or
# Sweden. To try a scheme in Dachuan, its level has to be brought here, and there are two honest ways:
#
# - **at the local Dibao standard**: a single adult gets exactly the Dibao standard (520 yuan in town, 330 in the
#   countryside). Only the scheme's **design** travels: its weights, earnings disregard, asset test and conditions.
# - **at the same share of the local median income**: Germany's 563 euro are 24% of Germany's median income, so a
#   single adult here gets 24% of Dachuan's median: 605 yuan in town, 228 in the countryside. The scheme's
#   **generosity** travels too.
#
# Describe a household: the members' ages separated by commas (add `:disabled` or `:severe` after an age for a
# disability), its income in yuan a month (counted as earnings, so the schemes' earnings disregards apply), and
# urban or rural. Choose the way of carrying the levels over and the scheme to explain, and press **Compare**.
# Below the chart: how Dibao and the chosen scheme work the amount out, step by step, through the same rules as
# the simulation.
# <!-- zh -->
# ## 2. 一户家庭在各个制度下
#
# 欧盟制度的金额以欧元、兹罗提或克朗计，针对的是在德国、波兰或瑞典生活、按当地物价消费的人。要在达川试用某个制度，
# 必须把它的标准“搬”到这里，诚实的做法有两种：
#
# - **按本地低保标准**：单身成年人正好得到低保标准（城镇 520 元，农村 330 元）。只移植制度的**设计**：权重、劳动收入豁免、
#   资产审查和附加条件。
# - **按占本地收入中位数的相同比例**：德国的 563 欧元占德国收入中位数的 24%，所以这里的单身成年人得到达川中位数的 24%，
#   城镇为 605 元，农村为 228 元。制度的**保障水平**也一并移植。
#
# 描述一户家庭：各成员的年龄，用逗号隔开（有残疾的在年龄后加 `:disabled`，重度残疾加 `:severe`）；家庭每月收入（元，
# 按劳动收入计，因此各制度的劳动收入豁免都适用）；城镇或农村。选择移植标准的方式和要解释的制度，点击**比较**。
# 图表下方按与模拟相同的规则，逐步说明低保和所选制度是怎样算出金额的。

# %%
household = HouseholdComparison(lang=lang)
household.widget

# %% [markdown]
# <!-- en -->
# **Try:**
#
# - The family shown (two parents and a child of 8 with 930 yuan a month) gets more under the German rules than
#   under Dibao when Germany's share of the median is carried over, and less at the local standard. Why? Look at
#   the weights and the earnings not counted.
# - Give the family no income (`0`): which schemes now pay the most, and why does the Netherlands' rise so little
#   with the child?
# - A person of 45 living alone with no income (`45`, `0`), first in town, then in the countryside. Carried over at
#   the share of the median, most schemes give more than Dibao in town and less in the countryside. Why? (Compare
#   Dachuan's urban and rural standards with its urban and rural median incomes.)
# - A young couple without children and no income (`30, 28`, `0`). Which scheme leaves them with nothing, and why?
# <!-- zh -->
# **试一试：**
#
# - 表中的家庭（父母和一个 8 岁的孩子，每月收入 930 元）：按德国中位数比例移植时，德国规则比低保给得多；按本地标准移植时却少。
#   为什么？请看权重和不计入的劳动收入。
# - 把家庭收入改为 `0`：现在哪些制度给得最多？为什么荷兰的金额几乎不因孩子而增加？
# - 一位 45 岁、没有收入的独居者（`45`，`0`），先在城镇，再在农村。按中位数比例移植时，大多数制度在城镇比低保给得多，
#   在农村却比低保少。为什么？（把达川的城镇、农村低保标准与城镇、农村收入中位数对比一下。）
# - 一对没有孩子、没有收入的年轻夫妇（`30, 28`，`0`）。哪个制度让他们什么也得不到？为什么？

# %% [markdown]
# <!-- en -->
# ### Why not simply convert at the exchange rate?
#
# Because prices and incomes differ between countries far more than the exchange rate says. Converted at the
# exchange rate, Germany's amount for a single adult would be almost twice the income of a typical town resident of
# Dachuan and more than eight times the Dibao standard: a benefit above what most working people earn. Nor does the
# exchange rate keep the order of generosity: at home, Germany's level is 24% of its median income and Poland's 20%,
# but at the exchange rate Germany's is three times Poland's (4,378 against 1,404 yuan). A level only
# means something against the incomes and prices of the place where it is paid, which is why the 2023 EU Council
# Recommendation on adequate minimum income asks each country to set its level against its own living standards,
# incomes and purchasing power.
# <!-- zh -->
# ### 为什么不能直接按汇率换算？
#
# 因为各国之间的物价和收入差距远远大于汇率所反映的差距。按汇率换算，德国单身成年人的标准几乎是达川城镇居民典型收入的两倍，
# 是低保标准的八倍多：救助金会高于大多数劳动者的收入。汇率也不能保持各国保障水平的高低顺序：在本国，德国的标准占收入中位数的
# 24%，波兰占 20%；但按汇率换算，德国的标准是波兰的三倍（4,378 元对 1,404 元）。标准只有放在发放地的收入和物价中衡量才有意义。正因如此，
# 2023 年欧盟理事会《关于确保积极融入的充足最低收入的建议》要求各国根据本国的生活水平、收入和购买力来确定标准。

# %%
for scheme in ("germany", "poland", "sweden"):
    print("\n".join(exchange_rate_lines(scheme, "urban", lang)), end="\n\n")

# %% [markdown]
# <!-- en -->
# ## 3. A district under Dibao and under an EU scheme
#
# Now the whole simulated district: 3,000 households drawn to resemble Dachuan, followed for 24 months. The same
# households live the same lives under both schemes: the same jobs lost and found, the same illnesses, the same
# births and deaths. So every difference you see comes from the scheme. An EU scheme brings its delivery with it:
# shared data, online applications, a decision deadline, an activation path, as its country has them. Poverty is
# always measured against the local Dibao standard, so both schemes are judged by one yardstick.
#
# Choose a scheme and the way its level is carried over. The first time a choice runs it takes a moment; after that
# it is kept, so you can go back and forth.
#
# **What to look at:**
#
# - **poverty rate after assistance**: the share of people still below the standard after the benefit;
# - **coverage of the poor**: the share of poor households that receive the benefit; **take-up**: the share of
#   entitled households that have applied or receive;
# - **inclusion error**: recipients who are not entitled; **exclusion error**: entitled households that receive
#   nothing;
# - **spending** on the minimum income and on all assistance, yuan a month;
# - and on the right of the chart and in the last table: **who gains and who loses**, by type of household.
# <!-- zh -->
# ## 3. 一个县区在低保和欧盟制度下
#
# 现在看整个模拟县区：按达川情况生成的 3,000 户家庭，跟踪 24 个月。在两种制度下，同样的家庭过着同样的生活：同样的失业和再就业、
# 同样的疾病、同样的出生和死亡。所以你看到的每一个差别都来自制度本身。欧盟制度会连同它的经办方式一起移植：数据共享、网上申请、
# 审批时限、就业促进通道，与该国的做法相同。贫困始终按本地低保标准衡量，因此两种制度用同一把尺子评判。
#
# 选择一个制度和移植标准的方式。每个选项第一次运行需要片刻；之后结果会保存下来，可以来回切换。
#
# **看什么：**
#
# - **救助后贫困率**：领取救助后仍低于标准的人口比例；
# - **贫困家庭覆盖率**：领取救助的贫困家庭比例；**申领率**：符合条件的家庭中已申请或正在领取的比例；
# - **错保率**：领取救助但不符合条件的家庭；**漏保率**：符合条件却什么也没领到的家庭；
# - 最低收入保障和全部救助的**支出**，元/月；
# - 以及图表右侧和最后一张表：按家庭类型划分的**受益者和受损者**。

# %%
district = DistrictComparison(lang=lang)
district.widget

# %% [markdown]
# <!-- en -->
# **Try:**
#
# - Germany at the local standard, then at Germany's share of the median. At the share of the median, its level is
#   higher than Dibao's in town (605 against 520 yuan) but lower in the countryside (228 against 330). What happens
#   to poverty, and to rural households?
# - Finland and Sweden: what happens to coverage? Look back at section 1: what do their asset limits allow a single
#   adult to keep? What would a strict asset test do to older households with some savings?
# - The Netherlands at its share of the median (50%), the most generous level for a single adult. Does poverty fall
#   below Dibao's? Look at which households gain and which lose: to whom is the level generous?
# - Italy: which households can claim at all?
#
# **Discuss:** the cell below runs the district under every scheme, both ways of carrying the level over, and says
# whether any brings poverty after assistance below Dibao's, which brings it lowest, and how many reach more of the
# entitled households than Dibao. Why does it come out this way? (Section 1: the weights for families, and the rural
# standard.) Which line of the table matters most to you, and which result would you want checked against real data
# before believing it?
# <!-- zh -->
# **试一试：**
#
# - 德国制度先按本地标准，再按德国的中位数比例。按中位数比例时，它在城镇比低保高（605 元对 520 元），在农村却比低保低
#   （228 元对 330 元）。贫困会怎样变化？农村家庭呢？
# - 芬兰和瑞典：覆盖率有什么变化？回到第 1 节看看：它们的资产上限允许单身成年人保留多少财产？严格的资产审查会对有些积蓄的老年家庭
#   造成什么影响？
# - 荷兰按其中位数比例（50%），这是对单身成年人最优厚的标准。贫困率会低于低保吗？看看哪些家庭受益、哪些受损：
#   这个标准对谁优厚？
# - 意大利：哪些家庭才有资格申请？
#
# **讨论：** 下面的单元格让县区在每一个制度下、按两种移植方式各运行一次，并说明有没有欧盟制度能让救助后贫困率低于低保、
# 哪个制度让它最低，以及有几个制度比低保覆盖了更多符合条件的家庭。为什么会是这样的结果？（见第 1 节：家庭权重和农村标准。）
# 表中哪一项对你最重要？哪个结果你希望先用真实数据核实，然后才相信？

# %%
every = every_scheme(lang)
print("\n".join(verdict_lines(every, lang)))
overview_table(every, lang).style.hide(axis="index")

# %% [markdown]
# <!-- en -->
# ## 4. The delivery features, one at a time
#
# Much of what EU partners bring is not the benefit but the way it is delivered. Here Dachuan keeps its Dibao, and
# one feature at a time is switched on, at the value of a scheme that has it:
#
# - **automatic data sharing** (as Germany's Jobcenters check shared registers): one database instead of 27
#   agencies' results gathered by hand;
# - **an activation path** (as Germany's Jobcenters and Poland's Social Integration Centres offer): recipients able
#   to work are helped back to work;
# - **a decision deadline** (Poland: a month): no case waits in a queue beyond it;
# - **no counter visit** (as with Kela in Finland): apply without going to the centre or bringing certificates.
#
# The slider sets the caseworkers per 10,000 households; Dachuan's are an assumption of 3.5, enough for about the
# 20 working days a case took in 2019. The figures the feature moves are marked ▶ in the table.
# <!-- zh -->
# ## 4. 逐一试用经办做法
#
# 欧盟合作方带来的很多东西不在于救助金本身，而在于发放的方式。这里达川保留低保，每次只开启一项做法，取值来自采用这项做法的国家：
#
# - **自动数据共享**（如德国就业中心核查共享登记数据）：一个数据库，取代人工汇总 27 个部门的结果；
# - **就业促进通道**（如德国就业中心和波兰社会融入中心）：帮助有劳动能力的受助者重返工作；
# - **审批时限**（波兰：一个月）：任何个案都不会超出时限排队等候；
# - **无需到窗口**（如芬兰 Kela）：申请不用去服务中心，也不用带证明材料。
#
# 滑块设定每万户家庭的经办人员数；达川的 3.5 人是一个假设值，足以让一个个案像 2019 年那样约 20 个工作日办完。
# 表中标有 ▶ 的是该做法影响的指标。

# %%
features = DeliveryFeatures(lang=lang)
features.widget

# %% [markdown]
# <!-- en -->
# **Try:**
#
# - Each feature in turn. Which one changes what, and which changes little in two years?
# - The decision deadline with 3.5 caseworkers, then with 1.5: when does a deadline matter, and what does it cost
#   the centres (look at the caseworkers' workload)?
# - No counter visit: more eligible households apply. What happens to spending, and to the centres' queue?
# - The activation path: the model assumes a 30% higher chance of finding work each month, because the sources
#   give no figure. What would you want to know before promising results from it?
# <!-- zh -->
# **试一试：**
#
# - 逐一试用每项做法。哪一项改变了什么？哪一项在两年内变化不大？
# - 审批时限：先用 3.5 名经办人员，再用 1.5 名。时限什么时候才起作用？它让服务中心付出了什么代价（看经办人员的工作负荷）？
# - 无需到窗口：更多符合条件的家庭提出申请。支出会怎样变化？服务中心的排队会怎样？
# - 就业促进通道：由于资料中没有数据，模型假设每月找到工作的机会提高 30%。在承诺它的效果之前，你还想知道什么？

# %% [markdown]
# <!-- en -->
# ## 5. What could Dachuan borrow?
#
# Discuss in your group, then report in three minutes:
#
# 1. **The level.** Dachuan's urban standard is already about a fifth of the local median, like Germany's. Should
#    the standard be set by a stated method against local incomes and prices, as the 2023 EU Council
#    Recommendation asks of member states, for example as a share of the median income? What would that cost
#    (section 3, spending)?
# 2. **Families and work.** Would you give a second adult or a child less than a whole standard? Would you let
#    recipients keep part of what they earn? What do the gainers and losers of section 3 say?
# 3. **Delivery.** Which one feature of section 4 would you start with in Dachuan, given 27 agencies' databases,
#    too few staff and migrant workers who must apply in their home town? What would it need: which agencies, which
#    money, which training?
# 4. **Take-up.** If a third to a half of entitled people in France, Germany and Finland do not claim, how many do
#    not claim Dibao in Dachuan, and how would you find out?
# 5. **Activation.** Poland's Social Integration Centres offer 12 to 18 months on the way back to work. Who among
#    Dachuan's Dibao recipients could use such a path, and who could not? (Over half of Sichuan's recipients have a
#    disability.)
# <!-- zh -->
# ## 5. 达川可以借鉴什么？
#
# 分组讨论，然后用三分钟汇报：
#
# 1. **标准。** 达川城镇低保标准已约为当地收入中位数的五分之一，与德国相当。标准是否应当像 2023 年欧盟理事会建议对成员国
#    要求的那样，按明确的方法根据当地收入和物价来确定，例如定为收入中位数的一定比例？这要花多少钱（第 3 节的支出）？
# 2. **家庭与工作。** 你会把第二名成年人或孩子按低于一个完整标准计算吗？你会让受助者保留部分劳动收入吗？第 3 节中的受益者和受损者
#    说明了什么？
# 3. **经办。** 面对 27 个部门的数据库、人手不足以及必须回户籍地申请的外出务工人员，你会在达川先从第 4 节的哪一项做法做起？
#    需要什么条件：哪些部门、哪些经费、哪些培训？
# 4. **申领率。** 如果法国、德国和芬兰有三分之一到一半符合条件的人没有申领，那么达川有多少人没有申领低保？你会怎样弄清楚？
# 5. **就业促进。** 波兰的社会融入中心为重返工作提供 12 到 18 个月的帮助。达川的低保对象中，谁能用上这样的通道，谁用不上？
#    （四川一半以上的低保对象有残疾。）

# %% [markdown]
# <!-- en -->
# ## What to take away
#
# - Compare minimum incomes **as a share of each country's median income**, never at the exchange rate.
# - A scheme is more than its level: **weights** for the family, an **earnings disregard**, an **asset test** and
#   **conditions** decide who is helped and by how much. The same level with another design gives other winners
#   and losers.
# - **Delivery** matters as much as rules: shared data, deadlines and easy applications change who is reached, and
#   non-take-up is large everywhere in the EU.
# - The simulation shows directions and sizes, on assumptions it names; test a reform on real cases before
#   adopting it.
# <!-- zh -->
# ## 要点
#
# - 比较最低收入保障时，要看**占各国收入中位数的比例**，决不能按汇率换算。
# - 一个制度不只是一个标准：家庭**权重**、**劳动收入豁免**、**资产审查**和**附加条件**决定了谁能得到帮助、得到多少。同样的标准配上
#   不同的设计，受益者和受损者就不同。
# - **经办**与规则同样重要：数据共享、审批时限和便捷申请会改变救助能够覆盖到谁；在欧盟各国，未申领的比例都很高。
# - 模拟给出的是方向和量级，所依据的假设都已注明；改革在采用之前，要先用真实个案检验。
