"""Halves of a game: in an article that reads as a match report, a half without its
year is the game's, not the year's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from support import values

if TYPE_CHECKING:
    from spacy.language import Language

MATCH_REPORT = (
    "Bale scored the only goal as Wales beat Israel in Haifa. The striker has been "
    "criticized by fans of his club.\n\n"
    '"To come out on top is amazing. The first half was very hard," Bale said after the '
    "game.\n\n"
    '"We came out in the second half buzzing," he added.'
)


def test_a_half_in_a_match_report_is_the_games(nlp: Language) -> None:
    found = values(nlp, MATCH_REPORT)
    assert "The first half" not in found and "the second half" not in found


def test_a_half_in_business_news_is_the_years(nlp: Language) -> None:
    text = (
        "Profit fell in the first half, the company said. Its goal is to return to "
        "growth in the second half."
    )
    assert set(values(nlp, text)) == {"the first half", "the second half"}


def test_a_quarter_in_a_match_report_is_the_games_unless_it_tells_of_money(
    nlp: Language,
) -> None:
    text = (
        "The coach watched the game from the bench. Fans filled the stadium for the match.\n\n"
        "Pacquiao, who only played for a few minutes in the second quarter, is a boxer.\n\n"
        "The club's revenue rose 12% in the third quarter."
    )
    found = values(nlp, text)
    assert "the second quarter" not in found
    assert found["the third quarter"].endswith("-Q3")


def test_a_quarter_in_a_race_report_is_a_qualifying_session(nlp: Language) -> None:
    text = (
        "Hamilton took pole ahead of Rosberg after the final qualifying session. Vettel "
        "spun on his first lap.\n\n"
        "The German then ran wide in Q3."
    )
    assert "Q3" not in values(nlp, text)
