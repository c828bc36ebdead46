"""Module 2, assessing and classifying need: the rules worked by hand, the district view agrees with them, the
workshop widgets score, validate and chart what they should, and the assessment grades its own model answer.

The nbgrader course tests (tests/test_grading.py) run every assignment, module 2 included, through build, release
and autograde in both languages; here the assessment is checked in-process, without a kernel."""
import ast
import copy
import datetime as dt
import json

import matplotlib.pyplot as plt
import nbformat
import pytest
from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions

from simulation.inputs import locations
from simulation.model.district import DistrictModel
from simulation.services import needs
from simulation.workshop.bilingual import LANGS, build
from simulation.workshop.module2 import analysis, figures, widgets
from simulation.workshop.shared.runs import district

MODULE2 = locations.course() / "assignments" / "module2" / "analyst" / "needs_assessment.py"
TODAY = dt.date(2025, 3, 10)


def classes(result):
    return tuple(result[k] for k in ("age_health", "depth", "likelihood", "poverty", "need"))


# ---- the rules, worked by hand ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("household, expected", [
    # An elderly rural couple, he 82 and ill, she 78 and healthy; 120 yuan each against 330, poor for 30 months:
    # she is under 80 and healthy (older, able); 64% below the standard (deep); no healthy adult of working age
    # (unlikely); deep and unlikely means survival first.
    (dict(ages=[82, 78], ill_or_disabled=[True, False], income_per_person=120, standard=330, spell_months=30),
     ("older_able", "deep", "unlikely", "deep_unlikely", "survival")),
    # The same couple, both ill: older, frail, and survival whatever the depth.
    (dict(ages=[82, 78], ill_or_disabled=[True, True], income_per_person=120, standard=330, spell_months=30),
     ("older_frail", "deep", "unlikely", "deep_unlikely", "survival")),
    (dict(ages=[85], ill_or_disabled=[False], income_per_person=300, standard=330, spell_months=3),
     ("older_frail", "shallow", "unlikely", "shallow_unlikely", "survival")),
    # Healthy 64 and 63, 300 of 330: shallow, unlikely (no one of working age): opportunity.
    (dict(ages=[64, 63], ill_or_disabled=[False, False], income_per_person=300, standard=330, spell_months=5),
     ("older_able", "shallow", "unlikely", "shallow_unlikely", "opportunity")),
    # A family of three with a child, healthy parents, 300 of 330 for 4 months.
    (dict(ages=[45, 43, 12], ill_or_disabled=[False, False, False], income_per_person=300, standard=330,
          spell_months=4),
     ("child_rearing", "shallow", "likely", "shallow_likely", "development")),
    # A child in the household puts it first in the list, even when every adult is ill.
    (dict(ages=[70, 38, 8], ill_or_disabled=[True, True, False], income_per_person=200, standard=330, spell_months=2),
     ("child_rearing", "shallow", "unlikely", "shallow_unlikely", "development")),
    (dict(ages=[35], ill_or_disabled=[True], income_per_person=200, standard=330, spell_months=5),
     ("working_ill_disabled", "shallow", "unlikely", "shallow_unlikely", "opportunity")),
    # A healthy adult with no income for two years: deep and unlikely outweigh the ability to work.
    (dict(ages=[35], ill_or_disabled=[False], income_per_person=0, standard=330, spell_months=24),
     ("working_able", "deep", "unlikely", "deep_unlikely", "survival")),
    # The limits: exactly half the standard is deep, exactly 12 months is still likely; 59 is working age,
    # 60 and 80 are not.
    (dict(ages=[30], ill_or_disabled=[False], income_per_person=165, standard=330, spell_months=12),
     ("working_able", "deep", "likely", "deep_likely", "development")),
    (dict(ages=[30], ill_or_disabled=[False], income_per_person=166, standard=330, spell_months=13),
     ("working_able", "shallow", "unlikely", "shallow_unlikely", "development")),
    (dict(ages=[60, 59], ill_or_disabled=[False, True], income_per_person=200, standard=520, spell_months=6),
     ("working_ill_disabled", "deep", "unlikely", "deep_unlikely", "survival")),
    (dict(ages=[80, 60], ill_or_disabled=[False, True], income_per_person=300, standard=330, spell_months=6),
     ("older_frail", "shallow", "unlikely", "shallow_unlikely", "survival")),
    (dict(ages=[40, 12], ill_or_disabled=[False, False], income_per_person=400, standard=330, spell_months=0),
     ("child_rearing", "not_poor", "not_poor", "not_poor", "none")),
])
def test_hand_worked_households(household, expected):
    assert classes(needs.classify_household(**household)) == expected


