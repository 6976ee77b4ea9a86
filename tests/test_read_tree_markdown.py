"""A page's article written out as Markdown: ordinary characters as they are,
promotions left out, headings, lists, tables and block quotes kept for the blocks."""

from __future__ import annotations

import datetime as dt

from html_pages import ARTICLE_BODY, html_doc, page
from newsbrief.blocks import split_blocks
from newsbrief.read.html import from_html


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
