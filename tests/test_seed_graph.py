"""The seed data (data/seed) loaded into the real Neo4j and read back over HTTP, the way an
analyst would: every fact of the two source articles is in the graph, each traceable to the
sentence it rests on, with its figures as written (lower bounds, approximations and the
ambiguous number stay so); and the headline questions get their answers in every spelling."""

from pathlib import Path

import pytest

from loaders import checks, pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
A000 = "article-000-a60aab8c022accff"
A004 = "article-004-47f6c6ea85a0549f"

# Every sentence of the two articles that states a fact, as written. Each must be cited,
# in whole or in part, by at least one fact in the graph.
FACT_SENTENCES = {
    A000: [
        "tỉnh đã ký kết Khung hợp tác chiến lược với Ngân hàng Thế giới (WB) tại Việt Nam giai đoạn 2020-2025",
        "Sở Ngoại vụ làm việc với tổ chức Good Neighbors Việt Nam về vận động ủng hộ công tác phòng, chống dịch Covid-19",
        "Chiến lược hội nhập quốc tế tỉnh Hà Giang đến năm 2020, tầm nhìn đến năm 2030",
        "viện trợ thiết bị vật tư, y tế cho tỉnh Vân Nam và Khu tự trị dân tộc Choang, Quảng Tây (Trung Quốc)",
        "20.000 khẩu trang y tế cho tỉnh Vân Nam (Trung Quốc)",
        "800 khẩu trang y tế cho Văn phòng Ngoại vụ Malypho, Văn phòng Ngoại sự châu Văn Sơn và Tổng lãnh sự quán Việt Nam tại Côn Minh (Trung Quốc)",
        "10.000 khẩu trang y tế cho thành phố Moriya, tỉnh Ibaraki (Nhật Bản)",
        "kêu gọi, vận động các tổ chức quốc tế, tổ chức PCPNN chung tay phòng, chống dịch",
        "Tỉnh đã ký kết mới 4 thỏa thuận hợp tác quốc tế",
        "Quy hoạch tỉnh Hà Giang giai đoạn 2021-2030, tầm nhìn đến năm 2045",
        "18 chương trình, dự án có vốn ODA với số vốn 900.031 triệu đồng",
        "xây dựng danh mục dự án để thu hút đầu tư trong giai đoạn 2020-2025",
        "40 chương trình, dự án bao gồm cả phi dự án, hỗ trợ nhân đạo khẩn cấp,… của 36 tổ chức PCPNN với kinh phí giải ngân ước đạt 765,495 USD",
        "tổng số tiền kêu gọi gần 3 tỷ đồng",
        "duy trì việc thực hiện Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh",
        "Chủ động kết nối việc thực hiện các thỏa thuận hợp tác, đầu tư với địa phương phía Trung Quốc",
    ],
    A004: [
        "Tỉnh ủy, Ủy ban nhân dân tỉnh Hà Giang đã tích cực chỉ đạo các cơ quan, đơn vị liên quan",
        "Tiếp nhận lô hàng hỗ trợ phòng chống dịch do phía Trung Quốc trao tặng",
        "Máy tạo Oxy (90 cái)",
        "máy thở các loại (07 cái)",
        "thiết bị theo dõi bệnh nhân nặng kỹ thuật số (16 cái)",
        "máy đo nhiệt độ cầm tay (28 cái)",
        "quần áo bảo hộ (hơn 45.000 bộ)",
        "kit test (10.000 bộ)",
        "bộ lấy mẫu PCR",
        "với tổng giá trị hơn 53,8 tỉ VNĐ",
        "Tổ chức GNI/Hàn Quốc, FFI, Vissione Care, BCDF/Úc.. hỗ trợ trên 8,6 tỷ VNĐ",
        "đã trao tặng vật tư y tế cho tỉnh với giá trị hơn 45,2 tỷ VNĐ",
        "100.000 liều vắc xin phòng Covid-19 Vero Cell của Chính quyền khu tự trị dân tộc Choang Quảng Tây",
    ],
}

