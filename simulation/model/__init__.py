"""The Mesa model of a district: households in numpy columns, their lives month by month, the application pipeline
with its agents, and the figures measured each month.

- `district`: `DistrictModel`, the month's order of events and the payments;
- `agents`: the service centres, caseworkers and district authority (Mesa agents), and a household's row view;
- `caseload`: every household's case as columns, the means test's error and the working days of a case;
- `population`: the synthetic district; `dynamics`: a month of life; `activation`: the path back to work;
- `draws`: common random numbers, so reforms can be compared household by household;
- `metrics`: the month's figures, named in `metric_registry`;
- `reference`: the same model written one agent per household, slow, to benchmark and cross-check against.
"""
