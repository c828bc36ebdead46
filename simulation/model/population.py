"""The synthetic district: households and their members as numpy columns.

Households and persons are two tables. Persons are stored sorted by household, so a household's members are
one contiguous slice and per-household sums are one `np.bincount`. Nothing here loops over households.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from simulation.model import economy

AGE_BANDS_DEFAULT = (0, 16, 60, 80)
NO_DISABILITY, DISABLED, SEVERELY_DISABLED = 0, 1, 2


@dataclass
class Persons:
    household: np.ndarray       # int32, index into Households, sorted
    age: np.ndarray             # int16, years
    alive: np.ndarray           # bool
    disability: np.ndarray      # int8: NO_DISABILITY, DISABLED, SEVERELY_DISABLED
    chronic: np.ndarray         # bool, chronic illness
    employed: np.ndarray        # bool
    months_jobless: np.ndarray  # int16, length of the current spell without work
    earnings_level: np.ndarray  # float64, yuan/month when in work, before the household's income shock
    pension: np.ndarray         # float64, yuan/month
    pension_scheme: np.ndarray  # int8: economy.NO_PENSION, RESIDENT_PENSION or EMPLOYEE_PENSION

    def __len__(self) -> int:
        return len(self.household)

    def select(self, index) -> Persons:
        return Persons(**{f.name: getattr(self, f.name)[index] for f in fields(self)})


@dataclass
class Households:
    urban: np.ndarray           # bool; False = rural
    poor_area: np.ndarray       # bool, in one of the countryside's poor areas (never urban)
    local_hukou: np.ndarray     # bool; False = migrant without local registration
    centre: np.ndarray          # int16, the street/town service centre
    assets: np.ndarray          # float64, yuan
    medical_debt: np.ndarray    # float64, out-of-pocket medical costs still being repaid, yuan
    family_elsewhere: np.ndarray  # bool, has family elsewhere obliged to support it
    remittances: np.ndarray     # float64, yuan/month from family members working elsewhere
    earnings_shock: np.ndarray  # float32, log deviation of the household's earnings this month (shared by its workers)
    aware: np.ndarray           # bool, knows Dibao exists and how to apply

    def __len__(self) -> int:
        return len(self.urban)


def band_of(age: np.ndarray, bands) -> np.ndarray:
    """Index of the age band each age falls in (bands are lower bounds, the first is 0)."""
    return np.searchsorted(np.asarray(bands), age, side="right") - 1


def lives_stream(seed) -> np.random.Generator:
    """The random stream of households' lives: the district drawn at the start and every month's life events.

    It is the seed's first child stream, apart from the model's other random numbers (casework's draws,
    `draws.HouseholdDraws`, and `model.rng`), so two scenarios run with the same seed face the same households
    with the same life events (common random numbers) however differently their casework goes, as long as the
    reform does not change lives itself. That is what lets a comparison count gainers and losers household by
    household."""
    return np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])


def generate(n_households: int, p: dict, rng: np.random.Generator) -> tuple[Households, Persons]:
    """A district of `n_households` drawn from the population parameters `p` (values in force at the start)."""
    shares = np.asarray(p["population.household_size_shares"], dtype=float)
    sizes = rng.choice(np.arange(1, len(shares) + 1), size=n_households, p=shares / shares.sum())
    urban = rng.random(n_households) < p["population.urban_share"]
    poor_area = ~urban & (rng.random(n_households) < p["population.poor_areas_share"])
    persons, away = _members(sizes, urban, poor_area, p, rng)
    # Members working elsewhere are family elsewhere, obliged to support those at home.
    family_elsewhere = (rng.random(n_households) < p["population.family_elsewhere_share"]) | (away > 0)
    households = Households(
        urban=urban,
        poor_area=poor_area,
        local_hukou=rng.random(n_households) >= p["population.migrant_share"],
        centre=_assign_centres(urban, p, rng),
        assets=np.zeros(n_households),
        medical_debt=np.zeros(n_households),
        family_elsewhere=family_elsewhere,
        remittances=np.where(
            family_elsewhere & (rng.random(n_households) < np.where(urban, p["population.remittance_share.urban"],
                                                p["population.remittance_share.rural"])),
            economy.remittance_median(p, urban, poor_area)
            * rng.lognormal(0.0, p["population.earnings_spread"], n_households),
            0.0),
        aware=rng.random(n_households) < p["application.awareness"],
        earnings_shock=np.zeros(n_households, np.float32),
    )
    monthly_income = households.remittances + np.bincount(
        persons.household, persons.earnings_level * persons.employed + persons.pension, minlength=n_households)
    households.assets = monthly_income * p["population.assets_months"] * rng.lognormal(0.0, 1.0, n_households)
    return households, persons


def centre_counts(n_households: int, p: dict) -> tuple[int, int]:
    """Street and town centres for a district of this size: all of them for the real district, proportionally
    fewer for a smaller sample of it, and always at least one of each."""
    scale = min(1.0, n_households / p["casework.district_households"])
    streets = max(1, round(int(p["casework.street_centres"]) * scale))
    towns = max(1, round((int(p["casework.centres"]) - int(p["casework.street_centres"])) * scale))
    return streets, towns


def _assign_centres(urban: np.ndarray, p: dict, rng: np.random.Generator) -> np.ndarray:
    # Urban households belong to street centres, rural ones to town centres, each spread evenly.
    streets, towns = centre_counts(len(urban), p)
    centre = np.where(urban, rng.integers(0, streets, len(urban)), streets + rng.integers(0, towns, len(urban)))
    return centre.astype(np.int16)


def _members(sizes: np.ndarray, urban_household: np.ndarray, poor_area_household: np.ndarray, p: dict,
             rng: np.random.Generator) -> tuple[Persons, np.ndarray]:
    """The members living at home, and how many members of each household of working age live and work elsewhere."""
    n = int(sizes.sum())
    household = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
    first = np.cumsum(sizes) - sizes
    rank = np.arange(n) - np.repeat(first, sizes)  # 0 = head, 1 = spouse, 2+ = children, parents, grandchildren

    # The head's age sets the household's generation; a spouse is of similar age. The third member is a child (a
    # grandchild if the head is 70 or over); in a younger head's household the fourth and fifth are the head's
    # parents (the three-generation home of one child, two parents and two grandparents); further members are
    # children, or grandchildren in older households.
    low, high = p["population.head_age_range"]
    head_age = low + np.floor((high - low + 1) * rng.beta(*p["population.head_age_shape"], len(sizes))).astype(int)
    head = np.repeat(head_age, sizes)
    parents = ((rank == 3) | (rank == 4)) & (head < 55)
    generations = 1 + (((rank >= 3) & (head >= 55)) | (head >= 70))
    age = np.where(rank == 0, head,
                   np.where(rank == 1, head + rng.normal(0, 3, n).round(),
                            np.where(parents, head + rng.integers(22, 33, n),
                                     head - generations * rng.integers(22, 33, n))))
    age = np.clip(age, 0, 100).astype(np.int16)

    # Working-age members other than the head may live and work elsewhere (migrant workers); they are not part
    # of the household the means test looks at.
    bands = p.get("population.age_bands", AGE_BANDS_DEFAULT)
    urban, poor_area = np.repeat(urban_household, sizes), np.repeat(poor_area_household, sizes)
    away_share = np.where(urban, p["population.working_age_away.urban"], p["population.working_age_away.rural"])
    away = (rank > 0) & (age >= bands[1]) & (age < bands[2]) & (rng.random(n) < away_share)
    away_count = np.bincount(household[away], minlength=len(sizes))
    household, age, urban, poor_area = household[~away], age[~away], urban[~away], poor_area[~away]
    n = int(np.count_nonzero(~away))

    band = band_of(age, bands)
    disabled = rng.random(n) < np.asarray(p["population.disability_by_age"])[band]
    severe = disabled & (rng.random(n) < p["population.severe_disability_share"])
    disability = np.where(severe, SEVERELY_DISABLED, np.where(disabled, DISABLED, NO_DISABILITY)).astype(np.int8)
    chronic = rng.random(n) < np.asarray(p["population.chronic_illness_by_age"])[band]

    working_age = (age >= bands[1]) & (age < bands[2])
    # Older people work too, above all in the countryside, where most have no pension to retire on and farm on. Their
    # share is of all older people, the disabled among them, so only a severe disability rules it out.
    in_work_share = np.where(working_age, employment_rate(urban, p) * work_capacity(disability, p),
                             (age >= bands[2]) * older_people_working(urban, p) * (disability != SEVERELY_DISABLED))
    employed = rng.random(n) < in_work_share
    earnings_level = (economy.earnings_median(p, urban, poor_area) * earnings_capacity(disability, p)
                      * rng.lognormal(0.0, p["population.earnings_spread"], n))
    months_jobless = np.where(working_age & ~employed,
                              rng.integers(0, int(p["population.initial_jobless_months_max"]) + 1, n), 0)

    pension_scheme = pension_schemes(age >= bands[2], urban, p, rng)
    employee_pension = economy.employee_pension_median(p) * rng.lognormal(0.0, p["population.pension_spread"], n)
    pension = np.select([pension_scheme == economy.EMPLOYEE_PENSION, pension_scheme == economy.RESIDENT_PENSION],
                        [employee_pension, economy.resident_pension(p)], 0.0)
    return Persons(
        household=household, age=age, alive=np.ones(n, bool), disability=disability, chronic=chronic,
        employed=employed, months_jobless=months_jobless.astype(np.int16), earnings_level=earnings_level,
        pension=pension, pension_scheme=pension_scheme,
    ), away_count


def employment_rate(urban, p: dict):
    """Share of people of working age in work, where they live."""
    return np.where(urban, p["population.employment_rate.urban"], p["population.employment_rate.rural"])


def older_people_working(urban, p: dict):
    """Share of people aged 60 or over who still work, where they live (`population.older_people_working.*`)."""
    return np.where(urban, p["population.older_people_working.urban"], p["population.older_people_working.rural"])


def staying_in_work_at_60(urban, p: dict):
    """Chance that someone in work on turning 60 stays in work: of those in work at 59 (about the area's employment
    rate), as many as the share of older people in work where they live."""
    return older_people_working(urban, p) / employment_rate(urban, p)


def work_capacity(disability: np.ndarray, p: dict) -> np.ndarray:
    """How likely a person is to be in work, or to find it, relative to others of working age: a severe
    disability rules work out, a lighter one makes it rarer."""
    return np.select([disability == SEVERELY_DISABLED, disability == DISABLED],
                     [0.0, p["population.disabled_work_factor"]], 1.0)


def earnings_capacity(disability: np.ndarray, p: dict) -> np.ndarray:
    """What a person earns when in work, relative to others: fewer hours, lower-paid jobs."""
    return np.where(disability == NO_DISABILITY, 1.0, p["population.disabled_earnings_factor"])


def pension_schemes(old: np.ndarray, urban: np.ndarray, p: dict, rng: np.random.Generator) -> np.ndarray:
    """Which pension each of these people draws: an employee pension for those covered, else the resident
    pension where its roll-out has reached them, else none."""
    coverage = np.where(urban, p["population.pension_coverage.urban"], p["population.pension_coverage.rural"])
    draw = rng.random(len(old))
    scheme = np.where(draw < coverage, economy.EMPLOYEE_PENSION,
                      np.where(draw < coverage + (1 - coverage) * p["population.resident_pension.coverage"],
                               economy.RESIDENT_PENSION, economy.NO_PENSION))
    return np.where(old, scheme, economy.NO_PENSION).astype(np.int8)