GUANGXI = ["guangxi", "Guangxi", "Quảng Tây", "quang tay", "广西",
           "Khu tự trị dân tộc Choang Quảng Tây", "Guangxi Zhuang Autonomous Region"]
GOOD_NEIGHBORS = ["gni", "Good Neighbors", "good neighbors international", "Tổ chức GNI",
                  "to chuc gni", "굿네이버스"]
JOINT_NGO_DONATION = "donation-2020-2022-foreign-ngos"


@pytest.fixture(scope="module")
def report(module_db):
    return module_db.run(pipeline.load, paths=[SEED])


@pytest.fixture(scope="module")
def api_graph(module_db, report):
    return module_db


def get(client, url: str, **params) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, f"{url} {params}: {response.text}"
    return response.json()


def by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


def donation(client, id: str) -> dict:
    found = by_id(get(client, "/donations", limit=100)["items"])
    assert id in found, f"donation {id} not in /donations"
    return found[id]


def document_facts(client, doc: str) -> list[dict]:
    return get(client, f"/documents/{doc}")["facts"]


# --- Everything is there, traceable to its sentence ---------------------------------------

def test_loading_the_seed_writes_every_record_of_its_files(report):
    expected = sum(1 for s in pipeline.read_all([SEED]) for _ in s.dataset.records())
    assert report.records == expected
    assert len(report.files) == 6


def test_every_quote_of_every_record_is_cited_in_the_graph(client):
    """Each (record, quote) pair of the seed files comes back from /documents/{id}."""
    dataset = pipeline.merge(pipeline.read_all([SEED]))
    for doc in (A000, A004):
        cited = {(f["id"], f["quote"]) for f in document_facts(client, doc)}
        expected = {
            (record.id, source.quote)
            for _, _, record in dataset.records()
            for _, source in checks.cited(record)
            if source.document == doc and source.quote
        }
        missing = expected - cited
        assert not missing, f"{doc}: quotes in data/seed but not in the graph: {missing}"


@pytest.mark.parametrize("doc, sentence",
                         [(d, s) for d, sentences in FACT_SENTENCES.items() for s in sentences])
def test_every_fact_sentence_of_the_articles_is_cited(client, doc, sentence):
    text = get(client, f"/documents/{doc}")["text"]
    assert sentence in text, "the checklist itself must quote the article verbatim"
    quotes = [f["quote"] for f in document_facts(client, doc)]
    assert any(sentence in q or q in sentence for q in quotes if len(q) > 8), \
        f"no fact in the graph cites: {sentence}"


def test_documents_keep_what_they_do_not_say_visible(client):
    """The unexpanded dateline "BHG" stays as written; no date is invented for article 000."""
    doc = get(client, f"/documents/{A000}")
    assert doc["publisher"] == "BHG"
    assert doc["published"] is None
    assert "not expanded" in doc["notes"]
    assert get(client, f"/documents/{A004}")["published"]["start"] == "2023-01-04"


# --- Figures as written -------------------------------------------------------------------

def test_masks_hà_giang_gave_with_quantities_and_recipients(client):
    yunnan = donation(client, "donation-ha-giang-masks-yunnan")
    three = donation(client, "donation-ha-giang-masks-malipo-wenshan-kunming")
    moriya = donation(client, "donation-ha-giang-masks-moriya")

    assert [d["id"] for d in yunnan["donors"]] == ["ha-giang"]
    assert yunnan["direction"] == "outbound"
    assert yunnan["items"][0]["quantity"] == 20000
    assert {r["id"] for r in three["recipients"]} == {
        "malipo-foreign-affairs-office", "wenshan-foreign-affairs-office",
        "consulate-general-vietnam-kunming"}
    assert three["items"][0]["quantity"] == 800
    assert [r["id"] for r in moriya["recipients"]] == ["moriya"]
    assert moriya["items"][0]["quantity"] == 10000


