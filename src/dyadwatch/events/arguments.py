"""Arguments: from a token in the parse to the political actor(s) it names.

A noun phrase names an actor through its own words ("Venezuela", "the Kremlin"), its
modifiers ("Iranian forces", "the UK's aid", "the Government of India"), a person the
article has introduced ("Mr. Lee" after "South Korean President Lee Myung-Bak"), or a
reference resolved in the discourse ("its", "the country", "the former", "both states",
"the East Asian state"). Coordination yields one actor per conjunct.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..actors.discourse import Referent
from ..actors.named import STATE_SECTORS
from ..annotate.places import lookup_place
from .context import SentenceContext
from .speech import load_speech
from .tree import (
    GROUP_NUMBERS,
    RELATIVIZERS,
    conjuncts,
    example_list,
    has_to,
    in_subject,
    light_clauses,
    light_relative,
    listed_apposition,
    noun_phrase_text,
    participle_agents,
    sentence_end,
    sentence_start,
    subject_of,
    sums_up,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors.matcher import Mention

_STATE_PRONOUNS = {"it", "its", "they", "their", "them", "itself", "theirs"}
_PERSON_PRONOUNS = {"he", "his", "him", "she", "her", "hers"}
_FIRST_PLURAL = {"we", "our", "us", "ours", "ourselves"}
_FIRST_SINGULAR = {"i", "my", "me"}
_SECOND = {"you", "your", "yours"}
_REFERRING_PRONOUNS = frozenset(_STATE_PRONOUNS | _PERSON_PRONOUNS | _FIRST_PLURAL)
_PEOPLES_POSSESSIVES = frozenset(_PERSON_PRONOUNS | _FIRST_PLURAL | _FIRST_SINGULAR)
_PAIR_WORDS = {"both", "two"}
#: pronouns of quantity whose of-phrase names the actors ("both of whom", "each of them")
_QUANTIFIERS = {"both", "each", "all", "either", "neither", "none"}
#: "all sides", "the parties", "both sides": the parties to the last event between two states
_SIDE_NOUNS = {"side", "party"}
#: the nouns of a state's governing body itself ("the government", "the junta"), not of one
#: of its ministries or offices
_GOVERNING_NOUNS = frozenset({"government", "administration", "regime", "junta"})
#: the sectors of a state's executive bodies, which act for it unnamed ("the ministry said")
_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
#: prepositions that list some members of a plural noun ("nations including Peru", "such as")
_MEMBER_PREPS = {"including", "such"}
_SIDE_DETS = {"all", "both", "the"}
_MOD_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
# prepositions that set a scene rather than name a party: "in violation of UN resolutions"
_CIRCUMSTANTIAL = {"in", "at", "near", "under", "amid", "despite", "during", "within", "across", "throughout", "around", "after", "before", "since", "following"}
# "Western adversaries", "its allies": the modifier names the other side of the relation
#: the phrases after an act's object that say what the act is about, no party of its own
_ABOUT_DEPS = frozenset({"prep", "pcomp", "advcl", "xcomp", "ccomp", "acl", "relcl"})
_RELATIONAL = {"adversary", "enemy", "rival", "foe", "opponent", "critic", "ally", "partner", "neighbour", "neighbor", "proxy", "patron", "client"}


#: sectors of a title that holds no office of a state (CAMEO OPP opposition, ELI elites:
#: "former prime minister"): its bearer is no state's official by that title
_STATELESS_TITLES = frozenset({"OPP", "ELI"})
#: referents the resolver infers rather than reads off the words
_GUESSED_KINDS = frozenset({"publisher-official", "topic-official", "publisher", "topic", "pronoun", "speaker"})
#: referents of an official named by title alone ("the Foreign Secretary said")
_TITLE_GUESSES = frozenset({"publisher-official", "topic-official"})


def _in_text(prep: Token) -> bool:
    """"restrictions in a U.S. bill": what a text holds, not where something happens."""
    return prep.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in load_speech().document_nouns for p in prep.children)


def _participle_complement(prep: Token) -> bool:
    """A preposition a participle on the noun takes ("individuals involved in the regime's
    crackdown", "entities based in Iran"): what they are involved in, not the scene."""
    return prep.head.dep_ == "acl" and prep.head.tag_ == "VBN" and prep.head.i < prep.i


class Resolver:
    """Resolves argument tokens to referents within one sentence."""

    def __init__(self, ctx: SentenceContext) -> None:
        self.ctx = ctx

    def patron(self, tok: Token) -> bool:
        """Whether the name at ``tok`` is hyphened to a participle that tells a group's
        patron ("Iran-backed militias", "the Chile-aligned rebels"): the group is not its."""
        h = self.ctx.mention_head(tok)
        p = h.head
        return (
            p.i == h.i + 2 and h.nbor(1).text in ("-", "\u2010", "\u2011") and h.dep_ in _MOD_DEPS
            and p.lower_ in self.ctx.lexicon.backer_participles
        )

    # -- public -------------------------------------------------------------------
    def actors(self, tok: Token, exclude: set[str] | None = None, depth: int = 0) -> list[Referent]:
        """All actors a noun phrase headed by ``tok`` names, one per conjunct."""
        if tok.i in self.ctx.mentions and self.patron(tok):
            return []
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN" and depth == 0 and sums_up(tok) is None:
            # "Orban, the only EU leader to have met Putin": a description set beside a name
            # stands for what the name names (not the EU its modifier names); not a noun that
            # sums up the clause before it, whose last name the parser hangs it on ("proposed a
            # commission including the Pope, an idea Kyiv rejected")
            named = self.actors(tok.head, exclude, depth + 1)
            if named:
                return named
        out: list[Referent] = []
        heads = [tok, *conjuncts(tok)]
        heads += [c for h in list(heads) for c in h.children if c.dep_ == "appos" and c.i in self.ctx.mentions and not example_list(c)]
        for head in heads:
            refs = self._office(head, exclude or set(), depth) or self._np(head, exclude or set(), depth)
            if len(refs) == 1 and refs[0].kind != "relation":
                # (a relation read off the story's pair is a guess: it tells the discourse
                # nothing it did not know)
                self.ctx.resolved.setdefault(head.i, refs[0].country)
            out.extend(refs)
        return unique_actors(out)

    def _body_owner(self, head: Token, exclude: set[str], depth: int) -> list[Referent]:
        """An organisation's name owned by another actor is that actor's own body of the
        name ("Russia's Security Council", "the African Union's Peace and Security
        Council"), not the organisation the name alone means (the UN's)."""
        if self.ctx.mentions[head.i].kind != "igo":
            return []
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [r for c in owners for r in self.actors(c, exclude, depth + 1)]
        code = self.ctx.mentions[head.i].country
        return [r for r in found if r.country != code]

    def _office(self, head: Token, exclude: set[str], depth: int) -> list[Referent]:
        """A person's name with an appositive office names the office's actor, whatever
        the dictionaries say the person held: "Michelle Bachelet, United Nations High
        Commissioner for Human Rights", "Jean-Yves Le Drian, France's Minister of Europe"."""
        m = self.ctx.mentions.get(head.i)
        named = (m is not None and m.kind == "person") or head.i in self.ctx.persons
        if not named and (head.pos_ != "PROPN" or m is not None):
            return []  # (no person, whatever a relative clause on the word says: not read)
        # "Mitri, who is Lebanon's minister of culture": the office a relative clause gives
        said = [a for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" for a in c.children if a.dep_ == "attr"]
        person = named or bool(said)
        if not person or depth > 2:
            return []
        offices = [c for c in head.children if c.dep_ == "appos"] + said
        for c in offices:
            if c.pos_ in ("NOUN", "PROPN"):
                # only an office the text names ("of the United Nations"), not one the
                # resolver would guess (the publisher's, the topic's)
                # (nor another person named there: the next of a list the parser hung on
                # the name, "Vladimir Putin, President of Azerbaijan Ilham Aliyev and ...")
                refs = [r for r in self._np(c, exclude, depth + 1) if r.kind not in _GUESSED_KINDS and (r.kind != "person" or c.i in self.ctx.mentions or c.i in self.ctx.persons)]
                if refs:
                    return refs
        return []

    def _titled(self, head: Token, person: Referent) -> Referent:
        """A person whose title before the name is an organisation's acts for it, whatever
        state the dictionaries give the person: "NATO Secretary-General Jens Stoltenberg"
        (Norway's prime minister before), "EU foreign policy chief Josep Borrell"."""
        ctx = self.ctx
        m = ctx.mentions[head.i]
        first = head.i
        while first > sentence_start(head) and ctx.mentions.get(first - 1) is m:
            first -= 1
        for t in head.doc[head.left_edge.i : first]:
            title = ctx.mentions.get(t.i)
            if title is not None and title.country and title.kind == "igo" and not ctx.disc.is_state(title.country) and t.dep_ in _MOD_DEPS:
                return Referent(title.country, person.sector, person.text, person.start, person.end, "person", person.confidence)
        return person

    def deep_actors(self, tok: Token, exclude: set[str] | None = None) -> list[Referent]:
        """Actors anywhere inside the phrase (relative clauses, "linked to ...")."""
        found = self.actors(tok, exclude)
        if found:
            return found
        if tok.pos_ in ("VERB", "AUX"):
            if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj"):
                # "concern about Iran's accelerating enrichment": a gerund's own subject
                return unique_actors([a for c in tok.children if c.dep_ in ("nsubj", "poss") for a in self.actors(c, exclude)])
            return []  # a clause is no party to this event
        if self.ctx.noun_trigger(tok):
            # another event is no party either, but its partner is: "endorsed an agreement
            # with the European Union" is an endorsement of the EU
            partners: list[Referent] = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            partners.extend(self.actors(p, exclude))
            return unique_actors(partners)
        out: list[Referent] = []
        # scene-setting phrases and purpose clauses ("efforts to address the North Korean
        # threat": the efforts, not North Korea) name no party
        blocked = {
            t.i for c in tok.subtree
            if (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANTIAL and not _participle_complement(c) and not _in_text(c)) or (c.dep_ == "acl" and has_to(c))
            for t in c.subtree
        }  # fmt: skip
        for t in tok.subtree:
            if t.i in self.ctx.mentions and t.i != tok.i and t.i not in blocked and not self.patron(t):
                h = self.ctx.mention_head(t)
                if h.dep_ == "pobj" and h.head.lower_ in ("in", "at", "near", "across", "throughout", "around") and not _in_text(h.head):
                    continue  # a place, not a party
                if h.head.lemma_.lower() in _RELATIONAL and h.dep_ in _MOD_DEPS:
                    continue  # "Western adversaries" are not the West
                ref = self._from_mention(t, t)
                if ref and ref.country not in (exclude or set()):
                    ref.confidence = 0.55
                    out.append(ref)
        return unique_actors(out)

    # -- noun phrases -------------------------------------------------------------
    def _np(self, head: Token, exclude: set[str], depth: int) -> list[Referent]:
        if depth > 4:
            return []
        ctx = self.ctx
        low = head.lower_
        # 1. the head is itself (part of) an actor name; a group of states names each member
        if head.i in ctx.mentions and ctx.mentions[head.i].kind == "group":
            return self._members(ctx.mentions[head.i], head, exclude)
        if head.i in ctx.mentions and (owner := self._body_owner(head, exclude, depth)):
            return owner
        if head.i in ctx.mentions and ctx.mentions[head.i].kind == "demonym" and head.tag_ in ("NNS", "NNPS") and head.dep_ == "nsubj" and any(
                c.dep_ == "relcl" for c in head.children):
            # "Cubans who had signed contracts with the Russian army ...": a people's plural
            # that a relative clause narrows, doing an act, is some of its nationals doing it,
            # not their state (as sufferers they stand for it: "released five Americans who
            # were unjustly detained")
            return []
        if head.i in ctx.mentions:
            ref = self._from_mention(head, head)
            if ref is not None and ref.kind == "person":
                ref = self._titled(head, ref)
            if ref is not None:
                return [] if ref.country in exclude else [ref]
        # 2. pronouns and references; "both of whom", "each of them": the of-phrase's
        if head.pos_ in ("PRON", "DET") and low in _QUANTIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return unique_actors(r for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c) for r in self.actors(p, exclude, depth + 1))
        if _counted_alone(head):
            # "both pledged to de-escalate", "mediate between the two": a group with no noun
            return self.group(head, max(GROUP_NUMBERS[low], 2), exclude)
        if head.pos_ == "PRON" or low in RELATIVIZERS:
            return self._pronoun(head, exclude)
        # 3. a person the article introduced
        person = self._person(head)
        if person is not None:
            return [] if person.country in exclude else [person]
        children = list(head.children)  # (read once for the walks below: each builds new Token objects)
        # 4. a plural noun that lists some of its members names them: "seven Latin American
        # nations, including Peru and Chile", "Western governments such as France's"
        listed = [p for c in children if c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS for p in _members_listed(c)]
        if listed and head.tag_ in ("NNS", "NNPS") and (ctx.lexicon.is_state_noun(head.lemma_.lower()) or head.lemma_.lower() in ctx.lexicon.group_nouns):
            members = unique_actors(r for p in listed for r in self.actors(p, exclude, depth + 1))
            if members:
                return members
        # descriptions: "the country", "both states", "the former", "the East Asian state"
        described = self._description(head, exclude)
        if described is not None:
            return described
        # 5. modifiers: possessive, compound, adjective, "of"-phrase
        if head.lemma_.lower() in _RELATIONAL:
            return self._counterpart(head, exclude)
        sector = self._sector(head)
        found: list[Referent] = []
        for child in children:
            if child.dep_ == "poss" and head.lemma_.lower() == "counterpart":
                continue  # "his counterparts in both capitals": his own state's are not his counterparts
            if child.dep_ in _MOD_DEPS and child.i < head.i:
                # "Pakistani and Afghan forces": coordinated modifiers name one side each
                for mod in [child, *conjuncts(child)]:
                    for ref in self._modifier(mod, exclude, depth):
                        found.append(_with_sector(ref, sector))
        if any(r.kind not in _TITLE_GUESSES for r in found):
            # "its secretary general": the owner's office; "secretary" is part of the title,
            # not an official of the story's state besides
            found = [r for r in found if r.kind not in _TITLE_GUESSES]
        if found:
            self._note_title(head, found)
            return unique_actors(found)
        for child in children:
            # "officials of Iran"; "officials with the U.N. World Food Program" (a role noun's)
            # "planes and ships from the nation's armed forces": forces the from-phrase owns
            # "diplomats from seven nations", "officials from the two countries": theirs (not
            # "governments from Chile to Argentina", a range)
            # "Soldiers from Chile attacked ...", "nationals from Chile were arrested": the
            # people of that state, as the doers or sufferers a subject names (not "the
            # withdrawal of forces from Panama", where the from-phrase is the place left)
            people_from = sector == "GOV" or (sector in ("MIL", "CVL") and head.dep_ in ("nsubj", "nsubjpass"))
            from_forces = child.lower_ == "from" and (any(self._sector(p) == "MIL" for p in _pobjs(child)) or (
                people_from and head.tag_ == "NNS"
                and not any(t.dep_ == "prep" and t.lower_ == "to" for t in (*child.subtree, *children))))
            # "a statement from the Algerian presidency": a text's from-phrase is its author;
            # so is a voiced act's ("dismissed criticism from Washington")
            from_author = child.lower_ == "from" and _voiced_text(head.lemma_.lower())
            # "a spokesperson for the French foreign ministry": whom a spokesperson speaks for
            for_body = child.lower_ == "for" and head.lower_ in ctx.lexicon.spokesperson_nouns
            if child.dep_ == "prep" and (child.lower_ in ("of", "by") or (child.lower_ == "with" and sector is not None) or from_forces or from_author or for_body):
                for pobj in _pobjs(child):
                    for ref in self.actors(pobj, exclude, depth + 1):
                        found.append(_with_sector(ref, sector))
            elif child.dep_ == "appos" and not example_list(child):
                found.extend(self.actors(child, exclude, depth + 1))
            elif child.dep_ == "prep" and child.lower_ == "in" and head.lower_ in ctx.lexicon.local_institution_nouns:
                # "a court in Guyana", "authorities in Beijing": the state's own body
                for pobj in _pobjs(child):
                    m = ctx.mentions.get(pobj.i)
                    if m is not None and m.kind in ("name", "alias", "capital") and m.country and ctx.disc.is_state(m.country):
                        found.extend(_with_sector(ref, sector) for ref in self.actors(pobj, exclude, depth + 1))
                    elif m is None or m.kind == "anaphor":
                        # "his counterparts in both capitals", "officials in both countries"
                        found.extend(_with_sector(r, sector) for r in self._description(pobj, exclude) or () if r.kind in ("pair", "group"))
        if not found and ctx.noun_trigger(head):
            # an act names its doer through the light verb that tells it: "the sanctions
            # (that) the United States imposed on Iran", "the support extended by Chile"
            found = [_with_sector(ref, sector) for d in _doers(head, ctx.triggers.light_verbs) for ref in self.actors(d, exclude, depth + 1)]
        if not found and head.lower_ in ctx.lexicon.office_holder_nouns:
            # "the mayor of Nablus", "the mayor of the West Bank city of Nablus": a city's office
            for child in (c for c in children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in _pobjs(child):
                    for place in (pobj, *(p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c))):
                        ref = self.city(place, sector, exclude)
                        if ref is not None:
                            found.append(ref)
        if found:
            self._note_title(head, found)
            return unique_actors(found)
        # 6. a government title with no country: the publisher's own official
        if self._is_title_only(head):
            here = (ctx.char(head), ctx.char(head) + len(head.text))
            pub = ctx.disc.publisher
            # (one named before it in the text: "the Minister held a call with Le Drian,
            # France's Minister of Europe" is the publisher's)
            at, named = ctx.disc.titles.get(head.lemma_.lower(), (here[0], None))
            if named is not None and at < here[0] and named not in exclude and children and all(c.dep_ == "det" and c.lower_ == "the" for c in children) and head.i not in ctx.persons:
                # "the Ambassador of the United States ... The Ambassador alleged": the office
                # the text named with its state, not the publisher's own
                return [Referent(named, sector or "GOV", noun_phrase_text(head), *here, "definite", 0.6)]
            if pub and pub not in exclude:
                return [Referent(pub, sector or "GOV", noun_phrase_text(head), *here, "publisher-official", 0.6)]
            # "the Minister of Foreign Affairs" in a story plainly about one state
            scores = ctx.disc.salience(states_only=True)
            ranked = sorted(((v, c) for c, v in scores.items() if c not in exclude), reverse=True)
            if ranked and (len(ranked) == 1 or ranked[0][0] >= 1.5 * ranked[1][0]) and not pub:
                return [Referent(ranked[0][1], sector or "GOV", noun_phrase_text(head), *here, "topic-official", 0.5)]
        # 7. the officials of a state's body named with no state, in a subject ("Russian
        # officials said ... Agriculture Ministry officials have held talks with Brazil"):
        # the body's state is the one that just acted, as for "the ministry" alone
        if (body := self._body_of_officials(head)) is not None:
            code = self._acting_state(head, exclude)
            here = (ctx.char(head), ctx.char(head) + len(head.text))
            return [Referent(code, body, noun_phrase_text(head), *here, "definite", 0.55)] if code else []
        return []

    def _note_title(self, head: Token, found: list[Referent]) -> None:
        """Remember the state of a singular office the text names with it ("the Ambassador of
        the United States", "the Chinese ambassador"): whose a later bare "the Ambassador" is."""
        lemma = head.lemma_.lower()
        if head.tag_ in ("NN", "NNP") and lemma in self.ctx.lexicon.office_holder_nouns and head.i not in self.ctx.persons:
            codes = unique_codes(r.country for r in found)
            if len(codes) == 1 and self.ctx.disc.is_state(codes[0]):
                self.ctx.disc.titles[lemma] = (self.ctx.char(head), codes[0])

    def _body_of_officials(self, head: Token) -> str | None:
        """The sector of the state body that a plural noun of officials in a subject names as
        its compound, with no actor, owner or of-phrase ("Agriculture Ministry officials",
        "Defence Ministry officials"), else None."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NNS" or self.ctx.lexicon.sector_of(head.lower_) != "GOV":
            return None
        if any(c.dep_ in ("poss", "prep", "appos", "amod") for c in head.children):
            return None  # ("officials of Iran", "Iranian Ministry officials": named; "senior" may be anyone's)
        if any(t.i in self.ctx.mentions or t.i in self.ctx.persons for t in head.subtree if t.i != head.i):
            return None
        bodies = [c for c in head.children if c.dep_ == "compound" and c.tag_ in ("NN", "NNP")]
        for c in bodies:
            sector = self.ctx.lexicon.sector_of(c.lemma_.lower())
            if sector in _BODY_SECTORS and c.lemma_.lower() not in self.ctx.lexicon.office_holder_nouns and c.lemma_.lower() not in _GOVERNING_NOUNS:
                return sector
        return None

    def city(self, tok: Token, sector: str | None, exclude: set[str]) -> Referent | None:
        """The state of the gazetteer's city the proper nouns ending at ``tok`` name."""
        if tok.pos_ != "PROPN" or tok.i in self.ctx.mentions:
            return None
        first = tok
        while first.i > sentence_start(tok) and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
            first = first.nbor(-1)
        name = tok.doc[first.i : tok.i + 1].text
        loc = lookup_place(name)
        if loc is None or loc.country is None or loc.country in exclude or not self.ctx.disc.is_state(loc.country):
            return None
        start = self.ctx.char(first)
        return Referent(loc.country, sector, name, start, start + len(name), "place", 0.6)

    def _members(self, m: Mention, head: Token, exclude: set[str]) -> list[Referent]:
        """A named group of states ("the E3", "AUKUS"): one referent per member state."""
        sector = self._sector(head) if self.ctx.mentions.get(head.i) is not m else None
        return [Referent(c, sector, m.text, m.start, m.end, "group", 0.85) for c in m.candidates if c not in exclude]

    def _modifier(self, child: Token, exclude: set[str], depth: int) -> list[Referent]:
        ctx = self.ctx
        if child.i in ctx.mentions and ctx.mentions[child.i].kind == "group":
            return self._members(ctx.mentions[child.i], child, exclude)
        if child.i in ctx.mentions and ctx.mentions[child.i].kind == "anaphor" and child.dep_ == "poss" and child.tag_ == "NN":
            # "the junta's leaders", "the country's foreign minister": the one state the
            # reference stands for owns them, as a name would (not "both countries'
            # parliaments", a pair the story may not have named together)
            return self.actors(child, exclude, depth + 1)
        if child.i in ctx.mentions:
            ref = None if self.patron(child) else self._from_mention(child, child)
            return [] if ref is None or ref.country in exclude else [ref]
        if child.pos_ == "PRON" or child.lower_ in _REFERRING_PRONOUNS:
            return self._pronoun(child, exclude)
        if child.dep_ == "poss" or child.dep_ == "compound":
            return self.actors(child, exclude, depth + 1)
        return []

    def _from_mention(self, tok: Token, head: Token) -> Referent | None:
        ctx = self.ctx
        m = ctx.mentions[tok.i]
        kind = m.kind
        if kind in ("anaphor",):
            return None
        country = m.country
        if kind == "capital" and (h := ctx.mention_head(tok)).dep_ == "compound" and h.head.lower_ not in ctx.lexicon.local_institution_nouns:
            # "the Minsk agreements", "the Astana format": a name, not a government; but "the
            # Tripoli authorities", "the Damascus government": the state's own body, as "the
            # authorities in Tripoli" are
            return None
        if kind == "description" or not country:
            # "North American imperialism", "the East Asian state" (adjectival); "in Latin America" is a place
            h = ctx.mention_head(tok)
            if h.dep_ in ("amod", "compound", "poss", "nmod") or h.pos_ == "ADJ":
                return self._resolve_description(m, set(), tok)
            return None
        if len(m.candidates) > 1:
            # (a candidate named before it in its own sentence first: "the European Union's
            # ambassador said Brussels had raised the matter", before the article's memory)
            before = ctx.named_before(m, tok.i)
            ranked = [*([before] if before else []), *ctx.disc.ranked(set(), states_only=False)]
            for c in ranked:
                if c in m.candidates:
                    country = c
                    break
        # the head's own word gives the sector only when it is not part of the name
        # ("Iranian forces" -> MIL; "the European Union" is no labour union)
        own = ctx.mentions.get(head.i) is m
        sector = m.sector or (None if own else self._sector(head))
        if kind == "person" and not sector:
            sector = "GOV"
        return Referent(country, sector, m.text, m.start, m.end, kind, 0.9)

    def _resolve_description(self, m: Mention, exclude: set[str], tok: Token | None = None) -> Referent | None:
        cands = [c for c in m.candidates if c]
        if not cands:
            cands = list(self.ctx.lexicon.region_codes(m.text))
        if not cands:
            return None
        if tok is not None and tok.dep_ in ("amod", "compound") and tok.head.tag_ == "NNS" and m.kind == "description" and not m.candidates:
            return None  # "West African leaders", "Gulf states": many states of the region, not one
        if tok is not None and tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in self.ctx.lexicon.organisation_nouns:
            return None  # "the West African regional bloc": an organisation of the region, no state
        ranked = self.ctx.disc.ranked(exclude)
        if tok is not None:
            # a state named earlier in the same sentence comes first ("North Korea, which has
            # its roots in the East Asian state's ...")
            for i in range(tok.i - 1, sentence_start(tok) - 1, -1):
                code = self.ctx.known(i)
                if code and code in cands and code not in exclude:
                    return Referent(code, None, m.text, m.start, m.end, "description", 0.7)
        for c in ranked:
            if not cands or c in cands:
                return Referent(c, None, m.text, m.start, m.end, "description", 0.7)
        return None

    def _sector(self, head: Token) -> str | None:
        """The sector the head's own words give ("Iranian forces" -> MIL); a word inside an
        actor's name gives none ("the European Union demand": no labour union)."""
        lex = self.ctx.lexicon
        words = [w for w in [head, *(c for c in head.children if c.dep_ == "compound")] if w.i not in self.ctx.mentions]
        for w in words:
            s = lex.sector_of(w.lemma_.lower()) or lex.sector_of(w.lower_)
            if s:
                return s
        return None

    def _is_title_only(self, head: Token) -> bool:
        """"the Foreign Secretary", "Secretary of State Marco Rubio", "The President" (in
        the White House's statement), "His Highness the Amir" (in Doha's): an official with
        no country."""
        lemma = head.lemma_.lower()
        # any other office-holder noun only as the singular doer (or its apposition: "His
        # Highness the Amir has received calls"), not one met ("held talks with the king") nor "the leaders"
        doer = lemma in self.ctx.lexicon.office_holder_nouns and head.tag_ in ("NN", "NNP") and (head.head if head.dep_ == "appos" else head).dep_ in ("nsubj", "nsubjpass")
        if head.i in self.ctx.persons or doer or lemma in ("secretary", "minister", "spokesperson", "spokesman", "ambassador", "president", "chancellor", "premier"):
            if self._stateless_title(head):
                return False
            if any(self.ctx.lexicon.sector_of(t.lemma_.lower()) == "GOV" for t in head.subtree if t.i <= head.i):
                return True
            # an office of two words, neither of them one alone ("The High Representative")
            words = " ".join(t.lower_ for t in head.subtree if t.i <= head.i and t.dep_ != "det" and t.is_alpha)
            return self.ctx.lexicon.sector_of(words) == "GOV"
        return False

    def _stateless_title(self, head: Token) -> bool:
        """A person's title before the name names no office of a state: "Opposition leader
        María Corina Machado", "Former prime minister Enele Sopoaga" (sectors.yaml: an
        opposition, a former office-holder, or a sector that acts for no state)."""
        lex = self.ctx.lexicon
        # (the words before the name, or the title noun's own phrase: "the opposition leader")
        end = self.ctx.persons[head.i][0] if head.i in self.ctx.persons else head.i + 1
        title = " ".join(t.lower_ for t in head.doc[head.left_edge.i : end] if t.is_alpha)
        sector = lex.sector_of(title) if title else None
        return sector is not None and (sector in _STATELESS_TITLES or sector in lex.non_political)

    # -- persons ------------------------------------------------------------------
    def _person(self, head: Token) -> Referent | None:
        ctx = self.ctx
        span = ctx.persons.get(head.i)
        if span is None:
            # "Ruiz later condemned ...": a surname the article has introduced, however tagged
            if head.text[:1].isupper() and head.text in ctx.disc.people and head.pos_ in ("PROPN", "NOUN"):
                p = ctx.disc.people[head.text]
                return Referent(p.country, p.sector or "GOV", head.text, ctx.char(head), ctx.char(head) + len(head.text), "person", 0.75)
            return None
        doc = head.doc
        name = doc[span[0] : span[1]].text
        person = ctx.disc.find_person(name)
        if person is None:
            return None
        return Referent(person.country, person.sector or "GOV", name, ctx.char(doc[span[0]]), ctx.char(doc[span[1] - 1]) + len(doc[span[1] - 1].text), "person", 0.8)

    # -- pronouns and descriptions --------------------------------------------------
    def _pronoun(self, tok: Token, exclude: set[str]) -> list[Referent]:
        ctx = self.ctx
        low = tok.lower_
        here = (ctx.char(tok), ctx.char(tok) + len(tok.text))
        if low in RELATIVIZERS:
            # "Turkey, which has recalled ...": the relative pronoun stands for the clause's head noun
            clause = tok.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                return self.actors(clause.head, exclude)
            return []
        if low in _FIRST_PLURAL or low in _FIRST_SINGULAR:
            speaker = ctx.speaker_for(tok)
            quote = ctx.quote_of.get(tok.i)
            cospeakers = ctx.disc.quote_cospeakers.get(quote.start, []) if quote is not None and low in _FIRST_PLURAL else []
            if cospeakers:
                # "'We condemn ...,' France, Germany and Britain said": each speaker's "we"
                return [Referent(c.country, c.sector, tok.text, *here, "speaker", 0.75) for c in cospeakers if c.country not in exclude]
            if speaker is not None:
                return [] if speaker.country in exclude else [Referent(speaker.country, speaker.sector, tok.text, *here, "speaker", 0.75)]
            if ctx.disc.joint and low in _FIRST_PLURAL:
                # a joint statement's "we": each state it speaks for
                return [Referent(c, "GOV", tok.text, *here, "publisher", 0.7) for c in ctx.disc.joint if c not in exclude]
            # "we" of a government's release is the government; its "I" is its minister
            if ctx.disc.publisher and ctx.disc.publisher not in exclude:
                return [Referent(ctx.disc.publisher, "GOV", tok.text, *here, "publisher", 0.7)]
            return []
        if low in _SECOND:
            # "I am happy to welcome you to Moscow", said to the visiting president: the
            # speaker's partner in the act the article last told between two states
            speaker = ctx.speaker_for(tok)
            quote = ctx.quote_of.get(tok.i)
            greeted = ctx.disc.quote_addressees.get(quote.start, []) if quote is not None else []
            if greeted:
                return [Referent(g.country, g.sector, tok.text, *here, "addressee", 0.65) for g in greeted if g.country not in exclude]
            if speaker is None:
                return []
            pairs = (ctx.disc.last_any_pair, ctx.disc.last_event_pair, ctx.disc.lead_pair)
            pair = next((p for p in pairs if p is not None and speaker.country in p), None)
            if pair is None:
                return []
            other = pair[0] if pair[1] == speaker.country else pair[1]
            return [Referent(other, "GOV", tok.text, *here, "addressee", 0.6)] if other not in exclude else []
        if low in _PERSON_PRONOUNS:
            p = ctx.disc.person_before(here[0], ctx.offset + ctx.sent.start_char)
            if p is not None and p.country and p.country not in exclude:
                return [Referent(p.country, p.sector or "GOV", tok.text, *here, "pronoun", 0.7)]
            return []
        if low in _STATE_PRONOUNS:
            if (thanked := self._thanked_doer(tok, exclude)) is not None:
                return thanked
            return [Referent(c, None, tok.text, *here, "pronoun", 0.65) for c in self._antecedent(tok, exclude)]
        return []

    def _thanked_doer(self, tok: Token, exclude: set[str]) -> list[Referent] | None:
        """The subject of a relative clause on what an actor is thanked or blamed for is that
        actor: "Venezuela thanks China for the help it provided", "condemned Russia for the
        attacks it launched", "grateful to Japan for the aid it sent" (speech.yaml
        thanking_verbs, accusing_verbs)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ != "pobj" or clause.head.head.lower_ != "for":
            return None
        thanking = clause.head.head.head
        speech = load_speech()
        if thanking.lemma_.lower() in speech.crediting_verbs:
            # (the parser may read "thanks" as a noun and its object as a modifier)
            thanked = [c for c in thanking.children if c.dep_ in ("dobj", "npadvmod") and c.i < clause.i]
        elif thanking.pos_ == "ADJ":
            thanked = [p for c in thanking.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        else:
            return None
        if not thanked:
            return None
        here = (self.ctx.char(tok), self.ctx.char(tok) + len(tok.text))
        refs = [r for t in thanked for r in self.actors(t, exclude)]
        return [Referent(r.country, r.sector, tok.text, *here, "pronoun", 0.65) for r in refs[:1]] or None

    def _bound(self, tok: Token) -> list[str] | None:
        """A possessive pronoun inside a verb's object or complement refers to that verb's
        own subject when they agree in number: "the DPRK must abandon its weapons", "Iran
        had met its obligations"; not "The British government has demanded their release"."""
        if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
            return None
        if (own := self._own_to_agent(tok)) is not None:
            return own
        t = tok.head
        for _ in range(4):
            if t.dep_ not in ("dobj", "pobj", "attr", "oprd", "prep", "conj", "appos", "compound") or t.head.i == t.i:
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                break
        if t.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) and t.dep_ == "acl" and t.head.pos_ == "NOUN":
            # "an Israeli government decision to expand its offensive": the deciding noun's
            # own actor
            refs = [r for c in t.head.children if c.dep_ in ("amod", "compound", "poss") for r in self._np(c, set(), 3)]
            if tok.lower_ == "its" and len({r.country for r in refs}) == 1:
                return [refs[0].country]
        holder = tok.head
        subjects: list[Token] = []
        if holder.dep_ == "pobj" and holder.head.lower_ == "for" and holder.head.head.i == t.i:
            # "condemned Russia for its war", "supplied to Russia for its war": the one the
            # act is done to, when the text names it
            subjects = [p for c in t.children if c.dep_ == "dobj" or (c.dep_ in ("prep", "dative") and c.lower_ == "to")
                        for p in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"]) if p.i < tok.i]  # fmt: skip
            subjects = [p for p in subjects if self._np(p, set(), 3)]
        if not subjects:
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < tok.i]
        if not subjects and t.dep_ in ("xcomp", "advcl") and has_to(t):
            # "calls on Russia to cease its assault": the one called on controls the
            # infinitive; "press Russia to end its war": the object before it does
            # ("sent troops to protect its citizens": troops name no state, the subject does)
            pressed = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i and self._np(c, set(), 3)]
            subjects = [s for s in (*pressed, *subject_of(t)) if s.i < tok.i]
        for s in subjects:
            group = s.i in self.ctx.mentions and self.ctx.mentions[s.i].kind == "group"
            plural = s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) or group
            if plural != (tok.lower_ == "their") or (s.pos_ == "PRON" and s.lower_ != "it"):
                continue
            # "Germany said it was suspending its operations": the subject pronoun's antecedent
            refs = self._pronoun(s, set()) if s.pos_ == "PRON" else self._np(s, set(), 3)
            if refs:
                # "The E3 reiterate their commitment": a group's possessive is each member's;
                # "Germany and France reaffirmed their support": each coordinated state's
                if tok.lower_ == "their" and not group and len(members := unique_codes(
                        r.country for x in coordinated(s) for r in self._np(x, set(), 3))) >= 2:
                    return members
                return [r.country for r in refs] if group else [refs[0].country]
        return None

    def _own_to_agent(self, tok: Token) -> list[str] | None:
        """"its own" beside an event noun is the doer's own: "this latest attack by the
        Nicaraguan government on its own citizens", "Chile's attack on its own citizens"."""
        holder = tok.head
        if not any(c.dep_ == "amod" and c.lower_ == "own" for c in holder.children):
            return None
        if holder.dep_ != "pobj" or holder.head.dep_ != "prep" or holder.head.head.pos_ != "NOUN":
            return None
        noun = holder.head.head
        agents = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        agents += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        codes = unique_codes(r.country for a in agents for r in self._np(a, set(), 3))
        return codes or None

    def _antecedent(self, tok: Token, exclude: set[str]) -> list[str]:
        """The clause's own subject for a bound possessive (each member of a named group);
        else the nearest earlier state in the sentence in a subject role, else the
        discourse topic."""
        ctx = self.ctx
        bound = self._bound(tok)
        if bound is not None:
            # bound to the clause's subject: when that is excluded (the source looking for
            # its target), the pronoun names no other party
            return [c for c in bound if c not in exclude]
        if self._speaker_uncoded(tok):
            return []
        if (said := self._speaker_described(tok, exclude)) is not None:
            return said
        # an object pronoun is not its own clause's subject ("Venezuelan officials paint
        # them as a threat": not Venezuela)
        disjoint = set(exclude)
        if tok.dep_ in ("dobj", "pobj", "dative") and tok.lower_ in ("them", "it"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            disjoint |= {code for s in subject_of(verb) for x in (s, *s.subtree) if (code := ctx.known(x.i))}
        best: tuple[float, str, int] | None = None
        plural = tok.lower_ in ("they", "them", "their", "theirs")
        groups: dict[int, list[str]] = {}
        # a plural pronoun agrees with a plural antecedent where the sentence has one ("The
        # two countries applied after Russia invaded Ukraine, and they signed ...": not Russia)
        best_plural: tuple[float, str, int] | None = None
        # "China condemned ... and said it would take measures": a subject pronoun after a
        # subject that is the other side stands for that side, for no one else
        excluded_subject = False
        # "block Serbia's progress unless it cooperates", "legitimacy to Moscow a year after
        # it invaded Ukraine": the subject "it" of a condition or time clause is the state
        # named after the verb the clause hangs on, when one is, before the verb's subject
        governor_at = tok.head.head.i if _conditioned(tok) else None
        for i in range(sentence_start(tok), tok.i):
            code = ctx.known(i)
            t = tok.doc[i]
            if code is None and plural:
                # "accused the three of ... and urged them": a group reference before a
                # plural pronoun is its antecedent like a name
                members = [c for c in self._group_named(t) if c not in disjoint]
                if members:
                    groups[i] = members
                    code = members[0]
            if code is None or (code in disjoint and code not in exclude):
                continue
            # ("Romania, Moldova's closest ally, said it ...": the subject, not the state
            # its apposition describes it by)
            score = (2.0 if _beside_subject(ctx.mention_head(t)) else 3.0 if in_subject(t) else 1.0) + 0.01 * i
            if governor_at is not None and i > governor_at and not in_subject(t):
                score += 3.0
            many = i in groups or len(unique_codes(ctx.known(x.i) for x in coordinated(t))) >= 2 or ctx.mention_head(t).tag_ == "NNS"
            if plural and many and (best_plural is None or score > best_plural[0]):
                best_plural = (score, code, i)
            if code in exclude:
                # (a name of a state or body: "it" is never "Trump")
                named = i in ctx.mentions and ctx.mentions[i].kind != "person" and i not in ctx.persons
                if score >= 3.0 and tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and named:
                    excluded_subject = True
                continue
            if best is None or score > best[0]:
                best = (score, code, i)
        if best_plural is not None:
            if best_plural[1] in exclude:
                return []  # the plural antecedent is the other side: the pronoun names no one else
            best = best_plural
        if excluded_subject and (best is None or best[0] < 3.0):
            return []
        if best is not None and best[2] in groups:
            return groups[best[2]]
        if best is not None:
            if tok.lower_ in ("they", "them", "their", "theirs"):
                # "Obama and Putin said they will attack Iraq": all the coordinated states
                group = unique_codes(ctx.known(t.i) for t in coordinated(tok.doc[best[2]]))
                group = [c for c in group if c not in exclude]
                if len(group) >= 2:
                    return group
            return [best[1]]
        if plural and (members := ctx.disc.last_subject_group(disjoint)):
            # "Burkina Faso, Mali and Niger announced ... The bloc has urged them": a plural
            # pronoun the sentence leaves open is the coordinated subject of the sentence before
            return list(members)
        if disjoint != exclude or (tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass")):
            # the subject of the sentence before ("A force of U.S. vessels patrol the
            # Caribbean. Venezuelan officials paint them as a threat"); a subject "it" goes
            # on with it ("Islamabad said the raid targeted separatists. On Wednesday it had
            # recalled its ambassador")
            last = ctx.disc.last_subject(disjoint)
            if last is not None:
                return [last]
        topic = ctx.disc.topic(disjoint, states_only=False)
        return [topic] if topic else []

    def _speaker_described(self, tok: Token, exclude: set[str]) -> list[str] | None:
        """"His office said it was disappointed", "the ministry said it would respond": the
        subject "it" of a clause a speaker's verb governs is the speaker, when a description
        names it (a possessive pronoun, a body named before) and no name in it does (those
        the nearest-subject search finds)."""
        s = _said_it_subject(tok)
        if s is None or s.pos_ != "NOUN" or s.tag_ != "NN" or any(x.i in self.ctx.mentions for x in s.subtree):
            return None
        refs = self.actors(s)
        codes = unique_codes(r.country for r in refs)
        if len(codes) != 1 or not self.ctx.disc.is_state(codes[0]):
            return None
        return [c for c in codes if c not in exclude]

    def _speaker_uncoded(self, tok: Token) -> bool:
        """"the Andean Community secretariat said it was ready to host talks": the subject
        "it" of a clause a body's verb governs is that body, which codes no actor, not an
        older state ("the airline said it" too; not a state's body, "the ministry said it",
        nor a text, "the statement said it")."""
        s = _said_it_subject(tok)
        if s is None or s.pos_ not in ("NOUN", "PROPN") or s.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" for c in s.children):
            return False
        lemma = s.lemma_.lower()
        sector = self.ctx.lexicon.sector_of(lemma)
        if (sector is not None and sector in STATE_SECTORS) or lemma in load_speech().document_nouns or self.ctx.lexicon.is_state_noun(lemma):
            return False
        return not any(x.i in self.ctx.mentions for x in s.subtree) and not self.actors(s)

    def _group_named(self, t: Token) -> list[str]:
        """The states a group reference at ``t`` stands for ("the three", "both
        countries"), none if it is no group reference."""
        ctx = self.ctx
        if t.i in ctx.grouped:
            return ctx.grouped[t.i]
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") or t.i in ctx.mentions:
            return []
        if _counted_alone(t):
            return [r.country for r in self.group(t, max(GROUP_NUMBERS[t.lower_], 2), set())]
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            return [r.country for r in self._description(t, set()) or () if r.kind in ("pair", "group")]
        return []

    def _definite(self, head: Token, exclude: set[str], governing: bool = False) -> str | None:
        """"the country": the state the sentence or the article is about, not a passing one.
        "The government" or "the administration" is, before that, the state of the last
        sentence's subject: the one that just acted."""
        ctx = self.ctx
        for i in range(sentence_start(head), head.i):
            # a pronoun's guess is no state the sentence names ("that they had arrived armed,
            # and that the junta had decided": the soldiers, not the junta's state)
            code = ctx.known(i) if head.doc[i].pos_ != "PRON" else None
            if governing and _speaks(head.doc[i]):
                continue  # "The UK ambassador said the regime must end ...": not the speaker's
            if code is not None and code not in exclude and in_subject(head.doc[i]) and ctx.disc.is_state(code):
                return code
        if governing:
            # "due to the small budget of North Korea, the government was forced to ...":
            # a state named just before in the same sentence, else the last subject's
            # (not the speaker's own: "The UK ambassador said the regime must end ...")
            speaker = ctx.speaker_for(head)
            for i in range(head.i - 1, sentence_start(head) - 1, -1):
                if head.doc[i].pos_ == "PRON":
                    continue
                code = ctx.known(i) or (m.country if (m := ctx.mentions.get(i)) is not None else None)
                if code and code not in exclude and ctx.disc.is_state(code) and not (speaker and code == speaker.country) and not _speaks(head.doc[i]):
                    return code
            code = ctx.disc.last_subject(exclude)
            if code is not None:
                return code
        return ctx.disc.topic(exclude)

    def _bare_body(self, head: Token) -> str | None:
        """The sector of a singular noun of a state's executive body ("ministry", "army",
        "embassy"; not an office holder, nor "government", read above; not a court or an
        assembly, as often an international one) in a subject, whose modifiers name no
        actor ("the Foreign Ministry said", "the army said"), else None."""
        lex = self.ctx.lexicon
        lemma = head.lemma_.lower()
        plural = head.lower_ != lemma or (head.lower_.endswith("s") and not head.lower_.endswith("ss"))  # ("The Foreign Ministers")
        if head.tag_ not in ("NN", "NNP") or plural or lemma in lex.office_holder_nouns or lemma in _GOVERNING_NOUNS:
            return None
        if head.dep_ not in ("nsubj", "nsubjpass") or lemma in lex.organisation_nouns:
            return None  # (the one acting: "ordered the army to respond" is its own army)
        sector = lex.sector_of(lemma)
        if sector not in _BODY_SECTORS:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None  # ("the Authority of Heads of State": a body its of-phrase tells)
        if any(t.i in self.ctx.mentions or t.i in self.ctx.persons for c in head.children if c.dep_ != "det" for t in c.subtree):
            return None
        return sector

    def _acting_state(self, head: Token, exclude: set[str]) -> str | None:
        """The state a body named with no state belongs to: a state in a subject before it
        in its sentence, else the last earlier sentence's subject, else the topic."""
        ctx = self.ctx
        for i in range(sentence_start(head), head.i):
            code = ctx.known(i) if head.doc[i].pos_ != "PRON" else None
            if code is not None and code not in exclude and in_subject(head.doc[i]) and ctx.disc.is_state(code):
                return code
        return ctx.disc.last_subject(exclude) or ctx.disc.topic(exclude)

    def _own_legislature_asks(self, head: Token) -> bool:
        """A parliament addresses its own state's government: "Sudan's National Assembly
        called on the government to mobilise", "parliament urged the government"."""
        verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB":
            return False
        return any(self._sector(s) == "LEG" or (s.i in self.ctx.mentions and self.ctx.mentions[s.i].sector == "LEG") for s in subject_of(verb))

    def _has_owner(self, head: Token, kinds_only: bool = False) -> bool:
        """"the government of Iraq", "the Iraqi government", "the government and people of
        Venezuela": the noun names its own state (not "accusing the government of
        complicity": a prepositional phrase owns only with a name or a state noun). With
        ``kinds_only`` an adjective that names no actor tells a kind, not an owner: "the
        regional bloc", "the 22-member bloc" are the organisation named before."""
        return any(
            (c.dep_ in ("amod", "compound", "poss") and not (kinds_only and self._kind_word(c)))
            or (c.dep_ == "prep" and any(self._owner_noun(p) for p in _pobjs(c)))
            for t in (head, *head.conjuncts) for c in t.children
        )  # fmt: skip

    def _kind_word(self, mod: Token) -> bool:
        """A modifier that tells what kind of body a noun is, naming no actor: an adjective
        ("regional", "military") or a count ("22-member")."""
        if any(t.i in self.ctx.mentions or t.pos_ == "PROPN" for t in mod.subtree):
            return False
        return mod.dep_ == "amod" or any(c.dep_ == "nummod" for c in mod.children)

    def _owner_noun(self, tok: Token) -> bool:
        """A noun that can own a government: a name or a state noun ("of the country")."""
        return tok.i in self.ctx.mentions or tok.pos_ == "PROPN" or self.ctx.lexicon.is_state_noun(tok.lemma_.lower())

    def _description(self, head: Token, exclude: set[str]) -> list[Referent] | None:
        ctx = self.ctx
        lemma = head.lemma_.lower()
        children = list(head.children)  # (read once for the walks below: each builds new Token objects)
        dets = {c.lower_ for c in children if c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")}
        here = (ctx.char(head), ctx.char(head) + len(head.text))
        state_noun = ctx.lexicon.is_state_noun(lemma)
        halves = ctx.lexicon.halves.get(head.text)
        if halves and head.tag_ == "NNP" and "the" in dets and head.dep_ != "compound":
            # "the North" in a Korea story: the half of a divided country the story named
            scores = ctx.disc.salience(states_only=True)
            for i in range(sentence_start(head), head.i):
                if (code := ctx.known(i)) is not None:
                    scores[code] = scores.get(code, 0.0) + 1.0
            told = sorted((c for c in halves if scores.get(c) and c not in exclude), key=lambda c: -scores[c])
            return [Referent(told[0], None, noun_phrase_text(head), *here, "description", 0.7)] if told else []
        if lemma in ("former", "latter") or (dets & {"former", "latter"} and state_noun):
            pair = ctx.pair_before(head.i) or ctx.disc.last_pair
            if pair is None:
                return []
            named = pair[0] if "former" in (lemma, *dets) else pair[1]
            return [] if named.country in exclude else [Referent(named.country, named.sector, noun_phrase_text(head), *here, "former-latter", 0.75)]
        plural = head.tag_ in ("NNS", "NNPS")
        addressed = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in ("on", "upon", "to"))
        if plural and addressed and lemma in _SIDE_NOUNS and dets & _SIDE_DETS:
            # "called on all sides", "urged both sides", "urge all parties": the two states
            # of the last hostile or joint act between two states, else the two most salient
            sides = ctx.disc.last_event_pair
            codes = list(sides) if sides and not set(sides) & exclude else ctx.disc.ranked(exclude)[:2]
            return [Referent(c, None, noun_phrase_text(head), *here, "pair", 0.6) for c in codes]
        counted = max((GROUP_NUMBERS.get(d, 0) for d in dets), default=0)
        lex = ctx.lexicon
        ours = [c for c in children if c.dep_ == "poss" and c.lower_ in _FIRST_PLURAL]
        if ours and plural and (state_noun or lemma == "government"):
            # "Our three governments note ...": the states whose "our" it is (the speakers
            # of a joint quote, a joint statement's signatories), not a count of the story's
            return self._pronoun(ours[0], exclude)
        grouped = plural and (state_noun or (lemma in lex.group_nouns and not self._owned(head)))
        if grouped and (counted >= 3 or dets & _PAIR_WORDS or ("the" in dets and lemma in lex.mutual_group_nouns)):
            # "both states", "the three countries", "the two allies", "both capitals",
            # "the neighbours": the states the story has just named together
            return self.group(head, max(counted, 2), exclude, self._sector(head) if not state_noun else None)
        if plural and "the" in dets and lemma in ("general", "ruler") and not self._owned(head) and (junta := ctx.disc.junta_before(here[0])) is not None:
            # "Myanmar's junta ... China has avoided criticising the generals": the military
            # rulers of the junta the text named
            return [Referent(junta, "MIL" if lemma == "general" else "GOV", noun_phrase_text(head), *here, "definite", 0.6)] if junta not in exclude else []
        if not state_noun:
            # "South Africa filed the case at the International Court of Justice ... asked
            # the court to order a halt": the international court the text named last
            if "the" in dets and head.tag_ == "NN" and lemma == "court" and not self._has_owner(head) and (court := ctx.disc.court_before(here[0])) is not None:
                return [Referent(court, None, noun_phrase_text(head), *here, "definite", 0.6)] if court not in exclude else []
            body = ctx.disc.bodies.get(lemma)
            if body is not None and "the" in dets and _singular_noun(head) and not self._has_owner(head) and body[0] not in exclude:
                # "the ministry said": the state whose ministry the text named last
                return [Referent(body[0], body[1], noun_phrase_text(head), *here, "definite", 0.6)]
            # (a lower-case word the tagger took for a proper noun is a common one: "France
            # said the bloc/NNP condemned Iran")
            if "the" in dets and _singular_noun(head) and lemma in ctx.lexicon.organisation_nouns and not self._has_owner(head, kinds_only=lemma in ctx.lexicon.state_group_nouns):
                # "the agency", "the alliance": the organisation named last, in this
                # sentence or before it
                # ("the West African regional bloc ECOWAS": the name right after it)
                after = head.i + 1 < sentence_end(head) and ctx.known(head.i + 1)
                before = (ctx.known(i) for i in range(head.i - 1, sentence_start(head) - 1, -1))
                code = ((after if after and not ctx.disc.is_state(after) and after not in exclude else None)
                        or next((c for c in before if c and not ctx.disc.is_state(c) and c not in exclude), None)
                        or ctx.disc.last_organisation(exclude))  # fmt: skip
                return [Referent(code, None, noun_phrase_text(head), *here, "definite", 0.6)] if code else None
            if "the" in dets and (sector := self._bare_body(head)) is not None:
                # "Russia banned the imports. The Foreign Ministry condemned Poland": a state's
                # body the text names with no state is the state that just acted
                code = self._acting_state(head, exclude)
                return [Referent(code, sector, noun_phrase_text(head), *here, "definite", 0.55)] if code else None
            return None
        # a description with a region adjective: "the East Asian state"
        for c in children:
            if c.i in ctx.mentions and ctx.mentions[c.i].kind == "description":
                ref = self._resolve_description(ctx.mentions[c.i], exclude, c)
                if ref is not None:
                    ref.text, ref.start, ref.end = noun_phrase_text(head), ctx.char(c), here[1]
                    return [ref]
                return []
        # "Sharif thanked the kingdom": the state the story is about, as "the country" is
        if "the" in dets and head.tag_ == "NN" and lemma in ("country", "nation", "state", "kingdom", "republic"):
            code = self._definite(head, exclude)
            return [Referent(code, None, noun_phrase_text(head), *here, "definite", 0.65)] if code else []
        # "Le Drian called the junta illegitimate": a junta governs, as a regime does
        if "the" in dets and head.tag_ == "NN" and lemma in _GOVERNING_NOUNS and not self._has_owner(head):
            if lemma == "government" and self._own_legislature_asks(head):
                return []  # "Sudan's National Assembly ... called on the government to mobilise": its own
            if lemma == "junta" and (junta := ctx.disc.junta_before(here[0])) is not None:
                # "Myanmar's junta ... Timor-Leste angered the junta": the junta the text named
                return [Referent(junta, "GOV", noun_phrase_text(head), *here, "definite", 0.6)] if junta not in exclude else []
            code = self._definite(head, exclude, governing=True)
            return [Referent(code, "GOV", noun_phrase_text(head), *here, "definite", 0.6)] if code else []
        poss = [c for c in children if c.dep_ == "poss" and c.lower_ in _PEOPLES_POSSESSIVES]
        if poss and lemma in ("country", "nation", "government"):
            return self._pronoun(poss[0], exclude)
        return None

    def group(self, head: Token, size: int, exclude: set[str], sector: str | None = None) -> list[Referent]:
        """The ``size`` states a group reference ("both states", "the two allies", "the
        three countries", "both" or "the two" alone) stands for: the states named before it
        in its sentence ("Venezuela opened its embassy in Pyongyang ... both states"), else
        those the sentence before named, else (a pair) the story's own pair while it is still
        among the states talked about, else the most salient."""
        ctx = self.ctx
        here = (ctx.char(head), ctx.char(head) + len(head.text))
        here_before: list[str] = list(dict.fromkeys(
            c for i in range(sentence_start(head), head.i) if (c := self._named_state(head.doc[i])) is not None
            and ctx.disc.is_state(c) and c not in exclude))  # fmt: skip
        recent: list[str] = list(ctx.disc.states_of_sentence(ctx.disc.sentence_index - 1, exclude))
        # (the story's pair and the most salient states are who they are: the other side of
        # the event being coded takes no place in them, it is left out)
        ranked_all = list(ctx.disc.ranked())
        ranked = [c for c in ranked_all if c not in exclude]
        lead = ctx.disc.lead_pair
        lead_ok = size == 2 and lead is not None and set(lead) <= set(ranked_all[:6])
        # two states the sentence before names are the pair if they were named as a
        # pair there ("A and B") or were the parties of its act, or if they are the two
        # most talked about; not a third state and one party ("China, Pakistan's close
        # ally, said ... The United States urged the two countries": India and Pakistan)
        named_pair = {r.country for r in ctx.disc.last_pair or ()}
        # (the two most talked about only while the story's own pair, its first act's that
        # the headline names, is another: "Iran frees Swedish diplomat in Oman-brokered swap"
        # ... "Oman said ... talks between the two sides": Iran and Sweden)
        headlined = lead_ok and lead is not None and set(lead) <= set(ctx.disc.states_of_sentence(0)) and set(recent) != set(lead)
        parties = size >= 3 or set(recent) in (named_pair, set(ctx.disc.last_event_pair or ())) or (set(recent) == set(ranked[:2]) and not headlined)
        # "the three" after "AUKUS" or "the US, Britain and Australia": the last group of
        # as many states the text named together
        together = next((g for g in reversed(ctx.disc.named_groups) if len(g) == size and not set(g) & exclude), None)
        if (region := self._counted_region(head, size, exclude)) is not None:
            # "the five Central Asian nations": a region with as many states as counted
            codes = list(region)
        elif size >= 3 and len(here_before) >= size:
            codes = here_before[-size:]
        elif size >= 3 and together is not None:
            codes = list(together)
        elif len(here_before) == size == 2:
            codes = here_before
        elif size == 2 and len(here_before) > 2 and (pair := self._named_pair(ctx.pair_before(head.i), here_before)):
            # "Argentina asked Pakistan and Sri Lanka to arrest the minister when he
            # travelled to both countries": among more states, the two named as "A and B"
            codes = pair
        elif size == 2 and len(here_before) == 1 and self._reported_subject(head, here_before[0]) and (partner := self._partner(here_before[0], exclude)):
            # "Obama said Turkey had a right to defend itself but urged both countries": the
            # state just reported on and the one it faces in the story
            codes = [here_before[0], partner]
        elif size >= 3 and head.lemma_.lower() in ctx.lexicon.office_holder_nouns and len(people := self._people_states(ranked_all)) >= size:
            # "the three leaders": the states of the most talked-about people the text named
            # ("Kim stood beside Xi and Putin"), not of every state it named
            codes = [c for c in people[:size] if c not in exclude]
        elif len(recent) == size and (parties or not lead_ok and len(ranked) < 3):
            codes = recent
        elif lead_ok and lead is not None:
            codes = [c for c in lead if c not in exclude]
        else:
            codes = [c for c in ranked_all[:size] if c not in exclude]
            if size >= 3 and len(codes) < size:
                # "The government in Male suspended the three": a count the states talked
                # about do not fill is of something else (three ministers), not of states
                codes = []
        named = ctx.grouped.setdefault(head.i, [])
        named.extend(c for c in codes if c not in named)
        kind, conf = ("group", 0.55) if size >= 3 else ("pair", 0.6)
        return [Referent(c, sector, noun_phrase_text(head), *here, kind, conf) for c in codes]

    def _named_state(self, tok: Token) -> str | None:
        """The actor a name at ``tok`` names: a dictionary mention's, or the state of a
        person the article has introduced ("Brown has said he would seek to reassure
        Wellington, and officials of the two governments have met": the Cook Islands' and
        New Zealand's), not a pronoun's guess."""
        m = self.ctx.mentions.get(tok.i)
        if m is not None:
            return m.country or None
        if tok.pos_ == "PROPN" and (tok.i in self.ctx.persons or tok.text in self.ctx.disc.people):
            person = self._person(tok)
            return person.country if person is not None else None
        return None

    def _people_states(self, ranked: list[str]) -> list[str]:
        """The states of the people the text has named, most salient first."""
        named = {p.country for _, p, _, _ in self.ctx.disc.person_mentions}
        return [c for c in ranked if c in named and self.ctx.disc.is_state(c)]

    def _counted_region(self, head: Token, size: int, exclude: set[str]) -> tuple[str, ...] | None:
        """The states of the region word on a counted group ("five Central Asian nations",
        "the leaders of the five Central Asian states") when the region holds exactly as
        many states as the count: then the count names them all."""
        if size < 3:
            return None
        ctx = self.ctx
        for c in head.children:
            m = ctx.mentions.get(c.i)
            if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and m is not None and m.kind == "description":
                codes = tuple(sorted(x for x in ctx.lexicon.region_codes(m.text) if ctx.disc.is_state(x)))
                if len(codes) == size:
                    # (the named group is remembered whole; the side being coded is left out)
                    ctx.disc.named_groups.append(codes)
                    return tuple(x for x in codes if x not in exclude)
        return None

    def _relation_of_pronoun(self, head: Token, exclude: set[str]) -> list[Referent] | None:
        """A relation noun owned by "its" or "their" that names one state; None when the
        owner is no such pronoun or names no single state (``_counterpart`` reads those)."""
        ctx = self.ctx
        here = (ctx.char(head), ctx.char(head) + len(head.text))
        # "accusing its neighbour of ...", "said it stood with its ally": the state that
        # stands in the relation to the one the pronoun names: the other state named
        # before it in the sentence, else after it ("accused its northern neighbour of
        # sheltering the plotters, a charge Rwanda rejects"), else its other side in the
        # story's own pair or its last act
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        owners = {r.country for r in self.actors(poss)} if poss is not None else set()
        if len(owners) == 1:
            owner = next(iter(owners))
            before = [c for i in range(head.i - 1, sentence_start(head) - 1, -1) if (c := ctx.known(i)) is not None and ctx.disc.is_state(c)]
            # (not what the act is about: "accused its neighbour of helping Russia")
            about = {t.i for c in (*head.children, *head.head.children) if c.i > head.i and c.dep_ in _ABOUT_DEPS for t in c.subtree}
            after = [c for i in range(head.i + 1, sentence_end(head)) if i not in about and (c := ctx.known(i)) is not None and ctx.disc.is_state(c)]
            code = next((c for c in (*before, *after) if c != owner and c not in exclude), None)
            for pair in (ctx.disc.lead_pair, ctx.disc.last_event_pair) if code is None else ():
                if pair is not None and owner in pair:
                    code = next((c for c in pair if c != owner and c not in exclude), None)
                    break
            return [Referent(code, None, noun_phrase_text(head), *here, "description", 0.6)] if code else []
        return None

    def _counterpart(self, head: Token, exclude: set[str]) -> list[Referent]:
        """"accusing its neighbour of auctioning blocks", "stood with its ally": one state's
        relation named by its owner alone is the state the owner faces in the story (the
        relation tells no more: "its neighbours", "its allies" are many, "its ally Syria"
        names its own; nor a state named with no act between them)."""
        # (first the reading of "its"/"their", which looks before and after it in its sentence)
        single = head.tag_ not in ("NNS", "NNPS") and not self.ctx.lexicon.is_state_noun(head.lemma_.lower())
        if single and (by_pronoun := self._relation_of_pronoun(head, exclude)) is not None:
            return by_pronoun
        if head.tag_ != "NN" or any(c.dep_ in ("appos", "compound") or c.i in self.ctx.mentions for c in head.children if c.dep_ != "poss"):
            return []
        owners = [c for c in head.children if c.dep_ == "poss"]
        if len(owners) != 1:
            return []
        refs = self._pronoun(owners[0], set()) if owners[0].pos_ == "PRON" else self.actors(owners[0], set(), 3)
        codes = unique_codes(r.country for r in refs)
        if len(codes) != 1 or not self.ctx.disc.is_state(codes[0]):
            return []
        # the one other state its sentence names ("recalled its ambassador to Somalia,
        # accusing its neighbour"), else the one it has faced in an act the story told (not
        # the most talked-about: "Washington ... said it stood with its ally" in a story of
        # the two Koreas); among several named, only that one
        ctx, disc = self.ctx, self.ctx.disc
        here_named = unique_codes(c for i in range(sentence_start(head), sentence_end(head)) if (c := ctx.known(i)) and disc.is_state(c) and c != codes[0])
        pairs = [p for p in (disc.last_event_pair, disc.lead_pair, disc.last_any_pair) if p is not None and codes[0] in p]
        partner = next((c for p in pairs for c in p if c != codes[0]), None)
        if len(here_named) == 1:
            partner = here_named[0]
        elif here_named and partner not in here_named:
            return []
        if partner is None or partner in exclude:
            return []
        here = (self.ctx.char(head), self.ctx.char(head) + len(head.text))
        return [Referent(partner, None, noun_phrase_text(head), *here, "relation", 0.5)]

    def _reported_subject(self, head: Token, state: str) -> bool:
        """Whether the sentence names ``state`` before ``head`` as the subject of a reported
        clause ("said Turkey had a right"), not as the speaker or in a phrase beside it."""
        doc = head.doc
        return any(doc[i].dep_ == "nsubj" and doc[i].head.dep_ == "ccomp" for i, m in self.ctx.mentions.items()
                   if sentence_start(head) <= i < head.i and m.country == state)  # fmt: skip

    def _partner(self, state: str, exclude: set[str]) -> str | None:
        """The state ``state`` faces in the story: its other side in the last event, else in
        the story's own pair, else the most talked-about other state."""
        disc = self.ctx.disc
        for pair in (disc.last_event_pair, disc.lead_pair):
            if pair is not None and state in pair:
                return next((c for c in pair if c != state and c not in exclude), None)
        return next((c for c in disc.ranked() if c != state and c not in exclude), None)

    @staticmethod
    def _named_pair(pair: tuple[Referent, Referent] | None, among: list[str]) -> list[str]:
        """The codes of an "A and B" pair when both are among the states ``among``."""
        codes = [r.country for r in pair or ()]
        return codes if len(codes) == 2 and all(c in among for c in codes) else []

    def _owned(self, head: Token) -> bool:
        """A relation or office noun with an owner names the owner's partners or officials,
        not a group of the states talked about: "Iran's neighbours", "its two allies", "the
        neighbours of Iraq", "Western allies", "NATO allies"; a region ("the Central Asian
        neighbours") or a number is no owner, nor a gerund ("accused the three leaders of
        conspiring", what they are accused of)."""
        for c in head.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and not _gerund_only(c)):
                return True
            if c.dep_ in ("amod", "compound", "nmod") and c.i in self.ctx.mentions and self.ctx.mentions[c.i].kind != "description":
                return not any(d.lower_ in GROUP_NUMBERS for d in head.children if d.dep_ in ("nummod", "det", "predet"))
        return False

# -- the sentence's references, before and after its events ---------------------------
def resolve_references(ctx: SentenceContext) -> None:
    """Resolve references ("the country", "the former") in reading order, so later words see them."""
    res = Resolver(ctx)
    done: set[int] = set()
    for i, m in sorted(ctx.mentions.items()):
        if id(m) in done or m.kind not in ("anaphor", "description"):
            continue
        done.add(id(m))
        res.actors(ctx.mention_head(ctx.sent.doc[i]))


def remember_named(ctx: SentenceContext) -> None:
    """Tell the discourse which actors the sentence named, and the last "A and B" pair."""
    disc = ctx.disc
    seen: set[int] = set()
    for i, m in ctx.mentions.items():
        if id(m) in seen:
            continue
        seen.add(id(m))
        code = ctx.known(i)
        tok = ctx.token(i)  # (a mention's word is the sentence's own)
        if code:
            disc.remember(code, subject=in_subject(tok), headline=ctx.headline)
        if code and disc.is_state(code):
            _remember_body(ctx, tok, code)
    for i, code in ctx.resolved.items():
        if i not in ctx.mentions:
            disc.remember(code, subject=in_subject(ctx.sent.doc[i]), headline=ctx.headline)
        elif ctx.mentions[i].kind == "description" and disc.is_state(code):
            _remember_body(ctx, ctx.sent.doc[i], code)  # ("the Gulf state's foreign ministry")
    # "Shoigu phoned his counterparts in both capitals": a group reference names its states
    for i, codes in ctx.grouped.items():
        if ctx.known(i) is None:
            for code in codes:
                disc.remember(code, subject=in_subject(ctx.sent.doc[i]), headline=ctx.headline)
    # "AUKUS", "Peru, Chile and Bolivia": groups of three or more states named together
    groups = [tuple(c for c in m.candidates if c and disc.is_state(c)) for m in {id(m): m for m in ctx.mentions.values()}.values() if m.kind == "group"]
    doc = ctx.sent.doc
    conjs = [t for t in ctx.tokens if t.dep_ == "conj"]  # (read once for both uses below)
    heads = sorted({t.head.i for t in conjs if t.head.dep_ != "conj" and None not in _listed_codes(ctx, t)})
    for tok in (doc[i] for i in heads):
        if None not in _listed_codes(ctx, tok):
            conj_codes = [c for t in coordinated(tok) for c in _listed_codes(ctx, t)]
            if None not in conj_codes:
                groups.append(tuple(unique_codes(conj_codes)))
                states = tuple(c for c in unique_codes(conj_codes) if c and disc.is_state(c))
                if len(states) >= 2 and in_subject(tok):
                    disc.subject_groups.append((disc.sentence_index, states))
    for g in groups:
        if len(g) >= 3 and all(disc.is_state(c) for c in g):
            disc.named_groups.append(g)
    # "Russia and China ... the former ... the latter": the last pair of a word and its
    # first conjunct that name two actors
    first_conjunct: dict[int, Token] = {}
    sent = ctx.sent
    for tok in conjs:
        if sent.start <= tok.head.i < sent.end:
            first_conjunct.setdefault(tok.head.i, tok)
    for i, conj in sorted(first_conjunct.items()):
        tok = ctx.sent.doc[i]
        a, b = ctx.known(i), ctx.known(conj.i)
        if a and b and a != b:
            disc.last_pair = (
                Referent(a, None, tok.text, ctx.char(tok), ctx.char(tok) + len(tok.text), "name"),
                Referent(b, None, conj.text, ctx.char(conj), ctx.char(conj) + len(conj.text), "name"),
            )


def _listed_codes(ctx: SentenceContext, tok: Token) -> list[str | None]:
    """The states one member of a list names: its own ("Tokayev"), or those its of-phrase
    lists ("the presidents of Uzbekistan, Kyrgyzstan and Tajikistan"); [None] if neither."""
    code = ctx.known(tok.i)
    if code is not None:
        return [code]
    if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in ctx.lexicon.group_nouns:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            listed = [ctx.known(p.i) for pobj in _pobjs(prep) for p in coordinated(pobj)]
            if listed and None not in listed:
                return listed
    return [None]


def _remember_body(ctx: SentenceContext, tok: Token, code: str) -> None:
    """"the Chinese foreign ministry", "Iran's army": the state names a body of its own,
    which a later "the ministry" or "the army" means."""
    last = ctx.mention_head(tok)  # "the Chinese foreign ministry" may be one mention
    head = last if last.i != tok.i and _singular_noun(last) else tok.head
    if (head is not last and tok.dep_ not in ("amod", "compound", "poss")) or not _singular_noun(head):
        return
    sector = ctx.lexicon.sector_of(head.lemma_.lower())
    if sector is not None:
        ctx.disc.bodies[head.lemma_.lower()] = (code, sector)


# -- helpers -----------------------------------------------------------------------
def _doers(noun: Token, light_verbs: frozenset[str]) -> list[Token]:
    """Who does the act a noun names, told by a light verb on it: the agent of its
    participle ("the support extended to them by Colombia") or the subject of its relative
    clause ("the sanctions that the United States has imposed")."""
    rel = light_relative(noun, light_verbs)
    if rel is not None:
        return [s for s in subject_of(rel) if s.lower_ not in RELATIVIZERS]
    return [p for c in light_clauses(noun, light_verbs) for p in participle_agents(c)]


#: the conjunctions of a condition or of a time after which the clause's "it" may be the
#: state the main clause acts on ("unless it cooperates", "after it invaded Ukraine")
_CONDITION_MARKS = frozenset({"unless", "if", "until", "after", "once"})


def _conditioned(tok: Token) -> bool:
    """A subject "it" of an adverbial clause of condition or time."""
    verb = tok.head
    return (tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and verb.head.i < tok.i
            and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children))  # fmt: skip


