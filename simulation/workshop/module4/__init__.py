"""Module 4, buying services from social organisations (notebooks/module4/purchasing_services.py): the five ways of
getting professional social services delivered (`simulation.services.purchasing_models`) side by side, a contract
to design, and Taicang's voucher for older residents (seed 002).

- `analysis`: the shipped scenarios (scenarios/services-*.yaml) run on the trainer's district, all on the same
  households living the same lives (`compare_models`); each run's last year in figures (`summary`,
  `model_figures`, `figures_table`, `comparison_lines`); what an hour costs and what a contract did; who uses the
  voucher and which providers they choose;
- `facts`: the figures behind the models, from datasets/gov_purchase_services.csv and the parameter file;
- `figures`: the models side by side, a contract against the reference, and the voucher;
- `widgets`: `ContractDesigner` (contract length, supervision, price competition, an incubator, a voucher and the
  hours bought, against the reference contract) and `VoucherLab` (Taicang's voucher with and without).

Runs are kept (`shared.runs.finished`): a run asked for again (the reference at every click, a model the notebook
already showed) is taken from the last ones kept.
"""
