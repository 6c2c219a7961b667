# letopis — every target works on a fresh machine: it creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The demo: the sample page and telegram-news-2024's political and economic posts, ingested into letopis.db
# (articles already there are not analysed again, so a second run starts at once), then the explorer.
DEMO := letopis/data/demo/kazinform-belta-visit.txt letopis/data/demo/telegram-news-2024.jsonl
DEMO_DB ?= letopis.db
DEMO_STAMP := $(DEMO_DB).demo

run: $(STAMP) $(DEMO_STAMP)
	$(BIN)/letopis serve --db $(DEMO_DB)

$(DEMO_STAMP): $(DEMO) | $(STAMP)
	$(BIN)/letopis ingest --workers 2 --db $(DEMO_DB) $(DEMO) || [ $$? -eq 4 ]  # 4: some posts skipped, reported
	touch $@

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	$(BIN)/letopis bench

lint: $(STAMP)
	$(BIN)/ruff check letopis tests
	$(BIN)/mypy letopis

clean:
	rm -rf $(VENV) build *.egg-info
