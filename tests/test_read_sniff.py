"""Web pages recognised by their content, or by an .html name when they hold tags;
text and Markdown are not pages."""

from __future__ import annotations

import codecs

import pytest

from newsbrief.read.sniff import is_html, looks_like_html


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        b"<!doctype HTML>\n<html lang=en>",
        b"\n\n  <html>\n<head><title>x</title>",
        b"<!-- saved from url=(0045)https://news.example/a -->\n<html><body>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
        codecs.BOM_UTF8 + b"<!DOCTYPE html><html>",
        "<!DOCTYPE html><html><body>".encode("utf-16"),
        b"<head><meta charset=utf-8><title>Story</title></head>",
        b"<body><p>Just a body.</p></body>",
        b"<p>A fragment of an article.</p><p>Second paragraph.</p>",
        b"<article><h1>Story</h1><p>Text.</p></article>",
    ],
)
def test_pages_are_recognised_by_their_content(data: bytes) -> None:
    assert looks_like_html(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Plain text about <b> tags and <html> written in prose.",
        b"# A Markdown title\n\n<div>inline html in markdown</div>\n",
        b"<!-- draft, do not publish -->\n# Markdown after a comment\n\nText.",
        b"<<< not a tag",
        b"<htmlish>not html</htmlish>",
        b"",
    ],
)
def test_text_and_markdown_are_not_pages(data: bytes) -> None:
    assert not looks_like_html(data)


def test_an_html_name_counts_when_the_file_holds_tags() -> None:
    assert is_html(b"Story <em>with</em> markup but no document start.", "page.html")
    assert is_html(b"Story <em>with</em> markup.", "PAGE.HTM")
    assert not is_html(b"Plain text saved under the wrong name.", "page.html")
    assert not is_html(b"Story <em>with</em> markup.", "story.md")
