"""The graph's vocabulary, declared once. Only these names ever appear in Cypher text;
every value travels as a parameter.

    (:Partner)-[:BASED_IN]->(:Place)          (:Partner)-[:IN_COUNTRY]->(:Place)
    (:Partner)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]->(:Partner)
    (:Place)-[:PART_OF|MERGED_INTO]->(:Place)
    (:Partner)-[:GAVE]->(:Donation)-[:TO]->(:Partner)
    (:Donation)-[:INCLUDES]->(:Item)          (:Donation)-[:PART_OF]->(:Donation)
    (:Partner)-[:PARTY_TO]->(:Agreement)
    (:Partner)-[:FUNDS|IMPLEMENTS|ACCOUNTABLE_FOR|EXTENDS]->(:Project)-[:BENEFITS]->(:Partner)
    (:Project)-[:LOCATED_IN]->(:Place)        (:Donation)-[:FOR]->(:Project)
    (:Partner)-[:TOOK_PART_IN]->(:Engagement)-[:LED_TO]->(:Donation|Agreement|Project)
    (:Policy)-[:ISSUED_BY]->(:Partner)
    (any fact)-[:CITED_IN {quote}]->(:Document)
    (:Partner)-[:LINKED]->(:Partner)          derived: the two share an affiliation or a
        donation, agreement, project or engagement (see graph/rows.py); from the smaller
        id to the larger, so its direction means nothing; `affiliated: true` when one is
        part, office, member or successor of the other. Searches over who is linked to
        whom walk these, never the facts: a province with two million donations is one
        LINKED per partner it shares one with.
    (:Load {dataset, at, files, checksums, added, changed, removed, kept})   the history
        of loads; every other node and relationship but LINKED lists the datasets that
        declare it in `datasets` (graph/plan.py).
    (:ReviewAction {id, kind, who, at, proposal, record, …})   the review log, and
    (:ReviewState {id, status, version})   each reviewed proposal's state (graph/review/).
"""

from enum import StrEnum


class Label(StrEnum):
    Document = "Document"
    Place = "Place"
    Partner = "Partner"
    Item = "Item"
    Agreement = "Agreement"
    Project = "Project"
    Donation = "Donation"
    Engagement = "Engagement"
    Policy = "Policy"
    # History, not data: one per load or unload of a dataset (graph/history.py).
    Load = "Load"
    # Review bookkeeping (graph/review/): one per action an analyst took, and one per
    # proposal an action touched (its status and version, the lock concurrent reviewers meet).
    ReviewAction = "ReviewAction"
    ReviewState = "ReviewState"


class Rel(StrEnum):
    BASED_IN = "BASED_IN"
    IN_COUNTRY = "IN_COUNTRY"
    PART_OF = "PART_OF"
    OFFICE_OF = "OFFICE_OF"
    MEMBER_OF = "MEMBER_OF"
    MERGED_INTO = "MERGED_INTO"
    GAVE = "GAVE"
    TO = "TO"
    INCLUDES = "INCLUDES"
    PARTY_TO = "PARTY_TO"
    FUNDS = "FUNDS"
    IMPLEMENTS = "IMPLEMENTS"
    BENEFITS = "BENEFITS"
    TOOK_PART_IN = "TOOK_PART_IN"
    LED_TO = "LED_TO"
    ISSUED_BY = "ISSUED_BY"
    ACCOUNTABLE_FOR = "ACCOUNTABLE_FOR"
    EXTENDS = "EXTENDS"
    LOCATED_IN = "LOCATED_IN"
    FOR = "FOR"
    CITED_IN = "CITED_IN"
    LINKED = "LINKED"


#: Dataset section → node label.
SECTION_LABELS: dict[str, Label] = {
    "documents": Label.Document,
    "places": Label.Place,
    "partners": Label.Partner,
    "items": Label.Item,
    "agreements": Label.Agreement,
    "projects": Label.Project,
    "donations": Label.Donation,
    "engagements": Label.Engagement,
    "policies": Label.Policy,
}
