"""The object-per-household reference (`simulation.model.reference`) and the vectorized `DistrictModel` agree.

Both engines start from the same district for a seed (the same `population.generate` call), then each draws its
own random numbers, so they agree in distribution, not month by month. For each scenario we run both at
HOUSEHOLDS x MONTHS for each of SEEDS, take the mean of every metric over seeds and months, and require the two
means to be within a tolerance.

Each tolerance is about four standard errors of the difference between the two means over six seeds: the
standard deviation over seeds of the per-seed difference (reference - vectorized), measured with 16 seeds (1-16) per
scenario at 1,500 households x 24 months (the larger of the two scenarios is used), divided by sqrt(6), times
four, rounded up to two significant figures. A tolerance is `absolute + relative x |mean of the two engines|`. The
spreads measured on the calibrated district of this round (sd over seeds of the difference; default, stress; a
relative one as a share of the metric's mean) and the tolerances:

    metric                      sd of the difference (default, stress)   tolerance
    persons                     5.9, 6.4 persons (0.15%, 0.16%)          0.4% relative
    poverty_rate_before         0.0046, 0.0084                           0.014
    poverty_rate_after          0.0060, 0.0075                           0.013
    poverty_gap_before          0.0024, 0.0043                           0.0071
    poverty_gap_after           0.0036, 0.0040                           0.0066
    dibao_households            12%, 6.7%                                20% relative
    dibao_persons               14%, 7.7%                                23% relative
    extreme_poor_households     17%, 18%                                 30% relative
    eligible_households         2.0%, 2.0%                               7% relative
    dibao_coverage              0.039, 0.021                             0.065
    inclusion_error             0.023, 0.030                             0.05
    exclusion_error             0.057, 0.031                             0.093
    take_up                     0.058, 0.034                             0.095
    applications, reviews       11%, 9.5% (default)                      20%, 17% relative
    approvals, rejections       13%, 17% (default)                       28%, 30% relative
    backlog                     0.59, 0.92 cases (of ~0.7 and ~0.9)      1.6 cases
    mean_processing_days        3.3%, 2.0% (of ~21 and ~18 days)         5.5% relative
    caseworker_utilisation      0.046, 0.029                             0.075
    spending_dibao              13%, 7.6%                                22% relative
    spending_extreme_poor       18%, 19%                                 38% relative
    spending_temporary          13%, 7.3%                                27% relative
    spending_medical            25%, 25%                                 41% relative
    spending_old_age            1.8%, 1.6%                               4% relative
    spending_disability         7.4%, 7.0%                               12.5% relative
    spending_total              8.0%, 5.4%                               13.5% relative
    spending_central            9.9%, 6.2%                               16.5% relative
    spending_local              6.2%, 4.5%                               11% relative
    persons_urban               0.30%, 0.31%                             0.51% relative
    persons_aged_60_or_over     0.57%, 0.46%                             0.94% relative
    persons_aged_under_15       0.12%, 0.13%                             0.21% relative
    dibao_persons_urban         21%, 20%                                 48% relative
    dibao_persons_rural         15%, 8.6%                                25% relative
    dibao_households_urban      16%, 15%                                 34% relative
    dibao_disabled_share        0.030, 0.027                             0.049
    dibao_persons_aged_60_or_over  7.7%, 7.9%                            13% relative
    dibao_quarterly_exit        0.011, 0.018                             0.032
    extreme_poor_persons_rural  19%, 22%                                 36% relative
    spending_dibao_urban        18%, 18%                                 38% relative

Where this measurement needs less than an earlier one did, the earlier (wider) tolerance is kept; none is
narrower than the measurement needs.

The default scenario is Dachuan as it is. In it, most rules act on a handful of households a month at this size,
so the stress scenario makes the rare events common and turns every reform switch on (integrated database,
online applications, gradual exit, medical costs deducted, six-monthly reviews), so that each mechanism moves
the metrics by more than the tolerance. `test_the_comparison_catches_a_dropped_mechanism` shows it: switching one
mechanism off in the vectorized engine only makes the comparison fail.

The dated economy does not move in Dachuan's years (its income series has one year, the resident pension is rolled
out), and at this size its effects on the metrics are too small to show (under 1.4 tolerances in the national
district from July 2011), so `test_both_engines_follow_the_dated_economy_alike` checks it directly: one month's move
of incomes and pensions, the same in both engines.

Time: 12 reference runs of about 2 s each on a slow 2-core machine, some 35 s in all.
"""
import datetime as dt
from functools import cache

import pandas as pd
import pytest

from simulation.model import dynamics
from simulation.model.district import DistrictModel
from simulation.model.metrics import METRICS
from simulation.model.reference import ReferenceDistrictModel

