"""The store's errors, a branch of letopis' one exception tree (``letopis.errors``)::

    LetopisError
    └── StoreError          the database cannot be opened or written: locked, disk full, unreachable,
                            a schema newer than this letopis. Nothing half-written stays behind.
"""

from __future__ import annotations

from letopis.errors import LetopisError


class StoreError(LetopisError):
    """The database cannot do what was asked; the message says which database, why and what to do."""

    exit_code = 5
