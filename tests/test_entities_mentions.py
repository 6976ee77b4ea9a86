"""Recognized mentions: titles cut, glued words trimmed, context cues."""

from __future__ import annotations

from typing import Any

from extract_support import named, names_of, one, sample


def test_personal_titles_are_stripped_from_names(entities_of: Any) -> None:
    text = (
        "Prime Minister Benjamin Netanyahu met the envoy on Monday. "
        "Netanyahu said the talks would continue next week."
    )
    entities = entities_of(text)
    netanyahu = one(entities, "Benjamin Netanyahu")
    assert netanyahu.label == "PERSON"
    assert not any("Minister" in e.name for e in entities)


def test_a_beauty_queens_title_is_cut_whole(entities_of: Any) -> None:
    # "Miss Universe" is a title of its own, not "Miss" before a name "Universe ...".
    text = (
        "Trump attacked former Miss Universe Alicia Machado on Friday. Machado, a former "
        "Miss Venezuela, said she would vote. Miss Atwood, her lawyer, agreed."
    )
    entities = entities_of(text)
    assert one(entities, "Alicia Machado").label == "PERSON"
    assert not any(e.name.startswith(("Universe", "Venezuela")) for e in entities)
    assert one(entities, "Atwood").label == "PERSON"


def test_sentence_initial_word_glued_to_a_name_is_trimmed(entities_of: Any) -> None:
    text = (
        "Trump met the premier in Tokyo last year.\n\n"
        "Anticipated Trump visits to the region have unsettled diplomats in Seoul."
    )
    entities = entities_of(text)
    names = names_of(entities)
    assert "Anticipated Trump" not in names
    assert len(one(entities, "Trump").mentions) == 2


def test_a_trade_opening_a_sentence_before_a_given_name_is_trimmed(entities_of: Any) -> None:
    text = (
        "Model Anna Duritskaya, 23, was walking with Nemtsov on Friday night.\n\n"
        "Mary Anne Hobbs said she saw them. Kelly Renee Gissendaner said nothing."
    )
    names = names_of(entities_of(text))
    assert "Anna Duritskaya" in names and "Model Anna Duritskaya" not in names
    # A given name, of one gender or both, opens a name of its own.
    assert "Mary Anne Hobbs" in names
    assert "Kelly Renee Gissendaner" in names


def test_names_glued_by_tokenization_are_cut_apart(entities_of: Any) -> None:
    text = "(CNN)Sofia Vergara is being sued by her former fiance. Vergara declined to comment."
    vergara = one(entities_of(text), "Sofia Vergara")
    assert all(text[m.start : m.end] in ("Sofia Vergara", "Vergara") for m in vergara.mentions)


def test_places_listed_together_share_their_kind(entities_of: Any) -> None:
    entities = entities_of(sample("no-dates.txt"))
    assert one(entities, "Paisley").label == "GPE"


def test_apposition_to_a_person_noun_makes_a_person(entities_of: Any) -> None:
    text = (
        "The outage grounded 900 flights on Monday.\n\n"
        "The transportation secretary, Marcus Hale, was less forgiving. Hale said "
        "the department would investigate the airline.\n"
    )
    hale = one(entities_of(text), "Marcus Hale")
    assert hale.label == "PERSON"
    assert "Hale" in hale.aliases


def test_possessives_are_cut_from_names(entities_of: Any) -> None:
    text = (
        "The senator spoke on Monday about the budget and the vote.\n\n"
        "Chuck Schumer’s office said the bill was dead. "
        "Later, Justin Trudeau’s Liberals defended the carbon tax in the House.\n"
    )
    names = names_of(entities_of(text))
    assert "Chuck Schumer" in names
    assert "Justin Trudeau" in names
    assert not any("’s" in n or "'s" in n for n in names)


def test_a_place_owning_a_ministry_is_cut_from_its_name(entities_of: Any) -> None:
    text = (
        "Rainfall in Niger has fallen below average for three years.\n\n"
        "Niger's Ministry of Water and Sanitation welcomed the appeal. In Canada, "
        "Ontario’s Ministry of Health said it would send staff.\n"
    )
    names = names_of(entities_of(text))
    assert {"Ministry of Water and Sanitation", "Ministry of Health"} <= names
    assert not any("’s" in n or "'s" in n for n in names)


def test_a_council_named_after_a_place_of_x_keeps_the_whole_name(entities_of: Any) -> None:
    text = (
        "Flood water reached the town centre on Sunday night.\n\n"
        "Vale of White Horse District Council said it had opened two rest centres.\n"
    )
    orgs = {e.name for e in entities_of(text) if e.label == "ORG"}
    assert "Vale of White Horse District Council" in orgs
    assert "White Horse District Council" not in orgs


def test_a_works_subtitle_is_no_name(entities_of: Any) -> None:
    text = (
        "Xander Wise has been drawing comics since he was twelve.\n\n"
        "Wise sold 40 copies of his mystical war comic Forgotten Grunt: The Undead Soldier, "
        "inspired by the movies he watched with his father.\n"
    )
    names = names_of(entities_of(text))
    assert "Xander Wise" in names
    assert not any("Undead" in n or "Grunt" in n for n in names), names


