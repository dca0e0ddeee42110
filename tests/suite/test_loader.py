"""YAML assertion files -> claims: what loads, and every mistake's message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.claims import (
    AssertionFile,
    AttributeClaim,
    EntityClaim,
    Polarity,
    QuantityClaim,
    Scope,
    StatementClaim,
)
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.paraphrases import written
from claimcheck.engine.terms import Term, Terms
from claimcheck.errors import AssertionFileError
from claimcheck.suite.loader import is_assertion_file, load_assertion_file, load_suite

FILE = "assertions/nk.yaml"


def write(root: Path, text: str, name: str = FILE) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    return tmp_path


def load(root: Path, text: str, name: str = FILE) -> AssertionFile:
    path = write(root, text, name)
    return load_assertion_file(path, rootdir=root, default_corpus=["seeds"])


def error(root: Path, text: str, name: str = FILE) -> str:
    with pytest.raises(AssertionFileError) as info:
        load(root, text, name)
    message = str(info.value)
    # One paragraph: the place, what is wrong, what to do.
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def only(assertion_file: AssertionFile) -> object:
    (claim,) = assertion_file.claims
    return claim


# --- loading every kind -------------------------------------------------------

FULL = """\
    corpus: ../seeds
    defaults:
      context_scope: sentence
    vocabularies:
      killed: [killed, died, dead, death toll, deaths]
      north-korean: [North Korean*, North Korea's, Pyongyang]
    claims:
      - id: nk-killed
        kind: quantity
        claim: North Korean soldiers killed
        measure: $killed
        context: [$north-korean]
        equals: 300
      - id: nk-troops
        kind: quantity
        measure: [sent, deployed]
        between: [10000, "12,000"]
      - id: nk-kursk-area
        kind: quantity
        measure: [captured, seized]
        context: [Kursk]
        unit: km²
        equals: 984
        tolerance: 2%
      - id: nk-no-asylum-request
        kind: statement
        polarity: negated
        patterns: ['(request|ask|seek)\\w*\\W+(?:\\w+\\W+){0,6}?(asylum|resettle\\w*)']
        phrases: [sought asylum]
        rival_phrases: [requested asylum]
        required: true
      - id: nk-unit
        kind: attribute
        value: Reconnaissance General Bureau
        aliases: [General Reconnaissance Office]
        rivals: [Storm Corps]
        strict: true
        marks: [slow]
      - id: nk-lee-name
        kind: entity
        name: Lee Seong-kweun
        aliases: [Lee Seong Kweun]
        max_errors: 1
"""


def test_every_kind_loads(root: Path) -> None:
    loaded = load(root, FULL)
    killed, troops, area, asylum, unit, lee = loaded.claims
    assert loaded.path == FILE
    assert loaded.corpus == folder_globs("")
    assert loaded.corpus_root == str((root / "seeds").resolve())

    assert isinstance(killed, QuantityClaim)
    assert killed.description == "North Korean soldiers killed"
    assert killed.measure.name == "killed"
    assert killed.measure.terms[3] == Term(text="death toll")
    assert killed.context[0].name == "north-korean"
    assert killed.context_scope is Scope.SENTENCE
    assert killed.stated == killed.expected == Interval.point(300)
    assert str(killed.location) == f"{FILE}:8:5"

    assert isinstance(troops, QuantityClaim)
    assert troops.stated == Interval(low=10000, high=12000)
    assert troops.measure == Terms(terms=(Term(text="sent"), Term(text="deployed")))
    assert troops.description == "sent/deployed between 10,000 and 12,000"

    assert isinstance(area, QuantityClaim)
    assert area.unit is not None
    assert area.unit == canonical_unit("km²")
    assert area.expected.low == pytest.approx(984 * 0.98)
    assert area.expected.high == pytest.approx(984 * 1.02)
    assert area.description == "captured/seized = 984 km² (± 2%)"

    assert isinstance(asylum, StatementClaim)
    assert asylum.polarity is Polarity.NEGATED
    assert asylum.required
    assert asylum.patterns is not None
    assert [t.is_regex for t in asylum.patterns.terms] == [True, False]
    assert asylum.patterns.terms[0].text.startswith("(request|ask|seek)\\w*")
    assert asylum.rivals == Terms(terms=(Term(text="requested asylum"),))

    assert isinstance(unit, AttributeClaim)
    assert [t.text for t in unit.value.terms] == [
        "Reconnaissance General Bureau",
        "General Reconnaissance Office",
    ]
    assert unit.rivals.terms == (Term(text="Storm Corps"),)
    assert unit.strict
    assert unit.marks == ("slow",)

    assert isinstance(lee, EntityClaim)
    assert [t.text for t in lee.names.terms] == ["Lee Seong-kweun", "Lee Seong Kweun"]
    assert lee.max_errors == 1
    assert lee.description == "Lee Seong-kweun"

    assert set(loaded.vocabularies) == {"killed", "north-korean"}


@pytest.mark.parametrize(
    ("expectation", "stated", "description"),
    [
        ("equals: 300", Interval.point(300), "killed = 300"),
        ("equals: '2,700'", Interval.point(2700), "killed = 2,700"),
        ("equals: 12_000", Interval.point(12000), "killed = 12,000"),
        ("equals: '1.5'", Interval.point(1.5), "killed = 1.5"),
        ("between: [1, 2]", Interval(low=1, high=2), "killed between 1 and 2"),
        ("between: [3, 3]", Interval(low=3, high=3), "killed between 3 and 3"),
        ("at_least: 300", Interval(low=300, high=None), "killed >= 300"),
        ("at_most: 300", Interval(low=None, high=300), "killed <= 300"),
        (
            "{at_least: 10, at_most: 20}",
            Interval(low=10, high=20),
            "killed between 10 and 20",
        ),
    ],
)
def test_expectations(
    root: Path, expectation: str, stated: Interval, description: str
) -> None:
    if expectation.startswith("{"):
        expectation = ("\n" + " " * 16).join(
            part.strip() for part in expectation.strip("{}").split(",")
        )
    claim = only(
        load(
            root,
            f"""\
            vocabularies: {{killed: [killed]}}
            claims:
              - id: c
                kind: quantity
                measure: $killed
                {expectation}
            """,
        )
    )
    assert isinstance(claim, QuantityClaim)
    assert claim.stated == claim.expected == stated
    assert claim.description == description


@pytest.mark.parametrize(
    ("expectation", "tolerance", "low", "high"),
    [
        ("equals: 300", "5%", 285, 315),
        ("equals: 300", "'5 %'", 285, 315),
        ("equals: 300", "10", 290, 310),
        ("equals: 300", "0", 300, 300),
        ("equals: 300", "2.5", 297.5, 302.5),
        ("between: [100, 200]", "10%", 90, 220),
        ("at_least: 100", "10%", 90, None),
        ("at_most: 100", "5", None, 105),
    ],
)
def test_tolerance_widens_expected(
    root: Path, expectation: str, tolerance: str, low: float | None, high: float | None
) -> None:
    claim = only(
        load(
            root,
            f"""\
            claims:
              - id: c
                kind: quantity
                measure: killed
                {expectation}
                tolerance: {tolerance}
            """,
        )
    )
    assert isinstance(claim, QuantityClaim)
    assert claim.expected.low == pytest.approx(low)
    assert claim.expected.high == pytest.approx(high)


def test_defaults_apply_and_claims_override(root: Path) -> None:
    loaded = load(
        root,
        """\
        defaults:
          required: true
          strict: true
          context_scope: article
          tolerance: 10%
          context: [Kursk]
          marks: [news]
        claims:
          - id: a
            kind: quantity
            measure: killed
            equals: 100
          - id: b
            kind: quantity
            measure: killed
            equals: 100
            required: false
            strict: false
            context_scope: sentence
            tolerance: 0
            context: []
            marks: [slow]
        """,
    )
    a, b = loaded.claims
    assert isinstance(a, QuantityClaim)
    assert isinstance(b, QuantityClaim)
    assert (a.required, a.strict, a.context_scope) == (True, True, Scope.ARTICLE)
    assert a.expected == Interval(low=90, high=110)
    assert a.context == (Terms(terms=(Term(text="Kursk"),)),)
    assert a.marks == ("news",)
    assert (b.required, b.strict, b.context_scope) == (False, False, Scope.SENTENCE)
    assert b.expected == Interval.point(100)
    assert b.context == ()
    assert b.marks == ("slow",)


@pytest.mark.parametrize(
    ("context", "groups"),
    [
        ("Kursk", [["Kursk"]]),
        ("[Kursk, Kharkiv]", [["Kursk", "Kharkiv"]]),
        ("$places", [["Kursk", "Kharkiv"]]),
        (
            "[[Kursk], [North Korean*, $places]]",
            [["Kursk"], ["North Korean*", "Kursk", "Kharkiv"]],
        ),
        ("[[Kursk], Kharkiv]", [["Kursk"], ["Kharkiv"]]),
        ("[{regex: 'Kursk\\w*'}]", [["Kursk\\w*"]]),
    ],
)
def test_context_groups(root: Path, context: str, groups: list[list[str]]) -> None:
    claim = only(
        load(
            root,
            f"""\
            vocabularies:
              places: [Kursk, Kharkiv]
            claims:
              - id: c
                kind: entity
                name: Lee
                context: {context}
            """,
        )
    )
    assert isinstance(claim, EntityClaim)
    assert [[t.text for t in g.terms] for g in claim.context] == groups


def test_vocabularies_nest_and_name_their_terms(root: Path) -> None:
    loaded = load(
        root,
        """\
        vocabularies:
          dead: [killed, died]
          casualties: [$dead, wounded, {regex: 'injur(ed|ies)'}]
        claims:
          - id: c
            kind: quantity
            measure: [$casualties]
            equals: 1
        """,
    )
    claim = only(loaded)
    assert isinstance(claim, QuantityClaim)
    assert claim.measure.name == "casualties"
    # the table's other wordings of deaths and injuries follow the claim's own
    assert written(claim.measure) == (
        Term(text="killed"),
        Term(text="died"),
        Term(text="wounded"),
        Term(text="injur(ed|ies)", is_regex=True),
    )
    assert claim.description == "casualties = 1"
    assert loaded.vocabularies["dead"] == Terms.of(["killed", "died"], name="dead")


def test_shared_config_layers(root: Path) -> None:
    write(
        root,
        """\
        corpus: seeds
        vocabularies:
          killed: [killed]
          wounded: [wounded]
          place: [Kursk]
        defaults:
          tolerance: 10%
          required: true
        """,
        "claimcheck.yaml",
    )
    write(
        root,
        """\
        vocabularies:
          wounded: [injured]
        defaults:
          tolerance: 1
        """,
        "assertions/claimcheck.yaml",
    )
    loaded = load(
        root,
        """\
        vocabularies:
          place: [Kharkiv]
        claims:
          - id: c
            kind: quantity
            measure: [$killed, $wounded]
            context: $place
            equals: 100
        """,
    )
    claim = only(loaded)
    assert isinstance(claim, QuantityClaim)
    # nearest wins: the file over assertions/claimcheck.yaml over ./claimcheck.yaml
    assert [t.text for t in written(claim.measure)] == ["killed", "injured"]
    assert claim.context[0].terms == (Term(text="Kharkiv"),)
    assert claim.expected == Interval(low=99, high=101)
    assert claim.required
    # corpus is relative to the claimcheck.yaml that names it
    assert loaded.corpus_root == str((root / "seeds").resolve())


def test_shared_config_outside_rootdir_is_ignored(root: Path) -> None:
    write(root, "defaults: {required: true}\n", "claimcheck.yaml")
    path = write(
        root,
        "claims: [{id: c, kind: entity, name: Lee}]\n",
        "project/assertions/nk.yaml",
    )
    loaded = load_assertion_file(
        path, rootdir=root / "project", default_corpus=["assertions"]
    )
    assert not loaded.claims[0].required


def test_shared_config_is_reread_when_it_changes(root: Path) -> None:
    text = "claims: [{id: c, kind: entity, name: Lee}]\n"
    write(root, "defaults: {required: true}\n", "claimcheck.yaml")
    assert only(load(root, text)).required  # type: ignore[attr-defined]
    write(root, "defaults: {required: false, strict: true}\n", "claimcheck.yaml")
    claim = only(load(root, text))
    assert isinstance(claim, EntityClaim)
    assert (claim.required, claim.strict) == (False, True)


def test_empty_shared_config_is_allowed(root: Path) -> None:
    write(root, "# nothing shared yet\n", "claimcheck.yaml")
    assert load(root, "claims: [{id: c, kind: entity, name: Lee}]\n").claims


def folder_globs(prefix: str) -> tuple[str, ...]:
    """The globs a corpus folder stands for: each article suffix, at any depth."""
    suffixes = (".txt", ".md", ".markdown", ".html", ".htm")
    return tuple(f"{prefix}**/*{suffix}" for suffix in suffixes)


@pytest.mark.parametrize(
    ("corpus", "globs", "corpus_root"),
    [
        (None, folder_globs(""), "seeds"),
        ("../seeds", folder_globs(""), "seeds"),
        ("../seeds/*.txt", ("*.txt",), "seeds"),
        ("[../seeds/a/*.txt, ../seeds/b]", ("a/*.txt", *folder_globs("b/")), "seeds"),
        ("../seeds/a/one.txt", ("one.txt",), "seeds/a"),
        (
            "[../seeds, ../other]",
            (*folder_globs("seeds/"), *folder_globs("other/")),
            ".",
        ),
    ],
)
def test_corpus(
    root: Path, corpus: str | None, globs: tuple[str, ...], corpus_root: str
) -> None:
    for folder in ("seeds/a", "seeds/b", "other"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "seeds/a/one.txt").write_text("x")
    (root / "seeds/top.txt").write_text("x")
    line = "" if corpus is None else f"corpus: {corpus}\n"
    loaded = load(root, line + "claims: [{id: c, kind: entity, name: Lee}]\n")
    assert loaded.corpus == globs
    assert loaded.corpus_root == str((root / corpus_root).resolve())


def test_merge_keys_share_settings(root: Path) -> None:
    loaded = load(
        root,
        """\
        claims:
          - &base {id: a, kind: quantity, measure: killed, equals: 1, required: true}
          - <<: *base
            id: b
            equals: 2
        """,
    )
    _, b = loaded.claims
    assert isinstance(b, QuantityClaim)
    assert (b.id, b.stated, b.required) == ("b", Interval.point(2), True)


def test_default_descriptions(root: Path) -> None:
    loaded = load(
        root,
        """\
        claims:
          - {id: s, kind: statement, phrases: [sought asylum], polarity: negated}
          - {id: t, kind: statement, phrases: [sought asylum]}
          - {id: a, kind: attribute, value: RGB, rivals: [Storm Corps]}
        """,
    )
    assert [c.description for c in loaded.claims] == [
        "not: sought asylum",
        "sought asylum",
        "RGB",
    ]


def test_quoted_numbers_and_words_are_text(root: Path) -> None:
    claim = only(
        load(
            root,
            """\
            claims:
              - id: "42"
                kind: attribute
                value: 1st Brigade
                rivals: [2nd Brigade, 300, no]
            """,
        )
    )
    assert isinstance(claim, AttributeClaim)
    assert claim.id == "42"
    assert [t.text for t in claim.rivals.terms] == ["2nd Brigade", "300", "no"]


def test_load_suite(root: Path) -> None:
    first = write(
        root, "claims: [{id: a, kind: entity, name: Lee}]\n", "assertions/a.yaml"
    )
    second = write(
        root,
        "vocabularies: {v: [x]}\nclaims: [{id: b, kind: entity, name: Kim}]\n",
        "assertions/b.yaml",
    )
    suite = load_suite([first, second], rootdir=root, default_corpus=["seeds"])
    assert [c.id for c in suite.claims] == ["a", "b"]
    assert [f.path for f in suite.files] == ["assertions/a.yaml", "assertions/b.yaml"]
    assert suite.vocabularies == {"v": Terms.of(["x"], name="v")}


def test_load_suite_refuses_an_id_used_twice(root: Path) -> None:
    first = write(
        root, "claims: [{id: a, kind: entity, name: Lee}]\n", "assertions/a.yaml"
    )
    second = write(
        root,
        "claims:\n  - id: b\n    kind: entity\n    name: Kim\n"
        "  - {id: a, kind: entity, name: Kim}\n",
        "assertions/b.yaml",
    )
    with pytest.raises(AssertionFileError) as info:
        load_suite([first, second], rootdir=root, default_corpus=["seeds"])
    assert str(info.value) == (
        "assertions/b.yaml:5:5: claim id 'a' is also used at "
        "assertions/a.yaml:1:10; give each claim its own id"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nk.yaml", True),
        ("nk.yml", True),
        ("claimcheck.yaml", False),
        ("claimcheck-baseline.yaml", False),
        ("nk.json", False),
        ("notes.txt", False),
    ],
)
def test_is_assertion_file(name: str, expected: bool) -> None:
    assert is_assertion_file(Path("assertions") / name) is expected


# --- mistakes: one message, at the place ---------------------------------------

ENTITY = "claims:\n  - id: a\n    kind: entity\n    name: Lee\n"
QUANTITY = "claims:\n  - id: a\n    kind: quantity\n    measure: killed\n"


@pytest.mark.parametrize(
    ("text", "where", "phrases"),
    [
        # YAML itself
        pytest.param(
            "claims: [\n",
            "1:9",
            [
                "invalid YAML",
                "'[' is never closed",
                "stopped at assertions/nk.yaml:2:1",
            ],
            id="flow",
        ),
        pytest.param(
            "claims:\n  - id: 'a\n",
            "2:9",
            ["invalid YAML", "never closed", "stopped at assertions/nk.yaml:3:1"],
            id="quote",
        ),
        pytest.param(
            "claims: []\n---\nclaims: []\n", "2:1", ["single document"], id="two-docs"
        ),
        pytest.param("claims:\n\t- id: a\n", "2:1", ["tab character"], id="tab"),
        pytest.param(ENTITY + "\tmax_errors: 1\n", "5:1", ["tab"], id="tab-later"),
        pytest.param("", "1:1", ["file is empty"], id="empty"),
        pytest.param("# todo\n\n", "1:1", ["file is empty"], id="comments-only"),
        pytest.param(
            "- id: a\n", "1:1", ["must be a YAML mapping", "got a list"], id="list"
        ),
        pytest.param("hello\n", "1:1", ["got 'hello'"], id="scalar"),
        pytest.param(
            "claims: 3\n", "1:9", ["'claims' must be a list", "got 3"], id="claims-int"
        ),
        pytest.param("claims: []\n", "1:9", ["'claims' is empty"], id="claims-empty"),
        pytest.param("vocabularies: {}\n", "1:1", ["no 'claims'"], id="no-claims"),
        pytest.param(
            "claims:\n  - 3\n",
            "2:5",
            ["claim #1 must be a mapping", "got 3"],
            id="claim-int",
        ),
        pytest.param(
            ENTITY + "  - nk-killed\n",
            "5:5",
            ["claim #2", "got 'nk-killed'"],
            id="claim-str",
        ),
        pytest.param(
            ENTITY + "    name: Kim\n",
            "5:5",
            ["duplicate key 'name'", "first given at line 4"],
            id="duplicate-key",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: entity, name: x, [1]: 2}\n",
            "2:36",
            ["keys in claim #1 must be names", "got a list"],
            id="list-key",
        ),
        # unknown keys, with did-you-mean
        pytest.param(
            "claim:\n  - {}\n",
            "1:1",
            ["unknown key 'claim' in the file", "did you mean 'claims'"],
            id="top-key",
        ),
        pytest.param(
            "defaults: {tolerence: 5%}\n" + ENTITY,
            "1:12",
            ["unknown key 'tolerence' in defaults", "did you mean 'tolerance'"],
            id="defaults-key",
        ),
        pytest.param(
            QUANTITY + "    betwen: [1, 2]\n",
            "5:5",
            ["unknown key 'betwen' in claim 'a' (did you mean 'between'?)"],
            id="claim-key",
        ),
        pytest.param(
            ENTITY + "    zzz: 1\n",
            "5:5",
            ["unknown key 'zzz'", "expected one of:"],
            id="no-match",
        ),
        pytest.param(
            ENTITY + "    equals: 3\n",
            "5:5",
            ["'equals' does not apply to entity claim 'a'", "quantity claims"],
            id="other-kind-key",
        ),
        pytest.param(
            ENTITY + "    rivals: [Kim]\n",
            "5:5",
            ["'rivals' does not apply", "statement and attribute claims"],
            id="other-kinds-key",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    context: [{regx: a}]\n",
            "6:16",
            ["unknown key 'regx' in a term of 'context'", "did you mean 'regex'"],
            id="term-key",
        ),
        # missing keys
        pytest.param(
            "claims:\n  - kind: entity\n", "2:5", ["claim #1 has no 'id'"], id="no-id"
        ),
        pytest.param(
            "claims:\n  - id: a\n",
            "2:5",
            ["claim 'a' has no 'kind'", "'quantity'"],
            id="no-kind",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: quantity, equals: 1}\n",
            "2:5",
            ["claim 'a' has no 'measure'"],
            id="no-measure",
        ),
        pytest.param(
            QUANTITY,
            "2:5",
            ["claim 'a' has no expectation", "'equals'"],
            id="no-expectation",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, polarity: negated}\n",
            "2:5",
            ["has no 'says'", "plain sentence"],
            id="no-patterns",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, says: the dam held,"
            " polarity: negated}\n",
            "2:60",
            ["'polarity' in claim 'a' applies to 'patterns'", "did not fail"],
            id="polarity-with-says",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, says: it has not been}\n",
            "2:36",
            ["no content word", "name what happened"],
            id="says-no-content-word",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, also: [the dam did not fail]}\n",
            "2:36",
            ["'also' but no 'says'"],
            id="also-without-says",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, says: the $dams held}\n",
            "2:36",
            ["unknown vocabulary '$dams'"],
            id="says-unknown-vocabulary",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: attribute, rivals: [b]}\n",
            "2:5",
            ["claim 'a' has no 'value'"],
            id="no-value",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: attribute, value: b}\n",
            "2:5",
            ["claim 'a' has no 'rivals'"],
            id="no-rivals",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: entity}\n",
            "2:5",
            ["claim 'a' has no 'name'"],
            id="no-name",
        ),
        # wrong values
        pytest.param(
            "claims:\n  - id: a\n    kind: quantty\n",
            "3:11",
            [
                "'kind' in claim 'a' must be one of",
                "got 'quantty' (did you mean 'quantity'?)",
            ],
            id="kind",
        ),
        pytest.param(
            ENTITY + "    required: maybe\n",
            "5:15",
            ["'required' in claim 'a' must be true or false, got 'maybe'"],
            id="bool",
        ),
        pytest.param(
            ENTITY + "    strict: [true]\n",
            "5:13",
            ["'strict'", "got a list"],
            id="bool-list",
        ),
        pytest.param(
            ENTITY + "    claim: [a]\n",
            "5:12",
            ["'claim' in claim 'a' must be text, got a list"],
            id="description",
        ),
        pytest.param(
            ENTITY + "    claim:\n",
            "5:11",
            ["must be text, got nothing (null)"],
            id="null",
        ),
        pytest.param(
            QUANTITY + "    equals: lots\n",
            "5:13",
            ["'equals' in claim 'a' must be a number", "got 'lots'"],
            id="number",
        ),
        pytest.param(
            QUANTITY + "    equals: .inf\n",
            "5:13",
            ["must be a finite number", "got inf"],
            id="infinite",
        ),
        pytest.param(
            QUANTITY + "    between: [1]\n",
            "5:14",
            ["'between' in claim 'a' must be a list of two numbers", "got a list"],
            id="between-short",
        ),
        pytest.param(
            QUANTITY + "    between: 5\n",
            "5:14",
            ["list of two numbers", "got 5"],
            id="between-int",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    between: [1, 2]\n",
            "6:5",
            ["gives both 'equals' and 'between'", "keep one expectation"],
            id="two-expectations",
        ),
        pytest.param(
            QUANTITY + "    at_least: 1\n    equals: 1\n",
            "6:5",
            ["gives both 'at_least' and 'equals'"],
            id="at-least-and-equals",
        ),
        pytest.param(
            QUANTITY + "    between: [12000, 10000]\n",
            "5:14",
            ["reversed: [12,000, 10,000]", "[10,000, 12,000]"],
            id="reversed-between",
        ),
        pytest.param(
            QUANTITY + "    at_least: 20\n    at_most: 10\n",
            "6:5",
            ["reversed: at_least 20 is above at_most 10"],
            id="reversed-bounds",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    tolerance: -3%\n",
            "6:16",
            ["'tolerance' in claim 'a' must not be negative, got '-3%'"],
            id="negative-percent",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    tolerance: -2\n",
            "6:16",
            ["must not be negative, got '-2'"],
            id="negative-absolute",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    tolerance: five\n",
            "6:16",
            ["must be a number or a percentage, got 'five'", "such as '5%'"],
            id="tolerance-text",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    tolerance: 5%%\n",
            "6:16",
            ["percentage", "got '5%%'"],
            id="tolerance-percent-text",
        ),
        pytest.param(
            "defaults:\n  tolerance: lots\n" + ENTITY,
            "2:14",
            ["'tolerance' in defaults must be a number"],
            id="tolerance-default",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    unit: furlong\n",
            "6:11",
            ["unknown unit 'furlong' in claim 'a'", "leave 'unit' out"],
            id="unit",
        ),
        pytest.param(
            ENTITY + "    context_scope: paragrahp\n",
            "5:20",
            ["got 'paragrahp' (did you mean 'paragraph'?)"],
            id="scope",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, phrases: [x], polarity: negative}\n",
            "2:54",
            ["'polarity' in claim 'a'", "(did you mean 'negated'?)"],
            id="polarity",
        ),
        pytest.param(
            ENTITY + "    max_errors: -1\n",
            "5:17",
            ["'max_errors' in claim 'a' must be a whole number, 0 or more, got -1"],
            id="max-errors",
        ),
        pytest.param(
            ENTITY + "    max_errors: 1.5\n",
            "5:17",
            ["whole number", "got 1.5"],
            id="max-errors-float",
        ),
        pytest.param(
            ENTITY + "    max_errors: true\n",
            "5:17",
            ["whole number", "got True"],
            id="max-errors-bool",
        ),
        pytest.param(
            ENTITY + "    marks: [slow, not a mark]\n",
            "5:19",
            ["bad pytest marker name 'not a mark'"],
            id="mark",
        ),
        pytest.param(
            QUANTITY + "    equals: 1\n    measure: []\n",
            "6:5",
            ["duplicate key 'measure' in claim #1 (first given at line 4)"],
            id="measure-twice",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: quantity, measure: [], equals: 1}\n",
            "2:38",
            ["'measure' in claim 'a' is an empty list"],
            id="measure-empty",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: entity, name: '***'}\n",
            "2:33",
            ["phrase '***'", "no letters or digits"],
            id="phrase-no-letters",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: attribute, value: b, rivals: ['Storm*Corps']}"
            "\n",
            "2:49",
            ["'*' inside a word"],
            id="phrase-star",
        ),
        # vocabularies
        pytest.param(
            "vocabularies: {killed: [x]}\n"
            + QUANTITY.replace("killed", "$kiled")
            + "    equals: 1\n",
            "5:14",
            ["unknown vocabulary '$kiled' (did you mean 'killed'?)"],
            id="vocabulary",
        ),
        pytest.param(
            QUANTITY.replace("killed", "$killed") + "    equals: 1\n",
            "4:14",
            ["unknown vocabulary '$killed'", "add it under 'vocabularies:'"],
            id="no-vocabularies",
        ),
        pytest.param(
            "vocabularies:\n  a: [$b]\n  b: [x, $a]\n" + ENTITY,
            "3:10",
            ["vocabulary 'a' refers to itself (a -> b -> a)"],
            id="vocabulary-loop",
        ),
        pytest.param(
            "vocabularies:\n  'bad name': [x]\n" + ENTITY,
            "2:3",
            ["bad vocabulary name 'bad name'"],
            id="vocabulary-name",
        ),
        pytest.param(
            "vocabularies: [x]\n" + ENTITY,
            "1:15",
            ["'vocabularies' must be a mapping"],
            id="vocabularies-list",
        ),
        pytest.param(
            "vocabularies: {a: [[x]]}\n" + ENTITY,
            "1:20",
            ["each term of vocabulary 'a' must be a phrase", "got a list"],
            id="vocabulary-nested-list",
        ),
        # regular expressions
        pytest.param(
            "claims:\n  - id: a\n    kind: statement\n    patterns: ['(abc']\n",
            "4:16",
            [
                "invalid regular expression '(abc' in 'patterns' in claim 'a':",
                "missing ) at position 4",
            ],
            id="regex",
        ),
        pytest.param(
            "claims:\n  - id: a\n    kind: statement\n    phrases: [x]\n"
            "    rivals: 'a[b'\n",
            "5:13",
            ["invalid regular expression 'a[b' in 'rivals'"],
            id="regex-rival",
        ),
        pytest.param(
            ENTITY + "    context: [{regex: '(?<x'}]\n",
            "5:23",
            ["invalid regular expression '(?<x'"],
            id="regex-term",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: statement, patterns: ['x*']}\n",
            "2:41",
            ["matches empty text"],
            id="regex-empty",
        ),
        pytest.param(
            "vocabularies: {r: [{regex: x}]}\n"
            "claims:\n  - {id: a, kind: entity, name: b, aliases: $r}\n",
            "3:45",
            ["names are matched by spelling"],
            id="entity-regex",
        ),
        pytest.param(
            "claims:\n  - {id: a, kind: entity, name: b, aliases: [{regex: x}]}\n",
            "2:46",
            ["each term of 'aliases' in claim 'a' must be a phrase or '$vocabulary'"],
            id="entity-regex-term",
        ),
        # ids
        pytest.param(
            ENTITY + "  - id: a\n    kind: entity\n    name: Kim\n",
            "5:5",
            ["duplicate claim id 'a' (first used at line 2)"],
            id="duplicate-id",
        ),
        pytest.param(
            "claims:\n  - {id: a b, kind: entity, name: x}\n",
            "2:10",
            ["bad claim id 'a b'"],
            id="id-space",
        ),
        pytest.param(
            "claims:\n  - {id: -a, kind: entity, name: x}\n",
            "2:10",
            ["bad claim id '-a'"],
            id="id-dash",
        ),
        pytest.param(
            "claims:\n  - {id: 'a::b', kind: entity, name: x}\n",
            "2:10",
            ["bad claim id 'a::b'", "without '::'"],
            id="id-colons",
        ),
        pytest.param(
            "claims:\n  - {id: 'a[1]', kind: entity, name: x}\n",
            "2:10",
            ["bad claim id 'a[1]'"],
            id="id-bracket",
        ),
        pytest.param(
            "claims:\n  - {id: '', kind: entity, name: x}\n",
            "2:10",
            ["'id' must not be empty"],
            id="id-empty",
        ),
        # unsafe YAML
        pytest.param(
            "claims: !!python/object/apply:os.system ['echo pwned']\n",
            "1:9",
            ["tag '!!python/object/apply:os.system' is not allowed", "remove the tag"],
            id="python-tag",
        ),
        pytest.param(
            ENTITY + "    claim: !!python/name:os.system ''\n",
            "5:12",
            ["tag '!!python/name:os.system' is not allowed"],
            id="python-name",
        ),
        pytest.param(
            "claims: !foo bar\n", "1:9", ["tag '!foo' is not allowed"], id="custom-tag"
        ),
        pytest.param(
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n"
                for p, n in zip("abcdefgh", "bcdefghi", strict=True)
            )
            + ENTITY,
            "5:36",
            ["expands to more than 100,000 nodes"],
            id="billion-laughs",
        ),
        pytest.param(
            "claims: " + "[" * 10_000 + "]" * 10_000 + "\n",
            "1:72",
            ["nested more than 64 levels deep"],
            id="deep",
        ),
        pytest.param(
            "a: &a [*a]\n" + ENTITY,
            "1:8",
            ["'*a' refers to a node that contains it"],
            id="recursive",
        ),
        pytest.param(
            "claims:\n  - id: a\n    kind: entity\n    name: x\x00\n",
            "4:12",
            ["character '\\x00' is not allowed"],
            id="nul",
        ),
        # corpus
        pytest.param(
            "corpus: ../nowhere\n" + ENTITY,
            "1:9",
            ["corpus '../nowhere' does not exist (looked for nowhere)"],
            id="corpus-dir",
        ),
        pytest.param(
            "corpus: [../seeds, ../nowhere/*.txt]\n" + ENTITY,
            "1:20",
            ["corpus '../nowhere/*.txt' does not exist"],
            id="corpus-glob",
        ),
        pytest.param(
            "corpus: []\n" + ENTITY,
            "1:9",
            ["'corpus' is an empty list"],
            id="corpus-empty",
        ),
    ],
)
def test_mistakes(root: Path, text: str, where: str, phrases: list[str]) -> None:
    message = error(root, text)
    assert message.startswith(f"{FILE}:{where}: ")
    for phrase in phrases:
        assert phrase in message
    # every message says what to do, after the semicolon or in the hint
    assert ";" in message or "(did you mean" in message or "expected one of" in message


def test_unsafe_tag_constructs_nothing(root: Path) -> None:
    target = root / "pwned"
    message = error(root, f"claims: !!python/object/apply:os.mkdir ['{target}']\n")
    assert message.startswith(f"{FILE}:1:9: tag '!!python/object/apply:os.mkdir'")
    assert not target.exists()


def test_unreadable_file(root: Path) -> None:
    (root / FILE).mkdir(parents=True)  # a directory cannot be read as a file
    with pytest.raises(AssertionFileError) as info:
        load_assertion_file(root / FILE, rootdir=root, default_corpus=["seeds"])
    message = str(info.value)
    assert message.startswith(f"{FILE}: cannot read file: ")
    assert "check that it exists and that you may read it" in message
    assert isinstance(info.value.__cause__, OSError)


def test_not_utf8(root: Path) -> None:
    path = root / FILE
    path.parent.mkdir()
    path.write_bytes("claims:\n  - id: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(AssertionFileError) as info:
        load_assertion_file(path, rootdir=root, default_corpus=["seeds"])
    assert str(info.value) == (
        f"{FILE}:2:12: file is not valid UTF-8 (byte 0xe9); save it with UTF-8 encoding"
    )
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_path_outside_rootdir_is_shown_as_given(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    path = write(tmp_path, "claims: 3\n", "elsewhere/nk.yaml")
    with pytest.raises(AssertionFileError) as info:
        load_assertion_file(path, rootdir=tmp_path / "project", default_corpus=[])
    assert str(info.value).startswith(f"{path}:1:9: ")


def test_errors_chain_their_cause(root: Path) -> None:
    with pytest.raises(AssertionFileError) as info:
        load(root, "claims:\n  - {id: a, kind: statement, patterns: ['(']}\n")
    assert type(info.value.__cause__).__name__ == "error"  # regex.error
    with pytest.raises(AssertionFileError) as info:
        load(root, "claims: [\n")
    assert info.value.__cause__ is not None


@pytest.mark.parametrize(
    ("shared", "where", "phrases"),
    [
        pytest.param(
            "claims: []\n",
            "1:1",
            [
                "unknown key 'claims' in claimcheck.yaml",
                "move claims to an assertion file",
            ],
            id="claims",
        ),
        pytest.param(
            "vocabularys: {}\n",
            "1:1",
            [
                "unknown key 'vocabularys' in claimcheck.yaml",
                "(did you mean 'vocabularies'?)",
            ],
            id="key",
        ),
        pytest.param(
            "defaults: [\n", "1:11", ["invalid YAML", "never closed"], id="syntax"
        ),
        pytest.param(
            "- a\n",
            "1:1",
            ["claimcheck.yaml must be a YAML mapping", "'vocabularies:'"],
            id="list",
        ),
        pytest.param(
            "defaults: {required: maybe}\n",
            "1:22",
            ["'required' in defaults must be true or false"],
            id="default-value",
        ),
        pytest.param(
            "vocabularies: {killed: ['killed (KIA)']}\n",
            "1:1",
            [],
            id="literal-paren-is-fine",
        ),
        pytest.param(
            "vocabularies: {killed: [{regex: '('}]}\n",
            "1:33",
            ["invalid regular expression '('"],
            id="regex",
        ),
        pytest.param(
            "corpus: nowhere\n",
            "1:9",
            ["corpus 'nowhere' does not exist (looked for nowhere)"],
            id="corpus",
        ),
    ],
)
def test_mistakes_in_shared_config(
    root: Path, shared: str, where: str, phrases: list[str]
) -> None:
    write(root, shared, "claimcheck.yaml")
    text = "claims: [{id: c, kind: entity, name: Lee}]\n"
    if not phrases:
        terms = load(root, text).vocabularies["killed"].terms
        assert terms == (Term(text="killed (KIA)"),)
        return
    message = error(root, text)
    assert message.startswith(f"claimcheck.yaml:{where}: ")
    for phrase in phrases:
        assert phrase in message


def test_missing_default_corpus(tmp_path: Path) -> None:
    path = write(tmp_path, "claims: [{id: c, kind: entity, name: Lee}]\n")
    with pytest.raises(AssertionFileError) as info:
        load_assertion_file(path, rootdir=tmp_path, default_corpus=["seeds"])
    message = str(info.value)
    assert message.startswith(f"{FILE}: corpus 'seeds' (the claimcheck_corpus setting")
    assert "create seeds" in message


# --- properties ---------------------------------------------------------------

YAMLISH = st.lists(
    st.sampled_from(
        [
            *"claims:- idkn{}[],&*!|>'\"#%$@`?\n\t 0123456789.",
            *("claims:", "id: ", "kind: ", "quantity", "entity", "measure: "),
            *("equals: ", "\n  - ", "\n    ", "between: ", "&a ", "*a"),
            "!!python/object:os.system",
        ]
    ),
    max_size=40,
).map("".join)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 20_000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["5%", "x", "$v", "$w", "(", "", "a::b", "km²", "negated"]),
)
KEYS = st.sampled_from(
    [
        *("id", "kind", "claim", "required", "strict", "context", "context_scope"),
        *("marks", "measure", "unit", "equals", "between", "at_least", "at_most"),
        *("tolerance", "polarity", "patterns", "phrases", "rivals", "rival_phrases"),
        *("value", "aliases", "name", "max_errors", "regex"),
    ]
)
VALUES = st.recursive(
    SCALARS | st.sampled_from(["quantity", "statement", "attribute", "entity"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    (root / "seeds").mkdir()
    return root


def loads_or_explains(root: Path, text: str) -> None:
    path = root / "nk.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_assertion_file(path, rootdir=root, default_corpus=["seeds"])
    except AssertionFileError as exc:
        assert str(exc).startswith("nk.yaml:")
        assert "\n" not in str(exc)


@given(text=YAMLISH)
@example(text="claims:\n\t- id: a")
@settings(max_examples=300, deadline=None)
def test_any_text_loads_or_explains(fuzz_root: Path, text: str) -> None:
    loads_or_explains(fuzz_root, text)


@pytest.mark.slow
@given(
    claims=st.lists(st.dictionaries(KEYS, VALUES, max_size=8), max_size=3),
    vocabularies=st.dictionaries(st.sampled_from(["v", "w"]), VALUES, max_size=2),
)
@settings(max_examples=300, deadline=None)
def test_any_structure_loads_or_explains(
    fuzz_root: Path, claims: list[object], vocabularies: dict[str, object]
) -> None:
    document = {"vocabularies": vocabularies, "claims": claims}
    loads_or_explains(fuzz_root, yaml.safe_dump(document, allow_unicode=True))


@given(number=st.integers(0, 10**12), style=st.sampled_from(["{:,}", "{:_}", "{}"]))
def test_written_numbers_round_trip(fuzz_root: Path, number: int, style: str) -> None:
    path = fuzz_root / "numbers.yaml"
    written = style.format(number)
    path.write_text(
        f"claims: [{{id: n, kind: quantity, measure: x, equals: '{written}'}}]\n"
    )
    claim = load_assertion_file(
        path, rootdir=fuzz_root, default_corpus=["seeds"]
    ).claims[0]
    assert isinstance(claim, QuantityClaim)
    assert claim.stated == Interval.point(number)
