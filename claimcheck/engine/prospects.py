"""What is only planned, possible or rumoured, and plans carried out.

A statement named by its nouns ("there will be no compulsory redundancies")
is found wherever those nouns are; the words around them say whether the
article states the thing or only talks of it:

- a predicate of possibility after them: "compulsory redundancies remain
  possible", "plant closures could become possible", "closing plants
  remains an option", "redundancies were on the table";
- a proposal or plan right before them: "the company had proposed 400
  compulsory redundancies", "management floated two closures";
- a rumour or a conspiracy theory whose content they are: "rumours that
  the ferry was attacked", "a conspiracy theory that the ship was sunk",
  "posts claiming without evidence that ...";

each states nothing.  The reverse: a plan that went ahead ("went ahead
with plans to close three plants", "carried out its threat to strike") is
the act, where "plans to close" alone is an intention.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.engine.patterns import found, guarded, lazy, may_match
from claimcheck.engine.terms import FLAGS

__all__ = [
    "carried_out",
    "corrected",
    "correction_lead",
    "possible_after",
    "proposed_before",
    "rumoured",
]

# "remain possible", "could become possible", "were on the table", "is an
# option", "was under review", "were being considered" (the statement's
# last word ends right before it; an adverb may stand between)
_POSSIBLE_AFTER = guarded(
    lazy(
        r"^\W*(?:(?:could|might|may|would|will|can)\s+(?:still\s+|now\s+|also\s+)?"
        r"(?:be|become|remain)|(?:is|are|was|were|has\s+been|have\s+been|had\s+been"
        r"|remains?|remained|seems?|seemed|looks?|looked|became|becomes?)"
        r"(?:\s+(?:still|now|also|very|quite|entirely|increasingly|again))?)\s+"
        r"(?:possible|likely|probable|inevitable|an?\s+(?:real\s+)?(?:option"
        r"|possibility|prospect|risk)|on\s+the\s+table|under\s+(?:consideration"
        r"|discussion|review)|being\s+(?:considered|discussed|weighed|planned"
        r"|proposed)|(?:considered|discussed|proposed|planned|threatened|mooted"
        r"|floated|feared))\b",
        FLAGS,
    ),
    "possib|likel|probab|inevitab|option|prospect|risk|table|under|being"
    "|consider|discuss|propos|plann|threaten|moot|float|fear",
)
# "had proposed 400 compulsory redundancies", "floated two closures",
# "announced plans for 300 job cuts" (up to two words of a number or an
# adjective between)
_PROPOSED_BEFORE = guarded(
    lazy(
        r"\b(?:propos(?:e|es|ed|ing)|(?:had\s+)?plann(?:ed|ing)|threaten(?:s|ed|ing)?"
        r"|moot(?:s|ed|ing)?|float(?:s|ed|ing)|mull(?:s|ed|ing)?"
        r"|(?:plans?|proposals?|proposition)\s+(?:for|of))"
        r"(?:\s+(?:the|a|an|some|up\s+to|as\s+many\s+as|about|around|[\d.,]+"
        r"|[^\W\d_]+)){0,2}\s*$",
        FLAGS,
    ),
    "propos|plan|threaten|moot|float|mull|proposition",
)
# "rumours that", "a conspiracy theory that", "speculation that", "posts
# falsely claiming", "claimed without evidence that"; up to three words of
# the that-clause before the statement's first word
_RUMOURED_BEFORE = guarded(
    lazy(
        r"\b(?:rumou?rs?|conspiracy\s+theor(?:y|ies|ists?)|speculat\w*"
        r"|theori[sz](?:e|es|ed|ing)|hoax(?:es)?"
        r"|misinformation|disinformation|unfounded\s+(?:claims?|reports?)"
        r"|unverified\s+(?:claims?|reports?)|unsubstantiated\s+(?:claims?|reports?)"
        r"|(?:claim(?:s|ed|ing)?|suggest(?:s|ed|ing)?|assert(?:s|ed|ing)?"
        r"|alleg(?:e|es|ed|ing))\s+without\s+(?:any\s+)?evidence)"
        r"(?:\s+\S+){0,3}?\s+(?:that|claiming|suggesting|alleging|saying|of)"
        r"(?:\s+\S+){0,3}?\s*$",
        FLAGS,
    ),
    "rumor|rumour|conspiracy|speculat|theoris|theoriz|hoax|misinformation"
    "|disinformation|unfounded|unverified|unsubstantiated|without",
)
# a report that only spread: "claims that hackers caused the outage spread
# online", "reports that the ship was attacked circulated"
_REPORT_BEFORE = guarded(
    lazy(
        r"\b(?:claims?|reports?|suggestions?|allegations?|stories|posts|theories)"
        r"\s+(?:that|of)(?:\s+\S+){0,3}?\s*$",
        FLAGS,
    ),
    "claim|report|suggestion|allegation|stories|posts|theories",
)
_SPREAD_AFTER = guarded(
    lazy(
        r"^\W*(?:\w+\s+){0,2}?(?:spread|circulat(?:ed|es|ing)|swirl(?:ed|s|ing)"
        r"|surfac(?:ed|es|ing)|went\s+viral|proliferat(?:ed|es|ing)"
        r"|(?:were|was|have\s+been|had\s+been)\s+shared|gained\s+traction)\b",
        FLAGS,
    ),
    "spread|circulat|swirl|surfac|viral|proliferat|shared|traction",
)
# "went ahead with plans to", "pressed ahead with its threat to", "carried
# out its plan to", "followed through on a pledge to", "made good on its
# threat to": the plan that an infinitive's lead names was carried out
_CARRIED_OUT = guarded(
    lazy(
        r"\b(?:(?:went|go(?:es|ing)?|gone|press(?:ed|es|ing)?|push(?:ed|es|ing)?"
        r"|forg(?:ed|es|ing))\s+ahead\s+with|carr(?:ied|ies|ying|y)\s+out"
        r"|follow(?:ed|s|ing)?\s+through\s+(?:on|with)|made\s+good\s+on"
        r"|make(?:s)?\s+good\s+on|implement(?:ed|s|ing)?|acted\s+on)"
        r"\s+(?:\S+\s+){0,3}?(?:plans?|threats?|pledges?|promises?|proposals?"
        r"|intention|decision)\s+to\s+(?:\S+\s+){0,2}?$",
        FLAGS,
    ),
    "ahead|carr|through|good|implement|acted to",
)


def possible_after(
    text: str, words: Sequence[tuple[int, int]], clause_end: int
) -> bool:
    """Whether what follows one of a statement's ``words`` (sorted spans of
    ``text``), up to the next or the clause's end, makes it only possible
    ("redundancies remain possible", "ratifying the deal remains an option
    for the union")."""
    if not may_match(_POSSIBLE_AFTER, text[words[0][1] : clause_end]):
        return False
    ends = [start for start, _ in words[1:]] + [clause_end]
    # (the loop written out: this runs once per clause read)
    for (_, end), next_start in zip(words, ends, strict=True):
        if found(_POSSIBLE_AFTER, text[end:next_start]):
            return True
    return False


def proposed_before(lead: str) -> bool:
    """Whether ``lead``, the clause before a statement's first word, ends in a
    proposal or plan of it ("had proposed 400")."""
    return found(_PROPOSED_BEFORE, lead)


def rumoured(lead: str, tail: str) -> bool:
    """Whether ``lead`` ends in a rumour whose content the statement is
    ("rumours that the"), or in a report that ``tail``, the clause after
    it, says only spread ("claims that ... spread online")."""
    return found(_RUMOURED_BEFORE, lead) or (
        found(_REPORT_BEFORE, lead) and found(_SPREAD_AFTER, tail)
    )


# a correction quoting the error it fixes: "An earlier version of this
# article said the plant would close", "a previous version of this story
# wrongly stated that"; up to four words of the error before the statement
_CORRECTION = (
    r"\b(?:earlier|previous|prior|original|first)\s+versions?\s+of\s+"
    r"(?:this|the)\s+(?:article|story|report|piece|item)\s+(?:\w+ly\s+)?"
    r"(?:said|stated|reported|claimed|suggested|described|gave|misstated)"
    r"(?:\s+that)?"
)
_CORRECTED_BEFORE = guarded(
    lazy(_CORRECTION + r"(?:\s+\S+){0,4}?\s*$", FLAGS), "version"
)
_CORRECTION_LEAD = guarded(lazy(_CORRECTION, FLAGS), "version")


def corrected(lead: str) -> bool:
    """Whether ``lead``, the clause before a statement's first word, ends in
    a correction quoting the error it fixes ("An earlier version of this
    article said the"): the quoted error states nothing."""
    return found(_CORRECTED_BEFORE, lead)


def correction_lead(text: str, start: int, end: int) -> int:
    """Where the lead of a correction in ``text[start:end]`` ends ("An
    earlier version of this article said"), the error it quotes following;
    ``start`` where there is none."""
    if "version" not in text[start:end].casefold():
        return start
    lead = _CORRECTION_LEAD.search(text, start, end)
    return start if lead is None else lead.end()


def carried_out(window: str) -> bool:
    """Whether the infinitive's lead ending ``window`` names a plan carried
    out ("went ahead with plans to")."""
    return found(_CARRIED_OUT, window)
