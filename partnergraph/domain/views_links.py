"""What the connection endpoints serve: how partners are linked (paths of steps, each with
the sources it rests on), graph views for visualisation, and read-only Cypher results."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from partnergraph.domain.history import Predecessor
from partnergraph.domain.views import PartnerRef, ProposalFlag, SourceRef


class PathNode(BaseModel):
    id: str = Field(examples=["good-neighbors-international"])
    label: str = Field(description="Partner, Donation, Agreement, Project or Engagement",
                       examples=["Partner"])
    name: str = Field(examples=["Good Neighbors International"])
    kind: str | None = Field(default=None, examples=["foreign_ngo"])
    proposal: ProposalFlag = False


class PathStep(BaseModel):
    """One node of a path and the relationship that reached it (none for the first)."""

    type: str | None = Field(
        default=None,
        description="The relationship from the previous node; null on the first step.",
        examples=["GAVE"])
    direction: Literal["out", "in"] | None = Field(
        default=None,
        description='"out": previous node -[type]-> this node; '
        '"in": previous node <-[type]- this node',
        examples=["in"])
    node: PathNode
    sources: list[SourceRef] = Field(
        default_factory=list,
        description="What this step rests on: the quotes citing its fact node (donation, "
        "agreement, project, engagement), or those of the affiliation that reached it.")


class PathView(BaseModel):
    hops: int = Field(description="Partner-to-partner links: an affiliation, or one shared fact.",
                      examples=[1])
    length: int = Field(description="Relationships on the path.", examples=[2])
    explanation: str = Field(examples=[
        "Good Neighbors International -GAVE-> Donation «trên 8,6 tỷ VNĐ» <-GAVE- FFI"])
    steps: list[PathStep]
    sources: list[SourceRef] = Field(description="Every source of the path's steps, once each.")


class LinkStrength(BaseModel):
    """How strong a link is, as kept on the LINKED pair: for a partner two or more links
    away, the weakest link of its path."""

    affiliated: bool = Field(default=False, description="One is part of, an office of, a "
                             "member of or merged into the other.")
    facts: int = Field(default=0, description="Donations, agreements, projects and "
                       "engagements the two share, proposals among them included "
                       "(`proposals` chooses the partners listed, not the facts counted).",
                       examples=[12])
    value_usd: float = Field(default=0.0, description="USD value of the donations among "
                             "them (a part of a larger one they share counts once).")
    last_year: int | None = Field(default=None, description="The latest year those facts "
                                  "are dated to; null when none is dated.", examples=[2022])


class LinkedPartner(BaseModel):
    partner: PartnerRef
    hops: int = Field(examples=[1])
    strength: LinkStrength = Field(default_factory=LinkStrength)
    path: PathView


class LinkedPage(BaseModel):
    """A page of linked partners, strongest links first; pass `next` back as `cursor`."""

    items: list[LinkedPartner]
    total: int = Field(description="How many partners match; a lower bound when "
                       "`total_exact` is false.")
    total_exact: bool = Field(default=True, description="False when the search stopped at "
                              "its bound (a hub's neighbourhood): `total` then says \"at "
                              "least\", and the pages rank the strongest links read.")
    next: str | None = None


class PathsView(BaseModel):
    """How two partners are connected, shortest paths first."""

    model_config = ConfigDict(populate_by_name=True)

    from_: PartnerRef = Field(alias="from")
    to: PartnerRef
    max_hops: int
    paths: list[PathView]
    complete: bool = Field(default=True, description="False when the search read only the "
                           "strongest links of hubs on the way: a path as short through "
                           "weaker links may exist.")


class GraphNode(BaseModel):
    id: str = Field(description="Unique in the view: the label and the node's id.",
                    examples=["Partner:good-neighbors-international"])
    label: str = Field(examples=["Partner"])
    name: str | None = Field(default=None, examples=["Good Neighbors International"])
    kind: str | None = Field(default=None, examples=["foreign_ngo"])
    proposal: ProposalFlag = False
    props: dict[str, Any] = Field(default_factory=dict,
                                  description="The node's properties, the plain `id` included.")


class GraphEdge(BaseModel):
    id: str = Field(examples=["Partner:good-neighbors-international-GAVE->Donation:gni-2021"])
    source: str = Field(examples=["Partner:good-neighbors-international"])
    target: str = Field(examples=["Donation:gni-2021"])
    type: str = Field(examples=["GAVE"])
    proposal: ProposalFlag = Field(False, description="The relationship rests on extracted "
                                   "sources only, not yet decided.")
    props: dict[str, Any] = Field(default_factory=dict)


class GraphView(BaseModel):
    center: PartnerRef | None = None
    depth: int | None = None
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(default=False,
                            description="True when more nodes matched than `limit` allowed.")
    complete: bool = Field(default=True, description="False when the partners shown are "
                           "the strongest part of a larger neighbourhood: the search read "
                           "only the strongest links of hubs. A larger `limit` widens it.")
    includes: list[Predecessor] = Field(
        default_factory=list, description="Units merged into the center, whose "
        "neighbourhoods this view includes; empty when there are none.")


class CypherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(
        min_length=1, max_length=10_000,
        description="One read-only Cypher statement; values as `$parameters`.",
        examples=["MATCH (p:Partner {kind: $kind}) RETURN p.id AS id, p.name AS name LIMIT 10"])
    parameters: dict[str, Any] = Field(default_factory=dict, examples=[{"kind": "foreign_ngo"}])


class CypherResult(BaseModel):
    columns: list[str] = Field(examples=[["id", "name"]])
    rows: list[dict[str, Any]] = Field(
        description="One object per row. Nodes are {labels, properties}, relationships "
        "{type, properties}, paths {nodes, relationships}, dates and times ISO 8601 strings.",
        examples=[[{"id": "kasama", "name": "Kasama City"}]])
    truncated: bool = Field(description="True when the query had more rows than `row_limit`.")
    row_limit: int = Field(examples=[1000])
