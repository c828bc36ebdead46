# %% [markdown]
# <!-- en -->
# # Module 3 assessment: designing a service package
#
# A community that manages enterprise retirees delivers a package of service items: some are statutory duties
# handed to it by the social insurance agency, others are visits and activities. In this exercise you cost a
# package, first by hand and then with the course's tools, and decide what to protect when staff are short. You
# will:
#
# 1. work out the staff hours and the full-time workers a small package needs;
# 2. find the standard cost per retiree of the standard package for one community;
# 3. find the fewest posts that deliver all the statutory duties when many staff leave each year;
# 4. write a short answer: what you would cut and what you would protect under a staff shortage.
#
# **How this notebook works.** Each box is a *cell*. Click a cell and press **Shift + Enter** to run it. Where a
# cell says `# YOUR CODE HERE`, delete the line `raise NotImplementedError()` and write your code in its place.
# Under each answer is a *check* cell: run it, and if no red message appears, your answer passes those checks.
# When your trainer grades the exercise, some checks also look at cases you have not seen.
#
# Red error messages are normal while you work: read the last line, change your code and run the cell again.
# Only the version you hand in is graded.
# <!-- zh -->
# # 模块三测验：设计服务包
#
# 负责企业退休人员社会化管理的社区要提供一揽子服务项目：有些是社会保险经办机构交给社区的法定职责，有些是走访和活动。
# 在本练习中，你先用手算、再用课程中的工具测算一个服务包的成本，并决定人手不足时保障哪些服务。你将：
#
# 1. 算出一个小服务包需要多少工时、多少名全职工作人员；
# 2. 求出一个社区提供标准服务包时，每名退休人员的标准成本；
# 3. 在每年有很多工作人员离职的情况下，找出能完成全部法定职责的最少岗位数；
# 4. 简要回答：人手不足时，你会削减哪些服务、保障哪些服务。
#
# **如何使用本笔记本。** 每个方框是一个“单元格”。点击单元格，按 **Shift + Enter** 运行。在写有`# YOUR CODE HERE`（“在此写代码”）的单元格里，删去 `raise NotImplementedError()` 这一行，在原处写下你的代码。每道题下面都有一个“检查”单元格：运行它，如果没有出现红色信息，就说明你的答案通过了这些检查。培训师评分时，有些检查还会用你没见过的情形来测试。
#
# 练习中出现红色错误信息很正常：看最后一行，修改代码，再运行一次。只有你提交的版本才会评分。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: What the check cells use: close(a, b, tolerance) is true when a is within tolerance of b.
# zh: 检查单元格要用的函数：close(a, b, tolerance) 表示 a 与 b 之差不超过 tolerance。
from simulation.grading.checks import close, is_number

# %% [markdown]
# <!-- en -->
# ## 1. Staff hours and full-time workers, by hand
#
# An item's staff hours a year are:
#
# staff hours = people it is for × times a year × staff minutes each ÷ 60
#
# A full-time worker works **2,000 hours** a year and gives **three quarters** of them (0.75) to the package; the
# rest goes to meetings, reports and other community duties. So one full-time worker gives 2,000 × 0.75 = 1,500
# hours a year to the package, and
#
# full-time workers needed = staff hours ÷ (2,000 × 0.75)
#
# *Example:* certifying once a year that each of 800 retirees is alive, at 20 minutes each, takes
# 800 × 1 × 20 ÷ 60 ≈ **266.7 staff hours**, which is 266.7 ÷ 1,500 ≈ **0.18 full-time workers**.
#
# Write the two functions `staff_hours(people, times_per_year, staff_minutes)` and `full_time_workers(hours)`. The
# two numbers are already given as `WORKING_HOURS_PER_YEAR` and `PACKAGE_TIME_SHARE`: use them.
# <!-- zh -->
# ## 1. 手算工时和全职工作人员数
#
# 一个服务项目每年需要的工时是：
#
# 工时 = 服务对象人数 × 每年次数 × 每次所需工作人员分钟数 ÷ 60
#
# 一名全职工作人员每年工作 **2,000 小时**，其中**四分之三**（0.75）用于服务包，其余用于开会、报表和社区的其他工作。
# 所以一名全职工作人员每年为服务包提供 2,000 × 0.75 = 1,500 小时，并且
#
# 所需全职工作人员数 = 工时 ÷（2,000 × 0.75）
#
# *例子：* 每年为 800 名退休人员各做一次养老金领取资格认证，每次 20 分钟，需要 800 × 1 × 20 ÷ 60 ≈ **266.7 个工时**，
# 即 266.7 ÷ 1,500 ≈ **0.18 名全职工作人员**。
#
# 请编写两个函数：`staff_hours(people, times_per_year, staff_minutes)` 和 `full_time_workers(hours)`。两个数字已经以
# `WORKING_HOURS_PER_YEAR` 和 `PACKAGE_TIME_SHARE` 给出，请直接使用。

