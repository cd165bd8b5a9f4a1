"""The IATI 2.03 codelists the loader reads, mapped onto the graph's vocabulary.

Names follow the published codelists (iatistandard.org/en/iati-standard/203/codelists/);
only the codes the graph uses are listed, and an unknown code is an error rather than a
guess."""

from partnergraph.domain import PartnerKind

#: OrganisationType → the graph's partner kinds. IATI's "National NGO" (22) is an NGO of
#: the country it works in as seen by its funder, which from a Vietnamese province is
#: usually a foreign NGO; "Partner Country based NGO" (24) is one of the recipient country.
ORGANISATION_KINDS: dict[str, PartnerKind] = {
    "10": PartnerKind.national_government,
    "11": PartnerKind.local_government,
    "15": PartnerKind.government_office,  # other public sector
    "21": PartnerKind.foreign_ngo,  # international NGO
    "22": PartnerKind.foreign_ngo,
    "23": PartnerKind.foreign_ngo,  # regional NGO
    "24": PartnerKind.domestic_organisation,
    "30": PartnerKind.company,  # public private partnership
    "40": PartnerKind.multilateral,
    "60": PartnerKind.foreign_ngo,  # foundation
    "70": PartnerKind.company,
    "71": PartnerKind.company,
    "72": PartnerKind.company,
    "73": PartnerKind.company,
    "80": PartnerKind.academic,
    "90": PartnerKind.other,
}

#: OrganisationRole → the Project field the partner is listed in.
ROLES: dict[str, str] = {"1": "funders", "2": "accountable", "3": "extending", "4": "implementers"}

ACTIVITY_STATUS: dict[str, str] = {
    "1": "pipeline", "2": "implementation", "3": "finalisation", "4": "closed",
    "5": "cancelled", "6": "suspended",
}

#: ActivityDateType.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
ACTIVITY_DATE_TYPES = (PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END)

#: TransactionType codes loaded as donations, by name. Money flowing *into* the activity
#: comes from the provider and goes to the reporting organisation unless a receiver is named.
TRANSACTION_TYPES: dict[str, str] = {
    "1": "incoming_funds", "2": "commitment", "3": "disbursement", "4": "expenditure",
    "7": "reimbursement", "11": "incoming_commitment",
}
INCOMING = {"1", "11"}
COMMITMENTS = {"2": {"3", "4", "7"}, "11": {"1"}}  # commitment type → the flows that draw on it
#: Transaction types that are not gifts to the activity (interest, loan repayments, equity,
#: guarantees) or not yet given (pledges): read, checked, and not loaded as donations.
NOT_DONATIONS: dict[str, str] = {
    "5": "interest payment", "6": "loan repayment", "8": "purchase of equity",
    "9": "sale of equity", "10": "credit guarantee", "12": "outgoing pledge",
    "13": "incoming pledge",
}

#: AidType (OECD DAC vocabulary) codes that are given in kind, with the item they become:
#: experts sent by the donor and other technical assistance, rather than money.
IN_KIND_AID_TYPES: dict[str, tuple[str, str, str]] = {
    "D01": ("donor-country-personnel", "Donor country personnel",
            "Chuyên gia của nhà tài trợ"),
    "D02": ("technical-assistance", "Technical assistance", "Hỗ trợ kỹ thuật"),
}

#: Location feature designations and administrative levels that name an area the graph
#: keeps as a Place: first-level areas (a Vietnamese province), second-level ones
#: (a district), and populated places.
ADMIN_LEVEL_KINDS = {"1": "province", "2": "county"}
FEATURE_KINDS = {"ADM1": "province", "ADM2": "county"}
POPULATED_PLACE_PREFIX = "PPL"

SECTOR_DAC5 = "1"  # the default sector vocabulary: codes are stored bare, others as vocab:code
REGION_DAC = "1"
