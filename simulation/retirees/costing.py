"""What a service package costs, and how much of it a community's staff can deliver.

The Sichuan study (seed 000) set out to estimate the standard cost of the service per community; the Hunan study
(seed 001) found too few full-time staff and a high turnover. `build_package` answers both for one community:

    occurrences a year  = people in the item's target group x times_per_year
    staff hours         = occurrences x staff_minutes / 60
    workers needed      = staff hours / hours one full-time worker gives to the package a year
    standard cost       = what delivering the whole package costs: the filled posts it takes (with turnover more
                          posts are needed for the same work, and learners are paid in full), the items' other
                          costs, overheads as a share of both, and the premises
    coverage            = the staff hours available, shared out statutory items first, then by priority; items of
                          the same rank are cut in the same proportion
    cost with the staff = the filled posts the community has, the other costs of what they deliver, overheads,
                          premises

No published standard cost exists (the gap row in retiree_socialized_management.csv): the figures are only as
good as the package's items and the parameter file's assumptions, and are meant to be argued over.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from simulation.inputs.datasets import load_table
from simulation.inputs.errors import InputError, Phrase
from simulation.retirees.community import Community, Staff, typical_community, typical_staff
from simulation.retirees.service_package import ServicePackage, settings

EVERYTHING = 1 - 1e-9  # coverage at or above this counts as the whole package (rounding in the shares)


@dataclass(frozen=True)
class Cost:
    """A year's cost for one community, in yuan, and the same per retiree and per month."""
    retirees: int
    staff: float
    items: float
    overhead: float
    premises: float

    @property
    def per_community_year(self) -> float:
        return self.staff + self.items + self.overhead + self.premises

    @property
    def per_community_month(self) -> float:
        return self.per_community_year / 12

    @property
    def per_retiree_year(self) -> float:
        return self.per_community_year / self.retirees

    @property
    def per_retiree_month(self) -> float:
        return self.per_retiree_year / 12


@dataclass(frozen=True)
class PackageResult:
    package: ServicePackage
    community: Community
    staff: Staff
    items: pd.DataFrame      # one row per item, in the package's order (columns: see _item_table)
    hours_needed: float      # staff hours a year to deliver the whole package
    hours_available: float   # staff hours a year the effective staff give to the package
    workers_needed: float    # full-time workers the whole package needs, fully trained and with no vacancies
    posts_needed: float      # posts to fund for that work, given the staff's turnover (inf if turnover leaves none)
    coverage: float          # share of the package's staff hours that can be delivered
    standard: Cost           # the whole package
    with_staff: Cost         # what the community spends with the staff it has, for what they deliver

    @property
    def cuts(self) -> list[list[str]]:
        """Items not fully delivered, rank by rank, the first cut first (items in one rank are cut together)."""
        cut = self.items[self.items["coverage"] < EVERYTHING]
        ranks = sorted(set(cut["rank"]), reverse=True)
        return [list(cut.index[cut["rank"] == rank]) for rank in ranks]

    @property
    def statutory_shortfall(self) -> list[str]:
        items = self.items
        return list(items.index[items["statutory"] & (items["coverage"] < EVERYTHING)])


def build_package(package: ServicePackage, community: Community, staff: Staff, p: dict | None = None) -> PackageResult:
    p = p or settings()
    items = _item_table(package, community)
    hours_needed = float(items["hours_needed"].sum())
    hours_available = staff.effective * staff.service_hours_per_worker
    items["hours_delivered"] = _ration(items["hours_needed"], items["rank"], hours_available)
    items["coverage"] = (items["hours_delivered"] / items["hours_needed"]).where(items["hours_needed"] > 0, 1.0)
    workers_needed = hours_needed / staff.service_hours_per_worker
    if workers_needed == 0:
        posts_needed = 0.0
    else:
        posts_needed = workers_needed / staff.effective_share if staff.effective_share > 0 else math.inf
    delivered_costs = float((items["other_cost_needed"] * items["coverage"]).sum())
    return PackageResult(
        package=package, community=community, staff=staff, items=items,
        hours_needed=hours_needed, hours_available=hours_available, workers_needed=workers_needed,
        posts_needed=posts_needed,
        coverage=float(items["hours_delivered"].sum()) / hours_needed if hours_needed > 0 else 1.0,
        standard=_cost(community, posts_needed * (1 - staff.vacancy_rate), staff,
                       float(items["other_cost_needed"].sum()), p),
        with_staff=_cost(community, staff.paid, staff, delivered_costs, p))