def test_the_reason_says_which_facts_decided():
    reason = needs.classify_household([82, 78], [True, False], 120, 330, 30)["reason"]
    for fact in ("older, able", "120 yuan", "64% below", "deep poverty", "unlikely to leave", "secure survival"):
        assert fact in reason
    long_spell = needs.classify_household([35], [False], 0, 330, 24)["reason"]
    assert "Poor for 24 months, more than 12" in long_spell


def test_a_household_described_with_a_missing_health_entry_is_refused():
    with pytest.raises(ValueError, match="one entry per member"):
        needs.classify_household([82, 78], [True], 120, 330, 30)


def test_thresholds_are_the_documented_ones():
    assert needs.DEEP_GAP_SHARE == 0.5 and needs.LONG_SPELL_MONTHS == 12
    assert needs.default_bands() == (0, 16, 60, 80)


@pytest.mark.parametrize("kind, answer, code", [
    ("age_health", "Older Frail", "older_frail"), ("age_health", " older-frail ", "older_frail"),
    ("age_health", "older, frail", "older_frail"), ("age_health", "OLDER_ABLE", "older_able"),
    ("age_health", "child rearing", "child_rearing"), ("age_health", "raising children", "child_rearing"),
    ("age_health", "working-age, ill or disabled", "working_ill_disabled"),
    ("age_health", "working age able", "working_able"), ("age_health", "老年、体弱", "older_frail"),
    ("poverty", "Deep, unlikely to leave", "deep_unlikely"), ("poverty", "shallow-likely", "shallow_likely"),
    ("poverty", "深度贫困、难以脱贫", "deep_unlikely"),
    ("need", "Secure survival", "survival"), ("need", "development", "development"),
    ("need", "provide opportunities", "opportunity"), ("need", "促进发展", "development"),
    ("age_health", "", None), ("age_health", None, None), ("need", "cash", None), ("poverty", "deep", None),
])
def test_typed_answers_are_read_forgivingly(kind, answer, code):
    assert needs.code_of(kind, answer) == code


# ---- a district -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def model():
    return district(households=2_000, seed=5)


def test_the_district_view_classifies_every_poor_household_as_the_described_rules_do(model):
    frame = needs.classify(model)
    assert len(frame) == len(needs.poor_households(model)) > 50
    assert {"household", "ages", "income_per_person", "standard", "spell_months", "age_health", "depth",
            "likelihood", "poverty", "need", "reason"} <= set(frame.columns)
    assert set(frame["age_health"]) <= set(needs.AGE_HEALTH) and set(frame["need"]) <= {"survival", "development",
                                                                                          "opportunity"}
    assert (frame["income_per_person"] < frame["standard"]).all() and frame["reason"].str.len().min() > 50
    for row in frame.to_dict("records"):
        members = needs.members_of(model, row["household"])
        assert [m["age"] for m in members] == row["ages"]
        described = needs.classify_household(
            row["ages"], [m["disability"] > 0 or m["chronic"] for m in members], row["income_per_person"],
            row["standard"], row["spell_months"], bands=model.p["population.age_bands"])
        assert classes(described) == classes(row), row["household"]


def test_chosen_households_can_be_classified_in_chinese_too(model):
    some = needs.poor_households(model)[:3]
    frame = needs.classify(model, some, lang="zh", with_reasons=True)
    assert list(frame["household"]) == list(some) and frame["reason"].str.len().min() > 10
    assert 0 <= needs.share_with_illness(model) <= 1


def test_what_follows_reports_shares_and_the_likely_leave_more_often():
    followed = needs.follow(district(households=3_000, seed=1), months=24)
    table = needs.share_left(followed)
    assert table["share_left"].between(0, 1).all()
    for scheme, rows in table.groupby("scheme"):
        assert rows["households"].sum() == len(followed), scheme
    shares = dict(zip(table.loc[table["scheme"] == "likelihood", "class"],
                      table.loc[table["scheme"] == "likelihood", "share_left"]))
    assert shares["likely"] > shares["unlikely"] + 0.2
    need = table[table["scheme"] == "need"]
    by_need = dict(zip(need["class"], need["share_left"]))
    assert by_need["development"] > by_need["survival"]


def test_what_follows_moves_the_model_on():
    model = DistrictModel(households=500, seed=2)
    table = needs.what_follows(model, months=6)
    assert model.month == 6 and set(table["scheme"]) >= {"age_health", "poverty", "need"}


# ---- (a) the classification exercise ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exercise():
    return widgets.ClassificationExercise(lang="en")


