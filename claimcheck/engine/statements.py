"""Statements in plain words: a claim's sentence found in an article's clause.

A sentence such as "the prisoners have not asked for asylum" is read once,
when the suite loads: its function words (the, have, for...) drop out, its
negation and other cues are noted, and each remaining word becomes a *slot*
that matches any inflection of it (asked, asking, asks).  A ``$vocabulary``
in the sentence is one slot matching any of its terms.  The sentence matches
an article wherever one clause holds every slot, in any order, with any words
between; the clause's own cues then say how the article puts it (see
:mod:`claimcheck.engine.polarity`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.engine.actobjects import act_forms
from claimcheck.engine.agents import another, first_does, others_act
from claimcheck.engine.answers import answered
from claimcheck.engine.antecedents import standing_for
from claimcheck.engine.calques import calque_nouns, calques_of
from claimcheck.engine.claimwords import MONTH_MAY, reported_future
from claimcheck.engine.collocations import pair_spellings, pair_words
from claimcheck.engine.comparatives import Comparison, compared, comparison_of
from claimcheck.engine.denials import reported_false
from claimcheck.engine.derived import derive, possession_object, without_word
from claimcheck.engine.derivedwords import derived_negations
from claimcheck.engine.exceptions import excepted
from claimcheck.engine.framedacts import framed_complete, framed_heads
from claimcheck.engine.idioms import idiom_of, said_as_adjective
from claimcheck.engine.laterdoers import doer_in_later_clause
from claimcheck.engine.leads import commanded
from claimcheck.engine.modifiers import modifier_slots, object_slot, without_participle
from claimcheck.engine.nearwords import near_adjectives
from claimcheck.engine.nominals import with_irregular
from claimcheck.engine.opposites import opposite_at
from claimcheck.engine.ownerpronouns import owner_stand_ins
from claimcheck.engine.pairsubjects import pair_subject
from claimcheck.engine.particleverbs import phrasal_slot
from claimcheck.engine.patterns import lazy
from claimcheck.engine.phrases import phrase_hits, phrases_with_of
from claimcheck.engine.polarity import Cues, read_cues
from claimcheck.engine.quoting import quoted_span
from claimcheck.engine.retold import retold
from claimcheck.engine.roles import (
    act_of_another,
    acts_itself,
    suffered_slot,
    swapped,
)
from claimcheck.engine.rulingout import ruled_out_forms, rules_out
from claimcheck.engine.sequences import clause_reaches
from claimcheck.engine.slothits import own_hits, sentences_of, words_in
from claimcheck.engine.slotinit import slot_init
from claimcheck.engine.slotwords import may_hold
from claimcheck.engine.statementclauses import statement_clauses
from claimcheck.engine.surnames import full_name, surname_stand_ins
from claimcheck.engine.terms import Term, Terms, inflected, word_forms
from claimcheck.engine.verbnouns import gerunds, particle_nouns, zero_nouns
from claimcheck.engine.wholes import filled_by_verb, filled_hits

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = [
    "FUNCTION_WORDS",
    "Sentence",
    "SlotError",
    "StatementMatch",
    "agrees",
    "find_statement",
    "parse_sentence",
    "phrase_hits",
    "phrases_with_of",
    "quoted_span",
    "statement_clauses",
]

#: words a sentence may leave out or an article may put differently (a
#: reflexive pronoun is no such word: "kill themselves" is not "kill")
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there it its it's
    i me my we us our you your he him his she her they them their
    be is am are was were been being has have had having
    do does did done doing ca wo
    of in on at to for from by with into onto over under about as than
    up down out off
    and or but nor so yet if whether when while because although though
    who whom whose which what where
    not n't never no none
    any all some each every both either neither
    could might may would will shall should must can
    """.split()
)
_TOKEN = lazy(r"\$[\w.-]+|n['’]t\b|\w+(?:['’]\w+)*?(?=n['’]t\b)|\w+(?:['’]\w+)*")


