"""How a figure is put in its clause: as fact, or supposed.

A figure is a supposition when a modal, a condition, an intention or a
forecast leads to it ("might top 900", "plans to shed up to 2,500",
"guidance points to $7bn", "is feared to exceed 900"), when its own verb is
a modal one ("3,000 jobs could go", "60 miners might have died"), when its
sentence asks a question, when it is a capacity ("carries up to 300") or a
threshold to reach ("needed 400 votes").  The clause-level cues of
statements are in :mod:`claimcheck.engine.polarity`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.decisions import decided_modal, inverted_condition
from claimcheck.engine.likelyfutures import LIKELY_FUTURE
from claimcheck.engine.patterns import BACKWARD, guarded, joint_guard, lazy, lazy_re
from claimcheck.engine.polarity import (
    _CONDITION,
    _INTENT_PIECES,
    _INTENT_WORDS,
    _RELATIVE_ASIDE,
    Cues,
)
from claimcheck.engine.provisions import only_if_after, provides
from claimcheck.engine.requests import ASKING, asked_for, most_it_can_bring
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["governing_clause", "read_quantity_cues"]


# A figure is a supposition when a modal, a condition, an intention or a
# forecast leads to it ("might top 900", "plans to shed up to 2,500", "guidance
# points to $7bn"), when its sentence asks a question, or when it is a
# capacity ("carries up to 300").
# "points to" a forecast, unless the point is a unit: "0.25 percentage
# points to 4.75%", "a quarter-point to 5%", "25 basis points to 4.5%"
_NOT_A_UNIT = (
    r"(?<!(?:\d|\b(?:percentage|percent|basis|an?|one|two|three|four|five|half"
    r"|quarter|full))[\s-]+point)"
)
_FORECAST = guarded(
    lazy(
        rf"\b(?:point{_NOT_A_UNIT}(?:s|ed|ing)?\s+to|forecast\w*|projected"
        r"|projections?|guidance|outlook|on\s+(?:course|track)\s+(?:to|for)|in\s+line\s+(?:to|for)"
        # "the eventual toll", "a worst-case model": a figure still to come
        r"|eventual\s+(?:death\s+)?(?:toll|cost|bill|number|total|figure|damage)"
        r"|(?:worst|best)-case|(?:worst|best)\s+case\s+(?:scenario|estimate|forecast"
        r"|model|projection|figure)s?)\b",
        FLAGS,
    ),
    "point to",
    "forecast|projected|projection|guidance|outlook|course|track|line|eventual"
    "|worst|best",
)
# "cut its profit forecast by a quarter", "raised guidance by 5%": the
# figure after "by" measures a revision made, a fact ("cut its forecast to
# 2%" gives the forecast itself)
_REVISED_BY = lazy(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|slashed|slashes"
    r"|reduced|reduces|lifted|lifts|revised|revises|upgraded|downgraded)"
    r"\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:forecasts?|guidance|outlook|projections?)\s+(?:(?:up|down)\s+)?by"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just))*\s*$",
    FLAGS | BACKWARD,
)
# "officials fear the toll will exceed 250", "expect it will top 900": a
# definite future that someone fears or expects is a forecast all the same
_FEARED_FUTURE = guarded(
    lazy(
        r"\b(?:fear|fears|feared|fearing|expect|expects|expected|expecting"
        r"|predict|predicts|predicted|warn|warns|warned)\b.*\bwill\b",
        FLAGS,
    ),
    "fear|expect|predict|warn will",
)
# "analysts had expected net profit of 340 million", "polls had put the
# party on 28%", "analysts expect 7,000 job cuts": what others expected, not
# what happened
_EXPECTED_BY = guarded(
    lazy(
        r"\b(?:analysts?|economists?|investors?|markets?|polls?|pollsters?"
        r"|surveys?|consensus|forecasters?)\b(?:\s+[\w'’-]+){0,3}?\s+(?:had\s+)?"
        r"(?:expected|predicted|forecast|anticipated|projected|estimated|put"
        # "analysts expect 7,000 job cuts": what they expect now; "exit polls
        # gave the party 90 seats", "polls suggest it will win 90"
        r"|expects?|predicts?|forecasts|anticipates?|gave|gives?"
        r"|suggest(?:s|ed)?)\b",
        FLAGS,
    ),
    "analyst|economist|investor|market|poll|survey|consensus|forecaster"
    " expect|predict|forecast|anticipat|projected|estimated|put|gave|give"
    "|suggest",
)
# a modal right after the figure and its noun: "3,000 jobs could go", "60
# might have died", "61% of voters said they would vote" (not "102 people
# still could not be contacted", an inability stated as fact); "45 people
# may have died" is an estimate of what happened (the group ``estimate``)
_MODAL_AFTER = lazy(
    r"(?:\s+(?!(?:and|or|but|who|which|that)\b)[^\W\d_][\w'’-]*){0,2}?"
    r"\s+(?:could(?!\s+not\b|n['’]t)|might|(?P<estimate>(?-i:may)\s+have\b)|(?-i:may)"
    # "61% of voters said they would go to the polls": what those counted
    # say they will do
    r"|(?:said|say|says)\s+(?:they|he|she)\s+(?:would|will|might|could|plan|intend))\b",
    FLAGS,
)
#: how far after a figure its modal may stand, and the plain test for one
_MODAL_AFTER_REACH = 60
_MODALS = lazy_re(r"\b(?:could|might|may|(?:said|says?)\s+(?:they|he|she)\s)")
# (and what is feared: "the toll is feared to exceed 900")
_FIGURE_INTENT = guarded(
    # (its "to" opens a verb: "agreed to a 10-day ceasefire" is one agreed)
    lazy(
        rf"\b(?!due\b)(?:{_INTENT_WORDS}|fear)\w*\s+to\b"
        r"(?!\s+(?:a|an|the|its|their|his|her)\b)",
        FLAGS,
    ),
    f"{_INTENT_PIECES}|fear to",
)
# (a "may" after the figure in lower case only, and none beside a day's
# number before it: "May" is then the month, "since 3 May", "by May 12")
# A figure under a hedging modal is supposed ("might top 900", "would raise the
# tally to 15"); a definite future states the figure announced ("will cut 1,200
# jobs"), and so does reported speech's "would" ("said the cuts would affect
# 1,200 positions", "warned that it would cancel 300 flights", "..., and that
# it would spend $100 million": the "will" of what was said), though not its
# "would have" ("said it would have cancelled 300": what did not happen).
_FIGURE_MODAL = guarded(
    lazy(
        r"\b(?:could|might|(?<!\d\s*)may(?!\s*\d)|should|can)\b"
        r"|(?<!\b(?:(?:said|says|say|told|announced|confirmed|stated|added|warned"
        r"|promised|pledged|vowed|insisted|wrote)\b"
        r"|(?:and|but)\s+that\s+(?:it|they|he|she|we|the)\b).*)"
        r"\bwould\b|\bwould\s+have\b",
        FLAGS,
    ),
    "could|might|may|should|can|would",
)
# reported speech's "would" anywhere in the lead, no "but" or hedge between
_SAID_WOULD = lazy(
    r"\b(?:said|says|say|told|announced|confirmed|stated|added|warned|promised"
    r"|pledged|vowed|insisted|wrote)\b(?:(?!\b(?:but|could|might|may|should|can)\b)"
    r"[^.;:!?])*\bwould\b(?!\s+have\b)(?:(?!\bwould\b)[^.;:!?])*\Z",
    FLAGS,
)
# "agreed to buy Skylark for $2.6 billion", "has agreed to pay $140 million":
# an agreement made states its price, the sum a deal or a settlement is for
# ("agreed to consider", "agreed to cut 2,000 jobs" stay acts to come)
_AGREED_DEAL = lazy(
    r"\b(?:has\s+|have\s+|had\s+)?agree[ds]\s+to\s+(?:pay|buy|acquire|purchase"
    r"|sell|take\s+over|merge\s+with|settle\s+for"
    # "agreed to raise the loan to $8 billion": the figure agreed
    r"|raise|increase|expand|extend|boost|lend|provide|cut|lower|reduce"
    # "agreed to hire 170 new nurses": the deal's own figure
    r"|hire|recruit)\b",
    FLAGS,
)
#: how many words before a figure its verb's modal or intention may stand
_FIGURE_REACH = 7
# "The ferry carries up to 300 passengers", "runs at up to 130 km/h": what a
# thing can take or do, said in the present, is no account of what it did
_UP_TO = lazy(r"up\s+to\b", FLAGS)
_PRESENT_VERB = lazy(
    r"\b(?:[^\W\d_]{2,}(?<![su'’])s"
    # "ships of this class carry up to 10,000": a plural's verb of holding
    r"|carry|hold|seat|take|accommodate|fit|sleep)\s+(?:at\s+|of\s+)?$",
    FLAGS | BACKWARD,
)

# "licensed to carry 60 vehicles", "designed to hold 300": what a thing may
# take, not what it took
_BUILT_TO = guarded(
    lazy(
        r"\b(?:licen[cs]ed|certified|rated|designed|built|approved|permitted"
        r"|allowed|able)\s+(?:only\s+)?to\s+(?:carry|hold|seat|take|accommodate"
        r"|transport)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|as\s+many\s+as\s+)?$",
        FLAGS,
    ),
    "carry|hold|seat|take|accommodate|transport",
)

# "needed 1.2 million votes", "the 326 seats it needed", "the 50% required":
# a threshold to reach, not a count
_NEED = r"(?:need|needs|needed|require|requires|required)"
_NEED_BEFORE = guarded(
    lazy(
        rf"\b{_NEED}\s+(?:(?:at\s+least|a\s+minimum\s+of|a\s+total\s+of|the)\s+)?$",
        FLAGS,
    ),
    "need|require",
)
_DEFINITE = lazy(r"\bthe\s+$", FLAGS | BACKWARD)
# from the figure on: its own words and its noun, then "(it) needed"
_NEED_AFTER = lazy(
    rf"[^\s;]+(?:\s+[^\s,;]+){{0,3}}?\s+(?:(?:it|they|he|she|we|you)\s+)?"
    rf"(?:had\s+|has\s+|have\s+)?{_NEED}\b",
    FLAGS,
)


#: the guarded cues read in a figure's lead or its last words, tested at once
#: (most figures' leads hold none of their words)
_LEAD_CUES = joint_guard(
    _FIGURE_MODAL,
    _CONDITION,
    _FORECAST,
    _FEARED_FUTURE,
    _EXPECTED_BY,
    LIKELY_FUTURE,
    _FIGURE_INTENT,
    *ASKING,
    _BUILT_TO,
    _NEED_BEFORE,
)


# "planned to shut two plants and cut 6,000 jobs", "intends to close a shop,
# merge two centres and cut 6,000 jobs": the figure's clause, cut at "and",
# is a later verb of the plan (one word, then the figure)
_AND_VERB = lazy(
    r"\s*,?\s*(?:and|or)\s+(?:then\s+)?(?:to\s+)?[^\W\d_][\w'’-]*\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than"
    r"|at\s+least|another|a\s+further)\s+)?\Z",
    FLAGS,
)
# the plan before it in its sentence, with no "but" between ("agreed to buy"
# states a price: see _AGREED_DEAL; "due to" is a cause)
_PLAN_BEFORE = lazy(
    rf"\b(?!due\b|agree)(?:{_INTENT_WORDS})\w*\s+to\s+[^\W\d_]"
    r"(?:(?!\bbut\b)[^.;:!?])*\Z",
    FLAGS,
)


def _later_verb_of_plan(text: str, sentence: int, clause: int, lead: str) -> bool:
    """Whether the figure after ``lead`` (its clause up to it) is the object
    of a later coordinated verb of a plan told earlier in its sentence."""
    opening = lead.lstrip(" ,")[:5].casefold()
    if not opening.startswith(("and ", "or ")) or clause <= sentence:
        return False
    return bool(_AND_VERB.match(lead)) and bool(
        _PLAN_BEFORE.search(text, sentence, clause)
    )


def read_quantity_cues(
    text: str,
    *,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    start: int,
    end: int | None = None,
) -> Cues:
    """The suppositions around a figure starting at ``start`` in ``clause``.

    ``clause`` is where its verb may be: a phrase that a preposition opens
    ("with 131 seats") has none of its own, so the caller passes the clause
    it hangs from as well (see :func:`governing_clause`).
    """
    suppositions: set[str] = set()
    if text[sentence[0] : sentence[1]].rstrip().rstrip("\"'”’)").endswith("?"):
        suppositions.add("question")
    lead = _RELATIVE_ASIDE.sub(" ", text[clause[0] : start])
    near = " ".join(lead.split()[-_FIGURE_REACH:])
    # (``near`` is words of ``lead``: what the lead lacks, they lack)
    cued = _LEAD_CUES(lead)
    modal = _FIGURE_MODAL.search(near) if cued else None
    if modal is not None and only_if_after(text, end or start, sentence[1]):
        suppositions.add("condition")  # "would be raised to 18 only if ..."
    if (
        modal is not None
        and modal.group().casefold() == "would"
        and (_SAID_WOULD.search(lead) or provides(text, sentence[0], start))
    ):
        # "said on Wednesday that it would cut 11,000 jobs, about 13 per
        # cent": the reporting verb further back than ``near`` reaches; "the
        # reform would raise the age to 63": the reform's content
        modal = None
    if modal is not None and not decided_modal(lead):
        suppositions.add("modal")  # ("decided that it should pay": decided)
    if cued and (_CONDITION.search(lead) or inverted_condition(lead)):
        suppositions.add("condition")
    if cued and (
        (_FORECAST.search(near) and not _REVISED_BY.search(near))
        or _FEARED_FUTURE.search(near)
        or _EXPECTED_BY.search(lead)
        or LIKELY_FUTURE.search(near)  # "will probably serve 12 years"
    ):
        suppositions.add("forecast")
    modal_after = (
        _MODAL_AFTER.match(text, end, clause[1])
        if end is not None
        and _MODALS.search(text, end, min(clause[1], end + _MODAL_AFTER_REACH))
        else None
    )
    if modal_after is not None:
        # "as many as 3,000 jobs could go": the figure's own verb is modal
        suppositions.add("estimate" if modal_after.group("estimate") else "modal")
    if (
        cued
        and (
            (
                _FIGURE_INTENT.search(_AGREED_DEAL.sub(" ", near))
                if "gree" in near  # ("agree", "Agree")
                else _FIGURE_INTENT.search(near)
            )
            or asked_for(lead)
        )
    ) or _later_verb_of_plan(text, sentence[0], clause[0], lead):
        suppositions.add("intention")
    up_to = _UP_TO.match(text, start) is not None
    if (
        (up_to and _PRESENT_VERB.search(lead))
        or most_it_can_bring(lead, up_to=up_to)
        or (cued and _BUILT_TO.search(lead))
    ):
        suppositions.add("capacity")
    if (cued and _NEED_BEFORE.search(lead)) or (
        _DEFINITE.search(lead) and _NEED_AFTER.match(text, start, clause[1])
    ):
        suppositions.add("requirement")
    return Cues(suppositions=frozenset(suppositions))


# "could be left | with 131 seats": a phrase a preposition opens hangs from the
# verb of the clause before it, whose modality it shares
_PREPOSITION_OPENS = lazy(
    r"\s*(?:with|at|to|of|for|by|from|on|into|about|around|near|over|under)\b",
    FLAGS,
)


def governing_clause(
    index: ArticleIndex, clause: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """``clause``, widened to the clause before it in its sentence when a
    preposition opens it (a phrase without a verb of its own)."""
    if clause[0] <= sentence[0]:
        return clause
    if not _PREPOSITION_OPENS.match(index.article.text, clause[0], clause[1]):
        return clause
    before = index.clause_at(clause[0] - 1)
    return (max(before[0], sentence[0]), clause[1])
