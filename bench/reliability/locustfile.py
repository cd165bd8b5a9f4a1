"""The headline questions, mixed as analysts ask them, for `locust` (see load_test.py).
Any answer but a 200 counts as an error."""

from locust import HttpUser, between, task

JOINT_DONORS = ("MATCH (a:Partner)-[:GAVE]->(d:Donation)<-[:GAVE]-(b:Partner) "
                "WHERE a.id < b.id RETURN a.name AS a, b.name AS b, d.value_raw AS value")


class Analyst(HttpUser):
    # A person reads an answer before the next question; 0.1–0.5 s keeps the load heavy.
    wait_time = between(0.1, 0.5)

    def _get(self, path: str, name: str, **params: str) -> None:
        self.client.get(path, params=params, name=name)

    @task(4)
    def guangxi_donations_since_2020(self) -> None:
        self._get("/donations", "/donations?donor&since", donor="quang tay", since="2020")

    @task(3)
    def ngos_linked_to_good_neighbors(self) -> None:
        self._get("/partners/Good Neighbors/linked", "/partners/{id}/linked",
                  kind="foreign_ngo")

    @task(4)
    def search(self) -> None:
        for q in ("广西", "good neighbours", "ha giang"):
            self._get("/partners", "/partners?q", q=q)

    @task(2)
    def totals_by_year(self) -> None:
        self._get("/stats/donations", "/stats/donations", group_by="year")

    @task(2)
    def how_two_partners_are_connected(self) -> None:
        self._get("/paths", "/paths", **{"from": "Good Neighbors Việt Nam", "to": "FFI"})

    @task(2)
    def partner_detail(self) -> None:
        self._get("/partners/guangxi", "/partners/{id}")

    @task(1)
    def neighbourhood_graph(self) -> None:
        self._get("/graph", "/graph?center", center="Good Neighbors International")

    @task(1)
    def source_document(self) -> None:
        self._get("/documents/article-004-47f6c6ea85a0549f", "/documents/{id}")

    @task(1)
    def read_only_cypher(self) -> None:
        self.client.post("/cypher", json={"query": JOINT_DONORS}, name="/cypher")