class SlotError(ValueError):
    """A sentence of a claim that cannot be matched (no content word)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One plain sentence of a statement claim, ready to match."""

    text: str
    #: one group of spellings per content word or vocabulary
    slots: tuple[Terms, ...]
    #: how the sentence itself puts the statement (its "not", its "whether")
    cues: Cues
    #: spellings derived from its words (see :mod:`claimcheck.engine.derived`):
    #: adjectives that state a word, adjectives that deny it, nouns of its act
    adjectives: frozenset[str] = frozenset()
    negatives: frozenset[str] = frozenset()
    nominals: frozenset[str] = frozenset()
    #: whether it says that something has a thing ("did not have a licence")
    possession: bool = False
    #: whether its first two words name its subject together ("the transport
    #: minister resigned"), which a pronoun may stand for
    pair_subject: bool = False
    #: whether its first word does its act, not suffers it (no passive)
    doer: bool = True
    #: nouns of its act spelt as its verb's lemma ("the regulator's fine")
    zero: frozenset[str] = frozenset()
    #: whether it names another of a kind itself ("another ship sank")
    other: bool = False
    #: words denying its words wherever they stand (:mod:`.opposites`)
    flips: frozenset[str] = frozenset()
    #: the two sides it compares, if it does ("more women than men died")
    comparison: Comparison | None = None
    #: whether it says that something was ruled out, which a negation in the
    #: article leaves open (:mod:`.rulingout`)
    rules_out: bool = False
    #: the slots a noun in the slot before may fill ("power failure" for
    #: "lost power", see :mod:`.collocations`)
    filled: tuple[int, ...] = ()
    #: the slot of its verb in the passive after the subject ("the minister
    #: was sacked": 1), or 0 (see :func:`claimcheck.engine.roles.acts_itself`)
    suffered: int = 0
    #: the slots whose word ends in a plural's possessive ("the dockers'
    #: union"), which the article's word may end in too
    owners: frozenset[int] = frozenset()
    #: the slots whose word is a noun or an adjective standing right before
    #: the next slot's ("the maternity clinic": 3), see :mod:`.modifiersaid`
    modifiers: frozenset[int] = frozenset()
    #: the slot of the object its verb ends on ("will pay the fine": 2), or 0
    object: int = 0
    #: the slots a phrase holding its object may tell, by lemma (.framedacts)
    framed: tuple[tuple[int, str], ...] = ()


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class StatementMatch:
    """A clause of an article holding every slot of a sentence."""

    sentence: tuple[int, int]
    clause: tuple[int, int]
    #: the span of each slot's word, in text order
    words: tuple[tuple[int, int], ...]
    cues: Cues
    #: the sentence answering the question the match stands in, if any
    answer: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


# Spellings shared by several sentences are one Terms object, so an article
# is scanned once for them (the index keeps hits by object).
_SLOTS: dict[tuple[Term, ...], Terms] = {}


def _slot(terms: Terms) -> Terms:
    return _SLOTS.setdefault(terms.terms, terms)


# pronouns written two ways: "nobody will be laid off" is "no one will be"
_SAME_WORD: dict[str, tuple[str, ...]] = {
    "nobody": ("no one", "no-one"),
    "everybody": ("everyone",),
    "everyone": ("everybody",),
    "somebody": ("someone",),
    "someone": ("somebody",),
}


def parse_sentences(
    text: str, vocabulary: Callable[[str], Terms]
) -> tuple[Sentence, ...]:
    """A claim's plain sentence and the sentences that restate it ("no
    injuries" for "nobody was injured", "the FDA" for its full name, see
    :mod:`.retold`), each shown as the claim's own words."""
    sentence = parse_sentence(text, vocabulary)
    parse = functools.partial(parse_sentence, vocabulary=vocabulary)
    restated = retold(text, parse, FUNCTION_WORDS)
    return (
        sentence,
        *(dataclasses.replace(other, text=sentence.text) for other in restated),
    )


