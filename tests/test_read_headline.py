"""A page's headline: its title without the site's name and separators, never a byline."""

from __future__ import annotations

import lxml.html
import pytest

from html_pages import ARTICLE_BODY, html_doc
from newsbrief.read.headline import is_byline, page_headline, strip_site
from newsbrief.read.html import from_html

STARMER = (
    "Two Labour council leaders call for Starmer to resign over ‘failure to listen’ "
    "on Gaza ceasefire calls"
)


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        (f"{STARMER} - Politics.co.uk", "Politics.co.uk", None, STARMER),
        (
            "Oil prices rise as supply fears grow | Reuters",
            None,
            "https://www.reuters.com/x",
            "Oil prices rise as supply fears grow",
        ),
        (
            "Oil prices rise as supply fears grow | Reuters",
            None,
            None,
            "Oil prices rise as supply fears grow",
        ),
        (
            "Takeaways from the civil fraud trial | CNN Politics",
            "CNN",
            None,
            "Takeaways from the civil fraud trial",
        ),
        (
            "Court files expose spy operation -- Puppet Masters -- Sott.net",
            "Sott.net",
            None,
            "Court files expose spy operation",
        ),
        (
            "BBC News - Storm closes schools across the north",
            "BBC News",
            None,
            "Storm closes schools across the north",
        ),
        (
            "短缺药品保供稳价 全力保障临床用药需求-新华网",
            "新华网",
            None,
            "短缺药品保供稳价 全力保障临床用药需求",
        ),
        (
            "LinkNaija: Actress Kate Henshaw stuns in new photos",
            "LinkNaija",
            None,
            "Actress Kate Henshaw stuns in new photos",
        ),
    ],
)
def test_the_site_name_and_separators_are_left_out(
    title: str, site: str | None, url: str | None, expected: str
) -> None:
    tree = lxml.html.fromstring(html_doc("<p>x</p>"))
    assert page_headline(tree, title, site, None, url) == expected


def test_a_headline_with_a_dash_of_its_own_is_kept_whole() -> None:
    title = "Storm - and floods - close schools"
    assert strip_site(title, []) == title
    assert strip_site("Gates on Tillerson and Russia: 'Being friendly' | CNN", ["cnn"]) == (
        "Gates on Tillerson and Russia: 'Being friendly'"
    )


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Elaine Kurtenbach, The Associated Press", None),
        ("By Jane Doe", None),
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_a_byline_is_not_a_headline(text: str, author: str | None) -> None:
    assert is_byline(text, author)


def test_a_headline_naming_people_is_not_a_byline() -> None:
    assert not is_byline("Biden, Xi agree to restore military talks", None)
    assert not is_byline("Jane Doe wins the city's mayoral race", "Jane Doe")


def test_a_page_whose_title_is_a_byline_takes_its_headline_elsewhere() -> None:
    head = (
        "<title>Elaine Kurtenbach, The Associated Press</title>"
        '<meta property="og:title" content="Asian shares slip as investors await Fed">'
    )
    article = from_html(html_doc(ARTICLE_BODY, head), "p.html")
    assert article.title == "Asian shares slip as investors await Fed"
