"""A failing pair as pytest shows it: the claim, the article lines, the place.

The text is a plain ``str`` in the style of pytest's doctest failures: the
claim, numbered article lines around each disagreeing mention with the span
marked, and a last ``path:line:col: message`` line that editors jump to.
"""

from __future__ import annotations

import unicodedata

from claimcheck.claims import Claim
from claimcheck.engine.articles import Article
from claimcheck.engine.match import Evidence, Verdict, VerdictKind
from claimcheck.reports.evidence_limit import kept_evidence, more_mentions
from claimcheck.reports.records import quoted_bounds, source_record, source_text

__all__ = ["render_failure", "render_missing"]

#: characters of context shown on each side of a span in a long line
EXCERPT = 70
#: lines of a wrapped sentence shown on each side of the span's line
SENTENCE_LINES = 4


def _claim_header(claim: Claim) -> str:
    text = f"{claim.id} ({claim.kind.value})"
    if claim.description:
        # one line, whatever the YAML held: a line break could forge a line
        # of the run's output (a CI's "::error ..."), an escape clear a screen
        text += f": {_visible(' '.join(claim.description.split()))}"
    return text


def _excerpt(article: Article, start: int, end: int) -> list[str]:
    """The numbered lines of the sentence holding a span, the span marked with
    carets under its line; a sentence wrapped over several lines shows them all
    (at most :data:`SENTENCE_LINES` on each side of the span's line).  Lines
    are numbered as in the article's file (for a web page, where each line of
    its text starts in the page).
    """
    line, column = article.text_position(start)
    first, last = quoted_bounds(article, start, end)
    first_line = max(article.text_position(first)[0], line - SENTENCE_LINES)
    last_line = min(max(article.text_position(last)[0], line), line + SENTENCE_LINES)
    text = article.line_text(line)
    span_end = min(end - article.line_starts[line - 1], len(text))
    lo = max(0, column - 1 - EXCERPT)
    hi = min(len(text), span_end + EXCERPT)
    shown = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    offset = column - 1 - lo + (1 if lo else 0)
    numbers = {
        n: article.position(article.line_starts[n - 1])[0]
        for n in range(first_line, last_line + 1)
    }
    numbers[line] = article.position(start)[0]
    width = len(str(max(article.position(len(article.text))[0], *numbers.values())))
    out = [
        f"{numbers[n]:0{width}d} {_clip(article.line_text(n))}"
        for n in range(first_line, line)
    ]
    marks = _marks(shown, offset, offset + span_end - (column - 1))
    out.append(f"{numbers[line]:0{width}d} {_visible(shown)}")
    out.append(" " * (width + 1) + marks)
    out += [
        f"{numbers[n]:0{width}d} {_clip(article.line_text(n))}"
        for n in range(line + 1, last_line + 1)
        if article.line_text(n).strip()
    ]
    return out


def _visible(text: str) -> str:
    r"""``text`` with every character a terminal shows as nothing (zero-width
    space, soft hyphen, byte order mark, direction marks, control characters)
    written as its escape, as the location line quotes it (``\u200b``)."""
    return "".join(map(_shown_as, text)) if not text.isprintable() else text


def _shown_as(char: str) -> str:
    if char == "\t" or unicodedata.category(char) not in _UNSEEN:
        return char
    return repr(char)[1:-1]


#: categories drawn as nothing, or as a terminal chooses: format and control
#: characters, separators of lines and paragraphs, surrogates, private use,
#: unassigned code points
_UNSEEN = frozenset(["Cf", "Cc", "Zl", "Zp", "Cs", "Co", "Cn"])


def _marks(text: str, start: int, end: int) -> str:
    """Carets under ``text[start:end]`` as a terminal draws ``_visible(text)``:
    an escaped character is as wide as its escape, a wide (East Asian)
    character two columns, a combining mark none, and a tab stays a tab."""
    pad = "".join(map(_blank, text[:start]))
    width = sum(len(_blank(c)) for c in text[start:end])
    return pad + "^" * max(1, width)


def _blank(char: str) -> str:
    """The blank as wide as ``char`` is drawn."""
    if char == "\t":
        return char
    shown = _shown_as(char)
    if shown != char:
        return " " * len(shown)
    if unicodedata.category(char) in ("Mn", "Me"):
        return ""
    return "  " if unicodedata.east_asian_width(char) in ("W", "F") else " "


def _clip(text: str) -> str:
    text = text if len(text) <= 2 * EXCERPT else text[: 2 * EXCERPT] + "…"
    return _visible(text)


def render_failure(verdict: Verdict, claim: Claim, article: Article) -> str:
    """A discrepancy as pytest shows it: claim, marked article lines, location."""
    preposition = "in" if verdict.kind is VerdictKind.MISSING else "by"
    source = source_text(source_record(article.metadata))
    lines = [
        _claim_header(claim),
        f"{verdict.kind.value} {preposition} {article.path}"
        + (f" ({source})" if source else ""),
        "",
    ]
    shown, left_out = kept_evidence(
        [e for e in verdict.evidence if e.compatible is False] or verdict.evidence
    )
    for e in shown:
        lines += _excerpt(article, e.start, e.end)
        lines.append(f"    {e.text!r}: {e.reason}")
        lines.append("")
    if left_out:
        lines += [more_mentions(left_out), ""]
    if verdict.kind is VerdictKind.MISSING:
        lines += _missing_lines(verdict, article)
    first = shown[0] if shown else None
    lines.append(_location_line(verdict, claim, article, first))
    return "\n".join(lines)


def _missing_lines(verdict: Verdict, article: Article) -> list[str]:
    if not verdict.candidates:
        return ["no sentence of the article comes close to the claim", ""]
    lines = ["nearest sentences:"]
    for start, end in verdict.candidates:
        line, column = article.position(start)
        # a sentence wrapped over lines is quoted on one
        sentence = " ".join(article.text[start:end].split())
        lines.append(f"  {line}:{column}: {_clip(sentence)}")
    lines.append("")
    return lines


def _location_line(
    verdict: Verdict, claim: Claim, article: Article, evidence: Evidence | None
) -> str:
    if evidence is not None:
        line, column = article.position(evidence.start)
        return (
            f"{article.path}:{line}:{column}: {claim.id} {verdict.kind.value}:"
            f" {evidence.text!r} {evidence.reason}"
        )
    if verdict.candidates:
        line, column = article.position(verdict.candidates[0][0])
    else:
        line, column = article.position(article.body_start)
    return (
        f"{article.path}:{line}:{column}: {claim.id} {verdict.kind.value}:"
        " the article does not state it"
    )


def render_missing(verdict: Verdict, claim: Claim) -> str:
    """The skip reason of a missing, not required, fact, or of an outdated one."""
    if verdict.kind is VerdictKind.OUTDATED:
        said = next((e for e in verdict.evidence if e.compatible), None)
        quote = f": {said.text!r} {said.reason}" if said else ""
        return f"{claim.id}: outdated in {verdict.article}{quote}"
    return f"{claim.id}: not stated in {verdict.article}"
