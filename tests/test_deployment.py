"""docker-compose.yml and the Settings class must agree. No Docker engine runs on the
machines this suite runs on, so the compose file is checked as data, not started."""

from pathlib import Path

import yaml

from partnergraph.settings import DEV_PASSWORD, Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SETTINGS_VARS = {name.upper() for name in Settings.model_fields}


def test_api_service_sets_only_variables_the_settings_class_reads():
    env = COMPOSE["services"]["api"]["environment"]

    assert set(env) <= SETTINGS_VARS, set(env) - SETTINGS_VARS
    assert {"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} <= set(env)


def test_api_and_neo4j_share_one_password_variable_with_no_default():
    """The API listens beyond loopback in its container, where it refuses the development
    password and requires an API key: compose makes both required instead of defaulting."""
    neo4j_env = COMPOSE["services"]["neo4j"]["environment"]
    api_env = COMPOSE["services"]["api"]["environment"]
    required = "${NEO4J_PASSWORD:?set NEO4J_PASSWORD}"

    assert neo4j_env["NEO4J_AUTH"] == f"neo4j/{required}"
    assert api_env["NEO4J_PASSWORD"] == required
    assert api_env["API_KEY"] == "${API_KEY:?set API_KEY}"
    assert DEV_PASSWORD not in (ROOT / "docker-compose.yml").read_text(encoding="utf-8")


def test_neo4j_is_the_5_26_lts_with_apoc_and_a_healthcheck_the_api_waits_for():
    neo4j = COMPOSE["services"]["neo4j"]

    assert neo4j["image"] == "neo4j:5.26-community"
    assert "apoc" in neo4j["environment"]["NEO4J_PLUGINS"]
    assert "test" in neo4j["healthcheck"]
    assert COMPOSE["services"]["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_ports_are_published_on_loopback_only():
    for service in COMPOSE["services"].values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port


def test_api_port_matches_settings_default():
    api = COMPOSE["services"]["api"]

    assert api["environment"]["API_PORT"] == str(Settings.model_fields["api_port"].default)


def test_api_image_carries_the_explorer_library_from_the_lock_file():
    """Without web/node_modules the image's /explore would answer 503."""
    from api.routers import explore

    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY web/package.json web/package-lock.json" in dockerfile
    assert "npm ci" in dockerfile
    target = explore.MODULES.relative_to(ROOT).as_posix()
    assert f"COPY --from=web /web/node_modules /app/{target}" in dockerfile
