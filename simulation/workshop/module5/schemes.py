"""The seven EU schemes side by side with Dachuan's Dibao, where each figure comes from, and what a level carried
over at the exchange rate would be (what not to do)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from simulation.i18n import language, marked, t
from simulation.inputs import datasets
from simulation.inputs.parameters import load_parameters
from simulation.rules import eu_pack, minimum_income

LOCALITY, START = "dachuan", dt.date(2019, 1, 1)
COUNTRIES = eu_pack.COUNTRIES
LEVELS = tuple(minimum_income.LEVELS)  # relative_to_standard, share_of_median
COUNTRY_NAMES = {
    "germany": marked("Germany"), "france": marked("France"), "poland": marked("Poland"),
    "finland": marked("Finland"), "sweden": marked("Sweden"), "netherlands": marked("Netherlands"),
    "italy": marked("Italy"),
}
DIBAO_BODY = marked("the town and street service centres; the district civil-affairs bureau decides")


def settings(locality: str = LOCALITY, date: dt.date = START) -> dict:
    """Every parameter in force in the locality on the date, the EU rule packs included."""
    return load_parameters(locality).at(date)


# ---- the schemes side by side ---------------------------------------------------------------------------------
def schemes_frame(p: dict | None = None) -> pd.DataFrame:
    """One row per EU scheme, the figures of its pack: level for a single adult at home and its share of the
    country's median income, weights, the level of a couple with two children in single adults, the share of the gap
    paid, the earnings disregard, the asset limit, the category test, activation and sanctions, the published
    non-take-up (NaN where the sources have none) and whether the median is an assumption."""
    p = p or settings()
    parameters = load_parameters(LOCALITY)
    rows = []
    for country in COUNTRIES:
        pack = f"eu.{country}"
        value = lambda name: p[f"{pack}.{name}"]  # noqa: E731
        rows.append(dict(
            scheme=country, currency=eu_pack.CURRENCY[country], level=value("level.single"),
            median=value("median_income"), share_of_median=value("level.single") / value("median_income"),
            weight_first=value("weight.first_in_family"), weight_adult=value("weight.adult"),
            weight_child=value("weight.child"),
            family_of_four=value("weight.first_in_family") + value("weight.adult") + 2 * value("weight.child"),
            top_up_share=value("top_up_share"), disregard_base=value("disregard.base"),
            disregard_share=value("disregard.share"), disregard_cap=value("disregard.cap"),
            asset_limit=value("asset_limit"), category_test=value("category_test"),
            referral_share=value("activation.referral_share"), sanction_rate=value("activation.sanction_rate"),
            sanction_cut=value("activation.sanction_cut"), non_take_up=p.get(f"{pack}.non_take_up", np.nan),
            median_assumed=parameters.dated_value(f"{pack}.median_income", START).status == "assumption",
        ))
    return pd.DataFrame(rows).set_index("scheme")


def dibao_shares(p: dict | None = None) -> dict[str, float]:
    """Dachuan's Dibao standard as a share of the local median income per person, urban and rural."""
    p = p or settings()
    return {area: p[f"dibao.standard.{area}"] / p[f"income.median.{area}"] for area in ("urban", "rural")}


def _disregard_words(row, lang: str) -> str:
    currency = row["currency"]
    if row["disregard_share"] == 0 and row["disregard_base"] == 0:
        return t("none: earnings count in full", lang)
    if row["disregard_base"] > 0:
        return t("the first {base} {currency}, then {share} of the rest, at most {cap} {currency}", lang,
                 base=f"{row['disregard_base']:,.0f}", share=f"{row['disregard_share']:.0%}",
                 cap=f"{row['disregard_cap']:,.0f}", currency=currency)
    return t("{share} of earnings, at most {cap} {currency}", lang, share=f"{row['disregard_share']:.0%}",
             cap=f"{row['disregard_cap']:,.0f}", currency=currency)


# The rows of `schemes_table`: what is compared, in the order a practitioner reads it.
SCHEME_ROWS = {
    "scheme": marked("scheme"), "body": marked("run by"), "level": marked("a single adult, a month, at home"),
    "share": marked("share of the country's median income"), "weights": marked("each further adult, each child"),
    "family": marked("a couple with two children, in single adults"), "earnings": marked("earnings not counted"),
    "assets": marked("assets a single adult may keep"), "who": marked("who can claim"),
    "paid": marked("share of the gap paid"), "activation": marked("activation and sanctions"),
    "non_take_up": marked("entitled but not claiming (published)"),
}


