"""A quantity claim's expectation (equals, between, at_least, at_most) and tolerance."""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import Node, ScalarNode, SequenceNode

from claimcheck.engine.numbers.interval import Interval
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.yamlsource import (
    describe,
    fail,
    parse_number,
    read_number,
)

__all__ = ["EXPECTATIONS", "Tolerance", "read_expectation", "read_tolerance"]

#: the keys that state a quantity claim's expectation (one of them, or both
#: bounds)
EXPECTATIONS = {
    "equals": Key(value=Value.NUMBER, help="the expected number", group="expectation"),
    "between": Key(
        value=Value.RANGE,
        help="the expected range, [low, high], both included",
        group="expectation",
    ),
    "at_least": Key(
        value=Value.NUMBER, help="the lowest expected number", group="expectation"
    ),
    "at_most": Key(
        value=Value.NUMBER, help="the highest expected number", group="expectation"
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Tolerance:
    absolute: float = 0.0
    relative: float = 0.0
    text: str = ""


def read_tolerance(node: Node, what: str) -> Tolerance:
    if isinstance(node, ScalarNode) and node.tag != "tag:yaml.org,2002:null":
        text = str(node.value).strip()
        relative = text.endswith("%")
        value = parse_number(text[:-1].strip() if relative else text)
        if value is not None:
            if value < 0:
                fail(node, f"{what} must not be negative, got {text!r}; use 0 or more")
            if relative:
                return Tolerance(relative=value / 100, text=f"{_num(value)}%")
            return Tolerance(absolute=value, text=_num(value))
    fail(
        node,
        f"{what} must be a number or a percentage, got {describe(node)}; "
        "write an absolute tolerance such as 10 or a relative one such as '5%'",
    )


def _num(value: float) -> str:
    return f"{value:,.12g}"


def read_expectation(
    node: Node, fields: dict[str, tuple[Node, Node]], what: str
) -> tuple[Interval, str]:
    """The interval a quantity claim states, and how to show it."""
    given = [key for key in fields if key in EXPECTATIONS]
    if not given:
        fail(
            node,
            f"{what} has no expectation; add one of 'equals', 'between', "
            "'at_least' or 'at_most'",
        )
    if len(given) > 1 and ("equals" in given or "between" in given):
        fail(
            fields[given[1]][0],
            f"{what} gives both {given[0]!r} and {given[1]!r}; keep one expectation "
            "(only 'at_least' and 'at_most' go together)",
        )
    key = given[0]
    value = fields[key][1]
    where = f"{key!r} in {what}"
    if key == "equals":
        number = read_number(value, where)
        return Interval.point(number), f"= {_num(number)}"
    if key == "between":
        if not isinstance(value, SequenceNode) or len(value.value) != 2:
            fail(
                value,
                f"{where} must be a list of two numbers such as [10000, 12000], "
                f"got {describe(value)}; write [low, high]",
            )
        low, high = (read_number(item, where) for item in value.value)
        if low > high:
            fail(
                value,
                f"{where} is reversed: [{_num(low)}, {_num(high)}]; "
                f"write the low bound first: [{_num(high)}, {_num(low)}]",
            )
        return Interval(low=low, high=high), f"between {_num(low)} and {_num(high)}"
    at_least = at_most = None
    if "at_least" in fields:
        at_least = read_number(fields["at_least"][1], f"'at_least' in {what}")
    if "at_most" in fields:
        at_most = read_number(fields["at_most"][1], f"'at_most' in {what}")
    if at_least is not None and at_most is not None:
        if at_least > at_most:
            fail(
                fields[given[1]][0],
                f"{what} is reversed: at_least {_num(at_least)} is above "
                f"at_most {_num(at_most)}; swap them",
            )
        rendering = f"between {_num(at_least)} and {_num(at_most)}"
    elif at_least is not None:
        rendering = f">= {_num(at_least)}"
    else:
        assert at_most is not None
        rendering = f"<= {_num(at_most)}"
    return Interval(low=at_least, high=at_most), rendering
