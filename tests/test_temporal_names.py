"""Names: matches that name a work, a thing or an event are no times."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from support import values

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        'He said it on ABC News\' "This Week" program.',
        'Baker said on "This Week With David Brinkley" that talks failed.',
        'The gunmen belonged to the movement known as "Black September," claiming it.',
        # A closing quote copied with a space before it.
        'The songs were "Over the Rainbow" and "White Christmas "(by Irving Berlin).',
        "The story ran in USA Today.",
        "Schiff told USA TODAY's video series that it is clear.",
        '"That word needs to die," James told CNN Tonight.',
        "He watched ABC World News Tonight.",
        "He spoke on the BBC Radio 4 Today programme.",
        "He told the Today programme that rates would rise.",
        "She was a guest on The Tonight Show.",
        "He spoke on BBC Radio 4's Today programme.",
        "He read the Sunday paper.",
        'A spaceship from the film "2001: A Space Odyssey" will go on display.',
        'Diesel told "Today\'s" Natalie Morales that he named his daughter Pauline.',
        "It included apples and Christmas trees from Oregon.",
        "Children painted Easter eggs.",
        "She wrote about Thanksgiving side dishes.",
        "Our daughters watched the Christmas classic Home Alone.",
        "She was fired after the office Christmas party.",
        "Their Christmas special drew 9 million viewers.",
        "They flew to Christmas Island.",
        # A sequel's number where a year would be.
        'He has been cast in Fox\'s sequel "Independence Day 2."',
        "Independence Day 2 is a big get for Usher.",
        "Look at the windows into those Sunday school classes.",
        "Dignitaries came dressed in their Sunday best.",
        "The uprising became known as the Arab Spring.",
        "Tanks ended the Prague Spring.",
        "The show ran during Egypt's post-Arab Spring days.",
        "Marchers remembered Bloody Sunday.",
        'They honored the martyrs of "Bloody Sunday" in a lasting way.',
        "Shoppers lined up for Black Friday deals.",
        "He was named Player of the Year.",
        "The picture won the Military Photographer of the Year competition.",
        "She spoke at the March on Washington.",
        "He told the UK's tabloid The Sun.",
        "The century-old Midnight Mission serves 3,000 meals.",
        "Rogers sold its magazines, Maclean's, Today's Parent and Chatelaine.",
        "He watched Monday Night Football.",
        "The Friday Night Lights cast reunited.",
        "Jerian Grant, a national player of the year candidate, had a rough night.",
        "According to a survey by the outplacement firm Challenger, Gray & Christmas, hiring fell.",
        "His March Madness pools were a hit.",
        # A name's word opening the sentence is in capitals anyway, and a name still.
        "Arab Spring wasn't supposed to turn out like this.",
        "The October Revolution changed Russia.",
        "He told the Sunday Times that he would quit.",
        "A recent Sunday Times poll showed Labour ahead.",
        "The document was seen by The Mail on Sunday.",
        "She wrote in the Independent on Sunday.",
        "The next attack took place outside Monday Market, the main one in the city.",
        "He prayed at the Friday Mosque.",
        "Reality star 'Mama' June Shannon filed a report. June said the children were safe.",
        "There was his wife June, always in the kitchen. June made dinner, as June Cleaver did.",
        "Tara Reid plays April Wexler. Her mother calls April often.",
        "Richard Hammond and James May were spotted in London. Hammond has joined May.",
        "I agreed, and I am Ms. December.",
        "Mr. March, the calendar's cover, smiled.",
        # A season in capitals before a word in capitals: an event's or a work's name.
        "She won gold at the Winter Olympics.",
        'The Russos directed "Captain America: The Winter Soldier".',
        "They toured with the Winter Dance Party.",
    ],
)
def test_names_are_not_times(nlp: Language, sentence: str) -> None:
    assert values(nlp, sentence) == {}


def test_a_lowercase_day_before_a_programme_is_still_a_date(nlp: Language) -> None:
    assert values(nlp, "He spoke on the programme today.") == {"today": "2013-03-22"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Last Spring, sales grew.", {"Last Spring": "2012-SP"}),
        ("Spring came early.", {"Spring": "2013-SP"}),  # a first word in capitals
        ("The president met Putin Monday.", {"Monday": "2013-03-18"}),
        ("Candidates campaigned before Super Tuesday.", {"Tuesday": "2013-03-19"}),
        ("Prices rose earlier in the year.", {"earlier in the year": "2013"}),
        ("They will march in March.", {"March": "2013-03"}),
        ("In March, Madness toured Europe.", {"March": "2013-03"}),
        ("In March Revolution Square was closed.", {"March": "2013-03"}),
        ("She starred in Friday Night Lights in 2006.", {"2006": "2006"}),  # the name is not
        ("He told the Sunday Times on Monday that he would quit.", {"Monday": "2013-03-18"}),
        ("On Sunday Times Square was packed.", {"Sunday": "2013-03-17"}),
        ("By Monday Market Street was closed.", {"Monday": "2013-03-18"}),
        ("Today's Parent readers are older.", {"Today": "2013-03-22"}),  # may be the day
        # A count of years after a holiday is no sequel's number.
        (
            "They marched on Independence Day 2 years ago.",
            {"Independence Day": "2011-07-04", "2 years ago": "2011"},
        ),
        # A shouted headline's TODAY is the day.
        ("MARKETS FALL TODAY AS BANKS WOBBLE", {"TODAY": "2013-03-22"}),
        (
            "He spoke Friday. Tonight, he will speak again.",
            {"Friday": "2013-03-22", "Tonight": "2013-03-22TNI"},
        ),
        # A story that names someone June still dates "in June".
        (
            "'Mama' June Shannon spoke on Monday. June said the show ends in June.",
            {"Monday": "2013-03-18", "June": "2013-06"},
        ),
        # A holiday that is someone's surname is them on its own too; without
        # such a name it stays the holiday.
        (
            "Attorney Jerryl Christmas spoke on Monday.\n\nChristmas told CNN he was hurt.",
            {"Monday": "2013-03-18"},
        ),
        ("Christmas was quiet.", {"Christmas": "2012-12-25"}),
        # A surname too: "in May" stays the month.
        (
            "Theresa May spoke on Monday. The election is in May.",
            {"Monday": "2013-03-18", "May": "2013-05"},
        ),
        # After a word that opens no noun phrase, "show" is a verb, not a title's.
        (
            "Photos published in the press on Monday show Castro meeting five agents.",
            {"Monday": "2013-03-18"},
        ),
        ("Photos released Friday show the president.", {"Friday": "2013-03-22"}),
        # Without a June named in the story, June is the month.
        ("June was the wettest month on record.", {"June": "2012-06"}),
        # "Since June Apple has sold": a time before a name, not a June named Apple.
        ("Since June Apple has sold ten million phones. June was good.", {"June": "2012-06"}),
    ],
)
def test_times_next_to_names_stay_times(
    nlp: Language, sentence: str, found: dict[str, str]
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Fans gathered Saturday Night at Fenway Park.", "Saturday Night"),
        ("Storms Expected Friday Night Across Boston", "Friday Night"),
    ],
)
def test_a_titled_part_of_the_day_outside_a_name_is_a_time(
    nlp: Language, sentence: str, found: str
) -> None:
    assert found in values(nlp, sentence)


def test_a_title_opening_a_listing_is_a_name(nlp: Language) -> None:
    # No word in small letters, but nothing before the title: no headline.
    sentence = "6. 'Saturday Night Live,' Saturday, 11:29 p.m. ET, NBC"
    assert "Saturday Night" not in values(nlp, sentence)


def test_a_quoted_sentence_with_a_date_is_not_a_title(nlp: Language) -> None:
    assert values(nlp, 'She said: "We met in September."') == {"September": "2012-09"}


def test_a_quoted_name_of_a_weekday_is_still_a_day(nlp: Language) -> None:
    found = values(nlp, 'The committee meets this "Selection Sunday" to pick the teams.')
    assert found == {"Sunday": "2013-03-24"}


def test_a_quote_opened_after_a_date_does_not_close_a_title(nlp: Language) -> None:
    assert values(nlp, 'She said "we meet on Christmas " and left.') == {"Christmas": "2013-12-25"}
