"""The IATI loader against the real Neo4j: what a valid activity file writes (partners,
projects, donations, places, provenance), that reloading changes nothing, that partners
and places the graph already holds are reused, and that every kind of bad or hostile
input is refused with the file, line, field and reason while the graph stays as it was."""

import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphdb import load, node, read_rows
from loaders.errors import LoadError

FIXTURES = Path(__file__).parent / "fixtures"
IATI = FIXTURES / "iati" / "activities.xml"
HOSTILE = FIXTURES / "iati" / "hostile"
MINI = FIXTURES / "mini"
SEED = Path(__file__).parent.parent / "data" / "seed"
WATER = "iati-gb-chc-1099999-hg-water"
HEALTH = "iati-xj-example-2019-hg-health"


@pytest.fixture
def iati(tmp_path: Path) -> Path:
    """A private copy of the IATI fixture that a test may break."""
    path = tmp_path / "activities.xml"
    shutil.copy(IATI, path)
    return path


def linked(db, rel: str, id: str) -> set[tuple[str, str]]:
    """(from, to) ids of the relationships of one type that touch node `id`."""
    rows = db.run(read_rows, text="MATCH (a)-[r]->(b) WHERE type(r) = $rel AND $id IN [a.id, b.id] "
                              "RETURN a.id AS a, b.id AS b", rel=rel, id=id)
    return {(r["a"], r["b"]) for r in rows}


# --- A valid file ------------------------------------------------------------------------

def test_valid_file_writes_partners_projects_donations_and_places(db):
    report = load(db, IATI)

    stats = db.stats()
    assert report.records == 19
    assert stats.nodes == {"Document": 1, "Partner": 7, "Project": 2, "Donation": 6,
                           "Place": 2, "Item": 1}
    # 5 loaded transactions of activity 1 (the loan repayment is not a gift) + 1 of activity 2
    assert stats.relationships["FOR"] == 6
    assert stats.relationships["GAVE"] == 6
    assert stats.relationships["TO"] == 5  # the in-kind expenditure names no receiver
    assert stats.relationships["FUNDS"] == 3
    assert stats.relationships["IMPLEMENTS"] == 2  # the placeholder org is not a partner
    assert stats.relationships["ACCOUNTABLE_FOR"] == 1
    assert stats.relationships["EXTENDS"] == 1
    assert stats.relationships["LOCATED_IN"] == 3
    assert stats.relationships["INCLUDES"] == 1
    assert stats.relationships["CITED_IN"] == 17  # every record but the item cites the file


def test_activity_becomes_a_project_with_status_dates_sectors_and_budget(db):
    load(db, IATI)

    water, health = node(db, WATER), node(db, HEALTH)
    assert water["iati"] == "GB-CHC-1099999-HG-WATER"
    assert water["title_en"] == "Clean water for mountain communes of Ha Giang"
    assert water["title_vi"] == "Nước sạch cho các xã vùng cao Hà Giang"
    assert water["status"] == "implementation" and health["status"] == "closed"
    assert str(water["period_start"]) == "2020-03-15"  # actual start wins over planned
    assert str(water["period_end"]) == "2023-12-31"
    assert str(water["planned_start"]) == "2020-01-01"
    assert water["sectors"] == ["14030", "14031"]
    assert health["recipient_regions"] == ["798"]
    # The 2021 revision replaces the 2021 original: 200 000 + 300 000, never + 250 000.
    assert (water["budget"], water["budget_currency"]) == (500000.0, "EUR")
    assert water["budget_qualifier"] == "exact"
    # JPY and USD budgets add up only through a conversion, and say so.
    assert health["budget_currency"] == "JPY" and health["budget_qualifier"] == "estimate"
    assert "converted" in health["budget_note"]
    assert "Lung Cu commune water station" in water["notes"]  # a building is not a Place
    assert linked(db, "LOCATED_IN", WATER) == {(WATER, "country-vn"),
                                               (WATER, "place-vn-ha-giang-province")}
    assert node(db, "place-vn-ha-giang-province")["kind"] == "province"
    assert linked(db, "PART_OF", "place-vn-ha-giang-province") == {
        ("place-vn-ha-giang-province", "country-vn")}


