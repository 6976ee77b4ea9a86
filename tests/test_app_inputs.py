"""Command-line inputs: directories searched for articles, and output file names."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path, PurePath

import pytest

from newsbrief.app.inputs import OutputNames, expand_inputs, names_from
from newsbrief.errors import InputError
from support import one_line_error, run, tree

# --- Finding inputs --------------------------------------------------------------


def test_directories_are_searched_recursively_sorted_with_default_patterns(tmp_path: Path) -> None:
    root = tree(
        tmp_path / "news",
        {
            "b.txt": "x",
            "a.md": "x",
            "sub/c.markdown": "x",
            "sub/deeper/d.TXT": "x",
            "sub/page.html": "x",
            "notes.pdf": "x",
            ".hidden.txt": "x",
            ".git/e.txt": "x",
        },
    )
    found = expand_inputs([str(root)])
    assert [os.path.relpath(i.name, root) for i in found] == [
        "a.md",
        "b.txt",
        os.path.join("sub", "c.markdown"),
        os.path.join("sub", "deeper", "d.TXT"),
        os.path.join("sub", "page.html"),
    ]
    assert [i.stem for i in found] == [
        PurePath("a"),
        PurePath("b"),
        PurePath("sub/c"),
        PurePath("sub/deeper/d"),
        PurePath("sub/page"),
    ]
    assert all(i.failure is None for i in found)


def test_links_to_directories_are_not_followed(tmp_path: Path) -> None:
    root = tree(tmp_path / "news", {"a.txt": "x"})
    elsewhere = tree(tmp_path / "elsewhere", {"b.txt": "x"})
    (root / "linked").symlink_to(elsewhere, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "c.txt").symlink_to(elsewhere / "b.txt")  # a link to a file is a file
    found = expand_inputs([str(root)])
    assert [os.path.relpath(i.name, root) for i in found] == ["a.txt", "c.txt"]


def test_inputs_keep_command_line_order_around_directories(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"y.txt": "x", "x.txt": "x"})
    found = expand_inputs(["z.txt", str(root), "-", "a.txt"])
    assert [i.name for i in found] == [
        "z.txt",
        str(root / "x.txt"),
        str(root / "y.txt"),
        "-",
        "a.txt",
    ]
    assert found[3].stem == PurePath("stdin")


def test_glob_chooses_files_ignoring_case(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"a.txt": "x", "b.md": "x", "2024/c.TXT": "x", "2023/d.txt": "x"})
    assert [os.path.basename(i.name) for i in expand_inputs([str(root)], ["*.md"])] == ["b.md"]
    chosen = expand_inputs([str(root)], ["2024/*.txt"])
    assert [os.path.relpath(i.name, root) for i in chosen] == [os.path.join("2024", "c.TXT")]


def test_a_directory_without_articles_is_one_failed_input(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    (entry,) = expand_inputs([str(tmp_path / "empty")])
    assert entry.failure is not None
    assert entry.failure.code == "no_articles"
    assert "*.txt" in entry.failure.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any directory")
def test_an_unlistable_subdirectory_is_a_failed_input_in_its_place(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"a.txt": "x", "locked/b.txt": "x", "z.txt": "x"})
    (root / "locked").chmod(0)
    try:
        found = expand_inputs([str(root)])
    finally:
        (root / "locked").chmod(0o755)
    assert [(os.path.basename(i.name), i.failure and i.failure.code) for i in found] == [
        ("a.txt", None),
        ("locked", "unreadable"),
        ("z.txt", None),
    ]


# --- Output file names -----------------------------------------------------------


def test_output_names_never_collide_and_never_replace_an_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    names = OutputNames(out, ".md", [str(out / "x.md")])
    assert names.name_for(PurePath("x")) == out / "x-2.md"  # x.md is an input
    assert names.name_for(PurePath("x")) == out / "x-3.md"
    assert names.name_for(PurePath("X")) == out / "X-4.md"  # case-insensitive file systems
    assert names.name_for(PurePath("sub/x")) == out / "sub" / "x.md"
    assert names.name_for(PurePath("y")) == out / "y.md"


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("dir/story.txt", "story"),
        ("story", "story"),
        (".profile", "profile"),
        ("-", "stdin"),
        ("https://example.org/news/a story.html", "a_story"),
        ("https://example.org/", "example"),
        ("...", "article"),
    ],
)
def test_output_stem_of_one_input(name: str, stem: str) -> None:
    (entry,) = expand_inputs([name])
    assert entry.stem == PurePath(stem)


# --- Feeds and lists of inputs ---------------------------------------------------------

FEED_PAGE = (
    b"<!DOCTYPE html><html><head><title>Dam inspection finds cracks</title></head><body>"
    b"<article><h1>Dam inspection finds cracks</h1><p>Engineers found three cracks in the "
    b"Kallen dam during an inspection on Tuesday, the regional water board said.</p>"
    b"<p>The reservoir will be lowered by two metres as a precaution.</p></article>"
    b"</body></html>"
)


def _rss(*links: str) -> bytes:
    items = "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A local site on 127.0.0.1: a feed at /news/rss.xml, pages under /news/."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    routes = {
        "/news/rss.xml": _rss("/news/b.html", "/news/a.html"),
        "/news/a.html": FEED_PAGE,
        "/news/b.html": FEED_PAGE,
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = routes.get(self.path)
            self.send_response(200 if body is not None else 404)
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_header("Content-Type", kind)
            self.end_headers()
            self.wfile.write(body or b"<html><body>Gone</body></html>")

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


def test_a_feed_url_is_replaced_by_its_articles_in_the_feeds_order(site: str) -> None:
    found = expand_inputs([f"{site}/news/rss.xml"], allow_private=True)
    assert [i.name for i in found] == [f"{site}/news/b.html", f"{site}/news/a.html"]
    assert all(i.failure is None for i in found)
    # A feed is an input URL like any other: a loopback host only when allowed.
    [refused] = expand_inputs([f"{site}/news/rss.xml"])
    assert refused.failure is not None and refused.failure.code == "forbidden_address"


def test_a_feed_file_is_replaced_by_its_articles(tmp_path: Path) -> None:
    feed = tmp_path / "ledger.xml"
    feed.write_bytes(_rss("https://example.org/1.html", "https://example.org/2.html"))
    found = expand_inputs([str(tmp_path / "before.txt"), str(feed)])
    assert [i.name for i in found] == [
        str(tmp_path / "before.txt"),
        "https://example.org/1.html",
        "https://example.org/2.html",
    ]


def test_an_empty_feed_is_one_failed_input(tmp_path: Path) -> None:
    feed = tmp_path / "empty.rss"
    feed.write_bytes(_rss())
    [only] = expand_inputs([str(feed)])
    assert only.failure is not None and only.failure.code == "empty_feed"


def test_a_list_of_inputs_names_one_a_line(tmp_path: Path) -> None:
    listing = tmp_path / "inputs.txt"
    listing.write_text("# today's reading\na.txt\n\n  https://example.org/x  \nb.md\n")
    assert names_from(str(listing)) == ["a.txt", "https://example.org/x", "b.md"]
    with pytest.raises(InputError) as err:
        names_from(str(tmp_path / "nope.txt"))
    assert err.value.message == f"{tmp_path / 'nope.txt'}: no such list of inputs"


def test_from_a_list_and_a_feed_one_record_per_input_in_order(site: str, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Engineers found three cracks in the Kallen dam on Tuesday.\n")
    listing = f"{site}/news/rss.xml\n{tmp_path / 'missing.txt'}\n{article}\n{site}/news/gone.html\n"
    result = run("extract", "--from", "-", "--format", "json", "--allow-private-url", stdin=listing)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [
        f"{site}/news/b.html",
        f"{site}/news/a.html",
        str(tmp_path / "missing.txt"),
        str(article),
        f"{site}/news/gone.html",
    ]
    assert ["error" in r for r in records] == [False, False, True, False, True]
    assert result.exit_code == 1


def test_a_missing_list_of_inputs_is_one_error_line(tmp_path: Path) -> None:
    result = run("extract", "--from", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    expected = f"brief: error: {tmp_path / 'nope.txt'}: no such list of inputs"
    assert one_line_error(result) == expected
