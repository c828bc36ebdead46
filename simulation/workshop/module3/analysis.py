"""Module 3's numbers: a community's package as turnover rises, and a district's Dibao households' care package.

- Retirees: the Hunan study (seed 001) found too few full-time staff and a high turnover. `coverage_by_turnover`
  costs the same community and posts at rising turnover with `simulation.retirees.costing.build_package`: the
  statutory duties delegated by the social insurance agency are served first, so the other items are cut long
  before them.
- Dibao households: `care_needs` counts a district's assisted households by the need module 2's rules name first
  and prices the care package that answers it; `care_table` puts it in words.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.i18n import language, marked, t
from simulation.retirees.community import Community, typical_community, typical_staff
from simulation.retirees.costing import build_package
from simulation.retirees.service_package import ServicePackage, settings
from simulation.services import needs
from simulation.services.referral import service_for

TURNOVER_RATES = tuple(step / 20 for step in range(17))  # 0%, 5%, ... 80% of staff leaving a year


def coverage_by_turnover(package: ServicePackage, retirees: int | Community, posts: float, rates=TURNOVER_RATES,
                         p: dict | None = None) -> pd.DataFrame:
    """For a community (a typical one if `retirees` is a number) with `posts` full-time posts, at each turnover
    rate: the staff's effective strength, the share of the statutory duties' hours and of the other items' hours
    delivered, the whole package's coverage, and the posts the whole package would need."""
    p = p or settings()
    community = retirees if isinstance(retirees, Community) else typical_community(retirees, p)
    retirees = community.retirees
    rows = []
    for rate in rates:
        result = build_package(package, community, typical_staff(posts, p, turnover_rate=rate), p)
        items = result.items
        rows.append(dict(retirees=retirees, posts=posts, turnover=rate, effective_staff=result.staff.effective,
                         statutory_coverage=_delivered_share(items[items["statutory"]]),
                         other_coverage=_delivered_share(items[~items["statutory"]]),
                         coverage=result.coverage, posts_needed=result.posts_needed))
    return pd.DataFrame(rows)


def _delivered_share(items: pd.DataFrame) -> float:
    needed = float(items["hours_needed"].sum())
    return float(items["hours_delivered"].sum()) / needed if needed > 0 else 1.0


# ---- Dibao households with care needs ---------------------------------------------------------------------------
HOURLY_RATES = ("public", "non_profit")  # the care package priced as public staff's hours and as bought hours
RATE_HEADINGS = {"public": marked("yuan a month, public staff"),
                 "non_profit": marked("yuan a month, bought from a social organisation")}


def care_needs(model) -> pd.DataFrame:
    """The households receiving Dibao or extreme-poor support, by the need module 2's rules name first
    (`simulation.services.needs`) and the service a provider answers it with (`simulation.services.referral`): how many,
    the hours each receives a month, the hours and social workers they take in all, and their cost a month at a
    public unit's and a social organisation's hourly rate (parameters services.*)."""
    p = model.p
    assisted = np.flatnonzero(model.caseload.assisted & (model.circumstances.members > 0))
    need = needs.classify(model, assisted, with_reasons=False)["need"].to_numpy()
    rows = []
    for code in needs.codes("need"):  # households with no need found (not poor before assistance) are left out
        service = service_for(code)
        households = int(np.count_nonzero(need == code))
        hours = households * p[f"services.hours.{service}"]
        rows.append(dict(need=code, service=service, households=households,
                         hours_each=p[f"services.hours.{service}"], hours=hours,
                         social_workers=hours / p["services.hours_per_social_worker"],
                         **{f"cost_{rate}": hours * p[f"services.unit_cost.{rate}"] for rate in HOURLY_RATES}))
    frame = pd.DataFrame(rows)
    frame.attrs.update(assisted=len(assisted), district_households=len(model.households))
    return frame


def care_table(frame: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """care_needs' table as a practitioner reads it, with a line for the whole package."""
    lang = lang or language()
    total = frame.sum(numeric_only=True)
    return pd.DataFrame({
        t("need", lang): [needs.label("need", code, lang) for code in frame["need"]] + [t("the whole package", lang)],
        t("service", lang): [t(needs.SERVICES[service], lang) for service in frame["service"]] + [""],
        t("households", lang): [f"{n:,}" for n in frame["households"]] + [f"{int(total['households']):,}"],
        t("hours a month each", lang): [f"{h:g}" for h in frame["hours_each"]] + [""],
        t("hours a month", lang): [f"{h:,.0f}" for h in [*frame["hours"], total["hours"]]],
        t("social workers", lang): [f"{w:.1f}" for w in [*frame["social_workers"], total["social_workers"]]],
        **{t(RATE_HEADINGS[rate], lang): [f"{c:,.0f}" for c in [*frame[f"cost_{rate}"], total[f"cost_{rate}"]]]
           for rate in HOURLY_RATES},
    })
