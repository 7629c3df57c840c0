"""What the PDF workers' fork server imports once, before it forks any worker.

WeasyPrint takes most of a second to import; workers forked from a server
that has it loaded start in milliseconds. A failing import (Pango missing)
must not stop the server: the worker reports it for every PDF instead.
"""

import contextlib

with contextlib.suppress(Exception):
    import toolkit.render.pdf  # noqa: F401
