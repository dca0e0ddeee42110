"""One claim's YAML mapping -> a Claim: keys per kind, terms, expectations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.claims import (
    AttributeClaim,
    Claim,
    ClaimKind,
    Direction,
    EntityClaim,
    Location,
    OutdatedPolicy,
    Period,
    Polarity,
    QuantityClaim,
    Scope,
    StatementClaim,
)
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.paraphrases import paraphrased
from claimcheck.engine.statements import Sentence, SlotError, parse_sentences
from claimcheck.engine.terms import Term, Terms, inflected
from claimcheck.suite.claim_keys import (
    COMMON_KEYS,
    KIND_KEYS,
    check_phrase,
    read_id,
    unknown_key,
    vocabulary_reference,
)
from claimcheck.suite.expectations import (
    read_expectation,
    read_tolerance,
)
from claimcheck.suite.history import read_history
from claimcheck.suite.problems import RAISE, Problems
from claimcheck.suite.settings import Settings
from claimcheck.suite.syntax import where
from claimcheck.suite.unitnames import unit_named
from claimcheck.suite.yamlsource import (
    choices,
    describe,
    did_you_mean,
    fail,
    mapping_items,
    read_bool,
    read_count,
    read_enum,
    read_identifiers,
    read_regex,
    read_text,
)

__all__ = ["COMMON_KEYS", "KIND_KEYS", "ClaimReader"]

_T = TypeVar("_T")
_NO_MARKS: tuple[str, ...] = ()
_NO_CONTEXT: tuple[Terms, ...] = ()


def _optional(
    given: Mapping[str, Node],
    key: str,
    read: Callable[[Node, str], _T],
    default: _T,
    where: str,
) -> _T:
    node = given.get(key)
    return default if node is None else read(node, f"{key!r} in {where}")


class ClaimReader:
    """Turns claim nodes into claims, with one file's vocabularies and defaults."""

    def __init__(self, config: Settings, problems: Problems = RAISE) -> None:
        self._config = config
        self._problems = problems
        self._resolved: dict[str, tuple[Term, ...]] = {}
        self._resolving: list[str] = []
        for name in config.vocabularies:
            with problems.recover():
                self._vocabulary(name, None)
            # a vocabulary that failed is reported once, then reads as empty
            self._resolved.setdefault(name, ())
            self._resolving.clear()
        self._required = self._default("required", read_bool, False)
        self._strict = self._default("strict", read_bool, False)
        self._scope = self._default("context_scope", _read_scope, None)
        self._marks = self._default("marks", read_identifiers, _NO_MARKS)
        self._tolerance = self._default("tolerance", read_tolerance, None)
        self._context = self._default("context", self.context, _NO_CONTEXT)
        self._outdated = self._default("outdated", _read_outdated, None)

    def _default(self, key: str, read: Callable[[Node, str], _T], default: _T) -> _T:
        with self._problems.recover():
            return _optional(self._config.defaults, key, read, default, "defaults")
        return default

    def vocabularies(self) -> dict[str, Terms]:
        """Every vocabulary, resolved."""
        return {
            name: Terms(terms=self._vocabulary(name, None), name=name)
            for name in self._config.vocabularies
        }

    def _vocabulary(self, name: str, reference: Node | None) -> tuple[Term, ...]:
        if name in self._resolved:
            return self._resolved[name]
        if name not in self._config.vocabularies:
            assert reference is not None
            choices = list(self._config.vocabularies)
            hint = (
                did_you_mean(name, choices)
                if choices
                else " (no vocabularies are defined; add it under 'vocabularies:')"
            )
            fail(reference, f"unknown vocabulary '${name}'{hint}")
        if name in self._resolving:
            assert reference is not None
            loop = " -> ".join([*self._resolving[self._resolving.index(name) :], name])
            fail(
                reference,
                f"vocabulary {name!r} refers to itself ({loop}); remove the loop",
            )
        self._resolving.append(name)
        terms = self.terms(
            self._config.vocabularies[name][1], f"vocabulary {name!r}"
        ).terms
        self._resolving.pop()
        self._resolved[name] = terms
        return terms

    def terms(self, node: Node, what: str, *, allow_regex: bool = True) -> Terms:
        """A term list: a phrase, ``$vocabulary`` or ``{regex: ...}``, or a list."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        if not items:
            fail(node, f"{what} is an empty list; give at least one term")
        # A dict keeps first-seen order and drops repeats in linear time.
        found: dict[Term, None] = {}
        for item in items:
            found.update(dict.fromkeys(self._term_items(item, what, allow_regex)))
        name = None
        if len(items) == 1 and isinstance(items[0], ScalarNode):
            name = vocabulary_reference(items[0])
        return Terms(terms=tuple(found), name=name)

    def _term_items(self, node: Node, what: str, allow_regex: bool) -> tuple[Term, ...]:
        if isinstance(node, MappingNode) and allow_regex:
            pattern: Node | None = None
            for key, key_node, value in mapping_items(node, f"a term of {what}"):
                if key != "regex":
                    fail(
                        key_node,
                        f"unknown key {key!r} in a term of {what}"
                        + did_you_mean(key, ["regex"]),
                    )
                pattern = value
            if pattern is None:
                fail(
                    node, f"a term of {what} is an empty mapping; write {{regex: ...}}"
                )
            return (Term(text=read_regex(pattern, what), is_regex=True),)
        if not isinstance(node, ScalarNode):
            shape = "a phrase or '$vocabulary'"
            if allow_regex:
                shape += " or {regex: ...}"
            fail(
                node,
                f"each term of {what} must be {shape}, got {describe(node)}; "
                "write a flat list of terms",
            )
        text = read_text(node, f"a term of {what}").strip()
        name = vocabulary_reference(node)
        if name is not None:
            return self._vocabulary(name, node)
        check_phrase(node, text, what)
        return (Term(text=text),)

    def context(self, node: Node, what: str) -> tuple[Terms, ...]:
        """One group of terms, or a list of groups that must all match."""
        if isinstance(node, SequenceNode):
            if not node.value:
                return ()  # an explicit [] clears a default context
            if any(isinstance(item, SequenceNode) for item in node.value):
                return tuple(
                    inflected(self.terms(item, f"{what} (group {n})"))
                    for n, item in enumerate(node.value, 1)
                )
        return (inflected(self.terms(node, what)),)

    def read_claim(self, node: Node, number: int) -> Claim:
        """One claim from its mapping node (``number`` counts from 1)."""
        if not isinstance(node, MappingNode):
            fail(
                node,
                f"claim #{number} must be a mapping with keys such as 'id:' and "
                f"'kind:', got {describe(node)}; start each claim with '- id: ...' "
                "and put its keys below",
            )
        fields = {
            key: (key_node, value)
            for key, key_node, value in mapping_items(node, f"claim #{number}")
        }
        if "id" not in fields:
            fail(node, f"claim #{number} has no 'id'; add 'id: <unique-name>'")
        claim_id = read_id(fields["id"][1])
        what = f"claim {claim_id!r}"
        if "kind" not in fields:
            fail(
                node,
                f"{what} has no 'kind'; add 'kind:' with one of "
                + choices(k.value for k in ClaimKind),
            )
        kind = read_enum(fields["kind"][1], ClaimKind, f"'kind' in {what}")
        allowed = [*COMMON_KEYS, *KIND_KEYS[kind]]
        for key, (key_node, _) in fields.items():
            if key not in allowed:
                with self._problems.recover():
                    unknown_key(key, key_node, kind, what, allowed)
                # what it lacks then follows from the mistyped key
                self._problems.hush(where(node.start_mark))
        values = {key: value for key, (_, value) in fields.items()}
        mark = node.start_mark
        common: dict[str, Any] = {
            "id": claim_id,
            "location": Location(
                path=mark.name, line=mark.line + 1, column=mark.column + 1
            ),
            "required": _optional(values, "required", read_bool, self._required, what),
            "strict": _optional(values, "strict", read_bool, self._strict, what),
            "context": _optional(values, "context", self.context, self._context, what),
            "marks": _optional(values, "marks", read_identifiers, self._marks, what),
        }
        scope = _optional(values, "context_scope", _read_scope, self._scope, what)
        if scope is not None:
            common["context_scope"] = scope
        description = _optional(values, "claim", read_text, "", what)
        if kind is ClaimKind.QUANTITY:
            claim: Claim = self._quantity(node, fields, what, common)
        elif kind is ClaimKind.STATEMENT:
            claim = self._statement(node, values, what, common)
        elif kind is ClaimKind.ATTRIBUTE:
            claim = self._attribute(node, values, what, common)
        else:
            claim = self._entity(node, values, what, common)
        if description:
            claim = replace(claim, description=description)
        return claim

    def _quantity(
        self,
        node: Node,
        fields: dict[str, tuple[Node, Node]],
        what: str,
        common: dict[str, Any],
    ) -> QuantityClaim:
        values = {key: value for key, (_, value) in fields.items()}
        written = self.terms(
            _need(node, values, "measure", what, "the words for what is counted"),
            f"'measure' in {what}",
        )
        # a common news measure takes its other wordings ("took the lives of")
        measure = inflected(paraphrased(written), counted=True)
        unit = unit_text = None
        if "unit" in values:
            unit_text = read_text(values["unit"], f"'unit' in {what}").strip()
            unit = canonical_unit(unit_text)
            if unit is None:
                fail(
                    values["unit"],
                    f"unknown unit {unit_text!r} in {what}; write a unit claimcheck "
                    "knows (such as 'km²' or 'square miles'), or leave 'unit' out "
                    "for a plain count",
                )
        if unit is None:
            unit = unit_named(written)
        stated, rendering = read_expectation(node, fields, what)
        tolerance = _optional(
            values, "tolerance", read_tolerance, self._tolerance, what
        )
        expected = stated
        if tolerance is not None:
            expected = stated.widened(
                absolute=tolerance.absolute, relative=tolerance.relative
            )
        label = written.name or "/".join(t.text for t in written.terms[:3])
        description = f"{label} {rendering}"
        if unit_text:
            description += f" {unit_text}"
        if tolerance is not None and tolerance.text:
            description += f" (± {tolerance.text})"
        exclude = None
        if "exclude" in values:
            exclude = self.terms(values["exclude"], f"'exclude' in {what}")
        direction = _optional(values, "direction", _read_direction, None, what)
        if direction is not None:
            description += f" ({direction.value})"
        history: tuple[Period, ...] = ()
        if "history" in values:
            history = read_history(values["history"], what, tolerance)
        outdated = _optional(values, "outdated", _read_outdated, self._outdated, what)
        return QuantityClaim(
            **common,
            description=description,
            measure=measure,
            stated=stated,
            expected=expected,
            unit=unit,
            exclude=exclude,
            direction=direction,
            history=history,
            outdated=outdated,
        )

    def _statement(
        self, node: Node, values: dict[str, Node], what: str, common: dict[str, Any]
    ) -> StatementClaim:
        says = self._sentences(values, "says", what)
        also = self._sentences(values, "also", what)
        if also and not says:
            fail(
                values["also"],
                f"{what} has 'also' but no 'says'; put the main sentence under 'says:'",
            )
        opposite = self._sentences(values, "contradicted_by", what)
        patterns = self._phrasing(values, "patterns", "phrases", what)
        if patterns is None and not says:
            fail(
                node,
                f"{what} has no 'says'; add 'says:' with a plain sentence that "
                "states it (or regular expressions as 'patterns')",
            )
        polarity = Polarity.AFFIRMED
        if "polarity" in values:
            if patterns is None:
                fail(
                    values["polarity"],
                    f"'polarity' in {what} applies to 'patterns' and 'phrases'; "
                    "write the negation in the sentence ('the dam did not fail')",
                )
            polarity = read_enum(values["polarity"], Polarity, f"'polarity' in {what}")
        rivals = self._phrasing(values, "rivals", "rival_phrases", what)
        if says:
            said = says[0].text
        else:
            said = str(patterns)
            said = f"not: {said}" if polarity is Polarity.NEGATED else said
        return StatementClaim(
            **common,
            description=said,
            says=says + also,
            contradicted_by=opposite,
            patterns=patterns,
            rivals=rivals,
            polarity=polarity,
        )

    def _sentences(
        self, values: dict[str, Node], key: str, what: str
    ) -> tuple[Sentence, ...]:
        """The plain sentences under ``key``: one, or a list."""
        node = values.get(key)
        if node is None:
            return ()
        items = node.value if isinstance(node, SequenceNode) else [node]
        if not items:
            fail(node, f"{key!r} in {what} is an empty list; remove it")
        found: list[Sentence] = []
        for item in items:
            if not isinstance(item, ScalarNode):
                fail(
                    item,
                    f"each sentence of {key!r} in {what} must be plain text, got "
                    f"{describe(item)}",
                )
            text = read_text(item, f"a sentence of {key!r} in {what}").strip()

            def vocabulary(name: str, item: Node = item) -> Terms:
                return Terms(terms=self._vocabulary(name, item), name=name)

            try:
                found.extend(parse_sentences(text, vocabulary))
            except SlotError as exc:
                fail(item, f"{exc} in {key!r} of {what}")
        return tuple(found)

    def _phrasing(
        self, values: dict[str, Node], regexes: str, phrases: str, what: str
    ) -> Terms | None:
        """Regular expressions and literal phrases of a statement, as one Terms."""
        found: tuple[Term, ...] = ()
        if regexes in values:
            node = values[regexes]
            items = node.value if isinstance(node, SequenceNode) else [node]
            if not items:
                fail(node, f"{regexes!r} in {what} is an empty list; remove it")
            found = tuple(
                Term(text=read_regex(item, f"{regexes!r} in {what}"), is_regex=True)
                for item in items
            )
        name = None
        if phrases in values:
            terms = self.terms(values[phrases], f"{phrases!r} in {what}")
            found = _unique(found, terms.terms)
            name = None if regexes in values else terms.name
        return Terms(terms=found, name=name) if found else None

    def _attribute(
        self, node: Node, values: dict[str, Node], what: str, common: dict[str, Any]
    ) -> AttributeClaim:
        value_node = _need(node, values, "value", what, "the expected value")
        value = read_text(value_node, f"'value' in {what}").strip()
        check_phrase(value_node, value, f"'value' in {what}")
        names: tuple[Term, ...] = (Term(text=value),)
        if "aliases" in values:
            aliases = self.terms(values["aliases"], f"'aliases' in {what}").terms
            names = _unique(names, aliases)
        rivals = self.terms(
            _need(node, values, "rivals", what, "the values that contradict it"),
            f"'rivals' in {what}",
        )
        return AttributeClaim(
            **common,
            description=value,
            value=Terms(terms=names),
            rivals=rivals,
        )

    def _entity(
        self, node: Node, values: dict[str, Node], what: str, common: dict[str, Any]
    ) -> EntityClaim:
        name_node = _need(node, values, "name", what, "the name that should appear")
        name = read_text(name_node, f"'name' in {what}").strip()
        check_phrase(name_node, name, f"'name' in {what}")
        names: tuple[Term, ...] = (Term(text=name),)
        if "aliases" in values:
            what_aliases = f"'aliases' in {what}"
            aliases = self.terms(values["aliases"], what_aliases, allow_regex=False)
            if any(t.is_regex for t in aliases.terms):
                fail(
                    values["aliases"],
                    f"{what_aliases} refers to a vocabulary with regular expressions; "
                    "names are matched by spelling, so list them as plain text",
                )
            names = _unique(names, aliases.terms)
        max_errors = _optional(values, "max_errors", read_count, None, what)
        return EntityClaim(
            **common,
            description=name,
            names=Terms(terms=names),
            max_errors=max_errors,
        )


# --- values -----------------------------------------------------------------


def _unique(*groups: tuple[Term, ...]) -> tuple[Term, ...]:
    """The terms of all groups in order, each once."""
    return tuple(dict.fromkeys(t for group in groups for t in group))


def _need(node: Node, values: dict[str, Node], key: str, what: str, hint: str) -> Node:
    if key not in values:
        fail(node, f"{what} has no {key!r}; add '{key}:' with {hint}")
    return values[key]


def _read_direction(node: Node, what: str) -> Direction | None:
    return read_enum(node, Direction, what)


def _read_scope(node: Node, what: str) -> Scope | None:
    return read_enum(node, Scope, what)


def _read_outdated(node: Node, what: str) -> OutdatedPolicy | None:
    return read_enum(node, OutdatedPolicy, what)


# --- corpus -----------------------------------------------------------------
