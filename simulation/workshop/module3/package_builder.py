"""The service-package builder of module 3: a community's enterprise retirees, its staff and their turnover, and the
standard package; change any of them and see the cost, the coverage and what is cut first
(`simulation.retirees` holds the rules).

Like the other workshop widgets, the logic and the last result live on the object, so it can be tested by calling
`set` and `set_item` in plain pytest; a notebook only displays `.widget`. ipywidgets is imported only when `.widget`
is first used. Bad entries never raise: a plain message appears beside the widget and the last good result stays.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from simulation.i18n import language, t
from simulation.inputs.errors import InputError, UserError
from simulation.reports.retirees import coverage_figure, explain, item_table
from simulation.retirees.community import typical_community, typical_staff
from simulation.retirees.costing import PackageResult, build_package, posts_at_ratio
from simulation.retirees.service_package import STANDARD_PACKAGE, STUDY_DATE, ServicePackage, load_package, settings
from simulation.workshop.shared.display import in_red, paragraphs

# The entries a trainer can change, and the staff term each one sets.
STAFF_TERMS = {"turnover": "turnover_rate", "months_to_fill": "months_to_fill", "training_months": "training_months"}
ITEM_FIELDS = ("times_per_year", "staff_minutes")


def _labels(lang: str) -> dict[str, str]:
    """What each entry is called beside the widget (the inputs' own field names included, for messages)."""
    return {"retirees": t("Retirees", lang), "staff": t("Staff posts", lang), "posts": t("Staff posts", lang),
            "turnover": t("Turnover a year", lang), "turnover_rate": t("Turnover a year", lang),
            "months_to_fill": t("Months to fill a post", lang), "training_months": t("Months to learn the job", lang),
            "times_per_year": t("Times a year", lang), "staff_minutes": t("Staff minutes", lang)}


class PackageBuilder:
    """Set the community and staff with `set(retirees=..., staff=..., turnover=..., months_to_fill=...,
    training_months=...)` and change an item with `set_item(item_id, times_per_year=..., staff_minutes=...)`;
    `result`, `explanation` and `table` show the last good answer, `message` why an entry was refused."""

    def __init__(self, lang: str | None = None, package: str | Path | ServicePackage = STANDARD_PACKAGE,
                 retirees: int = 1_000, staff: float | None = None, locality: str = "national",
                 date: dt.date = STUDY_DATE):
        self.lang = lang or language()
        self.p = settings(locality, date)
        self.package = package if isinstance(package, ServicePackage) else load_package(package)
        self.values = {"retirees": retirees,
                       "staff": staff if staff is not None else posts_at_ratio(retirees, self.p),
                       **{entry: self.p[f"retiree_service.staff.{term}"] for entry, term in STAFF_TERMS.items()}}
        self.result: PackageResult | None = None
        self.message = ""
        self._controls = None
        if not self._compute(self.package, self.values):
            raise UserError(self.message)

    # ---- logic ------------------------------------------------------------------------------------------------
    def set(self, **values) -> bool:
        """Change entries; True if the result was recomputed, False (with `message`) if an entry was refused."""
        for name in values:
            if name not in self.values:
                return self._refuse(InputError(t("Package builder", self.lang), name, values[name],
                                               "one of: {names}", names=", ".join(self.values)))
        return self._compute(self.package, {**self.values, **values})

    def set_item(self, item_id: str, **fields) -> bool:
        """Change an item's fields (e.g. staff_minutes=30); the package is checked again as a whole."""
        try:
            package = self.package.changed(item_id, t("service package", self.lang), **fields)
        except InputError as err:
            return self._refuse(err, item_id)
        return self._compute(package, self.values)

    @property
    def explanation(self) -> list[str]:
        return explain(self.result, self.lang)

    @property
    def table(self) -> pd.DataFrame:
        return item_table(self.result, self.lang)

    def figure(self):
        return coverage_figure(self.result, self.lang)

    def _compute(self, package: ServicePackage, values: dict) -> bool:
        where = t("Package builder", self.lang)
        changes = {term: values[entry] for entry, term in STAFF_TERMS.items()}
        try:
            community = typical_community(values["retirees"], self.p, where)
            staff = typical_staff(values["staff"], self.p, where, **changes)
        except UserError as err:
            return self._refuse(err)
        self.package, self.values = package, values
        self.result = build_package(package, community, staff, self.p)
        self.message = ""
        self._show()
        return True

    def _refuse(self, err: UserError, item_id: str | None = None) -> bool:
        """Say plainly which entry cannot be used and what it takes; keep the last good result."""
        if isinstance(err, InputError):
            field = _labels(self.lang).get(err.field, err.field)
            if item_id is not None and item_id in {item.id for item in self.package.items}:
                field = f"{self.package.item(item_id).label(self.lang)} – {field}"
            self.message = t("{field}: “{value}” cannot be used; please enter {allowed}.", self.lang,
                             field=field, value=err.value, allowed=err.allowed.in_language(self.lang))
        else:
            self.message = str(err)
        self._show()
        return False

    # ---- the widget -------------------------------------------------------------------------------------------
    @property
    def widget(self):
        """The notebook's view: entries for the community, the staff and one item, the explanation, the item table
        and the coverage chart. Built on first use."""
        if self._controls is None:
            self._controls = self._build()
            self._show()
        return self._controls["box"]

    def _build(self) -> dict:
        import ipywidgets as w

        from simulation.workshop.shared.controls import labelled

        labels = _labels(self.lang)
        entries = {
            "retirees": w.IntText(value=self.values["retirees"], description=labels["retirees"]),
            "staff": w.FloatText(value=round(self.values["staff"], 2), step=0.5, description=labels["staff"]),
            "turnover": w.FloatText(value=self.values["turnover"], step=0.05, description=labels["turnover"]),
            "months_to_fill": w.FloatText(value=self.values["months_to_fill"], description=labels["months_to_fill"]),
            "training_months": w.FloatText(value=self.values["training_months"],
                                           description=labels["training_months"]),
        }
        for name, entry in entries.items():
            entry.observe(lambda change, name=name: self.set(**{name: change["new"]}), names="value")
        item = w.Dropdown(options=[(i.label(self.lang), i.id) for i in self.package.items],
                          description=t("Item", self.lang))
        item_entries = {field: w.FloatText(description=labels[field]) for field in ITEM_FIELDS}
        controls = {"entries": entries, "item": item, "item_entries": item_entries, "filling": False,
                    "message": w.HTML(), "text": w.HTML(), "chart": w.Image(format="png")}

        def show_item(_change=None):
            chosen = self.package.item(item.value)
            controls["filling"] = True  # showing the chosen item's values is not an entry
            for field, entry in item_entries.items():
                entry.value = getattr(chosen, field)
            controls["filling"] = False

        def change_item(change, field):
            if not controls["filling"]:
                self.set_item(item.value, **{field: change["new"]})

        item.observe(show_item, names="value")
        for field, entry in item_entries.items():
            entry.observe(lambda change, field=field: change_item(change, field), names="value")
        show_item()
        controls["box"] = w.VBox([
            w.HBox([labelled(entries["retirees"], "12em"), labelled(entries["staff"], "12em")]),
            w.HBox([labelled(entries[name], "12em") for name in ("turnover", "months_to_fill", "training_months")]),
            w.HBox([labelled(item, "30em"), *(labelled(entry, "9em") for entry in item_entries.values())],
                   layout=w.Layout(flex_flow="row wrap")),
            controls["message"], controls["text"], controls["chart"]])
        return controls

    def _show(self) -> None:
        if self._controls is None:
            return
        self._controls["message"].value = in_red(self.message)
        self._controls["text"].value = paragraphs(self.explanation) + self.table.to_html(index=False, border=0)
        # The chart as a PNG image rather than an Output area: it then shows the same in a kernel, in Voila and in
        # a test, where an Output area captures nothing.
        fig = self.figure()
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=90)
        plt.close(fig)
        self._controls["chart"].value = png.getvalue()
