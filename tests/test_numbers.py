"""How numbers read in every report: one format per kind of figure, the same digits in both languages, a dash for a
figure that does not exist."""
import math

import pytest

from simulation.i18n.numbers import MISSING, count, format_number, points, rounded, setting, share, trimmed, years, yuan


@pytest.mark.parametrize("value, kind, difference, shown", [
    (0.12345, "share", False, "12.3%"),
    (0.0123, "share", True, "+1.2 pp"),
    (-0.0004, "share", True, "+0.0 pp"),  # a difference that rounds to nothing has no minus
    (1234.5, "yuan", False, "1,234"),  # half to even
    (-0.4, "yuan", True, "+0"),
    (-1234.6, "number", True, "-1,235"),
    (12.34, "days", False, "12.3"),
    (2.25, "months", True, "+2.2"),
    (0.876, "index", False, "0.88"),
    (math.nan, "share", True, MISSING),
    (None, "yuan", False, MISSING),
])
def test_a_comparison_table_figure_reads_by_its_kind(value, kind, difference, shown):
    assert format_number(value, kind, difference) == shown


def test_percentage_points_are_translated_and_may_go_to_a_hundredth():
    assert points(0.0123, "zh") == "+1.2 个百分点"
    assert points(-0.00123, "en", decimals=2) == "-0.12 pp"


def test_shares_counts_and_yuan():
    assert share(0.5) == "50.0%" and share(0.456, 0) == "46%" and share(math.nan) == MISSING
    assert count(12_345) == "12,345"
    assert yuan(2_000.4) == "2,000" and yuan(20.5, difference=True) == "+20"


def test_a_sweep_figure_keeps_about_three_digits_and_its_sign():
    assert rounded(12_345.6) == "12,346" and rounded(-150.2) == "-150" and rounded(56.78) == "56.8"
    assert rounded(-0.04) == "-0.0"  # an interval's bound just below zero, as the sweep report always showed it
    assert rounded(math.nan) == MISSING


def test_a_package_figure_drops_trailing_zeros():
    assert [trimmed(2), trimmed(2.26), trimmed(1_200, 0), trimmed(0.3333, 3), trimmed(1.5, 2)] == \
        ["2", "2.3", "1,200", "0.333", "1.5"]
    assert trimmed(math.inf, 2) == "inf"


def test_a_grid_setting_reads_as_yes_no_or_short_numbers():
    assert setting(True) == "yes" and setting(False, "zh") == "否"
    assert setting(3.5) == "3.5" and setting(2.0) == "2" and setting([0.5, 1.0]) == "0.5, 1"


def test_years_read_as_spans():
    assert years([2011, 2007, 2008, 2009, 2009]) == "2007-2009, 2011"
    assert years([2019]) == "2019" and years([]) == MISSING
