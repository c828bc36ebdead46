"""Reading runs and households.

- `comparison`: reforms against a baseline on the same households, with gainers and losers by `household_types`;
- `sweeps`: a grid of parameter values x seeds, here or on Dask, one Parquet file per run;
- `calculator` and `case_file`: one household's entitlements with the reasons, and its case file month by month;
- `rule_cases`: household cases written as YAML by policy teams, checked against the rules (`carelab test-rules`).
"""
