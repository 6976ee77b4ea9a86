"""Grouping mentions into one entity per real-world thing, and voting its label.

Mentions are grouped by name key; then merged: an acronym and its expansion
("Centers for Disease Control and Prevention (CDC)", "CDC"); a person's full name,
surname and titled forms ("George Lowe", "Mr Lowe", "Lowe"), a surname shared by
two people going to the one the story is about or named nearest before it; a short
form of an organization's name ("Voltaris" for "Voltaris Energy"). The label is a
vote over mentions with priorities: a person with a personal title, a full name or
surname is a PERSON, a country or region is a place, an organization's or a place's
head word ("... Agency", "... River") counts for its kind.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsbrief.brief import TextSpan
from newsbrief.entities.cues import HINT_VOTE, PLACE_LABELS
from newsbrief.entities.gender import agreed_gender, other_gender, title_gender
from newsbrief.entities.mentions import BODY_WEIGHT, Mention
from newsbrief.entities.names import (
    acronym_fits,
    country_acronym_fits,
    expansion,
    initialled,
    is_acronym,
    name_key,
    surname,
)
from newsbrief.entities.places import place_name
from newsbrief.lexicon import (
    EVENT_HEAD_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    ORG_HEAD_WORDS,
    ORG_LEAD_WORDS,
    PARTY_MEMBERS,
    PLACE_HEAD_LABELS,
    RELIGIONS,
    WELL_KNOWN_ORGS,
    given_name_gender,
)

# Label votes: each mention votes its recognizer label once; these add to it (and
# the cues `newsbrief.entities.mentions` finds around it).
TITLE_VOTE = 3.0  # "Mr.", "President", ... right before the name
HEAD_WORD_VOTE = 2.0  # "... Agency", "... River"
SURNAME_TOPIC_BLOCKS = 1  # a shared surname goes to the recent subject within this many blocks
WEAK_VOTE = 0.5  # a sentence-initial common noun the recognizer took for a name
# Legal suffixes: "Marcus Hale Inc." is a company even with a given name first.
LEGAL_SUFFIXES = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "LLC", "GmbH", "AG", "SA", "PLC", "plc", "LLP", "LP", "NV"}
    | {"BV", "Limited", "Incorporated", "Group", "Holdings", "Foundation", "Institute"}
)
# The last word of a building's or a site's name: never a person's.
BUILDING_HEAD_WORDS = frozenset(
    {"Mall", "Station", "Arena", "Stadium", "Airport", "Complex", "Plaza", "Terminal"}
    | {"Hotel", "Bar", "Pub", "Restaurant", "Prison"}
)
# A chamber named by one word, and the last word of other names ("White House",
# "Opera House"): never their short form.
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,4}")
_ROMAN = re.compile(r"[IVX]+")  # "Henry VIII", "Muhammad V"
_PARENTHESIZED = re.compile(r"\(\s*(?P<acr>(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7})\s*\)")


@dataclass
class Group:
    """Mentions of one thing while they are being consolidated."""

    mentions: list[Mention] = field(default_factory=list)
    person: bool = False  # a full personal name is among the forms
    label: str = ""

    @property
    def forms(self) -> list[str]:
        return [m.span.text for m in self.mentions]

    def gender(self) -> str | None:
        return agreed_gender(m.gender for m in self.mentions)

    def titles(self) -> set[str]:
        return {m.title for m in self.mentions if m.title}

    def honorific(self) -> bool:
        """Whether the article gives it a personal title ("Mr.", "Ms."): a person's name."""
        return bool(self.titles() & HONORIFICS)

    def longest(self) -> str:
        """Its form of the most words (the first of them): its fullest name."""
        return max(self.forms, key=lambda f: len(f.split()))

    def surname(self) -> str | None:
        if not self.person:
            return None
        return surname(self.longest())


