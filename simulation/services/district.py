"""The district's professional social services: its providers, the buyer, the referrals and the vouchers, and
their month.

The model builds a `DistrictServices` when `services.enabled` is on, with the purchasing model in force on the
start date (`services.purchasing_model`). At the start, the caseworkers assess the households already assisted
and refer those in need. Each month, after the district has decided its cases:

1. contracts that end are assessed and renewed or re-tendered, and the incubator lets new organisations in
   (`purchasing.Purchaser`);
2. courses that are over end, and cases of households with no one left close;
3. the households decided this month (applications and reviews, granted or not) that are not on a list or in
   service are assessed, and those in need referred; those waiting keep their place, or leave the list if no
   longer poor (`referral`);
4. under the voucher model, households newly in the age band are offered the voucher (`voucher`);
5. providers take on households from their waiting lists, first come, first served;
6. the effects of the services households now receive are set for the next month (`effects`).
"""
from __future__ import annotations

import numpy as np

from simulation.services import referral, voucher
from simulation.services.effects import ServiceEffects
from simulation.services.provider import SERVICES, Provider, check_specs
from simulation.services.purchasing_models import MODELS, Purchaser
from simulation.services.referral import NO_PROVIDER, NOT_REFERRED, SERVED, SERVICE_FOR_NEED, WAITING, ServiceCases


