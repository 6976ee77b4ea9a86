"""Mentions merged into one entity per thing, and the label votes."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import named, one, sample
from newsbrief.brief import TextSpan
from newsbrief.entities import name_key
from newsbrief.entities.merging import named_kind


def test_full_name_and_surname_are_one_person(entities_of: Any) -> None:
    text = (
        "George Lowe, a retired postman, said the water reached his door within an hour.\n\n"
        "Lowe said the council had ignored years of warnings. Residents agreed with Lowe."
    )
    lowe = one(entities_of(text), "George Lowe")
    assert lowe.label == "PERSON"
    assert "Lowe" in lowe.aliases
    assert len(lowe.mentions) == 3


def test_titled_surname_joins_the_person_and_is_an_alias(entities_of: Any) -> None:
    text = (
        "Daniel Reyes heads the agency's field operations in Niamey.\n\n"
        '"The boreholes buy us weeks," according to Mr. Reyes, who spoke on Friday.'
    )
    reyes = one(entities_of(text), "Daniel Reyes")
    assert "Mr. Reyes" in reyes.aliases
    assert any(text[m.start : m.end] == "Reyes" and m.start > 40 for m in reyes.mentions)


def test_acronym_in_parentheses_joins_its_expansion(entities_of: Any) -> None:
    text = (
        "The Centers for Disease Control and Prevention (CDC) reported 412 cases this year. "
        "The CDC said most patients had not been vaccinated."
    )
    cdc = one(entities_of(text), "CDC")
    assert cdc.name == "Centers for Disease Control and Prevention"
    assert cdc.label == "ORG"
    assert len(cdc.mentions) == 3


def test_acronym_skipping_words_in_parentheses(entities_of: Any) -> None:
    text = (
        "The U.S. Chemical Safety and Hazard Investigation Board (CSB) sent a team to the plant. "
        "The CSB will publish its findings next year."
    )
    csb = one(entities_of(text), "CSB")
    assert csb.name == "Chemical Safety and Hazard Investigation Board"


def test_acronym_without_parentheses_joins_the_name_it_abbreviates(entities_of: Any) -> None:
    text = (
        "The World Health Organization has warned that measles is spreading. "
        "Global cases rose 20 percent last year, according to the WHO."
    )
    who = one(entities_of(text), "WHO")
    assert who.name == "World Health Organization"


def test_the_united_states_family_is_one_place(entities_of: Any) -> None:
    text = (
        "The United States imposed new tariffs on Monday. U.S. officials said the move "
        "was temporary, and trade between the US and Canada would continue."
    )
    us = one(entities_of(text), "United States")
    assert {"U.S.", "US"} <= {us.name, *us.aliases}
    assert us.label == "GPE"
    assert name_key("the U.S.") == name_key("US") == name_key("United States")


def test_two_people_sharing_a_surname_are_kept_apart(entities_of: Any) -> None:
    text = (
        "George Lowe said the water reached his door. His wife, Helen Lowe, said they "
        "had lost everything.\n\n"
        "'Nobody listened,' Mr Lowe said.\n\n"
        "'It is all gone,' Mrs Lowe told the BBC."
    )
    entities = entities_of(text)
    george, helen = one(entities, "George Lowe"), one(entities, "Helen Lowe")
    mr = text.index("Mr Lowe") + 3
    mrs = text.index("Mrs Lowe") + 4
    assert any(m.start == mr for m in george.mentions)
    assert any(m.start == mrs for m in helen.mentions)
    assert not any(e.name == "Lowe" for e in entities)


def test_bare_surname_goes_to_the_nearest_full_mention(entities_of: Any) -> None:
    text = sample("measles-outbreak.txt")
    entities = entities_of(text)
    rachel, paul = one(entities, "Rachel Roth"), one(entities, "Paul Roth")
    told = text.index("Roth told reporters")
    assert any(m.start == told for m in rachel.mentions)
    assert any(m.start == text.index("Mr. Roth said") + 4 for m in paul.mentions)
    assert any(m.start == text.index("Dr. Roth disputed") + 4 for m in rachel.mentions)


def test_shared_surname_goes_to_the_last_main_subject_further_back(entities_of: Any) -> None:
    # The wife is named last, but the story is about the husband.
    text = (
        "Former President Bill Clinton criticized the law during a campaign stop for his "
        "wife Hillary Clinton.\n\n"
        "During the rally Monday, the former president said premiums are rising.\n\n"
        '"It doesn\'t make any sense," Clinton said.'
    )
    bill = one(entities_of(text), "Bill Clinton")
    assert any(m.start == text.index("Clinton said") for m in bill.mentions)
    # A gendered title still decides, by the given name when nothing else tells.
    text = (
        "Tom Walsh, whose house sits near the crash site, said he would wait.\n\n"
        "Residents were not convinced.\n\n"
        "His neighbor, Linda Walsh, no relation, said the creek was dirty.\n\n"
        '"They keep telling us the water is fine," Ms. Walsh said.'
    )
    linda = one(entities_of(text), "Linda Walsh")
    assert any(m.start == text.index("Walsh said") for m in linda.mentions)


def test_a_surname_after_the_one_who_spoke_last_is_theirs(entities_of: Any) -> None:
    # The father, set beside the subject of "says", spoke last: the bare surname
    # goes on with him, not with the son the story opened on.
    text = (
        "Jason Marcel LeBlanc died in a holding cell in 2016.\n\n"
        "His father, Ernie LeBlanc, says his son long battled addiction.\n\n"
        "He was self-medicating with pills bought off the street.\n\n"
        '"Your anxiety gets that bad," says LeBlanc.'
    )
    ernie = one(entities_of(text), "Ernie LeBlanc")
    assert any(m.start == text.rindex("LeBlanc") for m in ernie.mentions)
    # A group set beside the subject of a speech verb is no speaking person.
    text = (
        "A North African jihadist group, al-Murabitun, claimed responsibility for the "
        "attack.\n\nThe State Department said in January that al-Murabitun is a "
        "newly formed militant group."
    )
    assert not any(e.label == "PERSON" for e in entities_of(text))
    # A name listed after a colon is set beside no subject.
    text = (
        "If a stop sign had been installed, Robert Major would have never crashed.\n\n"
        "The crash killed Major's girlfriend and two of his sons: Brenden Major, 4, and "
        "Theodore Major, 2.\n\n"
        "Lawyers argued the sign had nothing to do with the speed of the truck.\n\n"
        "Major previously testified that he didn't see the highway."
    )
    robert = one(entities_of(text), "Robert Major")
    assert any(m.start == text.rindex("Major") for m in robert.mentions)


def test_given_name_alone_joins_the_one_person_with_it(entities_of: Any) -> None:
    text = (
        "Ron Lane, 55, was shot at a school in Morganton on Monday.\n\n"
        "Friends said Ron loved his students and never missed a game."
    )
    lane = one(entities_of(text), "Ron Lane")
    assert "Ron" in lane.aliases


def test_name_with_a_personal_title_is_a_person_whatever_the_model_says(entities_of: Any) -> None:
    text = sample("takaichi-visit.txt")
    trump = one(entities_of(text), "Trump")
    # spaCy's small model tags several of these mentions ORG; the titled ones decide.
    assert len(trump.mentions) >= 8
    assert trump.label == "PERSON"


def test_country_is_a_place_even_when_the_model_says_otherwise(entities_of: Any) -> None:
    entities = entities_of(sample("wire-prose.txt"))
    for country in ("Niger", "Mali", "Chad", "Burkina Faso"):
        assert one(entities, country).label == "GPE", country


def test_organization_head_word_decides_against_person(entities_of: Any) -> None:
    entities = entities_of(sample("no-dates.txt"))
    assert one(entities, "Kelvin Hardware Supplies").label == "ORG"


def test_shared_surname_goes_to_the_person_the_paragraph_is_about(entities_of: Any) -> None:
    text = sample("cup-final.txt")
    entities = entities_of(text)
    gavin, alan = one(entities, "Gavin Price"), one(entities, "Alan Price")
    assert any(m.start == text.index("Price said. 'Now") for m in gavin.mentions)
    assert any(m.start == text.index("Price said.\n\nExmoor") for m in alan.mentions)


def test_hyphenated_surname_joins_the_full_name(entities_of: Any) -> None:
    text = (
        "Her daughter Tamara Rusoff-Hoen made the video in March.\n\n"
        "Ms Rusoff-Hoen said her mother watches it every morning."
    )
    person = one(entities_of(text), "Tamara Rusoff-Hoen")
    assert "Rusoff-Hoen" in person.aliases


def test_a_place_of_worship_is_a_facility(entities_of: Any) -> None:
    # The recognizer took "Westminster Abbey" for a person.
    text = "In 2011 he was invited to the couple's Westminster Abbey wedding."
    assert one(entities_of(text), "Westminster Abbey").label == "FAC"


def test_organization_head_word_outranks_the_model(entities_of: Any) -> None:
    assert one(entities_of(sample("cup-final.txt")), "Avon Rovers").label == "ORG"


@pytest.mark.parametrize(
    "name", ["Crosscut Strategies", "Hart Research Associates", "Brunswick Advisors"]
)
def test_a_consultancys_head_word_names_an_organization(name: str) -> None:
    # "Crosscut Strategies" was a person in a HuffPost story.
    assert named_kind(name, [name]) == "ORG"


def test_a_listed_given_name_counts_once_per_name_not_per_mention() -> None:
    from newsbrief.entities.cues import HINT_VOTE
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import vote

    def mention(text: str, label: str) -> Mention:
        return Mention(TextSpan(text, 0, len(text)), label, len(text.split()), None)

    # One stray ORG for an unfamiliar full name is outvoted by its given name ...
    assert vote([mention("Marcus Doyle", "ORG")]) == "PERSON"
    # ... a name the recognizer keeps calling an organization ("Paul Smith" the
    # fashion house) is not.
    assert vote([mention("Paul Smith", "ORG") for _ in range(2)]) == "ORG"
    assert HINT_VOTE < 2
    # A short given name counts too ("the opposition Labour party's Ed Miliband") ...
    assert vote([mention("Ed Miliband", "ORG")]) == "PERSON"
    # ... but not in a firm's name joined by "&".
    assert vote([mention("Ben & Jerry", "ORG")]) == "ORG"


def _labels(entities: list[Any]) -> dict[str, str]:
    return {n: e.label for e in entities for n in (e.name, *e.aliases)}


def test_names_that_say_their_kind_are_not_people(entities_of: Any) -> None:
    text = (
        "Shares of Robert Bosch GmbH fell after a report by Adam Smith International, "
        "which was posted on Twitter by a researcher at the University of Cambridge.\n\n"
        "The Miami Herald reported the closure on Monday, and the shop at "
        "Frederick Mall closed its doors.\n\n"
        "Lee Thompson revealed to The National Enquirer that the family had moved. "
        "Thompson told the Enquirer in December. In the wake of the Enquirer's "
        "revelation, Thompson posted a text message.\n"
    )
    labels = _labels(entities_of(text))
    assert labels["Robert Bosch GmbH"] == "ORG"
    assert labels["Adam Smith International"] == "ORG"
    assert labels["Twitter"] == "ORG"
    assert labels["University of Cambridge"] == "ORG"
    assert labels["Miami Herald"] == "ORG"
    assert labels["National Enquirer"] == "ORG"  # was a person
    assert labels["Frederick Mall"] == "FAC"
    # A hotel or a bar the recognizer took for a person.
    text = "The courtyard bar in the landmark Regatta Hotel is just a smokescreen.\n"
    assert _labels(entities_of(text))["Regatta Hotel"] == "FAC"
    # A group named by the news often, whom the recognizer takes for a person.
    text = (
        "The nation faces attacks by extremist group Boko Haram.\n\n"
        "Boko Haram has become increasingly brazen, seizing towns in the north.\n"
    )
    assert _labels(entities_of(text))["Boko Haram"] == "ORG"


def test_a_well_known_organization_named_as_a_person_stays_a_person(entities_of: Any) -> None:
    text = (
        "Mayor Alan Target opened the new library on Monday, and the crowd cheered.\n\n"
        "Target said the building had cost less than planned and would open daily.\n"
    )
    assert _labels(entities_of(text))["Alan Target"] == "PERSON"


def test_towns_after_in_and_before_a_province_are_places(entities_of: Any) -> None:
    text = (
        "The ninth Games of La Francophonie are scheduled to be held in the Moncton "
        "and Dieppe area in the summer of 2021.\n\n"
        "A second meeting was held at a Milton, Ont., high school on Thursday night.\n"
    )
    labels = _labels(entities_of(text))
    assert labels.get("Moncton") in ("GPE", "LOC")
    assert labels.get("Dieppe") in ("GPE", "LOC")
    assert labels.get("Milton, Ont.") == "GPE"  # the abbreviation keeps its period


def test_acronyms_with_a_country_or_clipped_words_join_their_names(entities_of: Any) -> None:
    text = (
        "Boeing may bid again for launch contracts, the USAF has announced.\n\n"
        "The deal protects the Air Force's interests, officials said on Monday.\n\n"
        "The minister praised Singapore Airlines (SIA), the first carrier to fly the jet, "
        "and said the flight was a milestone for SIA.\n"
    )
    entities = entities_of(text)
    air_force = one(entities, "Air Force")
    assert "USAF" in [air_force.name, *air_force.aliases]
    assert "SIA" in one(entities, "Singapore Airlines").aliases


def test_a_party_word_or_a_senator_is_no_town_of_a_state(entities_of: Any) -> None:
    text = (
        "Lawmakers from rural states balked at the cost of the fence. One rural "
        "Republican, Idaho Sen. Joe Carlin, said Monday that the plan was dead.\n"
    )
    names = [e.name for e in entities_of(text)]
    assert not any("," in n for n in names), names
    assert "Idaho" in names


def test_a_state_before_based_is_no_town_of_that_state(entities_of: Any) -> None:
    text = (
        "Schools are rethinking how they teach nutrition after the new food guide.\n\n"
        "Lee Finell, Alberta-based health education manager with Dairy Farmers of Canada, "
        "said she is unsure what direction school programs will go.\n"
    )
    entities = entities_of(text)
    assert one(entities, "Lee Finell").label == "PERSON"
    assert not any("," in e.name for e in entities), [e.name for e in entities]


def test_a_name_written_by_its_surname_is_a_person_whatever_the_model_says() -> None:
    from newsbrief.entities.build import _final_label
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group

    def org(text: str, start: int) -> Mention:
        return Mention(TextSpan(text, start, start + len(text)), "ORG", len(text.split()))

    # The recognizer called every mention of a hockey player an organization.
    couture = Group([org("Kevin Couture", 0), org("Couture", 80), org("Couture", 160)])
    assert _final_label(couture) == "PERSON"
    lockheed = Group([org("Lockheed Martin", 0), org("Martin", 80)])
    assert _final_label(lockheed) == "ORG"


def test_initials_make_a_person_and_a_country_prefix_does_not(entities_of: Any) -> None:
    text = (
        "If Joe Dey or P.J. Boatwright had still been running things, the U.S. Open "
        "would look different, and the U.S. Treasury would not have noticed.\n"
    )
    labels = _labels(entities_of(text))
    assert labels["P.J. Boatwright"] == "PERSON"
    assert labels.get("U.S. Open") != "PERSON"
    assert labels.get("U.S. Treasury") != "PERSON"


def test_a_company_named_by_its_first_word_is_not_a_namesake_person(entities_of: Any) -> None:
    text = (
        "The Ford Motor Company said on Monday it would cut 30,000 jobs by 2012.\n\n"
        "Its chairman, William Clay Ford Jr., said the cuts were painful. Ford will close "
        "fourteen plants, and Ford expects to return to profit in 2009.\n"
    )
    entities = entities_of(text)
    company = one(entities, "Ford Motor Company")
    assert "Ford" in company.aliases
    assert "Ford" not in one(entities, "William Clay Ford Jr.").aliases


def test_a_titled_surname_joins_the_person_beside_an_organization_of_that_name() -> None:
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group, merge_surnames

    def mention(text: str, start: int, label: str, title: str | None = None) -> Mention:
        return Mention(TextSpan(text, start, start + len(text)), label, len(text.split()), title)

    # The recognizer called "Trump" an organization; "Mr. Trump" is the candidate,
    # not the first word of the Trump Foundation. "Ford" untitled stays the company's.
    groups = {
        "donald trump": Group([mention("Donald Trump", 0, "PERSON")], person=True, label="PERSON"),
        "trump": Group(
            [
                *(mention("Trump", 20 + k, "ORG") for k in range(0, 40, 8)),
                mention("Trump", 80, "ORG", "mr"),
            ]
        ),
        "trump foundation": Group([mention("Trump Foundation", 120, "ORG")], label="ORG"),
        "william ford": Group([mention("William Ford", 160, "PERSON")], person=True),
        "ford": Group([mention("Ford", 200, "ORG")]),
        "ford motor company": Group([mention("Ford Motor Company", 240, "ORG")], label="ORG"),
    }
    for g in groups.values():
        g.label = g.label or g.mentions[0].label
    merge_surnames(groups, " " * 300)
    assert [m.span.start for m in groups["donald trump"].mentions] == [0, 20, 28, 36, 44, 52, 80]
    assert "trump" not in groups
    assert "ford" in groups


def test_pronouns_and_titles_do_not_make_a_person_of_a_named_kind() -> None:
    from newsbrief.entities.build import _final_label
    from newsbrief.entities.cues import PRONOUN_VOTE
    from newsbrief.entities.mentions import Mention
    from newsbrief.entities.merging import Group

    def mention(text: str, label: str, **kw: Any) -> Mention:
        return Mention(TextSpan(text, 0, len(text)), label, len(text.split()), **kw)

    he = [("PERSON", PRONOUN_VOTE)]
    # "CTV News caught up with him ... CTV News has included the response he gave"
    news = Group([mention("CTV News", "ORG", cues=he), mention("CTV News", "ORG", cues=he)])
    assert _final_label(news) == "ORG"
    station = Group([mention("George Station", "PERSON", title="king")])  # King George Station
    assert _final_label(station) == "FAC"


def test_a_given_name_and_a_surname_like_a_head_word_is_a_person(entities_of: Any) -> None:
    text = (
        "Toyota hired Jim Press to run its American sales arm in the spring of that year.\n\n"
        "Press said the company would grow, and the board agreed with him.\n"
    )
    press = one(entities_of(text), "Jim Press")
    assert press.label == "PERSON"
    assert "Press" in press.aliases


def test_a_name_ending_in_an_acronym_is_not_a_person() -> None:
    from newsbrief.entities.merging import named_kind

    assert named_kind("Surrey-Guildford LRT", ["Surrey-Guildford LRT"]) == "ORG"
    assert named_kind("Henry VIII", ["Henry VIII"]) is None


def test_a_name_ending_in_an_events_word_is_an_event() -> None:
    from newsbrief.entities.merging import named_kind

    assert named_kind("Arnold Palmer Invitational", ["Arnold Palmer Invitational"]) == "EVENT"
    assert named_kind("Ryder Cup", ["Ryder Cup"]) == "EVENT"
    assert named_kind("Arnold Palmer", ["Arnold Palmer"]) is None


def test_a_given_name_after_a_kin_noun_joins_the_one_person_with_it(entities_of: Any) -> None:
    text = (
        "Among the victims of the attack was Khaled Belkacemi, a professor at the university.\n\n"
        "For Megda Belkacemi, Friday is a day she has been awaiting eagerly. Her father "
        "Khaled was one of the victims.\n"
    )
    khaled = one(entities_of(text), "Khaled Belkacemi")
    assert "Khaled" in khaled.aliases


def test_a_given_name_as_the_kin_of_another_surname_is_someone_else(entities_of: Any) -> None:
    text = (
        "Sixteen people were among the casualties, said police Chief Joseph Boinnet.\n\n"
        "Spindler's father, Joseph, says his son grew up in Houston.\n"
    )
    chief = one(entities_of(text), "Joseph Boinnet")
    assert "Joseph" not in chief.aliases
    assert len(chief.mentions) == 1


def test_a_titled_given_name_joins_the_one_person_with_that_title(entities_of: Any) -> None:
    text = (
        "Sultan Muhammad V abdicated on Sunday after two years on the throne.\n\n"
        "Last year Sultan Muhammad delayed the swearing-in of the prime minister."
    )
    king = one(entities_of(text), "Muhammad V")
    assert "Muhammad" in king.aliases


def test_an_acronym_in_another_language_joins_the_name_before_it(entities_of: Any) -> None:
    text = (
        "The offer was opened by Ana Moraru, head of the National Asset Agency (ANVS), "
        "on Tuesday.\n\nThe ANVS said it would decide within a month. "
        "Staff at Ferguson (CNN) were not involved."
    )
    found = entities_of(text)
    agency = one(found, "ANVS")
    assert agency.name == "National Asset Agency"
    assert not named(found, "CNN") or one(found, "CNN").name == "CNN"


def test_a_chamber_and_a_party_member_keep_to_themselves(entities_of: Any) -> None:
    text = (
        "The new House majority votes this week, a test for the White House.\n\n"
        "One red-state Democrat, Montana Sen. Jon Tester, said the House would act. "
        "The White House said nothing."
    )
    found = entities_of(text)
    assert "House" not in one(found, "White House").aliases
    assert not [e for e in found if e.name.startswith("Democrat,")]
    other = entities_of(
        "The U.S. Congress passed the bill on Friday. Congress will vote again in May, "
        "and Former U.S. Secretary of State Madeleine Albright spoke."
    )
    assert "Congress" in one(other, "U.S. Congress").aliases


def test_part_of_a_known_place_is_a_place() -> None:
    from newsbrief.entities.merging import place_name

    assert place_name(["Central Canada"]) == "LOC"
    assert place_name(["Southern Ontario"]) == "LOC"
    assert place_name(["West Ham"]) is None


def test_a_faith_is_no_organization(entities_of: Any) -> None:
    text = (
        "The family condemned the attack as a perverted and evil distortion of Islam.\n\n"
        "He converted to Judaism in 2010."
    )
    found = entities_of(text)
    assert one(found, "Islam").label == "NORP"
    assert one(found, "Judaism").label == "NORP"


def test_a_british_county_is_a_place_and_qualifies_a_town(entities_of: Any) -> None:
    text = (
        "It took shepherd John Hendy and a team of three helpers to deliver the lamb "
        "near Melton Mowbray, Leicestershire, who they have now named Big Ben.\n\n"
        "His cousin farms sheep in Fife, Washington."
    )
    found = entities_of(text)
    town = one(found, "Melton Mowbray, Leicestershire")
    assert town.label == "GPE"
    assert one(found, "Leicestershire").label == "GPE"
    assert one(found, "Fife, Washington").label == "GPE"  # a county's name, a town elsewhere


def test_a_body_of_nations_is_an_organization_under_all_its_names(entities_of: Any) -> None:
    # The UN is named like a union of places, and the model often calls it one.
    text = (
        "The United Nations said it would send envoys to Kampala. "
        "A U.N. spokesman said the talks would resume."
    )
    un = one(entities_of(text), "United Nations")
    assert un.label == "ORG"
    assert "U.N." in un.aliases


def test_a_relative_named_in_passing_does_not_take_the_bare_surname(entities_of: Any) -> None:
    text = (
        "Robert Durst was arrested in New Orleans on Saturday.\n\n"
        "Prosecutors accuse Durst of killing Susan Berman.\n\n"
        "Berman was shot shortly before she was to speak about the disappearance of "
        "Durst's first wife, Kathleen McCormack Durst.\n\n"
        "On Tuesday, Durst waived extradition."
    )
    entities = entities_of(text)
    robert = one(entities, "Robert Durst")
    kathleen = one(entities, "Kathleen McCormack Durst")
    waived = text.index("Durst waived")
    assert any(m.start == waived for m in robert.mentions)
    assert not any(m.start == waived for m in kathleen.mentions)


def test_a_given_name_alone_does_not_claim_the_bare_surname(entities_of: Any) -> None:
    text = (
        "One of the suspects, Tamerlan Tsarnaev, died. His brother, Dzhokhar "
        "Tsarnaev, escaped.\n\n"
        "Police said Tamerlan fired first.\n\n"
        "Dzhokhar Tsarnaev was arrested hours later.\n\n"
        "Jurors saw the boat in which Tsarnaev scrawled messages."
    )
    dzhokhar = one(entities_of(text), "Dzhokhar Tsarnaev")
    assert any(m.start == text.index("Tsarnaev scrawled") for m in dzhokhar.mentions)


def test_a_titled_surname_of_another_gender_is_not_the_one_full_name(entities_of: Any) -> None:
    # A wrong name is worse than none: "Mr. Obama" was "Michelle Obama", and with him
    # every quote he gave.
    text = (
        "President Obama told supporters on Saturday that their votes mattered.\n\n"
        '"Our progress is on the ballot," Mr. Obama said at a gala dinner.\n\n'
        "The campaign plans to employ Mr. Obama and the first lady, Michelle Obama, "
        "in the coming weeks.\n\n"
        "Aides said President Obama would travel to Ohio.\n\n"
        "[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation]"
    )
    entities = entities_of(text)
    michelle = one(entities, "Michelle Obama")
    assert [text[m.start : m.end] for m in michelle.mentions] == ["Michelle Obama"]
    him = one(entities, "Obama")
    assert "Mr. Obama" in him.aliases
    # The last, which the recognizer misses, is found by looking the name up.
    assert len(him.mentions) == 5


def test_a_titled_surname_of_the_same_gender_still_joins_the_full_name(entities_of: Any) -> None:
    text = (
        "Helen Lowe, a retired nurse, said the water reached her door within an hour.\n\n"
        '"Nobody warned us," Mrs. Lowe said.'
    )
    lowe = one(entities_of(text), "Helen Lowe")
    assert "Mrs. Lowe" in lowe.aliases


def test_a_middle_initial_makes_a_person_whatever_the_model_says(entities_of: Any) -> None:
    text = (
        "In a panel discussion this weekend in Washington, Marc H. Morial, the chief "
        "executive of the National Urban League, told a young woman that voting mattered.\n\n"
        '"Absolutely hate this framing," Vann R. Newkirk II, a writer for The Atlantic, '
        "said on Twitter."
    )
    entities = entities_of(text)
    assert one(entities, "Marc H. Morial").label == "PERSON"
    assert one(entities, "Vann R. Newkirk II").label == "PERSON"


def test_a_middle_initial_before_a_head_word_is_still_an_organization(entities_of: Any) -> None:
    text = "The speech was given at the George W. Bush Presidential Center in Dallas."
    assert one(entities_of(text), "George W. Bush Presidential Center").label == "ORG"


def test_a_partys_members_are_a_group_of_people(entities_of: Any) -> None:
    text = (
        "Of the more than $117,000 in donations, the vast majority was to Liberals.\n\n"
        '"We will vote no," Republicans said on Tuesday. Republicans said they had '
        "the votes to block it, and he said Democrats would try again."
    )
    entities = entities_of(text)
    assert one(entities, "Liberals").label == "NORP"
    assert one(entities, "Republicans").label == "NORP"
