"""The field's terms, one Chinese term per concept, and the check that the texts people read follow them.

`curricula/glossary.yaml` lists each term in English and Chinese with a definition in both languages, its source (a
row of datasets/sources.csv, or `suite` for the workshop's own words) and the Chinese variants not to use. `terms()`
reads it (the printed handout lists it); `findings(path)` names every line of a text that uses a variant, or puts
Chinese words between ASCII double quotes where Chinese quotation marks “ ” belong.

The texts are the notebook and assessment sources (bilingual jupytext files), the curricula and the Chinese message
catalogue. A variant counts anywhere in them, since only Chinese text can hold one. The quotation-mark check reads
only the Chinese text of a file, where an ASCII quote is never code: a source's `# zh:` comments, the Chinese
string of each `L("...", "...")`, its markdown `<!-- zh -->` and `<!-- all -->` blocks (inline code aside), a
curriculum's `zh` fields and the catalogue's msgstr.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from simulation.inputs import datasets
from simulation.inputs.errors import InputError, Phrase
from simulation.inputs.files import read_mapping
from simulation.workshop.bilingual import L_CALL, MARKER, TAGGED_COMMENT
from simulation.workshop.curricula.model import CHINESE, CURRICULA, GLOSSARY, Text

SUITE = "suite"
# Inline code in markdown may quote anything.
CODE_SPAN = re.compile(r"`[^`\n]*`")


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str = Field(min_length=1)
    zh: str
    definition: Text
    source: str
    avoid: list[str] = []
    fine: list[str] = []
    note: Text | None = None

    @field_validator("zh")
    @classmethod
    def _chinese(cls, value: str) -> str:
        if not CHINESE.search(value):
            raise ValueError("no Chinese characters")
        return value

    @field_validator("avoid")
    @classmethod
    def _variants_are_chinese(cls, value: list[str]) -> list[str]:
        for variant in value:
            if not CHINESE.search(variant):
                raise ValueError(f"{variant!r} has no Chinese characters: only Chinese variants are listed")
        return value

    @field_validator("source")
    @classmethod
    def _known_source(cls, value: str) -> str:
        if value != SUITE and value not in datasets.source_ids():
            raise ValueError(f"{value!r} is neither a source_id of datasets/sources.csv nor {SUITE!r}")
        return value

    @model_validator(mode="after")
    def _fine_holds_a_variant(self) -> Term:
        for phrase in self.fine:
            if not any(variant in phrase for variant in self.avoid):
                raise ValueError(f"fine phrase {phrase!r} holds none of the variants {self.avoid}")
        return self

    def misuses(self, text: str) -> list[str]:
        """The variants in the text, each time one appears outside the term itself and its fine phrases."""
        allowed = [(m.start(), m.end())
                   for phrase in (self.zh, *self.fine) for m in re.finditer(re.escape(phrase), text)]
        found = []
        for variant in self.avoid:
            for match in re.finditer(re.escape(variant), text):
                if not any(start <= match.start() and match.end() <= end for start, end in allowed):
                    found.append(variant)
        return found


class Glossary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[Term] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_term_per_concept(self) -> Glossary:
        for field in ("en", "zh"):
            seen = [getattr(term, field) for term in self.terms]
            twice = sorted({value for value in seen if seen.count(value) > 1})
            if twice:
                raise ValueError(f"{field} {twice[0]!r} is listed twice")
        terms = {term.zh for term in self.terms}
        for term in self.terms:
            clash = terms.intersection(term.avoid)
            if clash:
                raise ValueError(f"{term.en}: {sorted(clash)[0]!r} is a term of its own, not a variant")
        return self


def load(path: str | Path) -> list[Term]:
    path = Path(path)
    data = read_mapping(path, "file", f"curricula/{GLOSSARY}", "terms", where=Phrase("glossary"))
    try:
        return Glossary.model_validate(data).terms
    except ValidationError as err:
        error = err.errors()[0]
        field = ".".join(str(part) for part in error["loc"]) or "terms"
        problem = error["msg"]  # pydantic's words, by name: `make messages` would take the key "msg" for a message
        raise InputError(str(path), field, str(error.get("input", ""))[:60], problem) from None


@cache
def terms() -> list[Term]:
    """The shipped glossary, in its order: what the handout prints and the texts follow."""
    return load(CURRICULA / GLOSSARY)


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def findings(path: str | Path, glossary: list[Term] | None = None) -> list[Finding]:
    """Every variant and every ASCII-quoted Chinese phrase in one text file, by line. The kind of file is read from
    its name: a `.po` catalogue, a `.yaml` curriculum or a `.py` bilingual source."""
    path = Path(path)
    glossary = terms() if glossary is None else glossary
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".po":
        variant_lines = chinese = list(_msgstr_lines(lines))
    else:
        variant_lines = list(enumerate(lines, start=1))
        chinese = list(_yaml_zh_lines(path, lines) if path.suffix == ".yaml" else _source_zh_lines(lines))
    found = [Finding(path, number, f"{variant!r}: write {term.zh!r} ({term.en})")
             for number, text in variant_lines for term in glossary for variant in term.misuses(text)]
    found += [Finding(path, number, f'ASCII quotes around Chinese "{quoted}": write “{quoted}”')
              for number, text in chinese for quoted in _quoted_chinese(text)]
    return sorted(found, key=lambda finding: finding.line)


def _quoted_chinese(text: str) -> list[str]:
    # Quotes pair up in order along the line, so '"A" 和 "B"' is two spans, never ' 和 '.
    parts = CODE_SPAN.sub("", text).split('"')
    return [parts[i] for i in range(1, len(parts) - 1, 2) if CHINESE.search(parts[i])]


def _source_zh_lines(lines: list[str]):
    """(line number, Chinese text) of a bilingual source: see the module's docstring."""
    in_markdown, block = False, None
    for number, line in enumerate(lines, start=1):
        if line.startswith("# %%"):
            in_markdown, block = "[markdown]" in line, None
            continue
        if in_markdown:
            text = line[2:] if line.startswith("# ") else line.lstrip("#")
            marker = MARKER.match(text)
            if marker:
                block = marker.group(1)
            elif block in ("zh", "all"):
                yield number, text
            continue
        tagged = TAGGED_COMMENT.match(line)
        if tagged and tagged["lang"] == "zh":
            yield number, tagged["text"]
        for call in L_CALL.finditer(line):
            yield number, _literal_text(call["zh"])


