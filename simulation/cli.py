"""`carelab`: run scenarios, compare reforms, calculate a household's entitlements, read a case file, open the
workshop. A user's mistake ends with one message and exit status 2, never a traceback, and writes nothing.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # the CLI only writes PNG files

from simulation.i18n import LANGUAGES, language, t  # noqa: E402
from simulation.inputs.errors import COMMAND_LINE, InputError, Phrase, UserError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.command(args) or 0
    except InputError as err:
        # A command's own message names it already ("carelab validate: ..."): the program's name once is enough.
        print(("" if err.where.startswith("carelab") else "carelab: ") + err.message(args.lang), file=sys.stderr)
        return 2
    except UserError as err:
        print(f"carelab: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("carelab: stopped; nothing was written", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carelab",
                                     description="SocialCare Lab: simulate and learn social assistance.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(name, function, help_text):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(command=function)
        sub.add_argument("--lang", choices=list(LANGUAGES), default=language(),
                         help="language of messages and charts (en, zh)")
        return sub

    def overwrite(sub):
        sub.add_argument("--overwrite", action="store_true",
                         help="replace an earlier output of the same command in --out (files carelab did not "
                              "write are kept)")

    def run_size(sub):
        sub.add_argument("--households", type=int, help="number of households (default: the scenario's)")
        sub.add_argument("--months", type=int, help="months to run (default: the scenario's)")
        sub.add_argument("--seed", type=int, help="random seed (default: the scenario's)")

    run = command("run", _run, "Run a scenario and write monthly.csv, summary.json and charts.")
    run.add_argument("scenario", help="a scenario file, or a shipped scenario's name, e.g. dachuan-2019")
    run_size(run)
    run.add_argument("--year", type=int,
                     help="start in January of this year, with its incomes and rules (e.g. national --year 2015)")
    run.add_argument("--out", default="out", help="output folder (default: out)")
    overwrite(run)

    compare = command("compare", _compare, "Run a baseline and reforms on the same district and compare them.")
    compare.add_argument("scenarios", nargs="+", metavar="SCENARIO",
                         help="the baseline first, then one or more reforms: files or shipped scenarios' names")
    run_size(compare)
    compare.add_argument("--out", default="comparison", help="output folder (default: comparison)")
    overwrite(compare)

    calc = command("calc", _calc, "A household's entitlements under every programme, with the reasons.")
    calc.add_argument("--locality", default="dachuan")
    calc.add_argument("--date", default="2019-06-01", help="the date the rules are taken from")
    calc.add_argument("--area", default="urban", help="urban or rural")
    calc.add_argument("--member", action="append", default=[], metavar="AGE[:DISABILITY][:jobless][:pension]",
                      help="one member: age, optionally ':disabled' or ':severe', ':jobless' for a member of "
                           "working age without a job, and ':pension' for one drawing the resident pension (part of "
                           "the income); repeat for each member")
    calc.add_argument("--income", default="0", help="the household's monthly income from all sources, yuan")
    calc.add_argument("--assets", default="0", help="the household's assets, yuan")
    calc.add_argument("--migrant", action="store_true", help="the household has no local hukou")
    calc.add_argument("--family-elsewhere", action="store_true", help="family elsewhere is obliged to support it")
    calc.add_argument("--medical-costs", default="0", help="out-of-pocket medical costs this month, yuan")
    calc.add_argument("--emergency", action="store_true", help="hit by fire, accident or disaster this month")
    calc.add_argument("--scheme", default="dibao",
                      help="the minimum-income scheme: dibao, or an EU rule pack (germany, france, poland, finland, "
                           "sweden, netherlands, italy)")
    calc.add_argument("--level", default="relative_to_standard",
                      help="how an EU pack's level is carried over: relative_to_standard or share_of_median")

    test_rules = command("test-rules", _test_rules,
                         "Check what the programmes pay against household cases worked by hand (YAML files).")
    test_rules.add_argument("files", nargs="*", metavar="FILE",
                            help="case files or folders of them (default: the shipped cases, datasets/rule-cases/)")

    case = command("case", _case, "The case file of one household in one month of a (small) scenario run.")
    case.add_argument("scenario", help="a scenario file, or a shipped scenario's name, e.g. dachuan-2019")
    case.add_argument("--household", type=int, required=True)
    case.add_argument("--month", type=int, required=True)
    run_size(case)

    parameters = command("parameters", _parameters, "List a locality's parameters on a date, with their sources.")
    parameters.add_argument("--locality", default="dachuan")
    parameters.add_argument("--date", default="2019-01-01")

    grade = command("grade", _grade, "The graded assessments: release, collect, autograde, mark, feedback, the class, "
                                     "export, knowledge gain.")
    grading_commands().add_arguments(grade)

    session = command("session", _session, "A workshop session: trainees play caseworkers and households on one "
                                           "shared district; create, serve, advance, report, demo.")
    session_commands().add_arguments(session)

    sweep = command("sweep", _sweep, "Run a grid of parameter values x seeds and report it with confidence intervals.")
    sweep.add_argument("spec", help="a sweep file, e.g. scenarios/sweeps/staffing-and-integration.yaml")
    sweep.add_argument("--out", default="sweep",
                       help="output folder (default: sweep); an earlier sweep's folder resumes it")
    sweep.add_argument("--scheduler", default=None,
                       help="run on Dask: 'local' for a LocalCluster on this machine, or a scheduler address "
                            "such as tcp://10.0.0.5:8786 (default: run here, one run after another)")
    sweep.add_argument("--workers", type=int, default=None, help="LocalCluster workers (default: one per core)")

    package = command("package", _package,
                      "Cost a service package for enterprise retirees and see what the community's staff can deliver.")
    package.add_argument("package", nargs="?", help="a package file (default: datasets/packages/standard.yaml)")
    package.add_argument("--retirees", type=int, default=1_000, help="retirees the community manages (default: 1000)")
    package.add_argument("--staff", type=float,
                         help="posts (full-time) the community has (default: the staffing ratio)")
    package.add_argument("--turnover", type=float,
                         help="share of staff who leave in a year (default: the parameter file's)")
    package.add_argument("--months-to-fill", type=float, help="months a post stays empty after someone leaves")
    package.add_argument("--training-months", type=float, help="months a new worker needs to learn the job")
    package.add_argument("--locality", default="national")
    package.add_argument("--date", help="the date costs are taken from (default: 2009-06-01, the studies' year)")
    package.add_argument("--out", help="also write the table and charts to this folder")
    overwrite(package)

    curriculum = command("curriculum", _curriculum,
                         "Render a workshop's agenda and trainer's guide (Markdown and HTML).")
    curriculum.add_argument("workshop", nargs="?", help="a curriculum file (default: every file in curricula/)")
    curriculum.add_argument("--out", default="agenda", help="output folder (default: agenda)")
    overwrite(curriculum)

    materials = command("materials", _materials,
                        "Write a workshop's printable materials in both languages: slides of its presentation "
                        "sessions, a handout pack, an evaluation form and certificates (PDF).")
    materials.add_argument("workshop", nargs="?", metavar="CURRICULUM",
                           help="a curriculum file or a workshop's id (default: every workshop in curricula/)")
    materials.add_argument("--out", default="materials", help="output folder (default: materials)")
    materials.add_argument("--class-list", metavar="NAMES",
                           help="the participants' names, one a line or a CSV file with a column `name`: one "
                                "certificate each (default: one blank certificate)")
    overwrite(materials)

    calibrate = command("calibrate", _calibrate,
                        "Fit a locality's calibrated assumptions to official figures of the training years and "
                        "write them into its assumptions/calibrated.yaml.")
    calibrate.add_argument("--locality", default="national", help="national (the national series) or dachuan")
    calibrate.add_argument("--years", help="training years to fit, e.g. 2010-2014 (default: all of them)")
    calibrate.add_argument("--figures", help="official figures to fit, comma-separated (default: the standard set)")
    calibrate.add_argument("--households", type=int, default=100_000,
                           help="households per run (default: 100000, as carelab validate)")
    calibrate.add_argument("--seeds", type=int, default=3, help="seeds each trial runs, the same for every trial "
                                                                "(default: 3, as carelab validate)")
    calibrate.add_argument("--evaluations", type=int, default=400, help="trials at most (default: 400)")
    calibrate.add_argument("--search", default="nelder-mead",
                           help="how to search: nelder-mead (default; the committed fits) or powell (looks further "
                                "from its start)")

    validate = command("validate", _validate,
                       "Run the national district year by year against the official series: validation.csv and "
                       "report.html, training and test years apart.")
    validate.add_argument("--years", default="2010-2019", help="years to compare, e.g. 2010-2019 (default)")
    validate.add_argument("--figures", help="official figures to compare, comma-separated (default: all)")
    validate.add_argument("--seeds", type=int, default=3, help="seeds to run (default: 3)")
    validate.add_argument("--households", type=int, default=100_000, help="households per run (default: 100000)")
    validate.add_argument("--out", default="validation", help="output folder (default: validation)")
    overwrite(validate)

    lab = command("lab", _lab, "Open the workshop in JupyterLab.")
    lab.add_argument("--port", type=int, default=8888)
    lab.add_argument("--prepare", action="store_true", help="only prepare the workshop notebooks, do not start")
    lab.add_argument("--role", choices=["participant", "trainer"], default="participant",
                     help="participant (default) or trainer, who also gets nbgrader's tools")
    return parser


# ---- commands --------------------------------------------------------------------------------------------------
def _run(args) -> None:
    from simulation.inputs.scenarios import load_scenario
    from simulation.reports import outputs
    from simulation.reports import run as report

    scenario = load_scenario(args.scenario).with_run(args.households, args.months, args.seed, args.year)
    outputs.check(args.out, "run", args.overwrite, lang=args.lang)
    started = time.perf_counter()
    monthly = _simulate(scenario).monthly()
    report.write_run(args.out, scenario, monthly, time.perf_counter() - started, args.lang, args.overwrite,
                     _inputs(args))
    print(t("Wrote {folder}: monthly.csv, summary.json and charts ({seconds:.1f} s).", args.lang,
            folder=args.out, seconds=time.perf_counter() - started))


def _compare(args) -> None:
    from simulation.analysis import comparison
    from simulation.inputs.scenarios import load_scenario
    from simulation.model.metric_registry import SERVICES_HEADLINE
    from simulation.reports import outputs
    from simulation.reports import run as report

    if len(args.scenarios) < 2:
        raise InputError("carelab compare", "SCENARIO", args.scenarios, "a baseline and at least one reform")
    scenarios = [load_scenario(path).with_run(args.households, args.months, args.seed) for path in args.scenarios]
    base = scenarios[0]
    # Every reform runs on the baseline's district: same size, length and seed, so differences come from the reform.
    scenarios = [base] + [s.with_run(base.households, base.months, base.seed) for s in scenarios[1:]]
    comparison.check_comparable(scenarios, args.scenarios)
    outputs.check(args.out, "compare", args.overwrite, lang=args.lang)
    result = comparison.run(scenarios, _simulate)
    report.write_comparison(args.out, result, scenarios, args.lang, args.overwrite, _inputs(args))
    table = report.comparison_table(result.monthly)
    shown = ["poverty_rate_after", "dibao_coverage", "inclusion_error", "exclusion_error", "take_up",
             "backlog", "mean_processing_days", "spending_total"]
    if (table.loc["services_providers"] != 0).any():  # a run with purchased social services
        shown += list(SERVICES_HEADLINE)
    print(table.loc[shown].to_string(float_format=lambda v: f"{v:,.3f}"))
    for summary in result.summaries(args.lang).values():
        print(summary)
    print(t("Wrote {folder}: report.html, comparison.csv, headline.csv, gainers_losers.csv, monthly.csv, summary.json "
            "and charts.", args.lang, folder=args.out))


def _calc(args) -> None:
    from simulation.analysis.calculator import calculate, describe
    from simulation.rules.entitlements import render

    household = describe(
        "carelab calc", locality=args.locality, date=args.date, area=args.area,
        members=[_member(spec) for spec in args.member], income=_number("--income", args.income),
        assets=_number("--assets", args.assets), hukou="migrant" if args.migrant else "local",
        family_elsewhere=args.family_elsewhere, medical_costs=_number("--medical-costs", args.medical_costs),
        emergency=args.emergency, scheme=args.scheme, level=args.level)
    print(render(calculate(household, args.lang), args.lang))


def _test_rules(args) -> int:
    from simulation.analysis import rule_cases

    results = rule_cases.run_all(rule_cases.load(args.files or [rule_cases.SHIPPED]))
    print(rule_cases.report(results, args.lang))
    return 0 if all(result.passed for result in results) else 1


def _case(args) -> None:
    from simulation.analysis.case_file import case_file
    from simulation.inputs.scenarios import load_scenario
    from simulation.model.district import HISTORY_LIMIT

    scenario = load_scenario(args.scenario).with_run(args.households or min(2_000, HISTORY_LIMIT), args.months,
                                                     args.seed)
    if scenario.households > HISTORY_LIMIT:
        raise InputError("carelab case", "--households", scenario.households, "at most {most:,}", most=HISTORY_LIMIT)
    if not 1 <= args.month <= scenario.months:
        raise InputError("carelab case", "--month", args.month, "a month from 1 to {last}", last=scenario.months)
    model = scenario.with_run(months=args.month).build(keep_history=True).run(args.month)
    print(case_file(model, args.household, args.month, args.lang))


def _parameters(args) -> None:
    from simulation.inputs.parameters import load_parameters, localities

    if args.locality not in localities():
        raise InputError("carelab parameters", "--locality", args.locality, "one of: {names}",
                         names=", ".join(localities()))
    date = _date("--date", args.date)
    parameter_set = load_parameters(args.locality)
    for name, parameter in sorted(parameter_set.parameters.items()):
        dated = parameter_set.dated_value(name, date)
        cited = f"{dated.status}; {dated.source}" if dated.source else dated.status
        print(f"{name} = {dated.value} {parameter.unit}  [{cited}] {parameter.description}")


def grading_commands():
    from simulation.grading import commands
    return commands


def _grade(args) -> None:
    grading_commands().run(args)


def session_commands():
    from simulation.sessions import commands
    return commands


def _session(args) -> None:
    session_commands().run(args)


def _sweep(args) -> None:
    from simulation.analysis.sweeps import sweep_command

    try:
        sweep_command(args.spec, args.out, args.scheduler, args.workers, progress=sys.stderr.isatty(), lang=args.lang)
    except KeyboardInterrupt:
        print("carelab: " + t("stopped; the finished runs are kept in {folder}: run the same command again to resume",
                              args.lang, folder=args.out), file=sys.stderr)
        raise SystemExit(130) from None


def _package(args) -> None:
    from simulation.reports import outputs
    from simulation.reports.retirees import package_command

    if args.out:
        outputs.check(args.out, "package", args.overwrite, lang=args.lang)
    from simulation.retirees.service_package import STANDARD_PACKAGE

    report = package_command(args.package or STANDARD_PACKAGE, args.retirees, args.staff, args.turnover,
                             args.months_to_fill, args.training_months, locality=args.locality, date=args.date,
                             lang=args.lang)
    try:
        print(report.text)
        if args.out:
            report.save(args.out, args.overwrite, _inputs(args), args.lang)
    finally:
        report.close()


def _curriculum(args) -> None:
    from simulation.reports import outputs
    from simulation.workshop.curricula.model import load_all, load_workshop
    from simulation.workshop.curricula.render import render_to

    workshops = [load_workshop(args.workshop)] if args.workshop else load_all()
    outputs.check(args.out, "curriculum", args.overwrite, lang=args.lang)
    with outputs.writing(args.out, "curriculum", _inputs(args), args.overwrite, args.lang) as folder:
        written = [path.relative_to(folder) for workshop in workshops for path in render_to(folder, workshop)]
    for path in written:
        print(Path(args.out) / path)


def _materials(args) -> None:
    from simulation.reports import materials, outputs

    workshops = materials.workshops(args.workshop)
    names = materials.class_list(args.class_list) if args.class_list else []
    outputs.check(args.out, "materials", args.overwrite, lang=args.lang)
    with outputs.writing(args.out, "materials", _inputs(args), args.overwrite, args.lang) as folder:
        written = [path.relative_to(folder) for workshop in workshops
                   for path in materials.write_materials(folder, workshop, names)]
    print(t("Wrote {count} files to {folder}: slides, handout packs, evaluation forms and certificates.", args.lang,
            count=len(written), folder=args.out))


def _calibrate(args) -> None:
    from simulation.calibration import fit

    years = _years(args.years) if args.years else None
    figures = args.figures.split(",") if args.figures else None
    for flag, value, least in (("--households", args.households, 1_000), ("--seeds", args.seeds, 1),
                               ("--evaluations", args.evaluations, 1)):
        if value < least:
            raise InputError("carelab calibrate", flag, value, "a whole number of at least {least:,}", least=least)
    progress = None
    if sys.stderr.isatty():  # minutes: show each trial's score as it goes
        from tqdm import tqdm
        bar = tqdm(total=args.evaluations, desc="calibrate", unit="trial", leave=False)
        progress = lambda score: (bar.update(), bar.set_postfix(error=f"{score:.3f}"))  # noqa: E731
    found = fit.calibrate(args.locality, args.households, tuple(range(1, args.seeds + 1)), args.evaluations,
                          figures, years, progress, args.search)
    path = fit.write(found)
    print(t("Fitted {count} parameters to {targets} targets (error {error:.3f}, {trials} trials); "
            "wrote {path}.", args.lang, count=len(found.values), targets=len(found.targets), error=found.error,
            trials=found.evaluations, path=path))


def _validate(args) -> None:
    from simulation.calibration import validation

    started = time.perf_counter()
    figures = args.figures.split(",") if args.figures else None
    table = validation.validate(_years(args.years), figures, args.seeds, args.households, args.out, args.overwrite,
                                args.lang, _inputs(args))
    print(t("Wrote {folder}: validation.csv and report.html, {rows} rows ({seconds:.1f} s).", args.lang,
            folder=args.out, rows=len(table), seconds=time.perf_counter() - started))


def _lab(args) -> int:
    from simulation.workshop import lab
    return lab.open_lab(args.lang, args.port, args.role, prepare_only=args.prepare)


# ---- helpers ------------------------------------------------------------------------------------------------
def _simulate(scenario):
    """The scenario's model, run to its end (with a progress bar on a terminal)."""
    model = scenario.build()
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(total=scenario.months, desc=scenario.name[:40], unit="month", leave=False)
        progress = bar.update
    model.run(scenario.months, progress)
    if progress:
        bar.close()
    return model


