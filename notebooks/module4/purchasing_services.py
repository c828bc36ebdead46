# %% [markdown]
# <!-- en -->
# # Module 4: Buying services from social organisations
#
# More and more, the government does not deliver social services itself: it **buys** them from social
# organisations, firms and charities, under contracts, and sometimes gives residents a **voucher** to spend with
# the provider of their choice. Buying well is a skill of its own: how long a contract runs, what it pays per hour,
# who checks the quality and what that costs, and how new organisations are helped to grow.
#
# You will:
# 1. read why governments buy services, who the providers are, and what Taicang in Jiangsu has tried;
# 2. run a simulated district under **five ways of getting services delivered** and compare what each one serves,
#    how long people wait, the quality and the cost;
# 3. design a contract yourself: its length, the supervision, price competition, an incubator, a voucher;
# 4. look closely at Taicang's voucher for residents aged 80 and over: who uses it, which providers they choose,
#    what it does to quality and cost;
# 5. discuss the risks and what supervision is worth.
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块四：向社会组织购买服务
#
# 越来越多的社会服务不再由政府自己提供，而是由政府通过合同向社会组织、企业和慈善组织**购买**，有时还给居民发放**服务券**，
# 让他们自己选择服务机构。买得好是一门专门的本领：合同签多长、每小时付多少钱、谁来检查服务质量、检查要花多少钱、
# 怎样扶持新的社会组织成长。
#
# 你将：
# 1. 了解政府为什么要购买服务、服务由谁来提供，以及江苏太仓做了哪些尝试；
# 2. 让一个模拟县区分别采用**五种服务提供方式**运行，比较每种方式服务了多少家庭、等候多久、服务质量和成本；
# 3. 自己设计一份合同：合同期限、监管、价格竞争、孵化器、服务券；
# 4. 仔细看看太仓为 80 岁及以上居民发放的服务券：谁在使用、他们选择哪些服务机构、对服务质量和成本有什么影响；
# 5. 讨论其中的风险，以及监管的价值。
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.workshop.module4 import analysis, facts, widgets
from simulation.workshop.module4.figures import models_figure

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. Why buy services, and from whom?
#
# China's reform of social assistance moves from **cash alone** to **cash plus in-kind help plus services**, and
# from **one provider** (the state) to **many**. A frail older person needs daily care, a jobless father needs
# training and help to find work, an isolated family needs a social worker. Public units (street and town service
# stations) have few professional social workers, and the district's staff are stretched. So governments buy
# services from those who have the skills: the State Council's guidance of 2013 (国办发〔2013〕96号) set out to
# build a complete system of **government purchase of services from social forces** by 2020.
#
# Buying does not take the government out of the picture. Its role changes: it **pays**, it **guarantees the
# quality**, it **assesses and supervises** the providers, and it **helps non-governmental providers grow** by its
# policies. And it must decide what stays a core state function (deciding who gets Dibao, for instance) and what can
# be contracted out.
#
# **Who provides services.** Four kinds of provider:
#
# | sector | who | for example |
# | --- | --- | --- |
# | public | the state's own units | a street service station with public staff |
# | for-profit | companies | a home-care firm |
# | non-profit | social organisations: social groups, private non-enterprise units, social-work organisations | a social-work centre employing qualified social workers |
# | charitable or voluntary | charities and volunteer groups | a community volunteer team |
#
# In 2014 China had **606,000** social organisations employing **6.8 million** people, and **109,000** community
# volunteer service organisations.
#
# **Five ways of getting services delivered.** Seed 003 sets three models from abroad beside each other and asks
# which suits China; Taicang's experiment is a fourth; direct public provision is where the reform starts:
#
# | model | how it works |
# | --- | --- |
# | direct public provision | public units deliver the services with public staff; no contracts |
# | competitive contracts (USA) | short contracts, re-tendered on price at each end; firms and non-profits bid, and the lot may pass to a newcomer |
# | conventions with associations (France) | longer (three-year) conventions with associations, renewed when the association passes its assessment |
# | community participation (Singapore) | organisations with a track record are funded and the community takes part: volunteers add hours |
# | contracts and vouchers (Taicang) | day-care centres contracted to social organisations, and a monthly voucher for residents aged 80 and over |
#
# **Taicang.** Taicang is a rich county-level city in Jiangsu, about an hour from Shanghai. With a large older
# population, its **elderly day-care centres** were among the first services contracted out: of about **80**
# centres, **more than 10** are run by social organisations. One is run by **Deyishan**, linked to the social-work
# department of Anhui University, which employs social workers; the government provides the premises. Every
# resident **aged 80 and over** gets a **voucher of 80 yuan a month** to spend on services (home care, day-centre attendance
# and so on). The Bureau of Civil Affairs runs an **incubator** that gives new social organisations office space,
# pays part of their staff costs and tells them of contracts they can bid for; a district funds the Ryan Social
# Work Centre as a hub for social organisations. Most contracts are still **small**, and the government is still
# learning to oversee them: quality, accountability, and what should remain the state's own work. In **Qingdao's
# Shibei district**, the emphasis is different: an online platform on services for older people, built with a
# social organisation, and an online channel to consult older residents.
#
# The figures behind the models, with their sources:
# <!-- zh -->
# ## 1. 为什么要购买服务？向谁购买？
#
# 中国社会救助改革的方向，是从**单一的现金救助**走向**现金、实物与服务相结合**，从**单一主体**（政府）走向**多元主体**。
# 体弱的老人需要日常照料，失业的父亲需要培训和就业帮扶，孤立无援的家庭需要社会工作者。公共服务单位（街道和乡镇服务站）
# 专业社会工作者很少，县区的工作人员也已经忙不过来。所以政府向有专业能力的机构购买服务：2013 年国务院办公厅发布的
# 《关于政府向社会力量购买服务的指导意见》（国办发〔2013〕96号）提出，到 2020 年在全国基本建立比较完善的**政府向社会力量购买服务**制度。
#
# 购买服务并不意味着政府退出。政府的角色发生了变化：它**出钱**，**保证服务质量**，**评估和监督**服务机构，并通过政策
# **培育社会力量的发展**。政府还必须划清哪些是政府的核心职能（例如决定谁能享受低保），哪些可以通过合同交给别人。
#
# **谁来提供服务？** 服务机构分为四类：
#
# | 类别 | 是谁 | 例子 |
# | --- | --- | --- |
# | 公共部门 | 政府自己的单位 | 由公共部门人员提供服务的街道服务站 |
# | 营利型 | 企业 | 居家照护公司 |
# | 非营利型 | 社会组织：社会团体、民办非企业单位、社会工作服务机构 | 聘用持证社会工作者的社会工作服务中心 |
# | 慈善自愿型 | 慈善组织和志愿者团体 | 社区志愿服务队 |
#
# 2014 年，全国共有社会组织 **60.6 万**个，吸纳就业 **682.3 万**人；社区志愿服务组织 **10.9 万**个。
#
# **五种服务提供方式。** 资料 003 把国外的三种模式放在一起比较，并提问哪一种更适合中国；太仓的试点是第四种；
# 政府直接提供则是改革的起点：
#
# | 方式 | 怎样运作 |
# | --- | --- |
# | 政府直接提供 | 由公共服务单位和公共部门人员提供服务，不签合同 |
# | 竞争性购买（美国） | 合同期短，每次到期按价格重新招标；企业和非营利组织都来投标，服务可能转给新来的机构 |
# | 与协会签订协议（法国） | 与协会签订较长（三年）的协议，协会通过评估就续签 |
# | 社区参与（新加坡） | 资助有良好服务记录的机构，社区也参与进来：志愿者增加服务时间 |
# | 合同加服务券（太仓） | 日间照料中心委托社会组织运营，并向 80 岁及以上居民每月发放服务券 |
#
# **太仓的做法。** 太仓是江苏省最富裕的县级市之一，距上海约一小时车程。太仓老年人口多，**老年人日间照料中心**是最早委托出去的服务之一：
# 约 **80** 个日间照料中心里，已有 **10 多个**由社会组织运营。其中一个由与安徽大学社会工作系有联系的社会组织 **Deyishan** 运营，
# 聘用社会工作者提供服务；政府提供场地。每位 **80 岁及以上**的居民每月可以领取 **80 元服务券**，用于购买服务（居家照料、
# 日间照料中心服务等）。民政局办了一个**孵化器**，为新成立的社会组织提供办公场所，补贴部分人员费用，帮助它们与政府建立联系，
# 告诉它们可以投标哪些服务合同；一个区政府出资让 Ryan 社会工作中心（Ryan Social Work Centre）成为社会组织的枢纽。目前大多数合同**规模还很小**，
# 政府也还在学习如何监管：服务质量、问责，以及哪些工作应当由政府自己承担。**青岛市市北区**的侧重点不同：与一家社会组织合作建设了
# 养老服务信息平台，并开通了听取老年居民意见的网上渠道。
#
# 下面是这些模式背后的数字及其来源：

