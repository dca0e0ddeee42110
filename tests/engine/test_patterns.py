"""Patterns compiled at first use: same results, nothing big compiled at import."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.engine import patterns, statementclauses
from claimcheck.engine.patterns import (
    BACKWARD,
    _GuardedPattern,
    _LazyPattern,
    any_piece,
    folds_plainly,
    guarded,
    joint_guard,
    lazy,
    lazy_re,
)
from claimcheck.engine.terms import normalize


def _compiled(pattern: object) -> object:
    return vars(pattern)["_compiled"]


def test_compiles_at_first_use_only() -> None:
    pattern = lazy(r"(?P<n>\d+)\s*km", regex.IGNORECASE)
    assert _compiled(pattern) is None
    found = pattern.search("drove 12 KM home")
    assert found is not None and found.group("n") == "12"
    assert _compiled(pattern) is not None
    # the bound method is kept: the next lookup skips __getattr__
    assert "search" in vars(pattern)
    assert pattern.flags & regex.IGNORECASE


def test_stdlib_engine_gives_the_same_matches() -> None:
    source = r"\b(?:one|two|three)\b|\d+"
    text = "one of 12 and Two, three42 three"
    assert lazy_re(source).findall(text) == re.compile(source).findall(text)
    assert lazy(source).findall(text) == regex.compile(source).findall(text)


def test_dunder_lookups_do_not_compile() -> None:
    pattern = lazy(r"(")  # broken: compiling would raise
    assert not hasattr(pattern, "__array__")
    assert _compiled(pattern) is None


def test_importing_the_plugin_compiles_no_number_grammar() -> None:
    code = (
        "import claimcheck.plugin\n"
        "from claimcheck.engine.numbers import rate, vocabulary as v\n"
        "lazy = [v.MASTER, rate.RATE, v.PREFIX, v.TRIGGER]\n"
        "print(sum(vars(p)['_compiled'] is not None for p in lazy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


# -- guards: a pattern run only where its words stand ---------------------------


def _guarded_patterns() -> list[tuple[str, Any]]:
    """Every guarded pattern of the engine's modules, by qualified name."""
    found = []
    for info in pkgutil.walk_packages(engine.__path__, "claimcheck.engine."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, _GuardedPattern):
                found.append((f"{info.name}.{name}", value))
    return found


GUARDED = _guarded_patterns()


def test_the_engine_guards_its_cue_patterns() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in GUARDED}
    assert {"_NEGATION", "_MODAL", "_INTENT", "_INTERIM", "_FIGURE_MODAL"} <= names


def _words_of(guard: Any) -> list[str]:
    """The words a guarded pattern is written with, in the order it names
    them, then its guard's pieces."""
    source = regex.sub(r"\\[a-zA-Z]", " ", guard.pattern.pattern)
    words = regex.findall(r"[a-z]+(?:['’][a-z]+)?", source)
    words += [p for group in guard.groups for ps in group for p in ps]
    return list(dict.fromkeys(words))


#: characters that fold to ASCII letters, or fold to two
_ODD = {"s": "ſ", "k": "\u212a", "i": "İ", "t": "T", "o": "Ö", "a": "’"}


@st.composite
def _text_near(draw: st.DrawFn, words: list[str]) -> str:
    """Text made of ``words`` and a few others, cased and spelled oddly."""
    # words in the order the pattern names them make its matches likely
    chosen = draw(st.lists(st.integers(0, len(words) - 1), max_size=4))
    if draw(st.integers(0, 3)):
        chosen.sort()
    others = draw(
        st.lists(st.sampled_from(["the", "said", "they", "it", "19", "x"]), max_size=3)
    )
    tokens = others + [words[i] for i in chosen]
    end_on_word = draw(st.integers(0, 1))
    out = []
    for token in tokens:
        style = draw(st.integers(0, 5))
        if style == 1:
            token = token.upper()
        elif style == 2:
            token = token.capitalize()
        elif style == 3 and token:
            i = draw(st.integers(0, len(token) - 1))
            token = token[:i] + _ODD.get(token[i], token[i].upper()) + token[i + 1 :]
        out.append(token)
        out.append(draw(st.sampled_from([" ", " ", "  ", ", ", "\n", "-", "’", "."])))
    if out and end_on_word:
        out.pop()  # end on a word
    return "".join(out)