def test_transactions_become_donations_with_currency_value_date_and_in_kind(db):
    load(db, IATI)

    incoming, commitment = node(db, f"{WATER}-t1"), node(db, f"{WATER}-t2")
    vnd, in_kind = node(db, f"{WATER}-t4"), node(db, f"{WATER}-t5")
    assert incoming["transaction_type"] == "incoming_funds"
    assert linked(db, "GAVE", f"{WATER}-t1") == {("org-gb-gov-1", f"{WATER}-t1")}
    assert linked(db, "TO", f"{WATER}-t1") == {(f"{WATER}-t1", "org-gb-chc-1099999")}
    assert (incoming["value"], incoming["value_currency"]) == (550000.0, "USD")
    assert str(incoming["value_value_date"]) == "2020-02-01"
    assert incoming["value_rate_year"] == 2020  # the value-date's year
    assert commitment["value_currency"] == "EUR"  # the activity's default-currency
    # No value-date: converted at the transaction's year, and the note says so.
    assert vnd["value_currency"] == "VND" and vnd["value_rate_year"] == 2021
    assert "no value-date" in vnd["value_note"]
    assert in_kind["in_kind"] is True and in_kind["transaction_type"] == "expenditure"
    assert linked(db, "INCLUDES", f"{WATER}-t5") == {(f"{WATER}-t5", "technical-assistance")}
    # Disbursements draw on the commitment: totals count them, never both.
    assert linked(db, "PART_OF", f"{WATER}-t2") == {
        (f"{WATER}-t{i}", f"{WATER}-t2") for i in (3, 4, 5)}
    assert not any(r.get("id", "").endswith("-t6")
                   for r in db.run(read_rows, text="MATCH (d:Donation) RETURN d.id AS id"))


def test_organisations_become_partners_with_kinds_identifiers_and_names(db):
    load(db, IATI)

    trust = node(db, "org-gb-chc-1099999")
    assert trust["kind"] == "foreign_ngo" and trust["iati"] == "GB-CHC-1099999"
    assert trust["name_en"] == "Highland Water Trust"
    assert trust["name_vi"] == "Quỹ Nước Vùng Cao"
    assert trust["aliases"] == ["Fonds de l'eau des hautes terres"]
    assert node(db, "org-44000")["kind"] == "multilateral"
    agency = node(db, "org-xj-example")  # a name in Japanese and in English
    assert agency["name_en"] == "International Health Cooperation Agency"
    assert agency["aliases"] == ["国際保健協力機構"]
    # No ref: named by its narrative, and the same name in a receiver-org is the same body
    # even when the Vietnamese name is given only once.
    department = "org-ha-giang-department-of-agriculture-and-rural-development"
    vietnamese = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang"
    assert node(db, department)["name_vi"] == vietnamese
    assert (department, WATER) in linked(db, "IMPLEMENTS", WATER)
    assert (f"{WATER}-t2", department) in linked(db, "TO", department)


def test_every_fact_cites_the_file_with_its_narrative_or_where_it_is(db):
    load(db, IATI)

    rows = db.run(read_rows, text="MATCH (n)-[c:CITED_IN]->(d:Document) RETURN n.id AS id, "
                              "c.quote AS quote, c.note AS note, d.id AS doc")
    cites = {r["id"]: r for r in rows}
    assert {r["doc"] for r in rows} == {"iati-activities"}
    assert cites[WATER]["quote"] == "Clean water for mountain communes of Ha Giang"
    assert cites[f"{WATER}-t5"]["quote"] == "Two water engineers for three months"
    # No sentence to quote: the note names the element and its line.
    assert cites[f"{WATER}-t1"]["quote"] == ""
    assert cites[f"{WATER}-t1"]["note"] == "iati-activity[1]/transaction[1], line 72"
    document = node(db, "iati-activities")
    assert document["kind"] == "iati_activity_file" and len(document["sha256"]) == 64
    assert document["publisher"] == "Highland Water Trust"


def test_reloading_the_same_file_changes_nothing(db):
    load(db, IATI)
    before, donation = db.stats(), node(db, f"{WATER}-t4")

    load(db, IATI)

    assert db.stats() == before
    assert node(db, f"{WATER}-t4") == donation


def test_partners_and_places_the_graph_holds_are_reused_not_twinned(db):
    """The seed's World Bank (no IATI ref), Hà Giang People's Committee, Vietnam and Hà Giang
    are found by name or ISO code; their curated names stay as they were."""
    load(db, SEED)
    world_bank = node(db, "world-bank")

    load(db, IATI)

    assert ("world-bank", HEALTH) in linked(db, "FUNDS", HEALTH)
    assert ("ha-giang-peoples-committee", HEALTH) in linked(db, "IMPLEMENTS", HEALTH)
    assert linked(db, "LOCATED_IN", WATER) == {(WATER, "vietnam"), (WATER, "ha-giang")}
    ids = {r["id"] for r in db.run(read_rows, text="MATCH (n) RETURN n.id AS id")}
    assert not ids & {"org-44000", "org-ha-giang-provincial-people-s-committee", "country-vn",
                      "place-vn-ha-giang-province"}
    assert node(db, "world-bank") == world_bank


