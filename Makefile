# The two commands of the README, and what they need.
#   make run   — Neo4j up, schema applied, data/seed loaded, API on 127.0.0.1:8000
#   make test  — the whole suite against a real Neo4j (a test instance on 7688/7475)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# npm ci rewrites this file on every install: it stands for web/node_modules being current.
WEB_STAMP := web/node_modules/.package-lock.json
CHROMIUM  := /usr/bin/chromium
CJK_FONT  := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install stop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "partnergraph needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The explorer's graph library (Cytoscape.js), served by the API from web/node_modules.
$(WEB_STAMP): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $(WEB_STAMP)

# The browser tests drive Debian's Chromium; nothing downloads a browser of its own.
$(CHROMIUM):
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

# Fonts that cover Vietnamese and Chinese: the explorer's Chinese aliases and the printed
# report never show as empty boxes.
$(CJK_FONT):
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-core fonts-noto-cjk

install: $(STAMP) $(WEB_STAMP) $(CHROMIUM) $(CJK_FONT)

# Running needs no browser: only the tests drive Chromium.
run: $(STAMP) $(WEB_STAMP)
	$(BIN)/partnergraph up

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

stop:
	-$(BIN)/partnergraph neo4j stop

clean: stop
	rm -rf $(VENV) .neo4j tests/artifacts web/node_modules
