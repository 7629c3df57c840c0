"""The preview sits on top: only the CLI imports it."""

from __future__ import annotations

from tests.test_architecture import module_graph


def test_only_the_cli_imports_the_preview() -> None:
    importers = {
        name
        for name, targets in module_graph().items()
        if not name.startswith("toolkit.serve")
        and any(t.startswith("toolkit.serve") for t in targets)
    }
    assert importers == {"toolkit.cli"}