def _beside_subject(tok: Token) -> bool:
    """A name inside an apposition to a subject, as its modifier: "Moldova" in "Romania,
    Moldova's closest ally, said", "the EU" in "Poland, the EU's biggest apple exporter"."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("poss", "compound", "amod", "nmod", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "appos":
            return in_subject(t)
    return False


def _singular_noun(tok: Token) -> bool:
    """A common noun in the singular, however the tagger reads it ("the foreign ministry"
    is often tagged a proper noun)."""
    return tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.is_lower)


def _speaks(tok: Token) -> bool:
    """Whether the word sits in the subject of a verb of saying ("The UK ambassador said")."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return t.head.lemma_.lower() in load_speech().speaker_verbs
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _counted_alone(tok: Token) -> bool:
    """"Both" or "the two" standing alone for a group of states: "both pledged to
    de-escalate", "Putin spoke to both", "offered to mediate between the two" (not "both
    Peru and Chile", nor "two of them", nor a number of things: "the two were killed" is
    resolved like any other, to states only)."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.lower_ not in GROUP_NUMBERS:
        return False
    # ("accused the three of stoking an arms race": a gerund after "of" is the verb's own
    # complement, hung on the number by the parse, not a partitive "three of them")
    if any(c.dep_ in ("compound", "amod") or (c.dep_ == "prep" and not _gerund_only(c)) for c in tok.children):
        return False
    if tok.lower_ == "both":
        return tok.pos_ in ("DET", "PRON")
    return tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _gerund_only(prep: Token) -> bool:
    """A preposition whose only object is a gerund clause ("of stoking an arms race")."""
    objs = _pobjs(prep)
    return bool(objs) and all(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in objs)


def _members_listed(prep: Token) -> list[Token]:
    """The objects of "including" or of "such as" (parsed "such" -> "as" -> object)."""
    if prep.lower_ == "such":
        return [p for a in prep.children if a.lower_ == "as" for p in _pobjs(a)]
    return _pobjs(prep)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _with_sector(ref: Referent, sector: str | None) -> Referent:
    if sector and not ref.sector:
        ref.sector = sector
    return ref


def unique_codes(codes: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c is not None and c not in out:
            out.append(c)
    return out


def coordinated(tok: Token) -> list[Token]:
    """The tokens of the coordination ``tok`` is in ("A, B and C"), ``tok`` alone if none."""
    root = tok
    while (root.dep_ == "conj" or listed_apposition(root)) and root.head.i != root.i:
        root = root.head
    return [root, *conjuncts(root)]


def unique_actors(refs: Iterable[Referent]) -> list[Referent]:
    """The referents with the first of each country, in order."""
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.country in seen:
            continue
        seen.add(r.country)
        out.append(r)
    return out


def _voiced_text(lemma: str) -> bool:
    """A noun of a text or of a voiced act, whose from-phrase is its author (speech.yaml
    document_nouns, voiced_nouns)."""
    words = load_speech()
    return lemma in words.document_nouns or lemma in words.voiced_nouns


def _said_it_subject(tok: Token) -> Token | None:
    """For the subject "it" of a clause a verb governs ("the ministry said it would
    respond"), that verb's one subject ("the ministry"); else None."""
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
        return None
    subjects = subject_of(verb.head)
    return subjects[0] if len(subjects) == 1 else None