def vote(mentions: Iterable[Mention], gazetteer: bool = True) -> str:
    """The label of a group of mentions: a place by name, an organization by its
    head word, else the vote (`gazetteer=False`: without the names of places)."""
    ms = sorted(mentions, key=lambda m: m.span.start)
    forms = {m.span.text for m in ms}
    place = place_name(forms) if gazetteer else None
    if place is not None:
        return place
    longest = max(forms, key=lambda f: (len(f.split()), len(f)))
    head = longest.split()[-1].rstrip(".")
    # A title or a cue around a name (not a pronoun bound to it, which errs) says
    # it is a person's.
    personal = any(
        m.title is not None or any(c == ("PERSON", HINT_VOTE) for c in m.cues) for m in ms
    )
    named = named_kind(longest, forms)
    if named is not None and (not personal or named in ("FAC", "PRODUCT", "NORP")):
        return named  # "Kelvin Hardware Supplies", "Twitter": the name says what it is
    votes: defaultdict[str, float] = defaultdict(float)
    for m in ms:
        if m.label:
            votes[m.label] += WEAK_VOTE if m.weak else 1.0
        if m.title is not None:
            votes["PERSON"] += TITLE_VOTE
        for label, weight in m.cues:
            votes[label] += weight
    if (given_name_gender(longest) is not None or initialled(longest)) and "&" not in longest:
        # Once per name, not per mention: a recognizer that keeps calling "Paul
        # Smith" (the fashion house) an organization outvotes it; one stray ORG for
        # "Marcus Hale" does not. "Ben & Jerry" names a firm.
        votes["PERSON"] += HINT_VOTE
    if len(longest.split()) > 1:
        if head in ORG_HEAD_WORDS:
            votes["ORG"] += HEAD_WORD_VOTE
        if head in PLACE_HEAD_LABELS:
            votes[PLACE_HEAD_LABELS[head]] += HEAD_WORD_VOTE
    best = max(votes.values(), default=0.0)
    for m in ms:  # ties go to the label of the earliest mention
        if m.label and votes[m.label] == best:
            return m.label
    return max(votes, key=lambda label: votes[label], default="ORG")


def named_kind(longest: str, forms: Iterable[str]) -> str | None:
    """The kind a name itself tells, before any vote: a well-known organization,
    an organization's head or lead word ("... GmbH", "University of ..."), a
    building's head word ("... Mall", "... Station")."""
    words = longest.split()
    if any(f in RELIGIONS for f in forms):
        return "NORP"  # "a distortion of Islam": a faith, not an organization
    if longest.casefold() in PARTY_MEMBERS:
        return "NORP"  # "Republicans said", "the vast majority was to Liberals": members
    if any(f in WELL_KNOWN_ORGS for f in forms):
        return "ORG"
    if len(words) < 2:
        return None
    head = words[-1].rstrip(".")
    if words[0] in ORG_LEAD_WORDS and words[1] == "of":
        return "ORG"
    if head in ORG_HEAD_WORDS and not (
        len(words) == 2 and head not in LEGAL_SUFFIXES and given_name_gender(longest) is not None
    ):
        return "ORG"  # not "Jim Press", a given name and a surname
    if head in BUILDING_HEAD_WORDS:
        return "FAC"
    if head in EVENT_HEAD_WORDS:
        return "EVENT"  # "Arnold Palmer Invitational": a given name first, yet no person
    if _ACRONYM_HEAD.fullmatch(head) and not _ROMAN.fullmatch(head):
        return "ORG"  # "Surrey-Guildford LRT", "Ontario PC": a person's name ends in a name
    if len(words) == 2 and words[0] in WELL_KNOWN_ORGS and place_name([words[1]]) is None:
        return "PRODUCT"  # "Chrysler Aspen", "Airbus A380": a maker's name and a model's
    return None


def _personal_evidence(m: Mention) -> bool:
    """Whether a mention itself says it names a person: the recognizer's label, a
    title, a cue around it, or a given name first."""
    return (
        m.label == "PERSON"
        or m.title is not None
        or any(label == "PERSON" for label, _ in m.cues)
        or given_name_gender(m.span.text) is not None
        or initialled(m.span.text)
    )


