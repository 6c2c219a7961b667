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
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str | None = None
    api_token: str | None = None

    @classmethod
    def load(cls, **given: str | None) -> Settings:
        """Each setting from ``given`` (when not None), else its environment variable, else its default."""
        values: dict[str, str | None] = {}
        for name, env, default, _ in TABLE:
            value = given.get(name)
            values[name] = value if value is not None else (os.environ.get(env) or default)
        return cls(db=values["db"], api_token=values["api_token"] or None)

    @property
    def writable(self) -> bool:
        """Whether POST /api/articles can ever succeed: only with a token set."""
        return self.api_token is not None
