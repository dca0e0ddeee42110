"""What an article says of a statement or an attribute claim: the clauses
holding its sentences or patterns, and the labels of its value and rivals,
each read for how the article puts it (see :mod:`claimcheck.engine.match`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from claimcheck.claims import AttributeClaim, Polarity, StatementClaim
from claimcheck.engine.boxstatements import box_statements
from claimcheck.engine.context import context_holds
from claimcheck.engine.evidence import Evidence, evidence_at, first_term
from claimcheck.engine.modifiersaid import modifier_said_elsewhere
from claimcheck.engine.polarity import Cues, Reading, read_polarity
from claimcheck.engine.quantifiers import short_of_all
from claimcheck.engine.rivalroles import other_role
from claimcheck.engine.sequences import superseded
from claimcheck.engine.statements import (
    Sentence,
    agrees,
    find_statement,
    phrase_hits,
    quoted_span,
)
from claimcheck.engine.terms import Terms
from claimcheck.engine.votedstatements import voted_statements

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["attribute_evidence", "describe", "statement_evidence"]


def statement_evidence(claim: StatementClaim, index: ArticleIndex) -> list[Evidence]:
    out = _sentence_evidence(claim, index)
    if claim.patterns is not None:
        out += _pattern_evidence(claim, claim.patterns, index)
    if {e.compatible for e in out} <= _UNDECIDED:
        out += _elsewhere_evidence(claim, index)
    out.sort(key=lambda e: e.start)
    return out


#: what evidence that neither supports nor contradicts says
_UNDECIDED = frozenset({None})


def _elsewhere_evidence(claim: StatementClaim, index: ArticleIndex) -> list[Evidence]:
    """Evidence of the claim's sentences in clauses that leave one of their
    modifiers to another sentence ("closed the clinic", the maternity
    clinic named before); each supports the claim."""
    text = index.article.text
    for sentence in claim.says:
        for found in modifier_said_elsewhere(index, sentence):
            if context_holds(claim, index, found.start):
                start, end = quoted_span(text, found, cued=False)
                why = f"states {sentence.text!r}, a word of it said in another sentence"
                return [
                    evidence_at(index, start, end, value="affirmed", ok=True, why=why)
                ]
    return []


def _sentence_evidence(claim: StatementClaim, index: ArticleIndex) -> list[Evidence]:
    """Evidence of the claim's plain sentences, each clause quoted with its lead."""
    out: dict[tuple[int, int, str], Evidence] = {}
    text = index.article.text
    readings = [
        (says, sentence, found, agrees(sentence, found.cues))
        for says, sentences in ((True, claim.says), (False, claim.contradicted_by))
        for sentence in sentences
        for found in (
            find_statement(index, sentence)
            + box_statements(index, sentence)
            + voted_statements(index, sentence)
        )
        if context_holds(claim, index, found.start)
        and not short_of_all(index, sentence, found)  # "too few open gates"
    ]
    # "pleaded not guilty, then pleaded guilty": the later state stands
    whole = _qualifiers(claim.says[0].text) if claim.says else frozenset()
    earlier = superseded(
        text, [(r[2], _stated(r[0], r[1], r[3], whole)) for r in readings]
    )
    for n, (says, sentence, found, same) in enumerate(readings):
        # a supposition the sentence makes itself is no news
        read = describe(
            Cues(
                negations=found.cues.negations,
                suppositions=found.cues.suppositions - sentence.cues.suppositions,
            )
        )
        said = repr(sentence.text)
        if same is None:
            ok, why = None, f"puts {said} as a supposition: it states nothing"
        elif says:
            ok = same
            why = f"states {said}" if same else f"states the reverse of {said}"
        elif same:
            ok, why = False, f"states {said}, the opposite of the claim"
        elif _stated(says, sentence, same, whole):
            ok, why = True, f"denies {said}, the claim's own denial"
        else:
            ok, why = None, f"denies {said}, which the claim does not list"
        if n in earlier:
            ok, why = None, f"{why}, a state its sentence tells a later one replaced"
        start, end = quoted_span(
            text,
            found,
            cued=bool(
                found.cues.negations
                or found.cues.suppositions - sentence.cues.suppositions
            ),
        )
        key = (start, end, why)
        out.setdefault(key, evidence_at(index, start, end, value=read, ok=ok, why=why))
    return list(out.values())


