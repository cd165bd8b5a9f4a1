"""The English pages of the provincial foreign-affairs sites, read as a reader reads them:
one test per class of wording the English rules learnt (`loaders/article/english_roles.py`),
each on a short article written for the test, not taken from the corpus. Each of these
articles was read wrongly, or not at all, before the rule it tests; the batch of English
development articles these classes were learnt from is scored as a whole by
`tests/test_extract_events.py`."""

from decimal import Decimal
from pathlib import Path

import pytest

from loaders import article
from partnergraph import figures


def _extract(tmp_path: Path, body: str, date: str = "15/03/2024 10:00",
             footer: str = "Department of Foreign Affairs") -> article.Extraction:
    """The page as the sites write it: date line, headline, body, the department's name."""
    path = tmp_path / "page.txt"
    path.write_text(f"{date}\n\n{body}\n\n{footer}\n", encoding="utf-8")
    return article.extract_file(path)


def _gifts_named(extraction: article.Extraction) -> list[tuple[list[str], list[str]]]:
    """Each donation as its givers' and receivers' names, in order."""
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    return sorted(([names[d] for d in g.donors], [names[r] for r in g.recipients])
                  for g in extraction.dataset.donations)


def _names(extraction: article.Extraction) -> dict[str, str]:
    """Partners proposed from the text by their names; known ones keep their ids."""
    return {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners
            if p.id.startswith("extracted-")}


@pytest.mark.parametrize(("written", "value", "currency"), [
    ("US$250,000", Decimal(250000), "USD"),
    ("$1.2 million", Decimal(1200000), "USD"),
    ("€30,000", Decimal(30000), "EUR"),
    ("VND1.5bn", Decimal(1500000000), "VND"),
    ("VND900m", Decimal(900000000), "VND"),
    ("USD25,000", Decimal(25000), "USD"),
    ("nearly 3 billion dong", Decimal(3000000000), "VND"),
    ("25,000 US dollars", Decimal(25000), "USD"),
    ("100,000 euros", Decimal(100000), "EUR"),
])
def test_the_english_ways_of_writing_a_sum_are_found_in_running_text(written, value, currency):
    """A symbol first with no code after, a code against the number, short scales, "dong":
    each is found in a sentence and read to its value and currency."""
    [found] = figures.find_amounts(f"The foundation handed over {written} to the province.")
    assert (found.amount.value, found.amount.currency) == (value, currency)


def test_a_bare_number_or_a_metre_is_no_sum():
    """"5 m" and "40 students" say no currency: no sum is found in them."""
    assert figures.find_amounts("a road 5 m wide for 40 students") == []


def test_a_giver_named_after_the_gift_gives(tmp_path):
    """"10 ventilators … donated by X": X gives, the subject of "received" receives, and
    both counts are the gift's."""
    extraction = _extract(tmp_path, "Dak Lak receives medical equipment\n\nDL - On March 14, "
                          "Dak Lak General Hospital received 10 ventilators and 5,000 face masks "
                          "donated by the Consulate General of Japan in Ho Chi Minh City, with a "
                          "total value of over 2 billion VND.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["consulate-japan-ho-chi-minh-city"]
    assert [_names(extraction).get(r, r) for r in gift.recipients] == ["Dak Lak General Hospital"]
    assert {i.quantity.value for i in gift.items} == {10, 5000}


def test_with_funding_from_names_the_funder_not_the_body_that_hands_over(tmp_path):
    """"The Red Cross Society handed over … with funding from the German Red Cross": the
    German Red Cross gives, and "The project cost …" in the next sentence prices it."""
    extraction = _extract(tmp_path, "Water system handed over\n\nLC - On July 20, the Lai Chau "
                          "Provincial Red Cross Society handed over a clean water system to Nam "
                          "Xe commune, with funding from the German Red Cross. The project cost "
                          "nearly 3 billion VND.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["german-red-cross"]
    assert gift.value.value == 3_000_000_000


def test_a_programme_owned_by_a_government_is_that_governments_gift(tmp_path):
    """"With funding of US$89,962 from the Grant Assistance for … (GGP) of the Government of
    Japan": Japan's government gives, not the programme, and a sum before "from" is its."""
    extraction = _extract(tmp_path, "Water for Minh Hoa\n\nQB - With funding of US$75,400 from "
                          "the Grant Assistance for Grassroots Human Security Projects (GGP) of "
                          "the Government of Japan, a kindergarten in Dan Hoa commune was handed "
                          "over on March 14.", footer="Quang Binh Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Government of Japan"]
    assert gift.value.value == 75_400


def test_the_donors_share_of_a_total_is_the_gifts_value(tmp_path):
    """"A total investment of 8.6 billion VND, of which KOICA funded USD 300,000": the
    gift is KOICA's share."""
    extraction = _extract(tmp_path, "New school in Ky Anh\n\nHT - On March 13, KOICA handed over "
                          "a school building to Ky Anh district. The project has a total "
                          "investment of nearly 8.6 billion VND, of which KOICA funded USD "
                          "300,000 and the rest came from the province.",
                          footer="Ha Tinh Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["koica"]
    assert (gift.value.value, gift.value.currency) == (300_000, "USD")


def test_the_donors_aid_that_accounts_for_part_of_a_total_is_the_gifts_value(tmp_path):
    """"A total investment of USD 3.8 million, of which JICA's non-refundable aid accounts
    for USD 3.1 million": the donor's own aid is the gift, however far back "of which"
    stands."""
    extraction = _extract(tmp_path, "JICA funds irrigation in Son La\n\nOn March 12, JICA "
                          "and Son La Province launched an irrigation project in Moc Chau "
                          "district. The project has a total investment of USD 3.8 million, "
                          "of which JICA's non-refundable aid accounts for USD 3.1 million "
                          "and the province's counterpart fund is about USD 700,000.",
                          footer="Son La Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert (gift.value.value, gift.value.currency) == (3_100_000, "USD")


def test_an_embassy_and_a_district_holding_a_handover_is_the_embassys_gift(tmp_path):
    """"The Embassy of Japan and Huong Son District People's Committee held a ceremony to
    hand over …": the foreign side gives, the other receives; the programme named as
    "Japan's" is no giver."""
    extraction = _extract(tmp_path, "School handed over\n\nHT - On October 27, the Embassy of "
                          "Japan and Huong Son District People's Committee held a ceremony to "
                          "hand over Son Kim Primary School, built with US$89,000 from Japan's "
                          "grassroots grant programme.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["embassy-japan"]
    assert [_names(extraction).get(r, r) for r in gift.recipients] == [
        "Huong Son District People's Committee"]


def test_the_delegation_that_gives_is_the_one_named_before(tmp_path):
    """"received the delegation of Luang Prabang province … the delegation presented
    VND1.5bn": the visiting province gives, not the host."""
    extraction = _extract(tmp_path, "Dien Bien receives Luang Prabang delegation\n\nDBP - On "
                          "September 5, Vice Chairman of the Dien Bien Provincial People's "
                          "Committee Le Van A received the delegation of Luang Prabang province "
                          "(Laos).\n\nOn this occasion, the delegation presented VND1.5bn to "
                          "support a friendship school in Dien Bien.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["luang-prabang"]
    assert gift.recipients == ["dien-bien"]
    assert gift.value.value == 1_500_000_000


def test_the_foundation_is_the_foundation_named_before(tmp_path):
    """"The Australian foundation will fund …": the foundation the lede named."""
    extraction = _extract(tmp_path, "Project launched\n\nNA - On April 15, the Nghe An Women's "
                          "Union and the River Children Foundation launched a project in Ky Son "
                          "district. The Australian foundation will fund the project with "
                          "150,000 AUD.")

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d, d) for d in gift.donors] == ["River Children Foundation"]


def test_an_acronym_the_article_gives_names_the_body_again(tmp_path):
    """"the Hope for Tomorrow Foundation (HTF) … HTF also handed over": a second gift, by
    the foundation, not lost for want of a known name."""
    extraction = _extract(tmp_path, "Gifts for Meo Vac, Ha Giang\n\nHG - On June 17, the Hope for "
                          "Tomorrow Foundation (HTF) of Singapore presented 300 bicycles to poor "
                          "pupils in Meo Vac district.\n\nOn the same day, HTF also handed over "
                          "50 computers worth VND 600 million to Meo Vac High School.",
                          footer="Ha Giang Department of Foreign Affairs")

    names = _names(extraction)
    gifts = extraction.dataset.donations
    assert len(gifts) == 2
    assert {names.get(d, d) for g in gifts for d in g.donors} == {"Hope for Tomorrow Foundation"}
    assert [names.get(r, r) for r in gifts[1].recipients] == ["Meo Vac High School"]


def test_a_persons_name_is_no_place(tmp_path):
    """"Mr. Nguyen Van Nam": "Van Nam" (Yunnan in the gazetteer) is part of a name."""
    extraction = _extract(tmp_path, "Courtesy call\n\nLC - On May 9, Mr. Nguyen Van Nam, Vice "
                          "Chairman of the Lao Cai Provincial People's Committee, received Plan "
                          "International Country Director Kien Do.")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["lao-cai", "plan-international"]


def test_a_courtesy_call_and_an_ambassador_named_by_nationality_are_a_meeting(tmp_path):
    """"received Australian Ambassador …, who paid a courtesy call": the embassy meets the
    province."""
    extraction = _extract(tmp_path, "Courtesy call\n\nQTO - On May 9, the Chairman of Quang Tri "
                          "Provincial People's Committee received Australian Ambassador Andrew "
                          "Smith, who paid a courtesy call on the provincial leaders.")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["embassy-australia", "quang-tri"]


def test_a_meeting_told_by_reference_meets_the_body_named_before(tmp_path):
    """"received the Fund's delegation", "the two delegations had a working session": the
    sides are those the article named before, not a body called "Fund's"."""
    fund = _extract(tmp_path, "Gifts for pupils\n\nST - On December 4, the Bright Future Fund "
                    "(Australia) presented 100 bicycles to poor pupils in Soc Trang province."
                    "\n\nEarlier, the Vice Chairman of Soc Trang Provincial People's Committee "
                    "received the Fund's delegation.")
    [meeting] = fund.dataset.engagements
    assert sorted(_names(fund).get(p, p) for p in meeting.participants) == [
        "Bright Future Fund", "soc-trang"]

    two = _extract(tmp_path, "Aid for Svay Rieng\n\nTN - On October 8, a delegation of Tay Ninh "
                   "province handed over US$50,000 to Svay Rieng province, Kingdom of "
                   "Cambodia.\n\nAfter the hand-over, the two delegations had a working session "
                   "on border trade.")
    [meeting] = two.dataset.engagements
    assert sorted(meeting.participants) == ["svay-rieng", "tay-ninh"]


def test_a_province_after_a_city_is_where_the_city_lies(tmp_path):
    """"a delegation of Gyeongsan City, Gyeongsangbuk-do Province, Republic of Korea": the
    city met the province; its province and country are where it lies."""
    extraction = _extract(tmp_path, "Bac Giang receives Gyeongsan\n\nBG - On April 22, the "
                          "Chairman of Bac Giang Provincial People's Committee received a "
                          "delegation of Gyeongsan City, Gyeongsangbuk-do Province, Republic of "
                          "Korea.\n\nRight after the meeting, the two sides signed a memorandum "
                          "of understanding on friendly exchange.")

    [meeting] = extraction.dataset.engagements
    [agreement] = extraction.dataset.agreements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in meeting.participants) == ["Gyeongsan City",
                                                                     "bac-giang"]
    assert sorted(agreement.parties) == sorted(meeting.participants)


def test_a_signing_in_the_passive_names_its_parties_after_between(tmp_path):
    """"A memorandum … was signed between X and Y": an agreement of X and Y."""
    extraction = _extract(tmp_path, "Friendship\n\nNB - A memorandum of understanding on "
                          "friendly cooperation was signed between the Ninh Binh Provincial "
                          "People's Committee and Jeonju City (Republic of Korea) on August 24.")

    [agreement] = extraction.dataset.agreements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in agreement.parties) == ["Jeonju City", "ninh-binh"]


def test_certificates_of_merit_for_a_donor_are_no_gift(tmp_path):
    """"presented certificates of merit of the PPC to World Vision and 10 individuals":
    thanks, not a gift from the province."""
    extraction = _extract(tmp_path, "Programme closed\n\nNA - At the ceremony, the Vice Chairman "
                          "of the PPC presented certificates of merit of the PPC to World Vision "
                          "and 10 individuals.")

    assert extraction.dataset.donations == []


def test_scholarships_priced_in_the_next_sentence_are_one_gift(tmp_path):
    """"presented scholarships to 40 students from Ratanakiri province. Each scholarship is
    worth VND 5 million, bringing the total to VND 200 million.": 40 scholarships, VND 200
    million, to Ratanakiri."""
    extraction = _extract(tmp_path, "Scholarships\n\nGL - On October 29, Kon Tum Provincial "
                          "People's Committee presented scholarships to 40 students from "
                          "Ratanakiri province, Kingdom of Cambodia.\n\nEach scholarship is worth "
                          "VND 5 million, bringing the total to VND 200 million.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["kon-tum"]
    assert gift.recipients == ["ratanakiri"]
    assert gift.value.value == 200_000_000
    assert [i.quantity.value for i in gift.items] == [40]


def test_one_sum_written_two_ways_is_one_gift(tmp_path):
    """"1.2 billion VND" in the lede and "VND 1.2 billion" in the caption are one gift."""
    extraction = _extract(tmp_path, "Relief for Bac Giang\n\n(BGP) - On March 14, Bac Giang "
                          "province received relief goods worth 1.2 billion VND from World "
                          "Vision.\n\nPhoto: World Vision hands over relief goods worth VND 1.2 "
                          "billion to Bac Giang province.")

    assert len(extraction.dataset.donations) == 1


def test_a_name_that_brings_its_acronym_is_an_organisation(tmp_path):
    """"Korea Medical Aid (KMA)" says no kind of body, but its acronym makes it a name: it
    gives, and "The supplies include 20 … and 5 …" counts both things."""
    extraction = _extract(tmp_path, "Lam Dong receives medical supplies\n\nLD - On June 11, the "
                          "Lam Dong Department of Health received medical supplies worth "
                          "US$30,000 from Korea Medical Aid (KMA).\n\nThe supplies include 20 "
                          "hospital beds and 5 ultrasound machines.")

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Korea Medical Aid"]
    assert {i.quantity.value for i in gift.items} == {20, 5}


def test_a_company_keeps_its_legal_form_and_a_school_its_name(tmp_path):
    """"Thanks to a donation of VND 1.8 billion from Yamaha Motor Vietnam Co., Ltd., …
    classrooms at Tan Thang Primary School in Ham Tan district": the company gives; "Ltd."
    is no partner and the school's name ends before "in"."""
    extraction = _extract(tmp_path, "New classrooms in Binh Thuan\n\nBTh - Thanks to a donation "
                          "of VND 1.8 billion from Yamaha Motor Vietnam Co., Ltd., four new "
                          "classrooms at Tan Thang Primary School in Ham Tan district, Binh Thuan "
                          "province were inaugurated on March 1.")

    [gift] = extraction.dataset.donations
    names = _names(extraction)
    assert [names.get(d, d) for d in gift.donors] == ["Yamaha Motor Vietnam Co., Ltd."]
    assert "Ltd." not in names.values()


def test_what_a_donor_has_provided_since_a_year_is_no_gift_of_the_news(tmp_path):
    """"Since 2010, KOICA has provided over US$20 million to the province": a running total
    told as background beside a meeting, not a gift."""
    extraction = _extract(tmp_path, "Quang Nam receives KOICA\n\nQNa - On February 20, the Vice "
                          "Chairman of Quang Nam Provincial People's Committee received the "
                          "Country Director of KOICA.\n\nSince 2010, KOICA has provided over "
                          "US$20 million to the province for health and education.")

    assert extraction.dataset.donations == []
    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["koica", "quang-nam"]


def test_the_price_of_one_is_not_the_gifts_value(tmp_path):
    """"200 gift packages, each worth VND 500,000": 200 packages, no value of VND 500,000."""
    extraction = _extract(tmp_path, "Gifts in Hoang Su Phi\n\nHG - On May 14, the Sunflower "
                          "Foundation of Japan handed over 200 gift packages, each worth VND "
                          "500,000, to poor households in Hoang Su Phi district, Ha Giang "
                          "province.")

    [gift] = extraction.dataset.donations
    assert gift.value is None
    assert [i.quantity.value for i in gift.items] == [200]


def test_a_project_document_signed_is_an_agreement(tmp_path):
    """"X and UNDP signed a project document on …": an agreement of both."""
    extraction = _extract(tmp_path, "Project signed\n\nTTH - On July 29, the Thua Thien Hue "
                          "Provincial People's Committee and the United Nations Development "
                          "Programme (UNDP) signed a project document on resilient housing.")

    [agreement] = extraction.dataset.agreements
    assert sorted(agreement.parties) == ["thua-thien-hue", "undp"]


def test_the_lao_side_is_the_lao_partner_named_before(tmp_path):
    """"received a delegation of Phongsaly province, Laos … the Lao side presented 20 tons
    of rice to poor households in Muong Nhe district": Phongsaly gives, not the host
    province; the district receives."""
    extraction = _extract(tmp_path, "Dien Bien and Phongsaly meet\n\nDB - On March 14, the "
                          "Chairman of Dien Bien Provincial People's Committee received a "
                          "delegation of Phongsaly province, Laos.\n\nOn this occasion, the Lao "
                          "side presented 20 tons of rice to poor households in Muong Nhe "
                          "district.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["phongsaly"]
    # the one district the rice went to, in the host province
    assert [_names(extraction).get(r, r) for r in gift.recipients] == ["Muong Nhe district"]


def test_a_gift_received_at_a_ceremony_and_a_delegation_received_from_a_city(tmp_path):
    """"held a ceremony to receive 1,000 blankets … from the Tzu Chi Foundation" is a gift
    of the foundation; "receives delegation from Kitakyushu city" is no gift."""
    gift = _extract(tmp_path, "Blankets for the poor\n\n(BGP) - On March 14, Bac Giang "
                    "Provincial People's Committee held a ceremony to receive 1,000 blankets and "
                    "500 mosquito nets from the Tzu Chi Foundation.")
    [donation] = gift.dataset.donations
    assert donation.donors == ["tzu-chi"]
    assert {i.quantity.value for i in donation.items} == {1000, 500}

    visit = _extract(tmp_path, "Hai Phong receives delegation from Kitakyushu city\n\nHP - On "
                     "May 3, the Chairman of Hai Phong City People's Committee received a "
                     "delegation of Kitakyushu City, Japan.")
    assert visit.dataset.donations == []


def test_the_body_a_donor_works_with_hands_out_its_gift(tmp_path):
    """"World Vision, in coordination with the Women's Union of Luc Ngan district, handed
    over 100 cows": World Vision gives; the union is no donor."""
    extraction = _extract(tmp_path, "Cows for the poor\n\nBG - World Vision International in "
                          "Viet Nam, in coordination with the Women's Union of Luc Ngan district, "
                          "handed over 100 breeding cows worth VND 1.6 billion to poor households "
                          "of Bac Giang province on May 21.")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["world-vision"]


def test_it_has_a_total_cost_prices_the_gift_just_told(tmp_path):
    """"The project was funded by the Rotary Club of Melbourne. It has a total cost of VND
    900 million.": one gift, priced."""
    extraction = _extract(tmp_path, "New bridge\n\nQT - The Hoa Binh bridge in Cam Lo district, "
                          "Quang Tri province was inaugurated on April 19. The project was funded "
                          "by the Rotary Club of Melbourne (Australia).\n\nIt has a total cost of "
                          "VND 900 million.")

    [gift] = extraction.dataset.donations
    assert gift.value.value == 900_000_000


@pytest.mark.parametrize("date_line", ["March 14, 2024", "14 March 2024 10:15",
                                       "Published: Mar 14, 2024", "Posted date: 14/03/2024",
                                       "Thursday, March 14, 2024 10:15 AM", "2024-03-14 10:15"])
def test_the_english_date_lines_give_the_page_its_date(tmp_path, date_line):
    """The date line in any of the English sites' forms is the publication date, and "On
    March 13" takes its year from it."""
    extraction = _extract(tmp_path, "KOICA hands over school\n\nQN - On March 13, KOICA handed "
                          "over a school worth US$100,000 to Quang Nam province.",
                          date=date_line)

    assert extraction.page.published
    [gift] = extraction.dataset.donations
    assert gift.when.start.isoformat() == "2024-03-13"


def test_a_body_after_its_holders_title_and_a_country_after_a_body(tmp_path):
    """"Mr. John Smith, Director of the Sunshine Hope Foundation (USA), handed over …" gives
    as the foundation; "the Consulate General of the Republic of Korea in Da Nang" is one
    mission, not Da Nang; "X of the Netherlands" is X."""
    director = _extract(tmp_path, "Bicycles for Yen Bai\n\nYB - On March 14, Mr. John Smith, "
                        "Director of the Sunshine Hope Foundation (USA), handed over 150 bicycles "
                        "worth VND 300 million to poor pupils of Yen Bai province.")
    [gift] = director.dataset.donations
    assert [_names(director).get(d, d) for d in gift.donors] == ["Sunshine Hope Foundation"]

    consulate = _extract(tmp_path, "Computers for Quang Ngai\n\nQNg - On April 11, the Consulate "
                         "General of the Republic of Korea in Da Nang handed over 30 computers "
                         "worth US$15,000 to Binh Son High School, Quang Ngai province.")
    [gift] = consulate.dataset.donations
    assert [_names(consulate).get(d, d) for d in gift.donors] == [
        "Consulate General of the Republic of Korea in Da Nang"]

    dutch = _extract(tmp_path, "Water project closed\n\nBT - On December 19, Vitens Evides "
                     "International of the Netherlands handed over a water plant worth 850,000 "
                     "EUR to Ben Tre province.")
    [gift] = dutch.dataset.donations
    assert [_names(dutch).get(d, d) for d in gift.donors] == ["Vitens Evides International"]


def test_a_city_after_in_is_where_they_met_and_a_party_committee_is_the_province(tmp_path):
    """"led by Secretary of the Provincial Party Committee … met with leaders of Guangxi …,
    in Nanning city": Lang Son met Guangxi; Nanning is the venue, and the party committee
    is the province's own side, no partner of its own."""
    extraction = _extract(tmp_path, "Lang Son, Guangxi meet\n\nLS - On April 15, a delegation of "
                          "Lang Son province led by Secretary of the Provincial Party Committee "
                          "Nguyen Quoc Doan met with leaders of Guangxi Zhuang Autonomous Region, "
                          "China, in Nanning city.")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["guangxi", "lang-son"]


def test_a_nationality_and_a_kind_describe_no_partner(tmp_path):
    """"Korean province delegation visits Binh Dinh" names no partner: the visit is the
    body's, Jeollanam-do's, told in the lede."""
    extraction = _extract(tmp_path, "Korean province delegation visits Binh Dinh\n\nBD - A "
                          "delegation of Jeollanam-do Province, Republic of Korea, visited and "
                          "worked in Binh Dinh from May 20 to 22.")

    [meeting] = extraction.dataset.engagements
    assert "extracted-korean-province" not in meeting.participants
    assert "binh-dinh" in meeting.participants and len(meeting.participants) == 2


def test_donors_listed_with_their_sums_in_brackets_each_give(tmp_path):
    """"The largest donors were World Vision (US$2.1 million), Plan International (US$1.5
    million) and Save the Children (US$900,000)": three gifts to the province; the total
    "from foreign NGOs" names no donor and is none."""
    extraction = _extract(tmp_path, "Lao Cai attracts NGO aid\n\nLC - In the first half of 2024, "
                          "Lao Cai province received 25 projects from foreign NGOs with a total "
                          "value of US$8 million. The largest donors were World Vision (US$2.1 "
                          "million), Plan International (US$1.5 million) and Save the Children "
                          "(US$900,000).", date="10/07/2024 15:00")

    gifts = {(tuple(g.donors), g.value.value) for g in extraction.dataset.donations}
    assert gifts == {(("world-vision",), 2_100_000), (("plan-international",), 1_500_000),
                     (("save-the-children",), 900_000)}
    assert {r for g in extraction.dataset.donations for r in g.recipients} == {"lao-cai"}


def test_a_holders_name_after_a_hyphenated_province_or_a_department_of_affairs(tmp_path):
    """"Vice Chairman of the Ba Ria - Vung Tau Provincial People's Committee Dang Minh Thong"
    is the province's committee (the hyphen inside the province's name does not cut it);
    "Director of the Thai Nguyen Department of Foreign Affairs Hoang Van Hung" is the
    department, without its director's name."""
    extraction = _extract(tmp_path, "Leaders receive guests\n\nBRVT - On May 7, Vice Chairman of "
                          "the Ba Ria - Vung Tau Provincial People's Committee Dang Minh Thong "
                          "received a delegation of the US Consulate General in Ho Chi Minh City."
                          "\n\nOn May 8, Director of the Thai Nguyen Department of Foreign Affairs "
                          "Hoang Van Hung received and worked with the delegation of the Embassy "
                          "of Japan.")
    names = _names(extraction)
    sides = [sorted(names.get(p, p) for p in e.participants)
             for e in extraction.dataset.engagements]
    assert sides[0] == ["ba-ria-vung-tau", "consulate-united-states-ho-chi-minh-city"]
    assert "Thai Nguyen Department of Foreign Affairs" in sides[1]
    assert not any("Hung" in n or "Thong" in n for n in names.values())


def test_a_described_body_in_the_headline_is_the_one_the_body_names_in_full(tmp_path):
    """"Korean Consulate General hands over … to Quang Ngai General Hospital" in a headline,
    "the Korean Consulate General in Da Nang" in the body: the headline's giver is the
    consulate the body names; a count before "and" is counted ("4 infusion pumps and
    emergency care supplies")."""
    extraction = _extract(tmp_path, "Korean Consulate General hands over medical equipment worth "
                          "900 million VND to Quang Ngai General Hospital\n\nQNg - On June 24, "
                          "the Korean Consulate General in Da Nang handed over a set of medical "
                          "equipment to the hospital.\n\nThe package, worth 900 million VND, "
                          "includes 6 patient monitors, 3 ventilators, 4 infusion pumps and "
                          "emergency care supplies.")
    names = _names(extraction)
    [gift] = extraction.dataset.donations
    assert [names.get(d, d) for d in gift.donors] == ["Korean Consulate General in Da Nang"]
    assert sorted(i.quantity.value for i in gift.items) == [3, 4, 6]


def test_one_department_named_with_its_place_first_or_after_of_is_one_side(tmp_path):
    """"Lao Cai Department of Foreign Affairs works with …" in the headline and "the
    Department of Foreign Affairs of Lao Cai province" in the body are one body: the
    meeting has two sides, not three."""
    extraction = _extract(tmp_path, "Lao Cai Department of Foreign Affairs works with Friends of "
                          "Asia Foundation\n\nLC - On March 6, Mr. Nguyen Van Phuong, Director of "
                          "the Department of Foreign Affairs of Lao Cai province, received and "
                          "worked with a delegation of the Friends of Asia Foundation.")
    [meeting] = extraction.dataset.engagements
    assert len(meeting.participants) == 2


def test_a_mission_hands_over_what_its_government_funded_one_gift(tmp_path):
    """"the Embassy of Japan … held a ceremony to hand over three classrooms" and, in the
    next sentence, "The project was funded by the Government of Japan with USD 95,000" are
    one gift: a mission acts for its state, and "the Government of Japan" is Japan's
    government, not a Vietnamese office."""
    extraction = _extract(tmp_path, "Japan hands over classrooms in Kon Tum\n\nKT - On May 20, the "
                          "Embassy of Japan, in coordination with the People's Committee of Dak "
                          "Ha district, held a ceremony to hand over three classrooms of Dak Ha "
                          "Kindergarten, Kon Tum province.\n\nThe project was funded by the Government of Japan with "
                          "USD 95,000.")
    [gift] = extraction.dataset.donations
    assert gift.value.value == 95000
    assert all(p.country != "vietnam" for p in extraction.dataset.partners
               if p.name_en == "Government of Japan")


def test_counterpart_funds_are_the_province_s_own_share(tmp_path):
    """"… with a total KOICA contribution of US$2 million. The province will provide VND 4
    billion in counterpart funds.": one gift, KOICA's; the counterpart funds are the
    province's own share of the project, no gift of anyone."""
    extraction = _extract(tmp_path, (
        "Ha Tinh and KOICA launch a vocational training project\n\n"
        "Vinh, May 11, 2024 - The Ha Tinh Provincial People's Committee and KOICA launched "
        "the project on Saturday.\n\n"
        "The project will run for four years, with a total KOICA contribution of US$2 "
        "million. The funding will cover equipment for vocational schools in Vinh City. The "
        "province will provide VND 4 billion in counterpart funds.\n"))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["koica"]
    assert gift.value is not None and gift.value.value == 2000000


def test_a_total_contribution_of_a_named_donor_is_its_gift(tmp_path):
    """"… with a total KOICA contribution of US$4.5 million": KOICA gives that sum to the
    province the project is in."""
    extraction = _extract(tmp_path, (
        "Quang Tri launches a clean water project\n\n"
        "The project, with a total KOICA contribution of US$4.5 million, will build water "
        "works in Quang Tri province.\n"))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["koica"] and gift.recipients == ["quang-tri"]
    assert gift.value is not None and gift.value.value == 4500000


def test_the_province_is_the_page_s_own_whatever_province_came_last(tmp_path):
    """After "… presented equipment to Savannakhet Provincial Hospital", "The province also
    granted 20 scholarships to Savannakhet students …": the page's own province gives."""
    extraction = _extract(tmp_path, (
        "Quang Tri supports Savannakhet\n\n"
        "On this occasion, Quang Tri province presented medical equipment worth VND 300 "
        "million to Savannakhet Provincial Hospital.\n\n"
        "The province also granted 20 scholarships to Savannakhet students who are studying "
        "at Quang Tri Medical College.\n"))

    scholarships = [g for g in extraction.dataset.donations
                    if any(i.quantity and i.quantity.value == 20 for i in g.items)]
    assert [g.donors for g in scholarships] == [["quang-tri"]]


def test_a_body_described_before_its_name_is_named_by_its_name(tmp_path):
    """"The Dutch NGO Kinderhulp granted 80 scholarships …": the giver is "Kinderhulp"; "Dutch
    NGO" says what it is and where it is from."""
    extraction = _extract(tmp_path, (
        "Scholarships for pupils in Quang Binh\n\n"
        "The Dutch NGO Kinderhulp granted 80 scholarships worth EUR 24,000 to pupils in Quang "
        "Binh province.\n"))

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Kinderhulp"]


def test_a_provincial_peoples_committee_in_lower_case_is_the_province(tmp_path):
    """"Vice Chairman of the Quang Ninh provincial People's Committee, received … a delegation
    of Fangchenggang City": a meeting of the province and the city; the lower-case
    "provincial" does not leave a "People's Committee" of its own."""
    extraction = _extract(tmp_path, (
        "Quang Ninh receives Fangchenggang delegation\n\nOn 21 November, Mr. Pham Duc Thanh, "
        "Vice Chairman of the Quang Ninh provincial People's Committee, received and held talks "
        "with a delegation of Fangchenggang City, Guangxi Zhuang Autonomous Region, China."))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["fangchenggang", "quang-ninh"]
    assert not _names(extraction)


def test_where_a_mission_sits_and_where_talks_were_held_are_no_side(tmp_path):
    """"a delegation from the US Embassy in Hanoi" meets the province, not Hanoi; "at the
    Huu Nghi International Border Gate" is where the talks were."""
    embassy = _extract(tmp_path, (
        "Bac Giang receives US Embassy delegation\n\nOn the afternoon of 11 March, Ms. Nguyen Thi "
        "Thu Hang, Vice Chairwoman of the Bac Giang provincial People's Committee, received a "
        "delegation from the US Embassy in Hanoi led by Mr. Robert Kessler."))
    gate = _extract(tmp_path, (
        "Lang Son and Chongzuo hold talks\n\nOn 9 January, at the Huu Nghi International Border "
        "Gate, Mr. Luong Trung Kien, Vice Chairman of the Lang Son provincial People's "
        "Committee, held talks with a delegation of Chongzuo City, Guangxi, China."))

    [meeting] = embassy.dataset.engagements
    assert "ha-noi" not in meeting.participants and "bac-giang" in meeting.participants
    assert len(meeting.participants) == 2
    [talks] = gate.dataset.engagements
    assert sorted(talks.participants) == ["chongzuo", "lang-son"]


def test_an_investment_certificate_granted_is_no_gift(tmp_path):
    extraction = _extract(tmp_path, (
        "Ha Nam grants investment certificate\n\nThe Ha Nam provincial Department of Planning "
        "and Investment has granted an investment registration certificate to Kitamura "
        "Precision Vietnam Co., Ltd. for a project with a registered capital of USD 18 million."))

    assert extraction.dataset.donations == []


def test_a_school_handed_over_abroad_and_priced_after_is_the_provinces_gift(tmp_path):
    """"in Ta Oy district, Salavan province (Lao PDR), the People's Committee of Thua Thien
    Hue province handed over the Viet Nam – Laos Friendship Primary School to the local
    authorities. The school was funded by Thua Thien Hue province with … VND 6.5 billion":
    Thua Thien Hue gave Salavan a school worth VND 6.5 billion."""
    extraction = _extract(tmp_path, (
        "Friendship school for Salavan\n\nOn 4 May, in Ta Oy district, Salavan province (Lao "
        "PDR), the People's Committee of Thua Thien Hue province handed over the Viet Nam – Laos "
        "Friendship Primary School to the local authorities.\n\nThe school was funded by Thua "
        "Thien Hue province with a total investment of VND 6.5 billion."), date="5 May 2022")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["thua-thien-hue"] and gift.recipients == ["salavan"]
    assert gift.value.value == 6_500_000_000


def test_a_visit_under_way_on_the_day_of_the_page_is_in_its_year(tmp_path):
    """A page of 12/3/2024 telling of a visit "from 11 to 13 March": the talks are in 2024,
    not in March 2023 because the 13th is a day after the page."""
    extraction = _extract(tmp_path, (
        "Lang Son leaders visit Guangxi\n\nDuring a visit to Guangxi from 11 - 13/3, the Lang "
        "Son Provincial People's Committee held talks with the Guangxi Zhuang Autonomous "
        "Region's government in Nanning on 12/3."), date="12/03/2024 09:00")

    [meeting] = extraction.dataset.engagements
    assert meeting.when.start.year == 2024


def test_an_agreement_between_two_sides_told_in_the_passive_is_signed(tmp_path):
    """"An agreement on establishing friendly relations between Thai Nguyen province and Gumi
    City …, was signed on August 14": an agreement of the two."""
    extraction = _extract(tmp_path, (
        "Thai Nguyen and Gumi establish friendship ties\n\nAn agreement on establishing "
        "friendly exchange and cooperation relations between Thai Nguyen province and Gumi City "
        "of Gyeongsangbuk-do, the Republic of Korea, was signed on August 14 at an online "
        "ceremony."), date="16/08/2023 10:00")

    [agreement] = extraction.dataset.agreements
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert "thai-nguyen" in agreement.parties and len(agreement.parties) == 2
    assert any("Gumi" in (names.get(p) or "") for p in agreement.parties)


def test_a_project_launched_with_a_budget_is_the_launchers_grant(tmp_path):
    """"X launched a … project in Y District with a budget of USD 180,000": the one body that
    launched it funds it, a grant to the district ("District" written with a capital);
    "GHWA", a name with an acronym that launches, is a body though no kind word says so."""
    extraction = _extract(tmp_path, (
        "KON TUM: NGO PROJECTS IN 2024\n\n"
        "On March 12, the Hope for Children Foundation launched a clean water project in Dak "
        "Glei District, Kon Tum province, with a budget of USD 180,000.\n\n"
        "- GHWA launched a nutrition programme in Tu Mo Rong District with a budget of USD "
        "90,000.\n"))

    gifts = sorted(extraction.dataset.donations, key=lambda d: -d.value.value)
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients], g.value.value)
            for g in gifts] == [
        (["Hope for Children Foundation"], ["Dak Glei District"], 180000),
        (["GHWA"], ["Tu Mo Rong District"], 90000)]


def test_an_envoy_named_by_the_title_alone_gives_as_the_mission(tmp_path):
    """"On this occasion, the Ambassador presented … to Y": the ambassador the article named
    before ("Ambassador of New Zealand to Viet Nam") gives, as the embassy, to Y."""
    extraction = _extract(tmp_path, (
        "Binh Dinh leader receives New Zealand Ambassador\n\n"
        "On May 6, Vice Chairman of Binh Dinh Provincial People's Committee Nguyen Van An "
        "received Ms. Jane Cooper, Ambassador of New Zealand to Viet Nam, who was on a working "
        "visit to the province.\n\n"
        "The two sides discussed cooperation in agriculture, education and tourism.\n\n"
        "On this occasion, the Ambassador presented two water purifiers worth USD 12,000 to "
        "Quy Nhon General Hospital.\n"))

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations
    assert ([names[d] for d in gift.donors], [names[r] for r in gift.recipients],
            gift.value.value) == (["New Zealand Embassy in Vietnam"],
                                  ["Quy Nhon General Hospital"], 12000)


def test_an_envoy_met_by_the_title_alone_is_the_mission_named_before(tmp_path):
    """"Chairman Long received the ambassador": the envoy the article named before ("the
    Ambassador of Mongolia to Viet Nam, Mr. …"), written by the title alone and in lower
    case, is the embassy the province met."""
    extraction = _extract(tmp_path, (
        "Mongolian envoy attends Tien Giang fruit festival\n\n"
        "On May 8, the Ambassador of Mongolia to Viet Nam, Mr. Dorj Bat, attended the opening "
        "of the Tien Giang fruit festival in My Tho city.\n\n"
        "Earlier the same day, Chairman Long received the ambassador at the provincial "
        "People's Committee. The two sides discussed trade in fruit and seafood.\n"))

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    meetings = [sorted(names[p] for p in e.participants)
                for e in extraction.dataset.engagements if e.kind == "working_meeting"]
    assert meetings == [["Embassy of Mongolia in Vietnam", "Tien Giang Province"]]


def test_a_gift_for_a_commune_of_a_district_goes_to_that_district(tmp_path):
    """"X funded a water system for Y Commune, Z District": what the gift is for is where it
    went, the commune's district as a reader names it, not the province."""
    extraction = _extract(tmp_path, (
        "QUANG NAM: NGO AID IN 2024\n\n"
        "In 2024, Quang Nam Province received 20 aid packages from foreign NGOs.\n\n"
        "- The Blue Lotus Foundation (Australia) funded a school kitchen for Tra Don Commune, "
        "Nam Tra My District, worth USD 30,000.\n"))

    [donation] = extraction.dataset.donations
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [names[d] for d in donation.donors] == ["Blue Lotus Foundation"]
    assert [names[r] for r in donation.recipients] == ["Nam Tra My District"]
    assert donation.value.value == 30_000


def test_the_provincial_peoples_committee_in_lower_case_signs_for_the_province(tmp_path):
    """"the provincial People's Committee and X signed …": the province's committee by its
    kind alone, "provincial" in lower case, is the province, not a body of its own."""
    extraction = _extract(tmp_path, (
        "Ninh Thuan reviews NGO aid in 2024\n\n"
        "Ninh Thuan province received 30 aid packages from foreign NGOs in 2024.\n\n"
        "- In September 2024, the provincial People's Committee and the Blue Lotus Foundation "
        "signed a memorandum of understanding on clean water for 2025–2027.\n"))

    [agreement] = extraction.dataset.agreements
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert sorted(names[p] for p in agreement.parties) == [
        "Blue Lotus Foundation", "Ninh Thuan Province"]


def test_a_total_brought_to_after_its_parts_is_the_gifts_value(tmp_path):
    """"Each package included … VND 400,000 in cash, bringing the total value to VND 320
    million": the total the parts add up to is the gift's value, not the cash of one."""
    extraction = _extract(tmp_path, (
        "Blue Lotus Foundation presents Tet gifts in Ninh Thuan\n\n"
        "On January 25, 2024, the Blue Lotus Foundation (Australia) presented 800 Tet gift "
        "packages to poor households in Bac Ai district, Ninh Thuan province.\n\n"
        "Each package included 10 kg of rice, a blanket and VND 400,000 in cash, bringing the "
        "total value to VND 320 million.\n"))

    [donation] = extraction.dataset.donations
    assert donation.value.value == 320_000_000


def test_a_governments_grant_scheme_gives_as_the_government(tmp_path):
    """"built with USD 70,000 from the Government of Japan's Grant Assistance for Grassroots
    Human Security Projects": the scheme is the government's money, the government gives."""
    extraction = _extract(tmp_path, (
        "Quang Ngai: a school handed over\n\n"
        "On June 4, 2024, a six-classroom school in Ba To district, built with USD 70,000 from "
        "the Government of Japan's Grant Assistance for Grassroots Human Security Projects, was "
        "handed over to the Ba Dien Commune People's Committee.\n"))

    [donation] = extraction.dataset.donations
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [names[d] for d in donation.donors] == ["Government of Japan"]
    assert donation.value.value == 70_000


def test_a_body_in_vietnam_is_its_office_not_a_receiver(tmp_path):
    """"World Vision International in Vietnam handed over …": the country after "in" is
    where the body's office is; what it handed over went to the school the clause names."""
    extraction = _extract(tmp_path, (
        "Kon Tum: NGO aid in 2024\n\n"
        "- In April 2024, World Vision International in Vietnam handed over a library for "
        "pupils of Dak Ha Primary School in Dak Ha district, built at a cost of VND 600 "
        "million.\n"))

    [donation] = extraction.dataset.donations
    assert "vietnam" not in donation.recipients
    assert donation.value.value == 600_000_000


def test_a_gift_funded_by_one_body_with_support_from_another_has_both_givers(tmp_path):
    """"funded by X with support from Y", "funded by X (XA) and Y": the helper and the body
    after the bracketed acronym are givers too, not the end of the name list."""
    extraction = _extract(tmp_path, (
        "Ninh Thuan: houses handed over\n\n"
        "On May 4, 2024, twelve houses were handed over to poor households in Bac Ai district. "
        "The houses were funded by Save the Children with support from the Asian Development "
        "Bank, at a total cost of VND 900 million.\n"))

    [donation] = extraction.dataset.donations
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert sorted(names[d] for d in donation.donors) == [
        "Asian Development Bank", "Save the Children"]
    assert donation.value.value == 900_000_000


def test_a_headline_x_and_a_countrys_y_names_two_sides_not_one(tmp_path):
    """"Cao Bang and China's Baise City hold talks …": after "and", a country's possessive
    starts a name of its own; the headline names the two sides the body's talks name, not a
    third body called "Cao Bang and China's Baise City"."""
    extraction = _extract(tmp_path, (
        "Cao Bang and China's Baise City hold talks on border trade\n\n"
        "On May 10, in Cao Bang City, the Vice Chairman of the Cao Bang Provincial People's "
        "Committee held talks with a delegation of the People's Government of Baise City, "
        "Guangxi Zhuang Autonomous Region (China), on border trade and tourism.\n"))

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    [meeting] = extraction.dataset.engagements
    assert sorted(names[p] for p in meeting.participants) == ["Baise", "Cao Bang Province"]


def test_a_guest_named_as_a_person_is_the_body_the_article_named_with_him(tmp_path):
    """"… said the KOICA Country Director in Viet Nam, Kim Min-su" and, later, "… received
    Mr. Kim and his delegation": the province met the body the person was named with; "Mr.
    Sato paid a courtesy call on …" after "Minister-Counsellor Sato Kenji said …", a name given
    with a title alone, met the foreign body the article is about. A "24/7 hotline" between
    the lede and the meeting is round the clock, not a date the meeting takes."""
    def met(body: str) -> list[tuple[set[str], int]]:
        extraction = _extract(tmp_path, body)
        return [(set(e.participants), e.when.start.year) for e in extraction.dataset.engagements
                if e.kind != "call_for_support"]

    assert met(
        "KOICA hands over ultrasound machines to Quang Tri\n\n"
        "QUANG TRI, March 14, 2024 – The Korea International Cooperation Agency (KOICA) handed "
        "over 20 ultrasound machines worth USD 300,000 to Quang Tri province.\n\n"
        "The machines will also support a 24/7 hotline for mothers.\n\n"
        "\"We are glad to help,\" said the KOICA Country Director in Viet Nam, Kim Min-su.\n\n"
        "On the same afternoon, Vice Chairman of the Quang Tri Provincial People's Committee "
        "Ha Sy Dong received Mr. Kim and his delegation.") == [({"quang-tri", "koica"}, 2024)]
    assert met(
        "Japan hands over equipment to Dak Lak\n\n"
        "The Embassy of Japan in Viet Nam on Thursday (March 14) handed over medical equipment "
        "worth JPY 9 million to Dak Lak province.\n\n"
        "Speaking at the ceremony, Minister-Counsellor Sato Kenji said the programme has funded "
        "many projects.\n\n"
        "Earlier the same morning, Mr. Sato paid a courtesy call on Vice Chairman of the Dak "
        "Lak Provincial People's Committee Nguyen Van Hai.") == [({"dak-lak", "embassy-japan"},
                                                                   2024)]


def test_the_country_the_province_is_in_gives_it_nothing(tmp_path):
    """"… wishes to receive seasonal workers from Vietnam" on a page about a Vietnamese
    province: Vietnam giving to one of its own provinces is no foreign partnership, however
    a sentence names the country."""
    extraction = _extract(tmp_path, (
        "Binh Dinh and Jeollanam-do step up cooperation\n\n"
        "Vice Chairman of the Binh Dinh Provincial People's Committee met the Governor of "
        "Jeollanam-do on March 14. Jeollanam-do wishes to receive seasonal workers from Vietnam "
        "in a transparent way."))

    assert all("vietnam" not in d.donors for d in extraction.dataset.donations)


def test_a_name_with_no_kind_word_is_a_body_by_the_words_after_it(tmp_path):
    """"Hoa Sen Agro, a Thai-invested fertiliser company based in Duc Hoa district, handed
    over …": a name that carries no kind word of its own is a body, of the kind the words
    after it say, and gives."""
    extraction = _extract(tmp_path, (
        "Company supports charity houses in Long An\n\n"
        "On March 14, Hoa Sen Agro, a Thai-invested fertiliser company based in Duc Hoa "
        "district, handed over USD 30,000 to the Long An Red Cross Society to build 8 charity "
        "houses for poor households."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d) for d in gift.donors] == ["Hoa Sen Agro"]
    assert gift.value is not None and gift.value.value == Decimal(30000)


def test_a_programme_funded_by_a_body_names_no_gift_of_its_own(tmp_path):
    """"The Vinh Long Eye Hospital has completed a free surgery programme …, funded by X":
    who paid for what someone else did, with no sum, no things and no one named as given to,
    is no gift to the province."""
    extraction = _extract(tmp_path, (
        "Poor patients in Vinh Long regain sight\n\n"
        "The Vinh Long Eye Hospital has completed a free cataract surgery programme for poor "
        "patients in Tra On district, funded by Bright Eyes Trust, a non-governmental "
        "organisation based in Perth, Australia."))

    assert extraction.dataset.donations == []


def test_a_further_count_right_after_a_gift_is_more_of_that_gift(tmp_path):
    """"A further 150 blankets were handed to …" right after the delegation's gift names no
    giver: it is more of the gift just told, one donation with both its sum and its count."""
    extraction = _extract(tmp_path, (
        "Son La delegation visits Houaphanh province\n\n"
        "On March 12, the Son La provincial delegation presented VND200 million to the "
        "Houaphanh provincial administration to support flood-hit families. A further 150 "
        "blankets were handed to poor households in Xamneua district."))

    [donation] = extraction.dataset.donations
    assert donation.value.value == Decimal(200_000_000)
    assert [str(line.quantity.value) for line in donation.items if line.quantity] == ["150"]


def test_a_gift_a_local_office_coordinated_goes_where_the_clause_says(tmp_path):
    """"Posted: … | <the site>" is the page's date line, and the site its publisher. A body
    named with the small words of its own language ("Aide zur Wasserhilfe") after a kind
    written in lower case ("the Austrian non-governmental organisation …") is proposed, and
    found again where the article names it bare. The department that "coordinated with" the
    giver arranges the gift and does not get it: the commune does. "Funded with EUR 28,000
    … by X" prices the gift just told, and "each with a capacity of 15 cubic metres" is the
    size of each tank, not a count."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Cao Bang receives water tanks for Bao Lam district\n\n"
        "Posted: 2024-05-14 | Department of Foreign Affairs of Cao Bang province\n\n"
        "On May 13, in Quang Lam commune, Bao Lam district, the Cao Bang Department of "
        "Foreign Affairs coordinated with the district People's Committee and the Austrian "
        "non-governmental organisation Aide zur Wasserhilfe to hand over 9 water tanks built "
        "for Dao households in the commune.\n\n"
        "The tanks, each with a capacity of 15 cubic metres, were funded with EUR 28,000 "
        "(about VND 750 million) by Aide zur Wasserhilfe, with local people contributing "
        "labour.\n", encoding="utf-8")
    extraction = article.extract_file(path)

    [doc] = extraction.dataset.documents
    assert str(doc.published.start) == "2024-05-14"
    assert doc.publisher == "Department of Foreign Affairs of Cao Bang province"
    [gift] = extraction.dataset.donations
    names = _names(extraction)
    assert [names[d] for d in gift.donors] == ["Aide zur Wasserhilfe"]
    assert [names[r] for r in gift.recipients] == ["Quang Lam commune"]
    assert (gift.value.value, gift.value.currency) == (Decimal(28000), "EUR")
    assert [i.quantity.value for i in gift.items] == [Decimal(9)]


def test_a_review_tells_its_grants_not_its_report(tmp_path):
    """A year's review: the report "presented at its annual review conference" is read
    out, not handed over, so the province gives its department nothing; "Among the notable
    grants, the Embassy of Japan provided …": "grants" is a noun there, and the embassy's
    verb is the gift."""
    extraction = _extract(tmp_path, (
        "Binh Dinh receives over VND 30 billion in foreign aid in 2023\n\n"
        "In 2023, Binh Dinh province mobilised and received 21 foreign non-governmental aid "
        "projects with a total value of over VND 30 billion, according to a report of the "
        "provincial Department of Foreign Affairs presented at its annual review conference "
        "on January 12.\n\n"
        "Among the notable grants, the Embassy of Japan provided US$120,000 to build a "
        "school with 4 classrooms for Hoai An district.\n"), date="13/01/2024 09:00")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["embassy-japan"]
    assert (gift.value.value, gift.value.currency) == (Decimal(120000), "USD")


def test_a_sentence_opening_with_the_total_funding_prices_and_counts_the_gift(tmp_path):
    """"With total funding of US$64,300, the building consists of 4 classrooms …" right
    after the hand-over: the gift's value and what it counts."""
    extraction = _extract(tmp_path, (
        "On March 14, the Embassy of Japan held a ceremony to hand over a new school building "
        "to Son Kim Primary School in Huong Son district, Ha Tinh province. The building was "
        "funded by the Government of Japan.\n\n"
        "With total funding of US$64,300, the building consists of 4 classrooms and a "
        "teachers' room, and will serve nearly 200 pupils.\n"))

    [gift] = extraction.dataset.donations
    assert (gift.value.value, gift.value.currency) == (Decimal(64300), "USD")
    assert [i.quantity.value for i in gift.items] == [Decimal(4)]


def test_what_the_project_supplied_counts_its_gift(tmp_path):
    """A closing report: "The project, funded with US$2.5 million from USAID, …", then "the
    project … supplied 800 assistive devices including wheelchairs": the gift counts them,
    under the name of the things, not of what they include."""
    extraction = _extract(tmp_path, (
        "USAID project for people with disabilities in Quang Tri concludes\n\n"
        "The project, funded with non-refundable aid of US$2.5 million from USAID, was carried "
        "out from 2021 to 2024 in Quang Tri province.\n\n"
        "According to the closing report, the project provided home-based care to more than "
        "3,000 people with disabilities and supplied 800 assistive devices including "
        "wheelchairs and hearing aids.\n"), date="20/09/2024 10:00")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["usaid"]
    names = {i.id: i.name_en for i in extraction.dataset.items}
    assert [(i.quantity.value, names[i.item]) for i in gift.items] == [
        (Decimal(800), "assistive devices")]


def test_a_charity_named_in_the_plural_is_a_giver(tmp_path):
    """"… receive 20 wells from Latter-day Saint Charities": a body whose name ends in
    "Charities" is an organisation, and the headline's gift is its gift."""
    extraction = _extract(tmp_path, (
        "Drought-hit households in Binh Thuan receive 20 wells from Latter-day Saint "
        "Charities\n\n"
        "Twenty poor households in Tuy Phong district have been handed over household wells "
        "funded by Latter-day Saint Charities, with a total value of US$30,000.\n"),
        date="05/06/2024 09:00")

    [gift] = extraction.dataset.donations
    assert _names(extraction)[gift.donors[0]] == "Latter-day Saint Charities"
    assert gift.value.value == Decimal(30000)


def test_a_country_owning_a_province_with_a_bare_apostrophe_is_the_province(tmp_path):
    """"Laos' Houaphanh province": the possessive of a country ending in s names the
    province the gazetteer knows, not a new partner called "Laos' Houaphanh province"."""
    extraction = _extract(tmp_path, (
        "Son La presents VND 1.2 billion to Laos' Houaphanh province for flood recovery\n"),
        date="21/08/2024 09:00")

    [gift] = extraction.dataset.donations
    assert (gift.donors, gift.recipients) == (["son-la"], ["houaphanh"])
    assert _names(extraction) == {}


def test_a_delegation_that_visited_gives_where_it_visited(tmp_path):
    """"… paid a working visit to Houaphanh province of Laos, where it presented …": the
    visitor gives to the province it visited, not the other way round (the host named
    last is no giver because it is foreign)."""
    extraction = _extract(tmp_path, (
        "Flood aid for Houaphanh\n\n"
        "On August 20, a delegation of Son La province paid a working visit to Houaphanh "
        "province of Laos, where it presented VND 1.2 billion to help local people overcome "
        "the consequences of recent floods.\n"), date="21/08/2024 09:00")

    [gift] = extraction.dataset.donations
    assert (gift.donors, gift.recipients) == (["son-la"], ["houaphanh"])


def test_a_name_with_and_inside_is_one_party_of_an_agreement(tmp_path):
    """"Thai Binh University of Medicine and Pharmacy and Saitama Medical University
    signed …": two parties, the first with its own "and"; and "the Saitama Prefectural
    Government" is Saitama Prefecture, the body the meeting before named."""
    extraction = _extract(tmp_path, (
        "Thai Binh signs MoUs with Saitama\n\n"
        "On April 18, the Thai Binh Provincial People's Committee and the Saitama Prefectural "
        "Government signed a memorandum of understanding on human resources development.\n\n"
        "On the same occasion, Thai Binh University of Medicine and Pharmacy and Saitama "
        "Medical University signed a cooperation agreement on training nurses.\n"),
        date="19/04/2024 09:00")

    names = _names(extraction)
    parties = [sorted(names.get(p, p) for p in a.parties)
               for a in extraction.dataset.agreements]
    assert parties == [["Saitama Prefecture", "thai-binh"],
                       ["Saitama Medical University",
                        "Thai Binh University of Medicine and Pharmacy"]]


def test_a_foreign_city_written_with_city_in_lower_case_is_a_partner(tmp_path):
    """"Korea's Gimhae city", "a delegation from Gimhae city, South Gyeongsang province, the
    Republic of Korea": an unknown city named with its kind in lower case is proposed, the
    province after it is where it lies, and "Korea's" says whose city it is; a city the
    talks were held "in" is where, not who."""
    extraction = _extract(tmp_path, (
        "Nam Dinh, Korea's Gimhae city sign memorandum of understanding\n\n"
        "On March 20, Vice Chairman of the Nam Dinh Provincial People's Committee Hoang Minh "
        "Duc held talks in Nam Dinh city with a delegation from Gimhae city, South Gyeongsang "
        "province, the Republic of Korea.\n\n"
        "On the occasion, the Gimhae city delegation presented 30 computers worth USD 45,000 "
        "to Nam Dinh Vocational College.\n"), date="21/03/2024 09:00")

    names = _names(extraction)
    [gift] = extraction.dataset.donations
    assert [names[d] for d in gift.donors] == ["Gimhae city"]
    [mou] = extraction.dataset.agreements
    [talks] = extraction.dataset.engagements
    assert sorted(names.get(p, p) for p in mou.parties) == ["Gimhae city", "nam-dinh"]
    assert sorted(names.get(p, p) for p in talks.participants) == ["Gimhae city", "nam-dinh"]
    gimhae = next(p for p in extraction.dataset.partners if p.id == gift.donors[0])
    assert gimhae.country == "south-korea"


def test_a_region_written_with_region_in_lower_case_is_a_partner(tmp_path):
    """"a delegation from the Nouvelle-Aquitaine region of France": a foreign region met and
    signed with, proposed with its country."""
    extraction = _extract(tmp_path, (
        "HCMC signs cooperation agreement with French region\n\n"
        "On November 8, Vice Chairman of the Ho Chi Minh City People's Committee Tran Quoc "
        "Binh held talks with a delegation from the Nouvelle-Aquitaine region of France.\n\n"
        "Following the talks, the two sides signed a cooperation agreement for the 2023-2026 "
        "period.\n"), date="09/11/2023 09:00")

    names = _names(extraction)
    [agreement] = extraction.dataset.agreements
    assert sorted(names.get(p, p) for p in agreement.parties) == [
        "Nouvelle-Aquitaine region", "ho-chi-minh"]
    region = next(p for p in extraction.dataset.partners if p.id in names)
    assert region.country == "france"


def test_a_building_named_by_its_rooms_counts_them(tmp_path):
    """"a new eight-classroom building", "a 20-bed clinic": the rooms or beds are the gift's
    count; "two-storey" is its size and counts nothing."""
    extraction = _extract(tmp_path, (
        "Japan hands over new classrooms\n\n"
        "On February 27, the Consulate General of Japan in Ho Chi Minh City handed over a new "
        "two-storey, eight-classroom building worth USD 92,000 to Lieu Tu Primary School.\n"),
        date="28/02/2024 09:00")

    [gift] = extraction.dataset.donations
    assert [i.quantity.value for i in gift.items] == [Decimal(8)]


def test_a_delegation_named_by_its_body_meets_that_body(tmp_path):
    """"the association's delegation … paid a courtesy call on Vice Chairman of the Quang
    Ngai Provincial People's Committee": a meeting of the province with the association the
    article named before, not of the province alone (which is no meeting)."""
    extraction = _extract(tmp_path, (
        "Japanese association grants scholarships\n\n"
        "On August 23, the Aichi Japan-Vietnam Friendship Association presented 100 "
        "scholarships to disadvantaged students in Ba To district.\n\n"
        "Previously, on August 22, the association's delegation led by its Chairman Suzuki "
        "Takeshi paid a courtesy call on Vice Chairman of the Quang Ngai Provincial People's "
        "Committee Nguyen Van Minh.\n"), date="25/08/2024 09:00")

    names = _names(extraction)
    [meeting] = extraction.dataset.engagements
    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "Aichi Japan-Vietnam Friendship Association", "quang-ngai"]