@pytest.mark.parametrize(("name", "guard"), GUARDED, ids=[n for n, _ in GUARDED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_guard_never_skips_a_match(
    name: str, guard: Any, data: st.DataObject
) -> None:
    text = data.draw(_text_near(_words_of(guard)))
    found = guard.pattern.search(text)
    if found is not None:
        assert guard.may_match(text), (name, text, found.group())
    # the guarded pattern gives what the pattern gives
    assert (guard.search(text) is None) == (found is None)
    assert guard.findall(text) == guard.pattern.findall(text)
    assert guard.sub(" ", text) == guard.pattern.sub(" ", text)
    # and so do its test and count, which read the folded text where they can
    assert guard.found(text) == (found is not None), (name, text)
    assert guard.count(text) == len(guard.pattern.findall(text)), (name, text)
    # and so does a match or a search in part of it
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for method in ("match", "search"):
        got = getattr(guard, method)(text, pos, endpos)
        want = getattr(guard.pattern, method)(text, pos, endpos)
        assert (got and got.span()) == (want and want.span()), (name, method, text)
    want = guard.pattern.search(text, pos, endpos)
    assert guard.found_in(text, pos, endpos) == (want is not None), (name, text, pos)
    # the span of a search in part of it, found on the folded text, is the
    # pattern's own
    got_span = guard.span_in(text, pos, endpos)
    assert got_span == (want and want.span()), (name, text, pos, endpos)


#: text each guarded pattern matches, cased and typeset as articles do
_MATCHED = {
    "_INTENT": [
        "The Mayor faced CALLS to ",
        "they Demanded that the chief ",
        "Hopes to be ",
    ],
    "_NOT_DONE": ["He REFUSED to ", "has yet to have ", "the board failed\nto be "],
    "_POSSIBILITY": ["Police could not RULE OUT", "we can't be excluded"],
    "_FIGURE_INTENT": ["it PLANS to", "Vowed to"],
    "_NEED_BEFORE": ["it Needed at least ", "REQUIRES the "],
    "_INTERIM": ["the toll, SO FAR", "as the search Goes On", "Not yet final"],
    "_MODAL": ["Should", "it MIGHT", "could"],
    "_FUTURE": ["they’ll", "We'LL", "it WILL"],
    "_WOULD": ["it Would"],
    "_REPORTED": ["SAYING", "it told", "Announced"],
    "_TOPIC": ["feared the ", "TALKS ON ", "the threat of "],
    "_CONDITION_AFTER": ["IF it", "unless", "as long as"],
    "_NEGATION": ["it isn’t", "NO ONE", "Cannot"],
    "_DENIAL": ["She DENIES", "rejected the reports"],
    "_FORECAST": ["points to", "On Track For"],
}


@pytest.mark.parametrize(("name", "guard"), GUARDED, ids=[n for n, _ in GUARDED])
def test_a_guard_lets_matches_through(name: str, guard: Any) -> None:
    for text in _MATCHED.get(name.rsplit(".", 1)[1], []):
        assert guard.pattern.search(text) is not None, text
        assert guard.search(text) is not None, text
        assert guard.found(text), text
        assert guard.count(text) == len(guard.pattern.findall(text)), text


def test_a_guard_skips_text_without_its_pieces() -> None:
    pattern = guarded(lazy(r"\bnot\b|\bnever\b", regex.IGNORECASE), "not", "never")
    assert pattern.search("They NEVER came") is not None
    assert vars(pattern.pattern)["_compiled"] is not None
    text = "They came"
    assert pattern.search(text) is None
    assert pattern.findall(text) == []
    assert pattern.sub("_", text) is text
    # only the slice searched counts
    assert pattern.search("not here", 4) is None
    assert pattern.search("it is not", 3, 9) is not None


def test_a_guard_needs_one_piece_of_each_set() -> None:
    pattern = guarded(
        lazy(r"\b(?:plan|hope)\w*\s+to\b", regex.IGNORECASE), "plan|hope to"
    )
    assert pattern.search("Hopes to win") is not None
    assert not _GuardedPattern.may_match(pattern, "hoping for a win")  # type: ignore[arg-type]
    assert not _GuardedPattern.may_match(pattern, "went to town")  # type: ignore[arg-type]
    # a letter beyond ASCII may fold unlike its look: such text is searched
    assert _GuardedPattern.may_match(pattern, "went İn")  # type: ignore[arg-type]
    assert not _GuardedPattern.may_match(pattern, "went “in”")  # type: ignore[arg-type]


def _fits_by_groups(guard: Any, folded: str) -> bool:
    """A guard's test written the plain way: one group whose every set has
    a piece in the text."""
    return any(
        all(any(piece in folded for piece in pieces) for pieces in group)
        for group in guard.groups
    )


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_guard_tests_its_groups_as_written(data: st.DataObject) -> None:
    # (the test is compiled into one expression: it must say what the groups say)
    name, guard = data.draw(st.sampled_from(GUARDED))
    words = [p for group in guard.groups for ps in group for p in ps] + ["x", "e"]
    chosen = data.draw(st.lists(st.sampled_from(words), max_size=5))
    text = " ".join(chosen)
    assert guard.may_match(text) == _fits_by_groups(guard, text), (name, text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_joint_guard_skips_only_what_each_guard_skips(data: st.DataObject) -> None:
    chosen = data.draw(st.lists(st.sampled_from(GUARDED), min_size=1, max_size=4))
    guards = [guard for _, guard in chosen]
    words = [w for guard in guards for w in _words_of(guard)]
    text = data.draw(_text_near(words))
    part = text[: data.draw(st.integers(0, len(text)))]
    if not joint_guard(*guards)(text):
        for guard in guards:
            assert not guard.may_match(text) and not guard.may_match(part), text
            assert guard.pattern.search(text) is None, text
    # the text fits the joint guard wherever it fits one of the guards
    if any(guard.may_match(text) for guard in guards):
        assert joint_guard(*guards)(text), text


def test_a_joint_guard_takes_guarded_patterns_only() -> None:
    with pytest.raises(TypeError, match="guarded"):
        joint_guard(lazy("not"))


def test_guard_pieces_must_be_case_folded() -> None:
    with pytest.raises(ValueError, match="case-folded"):
        guarded(lazy("Not"), "Not")
    with pytest.raises(ValueError, match="case-folded"):
        guarded(lazy("not"))


# -- patterns searched backwards (BACKWARD): only asked whether they match -----


def _backward_patterns() -> list[tuple[str, Any]]:
    """Every pattern of the engine's modules compiled with BACKWARD."""
    found = []
    for info in pkgutil.walk_packages(engine.__path__, "claimcheck.engine."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            lazy_pattern = (
                value.pattern if isinstance(value, _GuardedPattern) else value
            )
            if isinstance(lazy_pattern, _LazyPattern) and (
                vars(lazy_pattern)["_flags"] & BACKWARD
            ):
                found.append((f"{info.name}.{name}", lazy_pattern))
    return found


BACKWARDS = _backward_patterns()


def test_the_engine_searches_some_patterns_backwards() -> None:
    assert "claimcheck.engine.changes._CHANGE_BEFORE" in {n for n, _ in BACKWARDS}


@pytest.mark.parametrize(("name", "pattern"), BACKWARDS, ids=[n for n, _ in BACKWARDS])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_backward_pattern_matches_where_its_forward_twin_does(
    name: str, pattern: Any, data: st.DataObject
) -> None:
    compiled = pattern.compiled()
    forward = regex.compile(compiled.pattern, compiled.flags & ~BACKWARD)
    words = regex.findall(r"[a-z]+", regex.sub(r"\\[a-zA-Z]", " ", compiled.pattern))
    words += ["the", "to", "12", "300"]
    tokens = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(list(dict.fromkeys(words))),
                st.sampled_from([" ", "  ", ", ", "\n", "-", "’", ".", " 40 "]),
            ),
            max_size=8,
        )
    )
    text = "".join(
        (word.upper() if i % 3 == 1 else word) + gap
        for i, (word, gap) in enumerate(tokens)
    )
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert (compiled.search(text, pos, endpos) is None) == (
        forward.search(text, pos, endpos) is None
    ), (name, text, pos, endpos)


# -- text that folds plainly: a case-sensitive search of the folded text ----------


def test_plain_marks_fold_to_one_character_of_the_same_kind() -> None:
    plain = [chr(c) for c in range(0x80, 0x3000) if folds_plainly(chr(c))] + [
        chr(c) for c in range(0x80)
    ]
    assert "’" in plain and "é" not in plain and "ʼ" not in plain
    for char in plain:
        folded = normalize(char)
        assert len(folded) == 1, char
        for kind in (r"\w", r"\s", r"\d", r"[^\W\d_]"):
            assert bool(regex.match(kind, char)) == bool(regex.match(kind, folded)), (
                char,
                kind,
            )
        if not ("A" <= char <= "Z"):
            assert folded == char or folded in "'-", char


def test_a_guard_folds_plain_text_as_case_folding_does() -> None:
    # every character beyond ASCII a guard folds is a mark that folds to
    # itself, so lowering the ASCII letters of its bytes is its case fold
    marks = [chr(c) for c in range(0x80, 0x110000) if folds_plainly(chr(c))]
    assert "’" in marks and "é" not in marks
    for mark in marks:
        assert mark.casefold() == mark, mark
    text = "North Korea’s “Storm Corps” — ÀB? " + "".join(marks) + "QUIT İt"
    for part in (text[:40], text[:-6], text, "A’B", "ſ’"):
        assert patterns._fold(part) == (
            part.casefold() if folds_plainly(part) else None
        ), part


@settings(max_examples=300, deadline=None)
@given(
    tokens=st.lists(
        st.tuples(
            st.sampled_from(
                ["but", "Though", "ALTHOUGH", "and", "So", "yet", "or", "dam", "12"]
            ),
            st.sampled_from([" ", ", ", ",", "; ", ":", ":3", "’", "—", "-", "\n"]),
        ),
        max_size=10,
    ),
    start=st.integers(0, 6),
)
def test_statement_cuts_read_on_the_folded_text_are_the_same(
    tokens: list[tuple[str, str]], start: int
) -> None:
    text = "".join(word + gap for word, gap in tokens)
    start = min(start, len(text))
    assert folds_plainly(text)
    folded = normalize(text)
    assert [
        (m.span(), m.lastgroup) for m in statementclauses._CUT.finditer(text, start)
    ] == [
        (m.span(), m.lastgroup)
        for m in statementclauses._CUT_FOLDED.finditer(folded, start)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["no", "n't", "n’t", "a'b", 'say "', "\\d", "é", "ss"]),
        min_size=1,
    ),
    st.text(alphabet="nosta'’\"\\dé ", max_size=30),
)
def test_a_piece_test_holds_where_a_piece_stands(pieces: list[str], text: str) -> None:
    # pieces with quotes, backslashes and letters beyond ASCII are written
    # into the test as they are
    assert any_piece(pieces)(text) == any(p in text for p in pieces)