def group_by_key(mentions: Iterable[Mention]) -> dict[str, Group]:
    """Mentions grouped by name key, each group with its voted label and whether
    it is a person named in full."""
    groups: dict[str, Group] = {}
    for m in mentions:
        groups.setdefault(name_key(m.span.text), Group()).mentions.append(m)
    for g in groups.values():
        g.label = vote(g.mentions)
        # The dearer vote last: most groups have no mention of two words that
        # says it names a person.
        g.person = any(m.ntokens >= 2 and _personal_evidence(m) for m in g.mentions) and (
            vote(g.mentions, gazetteer=False) == "PERSON"
        )
    return groups


def merge(groups: dict[str, Group], into: str, key: str) -> None:
    if key == into or key not in groups or into not in groups:
        return
    groups[into].mentions.extend(groups.pop(key).mentions)


def merge_acronyms(groups: dict[str, Group], text: str) -> None:
    """'Long Name (ABC)' anywhere in the text, and an acronym whose letters are the
    initials of exactly one longer name."""
    for paren in _PARENTHESIZED.finditer(text):
        long = expansion(text, paren)
        if long is None:
            continue
        inside: list[Mention] = []
        for key, g in list(groups.items()):
            keep = [m for m in g.mentions if m.span.end <= long.start or m.span.start >= long.end]
            inside += [m for m in g.mentions if m not in keep]
            g.mentions = keep
            if not keep:
                del groups[key]
        label = Counter(m.label for m in inside).most_common(1)[0][0] if inside else "ORG"
        weight = max((m.weight for m in inside), default=BODY_WEIGHT)
        long_key = name_key(long.text)
        groups.setdefault(long_key, Group(label=label)).mentions.append(
            Mention(long, label, len(long.text.split()), weight=weight)
        )
        a, z = paren.span("acr")
        acr_key = name_key(text[a:z])
        if acr_key not in groups:
            groups[acr_key] = Group([Mention(TextSpan(text[a:z], a, z), label, 1)], label=label)
        merge(groups, long_key, acr_key)
    # Each group's names of two words or more, once: merging an acronym into a
    # group adds none.
    long_forms = {
        k: list(dict.fromkeys(f for f in g.forms if len(f.split()) >= 2)) for k, g in groups.items()
    }
    for key, g in list(groups.items()):
        if key not in groups or not all(is_acronym(f) for f in g.forms):
            continue
        for fits in (acronym_fits, country_acronym_fits):
            candidates = [
                k
                for k, other in groups.items()
                if k != key
                and other.label not in PLACE_LABELS
                and any(fits(g.forms[0], f) for f in long_forms[k])
            ]
            if len(candidates) == 1:
                merge(groups, candidates[0], key)
                break


def resolve_surname(m: Mention, candidates: list[Group]) -> Group:
    """Which of several people sharing a surname a bare surname mention means: the
    one a gendered title or a shared title points to; else the one the story was
    last about (the subject of a main clause in this paragraph or the one before:
    'Gavin Price, whose father Alan Price played ...' then 'Price said'); else the
    one last called by the bare surname; else, unless the one named last spoke,
    the last subject of a main clause further back; else the one mentioned most
    recently before it; else the one whose full name comes next."""
    pool = candidates
    told = title_gender(m.title)
    if told is not None:  # "Ms. Walsh" is Linda Walsh, not Tom Walsh, whatever else is said
        pool = [c for c in pool if (c.gender() or given_name_gender(c.longest())) in (told, None)]
        pool = pool or candidates
    elif m.title is not None:
        pool = [c for c in pool if m.title in c.titles()] or pool
    if len(pool) == 1:
        return pool[0]
    before = [(x, i) for i, c in enumerate(pool) for x in c.mentions if x.span.start < m.span.start]
    topics = [
        (x.span.start, i)
        for x, i in before
        if x.main_subject and x.block >= m.block - SURNAME_TOPIC_BLOCKS
    ]
    if topics:
        return pool[max(topics)[1]]
    # The one already called by the bare surname keeps it: a relative named in
    # passing ("Durst's first wife, Kathleen McCormack Durst") does not take every
    # later "Durst" from the man the story is about. A titled mention ("Ms. Walsh"
    # after "his neighbor, Linda Walsh") is the writer telling them apart.
    surname = name_key(m.span.text)
    bare = [
        (x.span.start, i) for x, i in before if x.title is None and name_key(x.span.text) == surname
    ]
    if bare and m.title is None:
        return pool[max(bare)[1]]
    # "Former President Bill Clinton criticized ... for his wife Hillary Clinton."
    # then '"...," Clinton said': the one the story was last about, further back,
    # unless the one named last spoke ("said her mother, Inna Duritskaya").
    subjects = [(x.span.start, i) for x, i in before if x.main_subject]
    if subjects and not max(before, key=lambda p: p[0].span.start)[0].speaks:
        return pool[max(subjects)[1]]
    if before:
        return pool[max((x.span.start, i) for x, i in before)[1]]
    after = [(x.span.start, i) for i, c in enumerate(pool) for x in c.mentions]
    return pool[min(after)[1]]


