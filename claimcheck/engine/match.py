"""(Claim, ArticleIndex) -> Verdict with Evidence spans."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from claimcheck.claims import (
    AttributeClaim,
    Claim,
    QuantityClaim,
    StatementClaim,
)
from claimcheck.engine.activeverbs import active_hits, active_measure
from claimcheck.engine.befallen import befallen_starts, own_group
from claimcheck.engine.capacities import names_limit
from claimcheck.engine.careverbs import cared_for
from claimcheck.engine.changes import direction_of
from claimcheck.engine.combined import claims_both
from claimcheck.engine.context import (
    names_scope,
    other_subject,
    owns,
)
from claimcheck.engine.delays import told_as_delay
from claimcheck.engine.eitherstates import either_state
from claimcheck.engine.elsewhere import named_elsewhere, part_points_back
from claimcheck.engine.entities import VariantsTimeout, entity_evidence
from claimcheck.engine.eventlengths import compound_reads, measures_other
from claimcheck.engine.evidence import Evidence, evidence_at
from claimcheck.engine.frontedwholes import fronted_whole
from claimcheck.engine.history import weigh_date
from claimcheck.engine.households import counts_households
from claimcheck.engine.impliedcounts import implied_counts
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.intraday import before_close
from claimcheck.engine.lexicon import monthly_sum, yearly_sum
from claimcheck.engine.lineparts import part_of_line
from claimcheck.engine.members import sums_contenders
from claimcheck.engine.mentionfacts import mention_facts
from claimcheck.engine.nationals import other_nationals
from claimcheck.engine.nearest import nearest_sentences
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.units import convert_interval, dimension
from claimcheck.engine.otherdays import other_day
from claimcheck.engine.personstates import in_other_state
from claimcheck.engine.polarity import Cues, Reading
from claimcheck.engine.qualifiedparts import qualified_part
from claimcheck.engine.rates import per_head_at
from claimcheck.engine.requests import asks_for
from claimcheck.engine.rough import set_aside_rough
from claimcheck.engine.runningcounts import running_count
from claimcheck.engine.sides import other_side, said_otherwise, speaks_of_running
from claimcheck.engine.slotinit import slot_init
from claimcheck.engine.standing import counts_an_act
from claimcheck.engine.statementevidence import (
    attribute_evidence,
    describe,
    statement_evidence,
)
from claimcheck.engine.unbound import unbound_fits
from claimcheck.engine.universals import at_least
from claimcheck.engine.votes import vote_evidence
from claimcheck.errors import PatternTimeoutError

__all__ = [
    "Evidence",
    "Reading",
    "Verdict",
    "VerdictKind",
    "match_claim",
    "quantity_in_claim_unit",
]


class VerdictKind(enum.Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MISSING = "missing"
    #: dated inside an earlier period, it states that period's value only
    OUTDATED = "outdated"


#: each kind's value (an enum member's ``value`` is a property: a dict costs
#: less, once per pair)
_VALUES = {kind: kind.value for kind in VerdictKind}


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """The one verdict of a (claim, article) pair, with everything behind it."""

    claim_id: str
    article: str
    kind: VerdictKind
    evidence: tuple[Evidence, ...] = ()
    #: for MISSING: the sentences that came closest, as (start, end)
    candidates: tuple[tuple[int, int], ...] = ()

    @property
    def wavering(self) -> bool:
        """Supported, yet some mention disagrees (fails under ``strict``)."""
        return self.kind is VerdictKind.SUPPORTED and any(
            e.compatible is False for e in self.evidence
        )


def match_claim(claim: Claim, index: ArticleIndex) -> Verdict:
    """Decide the verdict of ``claim`` on one indexed article.

    Raises :class:`PatternTimeoutError` naming the claim when one of its
    patterns runs past the index's time limit.
    """
    try:
        evidence = _evidence_for(claim, index)
    except PatternTimeoutError as exc:
        fix = (
            "set 'max_errors: 0' for this claim"
            if isinstance(exc, VariantsTimeout)
            else "rewrite the pattern without nested or overlapping repeats such"
            " as (a|aa)+"
        )
        raise PatternTimeoutError(
            f"{claim.location}: claim {claim.id!r}: {exc}; {fix}, or raise the"
            " claimcheck_regex_timeout ini key"
        ) from exc
    # (one pass: any supporting evidence wins, then any contradicting)
    kind = VerdictKind.MISSING
    for e in evidence:
        if e.compatible:
            kind = VerdictKind.SUPPORTED
            break
        if e.compatible is False:
            kind = VerdictKind.CONTRADICTED
    if isinstance(claim, QuantityClaim):
        wording = index._memo.get("interim wording")
        if wording is None:
            wording = index._memo["interim wording"] = {}
        outdated, evidence = weigh_date(
            claim,
            index.article,
            evidence,
            _VALUES[kind],
            lambda expected: _quantity_evidence(
                replace(claim, expected=expected), index
            ),
            wording=wording,
        )
        kind = VerdictKind.OUTDATED if outdated else kind
    candidates = nearest_sentences(claim, index) if kind is VerdictKind.MISSING else ()
    return Verdict(
        claim_id=claim.id,
        article=index.article.path,
        kind=kind,
        evidence=tuple(evidence),
        candidates=candidates,
    )


def _evidence_for(claim: Claim, index: ArticleIndex) -> list[Evidence]:
    if isinstance(claim, QuantityClaim):
        return _quantity_evidence(claim, index)
    if isinstance(claim, StatementClaim):
        return statement_evidence(claim, index)
    if isinstance(claim, AttributeClaim):
        return attribute_evidence(claim, index)
    return entity_evidence(claim, index)


# -- quantities --------------------------------------------------------------


#: scopes whose figure still supports a claim it fits
_MAY_SUPPORT = frozenset(
    {
        "part", "period", "member", "stopped", "floor", "capacity", "set", "position",
        "standing", "workforce",
    }
)  # fmt: skip
#: the suppositions of a figure that may still agree (see read_quantity_cues)
_ESTIMATE = frozenset({"estimate"})
#: units a change counts in: a percentage, points ("a 25-basis-point cut")
_CHANGES_TOO = frozenset({"%", "pp", "bp"})
_SCOPE_WORDS = {
    "part": "a part",
    "body": "another body",
    "period": "another period",
    "event": "another event",
    "interim": "an interim count",
    "addition": "a count added to an earlier one",
    "member": "one contender's share",
    "stopped": "those that stopped",
    "subset": "a kind among its whole",
    "floor": "every one of a group, whom others may join",
    "difference": "a difference between two figures",
    "capacity": "what a thing can carry",
    "set": "the set a count is taken from",
    "population": "the people living in a place",
    "position": "what one side of a vote wanted",
    "standing": "a year's traffic",
    "workforce": "the whole workforce",
}


def _quantity_evidence(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    # a mention counts when a measure term of the claim starts where its measure
    # word does (the suite's may run further: "death toll" for "death")
    own: dict[int, int] = {}
    for start, end in index.hits(claim.measure):
        own[start] = max(end, own.get(start, end))
    text = index.article.text
    if (active := active_measure(claim.measure)) is not None:
        # "Airlines cancelled 1,850 flights" for "flights cancelled"
        for start, end in active_hits(claim.measure, text, index.hits(active.verbs)):
            own.setdefault(start, end)
    out: list[Evidence] = []
    expected: str | None = None
    # a claim on the share that ran reads the other side of those that stopped
    running = claim.unit == "%" and speaks_of_running(claim.measure)
    facts = mention_facts(index)
    mentions = index.mentions
    changes = claim.direction is not None or claim.unit in _CHANGES_TOO
    # where a figure took one of the claim's measure words, read or not
    measured: list[int] = []
    # "the 26 foreign nationals killed", for a claim on foreigners among the dead
    befallen = befallen_starts(claim, index, own)
    for at in facts.candidates(own.keys() | befallen if befallen else own):
        mention = mentions[at]
        assert mention.bound is not None
        if (
            mention.bound[0] not in own
            and mention.bound[0] not in befallen
            and not compound_reads(claim, text, mention)
        ):
            continue  # ("a 40-vehicle pile-up" for "vehicles")
        if measures_other(claim, index, mention):
            continue  # "12-hour shifts to end the blackout"
        measured.append(mention.quantity.start)
        if (
            mention.rule == "compound"
            and 0 < own.get(mention.bound[0], 0) < (mention.bound[1])
        ):
            # "a 300-strong rescue team" counts the team: a claim on "rescued"
            # names only its first word
            continue
        if per_head_at(text, own.get(mention.bound[0], 0), mention.bound[1]):
            # "cases per million people", the suite's term for a rate: a
            # claim on "cases" counts no rate per head
            continue
        interval = quantity_in_claim_unit(mention, claim)
        if interval is None:
            continue
        if (
            not owns(claim, index, mention)
            or other_subject(claim, index, mention)
            or other_nationals(claim, index, mention)  # "420 Russian soldiers"
            or other_day(claim, index, mention)  # "On 31 January, 1.27 million"
            or before_close(claim, index, mention)  # "fell 10 percent by midday"
            or told_as_delay(claim, index, mention)  # "left 25 minutes late"
            or counts_households(text, mention)  # "9,400 households were displaced"
        ):
            continue
        if (parts := fronted_whole(claim, index, mention)) is not None:
            out.extend(parts)  # "Of the 20 defendants, nine pleaded guilty"
            continue
        if (part := qualified_part(claim, index, mention)) is not None:
            out.append(part)  # "41 injured, nine of them seriously"
            continue
        if cared_for(claim, index, mention) or in_other_state(claim, index, mention):
            continue  # "1,800 people were treated in hospital", "were reported missing"
        q = mention.quantity
        # "rose 300", "fell 40 metres": a change, which only a claim stating a
        # change (or a percentage, or in points) counts; the measure's own
        # words ("brought down 35 people") are no change word
        if (
            not changes
            and facts.is_change(index, at)
            # "will shed 1,800 jobs", for a claim on the cut: its count
            and not (
                mention.rule == "counted noun"
                and q.unit is None
                and counts_an_act(claim.measure, claim.context)
            )
        ):
            continue
        measure = text[mention.bound[0] : mention.bound[1]]
        cues = facts.cues(index, at)
        if "intention" in cues.suppositions and asks_for(claim.measure):
            cues = Cues(suppositions=cues.suppositions - {"intention"})  # "sought"
        if "capacity" in cues.suppositions and names_limit(claim.measure):
            # "insures deposits up to $250,000", for a claim on the limit
            cues = Cues(suppositions=cues.suppositions - {"capacity"})
        if cues.suppositions and not (
            # "45 people may have died": an estimate, which may agree but
            # never contradicts
            cues.suppositions == _ESTIMATE and interval.overlaps(claim.expected)
        ):
            # "might top 900", "plans to cut 2,500": a figure supposed, not stated
            out.append(
                evidence_at(
                    index,
                    q.start,
                    q.end,
                    value=describe(cues),
                    ok=None,
                    why=f"reads {interval} for {measure!r} as {describe(cues)}:"
                    " it states nothing",
                )
            )
            continue
        # "80% of services were cancelled", for a claim on the trains that ran;
        # "80% of trains were late", another state than running
        flipped = running and mention.scope == "stopped"
        flipped = flipped and not names_scope(claim, index, mention)
        if running and not mention.scope:
            other = said_otherwise(text, q, mention.bound, mention.clause[1])
            if other is not None:
                why = f"reads {interval} for {measure!r} as {text[slice(*other)]!r}"
                why += ": another measure than running"
                shown = str(interval)
                out.append(
                    evidence_at(index, q.start, q.end, value=shown, ok=None, why=why)
                )
                continue
        interval = other_side(interval) if flipped else interval
        ok: bool | None = interval.overlaps(claim.expected)
        where = "within" if ok else "outside"
        shown = str(interval)  # (written once: it is read three times)
        value = shown + (f" {claim.unit}" if claim.unit else "")
        if expected is None:
            expected = str(claim.expected)
        reason = f"reads {shown} for {measure!r}, {where} the expected {expected}"
        if claim.direction is not None:
            went = direction_of(text, q, mention.clause)
            if went:
                value = f"{went} {value}"
            if went and went != claim.direction.value:
                ok = False
                reason = (
                    f"reads a change {went} of {shown} for {measure!r}, but the"
                    f" claim says {claim.direction.value}"
                )
        if mention.combined and not claims_both(
            text, mention.bound, mention.sentence, own
        ):
            ok = None
            reason = (
                f"counts {measure!r} together with another measure: it is neither"
                " figure alone"
            )
        elif flipped:
            reason += " (the other side of those that stopped)"
        elif ok is False and either_state(claim, index, mention):
            ok = None  # "21,000 homes were destroyed or damaged"
            reason += ", a count of the claim's state or another: not it alone"
        elif ok is False and part_of_line(claim, index, mention):
            # "Deaths in the region (Grenada and St Vincent)": "three died in
            # Grenada" is a part's figure
            ok = None
            reason += ", about a part the claim's line lists, not the whole"
        elif ok is False and named_elsewhere(claim, index, mention):
            # "Ostrel was the worst hit. The quake killed 2,100 people": the
            # whole's figure, as likely as the part's
            ok = None
            reason += (
                ", in a sentence that does not name the claim's context"
                " (named only elsewhere in the paragraph): it may be the whole's"
            )
        elif ok is not None and (
            interim := running_count(claim, index, mention, interval, ok)
        ):
            # "Airlines have cancelled 1,900 flights so far"
            ok = None
            reason = f"reads {shown} for {measure!r}, {interim}"
        elif (
            mention.scope
            and (ok is False or mention.scope not in _MAY_SUPPORT)
            and not names_scope(claim, index, mention)
            and not own_group(mention, befallen)  # "31 foreigners killed"
            # "Ostrel was the worst hit. The province's toll rose to 910"
            and not part_points_back(claim, index, mention)
            and (
                mention.scope != "member"
                or sums_contenders(claim.measure, claim.context)
            )
            # "Tarrow employs 12,000 people": the whole, which a claim on
            # those a cut or a strike touched is not
            and (
                mention.scope != "workforce"
                or counts_an_act(claim.measure, claim.context)
            )
            # "all 60 passengers drowned": at least 60, too many for 52
            and (
                mention.scope != "floor" or at_least(interval).overlaps(claim.expected)
            )
        ):
            # a part's, another period's or event's figure never contradicts the
            # whole; one that fits still counts (the claim may be on that period)
            assert mention.qualifier is not None
            said = text[mention.qualifier[0] : mention.qualifier[1]]
            ok = None
            reason = (
                f"reads {shown} for {measure!r}, about"
                f" {_SCOPE_WORDS[mention.scope]} ({said!r}), not the whole"
            )
        out.append(
            Evidence(
                start=q.start,
                end=q.end,
                text=q.text,
                value=value,
                compatible=ok,
                reason=reason,
            )
        )
    # "voted 5-4 to cut", "1.2 million passengers a day": unless read above
    taken = {e.start for e in out}
    more = vote_evidence(claim, index) + implied_counts(claim, index)
    out += [e for e in more if e.start not in taken]
    if measured and True not in {e.compatible for e in out}:
        # "second only to Corvena, which topped the list with about 18,000"
        out += unbound_fits(
            claim, index, own, measured, lambda m: quantity_in_claim_unit(m, claim)
        )
    return set_aside_rough(out)  # "Dozens killed" over "At least 43 were killed"


def quantity_in_claim_unit(mention: Mention, claim: QuantityClaim) -> Interval | None:
    """The mention's interval in the claim's unit; None when incomparable."""
    q = mention.quantity
    if claim.unit is None:
        return q.interval if q.unit is None else None
    if q.unit is None:
        return None
    if yearly_sum(q.unit) == yearly_sum(claim.unit):  # "15 billion euros a year"
        return q.interval
    if monthly_sum(q.unit, claim.unit, claim.description):  # "1,200 euros a month"
        return q.interval
    if dimension(q.unit) != dimension(claim.unit):
        return None
    return convert_interval(q.interval, q.unit, claim.unit)
