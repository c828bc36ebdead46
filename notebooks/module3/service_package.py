# %% [markdown]
# <!-- en -->
# # Module 3: Designing a service package
#
# A service package says **what** a community or a social organisation delivers, **to whom**, **how often**, and
# with **how much staff time**. Once the items are written down, their cost can be worked out, and so can the staff
# they need and what is lost when staff are short. This module designs two packages:
#
# - the package a community delivers to the **enterprise retirees** it manages, as the Sichuan and Hunan studies
#   of the EU-China social security project proposed;
# - a care package for **Dibao households** that need daily care, capacity building or social support.
#
# You will:
# 1. read what community management of enterprise retirees is, and why a standard package and a standard cost
#    matter;
# 2. look at the standard package's items, then change them and see the cost, the staff needed and what is
#    delivered;
# 3. see how the cost per retiree falls as communities grow;
# 4. see what a shortage of staff and a high turnover cut first, and how the statutory duties are protected;
# 5. count the Dibao households of a simulated district that need care, and see what a care package for them costs
#    and delivers;
# 6. sum up and discuss.
#
# Run each grey cell in turn (Shift + Enter). Nothing you do here can break anything.
# <!-- zh -->
# # 模块三：设计服务包
#
# 服务包规定**提供什么**服务、**为谁**提供、**多久一次**、需要**多少工作人员工时**。把服务项目写清楚以后，就能算出它的成本、
# 需要多少工作人员，以及人手不足时会少提供哪些服务。本模块设计两个服务包：
#
# - 社区为其管理的**企业退休人员**提供的服务包，这是中欧社会保障合作项目四川、湖南两项调研提出的建议；
# - 为需要日常照料、能力建设或社会支持的**低保家庭**提供的照料服务包。
#
# 你将：
# 1. 了解什么是企业退休人员社会化管理服务，以及为什么需要标准服务包和标准成本；
# 2. 查看标准服务包的各个项目，再动手修改，观察成本、所需人员和实际能提供的服务；
# 3. 看看社区规模越大，每名退休人员的成本怎样下降；
# 4. 看看人手不足、人员流动频繁时，最先削减的是哪些服务，法定职责怎样得到保障；
# 5. 统计一个模拟县区里需要照料服务的低保家庭，看看为他们提供的照料服务包要花多少钱、能提供多少服务；
# 6. 总结与讨论。
#
# 请依次运行每个灰色单元格（Shift + Enter）。在这里的任何操作都不会造成损坏。

# %%
from simulation.i18n import use_language
from simulation.retirees import load_package, standard_costs_by_size
from simulation.reports.retirees import provincial_lines, scale_figure, scale_table
from simulation.workshop.module3 import analysis, figures, widgets
from simulation.workshop.module3.package_builder import PackageBuilder

# en: Widgets, charts and tables speak this notebook's language, whatever the server's.
# zh: 控件、图表和表格都使用本笔记本的语言，与服务器的语言设置无关。
lang = use_language(L("en", "zh"))

