"""A quantity claim's dated history: the values it held before the current one.

Each entry of ``history`` gives ``until`` (the last day the value held) and an
expectation in any form the claim itself accepts (see
:mod:`claimcheck.suite.expectations`), read by the same code.
"""

from __future__ import annotations

import datetime

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.claims import Period
from claimcheck.suite.expectations import (
    EXPECTATIONS,
    Tolerance,
    read_expectation,
    read_tolerance,
)
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.yamlsource import describe, did_you_mean, fail, mapping_items

__all__ = ["PERIOD_KEYS", "read_history"]

#: the keys of one history entry
PERIOD_KEYS = {
    "until": Key(
        value=Value.DATE,
        help="the last day the value held, as YYYY-MM-DD",
        required=True,
    ),
    **EXPECTATIONS,
    "tolerance": Key(
        value=Value.TOLERANCE,
        help="how far a number may stray (default: the claim's tolerance)",
    ),
}


def read_history(
    node: Node, what: str, tolerance: Tolerance | None
) -> tuple[Period, ...]:
    """The periods of a ``history`` list, oldest first, each checked."""
    if not isinstance(node, SequenceNode) or not node.value:
        fail(
            node,
            f"'history' in {what} must be a list of earlier values, got "
            f"{describe(node)}; write one entry per value, oldest first, such as "
            "- {until: 2025-01-14, equals: 38}",
        )
    periods: list[Period] = []
    for number, item in enumerate(node.value, 1):
        period = _read_period(item, f"history entry #{number} of {what}", tolerance)
        if periods and period.until <= periods[-1].until:
            fail(
                item,
                f"history entry #{number} of {what} is out of order: until "
                f"{period.until} is not after {periods[-1].until}, the entry "
                "before it; list the history oldest first, each 'until' later",
            )
        periods.append(period)
    return tuple(periods)


def _read_period(node: Node, what: str, tolerance: Tolerance | None) -> Period:
    if not isinstance(node, MappingNode):
        fail(
            node,
            f"{what} must be a mapping such as {{until: 2025-01-14, equals: 38}}, "
            f"got {describe(node)}",
        )
    fields = {
        key: (key_node, value) for key, key_node, value in mapping_items(node, what)
    }
    for key, (key_node, _) in fields.items():
        if key not in PERIOD_KEYS:
            fail(
                key_node,
                f"unknown key {key!r} in {what}" + did_you_mean(key, list(PERIOD_KEYS)),
            )
    if "until" not in fields:
        fail(node, f"{what} has no 'until'; add the last day the value held")
    until = read_date(fields["until"][1], f"'until' in {what}")
    stated, rendering = read_expectation(node, fields, what)
    if "tolerance" in fields:
        tolerance = read_tolerance(fields["tolerance"][1], f"'tolerance' in {what}")
    expected = stated
    if tolerance is not None:
        expected = stated.widened(
            absolute=tolerance.absolute, relative=tolerance.relative
        )
    return Period(until=until, expected=expected, rendering=rendering)


def read_date(node: Node, what: str) -> datetime.date:
    """A calendar date written ``YYYY-MM-DD`` (quoted or not)."""
    if isinstance(node, ScalarNode):
        text = str(node.value).strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    fail(
        node,
        f"{what} must be a date such as 2025-01-14, got {describe(node)}; "
        "write the year, month and day as YYYY-MM-DD",
    )
