"""The Mesa model of a district: households in numpy columns, their lives month by month, the application pipeline with its agents, and the figures measured each month."""
