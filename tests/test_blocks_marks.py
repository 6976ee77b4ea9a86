"""Quotation marks paired into quoted stretches, block by block."""

from __future__ import annotations

from newsbrief.blocks.marks import quote_spans, quoted_ranges, whole_words, with_its_marks
from newsbrief.brief import Block


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


def test_quoted_ranges_hold_single_marks_and_paragraphs_a_quote_runs_on_into() -> None:
    first = "The minister said on Monday: 'We will meet again tomorrow.' He left."
    second = "“We lost. We will be back"
    third = "on Friday.”"
    blocks = [
        Block("paragraph", first, 0, len(first)),
        Block("paragraph", second, 100, 100 + len(second)),
        Block("paragraph", third, 200, 200 + len(third)),
    ]
    ranges = quoted_ranges(blocks)
    said = first.index("'We")
    assert ranges[0] == (said, said + len("'We will meet again tomorrow.'"))
    # The quote left open runs on to the paragraph whose first mark closes it.
    assert ranges[1:] == [(100, 100 + len(second)), (200, 200 + len(third))]


def test_two_single_marks_stand_for_a_double_one() -> None:
    # Wire copy writes ``...'' and ''...'': each pair is one mark, and the quoted
    # range covers both characters of the closing pair.
    for text in ("``You can see a crater,'' he said.", "''It never entered my mind,'' he said."):
        spans = quote_spans(text)
        assert len(spans) == 1
        a, b = spans[0]
        assert b is not None and text[a + 2 : b] in (
            "You can see a crater,",
            "It never entered my mind,",
        )
        block = Block("paragraph", text, 0, len(text))
        assert quoted_ranges([block]) == [(0, b + 2)]
    # A closing pair still closes a curly opening mark; a plural's apostrophe
    # before a single mark is no pair.
    assert quote_spans("“It works,’’ says Ann.") == [(0, 10)]
    plural = "the kids' 'fun' toys"
    assert [plural[a + 1 : b] for a, b in quote_spans(plural) if b] == ["fun"]


def test_a_span_takes_in_the_mark_it_leaves_open_at_its_edge() -> None:
    text = 'Pepper called it a "huge win for Ohio voters." Then "we are so worried" they said.'
    cut = text.index("voters") + len("voters")
    assert text[slice(*with_its_marks(text, 0, cut))].endswith('voters."')
    start = text.index("we are")
    end = text.index("they") + len("they said")
    assert text[slice(*with_its_marks(text, start, end))].startswith('"we are')


def test_a_span_cut_inside_a_quotation_or_holding_whole_ones_stays() -> None:
    text = 'He invited friends over - "the boys, and the rest of them" - on Sunday.'
    cut = text.index("boys") + len("boys")
    assert with_its_marks(text, 0, cut) == (0, cut)
    assert with_its_marks(text, 0, len(text)) == (0, len(text))
    wire = "Jones called it ``a disgrace.'' Police said."
    assert wire[slice(*with_its_marks(wire, 0, wire.index(".")))].endswith("disgrace.''")


def test_a_span_that_closes_a_quotation_reaches_back_to_its_opening() -> None:
    for open_, close in (('"', '"'), ("“", "”"), ("``", "''")):
        text = f"{open_}I chatted with him. I told him to be safe,{close} the chief said Wednesday."
        start = text.index("I told")
        assert text[slice(*with_its_marks(text, start, len(text)))] == text


def test_a_span_reaches_back_to_no_opening_far_off_or_among_other_marks() -> None:
    # Another quotation before: which mark opens this one is not clear.
    text = 'He said "no" to them. It was wrong," Rice said Tuesday.'
    start = text.index("It was")
    assert with_its_marks(text, start, len(text)) == (start, len(text))
    # In another paragraph.
    text = '"I chatted with him.\nI told him to be safe," the chief said.'
    start = text.index("I told")
    assert with_its_marks(text, start, len(text)) == (start, len(text))
    # Too far back.
    text = '"' + "Words and more words. " * 20 + 'It was wrong," Rice said.'
    start = text.index("It was")
    assert with_its_marks(text, start, len(text)) == (start, len(text))


def test_a_span_takes_the_whole_of_a_hyphened_word_it_cuts() -> None:
    text = "She wrote in an e-mail sent last July. Members re-integrated with him."
    start = text.index("mail")
    assert text[slice(*whole_words(text, start, text.index(".")))] == "e-mail sent last July"
    end = text.index("re-") + 2
    assert text[slice(*whole_words(text, text.index("Members"), end))] == ("Members re-integrated")
    # A span at a word's edges stays as it is.
    assert whole_words(text, 0, 9) == (0, 9)
