"""Module 2, assessing and classifying need (notebooks/module2/assessing_need.py): seed 003's two classifications of
poor households (age and health; depth of poverty and likelihood of leaving it) and the need they name first
(securing survival, promoting development, providing opportunities). `simulation.services.needs` holds the rules;
this package arranges them for a room of caseworkers:

- `analysis`: households as a caseworker reads them after a home visit, a varied handful to classify, and the
  district's poor as a table in words;
- `figures`: the district's poor by class and need, and the share of each class that left poverty;
- `widgets`: `ClassificationExercise` (classify six households, then check against the rules), `CasePlanForm`
  (a case plan for one of them) and `WhatFollows` (run the district on: did the classes predict who left?).
"""
