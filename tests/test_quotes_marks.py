"""Quotation marks paired into quotes, within a paragraph and across paragraphs."""

from __future__ import annotations

from typing import Any

from extract_support import said, sample


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


def test_wire_copy_pairs_of_single_marks_open_and_close_quotes(quotes_of: Any) -> None:
    # ``...'' and ''...'' as wire services and typewritten copy write them.
    text = (
        "``We will rebuild the embassy,'' the ambassador said on Friday.\n\n"
        "''It never even entered my mind,'' Castro said.\n"
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "We will rebuild the embassy",
        "It never even entered my mind",
    ]
    assert said(quotes, "We will rebuild") == "the ambassador"
    assert said(quotes, "It never even") == "Castro"
