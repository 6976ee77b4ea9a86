"""The brief as JSON (the public, versioned contract; see schema/brief.schema.json),
and the JSON Schemas of a brief and of one JSON Lines record."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from newsbrief.brief import Brief

# Characters JSON may carry raw but that reorder or hide what a terminal or editor
# shows: DEL and C1 controls, bidirectional marks, embeddings, overrides and isolates,
# and the line and paragraph separators. They are written as \\u escapes (the value
# is the same); JSON itself escapes C0 controls.
_INVISIBLE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def dumps(value: Any, *, lines: bool = False) -> str:
    """JSON text, UTF-8 readable, with invisible controls escaped: one compact line
    for JSON Lines, else indented."""
    if lines:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(value, ensure_ascii=False, indent=2)
    # Outside strings JSON is ASCII, so every match is inside a string.
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(brief: Brief, *, lines: bool = False) -> str:
    """Pretty JSON, or one compact line for JSON Lines output."""
    return dumps(brief.to_dict(), lines=lines)


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
