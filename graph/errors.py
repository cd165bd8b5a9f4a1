"""Errors of the graph layer that callers turn into answers (the API into 404s)."""


class NotFound(LookupError):
    def __init__(self, what: str, ref: str, suggestions: list[dict] | None = None):
        self.what, self.ref, self.suggestions = what, ref, suggestions or []
        super().__init__(f"no {what} {ref!r}")
