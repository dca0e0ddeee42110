"""Article -> ArticleIndex: quantities, clauses and what each number measures.

The index is built once per article and shared by every claim that checks it;
the binding rule itself lives in :mod:`claimcheck.engine.binding`.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
from dataclasses import dataclass, field
from typing import Any

from claimcheck.engine.additions import additions_apart
from claimcheck.engine.answers import asked_above, prior_measure
from claimcheck.engine.articles import Article
from claimcheck.engine.asides import predicate_past_asides
from claimcheck.engine.binding import Binding, Rule, bind
from claimcheck.engine.changedto import changed_to
from claimcheck.engine.clauses import clause_cuts, scope_window
from claimcheck.engine.cues import Cues
from claimcheck.engine.durations import TIME_UNITS, ended_after
from claimcheck.engine.elided import corrected
from claimcheck.engine.groups import grouped
from claimcheck.engine.itresumes import resumed_by_it
from claimcheck.engine.lastfitting import LastFitting
from claimcheck.engine.lastreadings import read_last
from claimcheck.engine.lexicon import GENERIC_MEASURES, Lexicon, build_lexicon, kind_of
from claimcheck.engine.multiples import split_multiples
from claimcheck.engine.neighbours import event_at_place
from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.patterns import lazy
from claimcheck.engine.qualified import row_noun
from claimcheck.engine.reach import reach
from claimcheck.engine.remainders import remainders
from claimcheck.engine.rows import row_unit
from claimcheck.engine.scope import Scope, combined, scope_of
from claimcheck.engine.slotinit import slot_init
from claimcheck.engine.steps import with_step
from claimcheck.engine.sums import split_amounts, summed
from claimcheck.engine.terms import Terms, normalize
from claimcheck.engine.timeparts import joined_parts
from claimcheck.engine.toldparts import parts_told
from claimcheck.engine.universals import every_one, shared
from claimcheck.engine.wordsearch import WordTable
from claimcheck.errors import PatternTimeoutError

__all__ = [
    "GENERIC_MEASURES",
    "ArticleIndex",
    "Lexicon",
    "Mention",
    "build_lexicon",
    "index_article",
    "time_limit",
]


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A quantity in an article, with the clause it sits in and its binding."""

    quantity: Quantity
    sentence: tuple[int, int]
    clause: tuple[int, int]
    #: span of the measure word the quantity counts, if any
    bound: tuple[int, int] | None
    #: which rule of the binding rule bound it ("object", "subject", "nearest",
    #: "counted noun", "resumed"...; see :mod:`claimcheck.engine.binding`)
    rule: Rule = ""
    #: one figure for two measures joined by or/and ("1,800 dead or injured")
    combined: bool = False
    #: what the figure is about when not the whole (see
    #: :mod:`claimcheck.engine.scope`), and the words that say so
    scope: Scope = ""
    qualifier: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleIndex:
    """What claims need from one article, computed once."""

    article: Article
    mentions: tuple[Mention, ...]
    #: quantities of each paragraph read so far, by (start, end)
    _quantities: dict[tuple[int, int], tuple[Quantity, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: clauses of each sentence cut so far, by (start, end)
    _clauses: dict[tuple[int, int], tuple[tuple[int, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _hits: dict[Any, tuple[tuple[int, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: the folded text and each sentence's words, computed on first use
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: seconds one pattern may run over a megabyte of text (None: no limit)
    regex_timeout: float | None = field(default=None, compare=False)

    def hits(self, terms: Terms) -> tuple[tuple[int, int], ...]:
        """Every (start, end) where ``terms`` match the article's body.

        Raises :class:`PatternTimeoutError` when the pattern runs past
        ``regex_timeout`` (analysts' patterns can backtrack catastrophically).
        """
        # claims naming the same phrases share one search
        phrases = terms.phrases
        key: Any = phrases or id(terms)
        found = self._hits.get(key)
        if found is None:
            body = self.article.text
            limit = time_limit(self.regex_timeout, body)
            try:
                found = tuple(
                    terms.spans(
                        body,
                        self.article.body_start,
                        timeout=limit,
                        folded=self.folded,
                        table=None if phrases is None else self.words,
                    )
                )
            except TimeoutError as exc:
                shown = ", ".join(repr(t.text) for t in terms.terms if t.is_regex)
                raise PatternTimeoutError(
                    f"pattern {shown or repr(str(terms))} ran past its time limit"
                    f" ({limit:.3g} s) on {self.article.path}"
                ) from exc
            self._hits[key] = found
        return found

    @property
    def folded(self) -> str:
        """The text as :func:`claimcheck.engine.terms.normalize` gives it (kept)."""
        found: str | None = self._memo.get("folded")
        if found is None:
            found = self._memo["folded"] = normalize(self.article.text)
        return found

    @property
    def words(self) -> WordTable:
        """Where each word of the folded body stands (kept): phrases of plain
        words are looked up there."""
        found: WordTable | None = self._memo.get("words")
        if found is None:
            found = self._memo["words"] = WordTable(
                self.folded, self.article.body_start
            )
        return found

    def sentence_words(self) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """Each sentence with its words of four letters or more, case folded."""
        found: tuple[tuple[int, int, frozenset[str]], ...] | None = self._memo.get(
            "sentence words"
        )
        if found is None:
            text = self.article.text
            findall = KEYWORD.findall
            # each distinct word folded once
            found = self._memo["sentence words"] = tuple(
                (
                    start,
                    end,
                    frozenset(map(str.casefold, set(findall(text, start, end)))),
                )
                for start, end in self.article.sentences
            )
        return found

    def hits_between(self, terms: Terms, start: int, end: int) -> list[tuple[int, int]]:
        """The hits of ``terms`` lying inside ``[start, end)``."""
        return [h for h in self.hits(terms) if h[0] >= start and h[1] <= end]

    def clause_at(self, offset: int) -> tuple[int, int]:
        """The clause holding ``offset``."""
        clauses = self.clauses_of(self.article.sentence_at(offset))
        i = bisect.bisect_right(clauses, (offset, len(self.article.text) + 1)) - 1
        return clauses[max(i, 0)]

    def clauses_of(self, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The clauses of one sentence, in order (cut once, then kept)."""
        found = self._clauses.get(sentence)
        if found is None:
            start, end = sentence
            # the paragraph's quantities are in order of position
            paragraph = self.quantities_of(self.article.paragraph_at(start))
            first = bisect.bisect_left(paragraph, start, key=_START)
            inside = []
            for q in paragraph[first:]:
                if q.start >= end:
                    break
                if q.end <= end:
                    inside.append(q)
            found = tuple(
                itertools.pairwise(clause_cuts(self.article.text, start, end, inside))
            )
            self._clauses[sentence] = found
        return found

    def quantities_of(self, paragraph: tuple[int, int]) -> tuple[Quantity, ...]:
        """Every quantity of one paragraph (read once, then kept)."""
        found = self._quantities.get(paragraph)
        if found is None:
            start, end = paragraph
            text = self.article.text
            found = read_quantities(text[start:end], offset=start, article=text)
            found = joined_parts(text, remainders(text, found, start, end))
            self._quantities[paragraph] = found
        return found


_START = operator.attrgetter("start")

#: a word that counts when sentences are compared with a claim's words
KEYWORD = lazy(r"[^\W\d_]{4,}")


def time_limit(per_megabyte: float | None, text: str) -> float | None:
    """The seconds a pattern may run over ``text``: the limit per started MB."""
    if per_megabyte is None:
        return None
    return per_megabyte * max(1.0, len(text) / 1_000_000)


def index_article(
    article: Article,
    lexicon: Lexicon,
    *,
    regex_timeout: float | None = None,
    read_all: bool = False,
) -> ArticleIndex:
    """Read the quantities of ``article`` and bind each to its measure word.

    A number binds only to a measure word of its own clause, so only the
    paragraphs holding a measure word are read; ``read_all`` reads every
    paragraph (``claimcheck extract`` lists every quantity).  Other
    paragraphs are read if a claim asks for their clauses.

    ``regex_timeout`` bounds every pattern run (see :func:`time_limit`); the
    measure words of the suite running past it raise
    :class:`PatternTimeoutError`.
    """
    text = article.text
    limit = time_limit(regex_timeout, text)
    index = ArticleIndex(article=article, mentions=(), regex_timeout=regex_timeout)
    try:
        # (the table of the article's words is kept: claims look up theirs)
        measure_hits = lexicon.spans(
            text,
            article.body_start,
            timeout=limit,
            folded=index.folded,
            words=lambda: index.words,
        )
    except TimeoutError as exc:
        raise PatternTimeoutError(
            f"{article.path}: the measure words of the suite ran past their time"
            f" limit ({limit:.3g} s)"
        ) from exc
    # a quantity never spans paragraphs, so each is read on its own
    quantities: list[Quantity] = []
    hi = 0
    for paragraph in article.paragraphs:
        start, end = paragraph
        while hi < len(measure_hits) and measure_hits[hi][0] < start:
            hi += 1
        if (
            read_all
            or (hi < len(measure_hits) and measure_hits[hi][0] < end)
            # a number joined to a measure noun ("a 40-vehicle pile-up")
            or lexicon.joins_noun(text, start, end)
            or asked_above(text, start)  # the answer to "How many died?"
        ):
            quantities += index.quantities_of(paragraph)
    mentions: list[Mention] = []
    cues = Cues(text, index.folded, figures=len(quantities))
    qi = 0
    hi = 0
    for number, sentence in enumerate(article.sentences):
        s_start, s_end = sentence
        while qi < len(quantities) and quantities[qi].start < s_start:
            qi += 1
        first = qi
        while qi < len(quantities) and quantities[qi].end <= s_end:
            qi += 1
        if first == qi:
            continue
        while hi < len(measure_hits) and measure_hits[hi][0] < s_start:
            hi += 1
        sent_hits = []
        j = hi
        while j < len(measure_hits) and measure_hits[j][1] <= s_end:
            sent_hits.append(measure_hits[j])
            j += 1
        mentions += _bind_sentence(
            index,
            lexicon,
            number=number,
            quantities=quantities[first:qi],
            sent_hits=sent_hits,
            measure_hits=measure_hits,
            cues=cues,
        )
    mentions = parts_told(text, mentions, cues)  # "including 4 billion in labour"
    mentions = additions_apart(text, mentions, cues)  # "131 dead. A further 583 hurt"
    return dataclasses.replace(index, mentions=tuple(mentions))


def _bind_sentence(
    index: ArticleIndex,
    lexicon: Lexicon,
    *,
    number: int,
    quantities: list[Quantity],
    sent_hits: list[tuple[int, int]],
    measure_hits: list[tuple[int, int]],
    cues: Cues,
) -> list[Mention]:
    """The mentions of one sentence's quantities (see the binding rule)."""
    article = index.article
    text = article.text
    sentence = article.sentences[number]
    clauses = index.clauses_of(sentence)
    clause_starts = [c[0] for c in clauses]
    kinds = {h: lexicon.kinds_of(text[h[0] : h[1]]) for h in sent_hits}

    def generic(h: tuple[int, int]) -> bool:
        return lexicon.is_generic(text[h[0] : h[1]])

    out: list[Mention] = []
    previous_end: int | None = None
    #: where the quantities bound so far begin (they end a scope's window)
    counted: list[int] = []
    #: the measure words they are bound to
    earlier: list[tuple[int, int]] = []
    #: where a count summed across "and" ends ("two passenger trains and a
    #: freight train"): a number inside it is a part of that sum
    summed_end = open_end = -1
    #: per kind: the measure words that fit, per clause those in it and past asides
    fitting_of: dict[str, list[tuple[int, int]]] = {}
    clause_hits: dict[tuple[str, int], _ClauseHits] = {}
    last_fitting = LastFitting()
    for qi, q in enumerate(quantities):
        # the clauses cover the sentence, in order
        ci = bisect.bisect_right(clause_starts, q.start) - 1
        clause = clauses[ci]
        # "a driver and four passengers": one figure, bound in the clauses it
        # spans; none where a member has no count ("several hikers and two")
        group = None
        if q.start >= summed_end:
            group = grouped(text, q, quantities, sentence, sent_hits)
        if group is not None and group.total is None:
            summed_end = open_end = group.end
        if q.start < summed_end:
            rule: Rule = "group" if q.start < open_end else "sum"
            out.append(
                Mention(
                    quantity=q, sentence=sentence, clause=clause, bound=None, rule=rule
                )
            )
            previous_end = q.end
            continue
        if group is not None and group.total is not None:
            q, summed_end = group.total, group.end
            ci = bisect.bisect_right(clause_starts, q.start) - 1
            last = bisect.bisect_right(clause_starts, q.end - 1) - 1
            clause = (clauses[ci][0], clauses[last][1])
        q = row_unit(text, q, clauses[ci - 1], clause) if ci else q  # "Days: 17"
        q = changed_to(text, q, clause)  # "raised from 60 to 63": 63
        kind = kind_of(q.unit)
        fitting = fitting_of.get(kind)
        if fitting is None:
            fitting = fitting_of[kind] = [
                h
                for h in sent_hits
                if kinds[h] is None or kind in kinds[h]  # type: ignore[operator]
            ]

        def hits_in(
            c: tuple[int, int], fit: list[tuple[int, int]] = fitting
        ) -> list[tuple[int, int]]:
            # a measure word may run past a cut: "passengers | and crew"
            return [h for h in fit if c[0] <= h[0] < c[1]]

        found = clause_hits.get((kind, ci))
        if group is not None:
            found = (
                hits_in(clause),
                predicate_past_asides(text, clause, clauses, fitting),
            )
        elif found is None:
            found = clause_hits[kind, ci] = (
                hits_in(clause),
                predicate_past_asides(text, clause, clauses, fitting),
            )
        hits, resumed = found
        binding = bind(
            text,
            q,
            clause,
            hits,
            previous_end=previous_end,
            resumed=resumed,
            generic=generic,
            names_object=lexicon.names_object,
            cues=cues,
        )
        # "Without power | about 41,000 homes": a row's label names the measure
        # of a figure that opens its value, whatever thing it counts
        row = binding.rule == "counted noun" and not text[clause[0] : q.start].strip()
        if binding.bound is None and (not binding.rule or (row and ci > 0)):

            def prior(fit_kind: str = kind) -> tuple[int, int] | None:
                return prior_measure(article, lexicon, number, fit_kind, measure_hits)

            reached = reach(
                text,
                q,
                index=ci,
                clauses=clauses,
                hits_in=hits_in,
                prior=prior,
                last=last_fitting.last(out, kind, fitting),
                cues=cues,
                generic=generic,
            )
            binding = reached if not row or reached.rule == "label" else binding
        if binding.bound is None and not binding.rule:  # "in 2021 it fell to 48%"
            it = resumed_by_it(text, q, clause, sentence, fitting, cues=cues)
            binding = binding if it is None else Binding(it, "resumed")
        if binding.bound is None and q.unit in TIME_UNITS:  # "ended after a week"
            ended = ended_after(text, q, clauses, ci, hits_in)
            binding = binding if ended is None else Binding(ended, "object")
        if binding.bound is None and q.unit:  # "ended after 31 hours": "hours"
            own = [h for h in fitting if q.start < h[0] and h[1] <= q.end]
            if own and canonical_unit(text[own[-1][0] : own[-1][1]]) == q.unit:
                binding = Binding(own[-1], "unit")
        if binding.bound is None and not binding.rule:  # "a four-day strike"
            at = (number, clause)
            late = read_last(article, lexicon, q, measure_hits, at=at, kind=kind)
            binding = binding if late is None else late
        # "12,000 were treated in hospital": not those in hospital now
        binding = event_at_place(text, binding, hits, cues=cues)
        if binding.rule == "counted noun" and binding.bound is not None:
            following = quantities[qi + 1] if qi + 1 < len(quantities) else None
            total = summed(text, q, binding.bound, sentence[1], following)
            if total is not None:
                q, summed_end = total, total.end
                binding = Binding(binding.bound, "sum")
        # "All 52 passengers on board were killed": aboard and killed
        binding, also, floor = shared(text, q, binding, fitting, sentence[1], cues=cues)
        also += row_noun(text, binding, fitting) if binding.rule == "label" else ()
        scope: Scope = ""
        qualifier = None
        if binding.bound is not None:
            # only a bound figure is ever evidence, so only its scope is read
            scope, qualifier = scope_of(
                text,
                q,
                scope_window(text, clauses, ci, counted),
                clause[1],
                bound=binding.bound,
                hits=sent_hits,
                earlier=earlier,
                counts_noun=binding.rule == "counted noun",
                own=clause[0],
                cues=cues,
            )
            counted.append(q.start)
            earlier.append(binding.bound)
        out.append(
            Mention(
                quantity=q,
                sentence=sentence,
                clause=clause,
                bound=binding.bound,
                rule=binding.rule,
                combined=binding.bound is not None
                and combined(
                    text, binding.bound, sent_hits, cues=cues, figure=(q.start, q.end)
                ),
                scope=scope,
                qualifier=qualifier,
            )
        )
        out[-1:] = every_one(out[-1], also, floor, text=text, hits=sent_hits, cues=cues)
        out[-1:] = with_step(out[-1], text, sent_hits, kinds)  # "from 5.25% to 5%"
        split_multiples(text, out, cues)  # "four fines of $15 million each"
        split_amounts(text, out, sentence[1], cues)
        corrected(out, binding.rule)  # "said 212 were killed; 240 were"
        previous_end = q.end
    return out


_ClauseHits = tuple[list[tuple[int, int]], tuple[int, int] | None]