def test_a_project_implemented_worth_a_sum_is_the_bodys_grant(tmp_path):
    """"Plan International implemented a child protection project in Lam Binh district worth
    VND 8.4 billion": Plan's grant, to the district the clause names."""
    extraction = _extract(tmp_path, (
        "Tuyen Quang receives NGO aid\n\n"
        "In 2023, Tuyen Quang province received aid from 25 foreign NGOs. Among the major "
        "projects, Plan International implemented a child protection project in Lam Binh "
        "district worth VND 8.4 billion.\n"), date="15/01/2024 09:00")

    names = _names(extraction)
    [gift] = extraction.dataset.donations
    assert gift.donors == ["plan-international"] and gift.value.value == Decimal(8400000000)
    assert [names.get(r, r) for r in gift.recipients] == ["Lam Binh district"]


def test_a_visit_during_which_the_delegation_gave_is_one_gift_to_the_body_named(tmp_path):
    """"Ha Tinh presents … VND 2.3 billion to Bolikhamxay province" (headline), then "paid
    a working visit to Bolikhamxay province, Laos, on October 3, during which it handed over
    medical equipment worth VND 2.3 billion to the Bolikhamxay Provincial Hospital": one gift
    from Ha Tinh, to the hospital; the visit met the province, not the hospital."""
    extraction = _extract(tmp_path, (
        "Ha Tinh presents medical equipment worth VND 2.3 billion to Bolikhamxay province\n\n"
        "A delegation of Ha Tinh province paid a working visit to Bolikhamxay province, Laos, "
        "on October 3, during which it handed over medical equipment worth VND 2.3 billion "
        "to the Bolikhamxay Provincial Hospital.\n"), date="04/10/2024 09:00")

    names = _names(extraction)
    [gift] = extraction.dataset.donations
    assert gift.donors == ["ha-tinh"]
    assert [names.get(r, r) for r in gift.recipients] == ["Bolikhamxay Provincial Hospital"]
    [visit] = extraction.dataset.engagements
    assert sorted(visit.participants) == ["bolikhamxay", "ha-tinh"]


def test_who_received_and_handed_over_passed_the_gift_on(tmp_path):
    """"The Gia Lai Union of Friendship Organizations (GUFO) on June 5 received and handed
    over 30 clean water wells funded by Good Neighbors International (GNI) … to ethnic
    minority households in Ia Grai district": GNI gives, to where the households live; the
    union passed the wells on; "June 5 received" counts nothing."""
    extraction = _extract(tmp_path, (
        "Good Neighbors International funds 30 clean water wells for Gia Lai villagers\n\n"
        "The Gia Lai Union of Friendship Organizations (GUFO) on June 5 received and handed "
        "over 30 clean water wells funded by Good Neighbors International (GNI), a Korean "
        "humanitarian NGO, to ethnic minority households in Ia Grai district.\n"),
        date="06/06/2023 09:00")

    names = _names(extraction)
    [gift] = extraction.dataset.donations
    assert gift.donors == ["gni"]
    assert [names.get(r, r) for r in gift.recipients] == ["Ia Grai district"]
    assert [i.quantity.value for i in gift.items] == [Decimal(30)]


def test_houses_for_households_count_one_each(tmp_path):
    """"Catholic Relief Services (CRS) funded flood-resilient houses for 40 poor households
    in Le Thuy district, with a total value of VND 2.4 billion": 40 houses."""
    extraction = _extract(tmp_path, (
        "Quang Binh reviews foreign NGO aid in 2023\n\n"
        "Catholic Relief Services (CRS) funded flood-resilient houses for 40 poor households "
        "in Le Thuy district, with a total value of VND 2.4 billion.\n"), date="10/01/2024 09:00")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["catholic-relief-services"]
    assert [i.quantity.value for i in gift.items] == [Decimal(40)]


def test_the_city_a_body_is_based_in_gives_nothing(tmp_path):
    """"Japan's Okayama-based non-profit organisation Smile Bridge presented …": Okayama is
    where the body sits, not a second giver."""
    extraction = _extract(tmp_path, "On January 31, Japan's Okayama-based non-profit "
                          "organisation Smile Bridge presented medical equipment worth ¥2 "
                          "million to the Tay Ninh Provincial General Hospital.\n")

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[d] for d in gift.donors] == ["Smile Bridge"]


def test_a_name_said_to_be_a_non_profit_organisation_is_a_body(tmp_path):
    """"Water for Mekong, a small Belgian non-profit organisation": a name with no kind word
    of its own is a body when the words after it say what it is; its budget "provided by
    Water for Mekong" is its gift."""
    extraction = _extract(tmp_path, "On April 22, 2024, the Cau Ngang District People's "
                          "Committee in Tra Vinh province and Water for Mekong, a small Belgian "
                          "non-profit organisation, held a ceremony to launch a clean water "
                          "project.\n\nWith a total budget of EUR 30,000 provided by Water for "
                          "Mekong, the project will install 6 water purification systems.\n")

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[d] for d in gift.donors] == ["Water for Mekong"]
    assert gift.value.raw == "EUR 30,000"


def test_an_ambassador_named_by_the_countrys_adjective_is_its_embassy(tmp_path):
    """"received a courtesy call from Singaporean Ambassador to Viet Nam …": the embassy of
    Singapore met the province, though no name of the embassy says "Singaporean"."""
    extraction = _extract(tmp_path, "On November 24, Chairman of the Kien Giang Provincial "
                          "People's Committee Nguyen Thanh Phong received a courtesy call from "
                          "Singaporean Ambassador to Viet Nam Lim Hui Ling.\n")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["embassy-singapore", "kien-giang"]


def test_the_provinces_gift_to_people_abroad_goes_to_the_district_abroad(tmp_path):
    """"the An Giang delegation presented 500 gift packages … to poor households … in Koh
    Thom district": the receivers are people of the district abroad they live in (of Kandal,
    the province the article is about), not of An Giang; a gift handed over to no one is not
    given abroad."""
    extraction = _extract(tmp_path, "On September 14, 2023, a delegation of An Giang province "
                          "had a working session with the Kandal Provincial Administration of "
                          "the Kingdom of Cambodia.\n\nFollowing the working session, the An "
                          "Giang delegation presented 500 gift packages to poor households in "
                          "Koh Thom district, with a total value of nearly VND900m.\n\n"
                          "Two new classrooms at Tan Hoa Kindergarten in An Giang province were "
                          "handed over on the same day.\n", footer="An Giang")

    [gift] = extraction.dataset.donations
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert (gift.donors, [names[r] for r in gift.recipients]) == (
        ["an-giang"], ["Koh Thom district"])
    assert gift.value.raw == "nearly VND900m"


def test_a_consul_general_of_the_netherlands_is_the_listed_consulate(tmp_path):
    """"Consul General of the Netherlands in Ho Chi Minh City": "the" belongs to the
    country's name, so the consulate the gazetteer lists met the province, not a new body
    named "Consulate General of Netherlands"."""
    extraction = _extract(tmp_path, "On March 11, Vice Chairman of the Long An Provincial "
                          "People's Committee Huynh Van Quang received Mr. Pieter Jansen, Consul "
                          "General of the Netherlands in Ho Chi Minh City, who was on a working "
                          "visit to the province.\n")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["consulate-netherlands-ho-chi-minh-city", "long-an"]


def test_a_water_supply_system_handed_over_is_priced_by_the_sentence_after(tmp_path):
    """"the Australian Embassy … handed over a clean water supply system to Cong Bang
    commune …. The works was funded with USD 45,000 …": one gift of the embassy, at that
    price."""
    extraction = _extract(tmp_path, "On June 9, 2023, the Australian Embassy in Vietnam handed "
                          "over a clean water supply system to Cong Bang commune, Pac Nam "
                          "district, in the northern mountainous province of Bac Kan.\n\nThe "
                          "works was funded with USD 45,000 under the embassy's Direct Aid "
                          "Program (DAP).\n")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["embassy-australia"]
    assert gift.value.raw == "USD 45,000"


def test_a_ceremony_to_hand_over_is_priced_by_the_funded_sentence_after(tmp_path):
    """"… held a ceremony to hand over a clean water supply system …. Funded under the New
    Zealand Head of Mission Fund, the project is worth nearly VND900m.": one gift of the
    embassy, at that price."""
    extraction = _extract(tmp_path, "On November 16, 2023, the Embassy of New Zealand in Viet "
                          "Nam and the People's Committee of Khanh Son district, Khanh Hoa "
                          "province, held a ceremony to hand over a clean water supply system in "
                          "Son Binh commune.\n\nFunded under the New Zealand Head of Mission "
                          "Fund, the project is worth nearly VND900m.\n")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["embassy-new-zealand"]
    assert gift.value.raw == "nearly VND900m"


