"""Web pages to articles: the main text, shaped for the block splitter, and what the
page says about itself.

trafilatura finds the article in the page, leaving out navigation, ads, comments and
footers, and reads the page's metadata: title, author, site name, and the publication
date (through htmldate: JSON-LD `datePublished`, Open Graph `article:published_time`
and other meta tags, `<time datetime>`, a date in the URL). Dates written in the
article's text are not searched for: a date that happens to be mentioned is not the
date the page was published, and the reference date must never be a guess.

trafilatura's XML tree of the article is written out here as the Markdown that
`blocks.py` reads: `#` headings, `-` and `1.` lists, `>` block quotes and pipe tables.
trafilatura's own Markdown output is not used because it backslash-escapes ordinary
characters (`*`, `_`, `[`, `1.`), which would then be part of every span, and renders
block quotes as plain paragraphs. Inline emphasis and links are dropped for the same
reason: they are not structure that blocks need.

The page's title opens the text as a `#` headline (the article's own copy of it, when
the extracted text starts with one, is not repeated), so the headline is a headline
block and never a paragraph that At a Glance could pick up. Offsets index this text,
which a brief carries as `source.text`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from newsbrief.brief import Warning
from newsbrief.errors import InputError
from newsbrief.read.article import Article
from newsbrief.read.decoding import (
    bom_encoding,
    decodes_cleanly,
    refuse_binary,
    replacement_spans,
)

if TYPE_CHECKING:
    from lxml.etree import _Element

# How much of the input sniffing looks at; browsers look at the first 512 bytes,
# saved pages often open with a long comment or XML declaration.
SNIFF_BYTES = 4096
# Tags an HTML document or fragment starts with: the WHATWG MIME-sniffing signatures
# for text/html, plus document-level tags they leave out.
HTML_START_TAGS = frozenset(
    {
        "!doctype html",
        "html",
        "head",
        "body",
        "script",
        "iframe",
        "h1",
        "div",
        "font",
        "table",
        "a",
        "style",
        "title",
        "b",
        "br",
        "p",
        "meta",
        "link",
        "article",
        "main",
        "header",
        "nav",
        "section",
    }
)
# A file with one of these suffixes is a page when it holds any tag at all.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# What may come before the first tag: an XML declaration, comments (a browser's
# "saved from url" mark), whitespace.
_PREAMBLE = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!--.*?-->)?", re.DOTALL)
_START_TAG = re.compile(
    r"<(?P<tag>!doctype\s+html|[a-z][a-z0-9]*)(?=[\s>/]|$)",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(rb"<[A-Za-z!/]")

# Encodings: a `<meta charset>` (or http-equiv Content-Type) in the first 1,024 bytes,
# as browsers look for it, or an XML declaration's encoding (XHTML). Labels are mapped
# the way browsers map them (WHATWG Encoding).
_META_BYTES = 1024
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)"
    rb"|<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_:.+-]+)",
    re.IGNORECASE,
)
ENCODING_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    # A page that says UTF-16 in ASCII-compatible bytes cannot be UTF-16.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
# Without a declaration, a page that is not UTF-8 is read as browsers read it.
FALLBACK_ENCODING = "cp1252"

# Less article text than this (headings aside) is not an article: an error page,
# a cookie wall, a page that needs JavaScript.
MIN_ARTICLE_CHARS = 60
# A first line this short is a kicker ("Politics"), not the headline without the site.
_MIN_TITLE_WORDS = 3
# Characters that are invisible on the page and only split words for the tagger.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_SPACES = re.compile(r"[^\S\n]+")
_HEADING_LEVEL = re.compile(r"h([1-6])")
# trafilatura's article tree (its XML output format): blocks and inline elements.
_BLOCK_TAGS = frozenset({"head", "p", "code", "list", "quote", "table", "div", "figure", "note"})
_INLINE_TAGS = frozenset({"hi", "ref", "del", "lb", "graphic", "span"})
_INLINE_SKIPPED = frozenset({"graphic"})
_DEFAULT_HEADING_LEVEL = 2
# htmldate: dates from the page's markup and URL only, never from its running text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Loggers of the extraction libraries: silent unless the application configures logging.
# Elements whose text trafilatura would drop with them, unwrapped before extraction.
_KEEP_TEXT_OF = ("time",)
# Labels of in-article promotions ("READ MORE: <link to another story>"). A paragraph
# that starts with one and is then mostly a link is not article text.
PROMO_LABELS = (
    "read more",
    "read also",
    "also read",
    "more on this",
    "more on this story",
    "related",
    "related article",
    "related story",
    "related coverage",
    "see also",
    "watch",
    "listen",
    "recommended",
    "don't miss",
    "must read",
)
_PROMO_ALTERNATIVES = "|".join(map(re.escape, PROMO_LABELS))
_PROMO = re.compile(rf"^(?:{_PROMO_ALTERNATIVES})\s*(?::|»|›|>|–|—|-|\|)\s*", re.IGNORECASE)
_PROMO_LINK_SHARE = 0.5
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


@dataclass(frozen=True)
class _Chunk:
    """One block of the written-out text; `plain` is its text without Markdown marks."""

    kind: str  # "heading", "paragraph", "list", "quote", "table"
    markdown: str
    plain: str


# --- Recognising a page ------------------------------------------------------------


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes open like an HTML document or fragment (after comments)."""
    head = _prefix_text(data[:SNIFF_BYTES])
    pos = 0
    while True:
        m = _PREAMBLE.match(head, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    tag = _START_TAG.match(head, pos)
    if tag is None:
        return False
    name = re.sub(r"\s+", " ", tag.group("tag").lower())
    return name in HTML_START_TAGS


def is_html(data: bytes, name: str) -> bool:
    """A page by its content, or by its file name when it holds any tag."""
    if looks_like_html(data):
        return True
    return PurePath(name).suffix.lower() in HTML_SUFFIXES and bool(
        _ANY_TAG.search(data[:SNIFF_BYTES])
    )


def _prefix_text(data: bytes) -> str:
    encoding = bom_encoding(data)
    return data.decode(encoding, errors="ignore") if encoding else data.decode("latin-1")


# --- Decoding ----------------------------------------------------------------------


def decode_html(data: bytes, name: str, declared: str | None = None) -> tuple[str, str | None]:
    """The page as text, and a note when the bytes did not decode cleanly.

    The encoding is taken from, in order: a byte-order mark, the HTTP header
    (`declared`), a `<meta charset>`; else UTF-8 when the bytes are UTF-8, else
    Windows-1252 as browsers do.
    """
    refuse_binary(data, name, "a web page")
    encoding = bom_encoding(data)
    if encoding is None and declared:
        encoding = _codec(declared)
    if encoding is None:
        m = _META_CHARSET.search(data[:_META_BYTES])
        if m:
            encoding = _codec((m.group(1) or m.group(2)).decode("ascii"))
    note = None
    if encoding is None:
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            encoding = FALLBACK_ENCODING
            note = "the page declares no encoding and is not valid UTF-8: read as Windows-1252"
    text = data.decode(encoding, errors="replace")
    if note is None and "\ufffd" in text and not decodes_cleanly(data, encoding):
        label = encoding.removesuffix("-sig").upper()
        note = f"the page is not valid {label}: undecodable bytes replaced with U+FFFD"
    return text, note


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = ENCODING_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# --- Extraction --------------------------------------------------------------------


def from_html(
    data: bytes, name: str, *, url: str | None = None, charset: str | None = None
) -> Article:
    """The article in a web page, with the page's title, date, author and site.

    Raises InputError ("no_article_text") when the page holds no article text.
    """
    html, note = decode_html(data, name, charset)
    try:
        metadata, document = _extract(html, url)
    except Exception as exc:  # a parser's failure is one error line, never a traceback
        raise InputError(
            f"{name}: the page cannot be parsed ({type(exc).__name__})", "unparsable"
        ) from None
    if document is None or document.body is None:
        raise InputError(f"{name}: no article text found in the page", "no_article_text")
    title = _one_line(metadata.title)
    chunks = list(_chunks(document.body))
    first = chunks[0] if chunks else None
    if title and first and first.kind in ("heading", "paragraph"):
        same = _same_title(first.plain, title)
        if same is not None:
            title, chunks = same, chunks[1:]
    body_chars = sum(len(c.plain) for c in chunks if c.kind != "heading")
    if body_chars < MIN_ARTICLE_CHARS:
        raise InputError(f"{name}: no article text found in the page", "no_article_text")
    parts = ([f"# {title}"] if title else []) + [c.markdown for c in chunks]
    text = "\n\n".join(parts) + "\n"
    warnings = []
    if note is not None:
        warnings.append(Warning("decoding", note, replacement_spans(text)))
    return Article(
        text,
        name,
        warnings,
        format="html",
        title=title,
        published=_date(metadata.date),
        author=_one_line(metadata.author),
        site=_one_line(metadata.sitename),
    )


def _extract(html: str, url: str | None) -> tuple[Any, Any]:
    """trafilatura's metadata of the page and its article (or None)."""
    import copy

    import trafilatura
    from lxml import etree

    for logger in _LIBRARY_LOGGERS:
        logging.getLogger(logger).addHandler(logging.NullHandler())
    tree = trafilatura.load_html(html)
    if tree is None:
        return None, None
    metadata = trafilatura.extract_metadata(copy.deepcopy(tree), url, dict(_DATE_PARAMS))
    # trafilatura drops <time> elements with their text; in an article they hold dates
    # ("on <time>March 3</time>") and a live blog's timestamps. Keep their text.
    etree.strip_tags(tree, *_KEEP_TEXT_OF)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        include_images=False,
        include_links=True,  # only to recognise promotional links (`_is_promo`)
    )
    return metadata, document


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = _clean(value).replace("\n", " ").strip()
    return cleaned or None


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", value)


