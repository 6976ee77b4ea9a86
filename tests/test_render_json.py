"""The JSON renderer and the schemas of a brief and of a JSON Lines record."""

from __future__ import annotations

import json

import jsonschema

from newsbrief.render import json as render_json
from support import hostile_brief, validate


def test_json_render_is_valid_and_lines_mode_is_one_line() -> None:
    brief = hostile_brief()
    data = json.loads(render_json.render(brief))
    validate(data)
    assert "\n" not in render_json.render(brief, lines=True)
    assert data["source"] == {"path": "in.txt", "format": "text"}


def test_record_schema_takes_briefs_and_error_records(brief_of) -> None:  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(render_json.record_schema())
    validator.validate(json.loads(render_json.render(brief_of("no-dates.txt"), lines=True)))
    validator.validate({"source": {"path": None}, "error": {"code": "empty", "message": "x"}})
    assert (
        render_json.record_schema()["$defs"]["brief"]["properties"]
        == (render_json.schema()["properties"])
    )
