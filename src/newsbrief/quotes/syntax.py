"""Speech in the parse: speech verbs, their subjects, the verb reporting a
clause, a speaker's noun phrase, and how deep a subject's clause is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.entities import PLACE_LABELS
from newsbrief.lexicon import (
    ORG_HEAD_WORDS,
    ORG_LEAD_WORDS,
    PERSON_TITLES,
    PLACE_LEAD_WORDS,
    SPEECH_VERBS,
    dateline_length,
)
from newsbrief.nlp import Segment, doc_text
from newsbrief.quotes.context import Context
from newsbrief.quotes.control import controller_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
HE_OR_SHE = frozenset({"he", "she"})
NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod"})
NP_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from"})
SUBJECT_WALK_STEPS = 3
SUBJECT_DEPTH_CAP = 8
REPORTED_CLAUSE_STEPS = 3
QUOTING_VERBS = frozenset({"quote", "cite"})  # "was quoted as saying"
# Prepositions before a speech verb's gerund that leave its subject the clause's
# ("responded by saying", "after saying").
GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while"})
# Speech verbs whose object is the listener: "told the court" never names the speaker.
LISTENER_VERBS = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform", "call"})


HYPHENS = frozenset({"-", "‐", "‑"})
# The titles an office's name may hold: "the Sheriff's Office", "the Coroner's Office".
OFFICE_HOLDERS = PERSON_TITLES | {"examiner", "auditor", "ombudsman", "prosecutor", "coroner"}

# How far into a paragraph a dateline may reach ("LONDON, England, March 5 (CNN) --").
DATELINE_REACH = 80


def subject(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """Who speaks with a speech verb: its active subject (a name before a common noun
    when the parse gives two: 'said study co-author Miriam Achterberg'), the agent of a
    passive one ('was called ... by X'), through conjoined and relative clauses, the
    noun an active participle describes ('a manager describing it as ...'). A
    speech verb the parse hangs inside reported speech ('said the verdict would give
    ..., adding:', 'said every penny had gone ... and told the court:') belongs to the
    speech verb that reports it."""
    speech = speech_verb(verb)
    shared = False  # reached through a conjoined verb: its subject is this one's
    first_tag = verb.tag_
    for _ in range(SUBJECT_WALK_STEPS):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and allowed(c) and not c.is_punct]
        cited = _cited_saying(verb, allowed)
        if cited is not None:
            return cited  # "The Wrap reported Daniels saying": Daniels's words
        if shared:  # "Hamilton had been penalized by race stewards and exclaimed:"
            subjects += [c for c in verb.children if c.dep_ == "nsubjpass" and allowed(c)]
        # "(CNN)Pablo Picasso once asked": the parse makes the credit the subject.
        subjects = [p for s in subjects if (p := _past_dateline(s)) is not None and allowed(p)]
        if subjects:
            return next((s for s in subjects if s.pos_ == "PROPN"), subjects[0])
        for child in verb.children:
            if child.dep_ == "agent" and not shared:
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None and allowed(agent):
                    return agent
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            return quoted if allowed(quoted) else None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "she was called ...": not her words
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
            # "his best response was to say": the one whose response it is ("My goal
            # is to ask": the writer's, no one named).
            noun = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun else None
            if owner is None and noun is not None:
                if noun.pos_ != "PROPN" and noun.lower_ not in PERSON_TITLES:
                    return None  # "None of this is to suggest": nobody suggests
            elif owner is not None and owner.lower_ in ("my", "our"):
                return None
            elif owner is not None and owner.pos_ == "PRON" and allowed(owner):
                return owner
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in GERUND_PREPOSITIONS
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            verb = verb.head.head  # "responded by saying ...": who responded
            continue
        # Not through a conjunct of another form ("asking the court to show mercy and
        # vowing that ...": the parse's conjunct, not the court's vow).
        controller = controller_of(verb) if not shared or first_tag == verb.tag_ else None
        if controller is not None:
            return controller if allowed(controller) else None
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            shared = verb.dep_ == "conj"
            reporter = _reporting_verb(verb.head) if speech else None
            verb = reporter if reporter is not None else verb.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and allowed(verb.head):
            return verb.head  # "a product manager describing the program as ..."
        return None
    return None


def _quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in 'he was quoted as saying' or 'quoted him as saying': the
    passive subject or the object of the verb that 'as saying' hangs on."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoted = verb.head.head
    if quoted.lemma_.lower() not in QUOTING_VERBS:
        return None
    # "he was quoted as saying", "Reuters quoted Lee Daniels as saying"
    return next((c for c in quoted.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _cited_saying(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """The one cited in 'The Wrap reported Lee Daniels saying': the subject of a
    'saying' the reporting verb governs."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.tag_ == "VBG" and child.lemma_ == "say":
            return next((c for c in child.children if c.dep_ == "nsubj" and allowed(c)), None)
    return None


def _reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose reported clause holds `verb` ('said' for 'give' in 'said
    the verdict would give ...'), when `verb` is no speech verb itself."""
    node = verb
    for _ in range(REPORTED_CLAUSE_STEPS):
        if speech_verb(node) or node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and speech_verb(node.head):
            return node.head
        if node.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        node = node.head
    return None


def adjacent_subject(verb: Token, allowed: Callable[[Token], bool], inverted: bool) -> Token | None:
    """When the parse gives no usable subject: the name or pronoun right before the
    verb ('Mrs Lowe told'), else, where the order may be inverted (right after a
    quote), the name right after it ('said Maria Okafor'); never the listener of a
    verb that takes one ('told the court')."""
    doc = verb.doc
    if verb.i > 0:
        before = doc[verb.i - 1]
        if before.pos_ in ("PROPN", "PRON", "NOUN") and allowed(before):
            return before
    if not inverted or verb.lemma_.lower() in LISTENER_VERBS:
        return None
    i = verb.i + 1
    if i < len(doc) and doc[i].dep_ == "prt" and doc[i].head.i == verb.i:
        i += 1  # "points out the ... resident"
    first = doc[i] if i < len(doc) else None
    if (
        first is not None
        and first.dep_ == "det"
        and first.head.head.i == verb.i
        and first.head.pos_ in ("PROPN", "NOUN")
        and allowed(first.head)
    ):
        return first.head  # "points out the laid-back Cambridge resident"
    while i < len(doc) and doc[i].pos_ in ("DET", "PROPN", "ADJ", "NOUN") and allowed(doc[i]):
        if i + 1 >= len(doc) or doc[i + 1].pos_ not in ("PROPN", "NOUN"):
            return doc[i] if doc[i].pos_ in ("PROPN", "NOUN") else None
        i += 1
    return None


# Verbs that are speech with their particle only: "points out", not "pointed at".
PHRASAL_SPEECH_VERBS = frozenset({("point", "out")})
PHRASAL_LEMMAS = frozenset(verb for verb, _ in PHRASAL_SPEECH_VERBS)


def speech_verb(tok: Token) -> bool:
    """Whether a token is a speech verb ("said", "told", "added", "points out")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    return lemma in PHRASAL_LEMMAS and any(
        (lemma, c.lower_) in PHRASAL_SPEECH_VERBS for c in tok.children if c.dep_ == "prt"
    )


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Token range of a speaker's noun phrase: 'a spokeswoman for the company'."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in NP_DEPS:
            left = min(left, child.left_edge.i)
    right = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in NP_PREPOSITIONS:
            right = max(right, child.right_edge.i + 1)
            break
        if child.dep_ in ("acl", "amod") and child.tag_ in ("VBN", "JJ") and child.i == right:
            # "People arrested last week", "a person familiar with the talks", up to a
            # comma or a conjunction ("familiar with the talks but unauthorized to ...")
            end = child.i + 1
            while (
                end <= child.right_edge.i and tok.doc[end].text != "," and tok.doc[end].dep_ != "cc"
            ):
                end += 1
            right = max(right, end)
            break
    while right - 1 > tok.i and tok.doc[right - 1].is_punct:
        right -= 1  # "the founder of the press," without its comma
    return _after_dateline(tok, left), right


def name_bounds(tok: Token) -> tuple[int, int]:
    """The tokens of the proper name `tok` heads: the words compounded before it,
    less a day glued to it ("On Friday Scholes tweeted") and the titles that open
    it ("Chancellor Gene Block", "Assistant U.S. Attorney William Weinreb"), and an
    "of" phrase after an organization's or a place's lead word ("the Borough of
    Hummelstown said", not "Borough")."""
    doc, a = tok.doc, tok.i
    while a > 0:
        if (
            doc[a - 1].pos_ == "PROPN"
            and doc[a - 1].dep_ == "compound"
            and doc[a - 1].ent_type_ != "DATE"
        ):
            a -= 1
        elif _hyphened(doc, a):
            a -= 2  # "SNC-Lavalin": both halves, not "Lavalin"
        else:
            break
    end = tok.i + 1
    if tok.text in ORG_HEAD_WORDS and a > 1 and doc[a - 1].tag_ == "POS":
        owner = doc[a - 2]
        if owner.text[:1].isupper() and owner.lower_ in OFFICE_HOLDERS:
            # "the Sheriff's Office", "the Prime Minister's Office": the office's
            # name holds its holder's title (not "Office", nor a title cut off).
            k = owner.i
            while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
                k -= 1
            return k, end
    if tok.text in ORG_LEAD_WORDS or tok.text in PLACE_LEAD_WORDS:
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if place is not None and place.pos_ == "PROPN" and of is not None and of.i == end:
            end = place.right_edge.i + 1
    for k in range(tok.i - 1, a - 1, -1):
        if doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in PERSON_TITLES:
            return k + 1, end
    return a, end


def _hyphened(doc: Doc, a: int) -> bool:
    """Whether the name word at `a` is the second half of a hyphened name, the
    hyphen glued to both ("SNC-Lavalin", "Wilson-Raybould")."""
    return (
        a > 1
        and doc[a - 1].text in HYPHENS
        and not doc[a - 1].whitespace_
        and not doc[a - 2].whitespace_
        and doc[a - 2].pos_ == "PROPN"
        and doc[a - 2].text[:1].isupper()
    )


def _past_dateline(tok: Token) -> Token | None:
    """`tok`, or for a word of a paragraph's dateline the name the parse set beside
    it ("(CNN)Pablo Picasso asked": Picasso), or None."""
    text = doc_text(tok.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    if tok.idx - line > DATELINE_REACH or tok.idx >= line + dateline_length(
        text[line : tok.idx + DATELINE_REACH]
    ):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _after_dateline(tok: Token, left: int) -> int:
    """`left`, or the first token after a dateline the phrase would open with:
    "Washington (CNN)Maryland authorities said" is said by "Maryland authorities"."""
    doc = tok.doc
    text = doc_text(doc)
    start = doc[left].idx
    line = text.rfind("\n", 0, start) + 1
    if left == tok.i or text[line:start].strip():
        return left  # the phrase does not open its paragraph
    cut = line + dateline_length(text[line : doc[tok.i].idx])
    while left < tok.i and doc[left].idx < cut:
        left += 1
    return left


def subject_depth(ctx: Context, end: int) -> int:
    """How deep the clause is whose subject the name ending at `end` is (0 for the
    main clause); -1 when it is no subject."""
    hit = ctx.token_at(end - 1)
    if hit is None:
        return -1
    tok = hit[1]
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in SUBJECT_DEPS:
        return -1
    depth, node = 0, tok.head
    while node.head.i != node.i and depth < SUBJECT_DEPTH_CAP:
        depth, node = depth + 1, node.head
    return depth


def says_he(subj: Token) -> bool:
    """Whether the speech verb of subject `subj` reports a clause whose subject is
    he or she ('Na'moks said he did not consider ...'): the speaker is a person."""
    clause = next((c for c in subj.head.children if c.dep_ == "ccomp"), None)
    return clause is not None and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in HE_OR_SHE for c in clause.children
    )


def antecedent(who: Token) -> Token | None:
    """What a relative pronoun stands for: the noun its clause hangs on, or, where
    the parse hangs the clause on a word that is none ('according to witness Aden
    Hussein, who said'), the name or noun right before its comma."""
    head = who.head.head
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _person_above(head) if who.lower_ in ("who", "whom") else head
    i = who.i - 1
    if i > 0 and who.doc[i].text == ",":
        i -= 1
    before = who.doc[i] if i >= 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


# What a "who" stands for is never a place or an organization.
_NOT_PEOPLE = PLACE_LABELS | {"ORG"}


def _person_above(noun: Token) -> Token:
    """For a "who" the parse hangs on a place or an organization after a
    preposition, the noun that preposition belongs to: "nervous Democrats on
    Capitol Hill, who have argued", "a spokesman for Google, who said"."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.ent_type_ in _NOT_PEOPLE
        and prep.head.pos_ in ("NOUN", "PROPN")
    ):
        return prep.head
    return noun


def has_the(tok: Token) -> bool:
    """Whether `tok` has "the" for its determiner ("said the Italian")."""
    return any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)


def told_names(ctx: Context, seg: Segment, verb: Token) -> set[str]:
    """The names of those a speech verb is said to: its object, indirect object or
    the object of its "to" ("told Kody", "said to Smith")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    out += [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    found = (ctx.entity_at(seg.offset(c.idx), seg.offset(c.idx) + 1) for c in out)
    return {e.name for e in found if e is not None}


def beside(noun: Token, name: Token, gap: int) -> bool:
    """Whether `name`, in apposition to `noun`, is set right beside it: at most `gap`
    tokens after the noun and the phrases it takes before the name ("The Israeli
    ambassador to Canada, Rafael Barak, said")."""
    own = [p.right_edge.i for p in noun.rights if p.dep_ == "prep" and p.i < name.i]
    return name.left_edge.i <= max([noun.i, *own]) + gap
