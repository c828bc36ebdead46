"""How the government gets services delivered: the purchasing models, and the buyer who runs them.

Seed 003 sets three models from abroad beside each other and asks which suits China; seed 002 reports Taicang's
experiments. The five models, as rules:

- **direct**: no purchase. Public units (the street/town service stations) deliver the services with public staff.
- **competitive** (the USA): services are bought under short contracts, re-tendered on price at each contract's
  end. Each tender lowers the price; the lot may pass to another bidder, who starts without experience.
- **convention** (France): longer conventions with associations, renewed when the provider passes its
  assessment; the price stays, and the provider's experience carries on.
- **community** (Singapore): the government funds organisations with a track record (renewed as conventions
  are) and the community takes part: volunteers add hours at a small cost of coordinating them.
- **voucher** (Taicang): day-care centres are contracted and renewed as in a convention, and every resident from
  the voucher age on gets a monthly voucher to spend with the provider of their choice.

Whatever the model, a contract ends after its months (`services.contract_months.<model>`), when the government
assesses the provider: supervision costs a share of the contract's value (`services.supervision.share`) and sets
a quality floor in proportion to it. A provider whose paid staff fall below the floor must raise its price until
they meet it (fewer hours for the same money), or it loses the contract to another organisation. With the
incubator switched on, new non-profit organisations enter at each contract cycle, each with a first contract in
the centre where households wait longest, and with help for their staff costs while they are incubated (seed 002).

The budget stays with each lot: a contract passed on or re-priced keeps its value, so a lower price buys more
hours and a higher one fewer.
"""
from __future__ import annotations

from dataclasses import dataclass

import mesa
import numpy as np

from simulation.inputs.errors import SCENARIO, InputError
from simulation.services.provider import SECTORS, SERVICES, Provider


@dataclass(frozen=True)
class PurchasingModel:
    name: str
    contracts: bool          # services bought under contracts (False: the public sector delivers them itself)
    price_competition: bool  # each contract re-tendered on price at its end (the USA)
    volunteers: bool         # community volunteers add hours (Singapore)
    vouchers: bool           # residents from the voucher age on choose their provider with a voucher (Taicang)


MODELS = {
    "direct": PurchasingModel("direct", contracts=False, price_competition=False, volunteers=False, vouchers=False),
    "competitive": PurchasingModel("competitive", contracts=True, price_competition=True, volunteers=False,
                                   vouchers=False),
    "convention": PurchasingModel("convention", contracts=True, price_competition=False, volunteers=False,
                                  vouchers=False),
    "community": PurchasingModel("community", contracts=True, price_competition=False, volunteers=True,
                                 vouchers=False),
    "voucher": PurchasingModel("voucher", contracts=True, price_competition=False, volunteers=False, vouchers=True),
}


def quality_floor(p: dict) -> float:
    """The quality a provider must show at assessment: higher the more is spent on supervision."""
    return min(1.0, p["services.supervision.share"] * p["services.supervision.floor_per_share"])


def price_level_for(quality: float, provider: Provider, p: dict) -> float:
    """The price level (unit cost over reference cost) at which the provider's paid staff reach `quality`."""
    experience = p["services.experience_gain"] * provider.experience_months / 12
    if provider.base_quality <= 0 or quality <= experience:
        return 0.0
    return ((quality - experience) / provider.base_quality) ** (1 / p["services.quality_price_elasticity"])