HOUSEHOLDS, MONTHS, SEEDS = 1_500, 24, (1, 2, 3, 4, 5, 6)

SCENARIOS = {
    "default": {},
    "stress": {
        "dynamics.emergency_rate": 0.02, "dynamics.earnings_shock": 0.25, "dynamics.illness_job_loss": 0.9,
        "dynamics.job_loss_rate": 0.03, "dynamics.disability_onset_by_age": [0.0005, 0.002, 0.01, 0.03],
        "casework.integrated_database": True, "casework.income_error_integrated": 0.5,
        "casework.appraisal_catch_rate": 0.7, "casework.appraisal_wrong_rejection": 0.3,
        "application.monthly_rate": 0.3, "application.stigma": 0.5, "application.near_poor_rate": 0.1,
        "application.reapply_wait_months": 3, "casework.online_application": True,
        "dibao.gradual_exit_months": 6, "dibao.deduct_medical_costs": True, "dibao.review_months": 6,
        "dibao.supplement.elderly": 0.5, "dibao.supplement.child": 0.5, "dibao.supplement.severe_disability": 0.5,
        "casework.caseworkers_per_10k_households": 10,  # busy (utilisation ~0.76, a backlog of ~1) but not swamped
    },
}

# metric: (absolute, relative) -- see the module docstring for where they come from.
TOLERANCES = {
    "persons": (0, 0.004),
    "poverty_rate_before": (0.014, 0), "poverty_rate_after": (0.013, 0),
    "poverty_gap_before": (0.0071, 0), "poverty_gap_after": (0.0066, 0),
    "dibao_households": (0, 0.20), "dibao_persons": (0, 0.23), "extreme_poor_households": (0, 0.30),
    "eligible_households": (0, 0.07),
    "dibao_coverage": (0.065, 0), "inclusion_error": (0.05, 0), "exclusion_error": (0.093, 0), "take_up": (0.095, 0),
    "applications": (0, 0.20), "reviews": (0, 0.17), "approvals": (0, 0.28), "rejections": (0, 0.30),
    "backlog": (1.6, 0), "mean_processing_days": (0, 0.055), "caseworker_utilisation": (0.075, 0),
    "spending_dibao": (0, 0.22), "spending_extreme_poor": (0, 0.38), "spending_temporary": (0, 0.27),
    "spending_medical": (0, 0.41), "spending_old_age": (0, 0.04), "spending_disability": (0, 0.125),
    "spending_total": (0, 0.135), "spending_central": (0, 0.165), "spending_local": (0, 0.11),
    "persons_urban": (0, 0.0051), "persons_aged_60_or_over": (0, 0.0094), "persons_aged_under_15": (0, 0.0021),
    "dibao_persons_urban": (0, 0.48), "dibao_persons_rural": (0, 0.25),
    "dibao_households_urban": (0, 0.34), "dibao_disabled_share": (0.049, 0), "dibao_persons_aged_60_or_over": (0, 0.13),
    "dibao_quarterly_exit": (0.032, 0),
    "extreme_poor_persons_rural": (0, 0.36), "spending_dibao_urban": (0, 0.38),
}


def mean_metrics(model_class, parameters: dict) -> pd.Series:
    """Every metric's mean over SEEDS and MONTHS."""
    runs = [model_class(households=HOUSEHOLDS, seed=seed, parameters=parameters).run(MONTHS).monthly()
            for seed in SEEDS]
    return pd.concat(runs).drop(columns=["month", "date"]).mean()


@cache
def reference_means(scenario: str) -> pd.Series:
    return mean_metrics(ReferenceDistrictModel, SCENARIOS[scenario])


def disagreements(vectorized: pd.Series, reference: pd.Series) -> dict[str, str]:
    """The metrics whose means differ by more than their tolerance, each with what was found."""
    found = {}
    for metric, (absolute, relative) in TOLERANCES.items():
        a, b = vectorized[metric], reference[metric]
        tolerance = absolute + relative * abs(a + b) / 2
        if not abs(a - b) <= tolerance:
            found[metric] = f"vectorized {a:.4g}, reference {b:.4g}, tolerance {tolerance:.3g}"
    return found


def test_the_reference_is_deterministic_for_a_seed_and_reports_every_metric():
    first = ReferenceDistrictModel(households=300, seed=5).run(6).monthly()
    again = ReferenceDistrictModel(households=300, seed=5).run(6).monthly()
    other = ReferenceDistrictModel(households=300, seed=6).run(6).monthly()
    pd.testing.assert_frame_equal(first, again)
    assert not first.drop(columns=["month", "date"]).equals(other.drop(columns=["month", "date"]))
    assert list(first.columns) == list(METRICS)
    assert list(first["month"]) == [1, 2, 3, 4, 5, 6]