# %%
facts.facts_table(lang).style.hide(axis="index")

# %% [markdown]
# <!-- en -->
# **Look for:** how much public money the USA and France put through non-profits (in France, two thirds of the
# resources of social-action and health associations are public money), and how small China's central programme for
# social organisations still is next to the whole of government purchase of services. Taicang's voucher is the
# figure we use below.
# <!-- zh -->
# **请注意：** 美国和法国有多少公共资金是通过非营利组织花出去的（在法国，社会行动和卫生类协会的资源有三分之二来自公共资金）；
# 与政府购买服务的总规模相比，中国中央财政支持社会组织的项目还很小。下面会用到太仓的服务券数字。

# %% [markdown]
# <!-- en -->
# ## 2. Five ways of buying, on the same district
#
# The district of modules 2 and 3 (**3,000 households** modelled on Dachuan) now runs for **three years** under
# each of the five ways. Everything else is the same: the same households living the same lives, the same
# caseworkers who assess each household's need when its case is decided and refer it to a provider, and the **same
# budget**: 8 yuan a month for each household of the district, 24,000 yuan a month, spent on public staff or on
# contracts. Only how the services are bought differs. The figures are averages over the third year.
#
# In a district this small the Taicang scenario has only four providers, too few for one in eight to be a social
# organisation: its providers are public, as seven in eight of Taicang's day-care centres are, and what it adds is
# the voucher. Section 4 gives it more providers.
# <!-- zh -->
# ## 2. 同一个县区，五种购买方式
#
# 第二、三单元用过的县区（按达川区情况生成的 **3,000 户家庭**）现在分别按五种方式各运行**三年**。其他一切都相同：
# 同样的家庭过着同样的生活；经办人员同样在审批个案时评估每户家庭的需求，并把它转介给服务机构；**预算也相同**：
# 县区每户家庭每月 8 元，共每月 24,000 元，用于公共部门人员或购买服务合同。不同的只是购买服务的方式。下面的数字是第三年的平均值。
#
# 在这么小的县区里，太仓情景只有四个服务机构，不够让八分之一成为社会组织：它的服务机构都是公共部门的（太仓八分之七的日间照料中心也是如此），
# 它增加的是服务券。第 4 节会给它更多的服务机构。

