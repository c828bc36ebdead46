"""Random numbers tied to a household and a month, so that scenarios compared household by household differ only
by what their rules do (common random numbers).

Casework draws for whichever households apply, wait or are decided this month. Taken one after another from a
stream, a household's draw would depend on how many households drew before it: a reform that brings one more
application would reshuffle every later means test and appraisal in the district, and chance alone would make
gainers and losers. Here a draw is a function of the run's seed, what it is for, the month and the household: the
output of a SplitMix64 generator, keyed by (seed, purpose, month), at the household's position. The same household
gets the same chance of applying in the same month, and its case filed in the same month gets the same means-test
error and appraisal, in any scenario run with the same seed; its draw costs the same however many others draw.

Households' lives draw from their own stream instead (`population.lives_stream`): the same people live in both
scenarios, so a stream keeps them in step by itself.
"""
from __future__ import annotations

import zlib

import numpy as np
from scipy.special import ndtri

_GAMMA = np.uint64(0x9E3779B97F4A7C15)  # SplitMix64's increment


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's output function on uint64 arrays (numpy wraps on overflow, as the generator needs)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


class HouseholdDraws:
    """Draws for the households of one run: `uniform(purpose, month, households)`, one number per household."""

    def __init__(self, seed: int):
        # The seed's second child stream (the first is households' lives, `population.lives_stream`).
        self.seed_key = np.random.SeedSequence(seed).spawn(2)[1].generate_state(1, np.uint64)

    def uniform(self, purpose: str, month, households: np.ndarray) -> np.ndarray:
        """Uniform numbers in (0, 1), one for each of `households` (indices), for `purpose` in `month` (one month,
        or one per household, e.g. the month each case was filed)."""
        months = np.atleast_1d(np.asarray(month, dtype=np.uint64))
        key = _mix(self.seed_key + _mix(np.uint64(zlib.crc32(purpose.encode())) + (months << np.uint64(32))))
        position = np.asarray(households, dtype=np.uint64) + np.uint64(1)
        bits = _mix(key + position * _GAMMA)
        return ((bits >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53

    def normal(self, purpose: str, month, households: np.ndarray) -> np.ndarray:
        """Standard normal numbers, one for each of `households`."""
        return ndtri(self.uniform(purpose, month, households))
