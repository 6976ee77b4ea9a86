"""Saved web pages: the article without the page around it, the page's own title,
date, author and site, the headline, and the page's encoding."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from html_pages import ARTICLE_BODY, BRIDGE, BRIDGE_TITLE, PAGES, html_doc, page
from newsbrief.app.cli import app
from newsbrief.blocks import split_blocks
from newsbrief.brief import Brief
from newsbrief.compose import compose
from newsbrief.errors import InputError
from newsbrief.read import read_input, read_path
from newsbrief.read.html import decode_html, from_html
from support import assert_offsets_slice, validate

# --- The article without the page around it -----------------------------------------


def test_navigation_ads_footer_and_comments_are_left_out() -> None:
    text = page("harbor-bridge.html").text
    for chrome in (
        "Politics",
        "Subscribe",
        "Advertisement",
        "Share on",
        "Related stories",
        "Ferry service",
        "bridgefan42",
        "About time they fixed it",
        "Who is paying",
        "All rights reserved",
        "Privacy Policy",
        "By Elena Marsh",
    ):
        assert chrome not in text, chrome
    for kept in (
        "RIVERTON — The Riverton City Council voted 7-2 on Monday",
        '"This bridge carries forty thousand people a day',
        "## Years of warnings",
        "Contractor Halvorsen Steel will begin work on June 3, 2024",
        "## What happens next",
        "review the contract in July.",
    ):
        assert kept in text, kept


def test_the_page_says_who_wrote_it_where_and_when() -> None:
    article = page("harbor-bridge.html")
    assert article.format == "html"
    assert article.title == BRIDGE_TITLE
    assert article.author == "Elena Marsh"
    assert article.site == "The Riverton Ledger"


def test_json_ld_date_published_is_the_date_not_date_modified() -> None:
    assert page("harbor-bridge.html").published == dt.date(2024, 5, 14)


def test_time_element_gives_the_published_date_not_the_update() -> None:
    assert page("ferry-time-element.html").published == dt.date(2023, 11, 21)


def test_open_graph_tags_give_title_date_author_and_site() -> None:
    article = page("storm-open-graph.html")
    assert article.published == dt.date(2024, 10, 8)
    assert article.title == "Storm Elin leaves thousands without power as winds reach 90mph"
    assert article.site == "Coastal Times"
    assert article.author == "Priya Nair"
    assert "cookies" not in article.text and "Most read" not in article.text


def test_a_date_only_in_the_running_text_is_not_the_publication_date() -> None:
    data = html_doc(
        "<article><h1>Park opens</h1><p>The mayor opened the riverside park on "
        "June 3, 2024, after years of delays and complaints from residents.</p>"
        "<p>It was first proposed on 12 March 2019 by a residents' group.</p></article>"
    )
    assert from_html(data, "p.html").published is None


def test_a_date_in_the_url_is_the_publication_date() -> None:
    article = from_html(html_doc(ARTICLE_BODY), "x", url="https://news.example/2024/03/05/dam")
    assert article.published == dt.date(2024, 3, 5)


def test_text_inside_time_elements_is_kept() -> None:
    data = html_doc(
        '<article><h1>Vote</h1><p>The vote was held on <time datetime="2024-03-03">March 3'
        "</time> and the result was announced a week later by the electoral board.</p>"
        "<p>Turnout was the lowest since the district was created.</p></article>"
    )
    assert "The vote was held on March 3 and the result" in from_html(data, "v.html").text


def test_a_page_without_article_text_is_refused() -> None:
    for data in (
        html_doc("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"),
        html_doc(""),
        html_doc("<p>Please enable JavaScript.</p>", "<title>App</title>"),
    ):
        with pytest.raises(InputError) as err:
            from_html(data, "empty.html")
        assert err.value.code == "no_article_text"
        assert err.value.message == "empty.html: no article text found in the page"


# --- The headline -------------------------------------------------------------------


def test_the_title_opens_the_text_once_as_the_headline() -> None:
    for name in ("harbor-bridge.html", "storm-open-graph.html", "election-table-quote.html"):
        article = page(name)
        assert article.title is not None
        assert article.text.startswith(f"# {article.title}\n\n"), name
        assert article.text.count(article.title) == 1, name
        first = split_blocks(article.text)[0]
        assert (first.kind, first.text) == ("headline", article.title)


def test_a_title_only_in_the_head_still_opens_the_text() -> None:
    body = ARTICLE_BODY.replace("<h1>Dam inspection finds cracks</h1>", "")
    article = from_html(html_doc(body, "<title>Dam inspection finds cracks</title>"), "d.html")
    assert article.text.startswith("# Dam inspection finds cracks\n\nEngineers found")


def test_a_title_repeated_as_the_first_paragraph_is_not_repeated() -> None:
    body = ARTICLE_BODY.replace(
        "<h1>Dam inspection finds cracks</h1>", "<p><b>Dam inspection finds cracks.</b></p>"
    )
    head = '<meta property="og:title" content="Dam inspection finds cracks">'
    article = from_html(html_doc(body, head), "d.html")
    assert article.text.count("Dam inspection finds cracks") == 1


def test_a_title_with_the_site_name_gives_way_to_the_article_headline() -> None:
    head = '<meta property="og:title" content="Dam inspection finds cracks | Valley News">'
    article = from_html(html_doc(ARTICLE_BODY, head), "d.html")
    assert article.title == "Dam inspection finds cracks"
    assert article.text.count("Dam inspection finds cracks") == 1


def test_a_first_paragraph_that_starts_like_the_title_is_kept() -> None:
    body = (
        "<article><p>Dam inspection finds cracks in three places, engineers said on "
        "Tuesday after a week of tests at the Kallen reservoir.</p>"
        "<p>The board said the reservoir would be lowered by two metres.</p></article>"
    )
    head = '<meta property="og:title" content="Dam inspection finds cracks">'
    article = from_html(html_doc(body, head), "d.html")
    assert article.text.startswith("# Dam inspection finds cracks\n\nDam inspection finds")


def test_the_headline_is_not_an_at_a_glance_item(nlp: Any) -> None:
    brief = compose(page("harbor-bridge.html"), nlp)
    assert brief.headline == BRIDGE_TITLE
    assert all(BRIDGE_TITLE not in item.text for item in brief.at_a_glance)
    assert [b.kind for b in brief.blocks].count("headline") == 1


# --- Encodings ------------------------------------------------------------------------


def test_a_declared_legacy_encoding_is_honoured() -> None:
    body = ARTICLE_BODY.replace("Engineers", "Café engineers — from Zürich —")
    data = html_doc(body, '<meta charset="windows-1252">').decode().encode("cp1252")
    article = from_html(data, "c.html")
    assert "Café engineers — from Zürich —" in article.text
    assert article.warnings == []
    # ISO-8859-1 is read as browsers read it: as Windows-1252 (the dash is 0x97).
    latin = html_doc(
        body, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    )
    assert "— from Zürich —" in from_html(latin.decode().encode("cp1252"), "l.html").text


def test_an_xml_declaration_gives_the_encoding() -> None:
    data = b'<?xml version="1.0" encoding="iso-8859-1"?>\n' + html_doc(
        ARTICLE_BODY.replace("Engineers", "Café engineers")
    ).decode().encode("latin-1")
    article = from_html(data, "x.xhtml")
    assert "Café engineers" in article.text
    assert article.warnings == []


def test_a_parser_failure_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(InputError) as err:
        from_html(html_doc(ARTICLE_BODY), "deep.html")
    assert err.value.code == "unparsable"
    assert err.value.message == "deep.html: the page cannot be parsed (RecursionError)"


def test_the_http_charset_wins_over_the_meta_tag() -> None:
    data = html_doc("é", '<meta charset="utf-8">').decode().encode("cp1252")
    text, note = decode_html(data, "x", declared="windows-1252")
    assert "é" in text and note is None


def test_undeclared_non_utf8_is_read_as_windows_1252_with_a_warning() -> None:
    body = ARTICLE_BODY.replace("Engineers", "Café engineers")
    article = from_html(html_doc(body).decode().encode("cp1252"), "u.html")
    assert "Café engineers" in article.text
    (warning,) = article.warnings
    assert warning.code == "decoding" and "Windows-1252" in warning.message


def test_bad_bytes_in_utf8_are_replaced_and_pointed_at_in_the_text() -> None:
    data = html_doc(ARTICLE_BODY, '<meta charset="utf-8">').replace(b"Engineers", b"Eng\xffineers")
    article = from_html(data, "b.html")
    (warning,) = article.warnings
    assert warning.code == "decoding"
    (span,) = warning.spans
    assert article.text[span.start : span.end] == "\ufffd" == span.text


def test_nul_bytes_without_a_byte_order_mark_are_binary() -> None:
    with pytest.raises(InputError) as err:
        decode_html(b"<html>\x00\x00\x00", "x.html")
    assert err.value.code == "binary"


def test_utf16_pages_are_read() -> None:
    article = from_html(html_doc(ARTICLE_BODY).decode().encode("utf-16"), "w.html")
    assert "Engineers found three cracks" in article.text


# --- The brief of a page ------------------------------------------------------------


def test_the_brief_of_a_page_is_checkable_against_source_text(nlp: Any) -> None:
    brief = compose(page("election-table-quote.html"), nlp)
    data = brief.to_dict()
    validate(data)
    source = data["source"]
    assert source["format"] == "html"
    assert source["title"] == "Greens win Halden by-election in upset"
    assert source["site"] == "Northern Post"
    assert source["author"] == "Amara Okoye"
    assert data["headline"] == source["title"]
    assert (data["reference_date"], data["reference_date_source"]) == ("2024-02-16", "article")
    assert_offsets_slice(data, source["text"])


def test_the_reference_date_option_wins_over_the_page_date(nlp: Any) -> None:
    brief = compose(page("harbor-bridge.html"), nlp, dt.date(2024, 6, 1))
    assert (brief.reference_date, brief.reference_date_source) == (dt.date(2024, 6, 1), "option")


def _essentials(brief: Brief) -> dict[str, Any]:
    """What the reader sees, without offsets (the two texts differ in markup)."""
    return {
        "headline": brief.headline,
        "at_a_glance": [(i.text, i.origin) for i in brief.at_a_glance],
        "timeline": [(t.date.value, t.event, t.certainty, len(t.sources)) for t in brief.timeline],
        "quotes": [(q.text, q.speaker) for q in brief.quotes],
        "dates": [(d.text, d.value) for d in brief.dates],
        "entities": sorted((e.name, e.label) for e in brief.entities),
    }


def test_a_saved_page_and_the_same_article_as_text_agree(nlp: Any) -> None:
    html = compose(page("harbor-bridge.html"), nlp)
    plain = compose(read_path(PAGES / "harbor-bridge.txt"), nlp, html.reference_date)
    assert html.reference_date == dt.date(2024, 5, 14)
    assert html.source.text != plain.source.text  # Markdown marks on one side only
    ours, theirs = _essentials(html), _essentials(plain)
    assert ours == theirs
    assert ours["at_a_glance"] and ours["timeline"]


# --- The command line -------------------------------------------------------------


def test_cli_briefs_a_saved_page_in_every_format() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(BRIDGE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    assert data["source"]["path"] == str(BRIDGE)
    assert data["headline"] == BRIDGE_TITLE
    assert_offsets_slice(data, data["source"]["text"])
    for fmt in ("markdown", "terminal"):
        result = runner.invoke(app, ["extract", str(BRIDGE), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert BRIDGE_TITLE in result.stdout
        assert "bridgefan42" not in result.stdout


def test_cli_a_page_without_text_is_one_error_line_and_a_record(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(html_doc("<nav><a href='/'>Home</a></nav>"))
    result = CliRunner().invoke(app, ["extract", str(empty), str(BRIDGE), "--format", "json"])
    assert result.exit_code == 1
    record, brief = (json.loads(line) for line in result.stdout.splitlines())
    assert record["error"]["code"] == "no_article_text"
    assert brief["headline"] == BRIDGE_TITLE
    (line,) = result.stderr.strip().splitlines()
    assert re.fullmatch(r"brief: error: .*empty\.html: no article text found in the page", line)


def test_cli_reads_a_page_from_stdin() -> None:
    result = CliRunner().invoke(app, ["extract", "--format", "json"], input=BRIDGE.read_bytes())
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["path"] is None and data["source"]["format"] == "html"
    assert read_input(str(BRIDGE)).text == data["source"]["text"]


# --- Control characters and deep nesting ----------------------------------------------


def test_a_control_character_in_the_article_does_not_lose_it() -> None:
    body = ARTICLE_BODY.replace("said in a statement", "said in a &#x1b;statement\x1b")
    article = from_html(html_doc(body), "p.html")
    assert "the regional water board said in a statement." in article.text
    assert "\x1b" not in article.text


def test_references_to_windows_1252_characters_are_read_as_browsers_read_them() -> None:
    body = ARTICLE_BODY.replace("as a precaution", "as a precaution &#150; for now")
    assert "as a precaution – for now" in from_html(html_doc(body), "p.html").text


def test_a_deeply_nested_article_is_found() -> None:
    body = "<div>" * 254 + ARTICLE_BODY + "</div>" * 254
    article = from_html(html_doc(body), "p.html")
    assert "Engineers found three cracks in the Kallen dam" in article.text


def test_a_page_the_precise_reading_finds_nothing_in_is_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    real = trafilatura.bare_extraction
    settings: list[bool] = []

    def precise_finds_nothing(*args: Any, **kwargs: Any) -> Any:
        settings.append(kwargs["favor_precision"])
        return None if kwargs["favor_precision"] else real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", precise_finds_nothing)
    article = from_html(html_doc(ARTICLE_BODY), "p.html")
    assert "Engineers found three cracks" in article.text
    assert settings == [True, False]