def test_a_longer_name_that_holds_a_known_one_is_a_body_of_its_own(tmp_path):
    """"the Children of Asia Foundation" is not The Asia Foundation the gazetteer lists;
    "representatives of the Embassy of Japan" are the embassy's people, the embassy."""
    extraction = _extract(tmp_path, "In 2023, the Children of Asia Foundation granted 120 "
                          "scholarships worth VND 360 million to pupils in Son Hoa district, Phu "
                          "Yen province.\n\nRepresentatives of the Embassy of Japan presented "
                          "US$20,000 to Phu Yen province.\n")

    givers = [d for gift in extraction.dataset.donations for d in gift.donors]
    assert givers == ["extracted-children-of-asia-foundation", "embassy-japan"]


def test_a_city_the_meeting_was_held_in_is_no_side_of_it(tmp_path):
    """"at the provincial administrative centre in Quy Nhon City, … received a delegation of
    the Okayama Prefectural Assembly": Quy Nhon City is where they met, not a third side."""
    extraction = _extract(tmp_path, "On March 1, at the provincial administrative centre in Quy "
                          "Nhon City, Vice Chairman of the Binh Dinh Provincial People's "
                          "Committee Le Van Hoa received a delegation of the Okayama Prefectural "
                          "Assembly of Japan.\n")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["binh-dinh", "okayama"]


def test_the_vietnamese_body_a_giver_coordinated_with_gives_nothing(tmp_path):
    """"the Consulate General of the Russian Federation in Da Nang, in coordination with the
    Da Nang Association of Victims of Agent Orange/Dioxin (DAVA), presented …": the
    association helped hand the gifts out; the consulate, known by that name, gave them."""
    extraction = _extract(tmp_path, "On January 25, 2024, the Consulate General of the Russian "
                          "Federation in Da Nang, in coordination with the Da Nang Association of "
                          "Victims of Agent Orange/Dioxin (DAVA), presented 200 Tet gift packages "
                          "to Agent Orange victims in the city, with a total value of nearly "
                          "VND180m.\n", footer="Da Nang")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["consulate-russia-da-nang"]


def test_the_signing_venue_and_a_bodys_other_name_are_no_parties(tmp_path):
    """"at the Provincial Political-Administrative Centre in Thu Dau Mot City, Binh Duong
    Provincial People's Committee and the American Chamber of Commerce in Vietnam (AmCham
    Vietnam) signed …": two parties; the venue is where, and "AmCham Vietnam" in brackets
    is the chamber's other name, not a third party nor Vietnam."""
    extraction = _extract(tmp_path, "On September 26, 2023, at the Provincial Political-"
                          "Administrative Centre in Thu Dau Mot City, Binh Duong Provincial "
                          "People's Committee and the American Chamber of Commerce in Vietnam "
                          "(AmCham Vietnam) signed a memorandum of understanding on cooperation "
                          "in investment promotion.\n")

    [mou] = extraction.dataset.agreements
    assert len(mou.parties) == 2 and "binh-duong" in mou.parties


def test_a_cooperation_program_signed_between_two_is_an_agreement(tmp_path):
    """"the two sides signed the Cooperation Program between Hanoi People's Committee and the
    Moscow City Government for the 2024–2026 period": an agreement of those two."""
    extraction = _extract(tmp_path, "On November 15, 2023, following the talks, the two sides "
                          "signed the Cooperation Program between Hanoi People's Committee and "
                          "the Moscow City Government for the 2024–2026 period.\n",
                          footer="Ha Noi")

    [program] = extraction.dataset.agreements
    assert len(program.parties) == 2 and "ha-noi" in program.parties


def test_the_equipment_comprising_its_things_is_the_gift_just_told(tmp_path):
    """"… received medical equipment worth VND 1.2 billion donated by KOFIH. The equipment,
    comprising three patient monitors and two syringe pumps, was funded by KOFIH under its
    programme to support provincial hospitals in northern Vietnam.": one gift, with its
    things; the country the programme works in receives nothing."""
    extraction = _extract(tmp_path, "Bac Ninh Provincial General Hospital on May 20, 2024 "
                          "received medical equipment worth VND 1.2 billion donated by the Korea "
                          "Foundation for International Healthcare (KOFIH).\n\nThe equipment, "
                          "comprising three patient monitors and two syringe pumps, was funded "
                          "by KOFIH under its programme to support provincial hospitals in "
                          "northern Vietnam.\n", footer="Bac Ninh")

    [gift] = extraction.dataset.donations
    assert gift.value.raw == "VND 1.2 billion"
    assert sorted(i.quantity.raw for i in gift.items) == ["2", "3"]


def test_a_body_named_after_a_place_and_said_to_be_a_charity_gives(tmp_path):
    """"Friends of Yen Bai Children, a New Zealand charity, funded …": the appositive says
    the whole name is a body; the province inside it is the body's name, not the giver."""
    extraction = _extract(tmp_path, (
        "Among them, Friends of Yen Bai Children, a New Zealand charity, funded VND 800 million "
        "to build a kitchen at Lam Thuong Primary School in Luc Yen district."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[d] for d in gift.donors] == ["Friends of Yen Bai Children"]


def test_each_share_of_a_gift_told_with_specifically_is_a_gift_from_its_giver(tmp_path):
    """"Specifically, A received …, worth …; B received …, worth …; and C Kindergarten
    received …": each receiver's share is a gift from the body that handed the whole over,
    named in the sentence before; water "from an upstream source" names no giver."""
    extraction = _extract(tmp_path, (
        "On May 3, the Australian non-governmental organisation Blue Rain Australia held a "
        "ceremony to hand over water facilities to three schools in Muong La district.\n\n"
        "Specifically, Ngoc Chien Primary School received a water tank and a pipeline "
        "bringing water from an upstream source to the school, worth VND 300 million; "
        "Chieng Lao Primary School received a drilled well, worth VND 200 million; and Hua "
        "Trai Kindergarten received six water purifiers, worth VND 90 million."))

    gifts = extraction.dataset.donations
    names = _names(extraction)
    assert [(names[g.donors[0]], names[g.recipients[0]], g.value.raw) for g in gifts] == [
        ("Blue Rain Australia", "Ngoc Chien Primary School", "VND 300 million"),
        ("Blue Rain Australia", "Chieng Lao Primary School", "VND 200 million"),
        ("Blue Rain Australia", "Hua Trai Kindergarten", "VND 90 million")]


def test_the_price_of_each_house_is_not_the_gift_the_total_after_it_is(tmp_path):
    """"Each house … was built with VND 50 million from X", then "The total support from the
    organisation amounted to VND 400 million": the first sum is a price each, the second
    the value of the hand-over told before."""
    extraction = _extract(tmp_path, (
        "On June 2, the Sunshine Homes Foundation, in coordination with the Thai Binh "
        "Department of Foreign Affairs and the People's Committee of Tien Hai district, held a "
        "ceremony to hand over 8 houses to poor households in the district.\n\n"
        "Each house, with a floor area of 45 square metres, was built with VND 50 million from "
        "the Sunshine Homes Foundation. The total support from the organisation amounted to "
        "VND 400 million."))

    [gift] = extraction.dataset.donations
    assert gift.value.raw == "VND 400 million"


def test_the_foreign_affairs_department_beside_the_giver_is_not_one_with_it(tmp_path):
    """"the Quang Tri Department of Foreign Affairs and Mercy Malaysia, a Malaysian
    non-profit organisation, handed over …": two bodies, not one name; the department
    handed the gift over with the giver, it did not receive it."""
    extraction = _extract(tmp_path, (
        "On May 31, in Vinh Khe commune, Dakrong district, the Quang Tri Department of Foreign "
        "Affairs and Mercy Malaysia, a Malaysian non-profit organisation, handed over 20 water "
        "tanks worth USD 30,000 to local residents affected by drought."))

    [gift] = extraction.dataset.donations
    names = _names(extraction)
    assert gift.donors == ["mercy-malaysia"]
    assert not any("Foreign Affairs" in names.get(r, r) for r in gift.recipients)


def test_a_county_governor_named_after_his_county_is_no_side_of_the_meeting(tmp_path):
    """"a delegation from Yanggu County …, led by County Governor Seo Heung-won": the
    governor heads the county's delegation; two sides met, the province and the county."""
    extraction = _extract(tmp_path, (
        "On October 11, Vice Chairman of the Nam Dinh Provincial People's Committee Tran Anh "
        "Dung held a working session with a delegation from Yanggu County, Gangwon Province, "
        "the Republic of Korea, led by County Governor Seo Heung-won."))

    [meeting] = extraction.dataset.engagements
    assert len(meeting.participants) == 2
    assert not any("Governor" in n for n in _names(extraction).values())


def test_a_body_in_a_province_received_and_one_thing_listed_is_counted(tmp_path):
    """"Yen The District Medical Centre in Bac Giang province received … donated by X": the
    centre received, the province is where it is; "The items include one ventilator, two
    incubators …" counts the one ventilator too."""
    extraction = _extract(tmp_path, (
        "On August 13, Yen The District Medical Centre in Bac Giang province received medical "
        "equipment worth USD 30,000 donated by the Golden Gate Medical Fund, a charitable "
        "foundation based in California. The donated items include one neonatal ventilator, "
        "two infant incubators and three phototherapy lamps."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[r] for r in gift.recipients] == [
        "Yen The District Medical Centre"]
    assert {i.quantity.raw for i in gift.items} >= {"1", "2", "3"}


def test_funded_by_a_grant_of_a_sum_from_a_body_names_that_body(tmp_path):
    """"funded by a non-refundable grant of USD 1.6 million from the World Bank": the point
    inside the sum does not end the words that name who paid."""
    extraction = _extract(tmp_path, (
        "On March 5, the Yen Bai Department of Agriculture and Rural Development launched the "
        "project \"Forest livelihoods in Yen Bai province\", funded by a non-refundable grant "
        "of USD 1.6 million from the World Bank."))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["world-bank"] and gift.value.raw == "USD 1.6 million"


def test_what_a_building_handed_over_consists_of_is_counted(tmp_path):
    """"… hand over the Ha Giang - Luang Namtha Friendship School …", then "The school,
    funded by Ha Giang province with a total investment of VND 900 million, consists of
    three classrooms …": the gift is the school, at that price, of three classrooms."""
    extraction = _extract(tmp_path, (
        "Ha Giang hands over friendship school to Laos' Luang Namtha province\n\n"
        "On May 8, a delegation of Ha Giang province attended a ceremony to hand over the Ha "
        "Giang - Luang Namtha Friendship School in Long district, Luang Namtha province, Laos."
        "\n\nThe school, funded by Ha Giang province with a total investment of VND 900 "
        "million, consists of three classrooms, a teachers' room and a toilet block."))

    [gift] = extraction.dataset.donations
    assert gift.value.raw == "VND 900 million"
    assert [i.quantity.raw for i in gift.items] == ["3"]


def test_an_autonomous_prefecture_of_two_peoples_is_one_side(tmp_path):
    """"a working delegation of the People's Government of Honghe Hani and Yi Autonomous
    Prefecture, Yunnan province (China)": one prefecture, named after two peoples; the
    province it is in is no third side."""
    extraction = _extract(tmp_path, (
        "On April 2, in Sa Pa town, Vice Chairman of the Lao Cai Provincial People's Committee "
        "Nguyen Trong Hai received a working delegation of the People's Government of Honghe "
        "Hani and Yi Autonomous Prefecture, Yunnan province (China)."))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["honghe", "lao-cai"]


def test_a_name_whose_initials_are_in_brackets_is_a_body(tmp_path):
    """"the Friendship Vietnam Schools Project (FVSP)": the letters in brackets are the
    name's initials, so the run of capitals is one body, not Vietnam; "funded by FVSP"
    later names it."""
    extraction = _extract(tmp_path, (
        "On March 13, the Quang Ngai Department of Foreign Affairs coordinated with the "
        "Friendship Vietnam Schools Project (FVSP) to hand over Binh Chau Kindergarten.\n\n"
        "The project, funded by FVSP with a total cost of USD 40,000, includes 3 new "
        "classrooms."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[d] for d in gift.donors] == ["Friendship Vietnam Schools Project"]


def test_the_representatives_of_a_body_are_no_body_of_their_own(tmp_path):
    """"Photo: Representatives of the X Association hand over …": the association gives."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Posted: 14/11/2023\n\n"
        "Photo: Representatives of the Kanagawa Japan-Vietnam Friendship Association hand over "
        "the ¥2 million gift to Lai Uyen Primary School in Binh Duong province.\n",
        encoding="utf-8")

    extraction = article.extract_file(page)
    [gift] = extraction.dataset.donations

    assert [_names(extraction).get(d, d) for d in gift.donors] == [
        "Kanagawa Japan-Vietnam Friendship Association"]


def test_a_school_that_received_is_the_receiver_not_the_places_after_it(tmp_path):
    """"Lai Uyen Primary School in Bau Bang district, Binh Duong province, has received …
    from X": the school received; the district and the province say where it is."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Posted: 14/11/2023\n\n"
        "Lai Uyen Primary School in Bau Bang district, Binh Duong province, has received ¥2 "
        "million from the Kanagawa Japan-Vietnam Friendship Association to expand its "
        "library.\n", encoding="utf-8")

    extraction = article.extract_file(page)
    [gift] = extraction.dataset.donations

    assert [_names(extraction).get(r, r) for r in gift.recipients] == ["Lai Uyen Primary School"]


def test_a_department_of_the_prefecture_named_before_is_no_side_of_its_own(tmp_path):
    """"led by Mr. X, Director General of the Prefecture's Department of International
    Affairs": the prefecture's own department; the meeting has two sides."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Posted: 07/12/2023\n\n"
        "On December 6, Vice Chairman of the Dak Lak Provincial People's Committee Pham Ngoc "
        "Long received a delegation from Shizuoka Prefecture (Japan) led by Mr. Suzuki "
        "Hiroshi, Director General of the Prefecture's Department of International Affairs.\n",
        encoding="utf-8")

    [meeting] = article.extract_file(page).dataset.engagements

    assert len(meeting.participants) == 2


def test_a_body_named_after_its_kind_in_lower_case_is_the_giver(tmp_path):
    """"the Dutch foundation Stichting Kleine Hulp provided EUR 30,000 …": the foundation
    gave, not the body the article named before."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Posted: 08/04/2025\n\n"
        "Misereor, the German Catholic Bishops' Organisation for Development Cooperation, "
        "committed USD 45,000 to households in Que Phong district. Meanwhile, the Dutch "
        "foundation Stichting Kleine Hulp provided EUR 30,000 to build two kindergarten "
        "classrooms in Mon Son commune, Nghe An province.\n", encoding="utf-8")

    extraction = article.extract_file(page)
    [gift] = [d for d in extraction.dataset.donations if d.value and d.value.currency == "EUR"]

    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Stichting Kleine Hulp"]


def test_where_a_body_is_based_is_no_part_of_its_name(tmp_path):
    """"the Japan-based Asian Rural Children Support Network (ARCS) granted ¥2 million …":
    the network gave; "Japan-based" says where it sits. "A Japan-based NGO, Asia Kids Link,
    …" still names Asia Kids Link."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Posted: 08/04/2025\n\n"
        "Among the notable projects, the Japan-based Asian Rural Children Support Network "
        "(ARCS) granted ¥2 million to provide school lunches for pupils at Tam Hop Primary "
        "Boarding School in Nghe An province.\n", encoding="utf-8")

    extraction = article.extract_file(page)
    [gift] = extraction.dataset.donations

    assert [_names(extraction).get(d, d) for d in gift.donors] == [
        "Asian Rural Children Support Network"]


def test_a_summarys_project_run_by_a_body_and_houses_built_for_households(tmp_path):
    """In a half-year summary: "a child protection project implemented by Blue Sky Children's
    Foundation in Ha Long and Cam Pha cities, worth USD 145,000" is that foundation's gift
    (its name stops before the cities), and "Habitat for Humanity Vietnam built 12 houses
    for poor households in Dam Ha district, worth nearly VND900m" is Habitat's."""
    extraction = _extract(tmp_path, "In the first six months of 2023, Quang Ninh province "
                          "received 9 foreign non-governmental aid projects. Notable among them "
                          "was a child protection project implemented by Blue Sky Children's "
                          "Foundation in Ha Long and Cam Pha cities, worth USD 145,000.\n\n"
                          "Meanwhile, Habitat for Humanity Vietnam built 12 houses for poor "
                          "households in Dam Ha district, worth nearly VND900m.\n")
    names = _names(extraction)

    gifts = {(tuple(names.get(d, d) for d in g.donors), g.value.raw)
             for g in extraction.dataset.donations}

    assert gifts == {(("Blue Sky Children's Foundation",), "USD 145,000"),
                     (("habitat-for-humanity",), "nearly VND900m")}


def test_a_body_the_article_says_is_an_authority_signs(tmp_path):
    """"the Ca Mau Provincial People's Committee and Waterschap Rivierland, a regional water
    authority of the Netherlands, signed a Memorandum of Understanding": the authority is a
    side, though its name holds no kind word."""
    extraction = _extract(tmp_path, "On December 4, in Ca Mau City, the Ca Mau Provincial "
                          "People's Committee and Waterschap Rivierland, a regional water "
                          "authority of the Netherlands, signed a Memorandum of Understanding "
                          "on coastal protection.\n")
    names = _names(extraction)

    [agreement] = extraction.dataset.agreements

    assert sorted(names.get(p, p) for p in agreement.parties) == [
        "Waterschap Rivierland", "ca-mau"]


def test_scholarships_a_ceremony_presents_from_a_fund_are_the_funds(tmp_path):
    """"… the Soc Trang Provincial Association for Promoting Education … held a ceremony to
    present 300 scholarships from the Mekong Friends Fund of Victoria (Australia) to
    students", then "The scholarships, ranging from VND2 million to VND5 million each and
    worth nearly VND900m in total, went to …": the fund gave 300 scholarships worth the
    total; the range is what one was worth. Students "from" a province are where they are
    from."""
    extraction = _extract(tmp_path, "On August 24, in Soc Trang City, the Soc Trang Provincial "
                          "Association for Promoting Education, in coordination with the "
                          "Department of Foreign Affairs, held a ceremony to present 300 "
                          "scholarships from the Mekong Friends Fund of Victoria (Australia) to "
                          "disadvantaged students.\n\n"
                          "The scholarships, ranging from VND2 million to VND5 million each and "
                          "worth nearly VND900m in total, went to students from all 11 "
                          "districts.\n")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Mekong Friends Fund of Victoria"]
    assert gift.value.raw == "nearly VND900m"


def test_a_closed_projects_funding_told_two_sentences_on_is_its_funders_gift(tmp_path):
    """"… held a ceremony to close the project "…", funded by the Lotus Water Fund.", a
    sentence on who attended, then "Implemented from August 2022 to May 2024 by …, the
    project had total funding of USD 480,000": the fund gave that sum."""
    extraction = _extract(tmp_path, "On June 13, the Tra Vinh Department of Agriculture and Rural "
                          "Development held a ceremony to close the project \"Clean water for "
                          "saline-affected communes\", funded by the Lotus Water Fund.\n\n"
                          "Attending the ceremony were leaders of the provincial People's "
                          "Committee.\n\n"
                          "Implemented from August 2022 to May 2024 by the Tra Vinh Centre for "
                          "Rural Water Supply, the project had total funding of USD 480,000.\n")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Lotus Water Fund"]
    assert gift.value.raw == "USD 480,000"


@pytest.mark.parametrize("did", ["works with", "pays working visit to"])
def test_a_headline_delegation_that_works_with_a_province_then_presents_gives_to_it(
        tmp_path, did):
    """"Quang Tri delegation works with Salavan, presents VND 1.5 billion for school
    dormitory", "… pays working visit to Salavan, presents …": the delegation's province
    gives, to Salavan, not the other way round."""
    extraction = _extract(tmp_path, f"Quang Tri delegation {did} Salavan, presents VND 1.5 "
                          "billion for school dormitory\n\nOn March 11, a delegation of Quang "
                          "Tri province led by Vice Chairman Hoang Nam worked with leaders of "
                          "Salavan province, Laos.\n")

    gifts = {(tuple(g.donors), tuple(g.recipients)) for g in extraction.dataset.donations}

    assert gifts == {(("quang-tri",), ("salavan",))}


def test_a_summarys_commitments_and_a_foundation_described_by_its_country(tmp_path):
    """"Misereor, the German Catholic Bishops' Organisation for Development Cooperation,
    committed USD 45,000 to …": one giver, described between commas; "the Dutch foundation
    Stichting Kleine Hulp provided EUR 30,000 …": the foundation gives. "a total committed
    value of USD 1.08 million" commits nothing."""
    extraction = _extract(tmp_path, "In the first quarter of 2025, Nghe An received 12 foreign "
                          "non-governmental aid projects with a total committed value of USD "
                          "1.08 million. Misereor, the German Catholic Bishops' Organisation "
                          "for Development Cooperation, committed USD 45,000 to a farming "
                          "project for households in Que Phong district. Meanwhile, the Dutch "
                          "foundation Stichting Kleine Hulp provided EUR 30,000 to build "
                          "classrooms in Mon Son commune.\n")
    names = _names(extraction)

    gifts = {(tuple(names.get(d, d) for d in g.donors), g.value.raw)
             for g in extraction.dataset.donations}

    assert gifts == {(("misereor",), "USD 45,000"), (("Stichting Kleine Hulp",), "EUR 30,000")}


def test_a_province_named_after_its_kind_is_that_province(tmp_path):
    """"a delegation from the Province of Drenthe, the Netherlands": the province, named by
    the words after "Province of", meets and signs; "Kampot Province of Cambodia" stays
    Kampot."""
    extraction = _extract(tmp_path, "On May 6, Vice Chairman of Hau Giang Provincial People's "
                          "Committee Tran Van Huyen received a delegation from the Province "
                          "of Drenthe, the Netherlands. After the talks, the two sides signed a "
                          "Memorandum of Understanding on cooperation in agriculture.\n")
    names = _names(extraction)

    [meeting] = extraction.dataset.engagements
    [mou] = extraction.dataset.agreements

    assert {names.get(p, p) for p in meeting.participants} == {"hau-giang", "Province of Drenthe"}
    assert set(mou.parties) == set(meeting.participants)


def test_the_two_delegations_meet_the_side_named_most_often(tmp_path):
    """"the two delegations held talks at the headquarters of the Provincial People's
    Committee": the province meets the partner the article is about, not a consulate named
    once as a witness."""
    extraction = _extract(tmp_path, "Lai Chau and Luang Namtha sign cooperation agreement\n\n"
                          "On April 9, the People's Committee of Lai Chau province and the "
                          "Administration of Luang Namtha province signed an agreement on "
                          "cooperation for 2024-2026. Governor of Luang Namtha province Phout "
                          "Simmalavong signed for the Lao side. The ceremony was witnessed by "
                          "representatives of the Consulate General of Laos in Dien Bien. "
                          "Before the signing, the two delegations held talks at the "
                          "headquarters of the Provincial People's Committee.\n",
                          footer="Lai Chau Department of Foreign Affairs")

    meetings = {frozenset(e.participants) for e in extraction.dataset.engagements}

    assert meetings == {frozenset({"lai-chau", "luang-namtha"})}


def test_the_sentence_after_a_gift_that_prices_it_gives_its_value(tmp_path):
    """"The in-kind gift has an estimated value of ¥12 million." and "Funded by the X Fund,
    the project cost nearly VND700m." price the gift told just before."""
    gift = _extract(tmp_path, "On May 3, the Quang Nam Department of Health received three "
                    "used ambulances donated by the Government of Toyama City, Japan. The "
                    "in-kind gift has an estimated value of ¥12 million.\n")
    project = _extract(tmp_path, "On June 4, the Embassy of New Zealand in Vietnam handed over "
                       "three classrooms to Hoa Mai Kindergarten in Ninh Hoa town. Funded by "
                       "the Head of Mission Fund, the project cost nearly VND700m.\n")

    [given] = gift.dataset.donations
    [built] = project.dataset.donations

    assert (given.value.value, given.value.currency) == (Decimal(12_000_000), "JPY")
    assert (built.value.value, built.value.qualifier) == (Decimal(700_000_000), "approximate")


@pytest.mark.parametrize(("sentence", "guest"), [
    # a state, with its country before it or its kind after it in lower case
    ("received a delegation from the US State of Washington led by Mr. Paul Grant, Director "
     "of International Trade at the Washington State Department of Commerce.",
     "State of Washington"),
    ("received and worked with a delegation from Penang state, Malaysia, led by Mr. Lim Wei "
     "Ming, Member of the Penang State Executive Council in charge of tourism.",
     "Penang state"),
    ("received a delegation from Kangwon National University of the Republic of Korea, led "
     "by Professor Kim Min-su, Dean of the College of Forest and Environmental Sciences.",
     "Kangwon National University"),
])
def test_a_state_meets_and_its_leaders_post_is_no_third_side(tmp_path, sentence, guest):
    """The leader's post ("Director of International Trade at …", "Member of the Penang
    State Executive Council") is no side of its own; "the US State of X" is the state X."""
    extraction = _extract(tmp_path, "On May 14, Vice Chairman of the Binh Duong Provincial "
                          f"People's Committee Le Van Hai {sentence}\n")
    names = _names(extraction)

    [meeting] = extraction.dataset.engagements

    assert sorted(names.get(p, p) for p in meeting.participants) == sorted(["binh-duong", guest])


def test_a_metropole_is_a_partner_that_meets_and_gives(tmp_path):
    """"a delegation from Bordeaux Métropole (France)" meets; "Bordeaux Métropole handed
    over EUR 20,000 …" gives."""
    extraction = _extract(tmp_path, "On March 3, Vice Chairman of the Hanoi People's Committee "
                          "Le Hong Son received a delegation from Bordeaux Métropole (France). "
                          "On this occasion, Bordeaux Métropole handed over EUR 20,000 to Thanh "
                          "Oai district for clean water.\n", footer="Hanoi Department of "
                          "Foreign Affairs")
    names = _names(extraction)

    [meeting] = extraction.dataset.engagements
    [gift] = extraction.dataset.donations

    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "Bordeaux Métropole", "ha-noi"]
    assert ([names[d] for d in gift.donors], gift.value.raw) == (["Bordeaux Métropole"],
                                                                  "EUR 20,000")


def test_a_state_funding_through_its_agency_is_the_agencys_gift(tmp_path):
    """"The project was funded by the Kingdom of Belgium through Enabel with non-refundable
    aid of EUR 1.6 million": Enabel gives, the state being no partner of its own here."""
    extraction = _extract(tmp_path, "On June 2, the Ben Tre Department of Agriculture and Enabel "
                          "held a ceremony to close a climate adaptation project. The five-year "
                          "project was funded by the Kingdom of Belgium through Enabel with "
                          "non-refundable aid of EUR 1.6 million.\n", footer="Ben Tre "
                          "Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.value.raw) == (["enabel"], "EUR 1.6 million")


def test_a_handover_with_no_giver_takes_the_giver_the_next_sentence_names(tmp_path):
    """"… a batch of teaching equipment was handed over to Na Hang Primary School …. The
    equipment was provided by Room to Read …": the school receives, and the giver the next
    sentence names gives, not a gift of the giver to the province."""
    extraction = _extract(tmp_path, "On May 6, a batch of teaching equipment was handed over to "
                          "Na Hang Primary School in Tuyen Quang province. The equipment was "
                          "provided by Room to Read under its literacy programme. The batch, "
                          "worth USD 12,000, includes 40 desks and 300 books.\n")

    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert (gift.donors, [names[r] for r in gift.recipients], gift.value.raw) == (
        ["room-to-read"], ["Na Hang Primary School"], "USD 12,000")


def test_a_school_that_received_works_funded_by_a_body_receives_from_it(tmp_path):
    """"X Primary School in Y district, Z Province, received a new library funded by the W
    Foundation": W gives to the school, whose name stops before where it is; "The works,
    costing ¥3 million, …" prices it."""
    extraction = _extract(tmp_path, "On October 2, Ban Lien Primary School in Bac Ha district, "
                          "Lao Cai Province, received a new library funded by the Hikari Kids "
                          "Foundation, a charity based in Nagoya, Japan. The works, costing "
                          "¥3 million, consist of a reading room and 2,000 books.\n")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert ([names[d] for d in gift.donors], [names[r] for r in gift.recipients]) == (
        ["Hikari Kids Foundation"], ["Ban Lien Primary School"])
    assert gift.value.raw == "¥3 million"


def test_a_chamber_named_after_its_city_is_the_chamber(tmp_path):
    """"the Kobe Chamber of Commerce and Industry donated …": the chamber gives, not Kobe."""
    extraction = _extract(tmp_path, "On May 9, the Kobe Chamber of Commerce and Industry donated "
                          "USD 8,000 to Hoa Vang district for flood relief.\n",
                          footer="Da Nang Department of Foreign Affairs")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names.get(d, d) for d in gift.donors] == ["Kobe Chamber of Commerce and Industry"]


def test_a_giver_with_no_kind_word_is_known_by_its_country_in_brackets(tmp_path):
    """"… an ambulance worth 900 million VND donated by Pacific Care Friendship (Japan) to
    the Ninh Phuoc district health centre": a body of Japan gives, though its name says
    not what it is."""
    extraction = _extract(tmp_path, "In the first half of 2025, Ninh Thuan received several "
                          "gifts, including an ambulance worth 900 million VND donated by "
                          "Pacific Care Friendship (Japan) to the Ninh Phuoc district health "
                          "centre.\n", footer="Ninh Thuan Department of Foreign Affairs")
    names = _names(extraction)

    gifts = [([names.get(d, d) for d in g.donors], g.value.raw)
             for g in extraction.dataset.donations]

    assert gifts == [(["Pacific Care Friendship"], "900 million VND")]


def test_a_company_named_again_without_its_legal_form_gives_as_itself(tmp_path):
    """"a delegation of Tohoku Agri Co., Ltd. of Japan" in the lede, then "Tohoku Agri
    presented ¥1.5 million in scholarships to 30 outstanding students of …": the company
    gives 30 scholarships, and its short name is no other body."""
    extraction = _extract(tmp_path, "On July 4, Vice Chairman of the Lam Dong Provincial People's "
                          "Committee Dang Tri Dung had a working session with a delegation of "
                          "Tohoku Agri Co., Ltd. of Japan. On this occasion, Tohoku Agri "
                          "presented ¥1.5 million in scholarships to 30 outstanding students of "
                          "Bao Loc High School.\n", footer="Lam Dong Department of Foreign "
                          "Affairs")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Tohoku Agri Co., Ltd."]
    assert [i.quantity.value for i in gift.items if i.quantity] == [30]


@pytest.mark.parametrize(("kind", "giver"), [("Japanese NGO", "Sakura no Kai"),
                                             ("Italian charity", "Comunità di Sant'Egidio"),
                                             ("Italian NGO", "Amici per Bambini")])
def test_a_foreign_name_keeps_its_own_small_words(tmp_path, kind, giver):
    """"The Japanese NGO Sakura no Kai presented …": the name runs over its particle ("no",
    "di", "per"), as it does over "du" or "von"."""
    extraction = _extract(tmp_path, f"On May 6, the {kind} {giver} presented 50 bicycles worth "
                          "VND 150 million to pupils of Ky Son district, Nghe An province.\n",
                          footer="Nghe An Department of Foreign Affairs")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == [giver]


def test_where_a_giver_is_inside_the_words_saying_what_it_is_gives_nothing(tmp_path):
    """"Minh Long Garment Co., Ltd., a Korean-invested enterprise in Dong Van Industrial
    Park, Phu Ly city, handed over …": the company gives; the city it sits in does not."""
    extraction = _extract(tmp_path, "On March 2, Minh Long Garment Co., Ltd., a Korean-invested "
                          "enterprise in Dong Van Industrial Park, Phu Ly city, handed over "
                          "ten houses worth VND 600 million to poor households in Ly Nhan "
                          "district, Ha Nam province.\n", footer="Ha Nam Department of Foreign "
                          "Affairs")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Minh Long Garment Co., Ltd."]


def test_the_delegation_of_a_body_of_no_known_country_gives_as_that_body(tmp_path):
    """"received a delegation of Friends Across the Water (FAW), a group of veterans", then
    "the delegation presented …": the group gives, not the province that received it."""
    extraction = _extract(tmp_path, "On April 9, Vice Chairman of the Provincial People's "
                          "Committee Tran Van Hai received a delegation of Friends Across the "
                          "Water (FAW), a group of veterans, led by Mr. John Carter.\n\n"
                          "Earlier the same day, the delegation presented 30 wheelchairs worth "
                          "USD 9,000 to the Nam Dinh Provincial Rehabilitation Hospital.\n",
                          footer="Nam Dinh Department of Foreign Affairs")
    names = _names(extraction)

    [gift] = extraction.dataset.donations

    assert [names.get(d, d) for d in gift.donors] == ["Friends Across the Water"]


