"""Quotation marks paired into quotes, within a paragraph and across paragraphs."""

from __future__ import annotations

from typing import Any

from extract_support import said, sample
from newsbrief.quotes.marks import quote_spans


def test_marks_pair_straight_and_curly_double_quotes() -> None:
    text = 'He said "yes" and “no” today.'
    spans = quote_spans(text)
    assert [text[a + 1 : b] for a, b in spans if b is not None] == ["yes", "no"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "'We don't know,' said the residents' lawyer, citing Lowe’s notes."
    spans = quote_spans(text)
    assert [text[a + 1 : b] for a, b in spans if b is not None] == ["We don't know,"]


def test_a_quote_within_a_quote_belongs_to_the_outer_one() -> None:
    text = '"My sister hosts the show "Harbour Lights" -- but that is not why," Tessier wrote.'
    spans = quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0][0] + 1 : spans[0][1]].endswith("not why,")


def test_a_lost_closing_mark_does_not_swallow_the_paragraph() -> None:
    text = '"Boil the water first. "This bacterium is stubborn," Varga added. Pupils fell ill.'
    spans = quote_spans(text)
    inner = [text[a + 1 : b] for a, b in spans if b is not None]
    assert inner == ["Boil the water first. ", "This bacterium is stubborn,"]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    assert quote_spans('"I met a mother. She asked me.') == [(0, None)]


def test_quote_running_over_two_paragraphs(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "I met a mother") == "Maria Okafor"
    assert said(quotes, "I told her that we knew") == "Maria Okafor"


def test_quote_running_through_paragraphs_without_marks(quotes_of: Any) -> None:
    # Copy set one sentence a paragraph keeps only the first opening mark and the
    # last closing one of a long quote.
    text = (
        "Asked about the vacancy, Pemberton said: ‘I won’t commit until I see the terms.\n\n"
        "As a captain I did pretty much whatever the club wanted from me.\n\n"
        "If they rang me, naturally I’d hear them out.’\n\n"
        "Pemberton won 87 caps for Wales.\n"
    )
    quotes = quotes_of(text)
    assert said(quotes, "As a captain I did") == "Pemberton"
    assert said(quotes, "naturally I’d hear them out") == "Pemberton"
    assert not any("87 caps" in q.text for q in quotes)


def test_quote_text_has_no_marks_and_slices_the_article(quotes_of: Any) -> None:
    for name in ("wire-prose.txt", "flood-evacuation.txt", "takaichi-visit.txt"):
        text = sample(name)
        for q in quotes_of(text):
            assert text[q.start : q.end] == q.text
            assert q.text[:1] not in "\"“”'‘’"
            # Reported speech may end with a partial quote's closing mark.
            assert q.kind == "mixed" or q.text[-1:] not in "\"“”'‘’,"
            if q.speaker_span is not None:
                span = q.speaker_span
                assert text[span.start : span.end] == span.text


def test_two_closing_single_marks_close_a_double_quote(quotes_of: Any) -> None:
    text = (
        "Alfonso Espinos runs the shop. “We dedicate ourselves to local comic books and "
        "creators,’’ says the founder of the press, which opened last year."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes if q.kind == "direct"] == [
        "We dedicate ourselves to local comic books and creators"
    ]
    q = next(q for q in quotes if q.kind == "direct")
    assert q.mention_span is not None and not q.mention_span.text.endswith(",")
