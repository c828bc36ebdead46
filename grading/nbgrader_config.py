"""nbgrader settings for the SocialCare Lab course.

Each assessment is released as nbgrader assignments per track and language (module1-en, module1-analyst-zh), built
from the bilingual text sources in assignments/ by simulation.grading.course, which loads this file and nothing
else. nbgrader keeps the gradebook and the trainer's manual grading; autograding and feedback are the lab's own
(simulation.grading.autograde and .feedback): each submission runs in a sandbox and is checked outside it.
"""
c = get_config()  # noqa: F821 -- provided by traitlets when it loads this file

c.CourseDirectory.course_id = "socialcare-lab"