def test_both_engines_start_from_the_same_district():
    vectorized = DistrictModel(households=400, seed=3)
    reference = ReferenceDistrictModel(households=400, seed=3)
    households = list(reference.households)
    assert [int(h.c.members[0]) for h in households] == vectorized.circumstances.members.tolist()
    assert [h.c.income[0] for h in households] == pytest.approx(vectorized.circumstances.income.tolist())
    assert [h.centre for h in households] == vectorized.households.centre.tolist()
    assert len(reference.centres) == len(vectorized.centres)
    assert [c.capacity for c in reference.centres] == pytest.approx([sum(w.capacity for w in c.caseworkers)
                                                                     for c in vectorized.centres])


# Months in which the national district's economy moves: January 2014 (incomes grow, the resident pension's minimum
# rises from 55 to 70 yuan) and July 2012 (the resident pension reaches every older person without a pension).
@pytest.mark.parametrize("month", [dt.date(2014, 1, 1), dt.date(2012, 7, 1)])
def test_both_engines_follow_the_dated_economy_alike(month):
    start = dt.date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)
    vectorized = DistrictModel(locality="national", start=start, households=400, seed=3)
    reference = ReferenceDistrictModel(locality="national", start=start, households=400, seed=3)
    before, p = vectorized.p, vectorized._parameters_at(month)
    pensions_at_start = vectorized.persons.pension.tolist()
    assert dynamics.follow_the_economy(vectorized.households, vectorized.persons, p, before, vectorized.lives_rng)
    reference.p = p
    reference.read_the_economy(before)
    assert reference.economy_moved
    for household in reference.households:
        household.follow_the_economy()

    households = list(reference.households)
    persons = [person for household in households for person in household.members]
    assert [h.remittances for h in households] == pytest.approx(vectorized.households.remittances.tolist())
    assert [x.earnings_level for x in persons] == pytest.approx(vectorized.persons.earnings_level.tolist())
    assert [x.pension_scheme for x in persons] == vectorized.persons.pension_scheme.tolist()
    assert [x.pension for x in persons] == pytest.approx(vectorized.persons.pension.tolist())
    assert [x.pension for x in persons] != pytest.approx(pensions_at_start)  # the month did move pensions


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_engines_agree_in_distribution(scenario):
    vectorized = mean_metrics(DistrictModel, SCENARIOS[scenario])
    assert disagreements(vectorized, reference_means(scenario)) == {}


# Each switches one mechanism off (or back to its usual strength) in the vectorized engine only, in the stress
# scenario. Measured against the reference, each moves some metric by 2.0 to 7 times its tolerance (halving the
# caseworkers, the backlog by 68 times), so seed noise does not hide it. (Switching the same things off in the
# reference's code instead fails the comparison too.)
# What this size cannot see, even in the stress scenario (effect under 1.7 tolerances): near-poor applications,
# the means-test error, stigma, the appraisal, the classified supplements, online applications, the integrated
# database's smaller error, the reapplication wait, spreading medical debt over months, job loss from illness,
# the premium subsidy, deducting medical costs, retirement at 60 and the cap on payments after a death. Those
# rules are shared (`programmes.*.assess`) or short enough to check by reading both engines side by side.
DROPPED = {
    "job loss": {"dynamics.job_loss_rate": 0.0},
    "duration dependence of job finding": {"dynamics.job_finding_decay": 0.0},
    "earnings shocks": {"dynamics.earnings_shock": 0.0},
    "deaths": {"dynamics.mortality_by_age": [0.0, 0.0, 0.0, 0.0]},
    "disability onset": {"dynamics.disability_onset_by_age": [0.0, 0.0, 0.0, 0.0]},
    "emergencies": {"dynamics.emergency_rate": 0.0},
    "illness costs": {"dynamics.out_of_pocket_share": 0.0},
    "medical reimbursement": {"medical.reimbursement_share": 0.0},
    "the nursing subsidy": {"disability.nursing_subsidy": 0},
    "the starting caseload": {"population.initial_dibao_take_up": 0.0},
    "gradual exit": {"dibao.gradual_exit_months": 0},
    "six-monthly reviews": {"dibao.review_months": 12},
    "half the caseworkers": {"casework.caseworkers_per_10k_households": 5},
}


@pytest.mark.parametrize("dropped", DROPPED)
def test_the_comparison_catches_a_dropped_mechanism(dropped):
    broken = mean_metrics(DistrictModel, {**SCENARIOS["stress"], **DROPPED[dropped]})
    assert disagreements(broken, reference_means("stress")), f"dropping {dropped} went unnoticed"
