"""What the PDF workers' fork server imports once, before it forks any worker.

WeasyPrint takes most of a second to import; workers forked from a server
that has it loaded start in milliseconds. Its native libraries are found
from the toolkit's cache instead of by running a compiler
(:mod:`toolkit.render.libraries`). A failing import (Pango missing) must
not stop the server: the worker reports it for every PDF instead.

The server ends when the build does. Tearing down an interpreter that
holds WeasyPrint takes a tenth of a second, during which it still holds
the build's standard output open (a pipe reading the build waits for it):
it leaves at once instead. Its workers never run exit handlers.
"""

import atexit
import contextlib
import os

from toolkit.render.libraries import remember_find_library

keep_answers = remember_find_library()
with contextlib.suppress(Exception):
    import toolkit.render.pdf  # noqa: F401
keep_answers()
atexit.register(os._exit, 0)
