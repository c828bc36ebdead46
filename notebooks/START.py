# %% [markdown]
# <!-- en -->
# # SocialCare Lab: the workshop
#
# Welcome. These notebooks let you try out how social assistance works, and how it could work better, on a
# simulated district modelled on Dachuan District in Sichuan. Everything runs on this computer; nothing you change
# here affects real cases.
#
# **How to use a notebook:** click a grey cell and press **Shift + Enter** to run it, then go on to the next one.
# Sliders, boxes and buttons answer at once. If something looks stuck, choose *Kernel → Restart Kernel and Run All
# Cells* from the menu.
#
# ## Modules
#
# | Module | What you learn | Time |
# | --- | --- | --- |
# | [1. Dibao and the one-stop service centre](module1/one_stop_centre.en.ipynb) | How an application moves from the street or town centre to the decision and the first payment; how staffing, database integration and online applications change waiting times, coverage and targeting errors; working out a household's entitlements | about 5 hours |
# | [2. Social-work practice: assessing and classifying need](module2/assessing_need.en.ipynb) | Classifying households by age and health and by depth of poverty and likelihood of leaving it; matching them to survival, development and opportunity needs; drafting a case plan and seeing what follows | about 5 hours |
# | [3. Designing a service package](module3/service_package.en.ipynb) | What community management of enterprise retirees is; costing a standard service package per retiree and per community; why small communities cost more; what a staff shortage and turnover cut first, with the statutory duties protected; the care needs of Dibao households and what a care package for them costs and delivers | about 5 hours |
# | [4. Buying services from social organisations](module4/purchasing_services.en.ipynb) | Why governments buy services, from whom (public, for-profit, non-profit, charitable or voluntary providers) and what Taicang has tried; one simulated district under five ways of buying (direct provision, competitive contracts, conventions with associations, community participation, contracts and vouchers) compared on coverage, waiting, quality and cost; designing a contract with supervision, price competition, an incubator and a voucher; who uses Taicang's voucher for residents over 80 and which providers they choose; cream-skimming, quality fade and what supervision is worth | about 5 hours |
# | [5. Learning from EU models](module5/eu_models.en.ipynb) | Seven EU member states' minimum-income schemes beside Dibao: levels as a share of the median income, family weights, earnings not counted, conditions, Jobcenters, Kela and integration centres, non-take-up; one household and a simulated district under Dibao and under each scheme carried over to Dachuan, and why an exchange rate misleads; the EU delivery features one at a time; what Dachuan could borrow | about 5 hours |
# | [6. Reform-scenario lab](module6/reform_lab.en.ipynb) | Reading and writing a reform as a scenario file; why reforms are compared on the same households; building a reform with a few levers (the Dibao standard, caseworkers, an integrated database, online applications, a decision deadline, gradual exit, activation, an EU scheme) and reading poverty, coverage, targeting errors, spending and who gains and who loses; whether a change is larger than the noise across seeds; the cost per person lifted out of poverty; a recommendation for Dachuan | about 5 hours |
#
# Each module ends with a short graded exercise that your trainer hands out.
# <!-- zh -->
# # SocialCare Lab 社会救助实训室：培训课程
#
# 欢迎！借助这些笔记本，你可以在一个以四川省达川区为原型的模拟县区中，亲手体验社会救助是怎样运作的，以及怎样可以做得更好。
# 所有内容都在这台电脑上运行；你在这里做的任何改动都不会影响真实个案。
#
# **怎样使用笔记本：** 点击一个灰色单元格，按 **Shift + Enter** 运行，然后继续下一个。滑块、选择框和按钮会立即作出反应。
# 如果看起来卡住了，请在菜单中选择 *内核 → 重启并运行所有单元格…*。
#
# ## 课程单元
#
# | 单元 | 学习内容 | 时长 |
# | --- | --- | --- |
# | [1. 低保与一站式服务中心](module1/one_stop_centre.zh.ipynb) | 申请怎样从街道或乡镇服务中心受理，到审批决定和第一次发放；经办人员配备、数据库整合和网上申请怎样改变等候时间、覆盖面和瞄准误差；计算一户家庭可以享受的救助 | 约 5 小时 |
# | [2. 社会工作实务：需求评估与分类](module2/assessing_need.zh.ipynb) | 按年龄和健康状况、按贫困深度和脱贫可能性对家庭进行分类；对应生存、发展和机会三类需求；制定个案计划并观察其后的变化 | 约 5 小时 |
# | [3. 设计服务包](module3/service_package.zh.ipynb) | 什么是企业退休人员社会化管理服务；按每名退休人员和每个社区测算标准服务包的成本；为什么小社区成本更高；人手不足和人员流动时最先削减什么、怎样保障法定职责；低保家庭的照料需求，以及为他们提供的照料服务包要花多少钱、能提供多少服务 | 约 5 小时 |
# | [4. 向社会组织购买服务](module4/purchasing_services.zh.ipynb) | 政府为什么要购买服务、向谁购买（公共部门、营利型、非营利型、慈善自愿型服务机构），以及太仓做了哪些尝试；让一个模拟县区分别采用五种购买方式（政府直接提供、竞争性购买、与协会签订协议、社区参与、合同加服务券），比较覆盖率、等候时间、服务质量和成本；设计一份包含监管、价格竞争、孵化器和服务券的合同；谁在使用太仓为80岁以上居民发放的服务券、他们选择哪些服务机构；“挑肥拣瘦”、质量下滑和监管的价值 | 约 5 小时 |
# | [5. 借鉴欧盟经验](module5/eu_models.zh.ipynb) | 欧盟七个成员国的最低收入保障制度与低保比较：标准占收入中位数的比例、家庭权重、不计入的劳动收入、附加条件、就业中心、Kela和社会融入中心、未申领率；一户家庭和一个模拟县区在低保和移植到达川的各个制度下的情况，以及为什么按汇率换算会产生误导；逐一试用欧盟经办做法；达川可以借鉴什么 | 约 5 小时 |
# | [6. 改革情景实验室](module6/reform_lab.zh.ipynb) | 读懂并写出情景文件形式的改革方案；为什么要在同样的家庭上比较改革；用几项设置设计改革（低保标准、经办人员、统一数据库、网上申请、审批时限、渐退、就业促进、欧盟制度），解读贫困、覆盖面、瞄准误差、支出以及谁受益谁受损；用多个随机种子判断变化是否大于随机波动；每让一人脱贫的成本；给达川区的改革建议 | 约 5 小时 |
#
# 每个单元结束时都有一个简短的评分练习，由培训师发放。
