"""The month's figures on purchased social services, added to the model's metrics (`simulation.model.metrics`).

With services switched off every figure is 0 (so sweeps and comparisons can average them like any other). With
services on, a month with no one taken on has no mean waiting time, and one with no hours delivered no quality
or cost per hour: NaN, as for the processing time of a month with no decisions. `last_year` averages a run's last
year of them, as the workshop's modules 3 and 4 read a run.
"""
from __future__ import annotations

import numpy as np

from simulation.services.provider import SERVICES
from simulation.services.referral import NEEDS, SERVED, SERVICE_FOR_NEED

SUMMARY_MONTHS = 12  # a run's summary is an average over its last year

METRICS = {
    "services_providers": "service providers working in the district",
    "services_social_workers": "social workers employed by the providers (full-time equivalents)",
    "services_referrals": "households referred to a provider this month",
    "services_waiting": "households on providers' waiting lists at the end of the month",
    "services_mean_wait_months": "mean months from referral to start of the households taken on this month",
    "services_served": "households receiving a service on referral this month",
    **{f"services_coverage_{need}": f"share of households assessed as needing {need} services, and still poor before "
                                    f"assistance, that receive {SERVICES[SERVICE_FOR_NEED[code]].replace('_', ' ')}"
       for code, need in enumerate(NEEDS) if code},
    "services_vouchers_used": "service vouchers spent this month (one per person in the age band)",
    "services_hours": "service hours delivered this month, on referral and with vouchers",
    "services_utilisation": "hours delivered on referral as a share of providers' paid and volunteer hours",
    "services_quality": "mean quality (0 to 1) of the hours delivered",
    "services_cost_per_hour": "public spending on services per service hour delivered, yuan",
    "services_in_work": "share of households receiving capacity building with a member in work",
    "services_illness_cost_avoided": "out-of-pocket costs of serious illness avoided by daily care this month, yuan",
    "services_spending": "public spending on services this month (contracts or public provision, volunteers, "
                         "supervision, incubator, vouchers), yuan",
    "services_spending_supervision": "spending on assessing and supervising providers this month, yuan",
    "services_spending_incubator": "incubator help with new organisations' staff costs this month, yuan",
    "services_spending_vouchers": "service vouchers paid this month, yuan",
}


def switched_off() -> dict:
    """The figures of a district without purchased services."""
    return dict.fromkeys(METRICS, 0)


def measure(model) -> dict:
    services = model.services
    if services is None:
        return switched_off()
    cases, providers, c = services.cases, services.providers, model.circumstances
    served = services.served
    assessed = services.assessed
    in_need = assessed[(cases.need[assessed] > 0) & (model.poverty_spell[assessed] > 0)]
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
    last = monthly.tail(SUMMARY_MONTHS)
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
