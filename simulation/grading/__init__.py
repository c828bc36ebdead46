"""The graded assessments: nbgrader's course folder, grading in a sandbox, the checks, feedback and reports."""
