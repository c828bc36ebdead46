"""Rules as data and the message catalogue: every value traces to a source or a stated assumption, and every
message people read exists in both languages."""
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from simulation.i18n import catalogue
from simulation.inputs import datasets, parameters
from simulation.inputs.errors import InputError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("locality", parameters.localities())
def test_every_parameter_value_cites_a_known_source_or_gives_a_reason(locality):
    known = datasets.source_ids()
    for name, parameter in parameters.load_parameters(locality).parameters.items():
        for date, value in parameter.values.items():
            if value.status == "assumption":
                assert len(value.note) > 15, (name, date)
            elif value.status == "fitted":  # carelab calibrate's provenance instead of a source
                assert value.fit.targets and value.fit.method and value.fit.date, (name, date)
            else:
                assert value.source in known, (name, date, value.source)


def test_national_standards_match_the_dataset():
    table = datasets.load_table("china_dibao_national")
    standards = table[(table["indicator"] == "dibao_standard") & table["value"].notna()]
    national = parameters.load_parameters("national")
    for (year, area), rows in standards.groupby(["year", "area"]):
        row = rows.iloc[0]
        monthly = row["value"] / 12 if row["unit"] == "yuan/person/year" else row["value"]
        # monthly values are rounded to 0.1
        assert national.at(dt.date(int(year), 6, 1))[f"dibao.standard.{area}"] == pytest.approx(monthly, abs=0.051)


def test_dachuan_figures_are_the_mission_reports():
    p = parameters.load_parameters("dachuan").at(dt.date(2019, 1, 1))
    assert (p["dibao.standard.urban"], p["dibao.standard.rural"]) == (520, 330)
    assert p["old_age.band_amounts"] == [60, 120, 600]
    assert p["casework.centres"] == 54 and p["casework.days.database_check"] == 3



def test_a_broken_parameter_file_names_the_parameter(parameter_tree):
    path = parameter_tree / "national/rules/dibao.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("value: 0.719, source: SEED003, status: verified", "value: 0.719, status: verified")
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError, match="dibao.central_share.urban") as caught:
        parameters.ParameterSet("national")
    assert caught.value.where == "datasets/parameters/national/rules/dibao.yaml"


def test_the_localities_are_the_folders_with_a_locality_file(parameter_tree):
    assert parameters.localities() == ["dachuan", "national"]  # eu/ holds rule packs, not a locality
    shutil.copytree(parameter_tree / "dachuan", parameter_tree / "taicang")
    assert parameters.localities() == ["dachuan", "national", "taicang"]


def _block(parameter_tree, name: str, file: str) -> str:
    """One parameter's lines in a parameter file of the tree."""
    lines = (parameter_tree / file).read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"  {name}:\n")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
    return "".join(lines[start:end])


def _added(parameter_tree, block: str, file: str) -> None:
    path = parameter_tree / file
    path.write_text((path.read_text(encoding="utf-8") if path.exists() else "parameters:\n") + block, encoding="utf-8")


def test_a_parameter_defined_in_two_files_of_a_locality_is_refused_naming_both(parameter_tree):
    block = _block(parameter_tree, "dibao.review_months", "national/rules/dibao.yaml")
    _added(parameter_tree, block, "national/rules/temporary.yaml")
    with pytest.raises(InputError, match="dibao.review_months") as caught:
        parameters.ParameterSet("national")
    assert caught.value.where == "datasets/parameters/national/rules/temporary.yaml"
    assert "datasets/parameters/national/rules/dibao.yaml" in caught.value.allowed