class DistrictServices:
    def __init__(self, model, specs: list[dict] | None = None):
        self.model = model
        p, n = model.p, len(model.households)
        self.purchasing = MODELS[p["services.purchasing_model"]]
        self.cases = ServiceCases.empty(n)
        self.effects = ServiceEffects(model)
        self.purchaser = Purchaser(model, self, self.purchasing)
        poor = model.poverty_spell > 0
        if specs is not None:
            specs = check_specs(specs, "providers", len(model.centres))
        self.providers: list[Provider] = self.purchaser.open_market(
            np.bincount(model.households.centre[poor], minlength=len(model.centres)), specs)
        self.next_ticket = 0
        self._referral_options = None  # per service, the providers a household of each centre can be sent to
        self._band = (None, np.empty(0, np.int64))  # (year and age, persons in the voucher age band)
        # Where households stand after the month (indices), and what the month brought.
        self.served = self.waiting = self.using_vouchers = self.vouchers_held = np.empty(0, np.int64)
        self.waits = np.empty(0)   # months waited by the households taken on this month
        self.referrals = self.vouchers_used = 0
        self.capacity = self.quality = self.staff = self.hours_delivered = self.voucher_hours = np.empty(0)
        self.spent = {"contracts": 0.0, "supervision": 0.0, "incubator": 0.0, "vouchers": 0.0}
        self._refer(np.flatnonzero(model.caseload.assisted & (model.circumstances.members > 0)))
        self.waiting = np.flatnonzero(self.cases.status == WAITING)

    def add_provider(self, provider: Provider) -> None:
        self.providers.append(provider)
        self._referral_options = None

    # ---- the month ---------------------------------------------------------------------------------------------
    def month(self) -> None:
        model, cases, month = self.model, self.cases, self.model.month
        if self.purchaser.contract_cycle(month):
            self._referral_options = None
        for provider in self.providers:
            provider.step()
        open_cases = np.concatenate([self.served, self.waiting])  # as last month left them
        over = ((cases.status[open_cases] == SERVED) & (cases.ends[open_cases] <= month)) | (
            model.circumstances.members[open_cases] == 0)
        referral.close(cases, open_cases[over])
        decided = np.concatenate([centre.taken for centre in model.centres])
        decided = decided[(cases.status[decided] != SERVED) & (model.circumstances.members[decided] > 0)]
        newly = decided[cases.status[decided] == NOT_REFERRED]
        self.referrals = 0
        self._refer(decided)
        open_cases = open_cases[~over]
        open_cases = np.concatenate([open_cases[cases.status[open_cases] != NOT_REFERRED],
                                     newly[cases.status[newly] == WAITING]])
        if self.purchasing.vouchers:
            self._offer_vouchers()
        self._serve(open_cases)

    def _refer(self, households: np.ndarray) -> None:
        """Caseworkers assess the need of `households` (not in service) and refer those in need, in random order
        within the month. Those already waiting keep their place, or leave the list if no longer poor."""
        model, cases, month = self.model, self.cases, self.model.month
        waiting = cases.status[households] == WAITING
        better_off = households[waiting & (model.poverty_spell[households] == 0)]
        cases.need[better_off] = 0
        referral.close(cases, better_off)
        households = households[~waiting]
        if len(households) == 0:
            return
        households = households[np.argsort(model.draws.uniform("referral order", month, households), kind="stable")]
        need = referral.assess_needs(model, households)
        provider = np.full(len(households), NO_PROVIDER, np.int64)
        centres = model.households.centre
        if self._referral_options is None:  # capacities change only when contracts do
            self._referral_options = [referral.options(self.providers, service, lambda p: p.capacity)
                                      for service in SERVICES]
        for number, choices in enumerate(self._referral_options):
            mine = SERVICE_FOR_NEED[need] == number
            provider[mine] = referral.choose(choices, centres[households[mine]],
                                             model.draws.uniform("referral", month, households[mine]))
        referral.refer(cases, households, need, provider, month, self.next_ticket)
        self.next_ticket += len(households)
        self.referrals += int(np.count_nonzero(provider != NO_PROVIDER))

    def _offer_vouchers(self) -> None:
        """Households whose last member in the age band has died stop using their voucher; when ages change (New
        Year, or the first month), households newly in the band are offered one."""
        model, p, cases = self.model, self.model.p, self.cases
        key = (model.date.year, p["services.voucher.age_from"])
        new_year = self._band[0] != key
        if new_year:
            self._band = (key, voucher.in_age_band(model.persons, int(key[1])))
        eligible, count = voucher.holders(model.persons, self._band[1])
        using = self.using_vouchers
        place = np.minimum(np.searchsorted(eligible, using), max(len(eligible) - 1, 0))
        still = (eligible[place] == using) if len(eligible) else np.zeros(len(using), bool)
        cases.voucher_provider[using[~still]] = NO_PROVIDER
        using, place = using[still], place[still]
        if new_year:
            taking = voucher.offer(cases, eligible, model.households.centre, self.providers, p, model.draws,
                                   model.month)
            using, place = np.concatenate([using, taking]), np.concatenate([place, np.searchsorted(eligible, taking)])
        self.using_vouchers, self.vouchers_held = using, count[place]

    def _serve(self, open_cases: np.ndarray) -> None:
        """Providers take on households from their waiting lists; then the month's hours, waiting lists, effects
        and spending are counted."""
        p, cases, month, providers = self.model.p, self.cases, self.model.month, self.providers
        hours = np.array([p[f"services.hours.{service}"] for service in SERVICES])
        course = np.array([int(round(p[f"services.course_months.{service}"])) for service in SERVICES])
        # Each provider's capacity, quality, unit cost and staff, read once for the month.
        capacity, quality, unit_cost, staff = np.array(
            [(pr.capacity, pr.quality, pr.unit_cost, pr.staff) for pr in providers]).reshape(-1, 4).T
        served = open_cases[cases.status[open_cases] == SERVED]
        waiting = open_cases[cases.status[open_cases] == WAITING]
        used = np.bincount(cases.provider[served], hours[cases.service[served]], minlength=len(providers))
        taken = referral.serve_waiting_lists(cases, waiting, capacity - used, hours, course, month)
        self.waits = (month - cases.referred[taken]).astype(float)
        self.served = served = np.concatenate([served, taken])
        self.waiting = waiting = waiting[cases.status[waiting] == WAITING]
        delivered = np.bincount(cases.provider[served], hours[cases.service[served]], minlength=len(providers))
        on_list = np.bincount(cases.provider[waiting], minlength=len(providers))

        receiving = {service: served[cases.service[served] == number] for number, service in enumerate(SERVICES)}
        strength = {service: quality[cases.provider[who]] for service, who in receiving.items()}
        voucher_hours = np.zeros(len(providers))
        self.vouchers_used = 0
        if self.purchasing.vouchers:
            using, vouchers = self.using_vouchers, self.vouchers_held
            chosen = cases.voucher_provider[using]
            bought = voucher.hours(p["services.voucher.amount"], vouchers, unit_cost[chosen])
            voucher_hours = np.bincount(chosen, bought, minlength=len(providers))
            self.vouchers_used = int(vouchers.sum())
            # Holders not referred for daily care get it with their voucher, its effect in proportion to the hours
            # the voucher buys against a referred household's hours.
            referred = np.zeros(len(cases.status), bool)
            referred[receiving["daily_care"]] = True
            only = ~referred[using]
            dose = np.minimum(bought[only] / hours[SERVICES.index("daily_care")], 1.0)
            receiving["daily_care"] = np.concatenate([receiving["daily_care"], using[only]])
            strength["daily_care"] = np.concatenate([strength["daily_care"], quality[chosen[only]] * dose])
        for number, provider in enumerate(providers):
            provider.record_month(float(delivered[number]), float(voucher_hours[number]), int(on_list[number]))
        self.effects.update(receiving, strength)
        self.capacity, self.quality, self.staff = capacity, quality, staff
        self.hours_delivered, self.voucher_hours = delivered, voucher_hours
        self.spent = {**self.purchaser.spending(month),
                      "vouchers": p["services.voucher.amount"] * self.vouchers_used}

    # ---- for the incubator ----------------------------------------------------------------------------------------
    def most_waited_centre(self) -> int:
        """The centre whose waiting households (at the end of last month) need the most hours for each hour of
        capacity serving it."""
        p, cases = self.model.p, self.cases
        n_centres = len(self.model.centres)
        hours = np.array([p[f"services.hours.{service}"] for service in SERVICES])
        waiting = self.waiting
        demand = np.bincount(self.model.households.centre[waiting], hours[cases.service[waiting]], minlength=n_centres)
        capacity = np.zeros(n_centres)
        for provider in self.providers:
            capacity[provider.centres] += provider.capacity / len(provider.centres)
        return int(np.argmax(demand / np.maximum(capacity, 1.0)))
