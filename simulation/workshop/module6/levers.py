"""The lab's levers: what each sets in a scenario, where they start (the baseline's rules), the scenario they
describe, and a reform's changes in plain words."""
from __future__ import annotations

from dataclasses import dataclass

from simulation.i18n import marked, t
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import Scenario
from simulation.rules import minimum_income
from simulation.rules.eu_pack import SCHEME_NAMES


def baseline_rules(baseline: Scenario) -> dict:
    """Every parameter's value in the baseline on its start date: where the levers start."""
    return load_parameters(baseline.locality).at(baseline.start, baseline.run_parameters)


# ---- the levers ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lever:
    """One control of the lab: what the entry is called, the scenario parameters it sets, and what it may be, in
    the entry's own terms (a percentage, a number of days)."""
    label: str
    parameters: tuple[str, ...]
    allowed: str = ""


STANDARDS = ("dibao.standard.urban", "dibao.standard.rural")
LEVERS = {
    "name": Lever(marked("Name of the reform"), (), marked("a short name for the reform")),
    "standard_change": Lever(marked("Dibao standard, change in %"), STANDARDS,
                             marked("a change in percent above -100, e.g. 10 to raise both standards by a tenth")),
    "caseworkers": Lever(marked("Caseworkers per 10,000 households"), ("casework.caseworkers_per_10k_households",),
                         marked("a number of caseworkers of at least 0")),
    "integrated_database": Lever(marked("One integrated database instead of 27"), ("casework.integrated_database",)),
    "online_application": Lever(marked("Online applications"), ("casework.online_application",)),
    "no_counter_visit": Lever(marked("No counter visit: certificates read from shared records"),
                              ("casework.no_counter_visit",)),
    "decision_deadline": Lever(marked("Decision deadline, working days (0 = none)"),
                               ("casework.decision_deadline_days",),
                               marked("a whole number of working days of at least 0; 0 means no deadline")),
    "gradual_exit": Lever(marked("Gradual exit, months (0 = none)"), ("dibao.gradual_exit_months",),
                          marked("a whole number of months of at least 0; 0 means Dibao stops at once")),
    "activation": Lever(marked("Activation path, % of new recipients able to work"), ("activation.referral_share",),
                        marked("a percentage from 0 to 100")),
    "scheme": Lever(marked("Minimum-income scheme"), ("minimum_income.scheme",)),
    "level": Lever(marked("EU scheme's level"), ("minimum_income.level",)),
}


def lever_entries(rules: dict) -> dict:
    """The levers' entries that leave the baseline as it is."""
    return {
        "standard_change": 0.0,
        "caseworkers": float(rules["casework.caseworkers_per_10k_households"]),
        "integrated_database": bool(rules["casework.integrated_database"]),
        "online_application": bool(rules["casework.online_application"]),
        "no_counter_visit": bool(rules["casework.no_counter_visit"]),
        "decision_deadline": int(rules["casework.decision_deadline_days"]),
        "gradual_exit": int(rules["dibao.gradual_exit_months"]),
        "activation": round(100 * rules["activation.referral_share"], 6),
        "scheme": rules["minimum_income.scheme"],
        "level": rules["minimum_income.level"],
    }


def reform_data(entries: dict, baseline: Scenario, lang: str = "en") -> dict:
    """A scenario, as a file would hold it, from the levers' entries: the baseline with the parameters the
    entries change. A lever left as in the baseline sets nothing, so an EU scheme brings its own delivery for it.
    The entries are checked later, as a file's are (`scenario.validated`); only what the file cannot say (a
    standard cut by 100% or more, a missing name) is refused here."""
    rules = baseline_rules(baseline)
    name = str(entries.get("name", "")).strip()
    if not name:
        raise _refused("name", entries.get("name", ""), lang)
    change = entries["standard_change"]
    if not change > -100:
        raise _refused("standard_change", change, lang)
    wanted = {
        **{standard: round(rules[standard] * (1 + change / 100), 1) for standard in STANDARDS},
        "casework.caseworkers_per_10k_households": entries["caseworkers"],
        "casework.integrated_database": entries["integrated_database"],
        "casework.online_application": entries["online_application"],
        "casework.no_counter_visit": entries["no_counter_visit"],
        "casework.decision_deadline_days": entries["decision_deadline"],
        "dibao.gradual_exit_months": entries["gradual_exit"],
        "activation.referral_share": round(entries["activation"] / 100, 6),
    }
    parameters = {**baseline.parameters, **{name: value for name, value in wanted.items() if value != rules[name]}}
    scheme = {"scheme": entries["scheme"], "level": entries["level"]} if entries["scheme"] != "dibao" else None
    description = joined(changes_in_words(parameters, rules, lang, scheme, baseline.locality), lang)
    return {**baseline.model_dump(exclude={"minimum_income"}), "name": name, "description": description,
            "parameters": parameters, **({"minimum_income": scheme} if scheme else {})}