def test_a_partner_declared_by_another_file_of_the_load_is_reused(db, tmp_path):
    """A YAML dataset loaded in the same run declares the FCDO with its IATI identifier:
    the IATI file refers to it instead of declaring a twin."""
    curated = tmp_path / "fcdo.yaml"
    curated.write_text(
        "documents:\n  - id: fcdo-register\n    title: Register of donors\n"
        "partners:\n  - id: fcdo\n    kind: national_government\n"
        "    name_en: Foreign, Commonwealth and Development Office\n"
        "    identifiers: {iati: GB-GOV-1}\n"
        "    sources: [{document: fcdo-register, note: register entry}]\n", encoding="utf-8")

    load(db, curated, IATI)

    assert ("fcdo", WATER) in linked(db, "FUNDS", WATER)
    assert linked(db, "GAVE", f"{WATER}-t1") == {("fcdo", f"{WATER}-t1")}
    assert node(db, "fcdo")["name_en"] == "Foreign, Commonwealth and Development Office"
    assert db.stats().nodes["Partner"] == 7


def test_two_files_naming_the_same_organisations_load_together(db, iati, tmp_path):
    other = tmp_path / "more.xml"
    text = IATI.read_text(encoding="utf-8")
    other.write_text(text.replace("HG-WATER", "HG-WATER-2").replace("2019-HG-HEALTH", "HG-X"),
                     encoding="utf-8")

    load(db, iati, other)

    assert db.stats().nodes["Partner"] == 7
    assert db.stats().nodes["Project"] == 4


# --- Bad input ---------------------------------------------------------------------------

def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


BAD = {
    "missing identifier": (
        "<iati-identifier>XJ-EXAMPLE-2019-HG-HEALTH</iati-identifier>", "",
        'default-currency="JPY"',
        "iati-activity[2]/iati-identifier", "needs an iati-identifier"),
    "currency not in ISO 4217": (
        '<value currency="USD" value-date="2020-02-01">', '<value currency="XYZ">',
        'currency="XYZ"',
        "iati-activity[1]/transaction[1]/value/@currency", "'XYZ' is not an ISO 4217 currency"),
    "no currency at all": (
        '<iati-activity default-currency="JPY" xml:lang="ja">', '<iati-activity xml:lang="ja">',
        "<value value-date=\"2019-04-01\">60000000</value>",
        "iati-activity[2]/budget[1]/value/@currency", "no currency"),
    "thousands separator": (
        ">2500000000</value>", ">2,500,000,000</value>", "2,500,000,000",
        "iati-activity[1]/transaction[4]/value", "is not a number"),
    "negative value": (
        ">150000</value>", ">-150000</value>", "-150000",
        "iati-activity[1]/transaction[3]/value", "negative value"),
    "impossible date": (
        '<transaction-date iso-date="2020-06-01"/>', '<transaction-date iso-date="2020-13-01"/>',
        "2020-13-01", "iati-activity[1]/transaction[3]/transaction-date/@iso-date", "not a date"),
    "end before start": (
        '<activity-date iso-date="2021-03-31" type="4"/>',
        '<activity-date iso-date="2018-03-31" type="4"/>', "2018-03-31",
        "iati-activity[2]/activity-date[2]/@iso-date", "is before actual start"),
    "unknown transaction type": (
        '<transaction-type code="3"/>', '<transaction-type code="99"/>', 'code="99"',
        "iati-activity[1]/transaction[3]/transaction-type/@code", "unknown or missing transaction"),
    "unknown role": (
        '<participating-org role="3" type="21">', '<participating-org role="7" type="21">',
        'role="7"', "iati-activity[1]/participating-org[3]/@role", "unknown organisation role"),
    "unknown organisation type": (
        '<participating-org role="3" type="21">', '<participating-org role="3" type="99">',
        'type="99"', "iati-activity[1]/participating-org[3]/@type", "unknown organisation type"),
    "unknown country": (
        '<recipient-country code="VN" percentage="100">', '<recipient-country code="XX">',
        'code="XX"', "iati-activity[1]/recipient-country[1]/@code", "unknown country code"),
    "activity given twice": (
        "<iati-identifier>XJ-EXAMPLE-2019-HG-HEALTH</iati-identifier>",
        "<iati-identifier>GB-CHC-1099999-HG-WATER</iati-identifier>",
        'default-currency="JPY"', "iati-activity[2]/iati-identifier", "appears twice"),
    "unsupported version": (
        '<iati-activities version="2.03"', '<iati-activities version="1.05"', 'version="1.05"',
        "iati-activities/@version", "not supported"),
    "malformed XML": (
        '<activity-status code="4"/>', '<activity-status code="4">',
        '<activity-date iso-date="2019-04-01"',
        None, "malformed XML"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_refused_with_file_line_field_and_reason(db, iati, case):
    load(db, MINI / "mini.yaml")
    before = db.stats()
    old, new, needle, field, reason = BAD[case]
    _break(iati, old, new)

    with pytest.raises(LoadError) as exc:
        load(db, iati)

    problem = exc.value.problems[0]
    assert problem.file == iati
    assert problem.line == _line(iati, needle) or case == "malformed XML"
    assert problem.field == field
    assert reason in problem.reason
    assert db.stats() == before


def test_every_problem_of_a_file_is_reported_at_once(db, iati):
    _break(iati, ">150000</value>", ">-1</value>")
    _break(iati, '<recipient-country code="VN"/>', '<recipient-country code="ZZ"/>')

    with pytest.raises(LoadError) as exc:
        load(db, iati)

    assert [p.field.split("/")[0] for p in exc.value.problems] == ["iati-activity[1]",
                                                                   "iati-activity[2]"]
    assert db.stats().nodes == {}


def test_one_bad_iati_file_keeps_a_good_dataset_out_too(db, iati):
    _break(iati, '<transaction-type code="1"/>', '<transaction-type code="0"/>')

    with pytest.raises(LoadError):
        load(db, MINI / "mini.yaml", iati)

    assert db.stats().nodes == {}


# --- Hostile input -----------------------------------------------------------------------

@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP server that records every request: the parser must never call it."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY fromdtd "fetched">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], requests
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name", ["billion_laughs", "external_entity", "external_dtd",
                                  "parameter_entity"])
