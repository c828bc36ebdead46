# %% [markdown]
# <!-- en -->
# # Knowledge check: buying services from social organisations
#
# You answer this check twice: at the start of the workshop, and again at its end. At the start, nobody expects
# you to know the answers: give your best guess. The difference between your two scores shows what the day taught
# you, and your trainer sees which questions the whole room found hard. There are 13 short questions and ten
# minutes: answer what you can, in order, and do not stay long on any one.
#
# **How this notebook works.** You do not need to write any programs.
#
# 1. Run the first grey cell (click it and press **Shift + Enter**).
# 2. Under each question is an answer cell with a line like `answer = None`. Replace `None` with your answer, after
#    the `=` sign: a **number** as digits (`1234.5`, no units, no thousands separators), a **letter** for a choice
#    in quotes (`"A"`), a **list** of household numbers in square brackets (`[1101, 1102]`), a **table** with one
#    letter for each row, written as the question shows (`{"1": "A", "2": "C"}`).
# 3. Run the answer cell, then run the check cell below it. A red message means the answer is not in the right form
#    (a letter, a number, a list): read the message and correct it. The check does not tell you whether the answer
#    is right: that is decided when your trainer grades the check.
#
# The cases are small examples; where a figure is real, its source is named.
# <!-- zh -->
# # 知识测验：向社会组织购买服务
#
# 这份测验你要做两次：培训班开始时做一次，结束时再做一次。开始时，没有人要求你知道答案：请尽量猜一猜。两次得分之差，
# 反映你这一天学到了什么；培训师也能看出全班哪些题觉得难。共 13 道小题，时间十分钟：按顺序能答多少答多少，
# 不要在某一道题上停留太久。
#
# **如何使用本笔记本。** 你不需要编写任何程序。
#
# 1. 先运行第一个灰色单元格（点击它，按 **Shift + Enter**）。
# 2. 每道题下面有一个答案单元格，里面有一行类似 `answer = None` 的内容。把 `=` 后面的 `None` 换成你的答案：**数字**直接写数字
#    （`1234.5`，不写单位，不加千位分隔符）；选择题写一个**字母**，加英文引号（`"A"`）；家庭编号的**列表**写在方括号里（`[1101, 1102]`）；
#    **表格**按题目给出的格式，每一行填一个字母（`{"1": "A", "2": "C"}`）。
# 3. 运行答案单元格，再运行它下面的检查单元格。如果出现红色信息，说明答案的形式不对（应当是字母、数字或列表）：看信息，改正后再运行。
#    检查单元格不会告诉你答案对不对：培训师评分时才会判定。
#
# 题中的个案是小例子；凡是真实的数字，都注明了来源。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: The checks below use these small functions. Run this cell first.
# zh: 下面的检查会用到这些小函数。请先运行这个单元格。
from simulation.grading.checks import close, is_number, is_choice, chosen, is_table

