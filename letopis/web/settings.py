"""What the explorer reads from its settings: one table of name, environment variable, default and help. An
option given on the command line (``letopis serve --db``) overrides the environment, which overrides the
default. Built once, when the app is made::

    settings = Settings.load(db="demo.db")     # LETOPIS_API_TOKEN from the environment, if set
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# name, environment variable, default, help
TABLE: tuple[tuple[str, str, str | None, str], ...] = (
    ("db", "LETOPIS_DB", None, "SQLite file or postgresql:// URL (default ./letopis.db)"),
    ("api_token", "LETOPIS_API_TOKEN", None,
     "token that POST /api/articles requires (Authorization: Bearer TOKEN); without one the API is read-only"),
    ("cache_size", "LETOPIS_CACHE_SIZE", "512",
     "answers of read endpoints kept per server process, dropped when the data changes; 0 turns the cache off"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str | None = None
    api_token: str | None = None
    cache_size: int = 512

    @classmethod
    def load(cls, **given: str | None) -> Settings:
        """Each setting from ``given`` (when not None), else its environment variable, else its default."""
        values: dict[str, str | None] = {}
        for name, env, default, _ in TABLE:
            value = given.get(name)
            values[name] = value if value is not None else (os.environ.get(env) or default)
        size = values["cache_size"] or "512"
        if not size.isdigit():
            from letopis.errors import UsageError

            raise UsageError(f"LETOPIS_CACHE_SIZE must be a whole number (0 turns the cache off), not {size!r}")
        return cls(db=values["db"], api_token=values["api_token"] or None, cache_size=int(size))

    @property
    def writable(self) -> bool:
        """Whether POST /api/articles can ever succeed: only with a token set."""
        return self.api_token is not None