def _org_short_form(g: Group, groups: dict[str, Group]) -> bool:
    """Whether a one-word group the recognizer calls an organization is the first
    word of an organization's name in the article (so not a person's surname). A
    name the article gives a personal title is a person's ("Mr. Trump" beside the
    Trump Foundation)."""
    if vote(g.mentions, gazetteer=False) != "ORG" or g.honorific():
        return False
    word = g.forms[0].split()[0]
    return any(
        not other.person and other.label == "ORG" and f.split()[0] == word and len(f.split()) > 1
        for other in groups.values()
        for f in other.forms
    )


def merge_surnames(groups: dict[str, Group], text: str) -> list[Mention]:
    """Fold surname-only groups into the one person of that surname; with several
    people of one surname, return the mentions to resolve one by one. A given name
    used alone ("Ron" after "Ron Lane") joins the one person it can be, unless it
    names the kin of someone of another surname ("Spindler's father, Joseph" is not
    Joseph Boinnet)."""
    people: dict[str, list[str]] = {}
    given: dict[str, list[str]] = {}
    for key, g in groups.items():
        surname = g.surname()
        if surname is not None:
            people.setdefault(surname, []).append(key)
            first = g.longest().split()[0]
            given.setdefault(name_key(first), []).append(key)
    pending: list[Mention] = []
    for key, g in list(groups.items()):
        if g.person or any(len(f.split()) > 1 for f in g.forms):
            continue
        if (
            place_name(g.forms) is not None
            and vote(g.mentions, gazetteer=False) in PLACE_LABELS
            and not g.titles()
        ):
            continue  # "Washington" the city beside "George Washington"
        targets = people.get(key, [])
        if targets and _org_short_form(g, groups):
            continue  # "Ford" beside "Ford Motor Company" and "William Clay Ford Jr."
        if len(targets) == 1:
            person = groups[targets[0]]
            if other_gender(g.titles(), person.gender(), person.longest()):
                continue  # "Mr. Obama" is not "the first lady, Michelle Obama"
            merge(groups, targets[0], key)
        elif targets:
            pending.extend(groups.pop(key).mentions)
        elif (
            len(given.get(key, [])) == 1
            and g.titles() <= KIN_NOUNS | groups[given[key][0]].titles()
            and not _kin_of_another(g, groups[given[key][0]], text)
        ):  # "her father Khaled"; "Sultan Muhammad" for "Sultan Muhammad V"
            merge(groups, given[key][0], key)
    return pending


# "Spindler's father, Joseph", "Smith's late wife Anne": the name before the kin noun.
_KIN_OF = re.compile(r"([A-Z][\w'’-]*)['’]s\s+(?:[a-z]+\s+)?([a-z]+),?\s*$")
KIN_REACH = 40  # characters before a given name where its kin noun may be


def _kin_of_another(g: Group, person: Group, text: str) -> bool:
    """Whether a mention of the given name `g` is introduced as the kin of someone
    whose surname is not `person`'s."""
    own = person.surname()
    for m in g.mentions:
        found = _KIN_OF.search(text[max(0, m.span.start - KIN_REACH) : m.span.start])
        if found and found.group(2) in KIN_NOUNS and found.group(1) != own:
            return True
    return False
