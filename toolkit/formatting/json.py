"""The JSON shape of DESIGN.md: ``{"problems": [...], "errors": N, "warnings": N}``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from toolkit.problems import Problem, count_errors


def format_json(problems: Sequence[Problem], **summary: object) -> str:
    """One JSON object listing every problem, sorted by place, then ``summary``'s keys
    (what a build wrote, for instance)."""
    errors = count_errors(problems)
    document = {
        "problems": [p.as_dict() for p in sorted(problems)],
        "errors": errors,
        "warnings": len(problems) - errors,
        **summary,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