@pytest.mark.parametrize("name, source, destination, kind", [
    ("application.stigma", "national/assumptions/application.yaml", "national/rules/dibao.yaml", "an assumption"),
    ("services.effect.daily_care", "national/assumptions/services.yaml", "national/rules/services.yaml",
     "an assumption"),
    ("income.median.rural", "dachuan/assumptions/income.yaml", "dachuan/rules/dibao.yaml", "an assumption"),
    ("casework.integrated_database", "national/rules/casework.yaml", "national/assumptions/casework.yaml",
     "legislation or policy"),
    ("dibao.review_months", "national/rules/dibao.yaml", "national/dibao.yaml", "legislation or policy"),
])
def test_a_parameter_filed_in_the_wrong_folder_is_refused_naming_file_and_parameter(parameter_tree, name, source,
                                                                                     destination, kind):
    block = _block(parameter_tree, name, source)
    path = parameter_tree / source
    path.write_text(path.read_text(encoding="utf-8").replace(block, ""), encoding="utf-8")
    _added(parameter_tree, block, destination)
    locality = source.split("/")[0]
    with pytest.raises(InputError, match=kind) as caught:
        parameters.ParameterSet(locality)
    assert (caught.value.where, caught.value.value) == (f"datasets/parameters/{destination}", name)


def test_a_rule_pack_file_holds_its_own_country_only(parameter_tree):
    _added(parameter_tree, _block(parameter_tree, "eu.france.top_up_share", "eu/france.yaml"), "eu/germany.yaml")
    with pytest.raises(InputError, match="eu.germany") as caught:
        parameters.ParameterSet("national")
    assert (caught.value.where, caught.value.value) == ("datasets/parameters/eu/germany.yaml", "eu.france.top_up_share")


def test_a_locality_extending_an_unknown_one_names_its_locality_file(parameter_tree):
    path = parameter_tree / "dachuan/locality.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("extends: national", "extends: nation"), encoding="utf-8")
    with pytest.raises(InputError, match="nation") as caught:
        parameters.ParameterSet("dachuan")
    assert caught.value.where == "datasets/parameters/dachuan/locality.yaml"


def test_the_dividing_line_goes_by_what_a_parameter_is():
    """The loader files every legislation parameter in rules/ and every other one in assumptions/; the line, on a
    few parameters whose side their group does not tell."""
    assert parameters.is_legislation("casework.integrated_database")  # a delivery switch is a policy choice
    assert parameters.is_legislation("population.resident_pension")  # a statutory amount
    assert not parameters.is_legislation("casework.days.database_check")  # how long a step takes
    assert not parameters.is_legislation("activation.job_finding_uplift")  # an effect size
    assert not parameters.is_legislation("services.voucher.take_up")
    assert not parameters.is_legislation("income.median.urban")  # a statistic


def test_every_legislation_value_is_sourced_or_says_why_it_is_an_assumption():
    """A rule the sources do not give is still a rule, with an assumed value and the reason in its note. Many are
    (local rules vary and the sources give no rate); they are listed, not refused."""
    assumed = set()
    for locality in parameters.localities():
        for name, parameter in parameters.load_parameters(locality).parameters.items():
            if not parameters.is_legislation(name):
                continue
            for date, value in parameter.values.items():
                if value.status == "assumption":
                    assert len(value.note) > 15, (locality, name, date)
                    assumed.add(name)
                else:
                    assert value.source, (locality, name, date)
    print(f"legislation parameters with an assumed value ({len(assumed)}):", *sorted(assumed))  # pytest -s shows it


def test_every_message_has_a_chinese_translation_with_the_same_placeholders():
    messages = {message for _, _, message, _, _ in extract_from_dir(
        str(REPO / "simulation"), keywords={"t": None, "marked": None, "refuse": (2,)},
        method_map=[("**.py", "python")])}
    zh = catalogue("zh")
    assert len(messages) > 50
    for message in messages:
        assert message in zh, f"no Chinese for: {message}"
        assert sorted(re.findall(r"{[^}]*}", message)) == sorted(re.findall(r"{[^}]*}", zh[message])), message


def test_every_parameter_description_has_a_chinese_translation():
    """A parameter's description is how a room reads its name (in the controls, `carelab parameters`, reports)."""
    descriptions = {message for _, _, message, _, _ in extract_from_dir(
        str(REPO / "datasets" / "parameters"), method_map=[("**.yaml", "simulation.i18n:parameter_descriptions")])}
    zh = catalogue("zh")
    assert len(descriptions) > 200
    missing = sorted(descriptions - set(zh))
    assert not missing, f"{len(missing)} descriptions have no Chinese, the first: {missing[:3]}"

