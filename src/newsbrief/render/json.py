"""The brief as JSON (the public, versioned contract; see schema/brief.schema.json)."""

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
