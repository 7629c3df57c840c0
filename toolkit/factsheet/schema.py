"""The JSON Schema of the fact-sheet format, for editors and CI.

It is pydantic's schema of the models (descriptions from their docstrings
and fields), tightened with the rules the models check in Python and JSON
Schema can say too, so that an editor or ``check-jsonschema`` rejects what
``toolkit validate`` rejects:

- a fact has exactly one of ``value``, ``range``, ``date``; a date fact
  takes no qualifier or unit; a key figure needs a label; a fact cites at
  least one source;
- dates are real calendar months and days (``2011-13`` and ``2011-02-30``
  are refused), the issue date too;
- a locale is one Babel knows, in either spelling (``en-GB``, ``en_GB``);
  ``locales`` lists each once;
- ``copy`` has at least one section.

What JSON Schema cannot say, and only ``toolkit validate`` checks
(:data:`NOT_IN_SCHEMA`): comparisons between values and references
between keys.
"""

from __future__ import annotations

import json
from typing import Any

from toolkit.factsheet.dates import DAY_PATTERN
from toolkit.factsheet.models import LOCALE_MARKER, FactSheet
from toolkit.factsheet.outputs import OUTPUT_NAMES
from toolkit.locales import accepted_spellings

SCHEMA_FILE = "factsheet.schema.json"
LOCALE_DEF = "LocaleCode"

# What `toolkit validate` rejects and the schema cannot express (README lists them).
NOT_IN_SCHEMA = (
    "a range whose low end is not below its high end",
    "29 February of a year that is not a leap year",
    "a `source_locale` that is not one of `locales`",
    "a `cite`, placeholder or plural `count` naming a source or fact the sheet does not define",
    "two fact sheets with the same `campaign`, and duplicate YAML keys",
)

_NOT_NULL = {"not": {"type": "null"}}


def factsheet_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a fact sheet, with YAML key names."""
    schema = FactSheet.model_json_schema(by_alias=True)
    schema = _replace_locales(_json_keywords(schema))
    defs = schema["$defs"]
    defs[LOCALE_DEF] = {
        "description": "A locale Babel knows: a language (en, fr) or a regional variant "
        "(en-GB or en_GB, fr-CA, es-419), with that region's dates and numbers.",
        "type": "string",
        "enum": accepted_spellings(),
    }
    _tighten_fact(defs["Fact"])
    _tighten_dates(schema)
    schema["properties"]["locales"]["uniqueItems"] = True
    copy = defs["Copy"]
    copy["anyOf"] = [
        {"required": [name], "properties": {name: {"type": "object"}}} for name in OUTPUT_NAMES
    ]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _tighten_fact(fact: dict[str, Any]) -> None:
    """Exactly one kind of value, a date without qualifier, a key with a label, a cite."""
    fact["oneOf"] = [
        {"required": [kind], "properties": {kind: _NOT_NULL}} for kind in ("value", "range", "date")
    ]
    fact["allOf"] = [
        {
            "if": {"required": ["date"], "properties": {"date": _NOT_NULL}},
            "then": {"properties": {"qualifier": {"const": "exactly"}, "unit": {"const": "none"}}},
        },
        {
            "if": {"required": ["key"], "properties": {"key": {"const": True}}},
            "then": {"required": ["label"], "properties": {"label": _NOT_NULL}},
        },
    ]
    fact["properties"]["cite"]["minItems"] = 1
    fact["required"] = sorted({*fact.get("required", ()), "cite"})


def _tighten_dates(node: Any) -> None:
    """Every partial-date pattern, and the issue date, accept only real months and days."""
    if isinstance(node, dict):
        if node.get("format") == "date" and node.get("type") == "string":
            node["pattern"] = DAY_PATTERN
        for value in node.values():
            _tighten_dates(value)
    elif isinstance(node, list):
        for value in node:
            _tighten_dates(value)


def _json_keywords(node: Any) -> Any:
    """pydantic writes ``ge``/``le`` for bounds on a union of numbers: JSON Schema's
    words are ``minimum``/``maximum``."""
    if isinstance(node, dict):
        renamed = {"ge": "minimum", "le": "maximum"}
        return {renamed.get(key, key): _json_keywords(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_json_keywords(value) for value in node]
    return node


def _replace_locales(node: Any) -> Any:
    """Each locale field (marked by the models) as a reference to one enum."""
    if isinstance(node, dict):
        if node.get(LOCALE_MARKER):
            rest = {k: v for k, v in node.items() if k not in (LOCALE_MARKER, "type")}
            return {"$ref": f"#/$defs/{LOCALE_DEF}", **rest}
        return {key: _replace_locales(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_replace_locales(value) for value in node]
    return node


def schema_text() -> str:
    """The schema as the text committed in ``factsheet.schema.json``."""
    return json.dumps(factsheet_json_schema(), indent=2, ensure_ascii=False) + "\n"
