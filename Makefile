# Two commands do everything on a fresh machine: `make generate` and `make test`.
# Each creates the virtual environment it needs in .venv.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GENERATOR_STAMP := $(VENV)/.generator-installed
TEST_STAMP := $(VENV)/.test-installed
BENCH_STAMP := $(VENV)/.bench-installed
BENCH_VENV := bench/.venv
BENCH_TOOLS_STAMP := $(BENCH_VENV)/.tools-installed

.PHONY: generate check test lint typecheck typecheck-all bench record clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(GENERATOR_STAMP): pyproject.toml generated/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e . -e ./generated
	touch $@

$(TEST_STAMP): $(GENERATOR_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## Regenerate generated/ from the pinned spec and spec/catalogue.yaml.
generate: $(GENERATOR_STAMP)
	$(BIN)/stripe-actions-gen generate

## Fail when generated/ differs from a fresh generation.
check: $(GENERATOR_STAMP)
	$(BIN)/stripe-actions-gen check

## Every test: generator, runtime, cassettes replayed, live localstripe smoke.
test: $(TEST_STAMP)
	$(BIN)/python -m pytest

## Re-record tests/cassettes, then replay them: against api.stripe.com when
## STRIPE_API_KEY holds an sk_test_ key (a live key is refused), else against
## localstripe and the spec-checking stub. A failed run writes no cassette.
record: $(TEST_STAMP)
	$(BIN)/python -m pytest -p no:cacheprovider --record-cassettes \
		tests/cassette_tests/test_cassettes.py
	$(BIN)/python -m pytest tests/cassette_tests

lint: $(TEST_STAMP)
	$(BIN)/ruff check generator tests generated/stripe_actions/_base
	$(BIN)/black --check generator tests generated/stripe_actions/_base

## mypy --strict: the generator, the curated package, and (typecheck-all) a package
## of every operation generated into a temporary folder (about 30 s cold, 2 cores).
typecheck: $(TEST_STAMP) typecheck-all
	$(BIN)/mypy --strict generator generated/stripe_actions

ALL_OUT ?= $(CURDIR)/.cache/all-operations

typecheck-all: $(TEST_STAMP)
	$(BIN)/stripe-actions-gen generate --all --out $(ALL_OUT)
	cd $(ALL_OUT) && $(CURDIR)/$(BIN)/mypy --strict \
		--cache-dir $(CURDIR)/.mypy_cache/all-operations stripe_actions

$(BENCH_STAMP): $(GENERATOR_STAMP) bench/requirements.txt
	$(BIN)/python -m pip install --quiet -r bench/requirements.txt
	touch $@

# openapi-python-client and the fast validator backend get their own venv, so
# their dependencies never touch the project's.
$(BENCH_TOOLS_STAMP): bench/tools-requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/tools-requirements.txt
	touch $@

## Benchmarks against openapi-python-client, openapi-spec-validator and the
## official SDK (not part of `make test`); writes BENCHMARKS.md.
bench: $(BENCH_STAMP) $(BENCH_TOOLS_STAMP)
	$(BIN)/python -m bench.run --command "make bench"

clean:
	rm -rf $(VENV) .cache
