"""PDF workers the build can kill: each renders one brief at a time, within budgets.

Every worker is a process that imports WeasyPrint once and creates one
font configuration, then renders the tasks it is sent, one after another.
A render that takes longer than its time budget is stopped by killing the
worker (WeasyPrint has no timeout of its own), which is then replaced; a
document that lays out to too many pages is refused before its PDF is
written. Results come back in the order of the tasks, whatever order the
workers finish in, so the build's output does not depend on ``--jobs``.

Each worker talks to the build over its own pipe, so killing one never
leaves a lock held that the others need.

A worker never outlives the build. Each holds the reading end of a
*lifeline* pipe whose writing end only the build holds: when the build's
process ends, however it ends (SIGKILL included), the pipe closes and a
thread in the worker ends it at once. (The kernel's ``PR_SET_PDEATHSIG``,
which each worker also sets on Linux, is not enough alone: a worker's
parent is the fork server, which lives on while its workers do.) A build
that stops normally, or on SIGINT or SIGTERM, kills its workers on the way
out. Workers ignore SIGINT (Ctrl-C reaches the whole process group):
the build decides when they stop. Each worker's memory is bounded too
(``RLIMIT_AS``, :data:`DEFAULT_MEMORY_LIMIT`): a document that needs more
fails with a sentence that names it, beside the time and page budgets.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_PAGES = 200
DEFAULT_MEMORY_LIMIT = 1536 * 1024**2  # address space per worker: a 190-page brief fits in 1 GiB
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class PdfTask:
    """One PDF to render: ``label`` names it in messages (``brief.pdf of camp/fr``)."""

    label: str
    html: str
    base_dir: Path
    allowed: tuple[Path, ...]
    max_pages: int | None = DEFAULT_MAX_PAGES
    cost: float = 0.0  # an estimate: the costliest tasks are sent first


@dataclass(frozen=True)
class PdfResult:
    """A rendered PDF, or the sentence that says why there is none."""

    pdf: bytes | None
    error: str | None = None
    pages: int = 0
    seconds: float = 0.0
    requested: tuple[Path, ...] = ()


def worker_main(
    conn: Connection, memory_limit: int | None = None, lifeline: Connection | None = None
) -> None:
    """A worker's life: set up WeasyPrint once, then render every task it receives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the build to handle
    die_with_parent()
    if lifeline is not None:
        die_with_build(lifeline)
    if memory_limit is not None:
        limit_memory(memory_limit)
    try:
        from toolkit.render import pdf

        pdf.font_configuration()
    except Exception as err:  # e.g. Pango missing: every task fails with this sentence
        conn.send(("failed", f"the PDF renderer cannot start: {type(err).__name__}: {err}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        result = render_task(task, memory_limit)
        if _reached(memory_limit):  # its memory is spent: a fresh worker takes over
            conn.send(("last", result))
            return
        conn.send(("done", result))


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (``PR_SET_PDEATHSIG``).

    If the parent is already gone (it died before the request was made),
    exit now. Elsewhere this does nothing: the build kills its workers itself.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


def die_with_build(lifeline: Connection) -> None:
    """End this process as soon as ``lifeline`` closes (nobody ever writes to it: it
    closes when the build's process ends)."""

    def watch() -> None:
        with contextlib.suppress(Exception):
            lifeline.poll(None)
        os._exit(1)

    threading.Thread(target=watch, name="toolkit-lifeline", daemon=True).start()


def limit_memory(limit: int) -> None:
    """Bound this process's address space to ``limit`` bytes (where the system allows)."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def render_task(task: PdfTask, memory_limit: int | None = None) -> PdfResult:
    """Render one task in this process; an error comes back as a sentence, not an exception."""
    from toolkit.render.pdf import TooManyPages, render_pdf_checked

    start = time.perf_counter()
    try:
        rendered = render_pdf_checked(
            task.html, task.base_dir, task.allowed, max_pages=task.max_pages
        )
    except TooManyPages as err:
        return PdfResult(None, f"{task.label}: {err}, stopped", err.pages)
    except Exception as err:  # a broken document must not stop the other PDFs
        if isinstance(err, MemoryError) or _reached(memory_limit):
            # A C library that cannot allocate fails in its own way (a SystemError, a None).
            return PdfResult(None, f"{task.label}: {_memory_message(memory_limit)}")
        message = f"{task.label}: PDF rendering failed: {type(err).__name__}: {err}"
        return PdfResult(None, message)
    seconds = time.perf_counter() - start
    return PdfResult(rendered.pdf, None, rendered.pages, seconds, rendered.requested)


def _reached(limit: int | None) -> bool:
    """Whether this process's address space came close to ``limit`` (Linux: ``VmPeak``)."""
    if limit is None:
        return False
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= 0.9 * limit
    except (OSError, ValueError, IndexError):
        pass
    return False


def _memory_message(limit: int | None) -> str:
    if limit is None:
        return "rendering ran out of memory, stopped"
    return f"rendering needed more than the memory limit of {limit // 1024**2:,} MiB, stopped"


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: int | None = None  # index of the task being rendered
    deadline: float = 0.0
    retiring: bool = False  # it sent its last result and is exiting


@dataclass
class _Batch:
    tasks: list[PdfTask]
    results: list[PdfResult | None]
    queue: list[int]  # indices of the tasks still to send, costliest first
    sealed: bool = True  # no task will be added
    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def finished(self) -> bool:
        return self.sealed and all(result is not None for result in self.results)

    def add(self, tasks: Sequence[PdfTask]) -> None:
        with self.lock:
            for task in tasks:
                index = len(self.tasks)
                self.tasks.append(task)
                self.results.append(None)
                costs = [-self.tasks[i].cost for i in self.queue]
                self.queue.insert(bisect.bisect_right(costs, -task.cost), index)

    def next(self) -> int | None:
        with self.lock:
            return self.queue.pop(0) if self.queue else None


def _context() -> SpawnContext | ForkServerContext:
    """A fork server that has imported WeasyPrint forks workers in milliseconds."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["toolkit.render.warmup"])
        return context
    return multiprocessing.get_context("spawn")


class PdfPool:
    """Up to ``workers`` render processes, started in the background at once to warm up.

    Each may use ``memory_limit`` bytes of address space (None: no limit).

    ``run(tasks)`` hands over the one batch to render; ``results()`` waits
    for it; ``close()`` stops everything, rendering or not. One background
    thread owns the workers: it starts them, sends tasks, enforces the
    time budget and collects results.
    """

    def __init__(
        self,
        workers: int,
        timeout: float = DEFAULT_TIMEOUT,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    ) -> None:
        self.timeout = timeout
        self.memory_limit = memory_limit
        self._size = max(1, workers)
        self._context = _context()
        self._workers: list[_Worker] = []
        self._batch: _Batch | None = None
        self._closed = False
        self._startup_error: str | None = None
        self._wake, self._waker = self._context.Pipe(duplex=False)
        # Workers get the reading end; the writing end stays here, never written to.
        self._lifeline, self._lifeline_end = self._context.Pipe(duplex=False)
        self._thread = threading.Thread(target=self._loop, name="toolkit-pdf-pool", daemon=True)
        self._thread.start()

    def run(self, tasks: Sequence[PdfTask]) -> None:
        """Start rendering ``tasks`` in the background, costliest first: the one batch."""
        if self._batch is not None:
            raise RuntimeError("a PdfPool renders one batch")
        order = sorted(range(len(tasks)), key=lambda i: (-tasks[i].cost, i))
        self._batch = _Batch(list(tasks), [None] * len(tasks), order)
        self._waker.send(None)

    def add(self, tasks: Sequence[PdfTask]) -> None:
        """Add ``tasks`` to the batch and start them as workers come free (the build hands
        each PDF over as soon as its page is rendered); :meth:`results` ends the batch."""
        if self._batch is None:
            self._batch = _Batch([], [], [], sealed=False)
        elif self._batch.sealed:
            raise RuntimeError("a PdfPool renders one batch")
        self._batch.add(tasks)
        self._waker.send(None)

    def results(self) -> list[PdfResult]:
        """Every task's result, in the order the tasks were given (no more can be added)."""
        if self._batch is None:
            return []
        self._batch.sealed = True
        with contextlib.suppress(OSError):
            self._waker.send(None)
        self._batch.done.wait()
        tasks, results = self._batch.tasks, self._batch.results
        return [
            result if result is not None else PdfResult(None, f"{task.label}: not rendered")
            for task, result in zip(tasks, results, strict=True)
        ]

    def close(self) -> None:
        """Stop every worker (killing any render still running) and wait for them."""
        self._closed = True
        with contextlib.suppress(OSError):
            self._waker.send(None)
        self._thread.join()
        for conn in (self._wake, self._waker, self._lifeline, self._lifeline_end):
            conn.close()

    def __enter__(self) -> PdfPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the scheduler thread ---------------------------------------------------

    def _loop(self) -> None:
        try:
            for _ in range(self._size):
                self._start_worker()
            while not self._closed:
                batch = self._batch
                if batch is not None:
                    self._dispatch(batch)
                    if batch.finished():
                        break
                    if not self._workers:
                        self._fail_queued(batch, self._startup_error or "no PDF worker started")
                        break
                self._wait()
                for worker in list(self._workers):
                    self._collect(worker)
        finally:
            for worker in list(self._workers):
                self._stop(worker)
            if self._batch is not None:
                self._batch.done.set()

    def _start_worker(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=worker_main,
            args=(theirs, self.memory_limit, self._lifeline),
            name="toolkit-pdf",
            daemon=True,
        )
        try:
            process.start()
        except Exception as err:  # no process could be made: every PDF fails with this
            ours.close()
            self._startup_error = f"the PDF renderer cannot start: {type(err).__name__}: {err}"
            return
        finally:
            theirs.close()
        self._workers.append(_Worker(process, ours))

    def _dispatch(self, batch: _Batch) -> None:
        for worker in list(self._workers):
            if not worker.ready or worker.retiring or worker.task is not None:
                continue
            index = batch.next()
            if index is not None:
                worker.conn.send(batch.tasks[index])
                worker.task = index
                worker.deadline = time.monotonic() + self.timeout
            elif batch.sealed:
                self._stop(worker)  # nothing left for it to do

    def _wait(self) -> None:
        busy = [w.deadline for w in self._workers if w.task is not None]
        timeout = max(0.0, min(busy) - time.monotonic()) if busy else None
        handles: list[Connection | int] = [self._wake]
        for worker in self._workers:
            handles += [worker.conn, worker.process.sentinel]
        for ready in wait(handles, timeout=timeout):
            if ready is self._wake:
                with contextlib.suppress(EOFError, OSError):
                    self._wake.recv()

    def _collect(self, worker: _Worker) -> None:
        batch = self._batch
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "ready":
                    worker.ready = True
                elif kind == "failed":
                    self._startup_error = str(payload)
                elif kind in ("done", "last") and worker.task is not None and batch is not None:
                    batch.results[worker.task] = payload
                    worker.task = None
                    worker.retiring = kind == "last"
        except (EOFError, OSError):
            pass
        if worker.task is not None and time.monotonic() > worker.deadline:
            self._replace(worker, f"rendering took longer than {self.timeout:g} s, stopped")
        elif not worker.process.is_alive():
            code = worker.process.exitcode
            message = f"the PDF renderer stopped unexpectedly (exit code {code})"
            if worker.task is not None and self.memory_limit is not None:
                mib = self.memory_limit // 1024**2
                message += f" (it may have needed more than its memory limit of {mib:,} MiB)"
            self._replace(worker, message)

    def _replace(self, worker: _Worker, message: str) -> None:
        """Stop ``worker``; its task fails with ``message``; start another if work remains."""
        batch = self._batch
        if worker.task is not None and batch is not None:
            label = batch.tasks[worker.task].label
            batch.results[worker.task] = PdfResult(None, f"{label}: {message}")
            worker.task = None
        was_ready = worker.ready
        self._stop(worker)
        if was_ready and not self._closed and (batch is None or batch.queue or not batch.sealed):
            self._start_worker()

    def _fail_queued(self, batch: _Batch, message: str) -> None:
        with batch.lock:
            batch.sealed = True  # no worker is left: whatever is added later fails too
            for index, result in enumerate(batch.results):
                if result is None:
                    label = batch.tasks[index].label
                    batch.results[index] = PdfResult(None, f"{label}: {message}")
            batch.queue.clear()

    def _stop(self, worker: _Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        if worker.process.is_alive() and worker.task is None and worker.ready:
            with contextlib.suppress(OSError):
                worker.conn.send(None)  # a polite goodbye to an idle worker
            worker.process.join(timeout=1)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