# %% [markdown]
# <!-- en -->
# ## 1. Community management of enterprise retirees
#
# Under the planned economy, a worker's enterprise, the **work unit** (单位 *danwei*), looked after its workers for
# life, retirement included. Since the reforms, a retiree of an enterprise is no longer managed by the former work
# unit but by the **community where they live**, and the pension is handled by the community's service
# organisation. This is called the **social management service for enterprise retirees**: "social care" in the
# project's reports means this service.
#
# By 2010, **43.44 million** enterprise retirees, **76.2%** of them, were managed by their communities: **96.2%**
# in Sichuan (3.44 million people), **71.8%** in Hunan (1.38 million).
#
# In 2009 the project studied the service in **Sichuan** (Nanchong and Zigong: focus groups in 8 residents'
# communities) and **Hunan** (Changsha, Zhuzhou and Changde: 7 communities). The Sichuan study set out to
# **estimate the standard cost of the service per community**. It found that the items retirees and community
# workers care most about, and that count as the government's and the social insurance agency's **statutory
# duties**, had taken shape in local practice, but still needed **standards and guaranteed funding**. It proposed a
# **province-wide service package**: its contents, who it is for, how it runs, its budget, the training of the
# people who use it, and incentives. Both studies asked that the service be treated as a **basic public service**,
# with professional social work as the priority.
#
# **Why a standard package and a standard cost matter.** Without them, each community does what its staff and
# money allow, and no one can say whether a community is under-funded or what a budget cut will take away. With
# them, a province can fund every community by the same rule (so much per retiree), a community can see how many
# staff its retirees need, and everyone can see what is lost when the money or the staff fall short.
#
# **A word of caution.** The studies do not list the items of the package or the time they take, and no standard
# cost has been published. The items below (pension-eligibility certification, personnel files, visits to sick and
# very old retirees, activities, handling deaths and survivor claims) and every figure in this notebook are
# **assumptions**, each with its reason, to be argued over and replaced by your own.
# <!-- zh -->
# ## 1. 企业退休人员社会化管理服务
#
# 在计划经济时期，职工所在的企业，也就是**单位**，负责职工的一生，包括退休以后。改革以后，企业退休人员不再由原单位管理，
# 而是由**居住地的社区**管理，养老金也由社区的服务机构负责相关管理服务。这就是**企业退休人员社会化管理服务**：
# 项目报告中所说的“社会照料”（social care），指的就是这项服务。
#
# 到 2010 年，全国已有 **4,344 万**企业退休人员纳入社区管理，占 **76.2%**；四川为 **96.2%**（344 万人），湖南为
# **71.8%**（138 万人）。
#
# 2009 年，项目在**四川**（南充、自贡：在 8 个居民社区开展焦点小组座谈）和**湖南**（长沙、株洲、常德：7 个社区）
# 对这项服务进行了调研。四川调研的目的之一是**测算社区层面这项服务的标准成本**。调研发现，退休人员和社区工作者最关心、
# 被视为政府和社会保险经办机构**法定职责**的服务项目，已经在各地实践中逐步成形，但还需要**标准化并保障经费**。
# 报告建议在全省推行**统一的服务包**：服务内容、服务对象、运行方式、经费预算、对使用者的培训以及激励措施。
# 两项调研都建议把这项服务纳入**基本公共服务**，并把推进专业社会工作作为重点。
#
# **为什么需要标准服务包和标准成本？** 没有它们，各社区只能人手和经费允许做多少就做多少，谁也说不清某个社区的经费是否不足，
# 预算削减会少掉哪些服务。有了它们，全省可以按同一规则（每名退休人员多少钱）为每个社区拨款，社区可以算出需要多少工作人员，
# 大家也都能看清经费或人手不足时会失去什么。
#
# **需要提醒的是：** 调研报告没有列出服务包的具体项目和所需工时，也没有公布过标准成本。下面的项目（养老金领取资格认证、
# 人事档案管理、走访患病和高龄退休人员、文体活动、丧葬抚恤办理等）以及本笔记本中的所有数字都是**假设**，每一项都注明了理由，
# 供大家讨论，并请用你们本地的数字替换。

# %% [markdown]
# <!-- en -->
# ## 2. The standard package
#
# Below is the standard package costed for a community of **1,000 retirees** with **2 full-time posts** (one
# worker for every 500 retirees). Each row is one item:
#
# - **who it is for**: every retiree, those aged 80 and over, those with a disability, those living alone, or the
#   community as a whole (a group activity, whatever the number of retirees);
# - **statutory**: a duty handed to the community by the social insurance agency, such as certifying each year
#   that a pensioner is alive; these are **served first** when staff are short;
# - **times a year** and **minutes each**: how often it happens for each person (or for the community), and the
#   staff time it takes, travel and paperwork included;
# - **staff hours needed** and **delivered**, and the **coverage**: the share of the item the staff can deliver;
# - **other costs**: gifts, materials and the like.
#
# The rows are in the order staff time goes to them: statutory duties first, then the rest by priority.
# <!-- zh -->
# ## 2. 标准服务包
#
# 下表是按 **1,000 名退休人员**、**2 个全职岗位**（每 500 名退休人员配 1 名工作人员）的社区测算的标准服务包。每一行是一个服务项目：
#
# - **服务对象**：全体退休人员、80 岁及以上的、残疾的、独居的退休人员，或社区整体（集体活动，不论退休人员多少）；
# - **法定**：由社会保险经办机构交给社区的职责，例如每年认证养老金领取人仍然健在；人手不足时，这些项目**优先保障**；
# - **每年次数**和**每次分钟数**：每人（或每个社区）每年做几次，每次需要多少工作人员时间，包括路上和填写材料的时间；
# - **所需工时**和**可提供工时**，以及**覆盖率**：工作人员能够完成的比例；
# - **其他费用**：慰问品、材料等费用。
#
# 各行按工作人员时间的分配顺序排列：先是法定职责，再按优先顺序排列其他项目。

