"""What the commands write for people to read: charts, CSV files and HTML pages.

- `run`: a run's monthly.csv, summary.json and charts, a comparison's tables, and the output folder they go into;
- `charts`: the month-by-month charts of the metric registry, with Chinese glyphs;
- `comparison`, `sweep`, `retirees`: the reform report, the sweep report and the retirees' package report;
- `pages`: the Jinja2 templates (`templates/`), escaped automatically, every HTML page is rendered from.
"""
