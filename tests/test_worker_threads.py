"""Ingest's worker processes share the cores: BLAS reads its thread limit when numpy loads, which a worker does
as soon as it imports the analysis module, so the limit must be in the environment the workers are spawned with."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from letopis.store.analyse import THREAD_VARIABLES, _thread_limit


def _child_limits() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in THREAD_VARIABLES}


def test_workers_are_spawned_with_the_limit_and_the_parent_keeps_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "8")
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    context = multiprocessing.get_context("spawn")
    with _thread_limit(1), ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        seen = pool.submit(_child_limits).result()
    assert seen == dict.fromkeys(THREAD_VARIABLES, "1")
    assert os.environ["OPENBLAS_NUM_THREADS"] == "8"
    assert "OMP_NUM_THREADS" not in os.environ
