"""Fixtures: a small project whose French catalogs are fully translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ProjectFactory
from tests.i18n.helpers import CAMPAIGN, po_path, project_with_templates, toolkit, translate_all


@pytest.fixture
def translated(make_project: ProjectFactory) -> Path:
    """The minimal project after extract and update, with French translated throughout."""
    root = project_with_templates(make_project)
    assert toolkit(root, "i18n", "extract").exit_code == 0
    assert toolkit(root, "i18n", "update").exit_code == 0
    for domain in ("messages", CAMPAIGN):
        translate_all(po_path(root, "fr", domain))
    return root
