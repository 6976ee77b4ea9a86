"""The article-level passes: quotes that take the speaker of a quote before them."""

from __future__ import annotations

from typing import Any

from extract_support import said


def test_a_quote_closing_on_a_nested_quote_ends_its_sentence(quotes_of: Any) -> None:
    # The closing single mark inside the quote is no sign that the sentence goes on.
    text = (
        "“Nobody wanted my drawings,” says cartoonist Mara Quill, whose heroine flies. "
        "“Now they ask for more.” Her books sold well this year. "
        "“Readers write, ‘Could I do it too?’ ” It is not about money."
    )
    assert said(quotes_of(text), "Could I do it too") == "Mara Quill"


def test_a_quote_paragraph_across_narration_naming_nobody(quotes_of: Any) -> None:
    text = (
        '"Storms like this will come more often," Ivo Brandt said.\n\n'
        "For towns like Sudbury, which cleared roads for ten days straight, the cost "
        "keeps rising.\n\n"
        '"Budgets will have to change with the weather."'
    )
    assert said(quotes_of(text), "Budgets will have to change") == "Ivo Brandt"


def test_no_quote_across_narration_that_brings_in_someone(quotes_of: Any) -> None:
    for middle in (
        "Mayor Ana Ruiz disagrees with the forecast.",
        "The city council has other plans.",
        "She has heard that before.",
        "Others say the cost is overstated.",
    ):
        text = (
            '"Storms like this will come more often," Ivo Brandt said.\n\n'
            f"{middle}\n\n"
            '"Budgets will have to change with the weather."'
        )
        assert said(quotes_of(text), "Budgets will have to change") != "Ivo Brandt", middle


def test_a_title_after_the_last_quote_is_nobody_s_words(quotes_of: Any) -> None:
    text = (
        '"Moods are a strength, not a flaw," said Jane Holm, author of "Moody People" and '
        "a psychiatrist in Boston.\n\n"
        '"It is our greatest asset, and we should use it."'
    )
    assert said(quotes_of(text), "our greatest asset") == "Jane Holm"


def test_a_verb_of_saying_that_only_tells_when_is_no_lead_in(quotes_of: Any) -> None:
    # "posted" is the paragraph's last verb of saying, but its clause tells when
    # Reyes reached out; the quote after is hers.
    text = (
        "The clip spread quickly on Monday.\n\n"
        "Ann Reyes said she reached out to the coach after the Tulsa Ledger newspaper "
        "posted the clip.\n\n"
        "\"I essentially said, 'Don't ever use that word again.'\"\n"
    )
    assert [q.speaker for q in quotes_of(text) if "essentially" in q.text] == ["Ann Reyes"]
    # Right before its quote, such a verb is the quote's lead-in.
    text = 'It was given credence when, in a debate, Lieberman warned Odeh, "You are here for now."'
    assert [q.speaker for q in quotes_of(text)] == ["Lieberman"]
