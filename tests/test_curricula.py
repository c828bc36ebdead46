"""Workshop curricula: the shipped ones load, name materials that exist and grade ids that exist, fill their days;
the agenda and trainer's guide come out in both languages and both formats with the right clock times; a
malformed file gets one message naming the file, the module and the field."""
import copy
import re
import shutil
from pathlib import Path

import jupytext
import pytest
import yaml

from simulation.inputs.errors import InputError
from simulation.workshop.curricula.model import load_all, load_workshop, timetable, validated
from simulation.workshop.curricula.references import graded_cells, missing_references, unknown_grade_ids
from simulation.workshop.curricula.render import render_agenda, render_to, render_trainer_guide

REPO = Path(__file__).resolve().parents[1]
CURRICULA = REPO / "curricula"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def text(en, zh):
    return {"en": en, "zh": zh}


def small() -> dict:
    """Two modules over two days: day 1 from 09:00 to 10:50, day 2 from 13:00 to 13:50, with the knowledge check
    at the start of day 1 and the end of day 2."""
    return {
        "id": "small",
        "title": text("Small workshop", "小型培训班"),
        "audience": text("Caseworkers", "经办人员"),
        "duration": text("Two short sessions", "两次短课"),
        "assessment_mode": "graded",
        "knowledge_check": "small-check",
        "days": [{"start": "09:00", "end": "10:50"}, {"start": "13:00", "end": "13:50"}],
        "modules": [
            {"id": "module1", "title": text("Dibao", "低保"), "summary": text("The top-up.", "低保补差。"),
             "objectives": [{"id": "m1.o1", "text": text("Work out the top-up.", "计算补差金额。"),
                             "assessed_by": ["module1:top_up_examples", "module1:top_up_discussion",
                                             "small-check:q01"]}],
             "sessions": [
                 {"title": text("Check before", "培训前测验"), "minutes": 10, "kind": "assessment",
                  "assessment": "small-check", "notes": [text("Release it first.", "先发布测验。")]},
                 {"title": text("Opening", "开班"), "minutes": 20, "kind": "presentation",
                  "notes": [text("Welcome everyone.", "欢迎大家。")]},
                 {"title": text("Tea", "茶歇"), "minutes": 15, "kind": "break"},
                 {"title": text("Follow a case", "跟踪个案"), "minutes": 45, "kind": "notebook",
                  "notebook": "notebooks/module1/one_stop_centre.py", "notes": [text("Work in pairs.", "两人一组。")]},
                 {"title": text("Quiz one", "测验一"), "minutes": 20, "kind": "assessment", "assessment": "module1",
                  "notes": [text("Collect on time.", "按时收卷。")]},
             ]},
            {"id": "module2", "title": text("Need", "需求"), "summary": text("Classify need.", "需求分类。"),
             "objectives": [{"id": "m2.o1", "text": text("Classify a household.", "对家庭进行分类。"),
                             "assessed_by": ["module2:map_needs", "small-check:q02"]}],
             "sessions": [
                 {"title": text("Compare", "对比"), "minutes": 20, "kind": "discussion", "day": 2,
                  "command": "carelab compare scenarios/a.yaml scenarios/b.yaml --out CMP",
                  "notes": [text("Show the charts.", "展示图表。")]},
                 {"title": text("Quiz two", "测验二"), "minutes": 20, "kind": "assessment", "assessment": "module2",
                  "notes": [text("Release it first.", "先发布测验。")]},
                 {"title": text("Check after", "培训后测验"), "minutes": 10, "kind": "assessment",
                  "assessment": "small-check", "notes": [text("Collect it.", "收卷。")]},
             ]},
        ],
    }


def clock_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def write(folder: Path, data: dict, name: str = "small") -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# ---- the shipped curricula


@pytest.fixture(scope="module")
def shipped():
    return {workshop.id: workshop for workshop in load_all(CURRICULA)}


