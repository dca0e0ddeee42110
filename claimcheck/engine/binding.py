"""Whose number is it: the binding rule.

How a number is bound to the measure it counts (the *binding rule*):

1. Sentences are cut into clauses at ``;``, ``:``, ``, ``, dashes, and before
   coordinating or subordinating words (``and``, ``but``, ``while``,
   ``because``, ``if``, ``when``, ``since``, ``with``...).  A quantity's span
   is never cut (``between 10,000 and 12,000`` stays whole).
2. Within its clause, a quantity competes with every *measure word*: the
   measure terms of every quantity claim in the suite, plus a built-in list of
   common event words (killed, arrested, evacuated...) so that a number the
   suite has no claim for is not handed to a claim it does not belong to.
3. The quantity binds to the first of:
   a. a measure word right before it, separated only by articles and
      prepositions (``sent at least 11,000``, ``the capture of two``): the
      quantity is its object;
   b. the head of the first finite verb group after it (``300 soldiers sent
      to aid Russia have been killed``: ``have been killed``, not ``sent``):
      the quantity is its subject, and participles modifying the noun lose;
      past one or two asides between commas when its clause ends at one
      (``300 soldiers, sent to aid Russia, were killed``), unless the
      quantity sits in an aside itself (``including 12 children,``);
   c. the nearest measure word in the clause, counted in words.
4. The whole in a partitive (``2 of the 10 hostages were killed``) never binds
   to the predicate, only to a measure word that modifies it.

A claim then sees the quantities bound to one of its own measure words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from claimcheck.engine.numbers.reader import Quantity

__all__ = ["bind", "clause_cuts", "predicate_past_asides"]

# Where clauses break: punctuation, dashes, and the words that open a new
# clause.  The word itself begins the new clause (so "if" stays with what it
# makes hypothetical).
_CLAUSE_BREAK = re.compile(
    r"""
    (?P<punct>[;:](?=\s)|,(?=\s)|\s[—–]\s|\s--\s|[—–](?=\s))
    | \s(?P<word>(?:and|but|or\ not|while|whereas|although|though|because
           |after|before|when|whenever|if|unless|until|with|without|as\ well\ as
           |which|who|whom|whose|where)\b)
    """,
    re.X | re.I,
)

_GLUE = frozenset(
    [
        "of",
        "to",
        "the",
        "a",
        "an",
        "by",
        "at",
        "for",
        "some",
        "about",
        "another",
        "nearly",
        "almost",
        "around",
        "roughly",
        "than",
        "least",
        "more",
        "over",
        "up",
        "total",
        "estimated",
        "approximately",
    ]
)
_AUX = regex.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might|must|shall"
    r"|should|can|'s|'re|'ve)\b",
    regex.I,
)
_AUX_TAIL = regex.compile(
    r"(?:\s+(?:been|being|be|not|never|also|reportedly|allegedly|now|already|all"
    r"|just|since|either|likely|each|both|so\s+far|n't))*\s+",
    regex.I,
)
_PARTITIVE = regex.compile(
    r"\bof\s+(?:the|these|those|its|their|his|her|our)?\s*$", regex.I
)
_WORD = regex.compile(r"\w+")


def clause_cuts(
    text: str, start: int, end: int, quantities: Sequence[Quantity]
) -> list[int]:
    cuts = [start]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cut = m.start("word") if m.group("word") else m.end()
        if quantities and any(q.start < cut < q.end for q in quantities):
            continue
        if cut > cuts[-1]:
            cuts.append(cut)
    if cuts[-1] < end:
        cuts.append(end)
    else:
        cuts[-1] = end
    return cuts


# A clause that opens with one of these is itself an aside ("including 12
# children,"): its number does not reach past it to the verb.
_ASIDE_OPENER = re.compile(
    r"\s*(?:includ\w*|among|excluding|such\s+as|like|of\s+whom|of\s+which"
    r"|who|whom|whose|which|where|with|without|most|many|some|all|both|each|mostly"
    r"|mainly|chiefly|and|or|but|plus)\b",
    re.I,
)
_MAX_ASIDES = 2


def predicate_past_asides(
    text: str,
    clause: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    hits: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The measure word heading the verb group that resumes ``clause``.

    "300 soldiers, sent to aid Russia last year, were killed": the clause of
    the number ends at a comma, one or two asides end at commas, and the next
    clause opens with the verb group, whose head is a measure word.
    """
    if not text[clause[0] : clause[1]].rstrip().endswith(","):
        return None
    if _ASIDE_OPENER.match(text, clause[0]):
        return None
    later = [
        c for c in clauses[clauses.index(clause) + 1 :] if text[c[0] : c[1]].strip()
    ]
    for asides, (start, end) in enumerate(later):
        if asides:
            body = text[start:end]
            head = start + len(body) - len(body.lstrip())
            aux = _AUX.match(text, head, end)
            if aux is not None:
                tail = _AUX_TAIL.match(text, aux.end(), end)
                head = tail.end() if tail else aux.end()
            found = next((h for h in hits if h[0] == head), None)
            if found is not None:
                return found
        if asides >= _MAX_ASIDES or not text[start:end].rstrip().endswith(","):
            return None
    return None


def bind(
    text: str,
    q: Quantity,
    clause: tuple[int, int],
    hits: list[tuple[int, int]],
    *,
    previous_end: int | None,
    resumed: tuple[int, int] | None = None,
) -> tuple[tuple[int, int] | None, str]:
    if not hits and resumed is None:
        return None, ""
    # the head of the first finite verb group after the quantity, if any
    after_text = text[q.end : clause[1]]
    aux = _AUX.search(after_text)
    predicate = None
    if aux is not None:
        tail = _AUX_TAIL.match(after_text, aux.end())
        head = q.end + (tail.end() if tail else aux.end())
        predicate = next((h for h in hits if h[0] == head), None)
    whole = previous_end is not None and previous_end >= clause[0]
    if whole:
        between = text[previous_end : q.start]
        whole = bool(_PARTITIVE.search(between)) and len(_WORD.findall(between)) <= 2
    if whole:
        # the whole of a partitive ("2 of the 10 hostages were killed") is not
        # what the predicate counts, though a modifier may still name it
        hits = [h for h in hits if h != predicate]
        if not hits:
            return None, "partitive"
    else:
        # a. object of a measure word right before it
        before = [h for h in hits if h[1] <= q.start]
        if before:
            h = before[-1]
            gap = _WORD.findall(text[h[1] : q.start])
            if all(w.casefold() in _GLUE for w in gap) and len(gap) <= 3:
                return h, "object"
        # b. subject of the first finite verb group after it, in its clause
        # or where the clause resumes after asides between commas
        if predicate is not None:
            return predicate, "subject"
        if resumed is not None:
            return resumed, "subject"
    if not hits:
        return None, ""

    # c. the nearest measure word, in words; ties go to the one after
    def distance(h: tuple[int, int]) -> tuple[int, int]:
        if h[0] >= q.end:
            return len(_WORD.findall(text[q.end : h[0]])), 0
        return len(_WORD.findall(text[h[1] : q.start])), 1

    return min(hits, key=distance), "nearest"
