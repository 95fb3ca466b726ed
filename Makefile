# Two entry points, both from a fresh clone: `make verify` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: verify test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q src  # as pip does for installed code: no compiling at each start
	touch $(STAMP)

install: $(STAMP)

# The shipped claims hold wrong ones on purpose: exit 1 (findings) is the expected
# outcome here; only bad input or a crash (2 and above) fails the target.
verify: $(STAMP)
	$(BIN)/factcheck verify claims/ || [ $$? -eq 1 ]

# The linter and the type checker first (configured in pyproject.toml), then the tests.
test: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
