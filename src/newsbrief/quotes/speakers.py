"""From the subject of a speech verb to a speaker.

The speaker is resolved to a consolidated entity: a name through its mentions, a
pronoun to the nearest person named before it who agrees in gender (from titles
like "Mr" and "Ms" and from pronouns the article uses for them), "who" to the
noun it qualifies, "it" to the nearest organization, "the ministry" to the
organization whose name has that word, "the statement" to whoever issued it, "the
lawyer" to the person introduced with that role. A speaker that is none of these
is kept as the article gives it ("a spokeswoman for the company").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.brief import Entity, TextSpan
from newsbrief.entities import pronoun_gender
from newsbrief.lexicon import ORG_HEAD_WORDS, PERSON_TITLES
from newsbrief.nlp import Segment
from newsbrief.quotes.antecedents import (
    Antecedent,
    last_of_gender,
    last_speaker,
    org_before,
    pronoun_subject,
    related,
)
from newsbrief.quotes.context import Context
from newsbrief.quotes.descriptions import person_by_role, person_described, role_of, roles
from newsbrief.quotes.nouns import (
    DOCUMENT_NOUNS,
    ISSUING_VERBS,
    ORG_NOUNS,
    STATEMENT_NOUNS,
    THING_NOUNS,
    document_owner,
    issued_by,
    name_after_its_of,
    named_as,
    named_org,
    title_holder,
)
from newsbrief.quotes.syntax import (
    antecedent,
    beside,
    has_the,
    name_bounds,
    noun_phrase,
    says_he,
    subject_depth,
    told_names,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
ORG_PRONOUNS = frozenset({"it", "its"})
APPOS_GAP = 3  # tokens between a noun and the name in apposition to it
PRONOUN_LOOKBACK_SENTENCES = 3  # sentences before the pronoun's own
PRONOUN_FAR_SENTENCES = 8  # beyond the lookback, only a person of known gender
THEY_LOOKBACK_SENTENCES = 2  # "X and Y said" this close before a "they"


@dataclass
class Speaker:
    """Who said a quote, and where the article names them."""

    name: str
    span: TextSpan  # a mention of the name (or the description as written)
    mention: TextSpan | None = None  # the words that attribute the quote
    cue: TextSpan | None = None  # the speech verb


class Resolver:
    """From the subject of a speech verb to a speaker."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.people = self._mentions_of("PERSON")
        self.orgs = self._mentions_of("ORG")
        # (offset, end, person) of pronouns already resolved: 'she said' ... 'she said'.
        self.meant: list[tuple[int, int, Entity]] = []
        # (offset, end, person) of the people found speaking, in the order found.
        self.spoke: list[tuple[int, int, Entity]] = []
        self.together: list[TextSpan] = []  # people found speaking together, in order
        # Sentences whose speaker is someone left unnamed ("A cousin of Yassine, who
        # asked not to be named, told CNN"): a he or she after it means them.
        self.unnamed_spoke: set[int] = set()
        # (offset, speaker) of the speakers found by a name, in the order found.
        self.named: list[tuple[int, Speaker]] = []

    @cached_property
    def known_roles(self) -> list[tuple[int, str, Entity]]:
        """The roles the article gives its people, read once a description speaks."""
        return roles(self.ctx, self.people)

    def _mentions_of(self, label: str) -> list[tuple[int, int, Entity]]:
        """(start, end, entity) of the mentions outside quotes of entities with this
        label, in order (two entities' mentions of one span keep the list's order)."""
        found = (
            (m.start, m.end, e)
            for e in self.ctx.entities
            if e.label == label
            for m in e.mentions
            if not self.ctx.inside_quote(m.start)
        )
        return sorted(found, key=lambda t: (t[0], t[1]))

    def speaker(self, seg: Segment, tok: Token) -> Speaker | None:
        """The speaker a speech verb's subject `tok` stands for, with `tok`'s own
        mention as the words that attribute the quote."""
        found = self._resolve(seg, tok, 0)
        if found is not None:
            found.mention = self._attributing_mention(seg, tok)
            person = self.ctx.entity_at(found.span.start, found.span.end)
            if tok.pos_ == "NOUN" and (person is None or person.name != found.name):
                # Someone left unnamed, whatever name their description holds ("A
                # cousin of Yassine, who asked not to be named").
                self.unnamed_spoke.add(self._sentence_of(found.span.start))
            elif person is not None and person.label == "PERSON":
                self.spoke.append((found.span.start, found.span.end, person))
            if person is not None and person.name == found.name:
                self.named.append((found.span.start, found))
            if tok.pos_ == "PROPN" and (
                person is None or (person is not None and person.label != "PERSON" and says_he(tok))
            ):
                # A name the recognizer missed, or took for no person ("Hereditary
                # Chief Na'moks said he ..."): a later he or she may mean this speaker.
                unnamed = Entity(found.name, "PERSON", [], [found.span])
                self.meant.append((found.span.start, found.span.end, unnamed))
        return found

    def _attributing_mention(self, seg: Segment, tok: Token) -> TextSpan:
        """The mention `tok` belongs to: the entity's mention there, a name's
        words, a pronoun, or the noun phrase ('a spokeswoman for the company')."""
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            tok = antecedent(tok) or tok  # "Smith, who said": Smith
        at = seg.offset(tok.idx)
        entity = self.ctx.entity_at(at, at + len(tok.text))
        if entity is not None:
            span = self._mention_span(entity, at)
            if span.start <= at < span.end:
                return span
        if tok.pos_ == "PRON":
            return seg.span(tok.doc[tok.i : tok.i + 1])
        a, z = noun_phrase(tok)
        return seg.span(tok.doc[a:z])

    def _resolve(self, seg: Segment, tok: Token, depth: int, alone: bool = False) -> Speaker | None:
        """The speaker `tok` names; `alone`: the one a relative pronoun stands for,
        not the names joined to it ("John Tefft, who said ..., and John Major")."""
        ctx = self.ctx
        at = seg.offset(tok.idx)
        lower = tok.lower_
        gender = pronoun_gender(lower)
        if gender is not None:
            found = self._person_before(at, at + len(tok.text), gender)
            # "him tell Kody that he owed him $7": not the one he tells.
            return (
                None
                if found is not None and found.name in told_names(ctx, seg, tok.head)
                else found
            )
        if lower in ORG_PRONOUNS:
            return self._org_before(at, self._block_of(at), None)
        if lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and depth < 2:
            before = antecedent(tok)
            return self._resolve(seg, before, depth + 1, alone=True) if before is not None else None
        if lower == "they" and self.together:
            # "X and Y said they ..." then '"...," they said': the two, just before.
            both = self.together[-1]
            if self._sentence_of(at) - self._sentence_of(both.start) <= THEY_LOOKBACK_SENTENCES:
                return Speaker(both.text, both)
        if tok.pos_ == "PRON":
            return None  # "they", "we", "I": no one named
        # A name set right beside it ("Its sponsor, Sen. Linda Cole, said"), or a person
        # in apposition to a name that is no person's ("Keeper of the Ruler's Seal, Syed
        # Ahmad,", "One red-state Democrat, Montana Sen. Jon Tester,").
        proper = tok.pos_ == "PROPN"
        named = next(
            (
                c
                for c in (tok.subtree if proper else tok.children)
                if c.dep_ == "appos"
                and (self.ctx.person_at(seg.offset(c.idx)) if proper else c.pos_ == "PROPN")
                and (proper or beside(tok, c, APPOS_GAP))
            ),
            None,
        ) or (
            title_holder(tok, lambda t: ctx.person_at(seg.offset(t.idx)))
            if proper
            else name_after_its_of(tok, lambda t: ctx.person_at(seg.offset(t.idx))) or named_as(tok)
        )
        entity = ctx.entity_at(at, at + len(tok.text))
        if named is not None and depth < 2 and (entity is None or entity.label != "PERSON"):
            return self._resolve(seg, named, depth + 1)
        if (tok.ent_type_ == "NORP" or (entity and entity.label == "NORP")) and has_the(tok):
            # "said the Italian": the person the nationality stands for, as a description.
            described = person_described(self, at, tok)
            if described is not None:
                return Speaker(described[0].name, described[1])
            phrase = seg.span(seg.doc[slice(*noun_phrase(tok))])
            return Speaker(phrase.text, phrase)
        if entity is not None:
            span = self._mention_span(entity, at)
            also = [
                c for c in tok.children if c.dep_ == "conj" and ctx.person_at(seg.offset(c.idx))
            ]
            if (
                also and entity.label == "PERSON" and not alone
            ):  # "Tore Sohlberg and Lehla Abreder said"
                end = seg.offset(also[-1].idx) + len(also[-1].text)
                both = TextSpan(ctx.doc.text[span.start : end], span.start, end)
                self.together.append(both)
                return Speaker(both.text, both)
            return Speaker(entity.name, span)
        a, end = name_bounds(tok)
        # "the President predicted": a title standing for the person, as a role noun.
        title = a == tok.i and tok.lower_ in PERSON_TITLES and has_the(tok)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not title:  # not 'ministry'
            name = seg.span(tok.doc[a:end])
            known = self._entity_named(name.text)
            return Speaker(known.name if known is not None else name.text, name)
        a, z = noun_phrase(tok)
        if a >= 2 and seg.doc[a - 1].is_quote and not seg.doc[a - 2].is_punct:
            return None  # 'the "boys will be boys" trope called out': a label's noun
        phrase = seg.span(seg.doc[a:z])
        head = tok.lemma_.lower()
        if (head in THING_NOUNS or tok.lower_ in THING_NOUNS) and depth < 2:  # "datum"
            own = document_owner(tok)  # "according to the council's traffic data"
            if own is not None and own.pos_ == "PROPN":
                return self._resolve(seg, own, depth + 1)
        if head in DOCUMENT_NOUNS and depth < 2:
            # Its own issuer: "A statement from the EU said"; "reports by media
            # outlets" or "the union's release" as written, not a guess at who.
            own = document_owner(tok)
            if own is not None and own.pos_ in ("PROPN", "PRON"):
                return self._resolve(seg, own, depth + 1)
            if own is not None:
                a, z = noun_phrase(own)
                return Speaker(seg.span(seg.doc[a:z]).text, seg.span(seg.doc[a:z]))
            # Else, for a statement, who spoke by name just before ("Gatsby said ...
            # A statement said the group was ..."); else the document, not when it
            # came out ("a statement released Tuesday": "a statement").
            found = self._issuer(at, head, depth)
            if found is None and head in STATEMENT_NOUNS:
                found = self._named_before(at)
            out = [c.i for c in tok.rights if c.dep_ == "acl" and c.lemma_ in ISSUING_VERBS]
            document = seg.span(seg.doc[a : min([z, *out])])
            return found or Speaker(document.text, document)
        if head in ORG_NOUNS and len(seg.doc[a:z]) <= 3:
            org = self._org_before(at, self._block_of(at), head)
            if org is not None:
                return org
        if (its_org := named_org(ctx, seg, tok)) is not None and depth < 2:
            return self._resolve(seg, its_org, depth + 1)  # "the Chatham House think tank"
        if has_the(tok):
            described = person_by_role(self.known_roles, at, role_of(tok)) or person_described(
                self, at, tok
            )
            if described is not None:
                return Speaker(described[0].name, described[1])
        return Speaker(phrase.text, phrase)

    def _entity_named(self, text: str) -> Entity | None:
        """The one entity with this name or alias, for a name the recognizer missed."""
        found = [e for e in self.ctx.entities if text == e.name or text in e.aliases]
        if not found and " " not in text:
            # A surname alone: the one person who bears it; else the one person whose
            # name it opens ("Hua" for "Hua Chunying", whose surname comes first).
            key = text.casefold()
            found = self.ctx.people_by_surname.get(key) or self.ctx.people_by_first_word.get(
                key, []
            )
        return found[0] if len(found) == 1 else None

    def _block_of(self, offset: int) -> int:
        seg = self.ctx.segment_at(offset)
        return seg.block if seg is not None else 0

    def _mention_span(self, entity: Entity, at: int) -> TextSpan:
        return next((m for m in entity.mentions if m.start <= at < m.end), entity.mentions[0])

    def _person_before(self, at: int, until: int, gender: str) -> Speaker | None:
        """The person 'he' or 'she' means, among those named (or already meant by a
        pronoun) a few sentences before it and not of the other gender: in the
        nearest sentence that names any, a subject first ('Hallam admits ...'
        before 'for Rendell'), then one of that gender, then the subject of the higher
        clause, then the first named. Nobody when that is a name in passing and a he
        or she is that sentence's subject ('He said he would leave out Stuart'), or
        someone of that gender comes a little earlier. Further back, only a first
        person met whom the article shows to be of that gender, or the one person in
        reach, of that gender by the given name."""
        pool = self._pronoun_candidates(at, gender)
        if not pool:
            ctx, of = self.ctx, self._sentence_of
            last = last_speaker(ctx, self.spoke, self.people, of, at, gender) or last_of_gender(
                ctx, self.people, of, at, gender
            )
            return self._meant(at, until, *last) if last is not None else None
        nearest = pool[0].sentence
        if nearest in self.unnamed_spoke and all(
            related(self.ctx, c) for c in pool if c.sentence == nearest
        ):
            return None  # "A cousin of Yassine ... told CNN ..." then '"...," he said'
        if self._sentence_of(at) - nearest > PRONOUN_LOOKBACK_SENTENCES:
            far = pool[0]
            shown = far.meant or self.ctx.shown_genders.get(far.entity.name) == gender
            # Or the only person in reach, of that gender by the given name.
            alone = all(c.entity is far.entity for c in pool) and far.known == gender
            chosen = far if shown or alone else None
        else:
            # The person found speaking there first ("An uncle of Yassine Labidi, Abeld
            # Malik Labidi, told CNN"; "he said Yassine was ..."), then a subject.
            spoke = {s for s, _, _ in self.spoke}
            chosen = max(
                (c for c in pool if c.sentence == nearest),
                key=lambda c: (
                    c.meant or c.start in spoke,
                    c.depth >= 0,
                    c.known == gender,
                    -c.depth,
                    -c.start,
                ),
            )
            in_passing = chosen.depth < 0 and chosen.start not in spoke
            rival = any(
                c.known == gender and c.entity is not chosen.entity
                for c in pool
                if nearest - PRONOUN_LOOKBACK_SENTENCES <= c.sentence < nearest
            )
            if in_passing and (
                (chosen.known != gender and rival)
                or pronoun_subject(self.ctx, nearest, gender, chosen.start)
            ):
                chosen = None
        if chosen is None:
            return None
        return self._meant(at, until, chosen.start, chosen.end, chosen.entity)

    def _meant(self, at: int, until: int, a: int, z: int, e: Entity) -> Speaker:
        """The pronoun at `at` means `e`, named at a:z: later pronouns may carry on."""
        self.meant.append((at, until, e))
        return Speaker(e.name, TextSpan(self.ctx.doc.text[a:z], a, z))

    def _pronoun_candidates(self, at: int, gender: str) -> list[Antecedent]:
        """People a pronoun at `at` may mean, nearest first: not of the other gender,
        not a name used as a modifier ('the Trump administration'), nor one in
        passing in the pronoun's own sentence ('In an episode of Dr Hank, he says')."""
        here = self._sentence_of(at)
        # Only the sentences in reach are read: the subject depth of every person
        # named since the article's start cost more than all the rest.
        first = here - PRONOUN_FAR_SENTENCES
        lo = self.ctx.sentence_starts[first] if first >= 0 else 0
        i = bisect.bisect_left(self.people, (at, -1))
        j = bisect.bisect_left(self.people, (lo, -1), 0, i)
        found = [(s, z, e, subject_depth(self.ctx, z), False) for s, z, e in self.people[j:i]]
        found += [(s, z, e, 0, True) for s, z, e in self.meant if lo <= s < at]
        found.sort(key=lambda c: c[0], reverse=True)
        out = []
        for start, end, e, depth, meant in found:
            sentence = self._sentence_of(start)
            known = self.ctx.genders.get(e.name)
            last = e.name.split()[-1] if e.name.split() else ""
            # An organization's last word ("CTV News"): no one a he or she means.
            if known not in (None, gender) or self.ctx.modifier_at(end) or last in ORG_HEAD_WORDS:
                continue
            if sentence == here and depth < 0:
                continue
            out.append(Antecedent(start, end, e, sentence, depth, known, meant))
        return out

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.ctx.sentence_starts, offset) - 1

    def _org_before(self, at: int, block: int, noun: str | None) -> Speaker | None:
        """The organization meant by 'it' or 'the company' (`antecedents.org_before`)."""
        found = org_before(self.ctx, self.orgs, at, block, noun)
        if found is None:
            return None
        start, end, e = found
        return Speaker(e.name, TextSpan(self.ctx.doc.text[start:end], start, end))

    def _named_before(self, at: int) -> Speaker | None:
        """The last speaker found by a name in the sentence before `at`'s or in it."""
        here = self._sentence_of(at)
        before = [(a, s) for a, s in self.named if a < at and self._sentence_of(a) >= here - 1]
        if not before:
            return None
        s = max(before, key=lambda b: b[0])[1]
        return Speaker(s.name, s.span)

    def _issuer(self, at: int, noun: str, depth: int) -> Speaker | None:
        """Who issued 'the statement' the article mentioned before."""
        found = issued_by(self.ctx, at, noun, self._block_of(at))
        return self._resolve(*found, depth + 1) if found is not None else None
