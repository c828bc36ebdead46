"""Checking the simulated district against the real one.

- `official`: the official figures (Dibao persons, shares, household sizes, benefits, exits, ...) by figure, area
  and year, computed from datasets/ with their sources;
- `report`: the validation report, official against simulated, training and test years apart (validation.csv and
  report.html).
"""
