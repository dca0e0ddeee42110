"""How to read the lone separator of "2.600" or "2,600": a thousands
separator or a decimal one (docs/numbers.md)."""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.words import separator_style, shows_decimal_point

__all__ = ["MILLION_NOUN", "decimal_for"]

# A plural count noun after "1.3m" makes the m a million: "1.3m votes".
MILLION_NOUN = regex.compile(
    r"\s+(?:(?!(?:is|was|has|its|this|thus|plus|less|across|as|unless)\b)"
    r"\p{Ll}+s\b|(?:people|children|men|women)\b)"
)
# a word of harm or state used as a noun for people: "2.700 injured", "1.400
# displaced" count people, who are whole
_PEOPLE_AFTER = regex.compile(
    r"\s+(?:dead|wounded|injured|hurt|missing|displaced|homeless|evacuated"
    r"|killed|arrested|detained|infected|hospitali[sz]ed|rescued|unemployed)\b",
    regex.IGNORECASE,
)
# a plural count noun after one word that qualifies it: "4.310 cholera
# cases", "12.400 striking teachers" count whole things (not "1.125
# percentage points", "1.5 more goals")
_QUALIFIED_NOUN = regex.compile(
    r"\s+(?!(?:more|less|fewer|percentage|basis|per|times|of|and|or|in|on|at"
    r"|to|by|for|from|with|the|a|an|its|their|his|her|this|that|these)\b)"
    r"\p{Ll}{3,}\s+(?!(?:is|was|has|its|this|thus|plus|less|across|as|unless)\b)"
    r"\p{Ll}+s\b"
)
_PERCENT_AFTER = regex.compile(r"\s*(?:%|per\s?cent)", regex.IGNORECASE)
_PLURAL_SCALE = regex.compile(
    r"\s+(?:thousands|millions|billions|trillions)\b", regex.I
)


def decimal_for(el: str, m: regex.Match[str], text: str, article: str) -> str:
    """How to read the lone separator of "2.600" or "2,600" (docs/numbers.md).

    Three zeros after a dot, or a plural noun counted right after the number
    ("2.600 residents": a count is whole) or a word of harm used as a noun
    ("2.700 injured"), make it a thousands separator; so
    does a zero ending it before a unit ("3.800 metres") where no number of
    the article shows a decimal point, and so does a plural scale word after
    it ("1.200 millions", a form of other first languages).  A scale word
    after it, a currency or a percentage leave it to the article's style.
    """
    if el.endswith(".000"):
        return ""
    if "." in el and _PLURAL_SCALE.match(
        text, m.spans("el")[m.captures("el").index(el)][1]
    ):
        # "1.200 millions of euros": a plural scale after a number is how
        # other first languages write it, and so is the thousands point
        return ""
    if (
        len(m.captures("el")) == 1
        and m.start("unit") < 0
        and m.start("cur") < 0
        and (
            MILLION_NOUN.match(text, m.end("chain"))
            or _PEOPLE_AFTER.match(text, m.end("chain"))
            or (
                len(el) - el.rfind(".") == 4
                and _QUALIFIED_NOUN.match(text, m.end("chain"))
            )
        )
    ):
        return ""
    style = separator_style(article)
    if (
        style == "."
        and el[-1] == "0"
        and len(m.captures("el")) == 1
        and m.start("unit") >= 0
        and m.start("cur") < 0
        and not _PERCENT_AFTER.match(text, m.end("chain"))
        and not shows_decimal_point(article)
    ):
        # "3.800 metres" where no number of the article shows a decimal point:
        # copy does not write a decimal's trailing zero
        return ""
    return style
