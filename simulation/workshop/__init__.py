"""The workshop around the model: notebooks built in two languages from one source (`bilingual`), the graded
nbgrader course (`grading`), and what the notebooks open and display."""
