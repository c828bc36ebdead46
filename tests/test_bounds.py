"""Every number a user gives is finite and within bounds declared once, with its parameter or its field: NaN,
infinity, a value in the wrong unit or a size that would exhaust the machine gets one message naming the field,
the value and the bound (issue 13)."""
import math

import pytest
import yaml

from simulation.analysis.sweeps import MAX_RUNS, MAX_WORKERS, backend, validated_sweep
from simulation.cli import main
from simulation.inputs import parameters
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters, localities
from simulation.inputs.scenarios import MAX_HOUSEHOLDS, load_scenario, validated
from simulation.services.provider import MAX_PROVIDERS


def scenario(**fields) -> dict:
    return {"name": "test", "locality": "dachuan", "start": "2019-01-01", "households": 2_000, **fields}


def refused(data: dict) -> InputError:
    with pytest.raises(InputError) as caught:
        validated(data, "test.yaml")
    return caught.value


# ---- the declaration ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("locality", localities())
def test_every_number_parameter_declares_its_bounds_and_every_shipped_value_holds(locality):
    for name, parameter in load_parameters(locality).parameters.items():
        if parameter.allowed is not None or parameter.unit == "switch":
            assert parameter.minimum is None and parameter.maximum is None, name
            continue
        assert parameter.minimum is not None and math.isfinite(parameter.minimum), name
        assert parameter.maximum is not None and parameter.minimum <= parameter.maximum, name
        assert math.isfinite(parameter.maximum) or name.endswith(".asset_limit"), name  # .inf: no asset ceiling
        for dated in parameter.values.values():
            value = dated.value if isinstance(dated.value, list) else [dated.value]
            assert all(parameter.minimum <= v <= parameter.maximum for v in value), name



def test_a_share_of_35_in_a_parameter_file_is_refused_naming_the_file_the_parameter_and_the_bounds(parameter_tree):
    path = parameter_tree / "dachuan/assumptions/population.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = next(name for name, p in data["parameters"].items() if p["unit"] == "share")
    first = next(iter(data["parameters"][name]["values"].values()))
    first["value"] = 35
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parameters.ParameterSet("dachuan")
    assert caught.value.where == "datasets/parameters/dachuan/assumptions/population.yaml"
    assert name in caught.value.field and caught.value.value == 35
    assert "at least 0 and at most 1" in caught.value.allowed


@pytest.mark.parametrize("change, field", [
    ({"maximum": None}, "minimum, maximum"),            # a number without its bounds
    ({"minimum": 2, "maximum": 1}, "minimum, maximum"),  # bounds the wrong way round
    ({"minimum": float("-inf")}, "minimum, maximum"),
])
def test_a_number_parameter_without_sound_bounds_is_refused_naming_the_file(parameter_tree, change, field):
    path = parameter_tree / "national/rules/casework.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["parameters"]["casework.caseworkers_per_10k_households"].update(change)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parameters.ParameterSet("national")
    assert caught.value.where == "datasets/parameters/national/rules/casework.yaml"
    assert caught.value.field == f"casework.caseworkers_per_10k_households: {field}"


# ---- a scenario's parameters and sizes ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 1e9])
def test_nan_infinity_or_a_huge_standard_in_a_scenario_is_refused_naming_the_parameter(value):
    error = refused(scenario(parameters={"dibao.standard.urban": value}))
    assert error.field == "parameters.dibao.standard.urban"
    assert "at most 1,000,000" in error.allowed


