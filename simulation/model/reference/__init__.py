"""The reference engine: the district model written the slow, obvious way, one Mesa agent per household.

`DistrictModel` keeps households in numpy columns and updates a whole district at once, which is what makes a
decade of 400,000 households run in seconds, and also what makes it hard to read. This module runs the same
model the way Mesa's own examples do: every household is a `ReferenceHousehold` agent holding its members as
plain Python objects, and each month every household and every person is stepped in plain Python with one
scalar random draw at a time. It is deliberately slow. It exists for two things:

* the benchmark ratio (benchmarks/run.py): how much faster the vectorized engine is than the obvious model;
* a cross-check (tests/test_reference.py): both engines must give the same distributions of every metric.

Only the simulation loop is written again here. The programme rules are not: every eligibility and amount comes
from the same `simulation.rules.<programme>.assess` functions the vectorized engine calls, given a one-row
`Circumstances` for the household. Nor are the model's own rules that have one home: the dated economy's amounts
and growth (`economy`), what a disability leaves of work and earnings (`population.work_capacity`,
`earnings_capacity`), the pension a person draws from 60 (`population.pension_schemes`, fed the reference's own
scalar draws) and the means test (`caseload.means_test`). Both engines start from the same district
(`population.generate` with the same parameters and the seed's stream of households' lives,
`population.lives_stream`); after that each draws its own random numbers, so they agree in distribution, not month
by month.

The minimum-income scheme comes through `rules.minimum_income` (and the precedence of `rules.regular_support`) as
in the vectorized engine, so an EU rule pack's rules apply here too. Two of the delivery features a pack switches
on are not written again here, the activation path and the decision deadline: a run with either is refused rather
than silently differing.

The month's order of events is in one place: `ReferenceDistrictModel.step` (district.py); the households and their
members are in households.py.
"""

from simulation.model.reference.district import ReferenceDistrictModel

__all__ = ["ReferenceDistrictModel"]