def test_the_2020_2022_total_is_a_lower_bound_with_its_item_list(client):
    total = donation(client, "donation-2020-2022-medical-supplies-total")

    assert total["value"]["raw"] == "hơn 53,8 tỉ VNĐ"
    assert total["value"]["value"] == 53_800_000_000
    assert total["flags"]["lower_bound"] is True
    assert (total["when"]["start"], total["when"]["end"]) == ("2020-01-01", "2022-12-31")
    quantities = {i["item"]: (i["quantity"], i["qualifier"]) for i in total["items"]}
    assert quantities["oxygen-concentrator"] == (90, "exact")
    assert quantities["ventilator"] == (7, "exact")
    assert quantities["protective-clothing"] == (45000, "lower_bound")
    assert quantities["test-kit"] == (10000, "exact")
    assert quantities["pcr-sampling-kit"] == (None, None)  # no quantity given, none invented
    assert {p["id"] for p in total["parts"]} == {JOINT_NGO_DONATION,
                                                 "donation-2020-2022-yunnan-guangxi"}


def test_the_ngo_and_chinese_shares_are_lower_bounds_of_their_own(client):
    ngos = donation(client, JOINT_NGO_DONATION)
    china = donation(client, "donation-2020-2022-yunnan-guangxi")

    assert {d["id"] for d in ngos["donors"]} == {"gni", "ffi", "vissione-care", "bcdf"}
    assert (ngos["value"]["raw"], ngos["flags"]["lower_bound"]) == ("trên 8,6 tỷ VNĐ", True)
    assert {d["id"] for d in china["donors"]} == {"yunnan", "guangxi"}
    assert (china["value"]["value"], china["flags"]["lower_bound"]) == (45_200_000_000, True)


def test_the_ambiguous_and_the_approximate_figures_stay_so(client):
    facts = by_id(document_facts(client, A000))
    ngo_projects = facts["ngo-programmes-projects-40"]
    appeal = facts["engagement-ha-giang-calls-international-organisations-ngos-covid"]
    oda = facts["oda-programmes-projects-18"]

    disbursed = ngo_projects["amounts"]["disbursed"]
    assert (ngo_projects["count"], disbursed["raw"]) == (40, "ước đạt 765,495 USD")
    assert disbursed["ambiguous"] is True and disbursed["alternatives"] == [765.495]
    assert appeal["amounts"]["amount"]["qualifier"] == "approximate"
    assert appeal["amounts"]["amount"]["value"] == 3_000_000_000
    assert (oda["count"], oda["amounts"]["budget"]["value"]) == (18, 900_031_000_000)


def test_agreements_of_the_world_bank_include_its_vietnam_office(client):
    agreements = get(client, "/agreements", partner="World Bank")["items"]
    framework, = agreements
    assert {p["id"] for p in framework["parties"]} == {"ha-giang", "world-bank-vietnam"}
    assert "2020-2025" in framework["period"]["raw"]
    four = by_id(get(client, "/agreements", partner="ha-giang")["items"])
    assert four["agreements-ha-giang-new-international-cooperation-4"]["count"] == 4


# --- The headline questions ---------------------------------------------------------------

@pytest.mark.parametrize("spelling", GUANGXI)
def test_guangxi_donations_since_2020_in_every_spelling(client, spelling):
    """The Vero Cell doses and the shared Yunnan–Guangxi supplies, and nothing Hà Giang gave."""
    page = get(client, "/donations", donor=spelling, since="2020")
    ids = {d["id"] for d in page["items"]}

    assert ids == {"donation-2020-2022-vero-cell", "donation-2020-2022-yunnan-guangxi"}
    for d in page["items"]:
        assert "guangxi" in {p["id"] for p in d["donors"]}
        assert all(s["quote"] for s in d["sources"])
    vero = by_id(page["items"])["donation-2020-2022-vero-cell"]
    assert vero["items"][0]["quantity"] == 100_000


def test_what_guangxi_received_is_not_what_it_gave(client):
    received = {d["id"] for d in get(client, "/donations", recipient="guangxi")["items"]}
    assert received == {"donation-ha-giang-covid-support-yunnan-guangxi"}


