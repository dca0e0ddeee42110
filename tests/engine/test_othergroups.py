"""The word "other" telling two groups apart (claimcheck/engine/othergroups.py)."""

from __future__ import annotations

from claimcheck.engine.index import Mention
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.othergroups import other_group


def _mention(text: str, figure: str, word: str) -> Mention:
    at = text.index(figure)
    end = at + len(figure.split(maxsplit=1)[0])
    sentence = text.rfind(". ", 0, at) + 2
    bound = text.index(word, sentence)
    said = figure.split()[1]
    other = text.index(said, at)
    return Mention(
        quantity=Quantity(
            start=at, end=end, text=text[at:end], interval=Interval.point(2), unit=None
        ),
        sentence=(sentence, len(text)),
        clause=(sentence, len(text)),
        bound=(bound, bound + len(word)),
        rule="object",
        scope="addition",
        qualifier=(other, other + len(said)),
    )


def test_other_with_no_earlier_word_of_its_measure_is_its_own_group() -> None:
    text = (
        "The four victims were all drivers. A day-long rescue mission ended."
        " Firefighters rescued two other workers from the pit."
    )
    assert other_group(text, _mention(text, "two other", "rescued"))


def test_other_after_the_same_measure_stays_an_addition() -> None:
    text = (
        "Firefighters rescued several workers on Monday. The search went on."
        " On Tuesday they rescued five other workers."
    )
    assert not other_group(text, _mention(text, "five other", "rescued"))


def test_more_is_always_an_addition() -> None:
    text = "The four victims were all drivers. Crews rescued two more workers."
    mention = _mention(text, "two more", "rescued")
    assert not other_group(text, mention)
