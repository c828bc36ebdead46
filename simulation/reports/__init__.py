"""What the commands write for people to read: charts, CSV files and HTML pages.

- `run`: a run's monthly.csv, summary.json and charts, and a comparison's tables;
- `outputs`: the output folder every command writes into, its marker, `--overwrite` and the staging folder;
- `charts`: the month-by-month charts of the metric registry, with Chinese glyphs;
- `comparison`, `sweep`, `retirees`: the reform report, the sweep report and the retirees' package report;
- `pages`: the Jinja2 templates (`templates/`), escaped automatically, every HTML page is rendered from.
"""