def _literal_text(literal: str) -> str:
    """The text of a one-line string literal, prefix and delimiters removed, escaped quotes restored."""
    body = literal.lstrip("rRfFuU")[1:-1]
    return body.replace('\\"', '"').replace("\\'", "'")


def _yaml_zh_lines(path: Path, lines: list[str]):
    """(line number, text) of each line of a `zh` field of a YAML file."""
    for node in _zh_nodes(yaml.compose("\n".join(lines))):
        first, last = node.start_mark.line, node.end_mark.line
        if node.end_mark.column == 0:  # a block scalar ends where the next line begins
            last -= 1
        if node.style in ('"', "'"):
            # A quoted scalar: its delimiters are YAML's, so the check reads the value.
            yield first + 1, node.value
        else:
            for index in range(first, min(last, len(lines) - 1) + 1):
                yield index + 1, lines[index].split("zh:", 1)[-1] if index == first else lines[index]


def _zh_nodes(node):
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and key.value == "zh":
                yield value
            else:
                yield from _zh_nodes(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _zh_nodes(item)


def _msgstr_lines(lines: list[str]):
    """(line number, text) of each line of every msgstr of a .po catalogue, escapes undone."""
    in_msgstr = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("msgstr"):
            in_msgstr = True
            line = line.split(" ", 1)[-1]
        elif not line.startswith('"'):
            in_msgstr = False
        if in_msgstr and line.startswith('"'):
            yield number, line[1:-1].replace('\\"', '"').replace("\\\\", "\\")