# %%
comparison = analysis.compare_models()
figures = analysis.model_figures(comparison)
print("\n".join(analysis.comparison_lines(figures, lang)))
models_figure(figures, lang);

# %%
analysis.figures_table(figures, lang)

# %% [markdown]
# <!-- en -->
# **Look for:** the lines above the chart say which model serves most households for the money, which gives the
# best quality and the shortest wait, which hour costs the most, what the voucher adds and how far the poverty rate
# moves. What lies behind them:
#
# - **Price competition** (USA): each re-tender cuts the price, so an hour costs less and the same money can serve
#   more households; but providers cut staff time and qualifications to meet the price, and a newcomer starts
#   without experience, so the quality of the hours can fade.
# - **Conventions** (France) keep the price and the providers: the staff learn year by year.
# - **Volunteers** (Singapore) add hours at little cost, from people with less training.
# - **Direct provision** pays public posts at civil-service pay.
# - **The voucher** (Taicang) goes to every resident aged 80 and over, poor or not, on top of the contracts.
#
# Services change lives slowly, and few households receive them: does the poverty rate tell the models apart?
# The costs and quality scores are **assumptions** of the course's parameter file (the sources give none): read the
# differences between the models, not the exact figures.
# <!-- zh -->
# **请注意：** 图表上方的几行文字说明：哪种方式用同样的钱服务的家庭最多，哪种方式服务质量最好、等候时间最短，
# 哪种方式每小时成本最高，服务券增加了多少支出，以及贫困率变化了多少。这些结果背后的原因是：
#
# - **价格竞争**（美国）：每次重新招标都压低价格，每小时服务更便宜，同样的钱能服务更多家庭；但服务机构为了达到这个价格会削减人员时间、
#   降低人员资质，新接手的机构又没有经验，所以服务质量可能下滑。
# - **协议**（法国）保持价格和服务机构稳定：工作人员年复一年积累经验。
# - **志愿者**（新加坡）以很低的成本增加服务时间，但志愿者受过的培训较少。
# - **政府直接提供**：公共岗位按公务员待遇支付。
# - **服务券**（太仓）发给每一位 80 岁及以上的居民，不论贫富，而且是在合同之外另加的。
#
# 服务改变生活需要时间，而接受服务的家庭也不多：贫困率能把几种方式区分开吗？
# 成本和质量分数是课程参数文件中的**假设**（资料中没有这些数字）：请看各种方式之间的差别，而不是具体数字。