# %%
standard = PackageBuilder(lang=lang, retirees=1_000, staff=2)
standard.table.style.hide(axis="index")

# %% [markdown]
# <!-- en -->
# **Look for:** which items take the most staff hours? The visits to retirees living alone take more time than the
# yearly certification of every retiree, because they happen every month. Which items are not fully delivered with
# 2 posts?
# <!-- zh -->
# **请注意：** 哪些项目占用的工时最多？独居退休人员定期探访每月一次，所用工时比每名退休人员每年一次的资格认证还多。
# 只有 2 个岗位时，哪些项目不能全部完成？

# %% [markdown]
# <!-- en -->
# ### Your package
#
# Now change the package. At the top, set the number of **retirees** and **staff posts**, and the **turnover**
# (the share of staff leaving each year), the **months to fill a post** and the **months a newcomer needs to learn
# the job**. Below them, choose an **item** and change how many **times a year** it happens and its **staff
# minutes**; set the times to 0 to take an item out of the package. The text, the table and the chart answer at
# once: the cost per retiree and for the community, the posts needed, and what is delivered.
#
# **Try:**
# - Make the visits to retirees living alone fortnightly (24 times a year). What do the posts needed and the cost
#   per retiree become?
# - Take the cultural and sports activities out (0 times a year). How much does the community save?
# - Give the community 3 posts. Is the whole package delivered, and what does it cost now?
# <!-- zh -->
# ### 你的服务包
#
# 现在动手修改服务包。在上方设定**退休人员**人数和**工作人员岗位**数，以及**人员流动率**（每年离职的工作人员比例）、
# **岗位空缺月数**和**新人熟悉工作所需月数**。在下方选择一个**项目**，修改它的**每年次数**和**工作人员分钟数**；
# 把次数设为 0，就是把这个项目从服务包中去掉。文字、表格和图表会立即更新：每名退休人员和整个社区的成本、所需岗位，以及实际能提供的服务。
#
# **试一试：**
# - 把独居退休人员定期探访改为每两周一次（每年 24 次）。所需岗位和每名退休人员的成本变成多少？
# - 去掉文体活动（每年 0 次）。社区能节省多少钱？
# - 给社区 3 个岗位。能不能提供全部服务包？现在的成本是多少？

# %%
standard.widget

# %% [markdown]
# <!-- en -->
# What would your package cost a whole province? The lines below multiply your standard cost per retiree by the
# retirees under community management in Sichuan and Hunan (run the cell again after a change).
# <!-- zh -->
# 你的服务包如果在全省推行，要花多少钱？下面用你的每名退休人员标准成本，乘以四川和湖南纳入社区管理的退休人员数
# （修改服务包后，请再运行一次这个单元格）。

# %%
print("\n".join(provincial_lines(standard.result, lang)))

# %% [markdown]
# <!-- en -->
# ## 3. Small and large communities
#
# Some items are for every retiree, so their work grows with the community. Others do not: a choir meets once
# whether 200 or 2,000 retirees belong to the community, and the premises cost the same. So the **cost per retiree
# falls as communities grow**. The left chart shows the standard cost per retiree for typical communities of 200 to
# 5,000 retirees. The right chart shows how much of the package posts set at one worker for every 500 retirees
# deliver, once turnover is counted.
# <!-- zh -->
# ## 3. 小社区与大社区
#
# 有些项目面向每一名退休人员，工作量随社区规模增加；有些则不然：不论社区有 200 名还是 2,000 名退休人员，合唱队都是一次活动，
# 场地费用也一样。所以**社区越大，每名退休人员的成本越低**。左图是 200 到 5,000 名退休人员的典型社区中，每名退休人员的标准成本；
# 右图是按每 500 名退休人员配 1 名工作人员设置岗位时，考虑人员流动后能提供多少服务包。

