"""What services change in households' lives: the effects that `dynamics` and the applications read.

- **Capacity building** (skills, job search support) raises the chance that a jobless member of working age
  finds work: each month such a member gets a second chance, of their own chance times the effect.
- **Daily care** (home care, day centres, follow-up of treatment) lowers the cost of a serious illness: this
  month's out-of-pocket costs fall by the effect.
- **Social support** (a social worker's help, a place in community life) raises take-up: the household's chance
  of applying for assistance rises by the effect.

Each effect is `services.effect.<service>` (a labelled assumption in the parameter files, which a scenario can
change) times the quality of the provider serving the household: the sizes are those of a best-practice service
(quality 1). The second chance of work draws from the model's household draws, not from the stream of
households' lives. Even so, a job found changes who is in work, and the stream's later draws (job losses are
drawn by position among those in work) then fall on other people: two scenarios share households' lives only
as long as capacity building has found nobody work, which a comparison's gainers and losers should bear in mind.
"""
from __future__ import annotations

import numpy as np

from simulation.services.provider import SERVICES
from simulation.services.referral import member_rows


class ServiceEffects:
    """Per household, the effect of the service it receives this month (0 if none)."""

    def __init__(self, model):
        self.model = model
        n = len(model.households)
        self.effect = {service: np.zeros(n) for service in SERVICES}
        self._served = {service: np.empty(0, np.int64) for service in SERVICES}
        self.cost_avoided = 0.0  # yuan of illness costs daily care saved this month

    def update(self, served: dict[str, np.ndarray], strength: dict[str, np.ndarray]) -> None:
        """The households receiving each service and the quality of their provider (times the share of the
        service's hours they get, for voucher holders), once the month's services are settled: they act on next
        month's life."""
        p = self.model.p
        for service in SERVICES:
            self.effect[service][self._served[service]] = 0.0
            self._served[service] = served[service]
            self.effect[service][served[service]] = p[f"services.effect.{service}"] * strength[service]

    def lower_illness_costs(self, out_of_pocket: np.ndarray) -> None:
        """Daily care lowers this month's out-of-pocket costs of serious illness (per household, in place)."""
        cared = self._served["daily_care"]
        saved = out_of_pocket[cared] * np.minimum(self.effect["daily_care"][cared], 1.0)
        out_of_pocket[cared] -= saved
        self.cost_avoided = float(saved.sum())

    def extra_job_finds(self, persons, seekers: np.ndarray, chance, found: np.ndarray) -> np.ndarray:
        """The jobless `seekers` (sorted indices) in households receiving capacity building who did not find work
        (`found`) but do on their second chance: `chance(who)` is their own chance this month."""
        households = self._served["capacity_building"]
        rows, owner = member_rows(persons, households)
        seeking = _contains(seekers, rows) & ~_contains(np.sort(found), rows)
        who, boost = rows[seeking], self.effect["capacity_building"][households[owner[seeking]]]
        draws = self.model.draws.uniform("capacity building job", self.model.month, who)
        return who[draws < chance(who) * boost]

    def application_chance(self, households: np.ndarray, chance: np.ndarray) -> np.ndarray:
        """Households' chance of applying, raised for those receiving social support."""
        return np.minimum(chance * (1.0 + self.effect["social_support"][households]), 1.0)


def _contains(sorted_values: np.ndarray, items: np.ndarray) -> np.ndarray:
    """Whether each of `items` is in `sorted_values`."""
    if len(sorted_values) == 0:
        return np.zeros(len(items), bool)
    place = np.minimum(np.searchsorted(sorted_values, items), len(sorted_values) - 1)
    return sorted_values[place] == items
