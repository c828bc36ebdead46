"""Module 1, Dibao and the one-stop service centre (notebooks/module1/one_stop_centre.py): how an application moves
from the town or street service centre to the decision and the first payment; what caseworker staffing, an
integrated database and online applications do to processing time, queues, coverage and targeting; what each
programme gives a household, and why.

- `analysis`: the pipeline runs and their last year in figures, and the households worth following;
- `figures`: the pipeline chart, the baseline against the chosen settings;
- `widgets`: `CaseFiles` (a household's case file and journey), `PipelineLab` (staffing, database, online
  applications) and `Calculator` (the household calculator).
"""