def parse_sentence(text: str, vocabulary: Callable[[str], Terms]) -> Sentence:
    """Read a claim's plain sentence; ``vocabulary`` resolves ``$name`` words.

    Raises :class:`SlotError` when the sentence has no content word.
    """
    said, text = text, said_as_adjective(without_participle(text, FUNCTION_WORDS))
    slots: list[Terms] = []
    spans: list[tuple[int, int]] = []
    tokens = list(_TOKEN.finditer(text))
    lowered = [m.group().casefold() for m in tokens]
    owned = possession_object(lowered, FUNCTION_WORDS)
    derived: dict[str, set[str]] = {
        "adjectives": set(),
        "negatives": set(),
        "nominals": set(),
    }
    zero: set[str] = set()
    flips: set[str] = set()
    pairs = pair_words(lowered, FUNCTION_WORDS)
    filled: list[int] = []
    framed: list[tuple[int, str]] = []
    for i, match in enumerate(tokens):
        word = match.group()
        if word.startswith("$"):
            slots.append(_slot(inflected(vocabulary(word[1:]))))
        elif word == "May" and i:  # the month, not the modal ("resume in May")
            slots.append(_slot(MONTH_MAY))
        elif word.casefold().replace("’", "'") in FUNCTION_WORDS:
            continue
        elif word[1:] == word[1:].lower():
            lower = word.casefold()
            # "pleaded guilty": "admitted its guilt"; "went on strike": a walkout
            pair = pair_spellings(pairs, i) if pairs else None
            if pair is not None:
                derived["nominals"].update(pair.nouns)
                if pair.filled:
                    filled.append(len(slots))
                if pair.dropped or pair.only:
                    if pair.only:
                        slots.append(_slot(Terms.of(pair.forms)))
                        spans.append(match.span())
                    continue
            more = derive(lower, possessed=i == owned)
            # (a noun after an article is a thing: "found a leak" is no leaking)
            thing = i > 0 and lowered[i - 1] in _ARTICLES
            if not thing:
                more = with_irregular(more, lower)
            if i in pairs:
                # "admitted defeat" for "conceded defeat": the pair's verb
                # alone, as the word after it has a slot of its own
                more = without_word(more, lowered[pairs[i][0]])
            for kind, found in derived.items():
                found.update(getattr(more, kind))
            # "broke down": the breakdown; "grounded": the airline's grounding
            after = tokens[i + 1].group().casefold() if i + 1 < len(tokens) else ""
            joined = particle_nouns(lower, after)
            # (a noun the tables give already keeps their reading)
            zeros = () if thing else zero_nouns(lower)
            zero.update(set(zeros) - set(more.nominals))
            derived["nominals"].update(joined + gerunds(lower) + zeros)
            # "by hand" for "manually" and back; "in poor health" denies
            # "healthy"; "not known" for "unknown"
            idiom, opposite = idiom_of(lower), opposite_at(lowered, i, FUNCTION_WORDS)
            derived["negatives"].update(idiom.denies)
            flips.update(opposite.denies + idiom.flips)
            forms = word_forms(lower) + more.spellings + joined
            forms += ruled_out_forms(lower, after)
            forms += idiom.states + idiom.denies + idiom.flips
            forms += opposite.states + opposite.denies
            forms += _SAME_WORD.get(lower, ()) + (pair.forms if pair else ())
            if lower.endswith(("'s", "’s")):  # "the government of Marta Kovac"
                forms += (lower[:-2],)
            # "detained" for "arrested", "taken offline" for "shut down"
            forms += act_forms(lowered, i, FUNCTION_WORDS)  # "scrapped the ban"
            # "the fusion" for "the merger", as Romance languages put it
            forms += calques_of(lower) + near_adjectives(lower)
            heads, lemma = framed_heads(lower, lowered[i - 1] if i else "")
            forms += heads  # "took the firm to court" for "sued the firm"
            framed += [(len(slots), lemma)] if lemma else []
            derived["nominals"].update(calque_nouns(lower))
            slots.append(_slot(phrasal_slot(forms, lower, after)))  # "voted down"
        else:
            slots.append(_slot(Terms.of((word,))))
        spans.append(match.span())
    if not slots:
        raise SlotError(
            f"sentence {text!r} has no content word (only words such as 'the',"
            " 'not', 'has'); name what happened"
        )
    cues = read_cues(text, sentence=(0, len(text)), clause=(0, len(text)), words=spans)
    cues = reported_future(text, cues)  # "depositors would have access"
    return Sentence(
        text=said,
        slots=tuple(slots),
        cues=cues,
        adjectives=frozenset(derived["adjectives"]),
        negatives=frozenset(derived["negatives"]),
        nominals=frozenset(derived["nominals"]),
        possession=owned is not None,
        pair_subject=pair_subject(text, spans),
        doer=first_does(text),
        zero=frozenset(zero),
        other=another(text, len(text))
        or any(another(text, start) for start, _ in spans),
        flips=frozenset(flips),
        comparison=comparison_of(text, tuple(slots), spans),
        rules_out=rules_out(lowered),
        filled=tuple(filled),
        suffered=suffered_slot(text, spans),
        owners=frozenset(
            k for k, (_, end) in enumerate(spans) if text[end : end + 1] in _APOSTROPHES
        ),
        modifiers=modifier_slots(text, spans, len(slots)),
        object=object_slot(text, spans, len(slots)),
        framed=tuple(framed),
    )


