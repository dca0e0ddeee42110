"""Reaching past the clause: a number whose clause names no measure.

Part 6 of the binding rule (see :mod:`claimcheck.engine.binding`): a clause
that only continues a verb (``climbed to 61``) resumes the clause before; an
anaphor (``their number``, ``the figure``, ``put the figure at``) stands for a
measure named before; an appositive (``12.4%, a positivity rate``) names it
right after; a short heading joined to the number by a colon (``Dead:
212.``, ``Injured: 1,450; missing: 38``) is its label; a sum right after a
sum, in another currency (``fined €1.2 billion, about $1.3 billion``),
counts what that sum counts; a number (``six crew members who were
arrested``, ``and 46 who were injured``) takes its relative clause's verb.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from claimcheck.engine.asides import own_subject, verb_head
from claimcheck.engine.beside import set_beside
from claimcheck.engine.binding import _NONE, Binding, Span, _space
from claimcheck.engine.cues import Cues
from claimcheck.engine.elided import elided_verb
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.vocabulary import SCALES, SMALL, TENS
from claimcheck.engine.parallels import parallel_of, parallels_figure
from claimcheck.engine.patterns import lazy
from claimcheck.engine.populations import bare_of_them
from claimcheck.engine.rates import per_head_at
from claimcheck.engine.relative import OBJECT_AFTER, joined_after, relative_after
from claimcheck.engine.restated import restated
from claimcheck.engine.rows import other_time

__all__ = ["reach"]

# "their number", "the figure", "it", "they" opening a sentence
_ANAPHOR = lazy(
    r"\s*(?:(?:their|its)\s+(?:numbers?|total|tally|count|figure)"
    r"|(?:the|that|this)\s+(?:(?:correct|right|actual|true|real|latest|revised"
    r"|updated|new|final|official)\s+)?(?:figure|total|tally|count|number)"
    r"(?!\s+of\b)"
    r"|they|it)\b",
    regex.I,
)
# what may stand between a clause cut and the number of a clause that only
# continues a verb: adverbs, auxiliaries, one verb, "to"/"at", hedges
_CONTINUES = lazy(
    r"\s*(?:(?:and|but)\s+)?"
    r"(?:(?:has|have|had|is|are|was|were|will|now|since|still|then|already|again"
    r"|however|only|also|\w+ly)\s+)*"
    r"(?:(?!(?:up|down|from|than|of|by|with|against|versus|including|or|the|a|an"
    r"|who|which|that|while|when|where|as|if"
    # a reporting verb opens what was said: a clause of its own ("said 16
    # families lost homes"), not the continuation of the one before
    r"|said|says|say|told|tells|added|adds|reported|reports|announced|stated"
    r"|noted|warned|confirmed|explained)\b)[^\W\d_]+\s+)?"
    r"(?:(?:to|at)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|only|over|just|more\s+than"
    r"|an\s+estimated)\s+)*",
    regex.I,
)
#: every word _CONTINUES takes but its one free word and its adverbs in -ly
_CONTINUING = frozenset(
    "and but has have had is are was were will now since still then already again"
    " however only also to at about around some roughly nearly almost over just"
    " more than an estimated".split()
)


def _may_continue(lead: str, pos: int = 0, *, free: int = 1) -> bool:
    """Whether ``_CONTINUES`` may take all of ``lead[pos:]``: it takes one
    word of its own at most (``free``), besides its listed words and
    adverbs; a lead with two others cannot be one (read exactly for ASCII text, where
    ``str.lower`` folds as the pattern does; other text is left to it)."""
    rest = lead[pos:]
    if not rest.isascii():
        return True
    found = 0
    for word in rest.lower().split():
        if word not in _CONTINUING and not word.endswith("ly"):
            found += 1
            if found > free:
                return False
    return True


_DIGIT = lazy(r"\d")
_APPOSITIVE = lazy(r"\s*(?:a|an|the)\s+(?:(\w+)\s+)?", regex.I)
# "though the ministry put the figure at 20": the figure named before
_FIGURE_AT = lazy(
    r"\b(?:the|that|this|its|their)\s+(?:figure|number|total|tally|count)"
    r"\s+(?:at|to|as)\s+(?:(?:about|around|some|roughly|nearly|almost|only|over"
    r"|just|more\s+than|an\s+estimated)\s+)*$",
    regex.I,
)
# "later raised it to 40,000", "revised it down to 38", "it was later
# revised up to 27", "a figure later corrected to 27", "the number was
# revised down to 45", "which it has since raised to": the count named
# before, revised
_REVISED = r"(?:raised|revised|lowered|increased|reduced|cut|corrected|updated|put)"
_REVISED_IT = lazy(
    rf"\b(?:{_REVISED}\s+it"
    r"|(?:it|(?:the|a|that|this)\s+(?:figure|number|total|toll|count|tally"
    r"|estimate))\s+(?:(?:was|has\s+been|had\s+been|is|were)\s+)?"
    rf"(?:(?:later|since|subsequently|then|now)\s+)?{_REVISED}"
    r"|\bit\s+(?:has|had)\s+(?:(?:since|later|subsequently|then)\s+)?"
    rf"{_REVISED})"
    r"\s+(?:(?:up|down|upwards?|downwards?)\s+)?(?:at|to)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|only|over|just|more\s+than"
    r"|an\s+estimated)\s+)*$",
    regex.I,
)
#: one of these stands in every match of _REVISED_IT
_REVISED_IT_WORDS = (
    "raised", "revised", "lowered", "increased", "reduced", "cut", "corrected",
    "updated", "put it",
)  # fmt: skip
# "Of the 34 provinces", "Of Pradova's 34 provinces", "Of the 4.2 million
# valid votes": a whole fronted before the clause that counts a part of it,
# up to its noun (one word may stand before it, not a noun of people: "Of
# the 40 people arrested" names the people, not the arrests)
_FRONTED_WHOLE = lazy(
    r"\s*of\s+(?:(?:the|its|their|all)\s+)?"
    r"(?:(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*['’]s\s+)?"
    rf"(?:\d[\d,.]*(?:\s+(?:{'|'.join(SCALES)}))?|(?:{'|'.join([*SMALL, *TENS])})"
    r"(?:-[^\W\d_]+)?)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(PERSONS))})\b)[^\W\d_]+\s+)?",
    regex.I,
)
# a figure with nothing after it in its clause but its end
_ENDS_CLAUSE = lazy(r"\s*[.,;!?]?\s*$")
_MAX_REACH = 3
# "The fine, of 22 million dollars,": "of" alone before the figure
_OF_LEAD = lazy(r"\s*of\s*", regex.I)
# a relative clause between commas: an aside on the noun before it
# (a comma inside a number, "5,200", does not close it)
_RELATIVE_ASIDE = lazy(
    r"\s*(?:which|who|whom|whose|where|when)\b(?:[^,]|,(?=\d))*,\s*$", regex.I
)
# a figure with no noun of its own after it ("had about 3,900 on board")
_BARE = lazy(
    r"\s*(?:$|[,.;:)]|(?:on|in|at|aboard|of|to|from|for|with|by|so|and|or)\b)",
    regex.I,
)
#: one of these stands in every match of _FIGURE_AT
_FIGURE_WORDS = ("figure", "number", "total", "tally", "count")


def reach(
    text: str,
    q: Quantity,
    *,
    index: int,
    clauses: Sequence[Span],
    hits_in: Callable[[Span], list[Span]],
    prior: Callable[[], Span | None],
    last: Span | None = None,
    cues: Cues | None = None,
    generic: Callable[[Span], bool] = lambda h: False,
) -> Binding:
    """Bind a quantity whose clause ``clauses[index]`` holds no measure word.

    ``hits_in`` gives the measure words of a clause that fit ``q``; ``prior``
    the first measure word of the sentence before, in the same paragraph;
    ``last`` the measure word of the last figure bound in its sentence;
    ``cues`` (the article's) skips the readings that cannot apply;
    ``generic`` tells a built-in event word no claim of the suite uses.
    """
    clause = clauses[index]
    lead = text[clause[0] : q.start]
    if (
        (cues is None or not cues.lacks(clause[0], q.start, _FIGURE_WORDS))
        and _FIGURE_AT.search(lead)
    ) or (
        (cues is None or not cues.lacks(clause[0], q.start, _REVISED_IT_WORDS))
        and _REVISED_IT.search(lead)
    ):
        # "put the figure at 20", "raised it to 40,000" stands for the
        # measure of the figure before
        found = last if last is not None else prior()
        return _NONE if found is None else Binding(found, "anaphor")
    if index == 0 and _answers_question(text, q, clause, lead):
        # "How many were hurt? Twelve, the airline said."
        found = prior()
        return _NONE if found is None else Binding(found, "answer")
    if elided_verb(text, q, clause, cues):
        # "An earlier version said 30 wagons derailed; 17 did."
        for j in range(index - 1, max(index - 1 - _MAX_REACH, -1), -1):
            found_hits = hits_in(clauses[j])
            if found_hits:
                return Binding(found_hits[-1], "elided")
        found = prior() if index == 0 else None
        return _NONE if found is None else Binding(found, "elided")
    if index > 0 and bare_of_them(text, q.start, q.end, clause, cues):
        # "killed 310 people, 85 of them in Telmar": the clause before's part
        found_hits = hits_in(clauses[index - 1])
        return Binding(found_hits[-1], "resumed") if found_hits else _NONE
    anaphor = (
        _ANAPHOR.match(lead)
        if cues is None or cues.opens(clause[0], ("th", "it"), space=False)
        else None
    )
    if (
        anaphor is not None
        and _may_continue(lead, anaphor.end())
        and _CONTINUES.fullmatch(lead, anaphor.end())
    ):
        found = prior()
        return _NONE if found is None else Binding(found, "anaphor")
    if index > 0 and parallel_of(text, q, clause) is not None:
        # "The Liberals won 412 seats and the Greens 121": the verb and the
        # measure of the clause before, for a second subject's figure
        for j in range(index - 1, max(index - 1 - _MAX_REACH, -1), -1):
            found_hits = hits_in(clauses[j])
            if found_hits:
                if parallels_figure(text, q, clauses[j]):
                    return Binding(found_hits[-1], "resumed")
                break
    if index > 0 and set_beside(text, q, clause, cues=cues):
        # "940 cases, against 2,310 in Harn", "while Keldor's count reached
        # 5,600": the same count for another place or owner
        for j in range(index - 1, max(index - 1 - _MAX_REACH, -1), -1):
            found_hits = hits_in(clauses[j])
            if found_hits and _DIGIT.search(text, clauses[j][0], clauses[j][1]):
                return Binding(found_hits[-1], "resumed")
    if own := relative_after(text, q, index, clauses, hits_in):
        return Binding(own, "subject")  # "six crew members who were arrested"
    if own := joined_after(text, q, index, clauses, hits_in):
        return Binding(own, "subject")  # "37 workers and residents were killed"
    if (
        _may_continue(lead)
        and _CONTINUES.fullmatch(lead)
        and lead.strip()
        # "and at least 14 were children": the number heads a clause of its
        # own, whose predicate no measure word names
        and verb_head(text, q.end + _space(text, q.end, clause[1]), clause[1]) is None
        and not own_subject(text, q.end, clause[1])  # "six ministers lost theirs"
    ):
        for j in range(index - 1, max(index - 1 - _MAX_REACH, -1), -1):
            found_hits = hits_in(clauses[j])
            if (
                found_hits
                and _RELATIVE_ASIDE.match(text, clauses[j][0], clauses[j][1])
                and not _BARE.match(text, q.end, clause[1])
            ):
                # "The train, which derailed on the bend, was hauling 90
                # wagons": the verb continues the clause before the aside
                # (a bare figure, "had 3,900 on board", counts the aside's)
                continue
            if found_hits:
                if not _may_continue(lead, free=0) and OBJECT_AFTER.match(
                    text, found_hits[-1][1], clauses[j][1]
                ):
                    # "rescued the crew and, ..., towed 112 people": a verb
                    # of its own after one that has its object
                    return _NONE
                return Binding(found_hits[-1], "resumed")
            if j == 0 and _ANAPHOR.match(text, clauses[0][0], clauses[0][1]):
                first = prior()
                return _NONE if first is None else Binding(first, "anaphor")
        return _NONE
    if index > 0 and not lead.strip():
        heading = _heading(
            text,
            clauses[index - 1],
            clause,
            hits_in,
            generic=generic,
            opening=clauses[0][0],
        )
        if heading is not None:
            if per_head_at(text, heading[1], clauses[index - 1][1]):
                # "Deaths per 100,000 people: 2.1": a rate per head
                return Binding(None, "rate")
            return Binding(heading, "label")
        if (
            q.unit is not None
            and q.unit.startswith("currency:")
            and not text[q.end : clause[1]].strip(" ,;:.!?)]\"'”’")
        ):
            # "fined €1.2 billion, about $1.3 billion": the same sum in
            # another currency, standing alone in its clause, counts what the
            # sum before it counts ("$300 million of it suspended" is a sum
            # of its own)
            before = clauses[index - 1]
            if _ENDS_IN_MONEY.search(text, before[0], before[1]):
                found_hits = hits_in(before)
                if found_hits:
                    return Binding(found_hits[-1], "resumed")
        # "the largest number of flood deaths, 2,950, ahead of Merrit": the
        # figure set off by commas restates the count its measure word names
        apposed = _apposed(text, clauses[index - 1], q, hits_in)
        if apposed is not None:
            return Binding(apposed, "appositive")
    if (
        index > 0
        and (cues is None or cues.opens(clauses[0][0], ("of",), space=False))
        and _ENDS_CLAUSE.match(text, q.end, clause[1])
    ):
        # "Of Pradova's 34 provinces, the bloc carried 23": a bare figure
        # ending its clause counts the noun of the fronted whole
        first = clauses[0]
        found_hits = hits_in(first)
        if (
            found_hits
            and _FRONTED_WHOLE.fullmatch(text, first[0], found_hits[-1][0])
            and not text[found_hits[-1][1] : first[1]].strip(" ,")
        ):
            return Binding(found_hits[-1], "fronted")
    if index > 0 and _OF_LEAD.fullmatch(lead):
        # "The fine, of 22 million dollars, was imposed": the noun before the
        # comma holds the figure, as writers of other first languages put it
        before = clauses[index - 1]
        found_hits = hits_in(before)
        if found_hits and not text[found_hits[-1][1] : before[1]].strip(" ,"):
            return Binding(found_hits[-1], "appositive")
    if index + 1 < len(clauses) and not lead.strip():
        following = clauses[index + 1]
        lead_in = _APPOSITIVE.match(text, following[0], following[1])
        if lead_in is not None:
            # "a positivity rate", "a rate": the article, at most one word, the
            # measure word
            starts = {lead_in.end(), lead_in.start(1) if lead_in.group(1) else -1}
            found = next((h for h in hits_in(following) if h[0] in starts), None)
            if found is not None:
                return Binding(found, "appositive")
    after = next((c for c in clauses[index + 1 :] if not _blank(text, c)), None)
    if after is not None and lead.strip():
        # "$600 million, the sum it agreed to pay": named by the clause after
        found = restated(text, q, clause, after, hits_in, cues=cues)
        if found is not None:
            return Binding(found, "appositive")
    return _NONE


def _blank(text: str, clause: Span) -> bool:
    """Whether ``clause`` holds only white space (a cut between two cuts)."""
    return not text[clause[0] : clause[1]].strip()


# "who were arrested", "that had drowned": a relative clause's verb group
# a clause ending in a sum of money: "fined €1.2 billion," "1.2bn euros,"
_ENDS_IN_MONEY = lazy(
    r"(?:\d|\d\s*(?:[mbk]n?|thousand|million|billion|trillion|crore|lakh))"
    r"\s*(?:[^\W\d_]{0,3}\s*)?(?:euros?|dollars?|pounds?|sterling|yen|yuan|francs?"
    r"|rupees?|[^\w\s,]{0,2})?\s*,?\s*$",
    regex.I,
)
#: words a heading before a colon may hold ("Confirmed dead:", "Death toll:")
_HEADING_WORDS = 4
#: words the label of a fact box's row may hold
_ROW_WORDS = 8
# what a row's label may hold before the clause ending at its colon: words
# and commas, no bracket, colon or dash of another row or note
_LABEL_LEAD = lazy(r"[^\W_][\w ,'’]*")
_OPEN_BAR = lazy(r"[ \t]*(?:\|[ \t]*)?")
#: what ends a fact box's label in place of a colon ("Dead – 212")
_ROW_MARKS = ("–", "—", "|", " -")


# the figure's clause after it: nothing, or "of them", "in all"; then a mark
_APPOSED_AFTER = lazy(
    r"\s*(?:(?:of\s+them|in\s+all|in\s+total|all\s+told)\s*)?(?:[,;.)]|$)", regex.I
)
# a comma only between the measure word and the figure
_APPOSED_GAP = lazy(r"\s*,\s*")
# a noun phrase of another time or thing: "The previous record, 45.4C,", "the
# largest such penalty, 746 million euros,", "another fund, $2 million,"
_APPOSED_OTHER = lazy(
    r"\b(?:previous|prior|former|earlier|past|last|old|record|such|another|other"
    r"|similar|rival|same|next)\b",
    regex.I,
)
#: how far before its measure word the noun phrase is read
_APPOSED_REACH = 40


def _apposed(
    text: str, before: Span, q: Quantity, hits_in: Callable[[Span], list[Span]]
) -> Span | None:
    """The measure word ending ``before`` right before the comma that sets
    ``q`` off ("the most deaths, 2,950,"); None when the clause before ends
    in no measure word or the figure's clause says more than the figure."""
    if _APPOSED_AFTER.match(text, q.end) is None:
        return None
    found = hits_in(before)
    if not found or _APPOSED_GAP.fullmatch(text, found[-1][1], q.start) is None:
        return None
    word = found[-1]
    if _APPOSED_OTHER.search(text, max(before[0], word[0] - _APPOSED_REACH), word[1]):
        return None
    return word


def _heading(
    text: str,
    before: Span,
    clause: Span,
    hits_in: Callable[[Span], list[Span]],
    *,
    generic: Callable[[Span], bool],
    opening: int,
) -> Span | None:
    """The measure word of a short heading that a colon joins to the number
    opening ``clause`` ("Dead: 212.", "Injured: 1,450; missing: 38"), as a
    fact box or a live blog lists figures; None when ``before`` is no such
    heading.  ``opening`` is where the sentence opens: a row's label may
    run from there over a comma ("Flights cancelled, worldwide: 3,400")."""
    gap = text[before[1] : clause[0]]
    # a fact box's row: its label opens its line, maybe with a qualifier
    # after a comma ("Flights cancelled, worldwide: 3,400")
    # or a clause of its own ("Crashes that regulators link to the fault:")
    # (past a table's opening bar: "| Dead | 6 |")
    line = text.rfind("\n", 0, before[0]) + 1
    bar = _OPEN_BAR.match(text, line, before[0])
    line = line if bar is None else bar.end()
    row = line == before[0] or (
        line >= opening
        and text[before[0] - 1 : before[0]] in (",", " ")
        and _LABEL_LEAD.fullmatch(text, line, before[0]) is not None
    )
    if row:
        before = (line, before[1])
    body = text[before[0] : before[1]]
    if row and other_time(body):
        # "Deaths in the 1998 quake: 64", "Rain last October: 180 mm"
        return None
    if (
        ":" not in gap
        and not body.rstrip().endswith(":")
        # "Dead – 212", "Injured | 1,450": a label before a dash or a bar
        and not (row and body.rstrip().endswith(_ROW_MARKS))
    ):
        return None
    # "Crashes linked to the fault: 14": a row's label may say more
    if len(body.split()) > (_ROW_WORDS if row else _HEADING_WORDS):
        return None
    found = hits_in(before)
    # "Customers affected: 2.1 million": a claim's own word before a built-in
    # event word
    own = [h for h in found if not generic(h)]
    return (own or found)[-1] if found else None


# "How many were hurt?", "How long were they trapped?" closing the sentence
# before
_QUESTION = lazy(r"\bhow\s+(?:many|much|long)\b[^.!?]{0,120}\?[\s\"'”’)]*$", regex.I)
# what may stand before the answer: "The airline said 20", "Police say"
_ANSWER_LEAD = lazy(
    r"\s*(?:(?:[\w'’-]+\s+){0,3}?(?:said|says|say|told|reported|reports|estimated"
    r"|estimates|puts?\s+it\s+at|put\s+the\s+(?:number|toll|figure)\s+at)\s+)?$",
    regex.I,
)
_WORDS = lazy(r"[^\W\d_]+")
# what may follow the answer in its clause: a noun of people, "in all"
_ANSWER_TAIL = lazy(
    r"\s*(?:[^\W\d_]+\s*)?(?:in\s+(?:all|total)\s*)?[,.;:!?)\"'”’]*\s*$", regex.I
)


def _answers_question(text: str, q: Quantity, clause: Span, lead: str) -> bool:
    """Whether ``q``, opening its sentence's first clause, answers a question
    "How many ...?" that closes the sentence before ("How many drowned? At
    least 40, the coastguard said")."""
    start = clause[0]
    before = text[max(0, start - 160) : start].rstrip()
    if not before.endswith(("?", '?"', "?”", "?’", "?'")):
        return False
    if not _QUESTION.search(before) or not _ANSWER_LEAD.fullmatch(lead):
        return False
    tail = _ANSWER_TAIL.match(text, q.end, clause[1])
    if tail is None or tail.end() != clause[1]:
        return False
    words = [w for w in _WORDS.findall(text, q.end, tail.end())]
    return not words or words[0].casefold() in PERSONS or words[0] == "in"
