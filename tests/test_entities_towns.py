"""A town named alone and the same town named with its state: one place."""

from __future__ import annotations

from typing import Any

from extract_support import one


def test_a_town_with_its_state_is_one_place(entities_of: Any) -> None:
    text = (
        "The planes will be assembled in Mobile, Alabama, the companies said on Friday.\n\n"
        "Officials in Mobile welcomed the plan. The first jets were built in "
        "Everett, Washington, and flown to Washington, D.C. for the ceremony.\n"
    )
    entities = entities_of(text)
    mobile = one(entities, "Mobile, Alabama")
    assert mobile.label == "GPE"
    assert "Mobile" in mobile.aliases or mobile.name == "Mobile"
    everett = one(entities, "Everett, Washington")
    assert everett is not one(entities, "Washington")
    assert "Everett" in everett.aliases


def test_a_town_taken_alone_for_an_organization_is_the_town(entities_of: Any) -> None:
    # "Ferguson" alone was an organization beside the place "Ferguson, Missouri".
    text = (
        "With the inexcusable shootings of two police officers in Ferguson, Missouri, "
        "it's safe to say that race relations are being pushed to the breaking point.\n\n"
        'The Congressional Black Caucus issued a statement saying, "The CBC understands '
        'the frustrations in Ferguson, but a response of violence is not the answer."\n\n'
        'And Attorney General Eric Holder noted, "This was not someone trying to bring '
        'healing to Ferguson."\n\n'
        "Lack of community policing is one of the shortcomings cited in the DOJ report on "
        "Ferguson."
    )
    places = [e for e in entities_of(text) if "Ferguson" in (e.name, *e.aliases)]
    assert [e.label for e in places] == ["GPE"]


def test_two_people_named_one_after_the_other_are_no_place(entities_of: Any) -> None:
    # The recognizer read "Jackie, Goldberg" as one facility, as it reads a town
    # and its state.
    text = (
        "Jackie told the magazine her story. The columnist Jonah Goldberg doubted it.\n\n"
        "In other words, whatever the truth of what happened to Jackie, Goldberg and "
        "others were skeptical.\n"
    )
    entities = entities_of(text)
    assert not [e for e in entities if e.name == "Jackie, Goldberg"]
    assert one(entities, "Jackie").label == "PERSON"
