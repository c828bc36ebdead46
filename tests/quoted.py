"""Helpers of the tests that check figures quoted in teaching text against the model (test_quoted_*.py): the
files that quote them, finding the quoted words, and failing with the file, the words and what the model gives now."""
from pathlib import Path

M1_DAY = "curricula/practitioner-two-day.yaml"
M1_NOTEBOOK = "notebooks/module1/one_stop_centre.py"
M3_NOTEBOOK = "notebooks/module3/service_package.py"
M3_ASSESSMENT = "grading/assignments/module3/analyst/service_package.py"
M3_PRACTITIONER = "grading/assignments/module3/service_package.py"
M4_NOTEBOOK = "notebooks/module4/purchasing_services.py"
M4_ASSESSMENT = "grading/assignments/module4/analyst/purchasing_services.py"
M4_PRACTITIONER = "grading/assignments/module4/purchasing_services.py"
M4_DAY = "curricula/purchasing-services-day.yaml"
M5_NOTEBOOK = "notebooks/module5/eu_models.py"
M5_ASSESSMENT = "grading/assignments/module5/analyst/eu_models.py"
M5_PRACTITIONER = "grading/assignments/module5/eu_models.py"
M5_DAY = "curricula/eu-models-day.yaml"
M6_NOTEBOOK = "notebooks/module6/reform_lab.py"
M6_ASSESSMENT = "grading/assignments/module6/analyst/reform_lab.py"
M6_PRACTITIONER = "grading/assignments/module6/reform_lab.py"
M6_DAY = "curricula/reform-lab-day.yaml"
POLICY_DAY = "curricula/policy-half-day.yaml"
REPO = Path(__file__).resolve().parents[1]


def assert_quoted(path: str, *words: str) -> None:
    """The text still says these words (a test whose words are gone checks nothing: update it with the text)."""
    text = (REPO / path).read_text(encoding="utf-8")
    missing = [w for w in words if w not in text]
    assert not missing, f"{path} no longer says {missing}: update this test with the new text"


def assert_near(where: str, figure: str, now: float, quoted: float, tolerance: float) -> None:
    assert abs(now - quoted) <= tolerance, (
        f"{where}: the text quotes {figure} as {quoted} (tolerance {tolerance}); the model now gives {now:.6g}. "
        "Change the text in both languages, and this test.")


def assert_claim(where: str, claim: str, holds: bool, evidence) -> None:
    assert holds, f"{where}: the text says {claim!r}, which the model no longer gives ({evidence}). Change the text."