# %% [markdown]
# <!-- en -->
# ## 3. Design a contract
#
# Now you are the buyer. Your contracts are with social organisations, as in the French model (the **reference**:
# three-year conventions, supervision at 3% of the contract's value, no price competition, no incubator, no voucher,
# 690 hours a month). Change the entries and press **Run**:
#
# - **Contract length**: how many months a contract runs before it is assessed and renewed or re-tendered;
# - **Hours a month bought**: the providers' capacity;
# - **Supervision**: what the government spends on assessing the providers, as a share of the contracts' value.
#   The more it spends, the higher the quality it can demand at each renewal: a provider below it must raise its
#   price (fewer hours for the same money) or lose the contract;
# - **Price competition**: each contract is re-tendered on price when it ends (the US model);
# - **Incubator**: new social organisations at each contract cycle, each with a small first contract and help with
#   its staff costs, as in Taicang;
# - **Voucher**: a monthly amount for each resident from the age you enter (0: no voucher).
#
# The dashed lines are the reference; the solid lines are your contract.
#
# **Try:**
# - Switch on price competition with **12-month** contracts. What happens to the price, the quality and the
#   households served? Then try 3-month contracts.
# - With price competition on, set supervision to **0**, then **3%, 4% and 5%**. What does supervision cost, and
#   what does it change?
# - Add **one** new organisation a cycle from the incubator. What does it add, and what does it cost?
# - Add a voucher of **80** yuan from age **80**. Then empty the age box and press Run: what does the tool say?
# - Set the hours to **0**, or the contract length to **0**.
# <!-- zh -->
# ## 3. 设计一份合同
#
# 现在你是购买方。你的合同对象是社会组织，和法国模式一样（**参照方案**：三年期协议，监管费用为合同金额的 3%，
# 没有价格竞争，没有孵化器，没有服务券，每月 690 小时）。修改下面的设置，点击**运行**：
#
# - **合同期限**：合同运行几个月后进行评估，然后续签或重新招标；
# - **每月购买的服务小时数**：服务机构的服务能力；
# - **监管**：政府用于评估服务机构的费用，占合同金额的比例。投入越多，每次续签时能要求的质量就越高：
#   达不到要求的服务机构必须提高价格（同样的钱买到的小时数减少），否则就会失去合同；
# - **价格竞争**：每份合同到期时按价格重新招标（美国模式）；
# - **孵化器**：每个合同周期引入新的社会组织，每个都有一份小规模的首份合同和人员费用补贴，和太仓一样；
# - **服务券**：从你填写的年龄起，每位居民每月领取的金额（0 表示不发服务券）。
#
# 虚线是参照方案，实线是你的合同。
#
# **试一试：**
# - 打开价格竞争，合同期限设为 **12 个月**。价格、质量和得到服务的家庭数有什么变化？再试试 3 个月的合同。
# - 打开价格竞争，把监管设为 **0**，再设为 **3%、4% 和 5%**。监管要花多少钱，又改变了什么？
# - 让孵化器每个周期引入**一个**新组织。它增加了什么，要花多少钱？
# - 从 **80** 岁起发放 **80** 元服务券。再把年龄框清空，点击运行：工具会提示什么？
# - 把小时数设为 **0**，或把合同期限设为 **0**。

# %%
designer = widgets.ContractDesigner(lang=lang)
designer.run()
designer.widget

