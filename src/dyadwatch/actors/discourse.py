"""Within-article reference: which state a pronoun, a description or a person points at.

The discourse model remembers, sentence by sentence, the actors an article has named
(with their grammatical role), the people it has introduced with a country, the last
coordinated pair ("Russia and China" for "the former ... the latter"), who speaks each
quote, and the publisher when it is itself a political actor (a ministry's press release:
its "we" is that state). Resolution is by salience: recent mentions and subjects weigh
more, and the other side of the event being coded is never its own antecedent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .titles import load_titles


@dataclass(slots=True)
class Referent:
    """A resolved actor: a state or organisation code, with the words that named it."""

    country: str
    sector: str | None
    text: str
    start: int
    end: int
    kind: str
    confidence: float = 0.9


@dataclass(slots=True)
class _Memory:
    country: str
    sentence: int
    weight: float
    subject: bool = False


@dataclass(slots=True)
class Person:
    name: str
    country: str
    sector: str | None
    sentence: int


@dataclass(slots=True)
class Discourse:
    non_states: frozenset[str]  # IGO and bloc codes: they do not answer "the country"
    publisher: str | None = None  # country of a political publisher ("UK Government - FCO")
    #: the states a joint statement speaks for ("on behalf of France, Germany and the UK"): its "we"
    joint: tuple[str, ...] = ()
    sentence_index: int = 0
    memory: list[_Memory] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # surname / full name -> person
    last_person: Person | None = None
    #: (offset, person, in a subject (2 the main clause's, 1 another's, 0 none), sentence
    #: index) of every place a person is named
    person_mentions: list[tuple[int, Person, int, int]] = field(default_factory=list)
    last_pair: tuple[Referent, Referent] | None = None
    #: the groups of three or more states the text has named together, oldest first
    #: ("Washington, London and Canberra", "AUKUS"): whom "the three" may mean
    named_groups: list[tuple[str, ...]] = field(default_factory=list)
    #: (sentence index, states) of each subject that coordinates two or more states
    #: ("Burkina Faso, Mali and Niger announced ..."): whom a later "they" or "them" means
    subject_groups: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    #: the two states of the last event between two states ("both sides", "all parties")
    last_event_pair: tuple[str, str] | None = None
    #: the two states of the last event of any kind between two states ("summoned China's
    #: ambassador ... their talks")
    last_any_pair: tuple[str, str] | None = None
    #: an office-holder noun -> the state of the last office of that title the text named
    #: with its state ("the Ambassador of the United States ... The Ambassador alleged")
    titles: dict[str, tuple[int, str]] = field(default_factory=dict)  # noun -> (offset, state)
    #: the two states of the article's first joint or hostile act: whom "the two
    #: countries" most often means in a story about them
    lead_pair: tuple[str, str] | None = None
    #: a state's body or office named with its state ("the Chinese foreign ministry",
    #: "Iran's army"): its head noun -> (state, sector), whom "the ministry" means later
    bodies: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    quote_speakers: dict[int, Referent] = field(default_factory=dict)  # quote start -> speaker
    #: quote start -> each state of a quote several coordinated speakers speak ("'We
    #: condemn ...,' France, Germany and Britain said"): whom its "we" and "our" mean
    quote_cospeakers: dict[int, list[Referent]] = field(default_factory=dict)
    #: quote start -> whom a transcript turn greets ("Mr Aliyev, Mr Pashinyan, colleagues")
    quote_addressees: dict[int, list[Referent]] = field(default_factory=dict)
    #: a person's name (full, first and last word) -> the states of his nationality ("Evan
    #: Gershkovich, an American journalist"): whose state an act on the person is against
    nationals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: (offset, name) of every place a person of known nationality is named: whom "him" means
    national_mentions: list[tuple[int, str]] = field(default_factory=list)
    #: (offset, state) of each junta the text names with its state ("Myanmar's junta", "the
    #: Malian junta", "the junta in Niger"): whose a later bare "the junta" is
    juntas: list[tuple[int, str]] = field(default_factory=list)
    #: (offset, organisation) of each international court the text names by name
    courts: list[tuple[int, str]] = field(default_factory=list)
    #: (doer, the state of the persons acted on) of each act on persons told, in order: whose
    #: national a person of no stated nationality most likely is in a detention story
    person_act_pairs: list[tuple[str, str]] = field(default_factory=list)

    # -- memory -----------------------------------------------------------------
    def remember(self, country: str, *, subject: bool = False, headline: bool = False) -> None:
        weight = 2.0 if subject else 1.0
        if headline:
            weight = 1.5
        self.memory.append(_Memory(country, self.sentence_index, weight, subject))

    def next_sentence(self) -> None:
        self.sentence_index += 1
        # mentions 40 sentences back weigh 0.6**40 of a fresh one: forget them, so that
        # salience stays cheap on long documents (the 0.05 floor of the title is kept)
        if len(self.memory) > 400:
            horizon = self.sentence_index - 40
            self.memory = [m for m in self.memory if m.sentence >= horizon or m.sentence == 0]

    def salience(self, states_only: bool = False) -> dict[str, float]:
        scores: dict[str, float] = defaultdict(float)
        for m in self.memory:
            if states_only and m.country in self.non_states:
                continue
            distance = max(0, self.sentence_index - m.sentence)
            scores[m.country] += m.weight * (0.6**distance) + 0.05 * m.weight
        return dict(scores)

    def ranked(self, exclude: set[str] = frozenset(), states_only: bool = True) -> list[str]:  # type: ignore[assignment]
        scores = self.salience(states_only=states_only)
        return [c for c, _ in sorted(scores.items(), key=lambda kv: -kv[1]) if c not in exclude]

    def topic(self, exclude: set[str] = frozenset(), states_only: bool = True) -> str | None:  # type: ignore[assignment]
        ranked = self.ranked(exclude, states_only)
        return ranked[0] if ranked else None

    def last_subject(self, exclude: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The state named in a subject of the last earlier sentence that had one ("Trump
        imposed sanctions on Iran. The administration has ramped up ..." is the US)."""
        for m in reversed(self.memory):
            if m.sentence < self.sentence_index and m.subject and m.country not in exclude and self.is_state(m.country):
                last = m.sentence
                subjects = [x.country for x in self.memory if x.sentence == last and x.subject and self.is_state(x.country)]
                return subjects[0] if subjects[0] not in exclude else None
        return None

    def last_subject_group(self, exclude: set[str] = frozenset()) -> tuple[str, ...] | None:  # type: ignore[assignment]
        """The states of a coordinated subject of the last earlier sentence that had a state
        in a subject, if that subject coordinated two or more states none of them in
        ``exclude`` ("Burkina Faso, Mali and Niger announced ... The bloc urged them")."""
        last = next((m.sentence for m in reversed(self.memory) if m.sentence < self.sentence_index and m.subject and self.is_state(m.country)), None)
        if last is None:
            return None
        groups = [g for k, g in self.subject_groups if k == last]
        if not groups or set(groups[-1]) & exclude:
            return None
        return groups[-1]

    def states_of_sentence(self, index: int, exclude: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        """The states named in sentence ``index``, in order, each once."""
        return list(dict.fromkeys(m.country for m in self.memory if m.sentence == index and self.is_state(m.country) and m.country not in exclude))

    def last_organisation(self, exclude: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The international organisation named last ("the agency", "the alliance")."""
        for m in reversed(self.memory):
            if m.country in self.non_states and m.country not in exclude:
                return m.country
        return None

    def is_state(self, code: str) -> bool:
        return code not in self.non_states

    # -- people -----------------------------------------------------------------
    def seen_person(self, person: Person, offset: int, subject: int = 0) -> None:
        """A person named again at ``offset`` in the text."""
        self.person_mentions.append((offset, person, subject, self.sentence_index))
        self.last_person = person

    def person_before(self, offset: int, sentence: int = -1) -> Person | None:
        """The person "he" or "she" at ``offset`` stands for: in its own sentence the person
        named last before it ("President Afwerki and ... he"); from an earlier sentence the
        subject of the last sentence that named a person, if it named one as a subject, its
        main clause's first ("Minister Champagne met Ignazio Cassis. He also met ..." is
        Champagne). ``sentence``: the offset of the pronoun's sentence. (The people of a
        paragraph are registered before its sentences are read: "the last sentence" is the
        paragraph so far.)"""
        before = [m for m in self.person_mentions if m[0] < offset]
        if before:
            last = max(before, key=lambda m: m[0])
            if last[3] < self.sentence_index:
                subjects = [m for m in before if m[3] == last[3] and m[2]]
                if subjects and not any(m[0] >= sentence for m in subjects):
                    # (a main clause's subject before a subordinate clause's: "Biden said,
                    # warning that relief could end if Maduro did not allow it. He thanked
                    # ..." is Biden; one in the pronoun's own sentence is the last)
                    return max(subjects, key=lambda m: (m[2], m[0]))[1]
                if subjects:
                    return max(subjects, key=lambda m: m[0])[1]
            return last[1]
        # a person known without a place in the text (registered with no offset)
        return self.last_person if self.last_person is not None and not any(m[1] is self.last_person for m in self.person_mentions) else None

    def add_person(self, name: str, country: str, sector: str | None, offset: int = -1, subject: int = 0) -> Person:
        person = Person(name, country, sector, self.sentence_index)
        if offset >= 0:
            self.person_mentions.append((offset, person, subject, self.sentence_index))
        parts = [p for p in name.replace(".", " ").split() if p[:1].isupper()]
        self.people[name] = person
        if parts:
            self.people[parts[-1]] = person
            if len(parts) > 1:
                # "Kim Yong Nam", "Bashar al-Assad": the family name may come first or last
                self.people.setdefault(parts[0], person)
        self.last_person = person
        return person

    def find_person(self, name: str) -> Person | None:
        if name in self.people:
            return self.people[name]
        parts = [p for p in name.replace(".", " ").split() if p[:1].isupper() and p.lower() not in load_titles()]
        for part in reversed(parts):
            if part in self.people:
                return self.people[part]
        return None

    # -- nationals --------------------------------------------------------------
    def add_national(self, name: str, countries: tuple[str, ...], offset: int) -> None:
        """A person whose nationality the text gives, named at ``offset``."""
        parts = [p for p in name.replace(".", " ").split() if p[:1].isupper() and p.lower() not in load_titles()]
        for key in (name, *parts[-1:], *parts[:1]):
            if countries or key not in self.nationals:
                self.nationals[key] = countries
        if countries:
            self.national_mentions.append((offset, name))

    def nationality(self, name: str) -> tuple[str, ...]:
        """The states of the person ``name`` (full name, or one word of it), else ()."""
        if name in self.nationals:
            return self.nationals[name]
        parts = [p for p in name.replace(".", " ").split() if p[:1].isupper() and p.lower() not in load_titles()]
        return next((self.nationals[p] for p in reversed(parts) if p in self.nationals), ())

    def national_before(self, offset: int) -> tuple[str, ...]:
        """The nationality of the person of known nationality named last before ``offset``."""
        name = _last_before(self.national_mentions, offset)
        return self.nationals.get(name, ()) if name is not None else ()

    def junta_before(self, offset: int) -> str | None:
        """The state of the junta the text named with its state last before ``offset``."""
        return _last_before(self.juntas, offset)

    def court_before(self, offset: int) -> str | None:
        """The organisation of the international court named last before ``offset``."""
        return _last_before(self.courts, offset)

    def other_side(self, doer: str) -> str | None:
        """The state whose nationals ``doer`` last acted on, else the state last acting on
        ``doer``'s nationals (a swap, tit-for-tat arrests)."""
        for pairs in ([p[1] for p in reversed(self.person_act_pairs) if p[0] == doer], [p[0] for p in reversed(self.person_act_pairs) if p[1] == doer]):
            if pairs:
                return pairs[0]
        return None


def _last_before(named: list[tuple[int, str]], offset: int) -> str | None:
    """What the last of the (offset, what) entries named before ``offset`` names, else None."""
    before = [m for m in named if m[0] < offset]
    return max(before)[1] if before else None
