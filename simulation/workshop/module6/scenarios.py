"""The lab's scenario files: the baseline, the shipped reforms, the lab's small district, running a reform against
the baseline on the same households, and writing a reform as a scenario file `carelab` runs."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from simulation.analysis import comparison as compare_module
from simulation.analysis.comparison import Comparison
from simulation.i18n import marked, t
from simulation.inputs import locations
from simulation.inputs.errors import Phrase
from simulation.inputs.files import written_atomically
from simulation.inputs.scenarios import Scenario, load_scenario, validated
from simulation.workshop.bilingual import TAGGED_COMMENT
from simulation.workshop.shared.runs import finished

BASELINE_FILE = locations.scenarios() / "dachuan-2019.yaml"
# The reforms shipped as scenario files, for the discussion: Dachuan's own plan (two changes), then one change each.
SHIPPED_REFORMS = tuple(locations.scenarios() / name for name in (
    "dachuan-2019-integrated.yaml", "reform-decision-deadline.yaml", "reform-activation.yaml",
    "reform-higher-standard.yaml"))
# The names of the baseline and the shipped reforms, marked so that the notebook can show them in Chinese
# (`lab_scenario`); a file renamed without this list keeps its English name.
SCENARIO_NAMES = (marked("Dachuan 2019 baseline"),
                  marked("Dachuan 2019, integrated database and online applications"),
                  marked("Dachuan 2019 with a one-month decision deadline"),
                  marked("Dachuan 2019 with an activation path for Dibao recipients"),
                  marked("Dachuan 2019 with the standards raised to the national average"))
# Small enough to answer a click within a second, large enough for the shares to mean something.
LAB_DISTRICT = dict(households=4_000, months=36, seed=1)
EXPORT_FOLDER = Path("my-reforms")  # next to the notebook


# ---- running, once (`shared.runs.finished` keeps the runs) -------------------------------------------------
def compare(baseline: Scenario, reform: Scenario) -> Comparison:
    """The reform against the baseline, on the baseline's district (the same households and lives)."""
    return compare_module.run([baseline, reform], simulate=finished)


def lab_size(scenario: Scenario, district: dict | None = None, name: str | None = None) -> Scenario:
    """The scenario run on the lab's small district (its households, months and seed), under another name if
    given (a label in the reader's language)."""
    return validated({**scenario.model_dump(), **LAB_DISTRICT, **(district or {}), **({"name": name} if name else {})},
                     Phrase("scenario {name!r}", name=scenario.name))


def lab_scenario(path: str | Path, lang: str = "en", district: dict | None = None) -> Scenario:
    """A scenario file on the lab's district, named in `lang` (the shipped files' names are translated)."""
    scenario = load_scenario(path)
    return lab_size(scenario, district, t(scenario.name, lang))


def shipped_reforms(lang: str = "en", district: dict | None = None) -> list[Scenario]:
    return [lab_scenario(path, lang, district) for path in SHIPPED_REFORMS]


# ---- reading and writing a reform as a scenario file -----------------------------------------------------------------
FILE_NAME = re.compile(r"^[^/\\:.][^/\\:]*$")


def file_text(path: str | Path, lang: str = "en") -> str:
    """A scenario file as a participant reads it: its comments, notes for people, in `lang` (a shipped file gives
    them in both, tagged `# en:` and `# zh:` as the notebooks' sources do); what `carelab` reads as it is."""
    lines = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        tagged = TAGGED_COMMENT.match(line)
        if tagged is None:
            lines.append(line)
        elif tagged["lang"] == lang:
            lines.append(f"{tagged['indent']}# {tagged['text']}".rstrip())
    return "\n".join(lines)


def write_scenario(data: dict, path: str | Path, lang: str = "en") -> Path:
    """Check a scenario as `carelab` will, write it as YAML and read it back through `load_scenario`, all or
    nothing: a file that would not load, or is half written, never replaces a good one. Returns the path."""
    scenario = validated(data, t("your reform", lang))
    path = Path(path)
    header = t("# Written by the reform lab of SocialCare Lab (module 6). Compare it with the baseline, on the same "
               "households:", lang)
    text = yaml.safe_dump(scenario.model_dump(exclude_none=True), allow_unicode=True, sort_keys=False, width=100)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(path) as temporary:
        command = t("#   carelab compare scenarios/dachuan-2019.yaml THIS-FILE --out CMP", lang)
        temporary.write_text(f"{header}\n{command}\n{text}", encoding="utf-8")
        load_scenario(temporary)
    return path
