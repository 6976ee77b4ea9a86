"""Saved web pages: recognised by content, the article without the page around it,
the page's own title, date, author and site, and structure kept for the blocks."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsbrief.app.cli import app
from newsbrief.blocks import split_blocks
from newsbrief.brief import Brief
from newsbrief.compose import compose
from newsbrief.errors import InputError
from newsbrief.reading import Article, read_input, read_path, read_stream
from newsbrief.webpage import decode_html, from_html, is_html, looks_like_html
from support import assert_offsets_slice, validate

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


# --- Recognising a page by its content -------------------------------------------


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


def test_a_page_saved_with_another_name_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    shutil.copy(BRIDGE, saved)
    article = read_path(saved)
    assert article.format == "html"
    assert article.path == str(saved)
    assert article.title == BRIDGE_TITLE


def test_a_page_on_stdin_is_read_as_a_page() -> None:
    import io

    article = read_stream(io.BytesIO(BRIDGE.read_bytes()))
    assert article.format == "html"
    assert article.path is None
    assert article.title == BRIDGE_TITLE


def test_markdown_with_inline_html_stays_text(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    md.write_text("# Title\n\nA paragraph with <b>bold</b> HTML.\n", "utf-8")
    assert read_path(md).format == "text"


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


def test_ordinary_characters_are_not_escaped() -> None:
    data = html_doc(
        "<article><h1>Markets</h1><p>Shares in snake_case Ltd rose 5*3 [sic] percent "
        "while C# developers cheered, a <b>bold</b> and <i>odd</i> result.</p>"
        "<p>1. The index closed higher; 2. bonds fell as traders sold.</p></article>"
    )
    text = from_html(data, "m.html").text
    assert "Shares in snake_case Ltd rose 5*3 [sic] percent while C# developers cheered, " in text
    assert "a bold and odd result." in text
    assert "\\" not in text


def test_read_more_promotions_inside_the_article_are_left_out() -> None:
    body = ARTICLE_BODY.replace(
        "</article>",
        '<p>READ MORE: <a href="/a">Why the Kallen dam was built in a hurry</a></p>'
        '<p>Related talks continue, <a href="/b">officials</a> said on Monday evening.</p>'
        '<p>Watch: engineers explain the cracks to <a href="/c">residents</a> of the valley.</p>'
        "</article>",
    )
    text = from_html(html_doc(body), "r.html").text
    assert "READ MORE" not in text and "built in a hurry" not in text
    assert "Related talks continue, officials said on Monday evening." in text
    assert "Watch: engineers explain the cracks to residents of the valley." in text


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


# --- Structure the blocks need ------------------------------------------------------


def test_headings_lists_and_live_blog_timestamps_become_blocks() -> None:
    article = page("liveblog.html")
    assert article.published == dt.date(2024, 10, 9)
    blocks = split_blocks(article.text)
    bullets = [b.text for b in blocks if b.kind == "bullet"]
    assert bullets == [
        "11:40 River level passes the 2013 record at the town bridge",
        "09:15 Evacuation ordered for 300 homes near the harbour",
        "07:02 Railway line to the coast closed until Thursday",
    ]
    assert all(b.section == "Key events" for b in blocks if b.kind == "bullet")
    headings = [b.text for b in blocks if b.kind == "heading"]
    for heading in ("Key events", "Record level at the town bridge", "Rail line closed"):
        assert heading in headings
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    rail = next(b for b in paragraphs if b.text.startswith("Coastline Rail"))
    assert rail.section == "Rail line closed"


def test_tables_and_block_quotes_become_blocks() -> None:
    blocks = split_blocks(page("election-table-quote.html").text)
    (table,) = [b for b in blocks if b.kind == "table"]
    assert [c.text for c in table.header] == ["Candidate", "Party", "Votes", "Share"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Rosa Lindqvist", "Green", "12,406", "41.2%"],
        ["Peter Hale", "Labour", "10,877", "36.1%"],
        ["Martin Shaw", "Conservative", "4,310", "14.3%"],
    ]
    # The caption stays, before the table, not as a row of it.
    caption = blocks[blocks.index(table) - 1]
    assert caption.text == "Halden by-election result"
    (quote,) = [b for b in blocks if b.kind == "quote"]
    assert quote.text.startswith("Tonight the people of Halden voted")
    assert quote.speaker is not None and "Lindqvist" in quote.speaker.text


def test_nested_and_ordered_lists_and_line_breaks() -> None:
    data = html_doc(
        "<article><h1>Plan</h1><p>The council set out its plan for the coming year "
        "in a long statement on Monday.</p>"
        "<ol><li>Repair the bridge<ul><li>North span first</li><li>South span next</li>"
        "</ul></li><li>Open the park</li></ol>"
        "<p>Line one of an address<br>Line two of it<br><br>A new paragraph here.</p>"
        "</article>"
    )
    text = from_html(data, "l.html").text
    assert (
        "1. Repair the bridge\n   - North span first\n   - South span next\n2. Open the park"
        in (text)
    )
    assert "Line one of an address\nLine two of it\nA new paragraph here." in text
    bullets = [b.text for b in split_blocks(text) if b.kind == "bullet"]
    assert bullets == ["Repair the bridge", "North span first", "South span next", "Open the park"]


def test_pipes_in_cells_and_tables_without_a_header() -> None:
    data = html_doc(
        "<article><h1>Results</h1><p>The results of the vote were published on Monday "
        "by the electoral board of the district.</p>"
        "<table><tr><td>North | East</td><td>12</td></tr><tr><td>South</td><td>9</td></tr>"
        "</table></article>"
    )
    text = from_html(data, "t.html").text
    assert "| North \\| East | 12 |\n| South | 9 |" in text
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    assert table.header == []
    assert [c.text for c in table.rows[1]] == ["South", "9"]


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