def test_hostile_xml_is_refused_unexpanded_and_unfetched(db, tmp_path, listener, name):
    port, requests = listener
    path = tmp_path / f"{name}.xml"
    path.write_text((HOSTILE / f"{name}.xml").read_text(encoding="utf-8")
                    .replace("PORT", str(port)), encoding="utf-8")
    load(db, MINI / "mini.yaml")
    before = db.stats()

    with pytest.raises(LoadError) as exc:
        load(db, path)

    [problem] = exc.value.problems
    assert (problem.file, problem.line, problem.field) == (path, 2, "DOCTYPE"), str(problem)
    assert "refused" in problem.reason
    assert "root:" not in str(exc.value)  # nothing of /etc/passwd leaked into the message
    assert requests == []
    assert db.stats() == before


def test_a_file_that_is_not_iati_is_refused(db, tmp_path):
    path = tmp_path / "organisations.xml"
    path.write_text('<?xml version="1.0"?>\n<iati-organisations version="2.03"/>\n',
                    encoding="utf-8")

    with pytest.raises(LoadError) as exc:
        load(db, path)

    assert "expected <iati-activities>" in exc.value.problems[0].reason
    assert db.stats().nodes == {}


# --- Streaming ---------------------------------------------------------------------------

def _generated(path: Path, activities: int) -> Path:
    block = IATI.read_text(encoding="utf-8").split("<iati-activity ")[1]
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n'
    with path.open("w", encoding="utf-8") as f:
        f.write(head)
        for i in range(activities):
            f.write("<iati-activity " + block.replace("HG-WATER", f"HG-WATER-{i}")
                    .split("</iati-activities>")[0])
        f.write("</iati-activities>\n")
    return path


_PEAK_RSS = """
import resource, sys
from pathlib import Path
from loaders.iati import xmlsafe
for _ in xmlsafe.activities(Path(sys.argv[1])):
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_rss_kib(path: Path) -> int:
    """Peak resident memory of a fresh process that streams the file: libxml2's own
    allocations included, which tracemalloc does not see."""
    done = subprocess.run([sys.executable, "-c", _PEAK_RSS, str(path)], check=True,
                          capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    return int(done.stdout.strip())


def test_streaming_memory_does_not_grow_with_the_file(tmp_path):
    """Parsing 40 times as many activities (about 20 MB of XML) must not take more than a
    few MB more: each activity is cleared once read. Kept whole, the tree of the large
    file takes well over 100 MB (bench/iati_memory.py measures the whole reader)."""
    small = _peak_rss_kib(_generated(tmp_path / "small.xml", 100))
    large = _peak_rss_kib(_generated(tmp_path / "large.xml", 4000))

    assert large < small + 16 * 1024


def test_a_doctype_libxml2_stops_in_is_refused_as_a_doctype(tmp_path):
    """libxml2 may stop inside a DOCTYPE (a broken declaration here; an entity amplification
    limit in a billion-laughs file) before the root: the problem is still the DOCTYPE, on
    its line, not "malformed XML" at the first line."""
    from loaders.iati import xmlsafe

    path = tmp_path / "broken_doctype.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE iati-activities [ <!ENTITY broken >\n]>\n'
                    '<iati-activities version="2.03"/>\n', encoding="utf-8")

    with pytest.raises(LoadError) as exc:
        list(xmlsafe.activities(path))

    [problem] = exc.value.problems
    assert (problem.line, problem.field) == (2, "DOCTYPE"), str(problem)
