"""A web page's headline: its title without the site's name, never a byline.

Pages title themselves "Headline | Site", "Site - Headline", "Headline -- Section --
Site", "Headline-新华网". The title's parts are split at such separators, and a part
that names the site (the page's site name, or its address's domain) is left out; so
is a short trailing part when no site name is known and the rest is a headline. A
title that is a byline ("By Jane Doe", "Elaine Kurtenbach, The Associated Press", the
page's author) is not a headline: the page's other titles are tried in turn
(trafilatura's, JSON-LD `headline`, Open Graph, `<title>`, the first `<h1>`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newsbrief.read.jsonld import json_ld_objects

# Between a headline and a site or section name: spaced dashes, bars, bullets, guillemets.
_SEPARATOR = re.compile(r"\s+(?:[|•·»«›‹~⋆⁄]|–|—|-{1,2}|::)\s+|\s*[|｜]\s*")
# "Headline-Site" with no spaces is only split when the part after it is the site.
_TIGHT_DASH = re.compile(r"\s*[-_–—]\s*")
_PREFIX = re.compile(r"^(.{2,80}?):\s+(\S.*)$")
_BYLINE = re.compile(r"^(?:by|von|par|por)\s+\S", re.IGNORECASE)
# "Firstname Lastname, The Associated Press": a name, a comma, an organisation.
_NAME_COMMA_ORG = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:the\s+)?[A-Z][\w.&'’ -]+$"
)
_ORG_WORDS = re.compile(
    r"\b(?:press|news|times|post|journal|agency|reuters|associated|staff|writer|"
    r"correspondent|reporter|editor|tribune|herald|wire|media|bbc|cnn|afp|ap)\b",
    re.IGNORECASE,
)
# A trailing part this short is a site or section name, when the rest is long enough.
_SHORT_PART_WORDS = 3
_MIN_HEADLINE_WORDS = 4


def page_headline(
    tree: Any, title: str | None, site: str | None, author: str | None, url: str | None
) -> str | None:
    """The page's headline, or None when it has no title that is not a byline."""
    names = _site_names(site, url)
    for candidate in _candidates(tree, title):
        cleaned = strip_site(candidate, names)
        if cleaned and not is_byline(cleaned, author):
            return cleaned
    return None


def strip_site(title: str, names: list[str]) -> str:
    """The title without the parts that name the site (or a short section name)."""
    title = " ".join(title.split())
    parts = [p for p in _SEPARATOR.split(title) if p.strip()]
    if len(parts) == 1:
        return _without_site_prefix(_strip_tight(title, names), names)
    kept = [_without_site_prefix(p, names) for p in parts if not _names_site(p, names)]
    if not kept:
        return title
    if len(kept) > 1 and not names:
        # Unknown site: a short last part ("Politics", "TIME") after a real headline.
        while len(kept) > 1 and _words(kept[-1]) <= _SHORT_PART_WORDS:
            if max(_words(p) for p in kept[:-1]) < _MIN_HEADLINE_WORDS:
                break
            kept.pop()
    if len(kept) > 1:
        # Sections and sites around the headline: the longest part is the headline.
        longest = max(kept, key=len)
        if all(len(p) * 2 <= len(longest) for p in kept if p is not longest):
            return longest
        return title if len(kept) == len(parts) else " - ".join(kept)
    return kept[0]


def is_byline(text: str, author: str | None) -> bool:
    """Whether a would-be headline is who wrote the article rather than what it says."""
    if _BYLINE.match(text):
        return True
    if author and author.strip():
        who = author.strip()
        if _norm(text) == _norm(who):
            return True
        # The author, then co-authors or the outlet: "Jane Doe, Reuters", "Jane Doe and ..."
        if text.startswith(who) and re.match(r"\s*(?:,|&|\band\b|\||-)", text[len(who) :]):
            return True
    return bool(_NAME_COMMA_ORG.match(text) and _ORG_WORDS.search(text.split(",", 1)[1]))


def _candidates(tree: Any, title: str | None) -> Iterator[str]:
    if title:
        yield title
    if tree is None:
        return
    for script in tree.xpath("//script[@type='application/ld+json']"):
        yield from _json_ld_headlines(script.text or "")
    for key in ("og:title", "twitter:title"):
        for meta in tree.xpath(f"//meta[@property='{key}' or @name='{key}']/@content"):
            yield str(meta)
    for element in tree.xpath("//title|//h1"):
        text = " ".join(element.text_content().split())
        if text:
            yield text


def _json_ld_headlines(text: str) -> Iterator[str]:
    for item in json_ld_objects(text):
        value = item.get("headline")
        if isinstance(value, str) and value.strip():
            yield value


def _site_names(site: str | None, url: str | None) -> list[str]:
    names = []
    if site:
        names.append(_norm(site))
        names.extend(_norm(p) for p in _SEPARATOR.split(site) if _words(p) >= 1)
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            names.append(_norm(host))
            names.append(_norm(host.split(".")[0]))
    return [n for n in dict.fromkeys(names) if n]


def _names_site(part: str, names: list[str]) -> bool:
    """ "CNN", "CNN Politics", "Sott.net": the site's name, maybe with a section's."""
    squashed = _norm(part)
    for n in names:
        if squashed.replace(" ", "") == n.replace(" ", ""):
            return True
        if squashed.startswith(n + " ") and _words(squashed) - _words(n) <= 2:
            return True
    return False


def _without_site_prefix(part: str, names: list[str]) -> str:
    """ "Site tagline: Headline" -> "Headline"."""
    m = _PREFIX.match(part)
    if m is not None and _norm(m.group(1)) in names:
        return m.group(2)
    return part


def _strip_tight(title: str, names: list[str]) -> str:
    """ "Headline-Site" with the site known: the headline."""
    for n in names:
        pieces = _TIGHT_DASH.split(title)
        if len(pieces) > 1 and _norm(pieces[-1]) == n:
            head = title[: title.rfind(pieces[-1])].rstrip(" -_–—")
            if head:
                return head
    return title


def _norm(value: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", value.casefold()).split())


def _words(value: str) -> int:
    n = len(value.split())
    # Scripts without spaces: about two characters a word.
    return n if n > 1 or len(value) < 8 else max(n, len(value) // 2)
