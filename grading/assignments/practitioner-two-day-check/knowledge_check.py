# %% [markdown]
# <!-- en -->
# # Knowledge check: Dibao and social-work practice (two-day workshop)
#
# You answer the same 15 questions twice: at the start of the workshop and at its end. Before, answer as well as
# you can: a guess is fine, and the score does not count against you. After, the difference shows what the two days
# taught, question by question. It takes about 10 minutes.
#
# **How to answer.** Under each question is an answer cell with a line such as `wait_days = None`. Type your answer
# after the `=` sign in place of `None`, then run the cell (Shift + Enter), then run the check cell below it: a red
# message means the answer is not in the right form yet (it does not say whether it is right).
#
# - a number: type it as it is, `85` or `85.5`, without units;
# - a choice: type the capital letter in quotes, `"A"`;
# - a list of letters: in square brackets, `["A", "B"]`;
# - a table: fill in the letter after each row's number, between the quotes that are there.
#
# Every figure below comes from Dachuan's 2019 rules and the national Dibao tables of the course, or is an
# illustrative case.
# <!-- zh -->
# # 知识测验：低保经办与社会工作实务（两天培训班）
#
# 同样的15道题你要做两次：培训开始时做一次，培训结束时再做一次。培训前尽力作答即可，可以猜，这次得分不会对你不利。培训后再做，两次的差别逐题说明两天的培训教会了什么。大约需要10分钟。
#
# **如何作答。** 每道题下面有一个答案单元格，里面有一行类似 `wait_days = None` 的代码。在 `=` 号后面输入你的答案，替换 `None`，然后运行这个单元格（按 Shift + Enter），再运行下面的检查单元格：出现红色信息说明答案的格式还不对（它不会告诉你答案对不对）。
#
# - 数字：直接输入，如 `85` 或 `85.5`，不写单位；
# - 选择题：输入大写字母并加英文引号，如 `"A"`；
# - 字母列表：放在方括号里，如 `["A", "B"]`；
# - 表格：在每一行编号后面已有的引号之间填入字母。
#
# 下面的数字都来自达川区2019年的规定和课程中的全国低保统计表，或者是说明用的示例个案。

# %% deletable=false editable=false nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false, "task": false}
# en: Run this cell first: it loads the checks. Nothing to change here.
# zh: 请先运行这个单元格：它载入检查用的函数。这里不需要修改。
from simulation.grading.checks import chosen, close, is_choice, is_number, is_table

# %% [markdown]
# <!-- en -->
# ## Module 1: Dibao and the one-stop service centre
#
# **Question 1.** Once a caseworker starts a Dibao case in Dachuan, it takes about **20 working days** to a
# decision. A household applied when the centre was full and waited **3 whole months** in the queue before anyone
# started its case. A month has on average **21.75 working days**. How many working days did the household wait
# from its application to the decision?
# <!-- zh -->
# ## 模块一：低保与一站式服务中心
#
# **第1题。** 在达川区，经办人员开始办理一个低保个案后，大约需要 **20个工作日** 作出审批决定。一户家庭申请时服务中心个案已满，先排队等了 **3个整月** 才有人开始办理。每月平均有 **21.75个工作日**。这户家庭从申请到审批决定一共等了多少个工作日？

