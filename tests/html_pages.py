"""Web pages for the tests of `newsbrief.read`: the saved pages under tests/pages and
small documents built around an article body."""

from __future__ import annotations

from pathlib import Path

from newsbrief.read import Article, read_path

PAGES = Path(__file__).resolve().parent / "pages"
BRIDGE = PAGES / "harbor-bridge.html"
BRIDGE_TITLE = "Riverton Council Approves $85 Million Harbor Bridge Repair"


def page(name: str) -> Article:
    return read_path(PAGES / name)


def html_doc(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


ARTICLE_BODY = (
    "<article><h1>Dam inspection finds cracks</h1>"
    "<p>Engineers found three cracks in the Kallen dam during an inspection on Tuesday, "
    "the regional water board said in a statement.</p>"
    "<p>The board said the reservoir would be lowered by two metres as a precaution.</p>"
    "</article>"
)
