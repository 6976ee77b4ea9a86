"""Properties over generated articles (hypothesis).

Most run on the fast layers (decoding, blocks, segments) with many examples; a few
articles go through the whole pipeline with the spaCy model, since that is slow.
"""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief import nlp as nlp_module
from newsbrief.blocks import split_blocks
from newsbrief.brief import Block
from newsbrief.compose import compose
from newsbrief.errors import InputError
from newsbrief.read import Article
from newsbrief.read.decoding import decode
from support import assert_offsets_slice, validate

FAST = settings(max_examples=400, deadline=None)
PIPELINE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words that trigger the block rules: headings, labels, speakers, section names, dates.
WORDS = [
    "Storm", "Hits", "Coast", "the", "minister", "said", "told", "reporters", "Trump",
    "Sanae", "Takaichi", "Friday", "October", "2023", "spring", "At", "a", "Glance",
    "Key", "Takeaways", "Why", "it", "matters:", "According", "to", "Published",
    "March", "3,", "By", "Jane", "Doe", "Geneva", "U.S.", "talks", "resume", "|",
    "[bold]", "[/]", "\x1b[31m", "\u200b", "\u202e", "café", "中国", "\x00", "\t",
]  # fmt: skip
PUNCT = ["", ".", ":", "?", "!", ",", ";", "”", "“", '"', "'", "…", " ##", " |", "---"]
PREFIXES = [
    "", "", "", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "> > ", ">- ", "| ",
    "    ", "\t", "- [ ] ", "```", "~~~", "===", "|---|---|", "| --- |", "-",
]  # fmt: skip
NEWLINES = ["\n", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n"]


CELLS = ["", " ", " a ", "---", ":--:", " Oct 2023 ", "Trump met Takaichi", "\\|", "**x**"]


@st.composite
def lines(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["prose", "prose", "prose", "table", "marker"]))
    prefix = draw(st.sampled_from(PREFIXES))
    if kind == "marker":  # a line that is all Markdown syntax
        return prefix
    if kind == "table":
        cells = draw(st.lists(st.sampled_from(CELLS), max_size=5))
        return (
            draw(st.sampled_from(["", "> ", "  "]))
            + "|"
            + "|".join(cells)
            + draw(st.sampled_from(["|", "", " | "]))
        )
    words = draw(st.lists(st.sampled_from(WORDS), max_size=12))
    body = " ".join(words) + draw(st.sampled_from(PUNCT))
    if draw(st.booleans()):
        body += draw(st.text(max_size=6, alphabet=st.characters(exclude_categories=["Cs"])))
    return prefix + body


@st.composite
def articles(draw: st.DrawFn) -> str:
    parts = draw(st.lists(lines(), min_size=1, max_size=25))
    seps = draw(st.lists(st.sampled_from(NEWLINES), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


def assert_block_slices(text: str, block: Block) -> None:
    assert 0 <= block.start <= block.end <= len(text)
    assert text[block.start : block.end] == block.text
    for span in (block.label, block.speaker):
        if span is not None:
            assert text[span.start : span.end] == span.text
    if block.label is not None:
        assert block.start <= block.label.start <= block.label.end <= block.end
    for cell in [*block.header, *(c for row in block.rows for c in row)]:
        assert text[cell.start : cell.end] == cell.text
        if cell.text:
            assert block.start <= cell.start <= cell.end <= block.end


@FAST
@given(articles())
def test_blocks_slice_the_article_and_never_overlap(text: str) -> None:
    assert_blocks_slice_without_overlap(text)


@FAST
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300))
def test_blocks_of_any_text(text: str) -> None:
    assert_blocks_slice_without_overlap(text)


def assert_blocks_slice_without_overlap(text: str) -> None:
    blocks = split_blocks(text)
    for block in blocks:
        assert_block_slices(text, block)
    for a, b in itertools.pairwise(blocks):
        assert a.end <= b.start


@FAST
@given(articles(), st.integers(min_value=1, max_value=40))
def test_segments_tile_each_block_within_the_limit(text: str, limit: int) -> None:
    for block in split_blocks(text):
        if block.kind == "table":
            continue
        pieces = list(nlp_module._chunks(block.text, block.start, limit))
        assert pieces[0][0] == block.start and pieces[-1][1] == block.end
        assert all(a < z and z - a <= limit for a, z in pieces) or block.text == ""
        assert all(p[1] == q[0] for p, q in itertools.pairwise(pieces))


@FAST
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_one_input_error(data: bytes) -> None:
    try:
        article = decode(data, "x")
    except InputError as exc:
        assert exc.code in ("binary", "empty")
        return
    assert article.text.strip()
    for warning in article.warnings:
        for span in warning.spans:
            assert article.text[span.start : span.end] == span.text


@PIPELINE
@given(articles())
def test_every_brief_span_slices_the_article(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    if not text.strip():
        return
    brief = compose(Article(text, None), nlp)
    data = brief.to_dict()
    validate(json.loads(json.dumps(data)))
    assert_offsets_slice(data, text)
    for a, b in itertools.pairwise(data["blocks"]):
        assert a["end"] <= b["start"]
