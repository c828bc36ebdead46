"""Workshop curricula as data, and the agenda and trainer's guide they render to.

A curriculum is one YAML file in `curricula/`, named after the workshop's id: a workshop, its modules, and each
module's learning objectives and sessions. Every text people read is given in both languages, `{en: ..., zh: ...}`.

Timetable: `days` gives each day's start and end. Sessions run one after another in the order of the file; a
session with `day: 2` opens day 2 and the ones after it follow on the same day. The sessions of a day, breaks
included, fill it exactly, so the clock times of the agenda are computed, never typed.

Assessment: each objective lists `assessed_by`, references `ASSIGNMENT:GRADE_ID` to a graded cell of an nbgrader
assignment that one of the workshop's assessment sessions holds, or `discussion` where the trainer judges it in the
room. `assessment_mode: graded` (a training course) needs at least one graded reference in every module;
`assessment_mode: discussion` (a briefing for policy teams) may rest on discussion alone.

Loading checks the file alone. Whether the notebooks and assignments it names exist, and hold the grade ids it
cites, is a question about the repository, where they are written in parallel: `missing_references` and
`unknown_grade_ids` answer it.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, get_args

import jupytext
import markdown
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.workshop.bilingual import LANGS
from simulation.inputs.files import read_mapping

CURRICULA = locations.curricula()
ASSIGNMENTS = "grading/assignments"
FORMATS = ("md", "html")
DISCUSSION = "discussion"
Kind = Literal["presentation", "notebook", "exercise", "discussion", "assessment", "break"]
KINDS = get_args(Kind)

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ASSIGNMENT = r"[a-z][a-z0-9_-]*"
CLOCK = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text people read, in English and Simplified Chinese."""
    en: str
    zh: str

    @field_validator("en")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("empty")
        return value.strip()

    @field_validator("zh")
    @classmethod
    def _chinese(cls, value: str) -> str:
        # An English text pasted into zh would pass a mere "not empty".
        if not CHINESE.search(value):
            raise ValueError("no Chinese characters")
        return value.strip()

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


Reference = Annotated[str, Field(pattern=rf"^({DISCUSSION}|{ASSIGNMENT}:[A-Za-z0-9_-]+)$")]


class Objective(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9]*\.o[1-9][0-9]*$")
    text: Text
    assessed_by: list[Reference] = Field(min_length=1)

    @property
    def graded(self) -> list[tuple[str, str]]:
        """(assignment, grade_id) of each graded reference."""
        return [tuple(ref.split(":")) for ref in self.assessed_by if ref != DISCUSSION]


class Session(_Strict):
    title: Text
    minutes: int = Field(strict=True, gt=0)
    kind: Kind
    day: int | None = Field(None, strict=True, ge=1)
    notebook: str | None = Field(None, pattern=r"^notebooks/([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.py$")
    assessment: str | None = Field(None, pattern=rf"^{ASSIGNMENT}$")
    command: str | None = Field(None, pattern=r"^carelab [^\n]+$")
    notes: list[Text] = []


