"""A date stated once, carried by the sentences after it that name no time."""

from __future__ import annotations

import datetime as dt

import newsbrief

REF = dt.date(2013, 3, 22)


def _dates(text: str, reference: dt.date | None = REF) -> dict[str, str | None]:
    brief = newsbrief.extract(text, reference_date=reference)
    return {e.predicate: (e.date.value if e.date else None) for e in brief.events}


def test_a_date_carries_to_the_next_sentence_in_the_past() -> None:
    text = "Police on Sunday seized a van packed with explosives. They arrested two men."
    assert _dates(text)["arrest"] == "2013-03-17"
    brief = newsbrief.extract(text, reference_date=REF)
    row = next(t for t in brief.timeline if t.event.startswith("They arrested"))
    assert row.certainty == "approximate" and row.inferred == "carried"


def test_a_present_or_a_state_takes_no_carried_date() -> None:
    dates = _dates(
        "Police seized a van on Sunday. It was a blow to the group. The group wants talks."
    )
    assert dates["want"] is None
    assert dates["be"] is None


def test_a_sentence_with_its_own_time_stops_the_carry() -> None:
    dates = _dates(
        "Police seized a van on Sunday. In 2010 they had raided the farm. They arrested two men."
    )
    assert dates["arrest"] is None  # the 2010 sentence's main verb is no simple past


def test_a_sentence_set_at_now_stops_the_carry() -> None:
    dates = _dates(
        "The lines diverged markedly in April of 2012. The recent rally was accompanied by "
        "a loosening in financial conditions. Analysts cheered."
    )
    assert dates["accompany"] is None
    assert dates["cheer"] is None


def test_a_quotation_continued_takes_no_date() -> None:
    text = (
        'Crews fought the fire on Sunday. "This was a stubborn fire," Ortega said. '
        '"But our people did exactly what they were trained to do."'
    )
    assert _dates(text)["do"] is None


def test_a_bare_frame_and_a_new_paragraph_statement_take_no_date() -> None:
    assert _dates('Crews fought the fire on Sunday. "It was hard." Ortega said.')["say"] is None
    text = "Crews fought the fire on Sunday.\n\nOrtega said the crews were tired."
    assert _dates(text)["say"] is None
    same = "Crews fought the fire on Sunday. Ortega said the crews were tired."
    assert _dates(same)["say"] == "2013-03-17"


def test_an_unresolved_date_is_not_carried() -> None:
    text = "Police on Sunday seized a van. They arrested two men."
    assert _dates(text, reference=None)["arrest"] is None


def test_one_end_of_a_stretch_is_not_carried() -> None:
    text = (
        "Researchers followed nearly 3,000 drug users in Vancouver from 1996 until 2013. "
        "They found those who also used benzodiazepines were more likely to die."
    )
    assert _dates(text)["find"] is None
    text = "In its 2017 to 2018 season, 1,260 people used the program. They ate 27,150 meals."
    assert _dates(text)["eat"] is None


def test_a_time_of_day_carries_as_its_day() -> None:
    text = "The fire broke out at 4 a.m. on Sunday. Crews evacuated the plant."
    assert _dates(text)["evacuate"] == "2013-03-17"


def test_a_heading_stops_the_carry() -> None:
    text = "Police seized a van on Sunday.\n\n## Reaction\n\nThey arrested two men."
    assert _dates(text)["arrest"] is None


def test_a_passive_in_the_past_carries_and_takes_a_date() -> None:
    dates = _dates("Police on Sunday seized a van. Two men were arrested.")
    assert dates["arrest"] == "2013-03-17"
    dates = _dates("Two men were arrested on Sunday. Police seized a van.")
    assert dates["seize"] == "2013-03-17"
    # The past perfect tells an earlier time.
    assert _dates("Police on Sunday seized a van. Two men had fled.")["flee"] is None


def test_a_date_does_not_carry_into_the_next_paragraph() -> None:
    text = "Police seized a van on Sunday.\n\nThey arrested two men."
    assert _dates(text)["arrest"] is None
    assert _dates(text.replace("\n\n", " "))["arrest"] == "2013-03-17"


def test_the_time_of_saying_carries_to_no_deed_told_next() -> None:
    dates = _dates(
        '"All candidates should do so," Douglas Holtz-Eakin told me on Tuesday. '
        "Mr. Holtz-Eakin served as director of the Congressional Budget Office."
    )
    assert dates["serve"] is None


def test_a_date_inside_what_was_reported_still_carries() -> None:
    # The quarter is the results', not the report's: the next results share it.
    dates = _dates(
        "Esselte Business Systems reported third-quarter net income fell 5.9% to $9.5 "
        "million. Sales rose 2.9% to $329.2 million."
    )
    assert dates["rise"] == "2012-Q3"


def test_a_date_of_the_doer_of_a_deed_does_not_carry() -> None:
    # The quarter is the earnings', not the day the prices rose on.
    dates = _dates(
        "Strong fourth-quarter earnings by big American companies buoyed share prices "
        "in Asia. The Shanghai Composite index gained 0.4 per cent to 2,591.69."
    )
    assert dates["buoy"] == "2012-Q4"
    assert dates["gain"] is None


def test_a_deed_named_by_a_verb_of_speech_carries() -> None:
    dates = _dates(
        "In July, the NAACP called for a moratorium on charter schools. "
        "The Movement for Black Lives did so as well."
    )
    assert dates["do"] == "2012-07"


def test_what_an_undated_verb_of_speech_reports_carries_its_date() -> None:
    dates = _dates(
        "Esselte reported third-quarter net income fell 5.9% to $9.5 million. "
        "Sales rose 2.9% to $329.2 million."
    )
    assert dates["rise"] == dates["fall"] == "2012-Q3"


def test_a_reported_events_date_does_not_date_later_saying() -> None:
    dates = _dates(
        "Democrats noted that last year Pagliano invoked his rights in a closed session. "
        "They noted his attorney offered to have him appear."
    )
    assert dates["invoke"] == "2012"
    assert dates["note"] is None


def test_the_date_of_a_verb_without_tense_carries_in_its_roots_past() -> None:
    # "plunging" heads no clause of its own: "sent ... plunging" is one event.
    dates = _dates(
        "The projection sent Anheuser shares plunging $4.375 in composite trading yesterday. "
        "The stock closed at $38.50 on heavy volume."
    )
    assert dates["send"] is not None and dates["close"] == dates["send"]
    # A complement with a tense of its own is no step of the story ("will rise").
    dates = _dates("Smith said on Friday sales will rise next year. Prices fell sharply.")
    assert dates["fall"] is None


def test_a_date_of_an_infinitive_after_the_verb_carries() -> None:
    """ "rose ... to close at ... yesterday": the date the parse hangs from the
    infinitive is the sentence's time, and the next sentence's."""
    text = (
        "Du Pont's stock rose $2.50 a share to close at $117.375 in composite trading "
        "yesterday. Seagram declined to comment."
    )
    assert _dates(text)["decline"] == "2013-03-21"


def test_a_carried_row_of_another_doer_is_a_row_of_its_own() -> None:
    text = (
        "Du Pont's stock rose $2.50 a share to close at $117.375 in composite trading "
        "yesterday. Seagram closed at $84.75, up 12.5 cents a share in Big Board trading."
    )
    rows = newsbrief.extract(text, reference_date=REF).timeline
    assert [r.event[:7] for r in rows] == ["Du Pont", "Seagram"]
    assert rows[1].inferred == "carried"