def test_a_thing_named_with_a_capital_inside_a_word_is_counted(tmp_path):
    """"received 3 portable X-ray machines and 2,000 GeneXpert test cartridges from X":
    two counted things, though "X-ray" and "GeneXpert" carry capitals; the giver's name
    after "from" is no part of the second."""
    extraction = _extract(tmp_path, "On May 8, the Kon Tum Provincial General Hospital received 3 "
                          "portable X-ray machines and 2,000 GeneXpert test cartridges from the "
                          "Global Health Partnership (GHP) to support tuberculosis detection.\n",
                          footer="Kon Tum Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    names = {i.item: i.quantity.value for i in gift.items}
    assert names == {"extracted-portable-x-ray-machines": 3,
                     "extracted-genexpert-test-cartridges": 2000}


def test_surgeries_for_a_number_of_patients_are_that_many(tmp_path):
    """"funded free eye surgeries for 250 elderly patients in X district": 250 surgeries,
    one a patient, as houses "for 40 poor households" are 40 houses."""
    extraction = _extract(tmp_path, "In the first half of the year, Sight Bridge International "
                          "funded free eye surgeries for 250 elderly patients in Phong Dien "
                          "district, worth nearly VND600m.\n",
                          footer="Thua Thien Hue Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [i.quantity.value for i in gift.items] == [250]


def test_a_sums_figure_before_to_build_counts_nothing_and_the_count_after_it_does(tmp_path):
    """"provided EUR 45,000 to build three kindergarten classrooms": the sum's figure is not
    a count of "to build …"; the three classrooms are the gift's count."""
    extraction = _extract(tmp_path, "The Dutch foundation Stichting Zonnebloem provided EUR "
                          "45,000 to build three kindergarten classrooms in Na Ngoi commune, "
                          "Ky Son district.\n", footer="Nghe An Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [i.quantity.value for i in gift.items] == [3]


def test_scholarships_worth_a_sum_to_a_number_of_pupils_are_that_many(tmp_path):
    """"presented scholarships worth ¥3 million to 120 pupils": 120 scholarships, one a
    pupil, as "presented scholarships to 40 students" are 40."""
    extraction = _extract(tmp_path, "On May 2, the Osaka-based Himawari Friendship Society "
                          "presented scholarships worth ¥3 million to 120 pupils from poor "
                          "families in Ly Son district.\n",
                          footer="Quang Ngai Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [i.quantity.value for i in gift.items] == [120]


def test_a_delegation_named_by_its_regions_first_word_gives_as_that_region(tmp_path):
    """"the Irkutsk delegation presented …" after "a delegation from Russia's Irkutsk
    region": the region gives, not the province the article is for."""
    extraction = _extract(tmp_path, "On May 14, the Chairman of the Provincial People's "
                          "Committee received a delegation from Russia's Irkutsk region in "
                          "Vinh city.\n\nOn this occasion, the Irkutsk delegation presented 20 "
                          "laptops worth VND500m to Nghe An Vocational College.\n",
                          footer="Nghe An Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Irkutsk region"]


def test_a_church_or_a_buddhist_order_gives_and_the_bodies_it_works_with_do_not(tmp_path):
    """"Sarang Church of Incheon presented …": a church is a body by its name; "the Dharma
    Drum Buddhist Order, in coordination with the … Department of Foreign Affairs and the
    provincial Red Cross Society, presented …": the order gives, the local bodies it works
    with do not."""
    extraction = _extract(tmp_path, "On January 20, the Dharma Drum Buddhist Order of Taiwan "
                          "(China), in coordination with the Bac Lieu Department of Foreign "
                          "Affairs and the provincial Red Cross Society, presented 800 gift "
                          "packages worth VND640m to poor households in Hong Dan district.\n\n"
                          "On the same day, Sarang Church of Incheon, Republic of Korea, "
                          "presented 60 bicycles worth VND180m to students in Phuoc Long "
                          "district.\n", footer="Bac Lieu Department of Foreign Affairs")

    names = _names(extraction)
    givers = [[names.get(d, d) for d in gift.donors] for gift in extraction.dataset.donations]

    assert len(givers) == 2
    assert givers[0] == ["Dharma Drum Buddhist Order"]
    assert len(givers[1]) == 1 and givers[1][0].startswith("Sarang Church")


def test_a_programme_of_a_foreign_body_with_funding_is_its_grant(tmp_path):
    """"the area programme of World Vision in Tan Uyen district, with funding of nearly VND 6.5
    billion": World Vision's grant, an approximate sum, to the district."""
    extraction = _extract(tmp_path, "In the first half of the year, the province received 12 "
                          "aid projects. The largest is the area programme of World Vision in "
                          "Tan Uyen district, with funding of nearly VND 6.5 billion for "
                          "education and clean water.\n",
                          footer="Lai Chau Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.value.raw) == (["world-vision"], "nearly VND 6.5 billion")



def test_a_record_signed_by_a_donor_and_the_provincial_committee_has_both_sides(tmp_path):
    """"The Record of Discussions for the project was signed by JICA and the provincial
    People's Committee in Hanoi in May 2023": JICA and the province signed; the capital is
    where, and the capitals of "Record of Discussions" name the kind as lower case does."""
    extraction = _extract(tmp_path, "The project will be implemented from 2024 to 2027 in Lak "
                          "district, Dak Lak province. The Record of Discussions for the "
                          "project was signed by JICA and the provincial People's Committee in "
                          "Hanoi in May 2023.\n",
                          footer="Dak Lak Department of Foreign Affairs")

    [agreement] = extraction.dataset.agreements

    assert sorted(agreement.parties) == ["dak-lak", "jica"]


def test_a_german_associations_e_v_ends_no_sentence(tmp_path):
    """"the German charity Brunnen für Afrika e.V. (Wells for Africa) handed over …": "e.V."
    is the association's legal form, not a sentence's end; the charity gives."""
    extraction = _extract(tmp_path, "On May 8, 2024, the German charity Brunnen für Schulen "
                          "e.V. (Wells for Schools) handed over four drilled wells to three "
                          "primary schools in Ky Anh district, Ha Tinh province.\n",
                          footer="Ha Tinh Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [_names(extraction).get(d, d) for d in gift.donors] == ["Brunnen für Schulen"]


def test_an_agency_providing_aid_on_behalf_of_a_ministry_gives_with_it(tmp_path):
    """"GIZ is providing EUR 2.4 million in non-refundable aid for the project on behalf of
    the German Federal Ministry for Economic Cooperation and Development (BMZ)": a gift
    told in the present, of GIZ and the ministry it acts for."""
    extraction = _extract(tmp_path, "The project will help 3,000 households in Lao Cai province "
                          "protect their forests. GIZ is providing EUR 2.4 million in "
                          "non-refundable aid for the project on behalf of the German Federal "
                          "Ministry for Economic Cooperation and Development (BMZ).\n",
                          footer="Lao Cai Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.value.raw) == (["giz", "bmz"], "EUR 2.4 million")


def test_surgeries_named_in_many_words_for_a_number_of_children_are_that_many(tmp_path):
    """"provided free cleft lip and palate surgeries for 60 children": 60 surgeries, however
    many words name them."""
    extraction = _extract(tmp_path, "In the first half of the year, Smile Train Vietnam provided "
                          "free cleft lip and palate surgeries for 60 children at Ca Mau General "
                          "Hospital, worth VND 900 million.\n",
                          footer="Ca Mau Department of Foreign Affairs")

    [gift] = extraction.dataset.donations

    assert [i.quantity.value for i in gift.items] == [60]


def test_a_gift_to_the_health_station_goes_to_the_station_named_before(tmp_path):
    """"… to hand over the Vinh Gia Commune Health Station …", then "X also presented medical
    supplies worth ¥3 million to the health station": the station named before receives."""
    extraction = _extract(tmp_path, "On March 5, the Embassy of Japan held a ceremony to hand "
                          "over the Vinh Gia Commune Health Station in Tri Ton district, An Giang "
                          "province.\n\nAt the ceremony, the Chiba Vietnam Friendship Association "
                          "also presented medical supplies worth ¥3 million to the health "
                          "station.\n", footer="An Giang Department of Foreign Affairs")

    names = _names(extraction)
    [gift] = [g for g in extraction.dataset.donations if g.value and g.value.raw == "¥3 million"]

    assert [names.get(r, r) for r in gift.recipients] == ["Vinh Gia Commune Health Station"]


def test_an_association_in_a_country_and_a_company_are_two_givers(tmp_path):
    """"the Nghe An Fellow Countrymen Association in the Republic of Korea and Sanwa Steel
    Vina … presented …": the association is named with the country it is in, a body abroad;
    the company after "and" is the second giver, not part of a name "Republic of Korea and
    Sanwa Steel Vina"."""
    extraction = _extract(tmp_path, "On August 20, the Nghe An Fellow Countrymen Association in "
                          "the Republic of Korea and Sanwa Steel Vina, a Korean-invested "
                          "company in Dong Hoi, presented 200 scholarships worth a total of "
                          "VND 800 million to disadvantaged students in Nghe An province.\n",
                          footer="Nghe An Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names.get(d, d) for d in gift.donors] == [
        "Nghe An Fellow Countrymen Association in the Republic of Korea", "Sanwa Steel Vina"]


def test_a_bodys_own_office_its_leader_heads_is_no_side(tmp_path):
    """"received a delegation of the Rosa Luxemburg Stiftung (RLS) led by Director of its
    Southeast Asia Regional Office, Katrin Vogel": the province met the foundation; "its"
    office is the foundation's own, no third side."""
    extraction = _extract(tmp_path, "On June 19, Vice Chairwoman of the Hung Yen Provincial "
                          "People's Committee Nguyen Thi Thu Trang received a delegation of the "
                          "Rosa Luxemburg Stiftung (RLS) led by Director of its Southeast Asia "
                          "Regional Office, Katrin Vogel.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["hung-yen", "rosa-luxemburg-foundation"]


def test_the_country_after_a_local_governments_body_is_no_part_of_its_name(tmp_path):
    """"held talks with a delegation from the Minsk Oblast Executive Committee of Belarus",
    then "signed … with the Minsk Oblast Executive Committee": one body, named without the
    country it is in, which no gazetteer entry lists."""
    extraction = _extract(tmp_path, "On June 18, Chairman of the Nghe An Provincial People's "
                          "Committee Tran Quoc Hung held talks with a delegation from the Minsk "
                          "Oblast Executive Committee of Belarus.\n\nFollowing the talks, the two "
                          "sides signed a Memorandum of Understanding on cooperation between the "
                          "Nghe An Provincial People's Committee and the Minsk Oblast Executive "
                          "Committee.\n")

    names = _names(extraction)

    assert sorted(names.values()) == ["Minsk Oblast Executive Committee"]


def test_an_envoy_with_two_titles_stands_for_the_delegation_the_gazetteer_knows(tmp_path):
    """"received the Ambassador and Head of the Delegation of the European Union to Viet Nam":
    the province met the EU Delegation; two titles of one holder are no body's name."""
    extraction = _extract(tmp_path, "On May 14, Chairman of the Ninh Binh Provincial People's "
                          "Committee Do Manh Cuong received the Ambassador and Head of the "
                          "Delegation of the European Union to Viet Nam, who was on a working "
                          "visit to the province.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["eu-delegation", "ninh-binh"]


def test_a_guest_received_by_name_then_post_in_a_body_is_that_bodys_visit(tmp_path):
    """"received Axel Neubauer, HSF Resident Representative in Viet Nam", after "the Hanns
    Seidel Foundation (HSF)": the province met the foundation; a guest named without
    "Mr." still makes a meeting, and the post is no body of its own."""
    extraction = _extract(tmp_path, "On March 13, the Hanns Seidel Foundation (HSF) launched a "
                          "vocational training project in Nam Dinh province.\n\nEarlier the same "
                          "day, Vice Chairman of the Nam Dinh Provincial People's Committee Nguyen "
                          "Trong Hieu received Axel Neubauer, HSF Resident Representative in Viet "
                          "Nam.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["hanns-seidel-foundation", "nam-dinh"]


def test_the_provinces_official_gives_to_the_side_he_met(tmp_path):
    """"During a meeting with Governor of Kampong Speu province on December 13, Vice
    Chairman Nguyen Dinh Long presented VND1.2 billion to build a Cambodia-Viet Nam
    friendship school": Ha Nam's vice chairman gives for Ha Nam, to the province he met;
    "to build" says what for, not to whom."""
    extraction = _extract(tmp_path, "A delegation of Ha Nam province led by Vice Chairman of the "
                          "provincial People's Committee Nguyen Dinh Long paid a working visit to "
                          "Kampong Speu province, Cambodia, from December 12 to 15.\n\nDuring a "
                          "meeting with Governor of Kampong Speu province on December 13, Vice "
                          "Chairman Nguyen Dinh Long presented VND1.2 billion to build a "
                          "Cambodia-Viet Nam friendship school in Odongk district.\n",
                          date="18/12/2023 09:00")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert (gift.donors, [names.get(r, r) for r in gift.recipients]) == (
        ["ha-nam"], ["kampong-speu"])


def test_a_sentence_opening_with_funded_by_is_a_gift(tmp_path):
    """"Funded by JICA with a total budget of about ¥48 million, the project was implemented
    in Vung Tau city": JICA's gift, however the sentence is turned."""
    extraction = _extract(tmp_path, "On March 14, the Ba Ria - Vung Tau Department of Health and "
                          "JICA held a ceremony to close the elderly care project.\n\nFunded by "
                          "JICA with a total budget of about ¥48 million, the project was "
                          "implemented in Vung Tau city.\n")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.value.value, gift.value.currency) == (["jica"], 48_000_000, "JPY")


def test_the_vietnamese_community_in_a_country_is_a_giver(tmp_path):
    """"the Vietnamese community in Germany also presented over 1,000 gift packages to poor
    households across the province": Vietnamese abroad give, named by where they live."""
    extraction = _extract(tmp_path, "Bac Ninh province received 17 aid packages in 2023.\n\n"
                          "Before the Lunar New Year, the Vietnamese community in Germany also "
                          "presented over 1,000 gift packages to poor households across the "
                          "province.\n")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names.get(d, d) for d in gift.donors] == ["Vietnamese community in Germany"]


def test_a_project_named_by_its_funder_with_a_contribution_is_its_gift(tmp_path):
    """"The largest was a KOICA project to improve maternal and child health care in Luong
    Tai district, with a non-refundable contribution of US$1.1 million": KOICA's grant, to
    the district the project is in."""
    extraction = _extract(tmp_path, "Bac Ninh province received 17 aid packages in 2023.\n\n"
                          "The largest was a KOICA project to improve maternal and child health "
                          "care in Luong Tai district, with a non-refundable contribution of "
                          "US$1.1 million for the 2023-2025 period.\n")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert (gift.donors, [names.get(r, r) for r in gift.recipients], gift.value.value) == (
        ["koica"], ["Luong Tai district"], 1_100_000)


def test_the_party_committee_authorities_and_people_of_a_province_are_the_province(tmp_path):
    """"on behalf of the Party Committee, authorities and people of Quang Tri province, Vice
    Chairman Ho Van Thanh presented VND500 million to Savannakhet": Quang Tri gives; "the
    Party Committee" of that formula is no giver of its own."""
    extraction = _extract(tmp_path, "From September 12 to 14, a delegation of Quang Tri province "
                          "paid a working visit to Savannakhet province, Lao PDR.\n\nOn this "
                          "occasion, on behalf of the Party Committee, authorities and people of "
                          "Quang Tri province, Vice Chairman Ho Van Thanh presented VND500 million "
                          "to Savannakhet to help local people overcome the consequences of the "
                          "recent floods.\n", date="15/09/2023 08:00")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.recipients) == (["quang-tri"], ["savannakhet"])


def test_a_provinces_military_command_is_a_body_of_its_own(tmp_path):
    """"MAG handed over 20 metal detectors … worth EUR 30,000 to the Quang Binh Provincial
    Military Command": the command receives, not the province it is named after."""
    extraction = _extract(tmp_path, "On this occasion, MAG handed over 20 metal detectors and "
                          "other technical equipment worth EUR 30,000 to the Quang Binh "
                          "Provincial Military Command to support its UXO response work.\n")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names.get(r, r) for r in gift.recipients] == ["Quang Binh Provincial Military Command"]


def test_a_schools_name_keeps_the_number_of_its_commune(tmp_path):
    """"to hand over a new classroom building … to Son Kim 1 Primary School": the school of
    Son Kim 1 commune receives; "1" is part of its name, not the end of it."""
    extraction = _extract(tmp_path, "On March 1, the Embassy of Japan in Vietnam held a ceremony "
                          "to hand over a new classroom building worth nearly VND900m to Son Kim "
                          "1 Primary School.\n", date="03/03/2023 09:00")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names.get(r, r) for r in gift.recipients] == ["Son Kim 1 Primary School"]


def test_the_cost_of_a_building_described_before_its_verb_prices_the_hand_over(tmp_path):
    """"The two-storey building, with six classrooms and a library, was funded with nearly
    VND900m …" after the hand-over of "a new classroom building": that building's price."""
    extraction = _extract(tmp_path, "On March 1, the Embassy of Japan in Vietnam held a ceremony "
                          "to hand over a new classroom building to Son Kim 1 Primary School.\n\n"
                          "The two-storey building, with six classrooms and a library, was funded "
                          "with nearly VND900m under the Japanese Government's Grant Assistance "
                          "for Grassroots Human Security Projects (GGP).\n",
                          date="03/03/2023 09:00")

    [gift] = extraction.dataset.donations

    assert (gift.donors, gift.value.value) == (["embassy-japan"], 900_000_000)


def test_the_aide_memoire_of_a_donors_mission_signed_is_an_agreement(tmp_path):
    """"… IFAD's supervision mission … the two sides signed the aide-memoire of the
    supervision mission": what the donor's mission and the province agreed, signed."""
    extraction = _extract(tmp_path, (
        "IFAD mission works in Ha Giang\nPosted: 15/11/2023\n\n"
        "On November 14, Vice Chairman of the Ha Giang Provincial People's Committee Tran Duc "
        "Quy received the supervision mission of the International Fund for Agricultural "
        "Development (IFAD). At the end of the working session, the two sides signed the "
        "aide-memoire of the supervision mission.\n"))

    [agreement] = extraction.dataset.agreements
    assert sorted(agreement.parties) == ["ha-giang", "ifad"]


def test_an_ampersand_joins_a_name_as_and_does(tmp_path):
    """"signed a memorandum of understanding with Wageningen University & Research (WUR)":
    the whole name is the partner, not "Wageningen University"."""
    extraction = _extract(tmp_path, (
        "Dong Thap and WUR sign MoU\nPosted: 01/03/2024\n\n"
        "On February 28, the Dong Thap Provincial People's Committee signed a memorandum of "
        "understanding with Wageningen University & Research (WUR) on climate-smart "
        "agriculture.\n"))

    [agreement] = extraction.dataset.agreements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in agreement.parties) == [
        "Wageningen University & Research", "dong-thap"]


def test_a_county_written_in_lower_case_is_a_place_of_its_own(tmp_path):
    """"a delegation from Hongcheon county, Gangwon province, the Republic of Korea": the
    county met and signed, not the province it lies in."""
    extraction = _extract(tmp_path, (
        "Lam Dong and Hongcheon sign MOU\nPosted: 24/08/2023\n\n"
        "On August 22, Vice Chairman of the Lam Dong Provincial People's Committee Nguyen Huu "
        "Phuoc received a delegation from Hongcheon county, Gangwon province, the Republic of "
        "Korea. After the talks, the two sides signed a memorandum of understanding on "
        "seasonal workers.\n"))

    names = _names(extraction)
    [agreement] = extraction.dataset.agreements
    assert sorted(names.get(p, p) for p in agreement.parties) == ["Hongcheon county",
                                                                   "lam-dong"]


def test_a_minister_counsellor_of_an_embassy_meets_for_the_embassy(tmp_path):
    """"received Mr. Kobayashi Hiroshi, Minister-Counsellor of the Japanese Embassy": a
    meeting with the embassy; the diplomat's post is no body of its own."""
    extraction = _extract(tmp_path, (
        "Lam Dong receives Japanese diplomat\nPosted: 01/03/2024\n\n"
        "On February 28, Vice Chairman of the Lam Dong Provincial People's Committee Nguyen "
        "Huu Phuoc received Mr. Kobayashi Hiroshi, Minister-Counsellor of the Japanese "
        "Embassy.\n"))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["embassy-japan", "lam-dong"]


def test_a_club_keeps_the_country_it_is_named_after(tmp_path):
    """"funded by the Rotary Club of Singapore": the club's whole name; before, "of
    Singapore" was cut off as where a body is from, leaving "Rotary Club"."""
    extraction = _extract(tmp_path, "Wheelchairs for Xuan Loc\n\nOn April 1, the Rotary Club "
                          "of Singapore presented 40 wheelchairs worth USD 6,000 to Xuan Loc "
                          "district, Dong Nai province.")

    [gift] = extraction.dataset.donations

    assert [_names(extraction)[d] for d in gift.donors] == ["Rotary Club of Singapore"]


def test_the_place_a_ceremony_was_held_in_gives_nothing(tmp_path):
    """"the Ha Tinh Provincial People's Committee held a ceremony in Nong Bok district,
    Khammouane province (Laos), to hand over 8 houses": the province gives; Khammouane is
    where the ceremony was, and receives. Before, the province abroad was read as the giver
    and the province as its receiver."""
    extraction = _extract(tmp_path, (
        "Ha Tinh hands over houses in Laos\nPosted: 16/06/2023\n\n"
        "On June 15, the Ha Tinh Provincial People's Committee held a ceremony in Nong Bok "
        "district, Khammouane province (Laos), to hand over 8 friendship houses to poor "
        "families of the district.\n"), footer="Ha Tinh Department of Foreign Affairs")

    assert {(tuple(g.donors), tuple(g.recipients)) for g in extraction.dataset.donations} \
        == {(("ha-tinh",), ("khammouane",))}


def test_a_governor_of_a_countrys_province_meets_for_that_province(tmp_path):
    """"… receives Governor of Cambodia's Svay Rieng province": the province, not a body
    named "Cambodia's Svay Rieng province" beside it, so the headline and the body tell one
    meeting."""
    extraction = _extract(tmp_path, (
        "Tay Ninh leader receives Governor of Cambodia's Svay Rieng province\n"
        "Posted: 19/10/2023\n\n"
        "On October 18, Vice Chairman of the Tay Ninh Provincial People's Committee Vo Duc "
        "Trong received a working delegation of Cambodia's Svay Rieng province led by its "
        "Governor.\n"), footer="Tay Ninh Department of Foreign Affairs")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["svay-rieng", "tay-ninh"]


def test_the_provinces_office_meets_the_church_named_before(tmp_path):
    """"DOFA Director X received the church's delegation": the department met the church
    the article named before, not its own province. Before, only a meeting with no one
    named looked back for "the church"."""
    extraction = _extract(tmp_path, (
        "Korean church builds school in Ben Tre\nUpdated: 11/01/2024\n\n"
        "On January 10, the Somang Presbyterian Church of the Republic of Korea, in "
        "coordination with the Ben Tre Department of Foreign Affairs (DOFA), handed over a "
        "school building worth VND 1.5 billion to Binh Dai district.\n\n"
        "Earlier, on January 9, DOFA Director Tran Van Lam received the church's delegation "
        "led by Pastor Kim Min-su.\n"),
        footer="Ben Tre Department of Foreign Affairs")

    names = _names(extraction)
    [meeting] = extraction.dataset.engagements
    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "Ben Tre Department of Foreign Affairs", "Somang Presbyterian Church"]


def test_a_company_with_and_without_its_legal_form_gives_one_gift(tmp_path):
    """"Hyosung Vietnam hands over 20 houses" in the headline, "Hyosung Vietnam Co., Ltd. …
    to hand over 20 charity houses" in the body: one company, one gift. Before, the two
    names made two givers and the gift was counted twice."""
    extraction = _extract(tmp_path, (
        "Hyosung Vietnam hands over 20 charity houses in Quang Nam\nPosted: 27/11/2023\n\n"
        "On November 24, Hyosung Vietnam Co., Ltd. coordinated with the People's Committee of "
        "Nui Thanh district to hand over 20 charity houses worth VND 800 million to poor "
        "households in the district.\n"), footer="Quang Nam Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert gift.value.value == 800_000_000 and len(gift.sources) == 2


def test_the_division_a_delegations_leader_heads_is_no_side(tmp_path):
    """"a delegation of Gyeonggi Province, led by Mr. X, Director of the province's
    International Cooperation Division": the division is the guest province's own; the
    meeting has two sides."""
    extraction = _extract(tmp_path, (
        "Binh Dinh receives Gyeonggi delegation\nPosted: 22/05/2024\n\n"
        "On May 20, Vice Chairman of the Binh Dinh Provincial People's Committee Lam Hai Giang "
        "held a working session with a delegation of Gyeonggi Province, the Republic of Korea, "
        "led by Mr. Park Ji-hoon, Director of the province's International Cooperation "
        "Division.\n"), footer="Binh Dinh Department of Foreign Affairs")

    [meeting] = extraction.dataset.engagements
    assert len(meeting.participants) == 2 and "binh-dinh" in meeting.participants


def test_the_club_named_before_gives_its_second_gift(tmp_path):
    """"On the same day, the club also presented 200 Tet gifts … to poor families in Tan
    Phu commune": the Rotary club the article named gave a second gift, to the commune."""
    extraction = _extract(tmp_path, (
        "Rotary club hands over charity houses in Binh Dinh\nUpdated: 02/02/2024\n\n"
        "On January 31, the Rotary Club of Wellington (New Zealand) handed over 8 charity "
        "houses worth VND400 million to poor households in Tuy Phuoc district.\n\n"
        "On the same day, the club also presented 200 Tet gifts, worth nearly VND100 million, "
        "to poor families in Tan Phu commune.\n"), footer="Binh Dinh Department of Foreign Affairs")

    names = _names(extraction)
    assert sorted(([names.get(d, d) for d in g.donors], g.value.value)
                  for g in extraction.dataset.donations) == [
        (["Rotary Club of Wellington"], 100_000_000),
        (["Rotary Club of Wellington"], 400_000_000)]


def test_a_country_written_as_a_federation_is_where_a_city_is(tmp_path):
    """"a delegation from Nakhodka city, Russian Federation, led by …": the province met the
    city; the Russian Federation is the country the city is in, no federation of bodies."""
    extraction = _extract(tmp_path, (
        "Phu Yen receives Nakhodka delegation\nPosted: 21/06/2024\n\n"
        "On June 20, Vice Chairman of the Phu Yen Provincial People's Committee Ho Van Tien "
        "received a delegation from Nakhodka city, Russian Federation, led by Mr. Andrei "
        "Sokolov.\n"), footer="Phu Yen Department of Foreign Affairs")

    [meeting] = extraction.dataset.engagements
    assert sorted(_names(extraction).get(p, p) for p in meeting.participants) == [
        "Nakhodka city", "phu-yen"]


def test_the_two_cities_that_sign_are_the_sides_of_the_visit(tmp_path):
    """"leaders of the two cities signed a Memorandum of Understanding …" after Da Nang
    received Busan's delegation: Da Nang and Busan signed."""
    extraction = _extract(tmp_path, (
        "Da Nang receives Busan delegation\nPosted: 27/11/2023\n\n"
        "On November 24, Chairman of the Da Nang People's Committee Le Trung Chinh received a "
        "delegation of the Busan Metropolitan City Government led by Vice Mayor Lee Sung-kwon."
        "\n\nOn this occasion, leaders of the two cities signed a Memorandum of Understanding "
        "on cooperation in smart city development.\n"),
        footer="Da Nang Department of Foreign Affairs")

    [agreement] = extraction.dataset.agreements
    assert len(set(agreement.parties)) == 2 and "da-nang" in agreement.parties


def test_a_delegations_session_with_a_department_that_day_is_a_meeting_of_its_own(tmp_path):
    """"Earlier the same day, the Tokyo delegation had a working session with the Hanoi
    Department of Information and Communications": a second meeting, of the department and
    the Tokyo Metropolitan Government named before; a metropolitan government is no
    Vietnamese body, and the department's city is no side of it."""
    extraction = _extract(tmp_path, (
        "Hanoi and Tokyo step up cooperation\nPosted: 27/11/2023\n\n"
        "On November 24, Chairman of the Hanoi People's Committee Nguyen Duc Minh received a "
        "delegation of the Tokyo Metropolitan Government led by Vice Governor Sato Kenji.\n\n"
        "Earlier the same day, the Tokyo delegation had a working session with the Hanoi "
        "Department of Information and Communications on digital transformation.\n"),
        footer="Hanoi Department of Foreign Affairs")

    names = _names(extraction)
    assert sorted(sorted(names.get(p, p) for p in m.participants)
                  for m in extraction.dataset.engagements) == [
        ["Hanoi Department of Information and Communications", "Tokyo Metropolitan Government"],
        ["Tokyo Metropolitan Government", "ha-noi"]]


def test_a_sentences_opening_word_before_an_acronym_names_no_giver(tmp_path):
    """"Besides NGO aid, the Consulate General of the Netherlands … granted US$30,000 to Can
    Tho University": the consulate gives alone; "Besides NGO" is no body."""
    extraction = _extract(tmp_path, (
        "Can Tho receives foreign aid in 2023\nPosted: 10/01/2024\n\n"
        "Besides NGO aid, the Consulate General of the Netherlands in Ho Chi Minh City granted "
        "US$30,000 to Can Tho University for a climate adaptation course.\n"),
        footer="Can Tho Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert len(gift.donors) == 1 and "netherlands" in gift.donors[0]


def test_the_number_in_a_diseases_name_counts_nothing(tmp_path):
    """"… received 10 vaccine refrigerators … to support the province's COVID-19
    vaccination campaign": ten refrigerators were given; "19" is the disease's name, no
    count of campaigns."""
    extraction = _extract(tmp_path, (
        "Cold chain equipment for Hung Yen\nPosted: 14/10/2021\n\n"
        "On October 13, the Hung Yen Provincial Center for Disease Control received 10 vaccine "
        "refrigerators worth US$25,000 donated by the U.S. Embassy in Viet Nam to support the "
        "province's COVID-19 vaccination campaign.\n"),
        footer="Hung Yen Department of Foreign Affairs")

    [gift] = extraction.dataset.donations
    assert [i.quantity.value for i in gift.items] == [10]


def test_a_delegation_named_by_an_embassy_with_points_in_its_name_is_met(tmp_path):
    """"Vice Chairman … received the U.S. Embassy delegation led by …": the province met
    the embassy. "U.S." kept the delegation from being read as met."""
    extraction = _extract(tmp_path, (
        "Hung Yen leader receives U.S. diplomats\nPosted: 14/10/2021\n\n"
        "Prior to the hand-over ceremony, Vice Chairman of the Hung Yen Provincial People's "
        "Committee Tran Van Khoa received the U.S. Embassy delegation led by Mr. Robert Hayes, "
        "Deputy Chief of Mission.\n"), footer="Hung Yen Department of Foreign Affairs")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["embassy-united-states", "hung-yen"]


def test_the_funders_named_after_a_hand_over_give_to_whom_it_was_handed_over(tmp_path):
    """"The department coordinated with the district … to hand over a library to Krong Bong
    Secondary School. … It was funded by the Lions Club of Perth, which contributed US$12,000,
    and the Lions Club of Osaka, which contributed US$8,000": each club gives its share to the
    school; the hosts gave nothing. "… received the delegation of the two Lions clubs": the
    province met both clubs."""
    extraction = _extract(tmp_path, (
        "Lions clubs hand over library to school in Dak Lak\n\nOn May 14, the Dak Lak "
        "Department of Foreign Affairs coordinated with the People's Committee of Krong Bong "
        "district to hand over a library to Krong Bong Secondary School. The library cost "
        "US$20,000. It was funded by the Lions Club of Perth, which contributed US$12,000, and "
        "the Lions Club of Osaka, which contributed US$8,000. Earlier, on May 13, Vice Chairman "
        "of the Dak Lak Provincial People's Committee Nguyen Tuan Ha received the delegation of "
        "the two Lions clubs."))
    names = {**{p.id: p.name_en or p.name_vi for p in extraction.dataset.partners},
             **_names(extraction)}

    assert sorted((names[g.donors[0]], [names[r] for r in g.recipients], g.value.value)
                  for g in extraction.dataset.donations) == [
        ("Lions Club of Osaka", ["Krong Bong Secondary School"], 8000),
        ("Lions Club of Perth", ["Krong Bong Secondary School"], 12000)]
    [met] = [e for e in extraction.dataset.engagements if e.kind == "working_meeting"]
    assert sorted(names[p] for p in met.participants) == [
        "Dak Lak Province", "Lions Club of Osaka", "Lions Club of Perth"]


def test_remains_received_are_no_gift(tmp_path):
    """"Kon Tum receives remains of 15 volunteer soldiers from Sekong": a repatriation, not a
    gift from Sekong; the money the delegation presented is."""
    extraction = _extract(tmp_path, (
        "Kon Tum receives remains of 15 volunteer soldiers from Sekong\n\nOn May 6, the Kon "
        "Tum Provincial Steering Committee 515 held a ceremony at Bo Y International Border "
        "Gate to receive the remains of 15 Vietnamese volunteer soldiers and experts who laid "
        "down their lives in Sekong province, Laos, during the wars. On this occasion, the Kon "
        "Tum delegation presented VND150 million to the Sekong Provincial Military Command."))

    assert [g.value.value for g in extraction.dataset.donations] == [150_000_000]


def test_the_school_whose_inauguration_was_attended_is_no_side_of_the_visit(tmp_path):
    """"… paid a working visit to Xiengkhouang province, Laos, and attended the inauguration
    of the Phonsavan Friendship Secondary School": the visit is the province's with
    Xiengkhouang; the school is what they attended."""
    extraction = _extract(tmp_path, (
        "Ha Tinh delegation visits Xiengkhouang\n\nOn March 5, a delegation of Ha Tinh province "
        "led by Vice Chairman of the Provincial People's Committee Le Ngoc Chau paid a working "
        "visit to Xiengkhouang province, Laos, and attended the inauguration of the Phonsavan "
        "Friendship Secondary School."))

    [visit] = [e for e in extraction.dataset.engagements if e.kind in ("visit", "working_meeting")]
    assert sorted(visit.participants) == ["ha-tinh", "xiengkhouang"]


def test_raising_funds_for_victims_in_vietnam_over_the_years_is_no_gift(tmp_path):
    """"… said the association has for years raised funds to support Agent Orange victims in
    Vietnam": what the association does, no gift to the country; the sum it presented is."""
    extraction = _extract(tmp_path, (
        "Japanese association visits Dong Nai\n\nOn August 9, the Dong Nai Union of Friendship "
        "Organizations received a delegation of the Japan - Vietnam Friendship Association of "
        "Osaka. Its chairman said the association has for years raised funds to support Agent "
        "Orange victims in Vietnam. On this occasion, the association presented VND100 million "
        "to the Dong Nai Association of Victims of Agent Orange."))

    assert [g.value.value if g.value else None for g in extraction.dataset.donations] == [
        100_000_000]


def test_the_department_of_labour_invalids_and_social_affairs_is_one_name(tmp_path):
    """"the Kien Giang Department of Labor, War Invalids and Social Affairs (DOLISA) and Plan
    International signed …": the comma is the department's own; its whole name signs."""
    extraction = _extract(tmp_path, (
        "Plan International funds trainer project in Kien Giang\n\nOn June 4, Kien Giang "
        "Vocational College and Plan International held a ceremony to launch a project on "
        "vocational trainers.\n\nAt the ceremony, the Kien Giang Department of Labor, War "
        "Invalids and Social Affairs (DOLISA) and Plan International signed a memorandum of "
        "understanding on the implementation of the project."))

    [signed] = extraction.dataset.agreements
    assert "Kien Giang Department of Labor, War Invalids and Social Affairs" in [
        _names(extraction).get(p) for p in signed.parties]


def test_a_province_s_office_of_international_relations_is_that_province(tmp_path):
    """"… received the Chungbuk delegation led by Mr. Kim, Director General of the
    International Relations Bureau of Chungcheongbuk-do": the bureau speaks for its
    province, one side of the meeting, not a third."""
    extraction = _extract(tmp_path, (
        "Dak Lak leader receives Chungbuk delegation\n\nOn March 28, Chairman of the Dak Lak "
        "Provincial People's Committee Pham Ngoc Nghi received the Chungcheongbuk-do "
        "delegation led by Mr. Kim Young-hwan, Director General of the International "
        "Relations Bureau of Chungcheongbuk-do."))

    [met] = [e for e in extraction.dataset.engagements if e.kind in ("visit", "working_meeting")]
    assert sorted(met.participants) == ["chungcheongbuk", "dak-lak"]


def test_israels_development_agency_is_known_by_its_acronym_and_its_english_name(tmp_path):
    """MASHAV is in the gazetteer: a grant "from MASHAV" and one from "Israel's Agency for
    International Development Cooperation" are both that agency's, not a new body's."""
    for giver in ("MASHAV", "Israel's Agency for International Development Cooperation"):
        extraction = _extract(tmp_path, f"On May 20, the Israeli Ambassador presented USD 50,000 "
                              f"from {giver} to the Dak Nong Department of Agriculture and "
                              "Rural Development for a drip irrigation model.\n",
                              footer="Dak Nong DOFA")

        [gift] = extraction.dataset.donations
        assert gift.donors == ["mashav"], giver


def test_a_district_named_like_a_province_is_that_district(tmp_path):
    """Quảng Bình's Quang Ninh district: "Quang Ninh District People's Committee" and "…
    communes, Quang Ninh district" name the district, not Quảng Ninh province, which is
    neither the page's province nor a receiver; the houses go to the district."""
    extraction = _extract(tmp_path, "Help hands over 30 flood-resistant houses in Quang Ninh "
                          "district\n\nOn 26 December, the German non-governmental organization "
                          "Help, in coordination with Quang Binh Department of Foreign Affairs and "
                          "Quang Ninh District People's Committee, held a ceremony to hand over 30 "
                          "flood-resistant houses to poor households in Vo Ninh, Ham Ninh and Duy "
                          "Ninh communes, Quang Ninh district.\n", footer="Quang Binh DOFA")

    assert "quang-ninh" not in {p.id for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(r, r) for r in gift.recipients] == ["Quang Ninh district"]


def test_the_body_that_helped_receive_a_gift_receives_nothing(tmp_path):
    """"the Soc Trang Department of Foreign Affairs (DOFA), in coordination with the
    Provincial Vietnam Fatherland Front Committee, received 800 water tanks … donated by Duc
    Vien Pagoda …": the front helped; the province, whose department received, gets them."""
    extraction = _extract(tmp_path, "On 15 April, the Soc Trang Department of Foreign Affairs "
                          "(DOFA), in coordination with the Provincial Vietnam Fatherland Front "
                          "Committee, received 800 water tanks donated by Duc Vien Pagoda (San "
                          "Jose, California, USA) for households affected by drought in Tran De "
                          "district and Vinh Chau town.\n", date="Posted: 17/04/2020",
                          footer="Soc Trang DOFA")

    [gift] = extraction.dataset.donations
    assert gift.recipients == ["soc-trang"]


def test_a_share_a_long_named_donor_contributes_is_the_gifts_value(tmp_path):
    """"The project has a total budget of USD 250,000, of which Caritas Switzerland
    contributes USD 230,000 and the local counterpart fund is USD 20,000": the donor's share,
    told in the present and after a long name, is the gift's value."""
    extraction = _extract(tmp_path, "On 8 March, the Ha Tinh Department of Agriculture and Rural "
                          "Development and Caritas Switzerland signed the project agreement.\n\n"
                          "The project has a total budget of USD 250,000, of which Caritas "
                          "Switzerland contributes USD 230,000 and the local counterpart fund is "
                          "USD 20,000.\n", footer="Ha Tinh DOFA")

    [gift] = extraction.dataset.donations
    assert gift.value is not None and gift.value.value == 230_000


def test_the_embassys_aid_programme_prices_its_hand_over_and_builds_at_a_school(tmp_path):
    """A hand-over by the Australian Embassy, then "The project was funded with AUD 52,000
    under the Australian Government's Direct Aid Program (DAP)": the embassy's programme,
    the price of the gift just told. "In 2022, the Direct Aid Program funded the construction
    of 2 classrooms at Lam Hoa Kindergarten in Tuyen Hoa district": the kindergarten the
    rooms were built at receives."""
    extraction = _extract(tmp_path, "On 17 May, the Australian Embassy in Vietnam, in "
                          "coordination with the Quang Binh Department of Foreign Affairs, held a "
                          "ceremony to hand over a clean water system to Hoa Son Primary and "
                          "Secondary School in Minh Hoa district.\n\nThe project was funded with "
                          "AUD 52,000 under the Australian Government's Direct Aid Program (DAP)."
                          "\n\nPreviously, in 2022, the Direct Aid Program funded the construction "
                          "of 2 classrooms at Lam Hoa Kindergarten in Tuyen Hoa district worth VND "
                          "1.2 billion.\n", footer="Quang Binh DOFA")

    names = _names(extraction)
    assert sorted((g.donors, [names.get(r, r) for r in g.recipients], g.value.raw)
                  for g in extraction.dataset.donations) == [
        (["embassy-australia"], ["Hoa Son Primary and Secondary School"], "AUD 52,000"),
        (["embassy-australia"], ["Lam Hoa Kindergarten"], "VND 1.2 billion")]


def test_each_province_of_a_list_after_to_receives(tmp_path):
    """"the province provided nearly VND 3 billion in support to Xiengkhouang and Houaphanh
    provinces": both Lao provinces receive, not the first alone."""
    extraction = _extract(tmp_path, "In addition, Nghe An continued to support its Lao partner "
                          "provinces. In 2023, the province provided nearly VND 3 billion in "
                          "support to Xiengkhouang and Houaphanh provinces for the repair of "
                          "schools.\n", footer="Nghe An DOFA")

    [gift] = extraction.dataset.donations
    assert gift.recipients == ["xiengkhouang", "houaphanh"]


def test_a_companys_group_is_no_side_and_its_short_name_is_the_company(tmp_path):
    """"Tra Vinh leader receives C.P. Vietnam delegation", then "… received a delegation of
    C.P. Vietnam Corporation, a member of the Charoen Pokphand Group of Thailand": one
    company met the province, named short in the headline; the group it belongs to is no
    side."""
    extraction = _extract(tmp_path, "Tra Vinh leader receives C.P. Vietnam delegation\n\nOn 1 "
                          "September, Mr. Thach Minh Hung, Vice Chairman of the Tra Vinh "
                          "Provincial People's Committee, received a delegation of C.P. Vietnam "
                          "Corporation, a member of the Charoen Pokphand Group of Thailand, led by "
                          "Mr. Somkiat Chaiyaporn, Vice President.\n", footer="Tra Vinh DOFA")

    [meeting] = extraction.dataset.engagements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "C.P. Vietnam Corporation", "tra-vinh"]


def test_a_renewed_mou_two_provinces_signed_is_an_agreement(tmp_path):
    """"In December, Kien Giang and Kep province signed a renewed MOU for the 2024–2028
    period": an agreement between the known province and Kep, which "and" does not join
    into one name."""
    extraction = _extract(tmp_path, "In December, Kien Giang and Kep province signed a renewed "
                          "MOU for the 2024–2028 period.\n", footer="Kien Giang DOFA")

    [agreement] = extraction.dataset.agreements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in agreement.parties) == ["Kep province", "kien-giang"]


def test_a_block_funded_at_a_school_is_that_schools(tmp_path):
    """"Notable projects included a KOICA-funded classroom block at Binh Son Primary School
    in Hon Dat district worth USD 86,340": the school the block was built at receives, not
    its district."""
    extraction = _extract(tmp_path, "Foreign aid committed to the province in 2023 reached over "
                          "VND 61.2 billion. Notable projects included a KOICA-funded classroom "
                          "block at Binh Son Primary School in Hon Dat district worth USD 86,340."
                          "\n", footer="DOFA Kien Giang")

    names = _names(extraction)
    assert [(g.donors, [names.get(r, r) for r in g.recipients])
            for g in extraction.dataset.donations] == [(["koica"], ["Binh Son Primary School"])]


def test_a_prefectural_assembly_is_its_prefecture_and_a_name_ends_before_the_stop(tmp_path):
    """"received a delegation of the Shizuoka Prefectural Assembly (Japan)": Shizuoka, the
    prefecture the gazetteer knows, met the province; and "… a delegation of Okayama
    Prefecture." is Okayama, the sentence's full stop no part of its name."""
    extraction = _extract(tmp_path, "On 12 June, Mr. Le Quang Thinh, Chairman of Thanh Hoa "
                          "Provincial People's Committee, received a delegation of the Shizuoka "
                          "Prefectural Assembly (Japan) led by Mr. Tanaka Masaru, Vice Speaker.\n\n"
                          "On 14 June, he received a delegation of Okayama Prefecture.\n",
                          footer="Thanh Hoa Department of Foreign Affairs")

    assert sorted(sorted(m.participants) for m in extraction.dataset.engagements) == [
        ["okayama", "thanh-hoa"], ["shizuoka", "thanh-hoa"]]


def test_a_state_secretary_of_a_ministry_stands_for_the_ministry(tmp_path):
    """"held talks with Ms. Katrin Hoffmann, State Secretary of the Hessian Ministry of
    Economics, Energy, Transport and Housing": the province met the ministry, a body the
    gazetteer does not list; the holder's post is not its name."""
    extraction = _extract(tmp_path, "On 25 September, in Wiesbaden, a delegation of Hai Duong "
                          "province held talks with Ms. Katrin Hoffmann, State Secretary of the "
                          "Hessian Ministry of Economics, Energy, Transport and Housing.")

    [meeting] = extraction.dataset.engagements

    names = _names(extraction)
    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "Hessian Ministry of Economics", "hai-duong"]


def test_the_things_priced_after_who_attended_are_the_gifts_just_told(tmp_path):
    """"… handed over learning equipment to 12 kindergartens …", then "Attending the
    ceremony were …", then "The equipment, including 20 computers …, is valued at VND 1.2
    billion": who attended stands between, and the price is still the gift's."""
    extraction = _extract(tmp_path, "On 4 October, in Van Giang district, Save the Children "
                          "handed over learning equipment to 12 kindergartens in the district."
                          "\n\nAttending the ceremony were Mr. Do Van Hung, Deputy Director of "
                          "the Hung Yen Department of Foreign Affairs, and representatives of "
                          "the beneficiary schools.\n\nThe equipment, including 20 computers "
                          "and 12 projectors, is valued at VND 1.2 billion.")

    [gift] = extraction.dataset.donations
    assert gift.value is not None and gift.value.value == Decimal(1_200_000_000)


def test_a_club_named_short_after_its_full_name_is_the_same_club(tmp_path):
    """"Rotary Club Luxembourg" hands over houses, "bringing the club's total funding to VND
    240 million"; "thanked the Rotary Club" and "the Club also presented 50 gift packages"
    name the same club again: one giver, and the total is the first gift's value."""
    extraction = _extract(tmp_path, "On 18 May, the Nam Dinh Department of Foreign Affairs "
                          "coordinated with Rotary Club Luxembourg to hand over three charity "
                          "houses to poor households in Hai Trung commune.\n\nEach house cost "
                          "VND 80 million, bringing the club's total funding to VND 240 "
                          "million.\n\nMr. Tran Van Long thanked the Rotary Club for its "
                          "support.\n\nOn this occasion, the Club also presented 50 gift "
                          "packages, worth a total of VND 25 million, to children of poor "
                          "households in Hai Chinh commune.")

    names = _names(extraction)
    assert [([names.get(d, d) for d in g.donors], g.value.value if g.value else None)
            for g in extraction.dataset.donations] == [
        (["Rotary Club Luxembourg"], Decimal(240_000_000)),
        (["Rotary Club Luxembourg"], Decimal(25_000_000))]


def test_students_in_the_town_are_the_towns_the_article_named(tmp_path):
    """"… a ceremony for Lions Club Amsterdam to present 100 scholarships to disadvantaged
    students in the town": the one town the article named ("at Kinh Mon Town People's
    Committee") receives, not the province."""
    extraction = _extract(tmp_path, "On 28 August, at Kinh Mon Town People's Committee, the Hai "
                          "Duong Department of Foreign Affairs organized a ceremony for Lions "
                          "Club Amsterdam to present 100 scholarships to disadvantaged students "
                          "in the town, with a total value of VND 260 million.")

    [gift] = extraction.dataset.donations
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [names[r] for r in gift.recipients] == ["Kinh Mon town"]


def test_the_clubs_delegation_after_a_paragraph_is_the_club(tmp_path):
    """"… Mr. Willem de Vries, President of Lions Club Amsterdam.", then a new paragraph:
    "Previously, the club's delegation paid a courtesy call to Hai Duong DOFA": the club
    met the department; no name runs over the paragraph's end ("Lions Club Amsterdam.
    Previously")."""
    extraction = _extract(tmp_path, "Attending the ceremony was Mr. Willem de Vries, President "
                          "of Lions Club Amsterdam.\n\nPreviously, on 27 August, the club's "
                          "delegation paid a courtesy call to Hai Duong DOFA.",
                          footer="Hai Duong DOFA")

    names = _names(extraction)
    [meeting] = extraction.dataset.engagements
    assert "Lions Club Amsterdam" in [names.get(p) for p in meeting.participants]
    assert all("\n" not in name for name in names.values())


def test_distributed_relief_is_a_gift(tmp_path):
    """"Oxfam in Vietnam distributed 1,000 hygiene kits and cash assistance to households
    affected by Typhoon Yagi" gives, as "presented" or "handed over" do."""
    extraction = _extract(tmp_path, "On 30 September, in Giao Thuy district, Nam Dinh province, "
                          "Oxfam in Vietnam distributed 1,000 hygiene kits and cash assistance "
                          "worth VND 300 million to households affected by Typhoon Yagi.",
                          date="02/10/2024 09:00")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["oxfam"]
    assert gift.value is not None and gift.value.value == Decimal(300_000_000)


def test_a_second_sum_to_a_second_receiver_shares_the_verb_and_giver(tmp_path):
    """"the province provided VND 1.5 billion to Kratie Province to build a primary school
    and VND 1 billion to Tbong Khmum Province for new classrooms": two gifts of the
    province, each with its sum and its receiver."""
    extraction = _extract(tmp_path, "During the year, Binh Phuoc province provided VND 1.5 "
                          "billion to Kratie Province to build a primary school and VND 1 "
                          "billion to Tbong Khmum Province for new classrooms.")

    assert [(g.donors, g.recipients, g.value.value if g.value else None)
            for g in extraction.dataset.donations] == [
        (["binh-phuoc"], ["kratie"], Decimal(1_500_000_000)),
        (["binh-phuoc"], ["tbong-khmum"], Decimal(1_000_000_000))]


@pytest.mark.parametrize(("second", "receiver"), [
    ("for Phuoc Binh Kindergarten", "Phuoc Binh Kindergarten"),
    ("for a clean water system in Phuoc Binh commune, Bac Ai district", "Phuoc Binh commune"),
])
def test_a_second_sum_for_a_second_receiver_shares_the_verb_and_giver(tmp_path, second,
                                                                       receiver):
    """"the Embassy of India funded two Quick Impact Projects: US$50,000 for Phuoc Ha
    Kindergarten and US$48,000 for …": two gifts of the embassy, the second to the body
    named after "for", or to the commune the thing it paid for is in."""
    extraction = _extract(tmp_path, "In 2024, the Embassy of India funded two Quick Impact "
                          "Projects in Ninh Thuan province: US$50,000 for Phuoc Ha Kindergarten "
                          f"in Thuan Nam district and US$48,000 {second}.")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [([names[r] for r in g.recipients], g.value.value if g.value else None)
            for g in extraction.dataset.donations] == [
        (["Phuoc Ha Kindergarten"], Decimal(50_000)), ([receiver], Decimal(48_000))]


def test_a_page_that_names_its_province_only_in_its_byline_speaks_for_it(tmp_path):
    """A page whose text names only a district ("in Giao Thuy district"), signed "Nam Dinh
    DOFA": the byline says which province the page speaks for, so the gift to households no
    place names is read (to the district the clause names)."""
    extraction = _extract(tmp_path, "On 30 September, in Giao Thuy district, Oxfam in Vietnam "
                          "distributed 1,000 hygiene kits and cash assistance worth VND 300 "
                          "million to households affected by Typhoon Yagi.",
                          date="02/10/2024 09:00", footer="Nam Dinh DOFA")

    [gift] = extraction.dataset.donations
    assert gift.donors == ["oxfam"]
    assert gift.value is not None and gift.value.value == Decimal(300_000_000)


def test_the_city_peoples_committee_is_the_citys_and_an_event_ahead_dates_nothing(tmp_path):
    """"received the delegation at the City People's Committee" in news of Hai Phong: the
    city's own committee where they met, no third side. "the Expo to be held in Nanning in
    September" is still to come: the MOU signed after the meeting is of the meeting's day."""
    extraction = _extract(tmp_path, (
        "On 12 June, Mr. Vu Duc Thang, Vice Chairman of Hai Phong City People's Committee, "
        "received a delegation of Nanning City, China, at the City People's Committee.\n\n"
        "He invited Hai Phong to take part in the China-ASEAN Expo to be held in Nanning in "
        "September.\n\n"
        "Following the meeting, the Hai Phong Department of Industry and Trade and the "
        "Nanning Municipal Bureau of Commerce signed a Memorandum of Understanding on trade "
        "promotion."), date="14/06/2024 09:00", footer="DOFA Hai Phong")

    [meeting] = extraction.dataset.engagements
    assert len(meeting.participants) == 2 and "hai-phong" in meeting.participants
    [agreement] = extraction.dataset.agreements
    assert agreement.signed is not None and agreement.signed.raw == "12 June"


def test_a_company_named_with_inc_is_proposed_and_gives(tmp_path):
    """"a delegation of Key Coffee Inc. (Japan)", then "the company presented 20 computers
    worth VND 300 million to Ea Tul Primary School": "Inc." says a company, which is met
    and gives."""
    extraction = _extract(tmp_path, (
        "On November 20, Mr. Nguyen Thanh Son, Vice Chairman of Dak Lak Provincial People's "
        "Committee, received a delegation of Key Coffee Inc. (Japan).\n\n"
        "On this occasion, the company presented 20 computers worth VND 300 million to Ea Tul "
        "Primary School in Cu M'gar District."), date="21/11/2023 09:00", footer="DOFA Dak Lak")

    assert "Key Coffee Inc." in _names(extraction).values()
    [gift] = extraction.dataset.donations
    assert _names(extraction)[gift.donors[0]] == "Key Coffee Inc."


def test_a_body_and_its_country_before_providing_gives_in_a_reviews_list(tmp_path):
    """"Among the notable projects were …; the Lien Foundation (Singapore) providing three
    sets of play equipment for three kindergartens in Ba Vi District, worth VND 2.4
    billion": the foundation gives, as "provided" would say."""
    extraction = _extract(tmp_path, (
        "In 2023, Hanoi received 46 projects from foreign NGOs. Among the notable projects "
        "were a child protection project in Soc Son District funded by Plan International "
        "with VND 1.2 billion; and the Lien Foundation (Singapore) providing three sets of "
        "outdoor play equipment for three kindergartens in Ba Vi District, worth VND 2.4 "
        "billion."), date="20/01/2024 09:00", footer="Hanoi DOFA")

    givers = {_names(extraction).get(g.donors[0], g.donors[0]): g.value.value
              for g in extraction.dataset.donations if g.value}
    assert givers.get("Lien Foundation") == Decimal(2_400_000_000)


def test_the_station_a_sum_is_told_of_is_the_one_handed_over(tmp_path):
    """"… held a ceremony to hand over the new Mang Canh Commune Health Station. … The station
    includes …, with total funding of USD 95,000 from GNI's sponsors": the station receives,
    not the province."""
    extraction = _extract(tmp_path, (
        "On October 26, the Kon Tum Department of Foreign Affairs (DOFA), Kon Plong District "
        "People's Committee and Good Neighbors International (GNI) held a ceremony to hand "
        "over the new Mang Canh Commune Health Station.\n\nConstruction began in March 2023. "
        "The station includes examination rooms and a pharmacy, with total funding "
        "of USD 95,000 from GNI's sponsors in the Republic of Korea."),
        date="27/10/2023 09:00", footer="Kon Tum DOFA")

    [gift] = [g for g in extraction.dataset.donations if g.value]
    assert [_names(extraction).get(r) for r in gift.recipients] == [
        "Mang Canh Commune Health Station"]


def test_the_delegation_gives_after_the_body_it_worked_with_abroad(tmp_path):
    """"On March 27, in coordination with the Khmer – Vietnam Association of Ratanakiri
    Province, the delegation handed over 10 houses worth VND 600 million to poor families …
    in Banlung City": the visiting province gives, to the province abroad; the association
    it worked with gives nothing."""
    extraction = _extract(tmp_path, (
        "On March 26, a delegation of Gia Lai Province paid a working visit to Ratanakiri "
        "Province, Kingdom of Cambodia.\n\nOn March 27, in coordination with the Khmer – "
        "Vietnam Association of Ratanakiri Province, the delegation handed over 10 houses "
        "worth VND 600 million to poor families of Cambodians of Vietnamese origin in Banlung "
        "City."), date="28/03/2024 09:00", footer="Gia Lai DOFA")

    gifts = [(g.donors, g.recipients, g.value.value) for g in extraction.dataset.donations]
    assert gifts == [(["gia-lai"], ["ratanakiri"], Decimal(600_000_000))]


def test_a_delegation_from_a_countrys_province_is_the_provinces(tmp_path):
    """"a delegation from Laos's Khammouane province …", then "the delegation … presented 100
    gift packages to flood-affected households": Khammouane gives, not the page's province."""
    extraction = _extract(tmp_path, (
        "On October 29, a delegation from Laos's Khammouane province visited Quang Binh to "
        "present 500 bags of rice to local people.\n\nOn the same day, the delegation visited "
        "An Thuy commune in Le Thuy district and presented 100 gift packages to "
        "flood-affected households."), date="30/10/2020 09:00", footer="Quang Binh DOFA")

    assert [g.donors for g in extraction.dataset.donations] == [["khammouane"]] * 2


def test_the_largest_donor_with_a_sum_gives_it(tmp_path):
    """"World Vision remained the largest donor, with nearly VND12 billion for its Area
    Development Programme in Quan Son district": World Vision's grant, to the district."""
    extraction = _extract(tmp_path, (
        "In 2023, Thanh Hoa province received 38 projects from foreign NGOs. World Vision "
        "remained the largest donor, with nearly VND12 billion for its Area Development "
        "Programme in Quan Son district."), date="15/01/2024 09:00", footer="Thanh Hoa DOFA")

    [gift] = extraction.dataset.donations
    assert gift.value is not None and gift.value.value == Decimal(12_000_000_000)
    assert _names(extraction).get(gift.recipients[0]) == "Quan Son district"


def test_people_in_a_district_receive_not_the_body_that_handed_over(tmp_path):
    """"the Bac Kan Provincial Union of Friendship Organisations, in coordination with KFHI,
    handed over 50 wheelchairs to people with disabilities in Ba Be district": KFHI gives,
    to the district; the union that hosted takes nothing."""
    extraction = _extract(tmp_path, (
        "On June 1, the Bac Kan Provincial Union of Friendship Organisations, in coordination "
        "with Korea Food for the Hungry International (KFHI), handed over 50 wheelchairs worth "
        "nearly VND250m to people with disabilities in Ba Be district."),
        date="02/06/2024 09:00", footer="Bac Kan DOFA")

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(r, r) for r in gift.recipients] == ["Ba Be district"]


def test_students_given_at_a_university_are_the_universitys(tmp_path):
    """"On 24 August, at Hai Phong University of Medicine and Pharmacy, the Seattle - Hai
    Phong Sister City Association presented 40 scholarships to students in difficult
    circumstances": the university whose students they are receives, not the city."""
    extraction = _extract(tmp_path, (
        "On 24 August, at Hai Phong University of Medicine and Pharmacy, the Seattle - Hai "
        "Phong Sister City Association presented 40 scholarships to students in difficult "
        "circumstances, with a total value of VND 180 million."),
        date="28/08/2023 09:00", footer="Hai Phong DOFA")

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(r, r) for r in gift.recipients] == [
        "Hai Phong University of Medicine and Pharmacy"]


