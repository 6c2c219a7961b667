"""Shared fixtures. ``../shared`` (benchmarks, samples) sits beside the clone in the team's workplace and CI;
a user's clone has none, so everything that reads it skips cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from letopis import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    path = Path(os.environ.get("LETOPIS_SHARED", ROOT.parent / "shared"))
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared (benchmarks and samples) is not here")
    return path


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole analysis, for the tests that run it on sentences; a module needing fewer stages defines its own."""
    return Pipeline()
