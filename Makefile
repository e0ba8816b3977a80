# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install index run chat test lint bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Incremental: re-embeds only changed notes, and is a no-op (no model load) when nothing changed.
index: install
	$(BIN)/tutor index

# Discord when DISCORD_TOKEN (or discord.token_file) is set, else the console session.
run: index
	$(BIN)/tutor run

chat: index
	$(BIN)/tutor chat

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check bot tests benchmarks

bench: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python benchmarks/run_all.py

# every question set in ../shared/eval (each on its own notes) and ours, next to the naive pipeline
eval: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python benchmarks/eval_all.py

clean:
	rm -rf $(VENV) .eval-cache index/manifest.json index/*-*.npy index/*-*.index index/*-*.json
