"""Opening the one driver a process uses. `neo4j://` URIs route reads and writes, so the
same code serves a single server, a cluster or Aura."""

from neo4j import AsyncDriver, AsyncGraphDatabase, NotificationDisabledClassification

from partnergraph.settings import Settings


def open_driver(settings: Settings, *, uri: str | None = None,
                retry_seconds: float = 15.0) -> AsyncDriver:
    """`retry_seconds`: how long a managed transaction retries failures that may pass (a
    lost connection, a leader switch, a deadlock) before it gives up."""
    return AsyncGraphDatabase.driver(
        uri or settings.bolt_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_acquisition_timeout=10.0,
        max_transaction_retry_time=retry_seconds,
        user_agent="partnergraph",
        # Records are sparse by design (an undated fact has no `signed_start`), so the
        # server's "property key does not exist" hints are noise in the API's logs.
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    )
