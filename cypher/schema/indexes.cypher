// Indexes behind the analysts' filters: partner kind and country, donation periods,
// and a full-text index over every folded name, alias and acronym for partner search.
CREATE INDEX partner_kind IF NOT EXISTS FOR (n:Partner) ON (n.kind);
CREATE INDEX partner_country IF NOT EXISTS FOR (n:Partner) ON (n.country);
// IATI imports find the partners they name by organisation identifier.
CREATE INDEX partner_iati IF NOT EXISTS FOR (n:Partner) ON (n.iati);
CREATE INDEX donation_start IF NOT EXISTS FOR (n:Donation) ON (n.when_start);
CREATE INDEX donation_end IF NOT EXISTS FOR (n:Donation) ON (n.when_end);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE FULLTEXT INDEX partner_search IF NOT EXISTS FOR (n:Partner) ON EACH [n.search_text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}};
// "A partner's donations since 2020, newest first": one ordered seek each, by the partner's
// id and the last day of the donation's period (graph/rows.py, active_until).
CREATE INDEX donation_active_until IF NOT EXISTS FOR (n:Donation) ON (n.active_until);
CREATE INDEX gave_partner_until IF NOT EXISTS FOR ()-[r:GAVE]-() ON (r.partner_id, r.active_until);
CREATE INDEX to_partner_until IF NOT EXISTS FOR ()-[r:TO]-() ON (r.partner_id, r.active_until);
// "A partner's strongest links first": one ordered seek from each end of LINKED, by the
// partner's id, the link's rank (write/recount_links) and the other partner's id, so that
// links of equal rank have one order too and a short read is the start of a longer one.
CREATE INDEX linked_from_rank_to IF NOT EXISTS FOR ()-[l:LINKED]-() ON (l.from_id, l.rank, l.to_id);
CREATE INDEX linked_to_rank_from IF NOT EXISTS FOR ()-[l:LINKED]-() ON (l.to_id, l.rank, l.from_id);
// The two they replace, in a graph made before them.
DROP INDEX linked_from_rank IF EXISTS;
DROP INDEX linked_to_rank IF EXISTS;
// The history of loads (`partnergraph history`), by dataset and time.
CREATE INDEX load_dataset_at IF NOT EXISTS FOR (n:Load) ON (n.dataset, n.at);
// The review queue: the open proposals of each kind, by the document they came from
// (graph/rows.py sets proposal_document with proposal_record; accepting removes both).
CREATE INDEX donation_proposal_document IF NOT EXISTS FOR (n:Donation) ON (n.proposal_document);
CREATE INDEX agreement_proposal_document IF NOT EXISTS FOR (n:Agreement) ON (n.proposal_document);
CREATE INDEX project_proposal_document IF NOT EXISTS FOR (n:Project) ON (n.proposal_document);
CREATE INDEX engagement_proposal_document IF NOT EXISTS FOR (n:Engagement) ON (n.proposal_document);
CREATE INDEX partner_proposal_document IF NOT EXISTS FOR (n:Partner) ON (n.proposal_document);
CREATE INDEX item_proposal_document IF NOT EXISTS FOR (n:Item) ON (n.proposal_document);
CREATE INDEX place_proposal_document IF NOT EXISTS FOR (n:Place) ON (n.proposal_document);