def find_statement(index: ArticleIndex, sentence: Sentence) -> list[StatementMatch]:
    """Every clause of the article holding all of ``sentence``'s slots.

    A clause without a subject of its own ("..., but did not step down")
    borrows the words of the clause before it; its cues are its own.
    """
    if sentence.comparison is not None:
        return compared(index, sentence.comparison)
    text = index.article.text
    if not may_hold(index, sentence):
        return []
    hits = []
    for k, slot in enumerate(sentence.slots):
        owner = k in sentence.owners  # ("the dockers' union")
        found = index.hits(slot) if owner else own_hits(index, slot, sentence)
        if not found:
            return []
        hits.append(found)
    for k in sentence.filled:
        hits[k] = filled_hits(hits[k], hits[k - 1])
    owner_stand_ins(index, sentence, hits, FUNCTION_WORDS)  # "his sentence"
    # only a sentence where every slot has a hit can hold a clause with all
    # (but the first two, which a pronoun may stand for)
    rest: set[tuple[int, int]] | None = None
    for slot, own in zip(sentence.slots[2:], hits[2:], strict=True):
        found_in = sentences_of(index, slot, sentence, own)
        rest = found_in if rest is None else rest & found_in
        if not rest:
            return []
    worth = sentences_of(index, sentence.slots[0], sentence, hits[0])
    if len(sentence.slots) > 1:
        others = sentences_of(index, sentence.slots[1], sentence, hits[1])
        others = others if rest is None else others & rest
        worth = worth & others
        # "The trawler was spotted off Crete. It had sailed from Tobruk": a
        # word standing for the subject named in the sentence before
        worth |= _stand_ins(
            index, hits, others, rest if sentence.pair_subject else None
        )
        # "Marta Ilves was questioned. Ilves resigned": the surname alone
        if sentence.pair_subject and full_name(sentence.text):
            worth |= surname_stand_ins(index, hits, rest)
    if not worth:
        return []
    # the rarest slot picks the sentences worth reading
    pivot = min(hits, key=len)
    # a word said twice marks a second telling ("pleaded not guilty, then
    # pleaded guilty"), but not a word of degree ("must not cut rates too
    # quickly or by too much")
    tellings = [
        () if slot.phrases is not None and slot.phrases <= _DEGREE else found
        for slot, found in zip(sentence.slots, hits, strict=True)
    ]
    seen: set[tuple[int, int]] = set()
    out: list[StatementMatch] = []
    for start, _ in pivot:
        bounds = index.article.sentence_at(start)
        if bounds in seen or bounds not in worth:
            continue
        seen.add(bounds)
        cuts = statement_clauses(index, bounds)
        for clause, reach in clause_reaches(text, cuts, tellings):
            chosen = words_in(hits, reach, clause[0])
            if chosen is None or not filled_by_verb(
                text, chosen, sentence.filled, sentence.nominals
            ):
                continue
            if sentence.framed and not framed_complete(
                text, chosen, sentence.framed, max(clause[1], reach[1])
            ):
                continue
            words = tuple(sorted(chosen))
            if words[-1][1] <= clause[0]:
                continue
            # (the words in order: those from the clause's start on)
            own = words[bisect.bisect_left(words, (clause[0],)) :]
            if (
                others_act(text, own, chosen[0], clause[0], sentence, chosen=chosen)
                or swapped(text, chosen, sentence)
                or act_of_another(text, chosen, sentence)
                or acts_itself(
                    text, chosen, sentence, hits[sentence.suffered - 1], reach[1]
                )
                or doer_in_later_clause(text, chosen, sentence)
            ):
                continue
            cues = read_cues(text, sentence=bounds, clause=clause, words=own)
            denied = derived_negations(text, sentence, words, own, reach)
            if denied is None:
                continue
            if not cues.negations:  # "claims that X spread as a hoax"
                denied += reported_false(text, bounds, own)
            denied += excepted(text, sentence.text, bounds[0], own)  # "all but one"
            if denied:
                cues = Cues(
                    negations=cues.negations + denied, suppositions=cues.suppositions
                )
            answer = None
            if "question" in cues.suppositions and not cues.negations:
                # "Did the dam hold? It did not."
                answer = answered(index, bounds)
                if answer is not None:
                    cues = Cues(
                        negations=answer.negations,
                        suppositions=cues.suppositions - {"question"},
                    )
            if commanded(text, own, clause[0]):
                cues = Cues(
                    negations=cues.negations,
                    suppositions=cues.suppositions | {"intention"},
                )
            out.append(
                StatementMatch(
                    sentence=bounds,
                    clause=clause,
                    words=words,
                    cues=cues,
                    answer=None if answer is None else answer.span,
                )
            )
    return out


