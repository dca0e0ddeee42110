"""Patterns compiled at first use: same results, nothing big compiled at import."""

from __future__ import annotations

import re
import subprocess
import sys

import regex

from claimcheck.engine.patterns import lazy, lazy_re


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
        "from claimcheck.engine.numbers import vocabulary as v\n"
        "lazy = [v.MASTER, v.RATE, v.PREFIX, v.TRIGGER]\n"
        "print(sum(vars(p)['_compiled'] is not None for p in lazy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"