def _norm_title(value: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", value.casefold()).split())


def _same_title(first: str, title: str) -> str | None:
    """The headline, when the article's first line repeats the page title.

    The title may carry the site's name after it ("Headline | Site"); then the
    article's own line is the cleaner headline. A first line that merely starts like
    the title, or a one- or two-word kicker, is article text and stays.
    """
    a, b = _norm_title(first), _norm_title(title)
    if not a:
        return None
    if a == b:
        return title
    if b.startswith(a + " ") and len(a.split()) >= _MIN_TITLE_WORDS:
        return _line(first).rstrip(".")
    return None


# --- The article tree as Markdown ------------------------------------------------


def _chunks(element: _Element) -> Iterator[_Chunk]:
    """The blocks of trafilatura's article tree, in order; loose inline text is a paragraph."""
    inline = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag in _INLINE_TAGS or (tag not in _BLOCK_TAGS and not len(child)):
            inline.append(_inline_child(child))
            continue
        yield from _paragraph("".join(inline))
        yield from _block(child, tag)
        inline = [child.tail or ""]
    yield from _paragraph("".join(inline))


def _block(element: _Element, tag: str) -> Iterator[_Chunk]:
    if tag == "head":
        text = _line(_inline_text(element))
        if text:
            m = _HEADING_LEVEL.fullmatch(element.get("rend") or "")
            level = int(m.group(1)) if m else _DEFAULT_HEADING_LEVEL
            yield _Chunk("heading", f"{'#' * level} {text}", text)
    elif tag in ("p", "code") and not any(_tag(c) in _BLOCK_TAGS for c in element):
        if not _is_promo(element):
            yield from _paragraph(_inline_text(element))
    elif tag == "list":
        lines = list(_list_lines(element, 0))
        if lines:
            yield _Chunk("list", "\n".join(m for m, _ in lines), " ".join(p for _, p in lines))
    elif tag == "quote":
        yield from _quote(element)
    elif tag == "table":
        yield from _table(element)
    else:
        yield from _chunks(element)  # a container (div, figure, note): its blocks


def _tag(element: _Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""  # comments have no tag name


def _is_promo(element: _Element) -> bool:
    """A "Read more: <link>" line inside the article: a promo label, then mostly a link."""
    text = _line(_inline_text(element))
    m = _PROMO.match(text)
    if m is None:
        return False
    linked = sum(len(_line(_inline_text(ref))) for ref in element.iter("ref"))
    rest = len(text) - m.end()
    return rest > 0 and linked >= _PROMO_LINK_SHARE * rest


def _paragraph(text: str) -> Iterator[_Chunk]:
    """A paragraph; line breaks in it (`<br>`) stay, a double one splits it."""
    for piece in re.split(r"\n\s*\n", _clean(text)):
        lines = [ln.strip() for ln in piece.split("\n")]
        body = "\n".join(ln for ln in lines if ln)
        if body:
            yield _Chunk("paragraph", body, body)


def _line(text: str) -> str:
    return " ".join(_clean(text).split())


def _inline_text(element: _Element) -> str:
    """The text of an element and its inline children; `<lb/>` is a line break."""
    return (element.text or "") + "".join(_inline_child(child) for child in element)


def _inline_child(child: _Element) -> str:
    tag = _tag(child)
    tail = child.tail or ""
    if tag == "lb":
        return "\n" + tail
    if tag in _INLINE_SKIPPED or not tag:  # images; comments and processing instructions
        return tail
    inner = _inline_text(child)
    if tag in ("p", "head", "list", "item", "quote", "table", "row"):
        inner = f"\n{inner}\n"  # a block inside an inline context still ends a line
    elif tag == "cell":
        inner = f" {inner} "
    return inner + tail


def _list_lines(element: _Element, indent: int) -> Iterator[tuple[str, str]]:
    """(Markdown line, plain text) for each item of a list; a nested list is indented
    to its parent item's text, as Markdown nests lists."""
    ordered = (element.get("rend") or "") == "ol"
    number = 0
    for item in element:
        if _tag(item) != "item":
            continue
        number += 1
        marker = f"{number}." if ordered else "-"
        own = [item.text or ""]
        nested = []
        for child in item:
            if _tag(child) == "list":
                nested.append(child)
                own.append(child.tail or "")
            else:
                own.append(_inline_child(child))
        text = _line("".join(own))
        if text:
            yield f"{' ' * indent}{marker} {text}", text
        for sub in nested:
            yield from _list_lines(sub, indent + len(marker) + 1)


def _quote(element: _Element) -> Iterator[_Chunk]:
    paragraphs = [c.plain for c in _chunks(element) if c.kind != "table"]
    if not paragraphs:
        return
    markdown = "\n>\n".join("\n".join(f"> {ln}" for ln in p.split("\n")) for p in paragraphs)
    yield _Chunk("quote", markdown, " ".join(paragraphs))


def _table(element: _Element) -> Iterator[_Chunk]:
    """A pipe table; leading one-cell rows (trafilatura's form of a caption) come first."""
    rows: list[tuple[list[str], bool]] = []
    for row in element.iter("row"):
        cells = [c for c in row if c.tag == "cell"]
        texts = [_line(_inline_text(c)).replace("|", "\\|") for c in cells]
        head = any(texts) and all(
            c.get("role") == "head" for c, t in zip(cells, texts, strict=True) if t
        )
        rows.append((texts, head))
    rows = [(texts, head) for texts, head in rows if any(texts)]
    width = max((len(texts) for texts, _ in rows), default=0)
    while rows and width > 1 and sum(1 for t in rows[0][0] if t) == 1:
        yield from _paragraph(next(t for t in rows[0][0] if t).replace("\\|", "|"))
        rows = rows[1:]
    if not rows:
        return
    lines = [
        "| " + " | ".join(texts + [""] * (width - len(texts))) + " |"
        for texts, _ in rows  # every row as wide as the widest, as Markdown tables need
    ]
    if rows[0][1] and len(rows) > 1:
        lines.insert(1, "|" + "---|" * width)
    plain = " ".join(" ".join(texts) for texts, _ in rows)
    yield _Chunk("table", "\n".join(lines), plain)
