"""A workshop's agenda and trainer's guide, in Markdown and in HTML, in both languages: the templates
agenda.md and guide.md of `simulation.reports.pages` lay out what is computed here, and the HTML page
(curriculum.html) holds the Markdown rendered to HTML.
"""
from __future__ import annotations

from pathlib import Path

import markdown
from markupsafe import Markup

from simulation.inputs.errors import InputError, Phrase
from simulation.reports import pages
from simulation.workshop.bilingual import LANGS
from simulation.workshop.curricula.model import ASSIGNMENTS, Objective, Session, Slot, Workshop, timetable

FORMATS = ("md", "html")

# The words of the agenda and the guide; the curriculum brings the rest in both languages.
WORDS = {
    "en": {
        "colon": ":", "space": " ", "comma": ", ", "list": ", ", "sep": "; ",
        "module": "{title} (`{id}`)",
        "agenda": "Agenda", "guide": "Trainer's guide", "audience": "Audience", "duration": "Duration",
        "assessment": "Assessment", "day": "Day {n}", "time": "Time", "session": "Session", "format": "Format",
        "modules": "Modules", "objectives": "Learning objectives", "objective": "Objective",
        "assessed_by": "Assessed by", "sessions": "Sessions", "minutes": "{n} min", "materials": "Materials",
        "notes": "Trainer notes", "notebook": "notebook `{built}` (built from `{source}`)",
        "assignment": "assessment `{name}`: nbgrader assignment `{name}-{lang}`, from `{folder}/`",
        "command": "command `{command}`", "graded": "assessment `{assignment}`: {cells}",
        "checked": "knowledge check `{assignment}`: {cells}",
        "slides": "slides from `carelab materials` (reveal.js and PDF)",
        "slide.programmes": "with the slide on who each programme is for",
        "slide.process": "with the one-stop process flow",
        "knowledge_check": "Knowledge check",
        "check": "`{name}`, the same questions before the workshop (nbgrader assignment `{name}-pre`) and after it "
                 "(`{name}-post`); the gain shows what each objective's sessions taught.",
        "check_material": "knowledge check `{name}`: nbgrader assignments `{name}-pre` (before) and `{name}-post` "
                          "(after), from `{folder}/`",
        "mode.graded": "graded. Every module has an nbgrader assessment; what belongs to the room (a discussion, a "
                       "role play) is a trainer's task, scored against its rubric in nbgrader's manual grading.",
        "mode.discussion": "by the knowledge check. There is no module assessment: the knowledge check's questions "
                           "and its trainer's tasks, scored in the room against their rubrics, assess each "
                           "objective.",
        "kind.presentation": "Presentation", "kind.notebook": "Notebook", "kind.exercise": "Exercise",
        "kind.role_play": "Role play", "kind.discussion": "Discussion", "kind.assessment": "Assessment",
        "kind.break": "Break",
    },
    "zh": {
        "colon": "：", "space": "", "comma": "，", "list": "、", "sep": "；",
        "module": "{title}（`{id}`）",
        "agenda": "日程安排", "guide": "培训师指南", "audience": "培训对象", "duration": "时长",
        "assessment": "考核", "day": "第{n}天", "time": "时间", "session": "内容", "format": "形式",
        "modules": "模块", "objectives": "学习目标", "objective": "目标", "assessed_by": "考核方式",
        "sessions": "课程安排", "minutes": "{n}分钟", "materials": "材料", "notes": "培训师提示",
        "notebook": "笔记本 `{built}`（由 `{source}` 生成）",
        "assignment": "测验 `{name}`：nbgrader 作业 `{name}-{lang}`，源文件在 `{folder}/`",
        "command": "命令 `{command}`", "graded": "测验 `{assignment}`：{cells}",
        "checked": "知识测验 `{assignment}`：{cells}",
        "slides": "幻灯片，由 `carelab materials` 生成（reveal.js 和 PDF）",
        "slide.programmes": "含说明各项目救助对象的幻灯片",
        "slide.process": "含一站式办理流程图",
        "knowledge_check": "知识测验",
        "check": "`{name}`，培训前（nbgrader 作业 `{name}-pre`）和培训后（`{name}-post`）回答同样的题目，"
                 "前后得分之差说明每个目标的课程教会了什么。",
        "check_material": "知识测验 `{name}`：nbgrader 作业 `{name}-pre`（培训前）和 `{name}-post`（培训后），"
                          "源文件在 `{folder}/`",
        "mode.graded": "评分考核。每个模块都有一份 nbgrader 测验；属于课堂活动的内容（讨论、角色扮演）作为"
                       "培训师评分任务，按评分要点在 nbgrader 的人工评分中记录。",
        "mode.discussion": "知识测验考核。本培训不设模块测验：由知识测验的题目及其培训师评分任务（按评分要点现场评分）"
                           "考核每个学习目标。",
        "kind.presentation": "讲授", "kind.notebook": "笔记本实操", "kind.exercise": "练习",
        "kind.role_play": "角色扮演", "kind.discussion": "讨论", "kind.assessment": "测验", "kind.break": "休息",
    },
}


