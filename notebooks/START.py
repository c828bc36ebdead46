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
#
# Each module ends with a short graded exercise that your trainer hands out.
# <!-- zh -->
# # SocialCare Lab 社会救助实训室：培训课程
#
# 欢迎！借助这些笔记本，你可以在一个以四川省达川区为原型的模拟县区中，亲手体验社会救助是怎样运作的，以及怎样可以做得更好。
# 所有内容都在这台电脑上运行；你在这里做的任何改动都不会影响真实个案。
#
# **怎样使用笔记本：** 点击一个灰色单元格，按 **Shift + Enter** 运行，然后继续下一个。滑块、选择框和按钮会立即作出反应。
# 如果看起来卡住了，请在菜单中选择 *Kernel → Restart Kernel and Run All Cells*（重启内核并运行全部单元格）。
#
# ## 课程单元
#
# | 单元 | 学习内容 | 时长 |
# | --- | --- | --- |
# | [1. 低保与一站式服务中心](module1/one_stop_centre.zh.ipynb) | 申请怎样从街道或乡镇服务中心受理，到审批决定和第一次发放；经办人员配备、数据库整合和网上申请怎样改变等候时间、覆盖面和瞄准误差；计算一户家庭可以享受的救助 | 约 5 小时 |
# | [2. 社会工作实务：需求评估与分类](module2/assessing_need.zh.ipynb) | 按年龄和健康状况、按贫困深度和脱贫可能性对家庭进行分类；对应生存、发展和机会三类需求；制定个案计划并观察其后的变化 | 约 5 小时 |
# | [3. 设计服务包](module3/service_package.zh.ipynb) | 什么是企业退休人员社会化管理服务；按每名退休人员和每个社区测算标准服务包的成本；为什么小社区成本更高；人手不足和人员流动时最先削减什么、怎样保障法定职责；低保家庭的照料需求，以及为他们提供的照料服务包要花多少钱、能提供多少服务 | 约 5 小时 |
#
# 每个单元结束时都有一个简短的评分练习，由培训师发放。
