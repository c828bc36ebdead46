"""nbgrader settings for the SocialCare Lab course.

Each assessment is one nbgrader assignment per language (module1-en, module1-zh), built from the bilingual text
sources in assignments/ by simulation.workshop.grading, which loads this file and nothing else.
"""
c = get_config()  # noqa: F821 -- provided by traitlets when it loads this file

c.CourseDirectory.course_id = "socialcare-lab"

# Per cell: a student's endless loop is interrupted and scores zero for that cell, and grading moves on.
c.Execute.timeout = 30
# A loop that swallows the interrupt leaves the kernel silent; waiting for its output must not fail the whole
# submission.
c.Execute.raise_on_iopub_timeout = False
# A deleted test cell is put back from the source version and run, so deleting a test earns nothing.
c.OverwriteCells.add_missing_cells = True

# Feedback reports each hidden test's result, but neither its code nor a traceback that would quote it
# (nbgrader 0.9 shows hidden tests in feedback otherwise). Needs the simulation package importable, as
# `make install` leaves it.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "simulation.workshop.grading.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
