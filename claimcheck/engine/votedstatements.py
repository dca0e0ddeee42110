"""Statements of how many voted which way: "five members voted for the cut",
"four members voted against the cut".

Such a sentence counts one side of a vote.  Reports give the count in a
tally ("the board voted 6-3 to cut the rate", "with 5 votes against 4",
"Vote: 5-4" in a fact box, read by :mod:`claimcheck.engine.votes`) or
beside a verb of its side ("five members backed the cut; the other four
dissented", "four voting to leave the rate where it was").  Where the
tally's sentence (or a fact box's block) or the count's sentence names the
sentence's topic (its words after "for" or "against": "the cut"), the
side's count states the sentence when it is the sentence's count, and the
reverse when it is another.  A count of a whole ("five of the nine
members") is no side's; a vote supposed or an earlier one states nothing.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.patterns import lazy
from claimcheck.engine.polarity import Cues, read_cues
from claimcheck.engine.statements import FUNCTION_WORDS, StatementMatch
from claimcheck.engine.terms import FLAGS, word_forms
from claimcheck.engine.votes import vote_pairs, vote_side, vote_supposed

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence

__all__ = ["voted_statements"]

Span = tuple[int, int]

_NUMBER = "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
_COUNT = rf"\d{{1,4}}|(?:{'|'.join(TENS)})-(?:{'|'.join(SMALL)})|{_NUMBER}"
# the claim's sentence: a count, at most two words, "voted for" or "voted
# against", its topic
_CLAIM = lazy(
    rf"^\s*(?:the\s+)?(?P<n>{_COUNT})\s+(?:[a-z-]+\s+){{0,2}}?"
    r"vot(?:ed|e|es)\s+(?P<side>for|against|in\s+favou?r\s+of)\s+(?P<topic>.+?)"
    r"\s*\.?\s*$",
    FLAGS,
)
# a count beside a verb of its side: "five members backed", "the other four
# dissented", "four voting to leave the rate where it was"
_FOR = r"vot(?:ed|ing)\s+(?:for|in\s+favou?r|yes)|backed|supported|approved"
_AGAINST = (
    r"vot(?:ed|ing)\s+(?:against|no)|dissent(?:ed|ing)|opposed"
    r"|vot(?:ed|ing)\s+to\s+(?:leave|keep|hold)"
)
_COUNTED = lazy(
    rf"(?<![\w.,-])(?P<n>{_COUNT})(?![\w-])\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))\b",
    FLAGS,
)
# a count of a whole: "five of the nine members"
_OF_WHOLE = lazy(r"\bof\s+(?:the\s+|its\s+|all\s+)?$", FLAGS)
# a fact box's row: a short label, then a colon or a bar
_ROW = lazy(r"[ \t]*[^\W\d_][^\n:|]{0,30}[:|]", FLAGS)
#: words one of which an article's folded text holds where a side is counted
_STEMS = ("vot", "dissent", "backed", "supported", "opposed", "approved")


def _value(written: str) -> float:
    word = written.casefold()
    if word[0].isdigit():
        return float(word)
    tens, _, unit = word.partition("-")
    if unit:
        return float(TENS[tens] + SMALL[unit])
    return float(SMALL.get(word, TENS.get(word, 0)))


@functools.cache
def _claim(text: str) -> tuple[float, str, tuple[frozenset[str], ...]] | None:
    """The count, the side ("for" or "against") and the topic's words (each
    as its spellings) of a claim's sentence of a vote; None for any other
    sentence."""
    found = _CLAIM.match(text)
    if found is None:
        return None
    side = "against" if found.group("side").casefold() == "against" else "for"
    topic = tuple(
        frozenset((*word_forms(word), word))
        for word in regex.findall(r"\w+", found.group("topic").casefold())
        if word not in FUNCTION_WORDS
    )
    if not topic:
        return None
    return _value(found.group("n")), side, topic


def _names(folded: str, topic: tuple[frozenset[str], ...]) -> bool:
    """Whether the lower-case text ``folded`` holds every word of the topic."""
    words = set(regex.findall(r"\w+", folded))
    return all(not words.isdisjoint(forms) for forms in topic)


def voted_statements(index: ArticleIndex, sentence: Sentence) -> list[StatementMatch]:
    """The article's counts of the side of a vote that ``sentence`` counts
    ("five members voted for the cut"), each read as stating the sentence
    or its reverse; none for a sentence of another kind."""
    claim = _claim(sentence.text)
    if claim is None:
        return []
    count, side, topic = claim
    text = index.article.text
    out: list[StatementMatch] = []
    for pair in vote_pairs(index):
        bounds = index.article.sentence_at(pair.start)
        line = text.rfind("\n", 0, pair.start) + 1
        lo = bounds[0]
        if _ROW.match(text, line):
            # "RATE DECISION / Cut: 0.25 points / Vote: 5-4": the box's block
            lo = min(lo, text.rfind("\n\n", 0, pair.start) + 1)
        if not _names(text[lo : bounds[1]].casefold(), topic):
            continue
        start, end, value = vote_side(side, pair)
        cues = Cues(
            negations=int(value != count),
            suppositions=frozenset({"possibility"})
            if vote_supposed(index, pair)
            else frozenset(),
        )
        clause = index.clause_at(pair.start)
        out.append(
            StatementMatch(
                sentence=bounds, clause=clause, words=((start, end),), cues=cues
            )
        )
    if not any(stem in index.folded for stem in _STEMS):
        return out
    for bounds in index.article.sentences:
        said = text[bounds[0] : bounds[1]]
        if not _COUNTED.search(said) or not _names(said.casefold(), topic):
            continue
        for found in _COUNTED.finditer(text, *bounds):
            if (found.group("for") is None) == (side == "for"):
                continue
            if _OF_WHOLE.search(
                text, max(bounds[0], found.start() - 12), found.start()
            ):
                continue
            verb = found.span("for" if side == "for" else "against")
            words = (found.span("n"), verb)
            clause = index.clause_at(found.start())
            read = read_cues(text, sentence=bounds, clause=clause, words=words)
            cues = Cues(
                negations=read.negations + int(_value(found.group("n")) != count),
                suppositions=read.suppositions,
            )
            out.append(
                StatementMatch(sentence=bounds, clause=clause, words=words, cues=cues)
            )
    return out