def pick(exercise, answers):
    for picks, answer in zip(exercise.choices, answers):
        for kind in analysis.QUESTIONS:
            picks[kind].value = answer[kind]


def test_the_exercise_shows_a_varied_handful_of_readable_profiles(exercise):
    assert len(exercise.cases) == 6 == len(exercise.profiles)
    assert set(exercise.cases["need"]) == {"survival", "development", "opportunity"}
    assert len(set(exercise.cases["age_health"])) >= 4
    first = exercise.profiles[0]
    assert first[0].startswith("Household 1") and any("aged" in line for line in first)
    assert any("Dibao standard" in line for line in first)


def test_right_picks_score_full_marks(exercise):
    pick(exercise, exercise.answers())
    exercise.button.click()
    assert exercise.score == exercise.max_score == 18 and exercise.differences == []
    assert "18 of 18" in exercise.message.value


def test_wrong_picks_lose_a_point_each_and_are_explained(exercise):
    answers = copy.deepcopy(exercise.answers())
    right = answers[1]["need"]
    wrong = "opportunity" if right != "opportunity" else "survival"
    answers[1]["need"] = wrong
    answers[3]["age_health"] = "older_frail" if answers[3]["age_health"] != "older_frail" else "working_able"
    pick(exercise, answers)
    exercise.button.click()
    assert exercise.score == 16 and len(exercise.differences) == 2
    need_difference = exercise.differences[0]
    assert need_difference.startswith("Household 2, Need:")
    assert needs.label("need", wrong) in need_difference and needs.label("need", right) in need_difference
    assert "Need: " in need_difference.split("give")[1]  # the rules' reason follows
    assert exercise.differences[1].startswith("Household 4, Age and health:")


def test_every_dropdown_shows_its_prompt_until_a_class_is_picked():
    # Issue 12: module 2's 18 dropdowns showed blank, not "– choose –" (a Dropdown whose value is None shows none).
    fresh = widgets.ClassificationExercise(lang="en", count=2)
    for picks in fresh.choices:
        for dropdown in picks.values():
            assert dropdown.label == "– choose –" and dropdown.index == 0
    fresh.button.click()
    assert "Household 1: choose “Age and health”." in fresh.message.value and fresh.score is None


def test_checking_with_a_pick_missing_asks_for_it_and_keeps_the_last_score(exercise):
    pick(exercise, exercise.answers())
    exercise.button.click()
    exercise.choices[2]["poverty"].value = None
    exercise.button.click()
    assert exercise.score == 18
    assert "Household 3: choose “Depth and likelihood”." in exercise.message.value


def test_the_exercise_speaks_chinese_where_the_catalogue_does():
    exercise = widgets.ClassificationExercise(lang="zh", count=3)
    assert len(exercise.cases) == 3 and exercise.max_score == 9


# ---- (b) the case plan form ------------------------------------------------------------------------------------------
@pytest.fixture
def form(exercise):
    return widgets.CasePlanForm(exercise.case(1), lang="en", today=TODAY)


def fill(form, needs_chosen=("survival",), services=("cash_assistance",), goals="Income secured\n",
         review=dt.date(2025, 9, 1), notes=" Lives alone "):
    for code, box in form.needs.items():
        box.value = code in needs_chosen
    for code, box in form.services.items():
        box.value = code in services
    form.goals.value, form.review.value, form.notes.value = goals, review, notes


def test_a_complete_plan_is_kept_as_a_dict_and_exported(form, tmp_path):
    fill(form, needs_chosen=("survival", "development"), services=("daily_care", "capacity_building"),
         goals="Sees a doctor within 3 months\n\n Son back at school ")
    form.button.click()
    assert form.plan == {
        "household": int(form.case["household"]), "needs": ["survival", "development"],
        "services": ["daily_care", "capacity_building"],
        "goals": ["Sees a doctor within 3 months", "Son back at school"], "review_date": "2025-09-01",
        "notes": "Lives alone",
        "rules_suggest": {k: form.case[k] for k in ("age_health", "poverty", "need")}, "written_on": "2025-03-10"}
    assert "Plan saved." in form.message.value and "Son back at school" in form.readable()
    path = form.export(tmp_path / "plan.json")
    assert json.loads(path.read_text(encoding="utf-8")) == form.plan


