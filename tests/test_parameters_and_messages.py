"""Rules as data and the message catalogue: every value traces to a source or a stated assumption, and every
message people read exists in both languages."""
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from simulation.inputs import datasets, parameters
from simulation.inputs.errors import InputError
from simulation.i18n import catalogue

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("locality", parameters.localities())
def test_every_parameter_value_cites_a_known_source_or_gives_a_reason(locality):
    known = datasets.source_ids()
    for name, parameter in parameters.load_parameters(locality).parameters.items():
        for date, value in parameter.values.items():
            if value.status == "assumption":
                assert len(value.note) > 15, (name, date)
            else:
                assert value.source in known, (name, date, value.source)


def test_national_standards_match_the_dataset():
    table = datasets.load_table("china_dibao_national")
    standards = table[(table["indicator"] == "dibao_standard") & table["value"].notna()]
    national = parameters.load_parameters("national")
    for (year, area), rows in standards.groupby(["year", "area"]):
        row = rows.iloc[0]
        monthly = row["value"] / 12 if row["unit"] == "yuan/person/year" else row["value"]
        assert national.at(dt.date(int(year), 6, 1))[f"dibao.standard.{area}"] == pytest.approx(monthly, abs=0.051)  # monthly values are rounded to 0.1


def test_dachuan_figures_are_the_mission_reports():
    p = parameters.load_parameters("dachuan").at(dt.date(2019, 1, 1))
    assert (p["dibao.standard.urban"], p["dibao.standard.rural"]) == (520, 330)
    assert p["old_age.band_amounts"] == [60, 120, 600]
    assert p["casework.centres"] == 54 and p["casework.days.database_check"] == 3


def test_a_broken_parameter_file_names_the_parameter(tmp_path, monkeypatch):
    text = (REPO / "datasets/parameters/national.yaml").read_text()
    broken = text.replace("value: 0.719, source: SEED003, status: verified", "value: 0.719, status: verified")
    (tmp_path / "national.yaml").write_text(broken)
    monkeypatch.setattr(parameters, "PARAMETERS_DIR", tmp_path)
    parameters._read.cache_clear()
    try:
        with pytest.raises(InputError, match="dibao.central_share.urban"):
            parameters.ParameterSet("national")
    finally:
        parameters._read.cache_clear()


def test_every_message_has_a_chinese_translation_with_the_same_placeholders():
    messages = {message for _, _, message, _, _ in extract_from_dir(
        str(REPO / "simulation"), keywords={"t": None, "marked": None}, method_map=[("**.py", "python")])}
    zh = catalogue("zh")
    assert len(messages) > 50
    for message in messages:
        assert message in zh, f"no Chinese for: {message}"
        assert sorted(re.findall(r"{[^}]*}", message)) == sorted(re.findall(r"{[^}]*}", zh[message])), message
