"""Short forms of organizations' names joined to them, and what is no short form."""

from __future__ import annotations

from typing import Any

from extract_support import one, sample
from newsbrief.brief import TextSpan
from newsbrief.entities import english_words


def test_short_form_of_an_organization_joins_it(entities_of: Any) -> None:
    voltaris = one(entities_of(sample("markdown-report.md")), "Voltaris Energy")
    assert "Voltaris" in voltaris.aliases
    assert voltaris.label == "ORG"


def test_clipped_and_country_prefixed_names_join_the_organization(entities_of: Any) -> None:
    text = (
        "The U.S. Federal Reserve raised interest rates on Wednesday, its third rise "
        "this year.\n\n"
        "Markets had expected the Fed to wait, and the Federal Reserve said it would "
        "watch prices closely.\n"
    )
    fed = one(entities_of(text), "U.S. Federal Reserve")
    assert fed.label == "ORG"
    assert {"Fed", "Federal Reserve"} <= set(fed.aliases)


def test_a_subsidiary_named_for_its_country_stays_apart(entities_of: Any) -> None:
    text = (
        "The government will give Ford Australia $52.5 million to keep its plants open.\n\n"
        "Ford said the money would secure jobs, and Ford Australia will build a new car.\n"
    )
    entities = entities_of(text)
    assert one(entities, "Ford Australia") is not one(entities, "Ford")


def test_an_adjective_is_not_an_alias_of_the_organization(entities_of: Any) -> None:
    text = (
        "The European Central Bank raised rates on Thursday, a move European officials "
        "had expected.\n\n"
        "The Scottish National Party (SNP) said Scottish voters would decide, and the "
        "SNP leader agreed.\n"
    )
    entities = entities_of(text)
    assert one(entities, "European Central Bank").aliases == []
    assert one(entities, "Scottish National Party").aliases == ["SNP"]


def test_a_product_is_not_the_name_of_its_maker(entities_of: Any) -> None:
    text = (
        "Sales of the Chrysler Aspen fell sharply last year, Chrysler said on Tuesday.\n\n"
        "The Chrysler Aspen is a large sport utility vehicle. Chrysler will end it in May."
    )
    found = entities_of(text)
    maker = one(found, "Chrysler")
    assert maker.name == "Chrysler" and maker.label == "ORG"
    assert one(found, "Chrysler Aspen").label == "PRODUCT"


def test_an_acronym_named_in_full_is_not_the_short_form_of_a_longer_name() -> None:
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group
    from newsbrief.entities.short_forms import merge_org_short_forms

    def org(text: str, start: int) -> Mention:
        return Mention(TextSpan(text, start, start + len(text)), "ORG", len(text.split()))

    groups = {
        "general motors": Group([org("General Motors", 0), org("GM", 40)], label="ORG"),
        "new gm": Group([org("New GM", 80)], label="ORG"),
        "voltaris": Group([org("Voltaris", 120)], label="ORG"),
        "voltaris energy": Group([org("Voltaris Energy", 160)], label="ORG"),
    }
    merge_org_short_forms(groups, english_words(None))
    assert set(groups) == {"general motors", "new gm", "voltaris energy"}


def test_a_name_with_a_personal_title_is_no_short_form_of_an_organization() -> None:
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group
    from newsbrief.entities.short_forms import merge_org_short_forms

    def org(text: str, start: int, title: str | None = None) -> Mention:
        return Mention(TextSpan(text, start, start + len(text)), "ORG", len(text.split()), title)

    # "Mr. Trump" is not "the Trump Foundation", though the recognizer called him
    # an organization; "Mr Sekhon" is "Navinder Sekhon", whatever it called that.
    groups = {
        "trump": Group([org("Trump", 0), org("Trump", 40, "mr")], label="ORG"),
        "trump foundation": Group([org("Trump Foundation", 80)], label="ORG"),
        "sekhon": Group([org("Sekhon", 120, "mr")], label="ORG"),
        "navinder sekhon": Group([org("Navinder Sekhon", 160)], label="ORG"),
    }
    merge_org_short_forms(groups, english_words(None))
    assert set(groups) == {"trump", "trump foundation", "navinder sekhon"}


def test_a_demonym_is_no_short_form_of_an_airline_named_for_it(entities_of: Any) -> None:
    # "Turkish" used as an adjective even once is the people's word, not the
    # short name of "Turkish Airlines".
    text = (
        "Images show the teens boarding a bus in Istanbul, Turkish HBR television reported.\n\n"
        "They boarded a Turkish Airlines plane from London to Istanbul.\n\n"
        "Police tried to reach the girls using the Turkish media. "
        "Turkish border guards looked the other way."
    )
    found = entities_of(text)
    airline = one(found, "Turkish Airlines")
    assert "Turkish" not in airline.aliases
    assert len(airline.mentions) == 1
    turkish = one(found, "Turkish")
    assert turkish.label == "NORP"


def test_a_party_word_used_as_an_adjective_still_names_the_party(entities_of: Any) -> None:
    text = (
        "The Republican Party met on Thursday. Republican senators blocked the bill, "
        "and Republicans said they would not back down."
    )
    party = one(entities_of(text), "Republican Party")
    assert "Republican" in party.aliases
    assert len(party.mentions) == 2
