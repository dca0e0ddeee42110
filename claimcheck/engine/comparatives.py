"""Comparisons in statements: which of two sides is more.

A statement's words are found in a clause in any order, so "more women than
men died" would be found in "more men than women died", which says the
reverse.  A claim's sentence that compares two sides (:func:`comparison_of`:
"more A than B died", "fewer A than B passed", "X won more seats than Y",
"X was higher than Y", "X outnumbered / exceeded / topped Y", "X trailed
Y") is read for its sides and for which of them it makes the greater.  A
clause of an article holding the greater side and the rest of the claim's
words is then read for which side it makes the greater (:func:`compared`):

- a comparative and "than": "more A than B", "A have died more than B",
  "fewer A than B", "A was higher than B", "A were more numerous than B"
  (not "more slowly than": a manner, no amount);
- "twice / three times as many A as B", "half as many A as B";
- a verb of passing or trailing between the sides: "A outnumbered B" (but
  "A were outnumbered by B"), "A exceeded / topped / overtook B", "B
  trailed / lagged behind A", "A ahead of B", "B behind A";
- a contrast before a word of the larger part: "A, not B, made up most";
- both sides' figures side by side: "34,000 A and 27,000 B died";
- more than half for one side, which outnumbers any other: "A made up the
  majority of", "A accounted for 56 per cent / two-thirds of", "most of
  the dead were A", "of the 90 dead, 60 were A" (not a side joined to
  another: "A and B made up most").

A clause making the claim's greater side the greater states the claim; one
making the other side the greater states its reverse (read as a negation,
so "the opposite of" an analyst's ``contradicted_by`` is read the same way);
a negated reverse ("no more B than A") leaves the claim open, and a clause
that compares nothing ("A and B died", "more than 40 A died") states
nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.paraphrases import measures_named
from claimcheck.engine.patterns import lazy
from claimcheck.engine.polarity import Cues, read_cues
from claimcheck.engine.statementclauses import statement_clauses
from claimcheck.engine.terms import FLAGS, Terms, word_forms

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import StatementMatch

__all__ = ["Comparison", "compared", "comparison_of"]

Span = tuple[int, int]

_MORE = r"more|greater|higher|larger|bigger|worse"
_LESS = r"fewer|less|lower|smaller"
# a comparative of amount, not of manner ("more slowly", "more often")
_COMPARATIVE = lazy(
    rf"\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b(?!\s+\w+ly\b|\s+often\b)", FLAGS
)
_THAN = lazy(r"\bthan\b", FLAGS)
_PASSING = (
    r"outnumber(?:s|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?"
    r"|overt(?:ake|akes|aken|aking|ook)|outstrip(?:s|ped|ping)?"
    r"|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|outweigh(?:s|ed|ing)?"
)
_TRAILING_VERB = r"trail(?:s|ed|ing)?|lag(?:s|ged|ging)?"
_TRAILING = rf"{_TRAILING_VERB}|behind"
# the claim's own verb of comparing, where no "than" is ("behind" alone is
# a place or a cause as often: "the army was behind the attack")
_CLAIM_VERB = lazy(rf"\b(?:(?P<more>{_PASSING})|(?P<less>{_TRAILING_VERB}))\b", FLAGS)
# between the sides in an article: "A outnumbered B", "B lagged behind A",
# "A finished ahead of B"; a passive turns it ("A were outnumbered by B")
_BETWEEN = lazy(
    rf"""^(?:[\s,]+[^\W\d_][\w'’-]*){{0,3}}?\s+
    (?:(?P<passive>(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?)?
       (?P<more>{_PASSING}|ahead\s+of)|(?P<less>{_TRAILING}))\b
    (?P<rest>[^,;]*)$""",
    FLAGS | regex.X,
)
_BY = lazy(r"\bby\b", FLAGS)
# "twice as many A as B", "three times as many", "A received half as much
# rain as B": the multiplier, then "as" right before the second side
_AS_MANY = lazy(
    r"\b(?:(?P<half>half)|twice|double|triple|treble|\w+\s+times)\s+as\s+"
    r"(?:many|much)\b[^,;.!?]*?\bas\s+(?:the\s+)?$",
    FLAGS,
)
# "A, not B, made up most of ..."; "not A but B made up most"
_NOT_BETWEEN = lazy(r"^\s*,\s*not\s+(?:the\s+)?$", FLAGS)
_BUT_BETWEEN = lazy(r"^\s+but\s+(?:the\s+)?$", FLAGS)
_NOT_BEFORE = lazy(r"\bnot\s+(?:the\s+)?$", FLAGS)
_AFTER_CONTRAST = lazy(r",?[^,;.!?]*", FLAGS)
_LARGER_PART = lazy(r"\b(?:most|majority|bulk|more)\b", FLAGS)
# "34,000 women and 27,000 men": a figure before each side
_FIGURE_BEFORE = lazy(r"(?P<n>\d[\d,]*)\s+(?:[^\W\d_][\w-]*\s+)?$", FLAGS)
_FIGURE_BETWEEN = lazy(
    r"^\s*,?\s*(?:and|while|against|versus|to|compared\s+(?:with|to))\s+"
    r"(?:(?:some|about|around|nearly|almost|over)\s+)?"
    r"(?P<n>\d[\d,]*)\s+(?:[^\W\d_][\w-]*\s+)?$",
    FLAGS,
)
_WORD = lazy(r"\s+([^\W\d_][\w'’-]*)", FLAGS)
# "fewer than 40 A and 30 B": bounds, which do not order the sides
_BOUND = lazy(
    r"\b(?:than|up\s+to|at\s+(?:least|most)|under|below|over|above)\s+$", FLAGS
)
# "A died at a higher rate than B", "a larger proportion of A": a rate of
# each side, which does not order their counts
_RATE = lazy(
    r"\b(?:rates?|risks?|likelihood|chances?|odds|proportions?|percentages?"
    r"|per\s+(?:capita|head))\b",
    FLAGS,
)
# more than half: "the majority", "most", "56 per cent", "two-thirds"
_LARGER = (
    r"(?:(?:the|a)\s+)?(?:(?:clear|large|vast|big)\s+)?"
    r"(?:majority|most|bulk|more\s+than\s+half|over\s+half"
    r"|(?:two|three|four)[-\s]fifths|two[-\s]thirds|three[-\s](?:quarters|fourths)"
    r"|(?:six|seven|eight|nine)[-\s]tenths"
    r"|(?P<n>\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%))"
)
# after the side: "A made up the majority of", "A accounted for 56 per cent
# of", "A won 52 per cent of"
_MAJORITY = lazy(
    rf"""\s+(?:\w+\s+)?(?:accounted\s+for|made\s+up|represented|comprised
      |formed|were|won|took|got|received|secured|drew)\s+{_LARGER}\s+of\b""",
    FLAGS | regex.X,
)
# before it: "most of those hospitalised were A", "the majority of the dead
# were A"; "of the 90 hospitalised, 60 were A"
_MAJORITY_BEFORE = lazy(
    rf"""(?:\b{_LARGER}\s+of\s+[^,;:.!?\d]{{1,50}}?
    |\bof\s+(?:the\s+|some\s+)?(?P<whole>\d[\d,]*)\s+[^,;:.!?\d]{{1,50}},\s*
      (?P<part>\d[\d,]*))
    \s+(?:were|was|are|is)\s+(?:(?:all|mostly)\s+)?(?:[^\W\d_][\w-]*\s+)?$""",
    FLAGS | regex.X,
)
# a side joined to another: "men and women made up most", "A or B"
_JOINED_BEFORE = lazy(r"\b(?:and|or|nor)\s+(?:the\s+)?$", FLAGS)
_JOINED_AFTER = lazy(r"\s+(?:[^\W\d_][\w-]*\s+)?(?:and|or|nor)\b", FLAGS)
# where a claim's second side ends: a preposition opens what is compared
_PREPOSITION = lazy(
    r"\b(?:in|on|at|among|during|for|of|by|from|with|since|after|before|over)\b",
    FLAGS,
)
_FRONT = lazy(r"\s*(?:the\s+)?(?P<word>more|fewer|less)\s", FLAGS)
# the words any comparison in an article holds (a sentence without them
# is not read)
_CUE = lazy(
    r"than|outnumber|exceed|top|overt|outstrip|surpass|outpac|outweigh|trail|lag"
    r"|behind|ahead|\bas\s|majority|most|bulk|half|third|quarter|fourth|fifth"
    r"|tenth|\d",
    FLAGS,
)
_FRAME_WORDS = frozenset(
    "more fewer less greater higher larger bigger worse lower smaller numerous"
    " behind ahead".split()
)


@dataclass(frozen=True, slots=True)
class Comparison:
    """A claim's comparison: its greater side, its lesser side, and the
    words of what is compared ("died"), each a group of spellings."""

    greater: tuple[Terms, ...]
    lesser: tuple[Terms, ...]
    rest: tuple[Terms, ...]
    #: whether it compares rates itself ("a higher rate of A than of B"),
    #: which an article's rates then state
    rates: bool = False


def comparison_of(
    text: str, slots: tuple[Terms, ...], spans: list[Span]
) -> Comparison | None:
    """The comparison a claim's sentence makes, or None: ``slots`` are its
    words' spellings, ``spans`` where each stands in ``text``."""
    than = _THAN.search(text)
    front = _FRONT.match(text)
    if than is not None:
        if regex.match(r"\s*\d", text[than.end() :]):
            return None  # "more than 40 women died": a bound
        if front is not None and front.end() <= than.start():
            # "more women than men died": as many words each side
            first = [
                i for i, s in enumerate(spans) if front.end() <= s[0] < than.start()
            ]
            second = [i for i, s in enumerate(spans) if s[0] >= than.end()]
            second = second[: len(first)]
            more = front.group("word").casefold() == "more"
        else:
            # "the Greens won more seats than the Liberals"
            word = _last(_COMPARATIVE.finditer(text, 0, than.start()))
            if word is None:
                return None
            second = _side_after(text, spans, than.end())
            first = [i for i, s in enumerate(spans) if s[0] < word.start()]
            first = first[: len(second)]
            more = word.group("more") is not None
    else:
        verb = _CLAIM_VERB.search(text)
        if verb is None:
            return None
        first = [i for i, s in enumerate(spans) if s[1] <= verb.start()]
        second = _side_after(text, spans, verb.end())
        more = verb.group("more") is not None
    if not first or len(second) != len(first):
        return None
    # "more electric cars than petrol cars": a word of both sides is what
    # is compared, not a side
    shared = {slots[i] for i in first} & {slots[i] for i in second}
    sides = {i for i in (*first, *second) if slots[i] not in shared}
    first = [i for i in first if i in sides]
    second = [i for i in second if i in sides]
    if (
        not first
        or not second
        or any(any(c.isdigit() for c in text[spans[i][0] : spans[i][1]]) for i in sides)
    ):
        return None  # (a number is a bound, no side)
    rest = tuple(
        _widened(slot)
        for i, slot in enumerate(slots)
        if i not in sides and not _frame_word(text, spans[i])
    )
    a, b = tuple(slots[i] for i in first), tuple(slots[i] for i in second)
    rates = _RATE.search(text) is not None
    if not more:
        a, b = b, a
    return Comparison(greater=a, lesser=b, rest=rest, rates=rates)


def _side_after(text: str, spans: list[Span], start: int) -> list[int]:
    """The words of the side named from ``start`` on, up to a preposition
    or the end (at most three)."""
    side: list[int] = []
    for i, (begin, _) in enumerate(spans):
        if begin < start or _frame_word(text, spans[i]):
            continue
        if _PREPOSITION.search(text, start, begin):
            break
        side.append(i)
    return side[:3]


def _frame_word(text: str, span: Span) -> bool:
    word = text[span[0] : span[1]].casefold()
    return (
        word in _FRAME_WORDS
        or _CLAIM_VERB.fullmatch(word) is not None
        or _COMPARATIVE.fullmatch(word) is not None
    )


def _widened(slot: Terms) -> Terms:
    """A word of what is compared, with the other words of the news measure
    it names: "died" is also said "among the dead", "of the deaths"."""
    measures = measures_named(slot)
    if not measures:
        return slot
    forms = [t.text for t in slot.terms]
    for measure in measures:
        for head in measure.heads:
            forms += word_forms(head)
    return Terms.of(dict.fromkeys(forms))


def compared(index: ArticleIndex, comparison: Comparison) -> list[StatementMatch]:
    """Every clause of the article comparing the sides of ``comparison``,
    with the rest of its words; one making the lesser side the greater is
    read as negated."""
    from claimcheck.engine.statements import StatementMatch

    text = index.article.text
    greater = [index.hits(s) for s in comparison.greater]
    lesser = [index.hits(s) for s in comparison.lesser]
    rest = [index.hits(s) for s in comparison.rest]
    # (a clause naming the lesser side alone may give it the larger part)
    heads = [sides[-1] for sides in (greater, lesser) if all(sides)]
    if not all(rest) or not heads:
        return []
    out: list[StatementMatch] = []
    seen: set[Span] = set()
    for start, _ in sorted(h for hits in heads for h in hits):
        bounds = index.article.sentence_at(start)
        if bounds in seen or not _CUE.search(text, *bounds):
            continue
        seen.add(bounds)
        cuts = statement_clauses(index, bounds)
        for clause in itertools.pairwise(cuts):
            g, r, le = (
                [
                    [h for h in hits if clause[0] <= h[0] and h[1] <= clause[1]]
                    for hits in group
                ]
                for group in (greater, rest, lesser)
            )
            if not all(r) or not (all(g) or all(le)):
                continue
            found = _read(
                text,
                clause,
                g[-1] if all(g) else [],
                le[-1] if all(le) else [],
                comparison,
            )
            if found is None:
                continue
            same, sides = found
            words = tuple(sorted({*sides, *(h[0] for h in r)}))
            cues = read_cues(text, sentence=bounds, clause=clause, words=words)
            if len(sides) == 2 and _contrasted(text, *sides):
                # "A, not B, made up most": the "not" is the contrast's own
                cues = Cues(
                    negations=max(cues.negations - 1, 0),
                    suppositions=cues.suppositions,
                )
            if not same:
                if cues.negated:
                    continue  # "no more B than A": not the reverse, nor the claim
                cues = Cues(
                    negations=cues.negations + 1, suppositions=cues.suppositions
                )
            out.append(
                StatementMatch(sentence=bounds, clause=clause, words=words, cues=cues)
            )
    return out


def _read(
    text: str,
    clause: Span,
    greater: list[Span],
    lesser: list[Span],
    comparison: Comparison,
) -> tuple[bool, tuple[Span, ...]] | None:
    """Whether the clause makes the side at ``greater`` the greater (True)
    or the side at ``lesser`` (False), with the sides' spans; None when it
    compares neither."""
    for g in greater:
        for le in lesser:
            x, y = sorted((g, le))
            first = _first_greater(text, clause, x, y, rates=comparison.rates)
            if first is not None:
                return (x == g) is first, (x, y)
    for sides, same in ((greater, True), (lesser, False)):
        for side in sides:
            if _more_than_half(text, clause, side):
                return same, (side,)
    return None


def _more_than_half(text: str, clause: Span, side: Span) -> bool:
    """Whether the clause gives the side at ``side`` more than half of the
    whole, which outnumbers any other side: "A made up most of the dead",
    "most of the dead were A", "of the 90 dead, 60 were A"; not a side
    joined to another ("men and women made up most")."""
    if _JOINED_BEFORE.search(text, max(clause[0], side[0] - 12), side[0]) or (
        _JOINED_AFTER.match(text, side[1], clause[1])
    ):
        return False
    after = _MAJORITY.match(text, side[1], clause[1])
    before = _MAJORITY_BEFORE.search(text, clause[0], side[0])
    for found in (after, before):
        if found is None:
            continue
        if found.group("n") is not None:
            return float(found.group("n")) > 50
        whole = found.groupdict().get("whole")
        if whole is not None:
            part = float(found.group("part").replace(",", ""))
            return part > float(whole.replace(",", "")) / 2
        return True
    return False


def _contrasted(text: str, x: Span, y: Span) -> bool:
    """Whether the sides at ``x`` and ``y`` are set against each other
    before a word of the larger part: "A, not B, made up most", "not A but
    B made up most" (to the sentence's next comma or stop)."""
    gap = text[x[1] : y[0]]
    if not _NOT_BETWEEN.match(gap) and not (
        _BUT_BETWEEN.match(gap) and _NOT_BEFORE.search(text, max(0, x[0] - 8), x[0])
    ):
        return False
    after = _AFTER_CONTRAST.match(text, y[1])
    return after is not None and _LARGER_PART.search(after.group()) is not None


def _first_greater(
    text: str, clause: Span, x: Span, y: Span, *, rates: bool = False
) -> bool | None:
    """Whether the clause makes the side at ``x`` the greater of it and the
    side at ``y`` after it (True), or ``y`` (False); None: neither.  A rate
    of each side orders no counts, unless the claim compares ``rates``."""
    gap = text[x[1] : y[0]]
    if len(gap) > 80:
        return None
    if not rates and _RATE.search(text, max(clause[0], x[0] - 40), y[1]):
        return None
    than = _last(_THAN.finditer(gap))
    if than is not None:
        word = _last(
            _COMPARATIVE.finditer(text, max(clause[0], x[0] - 30), x[1] + than.start())
        )
        return None if word is None else word.group("more") is not None
    lead = text[max(clause[0], x[0] - 30) : x[0]]
    # "twice as many A as B", "A received twice as much rain as B"
    many = _AS_MANY.search(text, max(clause[0], x[0] - 30), y[0])
    if many is not None:
        return many.group("half") is None
    between = _BETWEEN.match(gap)
    if between is not None:
        if between.group("less") is not None:
            return False
        return not (between.group("passive") and _BY.search(between.group("rest")))
    after = text[y[1] : clause[1]]
    if _NOT_BETWEEN.match(gap) and _LARGER_PART.search(after):
        return True
    if (
        _BUT_BETWEEN.match(gap)
        and _NOT_BEFORE.search(lead)
        and _LARGER_PART.search(after)
    ):
        return False
    # "41,000 electric cars and 35,000 petrol cars": the noun both sides
    # share, after each
    noun, again = _WORD.match(gap), _WORD.match(text, y[1], clause[1])
    if noun and again and noun.group(1).casefold() == again.group(1).casefold():
        gap = gap[noun.end() :]
    figure, other = _FIGURE_BEFORE.search(lead), _FIGURE_BETWEEN.match(gap)
    if figure is None or other is None or _BOUND.search(lead, 0, figure.start()):
        return None
    a, b = (float(m.group("n").replace(",", "")) for m in (figure, other))
    return None if a == b else a > b


def _last(found: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    """The last of ``found``, or None."""
    last = None
    for last in found:  # noqa: B007
        pass
    return last
