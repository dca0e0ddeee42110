"""What a quantity's mention says whatever the claim: worked out once per article.

Every quantity claim of a suite walks the mentions of an article, and most
of what it asks of a mention depends on the mention alone: whether its
figure states a change ("rose 300"), and the suppositions around it ("might
top 900").  :func:`mention_facts` keeps those answers with the index (they
die with it), each worked out the first time a claim asks, and finds the
mentions bound to a claim's measure words without walking the others.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from claimcheck.engine.changes import is_change
from claimcheck.engine.figure_cues import governing_clause, read_quantity_cues
from claimcheck.engine.polarity import Cues
from claimcheck.engine.relative import told_in_own_relative
from claimcheck.engine.unconfirmed import left_unconfirmed

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["MentionFacts", "mention_facts"]


class MentionFacts:
    """The claim-free facts of an index's mentions, by their place in
    ``index.mentions`` (the index is passed in, not kept: the facts are kept
    with it, and a cycle would outlive its last use)."""

    __slots__ = ("_by_bound", "_changes", "_compound", "_cues")

    def __init__(self, index: ArticleIndex) -> None:
        #: where each bound mention's measure word starts -> the mentions
        self._by_bound: dict[int, list[int]] = {}
        #: the mentions bound by a noun joined to their number ("a 40-vehicle
        #: pile-up"), which a claim may count though its terms start elsewhere
        self._compound: list[int] = []
        for at, mention in enumerate(index.mentions):
            if mention.bound is None:
                continue
            self._by_bound.setdefault(mention.bound[0], []).append(at)
            if mention.rule == "compound":
                self._compound.append(at)
        self._changes: dict[int, bool] = {}
        self._cues: dict[int, Cues] = {}

    def candidates(self, starts: Collection[int]) -> list[int]:
        """In order, the bound mentions whose measure word starts at one of
        ``starts``, and every compound one (the caller tests those)."""
        by_bound = self._by_bound
        if len(starts) <= len(by_bound):
            found = [at for start in starts for at in by_bound.get(start, ())]
        else:
            found = [
                at for start, ats in by_bound.items() if start in starts for at in ats
            ]
        if self._compound:
            return sorted(set(found).union(self._compound))
        found.sort()
        return found

    def is_change(self, index: ArticleIndex, at: int) -> bool:
        """Whether mention ``at``'s figure states a change ("rose 300"), read
        in its clause past its measure word; see
        :func:`claimcheck.engine.changes.is_change`."""
        found = self._changes.get(at)
        if found is None:
            mention = index.mentions[at]
            q = mention.quantity
            assert mention.bound is not None
            # the measure's own words ("brought down 35 people") are no
            # change word
            after = mention.bound[1] if mention.bound[1] <= q.start else 0
            text = index.article.text
            found = self._changes[at] = is_change(
                text,
                q,
                (max(mention.clause[0], after), mention.clause[1]),
                # "a $2.4 billion loss", for a claim measuring the loss: the
                # word right after the figure is the measure's own
                measure_after=q.end <= mention.bound[0]
                and not text[q.end : mention.bound[0]].strip(),
            )
        return found

    def cues(self, index: ArticleIndex, at: int) -> Cues:
        """The suppositions around mention ``at``'s figure, read in the clause
        that governs it, from the figure on when a relative clause of its own
        tells it (see :func:`claimcheck.engine.figure_cues.read_quantity_cues`)."""
        found = self._cues.get(at)
        if found is None:
            mention = index.mentions[at]
            q = mention.quantity
            text = index.article.text
            clause = governing_clause(index, mention.clause, mention.sentence)
            assert mention.bound is not None
            if told_in_own_relative(text, q.end, mention.bound):
                clause = (q.start, clause[1])  # what the sentence supposes is not its
            found = read_quantity_cues(
                text, sentence=mention.sentence, clause=clause, start=q.start, end=q.end
            )
            if left_unconfirmed(
                text, index.folded, (q.start, q.end), mention.sentence
            ):  # "put the toll at 900, but officials have not confirmed it"
                found = Cues(suppositions=found.suppositions | {"unconfirmed"})
            # most figures are supposed by nothing: one object for them all
            found = self._cues[at] = _PLAIN if found == _PLAIN else found
        return found


#: the cues of a figure that nothing supposes
_PLAIN = Cues()


def mention_facts(index: ArticleIndex) -> MentionFacts:
    """The facts of ``index``'s mentions (made on first use, kept with it)."""
    found: MentionFacts | None = index._memo.get("mention facts")
    if found is None:
        found = index._memo["mention facts"] = MentionFacts(index)
    return found
