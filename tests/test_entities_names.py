"""Names as text: acronyms and the lines set in title case."""

from __future__ import annotations

import newsbrief
from newsbrief.entities.names import acronym_fits, name_key, title_cased


def test_acronym_rules() -> None:
    assert acronym_fits("CDC", "Centers for Disease Control and Prevention")
    assert acronym_fits("DOJ", "Department of Justice")
    assert acronym_fits("IWRA", "International Water Relief Agency")
    assert not acronym_fits("CDC", "Chicago Daily Courier Press Association")
    assert not acronym_fits("EU", "Environment")
    assert not acronym_fits("U.S.", "U.S. State Department")  # a word of it
    # A name's own last word is left out only where the text defines the acronym so.
    assert not acronym_fits("CBC", "Cape Breton Correctional Facility")
    assert not acronym_fits("US", "University of South Carolina")
    assert acronym_fits("SETT", "Stop Exploitation Through Trafficking Act", defined=True)


def test_an_acronym_defined_in_brackets_may_leave_out_the_names_last_word() -> None:
    text = (
        "The Stop Exploitation Through Trafficking Act (SETT) would give incentives. "
        "SETT passed on Monday."
    )
    groups = {e.name: set(e.aliases) for e in newsbrief.extract(text).entities}
    assert "SETT" in groups.get("Stop Exploitation Through Trafficking Act", set())


def test_title_cased_lines() -> None:
    assert title_cased("Water Agency Seeks Emergency Funds as Sahel Drought Deepens")
    assert not title_cased("China's military drills off Taiwan heighten regional tensions.")


def test_surname_is_the_last_word_or_a_korean_family_name() -> None:
    from newsbrief.entities.names import surname

    assert surname("Marcus Hale") == "hale"
    assert surname("Kim Jong-un") == "kim"
    assert surname("Moon Jae-in") == "moon"
    assert surname("Jean-Luc Picard") == "picard"
    assert surname("Hale") is None


def test_the_islamic_state_is_one_group_by_any_of_its_news_names() -> None:
    keys = {name_key(n) for n in ("ISIS", "ISIL", "the Islamic State", "Islamic State group")}
    assert len(keys) == 1
    assert name_key("IS") not in keys  # too short to trust


def test_a_sentence_whose_long_words_are_names_is_not_title_case() -> None:
    assert title_cased("Obama Meets Merkel in Berlin for the Summit")
    assert not title_cased("Barack Obama met Angela Merkel in Berlin.")