# %% [markdown]
# <!-- en -->
# ## 1. What the government keeps when it buys services
#
# A civil-affairs bureau buys daily care for older residents from a social organisation. According to the State
# Council's guidance on buying services from social forces (国办发〔2013〕96号) and the module 4 notebook, what is
# the government's role once the contract is signed?
#
# - **A.** None: the organisation is now responsible for everything.
# - **B.** It pays, guarantees the quality, assesses and supervises the provider, and helps new providers grow.
# - **C.** It only pays the bills the organisation sends.
# - **D.** It only checks that the organisation is registered.
# <!-- zh -->
# ## 1. 购买服务后，政府还要做什么
#
# 民政局向一个社会组织购买老年居民的日常照料服务。按照《关于政府向社会力量购买服务的指导意见》（国办发〔2013〕96号）和模块四笔记本的说法，
# 合同签订以后，政府的角色是什么？
#
# - **A.** 没有角色：一切都由这个组织负责。
# - **B.** 出钱，保证服务质量，评估和监督服务机构，并扶持新的服务机构成长。
# - **C.** 只支付组织送来的账单。
# - **D.** 只检查组织是否已经登记。

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
government_role = None
### BEGIN SOLUTION
government_role = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(government_role, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(government_role) == "B", L("Buying a service changes the government's role; it does not end its responsibility.", "购买服务改变的是政府的角色，而不是免除政府的责任。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 2. Four kinds of provider
#
# Which kind of provider is each of these? Give each row a letter: **A** public, **B** for-profit, **C** non-profit
# (a social organisation), **D** charitable or voluntary.
#
# | row | provider |
# | --- | --- |
# | 1 | a home-care company |
# | 2 | a social-work service centre, registered as a private non-enterprise unit, employing qualified social workers |
# | 3 | a community volunteer team |
# | 4 | a street service station staffed by public employees |
#
# Answer as `{"1": "...", "2": "...", "3": "...", "4": "..."}`, one letter in quotes for each row.
# <!-- zh -->
# ## 2. 四类服务机构
#
# 下面每一个分别属于哪一类服务机构？请为每一行填一个字母：**A** 公共部门，**B** 营利型，**C** 非营利型（社会组织），**D** 慈善自愿型。
#
# | 行 | 服务机构 |
# | --- | --- |
# | 1 | 一家居家照护公司 |
# | 2 | 一个登记为民办非企业单位、聘用持证社会工作者的社会工作服务中心 |
# | 3 | 一支社区志愿服务队 |
# | 4 | 一个由公共部门人员提供服务的街道服务站 |
#
# 按 `{"1": "...", "2": "...", "3": "...", "4": "..."}` 的格式作答，每一行填一个加引号的字母。

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: replace None with this table, one letter in each empty pair of quotes:
# en: {"1": "", "2": "", "3": "", "4": ""}
# zh: 你的答案：把 None 换成下面的表格，在每一对空引号里填一个字母：
# zh: {"1": "", "2": "", "3": "", "4": ""}
provider_sectors = None
### BEGIN SOLUTION
provider_sectors = {"1": "B", "2": "C", "3": "D", "4": "A"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert is_table(provider_sectors, ['1', '2', '3', '4']) and all(is_choice(letter, "ABCD") for letter in provider_sectors.values()), L("Fill every row (1, 2, 3, 4) with one of the letters A, B, C or D, in quotes.", "请为每一行（1、2、3、4）填写A、B、C、D中的一个字母，加英文引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(provider_sectors[row]) == letter for row, letter in {"1": "B", "2": "C", "3": "D", "4": "A"}.items()), L("Ask of each provider: who owns it, and does it work for profit, as a social organisation or with volunteers?", "对每个服务机构问一问：它归谁所有？它是为了盈利、作为社会组织，还是依靠志愿者开展工作？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 3. What Taicang has tried
#
# Taicang, a county-level city in Jiangsu, is one of the places whose experience the module reads. Which of these is
# **not** one of Taicang's measures?
#
# - **A.** Elderly day-care centres run by social organisations under contract (more than 10 of about 80).
# - **B.** A service voucher of 80 yuan a month for every resident over 80.
# - **C.** An incubator that gives new social organisations office space and pays part of their staff costs.
# - **D.** An online platform, built with a social organisation, to consult older residents.
# <!-- zh -->
# ## 3. 太仓做了哪些尝试
#
# 江苏省的县级市太仓，是本模块介绍的地方之一。下面哪一项**不是**太仓的做法？
#
# - **A.** 老年人日间照料中心委托社会组织运营（约80个中心中有10多个）。
# - **B.** 为每位80岁以上的居民每月发放80元服务券。
# - **C.** 办一个孵化器，为新成立的社会组织提供办公场所，补贴部分人员费用。
# - **D.** 与一家社会组织合作建设网上平台，听取老年居民的意见。

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
not_taicang = None
### BEGIN SOLUTION
not_taicang = "D"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(not_taicang, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(not_taicang) == "D", L("Three of the four are Taicang's; one belongs to another city the module mentions.", "四项中有三项是太仓的做法，另一项属于本模块提到的另一个城市。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 4. What a contract costs, by hand
#
# The rule: **contract cost = hours a month × months × unit cost (yuan an hour) × (1 + supervision share)**.
# Supervision is what the government spends assessing the provider's quality, as a share of the contract's value
# (4% is 0.04).
#
# *Case (an illustrative contract):* a one-year contract with a social organisation for **400 hours a month** at
# **30 yuan an hour**, with supervision at **4%**. What does the contract cost the government in all, in yuan?
# <!-- zh -->
# ## 4. 手算合同成本
#
# 规则：**合同成本 = 每月小时数 × 月数 × 每小时单价（元）×（1 + 监管费用比例）**。监管费用是政府用于评估服务机构服务质量的支出，
# 按合同金额的一定比例计算（4% 写作 0.04）。
#
# *个案（示例合同）：* 与一个社会组织签订一年期合同，每月 **400 小时**，每小时 **30 元**，监管费用 **4%**。政府为这份合同一共要花多少元？

# %% nbgrader={"grade": false, "grade_id": "q04_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the contract's cost in yuan (a number).
# zh: 你的答案：合同成本（元），填一个数字。
contract_cost = None
### BEGIN SOLUTION
contract_cost = 149760
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(contract_cost), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(contract_cost, 149760, 1), L("Multiply the hours a month by 12 months and by the unit cost, then add 4% of that for supervision.", "每月小时数乘以12个月，再乘以每小时单价，然后加上其中的4%作为监管费用。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 5. What each hour costs
#
# The rule: **cost per hour = contract cost ÷ all the hours the contract buys** (hours a month × months).
# For the contract of question 4 (400 hours a month, 12 months, 30 yuan an hour, supervision 4%), what does each hour
# of service cost the government, supervision included? Two decimals are enough.
# <!-- zh -->
# ## 5. 每小时服务的成本
#
# 规则：**每小时成本 = 合同成本 ÷ 合同购买的全部小时数**（每月小时数 × 月数）。第4题的合同（每月400小时、12个月、每小时30元、
# 监管费用4%），算上监管费用，政府每购买一小时服务要花多少元？保留两位小数即可。

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan for each hour the contract buys (a number).
# zh: 你的答案：合同每购买一小时服务的成本（元），填一个数字。
cost_per_hour = None
### BEGIN SOLUTION
cost_per_hour = 31.2
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(cost_per_hour), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(cost_per_hour, 31.2, 0.01), L("Divide the contract's whole cost by 400 × 12 hours; supervision makes each hour dearer than the unit cost.", "用合同总成本除以400 × 12小时；算上监管费用，每小时成本会高于每小时单价。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 6. Five ways of buying: which is which?
#
# Give each description the letter of the way of buying it describes: **A** direct public provision,
# **B** competitive contracts (as in the USA), **C** conventions with associations (as in France),
# **D** community participation (as in Singapore).
#
# | row | description |
# | --- | --- |
# | 1 | short contracts, re-tendered on price at each end; the work may pass to a newcomer |
# | 2 | three-year agreements with associations, renewed when the association passes its assessment |
# | 3 | organisations with a track record are funded, and volunteers from the community add hours |
# | 4 | public units deliver the services with public staff paid as civil servants; no contracts |
#
# Answer as `{"1": "...", "2": "...", "3": "...", "4": "..."}`, one letter in quotes for each row.
# <!-- zh -->
# ## 6. 五种购买方式：哪个是哪个？
#
# 请为每一条说明填上它所描述的方式的字母：**A** 政府直接提供，**B** 竞争性购买（美国），**C** 与协会签订协议（法国），**D** 社区参与（新加坡）。
#
# | 行 | 说明 |
# | --- | --- |
# | 1 | 合同期短，每次到期按价格重新招标；服务可能转给新来的机构 |
# | 2 | 与协会签订三年期协议，协会通过评估就续签 |
# | 3 | 资助有良好服务记录的机构，社区志愿者增加服务时间 |
# | 4 | 由公共服务单位提供服务，人员按公务员待遇支付，不签合同 |
#
# 按 `{"1": "...", "2": "...", "3": "...", "4": "..."}` 的格式作答，每一行填一个加引号的字母。

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: replace None with this table, one letter in each empty pair of quotes:
# en: {"1": "", "2": "", "3": "", "4": ""}
# zh: 你的答案：把 None 换成下面的表格，在每一对空引号里填一个字母：
# zh: {"1": "", "2": "", "3": "", "4": ""}
buying_models = None
### BEGIN SOLUTION
buying_models = {"1": "B", "2": "C", "3": "D", "4": "A"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert is_table(buying_models, ['1', '2', '3', '4']) and all(is_choice(letter, "ABCD") for letter in buying_models.values()), L("Fill every row (1, 2, 3, 4) with one of the letters A, B, C or D, in quotes.", "请为每一行（1、2、3、4）填写A、B、C、D中的一个字母，加英文引号。")
### BEGIN HIDDEN TESTS
assert all(chosen(buying_models[row]) == letter for row, letter in {"1": "B", "2": "C", "3": "D", "4": "A"}.items()), L("Think of how long each contract runs, who bids and who delivers the hours.", "想一想每种方式的合同签多长、谁来投标、谁来提供服务时间。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 7. Households served for the money
#
# The rule: **households served per 10,000 yuan = households served a month ÷ spending a month × 10,000**.
#
# *Case (illustrative):* a district spends **24,000 yuan a month** on services bought by competitive contracts, and
# **60 households** are served each month. How many households does it serve for every 10,000 yuan?
# <!-- zh -->
# ## 7. 同样的钱服务多少家庭
#
# 规则：**每1万元服务的家庭数 = 每月得到服务的家庭数 ÷ 每月支出 × 10,000**。
#
# *个案（示例）：* 一个县区每月用 **24,000 元**以竞争性购买的方式购买服务，每月有 **60 户**家庭得到服务。每花1万元服务多少户家庭？

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: households served for every 10,000 yuan a month (a number).
# zh: 你的答案：每月每1万元服务的家庭数，填一个数字。
served_per_10k = None
### BEGIN SOLUTION
served_per_10k = 25
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(served_per_10k), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(served_per_10k, 25, 0.1), L("Divide the households by the spending first, then multiply by 10,000.", "先用家庭数除以支出，再乘以10,000。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 8. The price of price competition
#
# On the same district and the same budget, short contracts re-tendered on price usually serve more households for
# the money than three-year conventions. What do they usually cost in return?
#
# - **A.** The quality of the hours can fade: providers cut staff time and qualifications to meet the price, and a
#   newcomer starts without experience.
# - **B.** Nothing: serving more households for the money is always better.
# - **C.** Households must pay part of the price themselves.
# - **D.** The government can no longer refer households to the provider.
# <!-- zh -->
# ## 8. 价格竞争的代价
#
# 在同一个县区、同样的预算下，短期合同按价格重新招标，用同样的钱服务的家庭通常比三年期协议多。它们通常要付出什么代价？
#
# - **A.** 服务质量可能下滑：服务机构为了达到价格要求，削减人员时间、降低人员资质，新接手的机构又没有经验。
# - **B.** 没有代价：同样的钱服务更多家庭总是更好。
# - **C.** 家庭要自己承担一部分价格。
# - **D.** 政府不能再把家庭转介给服务机构。

# %% nbgrader={"grade": false, "grade_id": "q08_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
price_competition_cost = None
### BEGIN SOLUTION
price_competition_cost = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(price_competition_cost, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(price_competition_cost) == "A", L("Think of what a provider does when each re-tender pushes the price down.", "想一想每次重新招标都压低价格时，服务机构会怎么做。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 9. Who gets an age-band voucher
#
# Taicang gives every resident **over 80** a service voucher of **80 yuan a month** (the module 4 notebook, seed
# 002). The course reads "over 80" as **80 and over**: a resident aged exactly 80 gets it, one aged 79 does not.
#
# *Case (an illustrative town):* the older residents of a town, by age.
#
# | age | 78 | 79 | 80 | 81 | 85 | 90 |
# | --- | --- | --- | --- | --- | --- | --- |
# | residents | 120 | 110 | 100 | 90 | 40 | 15 |
#
# How many residents of this town get the voucher?
# <!-- zh -->
# ## 9. 按年龄段发放的服务券：谁能领取
#
# 太仓为每位 **80 岁以上**的居民每月发放 **80 元**服务券（模块四笔记本，资料 002）。本课程把“80岁以上”理解为 **80 岁及以上**：
# 刚满80岁的居民可以领取，79岁的不能。
#
# *个案（示例镇）：* 一个镇的老年居民，按年龄统计。
#
# | 年龄 | 78 | 79 | 80 | 81 | 85 | 90 |
# | --- | --- | --- | --- | --- | --- | --- |
# | 居民人数 | 120 | 110 | 100 | 90 | 40 | 15 |
#
# 这个镇有多少居民能领取服务券？

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the number of residents who get the voucher (a number).
# zh: 你的答案：能领取服务券的居民人数，填一个数字。
voucher_eligible = None
### BEGIN SOLUTION
voucher_eligible = 245
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(voucher_eligible), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(voucher_eligible, 245, 0), L("Add up the residents aged 80 and over: those aged exactly 80 count, those aged 78 and 79 do not.", "把80岁及以上的居民人数加起来：刚满80岁的算，78岁和79岁的不算。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 10. The voucher's budget
#
# The rule: **monthly budget = residents who get the voucher × amount × share who use it**.
# For the town of question 9, at **80 yuan** a voucher, if **six in ten** of those who get it use it (0.6, the
# course's assumption: Taicang's take-up is not reported), what does the voucher cost a month, in yuan?
# <!-- zh -->
# ## 10. 服务券的预算
#
# 规则：**每月预算 = 能领取服务券的居民人数 × 金额 × 使用的比例**。第9题的镇，每张服务券 **80 元**，如果能领取的人中**十人有六人**使用
# （0.6，这是课程的假设：太仓的使用率没有公布），服务券每月要花多少元？

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the voucher's budget in yuan a month (a number).
# zh: 你的答案：服务券每月的预算（元），填一个数字。
voucher_budget = None
### BEGIN SOLUTION
voucher_budget = 11760
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(voucher_budget), L("Write a number (digits, and a decimal point if needed), without quotes, units or thousands separators.", "请填写一个数字（可以带小数点），不加引号、单位或千位分隔符。")
### BEGIN HIDDEN TESTS
assert close(voucher_budget, 11760, 1), L("Start from the residents of question 9 who get the voucher, then multiply by 80 yuan and by 0.6.", "从第9题能领取服务券的居民人数算起，乘以80元，再乘以0.6。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 11. Who Taicang's voucher is for
#
# Which sentence describes Taicang's voucher?
#
# - **A.** It goes only to Dibao households with a member over 80.
# - **B.** It goes only to residents of the day-care centres run by social organisations.
# - **C.** It goes to every resident over 80, poor or not: it is not means-tested, and residents choose the provider.
# - **D.** It goes to the providers, who decide which residents to serve with it.
# <!-- zh -->
# ## 11. 太仓的服务券发给谁
#
# 下面哪一句描述的是太仓的服务券？
#
# - **A.** 只发给家中有80岁以上成员的低保家庭。
# - **B.** 只发给由社会组织运营的日间照料中心的服务对象。
# - **C.** 发给每一位80岁以上的居民，不论贫富：不做家庭经济状况核查，由居民自己选择服务机构。
# - **D.** 发给服务机构，由服务机构决定用它为哪些居民服务。

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
voucher_users = None
### BEGIN SOLUTION
voucher_users = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(voucher_users, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(voucher_users) == "C", L("Ask who holds the voucher, and whether anyone's income is checked.", "想一想服务券拿在谁手里，是否要核查收入。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 12. A contract that does not leave the hardest cases behind
#
# Your bureau pays a provider for each older household it serves. You fear **cream-skimming**: the provider takes the
# households that are easy to serve and leaves the bedridden, the very poor and those far away. Which contract clause
# would you choose first?
#
# - **A.** Let the provider choose which households it takes, at the same price for all.
# - **B.** Caseworkers, not the provider, refer households; a difficult case is paid more; the bureau looks at who is
#   turned away or left waiting longest.
# - **C.** Re-tender the contract on price every six months.
# - **D.** Drop supervision to leave more money for services.
# <!-- zh -->
# ## 12. 不把最难服务的家庭落下的合同
#
# 你们民政局按服务的老年家庭户数向服务机构付费。你担心出现**“挑肥拣瘦”**：服务机构只接容易服务的家庭，把卧床不起的、最贫困的、
# 住得远的留下。你会首先在合同里写进哪一条？
#
# - **A.** 由服务机构自己选择接收哪些家庭，每户价格相同。
# - **B.** 由经办人员而不是服务机构转介家庭；困难个案多付钱；民政局查看谁被拒绝了、谁等得最久。
# - **C.** 每六个月按价格重新招标一次。
# - **D.** 取消监管，把钱省下来用于服务。

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
cream_skimming_clause = None
### BEGIN SOLUTION
cream_skimming_clause = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(cream_skimming_clause, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(cream_skimming_clause) == "B", L("Who decides which households the provider serves, and who notices the ones it turns away?", "由谁决定服务机构为哪些家庭服务？谁会发现被拒绝的家庭？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## 13. Supervision and price together
#
# You raise the quality you demand at each renewal, but keep the price you pay where it is. No provider can reach
# the new quality floor at that price. What is the most likely result?
#
# - **A.** Quality rises at no cost.
# - **B.** Nothing changes: providers ignore the floor.
# - **C.** Providers lose their contracts one after another: the floor brings turnover, not better care.
# - **D.** More households are served for the same money.
# <!-- zh -->
# ## 13. 把监管和价格放在一起考虑
#
# 每次续签时，你提高了对服务质量的要求，但支付的价格不变。按这个价格，没有哪家服务机构能达到新的质量下限。最可能的结果是什么？
#
# - **A.** 服务质量不花钱就提高了。
# - **B.** 什么也不变：服务机构不理会质量下限。
# - **C.** 服务机构一个接一个地失去合同：质量下限带来的是服务机构不断更换，而不是更好的照料。
# - **D.** 同样的钱服务了更多家庭。

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter, A, B, C or D, in quotes.
# zh: 你的答案：A、B、C、D中的一个字母，加英文引号。
supervision_floor = None
### BEGIN SOLUTION
supervision_floor = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q13", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(supervision_floor, "ABCD"), L("Write one of the letters A, B, C or D, in quotes.", "请填写A、B、C、D中的一个字母，并加上英文引号。")
### BEGIN HIDDEN TESTS
assert chosen(supervision_floor) == "C", L("A floor protects households only if providers can reach it at the price paid. What happens if none can?", "只有服务机构按所付价格能够达到，质量下限才能保护服务对象家庭。如果谁都达不到，会怎样？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Handing in
#
# Save the notebook (**Ctrl + S**) and hand in the file as your trainer asks. Thank you!
# <!-- zh -->
# ## 提交
#
# 保存笔记本（**Ctrl + S**），按培训师的要求提交文件。谢谢！
