"""How close the district must come to the official figures in the test years before a policy team can trust it:
the bounds agreed for the national district (issue 9's acceptance), and which validation rows hold them.

The README's summary counts the rows that hold; the validation report marks each row and lists the bounds.
"""
from __future__ import annotations

import pandas as pd

# Per figure, how far the simulated value may be from the official one: in points (percentage points, or points
# of the index) or in percent of the official figure.
BOUNDS = {"dibao_persons_index": ("points", 10), "urban_share_of_dibao_persons": ("points", 5),
          "persons_per_dibao_household": ("percent", 10), "average_dibao_per_person": ("percent", 10),
          "extreme_poor_to_dibao_persons": ("points", 3), "dibao_spending_urban_to_rural": ("percent", 15)}
CHECKED_YEARS = range(2016, 2020)
INDEX_BASE = 100  # the index's value in its base year: it must have moved the same way as the official one


def checks(table: pd.DataFrame) -> pd.DataFrame:
    """The validation's rows that the bounds judge, each with whether it `holds`; the index must also have moved the
    same way as the official one since the base year."""
    rows = table[table["figure"].isin(list(BOUNDS)) & table["year"].isin(CHECKED_YEARS)]
    bounds = [BOUNDS[figure] for figure in rows["figure"]]
    in_points = pd.Series([kind == "points" for kind, _ in bounds], rows.index)
    limit = pd.Series([limit for _, limit in bounds], rows.index, dtype=float)
    off = rows["error"].abs().where(in_points, rows["error_pct"].abs())
    index = rows["figure"] == "dibao_persons_index"
    same_way = (rows["simulated"] > INDEX_BASE) == (rows["official"] > INDEX_BASE)
    return rows.assign(holds=(off <= limit) & (~index | same_way))