# %% [markdown]
# <!-- en -->
# **Discuss:**
#
# - How much does the contract's length change under conventions, and how much under price competition? Why?
# - Price competition serves more households for the same money. Is that worth the fall in quality? Who notices
#   the fall first: the household, the social worker, or the civil-affairs bureau?
# - A supervision floor that no provider can reach at the price paid only brings turnover. How would you set the
#   floor and the price together?
# <!-- zh -->
# **讨论：**
#
# - 在协议方式下，合同期限的影响有多大？在价格竞争下呢？为什么？
# - 价格竞争用同样的钱服务了更多家庭。为此降低服务质量值得吗？谁最先察觉到质量下降：服务对象家庭、社会工作者，还是民政局？
# - 如果按所付的价格，没有哪家服务机构能达到监管设定的质量下限，结果只会是服务机构不断更换。你会怎样把质量下限和价格放在一起考虑？

# %% [markdown]
# <!-- en -->
# ## 4. Taicang's voucher
#
# Here the district's services are bought as in Taicang, with more, smaller providers: in each centre, **eight**
# providers of daily care, **one** of them a social organisation under contract (as more than 10 of Taicang's 80
# day-care centres are), the others public. Every resident from the age you set gets the voucher each month and
# spends it with a provider of their choice; the better providers are chosen more often. Six in ten of those offered
# the voucher use it (an assumption: Taicang's take-up is not reported).
#
# The left chart shows **who uses the voucher**; the middle one **which providers they choose**: each dot is a
# provider, placed by its quality and by its share of the voucher households of its centre (the dashed line is what
# each would get if residents ignored quality); the right one shows **what it costs**, against the same contracts
# without a voucher.
#
# **Try:**
# - Lower the age to **70**. How many more residents, and what does it cost?
# - Set **how much residents weigh quality** to **0**, then to **15**. Who gains from residents' choice?
# - Set the voucher to **0**, then to **160** yuan.
# <!-- zh -->
# ## 4. 太仓的服务券
#
# 这里按太仓的方式购买县区的服务，服务机构更多、规模更小：每个服务中心有**八个**提供日常照料的服务机构，其中**一个**是受委托的社会组织
# （和太仓 80 个日间照料中心中有 10 多个由社会组织运营的比例相当），其余都是公共部门的。从你设定的年龄起，每位居民每月领取服务券，
# 自己选择服务机构使用；服务好的机构更常被选中。获得服务券的人中，每十人有六人使用（这是假设：太仓的使用率没有公布）。
#
# 左图是**谁在使用服务券**；中图是**他们选择哪些服务机构**：每个点是一个服务机构，横轴是它的服务质量，纵轴是它在所在服务中心的服务券家庭中所占的比例
# （虚线表示如果居民不考虑质量，每个机构能分到的比例）；右图是**服务券的成本**，与同样的合同但不发服务券的情况相比较。
#
# **试一试：**
# - 把年龄降到 **70** 岁。会多出多少居民？要花多少钱？
# - 把**居民对服务质量的重视程度**设为 **0**，再设为 **15**。居民的选择让谁受益？
# - 把服务券设为 **0**，再设为 **160** 元。

# %%
voucher = widgets.VoucherLab(lang=lang)
voucher.run()
voucher.widget

# %% [markdown]
# <!-- en -->
# **Look for:** the voucher is **not means-tested**: most households using it are neither on Dibao nor poor. The
# better providers win more voucher holders, but in the model they do not get better because of it, and the
# quality gap between Taicang's public centres and its social organisations is small, so choice moves few people.
# The voucher buys many more hours of care, for many more older people, but the vouchers alone cost about 30% more
# than all the contracts.
# <!-- zh -->
# **请注意：** 服务券**不做家庭经济状况核查**：使用服务券的家庭大多既没有领取低保，也不贫困。服务好的机构能吸引更多服务券使用者，
# 但在模型中它们不会因此变得更好；而且太仓公共部门的照料中心与社会组织之间的质量差距不大，所以居民的选择只影响少数人。
# 服务券为更多的老年人买到了多得多的照料服务，但单是服务券的花费就比全部合同的金额还多约30%。

