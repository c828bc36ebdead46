"""The workshop around the model: notebooks built in two languages from one source (`bilingual`), the graded
nbgrader course (`grading`), curricula (`curricula`), opening JupyterLab (`lab`), and what the notebooks open and
display, one package per module:

- `module1`: Dibao and the one-stop service centre; `module2`: assessing and classifying need; `module3`: designing
  a service package; `module4`: buying services from social organisations; `module5`: learning from EU models;
  `module6`: the reform-scenario lab. Each separates its runs and tables (no ipywidgets, no matplotlib), its
  figures and its widgets; its `__init__` says what the module teaches and what is where.
- `shared`: what two or more modules use (the trainer's district and the kept runs, showing figures and messages,
  reading entries). No module package imports another.
"""
