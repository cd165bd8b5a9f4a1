"""The reports the generated facts rest on. Every fact is told by one sentence of a report
and quotes that sentence, so the loader's verbatim-quote check passes as it does on real
sources; a report holds a few dozen sentences, as a yearly foreign-affairs report would."""

from pathlib import Path
from typing import Any

SENTENCES_PER_REPORT = 50
TEXTS = "texts"


class Library:
    def __init__(self, out: Path):
        self.out = out
        (out / TEXTS).mkdir(parents=True, exist_ok=True)
        self.documents: list[dict[str, Any]] = []
        self._open: dict[str, tuple[dict[str, Any], list[str], int]] = {}  # topic → doc, lines, year
        self._counts: dict[str, int] = {}

    def cite(self, topic: str, sentence: str, year: int | None = None) -> list[dict[str, str]]:
        """The `sources` of a fact told by `sentence`, in the current report on `topic`."""
        if topic not in self._open:
            number = self._counts.get(topic, 0)
            self._counts[topic] = number + 1
            doc = {"id": f"report-{topic}-{number:06d}"}
            self.documents.append(doc)
            self._open[topic] = (doc, [], year or 2020)
        doc, lines, _ = self._open[topic]
        lines.append(sentence)
        if len(lines) >= SENTENCES_PER_REPORT:
            self._close(topic)
        return [{"document": doc["id"], "quote": sentence}]

    def _close(self, topic: str) -> None:
        doc, lines, year = self._open.pop(topic)
        doc_id = doc["id"]
        name = f"{doc_id}.txt"
        title = f"Báo cáo công tác đối ngoại tỉnh Hà Giang ({topic}, số {doc_id[-6:]})"
        (self.out / TEXTS / name).write_text(title + "\n\n" + "\n".join(lines) + "\n",
                                             encoding="utf-8")
        doc.update(title=title, kind="report", publisher="Sở Ngoại vụ tỉnh Hà Giang",
                   language="vi", published=f"năm {year}", text_file=f"{TEXTS}/{name}")

    def close(self) -> list[dict[str, Any]]:
        for topic in list(self._open):
            self._close(topic)
        return self.documents