# %%
costs = standard_costs_by_size(load_package())
scale_figure(costs, lang);

# %%
scale_table(costs, lang).style.hide(axis="index")

# %% [markdown]
# <!-- en -->
# **Discuss:**
#
# - A community of 200 retirees pays about twice as much per retiree as one of 1,000. Should a province fund communities per
#   retiree, per community, or both (a fixed sum plus so much per retiree)?
# - Posts set by a fixed ratio never deliver the whole package here. Why? (Hint: turnover.) What ratio would?
# - Could small communities share a worker, or run their group activities together?
# <!-- zh -->
# **讨论：**
#
# - 200 名退休人员的社区，每名退休人员的成本大约是 1,000 名退休人员社区的两倍。省里应当按退休人员人数拨款，按社区拨款，还是两者结合（固定金额加按人计算）？
# - 按固定比例配备岗位，在这里始终提供不了全部服务包。为什么？（提示：人员流动。）什么样的比例才够？
# - 几个小社区能否共用一名工作人员，或者一起组织集体活动？

# %% [markdown]
# <!-- en -->
# ## 4. Too few staff, and staff who leave
#
# The Hunan study found three main problems: a severe **lack of funding and premises**; **too few full-time
# staff**, a **high turnover** and outdated methods of work; and little professional awareness and capacity.
#
# Turnover costs more than it seems. A worker who leaves leaves the post **empty** for some months, and the
# newcomer delivers **less while learning** the job. Here, with a quarter of the staff leaving each year, posts
# stand empty about 3 months in 4 years, and newcomers work at half pace for their first 6 months: 2 posts do the
# work of 1.75 full-time workers.
#
# When the hours run short, the package is **rationed**: the statutory duties get staff time first, then the other
# items by priority; items of the same rank are cut together, in the same proportion. Below is a Hunan-like
# community: **1,200 retirees and 2 posts**. Read what is cut first, then try:
#
# - raise the turnover to 50%, then to 80%: which items go next?
# - set the months to learn the job to 2 (a good induction course): how much comes back?
# - cut the staff to 1 post: are the statutory duties still delivered?
# <!-- zh -->
# ## 4. 人手不足与人员流动
#
# 湖南调研发现三大问题：**经费和场地严重不足**；**专职人员短缺、人员流动频繁**、工作方法落后；专业意识和专业能力不足。
#
# 人员流动的代价比看上去更大。一名工作人员离职后，岗位会**空缺**几个月；新人在**熟悉工作期间完成的工作也较少**。
# 在这里，每年有四分之一的工作人员离职，岗位平均每 4 年空缺约 3 个月，新人在头 6 个月只能完成一半的工作量：
# 2 个岗位只相当于 1.75 名全职工作人员。
#
# 工时不够时，服务包要**按顺序分配**：法定职责优先，其他项目按优先顺序排列；同一顺位的项目按相同比例一起削减。
# 下面是一个与湖南情况相似的社区：**1,200 名退休人员、2 个岗位**。先看看最先削减的是什么，再试一试：
#
# - 把人员流动率提高到 50%，再提高到 80%：接下来削减的是哪些项目？
# - 把新人熟悉工作所需月数改为 2（有良好的岗前培训）：能挽回多少服务？
# - 把岗位减到 1 个：法定职责还能全部完成吗？

# %%
shortage = PackageBuilder(lang=lang, retirees=1_200, staff=2)
shortage.widget

# %% [markdown]
# <!-- en -->
# The chart below follows the same community with **one post** as turnover rises from none to 80% a year. The
# statutory duties stay whole until the staff's hours no longer cover even them; the other items are cut from the
# start. Change `posts=1` to `posts=2` and run the cell again.
# <!-- zh -->
# 下图是同一个社区只有**一个岗位**时，人员流动率从零上升到每年 80% 的情况。法定职责一直得到全部保障，直到工作人员的工时连它们都不够；
# 其他项目从一开始就被削减。把 `posts=1` 改为 `posts=2`，再运行一次。