def _stated(
    says: bool, sentence: Sentence, same: bool | None, whole: frozenset[str]
) -> bool | None:
    """Whether a clause found for a claim's sentence states the claim (True),
    states its opposite (False) or neither (None), ``same`` saying whether the
    clause puts the sentence as the sentence does.  A sentence of the claim's
    contradictions that is a negation itself ("Apple will not appeal") states
    the claim where the clause denies it ("Apple said it would appeal"),
    unless the claim says more with a word of degree it lacks, ``whole``:
    "will not repay the loan" denied is no "will repay the loan in full"."""
    if says:
        return same
    if same:
        return False
    if same is False and sentence.cues.negated:
        return True if whole <= _qualifiers(sentence.text) else None
    return None


#: words that make a statement say all of a thing or it alone
_DEGREE = frozenset(
    "full fully whole wholly entire entirely complete completely total totally"
    " all every only alone".split()
)


@functools.cache
def _qualifiers(text: str) -> frozenset[str]:
    return _DEGREE.intersection(text.casefold().split())


def describe(cues: Cues) -> str:
    """A reading in words: "negated", "hypothetical (question, modal)"."""
    reading = cues.reading
    if reading is Reading.HYPOTHETICAL:
        return f"{reading.value} ({', '.join(sorted(cues.suppositions))})"
    return str(reading.value)


def _pattern_evidence(
    claim: StatementClaim, patterns: Terms, index: ArticleIndex
) -> list[Evidence]:
    out: list[Evidence] = []
    wanted = (
        Reading.AFFIRMED if claim.polarity is Polarity.AFFIRMED else Reading.NEGATED
    )
    for start, end in phrase_hits(index, patterns):
        if not context_holds(claim, index, start):
            continue
        reading = read_polarity(index, start, end)
        if reading is Reading.HYPOTHETICAL:
            ok, why = None, "is a supposition: it neither states nor denies it"
        elif reading is wanted:
            ok, why = True, f"is {reading.value}, as the claim says"
        else:
            ok, why = False, f"is {reading.value}, but the claim says {wanted.value}"
        out.append(evidence_at(index, start, end, value=reading.value, ok=ok, why=why))
    if claim.rivals is not None:
        for start, end in phrase_hits(index, claim.rivals):
            if not context_holds(claim, index, start):
                continue
            reading = read_polarity(index, start, end)
            ok = False if reading is Reading.AFFIRMED else None
            why = (
                "states the opposite of the claim"
                if ok is False
                else f"states the opposite, but is {reading.value}"
            )
            out.append(
                evidence_at(
                    index, start, end, value=f"rival, {reading.value}", ok=ok, why=why
                )
            )
    return out


def attribute_evidence(claim: AttributeClaim, index: ArticleIndex) -> list[Evidence]:
    out: list[Evidence] = []
    for terms, is_value in ((claim.value, True), (claim.rivals, False)):
        for start, end in index.hits(terms):
            if not context_holds(claim, index, start):
                continue
            reading = read_polarity(index, start, end, subject=True)
            label = index.article.text[start:end]
            if reading is not Reading.AFFIRMED:
                ok: bool | None = None
                why = f"is {reading.value} here"
            elif is_value:
                ok, why = True, "is the expected value"
            elif (role := other_role(claim, index, start, end)) is not None:
                ok, why = None, f"is a rival, but {role}"
            else:
                ok, why = (
                    False,
                    f"is a rival of the expected {first_term(claim.value)!r}",
                )
            out.append(evidence_at(index, start, end, value=label, ok=ok, why=why))
    out.sort(key=lambda e: e.start)
    return out