# %% [markdown]
# <!-- en -->
# ## 5. Risks, and what supervision is worth
#
# **Questions for discussion:**
#
# 1. **Cream-skimming.** A provider paid per household, or judged on its results, may take the households that are
#    easy to serve and leave the hardest: the bedridden, the very poor, those far away. In the model, caseworkers
#    refer and providers take households first come, first served, so this cannot happen. How would you keep it
#    from happening in your district: who refers, what is paid for a difficult case, who looks at who is turned
#    away?
# 2. **Quality fade under price competition.** You saw the price and the quality fall at each re-tender. What would
#    you write into a contract to stop it: a minimum price, staff qualifications, a longer contract, an assessment
#    with teeth?
# 3. **Dependence on government money.** In France two thirds of social-action associations' resources are public
#    money; Taicang's young organisations live on contracts and incubator subsidies. What happens to an organisation,
#    its staff and its clients when a contract is not renewed? Can an organisation that lives on government money
#    still speak up for its clients?
# 4. **What supervision is worth.** Here supervision costs a few per cent of a contract's value. What does it buy:
#    the quality it protects, the turnover it causes, the information it gives? Who should do it: the civil-affairs
#    bureau, a third-party evaluator, the residents themselves (as Qingdao Shibei consults them online)?
# 5. **The voucher.** Should a voucher go to every resident aged 80 and over, or only to those in need? What would
#    it take for residents' choice to push providers to improve?
# 6. **Which model suits your district?** Seed 003 asks which model suits China. What would you buy, from whom,
#    under what kind of contract, and what must the government keep doing itself?
# <!-- zh -->
# ## 5. 风险与监管的价值
#
# **讨论题：**
#
# 1. **“挑肥拣瘦”（撇脂）。** 按服务家庭数付费、或按服务结果考核的服务机构，可能专挑容易服务的家庭，而把最难服务的留下：
#    卧床不起的、最贫困的、住得远的。在模型里，由经办人员转介，服务机构按先来后到接收家庭，所以不会出现这种情况。
#    在你们县区，怎样防止这种情况：由谁转介？困难个案多付多少钱？谁来查看被拒绝的是哪些人？
# 2. **价格竞争下的质量下滑。** 你已经看到，每次重新招标价格和质量都会下降。你会在合同里写进什么来防止这种情况：
#    最低价格、人员资质要求、更长的合同期限，还是真正有约束力的评估？
# 3. **对政府资金的依赖。** 在法国，社会行动类协会的资源有三分之二来自公共资金；太仓新成立的社会组织靠合同和孵化器补贴生存。
#    合同不再续签时，这个组织、它的工作人员和服务对象会怎样？靠政府资金生存的组织，还能为服务对象发声吗？
# 4. **监管的价值。** 在这里，监管费用只占合同金额的百分之几。它换来了什么：它保住的服务质量、它带来的服务机构更换、它提供的信息？
#    应当由谁来监管：民政局、第三方评估机构，还是居民自己（像青岛市北区那样在网上征求居民意见）？
# 5. **服务券。** 服务券应当发给每一位 80 岁及以上的居民，还是只发给有需要的人？怎样才能让居民的选择推动服务机构改进服务？
# 6. **哪种方式适合你们县区？** 资料 003 提问：哪种模式更适合中国？你会购买什么服务、向谁购买、签什么样的合同？
#    哪些事情必须由政府自己继续做？

# %% [markdown]
# <!-- en -->
# ## What to take away
#
# - Governments buy services because they lack the professional staff, not to stop being responsible: they still
#   pay, guarantee the quality, assess, supervise, and help new providers grow.
# - **How** services are bought matters as much as **how much** is spent: short contracts re-tendered on price buy
#   more hours at a lower quality; longer conventions keep quality and experience; volunteers add hours; a voucher
#   adds choice and spending.
# - Supervision has a price and a value: a quality floor protects households only if providers can reach it at the
#   price paid.
# - Watch for cream-skimming, quality fade and organisations' dependence on government money, and decide what stays
#   the state's own work.
# <!-- zh -->
# ## 要点
#
# - 政府购买服务，是因为缺少专业人员，而不是为了卸下责任：政府仍然要出钱、保证质量、评估、监督，并扶持新的服务机构成长。
# - **怎样**购买与花**多少**钱同样重要：短期合同按价格重新招标，能买到更多小时数，但质量较低；较长期的协议能保持质量、积累经验；
#   志愿者能增加服务时间；服务券增加了选择，也增加了支出。
# - 监管有成本，也有价值：只有服务机构按所付价格能够达到质量下限时，这个下限才能真正保护服务对象家庭。
# - 要警惕“挑肥拣瘦”、质量下滑和社会组织对政府资金的依赖，并划清哪些工作必须由政府自己承担。
