"""The community that manages enterprise retirees, and the staff who serve them.

After retirement, an enterprise retiree is managed by the community where they live rather than by the former work
unit (seeds 000, 001). A community here is its retirees counted by age band, with how many have a disability and
how many live alone: the groups a service item can be for. It is given, or made from the parameter file's typical
shares for a number of retirees.

The staff are posts (full-time equivalents, so 2.5 is two full-time workers and one half-time) with their pay and
hours, and the turnover the Hunan study names as a problem (seed 001): a worker who leaves leaves the post empty for
some months, and the newcomer delivers less while learning the job. In a steady state, with a share `turnover` of
the staff leaving each year,

    share of posts empty          = turnover x months_to_fill / 12
    share of posts held by a learner = turnover x training_months / 12
    effective staff               = posts x (1 - empty share - learner share x (1 - learner's productivity))
"""
from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulation.i18n import marked
from simulation.inputs.errors import InputError, Phrase

AGE_BANDS = ("aged_under_60", "aged_60_69", "aged_70_79", "aged_80_plus")
# Far above any community a street office manages, and finite, so that a typing slip is refused, not costed.
MAX_RETIREES = 1_000_000
MAX_POSTS = 100_000
MAX_MONTHS = 120  # months to fill a post or learn the job


class Community(BaseModel):
    model_config = ConfigDict(extra="forbid")
    aged_under_60: int = Field(0, ge=0)
    aged_60_69: int = Field(0, ge=0)
    aged_70_79: int = Field(0, ge=0)
    aged_80_plus: int = Field(0, ge=0)
    disabled: int = Field(0, ge=0)
    living_alone: int = Field(0, ge=0)

    @property
    def retirees(self) -> int:
        return sum(getattr(self, band) for band in AGE_BANDS)

    def people(self, target: str) -> int:
        """How many a service item for `target` serves; a community-wide item counts the community once."""
        return {"all": self.retirees, "aged_80_plus": self.aged_80_plus, "disabled": self.disabled,
                "living_alone": self.living_alone, "community": 1}[target]


class Staff(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    posts: float = Field(ge=0, le=MAX_POSTS)
    annual_wage: float = Field(ge=0)
    on_cost_share: float = Field(ge=0)
    working_hours_per_year: float = Field(gt=0)
    package_time_share: float = Field(gt=0, le=1)
    turnover_rate: float = Field(0.0, ge=0)
    months_to_fill: float = Field(0.0, ge=0, le=MAX_MONTHS)
    training_months: float = Field(0.0, ge=0, le=MAX_MONTHS)
    training_productivity: float = Field(1.0, ge=0, le=1)

    @property
    def service_hours_per_worker(self) -> float:
        """Hours a year one full-time worker gives to the package's items."""
        return self.working_hours_per_year * self.package_time_share

    @property
    def cost_per_worker(self) -> float:
        """What one filled full-time post costs a year: pay and the employer's contributions."""
        return self.annual_wage * (1 + self.on_cost_share)

    @property
    def vacancy_rate(self) -> float:
        return min(1.0, self.turnover_rate * self.months_to_fill / 12)

    @property
    def learner_share(self) -> float:
        """Share of posts held by someone still learning the job (only filled posts can be)."""
        return min(self.turnover_rate * self.training_months / 12, 1 - self.vacancy_rate)

    @property
    def effective_share(self) -> float:
        """Full-time workers' output per post, once empty posts and learners are counted."""
        return 1 - self.vacancy_rate - self.learner_share * (1 - self.training_productivity)

    @property
    def effective(self) -> float:
        return self.posts * self.effective_share

    @property
    def paid(self) -> float:
        """Posts paid for: the filled ones (a learner is paid in full)."""
        return self.posts * (1 - self.vacancy_rate)


# What each entry allows, said the way a person would read it (marked, so the package builder can show it in Chinese).
COMMUNITY_ALLOWED = {field: marked("a whole number of people, 0 or more") for field in Community.model_fields}
STAFF_ALLOWED = {
    "posts": marked("a number of full-time posts from 0 to 100,000 (e.g. 2.5)"),
    "annual_wage": marked("yuan a year, 0 or more"),
    "on_cost_share": marked("a share of pay, 0 or more (e.g. 0.35)"),
    "working_hours_per_year": marked("a number of hours above 0"),
    "package_time_share": marked("a share above 0 and at most 1"),
    "turnover_rate": marked("a share of staff leaving a year, 0 or more (e.g. 0.25)"),
    "months_to_fill": marked("a number of months from 0 to 120"),
    "training_months": marked("a number of months from 0 to 120"),
    "training_productivity": marked("a share from 0 to 1"),
}


def community(where: str = Phrase("community"), **counts) -> Community:
    """A community from its counts: community(aged_60_69=700, aged_80_plus=300, disabled=50, living_alone=80)."""
    made = _checked(Community, counts, where, COMMUNITY_ALLOWED)
    if made.retirees < 1:
        raise InputError(where, "retirees", made.retirees, marked("at least 1 retiree in the age bands"))
    for group in ("disabled", "living_alone"):
        if getattr(made, group) > made.retirees:
            raise InputError(where, group, getattr(made, group), "at most the {retirees} retirees",
                             retirees=made.retirees)
    return made


def typical_community(retirees, p: dict, where: str = Phrase("community")) -> Community:
    """A community of `retirees` with the parameter file's typical age mix and shares disabled and living alone.
    Counts are rounded so the age bands add up to `retirees` exactly (largest remainders)."""
    if isinstance(retirees, bool) or not isinstance(retirees, int) or not 1 <= retirees <= MAX_RETIREES:
        raise InputError(where, "retirees", retirees, marked("a whole number from 1 to 1,000,000"))
    exact = [retirees * share for share in p["retiree_service.community.age_shares"]]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda band: counts[band] - exact[band])
    for band in by_remainder[:retirees - sum(counts)]:
        counts[band] += 1
    return community(where, **dict(zip(AGE_BANDS, counts)),
                     disabled=_round(retirees * p["retiree_service.community.disabled_share"]),
                     living_alone=_round(retirees * p["retiree_service.community.living_alone_share"]))


def typical_staff(posts, p: dict, where: str = Phrase("staff"), **changes) -> Staff:
    """Staff of `posts` full-time posts on the parameter file's pay, hours and turnover; `changes` override any
    of them (e.g. turnover_rate=0.5)."""
    terms = {field: p[f"retiree_service.staff.{field}"] for field in Staff.model_fields if field != "posts"}
    return _checked(Staff, {**terms, "posts": posts, **changes}, where, STAFF_ALLOWED)


def _round(x: float) -> int:
    return math.floor(x + 0.5)  # half up, as people round counts


def _checked(model: type[BaseModel], data: dict, where: str, allowed: dict[str, str]):
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        text = (Phrase("one of: {names}", names=", ".join(model.model_fields)) if first["type"] == "extra_forbidden"
                else allowed.get(field, first["msg"]))
        raise InputError(where, field, first.get("input"), text) from None