class Module(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: Text
    summary: Text
    objectives: list[Objective] = Field(min_length=1)
    sessions: list[Session] = Field(min_length=1)


class Day(_Strict):
    start: str = Field(pattern=CLOCK)
    end: str = Field(pattern=CLOCK)


class Workshop(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: Text
    audience: Text
    duration: Text
    assessment_mode: Literal["graded", "discussion"]
    days: list[Day] = Field(min_length=1)
    modules: list[Module] = Field(min_length=1)


TEXT = "a text in both languages: {en: ..., zh: ...}"
# What each field allows, said the way a trainer editing the file would read it; "parent.field" before "field".
ALLOWED = {
    "id": "lowercase letters, digits and hyphens, e.g. module1",
    "objectives.id": "an objective id such as m1.o1",
    "title": TEXT, "summary": TEXT, "audience": TEXT, "duration": TEXT, "text": TEXT,
    "notes": "a list of trainer notes, each {en: ..., zh: ...}",
    "en": "English text, not empty",
    "zh": "Simplified Chinese text, in Chinese characters",
    "assessment_mode": "graded (every module has graded assessment) or discussion (objectives judged in the room)",
    "days": "a list of days, each {start: \"09:00\", end: \"16:00\"}",
    "start": "a time of day in quotes, e.g. \"09:00\"",
    "end": "a time of day in quotes, e.g. \"16:00\"",
    "modules": "a list of at least one module",
    "objectives": "a list of at least one learning objective",
    "assessed_by": f"references ASSIGNMENT:GRADE_ID (e.g. module1:top_up_examples) or {DISCUSSION}, at least one",
    "sessions": "a list of at least one session",
    "minutes": "a whole number of minutes above 0",
    "kind": "one of: " + ", ".join(KINDS),
    "day": "a whole number of at least 1",
    "notebook": "a bilingual source under notebooks/, e.g. notebooks/module1/one_stop_centre.py",
    "assessment": f"an assignment under {ASSIGNMENTS}/, e.g. module1",
    "command": "a carelab command on one line, e.g. carelab compare A.yaml B.yaml --out CMP",
}


def load_workshop(path: str | Path) -> Workshop:
    path = Path(path)
    data = read_mapping(path, "file", "curricula/practitioner-two-day.yaml", "id, title, modules", where="curriculum")
    workshop = validated(data, str(path))
    if workshop.id != path.stem:
        raise InputError(str(path), "id", workshop.id, f"{path.stem}, the name of the file: one file per workshop")
    return workshop


def load_all(folder: str | Path = CURRICULA) -> list[Workshop]:
    """Every curriculum in the folder. An objective id names one objective in all of them: a briefing that covers
    part of a module cites that module's objectives, word for word."""
    paths = sorted(Path(folder).glob("*.yaml"))
    workshops = [load_workshop(path) for path in paths]
    first_seen: dict[str, tuple[Path, Text]] = {}
    for path, workshop in zip(paths, workshops):
        for module in workshop.modules:
            for index, objective in enumerate(module.objectives):
                origin, text = first_seen.setdefault(objective.id, (path, objective.text))
                if text != objective.text:
                    raise InputError(str(path), _in(module, f"objectives.{index}.text"), objective.text.en,
                                     f"the same text, in both languages, as {objective.id} in {origin}")
    return workshops


def validated(data: dict, where: str) -> Workshop:
    """The workshop, or one InputError naming the file, the module and the field."""
    try:
        workshop = Workshop.model_validate(data)
    except ValidationError as err:
        raise _input_error(err.errors()[0], data, where) from None
    _check_modules(workshop, where)
    _check_days(workshop, where)
    return workshop


def _input_error(error: dict, data: dict, where: str) -> InputError:
    loc = error["loc"]
    names = [part for part in loc if isinstance(part, str)]
    allowed = ALLOWED.get(".".join(names[-2:]), ALLOWED.get(names[-1], error["msg"])) if names else error["msg"]
    value = error.get("input")
    if error["type"] == "extra_forbidden":
        allowed = "one of: " + ", ".join(_model_at(loc[:-1]).model_fields)
    elif error["type"] == "missing":
        value, allowed = None, f"required: {allowed}"
    module = _raw_module_id(data, loc)
    if module is not None:
        return InputError(where, f"module {module}, " + ".".join(map(str, loc[2:])), value, allowed)
    return InputError(where, ".".join(map(str, loc)), value, allowed)


def _raw_module_id(data: dict, loc: tuple) -> str | None:
    """The id of the module an error lies in, as the file gives it, if the error is inside a module."""
    if len(loc) < 3 or loc[0] != "modules" or not isinstance(loc[1], int):
        return None
    module = data["modules"][loc[1]]
    return module.get("id") if isinstance(module, dict) and isinstance(module.get("id"), str) else None


def _model_at(loc: tuple) -> type[BaseModel]:
    model = Workshop
    for part in loc:
        if isinstance(part, str):
            model = _models_in(model.model_fields[part].annotation)[0]
    return model


def _models_in(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def _check_modules(workshop: Workshop, where: str) -> None:
    held = {s.assessment for m in workshop.modules for s in m.sessions if s.assessment}
    objective_ids: set[str] = set()
    for module in workshop.modules:
        for index, session in enumerate(module.sessions):
            _check_session(session, where, _in(module, f"sessions.{index}"))
        for index, objective in enumerate(module.objectives):
            field = _in(module, f"objectives.{index}")
            if objective.id in objective_ids:
                raise InputError(where, f"{field}.id", objective.id, "an id used once in the workshop")
            objective_ids.add(objective.id)
            for number, ref in enumerate(objective.assessed_by):
                if ref != DISCUSSION and ref.split(":")[0] not in held:
                    raise InputError(where, f"{field}.assessed_by.{number}", ref,
                                     f"{DISCUSSION}, or a grade id of an assignment that one of the workshop's "
                                     f"assessment sessions holds ({', '.join(sorted(held)) or 'it holds none'})")
        if workshop.assessment_mode == "graded" and not any(o.graded for o in module.objectives):
            raise InputError(where, _in(module, "objectives"), [r for o in module.objectives for r in o.assessed_by],
                             "at least one graded reference ASSIGNMENT:GRADE_ID in the module, since the "
                             "workshop's assessment_mode is graded")


def _check_session(session: Session, where: str, field: str) -> None:
    if (session.kind == "assessment") != (session.assessment is not None):
        raise InputError(where, f"{field}.assessment", session.assessment,
                         "an assignment on every assessment session, and on assessment sessions only")
    if session.kind == "notebook" and session.notebook is None:
        raise InputError(where, f"{field}.notebook", None, "required on a notebook session: " + ALLOWED["notebook"])
    if session.kind == "break" and (session.notebook or session.command):
        raise InputError(where, f"{field}.kind", session.kind, "a kind that uses materials, or a break without them")
    if session.kind != "break" and not session.notes:
        raise InputError(where, f"{field}.notes", [], "at least one trainer note: what to do, what to watch for, "
                                                      "timing")


def _in(module: Module, field: str) -> str:
    return f"module {module.id}, {field}"


def _check_days(workshop: Workshop, where: str) -> None:
    planned = [0] * len(workshop.days)
    current = 0
    for module, index, session, day in _sessions_by_day(workshop):
        if day not in (current, current + 1) or day > len(workshop.days):
            possible = sorted({max(current, 1), current + 1} & set(range(1, len(workshop.days) + 1)))
            raise InputError(where, _in(module, f"sessions.{index}.day"), session.day,
                             f"{' or '.join(map(str, possible))}: days follow one another, none left out, and "
                             f"the workshop has {len(workshop.days)}")
        current = day
        planned[day - 1] += session.minutes
    for number, (day, minutes) in enumerate(zip(workshop.days, planned), start=1):
        if minutes == 0:
            raise InputError(where, "days", len(workshop.days), f"{number - 1}, the days the sessions fill")
        if _minutes(day.start) + minutes != _minutes(day.end):
            raise InputError(where, f"days.{number - 1}.end", day.end,
                             f"{_clock(_minutes(day.start) + minutes)}: day {number}'s sessions add up to {minutes} "
                             f"minutes from {day.start}")


def _sessions_by_day(workshop: Workshop):
    """Each session with its module, its index in the module and its day: a session's `day` opens that day, and a
    session without one stays on the day of the session before."""
    day = 1
    for module in workshop.modules:
        for index, session in enumerate(module.sessions):
            day = session.day or day
            yield module, index, session, day


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Slot:
    """A session in the timetable."""
    day: int
    start: str
    end: str
    module: Module
    session: Session


def timetable(workshop: Workshop) -> list[Slot]:
    slots, clock, current = [], 0, 0
    for module, _, session, day in _sessions_by_day(workshop):
        if day != current:
            current, clock = day, _minutes(workshop.days[day - 1].start)
        slots.append(Slot(day, _clock(clock), _clock(clock + session.minutes), module, session))
        clock += session.minutes
    return slots


def missing_references(workshop: Workshop, repo: str | Path) -> list[str]:
    """The notebook sources, assignments and scenario files the workshop names that `repo` does not hold, as paths
    in the repository, each once."""
    repo = Path(repo)
    named = []
    for module in workshop.modules:
        for session in module.sessions:
            named += [session.notebook] if session.notebook else []
            named += [f"{ASSIGNMENTS}/{session.assessment}"] if session.assessment else []
            named += [word for word in (session.command or "").split() if word.endswith(".yaml")]
    return [path for path in dict.fromkeys(named) if not _present(repo / path)]


def _present(path: Path) -> bool:
    # An assignment is a folder of jupytext sources; an empty folder holds no assessment yet.
    return any(path.glob("*.py")) if path.is_dir() else path.is_file()


def unknown_grade_ids(workshop: Workshop, repo: str | Path) -> list[str]:
    """Graded references whose assignment source is in `repo` but has no graded cell with that grade id."""
    unknown = []
    for module in workshop.modules:
        for objective in module.objectives:
            for assignment, grade_id in objective.graded:
                folder = Path(repo) / ASSIGNMENTS / assignment
                if _present(folder) and grade_id not in graded_cells(folder):
                    unknown.append(f"{assignment}:{grade_id}")
    return list(dict.fromkeys(unknown))


def graded_cells(folder: str | Path) -> set[str]:
    """The grade ids of the cells that score points (nbgrader `grade: true`) in an assignment's sources."""
    return {cell.metadata["nbgrader"]["grade_id"]
            for source in sorted(Path(folder).glob("*.py"))
            for cell in jupytext.read(source, fmt="py:percent").cells
            if cell.metadata.get("nbgrader", {}).get("grade")}


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
    title = _titled(lang, w["agenda"], workshop.title[lang])
    lines = [f"# {title}", "", *_header(workshop, lang)]
    slots = timetable(workshop)
    for number, day in enumerate(workshop.days, start=1):
        today = [slot for slot in slots if slot.day == number]
        modules = dict.fromkeys(slot.module.title[lang] for slot in today)
        lines += ["", f"## {w['day'].format(n=number)} · {day.start}–{day.end}", "",
                  _bold(lang, w["modules"], w["sep"].join(modules)), "",
                  f"| {w['time']} | {w['session']} | {w['format']} |", "| --- | --- | --- |"]
        lines += [f"| {s.start}–{s.end} | {_cell(s.session.title[lang])} | {w['kind.' + s.session.kind]} |"
                  for s in today]
    return _output("\n".join(lines) + "\n", title, lang, fmt)


def render_trainer_guide(workshop: Workshop, lang: str = "en", fmt: str = "md") -> str:
    """Per module: its objectives and how each is assessed, then each session with its time, materials and notes."""
    _check_output(lang, fmt)
    w = WORDS[lang]
    title = _titled(lang, w["guide"], workshop.title[lang])
    lines = [f"# {title}", "", *_header(workshop, lang),
             _bold(lang, w["assessment"], w["mode." + workshop.assessment_mode])]
    slots = timetable(workshop)
    for module in workshop.modules:
        lines += ["", "## " + w["module"].format(title=module.title[lang], id=module.id), "", module.summary[lang], "",
                  f"### {w['objectives']}", "", f"| | {w['objective']} | {w['assessed_by']} |", "| --- | --- | --- |"]
        for objective in module.objectives:
            lines.append(f"| {objective.id} | {_cell(objective.text[lang])} | {_assessed_by(objective, lang)} |")
        lines += ["", f"### {w['sessions']}"]
        for slot in (s for s in slots if s.module is module):
            session, when = slot.session, f"{w['day'].format(n=slot.day)} · {slot.start}–{slot.end}"
            lines += ["", f"#### {when} · {session.title[lang]}", "",
                      f"*{w['kind.' + session.kind]}{w['comma']}{w['minutes'].format(n=session.minutes)}*"]
            materials = _materials(session, lang)
            if materials:
                lines += ["", _bold(lang, w["materials"], w["sep"].join(materials))]
            if session.notes:
                lines += ["", _bold(lang, w["notes"], ""), "", *(f"- {note[lang]}" for note in session.notes)]
    return _output("\n".join(lines) + "\n", title, lang, fmt)


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


def _header(workshop: Workshop, lang: str) -> list[str]:
    w = WORDS[lang]
    # Two trailing spaces: a Markdown line break, so the lines stay one paragraph.
    return [_bold(lang, w["audience"], workshop.audience[lang]) + "  ",
            _bold(lang, w["duration"], workshop.duration[lang]) + "  "]


def _titled(lang: str, label: str, text: str) -> str:
    return f"{label}{WORDS[lang]['colon']}{WORDS[lang]['space']}{text}"


def _bold(lang: str, label: str, text: str) -> str:
    # The space goes outside the bold: "**Label: **" would not close in Markdown.
    return f"**{label}{WORDS[lang]['colon']}**{WORDS[lang]['space']}{text}".rstrip()


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


CSS = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       line-height: 1.5; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #2a6f97; padding-bottom: .3rem; }
h2 { font-size: 1.3rem; color: #2a6f97; margin-top: 2rem; }
h4 { margin-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef4f8; }
td:first-child { white-space: nowrap; }
code { background: #f3f3f3; padding: 0 .2rem; }
@media print { body { margin: 0; max-width: none; } }
"""

PAGE = """<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


def _output(text: str, title: str, lang: str, fmt: str) -> str:
    if fmt == "md":
        return text
    body = markdown.markdown(text, extensions=["tables", "sane_lists"])
    return PAGE.format(html_lang="zh-Hans" if lang == "zh" else "en", title=html.escape(title), css=CSS, body=body)
