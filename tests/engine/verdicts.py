"""What a claim's plain sentence finds in a one-sentence article, as the
statement tests read it; what each bound figure of a short text is about,
as the scope tests read it."""

from __future__ import annotations

from pathlib import Path

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Lexicon, Mention, build_lexicon, index_article
from claimcheck.engine.statements import agrees, find_statement, parse_sentence
from claimcheck.engine.terms import Terms
from claimcheck.suite.loader import load_assertion_file
from tests.engine.test_generality import verdict_of

__all__ = ["bound_mentions", "no_vocabulary", "suite_verdict", "verdicts"]


def no_vocabulary(name: str) -> Terms:
    """A vocabulary for sentences that name none."""
    raise AssertionError(name)


def verdicts(claim: str, text: str) -> set[bool | None]:
    """How each clause of ``text`` found for ``claim`` puts it (see
    :func:`claimcheck.engine.statements.agrees`)."""
    sentence = parse_sentence(claim, no_vocabulary)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    return {agrees(sentence, m.cues) for m in find_statement(index, sentence)}


def bound_mentions(text: str, lexicon: Lexicon) -> dict[str, Mention]:
    """The mentions of ``text`` bound to a measure word, by their figure's
    text, every reading run (see :func:`claimcheck.engine.index.index_article`)."""
    index = index_article(parse_article(text, path="a.txt"), lexicon, read_all=True)
    return {m.quantity.text: m for m in index.mentions if m.bound is not None}


def suite_verdict(tmp_path: Path, suite: str, claim_id: str, text: str) -> str:
    """The verdict ``suite``'s claim ``claim_id`` (an assertion file's text)
    gives a one-paragraph article ``text``."""
    path = tmp_path / "c.yaml"
    path.write_text(suite, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    return verdict_of({c.id: c for c in loaded.claims}, claim_id, text + "\n")
