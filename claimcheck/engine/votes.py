"""Votes given as a score or a tally: which count is which side's.

"The committee voted 5-4 to cut", "nurses backed the strike by 3,120 votes
to 880", "the motion carried 41 to 9", "a 6-3 majority", "Vote: 5-4": a
decision's two counts written as one pair, the winning side's first.  The
reader drops "5-4" as a score and takes "41 to 9" for a range; here the pair
is read as two counts, and each goes to a claim whose measure names its
side: the winners ("voted for", "in favour", "backed", "majority") or the
losers ("against", "opposed", "dissented", "minority").  A decision taken
against something ("ruled 6-3 against the city", "rejected the offer 30-11")
makes its winners the side against; majority and minority stay as they are.
A claim naming both sides, a change or a unit gets nothing here.

A pair is a vote's only where a vote word stands just before it in its
clause ("voted", "carried", "passed", "split", "ruled", "by a margin of",
"Vote:") or names it just after ("a 6-3 majority", "a 5-4 ruling", "by
five votes to four"), and only when the first count is the larger: "lost
5-4 to Dunmore" (no vote word), "5-4-2026" (a date), "300-400 homes" (a
range) and "from 5 to 4 per cent" (a change) are no votes.

The article is searched once, and only when its folded text holds a vote
word at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.context import context_holds
from claimcheck.engine.earlier import past_event
from claimcheck.engine.evidence import Evidence
from claimcheck.engine.figure_cues import read_quantity_cues
from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.pastyears import year_event
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import Terms

__all__ = ["VotePair", "vote_evidence", "vote_pairs", "vote_side", "vote_supposed"]


# a count: digits ("3,120"), or a number in words ("five", "forty-one")
_UNITS = "|".join(sorted((w for w in SMALL if SMALL[w] < 10 and SMALL[w]), key=len))
_WORDS = (
    rf"(?:{'|'.join(TENS)})(?:-(?:{_UNITS}))?"
    rf"|{'|'.join(sorted(SMALL, key=len, reverse=True))}"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
_COUNT = rf"{_DIGITS}|(?:{_WORDS})(?![\w-])"
# never inside a date or a longer chain ("5-4-2026", "2026-5-4"), a decimal,
# a share or a sum of money
_LEAD = r"(?<![\w.,/$£€¥-])"
_TAIL = r"(?![\w/%]|[-–.,:]\d|\s*(?:%|per\s?cent|percent|points?)\b)"
# "5-4", "41 to 9", "3,120 votes to 880"
_PAIR = lazy(
    rf"{_LEAD}(?P<a>{_DIGITS})"
    r"(?:(?P<dash>\s?[-–]\s?)|\s+(?:(?P<votes>votes?\s+)(?:to|against)|to)\s+)"
    rf"(?P<b>{_COUNT}){_TAIL}",
    regex.I,
)
# "by five votes to four": a count in words only before "votes to", looked
# for only where "votes to" stands
_VOTES_TO = lazy(r"\bvotes?\s+to\s", regex.I)
_WORD_PAIR = lazy(
    rf"{_LEAD}(?P<a>{_WORDS})\s+(?P<votes>votes?)\s+to\s+(?P<b>{_COUNT}){_TAIL}",
    regex.I,
)
# a vote word just before the pair, in its clause ("voted", "passed the depot
# plan", "by a margin of", "Vote:")
_BEFORE = lazy(
    r"\b(?:vot(?:e|es|ed|ing)|ballot|carr(?:y|ies|ied)|pass(?:es|ed)?|split"
    r"|ruled|margin|majority|decision|ruling|verdict|tally"
    r"|approved|adopted|rejected|defeated|endorsed|upheld|overturned)\b"
    r"[^,;()\n—–-]{0,40}$",
    regex.I,
)
# a vote named just after the pair ("a 6-3 majority", "a 5-4 ruling")
_AFTER = lazy(
    r"\s+(?:vote|votes|majority|ruling|decision|verdict|split|margin)\b",
    regex.I,
)
# a decision against something: its winners are the side against
_AGAINST = lazy(
    r"\b(?:against|reject(?:s|ed|ing)?|defeat(?:s|ed|ing)?|voted\s+down"
    r"|veto(?:es|ed)?|oppos(?:e|es|ed|ing))\b",
    regex.I,
)
#: words before the pair that may say the decision went against something
_AGAINST_REACH = 8
# a game's result: a score beside a vote word is no vote
_GAME = lazy(
    r"\b(?:won|wins?|lost|loses|beat(?:en|s)?|drew|draws?|tied|trail\w*|lead(?:ing)?"
    r"|led|games?|match(?:es)?|goals?|score[ds]?|innings|league|cup)\b[^,;.]*$",
    regex.I,
)
# "from 5 to 4": a change
_CHANGE = lazy(r"\b(?:from|between)\s+$", regex.I)
# a vote said to be an earlier one than the story's
_EARLIER_VOTE = lazy(
    r"\b(?:(?:a|the)\s+(?:similar|previous|last|earlier|prior|former)"
    r"|(?:last|previous)\s+(?:year|month|week|time)|in\s+(?:1[89]|20)\d\d)\b",
    regex.I,
)
_CLAUSE_END = lazy(r"[,;.()—]|\s[–-]\s")
#: words one of which a vote's sentence holds (the folded text is searched)
_STEMS = (
    "vot",
    "ballot",
    "carr",
    "pass",
    "split",
    "ruled",
    "margin",
    "majority",
    "ruling",
    "decision",
    "verdict",
    "tally",
    "approved",
    "adopted",
    "rejected",
    "defeated",
    "endorsed",
    "upheld",
    "overturned",
)

# the side a claim's measure term names, the whole term: "voted for", "in
# favour", "dissented", "majority"; never "applied for asylum"
_CAST = r"(?:(?:voted|votes?|voting|cast|ballots?)\s+)?"
_ROLES = tuple(
    (role, lazy(pattern, regex.I))
    for role, pattern in (
        (
            "winner",
            r"(?:the\s+)?majority|sided\s+with|prevailed"
            r"|joined\s+the\s+(?:majority|ruling|opinion)",
        ),
        ("loser", r"(?:the\s+)?minority|(?:in\s+)?dissent(?:ed|ing|ers?)?"),
        (
            "for",
            rf"{_CAST}(?:for|in\s+favou?r(?:\s+of)?|yes|ayes?)"
            r"|back(?:ed|ing)|support(?:ed|ing)|approved",
        ),
        ("against", rf"{_CAST}(?:against|no|noes|nays?)|oppos(?:ed|ing)|rejected"),
    )
)
# a term that speaks of a vote only: "backed", "supported" or "opposed" alone
# may count households or groups
_VOTE_TERM = lazy(
    r"vot|ballot|favou?r|against|dissent|majority|minority"
    r"|\b(?:yes|no|ayes?|noes|nays?)\b",
    regex.I,
)
_SIDE_NAMES = ("the winning side", "the losing side")


@dataclass(frozen=True, slots=True)
class VotePair:
    """A vote's two counts, as :func:`vote_pairs` reads them."""

    start: int
    end: int
    #: each count's (start, end, value), the winners' first
    counts: tuple[tuple[int, int, float], tuple[int, int, float]]
    #: the decision was taken against something
    against: bool


