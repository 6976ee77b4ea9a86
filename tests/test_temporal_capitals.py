"""Words in capitals: headlines in title case, and months that are someone's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.temporal.capitals import headline
from support import values

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_title_case_line_is_a_headline_and_prose_is_not(nlp: Language) -> None:
    shouted = nlp("Storms Expected Friday Night Across Boston")
    assert headline(shouted[2:3])
    prose = nlp("The Friday Night Lights cast reunited on Sunday.")
    assert not headline(prose[1:2])
    assert not headline(shouted[0:1])  # nothing before it


def test_a_month_named_as_someone_in_one_paragraph_is_her_in_another(nlp: Language) -> None:
    text = "Reality star 'Mama' June Shannon filed a report.\n\nJune said the children were safe."
    assert values(nlp, text) == {}
    # Without a June named in the story, June is the month.
    assert values(nlp, "June said the children were safe.") == {"June": "2012-06"}


def test_a_month_listed_among_peoples_names_is_one_of_them(nlp: Language) -> None:
    text = "The three most likely to vote Labour were Michelle, June and Andy."
    assert values(nlp, text) == {}
    # Months listed with months, or a date after a name, stay times.
    assert "June" in values(nlp, "Sales rose in April, June and July.")
    assert "June 5" in values(nlp, "The report by Smith, June 5, said prices fell.")
    assert "July" in values(nlp, "Prices rose. In July, Gingrich dismissed Estonia.")


def test_a_month_after_and_is_a_name_only_after_a_persons_name(nlp: Language) -> None:
    text = "The segment showed hosts Clarkson, Hammond and May looking at a bridge."
    assert values(nlp, text) == {}
    # After a month, "and" joins times, whoever is named after them.
    text = "In January and February, Clinton headlined three events."
    assert set(values(nlp, text)) == {"January", "February"}
    # After a comma the name stays hers ("As I recall, June usually cleaned up").
    text = "The sitcom's mother was June Cleaver.\n\nAs I recall, June usually cleaned up."
    assert values(nlp, text) == {}
