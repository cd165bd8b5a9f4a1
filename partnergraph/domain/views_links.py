"""What the connection endpoints serve: how partners are linked (paths of steps, each with
the sources it rests on), graph views for visualisation, and read-only Cypher results."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from partnergraph.domain.views import PartnerRef, SourceRef


class PathNode(BaseModel):
    id: str = Field(examples=["good-neighbors-international"])
    label: str = Field(description="Partner, Donation, Agreement, Project or Engagement",
                       examples=["Partner"])
    name: str = Field(examples=["Good Neighbors International"])
    kind: str | None = Field(default=None, examples=["foreign_ngo"])


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


class LinkedPartner(BaseModel):
    partner: PartnerRef
    hops: int = Field(examples=[1])
    path: PathView


class PathsView(BaseModel):
    """How two partners are connected, shortest paths first."""

    model_config = ConfigDict(populate_by_name=True)

    from_: PartnerRef = Field(alias="from")
    to: PartnerRef
    max_hops: int
    paths: list[PathView]


class GraphNode(BaseModel):
    id: str = Field(description="Unique in the view: the label and the node's id.",
                    examples=["Partner:good-neighbors-international"])
    label: str = Field(examples=["Partner"])
    name: str | None = Field(default=None, examples=["Good Neighbors International"])
    kind: str | None = Field(default=None, examples=["foreign_ngo"])
    props: dict[str, Any] = Field(default_factory=dict,
                                  description="The node's properties, the plain `id` included.")


class GraphEdge(BaseModel):
    id: str = Field(examples=["Partner:good-neighbors-international-GAVE->Donation:gni-2021"])
    source: str = Field(examples=["Partner:good-neighbors-international"])
    target: str = Field(examples=["Donation:gni-2021"])
    type: str = Field(examples=["GAVE"])
    props: dict[str, Any] = Field(default_factory=dict)


class GraphView(BaseModel):
    center: PartnerRef | None = None
    depth: int | None = None
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(default=False,
                            description="True when more nodes matched than `limit` allowed.")


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