def schemes_table(lang: str | None = None, p: dict | None = None) -> pd.DataFrame:
    """The seven schemes and Dachuan's Dibao as a practitioner reads them: one column each (headed by the country),
    one row for each feature. A share of the median marked * rests on an assumed median (see `sources_table`)."""
    lang, p = lang or language(), p or settings()
    frame = schemes_frame(p)
    heads = {key: t(text, lang) for key, text in SCHEME_ROWS.items()}
    rows = []
    for country, row in frame.iterrows():
        rows.append({
            heads["scheme"]: t(eu_pack.SCHEME_NAMES[country], lang),
            heads["body"]: t(eu_pack.DELIVERY_BODIES[country], lang),
            heads["level"]: f"{row['level']:,.0f} {row['currency']}",
            heads["share"]: f"{row['share_of_median']:.0%}" + (" *" if row["median_assumed"] else ""),
            heads["weights"]: f"{row['weight_adult']:.2f}, {row['weight_child']:.2f}",
            heads["family"]: f"{row['family_of_four']:.2f}",
            heads["earnings"]: _disregard_words(row, lang),
            heads["assets"]: (t("no ceiling", lang) if np.isinf(row["asset_limit"])
                              else f"{row['asset_limit']:,.0f} {row['currency']}"),
            heads["who"]: (t("households with a child, a disabled member or one aged 60 or over", lang)
                           if row["category_test"] else t("anyone in need", lang)),
            heads["paid"]: f"{row['top_up_share']:.0%}",
            heads["activation"]: t("{referral} of recipients able to work sent to activation; {rate} sanctioned a "
                                   "year, {cut} of the benefit withheld", lang,
                                   referral=f"{row['referral_share']:.0%}", rate=f"{row['sanction_rate']:.1%}",
                                   cut=f"{row['sanction_cut']:.0%}"),
            heads["non_take_up"]: (t("no estimate in the sources", lang) if np.isnan(row["non_take_up"])
                                   else f"{row['non_take_up']:.0%}"),
        })
    shares = dibao_shares(p)
    rows.append({
        heads["scheme"]: t("Dibao, Dachuan 2019", lang), heads["body"]: t(DIBAO_BODY, lang),
        heads["level"]: t("{urban} yuan urban, {rural} rural", lang, urban=f"{p['dibao.standard.urban']:,.0f}",
                          rural=f"{p['dibao.standard.rural']:,.0f}"),
        heads["share"]: t("{urban} urban, {rural} rural", lang, urban=f"{shares['urban']:.0%}",
                          rural=f"{shares['rural']:.0%}"),
        heads["weights"]: "1.00, 1.00",
        heads["family"]: t("4.00, and supplements for children", lang),
        heads["earnings"]: t("none: earnings count in full", lang),
        heads["assets"]: t("{months} months of the standard a person", lang,
                           months=f"{p['dibao.asset_limit_months']:g}"),
        heads["who"]: t("anyone in need", lang),
        heads["paid"]: "100%",
        heads["activation"]: t("none in 2019", lang),
        heads["non_take_up"]: t("no estimate in the sources", lang),
    })
    columns = [t(COUNTRY_NAMES[country], lang) for country in frame.index] + [t("Dibao", lang)]
    return pd.DataFrame(rows, index=columns).T


SOURCE_COLUMNS = (marked("where"), marked("figure"), marked("value"), marked("status"), marked("source"))
STATUS_WORDS = {"verified": marked("verified"), "verified-partial": marked("verified (part of a year)"),
                "derived": marked("derived"), "assumption": marked("assumption")}


