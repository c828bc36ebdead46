# SocialCare Lab: `make lab` opens the workshop, `make test` runs every test.
# Both install into .venv from requirements.lock first if needed.

VENV      := .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
lang      ?= en
port      ?= 8888
role      ?= participant
# pytest-xdist workers: the test suite runs notebooks and nbgrader, which wait on kernels; the browser suite
# (tests/test_browser.py) stays on one worker (--dist loadgroup), one JupyterLab and one Chromium.
workers   ?= 2

.PHONY: lab test bench install lock clean messages

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || { PY312=$$(tools/find-python312) && $$PY312 -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(VENV)/bin/carelab lab --prepare
	@touch $(STAMP)

lab: $(STAMP)
	$(VENV)/bin/carelab lab --lang $(lang) --port $(port) --role $(role)

test: $(STAMP)
	$(PY) -m pytest -n $(workers) --dist loadgroup -q

# The engine's targets, the sweep's (several minutes each on 2 cores), grading a class of 30, then a scripted room;
# `make bench quick=1` for a smoke run.
bench: $(STAMP)
	$(PY) benchmarks/run.py $(if $(quick),--quick)
	$(PY) benchmarks/sweep.py $(if $(quick),--quick)
	$(PY) benchmarks/grading.py $(if $(quick),--quick)
	$(PY) benchmarks/session.py $(if $(quick),--quick)

# Regenerate the lock after changing dependencies in pyproject.toml (needs the network).
lock:
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.12 --generate-hashes \
	  --no-header --index-url https://pypi.org/simple -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

# After adding or changing messages in the code: extract them and add the new ones to the Chinese catalogue.
messages: $(STAMP)
	$(VENV)/bin/pybabel extract -F pyproject.toml -k t -k marked -k refuse:2 -k InputError:4 -k Phrase \
	  --no-location -o build/messages.pot simulation datasets/parameters
	$(VENV)/bin/pybabel update -i build/messages.pot -d simulation/i18n/locale -l zh_Hans --no-fuzzy-matching