# %%
turnover = analysis.coverage_by_turnover(load_package(), retirees=1_200, posts=1)
figures.turnover_figure(turnover, lang);

# %% [markdown]
# <!-- en -->
# **Discuss:**
#
# - Is "statutory duties first" the right order? Who loses when the visits to retirees living alone are cut, and
#   what could happen to them?
# - Which costs less: one more post, or keeping the staff you have (better pay, a career, training)? Use the
#   builder: compare adding 0.5 of a post with halving the turnover.
# - The studies ask for an information platform and service standards. Which items could a platform make quicker
#   (certification, changes of records), and what would that free staff time for?
# <!-- zh -->
# **讨论：**
#
# - “法定职责优先”这个顺序对吗？削减独居退休人员定期探访时，谁会受影响，可能发生什么？
# - 哪种做法更省钱：再增加一个岗位，还是留住现有的工作人员（更好的待遇、职业发展、培训）？用上面的工具比较一下：
#   增加半个岗位，和把人员流动率减半。
# - 调研报告建议建设信息平台、制定服务标准。信息平台能让哪些项目更快完成（资格认证、信息变更），节省下来的时间可以用来做什么？

# %% [markdown]
# <!-- en -->
# ## 5. Dibao households that need care
#
# Now the same questions for another group. In module 2 you classified poor households by **age and health** and
# by **depth of poverty and likelihood of leaving it**, and named the need to meet first. Each need has its
# service: **securing survival** calls for **daily care** (on top of the Dibao cash), **promoting development** for
# **capacity building** (skills training, help to find work), and **providing opportunities** for **social support
# and inclusion**. These services can be delivered by public staff or bought from for-profit, non-profit and
# charitable organisations.
#
# The table below takes the households of a small simulated district (3,000 households modelled on Dachuan, run
# for a year) that receive Dibao or extreme-poor support, and sorts them by the need the rules name. For each
# service it shows the hours a household receives a month, the hours and the social workers they all need, and the
# cost a month, at a public unit's hourly rate and at a social organisation's. The hours and rates are assumptions
# of the course's parameter file, like the retirees' package.
# <!-- zh -->
# ## 5. 需要照料服务的低保家庭
#
# 现在把同样的问题用在另一个群体上。在模块二，你按**年龄和健康状况**、按**贫困程度和脱贫可能性**给贫困家庭分类，
# 并确定首先要回应的需求。每种需求都有相应的服务：**保障生存**需要**日常照料**（在低保金之外），**促进发展**需要**能力建设**
# （技能培训、就业帮扶），**提供机会**需要**社会支持与社会融入**。这些服务可以由公共部门的工作人员提供，
# 也可以向营利、非营利和慈善组织购买。
#
# 下表取一个小型模拟县区（按达川区情况生成的 3,000 户家庭，已运行一年）中领取低保或特困供养的家庭，按规则给出的需求分类。
# 对每项服务，表中列出每户每月接受的服务小时数、所有家庭共需的小时数和社会工作者人数，以及每月的费用：
# 分别按公共服务单位的小时成本和社会组织的小时价格计算。和退休人员服务包一样，这些小时数和价格都是课程参数文件中的假设。

# %%
care = widgets.CarePackage(lang=lang)
print("\n".join(care.needs_lines()))
care.table().style.hide(axis="index")

# %% [markdown]
# <!-- en -->
# ### What a budget delivers
#
# A package on paper is not a package delivered. Below, the same district runs for **two years** with its service
# providers at work: caseworkers assess each household when its case is decided (an application or the yearly
# review) and refer those in need to a provider, who takes them on from its waiting list, first come, first served,
# as far as its hours allow. The providers' hours are bought with a public **budget**, set as so many yuan a month
# for each household of the district.
#
# Move the slider and press **Run**. The dashed lines are the parameter file's budget; the solid lines are yours.
# Look at:
#
# - the **share of households in need who are served**, for each service;
# - the **households waiting** for a service, and the **months** those taken on had waited.
#
# Coverage stays below 100% even when no one is waiting: a course of capacity building or social support lasts
# some months, and a household is assessed again only when its case is next decided.
# <!-- zh -->
# ### 一笔预算能提供多少服务
#
# 纸上的服务包不等于已经提供的服务。下面让同一个县区在服务机构参与下运行**两年**：经办人员在审批个案时（申请或年度复核）
# 评估每户家庭的需求，把有需求的家庭转介给服务机构；服务机构按转介先后顺序，在工时允许的范围内从候补名单中接收家庭。
# 服务机构的工时由一笔公共**预算**购买，按县区内每户家庭每月多少元设定。
#
# 移动滑块，点击**运行**。虚线是参数文件中的预算，实线是你设定的预算。请看：
#
# - 每项服务中，**有需求的家庭得到服务的比例**；
# - **等候服务的家庭**数，以及被接收的家庭平均**等了几个月**。
#
# 即使没有人在等候，覆盖率也达不到 100%：能力建设或社会支持的服务周期是几个月，而一户家庭要等到下一次审批个案时才会被重新评估。

