"""One exception tree; the CLI turns it into a one-line message and an exit code, the API into a status.

    LetopisError
    ├── InputError          bad input: missing, empty, binary, undecodable file; invalid JSON line
    │   └── ArticleError    one article of a batch is bad (it is reported and skipped)
    ├── SchemaError         a JSON document of another schema version or shape
    └── UsageError          a setting or option that makes no sense (an unknown stage)
"""

from __future__ import annotations


class LetopisError(Exception):
    """Base of every error letopis raises on purpose."""

    exit_code = 1


class InputError(LetopisError):
    """The input cannot be read: say which file (and line) and why."""

    exit_code = 2


class ArticleError(InputError):
    """One article of a batch is bad; the rest go on."""


class SchemaError(LetopisError):
    """A document does not follow the JSON contract."""

    exit_code = 3


class UsageError(LetopisError):
    """An option or setting with a value that cannot work."""

    exit_code = 2
