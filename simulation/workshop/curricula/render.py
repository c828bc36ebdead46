"""A workshop's agenda and trainer's guide, in Markdown and in HTML, in both languages: the templates
agenda.md and guide.md of `simulation.reports.pages` lay out what is computed here, and the HTML page
(curriculum.html) holds the Markdown rendered to HTML.
"""
from __future__ import annotations

from pathlib import Path

import markdown
from markupsafe import Markup

from simulation.inputs.errors import InputError
from simulation.reports import pages
from simulation.workshop.bilingual import LANGS
from simulation.workshop.curricula.model import ASSIGNMENTS, DISCUSSION, Objective, Session, Slot, Workshop, timetable

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
        DISCUSSION: "discussion, judged by the trainer in the room",
        "mode.graded": "graded. Every module has an nbgrader assessment; objectives assessed by discussion are "
                       "judged by the trainer in the room.",
        "mode.discussion": "in discussion. There is no graded assessment: the trainer judges each objective from "
                           "the discussions in the room.",
        "kind.presentation": "Presentation", "kind.notebook": "Notebook", "kind.exercise": "Exercise",
        "kind.discussion": "Discussion", "kind.assessment": "Assessment", "kind.break": "Break",
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
        DISCUSSION: "课堂讨论，由培训师现场评价",
        "mode.graded": "评分考核。每个模块都有一份 nbgrader 测验；以课堂讨论考核的目标由培训师现场评价。",
        "mode.discussion": "课堂讨论。本培训不设评分测验，培训师根据现场讨论评价每个学习目标。",
        "kind.presentation": "讲授", "kind.notebook": "笔记本实操", "kind.exercise": "练习",
        "kind.discussion": "讨论", "kind.assessment": "测验", "kind.break": "休息",
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
                       "assessed_by": _assessed_by(objective, lang)} for objective in module.objectives]
        sessions = [_session(slot, lang) for slot in slots if slot.module is module]
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
    if lang not in LANGS:
        raise InputError("curriculum", "lang", lang, "one of: " + ", ".join(LANGS))
    if fmt not in FORMATS:
        raise InputError("curriculum", "format", fmt, "one of: " + ", ".join(FORMATS))


def _rendered(document: str, workshop: Workshop, lang: str, fmt: str, **values) -> str:
    """The agenda or the guide (`document`) from its Markdown template; as HTML, the Markdown rendered into a page."""
    w = WORDS[lang]
    title = f"{w[document]}{w['colon']}{w['space']}{workshop.title[lang]}"
    text = pages.render(f"{document}.md", lang, title=title, workshop=workshop, w=w, **values)
    if fmt == "md":
        return text
    body = markdown.markdown(text, extensions=["tables", "sane_lists"])
    return pages.render("curriculum.html", lang, title=title, body=Markup(body))


def _when(lang: str, day: int, start: str, end: str) -> str:
    return f"{WORDS[lang]['day'].format(n=day)} · {start}–{end}"


def _session(slot: Slot, lang: str) -> dict:
    """A session as the guide gives it: when, what, how long, with which materials and notes."""
    w, session = WORDS[lang], slot.session
    return {"heading": f"{_when(lang, slot.day, slot.start, slot.end)} · {session.title[lang]}",
            "format": f"{w['kind.' + session.kind]}{w['comma']}{w['minutes'].format(n=session.minutes)}",
            "materials": w["sep"].join(_materials(session, lang)),
            "notes": [note[lang] for note in session.notes]}


def _assessed_by(objective: Objective, lang: str) -> str:
    """How an objective is assessed, its graded cells grouped by assignment."""
    w, cells = WORDS[lang], {}
    for assignment, grade_id in objective.graded:
        cells.setdefault(assignment, []).append(f"`{grade_id}`")
    parts = [w["graded"].format(assignment=a, cells=w["list"].join(ids)) for a, ids in cells.items()]
    return w["sep"].join(parts + ([w[DISCUSSION]] if DISCUSSION in objective.assessed_by else []))


def _materials(session: Session, lang: str) -> list[str]:
    w, materials = WORDS[lang], []
    if session.notebook:
        built = session.notebook.removesuffix(".py") + f".{lang}.ipynb"
        materials.append(w["notebook"].format(built=built, source=session.notebook))
    if session.assessment:
        materials.append(w["assignment"].format(name=session.assessment, lang=lang,
                                                folder=f"{ASSIGNMENTS}/{session.assessment}"))
    if session.command:
        materials.append(w["command"].format(command=session.command))
    return materials


def _cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")
