"""Module 4's widgets: a contract to design, and Taicang's voucher. Like the other workshop widgets, each class keeps
its logic and its last good result on the object, so it is tested by setting values and clicking buttons in plain
pytest; a bad entry never raises: a plain message appears beside the Run button and the last good result stays.
"""
from __future__ import annotations

import ipywidgets as w

from simulation.i18n import language, t
from simulation.inputs.errors import InputError, UserError
from simulation.inputs.scenarios import Scenario
from simulation.workshop.module4.analysis import (
    DISTRICT,
    contract_summary,
    hour_price,
    organisations_chosen,
    providers_per_centre_for,
    scenario_for,
    settings,
    summary,
    voucher_choices,
    voucher_users,
)
from simulation.workshop.module4.figures import contract_figure, voucher_figure
from simulation.workshop.shared.controls import full_width, labelled
from simulation.workshop.shared.display import paragraphs, problem_message, show_figure
from simulation.workshop.shared.runs import finished


class ContractDesigner:
    """A contract for the district's services, designed with a few entries and run against the reference: the
    parameter file's conventions with associations (three years, supervision at its share, no price competition,
    no incubator, no voucher).

    Price competition turns the contract into the US model (re-tendered on price at each renewal, for-profit
    bidders among the non-profits); a voucher into Taicang's (contracts renewed on assessment, and a monthly
    voucher from the age entered), with the same social organisations as the reference, so that only the voucher
    differs. The model does not combine a voucher with price competition. The incubator's rate in the parameter
    file (per 100,000 households) would bring no one into a district this small, so the entry is the number of new
    organisations at each contract cycle."""

    def __init__(self, lang: str | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]):
        self.lang, self.district = lang or language(), dict(households=households, months=months, seed=seed)
        lang, p = self.lang, settings("convention")
        self.p = p
        self.labels = {
            "months": t("Contract length, months", lang),
            "supervision": t("Supervision, share of contract value", lang),
            "competition": t("Price competition at each renewal", lang),
            "incubator": t("Incubator: new organisations each contract cycle", lang),
            "voucher": t("Voucher, yuan a month", lang), "age": t("Voucher from age", lang),
            "capacity": t("Hours a month bought", lang)}
        self.months = w.IntText(value=int(p["services.contract_months.convention"]),
                                description=self.labels["months"])
        self.supervision = w.FloatSlider(value=p["services.supervision.share"], min=0, max=0.1, step=0.005,
                                         readout_format=".1%", description=self.labels["supervision"])
        self.competition = full_width(w.Checkbox(value=False, description=self.labels["competition"]))
        self.incubator = w.IntSlider(value=0, min=0, max=3, description=self.labels["incubator"])
        self.voucher = w.FloatText(value=0, description=self.labels["voucher"])
        self.age = w.Text(value=str(p["services.voucher.age_from"]), description=self.labels["age"],
                          placeholder=t("e.g. 80 (80 and over)", lang))
        self.capacity = w.FloatText(value=self.reference_hours(), description=self.labels["capacity"])
        self.button = w.Button(description=t("Run", lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.reference_design = self.entries()
        self.reference_model = finished(self._scenario(*self.reference_design))
        self.reference = contract_summary(self.reference_model)
        self.model, self.result, self.monthly = None, None, None
        self.design: dict = {}  # the purchasing model and parameters of the last good run
        bottom = w.Layout(align_items="flex-end")
        self.widget = w.VBox([w.HBox([labelled(self.months, "12em"), labelled(self.capacity, "12em")]),
                              w.HBox([labelled(self.supervision), self.competition], layout=bottom),
                              labelled(self.incubator),
                              w.HBox([labelled(self.voucher, "12em"), labelled(self.age, "12em")]),
                              w.HBox([self.button, self.message]), self.text, self.output])

    def run_months(self, contract_months: int) -> int:
        """The district's months, or 11 more when its last month would end a contract cycle: contracts renewed
        and the incubator's new organisations arriving in a run's last month would show all they cost at once and
        nothing they do. The run then ends with the new cycle's first year, which the summary averages."""
        months = self.district["months"]
        return months + 11 if months % contract_months == 0 else months

    def _scenario(self, model: str, parameters: dict) -> Scenario:
        months = self.run_months(parameters[f"services.contract_months.{model}"])
        return scenario_for(model, parameters, **{**self.district, "months": months})

    def reference_hours(self) -> float:
        """The hours the parameter file's budget buys from associations in this district, to the nearest 10."""
        p = self.p
        return round(p["services.budget_per_household"] * self.district["households"]
                     / hour_price(p["services.sector_mix.convention"], p), -1)

    def entries(self) -> tuple[str, dict]:
        """The purchasing model and the parameters the entries describe; InputError names a bad entry."""
        lang, p, labels = self.lang, self.p, self.labels
        months, hours, amount = self.months.value, self.capacity.value, self.voucher.value
        if months < 1:
            raise InputError(labels["months"], labels["months"], months,
                             t("a whole number of months, at least 1: a contract runs a month or more", lang))
        if not hours > 0:
            raise InputError(labels["capacity"], labels["capacity"], hours,
                             t("a number of hours above 0: a contract that buys no hours serves no one", lang))
        if amount < 0:
            raise InputError(labels["voucher"], labels["voucher"], amount, t("0 (no voucher) or more yuan", lang))
        if amount > 0 and self.competition.value:
            raise InputError(labels["voucher"], labels["voucher"], amount,
                             t("0 while price competition is on: the model runs a voucher only with contracts "
                               "renewed on assessment, as in Taicang", lang))
        model = "voucher" if amount > 0 else "competitive" if self.competition.value else "convention"
        mix = p[f"services.sector_mix.{'competitive' if self.competition.value else 'convention'}"]
        households = self.district["households"]
        parameters = {f"services.contract_months.{model}": int(months),
                      "services.supervision.share": float(self.supervision.value),
                      "services.budget_per_household": float(hours) * hour_price(mix, p) / households,
                      "services.incubator.enabled": self.incubator.value > 0}
        if self.incubator.value > 0:
            parameters["services.incubator.entrants_per_100k"] = self.incubator.value * 100_000 / households
        if model == "voucher":
            age = self.age.value.strip().rstrip("+").strip()
            if not age:
                raise InputError(labels["age"], labels["age"], self.age.value,
                                 t("the age from which residents get the voucher, e.g. 80: a voucher needs an age "
                                   "band", lang))
            if not age.isdigit() or not 1 <= int(age) <= 110:
                raise InputError(labels["age"], labels["age"], self.age.value, t("an age from 1 to 110, e.g. 80", lang))
            parameters |= {"services.voucher.amount": float(amount), "services.voucher.age_from": int(age),
                           "services.sector_mix.voucher": list(mix)}
        return model, parameters

    def run(self, _button=None) -> None:
        try:
            model, parameters = self.entries()
            run = finished(self._scenario(model, parameters))
        except UserError as err:
            self.message.value = problem_message(err, self.lang)
            return
        # The reference over the same months, so that the two lines of the chart cover one stretch of time.
        self.reference_model = finished(
            scenario_for(*self.reference_design, **{**self.district, "months": len(run.monthly())}))
        self.reference = contract_summary(self.reference_model)
        self.model, self.monthly, self.result = run, run.monthly(), contract_summary(run)
        self.design = {"model": model, **parameters}
        self.message.value = ""
        self.text.value = paragraphs(self.explanation())
        show_figure(self.output, self.figure())

    def explanation(self) -> list[str]:
        lang, now, before, competition = self.lang, self.result, self.reference, self.design["model"] == "competitive"
        lines = [t("{providers} providers deliver {hours} service hours a month; {new} of them started during the "
                   "run (a contract passed to another organisation, or a new one from the incubator).", lang,
                   hours=f"{now['hours']:,.0f}", providers=now["providers_now"], new=now["new_providers"])]
        if competition and now["price_level"] < 0.995:
            lines.append(t("Price competition brought the price down to {level} of the reference price: the same "
                           "money buys more hours, from staff paid less.", lang, level=f"{now['price_level']:.0%}"))
        elif competition:
            lines.append(t("Price competition did not lower the price: supervision's quality floor holds it at the "
                           "reference price.", lang))
        if now["supervision"] > 0:
            lines.append(t("Supervision costs {spent} yuan a month and holds providers to a quality of {floor} or "
                           "more at each renewal: one below it must raise its price or lose the contract.", lang,
                           spent=f"{now['supervision']:,.0f}", floor=f"{now['quality_floor']:.2f}"))
        else:
            lines.append(t("Without supervision, no one checks the quality of the services when a contract ends.",
                           lang))
        lines.append(t("Households served: {served} (reference {served_ref}); quality of the hours {quality} "
                       "({quality_ref}); {cost} yuan of public money per hour ({cost_ref}); spending {spending} yuan "
                       "a month ({spending_ref}).", lang,
                       served=f"{now['served']:,.0f}", served_ref=f"{before['served']:,.0f}",
                       quality=f"{now['quality']:.2f}", quality_ref=f"{before['quality']:.2f}",
                       cost=f"{now['cost_per_hour']:.1f}", cost_ref=f"{before['cost_per_hour']:.1f}",
                       spending=f"{now['spending']:,.0f}", spending_ref=f"{before['spending']:,.0f}"))
        if self.design["services.incubator.enabled"]:
            lines.append(t("The incubator brought in new organisations, each with a first contract of {hours} hours "
                           "a month; its help with their staff costs comes to {spent} yuan a month.", lang,
                           hours=f"{self.p['services.incubator.contract_hours']:g}",
                           spent=f"{now['incubator']:,.0f}"))
        if now["vouchers"] > 0:
            lines.append(t("The voucher costs {spent} yuan a month: {vouchers} vouchers, one for each resident in "
                           "the age band who uses it.", lang, spent=f"{now['vouchers']:,.0f}",
                           vouchers=f"{now['vouchers_used']:,.0f}"))
        return lines

    def figure(self):
        """Month by month, the reference dashed and your contract solid: the quality of the hours, households
        served, households waiting and public spending."""
        return contract_figure(self.reference_model.monthly(), self.monthly, self.lang)


class VoucherLab:
    """Taicang's voucher on the district: contracts as in the voucher scenario (about 1 day-care centre in 8 run by
    a social organisation, `providers_per_centre_for`), and a monthly voucher for every resident from the age set,
    spent with the provider of their choice. Run against the same contracts without a voucher."""

    def __init__(self, lang: str | None = None, households: int = DISTRICT["households"],
                 months: int = DISTRICT["months"], seed: int = DISTRICT["seed"]):
        self.lang, self.district = lang or language(), dict(households=households, months=months, seed=seed)
        p = settings("voucher")
        self.per_centre = providers_per_centre_for(p["services.sector_mix.voucher"])
        self.amount = w.IntSlider(value=int(p["services.voucher.amount"]), min=0, max=200, step=10,
                                  description=t("Voucher, yuan a month", self.lang))
        self.age = w.IntSlider(value=int(p["services.voucher.age_from"]), min=60, max=95, step=5,
                               description=t("From age", self.lang))
        self.choice = w.FloatSlider(value=p["services.voucher.choice_sensitivity"], min=0, max=15, step=1,
                                    readout_format=".0f", description=t("How much residents weigh quality", self.lang))
        self.button = w.Button(description=t("Run", self.lang), button_style="primary")
        self.message = w.HTML()
        self.text = w.HTML()
        self.output = w.Output()
        self.button.on_click(self.run)
        self.without = finished(self._scenario(0, int(p["services.voucher.age_from"]), self.choice.value))
        self.model, self.users, self.choices, self.result = None, None, None, None
        self.widget = w.VBox([w.HBox([labelled(self.amount), labelled(self.age)]), labelled(self.choice),
                              w.HBox([self.button, self.message]), self.text, self.output])

    def _scenario(self, amount: float, age: int, sensitivity: float) -> Scenario:
        return scenario_for("voucher", {"services.providers_per_centre": self.per_centre,
                                        "services.voucher.amount": float(amount), "services.voucher.age_from": age,
                                        "services.voucher.choice_sensitivity": float(sensitivity)}, **self.district)

    def run(self, _button=None) -> None:
        self.model = finished(self._scenario(self.amount.value, self.age.value, self.choice.value))
        self.users, self.choices = voucher_users(self.model), voucher_choices(self.model)
        self.result = {"with": summary(self.model.monthly()), "without": summary(self.without.monthly())}
        self.message.value = ""
        self.text.value = paragraphs(self.explanation())
        show_figure(self.output, self.figure())

    def organisations_chosen(self) -> tuple[float, float]:
        """Social organisations' share of the providers of daily care, and of the households using a voucher."""
        return organisations_chosen(self.choices)

    def explanation(self) -> list[str]:
        lang, users, now, before = self.lang, self.users, self.result["with"], self.result["without"]
        lines = [t("{residents} residents are aged {age} and over, in {households} households; {using} households "
                   "use the voucher ({vouchers} vouchers).", lang, residents=f"{users['residents']:,}",
                   age=users["age_from"], households=f"{users['households']:,}", using=f"{users['using']:,}",
                   vouchers=f"{users['vouchers']:,}"),
                 t("The voucher is not means-tested: {assisted} of the households using it receive Dibao or "
                   "extreme-poor support ({district} of all households), and {poor} are poor before assistance "
                   "({district_poor} of all).", lang, assisted=f"{users['using_assisted']:.0%}",
                   district=f"{users['district_assisted']:.0%}", poor=f"{users['using_poor']:.0%}",
                   district_poor=f"{users['district_poor']:.0%}")]
        providers, chosen = self.organisations_chosen()
        if users["using"]:
            lines.append(t("Social organisations run {providers} of the providers of daily care and were chosen by "
                           "{chosen} of the households using a voucher.", lang, providers=f"{providers:.0%}",
                           chosen=f"{chosen:.0%}"))
        lines.append(t("With the voucher, providers deliver {hours} hours a month ({hours_before} without); the mean "
                       "quality of the hours is {quality} ({quality_before}); public money per hour {cost} yuan "
                       "({cost_before}); spending {spending} yuan a month ({spending_before}), of which vouchers "
                       "{vouchers}.", lang, hours=f"{now['hours']:,.0f}", hours_before=f"{before['hours']:,.0f}",
                       quality=f"{now['quality']:.2f}", quality_before=f"{before['quality']:.2f}",
                       cost=f"{now['cost_per_hour']:.1f}", cost_before=f"{before['cost_per_hour']:.1f}",
                       spending=f"{now['spending']:,.0f}", spending_before=f"{before['spending']:,.0f}",
                       vouchers=f"{now['vouchers']:,.0f}"))
        return lines

    def figure(self):
        """Who uses the voucher; which providers its holders choose, by quality; and spending with and without."""
        return voucher_figure(self.users, self.choices, self.result, self.lang)