# %% nbgrader={"grade": false, "grade_id": "q01_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: working days from the application to the decision (a number).
# zh: 你的答案：从申请到审批决定的工作日数（填一个数字）。
wait_days = None
### BEGIN SOLUTION
wait_days = 85.25
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q01", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(wait_days), L("Type a number of working days, without quotes or units.", "请输入工作日数，不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(wait_days, 85.25, 0.5), L("The wait is the time in the queue plus the time the case itself takes, both in working days.", "等待时间是排队的时间加上个案本身的办理时间，都以工作日计算。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 2.** Put the steps of a Dibao case in Dachuan in the order they happen, as a list of four letters:
#
# - **A** the district civil-affairs bureau decides
# - **B** the means test and the democratic appraisal, with a home visit and a public notice
# - **C** the household applies at its town or street service centre (or online)
# - **D** the district centre checks the applicant against the databases of 27 agencies
# <!-- zh -->
# **第2题。** 请按先后顺序排列达川区低保个案的办理环节，写成由四个字母组成的列表：
#
# - **A** 区民政局审批
# - **B** 家庭经济状况核查和民主评议，包括入户调查和公示
# - **C** 家庭到所在乡镇（街道）服务中心（或在网上）提出申请
# - **D** 区级中心将申请人与27个部门的数据库比对

# %% nbgrader={"grade": false, "grade_id": "q02_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the four letters in order, e.g. ["B", "A", "C", "D"] if that were the order.
# zh: 你的答案：按顺序排列的四个字母，格式如 ["B", "A", "C", "D"]。
case_steps = None
### BEGIN SOLUTION
case_steps = ["C", "B", "D", "A"]
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q02", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert isinstance(case_steps, list) and len(case_steps) == 4, L("Give a list of four letters in square brackets.", "请在方括号中写出四个字母组成的列表。")
assert all(is_choice(step, "ABCD") for step in case_steps), L("Each step is one of the letters A, B, C, D, in quotes.", "每个环节都是A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert sorted(chosen(step) for step in case_steps) == ["A", "B", "C", "D"], L("Use each letter once.", "每个字母只用一次。")
assert [chosen(step) for step in case_steps] == ["C", "B", "D", "A"], L("Follow one application from the counter to the decision: who sees the household first, and who decides last?", "跟着一份申请从窗口走到审批：谁最先接触这户家庭，谁最后作决定？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 3.** A rural household of **3** people in Dachuan has a total income of **390 yuan** a month. The
# rural Dibao standard in 2019 was **330 yuan** per person per month. How many yuan of Dibao does the household
# receive each month?
# <!-- zh -->
# **第3题。** 达川区一户 **3口人** 的农村家庭，每月总收入 **390元**。2019年农村低保标准为每人每月 **330元**。这户家庭每月能领取多少元低保金？

# %% nbgrader={"grade": false, "grade_id": "q03_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the household's monthly Dibao top-up in yuan (a number).
# zh: 你的答案：这户家庭每月的低保补差金额（元，填一个数字）。
top_up = None
### BEGIN SOLUTION
top_up = 600
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q03", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(top_up), L("Type a number of yuan, without quotes or units.", "请输入金额（元），不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(top_up, 600, 1), L("Compare the income per person, not the household's income, with the standard, and pay the gap for every member.", "用人均收入（而不是家庭总收入）与标准比较，并按家庭人口补足差额。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 4.** An urban couple in Dachuan, aged **91** and **84**, has an income of **600 yuan** per person a
# month. The urban Dibao standard is **520 yuan**. Dachuan pays an old-age allowance of 60 yuan a month from age 80,
# 120 yuan from age 90 and 600 yuan from age 100. How many yuan a month does the couple receive in Dibao and
# old-age allowance together?
# <!-- zh -->
# **第4题。** 达川区一对城镇老年夫妇，分别 **91岁** 和 **84岁**，人均月收入 **600元**。城镇低保标准为 **520元**。达川区的高龄津贴为：80岁起每月60元，90岁起每月120元，100岁起每月600元。这对夫妇每月的低保金和高龄津贴合计多少元？

# %% nbgrader={"grade": false, "grade_id": "q04_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: Dibao and old-age allowance together, in yuan a month (a number).
# zh: 你的答案：低保金和高龄津贴合计，每月多少元（填一个数字）。
couple_total = None
### BEGIN SOLUTION
couple_total = 180
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q04", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(couple_total), L("Type a number of yuan, without quotes or units.", "请输入金额（元），不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(couple_total, 180, 1), L("Work out the two separately: is the couple below the Dibao standard? Which age band is each of them in?", "分开计算：这对夫妇的收入低于低保标准吗？两人各属于哪个年龄段？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 5.** A town centre loses half of its caseworkers and nothing else changes. What happens in the months
# that follow?
#
# - **A** Nothing: a case takes about 20 working days whatever the staff.
# - **B** Cases queue for a caseworker: households wait longer for a decision, and eligible households in the
#   queue get nothing meanwhile.
# - **C** Fewer households apply, so the waits get shorter.
# - **D** The democratic appraisal is skipped, so the waits stay the same.
# <!-- zh -->
# **第5题。** 某乡镇服务中心的经办人员减少了一半，其他条件都不变。接下来几个月会怎样？
#
# - **A** 没有变化：不论人手多少，一个个案都需要约20个工作日。
# - **B** 个案排队等待经办人员：家庭要等更久才有审批决定，排队期间符合条件的家庭也领不到低保。
# - **C** 申请的家庭减少了，所以等待时间缩短。
# - **D** 民主评议被省略，所以等待时间不变。

# %% nbgrader={"grade": false, "grade_id": "q05_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
fewer_caseworkers = None
### BEGIN SOLUTION
fewer_caseworkers = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q05", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(fewer_caseworkers, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(fewer_caseworkers) == "B", L("The 20 days count from when a caseworker starts the case. What happens to the cases no one can start yet?", "20个工作日是从经办人员开始办理时算起的。还没人能接手的个案会怎样？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 6.** A district that is short of staff opens online applications and changes nothing else. What
# happens to the queue of cases waiting for a caseworker?
#
# - **A** It gets shorter: there is no counter visit to register.
# - **B** It gets longer: more eligible households apply, with the same staff.
# - **C** It stays the same: online applications only change where people apply.
# - **D** It disappears: the platform decides the cases.
# <!-- zh -->
# **第6题。** 一个人手不足的区县开通了网上申请，其他条件都不变。等待经办人员办理的个案队伍会怎样？
#
# - **A** 变短：不用到窗口登记了。
# - **B** 变长：人手不变，而提出申请的符合条件家庭增多了。
# - **C** 不变：网上申请只改变了申请的地点。
# - **D** 消失：由平台审批个案。

# %% nbgrader={"grade": false, "grade_id": "q06_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
online_queue = None
### BEGIN SOLUTION
online_queue = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q06", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(online_queue, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(online_queue) == "B", L("Making it easier to apply brings in households who did not apply before. Who handles their cases?", "申请更方便，会让以前没有申请的家庭也来申请。他们的个案由谁办理？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Questions 7 and 8.** For each friction of the Dachuan application process, which remedy addresses it? Write
# **D** for an integrated database, **O** for the one-stop centre, **N** for neither (it needs another change).
#
# | row | friction |
# | --- | --- |
# | 1 | The district centre gathers the results of 27 agencies' databases by hand: about 3 days a case. |
# | 2 | A family applying for several programmes visits several offices and tells its story each time. |
# | 3 | The income a household declares cannot be checked against other agencies' records. |
# | 4 | A family living away from its registered residence (hukou) cannot apply where it lives. |
# <!-- zh -->
# **第7、8题。** 对达川区申请流程中的每个障碍，哪种办法能解决它？统一数据库写 **D**，一站式服务中心写 **O**，两者都不能解决（需要其他改变）写 **N**。
#
# | 行 | 障碍 |
# | --- | --- |
# | 1 | 区级中心人工汇总27个部门数据库的比对结果：每个个案约需3天。 |
# | 2 | 申请多个项目的家庭要跑多个部门，每次都要重新讲一遍家里的情况。 |
# | 3 | 家庭申报的收入无法与其他部门的记录核对。 |
# | 4 | 在户籍所在地以外居住的家庭，不能在居住地提出申请。 |

# %% nbgrader={"grade": false, "grade_id": "q07_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the letter D, O or N for each row, between the quotes.
# zh: 你的答案：在引号之间为每一行填入字母D、O或N。
remedies = None
### BEGIN SOLUTION
remedies = {"1": "D", "2": "O", "3": "D", "4": "N"}
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q07", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(remedies, ["1", "2", "3", "4"]), L('Fill the table as given: {"1": "...", "2": "...", "3": "...", "4": "..."}.', '请按给出的格式填表：{"1": "...", "2": "...", "3": "...", "4": "..."}。')
assert all(is_choice(remedy, "DON") for remedy in remedies.values()), L("Each row takes one of the letters D, O, N.", "每一行填D、O、N中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(remedies["1"]) == "D", L("Row 1: what would replace gathering 27 answers by hand?", "第1行：用什么可以代替人工汇总27个部门的结果？")
assert chosen(remedies["2"]) == "O", L("Row 2: what brings the staff of many agencies under one roof?", "第2行：什么能把多个部门的工作人员集中到一处？")
### END HIDDEN TESTS

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q08", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_table(remedies, ["1", "2", "3", "4"]), L('Fill the table as given: {"1": "...", "2": "...", "3": "...", "4": "..."}.', '请按给出的格式填表：{"1": "...", "2": "...", "3": "...", "4": "..."}。')
assert all(is_choice(remedy, "DON") for remedy in remedies.values()), L("Each row takes one of the letters D, O, N.", "每一行填D、O、N中的一个字母。")
### BEGIN HIDDEN TESTS
assert chosen(remedies["3"]) == "D", L("Row 3: where are the other agencies' records, and who could see them?", "第3行：其他部门的记录在哪里，谁能看到？")
assert chosen(remedies["4"]) == "N", L("Row 4: does a shared database or one office change who may apply where?", "第4行：共享数据库或一个办事窗口，能改变谁可以在哪里申请吗？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 9.** National rural Dibao in 2017 (the course's national table, `datasets/china_dibao_national.csv`,
# source S14): **105.18 billion yuan** was spent in the year, and **40.452 million** people received it at the end
# of the year. On average, how many yuan did one rural recipient receive per month? Round to whole yuan.
# <!-- zh -->
# **第9题。** 2017年全国农村低保（课程中的全国统计表 `datasets/china_dibao_national.csv`，来源S14）：全年支出 **1051.8亿元**，年末共有 **4045.2万人** 领取。平均每位农村低保对象每月领取多少元？四舍五入到整数元。

# %% nbgrader={"grade": false, "grade_id": "q09_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: yuan per recipient per month (a number).
# zh: 你的答案：每人每月多少元（填一个数字）。
rural_monthly = None
### BEGIN SOLUTION
rural_monthly = 217
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q09", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(rural_monthly), L("Type a number of yuan, without quotes or units.", "请输入金额（元），不加引号，不写单位。")
### BEGIN HIDDEN TESTS
assert close(rural_monthly, 105.18e9 / 40.452e6 / 12, 2), L("Divide the year's spending by the people and by 12 months, with money in yuan and people counted one by one.", "用全年支出除以人数，再除以12个月；金额换算成元，人数换算成人。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# ## Module 2: assessing and classifying need
#
# **Question 10.** A household of two: a woman of **67** in good health and her husband of **70** with a chronic
# illness. Which class is it in, by age and health?
#
# - **A** raising children
# - **B** working age, able to work
# - **C** working age, ill or disabled
# - **D** older, able
# - **E** older, frail
# <!-- zh -->
# ## 模块二：需求评估与分类
#
# **第10题。** 一户两口之家：妻子 **67岁**，身体健康；丈夫 **70岁**，患有慢性病。按年龄和健康状况，这户家庭属于哪一类？
#
# - **A** 抚育子女
# - **B** 劳动年龄、身体健康
# - **C** 劳动年龄、患病或残疾
# - **D** 老年、身体健康
# - **E** 老年、体弱

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
age_health = None
### BEGIN SOLUTION
age_health = "D"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q10", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(age_health, "ABCDE"), L("Type one of the letters A to E, in quotes.", "请输入A至E中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(age_health) == "D", L("Both are 60 or older. Is at least one of them under 80 and in good health?", "两人都在60岁及以上。是否至少有一人不满80岁且身体健康？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 11.** A rural household (standard **330 yuan**) has an income of **150 yuan** per person before
# assistance. It has been poor for **8 months**, and the mother, 35, is in good health. Which class is it in, by
# depth of poverty and likelihood of leaving it?
#
# - **A** deep, likely to leave
# - **B** deep, unlikely to leave
# - **C** shallow, likely to leave
# - **D** shallow, unlikely to leave
# <!-- zh -->
# **第11题。** 一户农村家庭（标准 **330元**），救助前人均收入 **150元**，已贫困 **8个月**，35岁的母亲身体健康。按贫困程度和脱贫可能性，这户家庭属于哪一类？
#
# - **A** 深度、容易脱贫
# - **B** 深度、难以脱贫
# - **C** 浅度、容易脱贫
# - **D** 浅度、难以脱贫

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
poverty_class = None
### BEGIN SOLUTION
poverty_class = "A"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q11", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(poverty_class, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(poverty_class) == "A", L("Compare the income with half the standard; then look at how long the household has been poor and who could work.", "把收入与标准的一半比较；再看这户家庭贫困了多久、有没有能工作的人。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 12.** A man of **45** with a disability lives alone. His income is **250 yuan** a month against a
# rural standard of **330 yuan**, and he has been poor for **30 months**. Which need comes first, and which service
# answers it?
#
# - **A** securing survival: daily care
# - **B** promoting development: capacity building (skills, help to find work)
# - **C** providing opportunities: social support and inclusion
# - **D** none: the Dibao cash is enough
# <!-- zh -->
# **第12题。** 一位 **45岁** 的残疾男子独自生活，月收入 **250元**，农村低保标准为 **330元**，已贫困 **30个月**。首先要回应的是哪种需求？相应的服务是什么？
#
# - **A** 保障生存：日常照料
# - **B** 促进发展：能力建设（技能培训、帮助就业）
# - **C** 提供机会：社会支持与社会融入
# - **D** 不需要：低保金就够了

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
first_need = None
### BEGIN SOLUTION
first_need = "C"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q12", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(first_need, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(first_need) == "C", L("Classify him both ways first: is his poverty deep? Is he older and frail, or raising children, or able to work?", "先从两个角度分类：他是深度贫困吗？他是老年体弱、抚育子女，还是有劳动能力？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 13.** You draft a case plan for a family in March. Which goal could you check at the plan's review?
#
# - **A** "The family feels better about its future."
# - **B** "The mother has finished a three-month cooking course and applied for at least two jobs by September."
# - **C** "The family receives more services."
# - **D** "The family leaves poverty for good."
# <!-- zh -->
# **第13题。** 你在3月为一户家庭制定个案计划。下面哪个目标可以在复核计划时加以检查？
#
# - **A** “这户家庭对未来感觉更好了。”
# - **B** “母亲在9月前完成为期三个月的烹饪培训，并至少应聘两份工作。”
# - **C** “这户家庭得到更多服务。”
# - **D** “这户家庭永久摆脱贫困。”

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
plan_goal = None
### BEGIN SOLUTION
plan_goal = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q13", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(plan_goal, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(plan_goal) == "B", L("At the review you will ask: was it done, by when? Which goal can be answered yes or no?", "复核时你会问：做到了吗，什么时候做到的？哪个目标能用“是”或“否”来回答？")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 14.** You test a classification against what followed in a simulated district. Of **200**
# households classed "likely to leave poverty", **90** had left it 24 months later; of **300** classed "unlikely",
# **60** had. By how many percentage points more often did the households classed "likely" leave poverty? (If
# they left less often, give a negative number.)
# <!-- zh -->
# **第14题。** 你用一个模拟县区后来的情况来检验分类。被归为“容易脱贫”的 **200** 户家庭中，24个月后有 **90** 户已经脱贫；被归为“难以脱贫”的 **300** 户中，有 **60** 户脱贫。被归为“容易脱贫”的家庭的脱贫比例比另一组高多少个百分点？（如果更低，请填负数。）

# %% nbgrader={"grade": false, "grade_id": "q14_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: the difference in percentage points (a number).
# zh: 你的答案：相差多少个百分点（填一个数字）。
points_more = None
### BEGIN SOLUTION
points_more = 25
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q14", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_number(points_more), L("Type a number of percentage points, without quotes or the % sign.", "请输入百分点数，不加引号，不写%号。")
### BEGIN HIDDEN TESTS
assert close(points_more, 25, 0.5), L("Compare shares, not numbers of households: the share of each group that left, in per cent.", "比较的是比例而不是户数：每组中脱贫家庭所占的百分比。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Question 15.** A street office contracts a social organisation to deliver the daily care in its case plans.
# What must the government still guarantee?
#
# - **A** Nothing more: the contract hands the service over.
# - **B** The quality of the service, the assessment of who needs it, and the supervision of the provider.
# - **C** That its own staff deliver the care at weekends.
# - **D** That the organisation makes no profit at all.
# <!-- zh -->
# **第15题。** 某街道办事处通过购买服务，委托一家社会组织提供个案计划中的日常照料。政府仍须保障什么？
#
# - **A** 不再需要保障什么：合同已经把服务交出去了。
# - **B** 服务质量、对服务需求的评估，以及对服务提供方的监管。
# - **C** 周末由政府自己的工作人员提供照料。
# - **D** 社会组织完全不能有任何盈余。

# %% nbgrader={"grade": false, "grade_id": "q15_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
# en: Your answer: one letter in quotes.
# zh: 你的答案：一个字母，加引号。
government_keeps = None
### BEGIN SOLUTION
government_keeps = "B"
### END SOLUTION

# %% deletable=false editable=false nbgrader={"grade": true, "grade_id": "q15", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
assert is_choice(government_keeps, "ABCD"), L("Type one of the letters A, B, C, D, in quotes.", "请输入A、B、C、D中的一个字母，加引号。")
### BEGIN HIDDEN TESTS
assert chosen(government_keeps) == "B", L("Buying a service moves who delivers it, not who answers for it.", "购买服务改变的是由谁提供，而不是由谁负责。")
### END HIDDEN TESTS

# %% [markdown]
# <!-- en -->
# **Done.** Hand in the notebook as your trainer explains. The answers and your score per question come back with
# the feedback after the workshop.
# <!-- zh -->
# **完成。** 请按培训师的说明提交笔记本。培训结束后，你会在反馈中看到各题的答案和得分。