class Purchaser(mesa.Agent):
    """The civil-affairs bureau as buyer of services: it sets up the providers, lets and renews their contracts,
    assesses their quality and runs the incubator. `services` is the district's `DistrictServices`."""

    def __init__(self, model: mesa.Model, services, purchasing: PurchasingModel):
        super().__init__(model)
        self.services, self.purchasing = services, purchasing
        self.entry_credit = 0.0   # part of an incubated organisation carried to the next cycle, for small districts
        self.entrants = 0

    # ---- the providers at the start ------------------------------------------------------------------------------
    def open_market(self, poor_per_centre: np.ndarray, specs: list[dict] | None) -> list[Provider]:
        """The district's providers: those a scenario lists, or `services.providers_per_centre` in each centre,
        their sectors in the model's mix. The budget (`services.budget_per_household` for every household in the
        district) is shared among the centres by their households poor before assistance: the money goes where
        the need is."""
        model, p = self.model, self.model.p
        if specs is not None:
            providers = [Provider(model, s["name"], s["sector"], s["services"], s["capacity"], s["unit_cost"],
                                  s["quality"], s["centres"], s["staff"]) for s in specs]
        else:
            per_centre = int(p["services.providers_per_centre"])
            sectors = self._sectors(per_centre * len(poor_per_centre))
            weights = np.maximum(poor_per_centre, 1) / np.maximum(poor_per_centre, 1).sum()
            providers = []
            for centre, weight in enumerate(weights):
                budget = p["services.budget_per_household"] * len(model.households) * weight / per_centre
                for _ in range(per_centre):
                    sector = sectors[len(providers)]
                    cost = p[f"services.unit_cost.{sector}"]
                    providers.append(Provider(model, f"{sector} provider {len(providers) + 1}", sector, SERVICES,
                                              budget / cost, cost, p[f"services.quality.{sector}"], [centre]))
        for provider in providers:
            self._sign(provider, self.model.month)
        return providers

    def _sectors(self, n: int) -> list[str]:
        """`n` sectors in the proportions of the model's mix (largest remainders), in random order."""
        if not self.purchasing.contracts:
            return ["public"] * n
        mix = self._mix()
        counts = np.floor(mix * n).astype(int)
        counts[np.argsort(counts - mix * n, kind="stable")[: n - counts.sum()]] += 1
        return [str(sector) for sector in self.model.rng.permutation(np.repeat(SECTORS, counts))]

    def _mix(self) -> np.ndarray:
        name = f"services.sector_mix.{self.purchasing.name}"
        mix = np.asarray(self.model.p[name], dtype=float)
        if mix.sum() <= 0:
            raise InputError(SCENARIO, f"parameters.{name}", list(mix),
                             "shares of public, for-profit, non-profit and charitable providers, not all 0")
        return mix / mix.sum()

    def _sign(self, provider: Provider, month: int) -> None:
        """A contract (or a renewal) from `month`; volunteers join in proportion to its paid hours."""
        p = self.model.p
        if self.purchasing.contracts:
            provider.contract_end = month + int(round(p[f"services.contract_months.{self.purchasing.name}"]))
        if self.purchasing.volunteers:
            provider.volunteer_hours = p["services.community.volunteer_share"] * provider.paid_hours

    # ---- contract cycles ---------------------------------------------------------------------------------------
    def contract_cycle(self, month: int) -> bool:
        """Contracts that end this month are assessed and renewed or re-tendered; at each cycle of the model's
        contract length the incubator lets new organisations in. Returns whether any contract changed."""
        if not self.purchasing.contracts:
            return False
        p = self.model.p
        ending = [number for number, provider in enumerate(self.services.providers)
                  if provider.contract_end is not None and provider.contract_end <= month]
        for number in ending:
            self.services.providers[number] = self._renew(self.services.providers[number], month)
        cycle = int(round(p[f"services.contract_months.{self.purchasing.name}"]))
        if p["services.incubator.enabled"] and month % cycle == 0:
            self._incubate(month)
        return bool(ending)

    def _renew(self, provider: Provider, month: int) -> Provider:
        p = self.model.p
        level = provider.price_level
        if self.purchasing.price_competition:
            # Bidders undercut each other, down to the lowest price an organisation can work at.
            level = max(level * (1 - p["services.competition.price_cut"]), p["services.competition.price_floor"])
            if self.model.rng.random() >= p["services.competition.incumbent_retention"]:
                provider = self._replace(provider, level)
        provider = self._reprice(provider, level)
        floor = quality_floor(p)
        if provider.professional_quality < floor - 1e-12:
            # Found below the floor: the price must rise to what the floor costs, up to the reference price.
            needed = price_level_for(floor, provider, p)
            provider = self._reprice(provider, min(max(level, needed), 1.0))
            if needed > 1.0:  # it cannot get there: the contract goes to another organisation
                provider = self._replace(provider, 1.0)
        self._sign(provider, month)
        return provider

    def _reprice(self, provider: Provider, level: float) -> Provider:
        """The same contract value at a new price level: a lower price buys more hours."""
        value = provider.contract_value
        provider.unit_cost = provider.reference_cost * level
        provider.paid_hours = value / provider.unit_cost
        return provider

    def _replace(self, provider: Provider, level: float) -> Provider:
        """Another organisation, of a sector drawn from the model's mix, takes over the contract at `level`; its
        clients and waiting list pass to it with the contract."""
        p = self.model.p
        sector = SECTORS[self.model.rng.choice(len(SECTORS), p=self._mix())]
        cost = p[f"services.unit_cost.{sector}"]
        successor = Provider(self.model, f"{sector} provider (took over from {provider.name})", sector,
                             provider.services, provider.contract_value / (cost * level), cost * level,
                             p[f"services.quality.{sector}"], provider.centres)
        successor.reference_cost = cost
        provider.remove()
        return successor

    def _incubate(self, month: int) -> None:
        p = self.model.p
        self.entry_credit += p["services.incubator.entrants_per_100k"] * len(self.model.households) / 100_000
        while self.entry_credit >= 1.0 - 1e-9:
            self.entry_credit -= 1.0
            self.entrants += 1
            cost = p["services.unit_cost.non_profit"]
            entrant = Provider(self.model, f"incubated organisation {self.entrants}", "non_profit", SERVICES,
                               p["services.incubator.contract_hours"], cost, p["services.incubator.start_quality"],
                               [self.services.most_waited_centre()])
            entrant.incubated_until = month + int(p["services.incubator.months"]) - 1
            self._sign(entrant, month)
            self.services.add_provider(entrant)

    # ---- what it costs ---------------------------------------------------------------------------------------------
    def spending(self, month: int) -> dict[str, float]:
        """This month's public spending on providers: contracts (or public provision), coordinating volunteers,
        assessment and supervision, and the incubator's help with staff costs. Yuan."""
        p, providers = self.model.p, self.services.providers
        contracts = sum(provider.contract_value for provider in providers)
        contracted = sum(provider.contract_value for provider in providers if provider.contract_end is not None)
        volunteers = sum(provider.volunteer_hours for provider in providers)
        return {
            "contracts": contracts + p["services.community.volunteer_cost"] * volunteers,
            "supervision": p["services.supervision.share"] * contracted,
            "incubator": p["services.incubator.subsidy"] * sum(pr.incubated_until >= month for pr in providers),
        }
