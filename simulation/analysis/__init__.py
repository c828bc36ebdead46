"""Reading runs: reforms against a baseline, sweeps over grids and seeds, household types, one household's entitlements and case file."""
