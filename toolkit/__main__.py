"""Allow ``python -m toolkit``."""

from toolkit.cli import run

run()