def test_a_price_said_each_after_the_sum_waits_for_the_total(tmp_path):
    """"presented 150 scholarships, worth VND 2 million each, to … . The total value of the
    scholarships was VND 300 million.": the price of one is not the gift's; the total is,
    and visiting the district to give is no meeting with the school."""
    extraction = _extract(tmp_path, (
        "Yen Bai provincial leader receives Plan International delegation\n\n"
        "On August 25, the Vice Chairman of Yen Bai Provincial People's Committee received a "
        "delegation of Plan International Vietnam. In the afternoon, the delegation visited "
        "Tram Tau district and presented 150 scholarships, worth VND 2 million each, to "
        "ethnic minority girls at Tram Tau Ethnic Boarding Secondary School. The total value "
        "of the scholarships was VND 300 million."), date="Posted: 28/08/2023")

    assert [d.value.value for d in extraction.dataset.donations] == [300_000_000]
    assert len(extraction.dataset.engagements) == 1


def test_minutes_signed_by_two_people_between_the_two_places(tmp_path):
    """"Mr. X and Mr. Y signed the Minutes of Talks on cooperation between Dien Bien and
    Luang Prabang in 2024": the signers are people; the two places named after "between"
    are the parties."""
    extraction = _extract(tmp_path, (
        "Dien Bien and Luang Prabang hold annual talks\n\n"
        "On January 10, a delegation of Luang Prabang province (Lao PDR) held talks with Dien "
        "Bien Provincial People's Committee. At the end of the talks, Mr. Lo Van Hung and Mr. "
        "Sengphet Vongsavath signed the Minutes of Talks on cooperation between Dien Bien and "
        "Luang Prabang in 2024."), date="Posted: 12/01/2024")

    assert [set(a.parties) for a in extraction.dataset.agreements] == [
        {"dien-bien", "luang-prabang"}]


def test_a_delegation_led_by_the_dofa_director_gives_as_the_city(tmp_path):
    """"a delegation of the Ho Chi Minh City People's Committee led by Ms. X, Director of
    the Department of Foreign Affairs (DOFA), presented …": the city gives; its own office,
    named for who led the delegation, is no second giver."""
    extraction = _extract(tmp_path, (
        "HCMC delegation presents Tet gifts in Kampong Chhnang\n\n"
        "On 30 January, a delegation of the Ho Chi Minh City People's Committee led by Ms. Tran "
        "Thi Thu Van, Director of the Department of Foreign Affairs (DOFA), presented 1,000 Tet "
        "gift packages worth nearly VND 1 billion to poor Vietnamese-origin households in "
        "Kampong Chhnang province, Cambodia."), date="Posted: 02/02/2024")

    assert [g.donors for g in extraction.dataset.donations] == [["ho-chi-minh"]]


def test_works_handed_over_in_a_commune_then_funded_are_that_communes(tmp_path):
    """"held a ceremony to hand over a clean water supply system in Phu Tan commune, Dinh
    Quan district. The project, funded by X with USD 50,000, …": where the works stand
    receives them, not the province."""
    extraction = _extract(tmp_path, (
        "Samaritan's Purse hands over clean water project\n\n"
        "On 11 August, the Dong Nai Department of Foreign Affairs (DOFA), the People's "
        "Committee of Dinh Quan district and Samaritan's Purse held a ceremony to hand over "
        "a clean water supply system in Phu Tan commune, Dinh Quan district. The project, funded by Samaritan's Purse with USD 50,000, includes a drilled "
        "well and a filtration station."), date="Updated: 14/08/2023 14:10")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Phu Tan commune"]]


def test_a_consulates_grant_funded_under_its_governments_programme(tmp_path):
    """"the Australian Consulate-General … held a ceremony to hand over the project … in
    Phuoc Tinh commune. Funded with AUD 45,000 under the Australian Government's Direct Aid
    Program (DAP), the project …": the sum is the hand-over's; the programme is the giver's
    own, no new side; and "the Ba Ria – Vung Tau Provincial People's Committee" is the
    province, not a body named "Vung Tau"."""
    extraction = _extract(tmp_path, (
        "Australian Consulate-General hands over water project\n\n"
        "On 13 October, the Australian Consulate-General in Ho Chi Minh City, in coordination "
        "with the People's Committee of Long Dien district, held a ceremony to hand over the "
        "project \"Safe drinking water\" in Phuoc Tinh commune. Funded with AUD 45,000 under "
        "the Australian Government's Direct Aid Program (DAP), the project installed a water "
        "treatment station. Earlier that morning, the Consul-General paid a courtesy call on "
        "the Vice Chairman of the Ba Ria – Vung Tau Provincial People's Committee."),
        date="Posted: 17/10/2023")

    assert [(g.value.value, g.value.currency) for g in extraction.dataset.donations] == [
        (45_000, "AUD")]
    assert not any("Vung Tau Provincial" in (p.name_en or "") for p in
                   extraction.dataset.partners)


def test_a_foreign_business_association_in_the_city_gives_beside_the_office(tmp_path):
    """"TECO and the Taiwan Business Association in Ho Chi Minh City donated VND 2 billion
    …": the association is Taiwan's, whatever city of the province it sits in, and gives
    beside the office."""
    extraction = _extract(tmp_path, (
        "HCMC leader receives TECO\n\n"
        "On May 10, the Vice Chairman of the Ho Chi Minh City People's Committee received the "
        "Taipei Economic and Cultural Office in Ho Chi Minh City (TECO). Previously, in 2022, "
        "TECO and the Taiwan Business Association in Ho Chi Minh City donated VND 2 billion to "
        "the Ho Chi Minh City Fund for the Poor."), date="Posted: 12/05/2024")

    gifts = extraction.dataset.donations
    assert [len(g.donors) for g in gifts] == [2]
    assert any(p.name_vi == "Taiwan Business Association in Ho Chi Minh City"
               and p.country == "taiwan" for p in extraction.dataset.partners)


def test_a_gift_to_pupils_of_the_school_goes_to_the_school_named_before(tmp_path):
    """"… to hand over the new building of My Thanh Tay Primary School …", then "the Embassy
    of Japan presented 50 bicycles to pupils of the school": the school named before."""
    extraction = _extract(tmp_path, "On 26 February, in Duc Hue district, Long An province, the "
                          "Embassy of Japan held a ceremony to hand over the new building of My "
                          "Thanh Tay Primary School, worth USD 87,500.\n\nOn this occasion, the "
                          "Embassy of Japan presented 50 bicycles to pupils of the school in "
                          "difficult circumstances.\n", footer="DOFA Long An")

    names = _names(extraction)
    [gift] = [g for g in extraction.dataset.donations if not g.value]

    assert [names.get(r, r) for r in gift.recipients] == ["My Thanh Tay Primary School"]


def test_an_unknown_agency_is_a_body_and_a_charity_builds_where_it_gives(tmp_path):
    """"the Netherlands Enterprise Agency (RVO) funded VND 3.5 billion …": an agency no
    gazetteer knows is still a giver; "Saigon Children's Charity … built 2 kindergarten
    classrooms in Thoi Lai district worth about VND 1.1 billion": works built there are
    given there."""
    extraction = _extract(tmp_path, "Among the highlights, the Netherlands Enterprise Agency "
                          "(RVO) funded VND 3.5 billion for a pilot project on rice-fish farming "
                          "in Co Do district, and Saigon Children's Charity (saigonchildren) "
                          "built 2 kindergarten classrooms in Thoi Lai district worth about VND "
                          "1.1 billion.\n", footer="Phuong Anh - DOFA Can Tho")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = {(names[g.donors[0]], names.get(g.recipients[0], g.recipients[0]), g.value.raw)
             for g in extraction.dataset.donations}

    assert gifts == {("Netherlands Enterprise Agency", "Co Do district", "VND 3.5 billion"),
                     ("Saigon Children's Charity", "Thoi Lai district",
                      "about VND 1.1 billion")}


def test_the_provinces_own_department_planning_its_work_meets_no_one(tmp_path):
    """"the Department of Foreign Affairs of Can Tho City held a conference …", then "the
    Department will focus on … promoting decentralised cooperation with Japanese and French
    localities": the city's own office, no meeting with the city."""
    extraction = _extract(tmp_path, "On July 10, the Department of Foreign Affairs of Can Tho "
                          "City held a conference to review foreign affairs work in the first "
                          "six months of 2024.\n\nFor the second half of the year, the "
                          "Department will focus on preparing for the visits of several foreign "
                          "delegations, promoting decentralised cooperation with Japanese and "
                          "French localities, and strengthening the management of foreign aid.\n",
                          footer="Phuong Anh - DOFA Can Tho")

    assert extraction.dataset.engagements == []


def test_a_company_in_a_city_is_named_without_the_city(tmp_path):
    """"the delegation visited and worked with Suzuki Motor Corporation in Hamamatsu City":
    the company, then where it is; the city is no part of its name."""
    extraction = _extract(tmp_path, "On June 8, the Thai Nguyen delegation visited and worked with "
                          "Suzuki Motor Corporation in Hamamatsu City.\n",
                          footer="Thai Nguyen Department of Foreign Affairs")

    assert "Suzuki Motor Corporation" in _names(extraction).values()


def test_a_quote_said_at_a_working_session_with_a_delegation_tells_the_meeting(tmp_path):
    """"\"…,\" said Mr. Vy Van Cuong, Vice Chairman of Lang Son Provincial People's Committee,
    at a working session with a delegation from Chongzuo City …": the province met the city."""
    extraction = _extract(tmp_path, "\"We want the border gate pair to become a model,\" said Mr. "
                          "Vy Van Cuong, Vice Chairman of Lang Son Provincial People's "
                          "Committee, at a working session with a delegation from Chongzuo City, "
                          "Guangxi Zhuang Autonomous Region (China), on the afternoon of April "
                          "19.\n", footer="DOFA Lang Son")

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"lang-son", "chongzuo"}