# %% nbgrader={"grade": false, "grade_id": "staff_hours_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
WORKING_HOURS_PER_YEAR = 2000
PACKAGE_TIME_SHARE = 0.75


def staff_hours(people, times_per_year, staff_minutes):
    # en: Staff hours a year for one item.
    # zh: 一个服务项目每年需要的工时。
    ### BEGIN SOLUTION
    return people * times_per_year * staff_minutes / 60
    ### END SOLUTION


def full_time_workers(hours):
    # en: Full-time workers needed for this many staff hours a year.
    # zh: 每年这么多工时需要的全职工作人员数。
    ### BEGIN SOLUTION
    return hours / (WORKING_HOURS_PER_YEAR * PACKAGE_TIME_SHARE)
    ### END SOLUTION


# %% [markdown]
# <!-- en -->
# Now cost a small package by hand for a community of 800 retirees: 120 of them are aged 80 or over and 96 live
# alone. A group activity is for the community as a whole, so it counts **1** "person".
#
# | item | for | people | times a year | minutes each |
# | --- | --- | --- | --- | --- |
# | pension-eligibility certification | all retirees | 800 | 1 | 20 |
# | home visits | retirees aged 80 and over | 120 | 4 | 40 |
# | regular visits | retirees living alone | 96 | 12 | 30 |
# | cultural activity | the community as a whole | 1 | 24 | 240 |
#
# Run the cell below: it adds up the four items with your functions. Check the total by hand.
# <!-- zh -->
# 现在为一个有 800 名退休人员的社区手算一个小服务包：其中 120 人年满 80 岁，96 人独居。集体活动面向社区整体，所以只算 **1** 个“人”。
#
# | 项目 | 服务对象 | 人数 | 每年次数 | 每次分钟数 |
# | --- | --- | --- | --- | --- |
# | 养老金领取资格认证 | 全体退休人员 | 800 | 1 | 20 |
# | 上门探访 | 80 岁及以上退休人员 | 120 | 4 | 40 |
# | 定期探访 | 独居退休人员 | 96 | 12 | 30 |
# | 文体活动 | 社区整体 | 1 | 24 | 240 |
#
# 运行下面的单元格：它用你的函数把四个项目加起来。请手算核对总数。

# %%
# en: The small package: the four items of the table, with your functions.
# zh: 这个小服务包：表中的四个项目，用你的函数计算。
package_hours = (staff_hours(800, 1, 20) + staff_hours(120, 4, 40) + staff_hours(96, 12, 30)
                 + staff_hours(1, 24, 240))
