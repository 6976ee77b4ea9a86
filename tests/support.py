"""Checks shared by tests: the JSON contract and offsets that slice the input."""

from __future__ import annotations

from typing import Any

import jsonschema

from newsbrief.render.json import schema


def validate(data: dict[str, Any]) -> None:
    """Raise if `data` does not follow the published JSON Schema."""
    jsonschema.Draft202012Validator(schema()).validate(data)


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