def test_a_committee_in_a_county_is_named_without_the_county(tmp_path):
    """"the delegation worked with the Hekou Border Gate Management Committee in Hekou Yao
    Autonomous County": the committee, then where it is; no body "… in Hekou Yao …"."""
    extraction = _extract(tmp_path, "On November 16, the delegation of Phu Tho province worked "
                          "with the Hekou Border Gate Management Committee in Hekou Yao "
                          "Autonomous County on customs clearance procedures.\n",
                          footer="DOFA Phu Tho")

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"phu-tho", "hekou"}


def test_goods_received_with_no_figure_take_the_figures_the_next_sentence_lists(tmp_path):
    """"… received emergency relief goods from the Government of Japan, provided through
    JICA …", then "The relief goods include 300 water tanks … and 20 portable water
    purifiers, worth about JPY 10 million": one gift, with its things and its worth."""
    extraction = _extract(tmp_path, "On 8 March, the Tien Giang Provincial People's Committee "
                          "received emergency relief goods from the Government of Japan, provided "
                          "through the Japan International Cooperation Agency (JICA), to support "
                          "local people affected by drought.\n\nThe relief goods include 300 water "
                          "tanks with a capacity of 1,000 litres each and 20 portable water "
                          "purifiers, worth about JPY 10 million.\n", footer="DOFA Tien Giang")

    [gift] = extraction.dataset.donations

    assert gift.value.raw == "about JPY 10 million"
    assert sorted(i.quantity.value for i in gift.items) == [20, 300]
    assert gift.recipients == ["tien-giang"]


def test_a_project_total_shared_out_next_is_no_one_givers_gift(tmp_path):
    """"EU-funded project …", then "The total budget of the project is EUR 1.5 million. Of
    the sum, the EU contributes EUR 1.2 million …": the EU gives its share, not the total."""
    extraction = _extract(tmp_path, "EU-funded project to help Ninh Binh coastal communities\n\n"
                          "The Ninh Binh Department of Agriculture, CARE International in Vietnam "
                          "and the European Union (EU) Delegation to Vietnam on May 27 launched a "
                          "project in Kim Son district.\n\nThe total budget of the project is EUR "
                          "1.5 million. Of the sum, the EU contributes EUR 1.2 million, with the "
                          "remainder coming from CARE and counterpart funding from the province.\n",
                          footer="Ninh Binh Department of Foreign Affairs")

    assert [g.value.raw for g in extraction.dataset.donations] == ["EUR 1.2 million"]


def test_each_line_of_an_english_dashed_list_is_a_gift(tmp_path):
    """"Major aid approved in 2023 included:", then "- KFHI: integrated community development
    project in Duc Co district – VND 3.8 billion;": each line's body gives its sum to the
    district the line names, with what the line counts."""
    extraction = _extract(tmp_path, "In 2023 Gia Lai province approved 27 projects.\n\nMajor aid "
                          "approved in 2023 included:\n- KFHI: integrated community development "
                          "project in Duc Co district – VND 3.8 billion;\n- VinaCapital "
                          "Foundation: 40 heart surgeries for children under the Heartbeat "
                          "Vietnam programme – approximately VND 2 billion.\n",
                          footer="Gia Lai DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(names.get(g.recipients[0], g.recipients[0]), g.value.raw,
              [i.quantity.value for i in g.items if i.quantity])
             for g in extraction.dataset.donations]

    assert gifts == [("Duc Co district", "VND 3.8 billion", []),
                     ("Gia Lai Province", "approximately VND 2 billion", [40])]


def test_each_priced_line_of_an_aid_package_is_a_gift_of_its_giver(tmp_path):
    """"… to hand over aid from the Kon Tum Provincial People's Committee to Sekong province.
    The aid package included:", then a line for each part, each with its own sum: one gift
    per line, by the same giver, to whom the line says it is for."""
    extraction = _extract(tmp_path, "On the morning of October 9, in Lamam district, Sekong "
                          "province (Lao PDR), a delegation of Kon Tum province held a ceremony to "
                          "hand over aid from the Kon Tum Provincial People's Committee to Sekong "
                          "province.\n\nThe aid package included:\n- 200 sets of school desks "
                          "and chairs for primary schools in Lamam district: VND 600 million;\n"
                          "- 30 scholarships for Sekong students studying at Kon Tum Community "
                          "College: VND 150 million;\n- 2 patient monitors for Sekong Provincial "
                          "Hospital: VND 250 million.\n", footer="Kon Tum DOFA")

    assert sorted((g.donors, g.value.raw) for g in extraction.dataset.donations) == [
        (["kon-tum"], "VND 150 million"), (["kon-tum"], "VND 250 million"),
        (["kon-tum"], "VND 600 million")]


def test_a_second_sum_after_a_first_told_with_its_purpose_is_a_second_gift(tmp_path):
    """"Dak Nong province presented VND 1.2 billion to support the construction of a primary
    school in Koh Nhek district and KHR 40 million to the Khmer-Vietnamese Association of
    Mondulkiri province": two gifts; the association receives only the second."""
    extraction = _extract(tmp_path, "A delegation of Dak Nong province visited Mondulkiri "
                          "province, Cambodia.\n\nOn this occasion, Dak Nong province presented "
                          "VND 1.2 billion to support the construction of a primary school in "
                          "Koh Nhek district and KHR 40 million to the Khmer-Vietnamese "
                          "Association of Mondulkiri province.\n", footer="Dak Nong DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert {(g.value.raw, names.get(g.recipients[0], g.recipients[0]))
            for g in extraction.dataset.donations} == {
        ("VND 1.2 billion", "Mondulkiri Province"),
        ("KHR 40 million", "Khmer-Vietnamese Association of Mondulkiri province")}


def test_the_facility_a_project_s_title_builds_receives_it(tmp_path):
    """"… held a handover ceremony of the project "Construction of Phong My Commune Health
    Station", funded by the Government of Japan …", then "The project was funded with USD
    87,245": the station receives, named without "Construction of"."""
    extraction = _extract(tmp_path, "On December 5, the Embassy of Japan in Viet Nam, in "
                          "coordination with the Thua Thien Hue Department of Foreign Affairs, "
                          "held a handover ceremony of the project \"Construction of Phong My "
                          "Commune Health Station\", funded by the Government of Japan.\n\nThe "
                          "project was funded with USD 87,245.\n", footer="DOFA Thua Thien Hue")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names.get(r, r) for r in gift.recipients] == ["Phong My Commune Health Station"]


def test_an_office_named_for_two_fields_is_one_body(tmp_path):
    """"… presented VND 50 million to the Boualapha District Education and Sports Office":
    one office named for its two fields, not "Boualapha District Education" and "Sports
    Office"."""
    extraction = _extract(tmp_path, "On this occasion, the Quang Binh delegation presented VND 50 "
                          "million to the Boualapha District Education and Sports Office.\n",
                          footer="DOFA Quang Binh")

    assert "Boualapha District Education and Sports Office" in _names(extraction).values()


def test_where_a_visiting_bodys_branch_is_is_no_side_of_the_meeting(tmp_path):
    """"received a delegation of the Cambodian Red Cross (CRC) Svay Rieng branch", below
    "… receives Cambodian Red Cross delegation from Svay Rieng": the province met the Red
    Cross; Svay Rieng is where its branch is, no side of its own."""
    extraction = _extract(tmp_path, (
        "Tay Ninh leader receives Cambodian Red Cross delegation from Svay Rieng\n\nOn the "
        "morning of 18 June, Mr. Tran Minh Quang, Vice Chairman of Tay Ninh Provincial People's "
        "Committee, received a delegation of the Cambodian Red Cross (CRC) Svay Rieng branch "
        "led by Ms. Mao Chanthy, who paid a working visit to the province."), date="20/06/2024")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["extracted-cambodian-red-cross", "tay-ninh"]]


def test_a_company_named_with_its_branch_after_a_dash_gives(tmp_path):
    """"Shinhan Bank Vietnam - Binh Duong branch, in coordination with …, presented 300
    bicycles …": the bank gives; neither Vietnam nor the province its branch is in."""
    extraction = _extract(tmp_path, (
        "Shinhan Bank presents bicycles to students\n\nOn 29 September, Shinhan Bank Vietnam - "
        "Binh Duong branch, in coordination with the People's Committee of Bau Bang district, "
        "presented 300 bicycles to poor students in the district. The total value of the gifts "
        "is VND 1.2 billion."), date="03/10/2023")

    names = _names(extraction)
    assert [[names.get(d, d) for d in g.donors] for g in extraction.dataset.donations] == [
        ["Shinhan Bank Vietnam"]]


def test_a_government_named_by_its_nationality_gives(tmp_path):
    """"In 2020, the Japanese Government also provided USD 81,500 to build …": the
    Government of Japan gives, under the name the articles give it in full."""
    extraction = _extract(tmp_path, (
        "Japan-funded health station\n\nIn 2020, the Japanese Government also provided USD "
        "81,500 to build the health station of Hung Ha commune in Tan Hung district, Long An "
        "province."), date="14/08/2024")

    names = _names(extraction)
    assert [[names.get(d, d) for d in g.donors] for g in extraction.dataset.donations] == [
        ["Japanese Government"]]


def test_the_school_a_ceremony_handed_over_receives_what_the_next_sentence_prices(tmp_path):
    """"… held a ceremony to hand over Hung Dien B Kindergarten in Hung Dien B commune. The
    project was funded by the Government of Japan … with USD 89,960.": the kindergarten
    receives, not the province."""
    extraction = _extract(tmp_path, (
        "Japan-funded kindergarten handed over\n\nOn 12 August, the People's Committee of Tan "
        "Hung district, Long An province, in coordination with the Consulate General of Japan "
        "in Ho Chi Minh City, held a ceremony to hand over Hung Dien B Kindergarten in Hung "
        "Dien B commune. The project was funded by the Government of Japan with USD 89,960."),
        date="14/08/2024")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Hung Dien B Kindergarten"]]


def test_the_commune_of_a_health_station_built_receives_its_funding(tmp_path):
    """"… the construction of the health station of Hoa Hiep commune, Tan Bien district,
    funded by the Government of Japan … with USD 92,000": the commune receives, not the
    province."""
    extraction = _extract(tmp_path, (
        "Tay Ninh reviews foreign aid\n\nIn 2023 Tay Ninh province managed 16 projects. "
        "Notable projects include the construction of the health station of Hoa Hiep commune, "
        "Tan Bien district, funded by the Government of Japan under the GGP programme with USD "
        "92,000."),
        date="10/01/2024")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Hoa Hiep commune"]]


def test_a_governments_scheme_named_with_its_acronym_gives_nothing_of_its_own(tmp_path):
    """"The system was built under the Quick Impact Projects (QIP) scheme of the Government
    of India, with a grant of USD 50,000.": the government gives; its scheme is no giver."""
    extraction = _extract(tmp_path, (
        "Embassy of India hands over water system\n\nThe Ambassador of India handed over a "
        "solar-powered water purification system to the people of Phuoc Dinh Commune, Thuan "
        "Nam District, Ninh Thuan Province. The system was built under the Quick Impact "
        "Projects (QIP) scheme of the Government of India, with a grant of USD 50,000."),
        date="21/05/2024")

    names = _names(extraction)
    assert [[names.get(d, d) for d in g.donors] for g in extraction.dataset.donations] == [
        ["Government of India"]]


def test_a_consul_general_written_with_a_hyphen_gives_as_the_consulate(tmp_path):
    """"Australian Consul-General in Ho Chi Minh City, Ms. Rebecca Hart, handed over …. The
    support, valued at VND 1.2 billion, is funded through Australia's Direct Aid Program
    (DAP), a small grants program managed by the Department of Foreign Affairs and Trade
    (DFAT).": the consulate gives, at that sum; the ministry that runs the programme is no
    one new."""
    extraction = _extract(tmp_path, (
        "Australia supports fishing communities in Phu Yen\n\nOn 11 September 2023, Australian "
        "Consul-General in Ho Chi Minh City, Ms. Rebecca Hart, handed over fishing safety "
        "equipment to fishing households in Xuan Thinh Commune, Song Cau Town, Phu Yen "
        "Province. The support, valued at VND 1.2 billion, is funded through Australia's Direct "
        "Aid Program (DAP), a small grants program managed by the Department of Foreign Affairs "
        "and Trade (DFAT)."), date="12/09/2023")

    assert [(g.donors, g.value.raw if g.value else None)
            for g in extraction.dataset.donations] == [
        (["consulate-australia-ho-chi-minh-city"], "VND 1.2 billion")]


def test_a_school_on_an_island_is_named_without_the_island(tmp_path):
    """"… a rainwater harvesting system for Ngu Phung Secondary School on Phu Quy Island,
    funded by the Australian Embassy … with AUD 30,000": the school receives, by its name."""
    extraction = _extract(tmp_path, (
        "Binh Thuan reviews foreign aid\n\nNotable projects include a rainwater harvesting "
        "system for Ngu Phung Secondary School on Phu Quy Island, funded by the Australian "
        "Embassy through DAP with AUD 30,000."), date="18/01/2024")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Ngu Phung Secondary School"]]


def test_a_headline_visit_to_give_is_no_meeting_with_the_receivers(tmp_path):
    """"Phu Yen delegation visits and presents Tet gifts to Vietnamese community in Kampong
    Chhnang" above the courtesy call on the governor: one meeting, with the province; the
    community the gifts went to met no one."""
    extraction = _extract(tmp_path, (
        "Phu Yen delegation visits and presents Tet gifts to Vietnamese community in Kampong "
        "Chhnang, Cambodia\n\nOn 31 January, a delegation of Phu Yen Province paid a courtesy "
        "call on Mr. Sok Vanna, Governor of Kampong Chhnang Province, Cambodia."),
        date="02/02/2024")

    names = _names(extraction)
    assert [sorted(names.get(p, p) for p in e.participants)
            for e in extraction.dataset.engagements] == [["kampong-chhnang", "phu-yen"]]


def test_a_province_abroad_named_again_without_its_kind_receives(tmp_path):
    """"… the Governor of Kampong Chhnang Province …", then "… presented 300 gift packages
    worth VND 450 million to poor households of Vietnamese origin in Kampong Chhnang": the
    province named before, by its name alone, receives."""
    extraction = _extract(tmp_path, (
        "Phu Yen delegation visits Kampong Chhnang\n\nOn 31 January, a delegation of Phu Yen "
        "Province paid a courtesy call on the Governor of Kampong Chhnang Province, Cambodia. On "
        "this occasion, the delegation presented 300 gift packages worth VND 450 million to "
        "poor households of Vietnamese origin in Kampong Chhnang."), date="02/02/2024")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["kampong-chhnang"]]


def test_an_ambassador_named_by_title_and_surname_meets_as_the_embassy(tmp_path):
    """"Ambassador of Israel to Viet Nam, Mr. Yoav Ben-David, inaugurated …", then "Prior to
    the ceremony, Ambassador Ben-David paid a courtesy call on Mr. Nguyen Duc Thinh, Vice
    Chairman of Ninh Thuan Provincial People's Committee": the province met the embassy."""
    extraction = _extract(tmp_path, (
        "Israeli Ambassador inaugurates farm in Ninh Thuan\n\nOn 26 February 2024, Ambassador of "
        "Israel to Viet Nam, Mr. Yoav Ben-David, inaugurated a demonstration farm in An Hai "
        "Commune, Ninh Phuoc District, Ninh Thuan Province.\n\nPrior to the ceremony, Ambassador "
        "Ben-David paid a courtesy call on Mr. Nguyen Duc Thinh, Vice Chairman of Ninh Thuan "
        "Provincial People's Committee."), date="27/02/2024")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["embassy-israel", "ninh-thuan"]]


def test_an_ambassador_by_full_name_meets_as_the_embassy_the_article_named(tmp_path):
    """"the Embassy of Thailand in Viet Nam held a ceremony …", then "Ambassador Urawadee
    Sriphiromya paid a working visit to the Tay Ninh Provincial People's Committee": the
    ambassador, named in full by no country, comes from the embassy named before."""
    extraction = _extract(tmp_path, (
        "Thai Embassy hands over library\n\nOn 15 October, the Embassy of Thailand in Viet Nam "
        "held a ceremony in Tan Bien district to hand over a library to a primary school.\n\n"
        "On the same day, Ambassador Urawadee Sriphiromya paid a working visit to the Tay Ninh "
        "Provincial People's Committee and held talks with its Chairman."), date="16/10/2024")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["embassy-thailand", "tay-ninh"]]


def test_an_airport_a_delegation_visited_is_no_side_of_a_meeting(tmp_path):
    """"The same day, the Irkutsk delegation visited the Cam Ranh International Airport and
    several resorts": a site seen, no meeting of the airport with the province."""
    extraction = _extract(tmp_path, (
        "Khanh Hoa and Irkutsk sign agreement\n\nOn 24 July, the Chairman of Khanh Hoa "
        "Provincial People's Committee held talks with a delegation of the Government of "
        "Irkutsk Oblast, Russian Federation.\n\nThe same day, the Irkutsk delegation visited the "
        "Cam Ranh International Airport and several resorts in Bai Dai."), date="26/07/2023")

    names = _names(extraction)
    assert [sorted(names.get(p, p) for p in e.participants)
            for e in extraction.dataset.engagements] == [
        ["Government of Irkutsk Oblast", "khanh-hoa"]]


def test_a_building_funded_by_a_grant_of_a_sum_prices_the_hand_over_told_before(tmp_path):
    """"… held a ceremony to hand over a new building of Ia Lop Primary School, funded by the
    Government of Japan …", then "The two-storey building has 6 classrooms and was funded by
    a GGP grant of USD 91,520.": the hand-over, at that sum."""
    extraction = _extract(tmp_path, (
        "Japan hands over school in Ea Sup district\n\nOn November 6, in Ia Lop commune, Ea Sup "
        "district, the Consulate General of Japan in Ho Chi Minh City held a ceremony to hand "
        "over a new building of Ia Lop Primary School, funded by the Government of Japan.\n\n"
        "The two-storey building has 6 classrooms and was funded by a GGP grant of USD "
        "91,520."), date="08/11/2023")

    assert [g.value.raw if g.value else None for g in extraction.dataset.donations] == [
        "USD 91,520"]


def test_a_township_a_kindergarten_was_built_in_receives(tmp_path):
    """"In 2019, the church also funded the construction of a kindergarten in Krong Klang
    township, Dakrong district, worth USD 50,000.": the township receives, not the
    province."""
    extraction = _extract(tmp_path, (
        "Korean church hands over houses in Quang Tri\n\nIn 2019, the Myungsung Presbyterian "
        "Church of the Republic of Korea funded the construction of a kindergarten in Krong "
        "Klang township, Dakrong district, Quang Tri province, worth USD 50,000."),
        date="10/05/2024")

    names = _names(extraction)
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Krong Klang township"]]


def test_a_project_that_hands_over_gives_as_its_funder(tmp_path):
    """"… the project "…", funded by the Government of Canada …", then "the project handed
    over 3 community houses worth VND 960 million to Bat Xat District": Canada gives."""
    extraction = _extract(tmp_path, (
        "Climate resilience project in Lao Cai concludes\n\nOn 27 March, the Lao Cai Department "
        "of Agriculture and Rural Development, in coordination with CARE International in "
        "Vietnam, held a workshop to close the project \"Strengthening climate resilience\", "
        "funded by the Government of Canada through Global Affairs Canada (GAC).\n\nOn this "
        "occasion, the project handed over 3 community houses worth VND 960 million to Bat Xat "
        "District."), date="28/03/2023", footer="Lao Cai DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients], g.value.raw)
            for g in extraction.dataset.donations] == [
        (["Government of Canada"], ["Bat Xat District"], "VND 960 million")]


def test_a_grant_a_national_body_will_implement_goes_to_it(tmp_path):
    """"… the Ministry for Foreign Affairs of Finland signed …", then "The project is funded by
    a non-refundable grant of EUR 3.5 million from the Government of Finland and will be
    implemented by the National Center …": Finland gives, the centre that implements
    receives; the ministry keeps its country in its name, and a name ends with its sentence
    ("… of Finland. The two sides …")."""
    extraction = _extract(tmp_path, (
        "MARD and Finland sign project document\n\nOn 14 March in Ha Noi, the Ministry of "
        "Agriculture and Rural Development (MARD) and the Ministry for Foreign Affairs of Finland "
        "signed the project document.\n\nThe project is funded by a non-refundable grant of EUR "
        "3.5 million from the Government of Finland and will be implemented by the National "
        "Center for Rural Water Supply and Environmental Sanitation (NCERWASS) in Dak Lak "
        "province.\n\nDeputy Minister Pham Quoc Huy held talks with Ms. Sanna Virtanen, Ministry "
        "for Foreign Affairs of Finland. The two sides spoke highly of the cooperation."),
        date="15/03/2023", footer="MARD Information Center")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["Government of Finland"],
         ["National Center for Rural Water Supply and Environmental Sanitation"])]
    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Ministry for Foreign Affairs of Finland",
         "Ministry of Agriculture and Rural Development"]]


def test_the_delegation_that_paid_a_call_is_the_body_from_abroad_named_before(tmp_path):
    """"… Tet gifts from the Association of Vietnamese People in Korea …", then "After the
    ceremony, the delegation paid a courtesy call to Ms. …, Vice Chairwoman of Hai Duong
    Provincial People's Committee": the province met the association."""
    extraction = _extract(tmp_path, (
        "Association presents Tet gifts\n\nOn 3 February, the Hai Duong Department of Foreign "
        "Affairs held a ceremony to present Tet gifts from the Association of Vietnamese People "
        "in Korea to poor households.\n\nAfter the ceremony, the delegation paid a courtesy call "
        "to Ms. Pham Thi Lan Anh, Vice Chairwoman of Hai Duong Provincial People's Committee."),
        date="05/02/2024", footer="Thu Trang – DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] == [
        ["Association of Vietnamese People in Korea", "Hai Duong Province"]]


def test_the_leaders_post_for_a_field_is_no_side(tmp_path):
    """"… held talks with a delegation of Kyung Hee University (Republic of Korea) led by Prof.
    Park Sung-min, Vice President for International Affairs": the province met the
    university; the leader's post is no third side."""
    extraction = _extract(tmp_path, (
        "Bac Ninh signs MOU with Kyung Hee University\n\nOn the afternoon of 18 October, Mr. "
        "Nguyen Van Hai, Vice Chairman of Bac Ninh Provincial People's Committee, received and "
        "held talks with a delegation of Kyung Hee University (Republic of Korea) led by Prof. "
        "Park Sung-min, Vice President for International Affairs."), date="19/10/2023")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] == [
        ["Bac Ninh Province", "Kyung Hee University"]]


def test_a_project_closed_with_its_budget_is_the_gift_of_the_body_that_ran_it(tmp_path):
    """"… the international organisation Room to Read to hold a closing ceremony …; … Country
    Director of Room to Read Viet Nam", then "Over four years, the project, with total funding
    of nearly USD 1.3 million, supported 1,200 female students …": Room to Read gave, the
    known name with its office's country one body."""
    extraction = _extract(tmp_path, (
        "Tra Vinh closes Girls' Education Program\n\nOn 27 November, the Tra Vinh Department of "
        "Foreign Affairs coordinated with the international organisation Room to Read to hold a "
        "closing ceremony for the Girls' Education Program.\n\nAttending the ceremony was Ms. "
        "Tran Minh Chau, Country Director of Room to Read Viet Nam.\n\nOver four years, the "
        "project, with total funding of nearly USD 1.3 million, supported 1,200 female students "
        "at 14 secondary schools."), date="29/11/2024", footer="Tra Vinh DOFA")

    assert [(g.donors, g.value.raw) for g in extraction.dataset.donations] == [
        (["room-to-read"], "nearly USD 1.3 million")]


def test_a_body_met_to_give_it_gifts_is_no_side_of_the_visit(tmp_path):
    """"… paid a working visit to Luang Prabang province", then "During the visit, the
    delegation also met and presented 50 gifts to the Vietnamese Association in Luang Prabang
    province": a gift, told in the visit; the association is no side of a meeting."""
    extraction = _extract(tmp_path, (
        "Dien Bien presents aid to Luang Prabang\n\nFrom 14 to 16 December, a delegation of Dien "
        "Bien province paid a working visit to Luang Prabang province, Lao PDR.\n\nDuring the "
        "visit, the delegation also met and presented 50 gifts to the Vietnamese Association "
        "in Luang Prabang province."), date="18/12/2023", footer="Dien Bien DOFA")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["dien-bien", "luang-prabang"]]
    assert len(extraction.dataset.donations) == 1


@pytest.mark.parametrize("led_by", [
    "led by Ms. Sarah Collins, Acting Country Director for Viet Nam",
    "led by Director General for International Cooperation Choi Min-seok",
    "led by Mr. Lim Wei Jie, Head of International Programmes"])
def test_the_post_of_whoever_led_a_bodys_delegation_is_no_side(tmp_path, led_by):
    """"… had a working session with a Temasek Foundation delegation led by Mr. Lim Wei Jie,
    Head of International Programmes": the province met the foundation; the leader's post,
    however written, is no third side."""
    extraction = _extract(tmp_path, (
        "Tay Ninh receives Temasek Foundation\n\nOn May 4, Vice Chairwoman of the Tay Ninh "
        "Provincial People's Committee Nguyen Thi Thu Ha had a working session with a Temasek "
        f"Foundation delegation {led_by}."), date="05/05/2024")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] == [
        ["Tay Ninh Province", "Temasek Foundation"]]


def test_the_eu_ambassador_and_the_eus_delegation_are_one_side_of_one_meeting(tmp_path):
    """"Ninh Binh leader receives EU Ambassador" above "… received the Ambassador and Head of
    the Delegation of the European Union to Viet Nam …": one meeting; the union's mission
    acts for the union, as an embassy for its state."""
    extraction = _extract(tmp_path, (
        "Ninh Binh leader receives EU Ambassador\n\nOn May 14, Chairman of the Ninh Binh "
        "Provincial People's Committee Do Manh Cuong received the Ambassador and Head of the "
        "Delegation of the European Union to Viet Nam, who was on a working visit to the "
        "province."), date="15/05/2024")

    assert len(extraction.dataset.engagements) == 1


def test_a_consul_general_by_nationality_and_city_is_that_citys_consulate(tmp_path):
    """"Soc Trang chairman receives Korean Consul General in Ho Chi Minh City": the province
    met Korea's consulate general there, not a body called "Korean Consul General …"."""
    extraction = _extract(tmp_path, (
        "Soc Trang chairman receives Korean Consul General in Ho Chi Minh City\n\nThe two sides "
        "discussed cooperation in trade and labour."), date="02/04/2024")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["consulate-south-korea-ho-chi-minh-city", "soc-trang"]]


def test_a_provinces_department_by_acronym_and_a_company_by_short_name_sign(tmp_path):
    """"… the Department of Agriculture and Rural Development (DARD) … a delegation of Key
    Coffee Inc. (Japan)", then "Dak Lak DARD and Key Coffee signed a Memorandum of
    Understanding": the department and the company signed, not the province."""
    extraction = _extract(tmp_path, (
        "Dak Lak receives Key Coffee\n\nOn November 20, the Vice Chairman of Dak Lak Provincial "
        "People's Committee received a delegation of Key Coffee Inc. (Japan). Also present were "
        "leaders of the Department of Agriculture and Rural Development (DARD).\n\nFollowing "
        "the meeting, Dak Lak DARD and Key Coffee signed a Memorandum of Understanding on "
        "sustainable coffee sourcing."), date="21/11/2023")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Department of Agriculture and Rural Development", "Key Coffee Inc."]]


def test_a_body_that_has_worked_with_partners_for_years_held_no_meeting(tmp_path):
    """"Speaking at the ceremony, Dr. Lee said Myongji Hospital has worked with Vietnamese
    medical partners for many years …": what the hospital has done, no meeting."""
    extraction = _extract(tmp_path, (
        "Korean hospital donates equipment\n\nSpeaking at the ceremony, Dr. Lee said Myongji "
        "Hospital has worked with Vietnamese medical partners for many years and hopes the "
        "equipment will help Ha Tinh doctors."), date="12/06/2023", footer="Ha Tinh DOFA")

    assert extraction.dataset.engagements == []


def test_tonnes_sent_to_a_district_are_a_gift(tmp_path):
    """"Earlier, on September 12, Tzu Chi sent 20 tonnes of rice and instant noodles to Van
    Don district": what was sent with its count is given; a letter sent is not."""
    extraction = _extract(tmp_path, (
        "Tzu Chi supports Quang Ninh\n\nOn September 28, the Tzu Chi Foundation presented "
        "2,000 relief packages worth over VND 6.5 billion to households in Quang Ninh province."
        "\n\nEarlier, on September 12, Tzu Chi sent 20 tonnes of rice and instant noodles to "
        "Van Don district. It also sent a letter of sympathy to the province."),
        date="30/09/2024", footer="DOFA Quang Ninh")

    counts = sorted(sorted(i.quantity.value for i in g.items if i.quantity)
                    for g in extraction.dataset.donations)
    assert counts == [[Decimal(20)], [Decimal(2000)]]


def test_people_abroad_a_province_gave_to_are_the_province_it_visited(tmp_path):
    """"… visited Kampong Chhnang province, Cambodia", then "the delegation presented 300 Tet
    gift packages to disadvantaged Vietnamese-origin households living in floating villages
    …": the province abroad the article is about received; Kampong Chhnang is a province of
    Cambodia the gazetteer knows."""
    extraction = _extract(tmp_path, (
        "Quang Ninh presents Tet gifts in Kampong Chhnang\n\nFrom January 19 to 21, a delegation "
        "of Quang Ninh province led by Ms. Tran Thi Lan, Vice Chairwoman of the Provincial "
        "People's Committee, visited Kampong Chhnang province, Cambodia.\n\nOn this occasion, "
        "the delegation presented 300 Tet gift packages to disadvantaged Vietnamese-origin "
        "households living in floating villages on the Tonle Sap river, worth VND 450 million."),
        date="22/01/2025", footer="DOFA Quang Ninh")

    assert [(g.donors, g.recipients) for g in extraction.dataset.donations] == [
        (["quang-ninh"], ["kampong-chhnang"])]


def test_a_un_agency_that_runs_a_project_a_state_funds_gives_with_it(tmp_path):
    """"… funded by the Korea International Cooperation Agency (KOICA) and implemented by
    FAO": the agency that runs the project gives with the one that pays."""
    extraction = _extract(tmp_path, (
        "FAO hands over equipment to Hoa Binh\n\nOn June 5, the Food and Agriculture "
        "Organization of the United Nations (FAO) held a ceremony to hand over farm equipment "
        "to cooperatives in Mai Chau district.\n\nThe equipment, worth VND 2.4 billion, was "
        "provided under the project \"Climate-smart smallholder value chains\", funded by the "
        "Korea International Cooperation Agency (KOICA) and implemented by FAO."),
        date="06/06/2023", footer="Hoa Binh DOFA")

    assert [sorted(g.donors) for g in extraction.dataset.donations] == [["fao", "koica"]]


def test_the_share_a_state_gave_of_a_budget_is_the_gifts_value(tmp_path):
    """"The project has a total budget of USD 850,000, of which USD 780,000 is
    non-refundable aid from the Government of Japan": the aid is the share, and "780,000"
    after "USD" is a sum, no count of anything."""
    extraction = _extract(tmp_path, (
        "Ninh Thuan launches school nutrition project\n\nOn 11 October, Ninh Thuan Provincial "
        "People's Committee held a launching workshop for a school nutrition project funded "
        "by the Government of Japan.\n\nThe project has a total budget of USD 850,000, of "
        "which USD 780,000 is non-refundable aid from the Government of Japan and the "
        "remainder is counterpart funding from the province."), date="12/10/2023",
        footer="Ninh Thuan DOFA")

    assert [(g.value.value, g.items) for g in extraction.dataset.donations] == [
        (Decimal(780000), [])]


def test_a_sum_handed_to_the_association_goes_to_the_one_named_before(tmp_path):
    """"… visited the Kampong Chhnang chapter of the Khmer-Vietnamese Association …", then
    "the delegation handed over VND 200 million to the association for …": the association
    the article named, not the province it visited."""
    extraction = _extract(tmp_path, (
        "Ho Chi Minh City delegation visits Kampong Chhnang\n\nOn February 2, a delegation of "
        "Ho Chi Minh City People's Committee visited Kampong Chhnang province, Cambodia, and "
        "the Kampong Chhnang chapter of the Khmer-Vietnamese Association in Cambodia.\n\nAlso "
        "on this occasion, the delegation handed over VND 200 million to the association for "
        "the repair of its Vietnamese-language classes."), date="04/02/2024",
        footer="HCMC DOFA")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [[names[r] for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Khmer-Vietnamese Association in Cambodia"]]


def test_the_delegation_gives_to_the_association_it_visited(tmp_path):
    """"The same afternoon, the delegation visited the Vietnamese Association in Xieng
    Khouang province and presented 200 gift packages … to its members": the province's
    delegation gave, to the association it visited."""
    extraction = _extract(tmp_path, (
        "Nghe An delegation visits Xieng Khouang\n\nOn September 18, a delegation of Nghe An "
        "province visited Xieng Khouang province, Laos.\n\nThe same afternoon, the delegation "
        "visited the Vietnamese Association in Xieng Khouang province and presented 200 gift "
        "packages, worth around VND 100 million, to its members in difficult circumstances."),
        date="20/09/2024", footer="Nghe An DOFA")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [(g.donors, [names[r] for r in g.recipients]) for g in extraction.dataset.donations] \
        == [(["nghe-an"], ["Vietnamese Association in Xieng Khouang province"])]


def test_a_companys_acronym_after_its_legal_form_names_it(tmp_path):
    """"Samsung Electronics Vietnam Thai Nguyen Co., Ltd. (SEVT) signed …", then "… held
    talks with Mr. Yoon Jae Sung, General Director of SEVT": the company goes by SEVT,
    and the province met it."""
    extraction = _extract(tmp_path, (
        "Thai Nguyen and Samsung sign MOU\n\nOn the morning of 25 June, Thai Nguyen Provincial "
        "People's Committee and Samsung Electronics Vietnam Thai Nguyen Co., Ltd. (SEVT) signed "
        "a Memorandum of Understanding on vocational training.\n\nBefore the signing ceremony, "
        "Mr. Duong Van Luong, Chairman of Thai Nguyen Provincial People's Committee, held talks "
        "with Mr. Yoon Jae Sung, General Director of SEVT."), date="27/06/2024",
        footer="Thai Nguyen DOFA")
    company = "extracted-samsung-electronics-vietnam-thai-nguyen-co-ltd"

    assert {p.id: p.acronym for p in extraction.dataset.partners}[company] == "SEVT"
    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        [company, "thai-nguyen"]]


def test_a_dashed_line_may_end_with_its_sum_after_a_comma(tmp_path):
    """"- CARE International in Vietnam: "…" in Dak Glong District, VND 2.1 billion;": the
    line's sum stands after its last comma, not after a dash; each line is still a gift, and
    a comma inside the line's title or places splits nothing."""
    extraction = _extract(tmp_path, "In 2023 Dak Nong province received 14 aid packages.\n\n"
                          "Notable projects included:\n- CARE International in Vietnam: "
                          "\"Empowering women, coffee and pepper\" in Dak Glong District, VND 2.1 "
                          "billion;\n- Mary Queen of Vietnam Parish: 4 charity houses for poor "
                          "households in Dak R'lap District, worth VND 280 million.\n",
                          footer="DOFA Dak Nong")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(names.get(g.recipients[0], g.recipients[0]), g.value.raw)
             for g in extraction.dataset.donations]

    assert gifts == [("Dak Glong District", "VND 2.1 billion"),
                     ("Dak R'lap District", "VND 280 million")]