# %%
care.run()
care.widget

# %% [markdown]
# <!-- en -->
# **Discuss:**
#
# - What budget serves most of the households in need without a long wait? Compare it with the cost of the whole
#   care package in the table above.
# - Who waits longest, and what happens to an older, frail household while it waits for daily care?
# - A retiree's package costs about 100 yuan a year; a Dibao household's daily care costs more than that every month.
#   Why are the two packages so different, and who should pay for each?
# <!-- zh -->
# **讨论：**
#
# - 多大的预算能让大多数有需求的家庭不必久等就得到服务？把它与上表中整个照料服务包的费用相比较。
# - 谁等得最久？一户老年体弱家庭在等候日常照料的时候，会发生什么？
# - 退休人员服务包每人每年大约 100 元；一户低保家庭的日常照料每个月的费用就比这还多。两个服务包为什么差别这么大？各自应当由谁出钱？

# %% [markdown]
# <!-- en -->
# ## 6. What to take away
#
# - A **service package** writes down what is delivered, to whom, how often and with how much staff time. Only
#   then can it be costed, staffed and compared from one community to the next.
# - A **standard cost per retiree** lets a province fund every community by the same rule; it falls as communities
#   grow, because group activities and premises cost the same whatever their size.
# - When staff are short or leave, a package is **rationed**: statutory duties first, the rest by priority. Turnover
#   costs more than it seems, since posts stand empty and newcomers learn.
# - The same reasoning prices **care for Dibao households**: count the households in need, the hours each needs and
#   the rate per hour; then check what a budget really delivers, and who is left waiting.
#
# **Questions for discussion:**
#
# 1. Which items of the standard package does your community not deliver today, and which does it deliver that the
#    package lacks?
# 2. Should the statutory duties always come first? Is there an item you would put before them?
# 3. What would make staff stay: pay, a career in social work, training, a lighter load of other duties?
# 4. For the care of Dibao households: which services would you buy from social organisations, and what must the
#    government still guarantee (quality, assessment, supervision)?
# <!-- zh -->
# ## 6. 要点
#
# - **服务包**写明提供什么服务、为谁提供、多久一次、需要多少工作人员时间。只有这样，才能测算成本、配备人员，
#   并在不同社区之间进行比较。
# - **每名退休人员的标准成本**让全省可以按同一规则为每个社区拨款；社区越大，成本越低，因为集体活动和场地费用不随规模变化。
# - 人手不足或人员流失时，服务包要**按顺序分配**：法定职责优先，其余按优先顺序。人员流动的代价比看上去更大，
#   因为岗位会空缺，新人需要时间熟悉工作。
# - 同样的方法也可以测算**低保家庭的照料服务**：统计有需求的家庭、每户需要的小时数和每小时的价格；再看看一笔预算实际能提供多少服务，
#   谁还在等候。
#
# **讨论题：**
#
# 1. 标准服务包中，哪些项目你们社区现在没有提供？你们提供的哪些项目是服务包里没有的？
# 2. 法定职责是否应当始终优先？有没有哪个项目你会排在它们前面？
# 3. 怎样才能留住工作人员：待遇、社会工作职业发展、培训，还是减轻其他工作负担？
# 4. 对低保家庭的照料服务：哪些服务你会向社会组织购买？政府仍须保障什么（质量、评估、监管）？
