"""What tests share: checks of the JSON contract and of offsets that slice the input,
and what they build (a tree of files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from newsbrief.render.json import record_schema, schema


def validate(data: dict[str, Any]) -> None:
    """Raise if `data` does not follow the published JSON Schema."""
    jsonschema.Draft202012Validator(schema()).validate(data)


def validate_record(record: dict[str, object]) -> None:
    """Raise if `record` is neither a brief nor an error record (`brief schema --record`)."""
    jsonschema.Draft202012Validator(record_schema()).validate(record)


def spans_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object in a brief's JSON that carries text, start and end."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys() and isinstance(node["start"], int):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in data.items() if k != "source"})
    return found


def assert_offsets_slice(data: dict[str, Any], text: str) -> None:
    """Every block, entity mention, date, quote and item slices the input at its offsets."""
    for span in spans_of(data):
        assert text[span["start"] : span["end"]] == span["text"], span


def tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Files under `root`, text or bytes, by relative path; returns `root`."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root
