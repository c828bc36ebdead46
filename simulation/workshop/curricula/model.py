"""A workshop curriculum as data: the schema of its file, loading with one message per mistake, and its timetable.

A curriculum is one YAML file in `curricula/`, named after the workshop's id: a workshop, its modules, and each
module's learning objectives and sessions. Every text people read is given in both languages, `{en: ..., zh: ...}`.

Kinds: a `role_play` has trainees act in role, for example as the caseworkers and households of one shared district
(`carelab session`).

Timetable: `days` gives each day's start and end. Sessions run one after another in the order of the file; a
session with `day: 2` opens day 2 and the ones after it follow on the same day. The sessions of a day, breaks
included, fill it exactly, so the clock times of the agenda are computed, never typed.

Assessment: each objective lists `assessed_by`, references `ASSIGNMENT:GRADE_ID` to graded items (a check cell,
a written answer or a trainer's task) of an nbgrader assignment that one of the workshop's assessment sessions
holds; what belongs to the room is a trainer's task, scored against its rubric, never an unrecorded discussion.
Every workshop holds its `knowledge_check` (`<id>-check`) twice, the same questions before the first assessment
and after the last, so that the gain shows what the workshop taught. `assessment_mode: graded` (a training
course) needs, in every module, an item of an assessment other than the knowledge check;
`assessment_mode: discussion` (a briefing for policy teams) may rest on its knowledge check alone.

Loading checks the file alone. Whether the notebooks and assignments it names exist, and hold the grade ids it
cites, is a question about the repository, where they are written in parallel: `references` answers it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from simulation.inputs import locations
from simulation.inputs.errors import InputError, Phrase
from simulation.inputs.files import read_mapping

CURRICULA = locations.curricula()
# The terms every curriculum follows (glossary.py) share the folder but are not a workshop.
GLOSSARY = "glossary.yaml"
ASSIGNMENTS = "grading/assignments"
Kind = Literal["presentation", "notebook", "exercise", "role_play", "discussion", "assessment", "break"]
KINDS = get_args(Kind)
# Slides a presentation session shows from the handout pack (`carelab materials`): who each programme is for, and
# the one-stop process flow.
HandoutSlide = Literal["programmes", "process"]

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


Reference = Annotated[str, Field(pattern=rf"^{ASSIGNMENT}:[A-Za-z0-9_-]+$")]


class Objective(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9]*\.o[1-9][0-9]*$")
    text: Text
    assessed_by: list[Reference] = Field(min_length=1)

    @property
    def graded(self) -> list[tuple[str, str]]:
        """(assignment, grade_id) of each graded item."""
        return [tuple(ref.split(":")) for ref in self.assessed_by]


class Session(_Strict):
    title: Text
    minutes: int = Field(strict=True, gt=0)
    kind: Kind
    day: int | None = Field(None, strict=True, ge=1)
    notebook: str | None = Field(None, pattern=r"^notebooks/([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.py$")
    assessment: str | None = Field(None, pattern=rf"^{ASSIGNMENT}$")
    command: str | None = Field(None, pattern=r"^carelab [^\n]+$")
    slides: list[HandoutSlide] = []
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
    knowledge_check: str = Field(pattern=rf"^{ASSIGNMENT}$")
    days: list[Day] = Field(min_length=1)
    modules: list[Module] = Field(min_length=1)


TEXT = Phrase("a text in both languages: {en: ..., zh: ...}")
# What each field allows, said the way a trainer editing the file would read it; "parent.field" before "field".
ALLOWED = {
    "id": Phrase("lowercase letters, digits and hyphens, e.g. module1"),
    "objectives.id": Phrase("an objective id such as m1.o1"),
    "title": TEXT, "summary": TEXT, "audience": TEXT, "duration": TEXT, "text": TEXT,
    "notes": Phrase("a list of trainer notes, each {en: ..., zh: ...}"),
    "en": Phrase("English text, not empty"),
    "zh": Phrase("Simplified Chinese text, in Chinese characters"),
    "assessment_mode": Phrase("graded (every module has an assessment of its own) or discussion (a briefing, "
                              "assessed by its knowledge check alone)"),
    "knowledge_check": Phrase("the workshop's id followed by -check, an assignment under grading/assignments/, "
                              "e.g. practitioner-two-day-check"),
    "days": Phrase("a list of days, each {start: \"09:00\", end: \"16:00\"}"),
    "start": Phrase("a time of day in quotes, e.g. \"09:00\""),
    "end": Phrase("a time of day in quotes, e.g. \"16:00\""),
    "modules": Phrase("a list of at least one module"),
    "objectives": Phrase("a list of at least one learning objective"),
    "assessed_by": Phrase("references ASSIGNMENT:GRADE_ID to graded items, a check cell, a written answer or a "
                          "trainer's task (e.g. module1:top_up_check, practitioner-two-day-check:q01), at least one"),
    "sessions": Phrase("a list of at least one session"),
    "minutes": Phrase("a whole number of minutes above 0"),
    "kind": Phrase("one of: {names}", names=", ".join(KINDS)),
    "day": Phrase("a whole number of at least 1"),
    "notebook": Phrase("a bilingual source under notebooks/, e.g. notebooks/module1/one_stop_centre.py"),
    "assessment": Phrase("an assignment under {folder}/, e.g. module1", folder=ASSIGNMENTS),
    "command": Phrase("a carelab command on one line, e.g. carelab compare A.yaml B.yaml --out CMP"),
    "slides": Phrase("slides from the handout pack on a presentation session: programmes (who each programme is "
                     "for), process (the one-stop process flow)"),
}


def load_workshop(path: str | Path) -> Workshop:
    path = Path(path)
    data = read_mapping(path, "file", "curricula/practitioner-two-day.yaml", "id, title, modules",
                        where=Phrase("curriculum"))
    workshop = validated(data, str(path))
    if workshop.id != path.stem:
        raise InputError(str(path), "id", workshop.id, "{name}, the name of the file: one file per workshop",
                         name=path.stem)
    return workshop


def workshop_paths(folder: str | Path = CURRICULA) -> list[Path]:
    """The curriculum files of the folder: every YAML file but the glossary."""
    return sorted(path for path in Path(folder).glob("*.yaml") if path.name != GLOSSARY)


def load_all(folder: str | Path = CURRICULA) -> list[Workshop]:
    """Every curriculum in the folder. An objective id names one objective in all of them: a briefing that covers
    part of a module cites that module's objectives, word for word."""
    paths = workshop_paths(folder)
    workshops = [load_workshop(path) for path in paths]
    first_seen: dict[str, tuple[Path, Text]] = {}
    for path, workshop in zip(paths, workshops):
        for module in workshop.modules:
            for index, objective in enumerate(module.objectives):
                origin, text = first_seen.setdefault(objective.id, (path, objective.text))
                if text != objective.text:
                    raise InputError(str(path), _in(module, f"objectives.{index}.text"), objective.text.en,
                                     "the same text, in both languages, as {objective} in {file}",
                                     objective=objective.id, file=origin)
    return workshops


