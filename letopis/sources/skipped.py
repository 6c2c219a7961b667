"""What a source held that is not an article and was passed over on purpose: a WARC request record, an
image in a crawl, a file of no known kind in a directory. Not errors: nothing was lost, but a reader may
want to count them::

    Skipped(where="crawl.warc.gz: record 2", kind="request", reason="not a response")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skipped:
    where: str  # the file, and the record in it: "crawl.warc.gz: record 2 (https://...)"
    kind: str  # a short key to count by: "request", "metadata", "not-html", "http-404", "unknown-file"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}, skipped"


OnSkip = Callable[[Skipped], None]


def ignore(skipped: Skipped) -> None:
    """The default ``on_skip``: passed-over records are not reported."""