@pytest.mark.parametrize("change, message", [
    (dict(needs_chosen=()), "Choose at least one need."),
    (dict(services=()), "Choose at least one service."),
    (dict(needs_chosen=("opportunity",)), "The need “provide opportunities” has no service that answers it: add one "
                                          "of these: social support and inclusion."),
    (dict(goals="  \n "), "Write at least one goal."),
    (dict(review=None), "Choose a review date."),
    (dict(review=dt.date(2025, 3, 9)), "The review date 2025-03-09 is in the past: choose a date from today "
                                       "(2025-03-10) on."),
    (dict(review=dt.date(2026, 3, 11)), "The review date 2026-03-11 is more than a year away"),
])
def test_bad_entries_show_a_message_and_keep_the_last_good_plan(form, change, message):
    fill(form)
    form.button.click()
    good = copy.deepcopy(form.plan)
    assert good["needs"] == ["survival"]
    fill(form, **change)
    form.button.click()
    assert message in form.message.value and "#b00020" in form.message.value
    assert form.plan == good


def test_a_review_on_the_day_or_a_year_ahead_is_allowed(form):
    for review in (TODAY, dt.date(2026, 3, 10)):
        fill(form, review=review)
        form.button.click()
        assert form.plan["review_date"] == review.isoformat()


def test_exporting_before_saving_explains_instead_of_failing(tmp_path):
    form = widgets.CasePlanForm(lang="en", today=TODAY)
    assert form.export(tmp_path / "plan.json") is None and "Save the plan first." in form.message.value
    assert not (tmp_path / "plan.json").exists() and form.to_json() == "null"


# ---- (c) what follows, as a widget -----------------------------------------------------------------------------------
def test_the_what_follows_view_charts_every_class():
    view = widgets.WhatFollows(lang="en", households=2_000, seed=4)
    view.months.value = 12
    view.button.click()
    assert view.table["share_left"].between(0, 1).all()
    assert "followed for 12 months" in view.message.value
    fig = view.figure()
    charted = view.table[view.table["scheme"] != "depth"]
    assert len(fig.axes) == 4 and sum(len(ax.patches) for ax in fig.axes) == len(charted)
    plt.close("all")


def test_the_readable_table_and_the_picture_use_words_not_codes(model):
    frame = needs.classify(model)
    table = analysis.readable_table(frame.head(5), "en")
    assert list(table.columns)[-1] == "Need" and set(table["Need"]) <= {needs.label("need", c) for c in needs.NEEDS}
    fig = figures.classes_figure(frame, "en")
    assert fig.axes[0].get_legend() is not None
    plt.close(fig)


# ---- the module 2 assessment (analyst track) ------------------------------------------------------------
def nbgrader_meta(cell):
    return cell.metadata.get("nbgrader", {})


def test_the_assessment_has_three_autograded_questions_with_visible_and_hidden_tests_and_a_written_answer():
    nb = build(MODULE2, "en")
    graded = {nbgrader_meta(c)["grade_id"]: c for c in nb.cells if nbgrader_meta(c).get("grade")}
    for question in ("classify_age_health", "classify_poverty", "map_needs"):
        visible, _, hidden = graded[question].source.partition("### BEGIN HIDDEN TESTS")
        assert "assert" in visible and "assert" in hidden, question
        assert f"{question}_examples" in graded
    written = graded["case_plan_written"]
    assert written.cell_type == "markdown" and nbgrader_meta(written)["solution"]
    assert nbgrader_meta(written)["points"] > 0


def run_cells(nb):
    """Run a notebook's code cells in one namespace, as a kernel would; the grade ids of the test cells that fail."""
    namespace, failed = {}, []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            exec(compile(cell.source, nbgrader_meta(cell).get("grade_id", "cell"), "exec"), namespace)
        except Exception:
            if nbgrader_meta(cell).get("grade"):
                failed.append(nbgrader_meta(cell)["grade_id"])
    tests = [nbgrader_meta(c)["grade_id"] for c in nb.cells if c.cell_type == "code" and nbgrader_meta(c).get("grade")]
    return failed, tests


@pytest.mark.parametrize("lang", LANGS)
def test_the_assessment_passes_its_tests_with_the_model_answers_and_fails_them_blank(lang):
    source = build(MODULE2, lang)
    failed, tests = run_cells(source)
    assert len(tests) == 6 and failed == []
    release, resources = ClearSolutions().preprocess(copy.deepcopy(source), {})
    release, _ = ClearHiddenTests().preprocess(release, resources)
    assert "BEGIN SOLUTION" not in nbformat.writes(release)
    failed, tests = run_cells(release)
    assert failed == tests