def test_the_shipped_curricula_load(shipped):
    # Other workshops are added alongside these; the ones below must always ship.
    assert {"practitioner-two-day", "policy-half-day", "service-package-day", "eu-models-day",
            "purchasing-services-day"} <= set(shipped)
    assert shipped["practitioner-two-day"].assessment_mode == "graded"
    assert shipped["policy-half-day"].assessment_mode == "discussion"
    assert shipped["service-package-day"].assessment_mode == "graded"
    assert shipped["eu-models-day"].assessment_mode == "graded"
    assert shipped["purchasing-services-day"].assessment_mode == "graded"
    for workshop_id in shipped:
        assert load_workshop(CURRICULA / f"{workshop_id}.yaml") == shipped[workshop_id]


def test_shipped_references_exist(shipped):
    for workshop in shipped.values():
        missing = missing_references(workshop, REPO)
        assert not missing, f"{workshop.id} names files that are not in the repository: {sorted(missing)}"


def test_the_start_page_lists_every_module_with_the_time_its_longest_workshop_gives_it(shipped):
    start = (REPO / "notebooks" / "START.py").read_text(encoding="utf-8")
    rows = [line for line in start.splitlines() if line.startswith("# | [")]
    longest: dict[str, tuple[int, object]] = {}
    for workshop in shipped.values():
        for module in workshop.modules:
            if not any(session.notebook for session in module.sessions):
                continue  # a briefing, not a module of the workshop's notebooks
            minutes = sum(session.minutes for session in module.sessions if session.kind != "break")
            if minutes > longest.get(module.id, (0, None))[0]:
                longest[module.id] = (minutes, module)
    for minutes, module in longest.values():
        hours = f"{round(minutes / 30) / 2:g}"
        for title, time in ((module.title.en, f"| about {hours} hours |"), (module.title.zh, f"| 约 {hours} 小时 |")):
            row = [line for line in rows if title in line]
            assert row, f"the start page has no row for {module.id} titled {title!r}"
            assert row[0].endswith(time), (module.id, row[0])


def test_shipped_graded_references_name_grade_ids_of_their_assignment(shipped):
    for workshop in shipped.values():
        assert unknown_grade_ids(workshop, REPO) == [], workshop.id


def test_every_objective_is_assessed_and_every_assessment_assesses(shipped):
    for workshop in shipped.values():
        graded_mode = workshop.assessment_mode == "graded"
        held = {s.assessment for m in workshop.modules for s in m.sessions if s.assessment}
        cited = {assignment for m in workshop.modules for o in m.objectives for assignment, _ in o.graded}
        assert held == cited, f"{workshop.id}: an assessment session that assesses no objective, or the reverse"
        assert workshop.knowledge_check in held, workshop.id
        for module in workshop.modules:
            assert all(o.graded for o in module.objectives)
            own = {assignment for o in module.objectives for assignment, _ in o.graded} - {workshop.knowledge_check}
            if graded_mode:
                assert own, f"{workshop.id}, {module.id}: no item of the module's own assessment"
    assert {a for m in shipped["policy-half-day"].modules for o in m.objectives for a, _ in o.graded} == {
        "policy-half-day-check"}, "the policy half-day holds no assessment but its knowledge check"


