"""Web pages to articles: the main text, shaped for the block splitter, and what the
page says about itself.

The page's bytes are decoded as browsers decode them: a byte-order mark, the HTTP
charset, a `<meta charset>`, else UTF-8 when they are UTF-8, else Windows-1252.

trafilatura finds the article in the page, leaving out navigation, ads, comments and
footers, and reads the page's metadata: title, author, site name. The publication date
is the page's own declaration, else htmldate's reading of the markup and address
(`read.published`): never completed from today's clock, and said where it came from.
trafilatura's XML tree of the article is written out as Markdown by `read.tree_markdown`.

The page's title opens the text as a `#` headline (the article's own copy of it, when
the extracted text starts with one, is not repeated), so the headline is a headline
block and never a paragraph that At a Glance could pick up. Offsets index this text,
which a brief carries as `source.text`.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from newsbrief.brief import Warning
from newsbrief.errors import InputError
from newsbrief.read import tree_markdown
from newsbrief.read.article import Article
from newsbrief.read.decoding import (
    bom_encoding,
    decodes_cleanly,
    refuse_binary,
    replacement_spans,
    text_codec,
)
from newsbrief.read.furniture import PRUNE_XPATH, without_furniture
from newsbrief.read.headline import page_headline
from newsbrief.read.published import Published, publication_date, searched_date
from newsbrief.read.summary_box import SummaryBox, summary_boxes

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
# trafilatura's own date is not used (`read.published` reads it): its cheapest search.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Elements whose text trafilatura would drop with them, unwrapped before extraction.
_KEEP_TEXT_OF = ("time",)
# C0 and C1 control characters (tab and line breaks aside), deleted; numeric references
# to them are told by their number (`_reference`).
_CONTROL_CHARS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_NUMERIC_REFERENCE = re.compile(r"&#(?:([0-9]{1,4})|[xX]([0-9a-fA-F]{1,4}));")
# Loggers of the extraction libraries: silent unless the application configures logging.
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


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
    return text_codec(label)


# --- Extraction --------------------------------------------------------------------


def from_html(
    data: bytes, name: str, *, url: str | None = None, charset: str | None = None
) -> Article:
    """The article in a web page, with the page's title, date, author and site.

    Raises InputError ("no_article_text") when the page holds no article text.
    """
    html, note = decode_html(data, name, charset)
    try:
        metadata, document, published, headline, boxes = _extract(html, url)
    except Exception as exc:  # a parser's failure is one error line, never a traceback
        raise InputError(
            f"{name}: the page cannot be parsed ({type(exc).__name__})", "unparsable"
        ) from None
    if document is None or document.body is None:
        raise InputError(f"{name}: no article text found in the page", "no_article_text")
    title = _one_line(headline)
    chunks = list(without_furniture(tree_markdown.chunks(document.body)))
    first = chunks[0] if chunks else None
    if title and first and first.kind in ("heading", "paragraph"):
        same = _same_title(first.plain, title)
        if same is not None:
            title, chunks = same, chunks[1:]
    chunks = _with_boxes(boxes, chunks)
    body_chars = sum(len(c.plain) for c in chunks if c.kind != "heading")
    if body_chars < MIN_ARTICLE_CHARS:
        raise InputError(f"{name}: no article text found in the page", "no_article_text")
    parts = ([f"# {title}"] if title else []) + [c.markdown for c in chunks]
    text = "\n\n".join(parts) + "\n"
    if published is None:
        published = searched_date(_parse(_without_controls(html)), url, text)
    warnings = []
    if note is not None:
        warnings.append(Warning("decoding", note, replacement_spans(text)))
    if published is not None and published.problem is not None:
        warnings.append(Warning("publication_date", published.problem, []))
    return Article(
        text,
        name,
        warnings,
        format="html",
        title=title,
        published=published.date if published is not None else None,
        author=_one_line(metadata.author),
        site=_one_line(metadata.sitename),
        published_value=published.value if published is not None else None,
        published_from=published.source if published is not None else None,
    )


def _extract(
    html: str, url: str | None
) -> tuple[Any, Any, Published | None, str | None, list[SummaryBox]]:
    """trafilatura's metadata of the page, its article (or None), its publication date,
    its headline and its summary boxes."""
    import copy

    import trafilatura
    from lxml import etree

    for logger in _LIBRARY_LOGGERS:
        logging.getLogger(logger).addHandler(logging.NullHandler())
    cleaned = _without_controls(html)
    tree = _parse(cleaned)
    if tree is None:
        return None, None, None, None, []
    published = publication_date(copy.deepcopy(tree), url)
    metadata = trafilatura.extract_metadata(copy.deepcopy(tree), url, dict(_DATE_PARAMS))
    headline = page_headline(tree, metadata.title, metadata.sitename, metadata.author, url)
    boxes = summary_boxes(tree)
    # trafilatura drops <time> elements with their text; in an article they hold dates
    # ("on <time>March 3</time>") and a live blog's timestamps. Keep their text.
    etree.strip_tags(tree, *_KEEP_TEXT_OF)
    # Precision over recall: page furniture in the text becomes Key Takeaways, At a
    # Glance items and invented entities; a lost paragraph only shortens the brief. A
    # page where the precise reading finds no article is read again with the default.
    # (A fresh tree for the second reading: trafilatura reads a deep copy differently.)
    document: Any = None
    for precise in (True, False):
        if not precise:
            tree = _parse(cleaned)
            etree.strip_tags(tree, *_KEEP_TEXT_OF)
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            favor_precision=precise,
            prune_xpath=PRUNE_XPATH,
            include_tables=True,
            include_formatting=False,
            include_images=False,
            include_links=True,  # only to recognise promotional links (`read.tree_markdown`)
        )
        if document is not None and len(document.text or "") >= MIN_ARTICLE_CHARS:
            break
    return metadata, document, published, headline, boxes


def _with_boxes(
    boxes: list[SummaryBox], chunks: list[tree_markdown.Chunk]
) -> list[tree_markdown.Chunk]:
    """The article with the page's summary boxes first, unless it already has them."""
    have = " ".join(" ".join(c.plain.split()) for c in chunks)
    missing = [b for b in boxes if not all(item in have for item in b.items)]
    return [c for b in missing for c in b.chunks()] + chunks


def _without_controls(html: str) -> str:
    """The page without control characters, raw or as references (`&#x1b;`): XML, and so
    trafilatura's article tree, cannot hold them, and it would drop the whole article."""
    html = html.translate(_CONTROL_CHARS)
    return _NUMERIC_REFERENCE.sub(_reference, html) if "&#" in html else html


def _reference(m: re.Match[str]) -> str:
    """A reference to a control character is dropped; one to 128-159 means a Windows-1252
    character to browsers (&#150; is an en dash); any other stays as written."""
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="ignore")
    if code in _CONTROL_CHARS:
        return ""
    return m.group(0)


def _parse(html: str) -> Any:
    """The page's tree, however deeply nested (libxml2 stops at 256 levels unless told
    otherwise, losing everything deeper: a page of 254 nested <div>s lost its article)."""
    import lxml.html
    import trafilatura

    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # an odd page: trafilatura's own loader knows more tricks
        tree = None
    if tree is None or not len(tree):
        return trafilatura.load_html(html)
    return tree


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = tree_markdown.clean(value).replace("\n", " ").strip()
    return cleaned or None


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
        return tree_markdown.line(first).rstrip(".")
    return None
