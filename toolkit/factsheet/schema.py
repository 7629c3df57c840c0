"""The JSON Schema of the fact-sheet format, for editors and CI."""

from __future__ import annotations

import json
from typing import Any

from toolkit.factsheet.models import FactSheet

SCHEMA_FILE = "factsheet.schema.json"


def factsheet_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a fact sheet, with YAML key names."""
    schema = FactSheet.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as the text committed in ``factsheet.schema.json``."""
    return json.dumps(factsheet_json_schema(), indent=2, ensure_ascii=False) + "\n"
