"""What the words around a name say it names."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import one
from newsbrief.entities.cues import disease_names


def test_an_employer_and_a_company_with_shares_are_organizations(entities_of: Any) -> None:
    text = (
        "Markets fell again on Monday. Dana Whitfield, a market analyst from Halvorsen, "
        "said the worst was not over.\n\n"
        "Banks fared poorly, with shares in Brennix falling by a third.\n\n"
        "Omar Quist, a researcher at Tallow Fenwick, said lenders would cut jobs."
    )
    found = entities_of(text)
    assert one(found, "Halvorsen").label == "ORG"
    assert one(found, "Brennix").label == "ORG"
    assert one(found, "Tallow Fenwick").label == "ORG"


def test_a_name_followed_by_which_is_no_person(entities_of: Any) -> None:
    text = (
        "The study is run by Carter Bellamy, which provides programs for homeless people "
        "in the city.\n\nStaff at Carter Bellamy did not return calls."
    )
    assert one(entities_of(text), "Carter Bellamy").label == "ORG"


def test_names_the_article_calls_a_disease() -> None:
    text = (
        "A nurse who came down with Ebola arrived Friday. The Ebola virus spreads through "
        "fluids, and cases of Marburg were seen in Uganda. Dr. Lane went to treat patients."
    )
    assert disease_names(text) == {"Ebola", "Marburg"}
    other = (
        "In the case of Ferguson, the spread of ISIS and a bout of Obama fever, doctors "
        "treating Liberian patients said the West African epidemic had slowed."
    )
    assert not disease_names(other)


def test_disease_names_reads_a_huge_word_in_one_pass() -> None:
    # Started at every capital of a 200,000-letter word, the search took minutes;
    # a name starts a word, so it is one pass.
    word = "A" * 200_000
    assert disease_names(f"{word} and patients with Ebola.") == {"Ebola"}


def test_a_name_in_apposition_to_a_product_is_a_product(entities_of: Any) -> None:
    text = (
        "The company showed the features of its new desktop operating system, "
        "Snow Leopard, and its new browser on Monday."
    )
    assert one(entities_of(text), "Snow Leopard").label == "PRODUCT"


def test_an_organization_noun_or_list_before_a_name_makes_an_organization(
    entities_of: Any,
) -> None:
    text = (
        "The hotel, part of Thai group Dusan Tharin since 2015, was hit.\n\n"
        "Its owners said the attack was not aimed at them."
    )
    assert one(entities_of(text), "Dusan Tharin").label == "ORG"


def test_a_trade_before_a_name_does_not_make_an_organization(entities_of: Any) -> None:
    text = (
        "Former tennis champion and broadcaster Pam Shriver said the scenes were hard "
        'to watch. "It was tough," Shriver told reporters.'
    )
    assert one(entities_of(text), "Pam Shriver").label == "PERSON"


def test_a_full_name_that_speaks_after_a_trade_noun_is_a_person(entities_of: Any) -> None:
    # The recognizer types "Les Abend" an organization here.
    text = (
        "There were no reported weather issues during the plane's flight, but that does "
        "not mean you can rule these out as a possible cause, pilot and CNN aviation "
        "analyst Les Abend said.\n"
    )
    assert one(entities_of(text), "Les Abend").label == "PERSON"


def test_a_full_name_that_speaks_taken_for_a_work_is_a_person(entities_of: Any) -> None:
    # The recognizer takes "Ryan Pate" for a work's title here.
    text = '"I said some pretty derogatory things that I do regret saying," Ryan Pate said.\n'
    assert one(entities_of(text), "Ryan Pate").label == "PERSON"


def test_a_publication_that_reports_is_no_person(entities_of: Any) -> None:
    text = "\"One can hear cries of 'My God' in several languages,\" Paris Match reported.\n"
    assert all(e.label != "PERSON" for e in entities_of(text) if "Match" in e.name)


def test_a_name_with_a_capital_article_inside_a_sentence_is_no_person(
    entities_of: Any,
) -> None:
    text = (
        "The video, released by Turkish TV network A Haber and distributed by Reuters, "
        "shows three women outside a car.\n\n"
        "The footage was recorded February 19 in Gaziantep, A Haber reported.\n"
    )
    assert one(entities_of(text), "Haber").label != "PERSON"


def test_a_name_in_apposition_to_a_noun_of_who_is_a_person(entities_of: Any) -> None:
    # "advocate" is no title, but people are "who".
    text = (
        "The court said the wording was vague, according to Ranjeeta Rohatgi, an "
        "advocate who was present at the hearing in Delhi."
    )
    assert one(entities_of(text), "Ranjeeta Rohatgi").label == "PERSON"


def test_a_name_before_an_airbase_is_a_facility(entities_of: Any) -> None:
    text = "Five fighters were hurt in an attack on a post outside Al Anad airbase."
    assert one(entities_of(text), "Al Anad").label == "FAC"


def test_a_name_beside_an_owners_employee_is_a_person(entities_of: Any) -> None:
    # The recognizer took the name, misspelt as the article printed it, for a place.
    text = (
        "The purple line represents the Goldman Sachs Financial Conditions Index "
        "designed by Jan Hatzuis, Goldman's chief economist."
    )
    assert one(entities_of(text), "Jan Hatzuis").label == "PERSON"


def test_a_name_listed_among_people_names_a_person(entities_of: Any) -> None:
    text = (
        "The pupils who died were: Linda Bergmann, Elena Bless, Lea Druppel, Julia "
        "Hermann, Paula Lutz, Fabio Rogge and Helena Siebe."
    )
    entities = entities_of(text)
    assert one(entities, "Lea Druppel").label == "PERSON"
    assert one(entities, "Fabio Rogge").label == "PERSON"


def test_firms_taken_for_people_make_no_person_of_a_firm_listed_with_them(
    entities_of: Any,
) -> None:
    # The recognizer takes two of the firms for people, but no firm has a given name.
    text = (
        "The complex is home to offices of international companies including Colgate "
        "Palmolive, Reckitt Benckiser, Pernod Ricard, Dow Chemical and SAP."
    )
    assert one(entities_of(text), "Colgate Palmolive").label != "PERSON"


def test_a_name_in_apposition_to_a_kind_of_place_is_a_place(entities_of: Any) -> None:
    text = (
        "When he was 15, Diaz decided to leave Omoa, an impoverished village in "
        "Honduras, with dreams of getting to the United States."
    )
    assert one(entities_of(text), "Omoa").label == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was born just outside Ciudad Juarez. He moved away.", "Ciudad Juarez"),
        ("Last week CNN traveled to San Pedro Sula, Honduras. The city is violent.",
         "San Pedro Sula"),
    ],
)  # fmt: skip
def test_a_name_someone_lives_outside_or_before_its_country_is_a_place(
    entities_of: Any, text: str, name: str
) -> None:
    # The recognizer took both for people's names.
    assert one(entities_of(text), name).label == "GPE"


def test_a_name_a_caption_places_in_its_picture_is_a_persons(entities_of: Any) -> None:
    # "Neymar" was a place: the recognizer called one mention of him a GPE.
    text = (
        "Rafael Nadal eased past Nicolas Almagro on Wednesday.\n\n"
        "Watched by Barcelona forward Neymar in the crowd, the world No 4 dismissed Almagro.\n\n"
        "Neymar (left) poses for a photo with Rafael Nadal at the Barcelona Open on Wednesday."
    )
    assert one(entities_of(text), "Neymar").label == "PERSON"


def test_a_name_beside_a_thing_a_title_is_of_is_no_organization(entities_of: Any) -> None:
    # "club" is an organization's noun, but the name set beside it here is the
    # president's.
    text = (
        "The striker fainted in France, which prompted the president of his former club, "
        "Jean-Luc Varenne of Lyon, to speak out in 2009."
    )
    assert one(entities_of(text), "Jean-Luc Varenne").label == "PERSON"