print(round(package_hours, 1), round(full_time_workers(package_hours), 2))

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "staff_hours_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the example from the text. close allows for tiny rounding differences in decimal numbers.
# zh: 检查：题目里的例子。close 允许小数有极小的舍入误差。
assert close(staff_hours(800, 1, 20), 800 * 20 / 60, 1e-6), L("Certifying 800 retirees once a year at 20 minutes each takes about 266.7 staff hours.", "为800名退休人员每年各认证一次、每次20分钟，约需266.7个工时。")
assert close(full_time_workers(1500), 1, 1e-6), L("1,500 staff hours a year is the work of one full-time worker.", "每年1,500个工时正好是一名全职工作人员的工作量。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "staff_hours_package", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell also checks items you have not seen.
# zh: 更多检查。培训师评分时，这个单元格还会检查一些你没见过的服务项目。
assert close(staff_hours(1, 24, 240), 96, 1e-6), L("Two group activities a month of 4 hours each take 96 staff hours a year.", "每月两次、每次4小时的集体活动，每年需要96个工时。")
### BEGIN HIDDEN TESTS
small_package = staff_hours(800, 1, 20) + staff_hours(120, 4, 40) + staff_hours(96, 12, 30) + staff_hours(1, 24, 240)
assert close(small_package, 1258.6667, 0.01), L("Check the small package's total: about 1,258.7 staff hours.", "请核对这个小服务包的工时总数：约1,258.7个工时。")
assert close(full_time_workers(1258.6667), 0.8391, 0.001), L("Check the full-time workers the small package needs: about 0.84.", "请核对这个小服务包需要的全职工作人员数：约0.84名。")
assert close(staff_hours(120, 4, 40), 320, 1e-6), L("Check the home visits to the 120 oldest retirees.", "请核对对120名高龄退休人员的上门探访。")
assert close(staff_hours(1000, 0.025, 180), 75, 1e-6), L("Items can happen less than once a year per person (e.g. handling deaths).", "有的项目每人每年不到一次（例如丧葬抚恤办理）。")
assert staff_hours(500, 0, 30) == 0, L("An item that never happens takes no staff time.", "从不发生的项目不占用工时。")
assert close(full_time_workers(3000), 2, 1e-6), L("Check 3,000 staff hours: two full-time workers.", "请核对3,000个工时：两名全职工作人员。")
assert close(staff_hours(4321, 12, 35), 30247, 0.001), L("Check 4,321 people, 12 times a year, 35 minutes each.", "请检查4,321人、每年12次、每次35分钟的情形。")
assert close(staff_hours(17, 0.5, 240), 34, 1e-6), L("Check 17 people, every other year, 240 minutes each.", "请检查17人、每两年一次、每次240分钟的情形。")
assert close(staff_hours(250, 24, 5), 500, 1e-6), L("Check 250 people, 24 times a year, 5 minutes each.", "请检查250人、每年24次、每次5分钟的情形。")
assert close(staff_hours(1999, 2, 61), 4064.6333, 0.001), L("Check 1,999 people, twice a year, 61 minutes each.", "请检查1,999人、每年2次、每次61分钟的情形。")
assert close(full_time_workers(0), 0, 1e-9), L("No staff hours need no full-time workers.", "没有工时就不需要全职工作人员。")
assert close(full_time_workers(750), 0.5, 1e-6), L("Check the full-time workers for 750 staff hours.", "请检查750个工时需要的全职工作人员数。")
assert close(full_time_workers(12345), 8.23, 1e-6), L("Check the full-time workers for 12,345 staff hours.", "请检查12,345个工时需要的全职工作人员数。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. The standard cost per retiree of one community
#
# The course's tools cost the whole standard package for any community. **Riverside community** manages 1,300
# retirees: 300 aged under 60, 450 aged 60 to 69, 350 aged 70 to 79 and 200 aged 80 or over; 150 of them have a
# disability and 180 live alone. It has **2.5 full-time posts**, with the course's usual pay, hours and turnover.
#
# The cell below sets up the package, the community and its staff. Use
# `build_package(package, riverside, staff, p)` and set:
#
# - `cost_per_retiree`: the **standard cost** of the whole package **per retiree a year**, in yuan
#   (`result.standard.per_retiree_year`);
# - `coverage`: the share of the package Riverside's staff can deliver, as a share between 0 and 1, e.g. 0.74
#   (`result.coverage`).
# <!-- zh -->
# ## 2. 一个社区每名退休人员的标准成本
#
# 课程中的工具可以为任何社区测算整个标准服务包的成本。**滨河社区**管理 1,300 名退休人员：60 岁以下 300 人，60 至 69 岁 450 人，
# 70 至 79 岁 350 人，80 岁及以上 200 人；其中 150 人有残疾，180 人独居。社区有 **2.5 个全职岗位**，工资、工时和人员流动率都按课程的通常设定。
#
# 下面的单元格已经设好服务包、社区和工作人员。请用 `build_package(package, riverside, staff, p)` 计算，并给出：
#
# - `cost_per_retiree`：整个服务包**每名退休人员每年的标准成本**（元）（`result.standard.per_retiree_year`）；
# - `coverage`：滨河社区现有工作人员能够提供的服务包比例，用 0 到 1 之间的小数表示，例如 0.74（`result.coverage`）。

# %% nbgrader={"grade": false, "grade_id": "community_cost_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
from simulation.retirees import build_package, community, load_package, settings, typical_staff

p = settings()
package = load_package()
riverside = community(aged_under_60=300, aged_60_69=450, aged_70_79=350, aged_80_plus=200, disabled=150,
                      living_alone=180)
staff = typical_staff(2.5, p)
# en: Write your lines in place of raise NotImplementedError(): result = ..., cost_per_retiree = ..., coverage = ...
# zh: 用你的代码替换 raise NotImplementedError()：result = ...、cost_per_retiree = ...、coverage = ...
### BEGIN SOLUTION
result = build_package(package, riverside, staff, p)
cost_per_retiree = result.standard.per_retiree_year
coverage = result.coverage
### END SOLUTION
print(round(cost_per_retiree, 1), round(coverage, 3))

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "community_cost_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: the answers are of the right kind. If this fails, look at the units first: yuan per retiree a year, and a share.
# zh: 检查：答案的类型是否正确。如果没有通过，先检查单位：每名退休人员每年多少元，以及一个比例。
assert 20 < cost_per_retiree < 1000, L("A year's cost per retiree should be tens or hundreds of yuan: take the cost per retiree, not the community's.", "每名退休人员每年的成本应在几十到几百元之间：请取每名退休人员的成本，而不是整个社区的成本。")
assert 0 < coverage <= 1, L("Give the coverage as a share between 0 and 1, e.g. 0.74 rather than 74.", "覆盖率请用0到1之间的小数表示，例如0.74，而不是74。")

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "community_cost", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell checks the two figures.
# zh: 更多检查。培训师评分时，这个单元格会核对这两个数字。
assert coverage < 1, L("Riverside's 2.5 posts do not deliver the whole package: some items are cut.", "滨河社区的2.5个岗位提供不了全部服务包：有些项目被削减了。")
### BEGIN HIDDEN TESTS
# en: Riverside's figures from build_package (tests/test_quoted_figures.py recomputes them).
# zh: 滨河社区的数字来自 build_package（tests/test_quoted_figures.py 会重新计算核对）。
assert not close(cost_per_retiree, 79.55, 0.5), L("That is what the community spends with the staff it has; the question asks for the standard cost of the whole package.", "这是社区按现有人员实际支出的成本；题目问的是整个服务包的标准成本。")
assert close(cost_per_retiree, 109.52, 0.5), L("Not the standard cost per retiree a year of Riverside's package: use result.standard.per_retiree_year.", "不是滨河社区服务包每名退休人员每年的标准成本：请使用 result.standard.per_retiree_year。")
assert close(coverage, 0.806, 0.005), L("Not the share of the package Riverside's staff deliver: use result.coverage.", "不是滨河社区工作人员能提供的服务包比例：请使用 result.coverage。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. The fewest posts for the statutory duties
#
# The statutory duties (pension-eligibility certification, personnel files, registering changes and answering
# enquiries, handling deaths and survivor claims) must be delivered whatever happens. A community of **3,000
# retirees** (a typical mix, `typical_community(3000, p)`) loses **half its staff every year**: set the turnover
# with `typical_staff(posts, p, turnover_rate=0.5)`.
#
# Find the **smallest number of posts, in steps of half a post** (0.5, 1, 1.5, 2, ...), that delivers **all** the
# statutory duties, and set `smallest_posts` to it.
#
# `build_package(...).statutory_shortfall` is the list of statutory items **not** fully delivered: an empty list
# means all of them are. *Hint:* start at `posts = 0.5` and add 0.5 while the list is not empty:
# `while build_package(...).statutory_shortfall:`. You may also work it out by hand: the statutory duties' staff
# hours, and the hours one post gives once turnover is counted.
# <!-- zh -->
# ## 3. 完成法定职责的最少岗位数
#
# 法定职责（养老金领取资格认证、人事档案管理、信息变更登记与政策咨询、丧葬抚恤办理）无论如何都必须完成。
# 一个有 **3,000 名退休人员**的社区（典型构成，`typical_community(3000, p)`）**每年有一半工作人员离职**：
# 用 `typical_staff(posts, p, turnover_rate=0.5)` 设定人员流动率。
#
# 请找出能完成**全部**法定职责的**最少岗位数，以半个岗位为单位**（0.5、1、1.5、2……），并把它赋值给 `smallest_posts`。
#
# `build_package(...).statutory_shortfall` 是**没有**全部完成的法定项目列表：列表为空，说明全部完成。*提示：* 从 `posts = 0.5`
# 开始，只要列表不为空就加 0.5：`while build_package(...).statutory_shortfall:`。你也可以手算：法定职责需要的工时，
# 以及考虑人员流动后一个岗位能提供的工时。

# %% nbgrader={"grade": false, "grade_id": "statutory_posts_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
from simulation.retirees import build_package, load_package, settings, typical_community, typical_staff

p = settings()
package = load_package()
large = typical_community(3000, p)
# en: Write your code in place of raise NotImplementedError(), ending with smallest_posts = ...
# zh: 用你的代码替换 raise NotImplementedError()，最后一行写 smallest_posts = ...
### BEGIN SOLUTION
posts = 0.5
while build_package(package, large, typical_staff(posts, p, turnover_rate=0.5), p).statutory_shortfall:
    posts += 0.5
smallest_posts = posts
### END SOLUTION
print(smallest_posts)

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "statutory_posts_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
# en: Check: your posts deliver every statutory duty at a turnover of 50%.
# zh: 检查：在人员流动率为50%时，你给出的岗位数能完成全部法定职责。
assert is_number(smallest_posts), L("Give the posts as a number, e.g. 1.5.", "请用数字表示岗位数，例如1.5。")
### BEGIN HIDDEN TESTS
# en: 2.5 posts: the loop of the model answer (tests/test_quoted_figures.py recomputes it).
# zh: 2.5个岗位：参考答案中循环的结果（tests/test_quoted_figures.py 会重新计算核对）。
assert smallest_posts >= 2.5, L(f"With {smallest_posts} posts some statutory duties are not delivered at a turnover of 50%.", f"在人员流动率为50%时，{smallest_posts}个岗位完成不了部分法定职责。")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "statutory_posts", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# en: More checks. When your trainer grades the exercise, this cell checks that no smaller number would do.
# zh: 更多检查。培训师评分时，这个单元格会检查有没有更少的岗位数也能做到。
assert is_number(smallest_posts) and (smallest_posts * 2) % 1 == 0, L("Give the posts in steps of half a post: 0.5, 1, 1.5, 2, ...", "岗位数请以半个岗位为单位：0.5、1、1.5、2……")
### BEGIN HIDDEN TESTS
assert smallest_posts <= 2.5, L("Half a post fewer would still deliver every statutory duty: look for the smallest number.", "少半个岗位也能完成全部法定职责：请找出最少的岗位数。")
assert smallest_posts >= 2.5, L("Some statutory duties are not delivered with these posts at a turnover of 50%.", "在人员流动率为50%时，这些岗位完成不了部分法定职责。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. Written answer: a staff shortage (graded by your trainer)
#
# A community of 1,200 retirees has 2 posts, and one in four of its staff leaves each year: the staff deliver
# about three quarters of the standard package. The street office says no new post can be funded this year.
#
# **Which items of the package would you cut, and which would you protect? Say why, and what you would do to limit
# the harm.** Think of who is hurt by each cut, of what the community must do by law, and of what else could
# help: volunteers, a social organisation, an information platform, keeping the staff you have. A short paragraph
# or a few points is enough. Write in the cell below, in place of "YOUR ANSWER HERE".
# <!-- zh -->
# ## 4. 简答题：人手不足（由培训师评分）
#
# 一个有 1,200 名退休人员的社区有 2 个岗位，每年有四分之一的工作人员离职：现有人员大约只能提供标准服务包的四分之三。
# 街道办事处表示今年无法增加岗位经费。
#
# **你会削减服务包中的哪些项目，保障哪些项目？请说明理由，以及你会怎样减少损害。** 请考虑每项削减会伤害到谁、社区依法必须做什么，
# 以及还有什么办法可以帮忙：志愿者、社会组织、信息平台、留住现有的工作人员。写一小段话或几个要点即可。请在下面的单元格中作答，替换"YOUR ANSWER HERE"。

# %% [markdown] nbgrader={"grade": true, "grade_id": "shortage_written", "locked": false, "points": 6, "schema_version": 3, "solution": true, "task": false}
# <!-- en -->
# ### BEGIN SOLUTION
# *Model answer and marking guide for trainers: 2 points for what is protected, with a reason (the statutory duties,
# and the items that keep the most vulnerable safe); 2 for what is cut, with a reason and who it hurts; 2 for at
# least two sensible ways to limit the harm. Accept other reasoned choices, for example protecting a group activity
# that keeps isolated retirees in touch.*
#
# - **Protect** the statutory duties (pension-eligibility certification, personnel files, changes of records and
#   enquiries, deaths and survivor claims): the community holds them by law for the social insurance agency, and a
#   missed certification or survivor claim stops or delays someone's income. Protect too the emergency help and the
#   regular visits to retirees living alone: they are how a fall or an illness is noticed in time, and cutting them
#   can cost a life.
# - **Cut first** the items whose loss hurts least and can be made up in other ways: the number of cultural and
#   sports activities (fewer, or run by retirees' own groups), then the party activities (the branch can run its own
#   meetings). Reduce rather than drop the visits to the over-80s: visit the frail and those with no family first,
#   and phone the others.
# - **Limit the harm:** ask retiree volunteers to run activities and make phone calls; contract a social
#   organisation for the visits; use an information platform to cut the time certification and records take; and
#   **keep the staff**: a quarter leaving each year costs the work of about a quarter of a post in empty posts and
#   newcomers learning; better pay, training and a career path may be cheaper than a new post.
# ### END SOLUTION
# <!-- zh -->
# ### BEGIN SOLUTION
# *供培训师参考的答案与评分说明：保障的项目及理由2分（法定职责，以及保障最脆弱群体安全的项目）；削减的项目、理由及受影响的人2分；
# 至少两条合理的减少损害的办法2分。其他有理有据的选择也可接受，例如保留能让孤独的退休人员保持联系的集体活动。*
#
# - **保障**法定职责（养老金领取资格认证、人事档案管理、信息变更登记与政策咨询、丧葬抚恤办理）：这是社区依法为社会保险经办机构承担的工作，
#   漏掉一次资格认证或抚恤申请，就会让人停发或迟发收入。同时保障对独居退休人员的紧急援助和定期探访：这是及时发现跌倒或疾病的办法，
#   削减它们可能危及生命。
# - **首先削减**损失最小、可以用其他办法弥补的项目：减少文体活动的次数（或由退休人员自己的团队组织），其次是离退休党员组织生活
#   （支部可以自己组织学习）。对 80 岁以上老人的探访要减少而不是取消：先探访体弱和没有家人照顾的，其他人改为电话联系。
# - **减少损害：** 请退休人员志愿者组织活动、打电话问候；向社会组织购买探访服务；用信息平台缩短资格认证和信息登记的时间；
#   **留住工作人员**：每年四分之一的人离职，岗位空缺和新人熟悉工作要损失大约四分之一个岗位的工作量；提高待遇、加强培训、
#   提供职业发展通道，可能比增加一个岗位更省钱。
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
