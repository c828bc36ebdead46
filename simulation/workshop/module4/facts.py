"""The figures behind module 4's purchasing models: purchasing abroad and in China (datasets/gov_purchase_services.csv),
and Taicang's voucher and contracted day-care centres (seed 002, as the parameter file holds them)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from simulation.i18n import language, marked, t
from simulation.inputs.datasets import load_table
from simulation.inputs.parameters import load_parameters
from simulation.services.provider import SECTORS
from simulation.workshop.module4.analysis import scenario_for

# Rows of datasets/gov_purchase_services.csv (country, item, year), what they say, and how their value reads.
FACTS = [
    ("USA", "nonprofits with government contracts/grants", "2012",
     marked("USA: nonprofits holding government contracts or grants"), marked("{value} organisations")),
    ("USA", "value of government contracts/grants to nonprofits", "2012",
     marked("USA: what those contracts and grants were worth"), marked("{value} billion US dollars")),
    ("France", "public funding share of resources, social action & health associations", "2006",
     marked("France: share of social-action and health associations' resources from public money"),
     marked("{value}%")),
    ("Singapore", "Family Service Centres", "2019",
     marked("Singapore: Family Service Centres, run by voluntary welfare organisations"), marked("{value} centres")),
    ("China", "central finance support for social organisations in social services", "2012-2017",
     marked("China: central money for social organisations' social services"), marked("{value} million yuan a year")),
    ("China", "projects funded (central programme)", "2022",
     marked("China: projects funded by that central programme"), marked("{value} projects")),
    ("China", "government procurement of services (all types)", "2020",
     marked("China: government purchase of services of all kinds"), marked("{value} billion yuan")),
]


def _number(text: str) -> str:
    value = float(text)
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def facts_table(lang: str | None = None) -> pd.DataFrame:
    """The figures behind the models: purchasing abroad and in China (datasets/gov_purchase_services.csv), and
    Taicang's voucher and contracted day-care centres (seed 002, as the parameter file holds them), each with its
    year and source id (datasets/sources.csv)."""
    lang = lang or language()
    table = load_table("gov_purchase_services")
    rows = []
    for country, item, year, label, unit in FACTS:
        row = table[(table["country"] == country) & (table["item"] == item) & (table["year"] == year)].iloc[0]
        rows.append((t(label, lang), t(unit, lang, value=_number(row["value"])), row["year"], row["source_id"]))
    scenario = scenario_for("voucher")
    parameter_set = load_parameters(scenario.locality)
    p = parameter_set.at(scenario.start, scenario.run_parameters)
    contracted = np.asarray(p["services.sector_mix.voucher"], float)
    for name, label, value in (
            ("services.voucher.amount", marked("Taicang: service voucher for each older resident"),
             t("{value} yuan a month", lang, value=f"{p['services.voucher.amount']:g}")),
            ("services.voucher.age_from", marked("Taicang: the voucher's age band"),
             t("{value} and over", lang, value=p["services.voucher.age_from"])),
            ("services.sector_mix.voucher", marked("Taicang: day-care centres run by social organisations under "
                                                   "contract"),
             t("{share} (more than 10 of about 80)", lang,
               share=f"{contracted[SECTORS.index('non_profit')] / contracted.sum():.1%}"))):
        source = parameter_set.dated_value(name, scenario.start).source
        rows.append((t(label, lang), value, t("c. 2016", lang), source))
    return pd.DataFrame(rows, columns=[t("figure", lang), t("value", lang), t("year", lang), t("source", lang)])
