"""What people hand the model, checked before anything runs; every mistake is one message naming the field, the
value and what is allowed (`errors`).

- `scenarios`: scenario files (a locality, a start date, a population and reform overlays);
- `parameters`: the dated parameter files of datasets/parameters/, legislation apart from assumptions;
- `datasets`: the sourced figures of datasets/ and their sources;
- `files`: reading a user's YAML file, and writing a file whole or not at all.
"""
