"""`python -m simulation`: the `carelab` command, for an environment whose scripts folder is not on PATH."""
import sys

from simulation.cli import main

sys.exit(main())