def validated(data: dict, where: str) -> Workshop:
    """The workshop, or one InputError naming the file, the module and the field."""
    try:
        workshop = Workshop.model_validate(data)
    except ValidationError as err:
        raise _input_error(err.errors()[0], data, where) from None
    _check_modules(workshop, where)
    _check_days(workshop, where)
    _check_knowledge_check(workshop, where)
    return workshop


def _input_error(error: dict, data: dict, where: str) -> InputError:
    loc = error["loc"]
    names = [part for part in loc if isinstance(part, str)]
    allowed = ALLOWED.get(".".join(names[-2:]), ALLOWED.get(names[-1], error["msg"])) if names else error["msg"]
    value = error.get("input")
    if error["type"] == "extra_forbidden":
        allowed = Phrase("one of: {names}", names=", ".join(_model_at(loc[:-1]).model_fields))
    elif error["type"] == "missing":
        value, allowed = None, Phrase("required: {allowed}", allowed=allowed)
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
    held = {s.assessment for m in workshop.modules for s in m.sessions if s.assessment} | {workshop.knowledge_check}
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
                if ref.split(":")[0] not in held:
                    raise InputError(where, f"{field}.assessed_by.{number}", ref,
                                     "a grade id of an assignment that one of the workshop's assessment sessions "
                                     "holds, or of its knowledge check ({names})", names=", ".join(sorted(held)))
        if workshop.assessment_mode == "graded" and not any(
                assignment != workshop.knowledge_check for o in module.objectives for assignment, _ in o.graded):
            raise InputError(where, _in(module, "objectives"), [r for o in module.objectives for r in o.assessed_by],
                             "at least one item of an assessment other than the knowledge check in the module, "
                             "since the workshop's assessment_mode is graded")


def _check_knowledge_check(workshop: Workshop, where: str) -> None:
    """The knowledge check is the workshop's own, and held twice: before every other assessment on the first day,
    and after all of them on the last."""
    check = workshop.knowledge_check
    if check != f"{workshop.id}-check":
        raise InputError(where, "knowledge_check", check, "{workshop}-check: the workshop's id followed by -check",
                         workshop=workshop.id)
    assessments = [(day, session.assessment) for _, _, session, day in _sessions_by_day(workshop)
                   if session.kind == "assessment"]
    held = [place for place, (_, assignment) in enumerate(assessments) if assignment == check]
    if held != [0, len(assessments) - 1] or assessments[0][0] != 1 or assessments[-1][0] != len(workshop.days):
        raise InputError(where, "knowledge_check", check,
                         "an assignment held by two assessment sessions: the check before, on day 1 before every "
                         "other assessment, and the check after, on the last day after all of them")


def _check_session(session: Session, where: str, field: str) -> None:
    if (session.kind == "assessment") != (session.assessment is not None):
        raise InputError(where, f"{field}.assessment", session.assessment,
                         "an assignment on every assessment session, and on assessment sessions only")
    if session.kind == "notebook" and session.notebook is None:
        raise InputError(where, f"{field}.notebook", None, "required on a notebook session: {allowed}",
                         allowed=ALLOWED["notebook"])
    if session.slides and session.kind != "presentation":
        raise InputError(where, f"{field}.slides", session.slides, "slides on a presentation session only")
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
            days = Phrase("{first} or {second}", first=possible[0], second=possible[1]) if possible[1:] else possible[0]
            raise InputError(where, _in(module, f"sessions.{index}.day"), session.day,
                             "{days}: days follow one another, none left out, and the workshop has {count}",
                             days=days, count=len(workshop.days))
        current = day
        planned[day - 1] += session.minutes
    for number, (day, minutes) in enumerate(zip(workshop.days, planned), start=1):
        if minutes == 0:
            raise InputError(where, "days", len(workshop.days), "{count}, the days the sessions fill", count=number - 1)
        if _minutes(day.start) + minutes != _minutes(day.end):
            raise InputError(where, f"days.{number - 1}.end", day.end,
                             "{end}: day {day}'s sessions add up to {minutes} minutes from {start}",
                             end=_clock(_minutes(day.start) + minutes), day=number, minutes=minutes, start=day.start)


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