def render_agenda(workshop: Workshop, lang: str = "en", fmt: str = "md") -> str:
    """The timetable of each day, with clock times."""
    _check_output(lang, fmt)
    w = WORDS[lang]
    slots = timetable(workshop)
    days = []
    for number, day in enumerate(workshop.days, start=1):
        today = [slot for slot in slots if slot.day == number]
        days.append({
            "heading": _when(lang, number, day.start, day.end),
            "modules": w["sep"].join(dict.fromkeys(slot.module.title[lang] for slot in today)),
            "sessions": [{"time": f"{slot.start}–{slot.end}", "title": _cell(slot.session.title[lang]),
                          "kind": w["kind." + slot.session.kind]} for slot in today],
        })
    return _rendered("agenda", workshop, lang, fmt, days=days)


def render_trainer_guide(workshop: Workshop, lang: str = "en", fmt: str = "md") -> str:
    """Per module: its objectives and how each is assessed, then each session with its time, materials and notes."""
    _check_output(lang, fmt)
    w = WORDS[lang]
    slots = timetable(workshop)
    modules = []
    for module in workshop.modules:
        objectives = [{"id": objective.id, "text": _cell(objective.text[lang]),
                       "assessed_by": _assessed_by(objective, workshop.knowledge_check, lang)}
                      for objective in module.objectives]
        sessions = [_session(slot, workshop.knowledge_check, lang) for slot in slots if slot.module is module]
        modules.append({"heading": w["module"].format(title=module.title[lang], id=module.id),
                        "summary": module.summary[lang], "objectives": objectives, "sessions": sessions})
    return _rendered("guide", workshop, lang, fmt, modules=modules,
                     assessment=w["mode." + workshop.assessment_mode])


def render_to(folder_out: str | Path, workshop: Workshop) -> list[Path]:
    """Write `<id>.agenda.<lang>.md/.html` and `<id>.guide.<lang>.md/.html`; returns the paths written."""
    folder_out = Path(folder_out)
    folder_out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, render in (("agenda", render_agenda), ("guide", render_trainer_guide)):
        for lang in LANGS:
            for fmt in FORMATS:
                path = folder_out / f"{workshop.id}.{name}.{lang}.{fmt}"
                path.write_text(render(workshop, lang, fmt), encoding="utf-8")
                written.append(path)
    return written


def _check_output(lang: str, fmt: str) -> None:
    where = Phrase("curriculum")
    if lang not in LANGS:
        raise InputError(where, "lang", lang, "one of: {names}", names=", ".join(LANGS))
    if fmt not in FORMATS:
        raise InputError(where, "format", fmt, "one of: {names}", names=", ".join(FORMATS))


def _rendered(document: str, workshop: Workshop, lang: str, fmt: str, **values) -> str:
    """The agenda or the guide (`document`) from its Markdown template; as HTML, the Markdown rendered into a page."""
    w = WORDS[lang]
    title = f"{w[document]}{w['colon']}{w['space']}{workshop.title[lang]}"
    check = w["check"].format(name=workshop.knowledge_check)
    text = pages.render(f"{document}.md", lang, title=title, workshop=workshop, w=w, check=check, **values)
    if fmt == "md":
        return text
    body = markdown.markdown(text, extensions=["tables", "sane_lists"])
    return pages.render("curriculum.html", lang, title=title, body=Markup(body))


def _when(lang: str, day: int, start: str, end: str) -> str:
    return f"{WORDS[lang]['day'].format(n=day)} · {start}–{end}"


def _session(slot: Slot, knowledge_check: str, lang: str) -> dict:
    """A session as the guide gives it: when, what, how long, with which materials and notes."""
    w, session = WORDS[lang], slot.session
    return {"heading": f"{_when(lang, slot.day, slot.start, slot.end)} · {session.title[lang]}",
            "format": f"{w['kind.' + session.kind]}{w['comma']}{w['minutes'].format(n=session.minutes)}",
            "materials": w["sep"].join(_materials(session, knowledge_check, lang)),
            "notes": [note[lang] for note in session.notes]}


def _assessed_by(objective: Objective, knowledge_check: str, lang: str) -> str:
    """How an objective is assessed: its graded items grouped by assignment, the knowledge check's named as such."""
    w, cells = WORDS[lang], {}
    for assignment, grade_id in objective.graded:
        cells.setdefault(assignment, []).append(f"`{grade_id}`")
    return w["sep"].join(w["checked" if a == knowledge_check else "graded"].format(assignment=a,
                                                                                   cells=w["list"].join(ids))
                         for a, ids in cells.items())


def _materials(session: Session, knowledge_check: str, lang: str) -> list[str]:
    w, materials = WORDS[lang], []
    if session.notebook:
        built = session.notebook.removesuffix(".py") + f".{lang}.ipynb"
        materials.append(w["notebook"].format(built=built, source=session.notebook))
    if session.assessment == knowledge_check:
        materials.append(w["check_material"].format(name=session.assessment,
                                                    folder=f"{ASSIGNMENTS}/{session.assessment}"))
    elif session.assessment:
        materials.append(w["assignment"].format(name=session.assessment, lang=lang,
                                                folder=f"{ASSIGNMENTS}/{session.assessment}"))
    if session.kind == "presentation":
        materials.append(w["comma"].join([w["slides"], *(w[f"slide.{name}"] for name in session.slides)]))
    if session.command:
        materials.append(w["command"].format(command=session.command))
    return materials


def _cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")
