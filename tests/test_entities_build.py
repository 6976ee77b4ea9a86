"""The entity list: furniture left out, salience, mentions that slice the text."""

from __future__ import annotations

from typing import Any

from extract_support import named, names_of, one, sample


def test_seed_entities(entities_of: Any) -> None:
    entities = entities_of(sample("takaichi-visit.txt"))
    trump = one(entities, "Trump")
    assert trump.label == "PERSON"
    takaichi = one(entities, "Sanae Takaichi")
    assert takaichi.label == "PERSON" and "Takaichi" in takaichi.aliases
    for place in ("Japan", "China", "Taiwan", "U.S."):
        assert one(entities, place).label in ("GPE", "LOC"), place
    names = names_of(entities)
    for furniture in ("Key Takeaways", "Diplomatic Dynamics", "Date", "Event", "Glance"):
        assert furniture not in names
    assert not any("Anticipated" in n for n in names)


def test_salience_weighs_headline_lead_and_glance(entities_of: Any) -> None:
    text = (
        "Voltaris Opens Plant in Ohio\n\n"
        "Voltaris opened a battery plant in Ohio on Monday, the company said in Toledo today.\n\n"
        "Officials in Toledo said the plant would hire 1,200 workers. Toledo has waited years.\n"
    )
    entities = entities_of(text)
    ohio, toledo = one(entities, "Ohio"), one(entities, "Toledo")
    assert len(ohio.mentions) < len(toledo.mentions)
    assert ohio.salience > toledo.salience  # headline 3 + lead 2 against 2 + 1 + 1
    assert entities == sorted(entities, key=lambda e: (-e.salience, e.first_mention))


def test_mentions_slice_the_text(entities_of: Any) -> None:
    for name in ("takaichi-visit.txt", "wire-prose.txt", "flood-evacuation.txt"):
        text = sample(name)
        for e in entities_of(text):
            for m in e.mentions:
                assert text[m.start : m.end] == m.text


def test_a_one_word_person_needs_some_evidence() -> None:
    from newsbrief.brief import TextSpan
    from newsbrief.entities.build import _unsupported_person
    from newsbrief.entities.cues import HINT_VOTE, PRONOUN_VOTE
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group

    def person(text: str, **kw: Any) -> Group:
        m = Mention(TextSpan(text, 0, len(text)), "PERSON", 1, **kw)
        return Group([m], label="PERSON")

    assert _unsupported_person(person("Forecaddie"))
    assert not _unsupported_person(person("Trump", speaks=True))  # "Trump said"
    assert not _unsupported_person(person("Lowe", cues=[("PERSON", HINT_VOTE)]))  # "Lowe, 68,"
    assert not _unsupported_person(person("Reyes", title="mr"))
    # "Dia was on a business trip when he ended up huddled in a room"
    assert not _unsupported_person(person("Dia", cues=[("PERSON", PRONOUN_VOTE)]))


def test_a_name_with_an_epithet_is_a_person_and_a_disease_is_no_entity(entities_of: Any) -> None:
    text = (
        "Kermit the Frog will host the show at the Palladium next month, producers said.\n\n"
        "Kermit the Frog told reporters he was nervous.\n\n"
        "A health worker who came down with Ebola while volunteering in Liberia arrived "
        "Friday at a hospital in Maryland. Ebola spreads through bodily fluids."
    )
    found = entities_of(text)
    assert one(found, "Kermit the Frog").label == "PERSON"
    assert not named(found, "Ebola")
    assert one(found, "Maryland").label == "GPE"


def test_a_peoples_adjective_is_no_place(nlp: Any) -> None:
    from newsbrief.brief import TextSpan
    from newsbrief.entities.build import _final_label
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group
    from newsbrief.entities.words import english_words

    def labelled(text: str, label: str) -> str:
        g = Group([Mention(TextSpan(text, 0, len(text)), label, 1)])
        return _final_label(g, english_words(nlp))

    for people in ("Ukrainian", "Jewish", "Islamic", "Saudi Arabian", "Southeast Asian"):
        assert labelled(people, "GPE") == "NORP", people
    for place in ("Ukraine", "Hollywood", "Pacific", "Sterling"):
        assert labelled(place, "GPE") != "NORP", place
    assert labelled("Antarctic", "LOC") == "LOC"  # a region the recognizer calls LOC


def test_a_one_word_name_a_he_follows_as_subject_stays_a_person(entities_of: Any) -> None:
    # The recognizer takes only the surname of "Mamadou Dia" for a name.
    text = (
        "Gunmen attacked a hotel complex in Nairobi on Tuesday.\n\n"
        "Mamadou Dia was on a business trip from Paris when he ended up huddled in a "
        "room with other hotel guests and a waiter.\n"
    )
    found = [e for e in entities_of(text) if e.label == "PERSON"]
    assert [e.name for e in found if e.name.endswith("Dia")], [e.name for e in found]


def test_a_nickname_only_ever_quoted_is_not_the_name(entities_of: Any) -> None:
    text = (
        "Hillary Clinton spoke in Ohio on Friday. Trump said Clinton had lied.\n\n"
        '"Working that microphone was harder than working Crooked Hillary Clinton," '
        "Donald Trump said. Clinton did not respond.\n\n"
        '"I grew up on Frank Sinatra," she said. Sinatra was her father\'s favourite singer.'
    )
    found = entities_of(text)
    clinton = one(found, "Hillary Clinton")
    assert "Crooked Hillary Clinton" in clinton.aliases
    # An adjective that is a given name is a name, quoted or not.
    assert "Frank Sinatra" in [e.name for e in found]
