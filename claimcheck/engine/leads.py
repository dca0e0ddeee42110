"""What leads into a statement's verb besides an infinitive.

:func:`claimcheck.engine.polarity.read_cues` reads the infinitive's lead
("refused to resign", "plans to resign").  A verb in ``-ing`` has leads of
its own:

- a refusal or an act held back states that the act did not happen:
  "stopped short of resigning", "refrained from recalling", "held off
  lifting", "avoided resigning", "decided against suing";
- a proposal, a thought or a threat states nothing: "proposed lifting the
  blockade", "agreed to consider resigning", "is weighing recalling",
  "talked of resigning".

An intention that is someone else's, denied, still states nothing of the
act: "was not asked to resign", "nobody urged the minister to resign" (where
"has no plans to resign" and "never offered to resign", the subject's own,
deny it).  A command leading into the verb ("told rescuers to stand
down", "was ordered to leave") is an intention too, where "was forced to
resign" is the act.
"""

from __future__ import annotations

from typing import Literal

from claimcheck.engine.patterns import found, guarded, lazy, may_match, span_in
from claimcheck.engine.terms import FLAGS

__all__ = ["LIGHT_VERB", "commanded", "gerund_lead", "others_intent", "own_plan"]

# a word or two may stand between the lead and the verb ("stopped short of
# formally resigning")
_GAP = r"\s+(?:[^\W\d_]+ly\s+)?$"
_HELD_BACK = guarded(
    lazy(
        r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from"
        r"|(?:held|hold(?:s|ing)?)\s+off(?:\s+on|\s+from)?|balk(?:s|ed|ing)?\s+at"
        r"|baulk(?:s|ed|ing)?\s+at|shied\s+away\s+from|shy(?:s|ing)?\s+away\s+from"
        r"|avoid(?:s|ed|ing)?|resist(?:s|ed|ing)?"
        # a decision not to: "decided against suing", "voted against closing"
        r"|(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|vot(?:e|es|ed|ing))\s+against)"
        + _GAP,
        FLAGS,
    ),
    "short|refrain|off|balk|baulk|shied|shy|avoid|resist|against",
)
_THOUGHT_OF = guarded(
    lazy(
        r"\b(?:propos(?:e|es|ed|ing)|consider(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)"
        r"|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?(?:\s+over)?|discuss(?:es|ed|ing)?"
        r"|recommend(?:s|ed|ing)?|suggest(?:s|ed|ing)?|threaten(?:s|ed|ing)?"
        r"|envisag(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)"
        r"|(?:talk|think)(?:s|ed|ing)?\s+(?:of|about)|thought\s+(?:of|about)"
        r"|insist(?:s|ed|ing)?\s+on|plan(?:s|ned|ning)?\s+on"
        r"|(?:open|committed|intent|keen)\s+(?:to|on)|in\s+favou?r\s+of"
        # "are close to reaching a deal": not yet reached
        r"|(?:close|closer|near|nearer)\s+to)" + _GAP,
        FLAGS,
    ),
    "propos|consider|contemplat|weigh|mull|discuss|recommend|suggest|threaten"
    "|envisag|advocat|explor|talk|think|thought|insist|plan|open|committed|intent"
    "|keen|favor|favour|close|closer|near|nearer",
)
# someone else's intention, even denied, is no account of the act
#: a light verb before an act's noun ("plans to lodge an appeal")
LIGHT_VERB = r"(?:lodge|file|launch|mount|bring|submit)\s+(?:an?\s+|the\s+)?"
_OTHERS = guarded(
    lazy(
        r"\b(?:ask|urg|press|push|pressur|call|demand|expect|likel|set\b|due"
        r"|poised|going|about)\w*(?:\s+\S+){0,4}?\s+to\s+"
        rf"(?:be\s+|have\s+|{LIGHT_VERB})?$",
        FLAGS,
    ),
    "ask|urg|press|push|pressur|call|demand|expect|likel|set|due|poised|going|about to",
)


# the subject's own plan, which a claim of the future asks for: "plans to
# appeal", "intends to appeal", "vowed to appeal", "has decided to appeal"
_OWN_PLAN = guarded(
    lazy(
        r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|vow(?:s|ed|ing)?"
        r"|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|decid(?:e|es|ed|ing)"
        r"|resolv(?:e|es|ed|ing))(?:\s+\S+){0,2}?\s+to\s+"
        rf"(?:be\s+|have\s+|{LIGHT_VERB})?$",
        FLAGS,
    ),
    "plan|intend|vow|pledg|promis|decid|resolv to",
)


def own_plan(window: str) -> bool:
    """Whether the infinitive's lead ending ``window`` is the subject's own
    plan ("plans to", "has vowed to"), not another's wish for it."""
    return not found(_OTHERS, window) and found(_OWN_PLAN, window)


def gerund_lead(window: str) -> Literal["negation", "intention"] | None:
    """What the text right before a statement's verb in ``-ing`` makes of
    it: a "negation" ("stopped short of"), an "intention" ("proposed"), or
    nothing."""
    if found(_HELD_BACK, window):
        return "negation"
    if found(_THOUGHT_OF, window):
        return "intention"
    return None


def others_intent(window: str) -> bool:
    """Whether the infinitive's lead ending ``window`` is an intention of
    others ("was asked to", "is expected to")."""
    return found(_OTHERS, window)


# "told rescuers to stand down", "was ordered to leave": a command, not the
# act ("forced to resign" is the act, and stays so)
_COMMAND = guarded(
    lazy(
        r"\b(?:told|tell(?:s|ing)?|order(?:s|ed|ing)?|instruct\w*|direct(?:s|ed|ing)?"
        r"|command\w*|advis\w*)\s+(?:\S+\s+){0,3}?to\s+(?:be\s+)?$",
        FLAGS,
    ),
    "told|tell|order|instruct|direct|command|advis to",
)

#: how a command's window ends, lowered (see :func:`commanded`)
_TO_BE = frozenset(("to", "be"))


def commanded(text: str, own: tuple[tuple[int, int], ...], clause_start: int) -> bool:
    """Whether a command leads into one of ``own`` words ("told X to V"); a
    word of the statement is never its own command ("were ordered to kill
    themselves" states the order)."""
    # every window lies in the first's start to the last's end: where that
    # stretch holds none of the command's words, no window does
    if not own or not may_match(
        _COMMAND, text[max(clause_start, own[0][0] - 80) : own[-1][0]]
    ):
        return False
    for start, _ in own:
        lead = max(clause_start, start - 80)
        # (a command ends in "to" or "to be" and a space right before the
        # word: a window ending in two other letters of ASCII holds none)
        last = text[lead:start].rstrip()[-2:]
        if last.isascii() and last.lower() not in _TO_BE:
            continue
        # (sought on the folded window where it folds plainly)
        hit = span_in(_COMMAND, text, lead, start)
        if hit is None:
            continue
        for a, b in own:
            if a <= hit[0] < b:
                break
        else:
            return True
    return False