def _refused(key: str, value, lang: str) -> InputError:
    """A lever's entry that the lab refuses itself, in the lever's own terms."""
    return InputError(t("your reform", lang), key, value, t(LEVERS[key].allowed, lang))


def lever_of(field: str) -> str | None:
    """The lever behind a scenario field that the check refused (`parameters.casework.decision_deadline_days`)."""
    name = field.removeprefix("parameters.")
    return next((key for key, lever in LEVERS.items() if name in lever.parameters or name == key), None)


def joined(sentences: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(sentences)  # Chinese sentences follow without a space


# ---- in words --------------------------------------------------------------------------------------------------
def changes_in_words(parameters: dict, rules: dict, lang: str = "en", scheme: dict | None = None,
                     locality: str = "dachuan") -> list[str]:
    """One sentence per change to the baseline's rules (`parameters`, against the baseline's `rules`), and the
    minimum-income `scheme` ({scheme, level}) if it is not Dibao: for a scenario's description and the notebook."""
    sentences = []
    if any(name in parameters for name in STANDARDS):
        sentences.append(t("The Dibao standard becomes {urban:g} yuan a person a month in town and {rural:g} in the "
                           "countryside (baseline {base_urban:g} and {base_rural:g}).", lang,
                           urban=parameters.get(STANDARDS[0], rules[STANDARDS[0]]),
                           rural=parameters.get(STANDARDS[1], rules[STANDARDS[1]]),
                           base_urban=rules[STANDARDS[0]], base_rural=rules[STANDARDS[1]]))
    sentences += [_change_in_words(name, value, rules, lang, locality) for name, value in parameters.items()
                  if name not in STANDARDS]
    if scheme and scheme["scheme"] != "dibao":
        chosen, level = scheme["scheme"], scheme["level"]
        sentences.append(t("Dibao is replaced by the {scheme}, {level}; delivery not set above follows the scheme's "
                           "own practice.", lang, scheme=t(SCHEME_NAMES[chosen], lang),
                           level=t(minimum_income.LEVELS[level], lang)))
    return sentences or [t("No change to the baseline's rules.", lang)]


def _change_in_words(name: str, value, rules: dict, lang: str, locality: str) -> str:
    base = rules.get(name)
    if name == "casework.caseworkers_per_10k_households":
        return t("{value:g} caseworkers per 10,000 households (baseline {base:g}).", lang, value=value, base=base)
    if name == "casework.integrated_database":
        return (t("The district checks applicants in one integrated database instead of 27 agencies' databases "
                  "gathered by hand.", lang) if value else
                t("The district checks applicants against 27 agencies' databases, gathered by hand.", lang))
    if name == "casework.online_application":
        return (t("Households can apply online.", lang) if value else
                t("Households apply at the service centre's counter only.", lang))
    if name == "casework.no_counter_visit":
        return (t("Applying needs no visit to the centre and no certificates brought in.", lang) if value else
                t("Applicants visit the centre and bring their certificates.", lang))
    if name == "casework.decision_deadline_days":
        return (t("Every case is decided within {days} working days of filing.", lang, days=value) if value else
                t("No deadline for the decision.", lang))
    if name == "dibao.gradual_exit_months":
        return (t("A household whose income rises above the standard keeps Dibao for {months} more months (gradual "
                  "exit).", lang, months=value) if value else
                t("Dibao stops as soon as income rises above the standard.", lang))
    if name == "activation.referral_share":
        return t("{share:.0%} of new recipient households with a member able to work are sent to a 12-month "
                 "activation path.", lang, share=value)
    # Any other parameter a scenario file may set: its name, value and the parameter file's description.
    parameter = load_parameters(locality).parameters.get(name)
    return f"{name} = {value}" + (f" ({t(parameter.description, lang)})" if parameter else "")


def scenario_in_words(scenario: Scenario, lang: str = "en") -> list[str]:
    """What a scenario file says, field by field, in plain words."""
    parameter_set = load_parameters(scenario.locality)
    lines = [
        t("Name: {name}", lang, name=t(scenario.name, lang)),  # a shipped file's name is in the catalogue
        t("Where: {place} (the rules of the parameter file “{locality}”).", lang,
          place=parameter_set.name.get(lang, scenario.locality), locality=scenario.locality),
        t("From: {start}, with the rules in force on that day.", lang, start=scenario.start.isoformat()),
        t("How many households: {households:,}, simulated month by month for {months} months.", lang,
          households=scenario.households, months=scenario.months),
        t("Seed: {seed}. The seed draws the district's households and the events of their lives; the same seed "
          "gives the same district and the same lives, whatever the rules.", lang, seed=scenario.seed),
        t("Changes to the rules:", lang),
    ]
    scheme = scenario.minimum_income.model_dump() if scenario.minimum_income else None
    changes = changes_in_words(scenario.parameters, parameter_set.at(scenario.start), lang, scheme, scenario.locality)
    return lines + [f"– {change}" for change in changes]
