"""A verb and its object kept apart by asides: "Police arrested, on Monday
and Tuesday, at least 14 dockers", and a number whose verb group resumes after
asides ("300 soldiers, sent to aid Russia last year, were killed").

A measure word closing its clause as a verb in the active voice takes as its
object the number opening a clause that one or two asides of time, place or
source keep from it (see :mod:`claimcheck.engine.binding`, rule ``object``).
Not after a passive ("Twelve were rescued, on Monday, 40 more ..."), nor
when the number's clause has a verb group of its own ("40 more were moved").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from claimcheck.engine.patterns import lazy
from claimcheck.engine.relative import past_relative

__all__ = [
    "AUX",
    "AUX_TAIL",
    "own_subject",
    "predicate_past_asides",
    "verb_before_asides",
    "verb_head",
]

Span = tuple[int, int]

# a finite auxiliary, and what may stand between it and its verb
AUX = lazy(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might|must|shall"
    r"|should|can|'s|'re|'ve)\b",
    regex.I,
)
AUX_TAIL = lazy(
    r"(?:\s+(?:been|being|be|not|never|also|reportedly|allegedly|now|already|all"
    r"|just|since|either|likely|each|both|so\s+far|n't"
    # "have remained trapped", "are remained buried" (as other first
    # languages put it): the state after the linking verb is the predicate
    r"|remained|stayed))*\s+",
    regex.I,
)

# A clause that opens with one of these is itself an aside ("including 12
# children,"): its number does not reach past it to the verb.
_ASIDE_OPENER = re.compile(
    r"\s*(?:includ\w*|among|excluding|such\s+as|like|of\s+whom|of\s+which"
    r"|who|whom|whose|which|where|with|without|most|many|some(?!\s+\d)|all|both"
    r"|each|mostly"
    r"|mainly|chiefly|and|or|but|plus)\b",
    re.I,
)
_MAX_ASIDES = 2
# a clause that only gives the count of the noun before it: "23 in all,"
_IN_ALL = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?"
    r"[\w.,]+\s+(?:in\s+all|in\s+total|all\s+told|altogether|of\s+them)\s*,\s*$",
    re.I,
)


# one or two asides between commas, from the verb to the number's clause
_ASIDES = lazy(
    r"\s*(?:,\s*(?:on|in|over|during|after|before|at|by|from|until|within"
    r"|across|according\s+to|earlier|later|last|this|early|late|again)\b"
    r"[^,;:.!?]{0,60}){1,2},\s*$",
    regex.I,
)
# a verb in the passive has no object
_PASSIVE_BEFORE = lazy(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", regex.I)
# the number's clause opens with the number, after at most a hedge
_OPENS_NUMBER = lazy(
    r"\s*(?:(?:at\s+least|about|around|some|nearly|almost|roughly|more\s+than"
    r"|over|up\s+to|as\s+many\s+as|an\s+estimated|another|a\s+further)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens"
    r"|hundreds|thousands|a\s+(?:dozen|hundred|thousand))\w*\b)",
    regex.I,
)
# a verb group of the number's own clause
_AUXILIARY = lazy(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might)\b", regex.I
)
#: clauses back from the number's that the verb may close
_REACH = 3


def verb_before_asides(
    text: str, clause: Span, clauses: Sequence[Span], hits: Sequence[Span]
) -> Span | None:
    """The measure word of ``hits`` that closes a clause before ``clause``
    as an active verb, one or two asides between them, when ``clause``
    opens with a number and has no verb group of its own; else None."""
    # the asides end at a comma right before the clause (a cheap test first)
    if not text[max(0, clause[0] - 3) : clause[0]].rstrip().endswith(","):
        return None
    if not _OPENS_NUMBER.match(text, clause[0], clause[1]):
        return None
    first = [c[0] for c in clauses].index(clause[0])
    for j in range(first - 1, max(first - 1 - _REACH, -1), -1):
        start, end = clauses[j]
        found = [h for h in hits if h[0] >= start and h[1] <= end]
        if not found:
            continue
        verb = found[-1]
        if (
            _ASIDES.match(text, verb[1], clause[0]) is None
            or _PASSIVE_BEFORE.search(text, start, verb[0]) is not None
            or _AUXILIARY.search(text, clause[0], clause[1]) is not None
        ):
            return None
        return verb
    return None


def verb_head(text: str, start: int, end: int) -> int | None:
    """Where the verb after a finite auxiliary opening ``text[start:end]`` starts."""
    aux = AUX.match(text, start, end)
    if aux is None:
        return None
    tail = AUX_TAIL.match(text, aux.end(), end)
    return tail.end() if tail else aux.end()


def predicate_past_asides(
    text: str,
    clause: Span,
    clauses: Sequence[Span],
    hits: Sequence[Span],
) -> Span | None:
    """The measure word heading the verb group that resumes ``clause``.

    "300 soldiers, sent to aid Russia last year, were killed": the clause of
    the number ends at a comma, one or two asides end at commas, and the next
    clause opens with the verb group, whose head is a measure word.  "The
    miners, 23 in all, were trapped": the next clause opens with an auxiliary.
    """
    if all(clause[0] <= h[0] < clause[1] for h in hits):
        # every reading below finds a measure word of another clause
        return None
    # ``clause`` may span several of ``clauses`` (a group of people: "the
    # driver and four passengers,"); what follows it begins at its end
    after = [c[1] for c in clauses].index(clause[1]) + 1
    if before := verb_before_asides(text, clause, clauses, hits):
        return before  # "Police arrested, on Monday, 14 dockers"
    if not text[clause[0] : clause[1]].rstrip().endswith(","):
        return past_relative(text, clauses[after - 1], clauses, hits)
    if _ASIDE_OPENER.match(text, clause[0]):
        return None
    later = [c for c in clauses[after:] if text[c[0] : c[1]].strip()]
    in_all = _IN_ALL.match(text, clause[0], clause[1]) is not None
    for asides, (start, end) in enumerate(later):
        body = text[start:end]
        head: int | None = start + len(body) - len(body.lstrip())
        assert head is not None
        verb = verb_head(text, head, end)
        # the first clause after the number's own resumes it only when it
        # opens with a verb group; later ones may open with the verb itself,
        # and so may the first after an appositive count ("The pilots, 900
        # in all, walked out")
        if verb is not None or (asides == 0 and not in_all):
            head = verb
        found = next((h for h in hits if h[0] == head), None)
        if found is not None:
            return found
        if asides >= _MAX_ASIDES or not body.rstrip().endswith(","):
            return None
    return None


# "at least six cabinet ministers lost theirs", "about 300 soldiers joined
# the rescue", "40 families refused to leave": after the number, its noun
# (one to three words, no "and"), then a finite verb of its own (a past
# form or an auxiliary)
_OWN_SUBJECT = lazy(
    r"(?:\s+(?!(?:and|or|but|nor|in|on|at|of|to|from|by|with|for|as|when|while"
    r"|after|before|because|since|until|if|though|although|where|who|whom|which"
    r"|that|than|so|then|into|over|under|per|each|more|less|fewer|others?)\b)"
    r"[^\W\d_][\w'’-]*){1,3}?"
    r"\s+(?:[^\W\d_]+ed|lost|won|took|left|fled|went|came|got|made|said|gave|ran"
    r"|held|kept|met|saw|sent|stood|fell|rose|has|have|had|is|are|was|were|will"
    r"|would|could|did)\b",
    regex.I,
)


def own_subject(text: str, start: int, end: int) -> bool:
    """Whether the number ending at ``start`` is the subject of a verb of its
    own in ``text[start:end]`` ("six cabinet ministers lost theirs"): its
    clause is its own, not one that resumes the clause before."""
    return _OWN_SUBJECT.match(text, start, end) is not None
