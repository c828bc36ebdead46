"""Taicang's service voucher (seed 002): every resident from the voucher age on gets a monthly amount to spend on
services (home care, day-centre attendance), with the provider of their choice.

A household is offered the voucher once, when a member first reaches the age band (at the start of a run, for
those already there; birthdays count on New Year); it uses it with chance `services.voucher.take_up`. It chooses
among the providers of daily care serving its centre, the better ones more often: each with weight
exp(sensitivity x quality). The voucher pays for hours of daily care at the provider's unit cost, on top of its
contract: the money follows the client, so the provider takes on staff for them and voucher holders do not wait
for a contracted place. The household keeps its provider while a member in the age band lives.
"""
from __future__ import annotations

import numpy as np

from simulation.services.referral import NO_PROVIDER, ServiceCases, choose, options


def in_age_band(persons, age_from: int) -> np.ndarray:
    """The persons (indices) from the voucher age on, living or not: ages change only on New Year, so the caller
    keeps this for the year and counts only those still living."""
    return np.flatnonzero(persons.age >= age_from)


def holders(persons, in_band: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The households with living members in the age band (sorted), and how many each has (each gets a voucher)."""
    household = persons.household[in_band[persons.alive[in_band]]]  # sorted, as persons are
    first = np.flatnonzero(np.diff(household, prepend=-1))
    return household[first].astype(np.int64), np.diff(first, append=len(household))


def hours(amount: float, vouchers: np.ndarray, unit_cost: np.ndarray) -> np.ndarray:
    """Hours of service the vouchers buy at each provider's unit cost: 80 yuan at 35 yuan an hour is 2.29 hours."""
    return amount * vouchers / unit_cost


def offer(cases: ServiceCases, eligible: np.ndarray, centres: np.ndarray, providers, p: dict, draws,
          month: int) -> np.ndarray:
    """Offer the voucher to the `eligible` households not yet offered it; those who take it choose a provider.
    Returns the households that took it and found a provider."""
    new = eligible[~cases.voucher_offered[eligible]]
    cases.voucher_offered[new] = True
    taking = new[draws.uniform("voucher take-up", month, new) < p["services.voucher.take_up"]]
    sensitivity = p["services.voucher.choice_sensitivity"]
    choices = options(providers, "daily_care", lambda provider: np.exp(sensitivity * provider.quality))
    cases.voucher_provider[taking] = choose(choices, centres[taking], draws.uniform("voucher choice", month, taking))
    return taking[cases.voucher_provider[taking] != NO_PROVIDER]
