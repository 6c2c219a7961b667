"""Where the benchmarks are: ``$LETOPIS_SHARED``, else ``../shared`` beside the clone.

The benchmark data is not part of the package (its licences differ, and it is large); the team's
workplace and CI keep it in ``shared/benchmarks`` next to the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

from letopis.errors import InputError

REPO_ROOT = Path(__file__).resolve().parents[2]


class BenchmarkError(InputError):
    """A benchmark folder or file is missing or not in the expected format."""


def shared_dir() -> Path:
    """The shared folder, or BenchmarkError saying where it was looked for."""
    configured = os.environ.get("LETOPIS_SHARED")
    path = Path(configured) if configured else REPO_ROOT.parent / "shared"
    if not (path / "benchmarks").is_dir():
        where = "$LETOPIS_SHARED" if configured else "../shared beside the repository"
        raise BenchmarkError(f"no benchmarks found: {path / 'benchmarks'} ({where}) is not a folder; "
                             "set LETOPIS_SHARED to the folder that holds benchmarks/")
    return path


def benchmark(name: str) -> Path:
    """One benchmark's folder: ``benchmark("factrueval-2016")``."""
    path = shared_dir() / "benchmarks" / name
    if not path.is_dir():
        raise BenchmarkError(f"benchmark {name!r} is missing: {path} is not a folder")
    return path
