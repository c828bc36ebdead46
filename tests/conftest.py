"""Shared test setup."""
import os
import shutil
import time
from pathlib import Path

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs Jupyter kernels, nbgrader or the model at lab size "
                                       "(part of the default run)")
    config.addinivalue_line("markers", "browser: drives the workshop's JupyterLab in headless Chromium "
                                       "(tests/test_browser.py; part of the default run)")
    # Third-party noise from every autograde, saying nothing about our code: nbgrader's gradebook (SAWarning),
    # the test cells nbgrader 0.9.6 restores without a cell id, and nbclient's timestamps.
    for rule in ("ignore::sqlalchemy.exc.SAWarning", "ignore::nbformat.warnings.MissingIDFieldWarning",
                 "ignore:datetime.datetime.utcnow:DeprecationWarning:nbclient"):
        config.addinivalue_line("filterwarnings", rule)


@pytest.fixture(scope="session", autouse=True)
def isolated_jupyter(tmp_path_factory):
    """Jupyter and nbgrader never read or write the developer's ~/.jupyter or ~/.local/share/jupyter."""
    home = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as patch:
        for variable, folder in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                                 ("JUPYTER_RUNTIME_DIR", "runtime")):
            patch.setenv(variable, str(home / folder))
        yield home


@pytest.fixture
def parameter_tree(tmp_path, monkeypatch):
    """A private copy of datasets/parameters/ that the loader reads instead of the shipped one, to break."""
    from simulation.inputs import parameters

    tree = tmp_path / "parameters"
    shutil.copytree(parameters.PARAMETERS_DIR, tree)
    monkeypatch.setattr(parameters, "PARAMETERS_DIR", tree)
    parameters.load_parameters.cache_clear()
    yield tree
    parameters.load_parameters.cache_clear()


@pytest.fixture(scope="session")
def isolation():
    """Grading's sandbox can start here; the tests that need it are skipped, saying why, where it cannot."""
    from simulation.grading import sandbox

    try:
        sandbox.check_isolation()
    except sandbox.IsolationUnavailable as unavailable:
        pytest.skip(f"no sandbox on this machine: {unavailable}")


@pytest.fixture(scope="session")
def executed_notebook():
    """A committed notebook run top to bottom, with its outputs and widget state, under a server language (None: no
    CARELAB_LANG at all). Each notebook runs once per server language for the whole session: the runs tests and
    the language tests share them, so the suite stays as fast as one run per notebook."""
    import nbformat
    from nbclient import NotebookClient

    runs = {}

    def execute(path, server_lang=None):
        if (path, server_lang) not in runs:
            notebook = nbformat.read(path, as_version=4)
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("MPLBACKEND", "agg")
                if server_lang is None:
                    patch.delenv("CARELAB_LANG", raising=False)
                else:
                    patch.setenv("CARELAB_LANG", server_lang)
                NotebookClient(notebook, timeout=300, kernel_name="python3", store_widget_state=True,
                               resources={"metadata": {"path": str(path.parent)}}).execute()
            runs[path, server_lang] = notebook
        return runs[path, server_lang]

    return execute


SHOTS = Path(__file__).resolve().parents[1] / "build" / "browser-screenshots"


@pytest.fixture(scope="session")
def shots():
    """The folder of this run's browser screenshots; the last three runs' folders are kept. Skips, saying why,
    where selenium, chromium or chromium-driver is missing."""
    import browser_lab

    pytest.importorskip("selenium", reason="selenium is not installed (pip install -e .[dev])")
    for what, candidates in (("chromium", browser_lab.CHROMIUM), ("chromium-driver", browser_lab.CHROMEDRIVER)):
        if not browser_lab.installed(candidates):
            pytest.skip(f"{what} is not installed (apt-get install chromium chromium-driver; .ci/run does)")
    # One folder a run and a pytest-xdist worker: two workers may start in the same second.
    folder = SHOTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    for old in sorted(SHOTS.iterdir())[:-3]:
        shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="session")
def driver(shots):
    """Headless Chromium at a 1366 x 768 screen (browser_lab.chromium), for the whole session."""
    import browser_lab

    try:
        driver = browser_lab.chromium(shots)
    except Exception as failure:  # selenium's errors say why Chromium did not start
        pytest.skip(f"Chromium cannot start here: {str(failure).splitlines()[0]}")
    yield driver
    driver.quit()