def test_trailing_fragments_and_glued_ages_are_cut(entities_of: Any) -> None:
    text = (
        "Ministers met in Brussels on Monday, and the Eurogroup of finance ministers "
        "agreed on the loan.\n\n"
        "Among the victims was Khaled Belkacemi,60, a professor at the university.\n"
    )
    names = names_of(entities_of(text))
    assert not any(n.endswith(" of") for n in names)
    assert "Khaled Belkacemi" in names


def test_a_score_after_a_teams_name_is_cut(entities_of: Any) -> None:
    text = (
        "The San Jose Sharks beat the slumping Edmonton Oilers 7-4 on Saturday night.\n\n"
        "Connor McDavid scored twice for the Edmonton Oilers, who have lost five straight.\n"
    )
    entities = entities_of(text)
    assert not any("7" in e.name for e in entities)
    assert any(e.name == "Edmonton Oilers" for e in entities)


def test_party_words_and_titles_are_not_names(entities_of: Any) -> None:
    text = (
        "The vote was held in Edinburgh on Thursday after a long debate.\n\n"
        "Tory Ruth Davidson said the result was clear. Alberta MLA Jason Nixon agreed "
        "with Fusilier Lee Rigby's family that the memorial should stay, said UCP MLA.\n"
    )
    people = names_of(entities_of(text), "PERSON")
    assert "Ruth Davidson" in people
    assert "Lee Rigby" in people
    assert not any(n.startswith(("Tory", "Liberal", "Fusilier")) or "MLA" in n for n in people)


def test_names_listed_in_a_long_line_are_found(entities_of: Any) -> None:
    text = (
        "Six men were killed in the attack on the mosque in January 2017.\n\n"
        "The victims were brothers Ibrahima Barry, 39, and Mamadou Tanour Barry, 42, "
        "Khaled Belkacemi, 60, Aboubake Thabti, 44, Abdelkrim Hassane, 41, and "
        "Azzedine Soufiane, 57.\n"
    )
    people = names_of(entities_of(text), "PERSON")
    assert {"Ibrahima Barry", "Aboubake Thabti", "Abdelkrim Hassane", "Azzedine Soufiane"} <= people


def test_a_person_owned_by_an_organization_is_the_name(entities_of: Any) -> None:
    text = (
        "The decision had been in the works for a long time, Davis told reporters.\n\n"
        "Davis later spoke to Golf Channel’s Jaime Diaz about the course.\n"
    )
    people = names_of(entities_of(text), "PERSON")
    assert "Jaime Diaz" in people


def test_names_listed_in_a_short_caption_are_found(entities_of: Any) -> None:
    text = (
        "The new film opens in cinemas across the country on Friday after a long delay.\n\n"
        "Pictured from left: Tom Hanks, Meg Ryan, Bill Pullman and Rosie O'Donnell.\n\n"
        "The director said the film was made for families.\n"
    )
    people = {e.name for e in entities_of(text) if e.label == "PERSON"}
    assert {"Tom Hanks", "Meg Ryan", "Bill Pullman", "Rosie O'Donnell"} <= people


def test_trailing_lower_case_words_are_cut(entities_of: Any) -> None:
    text = (
        "Jordon Ibe and Raheem Sterling were photographed on Sunday night.\n\n"
        "Liverpool boss Brendan Rodgers (left) hasn't disciplined Sterling (pictured) "
        "or Ibe for the incident\n"
    )
    names = names_of(entities_of(text))
    assert not any(n.endswith("incident") for n in names)


def test_a_time_zone_after_a_clock_time_is_no_entity(entities_of: Any) -> None:
    text = (
        "The index was down 2.6% at 16:08 UTC, and closed lower at 5 p.m. EST, "
        "the Nasdaq exchange said."
    )
    found = entities_of(text)
    assert not named(found, "UTC")
    assert not named(found, "EST")


def test_names_in_the_storys_trailer_are_no_entities(entities_of: Any) -> None:
    text = (
        "Italy's top court upheld the ruling on Monday.\n\n"
        "The judges said the law was clear.\n\n"
        "Lawyers for the family said they would appeal to Rome.\n\n"
        "Pope Francis says it's OK to spank children\n"
    )
    names = names_of(entities_of(text))
    assert "Italy" in names
    assert not any("Francis" in n for n in names)


def test_names_in_a_cast_list_are_found(entities_of: Any) -> None:
    text = (
        "Film review: a quiet drama about a family farm\n\n"
        "The new film follows a family through one hard winter. It opens on Friday.\n\n"
        "Cast: Tom Hanks, Meg Ryan, Bill Pullman\n\n"
        "Director Nora Ephron said the story took ten years to write."
    )
    found = entities_of(text)
    for name in ("Tom Hanks", "Meg Ryan", "Bill Pullman"):
        assert one(found, name).label == "PERSON"


