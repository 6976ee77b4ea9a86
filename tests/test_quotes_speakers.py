"""From a speech verb's subject to a speaker: names, pronouns, organizations, roles."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import said, sample
from newsbrief.brief import Entity, TextSpan
from newsbrief.quotes.context import Context
from newsbrief.quotes.marks import pieces
from newsbrief.quotes.speakers import Resolver


def test_speaker_is_the_consolidated_name(quotes_of: Any) -> None:
    quotes = quotes_of(sample("markdown-report.md"))
    assert said(quotes, "We are going to be here") == "Linda Chen"  # "Chen said:"


def test_pronoun_goes_to_the_nearest_person_before(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "Some villages are walking") == "Daniel Reyes"


def test_pronoun_skips_a_person_of_the_other_gender(quotes_of: Any) -> None:
    text = (
        "Maria Okafor described the drought to reporters, and she said it was getting worse. "
        "Daniel Reyes, a field engineer, nodded.\n\n"
        '"Nobody outside the region knows how bad it is," she said.'
    )
    assert said(quotes_of(text), "Nobody outside the region") == "Maria Okafor"


def test_a_pronoun_never_means_the_one_its_verb_is_said_to(quotes_of: Any) -> None:
    # "him tell Kody": whoever "him" is, he is not Kody; no speaker beats a wrong one.
    text = (
        "A co-worker at the fish plant where Kody Cook worked had given him a dose of "
        "methadone.\n\n"
        "Witnesses heard him tell Kody that he now owed him $7 for the pills."
    )
    assert [q.speaker for q in quotes_of(text) if "owed him" in q.text] in ([], [None])
    # One said to someone else is still the person meant.
    text = (
        "Kody Cook met his boss at the plant on Monday.\n\n"
        "He told reporters that the plant would close within a year."
    )
    assert said(quotes_of(text), "the plant would close") == "Kody Cook"


def test_gendered_titles_choose_between_people_sharing_a_surname(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "People in my district") == "Paul Roth"  # "Mr. Roth said"
    assert said(quotes, "Nobody is being told") == "Rachel Roth"  # "she said"
    assert said(quotes, "heavy-handed mandate") == "Paul Roth"  # "he called ..."


def test_the_ministry_said_in_a_statement(quotes_of: Any) -> None:
    # "Niger's Ministry of Water and Sanitation welcomed the appeal. "...," the ministry
    # said in a statement.": the ministry's name, without the country's possessive.
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "state fuel depots") == "Ministry of Water and Sanitation"


def test_the_company_said(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "enough supply") == "Halvorsen Biologics"


def test_the_statement_said_goes_to_its_issuer(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "Two doses of the vaccine") == "Centers for Disease Control and Prevention"


def test_organization_named_as_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "Our first priority") == "Meridian Petroleum Corp."
    flood = quotes_of(sample("flood-evacuation.txt"))
    assert said(flood, "River levels rose") == "Environment Agency"  # "the EA said"


def test_role_noun_goes_back_to_the_person_introduced_with_it(quotes_of: Any) -> None:
    text = (
        "The couple's lawyer, Harold Pennick, said the girls were recovering at home.\n\n"
        'The lawyer added: "The couple trusts that whoever did this will answer for it in '
        'court."'
    )
    assert said(quotes_of(text), "The couple trusts") == "Harold Pennick"


@pytest.mark.parametrize(
    "introduction",
    [
        "It was an odd thing to say: Doug McCallum’s last term as Surrey mayor ended in 2005.",
        "Doug McCallum served as mayor of Surrey from 1996 to 2005.",
        "Doug McCallum was elected mayor of Surrey in October.",
    ],
)
def test_a_role_the_sentence_gives_a_person_names_them_later(
    quotes_of: Any, introduction: str
) -> None:
    text = (
        f"{introduction} Rival candidate Bruce Hayne joked about it at the debate.\n\n"
        "The city's chart shows registration for youth hockey falling for years.\n\n"
        "Brenda Locke, a councillor, disputed the chart at Monday's meeting.\n\n"
        "The mayor also claimed that the enrolment of young people in ice sports was "
        "dropping.\n\n"
        '"We have in the last eight to nine years had a declining use of ice for hockey," '
        "the mayor told reporters.\n"
    )
    assert said(quotes_of(text), "declining use of ice") == "Doug McCallum"


def test_the_title_alone_is_the_person_introduced_with_it(quotes_of: Any) -> None:
    text = (
        "Fifty years ago, another Republican senator ran this kind of campaign, Arizona's "
        "Barry Goldwater, who took on President Lyndon Johnson.\n\n"
        "Johnson defeated Goldwater in a landslide election.\n\n"
        "When Goldwater squared off against Johnson in 1964, the President predicted "
        "that there would be a frontlash of Republican and independent voters.\n"
    )
    assert said(quotes_of(text), "frontlash") == "Lyndon Johnson"
    # With nobody introduced so, the title stays the article's words, not a name.
    alone = "The vote was close. The President said that the result would stand for years."
    assert said(quotes_of(alone), "result would stand") == "The President"


def test_a_nationality_standing_for_a_person_is_a_description(quotes_of: Any) -> None:
    text = (
        "Barcelona moved four points clear at the top of La Liga on Sunday.\n\n"
        "By contrast, Real coach Carlo Ancelotti is feeling the strain after also dropping "
        "points last weekend against Villarreal.\n\n"
        '"There is no link-up play, our play is too based around individual play," said '
        "the Italian, who must rouse his troops for Tuesday's tie at home to Schalke.\n"
    )
    assert said(quotes_of(text), "no link-up play") == "Carlo Ancelotti"


def test_a_lower_case_noun_tagged_as_a_name_stays_a_description(quotes_of: Any) -> None:
    # The tagger calls 'ministry' a proper noun here; a name is capitalized.
    text = (
        "In a separate statement, the finance ministry said the government would stick "
        "to its goal of narrowing the structural budget deficit this year."
    )
    assert [q.speaker for q in quotes_of(text)] == ["the finance ministry"]


def test_appositive_name_of_a_role_subject(quotes_of: Any) -> None:
    quotes = quotes_of(sample("court-ruling.txt"))
    assert said(quotes, "restore confidence") == "Linda Cole"


def test_speaker_not_in_the_entities_is_kept_as_written(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "Our teams have been working") == "a spokeswoman for the company"


# One quote each: the speaker the construction names (None: nobody it names).
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            (
                "Coach Maria Santos said the team had trained harder than ever this spring.\n\n"
                '"We have never been this fit, and the players know what is at stake on Sunday."\n'
            ),
            "We have never been this fit",
            "Maria Santos",
            id="quote_paragraph_after_reported_speech",
        ),
        pytest.param(
            (
                "Professor Helen Marchetti, head of the institute, said the verdict would give "
                "landlords a blank cheque, adding: 'This judgment could cost tenants thousands.'"
            ),
            "cost tenants thousands",
            "Helen Marchetti",
            id="participle_speech_verb_belongs_to_the_reporting_clause",
        ),
        pytest.param(
            (
                "The idea is untested.\n\n"
                "‘We believe that it is entirely plausible,’ said study co-author "
                "Miriam Achterberg, "
                "reported the magazine."
            ),
            "entirely plausible",
            "Miriam Achterberg",
            id="name_after_said_wins_over_its_role_words",
        ),
        pytest.param(
            (
                "The Oregon Apartment Owners Association praised the veto. "
                '"Today the governor chose '
                "homes over headlines,\" the group's executive director, Sharon Kimura, said in a "
                "statement."
            ),
            "chose homes over headlines",
            "Sharon Kimura",
            id="person_named_between_the_quote_and_a_verb_without_subject",
        ),
        pytest.param(
            (
                "But Victor Hallam, managing director of the club, disagreed with Tom Rendell.\n\n"
                "He said: 'The simple truth is that Tom is not prepared to honour the deal.'"
            ),
            "The simple truth",
            "Victor Hallam",
            id="pronoun_goes_to_the_subject_not_to_a_name_after_it",
        ),
        pytest.param(
            (
                "Aaron Fielding still insists he did nothing wrong.\n\n"
                "In an episode of Dr Hank airing Wednesday, he says, "
                "'I never stole from my employer, "
                "not once, not ever.'"
            ),
            "I never stole from my employer",
            "Aaron Fielding",
            id="pronoun_is_not_a_name_in_passing_in_its_own_sentence",
        ),
        pytest.param(
            (
                "He said he was going to leave out Craig Mellor and Stuart Bannan.\n\n"
                "He said, 'I have played in some huge derbies in Portugal and in Turin.'"
            ),
            "huge derbies",
            None,
            id="pronoun_with_another_he_as_the_subject_is_nobody_named",
        ),
        pytest.param(
            (
                "The cause of the fire is under investigation, the U.S. Forest Service said.\n\n"
                "Pacific Crest Power, the region's electric utility, said it had shut off power "
                "to about 11,000 customers.\n\n"
                '"We are cooperating fully with investigators," the company said in a statement.\n'
            ),
            "cooperating fully",
            "Pacific Crest Power",
            id="the_company_is_the_organization_named_as_subject_just_before",
        ),
    ],
)
def test_speaker_of_each_construction(
    quotes_of: Any, text: str, fragment: str, speaker: str | None
) -> None:
    assert said(quotes_of(text), fragment) == speaker


def test_shared_surname_speaker_is_the_paragraph_subject(quotes_of: Any) -> None:
    quotes = quotes_of(sample("cup-final.txt"))
    assert said(quotes, "My dad has been telling me") == "Gavin Price"
    assert said(quotes, "proud of the lads") == "Alan Price"
    assert said(quotes, "This one is for them") == "Luke Brennan"  # "the captain said"


def test_pronoun_carries_on_from_the_last_one_resolved(quotes_of: Any) -> None:
    text = (
        "Fatima Idowu was stuck for 52 hours beneath the collapsed hotel.\n\n"
        "Volunteers dug through the debris with shovels.\n\n"
        '"I could hear voices above me, so I knew someone would find me," she said.\n\n'
        "Volunteers kept digging until dawn.\n\n"
        "The hotel had four storeys and no fire escape.\n\n"
        "Three other guests were pulled out on Saturday.\n\n"
        "What did she do for 52 hours?\n\n"
        '"I was just praying and waiting for help," she said.'
    )
    quotes = quotes_of(text)
    assert said(quotes, "I could hear voices above me") == "Fatima Idowu"
    assert said(quotes, "I was just praying") == "Fatima Idowu"


def test_two_entities_on_one_span_do_not_stop_the_resolver(annotated_of: Any) -> None:
    # Look-ups may leave one span to two entities; their order is the list's.
    text = "Harbor Authority said the pier would close."
    doc = annotated_of(text)
    span = TextSpan("Harbor", 0, 6)
    first = Entity("Harbor", "ORG", [], [span])
    second = Entity("Harbor Authority", "ORG", [], [span])
    resolver = Resolver(Context(doc, [first, second], pieces(doc)))
    assert [e for _, _, e in resolver.orgs] == [first, second]


def test_a_he_never_means_a_news_outlet_the_recognizer_took_for_a_person(
    annotated_of: Any,
) -> None:
    text = (
        "Doug McCallum left the hall early. "
        "CTV News reached the mayor on Monday, and he said the costs were lower."
    )
    doc = annotated_of(text)

    def person(name: str) -> Entity:
        at = text.index(name)
        return Entity(name, "PERSON", [], [TextSpan(name, at, at + len(name))])

    resolver = Resolver(Context(doc, [person("Doug McCallum"), person("CTV News")], pieces(doc)))
    he = text.index(" he ") + 1
    hit = resolver.ctx.token_at(he)
    assert hit is not None
    found = resolver.speaker(*hit)
    assert found is not None and found.name == "Doug McCallum"
    assert found.mention == TextSpan("he", he, he + 2)


def test_he_was_quoted_as_saying(quotes_of: Any) -> None:
    text = (
        "Doug McCallum, the mayor of Surrey, issued a release on Monday.\n\n"
        '"When the books were shown to me, I was deeply dismayed," he was quoted as saying.'
    )
    q = next(q for q in quotes_of(text) if "dismayed" in q.text)
    assert q.speaker == "Doug McCallum"
    assert q.mention_span is not None and q.mention_span.text == "he"


def test_a_description_is_the_one_person_named_just_before(quotes_of: Any) -> None:
    text = (
        "Guenther Schuh founded the carmaker in Aachen ten years ago.\n\n"
        '"I do not know any carmaker that makes money in this class," '
        "says the lanky, bespectacled professor."
    )
    q = next(q for q in quotes_of(text) if "carmaker that" in q.text)
    assert q.speaker == "Guenther Schuh"
    assert q.mention_span is not None and "professor" in q.mention_span.text


def test_a_description_of_someone_left_unnamed_stays_a_description(quotes_of: Any) -> None:
    text = (
        "Anil Mehta runs the trust's IT department. One senior manager at the trust, who "
        "did not want to be named, spoke to us.\n\n"
        '"It was on the risk register for years," the manager said.'
    )
    q = next(q for q in quotes_of(text) if "risk register" in q.text)
    assert q.speaker == "the manager"


def test_a_description_with_several_people_named_before_stays_a_description(
    quotes_of: Any,
) -> None:
    text = (
        "Guenther Schuh and Larry Ellison met in Aachen ten years ago.\n\n"
        '"I do not know any carmaker that makes money in this class," '
        "says the lanky, bespectacled professor."
    )
    q = next(q for q in quotes_of(text) if "carmaker that" in q.text)
    assert q.speaker == "the lanky, bespectacled professor"


def test_a_she_long_after_anyone_is_named_is_the_last_woman_found_speaking(
    quotes_of: Any,
) -> None:
    filler = " ".join(f"The program ran {n} shelters in the city last winter." for n in range(10))
    text = (
        "Nadia Jamil, principal researcher at the agency, said the project began in 2018.\n\n"
        f"{filler}\n\n"
        '"We just need to remember that the homeless community is not all alike," she added.'
    )
    q = next(q for q in quotes_of(text) if "homeless community" in q.text)
    assert q.speaker == "Nadia Jamil"
    assert q.mention_span is not None and q.mention_span.text == "she"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            (
                "Nora Lindqvist said the ruling was fair. For Megan Vance, Tuesday is a day "
                "she has long waited for. Her brother Karim was among those hurt.\n\n"
                '"I want to hear the sentence read out," she said.'
            ),
            "hear the sentence",
            "Megan Vance",
            id="a_she_after_a_name_in_passing_means_that_name",
        ),
        pytest.param(
            (
                "Cole Brennan scored twice in the first period. The home side answered late in the "
                "third when Owen Tate recorded his first league goal.\n\n"
                '"Honestly it felt like a lucky bounce," said the rookie winger.'
            ),
            "lucky bounce",
            "Owen Tate",
            id="a_description_is_the_one_person_of_the_nearest_sentence",
        ),
        pytest.param(
            (
                "The Norwegian Foreign Ministry asked for the two men to be freed.\n\n"
                '"We stand by the rule of law," the ministry said in a statement.\n\n'
                'A statement from the European Union said, "the stated reason for the inquiry '
                'raises doubts about honest research."'
            ),
            "stated reason",
            "European Union",
            id="a_statement_from_x_is_x_not_an_earlier_issuer",
        ),
        pytest.param(
            (
                "Talks on the fisheries deal stalled in Geneva on Monday.\n\n"
                "Canada will not sign without new quotas, said a statement released Tuesday "
                "by the Prime Minister's Office."
            ),
            "new quotas",
            "Prime Minister's Office",
            id="a_statement_released_by_x_is_x",
        ),
        pytest.param(
            (
                "A plane skidded into a fence at LaGuardia Airport last week.\n\n"
                "The flight crew cited brake issues during the landing, according to an update "
                "on Monday from the National Transportation Safety Board."
            ),
            "brake issues",
            "National Transportation Safety Board",
            id="an_update_from_x_is_x",
        ),
        pytest.param(
            (
                "Chinese foreign ministry spokeswoman Hua Chunying shot back on Tuesday.\n\n"
                "Hua told reporters at a daily briefing in Beijing that China is cautioning its "
                "citizens about travelling to Canada."
            ),
            "cautioning its citizens",
            "Hua Chunying",
            id="a_surname_first_alone_is_the_one_person_whose_name_it_opens",
        ),
        pytest.param(
            (
                "The British aid group Gatsby said its Africa programs director was among those "
                'killed in the attack. A statement said the group was "shocked and saddened" to '
                "confirm his death."
            ),
            "shocked and saddened",
            "Gatsby",
            id="a_statement_nobody_is_named_to_have_issued_is_of_who_spoke_just_before",
        ),
        pytest.param(
            (
                "Talks on the fisheries deal stalled in Geneva on Monday.\n\n"
                "According to a statement released Tuesday, the mayor will resign in June."
            ),
            "the mayor will resign",
            "a statement",
            id="a_statement_of_nobody_named_is_not_described_by_when_it_came_out",
        ),
        pytest.param(
            (
                "The death of Otis Byrd is under investigation.\n\n"
                "Chapter president Derrick Johnson issued a statement calling on "
                '"federal authorities to immediately investigate the hanging death of Mr. Byrd."'
            ),
            "federal authorities",
            "Derrick Johnson",
            id="a_statement_is_of_who_issued_it_there",
        ),
        pytest.param(
            (
                "The veteran was arrested in January.\n\n"
                "Investigators discovered on his laptop a letter saying he wanted to "
                '"use the talents and skills given to me to establish and defend the state."'
            ),
            "talents and skills",
            "a letter",
            id="a_letter_is_not_of_who_found_it",
        ),
        pytest.param(
            (
                'Dana Whitfield said officers prepared for the "volatile" mood at '
                "the camp.\n\n"
                '"This is a remote stretch of road, so we had to be ready for anything."'
            ),
            "remote stretch",
            "Dana Whitfield",
            id="a_scare_quote_leaves_the_paragraph_before_reported_speech",
        ),
        pytest.param(
            (
                "Marco Ruiz runs the bakery.\n\n"
                '"I have baked bread since I was nine," notes Ruiz, who trained in Lyon for a '
                "year.\n\n"
                '"I was an apprentice once too." He is modest about it.'
            ),
            "apprentice once",
            "Marco Ruiz",
            id="a_paragraph_opening_with_a_quote_goes_on_from_the_one_before",
        ),
        pytest.param(
            (
                "Paula Grant, the mayor of Eastfield, issued a release on Monday.\n\n"
                '"When I saw the accounts, I was shocked," she was quoted as '
                'saying. "The borrowing of the city is simply reckless."'
            ),
            "simply reckless",
            "Paula Grant",
            id="the_next_quote_after_he_was_quoted_as_saying",
        ),
        pytest.param(
            (
                "Chief Superintendent Alan Price said police had acted within the law.\n\n"
                "But Secwepemc Chief Ke'lesq said he did not consider those "
                "actions to be threatening.\n\n"
                '"When you are passively there, I do not think there is any aggression," he said.'
            ),
            "passively there",
            "Ke'lesq",  # the name, without the title "Secwepemc Chief" that opens it
            id="a_name_taken_for_no_person_who_says_he_is_one",
        ),
        pytest.param(
            (
                "The king stepped down on Sunday.\n\n"
                "Guardian of the Royal Archive, Ahmad Faizal Rahman, said the council would "
                "meet on Monday to elect a new king."
            ),
            "meet on Monday",
            "Ahmad Faizal Rahman",
            id="a_title_not_recognized_as_a_name_with_a_person_in_apposition",
        ),
        pytest.param(
            (
                "Lawmakers from rural states balked at the cost of the fence. One rural "
                "Republican, Idaho Sen. John Carlin, said Monday that the president had "
                "promised Canada would pay for it."
            ),
            "promised Canada",
            "John Carlin",
            id="a_person_in_apposition_to_a_party_word",
        ),
        pytest.param(
            (
                "In a statement, the owners Tore Lindahl and Leila Amrani said they respected "
                "the vote.\n\n"
                '"Our priority is a respectful and healthy workplace," they said.'
            ),
            "respectful and healthy",
            None,
            id="they_said_is_no_one_person",
        ),
        pytest.param(
            (
                "In a statement, the owners Maria Lopez and David Chen said they respected "
                "the vote.\n\n"
                '"Our priority is a respectful and healthy workplace," they said.'
            ),
            "respectful and healthy",
            "Maria Lopez and David Chen",
            id="they_said_after_two_people_said_it_together",
        ),
        pytest.param(
            (
                "Marco Ruiz opened the bakery last year.\n\n"
                '"You are looking at one kind of loaf only," points out the soft-spoken Guelph '
                "native."
            ),
            "one kind of loaf",
            "Marco Ruiz",
            id="points_out_with_the_speaker_after_it",
        ),
    ],
)
def test_speaker_of_each_resolution(
    quotes_of: Any, text: str, fragment: str, speaker: str | None
) -> None:
    assert said(quotes_of(text), fragment) == speaker


def test_a_quote_between_two_speakers_run_together_is_not_the_later_ones(
    quotes_of: Any,
) -> None:
    text = (
        '"It takes weeks of sketches," says Leo Park, while Tom Hale nods. '
        '"But it pays off in the end." "If Maya had not printed it, I do not think Leo '
        'would still be drawing," says his mother, Grace.'
    )
    assert said(quotes_of(text), "pays off") is None


def test_a_day_before_a_surname_is_no_part_of_the_speaker(quotes_of: Any) -> None:
    text = (
        "Costume row\n\nNicola Scholes told the newspaper the idea was funny.\n\n"
        'On Friday Scholes tweeted an image with the caption: "It was a laugh, it was '
        'tongue in cheek."\n'
    )
    quote = next(q for q in quotes_of(text) if "tongue" in q.text)
    assert quote.speaker == "Nicola Scholes"  # the one person with that surname
    assert quote.speaker_span is not None and quote.speaker_span.text == "Scholes"


def test_a_surname_alone_names_the_one_person_who_bears_it(annotated_of: Any) -> None:
    doc = annotated_of("Scholes said it was fine.")

    def person(name: str) -> Entity:
        return Entity(name, "PERSON", [], [TextSpan(name, 0, 0)])

    one = Resolver(Context(doc, [person("Nicola Scholes"), person("Ann Ray")], pieces(doc)))
    assert one._entity_named("Scholes") is not None
    two = Resolver(Context(doc, [person("Nicola Scholes"), person("Liam Scholes")], pieces(doc)))
    assert two._entity_named("Scholes") is None  # two bear it: neither


def test_a_relative_pronoun_speaks_for_its_name_not_the_names_joined_to_it(
    quotes_of: Any,
) -> None:
    text = (
        "Funeral held\n\nForeign dignitaries included U.S. ambassador to Russia John Tefft, "
        "who said Nemtsov would be remembered as a Russian patriot, and former UK Prime "
        "Minister John Major.\n"
    )
    assert said(quotes_of(text), "remembered as a Russian patriot") == "John Tefft"


def test_who_after_according_to_is_the_named_witness(quotes_of: Any) -> None:
    # The parse hangs "who said" on "according", not on the witness.
    text = (
        "The attack began around 5 p.m. when a car bomb exploded at the hotel's entrance, "
        "according to witness Aden Hussein, who said he was meters away from the hotel when "
        "the blast happened."
    )
    found = [q for q in quotes_of(text) if "meters away" in q.text]
    assert [q.speaker for q in found] == ["Aden Hussein"]


def test_a_title_the_parse_made_the_subject_names_its_holder(quotes_of: Any) -> None:
    text = (
        "Last week, U.S. Director of National Intelligence James Clapper told a Congressional "
        "hearing: \"I really don't think that the negotiations, one way or the other, will "
        'have much bearing on it."'
    )
    assert said(quotes_of(text), "much bearing") == "James Clapper"


def test_a_description_matches_a_short_title_before_a_name(quotes_of: Any) -> None:
    text = (
        "Authorities do not believe the suspect knew the victim, Dallas Police Maj. Jeff "
        "Cotner told reporters. The victim's brother, Omar Hadi, was at home.\n\n"
        '"The witness stated that he observed the suspect raise the rifle," the police '
        "major said."
    )
    assert said(quotes_of(text), "raise the rifle") == "Jeff Cotner"


def test_an_age_standing_for_a_person_is_the_one_named_before(quotes_of: Any) -> None:
    text = (
        "FIFA president Sepp Blatter criticized the regional confederations in Zurich on "
        "Monday. The executive committee includes three women.\n\n"
        '"This was hard work because the members are elected by the associations," the '
        "78-year-old said at an event."
    )
    assert said(quotes_of(text), "This was hard work") == "Sepp Blatter"


def test_a_description_that_gives_a_name_is_that_name(quotes_of: Any) -> None:
    text = '"This is so wonderful, I cannot believe it," wrote a user named Caleb Parke on Twitter.'
    assert said(quotes_of(text), "so wonderful") == "Caleb Parke"
