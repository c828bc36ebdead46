"""The issue's acceptance, as a trainer would run it: a scripted room of 30 in separate processes plays 3 months,
and the debrief holds every participant's decisions. (Its speed is benchmarks/session.py's business.)"""
import pandas as pd

from simulation.cli import main


def test_a_scripted_room_of_30_stores_every_decision_it_submits(tmp_path, capsys):
    out = tmp_path / "room"
    assert main(["session", "demo", "--participants", "30", "--months", "3", "--out", str(out)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    participants, submitted, stored = (int(part.split()[0]) for part in last.split(", "))
    assert (participants, submitted) == (30, stored) and stored > 60, last
    decisions = pd.read_csv(out / "decisions.csv", encoding="utf-8-sig")
    assert len(decisions) == stored
    assert decisions["participant"].nunique() == 30  # a pair shares its centre's hours: neither is left idle
    assert sorted(decisions["month"].unique()) == [1, 2, 3]
    assert set(decisions["role"]) == {"caseworker", "household"}
    # Scripted caseworkers decide by the rules with a few slips: most, not all, of their decisions are right.
    judged = decisions.loc[decisions["role"] == "caseworker", "correct"].dropna()
    assert 0.6 < judged.mean() < 1.0
    page = (out / "debrief.html").read_text(encoding="utf-8")
    assert "caseworker-01" in page and "household-30" in page


def test_a_demo_refuses_a_room_it_cannot_run_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "room"
    assert main(["session", "demo", "--participants", "100", "--months", "3", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "--participants" in error and "100" in error and "2 to 60" in error
    assert not out.exists()
