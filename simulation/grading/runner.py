"""Inside the sandbox: execute one notebook cell by cell and report each cell as it finishes.

`python -m simulation.grading.runner OUTPUT_BYTES` reads the notebook (JSON) on stdin and writes one JSON line per
executed code cell on stdout: `{"cell": i, "outputs": [...], "execution_count": n}`, then `{"done": true}`, or
`{"stopped": i, "reason": "..."}` when the kernel died in cell i. Reporting cell by cell is what lets grading keep
the answers recorded before a kernel death or a kill at the time limit.

Outputs beyond OUTPUT_BYTES in all are dropped with a note. Everything written here is untrusted by the grading
process: the participant's code runs in the same sandbox and could write lines of its own, which can only ever
claim answers the participant could have typed.
"""
from __future__ import annotations

import json
import subprocess
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError

PROBE = "carelab_probe"  # the metadata key of grading's probe cells, whose small report is never cut
PROBE_BYTES = 1_000_000
TRUNCATED = "\n[output truncated: this notebook's outputs passed the grading limit of {limit:,} bytes]\n"


class CappedClient(NotebookClient):
    """nbclient's client, keeping at most `budget` bytes of output for the whole notebook."""

    def __init__(self, nb, budget: int, **kwargs):
        super().__init__(nb, **kwargs)
        self.budget, self.limit, self.cut = budget, budget, False

    def output(self, outs, msg, display_id, cell_index):
        out = super().output(outs, msg, display_id, cell_index)  # appended to outs already
        if out is None:
            return None
        size = len(json.dumps(out, default=str))
        if self.nb.cells[cell_index].metadata.get(PROBE):
            if size > PROBE_BYTES:
                outs.pop()
            return out
        if size <= self.budget:
            self.budget -= size
            return out
        outs.pop()
        if out.get("output_type") == "stream" and self.budget > 0:  # keep the part that fits
            out["text"] = out["text"][: self.budget]
            self.budget = 0
            outs.append(out)
        if not self.cut:
            self.cut = True
            outs.append(nbformat.v4.new_output("stream", name="stderr", text=TRUNCATED.format(limit=self.limit)))
        return None


def emit(record: dict) -> None:
    sys.stdout.write(json.dumps(record, default=str) + "\n")
    sys.stdout.flush()


def main() -> None:
    budget = int(sys.argv[1])
    nb = nbformat.reads(sys.stdin.read(), as_version=4)
    nbformat.write(nb, "submission.ipynb")  # the scratch folder holds this notebook and nothing else
    client = CappedClient(nb, budget, kernel_name="python3", timeout=None, allow_errors=True,
                          resources={"metadata": {"path": "."}})
    # The kernel's own stdout goes nowhere, so that it cannot write into this report.
    with client.setup_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            try:
                client.execute_cell(cell, index)
            except DeadKernelError:
                emit({"cell": index, "outputs": cell.outputs, "execution_count": cell.execution_count})
                emit({"stopped": index, "reason": "kernel"})
                return
            emit({"cell": index, "outputs": cell.outputs, "execution_count": cell.execution_count})
    emit({"done": True})


if __name__ == "__main__":
    main()
