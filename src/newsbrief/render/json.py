"""The brief as JSON (the public, versioned contract; see schema/brief.schema.json),
and the JSON Schemas of a brief and of one JSON Lines record."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsbrief.brief import Brief


def render(brief: Brief, *, lines: bool = False) -> str:
    """Pretty JSON, or one compact line for JSON Lines output."""
    if lines:
        return json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema every brief conforms to."""
    text = resources.files("newsbrief").joinpath("schema/brief.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


RECORD_SCHEMA_ID = "https://example.org/newsbrief/record.schema.json"


def record_schema() -> dict[str, Any]:
    """JSON Schema of one JSON Lines record: a brief, or an error record.

    Built from the brief schema, whose `$defs/error_record` describes the error shape.
    """
    brief = {k: v for k, v in schema().items() if k not in ("$schema", "$id", "$defs")}
    return {
        "$schema": schema()["$schema"],
        "$id": RECORD_SCHEMA_ID,
        "title": "newsbrief record",
        "description": (
            "One line of `brief extract --format json` output over several inputs: the "
            "brief of an input, or an error record for an input that could not be briefed."
        ),
        "oneOf": [{"$ref": "#/$defs/brief"}, {"$ref": "#/$defs/error_record"}],
        "$defs": {**schema()["$defs"], "brief": brief},
    }
