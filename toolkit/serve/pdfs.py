"""PDFs on demand: one worker process at a time, started when the first PDF is asked for.

A :class:`~toolkit.render.pool.PdfPool` renders one batch, so each PDF gets
a pool of one worker. The worker for the next PDF is started as soon as
one is done, so it has loaded WeasyPrint and its fonts by the time it is
needed. The build's time and page budgets apply.
"""

from __future__ import annotations

import threading

from toolkit.render.pool import DEFAULT_TIMEOUT, PdfPool, PdfResult, PdfTask


class PdfRenderer:
    """Renders one PDF at a time in a worker process (see the module's docstring)."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._spare: PdfPool | None = None
        self._closed = False

    def render(self, task: PdfTask) -> PdfResult:
        """Render ``task``; a failure comes back as a result with its sentence."""
        with self._lock:
            if self._closed:
                return PdfResult(None, f"{task.label}: the preview is stopping")
            pool, self._spare = self._spare or PdfPool(1, self.timeout), None
            try:
                pool.run([task])
                result = pool.results()[0]
            finally:
                pool.close()
            if not self._closed:
                self._spare = PdfPool(1, self.timeout)  # warm for the next one
            return result

    def close(self) -> None:
        """Stop the waiting worker (a render under way finishes or times out first)."""
        self._closed = True
        with self._lock:
            if self._spare is not None:
                self._spare.close()
                self._spare = None