def _inputs(args) -> dict:
    """The command's arguments, as the output folder's marker records them."""
    return {name: value for name, value in vars(args).items() if name != "command"}


def _member(spec: str) -> dict:
    age, *marks = spec.split(":")
    allowed = Phrase("an age, optionally with :disabled or :severe, :jobless and :pension, e.g. 70:severe:pension or "
                     "35:jobless")
    try:
        age = int(age)
    except ValueError:
        raise InputError("carelab calc", "--member", spec, allowed) from None
    disability = [mark for mark in marks if mark not in ("jobless", "pension")]
    if len(disability) > 1:
        raise InputError("carelab calc", "--member", spec, allowed)
    return {"age": age, "disability": disability[0] if disability else "none", "in_work": "jobless" not in marks,
            "resident_pension": "pension" in marks}


def _number(flag: str, text: str) -> float:
    """A calc flag's number; its bounds are the calculator's (describe), which refuses inf and nan too."""
    from simulation.analysis.calculator import ALLOWED
    try:
        return float(text)
    except ValueError:
        raise InputError("carelab calc", flag, text, ALLOWED[flag.removeprefix("--").replace("-", "_")]) from None


def _years(text: str) -> list[int]:
    """`2010-2019` or `2012,2015`: the years a command is asked about."""
    try:
        years = []
        for part in text.split(","):
            first, _, last = part.strip().partition("-")
            years += range(int(first), int(last or first) + 1)
    except ValueError:
        years = []
    if not years:
        raise InputError(COMMAND_LINE, "--years", text, "years such as 2010-2019 or 2012,2015")
    return years


def _date(flag: str, text: str):
    import datetime as dt
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(COMMAND_LINE, flag, text, "a date such as 2019-01-01") from None


if __name__ == "__main__":
    sys.exit(main())
