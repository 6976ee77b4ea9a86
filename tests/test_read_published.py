"""A page's publication date: its own declaration as written, never completed from
today's clock, and where it was read."""

from __future__ import annotations

import datetime as dt
from typing import Any

import lxml.html
import pytest

from html_pages import ARTICLE_BODY, html_doc
from newsbrief.read.html import from_html
from newsbrief.read.published import publication_date


def _date_of(head: str, url: str | None = None, body: str = "<p>Nothing dated here.</p>"):
    tree = lxml.html.fromstring(html_doc(body, head))
    return publication_date(tree, url)


def test_open_graph_date_is_read_as_written_and_named() -> None:
    found = _date_of('<meta property="article:published_time" content="2023-11-03T23:59:33-05:00">')
    assert found is not None
    assert found.date == dt.date(2023, 11, 3)  # the writer's day, not converted to UTC
    assert found.source == "meta article:published_time"


def test_json_ld_date_published_comes_first_even_written_compactly() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "20180619T055000+0900"}]}</script>'
        '<meta property="article:published_time" content="2018-06-01">'
    )
    found = _date_of(head)
    assert found is not None
    assert (found.date, found.source) == (dt.date(2018, 6, 19), "JSON-LD datePublished")


def test_a_month_only_date_stays_a_month_and_gives_no_day() -> None:
    found = _date_of('<meta property="article:published_time" content="2024-02">')
    assert found is not None
    assert found.date is None
    assert found.value == "2024-02"
    assert found.problem is not None and "only the month" in found.problem


@pytest.mark.parametrize("raw", ["2024-02-30", "2023-13-01T10:00:00Z"])
def test_an_impossible_date_is_no_date(raw: str) -> None:
    found = _date_of(f'<meta property="article:published_time" content="{raw}">')
    assert found is not None
    assert (found.date, found.value) == (None, None)
    assert found.problem is not None and "impossible" in found.problem


def test_a_whole_date_declared_later_beats_a_month_only_one() -> None:
    head = (
        '<meta property="article:published_time" content="2024-02">'
        '<meta name="pubdate" content="2024-02-14">'
    )
    found = _date_of(head)
    assert found is not None
    assert (found.date, found.source) == (dt.date(2024, 2, 14), "meta pubdate")


def test_without_a_declaration_the_address_gives_the_date() -> None:
    found = _date_of("", url="https://example.org/news/2021/03/17/dam-cracks/")
    assert found is not None
    assert (found.date, found.source) == (dt.date(2021, 3, 17), "address")


def test_a_page_that_says_nothing_has_no_date() -> None:
    assert _date_of("") is None


def test_the_article_carries_the_date_its_source_and_a_warning_for_a_month() -> None:
    head = '<meta property="article:published_time" content="2024-02">'
    article = from_html(html_doc(ARTICLE_BODY, head), "page.html")
    assert article.published is None
    assert (article.published_value, article.published_from) == (
        "2024-02",
        "meta article:published_time",
    )
    assert [w.code for w in article.warnings] == ["publication_date"]


def test_the_brief_says_where_the_reference_date_was_read(nlp: Any) -> None:
    from newsbrief.compose import compose
    from newsbrief.render.common import reference_line

    head = '<meta property="article:published_time" content="2023-11-03T09:59:33+00:00">'
    brief = compose(from_html(html_doc(ARTICLE_BODY, head), "page.html"), nlp)
    assert brief.reference_date == dt.date(2023, 11, 3)
    source = brief.to_dict()["source"]
    assert (source["published"], source["published_from"]) == (
        "2023-11-03",
        "meta article:published_time",
    )
    assert "from its meta article:published_time" in reference_line(brief)


def test_a_month_only_page_gives_the_brief_no_reference_date(nlp: Any) -> None:
    from newsbrief.compose import compose

    head = '<meta property="article:published_time" content="2024-02">'
    brief = compose(from_html(html_doc(ARTICLE_BODY, head), "page.html"), nlp)
    assert brief.reference_date is None
    assert brief.to_dict()["source"]["published"] == "2024-02"
    assert "publication_date" in [w.code for w in brief.warnings]


def test_json_ld_dates_of_images_and_sites_are_not_the_articles() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "ImageObject", "datePublished": "2019-01-05"},'
        '{"@type": "WebSite", "datePublished": "2001-03-01"},'
        '{"@type": ["NewsArticle"], "datePublished": "2023-11-03T09:59:33+00:00"}]}</script>'
    )
    found = _date_of(head)
    assert found is not None and found.date == dt.date(2023, 11, 3)


def test_a_date_line_outside_the_article_is_found_by_searching_the_page() -> None:
    body = (
        '<div class="x">Written by admin, 12.05.2014</div>'
        + ARTICLE_BODY
        + "<footer><p>Nothing else here.</p></footer>"
    )
    article = from_html(html_doc(body), "blog.html")
    assert "Posted on" not in article.text
    assert (article.published, article.published_from) == (dt.date(2014, 5, 12), "page text")
