"""What two or more workshop modules use, so that no module package imports another:

- `runs`: the trainer's district (the same households in modules 1 to 5), a district run a year before its poor are
  classified, and the store of finished runs a widget clicked back to an earlier choice answers from at once;
- `display`: putting a figure in a widget's output area, the colours of the three needs, and the plain messages and
  paragraphs shown beside a widget;
- `entries`: reading what a practitioner types (ages of the members, an amount of yuan);
- `controls`: how controls are laid out (a label above each, widths, a dropdown's prompt).

Only `controls` imports ipywidgets; only `display` imports matplotlib.
"""
