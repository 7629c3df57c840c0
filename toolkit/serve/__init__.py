"""``toolkit serve``: a live preview of every output in every locale, with the lint beside it.

- :mod:`~toolkit.serve.state`: the outputs and problems in memory, computed
  per campaign and locale with the build's stages, forgotten where a
  change reaches (:mod:`~toolkit.serve.depends`);
- :mod:`~toolkit.serve.watch`: ``watchfiles`` over the project's inputs;
- :mod:`~toolkit.serve.server`: the HTTP server (standard library) and
  server-sent events that reload open pages (:mod:`~toolkit.serve.events`);
- :mod:`~toolkit.serve.routes`: pages, outputs and assets, with path
  safety (:mod:`~toolkit.serve.safepath`) and escaped HTML
  (:mod:`~toolkit.serve.pages`);
- :mod:`~toolkit.serve.translations`: the translator's view of a locale,
  with each string as printed (:mod:`~toolkit.serve.incontext`);
- :mod:`~toolkit.serve.pdfs`: PDFs rendered on demand in a worker.

It sits above :mod:`toolkit.build`; nothing below imports it.
"""

from __future__ import annotations

from toolkit.serve.server import PreviewServer

__all__ = ["PreviewServer"]
