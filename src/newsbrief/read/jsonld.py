"""The objects of a page's JSON-LD (schema.org) block, for its headline and its date."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def json_ld_objects(text: str) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD text, outer ones first (`@graph` lists and nested
    objects included); nothing when the text is not JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return
    queue = [data]
    while queue:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
