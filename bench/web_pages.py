"""How faithfully a saved web page gives back its article.

Each story of a folder of plain-text articles (one paragraph per blank-line-separated
block) is wrapped in the chrome of a news page, in one of three layouts (semantic
<article> with JSON-LD; <div> soup with ads between paragraphs and Open Graph tags;
<main> with a <time> byline, "Read more" links and a cookie banner), each with
navigation, related links, comments and a footer. The page goes through
`read.html.from_html` and is compared with the story:

- paragraphs recovered: share of the story's paragraphs found whole in the text;
- exact: share of pages whose extracted body is the story, paragraph for paragraph;
- chrome leaked: share of pages where any navigation/ad/comment/footer text remains;
- title, date, author: share of pages whose metadata comes back as written;
- with --briefs, At a Glance (--glance 3), timeline and quotes of the page's brief
  against the brief of the same story as text (`# headline` + story): share equal.

The layouts and the chrome markers are this benchmark's own templates, written with
the reading code: a check that nothing is lost or leaked, not a measure on the web
(`--real` is). A page that fails to be read is counted and stays in every
denominator: none of its paragraphs recovered, not exact, no metadata back.

Usage: python bench/web_pages.py DATA_DIR [--limit N] [--briefs]
where DATA_DIR holds *.txt stories (e.g. the cnndm-highlights/article folder; the
first line of ../highlights/<same name> is then the headline).

Real pages (`--real SET`, see `bench/real_pages.py`): saved pages of news sites with
known article text, headline and publication date, scored side by side with bare
trafilatura and bare htmldate in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import statistics
import sys
import time
from pathlib import Path

from newsbrief.read import Article
from newsbrief.read.html import from_html

AUTHOR = "Jordan Avery"
SITE = "The Daily Ledger"
NAV = (
    '<nav class="main-nav"><a href="/">Home</a> <a href="/world">World</a> '
    '<a href="/business">Business</a> <a href="/sport">Sport</a></nav>'
)
RELATED = (
    '<aside class="related"><h3>Related stories</h3><ul>'
    '<li><a href="/r1">Markets close lower after volatile session</a></li>'
    '<li><a href="/r2">Ten things to know this weekend</a></li></ul></aside>'
)
COMMENTS = (
    '<section class="comments" id="comments"><h3>Comments (2)</h3>'
    '<div class="comment"><b>reader_99</b>'
    "<p>This is the worst reporting I have read all year, shame on you.</p></div>"
    '<div class="comment"><b>mo_g</b>'
    "<p>Totally agree with the previous commenter about this story.</p></div></section>"
)
FOOTER = (
    '<footer class="site-footer"><p>&copy; 2015 The Daily Ledger Media Group. '
    'All rights reserved.</p><a href="/privacy">Privacy Policy</a> '
    '<a href="/terms">Terms of Service</a></footer>'
)
AD = '<div class="ad-slot advertisement">Advertisement</div>'
COOKIE = (
    '<div id="cookie-consent">We use cookies to personalise content and ads. '
    "<button>Accept cookies</button></div>"
)
SHARE = '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>'
CHROME_MARKERS = (
    "World Business Sport",
    "Related stories",
    "Markets close lower",
    "reader_99",
    "worst reporting",
    "previous commenter",
    "All rights reserved",
    "Privacy Policy",
    "Advertisement",
    "cookies",
    "Share on Facebook",
    "Read more:",
    "Most read",
)


def page(title: str, paragraphs: list[str], date: dt.date, layout: int) -> str:
    t = html.escape(title)
    ps = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    iso = f"{date.isoformat()}T08:30:00+00:00"
    if layout == 0:
        head = (
            f"<title>{t} | {SITE}</title>"
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":{_json(title)},"datePublished":"{iso}",'
            f'"author":{{"@type":"Person","name":"{AUTHOR}"}},'
            f'"publisher":{{"@type":"Organization","name":"{SITE}"}}}}</script>'
        )
        body = (
            f"<header>{NAV}</header><main><article><h1>{t}</h1>"
            f'<p class="byline">By {AUTHOR}</p>{SHARE}{"".join(ps)}</article>{RELATED}</main>'
            f"{COMMENTS}{FOOTER}"
        )
    elif layout == 1:
        head = (
            f'<title>{t}</title><meta property="og:title" content="{t}">'
            f'<meta property="og:site_name" content="{SITE}">'
            f'<meta property="article:published_time" content="{iso}">'
            f'<meta name="author" content="{AUTHOR}">'
        )
        with_ads = []
        for i, p in enumerate(ps):
            with_ads.append(p)
            if i % 4 == 3:
                with_ads.append(AD)
        body = (
            f'{NAV}<div class="wrapper"><div class="content"><h1 class="title">{t}</h1>'
            f'<div class="story-body">{"".join(with_ads)}</div>{SHARE}</div>'
            f'<div class="sidebar">{RELATED}</div></div>{COMMENTS}{FOOTER}'
        )
    else:
        head = f"<title>{t} - {SITE}</title>"
        with_links = []
        for i, p in enumerate(ps):
            with_links.append(p)
            if i == 2:
                with_links.append(
                    '<p class="read-more">Read more: <a href="/x">Earlier coverage</a></p>'
                )
        body = (
            f"{COOKIE}{NAV}<main><h1>{t}</h1>"
            f'<div class="meta"><span class="author">{AUTHOR}</span> '
            f'<time datetime="{iso}">{date:%d %B %Y}</time></div>'
            f'<div class="article-body">{"".join(with_links)}</div></main>'
            f'<aside><h2>Most read</h2><ol><li><a href="/m">A popular story</a></li></ol></aside>'
            f"{COMMENTS}{FOOTER}"
        )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def _json(value: str) -> str:
    import json

    return json.dumps(value)


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def title_for(path: Path, paragraphs: list[str]) -> str:
    """A headline: the story's first highlight (../highlights/<id>.txt) when there is one,
    else the first words of its first sentence."""
    highlights = path.parent.parent / "highlights" / path.name
    if highlights.is_file():
        first = highlights.read_text("utf-8").strip().splitlines()
        if first and first[0].strip():
            return " ".join(first[0].split()).rstrip(" .")
    words = paragraphs[0].replace("(CNN)", "").split()[:9]
    return " ".join(words).rstrip(",;:.-") or "Untitled story"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder of *.txt stories")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--briefs", action="store_true", help="also compare the briefs")
    parser.add_argument(
        "--real", action="store_true", help="DATA is a set of real pages (bench/real_pages.py)"
    )
    parser.add_argument("--part", choices=("all", "dev", "confirm"), default="all")
    parser.add_argument("--show", action="store_true", help="print each real page's misses")
    args = parser.parse_args()
    if args.real:
        from real_pages import run_real

        return run_real(args.data, args.part, args.limit, args.show)
    if not args.data.is_dir():
        print(f"web_pages: no such data folder: {args.data}", file=sys.stderr)
        return 2
    files = sorted(args.data.glob("*.txt"))[: args.limit or None]
    if not files:
        print(f"web_pages: no *.txt stories in {args.data}", file=sys.stderr)
        return 2

    nlp = None
    if args.briefs:
        from newsbrief.nlp import load_model, resolve_model_name

        nlp = load_model(resolve_model_name())

    found = total = exact = leaked = titles = dates = authors = agree = failed = 0
    times: list[float] = []
    for i, path in enumerate(files):
        paragraphs = paragraphs_of(path.read_text("utf-8"))
        if not paragraphs:
            continue
        title = title_for(path, paragraphs)
        date = dt.date(2015, 1, 1) + dt.timedelta(days=i)
        data = page(title, paragraphs, date, i % 3).encode()
        began = time.perf_counter()
        try:
            article = from_html(data, path.name)
        except Exception as exc:  # a benchmark reports failures, it does not stop
            failed += 1
            total += len(paragraphs)  # none of them recovered
            print(f"  {path.name}: {exc}", file=sys.stderr)
            continue
        times.append(time.perf_counter() - began)
        text = article.text
        body = text.split("\n\n", 1)[1] if text.startswith("# ") else text
        got = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
        found += sum(p in got for p in paragraphs)
        total += len(paragraphs)
        exact += got == paragraphs
        leaked += any(m in text for m in CHROME_MARKERS)
        titles += article.title == title
        dates += article.published == date
        authors += article.author == AUTHOR
        if nlp is not None:
            agree += _briefs_agree(article, title, paragraphs, nlp)

    # A page that failed counts against every figure: its denominator is every page
    # tried (files without paragraphs are no pages).
    n = len(times) + failed
    print(f"pages: {len(times)} briefed, {failed} failed (of {n} pages, {len(files)} files)")
    print(f"paragraphs recovered: {100 * found / max(total, 1):.1f}% ({found}/{total})")
    print(f"pages reproduced exactly: {100 * exact / max(n, 1):.1f}%")
    print(f"pages with chrome leaked: {100 * leaked / max(n, 1):.1f}%")
    print(
        f"metadata back as written: title {100 * titles / max(n, 1):.1f}%, "
        f"date {100 * dates / max(n, 1):.1f}%, author {100 * authors / max(n, 1):.1f}%"
    )
    if times:
        print(f"extraction time per page: median {1000 * statistics.median(times):.1f} ms")
    if nlp is not None:
        print(
            "briefs agree with the text's (glance, timeline, quotes): "
            f"{100 * agree / max(n, 1):.1f}%"
        )
    return 0


def _briefs_agree(article: Article, title: str, paragraphs: list[str], nlp: object) -> bool:
    from newsbrief.compose import compose

    # The headline marked as one: a highlight used as a title is often too long for the
    # plain-text headline convention, which is not what is measured here.
    plain = Article(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", None)
    a = compose(article, nlp, glance=3)  # type: ignore[arg-type]
    b = compose(plain, nlp, a.reference_date, glance=3)  # type: ignore[arg-type]

    def seen(brief: object) -> tuple[object, ...]:
        return (
            [i.text for i in brief.at_a_glance],  # type: ignore[attr-defined]
            [(t.date.value, t.event) for t in brief.timeline],  # type: ignore[attr-defined]
            [(q.text, q.speaker) for q in brief.quotes],  # type: ignore[attr-defined]
        )

    return seen(a) == seen(b)


if __name__ == "__main__":
    sys.exit(main())