def test_each_knowledge_check_item_assesses_one_objective_of_its_workshop(shipped):
    for workshop in shipped.values():
        folder = REPO / "grading/assignments" / workshop.knowledge_check
        checks = [cell.metadata["nbgrader"]["grade_id"] for source in sorted(folder.glob("*.py"))
                  for cell in jupytext.read(source, fmt="py:percent").cells
                  if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade")]
        assert 10 <= len(checks) <= 15, f"{workshop.id}: {len(checks)} autograded items, not 10 to 15"
        cited = [grade_id for m in workshop.modules for o in m.objectives for assignment, grade_id in o.graded
                 if assignment == workshop.knowledge_check]
        assert sorted(c for c in cited if c in checks) == sorted(checks), (
            f"{workshop.id}: each item of the knowledge check assesses one objective")


def test_shipped_days_add_up(shipped):
    full_day, half_day = (360, 420), (180, 240)
    lengths = {"practitioner-two-day": full_day, "policy-half-day": (210, 240), "service-package-day": full_day,
               "eu-models-day": full_day, "purchasing-services-day": full_day}
    for workshop in shipped.values():
        slots = timetable(workshop)
        for number, day in enumerate(workshop.days, start=1):
            today = [slot for slot in slots if slot.day == number]
            assert (today[0].start, today[-1].end) == (day.start, day.end)
            assert all(before.end == after.start for before, after in zip(today, today[1:]))
            minutes = sum(slot.session.minutes for slot in today)
            assert clock_minutes(day.end) - clock_minutes(day.start) == minutes
            low, high = lengths.get(workshop.id, (half_day[0], full_day[1]))
            assert low <= minutes <= high, f"{workshop.id}, day {number}: {minutes} minutes"
            assert any(slot.session.kind == "break" for slot in today)


def test_policy_half_day_cites_module1_and_compares_the_reform(shipped):
    practitioner = {o.id: o.text for m in shipped["practitioner-two-day"].modules for o in m.objectives}
    policy = shipped["policy-half-day"]
    module1 = next(m for m in policy.modules if m.id == "module1")
    assert {o.id: o.text for o in module1.objectives}.items() <= practitioner.items()
    sessions = [s for m in policy.modules for s in m.sessions]
    assert any(s.notebook == "notebooks/module1/one_stop_centre.py" for s in sessions)
    assert any(s.command and "scenarios/dachuan-2019.yaml scenarios/dachuan-2019-integrated.yaml" in s.command
               for s in sessions)


def test_the_practitioner_workshop_plays_a_session_then_debriefs_it_in_both_languages(shipped):
    slots = timetable(shipped["practitioner-two-day"])
    played = [slot for slot in slots if slot.session.kind == "role_play"]
    assert len(played) == 1 and played[0].day == 2 and 60 <= played[0].session.minutes <= 75
    assert played[0].session.command.startswith("carelab session create ")
    later = [slot for slot in slots[slots.index(played[0]) + 1:] if slot.session.kind != "break"]
    debrief = later[0].session
    assert debrief.kind == "discussion" and debrief.command.startswith("carelab session report ")
    assert 25 <= debrief.minutes <= 35
    role_play = " ".join(note.en for note in played[0].session.notes)
    for words in ("carelab session serve CODE", "--ip 0.0.0.0", "room secret", "carelab session demo",
                  "Resume", "nothing submitted is lost", "Advance the month", "Inject the event", "Reveal the truth"):
        assert words in role_play, words
    assert "debrief.html" in " ".join(note.en for note in debrief.notes)
    for session in (played[0].session, debrief):
        assert all(CHINESE.search(note.zh) for note in session.notes)
    assert "| 11:00–12:00 | Role play: caseworkers and households in one district | Role play |" in render_agenda(
        shipped["practitioner-two-day"], "en", "md")
    assert "| 角色扮演 |" in render_agenda(shipped["practitioner-two-day"], "zh", "md")


def test_a_role_play_is_its_own_kind_in_the_agenda_and_the_guide():
    data = small()
    data["modules"][1]["sessions"][0]["kind"] = "role_play"
    workshop = validated(data, "small.yaml")
    assert "| 13:00–13:20 | Compare | Role play |" in render_agenda(workshop, "en", "md")
    assert "| 13:00–13:20 | 对比 | 角色扮演 |" in render_agenda(workshop, "zh", "md")
    guide = render_trainer_guide(workshop, "zh", "md")
    assert "*角色扮演，20分钟*" in guide and "命令 `carelab compare scenarios/a.yaml" in guide


def test_an_objective_id_means_one_objective_in_every_curriculum(tmp_path):
    for path in CURRICULA.glob("*.yaml"):
        shutil.copy(path, tmp_path)
    policy = tmp_path / "policy-half-day.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "how the number of caseworkers", "how the count of caseworkers"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_all(tmp_path)
    # Whichever file is read second is the one told to agree with the first.
    assert caught.value.where == str(tmp_path / "practitioner-two-day.yaml")
    assert caught.value.field == "module module1, objectives.2.text"
    assert str(policy) in caught.value.allowed


# ---- references to the repository


@pytest.fixture
def repo(tmp_path):
    """A repository holding module 1's notebook and assignment, an empty module2 assignment, a check, a scenario."""
    (tmp_path / "notebooks/module1").mkdir(parents=True)
    (tmp_path / "notebooks/module1/one_stop_centre.py").write_text("# %%\n", encoding="utf-8")
    (tmp_path / "grading/assignments/module1").mkdir(parents=True)
    (tmp_path / "grading/assignments/module1/dibao.py").write_text(
        '# %% nbgrader={"grade": false, "grade_id": "top_up_answer", "solution": true}\n'
        "def top_up(gap, members):\n    return gap * members\n\n"
        '# %% nbgrader={"grade": true, "grade_id": "top_up_examples", "points": 1}\n'
        "assert top_up(220, 3) == 660\n\n"
        '# %% [markdown] nbgrader={"grade": true, "grade_id": "top_up_written", "points": 2, "solution": true}\n'
        "# Why does a household with more members get more?\n\n"
        '# %% [markdown] nbgrader={"grade": false, "grade_id": "top_up_discussion", "points": 2, "task": true}\n'
        "# Explain the top-up to a neighbour in the room.\n", encoding="utf-8")
    (tmp_path / "grading/assignments/small-check").mkdir(parents=True)
    (tmp_path / "grading/assignments/small-check/knowledge_check.py").write_text(
        '# %% nbgrader={"grade": true, "grade_id": "q01", "points": 1}\nassert True\n\n'
        '# %% nbgrader={"grade": true, "grade_id": "q02", "points": 1}\nassert True\n', encoding="utf-8")
    (tmp_path / "grading/assignments/module2").mkdir(parents=True)
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios/a.yaml").write_text("name: a\n", encoding="utf-8")
    return tmp_path


def test_missing_references_lists_what_the_repository_lacks(repo):
    workshop = validated(small(), "small.yaml")
    assert missing_references(workshop, repo) == ["scenarios/b.yaml", "grading/assignments/module2"]
    (repo / "grading/assignments/module2/needs.py").write_text("# %%\n", encoding="utf-8")
    (repo / "scenarios/b.yaml").write_text("name: b\n", encoding="utf-8")
    assert missing_references(workshop, repo) == []
    (repo / "notebooks/module1/one_stop_centre.py").unlink()
    assert missing_references(workshop, repo) == ["notebooks/module1/one_stop_centre.py"]


def test_unknown_grade_ids_checks_graded_cells_of_sources_that_exist(repo):
    # A check cell, a written answer and a trainer's task are graded items; the answer cell is not.
    assert graded_cells(repo / "grading/assignments/module1") == {"top_up_examples", "top_up_written",
                                                                  "top_up_discussion"}
    data = small()
    assert unknown_grade_ids(validated(data, "small.yaml"), repo) == []  # module2 has no source yet
    data["modules"][0]["objectives"][0]["assessed_by"] = ["module1:top_up_answer"]  # not a graded cell
    assert unknown_grade_ids(validated(data, "small.yaml"), repo) == ["module1:top_up_answer"]
    data["modules"][0]["objectives"][0]["assessed_by"] = ["module1:top_up_examples", "small-check:q09"]
    assert unknown_grade_ids(validated(data, "small.yaml"), repo) == ["small-check:q09"]


# ---- rendering


def test_timetable_clock_times():
    slots = timetable(validated(small(), "small.yaml"))
    assert [(s.day, s.start, s.end) for s in slots] == [
        (1, "09:00", "09:10"), (1, "09:10", "09:30"), (1, "09:30", "09:45"), (1, "09:45", "10:30"),
        (1, "10:30", "10:50"), (2, "13:00", "13:20"), (2, "13:20", "13:40"), (2, "13:40", "13:50")]


def test_agenda_in_both_languages_and_formats():
    workshop = validated(small(), "small.yaml")
    en = render_agenda(workshop, "en", "md")
    assert en.startswith("# Agenda: Small workshop\n")
    assert "## Day 1 · 09:00–10:50" in en and "## Day 2 · 13:00–13:50" in en
    for row in ("| 09:00–09:10 | Check before | Assessment |", "| 09:10–09:30 | Opening | Presentation |",
                "| 09:30–09:45 | Tea | Break |", "| 10:30–10:50 | Quiz one | Assessment |",
                "| 13:20–13:40 | Quiz two | Assessment |", "| 13:40–13:50 | Check after | Assessment |"):
        assert row in en
    assert ("**Knowledge check:** `small-check`, the same questions before the workshop (nbgrader assignment "
            "`small-check-pre`) and after it (`small-check-post`)") in en
    assert not CHINESE.search(en)

    zh = render_agenda(workshop, "zh", "md")
    assert zh.startswith("# 日程安排：小型培训班\n")
    assert "## 第2天 · 13:00–13:50" in zh
    assert "| 09:45–10:30 | 跟踪个案 | 笔记本实操 |" in zh
    assert "| 09:00–09:10 | 培训前测验 | 测验 |" in zh
    assert "**知识测验：**`small-check`，培训前（nbgrader 作业 `small-check-pre`）和培训后（`small-check-post`）" in zh
    assert "Opening" not in zh and "Follow a case" not in zh

    page = render_agenda(workshop, "zh", "html")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<html lang="zh-Hans">' in page and "<style>" in page and "<table>" in page
    assert "<td>13:20–13:40</td>" in page and "<td>测验二</td>" in page
    assert "| ---" not in page
    assert '<html lang="en">' in render_agenda(workshop, "en", "html")


def test_trainer_guide_in_both_languages_and_formats():
    workshop = validated(small(), "small.yaml")
    en = render_trainer_guide(workshop, "en", "md")
    for part in ("# Trainer's guide: Small workshop", "## Dibao (`module1`)", "The top-up.",
                 "| m1.o1 | Work out the top-up. | assessment `module1`: `top_up_examples`, `top_up_discussion`; "
                 "knowledge check `small-check`: `q01` |",
                 "| m2.o1 | Classify a household. | assessment `module2`: `map_needs`; knowledge check "
                 "`small-check`: `q02` |",
                 "**Knowledge check:** `small-check`",
                 "knowledge check `small-check`: nbgrader assignments `small-check-pre` (before) and "
                 "`small-check-post` (after), from `grading/assignments/small-check/`",
                 "#### Day 1 · 09:45–10:30 · Follow a case", "*Notebook, 45 min*",
                 "notebook `notebooks/module1/one_stop_centre.en.ipynb` (built from "
                 "`notebooks/module1/one_stop_centre.py`)",
                 "nbgrader assignment `module2-en`", "command `carelab compare scenarios/a.yaml scenarios/b.yaml",
                 "#### Day 2 · 13:00–13:20 · Compare", "- Show the charts."):
        assert part in en, part
    assert not CHINESE.search(en)

    zh = render_trainer_guide(workshop, "zh", "md")
    for part in ("# 培训师指南：小型培训班", "## 低保（`module1`）",
                 "测验 `module1`：`top_up_examples`、`top_up_discussion`；知识测验 `small-check`：`q01`",
                 "知识测验 `small-check`：nbgrader 作业 `small-check-pre`（培训前）和 `small-check-post`（培训后）",
                 "#### 第1天 · 09:45–10:30 · 跟踪个案", "*笔记本实操，45分钟*",
                 "笔记本 `notebooks/module1/one_stop_centre.zh.ipynb`", "- 两人一组。"):
        assert part in zh, part
    assert "Work in pairs" not in zh and "现场评价" not in zh and "judged by the trainer in the room" not in en

    page = render_trainer_guide(workshop, "en", "html")
    assert page.startswith("<!DOCTYPE html>") and "<h4>Day 1 · 09:45–10:30 · Follow a case</h4>" in page
    assert "<li>Work in pairs.</li>" in page


def test_render_to_writes_every_language_and_format(tmp_path):
    written = render_to(tmp_path / "out", validated(small(), "small.yaml"))
    assert sorted(p.name for p in written) == sorted(
        f"small.{name}.{lang}.{fmt}" for name in ("agenda", "guide") for lang in ("en", "zh") for fmt in ("md", "html"))
    assert all(p.read_text(encoding="utf-8") for p in written)


@pytest.mark.parametrize("lang, fmt, field", [("fr", "md", "lang"), ("en", "pdf", "format")])
def test_an_unknown_language_or_format_is_refused(lang, fmt, field):
    with pytest.raises(InputError) as caught:
        render_agenda(validated(small(), "small.yaml"), lang, fmt)
    assert caught.value.field == field


# ---- malformed files


DELETE = object()


def _set(path, value):
    """A change to the small workshop: set the value at path, or delete it."""
    def change(data):
        *parents, last = path
        target = data
        for key in parents:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return change


def _both(*changes):
    return lambda data: [change(data) for change in changes]


M1, M2 = ("modules", 0), ("modules", 1)

MALFORMED = {
    "negative minutes": (_set((*M2, "sessions", 1, "minutes"), -10), "module module2, sessions.1.minutes"),
    "minutes not whole": (_set((*M2, "sessions", 1, "minutes"), 12.5), "module module2, sessions.1.minutes"),
    "unknown field": (_set((*M2, "sessions", 0, "length"), 20), "module module2, sessions.0.length"),
    "unknown workshop field": (_set(("venue",), "Dazhou"), "venue"),
    "missing zh": (_set((*M2, "objectives", 0, "text", "zh"), DELETE), "module module2, objectives.0.text.zh"),
    "zh not in Chinese": (_set((*M1, "title", "zh"), "Dibao"), "module module1, title.zh"),
    "unknown kind": (_set((*M1, "sessions", 1, "kind"), "lecture"), "module module1, sessions.1.kind"),
    "objective without assessment": (_set((*M2, "objectives", 0, "assessed_by"), []),
                                     "module module2, objectives.0.assessed_by"),
    "objective assessment left out": (_set((*M2, "objectives", 0, "assessed_by"), DELETE),
                                      "module module2, objectives.0.assessed_by"),
    "discussion is no longer an assessment": (_set((*M2, "objectives", 0, "assessed_by"), ["discussion"]),
                                              "module module2, objectives.0.assessed_by.0"),
    "module assessed by the knowledge check alone in a graded workshop": (
        _set((*M2, "objectives", 0, "assessed_by"), ["small-check:q02"]), "module module2, objectives"),
    "knowledge check left out": (_set(("knowledge_check",), DELETE), "knowledge_check"),
    "knowledge check of another workshop": (_set(("knowledge_check",), "other-check"), "knowledge_check"),
    "knowledge check not an assignment name": (_set(("knowledge_check",), "Small check"), "knowledge_check"),
    "knowledge check held only before": (_set((*M2, "sessions", 2, "assessment"), "module2"), "knowledge_check"),
    "knowledge check before after an assessment": (
        _both(_set((*M1, "sessions", 0, "assessment"), "module1"), _set((*M1, "sessions", 4, "assessment"),
                                                                         "small-check")), "knowledge_check"),
    "knowledge check after before an assessment": (
        _both(_set((*M2, "sessions", 1, "assessment"), "small-check"), _set((*M2, "sessions", 2, "assessment"),
                                                                             "module2")), "knowledge_check"),
    "graded reference to an assessment not held": (_set((*M2, "objectives", 0, "assessed_by"), ["module3:map_needs"]),
                                                   "module module2, objectives.0.assessed_by.0"),
    "reference without a grade id": (_set((*M2, "objectives", 0, "assessed_by"), ["module2"]),
                                     "module module2, objectives.0.assessed_by.0"),
    "assessment session without its assignment": (_set((*M2, "sessions", 1, "assessment"), DELETE),
                                                  "module module2, sessions.1.assessment"),
    "notebook session without a notebook": (_set((*M1, "sessions", 3, "notebook"), DELETE),
                                            "module module1, sessions.3.notebook"),
    "notebook outside notebooks/": (_set((*M1, "sessions", 3, "notebook"), "../secret.py"),
                                    "module module1, sessions.3.notebook"),
    "session without trainer notes": (_set((*M1, "sessions", 1, "notes"), []), "module module1, sessions.1.notes"),
    "a day left out": (_set((*M2, "sessions", 0, "day"), 3), "module module2, sessions.0.day"),
    "a day that does not add up": (_set(("days", 1, "end"), "14:00"), "days.1.end"),
    "an empty day": (_set(("days",), [{"start": "09:00", "end": "10:50"}, {"start": "13:00", "end": "13:50"},
                                      {"start": "09:00", "end": "12:00"}]), "days"),
    "duplicate objective id": (_set((*M2, "objectives", 0, "id"), "m1.o1"), "module module2, objectives.0.id"),
}


@pytest.mark.parametrize("change, field", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_names_file_module_and_field(tmp_path, change, field):
    data = copy.deepcopy(small())
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(InputError) as caught:
        load_workshop(path)
    assert caught.value.where == str(path)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{path}: {field} = ")


def test_the_message_reads_as_documented(tmp_path):
    data = small()
    data["modules"][1]["sessions"][1]["minutes"] = -10
    path = write(tmp_path, data)
    with pytest.raises(InputError) as caught:
        load_workshop(path)
    assert str(caught.value) == (f"{path}: module module2, sessions.1.minutes = -10 is not allowed "
                                 "(a whole number of minutes above 0)")


def test_the_knowledge_check_is_the_workshops_own(tmp_path):
    data = small()
    data["knowledge_check"] = "other-check"
    with pytest.raises(InputError) as caught:
        load_workshop(write(tmp_path, data))
    assert caught.value.allowed == "small-check: the workshop's id followed by -check"


def test_an_unknown_field_is_told_the_fields_it_may_use(tmp_path):
    data = small()
    data["modules"][0]["title"]["fr"] = "Dibao"
    with pytest.raises(InputError) as caught:
        load_workshop(write(tmp_path, data))
    assert caught.value.field == "module module1, title.fr"
    assert caught.value.allowed == "one of: en, zh"


def test_an_unquoted_afternoon_time_is_explained(tmp_path):
    path = write(tmp_path, small())
    # YAML reads 13:00 without quotes as a number of minutes in base 60 (780).
    path.write_text(path.read_text(encoding="utf-8").replace("start: '13:00'", "start: 13:00"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_workshop(path)
    assert (caught.value.field, caught.value.value) == ("days.1.start", 780)
    assert "in quotes" in caught.value.allowed


def test_a_discussion_workshop_may_rest_on_its_knowledge_check_alone(tmp_path):
    data = small()
    data["assessment_mode"] = "discussion"
    data["modules"][1]["objectives"][0]["assessed_by"] = ["small-check:q02"]
    assert load_workshop(write(tmp_path, data)).assessment_mode == "discussion"
    data["modules"][1]["objectives"][0]["assessed_by"] = ["discussion"]
    with pytest.raises(InputError, match="objectives.0.assessed_by.0"):
        load_workshop(write(tmp_path, data))
    data["modules"][1]["objectives"][0]["assessed_by"] = []
    with pytest.raises(InputError, match="objectives.0.assessed_by"):
        load_workshop(write(tmp_path, data))


@pytest.mark.parametrize("content, field", [("id: [unclosed\n", "YAML"), ("- a list\n", "file")])
def test_a_file_that_is_not_a_curriculum(tmp_path, content, field):
    path = tmp_path / "small.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_workshop(path)
    assert (caught.value.where, caught.value.field) == (str(path), field)


def test_the_workshop_id_is_the_file_name(tmp_path):
    with pytest.raises(InputError) as caught:
        load_workshop(write(tmp_path, small(), name="other"))
    assert (caught.value.field, caught.value.value) == ("id", "small")


def test_carelab_curriculum_renders_every_workshop_and_refuses_a_wrong_file(tmp_path, capsys):
    from simulation.cli import main

    assert main(["curriculum", "--out", str(tmp_path / "agenda")]) == 0
    written = {path.name for path in (tmp_path / "agenda").iterdir()}
    for workshop_id in ("practitioner-two-day", "policy-half-day"):
        for name in ("agenda", "guide"):
            assert {f"{workshop_id}.{name}.{lang}.{fmt}" for lang in ("en", "zh") for fmt in ("md", "html")} <= written
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    assert main(["curriculum", str(bad), "--out", str(tmp_path / "nothing")]) == 2
    assert "YAML" in capsys.readouterr().err and not (tmp_path / "nothing").exists()
