"""Module 6, the reform-scenario lab (notebooks/module6/reform_lab.py): a policy team builds a reform of Dachuan's
social assistance with a few levers, runs it against the 2019 baseline on a small simulated district, and reads what
it does, what it costs and how sure the figures are.

- A reform is a scenario (`simulation.inputs.scenarios`): the baseline file with overlays on its parameters, and
  perhaps an EU minimum-income scheme. The lab builds the scenario from the levers (`levers`) and checks it with
  `validated`, exactly as `carelab` checks a file, so what runs here runs there; `scenarios.write_scenario` writes
  it as a scenario file.
- Baseline and reform run on the same households living the same lives (common random numbers,
  `simulation.analysis.comparison`; `scenarios.compare`): a difference between them is the reform's doing. Runs are
  kept (`shared.runs.finished`), so the baseline is simulated once and clicking Run again costs a fraction of a
  second.
- `results`: one comparison read: the same households side by side, the headline table, and the extra spending
  per person lifted out of poverty (`cost_effectiveness`).
- `seeds`: one district is one draw. `seed_runs` repeats the comparison on districts drawn with other seeds and
  `intervals` gives each difference's mean and 95% confidence interval across seeds (`sweep_report.summarise`, as
  `carelab sweep` does): a difference whose interval leaves out zero is larger than the noise.
- `figures`: the seeds' chart; `widgets`: `ReformLab` (the levers, Run and Save) and `SeedCheck` (the last reform
  over several seeds).
"""