def test_an_italian_foundation_and_its_office_in_viet_nam_are_one_giver(tmp_path):
    """"the Fondazione Aiutare i Bambini (Italy) … held a ceremony to hand over Sung Tra
    Kindergarten", then "Ms. Giulia Rossi, Programme Manager of Aiutare i Bambini in Viet
    Nam" and "Construction began … with a total cost of VND 1.2 billion": one body, named
    whole with its Italian small word, gives the kindergarten at the cost told after; the
    manager's post is no body; the kindergarten handed over "to the local authorities"
    receives it."""
    extraction = _extract(tmp_path, "On 16 October, in Sung Tra commune, Meo Vac district, the "
                          "Fondazione Aiutare i Bambini (Italy), in coordination with the Ha "
                          "Giang Department of Foreign Affairs, held a ceremony to hand over Sung "
                          "Tra Kindergarten to the local authorities.\n\nAttending the ceremony "
                          "was Ms. Giulia Rossi, Programme Manager of Aiutare i Bambini in Viet "
                          "Nam.\n\nConstruction began in March 2023 with a total cost of VND 1.2 "
                          "billion, fully funded by the Foundation.\n", footer="Ha Giang DOFA")

    names = _names(extraction)
    assert sorted(names.values()) == ["Fondazione Aiutare i Bambini", "Sung Tra Kindergarten"]
    [gift] = extraction.dataset.donations
    assert [names[d] for d in gift.donors] == ["Fondazione Aiutare i Bambini"]
    assert [names[r] for r in gift.recipients] == ["Sung Tra Kindergarten"]
    assert gift.value.raw == "VND 1.2 billion"


def test_a_town_and_a_french_ngo_known_by_name_receive_and_give(tmp_path):
    """"Secours Populaire Francais presented 500 Tet gift packages … to poor households in Si
    Ma Cai district" and "Children of the Mekong (Enfants du Mekong) granted 120
    scholarships … to ethnic minority students in Sa Pa town": two French NGOs the
    gazetteer knows under these names, and a town that receives as a district does."""
    extraction = _extract(tmp_path, "Before the 2023 Lunar New Year, Secours Populaire "
                          "Francais presented 500 Tet gift packages, worth VND 250 million, to "
                          "poor households in Si Ma Cai district.\n\nChildren of the Mekong "
                          "(Enfants du Mekong) granted 120 scholarships worth over VND 480 "
                          "million to ethnic minority students in Sa Pa town.\n",
                          footer="Lao Cai DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(g.donors, [names.get(r, r) for r in g.recipients])
             for g in extraction.dataset.donations]

    assert gifts == [(["secours-populaire-francais"], ["Si Ma Cai district"]),
                     (["enfants-du-mekong"], ["Sa Pa town"])]


def test_two_sums_from_two_givers_in_one_sentence_are_two_gifts(tmp_path):
    """"… included USD 45,000 from The Fred Hollows Foundation for …, and a grant of AUD
    28,000 from the Australian Embassy's Direct Aid Program to build … for An Toan commune":
    each sum is its own giver's, to its own receiver; "Lions Clubs Australia", a body of
    clubs, gives too."""
    extraction = _extract(tmp_path, "Notable contributions from Australian partners included USD "
                          "45,000 from The Fred Hollows Foundation for free cataract surgeries, "
                          "and a grant of AUD 28,000 from the Australian Embassy's Direct Aid "
                          "Program (DAP) to build a clean water system for An Toan commune, An "
                          "Lao district.\n\nLions Clubs Australia donated 2,000 pairs of reading "
                          "glasses to elderly people in Hoai Nhon town.\n",
                          footer="DOFA Binh Dinh")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(names[g.donors[0]], names.get(g.recipients[0], g.recipients[0]),
              g.value.raw if g.value else None) for g in extraction.dataset.donations]

    assert gifts == [("Fred Hollows Foundation", "Binh Dinh Province", "USD 45,000"),
                     ("Australian Embassy in Vietnam", "An Toan commune", "AUD 28,000"),
                     ("Lions Clubs Australia", "Hoai Nhon town", None)]


def test_a_bodys_works_in_a_summary_are_its_gift(tmp_path):
    """"Notable projects include World Vision's area development programme in Thuong Xuan
    district worth VND 22.4 billion; … and Habitat for Humanity Vietnam's construction of 40
    houses for poor households in Nga Son district with a total value of VND 1.15 billion":
    the body whose works the summary lists funds them, with what they count, for the
    district they are in."""
    extraction = _extract(tmp_path, "Foreign non-governmental aid also recorded positive "
                          "results. Notable projects include World Vision's area development "
                          "programme in Thuong Xuan district worth VND 22.4 billion; and Habitat "
                          "for Humanity Vietnam's construction of 40 houses for poor households "
                          "in Nga Son district with a total value of VND 1.15 billion.\n",
                          footer="Thanh Hoa DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(names.get(g.recipients[0], g.recipients[0]), g.value.raw,
              [i.quantity.value for i in g.items if i.quantity])
             for g in extraction.dataset.donations]

    assert gifts == [("Thuong Xuan district", "VND 22.4 billion", []),
                     ("Nga Son district", "VND 1.15 billion", [40])]


def test_a_charity_fund_builds_and_surgeries_performed_are_given(tmp_path):
    """"- the charity fund of Changshin Vietnam Co., Ltd. (Republic of Korea) built 12
    charity houses for poor households in Vinh Cuu district, worth VND 720 million;" and
    "- Operation Smile performed free surgeries for 110 children …, with a budget of
    approximately VND 1.1 billion": "fund" after "charity" is a noun, not the verb; free
    surgeries performed are a gift."""
    extraction = _extract(tmp_path, "Notable contributions during the year included:\n- the "
                          "charity fund of Changshin Vietnam Co., Ltd. (Republic of Korea) built "
                          "12 charity houses for poor households in Vinh Cuu district, worth VND "
                          "720 million;\n- Operation Smile performed free surgeries for 110 "
                          "children with cleft lip and palate at Dong Nai Children's Hospital, "
                          "with a budget of approximately VND 1.1 billion.\n",
                          footer="Dong Nai DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    gifts = [(names.get(g.donors[0], g.donors[0]), g.value.raw,
              [i.quantity.value for i in g.items if i.quantity])
             for g in extraction.dataset.donations]

    assert gifts == [("Changshin Vietnam Co., Ltd.", "VND 720 million", [12]),
                     ("Operation Smile", "approximately VND 1.1 billion", [110])]


def test_works_by_a_body_priced_after_its_name_are_its_gift(tmp_path):
    """"… free cleft lip and palate surgeries for 52 children by Operation Smile Vietnam,
    worth about VND 1.1 billion": the body the works were done by gives them, at the price
    written right after its name."""
    extraction = _extract(tmp_path, "Notable projects include free cleft lip and palate "
                          "surgeries for 52 children by Operation Smile Vietnam, worth about VND "
                          "1.1 billion.\n", footer="Tay Ninh DOFA")

    assert [(g.donors, g.value.raw) for g in extraction.dataset.donations] == [
        (["operation-smile"], "about VND 1.1 billion")]


def test_a_programme_a_gift_is_made_under_is_no_giver(tmp_path):
    """"In 2022, under the Quick Impact Projects (QIP) programme, the Embassy of India funded
    … for Tan Lap commune, worth USD 50,000": the programme is how the embassy gave, not a
    second giver."""
    extraction = _extract(tmp_path, "In 2022, under the Quick Impact Projects (QIP) programme, "
                          "the Embassy of India funded the construction of a clean water supply "
                          "system for Tan Lap commune, Tan Bien district, worth USD 50,000.\n",
                          footer="Tay Ninh DOFA")

    assert [(g.donors, g.value.raw) for g in extraction.dataset.donations] == [
        (["embassy-india"], "USD 50,000")]
    assert not [p for p in extraction.dataset.partners if "Quick Impact" in (p.name_en or "")]


def test_the_works_funded_go_to_the_commune_the_sentence_before_placed_them_in(tmp_path):
    """"… attended the hand-over of a clean water supply system in Son Kim 1 commune, Huong
    Son district. The works, funded by the Embassy of Hungary with a total value of nearly
    VND900m, …": the commune (its number in its name) where the works just told stand."""
    extraction = _extract(tmp_path, "On the same day, the Ambassador attended the hand-over of a "
                          "clean water supply system in Son Kim 1 commune, Huong Son district. "
                          "The works, funded by the Embassy of Hungary with a total value of "
                          "nearly VND900m, will provide clean water to more than 300 households."
                          "\n", footer="Ha Tinh DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [([names.get(r, r) for r in g.recipients], g.value.raw)
            for g in extraction.dataset.donations] == [(["Son Kim 1 commune"], "nearly VND900m")]


def test_a_second_verb_of_giving_after_and_is_a_second_gift(tmp_path):
    """"… presented 100 bicycles to poor pupils of Kampot province and handed over VND 300
    million to Kampot Provincial Referral Hospital …": two gifts of the one giver, each to
    its own receiver."""
    extraction = _extract(tmp_path, "Kien Giang delegation visits Kampot province\n\nOn this "
                          "occasion, the Kien Giang delegation presented 100 bicycles to poor "
                          "pupils of Kampot province and handed over VND 300 million to Kampot "
                          "Provincial Referral Hospital for medical equipment.\n",
                          footer="Kien Giang DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [([names.get(r, r) for r in g.recipients], g.value and g.value.raw)
            for g in extraction.dataset.donations] == [
        (["Kampot Province"], None),
        (["Kampot Provincial Referral Hospital"], "VND 300 million")]


def test_relief_delivered_to_an_island_district_goes_to_the_district(tmp_path):
    """"… delivered 800 relief packages, worth VND 400 million, to households in Con Co
    island district": "delivered" with a count is a gift; the island district receives."""
    extraction = _extract(tmp_path, "Relief for Quang Tri islanders\n\nOn 3 November, World "
                          "Vision delivered 800 relief packages, worth VND 400 million, to "
                          "households in Con Co island district.\n", footer="Quang Tri DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [(g.donors, [names.get(r, r) for r in g.recipients])
            for g in extraction.dataset.donations] == [(["world-vision"], ["Con Co district"])]


def test_a_summarys_line_told_with_presenting_is_a_gift(tmp_path):
    """"…; Lotus Care Vietnam presenting 200 bicycles to ethnic minority pupils in Vinh
    Thanh district; …": a line of a year's summary, its verb in -ing, its count right
    after."""
    extraction = _extract(tmp_path, "Binh Dinh foreign aid in 2023\n\nNotable contributions "
                          "included Blue Harbour Foundation (Singapore) funding US$80,000 for a "
                          "kindergarten in Van Canh district; Lotus Care Vietnam presenting 200 "
                          "bicycles to ethnic minority pupils in Vinh Thanh district.\n",
                          footer="Binh Dinh DOFA")

    names = _names(extraction)
    assert sorted((names[g.donors[0]], [names.get(r, r) for r in g.recipients])
                  for g in extraction.dataset.donations) == [
        ("Blue Harbour Foundation", ["Van Canh district"]),
        ("Lotus Care Vietnam", ["Vinh Thanh district"])]


def test_a_province_presented_with_a_gift_receives_it(tmp_path):
    """"… the Son La delegation presented Luang Prabang province with a gift worth VND 400
    million …": the province presented with the gift receives it."""
    extraction = _extract(tmp_path, "Son La delegation visits Luang Prabang\n\nFrom 2 to 4 "
                          "April 2024, a delegation of Son La province paid a working visit to "
                          "Luang Prabang province of Laos.\n\nOn this occasion, the Son La "
                          "delegation presented Luang Prabang province with a gift worth VND 400 "
                          "million, including 20 computers.\n", footer="Son La DOFA")

    assert [(g.donors, g.recipients, g.value.raw) for g in extraction.dataset.donations] == [
        (["son-la"], ["luang-prabang"], "VND 400 million")]


def test_a_system_serving_communes_of_a_district_goes_to_the_district(tmp_path):
    """"… providing MYR 90,000 for a clean water system serving three communes of Tuy An
    district": the district the communes are in receives."""
    extraction = _extract(tmp_path, "Phu Yen foreign aid in 2023\n\nNotable contributions "
                          "included Ocean Hope Foundation (Malaysia) providing MYR 90,000 for a "
                          "clean water system serving three communes of Tuy An district.\n",
                          footer="Phu Yen DOFA")

    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}
    assert [[names.get(r, r) for r in g.recipients] for g in extraction.dataset.donations] == [
        ["Tuy An district"]]


def test_a_plural_in_brackets_is_no_bodys_acronym(tmp_path):
    """"the Ha Nam Provincial Committee for Foreign Non-Governmental Organisations (FNGOs)",
    then "the province received 30 aid packages from 20 FNGOs": the plural names what the
    committee is for, not the committee; the total from unnamed NGOs is no gift."""
    extraction = _extract(tmp_path, "Ha Nam reviews aid work in 2024\n\nOn 10 January 2025, "
                          "the Ha Nam Provincial Committee for Foreign Non-Governmental "
                          "Organisations (FNGOs) held a conference to review its work.\n\n"
                          "According to the Ha Nam Department of Foreign Affairs, in 2024 the "
                          "province received 30 aid packages from 20 FNGOs, worth more than VND "
                          "40 billion.\n", footer="Ha Nam DOFA")

    assert [g for g in extraction.dataset.donations if g.donors] == []


def test_the_department_that_signs_stands_for_the_province_of_the_headline(tmp_path):
    """Headline "Tra Vinh and Green Delta Foundation sign MoU", then "the Department of
    Education and Training of Tra Vinh and Green Delta Foundation signed …": the department
    signed, not the province."""
    extraction = _extract(tmp_path, "Tra Vinh and Green Delta Foundation sign MoU on "
                          "education\n\nOn 8 October 2024, the Department of Education and "
                          "Training of Tra Vinh and Green Delta Foundation signed a Memorandum "
                          "of Understanding on scholarships for 2024-2026.\n",
                          footer="Tra Vinh DOFA")

    names = _names(extraction)
    assert [sorted(names.get(p, p) for p in a.parties) for a in extraction.dataset.agreements] \
        == [["Department of Education and Training of Tra Vinh", "Green Delta Foundation"]]


def test_a_day_is_no_giver_and_a_body_for_people_with_disabilities_is_named_whole(tmp_path):
    """"On the occasion of the International Day of Persons with Disabilities, Sunflower
    Textiles Ltd. handed over … to the Binh Duong Provincial Association for People with
    Disabilities": the day gives nothing; the association is named to its end."""
    extraction = _extract(tmp_path, "Wheelchairs for people with disabilities\n\nOn the "
                          "occasion of the International Day of Persons with Disabilities, "
                          "Sunflower Textiles Ltd. handed over 100 wheelchairs worth VND 500 "
                          "million to the Binh Duong Provincial Association for People with "
                          "Disabilities.\n", footer="Binh Duong DOFA")

    names = _names(extraction)
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["Sunflower Textiles Ltd."],
         ["Binh Duong Provincial Association for People with Disabilities"])]


def test_the_district_a_ceremony_was_held_in_on_a_day_gives_nothing(tmp_path):
    """"X held a ceremony on 10 June in Phung Hiep District, Hau Giang Province, to hand
    over …": the month opens no name, and the district is where, not who gave."""
    extraction = _extract(tmp_path, "Houses handed over in Hau Giang\n\nThe Lotus Light "
                          "Foundation held a ceremony on 10 June in Phung Hiep District, Hau "
                          "Giang Province, to hand over 20 new houses worth US$80,000 to poor "
                          "households.\n", footer="Hau Giang DOFA")

    names = _names(extraction)
    assert [[names[d] for d in g.donors] for g in extraction.dataset.donations] == [
        ["Lotus Light Foundation"]]


def test_a_person_by_a_post_is_no_side_of_a_meeting(tmp_path):
    """"received the Hessen delegation led by Mr. Jens Albrecht, State Secretary at the
    Hessian Ministry …": the post and the person holding it name no body."""
    extraction = _extract(tmp_path, "Da Nang receives Hessen delegation\n\nOn 6 November 2023, "
                          "Chairman of the Da Nang City People's Committee received the "
                          "delegation led by Mr. Jens Albrecht, State Secretary at the Hessian "
                          "Ministry of Economics.\n\nState Secretary Jens Albrecht said some 40 "
                          "Hessian companies were present in Viet Nam.\n", footer="Da Nang DOFA")

    names = _names(extraction)
    assert not [n for n in names.values() if "Secretary" in n]


def test_an_acronym_with_its_city_names_the_office_not_the_city(tmp_path):
    """"the Taipei Economic and Cultural Office in Hanoi (TECO Hanoi)", then "TECO Hanoi
    presented …": the office gives, not Hanoi."""
    extraction = _extract(tmp_path, "Scholarships for Nghe An students\n\nOn 17 October, a "
                          "delegation from the Taipei Economic and Cultural Office in Hanoi "
                          "(TECO Hanoi) paid a courtesy call on the Vice Chairman of Nghe An "
                          "Provincial People's Committee.\n\nOn the same afternoon, TECO Hanoi "
                          "presented 60 scholarships worth a total of US$30,000 to students of "
                          "Vinh University.\n", footer="Nghe An DOFA")

    assert [g.donors for g in extraction.dataset.donations] == [["teco-hanoi"]]


def test_an_acronym_with_a_kind_word_is_the_body_it_follows(tmp_path):
    """"Chung Shan Medical Foundation Hospital (CSMF Hospital)", then "received the CSMF
    Hospital delegation": one hospital met the province, not two."""
    extraction = _extract(tmp_path, "Dong Nai hospital MOU\n\nOn 20 March, Dong Nai General "
                          "Hospital and Chung Shan Medical Foundation Hospital (CSMF Hospital) "
                          "signed a memorandum of understanding.\n\nEarlier the same day, the "
                          "Vice Chairwoman of Dong Nai Provincial People's Committee received "
                          "the CSMF Hospital delegation.\n", footer="Dong Nai DOFA")

    names = _names(extraction)
    assert [sorted(names.get(p, p) for p in e.participants)
            for e in extraction.dataset.engagements] == [
        ["Chung Shan Medical Foundation Hospital", "dong-nai"]]


def test_doctors_to_be_received_for_training_are_no_gift(tmp_path):
    """"… the hospital will receive doctors and nurses from Dong Nai for training": people
    sent to learn, no gift from the province."""
    extraction = _extract(tmp_path, "Hospital cooperation\n\nUnder the MOU, the Taiwanese "
                          "hospital will receive doctors and nurses from Dong Nai for "
                          "short-term training courses, and will send specialists to Bien Hoa "
                          "City.\n", footer="Dong Nai DOFA")

    assert extraction.dataset.donations == []


def test_a_grant_from_the_givers_own_programme_is_its_gift(tmp_path):
    """"… the Ambassador handed over a grant of EUR 20,000 from the Embassy's Small Grants
    Programme to Tu Son Kindergarten": the embassy the ambassador speaks for gives, through
    its programme."""
    extraction = _extract(tmp_path, "Hai Phong receives German Ambassador\n\nOn 13 March "
                          "2025, the Chairman of the Hai Phong City People's Committee received "
                          "Mr. Markus Lindner, Ambassador of the Federal Republic of Germany to "
                          "Viet Nam.\n\nOn this occasion, the Ambassador handed over a grant of "
                          "EUR 20,000 from the Embassy's Small Grants Programme to Tu Son "
                          "Kindergarten in Kien Thuy district.\n", footer="Hai Phong DOFA")

    names = _names(extraction)
    assert [(g.donors, [names.get(r, r) for r in g.recipients], g.value.raw)
            for g in extraction.dataset.donations] == [
        (["embassy-germany"], ["Tu Son Kindergarten"], "EUR 20,000")]


def test_one_thing_right_after_the_giving_verb_is_counted(tmp_path):
    """"donated one ambulance to …" counts one ambulance; "gave one of its fire trucks"
    counts nothing, as "one of" names no thing."""
    extraction = _extract(tmp_path, (
        "In March, the Gyeongsangbuk-do Provincial Government (Republic of Korea) donated one "
        "ambulance to Hai Duong General Hospital, valued at KRW 95 million. In May, Busan City "
        "gave one of its fire trucks to Hai Duong province."))

    ambulance, truck = extraction.dataset.donations
    assert [i.quantity.raw for i in ambulance.items] == ["1"]
    assert [i.quantity for i in truck.items if i.quantity] == []


def test_a_count_of_programmes_and_grants_received_is_no_gift(tmp_path):
    """"received and approved 14 foreign aid programmes, projects and non-project grants
    with a total value of …": "grants" there is a kind of aid counted, not a verb, and the
    department the figure is quoted from receives nothing."""
    extraction = _extract(tmp_path, (
        "In the first six months of 2024, Hai Duong province received and approved 14 foreign "
        "aid programmes, projects and non-project grants with a total committed value of over "
        "VND 25 billion, according to the provincial Department of Foreign Affairs (DOFA)."))

    assert extraction.dataset.donations == []


def test_a_list_of_givers_after_commas_gives_one_gift_each(tmp_path):
    """"Among the most notable contributions, A handed over … to …, B provided … for …":
    each giver the commas list opens a gift of its own; the first does not take the second
    as its receiver."""
    extraction = _extract(tmp_path, (
        "In 2023, Thua Thien Hue province received aid from many foreign NGOs. Among the most "
        "notable contributions, Habitat for Humanity Vietnam handed over 60 flood-resilient "
        "houses worth US$180,000 to poor households in Phu Vang district, East Meets West "
        "Foundation (EMW) provided VND 1.2 billion for a clean water supply system in A Luoi "
        "district, and Operation Smile performed free surgeries for 95 children."))

    gifts = {g.donors[0]: g for g in extraction.dataset.donations if g.value}
    assert {d: g.value.raw for d, g in gifts.items()} == {
        "habitat-for-humanity": "US$180,000", "east-meets-west": "VND 1.2 billion"}
    assert "east-meets-west" not in gifts["habitat-for-humanity"].recipients


def test_a_comma_inside_a_givers_name_opens_no_second_gift(tmp_path):
    """"The Global Fund to Fight AIDS, Tuberculosis and Malaria provided …": the comma
    follows a capitalised word of the name, so the name is whole and gives."""
    extraction = _extract(tmp_path, (
        "In 2023, Quang Ninh province received aid from many partners. The Global Fund to "
        "Fight AIDS, Tuberculosis and Malaria provided nearly VND1.8 billion for TB and HIV "
        "prevention activities in the province."))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["extracted-global-fund"] and gift.value.raw == "nearly VND1.8 billion"


def test_a_name_said_to_be_a_us_based_charity_is_a_giver(tmp_path):
    """"VNHELP, a U.S.-based charity, presented …": the points of "U.S." are inside the words
    saying what the body is, which make the bare capitals a name."""
    extraction = _extract(tmp_path, (
        "On 25 January, VNHELP, a U.S.-based charity, presented 300 gift packages worth a total "
        "of VND 150 million to poor households in Thanh Phu district, Ben Tre province."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction).get(d) for d in gift.donors] == ["VNHELP"]


def test_the_givers_share_of_a_total_told_next_is_the_gifts_value(tmp_path):
    """A hand-over, then "… at a total cost of US$45,000, of which CoV contributed
    US$38,000 …": the giver's share is its gift; "the organisation had built 14
    kindergartens … since 2016", said at the ceremony, is a running total, no gift."""
    extraction = _extract(tmp_path, (
        "On 21 August 2024, Children of Vietnam (CoV) held a ceremony to hand over a new "
        "two-classroom building to Tra Mai Kindergarten in Nam Tra My district, Quang Nam "
        "province.\n\nThe building was completed in five months at a total cost of US$45,000, "
        "of which CoV contributed US$38,000 and the district covered the remainder. CoV's "
        "Country Representative said the organisation had built 14 kindergartens in the "
        "mountainous districts of Quang Nam since 2016."))

    [gift] = extraction.dataset.donations
    assert gift.value.raw == "US$38,000"


def test_departments_named_by_three_fields_keep_their_commas(tmp_path):
    """"The Quang Tri Department of Culture, Sports and Tourism and the Savannakhet
    Department of Information, Culture and Tourism also signed a memorandum …": two
    departments sign, each named whole."""
    extraction = _extract(tmp_path, (
        "On 12 March 2024, the Quang Tri Department of Culture, Sports and Tourism and the "
        "Savannakhet Department of Information, Culture and Tourism signed a memorandum of "
        "understanding on tourism cooperation for 2024–2026."))

    [agreement] = extraction.dataset.agreements
    assert sorted(_names(extraction)[p] for p in agreement.parties) == [
        "Quang Tri Department of Culture, Sports and Tourism",
        "Savannakhet Department of Information, Culture and Tourism"]


def test_the_province_a_delegation_visits_is_not_the_giver(tmp_path):
    """"During a working visit to Attapeu province, Lao PDR, …, a delegation of Kon Tum
    province … presented medical equipment … to Attapeu Provincial Hospital": Kon Tum gives;
    Attapeu is where it went."""
    extraction = _extract(tmp_path, (
        "During a working visit to Attapeu province, Lao PDR, from 15 to 17 April, a delegation "
        "of Kon Tum province led by Ms. Y Mai Hlong, Vice Chairwoman of the Kon Tum Provincial "
        "People's Committee, presented medical equipment worth VND 1.2 billion to Attapeu "
        "Provincial Hospital."))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["kon-tum"]


