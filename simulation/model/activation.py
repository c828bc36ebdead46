"""The activation path: individualised support back to work, as a job centre or an integration centre gives it
(Germany's Jobcenters, Poland's Social Integration Centres), for households on minimum income.

When the district grants or renews assistance to a household with a member able to work, it sends a share of
such households (`activation.referral_share`) to the path for `activation.months` months. While a household is
in the path and receives assistance:

- its jobless members of working age get a second chance of finding work each month: their own chance
  (`dynamics.job_finding_chance`) times `activation.job_finding_uplift`;
- it may be sanctioned for not taking part (`activation.sanction_rate` of households in the path a year): a
  share of its benefit (`activation.sanction_cut`) is withheld for `activation.sanction_months` months.

Nothing happens while `activation.referral_share` is 0, as in Dachuan in 2019. Draws come from the model's
household draws (`draws.HouseholdDraws`), so the path changes no one else's life or casework.
"""
from __future__ import annotations

import numpy as np

from simulation.model.dynamics import job_finding_chance, monthly_rate
from simulation.model.population import SEVERELY_DISABLED


class ActivationPath:
    """Which households are in the path and which are sanctioned, as columns, until the month each ends."""

    def __init__(self, model):
        self.model = model
        n = len(model.households)
        self.until = np.full(n, -1, np.int32)             # the path ends at the start of this month
        self.sanctioned_until = np.full(n, -1, np.int32)  # the sanction ends at the start of this month

    def in_path(self) -> np.ndarray:
        """The households in the path this month (indices): referred, not yet through, still assisted."""
        model = self.model
        return np.flatnonzero((self.until > model.month) & model.caseload.assisted)

    def refer(self, decided: np.ndarray) -> None:
        """Send a share of `decided` (households granted or renewed this month) with a member able to work to the
        path, unless they are in it already."""
        model, p = self.model, self.model.p
        if p["activation.referral_share"] <= 0:
            return
        month = model.month
        candidates = decided[(model.circumstances.able_adults[decided] > 0) & (self.until[decided] <= month)]
        draws = model.draws.uniform("activation referral", month, candidates)
        referred = candidates[draws < p["activation.referral_share"]]
        self.until[referred] = month + int(p["activation.months"])

    def help_into_work(self) -> None:
        """After the month's job market (dynamics): members who looked for work this month and found none get a
        second chance through the path."""
        model, p = self.model, self.model.p
        if p["activation.referral_share"] <= 0 or p["activation.job_finding_uplift"] <= 0:
            return
        persons, bands = model.persons, p["population.age_bands"]
        households = self.in_path()
        if len(households) == 0:
            return
        in_path = np.zeros(len(model.households), bool)
        in_path[households] = True
        # Looked this month and found nothing: jobless for at least a month (the month's search added one).
        looking = np.flatnonzero(in_path[persons.household] & ~persons.employed & persons.alive
                                 & (persons.age >= bands[1]) & (persons.age < bands[2])
                                 & (persons.disability != SEVERELY_DISABLED) & (persons.months_jobless >= 1))
        chance = job_finding_chance(persons.months_jobless[looking] - 1, p) * p["activation.job_finding_uplift"]
        found = looking[model.draws.uniform("activation job", model.month, looking) < chance]
        persons.employed[found] = True
        persons.months_jobless[found] = 0
        model.members.start_work(persons, found)

    def sanction(self) -> None:
        """This month's sanctions among households in the path."""
        model, p = self.model, self.model.p
        if p["activation.sanction_rate"] <= 0:
            return
        month = model.month
        households = self.in_path()
        households = households[self.sanctioned_until[households] <= month]
        chance = monthly_rate(p["activation.sanction_rate"])
        sanctioned = households[model.draws.uniform("sanction", month, households) < chance]
        self.sanctioned_until[sanctioned] = month + int(p["activation.sanction_months"])

    def withhold(self, households: np.ndarray, payments: np.ndarray) -> np.ndarray:
        """`payments` to `households` less what a sanction withholds this month."""
        sanctioned = self.sanctioned_until[households] > self.model.month
        if not sanctioned.any():
            return payments
        return np.where(sanctioned, payments * (1 - self.model.p["activation.sanction_cut"]), payments)