_ARTICLES = frozenset(("a", "an"))
_APOSTROPHES = frozenset("'’")
_DEGREE = frozenset("too very so more most less least quite much".split())


def _stand_ins(
    index: ArticleIndex,
    hits: list[tuple[tuple[int, int], ...]],
    others: set[tuple[int, int]],
    rest: set[tuple[int, int]] | None,
) -> set[tuple[int, int]]:
    """The sentences where a word stands for the subject named in the one
    before: its first slot (the others in ``others``' sentences) or, failing
    that, its first two (the rest in ``rest``'s: "The transport minister was
    questioned. He resigned"); the word joins ``hits``, as the first slot's
    hit and an empty one of the second."""
    pronouns = standing_for(index, hits[0], others) if others else ()
    if not pronouns and rest:
        pronouns = standing_for(index, hits[0], rest, hits[1:2])
        if pronouns:
            ends = tuple((p[1], p[1]) for p in pronouns)
            hits[1] = tuple(sorted(hits[1] + ends))
    if not pronouns:
        return set()
    hits[0] = tuple(sorted(hits[0] + pronouns))
    sentence_at = index.article.sentence_at
    return {sentence_at(p[0]) for p in pronouns}


def agrees(sentence: Sentence, found: Cues) -> bool | None:
    """Whether ``found`` puts a statement as ``sentence`` does; None: neither.

    A supposition the sentence does not make itself states nothing; otherwise
    the statement agrees when both are negated or both are not.
    """
    suppositions = found.suppositions
    if "plan" in suppositions and "future" in sentence.cues.suppositions:
        # "the company will appeal" is stated by "plans to appeal"
        suppositions = suppositions - {"plan", "intention"}
    if suppositions - sentence.cues.suppositions:
        return None
    if sentence.rules_out and found.negated and not sentence.cues.negated:
        # "have not ruled out foul play": an open possibility, no denial
        return None
    return found.negated == sentence.cues.negated