def test_nan_written_in_yaml_is_refused(tmp_path):
    path = tmp_path / "nan.yaml"
    path.write_text("name: nan\nlocality: dachuan\nstart: 2019-01-01\nparameters:\n  dibao.standard.urban: .nan\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="dibao.standard.urban"):
        load_scenario(path)


def test_a_share_above_one_in_a_list_is_refused():
    error = refused(scenario(parameters={"services.sector_mix.competitive": [0.5, 0.5, 35, 0]}))
    assert error.field == "parameters.services.sector_mix.competitive" and "at most 1" in error.allowed


def test_no_asset_ceiling_stays_a_value_where_the_pack_declares_it():
    validated(scenario(parameters={"eu.germany.asset_limit": math.inf}), "test.yaml")
    error = refused(scenario(parameters={"eu.germany.asset_limit": math.nan}))
    assert error.field == "parameters.eu.germany.asset_limit"


def test_a_billion_caseworkers_per_10k_households_is_refused_before_anything_runs():
    error = refused(scenario(parameters={"casework.caseworkers_per_10k_households": 1e9}))
    assert error.field == "parameters.casework.caseworkers_per_10k_households"
    assert "at most 100" in error.allowed


@pytest.mark.parametrize("name, value", [("casework.centres", 100_000), ("services.providers_per_centre", 1_000),
                                         ("services.incubator.entrants_per_100k", 1e7)])
def test_sizes_that_drive_memory_are_bounded(name, value):
    assert refused(scenario(parameters={name: value})).field == f"parameters.{name}"


def test_households_and_months_beyond_their_bounds_are_refused_stating_the_bound():
    error = refused(scenario(households=MAX_HOUSEHOLDS + 1))
    assert error.field == "households" and f"{MAX_HOUSEHOLDS:,}" in error.allowed
    assert refused(scenario(months=100_000)).field == "months"


def test_a_scenario_listing_too_many_providers_is_refused_stating_the_bound():
    provider = {"name": "P", "sector": "non_profit", "services": ["daily_care"], "capacity": 40, "unit_cost": 35,
                "quality": 0.7}
    on = {"services.enabled": True, "services.purchasing_model": "direct"}
    error = refused(scenario(parameters=on, providers=[provider] * (MAX_PROVIDERS + 1)))
    assert error.field == "providers" and f"{MAX_PROVIDERS:,}" in error.allowed
    for field, value in (("capacity", math.inf), ("unit_cost", math.nan), ("staff", math.inf)):
        assert refused(scenario(parameters=on, providers=[{**provider, field: value}])).field == f"providers[0].{field}"


# ---- a sweep ----------------------------------------------------------------------------------------------------
def sweep(**fields) -> dict:
    return {"name": "s", "scenario": "dachuan-2019", "households": 500, "months": 2, "seeds": 1,
            "grid": {"casework.caseworkers_per_10k_households": [2.0, 3.5]}, **fields}


@pytest.mark.parametrize("value", [math.nan, math.inf, 1e9])
def test_a_sweep_grid_value_out_of_bounds_is_refused_naming_it(value):
    with pytest.raises(InputError) as caught:
        validated_sweep(sweep(grid={"casework.caseworkers_per_10k_households": [2.0, value]}), "sweep.yaml")
    assert caught.value.field == "grid.casework.caseworkers_per_10k_households"
    assert "at most 100" in caught.value.allowed


def test_a_grid_share_of_35_is_refused():
    with pytest.raises(InputError) as caught:
        validated_sweep(sweep(grid={"activation.referral_share": [0.5, 35]}), "sweep.yaml")
    assert caught.value.field == "grid.activation.referral_share" and "at most 1" in caught.value.allowed


def test_a_sweep_of_too_many_runs_is_refused_before_any_value_is_checked():
    with pytest.raises(InputError) as caught:
        validated_sweep(sweep(seeds=MAX_RUNS, grid={"casework.caseworkers_per_10k_households": [2.0, 3.5]}),
                        "sweep.yaml")
    assert caught.value.field == "grid, seeds" and f"{MAX_RUNS:,}" in caught.value.allowed
    with pytest.raises(InputError, match="seeds"):
        validated_sweep(sweep(seeds=10**9), "sweep.yaml")


def test_too_many_workers_are_refused():
    with pytest.raises(InputError) as caught, backend("local", MAX_WORKERS + 1):
        pass
    assert caught.value.field == "--workers" and str(MAX_WORKERS) in caught.value.allowed


# ---- the command line ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("flag, text, field", [
    ("--income", "inf", "income"), ("--income", "nan", "income"), ("--medical-costs", "inf", "medical_costs"),
    ("--assets", "1e400", "assets"), ("--income", "-5", "income"), ("--income", "1e12", "income"),
    ("--income", "lots", "--income"),
])
def test_calc_refuses_a_number_that_is_not_finite_or_out_of_bounds(capsys, flag, text, field):
    assert main(["calc", "--member", "45", flag, text]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"carelab calc: {field} = ")
    assert "a number from 0 to " in captured.err


@pytest.mark.parametrize("flags, field", [
    (["--staff", "inf"], "posts"), (["--staff", "1e9"], "posts"), (["--turnover", "nan"], "turnover_rate"),
    (["--months-to-fill", "1e400"], "months_to_fill"), (["--training-months", "1000"], "training_months"),
    (["--retirees", "10000000000"], "retirees"),
])
def test_package_refuses_a_number_that_is_not_finite_or_out_of_bounds(capsys, flags, field):
    assert main(["package", *flags]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"carelab package: {field} = ")


@pytest.mark.parametrize("flags", [["--households", str(MAX_HOUSEHOLDS + 1)], ["--months", "100000"]])
def test_run_refuses_sizes_beyond_their_bounds(capsys, tmp_path, flags):
    assert main(["run", "dachuan-2019", *flags, "--out", str(tmp_path / "out")]) == 2
    assert "is not allowed" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