def test_works_inaugurated_and_handed_over_in_a_commune_go_to_it(tmp_path):
    """"held a ceremony to inaugurate and hand over a clean water supply system in Phuoc Ha
    commune", priced next: the commune where the works stand receives them, as it does
    after "to hand over" alone."""
    extraction = _extract(tmp_path, (
        "NINH THUAN – On 17 June, the Australian Embassy in Hanoi, the Rotary Club of Perth and "
        "the People's Committee of Thuan Nam district held a ceremony to inaugurate and hand "
        "over a clean water supply system in Phuoc Ha commune.\n\nThe project was jointly "
        "funded by the Australian Embassy's Direct Aid Program (DAP) and the Rotary Club of "
        "Perth, with a total cost of more than VND 1.4 billion."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[r] for r in gift.recipients] == ["Phuoc Ha commune"]


def test_a_second_gift_of_the_same_giver_needs_no_sum(tmp_path):
    """"Dien Bien provided Phongsaly province with VND 1.8 billion to build a dormitory, and
    presented 100 tonnes of rice to Luang Prabang province …": two gifts of Dien Bien, the
    second told by its verb and receiver alone."""
    extraction = _extract(tmp_path, (
        "During the year, Dien Bien provided Phongsaly province with VND 1.8 billion to build a "
        "dormitory for the provincial ethnic boarding school, and presented 100 tonnes of rice "
        "to Luang Prabang province to help households affected by drought."))

    assert [(g.donors, g.recipients) for g in extraction.dataset.donations] == [
        (["dien-bien"], ["phongsaly"]), (["dien-bien"], ["luang-prabang"])]


def test_where_a_delegation_gave_and_the_office_of_its_leader_give_nothing(tmp_path):
    """"On November 27, in Bavet City, Svay Rieng Province, Cambodia, a delegation of Long
    An Province led by Ms. X, Director of the Department of Foreign Affairs (DOFA), handed
    over 10 houses …": Long An gives; the address and the leader's office do not."""
    extraction = _extract(tmp_path, (
        "On November 27, in Bavet City, Svay Rieng Province, Cambodia, a delegation of Long An "
        "Province led by Ms. Vo Thi Kim Loan, Director of the Department of Foreign Affairs "
        "(DOFA), handed over 10 houses to poor Vietnamese-origin families. Each house cost VND "
        "50 million, bringing the total value to VND 500 million."))

    [gift] = extraction.dataset.donations
    assert (gift.donors, gift.recipients, gift.value.raw) == (
        ["long-an"], ["svay-rieng"], "VND 500 million")


def test_a_visit_and_a_signing_told_in_one_headline_keep_their_own_sides(tmp_path):
    """"Western Sydney University delegation visits Thua Thien Hue, signs MOU with Hue
    University": the university visits the province, and signs with Hue University; the
    province signs nothing and the university it signed with was not visited."""
    extraction = _extract(tmp_path, (
        "Western Sydney University delegation visits Thua Thien Hue, signs MOU with Hue "
        "University"), date="Posted on 12 September 2023")

    [agreement] = extraction.dataset.agreements
    [visit] = extraction.dataset.engagements
    names = _names(extraction)
    assert sorted(names.get(p, p) for p in agreement.parties) == [
        "Hue University", "Western Sydney University"]
    assert sorted(names.get(p, p) for p in visit.participants) == [
        "Western Sydney University", "thua-thien-hue"]


def test_total_investment_told_after_a_hand_over_prices_it(tmp_path):
    """"… held a ceremony to hand over the Friendship Ethnic Boarding School to the
    authorities of Houaphanh province", then "Total investment was VND 19.6 billion, funded
    from Son La's annual budget.": the province's gift, at that price."""
    extraction = _extract(tmp_path, (
        "On 20 November, in Xam Neua town, the People's Committee of Son La province held a "
        "ceremony to hand over the Friendship Ethnic Boarding School to the authorities of "
        "Houaphanh province, Lao PDR.\n\nBuilt over 18 months, the school comprises a "
        "three-storey classroom block and dormitories. Total investment was VND 19.6 billion, "
        "funded from Son La's annual budget for assistance to Lao provinces."))

    [gift] = extraction.dataset.donations
    assert (gift.donors, gift.recipients, gift.value.raw) == (
        ["son-la"], ["houaphanh"], "VND 19.6 billion")


def test_a_guest_named_before_by_title_hands_over_for_her_body(tmp_path):
    """"… received Ms. Emma Collins, Australian Consul-General in Ho Chi Minh City …", then
    "Ms. Collins handed over a symbolic board of funding from Australia's Direct Aid
    Program, managed by the Australian Consulate-General …, worth VND 750 million to the Tan
    Hung District People's Committee": the consulate gives, to the district committee; the
    programme's manager is no project's runner here."""
    extraction = _extract(tmp_path, (
        "LONG AN – On 13 August, Mr. Pham Tan Loc, Chairman of the Long An Provincial People's "
        "Committee, received Ms. Emma Collins, Australian Consul-General in Ho Chi Minh City. "
        "He thanked the Australian Consulate-General for its support to border communities."
        "\n\nOn this occasion, Ms. Collins handed over a symbolic board of funding from "
        "Australia's Direct Aid Program, managed by the Australian Consulate-General in Ho Chi "
        "Minh City, worth VND 750 million to the Tan Hung District People's Committee for the "
        "construction of two kindergarten classrooms in Vinh Dai commune."))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["consulate-australia-ho-chi-minh-city"]
    assert [_names(extraction)[r] for r in gift.recipients] == [
        "Tan Hung District People's Committee"]


def test_a_provincial_police_is_a_body_that_receives(tmp_path):
    """"… two fire engines donated by Tsuyama City … were handed over to … the Thanh Hoa
    Provincial Police": the police is a body, not the province by another name."""
    extraction = _extract(tmp_path, (
        "On 8 October 2024, the Thanh Hoa Provincial Police held a ceremony to receive two fire "
        "engines donated by Tsuyama City, Okayama Prefecture, Japan. The vehicles were valued "
        "at around VND 1.2 billion."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[r] for r in gift.recipients] == ["Thanh Hoa Provincial Police"]


def test_the_department_that_launches_a_funded_project_owns_it(tmp_path):
    """"the Ca Mau Department of Agriculture and Rural Development (DARD) launched the
    project "…", funded by the Mekong-Korea Cooperation Fund (MKCF)", priced next: the
    department receives the fund's grant, not the province at large."""
    extraction = _extract(tmp_path, (
        "CA MAU – On 7 May, the Ca Mau Department of Agriculture and Rural Development (DARD) "
        "launched the project \"Community-based mangrove restoration in Ngoc Hien district\", "
        "funded by the Mekong-Korea Cooperation Fund (MKCF).\n\nThe project has a "
        "non-refundable grant of USD 300,000 from the MKCF."))

    [gift] = extraction.dataset.donations
    assert [_names(extraction)[r] for r in gift.recipients] == [
        "Ca Mau Department of Agriculture and Rural Development"]


@pytest.mark.parametrize(("gift", "receiver"), [
    ("AAR Japan delivered 150 packages to households in Le Thuy district", "Le Thuy district"),
    ("AAR Japan delivered 150 packages to households in Le Thuy district, Quang Binh province",
     "Quang Binh Province"),
    ("Quang Binh province presented 150 packages to poor households in Boualapha district, "
     "Khammouane province", "Boualapha district"),
])
def test_people_of_a_district_given_to_make_the_district_the_receiver(tmp_path, gift,
                                                                         receiver):
    """"AAR Japan delivered 150 packages … to households in Le Thuy district": the district
    the households live in receives, not the province the page is of; with the province
    written after it, the gift from abroad is the province's, as the first writers read it;
    the province's own gift "to poor households in Boualapha district, Khammouane province"
    goes to the district abroad."""
    extraction = _extract(tmp_path, f"On 6 November, {gift}, worth around VND 230 million.",
                          date="08/11/2024", footer="Quang Binh Department of Foreign Affairs")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [[names[r] for r in g.recipients] for g in extraction.dataset.donations] == [
        [receiver]]


def test_a_storm_gives_nothing_and_receives_nothing(tmp_path):
    """"AAR Japan has provided two rounds of emergency relief to families affected by the
    floods that followed Typhoon Trami in Quang Binh province", then each round told with
    its sum: the typhoon is no partner, two rounds are no things given; the rounds told
    after, the first priced by "the total value of this round" after what each package
    holds, are the gifts."""
    extraction = _extract(tmp_path, (
        "AAR Japan (Association for Aid and Relief, Japan) has provided two rounds of "
        "emergency relief to families affected by the floods that followed Typhoon Trami in "
        "Quang Binh province in late October.\n\nOn 5 November, AAR Japan handed over 300 "
        "relief packages to households in Le Thuy district, one of the worst-hit areas. Each "
        "package contains rice, cooking oil and mosquito nets; the total value of this round "
        "was VND 450 million.\n\nThe following day, the organisation delivered 150 packages to "
        "residents of Quang Ninh district, worth around VND 230 million."), date="08/11/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert not any("Typhoon" in n for n in names.values())
    assert [([names[r] for r in g.recipients], g.value.value if g.value else None)
            for g in extraction.dataset.donations] == [
        (["Le Thuy district"], Decimal(450_000_000)),
        (["Quang Ninh district"], Decimal(230_000_000))]


def test_a_page_in_english_that_spells_vietnamese_names_with_accents_is_read_as_english(
        tmp_path):
    """An English page that writes every Vietnamese name with its accents ("Ms. Đỗ Thanh
    Xuân, Vice Chairwoman of the Kiên Giang Provincial People's Committee") is English by
    its words: its meeting and its gift are read."""
    extraction = _extract(tmp_path, (
        "Kiên Giang leader receives Hinode Education Foundation\n\nOn the morning of 26 "
        "August, Ms. Đỗ Thanh Xuân, Vice Chairwoman of the Kiên Giang Provincial People's "
        "Committee, received a delegation of the Hinode Education Foundation of Japan led by "
        "its Chairman, Mr. Ueda Masaru.\n\nOn the occasion, the foundation presented 300 "
        "scholarships worth VND 1.2 billion to disadvantaged students in An Biên and An Minh "
        "districts for the 2024–2025 school year."), date="27/08/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert extraction.document.language == "en"
    assert [sorted(names[p] for p in e.participants)
            for e in extraction.dataset.engagements] == [
        ["Hinode Education Foundation", "Kien Giang Province"]]
    assert [([names[d] for d in g.donors], g.value.value)
            for g in extraction.dataset.donations] == [
        (["Hinode Education Foundation"], Decimal(1_200_000_000))]


def test_a_name_before_an_acronym_that_opens_with_its_initials_is_a_body(tmp_path):
    """"a delegation of Japan Platform (JPF)": no kind word, but the letters in brackets
    begin with the name's initials; the body met the department, which speaks for its
    province (named in the headline: one side, not two)."""
    extraction = _extract(tmp_path, (
        "Bạc Liêu works with Japan Platform on drought response\n\nOn 17 April, Mr. Lâm Văn "
        "Tuấn, Director of the Bạc Liêu Department of Foreign Affairs, had a working session "
        "with a delegation of Japan Platform (JPF) led by Mr. Saito Ken, to discuss support "
        "for communities affected by the drought."), date="18/04/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [sorted(names[p] for p in e.participants)
            for e in extraction.dataset.engagements] == [["Bac Lieu Province", "Japan Platform"]]


@pytest.mark.parametrize(("owner", "after"), [
    ("with the People's Committee of Nam Tra My district as project owner", ""),
    ("", " The People's Committee of Nam Tra My district is the project owner, while Hue "
         "University will provide technical support."),
])
def test_the_project_owner_receives_the_grant(tmp_path, owner, after):
    """"The project, with total non-refundable aid of EUR 180,000 provided by CCR, will be
    implemented in three communes of the district(, with X as project owner)", or "X is the
    project owner" in the next sentence: X receives; a university giving technical support
    gives nothing."""
    text = ("On 11 June, Caritas Czech Republic (CCR) held a launching workshop for a livelihood "
            "project in Quang Nam province.\n\nThe project, with total non-refundable aid of "
            "EUR 180,000 provided by CCR, will be implemented in three communes of the district"
            + (f", {owner}." if owner else ".") + after)
    extraction = _extract(tmp_path, text, date="12/06/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["Caritas Czech Republic"], ["People's Committee of Nam Tra My district"])]


def test_a_grant_told_after_the_hand_over_prices_it(tmp_path):
    """"… held a ceremony to hand over two new classrooms at Trinh Tuong Kindergarten", then
    "The project was funded under the Czech Small Local Projects programme with a total grant
    of US$45,000.": the grant is the price of the classrooms handed over."""
    extraction = _extract(tmp_path, (
        "On 13 November, the Embassy of the Czech Republic in Viet Nam held a ceremony to hand "
        "over two new classrooms at Trinh Tuong Kindergarten in Lao Cai province.\n\nThe project "
        "was funded under the Czech Small Local Projects programme with a total grant of "
        "US$45,000."), date="14/11/2023")

    [gift] = extraction.dataset.donations
    assert gift.value is not None and gift.value.value == Decimal(45_000)


def test_an_oblast_is_a_region_and_a_memorial_names_the_man_not_the_city(tmp_path):
    """"Nghe An delegation works with Ulyanovsk Oblast, presents VND 1 billion for Ho Chi
    Minh memorial space", then "… held a working session with the Government of Ulyanovsk
    Oblast, hosted by Mr Oleg Mironov, Deputy Chairman of the Government of the Oblast" and
    "… presented VND 1 billion from Nghe An province to Ulyanovsk Oblast": one meeting of the
    province with the oblast (not with Ho Chi Minh City, nor with "the Oblast" again), and
    the province's gift to the oblast."""
    extraction = _extract(tmp_path, (
        "Nghe An delegation works with Ulyanovsk Oblast, presents VND 1 billion for Ho Chi Minh "
        "memorial space\n\nOn 19 May, a delegation of Nghe An province held a working session "
        "with the Government of Ulyanovsk Oblast, hosted by Mr Oleg Mironov, Deputy Chairman "
        "of the Government of the Oblast.\n\nOn behalf of the provincial leadership, Mr Hoang "
        "Van Long presented VND 1 billion from Nghe An province to Ulyanovsk Oblast to support "
        "the upgrading of the Ho Chi Minh memorial space in Ulyanovsk city."),
        date="21/05/2025", footer="Nghe An DOFA")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [sorted(names[p] for p in e.participants)
            for e in extraction.dataset.engagements] == [["Nghe An Province", "Ulyanovsk Oblast"]]
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [(["Nghe An Province"], ["Ulyanovsk Oblast"])]


@pytest.mark.parametrize("team", [
    "a survey team from the Japan International Cooperation Agency (JICA) led by Mr. Nakamura "
    "Shota.",
    "a mission from the Japan International Cooperation Agency (JICA), which was in the "
    "province to discuss a proposed project in My Tho city and Go Cong town."])
def test_a_team_received_is_a_meeting_with_its_body(tmp_path, team):
    """"Mr. X, Vice Chairman of the Tien Giang Provincial People's Committee, received a survey
    team (a mission) from the Japan International Cooperation Agency (JICA)": the province
    met JICA; the towns of the project the mission came to discuss met no one."""
    extraction = _extract(tmp_path, (
        "On 14 June, Mr. Doan Minh Thien, Vice Chairman of the Tien Giang Provincial People's "
        f"Committee, received {team}"), date="15/06/2023")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["jica", "tien-giang"]]


def test_two_countries_joined_by_a_dash_open_one_name(tmp_path):
    """"120 bicycles presented by the Uruguay–Viet Nam Friendship Association to
    disadvantaged pupils in Kon Plong district": the association gives under its whole name."""
    extraction = _extract(tmp_path, (
        "In 2023, 120 bicycles were presented by the Uruguay–Viet Nam Friendship Association to "
        "disadvantaged pupils in Kon Plong district."), date="10/01/2024",
        footer="Kon Tum DOFA")

    assert sorted(_names(extraction).values()) == [
        "Kon Plong district", "Uruguay–Viet Nam Friendship Association"]


def test_the_delegation_of_a_body_from_abroad_gives_as_that_body(tmp_path):
    """"… received a delegation of the Brazilian Committee for Solidarity with Viet Nam
    (CBSV)", then "On this occasion, the delegation presented 50 gift packages … to the Thai
    Nguyen Association of Victims of Agent Orange/Dioxin": the Brazilian committee (a body of
    Brazil by its name's first word) gives, under its whole name, to the whole association."""
    extraction = _extract(tmp_path, (
        "On August 10, Standing Vice Chairman of the Thai Nguyen Provincial People's Committee "
        "Phan Duc Hai received a delegation of the Brazilian Committee for Solidarity with Viet "
        "Nam (CBSV) led by its President.\n\nOn this occasion, the delegation presented 50 gift "
        "packages, worth a total of US$5,000, to the Thai Nguyen Association of Victims of "
        "Agent Orange/Dioxin."), date="12/08/2023")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["Brazilian Committee for Solidarity with Viet Nam"],
         ["Thai Nguyen Association of Victims of Agent Orange/Dioxin"])]


def test_an_ambassador_of_a_country_with_no_listed_embassy_and_a_gift_to_help_its_people(
        tmp_path):
    """"… received Chilean Ambassador to Viet Nam Andrés Figueroa Salinas" (no Chilean embassy
    in the gazetteer): the province met the "Embassy of Chile", proposed; "… presented VND
    300 million to support people in the Valparaíso region who suffered …": the region
    receives the province's gift."""
    extraction = _extract(tmp_path, (
        "On February 20, Chairman of the Bac Giang Provincial People's Committee Hoang Minh Tien "
        "received Chilean Ambassador to Viet Nam Andrés Figueroa Salinas, who was on a working "
        "visit to the province.\n\nOn this occasion, on behalf of the provincial authorities and "
        "people, Chairman Hoang Minh Tien presented VND 300 million to support people in the "
        "Valparaíso region who suffered heavy losses in the wildfires."), date="21/02/2024",
        footer="Bac Giang DOFA")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [sorted(names[p] for p in e.participants)
            for e in extraction.dataset.engagements] == [["Bac Giang Province", "Embassy of Chile"]]
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [(["Bac Giang Province"],
                                                         ["Valparaíso region"])]


def test_a_faculty_delegation_meets_the_province_then_its_department(tmp_path):
    """Headline "Quang Binh leader receives University of Queensland medical delegation";
    "… received a delegation from the Faculty of Medicine of the University of Queensland
    (UQ), Australia, led by Professor David Thompson, Associate Dean (International)"; "Earlier
    the same day, the delegation held a working session with the Quang Binh Department of
    Health": the province met the university (its faculty, one side, "International" no
    body), and the department met the faculty's delegation, not its own province."""
    extraction = _extract(tmp_path, (
        "Quang Binh leader receives University of Queensland medical delegation\n\nOn 6 November "
        "2023, Mr. Hoang Minh Duc, Vice Chairman of Quang Binh Provincial People's Committee, "
        "received a delegation from the Faculty of Medicine of the University of Queensland "
        "(UQ), Australia, led by Professor David Thompson, Associate Dean (International).\n\n"
        "Earlier the same day, the delegation held a working session with the Quang Binh "
        "Department of Health."), date="07/11/2023")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert sorted(sorted(names[p] for p in e.participants)
                  for e in extraction.dataset.engagements) == [
        ["Faculty of Medicine of the University of Queensland",
         "Quang Binh Department of Health"],
        ["Quang Binh Province", "University of Queensland"]]


def test_a_grant_to_build_for_a_school_named_with_accents_goes_to_the_school(tmp_path):
    """"… a grant of US$40,000 from X to equip a delivery room for the Đăk Hà District
    Medical Centre": the centre it was equipped for receives it, its name whole with the
    "Đ" an English page spells it with, not the province nor "Hà District Medical Centre";
    "… a VND 600 million grant from Y to Ông Ích Khiêm Primary School": the school too."""
    extraction = _extract(tmp_path, (
        "Kon Tum reviews foreign aid in 2023\n\nThe Kon Tum Department of Foreign Affairs on "
        "January 12 held a conference to review the aid of the year and set out the tasks for "
        "2024.\n\nContributions included a grant of US$40,000 from the Seoul Heart Foundation "
        "to equip a delivery room for the Đăk Hà District Medical Centre. There was also a VND "
        "600 million grant from the Lotus Charity Fund to the Đông Hòa Secondary School."),
        date="15/01/2024")
    assert _gifts_named(extraction) == [
        (["Lotus Charity Fund"], ["Đông Hòa Secondary School"]),
        (["Seoul Heart Foundation"], ["Đăk Hà District Medical Centre"])]


def test_the_university_a_member_belongs_to_signs_nothing(tmp_path):
    """"… X and Thai Nguyen University of Medicine and Pharmacy (TUMP), a member of Thai
    Nguyen University, signed a Memorandum of Understanding": the two bodies sign; the place
    in the name of the university the member belongs to is no party."""
    extraction = _extract(tmp_path, (
        "Thai Nguyen signs training MoU with Polish university\n\nOn 12 May, the Warsaw University "
        "of Life Sciences and Thai Nguyen University of Medicine and Pharmacy (TUMP), a member "
        "of Thai Nguyen University, signed a Memorandum of Understanding on cooperation in "
        "training and research."), date="13/05/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Thai Nguyen University of Medicine and Pharmacy",
         "Warsaw University of Life Sciences"]]


def test_a_foundation_that_works_with_a_provincial_union_to_award_scholarships_gives_alone(
        tmp_path):
    """Headline "Daegu foundation awards …" (a foundation of that city, not the city); "X
    coordinated with the Ba Ria – Vung Tau Union of Friendship Organizations to award 80
    scholarships to pupils … in Xuyen Moc district", the total told next: the foundation
    gives, to the district; the union, one name across its dash, helped."""
    extraction = _extract(tmp_path, (
        "Daegu foundation awards scholarships to pupils in Xuyen Moc district\n\nOn 9 "
        "November 2024, the Daegu Global Education Foundation (DGEF) coordinated with the Ba "
        "Ria – Vung Tau Union of Friendship Organizations to award 80 scholarships to pupils "
        "from poor families in Xuyen Moc district.\n\nEach scholarship is worth VND 3 million, "
        "bringing the total value to VND 240 million."), date="10/11/2024")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    [gift] = extraction.dataset.donations
    assert [names[d] for d in gift.donors] == ["Daegu Global Education Foundation"]
    assert [names[r] for r in gift.recipients] == ["Xuyen Moc district"]
    assert gift.value is not None and gift.value.value == 240_000_000


def test_a_body_named_by_the_word_before_the_dash_of_its_name_is_that_body(tmp_path):
    """"the German NGO Aktion Hoffnung – Hilfe für Kinder e.V. … handed over …", then "In
    2022, Aktion Hoffnung funded …": the second gift is the same body's, by the short name
    its whole name opens with."""
    extraction = _extract(tmp_path, (
        "Quang Tri receives school toilets from German NGO\n\nOn 5 June, the German NGO "
        "Hoffnung – Kinderhilfe Mitteldeutschland e.V. handed over 12 school toilets worth VND "
        "900 million to Huong Hoa district.\n\nIn 2022, Hoffnung funded the construction of 3 "
        "kindergarten classrooms in Dakrong district worth VND 1.5 billion."),
        date="06/06/2024", footer="Quang Tri DOFA")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert sorted((g.value.value, [names[d] for d in g.donors])
                  for g in extraction.dataset.donations) == [
        (900_000_000, ["Hoffnung – Kinderhilfe Mitteldeutschland"]),
        (1_500_000_000, ["Hoffnung – Kinderhilfe Mitteldeutschland"])]


def test_a_school_the_province_built_abroad_goes_to_the_place_it_was_handed_over_in(tmp_path):
    """"In Sanxay district, Attapeu province (Lao PDR), the People's Committee of Kon Tum
    province handed over the Viet Nam - Laos Friendship Secondary School to the local
    authorities", its cost next: the province's gift goes to the place abroad, the school
    being what it gave."""
    extraction = _extract(tmp_path, (
        "Kon Tum hands over friendship school to Attapeu province\n\nOn 12 April, in Sanxay "
        "district, Attapeu province (Lao PDR), the People's Committee of Kon Tum province "
        "handed over the Viet Nam - Laos Friendship Secondary School to the local "
        "authorities.\n\nThe school was funded by Kon Tum province with a total investment of "
        "VND 7.2 billion."), date="13/04/2023")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    [gift] = extraction.dataset.donations
    assert [names[d] for d in gift.donors] == ["Kon Tum Province"]
    assert [names[r] for r in gift.recipients] in (["Attapeu Province"], ["Sanxay district"])


def test_the_city_after_a_centre_that_receives_is_its_address(tmp_path):
    """"… presented 30 wheelchairs to children at the Lien Chieu District Social Protection
    Centre, Da Nang, ahead of …": the centre receives; the city after it is where it is."""
    extraction = _extract(tmp_path, (
        "Korean association presents wheelchairs in Da Nang\n\nOn 20 January 2025, the "
        "Incheon–Vietnam Friendship Association presented 30 wheelchairs worth VND 90 million "
        "to children with disabilities at the Lien Chieu District Social Protection Centre, "
        "Da Nang, ahead of the Lunar New Year."), date="21/01/2025")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    [gift] = extraction.dataset.donations
    assert [names[r] for r in gift.recipients] == ["Lien Chieu District Social Protection Centre"]


def test_a_deadline_set_dates_no_meeting_told_after_it(tmp_path):
    """"… to those able to absorb it before 30 September.", then "On the sidelines, Mr. X had
    a working session with an ADB delegation …" on a page of August 2024: the deadline is
    no date of the meeting, which is of the page's year."""
    extraction = _extract(tmp_path, (
        "Yen Bai reviews ODA disbursement\n\nOn 20 August, the Yen Bai Provincial People's "
        "Committee held a conference to review the disbursement of ODA in the first seven "
        "months of the year. The Vice Chairman instructed the Department of Finance to move "
        "capital to faster projects before 30 September.\n\nOn the sidelines of the "
        "conference, the Vice Chairman had a working session with a World Bank delegation on "
        "the rural roads project in the province."), date="21/08/2024")

    assert [e.when.start.year for e in extraction.dataset.engagements] == [2024]


def test_a_projects_loan_is_no_gift_and_its_grant_is(tmp_path):
    """"… comprising an ADB loan of US$40 million, an ADB grant of US$2 million to Lai Chau
    province and …": the grant is the bank's gift, not the whole budget."""
    extraction = _extract(tmp_path, (
        "Lai Chau launches ADB-funded rural water project\n\nOn 5 May, the Lai Chau Provincial "
        "People's Committee held a ceremony to launch the Rural Water Supply Project, "
        "financed by the Asian Development Bank (ADB).\n\nThe project has a total budget of "
        "US$50 million, comprising an ADB loan of US$40 million, an ADB grant of US$2 million "
        "to Lai Chau province and US$8 million in counterpart funds."), date="06/05/2024")

    assert [g.value.raw for g in extraction.dataset.donations] == ["US$2 million"]


def test_the_two_universities_that_met_sign_the_minutes(tmp_path):
    """A working session between two universities, three sentences on what they discussed,
    then "At the end of the session, the two universities signed the minutes of the
    meeting": the minutes are an agreement of the two that met, not of the province."""
    extraction = _extract(tmp_path, (
        "Can Tho University hosts Japanese delegation\n\nOn 12 March 2025, Can Tho University "
        "held a working session with a delegation from Kagoshima University (Japan). "
        "Representatives of the Can Tho Department of Foreign Affairs attended the "
        "session.\n\nThe two sides discussed a short-term exchange programme for students. "
        "Kagoshima University also expressed interest in joint research on rice.\n\n"
        "At the end of the session, the two universities signed the minutes of the meeting."),
        date="14/03/2025")
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Can Tho University", "Kagoshima University"]]


def test_things_counted_in_a_list_of_contributions_come_from_the_body_named(tmp_path):
    """"Notable contributions included a grant of US$20,000 from X to …; and 150 gift
    packages from the Uzbekistan–Viet Nam Friendship Association to flood-affected households
    in Quang Dien district": the packages are the association's gift, to the district."""
    extraction = _extract(tmp_path, (
        "Hue reviews foreign aid in 2023\n\nThe Thua Thien Hue Department of Foreign Affairs "
        "held a conference to review the aid of the year.\n\nNotable contributions included a "
        "grant of US$20,000 from the Friendship Bangla Foundation (Bangladesh) to fishing "
        "households in Phong Dien district; and 150 gift packages from the Uzbekistan–Viet Nam "
        "Friendship Association to flood-affected households in Quang Dien district."),
        date="10/01/2024")
    assert _gifts_named(extraction) == [
        (["Friendship Bangla Foundation"], ["Phong Dien district"]),
        (["Uzbekistan–Viet Nam Friendship Association"], ["Quang Dien district"])]


def test_a_body_that_financed_a_kindergarten_gave_it(tmp_path):
    """"…; and the Catholic Diocese of Suwon (Republic of Korea) financed a new kindergarten
    in Cu Pui commune, Krong Bong district, worth nearly VND 2 billion": the diocese's gift,
    to the commune."""
    extraction = _extract(tmp_path, (
        "Dak Lak reviews NGO aid in 2023\n\nThe Dak Lak Department of Foreign Affairs held a "
        "conference to review the aid of the year.\n\nAmong the notable contributions, the "
        "Catholic Diocese of Suwon (Republic of Korea) financed a new kindergarten in Cu Pui "
        "commune, Krong Bong district, worth nearly VND 2 billion."), date="12/01/2024")

    assert _gifts_named(extraction) == [(["Catholic Diocese of Suwon"], ["Cu Pui commune"])]


def test_a_give_word_in_a_programmes_name_is_no_verb(tmp_path):
    """"Under Japan's Grant Assistance for Grassroots Human Security Projects, the Embassy of
    Japan in Viet Nam funded US$86,000 to build …": "Grant" names the programme; the embassy
    gives to the school."""
    extraction = _extract(tmp_path, (
        "Under Japan's Grant Assistance for Grassroots Human Security Projects, the Embassy of "
        "Japan in Viet Nam funded US$86,000 to build a semi-boarding house for Mang Ri Primary "
        "School in Tu Mo Rong district.\n"), date="Posted on 12 January 2024")

    assert _gifts_named(extraction) == [(["Embassy of Japan in Vietnam"],
                                         ["Mang Ri Primary School"])]


def test_the_provincial_body_a_fund_coordinated_with_gives_nothing(tmp_path):
    """"the Bright Future Foundation (Canada) coordinated with the Provincial Red Cross
    Society to present 80 bicycles …": the foundation gives; the provincial body it worked
    with does not."""
    extraction = _extract(tmp_path, (
        "On May 6, the Bright Future Foundation (Canada) coordinated with the Provincial Red Cross "
        "Society to present 80 bicycles to poor pupils in Long Phu district, Soc Trang "
        "province. The total value of the gifts was over VND 200 million.\n"),
        date="Posted on 7 May 2024")

    assert [givers for givers, _ in _gifts_named(extraction)] == [["Bright Future Foundation"]]


def test_houses_completed_for_households_are_given(tmp_path):
    """"UNDP, with financing from the Government of Japan, completed 300 flood-resilient
    houses for poor households …": a gift of houses from both, though no give verb is
    written."""
    extraction = _extract(tmp_path, (
        "In 2023, the United Nations Development Programme (UNDP), with financing from the "
        "Government of Japan, completed 300 flood-resilient houses for poor households in "
        "coastal areas of Quang Ngai province.\n"), date="Posted on 12 January 2024")

    [gift] = extraction.dataset.donations
    assert len(gift.donors) == 2 and [i.quantity.value for i in gift.items] == [300]


def test_the_month_after_a_name_is_cut_with_its_preposition(tmp_path):
    """"The Sunrise Friends Association in November presented …": the association, named
    without "in" or the month."""
    extraction = _extract(tmp_path, (
        "The Sunrise Friends Association in November presented 50 wheelchairs worth VND 150 "
        "million to the Quang Nam Provincial Red Cross Society.\n"),
        date="Posted on 5 December 2024")

    assert [givers for givers, _ in _gifts_named(extraction)] == [["Sunrise Friends Association"]]


def test_a_province_after_a_prefecture_and_its_native_name_is_where_it_lies(tmp_path):
    """"… held talks with a delegation of the People's Government of Dehong … Autonomous
    Prefecture (Châu tự trị …), Yunnan province, China": the prefecture meets the province;
    Yunnan, written after it and its name in Vietnamese, is where it lies."""
    extraction = _extract(tmp_path, (
        "Lao Cai and Dehong hold talks\n\nOn 14 March 2024, in Lao Cai city, a delegation of "
        "Lao Cai province led by Mr. Hoang Quoc Khanh held talks with a delegation of the "
        "People's Government of Dehong Dai and Jingpo Autonomous Prefecture (Châu tự trị dân "
        "tộc Thái, dân tộc Cảnh Pha Đức Hoành), Yunnan province, China, led by Mr. Wei Zhong, "
        "Vice Governor of the Prefecture."))

    [meeting] = extraction.dataset.engagements

    assert sorted(_names(extraction).get(p, p) for p in meeting.participants) == [
        "People's Government of Dehong Dai and Jingpo Autonomous Prefecture", "lao-cai"]


def test_who_paid_for_the_things_just_handed_over_gives_with_the_giver(tmp_path):
    """"UNICEF handed over 2,000 hygiene kits … The kits were procured with funding from the
    Government of the Republic of Korea": one gift, from UNICEF and the government that paid
    for it."""
    extraction = _extract(tmp_path, (
        "UNICEF hands over hygiene kits to Dien Bien\n\nOn 14 March, the United Nations "
        "Children's Fund (UNICEF) handed over 2,000 hygiene kits worth US$30,000 to the Dien "
        "Bien Department of Health. The kits were procured with funding from the Government of "
        "the Republic of Korea."))

    [(givers, receivers)] = _gifts_named(extraction)

    assert len(givers) == 2 and "Government of the Republic of Korea" in givers
    assert receivers == ["Dien Bien Department of Health"]


def test_the_body_that_served_as_project_owner_receives(tmp_path):
    """"The Provincial Farmers' Union served as the project owner": the union receives the
    project's budget, not the district it was carried out in."""
    extraction = _extract(tmp_path, (
        "Livelihood project in Gia Lai concludes\n\nOn 14 March, the Gia Lai Provincial "
        "Farmers' Union and UN Women held a ceremony in Pleiku to close the project \"Green "
        "Fields\", implemented from 2021 to 2024.\n\nThe project had a total budget of USD "
        "250,000, provided by the Government of Ireland through Irish Aid, and was carried out "
        "in 12 communes of Chu Se district. The Provincial Farmers' Union served as the project "
        "owner."))

    assert [receivers for _, receivers in _gifts_named(extraction)] == [
        ["Provincial Farmers' Union"]]


def test_households_in_a_district_receive_not_the_body_beside_the_giver(tmp_path):
    """"the Ha Tinh Red Cross Society and the Japanese Red Cross Society held a ceremony to
    hand over 20 … houses … to poor households in Cam Xuyen district": the district's
    households receive; the province's Red Cross only hosts."""
    extraction = _extract(tmp_path, (
        "Japanese Red Cross hands over houses in Ha Tinh\n\nOn 14 March, the Ha Tinh Red Cross "
        "Society and the Japanese Red Cross Society held a ceremony to hand over 20 "
        "flood-resilient houses worth US$100,000 to poor households in Cam Xuyen district."))

    assert [receivers for _, receivers in _gifts_named(extraction)] == [["Cam Xuyen district"]]


def test_a_gift_takes_the_cost_the_next_sentence_gives_of_the_building(tmp_path):
    """"… handed over a new kindergarten building to Tan Lap Kindergarten …. The building has
    four classrooms …, and was built at a cost of VND 2.4 billion": that cost is the gift's."""
    extraction = _extract(tmp_path, (
        "Korean firm hands over kindergarten building\n\nOn 14 March, Hanwha Vina Co., Ltd., a "
        "Korean-invested company, handed over a new kindergarten building to Tan Lap "
        "Kindergarten in Dong Phu district, Binh Phuoc province.\n\nThe building has four "
        "classrooms and a kitchen, and was built at a cost of VND 2.4 billion, fully funded by "
        "the company."))

    [gift] = extraction.dataset.donations

    assert gift.value.value == Decimal("2400000000")


def test_the_body_a_chapter_belongs_to_gives_nothing_beside_it(tmp_path):
    """"The Busan Red Cross chapter of the Korean Red Cross funded the construction of 20
    houses …": the chapter gives; the Korean Red Cross only names it."""
    extraction = _extract(tmp_path, (
        "Quang Ninh receives aid in 2023\n\nKorean partners were among the most active donors. "
        "The Busan Red Cross chapter of the Korean Red Cross funded the construction of 20 "
        "houses for poor families in Tien Yen district, worth VND 1.6 billion."))

    assert [givers for givers, _ in _gifts_named(extraction)] == [["Busan Red Cross"]]


def test_annual_talks_with_a_province_are_a_meeting(tmp_path):
    """"a delegation of Quang Binh province … held annual talks with a delegation from
    Khammouane province": the two provinces met."""
    extraction = _extract(tmp_path, (
        "Quang Binh and Khammouane hold annual talks\n\nOn 4 March, in Dong Hoi city, a "
        "delegation of Quang Binh province led by Mr. Tran Phong held annual talks with a "
        "delegation from Khammouane province, Lao PDR, led by Mr. Vanxay Phongsavanh."))

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"quang-binh", "khammouane"}


def test_how_long_two_cities_have_been_twinned_is_no_running_total(tmp_path):
    """"Incheon Metropolitan City, Hai Phong's sister city since 2007, presented medical
    equipment worth about US$120,000 …": a gift of this year, not a total since 2007."""
    extraction = _extract(tmp_path, (
        "Hai Phong receives aid in 2023\n\nIncheon Metropolitan City, Hai Phong's sister city "
        "since 2007, presented medical equipment worth about US$120,000 to Hai Phong "
        "Children's Hospital in 2023."))

    [gift] = extraction.dataset.donations

    assert (gift.value.value, gift.when.start.year) == (Decimal(120000), 2023)


def test_a_project_closed_funded_by_a_body_takes_the_aid_told_next(tmp_path):
    """"… held a ceremony to close the project "…", funded by the Osaka Children's Fund
    (OCF) of Japan.", then "Implemented from 2021 to 2024 with total non-refundable aid of
    US$150,000, the project built …": the fund's gift, at that sum."""
    extraction = _extract(tmp_path, (
        "Osaka NGO wraps up school meal project in Dien Bien\n\nThe Dien Bien Department of "
        "Foreign Affairs and the People's Committee of Muong Nhe district on 26 June held a "
        "ceremony to close the project \"Better meals for ethnic minority pupils in Muong Nhe "
        "district\", funded by the Osaka Children's Fund (OCF) of Japan.\n\nImplemented from "
        "2021 to 2024 with total non-refundable aid of US$150,000, the project built and "
        "equipped 20 school kitchens at semi-boarding schools in the district."))

    [gift] = extraction.dataset.donations

    assert gift.value.value == Decimal(150000)
    assert [givers for givers, _ in _gifts_named(extraction)] == [["Osaka Children's Fund"]]


def test_a_regional_council_abroad_is_a_side_by_its_name(tmp_path):
    """"… held talks with Ms. Sophie Marchand, Vice President of the Normandy Regional
    Council": the region's council is the other side."""
    extraction = _extract(tmp_path, (
        "Hue and Normandy hold talks\n\nOn 23 June, a delegation of Thua Thien Hue Province "
        "led by Mr. Le Quang Vinh, Vice Chairman of the Provincial People's Committee, held "
        "talks with Ms. Sophie Marchand, Vice President of the Normandy Regional Council."))

    [meeting] = extraction.dataset.engagements

    assert sorted(_names(extraction).get(p, p) for p in meeting.participants) == [
        "Normandy Regional Council", "thua-thien-hue"]


def test_a_portfolio_someone_is_in_charge_of_is_no_side(tmp_path):
    """"… received a delegation from the Oise Departmental Council (France), led by
    Mr. Karim Benali, Vice President in charge of International Relations": two sides, the
    portfolio none."""
    extraction = _extract(tmp_path, (
        "Hanoi receives Oise delegation\n\nOn the afternoon of 15 April, Vice Chairman "
        "of the Hanoi People's Committee Tran Minh Khoa received a delegation from the Oise "
        "Departmental Council (France), led by Mr. Karim Benali, Vice President in charge of "
        "International Relations."))

    [meeting] = extraction.dataset.engagements

    assert sorted(_names(extraction).get(p, p) for p in meeting.participants) == [
        "Oise Departmental Council", "ha-noi"]


def test_a_chairman_named_nguyen_van_nam_is_no_yunnan(tmp_path):
    """"Chairman of the Lao Cai Provincial People's Committee Nguyen Van Nam received …":
    "Van Nam" after a family name is the chairman's name, not Yunnan."""
    extraction = _extract(tmp_path, (
        "Lao Cai receives Japanese delegation\n\nOn 14 March, Chairman of the Lao Cai "
        "Provincial People's Committee Nguyen Van Nam received a delegation of Kochi "
        "Prefecture, Japan."))

    [meeting] = extraction.dataset.engagements

    assert "yunnan" not in meeting.participants and len(meeting.participants) == 2
