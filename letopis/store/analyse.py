"""Analysis for ingest, in this process, in local worker processes or on a Dask cluster. Analysis is a pure
function of an article, so where it runs changes nothing but speed; results come back in input order.

One article that makes the analysis fail is reported as a ``Failure`` and the rest of its chunk goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from letopis.analysis import nlp
from letopis.records import Article, Doc
from letopis.runtime import tune_gc
from letopis.store.write import Prepared, prepare

# Articles sent to a worker at once: the pipeline's own batch (letopis.analysis.pipeline.CHUNK).
CHUNK = 128


@dataclass(frozen=True, slots=True)
class Failure:
    article: Article
    reason: str


Result = Prepared | Failure

_pipeline: Any = None


def analysable(article: Article) -> bool:
    """Russian (or not known) is analysed; another language is stored and searchable as words."""
    return article.lang is None or article.lang.lower().startswith("ru")


def analyse_chunk(articles: list[Article]) -> list[Result]:
    """Analyse a chunk in this process (models load once per process). Runs in workers: keep it importable."""
    global _pipeline
    if _pipeline is None:
        from letopis.analysis import Pipeline

        _pipeline = Pipeline()
    todo = [a for a in articles if analysable(a)]
    done: dict[str, Result] = {}
    try:
        for doc in _pipeline.analyze(todo):
            done[doc.article.id] = prepare(doc)
    except Exception:  # noqa: BLE001 - one bad article must not lose its chunk: find it alone below
        done = {}
        for article in todo:
            try:
                done[article.id] = prepare(_pipeline.analyze_one(article))
            except Exception as error:  # noqa: BLE001 - reported with its article and skipped
                done[article.id] = Failure(article, f"analysis failed: {type(error).__name__}: {error}")
    return [done[a.id] if a.id in done else prepare(Doc(article=a), analysed=False) for a in articles]


def analyse(articles: Iterable[Article], workers: int = 1, scheduler: str | None = None) -> Iterator[Result]:
    """Each article's result, in order."""
    chunks = _chunks(articles)
    if scheduler:
        yield from _dask(chunks, scheduler)
    elif workers > 1:
        yield from _processes(chunks, workers)
    else:
        for chunk in chunks:
            yield from analyse_chunk(chunk)


def _chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    stream = iter(articles)
    while chunk := list(islice(stream, CHUNK)):
        yield chunk


def _bounded(chunks: Iterator[list[Article]], submit: Callable[[list[Article]], Any],
             wait: Callable[[Any], list[Result]], ahead: int) -> Iterator[Result]:
    """Keep ``ahead`` chunks in flight, hand results back in order: memory stays flat on any input size."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= ahead:
            yield from wait(pending.popleft())
    while pending:
        yield from wait(pending.popleft())


def _processes(chunks: Iterator[list[Article]], workers: int) -> Iterator[Result]:
    # spawn, not fork: the parent holds database connections and model threads a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // workers)
    with _thread_limit(threads), ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=tune_gc) as pool:
        def submit(chunk: list[Article]) -> Future[list[Result]]:
            return pool.submit(analyse_chunk, chunk)

        def wait(future: Future[list[Result]]) -> list[Result]:
            return future.result()

        yield from _bounded(chunks, submit, wait, ahead=workers * 2)


THREAD_VARIABLES = nlp.BLAS_VARIABLES


def _thread_limit(threads: int) -> AbstractContextManager[None]:
    """Share the cores among the workers: each one's numpy would otherwise start a thread per core, and the
    threads of all workers fight over the cores (measured on 2 cores: two workers analysed at 0.56× the speed
    of one process). BLAS reads the limit once, when numpy loads, and a worker loads numpy as soon as it imports
    this module, before any initializer could run: so the limit is in the environment the workers are spawned
    with (workers start on the pool's first submits, inside this block), and the parent's is put back after."""
    return nlp._blas_threads(threads, override=True)


def _dask(chunks: Iterator[list[Article]], scheduler: str) -> Iterator[Result]:
    from letopis.errors import UsageError

    try:
        import distributed
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'letopis[dask]'") from None
    try:
        # distributed's Client is untyped; it is used through Any on purpose, in these few lines only.
        make_client: Any = distributed.Client
        client: Any = make_client(scheduler, timeout=30)
    except OSError as error:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        ahead = max(2, 2 * sum(client.nthreads().values()))

        def submit(chunk: list[Article]) -> Any:
            return client.submit(analyse_chunk, chunk, pure=False)

        def wait(future: Any) -> list[Result]:
            result: list[Result] = future.result()
            return result

        yield from _bounded(chunks, submit, wait, ahead=ahead)
    finally:
        client.close()