def test_names_that_are_no_people(entities_of: Any) -> None:
    text = (
        "The camp sits about 300 kilometres west of Prince Rupert, B.C.\n\n"
        "The rule was put into Bill C-59, a sprawling budget bill, said Mary Lane.\n\n"
        "He sold 40 copies of his war comic Silent Gunner last year.\n\n"
        "The book Lane wrote sold well, and previously Scott Hollis’s), he said."
    )
    found = entities_of(text)
    town = one(found, "Prince Rupert, B.C.")
    assert town.label == "GPE"
    assert not named(found, "Rupert")
    assert not [e for e in found if "C-59" in e.name]
    assert not named(found, "Silent Gunner")
    assert len(one(found, "Mary Lane").mentions) == 2  # "the book Lane wrote": Lane wrote it
    assert one(found, "Scott Hollis").name == "Scott Hollis"


def test_a_flight_names_its_airline(entities_of: Any) -> None:
    text = (
        "Regulators acted after the losses of Adam Air Flight 574 and Garuda Indonesia "
        "Flight 200, which killed 102 and 21 people.\n"
    )
    found = entities_of(text)
    assert one(found, "Adam Air").label == "ORG"
    assert one(found, "Garuda Indonesia").label == "ORG"


def test_units_and_a_country_opening_a_sentence(entities_of: Any) -> None:
    text = (
        "United States automaker Halden Motors lost $6 billion in the quarter.\n\n"
        "The phone comes in 16 GB and 32 GB models, the company said in the US."
    )
    found = entities_of(text)
    assert one(found, "United States").label == "GPE"
    assert not named(found, "States")
    assert not named(found, "GB")
    tagged = entities_of("Fans used the hashtag #BoycottMarlowe, which trended on Monday.")
    assert not [e for e in tagged if "BoycottMarlowe" in e.name]


def test_a_portfolio_before_a_minister_is_no_organization(entities_of: Any) -> None:
    text = (
        "In his letter to the school district, Education Minister Rob Fleming said the "
        "province had other priorities, and Apple CEO Tim Cook agreed."
    )
    found = entities_of(text)
    assert not named(found, "Education")
    assert one(found, "Apple").label == "ORG"
    assert one(found, "Rob Fleming").label == "PERSON"


def test_a_portfolio_after_secretary_of_is_no_organization(entities_of: Any) -> None:
    # "State" was an organization, and a mention of the State Department besides.
    text = (
        "U.S. Secretary of State John Kerry denounced the letter on Wednesday. "
        "The State Department said it would answer it."
    )
    found = entities_of(text)
    assert not named(found, "State")
    assert one(found, "State Department").label == "ORG"
    assert one(found, "John Kerry").label == "PERSON"
    assert [m.text for m in one(found, "State Department").mentions] == ["State Department"]


def test_a_title_before_an_organization_head_word_is_part_of_the_name(entities_of: Any) -> None:
    # "Premier" and "Justice" are personal titles, but with a head word after
    # them they name an organization, not a person called "League".
    text = (
        "The Premier League champions have written to 300 fans who missed the kick-off.\n\n"
        "The Justice Department said it would review the club's accounts."
    )
    found = entities_of(text)
    assert one(found, "Premier League").label == "ORG"
    assert one(found, "Justice Department").label == "ORG"
    assert not named(found, "League") and not named(found, "Department")


def test_a_one_sentence_article_of_names_keeps_them(entities_of: Any) -> None:
    found = entities_of("Barack Obama met Angela Merkel in Berlin.")
    assert one(found, "Barack Obama").label == "PERSON"
    assert one(found, "Angela Merkel").label == "PERSON"
    assert one(found, "Berlin").label == "GPE"


def test_a_title_that_owns_an_office_stays_in_its_name(entities_of: Any) -> None:
    text = (
        "Deputies found the car on Route 9 late on Friday.\n\n"
        '"The driver was taken to a hospital with minor injuries," the Sheriff\'s Office '
        "said.\n"
    )
    assert "Sheriff's Office" in [e.name for e in entities_of(text)]


def test_a_lower_case_word_does_not_open_a_persons_name(entities_of: Any) -> None:
    text = (
        "Mike Davis runs the U.S. Golf Association. It is a development sure to "
        "disorient those accustomed to j'accusing Davis for every shortcoming.\n\n"
        "Mayor Bill de Blasio spoke on Monday. Later, de Blasio said the city was ready.\n"
    )
    people = names_of(entities_of(text), "PERSON")
    assert not any(n[:1].islower() and not n.startswith("de ") for n in people), people
    assert "Bill de Blasio" in people


def test_a_name_takes_in_the_capitalized_word_hyphened_to_it(entities_of: Any) -> None:
    text = (
        "Prime Minister Justin Trudeau is under siege over a criminal case against "
        "SNC-Lavalin, a Quebec-based engineering firm. SNC-Lavalin denies wrongdoing."
    )
    firm = one(entities_of(text), "SNC-Lavalin")
    assert len(firm.mentions) == 2


def test_a_hyphen_between_places_keeps_them_apart(entities_of: Any) -> None:
    text = "The U.S.-China talks resumed in Geneva, where U.S. officials met Chinese envoys."
    names = {e.name for e in entities_of(text)}
    assert "U.S." in names
    assert not any("-" in n for n in names)
