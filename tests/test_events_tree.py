"""The parse read once: what a row's run of tokens is widened to."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsbrief.events.tree import whole_quote
from support import rows_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ('The coach said Saturday, "We played well, and the fans were great."',
         'The coach said Saturday, "We played well, and the fans were great."'),
        ('"This is a change," the mayor said Wednesday, "and one that honors the city."',
         '"This is a change," the mayor said Wednesday, "and one that honors the city."'),
        # Quotation marks as TimeBank writes them.
        ("Bush told reporters on Tuesday that it might be extended ``if it is a hole "
         "through which commerce flows.'' He left.",
         "Bush told reporters on Tuesday that it might be extended ``if it is a hole "
         "through which commerce flows.''"),
    ],
)  # fmt: skip
def test_a_row_does_not_cut_a_quotation_it_opens(text: str, row: str) -> None:
    assert row in rows_of(text)


def test_a_quotation_a_row_opens_goes_on_past_its_sentence() -> None:
    text = (
        'In his statement Tuesday, Jonathan said; "I promised the country free and fair '
        'elections. I have kept my word." He left.'
    )
    assert rows_of(text) == [
        'In his statement Tuesday, Jonathan said; "I promised the country free and fair '
        'elections. I have kept my word."'
    ]


def test_a_quotation_goes_on_only_up_to_another_date(nlp: Language) -> None:
    doc = nlp('He said Friday, "We won, and we play again on Monday." Fans cheered.')
    words = [t.text for t in doc]
    run = list(doc[: words.index("won") + 1])
    monday = {words.index("Monday")}
    assert whole_quote(run, monday) == run
    widened = whole_quote(run, set())
    assert [t.text for t in widened][-3:] == ["Monday", ".", '"']
    # A run that opens no quotation, or closes the one it opens, stays as it is.
    assert whole_quote(run[:3], set()) == run[:3]
    closed = list(doc[: words.index("Fans")])
    assert whole_quote(closed, set()) == closed


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # How long after the clause above is no part of this event.
        ("The cathedral was finished in 1912, 16 years after construction began in 1896.",
         "construction began in 1896"),
        ("She was elected shortly after he left office in 2001.", "he left office in 2001"),
        # A measure that no mark follows is the clause's own.
        ("Almost immediately, he left office in 2001.",
         "Almost immediately, he left office in 2001"),
    ],
)  # fmt: skip
def test_a_row_leaves_out_the_measure_of_its_mark(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A relative clause of a number or a pronoun is told with it.
        ("Ratings fell from the 14.9 million who tuned in the week before.",
         "the 14.9 million who tuned in the week before"),
        ("At least one who died at a hospital overnight was a child.",
         "At least one who died at a hospital overnight"),
        # ... and so is a participle of one.
        ("The emails include one sent in October 2011 that showed a photo.",
         "one sent in October 2011"),
        ("Officials named the three involved in the Monday morning attack.",
         "the three involved in the Monday morning attack"),
        # One of a clause ("which" for what was said before) stands alone.
        ("Apple is jumping in, which is expected in late May.",
         "which is expected in late May"),
    ],
)  # fmt: skip
def test_a_relative_clause_is_told_with_the_word_it_stands_for(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Fans will see it next week when his team plays in the final (one more name "
         "for the game.)",
         "his team plays in the final"),
        # A bracket glued to the word after it still closes the aside.
        ("The jury members of this year's award were: Hans Demmel (managing director "
         "n-tv),Daniel Bernet (editor) and Jörg Thadeusz (host).",
         "The jury members of this year's award were: Hans Demmel (managing director "
         "n-tv),Daniel Bernet (editor) and Jörg Thadeusz (host)"),
    ],
)  # fmt: skip
def test_an_aside_the_row_cuts_off_before_it_closes_is_left_out(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The last of a word joined by hyphens is no clause that ends the row.
        ("It went to up-and-coming journalists last week.",
         "It went to up-and-coming journalists last week"),
        ("People lined the bunting-and-flag-draped streets of Leicester on Sunday.",
         "People lined the bunting-and-flag-draped streets of Leicester on Sunday"),
        # A verb written with a hyphen is still one.
        ("He dispatched the Bird Man who bum-rushed the presentation in 2012.",
         "the Bird Man who bum-rushed the presentation in 2012"),
    ],
)  # fmt: skip
def test_a_word_joined_by_hyphens_is_no_clause(text: str, row: str) -> None:
    assert rows_of(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "as cancellations go" measures the clause it hangs from: no event.
        ("Things will be worse on Monday, at least as cancellations go.",
         "Things will be worse on Monday, at least as cancellations go"),
        # A bare "it seemed", what seemed parsed away from it, tells nothing alone.
        ("Or the 1990s, when it seemed a camera couldn't turn her direction without "
         "capturing simulated masturbation?",
         "the 1990s, when it seemed a camera couldn't turn her direction without capturing "
         "simulated masturbation"),
    ],
)  # fmt: skip
def test_a_bare_verb_that_tells_no_event_is_no_clause(text: str, row: str) -> None:
    assert rows_of(text) == [row]