def vote_evidence(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    """The counts of the article's votes whose side the claim's measure
    names: the winners' for "voted for" or "majority", the losers' for
    "against" or "dissented"; each agrees with the claim or not."""
    if claim.unit is not None or claim.direction is not None:
        return []
    roles: frozenset[str] | None = claim.measure._cache.get("vote sides")
    if roles is None:
        roles = claim.measure._cache["vote sides"] = _roles(claim.measure)
    if not roles:
        return []
    text = index.article.text
    out = []
    for pair in _pairs(index):
        sides = {_side(role, pair.against) for role in roles}
        if len(sides) != 1 or not context_holds(claim, index, pair.start):
            continue
        if claim.exclude is not None:
            sentence = index.article.sentence_at(pair.start)
            if index.hits_between(claim.exclude, *sentence):
                continue
        side = sides.pop()
        start, end, value = pair.counts[side]
        ok: bool | None = Interval.point(value).overlaps(claim.expected)
        why = f"reads {value:g} as {_SIDE_NAMES[side]}'s count of the vote"
        why += f" {text[pair.start : pair.end]!r}"
        aside = _aside(index, pair)
        if aside:
            ok, why = None, f"{why}, {aside}: it states nothing of this one"
        else:
            why += f", {'within' if ok else 'outside'} the expected {claim.expected}"
        out.append(
            Evidence(
                start=start,
                end=end,
                text=text[start:end],
                value=f"{value:g}",
                compatible=ok,
                reason=why,
            )
        )
    return out


def _aside(index: ArticleIndex, pair: VotePair) -> str:
    """Why the vote is not the story's decision as taken: a vote supposed
    ("is expected to split 5-4", "if it passes 41 to 9") or an earlier one
    ("a similar bill passed 290-140 in 2019"); "" when it is."""
    text = index.article.text
    sentence = index.article.sentence_at(pair.start)
    clause = index.clause_at(pair.start)
    cues = read_quantity_cues(
        text, sentence=sentence, clause=clause, start=pair.start, end=pair.end
    )
    if cues.suppositions:
        return f"supposed ({', '.join(sorted(cues.suppositions))})"
    q = Quantity(
        start=pair.start,
        end=pair.end,
        text=text[pair.start : pair.end],
        interval=Interval.point(pair.counts[0][2]),
    )
    earlier = past_event(text, q) or year_event(text, q, clause[0])
    if earlier is not None:
        return f"another vote ({text[slice(*earlier)]!r})"
    # "a similar bill passed 290-140 in 2019", in the pair's own clause
    before = _CLAUSE_END.split(text[sentence[0] : pair.start])[-1]
    after = _CLAUSE_END.split(text[pair.end : sentence[1]])[0]
    named = _EARLIER_VOTE.search(f"{before} {after}")
    return "" if named is None else f"another vote ({named.group()!r})"


def _side(role: str, against: bool) -> int:
    """Which count (0 the winners', 1 the losers') a side names: after a
    decision against something, the side against is the winners'."""
    if role in ("winner", "loser"):
        return int(role == "loser")
    return int((role == "against") != against)


def _roles(measure: Terms) -> frozenset[str]:
    """The sides a claim's measure terms name ("for", "loser"...); empty
    when one term names none (plain "votes") or none speaks of a vote only
    ("backed", "supported")."""
    roles: set[str] = set()
    for term in measure.terms:
        written = " ".join(term.text.split())
        named = {role for role, pattern in _ROLES if pattern.fullmatch(written)}
        if term.is_regex or not named:
            return frozenset()
        roles |= named
    if not any(_VOTE_TERM.search(term.text) for term in measure.terms):
        return frozenset()
    return frozenset(roles)


def _pairs(index: ArticleIndex) -> tuple[VotePair, ...]:
    """Every vote pair of the article (read once, then kept)."""
    found: tuple[VotePair, ...] | None = index._memo.get("votes")
    if found is None:
        folded = index.folded
        found = ()
        if any(stem in folded for stem in _STEMS):
            found = tuple(_read(index.article.text))
        index._memo["votes"] = found
    return found


def _read(text: str) -> list[VotePair]:
    out = []
    words = (
        _WORD_PAIR.search(text, max(h.start() - 20, 0), h.end() + 30)
        for h in _VOTES_TO.finditer(text)
    )
    for m in sorted(
        [*_PAIR.finditer(text), *filter(None, words)], key=lambda m: m.start()
    ):
        if m.groupdict().get("dash") and not m.group("b")[0].isdigit():
            continue  # "5-four" is no pair
        a, b = _value(m.group("a")), _value(m.group("b"))
        if a is None or b is None or a <= b:
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line, m.start() - 80) : m.start()]
        after = text[m.end() : m.end() + 40]
        if _CHANGE.search(before):
            continue  # "from 5 to 4": a change
        if not (m.group("votes") or _BEFORE.search(before) or _AFTER.match(after)):
            continue
        if _GAME.search(before[-40:]):
            continue  # "the council voted to fund the club that lost 5-4"
        # the pair's own clause: "passed 41-9, against the advice of
        # officers" was taken for the plan; and only beside the pair: "voted
        # 5-4 for a cut with four against" was taken for the cut
        lead = _CLAUSE_END.split(before)[-1].split()[-_AGAINST_REACH:]
        tail = _CLAUSE_END.split(after)[0].split()[:3]
        near = " ".join([*lead, "|", *tail])
        out.append(
            VotePair(
                m.start(),
                m.end(),
                (
                    (m.start("a"), m.end("a"), a),
                    (m.start("b"), m.end("b"), b),
                ),
                _AGAINST.search(near) is not None,
            )
        )
    return out


def _value(written: str) -> float | None:
    """A count's value: "3,120" is 3120, "forty-one" 41."""
    if written[0].isdigit():
        return float(written.replace(",", ""))
    word = written.casefold()
    tens, _, unit = word.partition("-")
    if tens in TENS:
        return float(TENS[tens] + SMALL.get(unit, 0))
    return float(SMALL[word]) if word in SMALL else None


def vote_pairs(index: ArticleIndex) -> tuple[VotePair, ...]:
    """Every vote pair of the article: "voted 5-4", "by 41 votes to 9",
    "with 5 votes against 4", "Vote: 5-4" (read once, then kept)."""
    return _pairs(index)


def vote_side(side: str, pair: VotePair) -> tuple[int, int, float]:
    """The count of ``pair`` (its span and value) of the side "for" or
    "against" what was decided."""
    return pair.counts[_side(side, pair.against)]


def vote_supposed(index: ArticleIndex, pair: VotePair) -> bool:
    """Whether the vote is supposed or an earlier one, not the story's
    decision as taken."""
    return bool(_aside(index, pair))