def sources_table(lang: str | None = None) -> pd.DataFrame:
    """Where the figures of the side-by-side chart come from: each scheme's level, median income and published
    non-take-up, and Dachuan's standards and median incomes, with the status of each figure and its source (id and
    title), or, for an assumption, the parameter whose note gives the reason (`carelab parameters` shows it)."""
    lang = lang or language()
    parameters, p = load_parameters(LOCALITY), settings()
    figures = [(country, "level.single", marked("a single adult's level")) for country in COUNTRIES]
    figures += [(country, "median_income", marked("median income")) for country in COUNTRIES]
    figures += [(country, "non_take_up", marked("non-take-up")) for country in COUNTRIES
                if f"eu.{country}.non_take_up" in p]
    rows = []
    for country, setting, figure in figures:
        name = f"eu.{country}.{setting}"
        unit = "" if setting == "non_take_up" else f" {eu_pack.CURRENCY[country]}"
        value = f"{p[name]:.0%}" if setting == "non_take_up" else f"{p[name]:,.2f}{unit}"
        rows.append(_source_row(t(COUNTRY_NAMES[country], lang), t(figure, lang), value, name, parameters, lang))
    for area in ("urban", "rural"):
        for name, figure in ((f"dibao.standard.{area}", marked("Dibao standard, {area}")),
                             (f"income.median.{area}", marked("median income per person, {area}"))):
            rows.append(_source_row(t("Dachuan", lang), t(figure, lang, area=t(area, lang)),
                                    f"{p[name]:,.1f} {t('yuan', lang)}", name, parameters, lang))
    return pd.DataFrame(rows, columns=[t(c, lang) for c in SOURCE_COLUMNS])


def _source_row(where: str, figure: str, value: str, name: str, parameters, lang: str) -> list[str]:
    dated = parameters.dated_value(name, START)
    if dated.source:
        source = "; ".join(f"{sid}: {datasets.source_title(sid)}" for sid in dated.source.split(";"))
    else:
        source = t("see the note of {parameter}", lang, parameter=name)
    return [where, figure, value, t(STATUS_WORDS[dated.status], lang), source]


# ---- what a bare exchange rate would say ---------------------------------------------------------------------------
def yuan_per_unit(currency: str) -> tuple[float, str]:
    """The yuan one unit of the currency bought, and the day (datasets/exchange_rates.csv)."""
    table = datasets.load_table("exchange_rates")
    row = table[(table["currency"] == currency) & (table["indicator"] == "yuan per unit of the currency")].iloc[-1]
    return float(row["value"]), row["date"]


def exchange_rate_view(scheme: str, area: str = "urban", p: dict | None = None) -> dict:
    """A single adult's level under the scheme, brought to Dachuan three ways: at the exchange rate (what not to
    do), at the same share of the local median income, and at the local Dibao standard; with the local median and
    standard to read them against."""
    p = p or settings()
    pack = f"eu.{scheme}"
    rate, day = yuan_per_unit(eu_pack.CURRENCY[scheme])
    home, median_home = p[f"{pack}.level.single"], p[f"{pack}.median_income"]
    median_here, standard = p[f"income.median.{area}"], p[f"dibao.standard.{area}"]
    return dict(scheme=scheme, area=area, currency=eu_pack.CURRENCY[scheme], level_home=home, rate=rate,
                rate_date=day, at_exchange_rate=home * rate, share_at_home=home / median_home,
                share_of_median=home / median_home * median_here, relative_to_standard=standard,
                median_here=median_here, standard=standard)


def exchange_rate_lines(scheme: str, area: str = "urban", lang: str | None = None) -> list[str]:
    lang = lang or language()
    view = exchange_rate_view(scheme, area)
    area_words = t(area, lang)
    return [
        t("At the exchange rate of {date} ({rate} yuan for one {currency}), the {level} {currency} a single adult "
          "gets under {scheme} would be {yuan} yuan a month here: {times_median} times the {area} median income "
          "per person ({median} yuan) and {times_standard} times the {area} Dibao standard ({standard} yuan).", lang,
          date=view["rate_date"], rate=f"{view['rate']:.4g}", currency=view["currency"],
          level=f"{view['level_home']:,.0f}", scheme=t(eu_pack.SCHEME_NAMES[scheme], lang),
          yuan=f"{view['at_exchange_rate']:,.0f}", times_median=f"{view['at_exchange_rate'] / view['median_here']:.1f}",
          area=area_words, median=f"{view['median_here']:,.0f}",
          times_standard=f"{view['at_exchange_rate'] / view['standard']:.1f}", standard=f"{view['standard']:,.0f}"),
        t("Carried over at the share of the median income it has at home ({share}), it is {level} yuan; at the "
          "local standard, {standard} yuan.", lang, share=f"{view['share_at_home']:.0%}",
          level=f"{view['share_of_median']:,.0f}", standard=f"{view['relative_to_standard']:,.0f}"),
    ]
