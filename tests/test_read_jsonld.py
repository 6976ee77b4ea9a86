"""The objects of a JSON-LD block, outer ones first."""

from __future__ import annotations

from newsbrief.read.jsonld import json_ld_objects


def test_every_object_is_found_outer_ones_first() -> None:
    text = (
        '{"@graph": [{"@type": "WebPage", "headline": "Page"},'
        ' {"@type": "NewsArticle", "image": {"@type": "ImageObject"}}]}'
    )
    kinds = [item.get("@type") for item in json_ld_objects(text)]
    assert kinds == [None, "WebPage", "NewsArticle", "ImageObject"]


def test_text_that_is_not_json_gives_nothing() -> None:
    assert list(json_ld_objects("{not json")) == []
    assert list(json_ld_objects('"just a string"')) == []
