"""The month's figures on purchased social services, added to the model's metrics (`simulation.model.metrics`);
their names and meanings are in the metric registry (`simulation.model.metric_registry`).

With services switched off every figure is 0 (so sweeps and comparisons can average them like any other). With
services on, a month with no one taken on has no mean waiting time, and one with no hours delivered no quality
or cost per hour: NaN, as for the processing time of a month with no decisions. `last_year` averages a run's last
year of them, as the workshop's modules 3 and 4 read a run.
"""
from __future__ import annotations

import numpy as np

from simulation.model.metric_registry import LAST_YEAR, SERVICE_METRICS
from simulation.services.provider import SERVICES
from simulation.services.referral import NEEDS, SERVED


def switched_off() -> dict:
    """The figures of a district without purchased services."""
    return dict.fromkeys(SERVICE_METRICS, 0)


def measure(model) -> dict:
    services = model.services
    if services is None:
        return switched_off()
    cases, providers, c = services.cases, services.providers, model.circumstances
    served = services.served
    # A need is recorded only when caseworkers assess a household, so households with one were assessed.
    in_need = np.flatnonzero((cases.need > 0) & (model.poverty_spell > 0))
    needing = np.bincount(cases.need[in_need], minlength=len(NEEDS))
    covered = np.bincount(cases.need[in_need[cases.status[in_need] == SERVED]], minlength=len(NEEDS))
    building = served[cases.service[served] == SERVICES.index("capacity_building")]

    referral_hours = services.hours_delivered.sum()
    hours = referral_hours + services.voucher_hours.sum()
    quality = (services.quality * (services.hours_delivered + services.voucher_hours)).sum()
    spending = sum(services.spent.values())
    return {
        "services_providers": len(providers),
        "services_social_workers": services.staff.sum(),
        "services_referrals": services.referrals,
        "services_waiting": len(services.waiting),
        "services_mean_wait_months": float(services.waits.mean()) if len(services.waits) else float("nan"),
        "services_served": len(served),
        **{f"services_coverage_{need}": _share(covered[code], needing[code])
           for code, need in enumerate(NEEDS) if code},
        "services_vouchers_used": services.vouchers_used,
        "services_hours": hours,
        "services_utilisation": _share(referral_hours, services.capacity.sum()),
        "services_quality": quality / hours if hours else float("nan"),
        "services_cost_per_hour": spending / hours if hours else float("nan"),
        "services_in_work": _share(np.count_nonzero(c.earnings[building] > 0), len(building)),
        "services_illness_cost_avoided": services.effects.cost_avoided,
        "services_spending": spending,
        "services_spending_supervision": services.spent["supervision"],
        "services_spending_incubator": services.spent["incubator"],
        "services_spending_vouchers": services.spent["vouchers"],
    }


def last_year(monthly) -> dict:
    """The last year of a run with services (its monthly metrics), averaged: coverage of each need, households
    waiting and served, months waited, hours, social workers and spending a month."""
    last = monthly.tail(LAST_YEAR)
    return {
        **{need: float(last[f"services_coverage_{need}"].mean()) for need in NEEDS[1:]},
        "waiting": float(last["services_waiting"].mean()), "served": float(last["services_served"].mean()),
        "wait_months": float(last["services_mean_wait_months"].mean()),  # NaN months (no one taken on) skipped
        "hours": float(last["services_hours"].mean()),
        "social_workers": float(last["services_social_workers"].mean()),
        "spending": float(last["services_spending"].mean()),
    }


def _share(part, whole) -> float:
    return float(part / whole) if whole else 0.0