@pytest.mark.parametrize("spelling", GOOD_NEIGHBORS)
def test_ngos_linked_to_good_neighbors_in_every_spelling(client, spelling):
    """The NGOs that joined GNI in the 2020–2022 donation, each with the path through it."""
    page = get(client, f"/partners/{spelling}/linked", kind="foreign_ngo")
    linked = {item["partner"]["id"]: item for item in page["items"]}

    assert {"ffi", "vissione-care", "bcdf"} <= set(linked)
    assert linked["good-neighbors-vietnam"]["hops"] == 1
    for ngo in ("ffi", "vissione-care", "bcdf"):
        steps = linked[ngo]["path"]["steps"]
        assert [s["node"]["id"] for s in steps] == ["gni", JOINT_NGO_DONATION, ngo]
        assert any("8,6 tỷ" in s["quote"] for s in linked[ngo]["path"]["sources"])


def test_totals_by_donor_say_when_they_rest_on_lower_bounds(client):
    groups = by_id([{**g, "id": g["key"]} for g in
                    get(client, "/stats/donations", group_by="donor")["groups"]])
    china = groups["guangxi+yunnan"]
    assert (china["total_vnd"], china["lower_bound"]) == (45_200_000_000, True)
    not_counted = get(client, "/stats/donations", group_by="year")["not_counted"]
    assert "donation-2020-2022-medical-supplies-total" in {n["id"] for n in not_counted}


def test_reloading_the_seed_changes_nothing(module_db, client):
    before = module_db.stats()
    module_db.run(pipeline.load, paths=[SEED])
    assert module_db.stats() == before


@pytest.mark.parametrize("spelling", GUANGXI)
def test_a_partner_is_found_by_any_of_its_spellings(client, spelling):
    detail = get(client, f"/partners/{spelling}")
    assert detail["id"] == "guangxi"
    assert get(client, "/partners", q=spelling)["items"][0]["id"] == "guangxi"


def test_an_unclear_name_is_a_404_that_suggests(client):
    response = client.get("/partners/Good Neighbours Vietnamm Office")
    assert response.status_code == 404
    assert "good-neighbors-vietnam" in {s["id"] for s in response.json()["suggestions"]}


@pytest.mark.parametrize("query, best", [
    ("WB", "world-bank"), ("GNI", "gni"), ("ngan hang the gioi", "world-bank"),
    ("Vân Nam", "yunnan"), ("Good Neighbours", "gni"),  # British spelling: a typo away
    ("Tong lanh su quan Viet Nam tai Con Minh", "consulate-general-vietnam-kunming"),
])
def test_acronyms_unaccented_and_misspelt_names_find_their_partner(client, query, best):
    assert get(client, "/partners", q=query)["items"][0]["id"] == best


def test_engagements_of_good_neighbors_include_its_vietnam_office(client):
    found = by_id(get(client, "/engagements", partner="Good Neighbors")["items"])
    assert set(found) == {"engagement-dofa-good-neighbors-vietnam-covid-advocacy",
                          "engagement-2020-2022-appeal-to-foreign-ngos"}
    meeting = found["engagement-dofa-good-neighbors-vietnam-covid-advocacy"]
    assert {p["id"] for p in meeting["participants"]} == {"good-neighbors-vietnam", "ha-giang-dofa"}
    assert meeting["sources"][0]["quote"].startswith("Sở Ngoại vụ làm việc với tổ chức Good Neighbors")


def test_the_appeal_for_nearly_3_billion_is_an_approximate_engagement(client):
    everything = by_id(get(client, "/engagements", limit=100)["items"])
    appeal = everything["engagement-ha-giang-calls-international-organisations-ngos-covid"]
    assert appeal["amount"]["raw"] == "gần 3 tỷ đồng"
    assert appeal["flags"]["approximate"] is True
    assert appeal["participants_note"].startswith("các tổ chức quốc tế")


def test_engagements_since_2020_leave_out_the_undated(client):
    dated = {e["id"] for e in get(client, "/engagements", since="2020")["items"]}
    everything = get(client, "/engagements", limit=100)["items"]
    assert dated == {e["id"] for e in everything if e["when"]}
    assert dated and len(dated) < len(everything)
    assert get(client, "/engagements", since="2022", until="2021")["items"] == []