FORGIVING = {
    "classify_age_health_answer": "def age_health_class(ages, ill_or_disabled):\n"
                                  "    from simulation.services.needs import classify_household\n"
                                  "    answer = classify_household(ages, ill_or_disabled)['age_health']\n"
                                  "    return answer.upper().replace('_', ' ')\n",
    "classify_poverty_answer": "def poverty_class(income_per_person, standard, spell_months, healthy_adults):\n"
                               "    depth = 'Deep' if income_per_person <= standard / 2 else 'Shallow'\n"
                               "    likely = healthy_adults > 0 and spell_months <= 12\n"
                               "    return depth + ', ' + ('likely to leave' if likely else 'unlikely to leave')\n",
    "map_needs_answer": "def service_need(age_health, poverty):\n"
                        "    if age_health == 'older_frail' or poverty == 'deep_unlikely':\n"
                        "        return ' Secure survival '\n"
                        "    return 'promote development' if age_health in ('child_rearing', 'working_able') "
                        "else 'Provide opportunities'\n",
}
OFF_BY_ONE = {
    "classify_age_health_answer": "def age_health_class(ages, ill_or_disabled):\n"
                                  "    from simulation.services.needs import classify_household\n"
                                  "    older = [a + 1 for a in ages]\n"
                                  "    return classify_household(older, ill_or_disabled)['age_health']\n",
    "classify_poverty_answer": "def poverty_class(income_per_person, standard, spell_months, healthy_adults):\n"
                               "    depth = 'deep' if income_per_person < standard / 2 else 'shallow'\n"
                               "    likely = healthy_adults > 0 and spell_months < 12\n"
                               "    return depth + '_' + ('likely' if likely else 'unlikely')\n",
    "map_needs_answer": "def service_need(age_health, poverty):\n"
                        "    return 'survival' if age_health == 'older_frail' else 'development'\n",
}


def with_answers(nb, answers):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") in answers:
            cell.source = answers[nbgrader_meta(cell)["grade_id"]]
    return nb


def test_reasonable_spellings_pass_and_answers_wrong_at_the_limits_fail_the_hidden_checks():
    source = build(MODULE2, "en")
    assert run_cells(with_answers(source, FORGIVING))[0] == []
    failed, _ = run_cells(with_answers(source, OFF_BY_ONE))
    # the examples are far from the limits; the checks at the limits catch the mistakes
    assert set(failed) == {"classify_age_health", "classify_poverty", "map_needs_examples", "map_needs"}


def test_every_class_the_hidden_checks_expect_is_the_one_the_rules_give():
    """Grading runs the checks on recorded answers, without the simulation, so the expected classes are written into
    them as literals: each must be what simulation.services.needs gives for the same household."""
    nb = build(MODULE2, "en")
    rules = {
        "age_health_class": lambda ages, ill: needs.classify_household(ages, ill)["age_health"],
        "poverty_class": lambda income, standard, spell, healthy: needs.classify_household(
            [30] * healthy or [70], None, income, standard, spell)["poverty"],
        "service_need": lambda age_health, poverty: needs.need_class([age_health], [poverty])[0],
    }
    checked = 0
    for cell in nb.cells:
        if cell.cell_type != "code" or not nbgrader_meta(cell).get("grade"):
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "same_class":
                _, call, expected = node.args
                arguments = [ast.literal_eval(a) for a in call.args]
                assert rules[call.func.id](*arguments) == ast.literal_eval(expected), ast.unparse(node)
                checked += 1
    assert checked > 60


PRACTITIONER = locations.course() / "assignments" / "module2" / "needs_assessment.py"
# The five households of the practitioner track, as its table writes them: ages, ill or disabled, income per person
# before assistance (rural standard 330), months poor.
VILLAGE = {"2101": ([86, 84], [True, False], 100, 30), "2102": ([45, 43, 12, 9], [False, True, False, False], 250, 6),
           "2103": ([35], [True], 200, 8), "2104": ([52, 50], [False, False], 120, 20),
           "2105": ([66, 63], [False, False], 280, 4)}
LETTERS = {"age_health": dict(zip(needs.AGE_HEALTH, "ABCDE")),
           "poverty": {"deep_likely": "A", "deep_unlikely": "B", "shallow_likely": "C", "shallow_unlikely": "D"},
           "need": dict(zip(needs.NEEDS, "ABC"))}


def test_the_practitioner_tracks_expected_classes_are_the_ones_the_rules_give():
    nb = build(PRACTITIONER, "en")
    for kind, grade_id in (("age_health", "age_health_check"), ("poverty", "poverty_check"), ("need", "need_check")):
        cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == grade_id)
        expected = next(ast.literal_eval(node) for node in ast.walk(ast.parse(cell.source))
                        if isinstance(node, ast.Dict) and node.keys)
        rules = {household: LETTERS[kind][needs.classify_household(ages, ill, income, 330, spell)[kind]]
                 for household, (ages, ill, income, spell) in VILLAGE.items()}
        assert expected == rules, kind