def _item_table(package: ServicePackage, community: Community) -> pd.DataFrame:
    # rank: the order in which items get staff time; 0 first. Statutory duties come first, then priority 1, 2, ...
    keys = sorted({item.rationing_key for item in package.items})
    rows = []
    for item in package.items:
        people = community.people(item.target)
        occurrences = people * item.times_per_year
        rows.append(dict(
            id=item.id, target=item.target, people=people, times_per_year=item.times_per_year,
            staff_minutes=item.staff_minutes, occurrences=occurrences,
            hours_needed=occurrences * item.staff_minutes / 60, other_cost_needed=occurrences * item.other_cost,
            statutory=item.statutory, priority=item.priority, rank=keys.index(item.rationing_key)))
    return pd.DataFrame(rows).set_index("id")


def _ration(hours_needed: pd.Series, rank: pd.Series, hours_available: float) -> pd.Series:
    """Staff hours for each item: rank by rank while hours last; the rank where they run out shares what is left
    in proportion to need, and later ranks get nothing."""
    delivered = pd.Series(0.0, index=hours_needed.index)
    remaining = hours_available
    for r in sorted(set(rank)):
        in_rank = rank == r
        need = float(hours_needed[in_rank].sum())
        share = 1.0 if need <= remaining else remaining / need
        delivered[in_rank] = hours_needed[in_rank] * share
        remaining = max(0.0, remaining - need * share)
    return delivered


def _cost(community: Community, paid_posts: float, staff: Staff, other_costs: float, p: dict) -> Cost:
    staff_cost = paid_posts * staff.cost_per_worker
    return Cost(retirees=community.retirees, staff=staff_cost, items=other_costs,
                overhead=p["retiree_service.overhead_share"] * (staff_cost + other_costs),
                premises=p["retiree_service.premises_per_community"])


def posts_at_ratio(retirees: int, p: dict) -> float:
    """Posts a community gets when they are set by the staffing ratio (retirees per full-time worker)."""
    return retirees / p["retiree_service.retirees_per_staff"]


def standard_costs_by_size(package: ServicePackage, sizes=(200, 500, 1_000, 2_000, 3_000, 5_000),
                           p: dict | None = None, **staff_changes) -> pd.DataFrame:
    """The standard cost of the package for typical communities of each size, and what posts set by the
    staffing ratio would deliver of it. Cost per retiree falls with size because community-wide items (group
    activities) and the premises cost the same whatever the number of retirees."""
    p = p or settings()
    rows = []
    for retirees in sizes:
        community = typical_community(retirees, p)
        posts = posts_at_ratio(retirees, p)
        result = build_package(package, community, typical_staff(posts, p, **staff_changes), p)
        rows.append(dict(
            retirees=retirees, workers_needed=result.workers_needed, posts_needed=result.posts_needed,
            posts_at_ratio=posts, coverage_at_ratio=result.coverage,
            cost_per_community_year=result.standard.per_community_year,
            cost_per_retiree_year=result.standard.per_retiree_year,
            cost_per_retiree_month=result.standard.per_retiree_month))
    return pd.DataFrame(rows)


def managed_retirees(region: str) -> tuple[float, int]:
    """Enterprise retirees under community management in a region (persons) and the year of the figure, from
    retiree_socialized_management.csv: e.g. Sichuan 3.44 million in 2010."""
    table = load_table("retiree_socialized_management")
    rows = table[(table["indicator"] == "enterprise retirees under community management")
                 & (table["region"] == region) & table["value"].notna()]
    if rows.empty:
        known = table.loc[table["indicator"] == "enterprise retirees under community management", "region"]
        raise InputError("retiree_socialized_management", "region", region, "one of: {names}", names=", ".join(known))
    row = rows.sort_values("year").iloc[-1]
    if row["unit"] != "million":  # the unit the figure is scaled from below
        where = Phrase("{file}, row {row}", file="datasets/retiree_socialized_management.csv", row=row.name + 2)
        raise InputError(where, "unit", row["unit"],
                         "million, the unit of 'enterprise retirees under community management'")
    return float(row["value"]) * 1e6, int(row["year"])
