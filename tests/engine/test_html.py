"""Web pages as articles: the main text, its places in the page, the metadata."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from claimcheck.engine.articles import Article, load_article, parse_article
from claimcheck.engine.html import extractor_missing, page_text
from claimcheck.errors import ArticleError, ArticleSkipped

DATA = Path(__file__).parents[1] / "data" / "html"

needs_extra = pytest.mark.skipif(
    extractor_missing(), reason="the html extra (trafilatura) is not installed"
)


def page_char(page: str, article: Article, offset: int) -> str:
    """The page's character at the place ``article.position`` gives."""
    line, column = article.position(offset)
    return page.splitlines()[line - 1][column - 1]


def assert_every_character_found(page: str, article: Article) -> None:
    """Each visible character of the text stands at its place in the page,
    or there a character reference (``&rsquo;``) that reads as it.
    """
    for m in regex.finditer(r"\S", article.text):
        found = page_char(page, article, m.start())
        assert found in (m.group(), "&"), (m.start(), m.group(), found)


@needs_extra
def test_the_main_text_is_read_and_the_rest_left_out() -> None:
    article = load_article(DATA / "harbour_fire.html", display_path="fire.html")
    assert article.text.startswith("Warehouse fire at Port Elsby leaves 14 dead\n\n")
    assert "Another 23 workers were taken to hospital" in article.text
    # entities decoded, hard-wrapped lines joined
    assert "the district’s fire chief" in article.text
    assert "Castell & Rook Logistics" in article.text
    # menus, banners, teasers, scripts, styles and the footer are not the article
    for outside in ("Weather", "cookies", "Dock strike", "250", "99 killed", "©"):
        assert outside not in article.text
    # one paragraph of the page, one paragraph of the text
    assert len(article.paragraphs) == 5


@needs_extra
def test_positions_are_places_in_the_page() -> None:
    path = DATA / "harbour_fire.html"
    page = path.read_text(encoding="utf-8")
    article = load_article(path, display_path="fire.html")
    assert_every_character_found(page, article)
    lines = page.splitlines()
    # a number in a wrapped paragraph, inside <strong>: its own line and column
    at = article.text.index("23 workers")
    line, column = article.position(at)
    assert lines[line - 1][column - 1 :].startswith("23 workers</strong>")
    # a character reference stands at its "&"
    at = article.text.index("’s fire chief")
    line, column = article.position(at)
    assert lines[line - 1][column - 1 :].startswith("&rsquo;s fire chief")


@needs_extra
def test_the_page_metadata_are_the_front_matter_fields() -> None:
    article = load_article(DATA / "harbour_fire.html", display_path="fire.html")
    assert article.metadata == {
        "title": "Warehouse fire at Port Elsby leaves 14 dead",
        "date": "2025-02-11",
        "outlet": "The Northern Ledger",
        "url": "https://ledger.example/2025/02/port-elsby-fire",
        "author": "Mira Castell",
    }


@needs_extra
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_ends_keep_places_exact(newline: str) -> None:
    page = newline.join(
        [
            "<html><body><article>",
            "<h2>Bridge closed after barge strike</h2>",
            "<p>The river authority closed the Hallam bridge on Friday after a",
            "barge struck one of its piers. Engineers said repairs would take",
            "at least 12 weeks and cost about 4 million euros.</p>",
            "<p>About 30,000 vehicles cross the bridge on a normal weekday,",
            "according to the city&#8217;s latest traffic count.</p>",
            "</article></body></html>",
        ]
    )
    article = parse_article(page.encode(), path="bridge.html")
    assert article.position(article.text.index("12 weeks")) == (5, 10)
    assert article.position(article.text.index("30,000")) == (6, 10)
    assert article.position(article.text.index("’s latest")) == (7, 22)


@needs_extra
@pytest.mark.parametrize(
    ("declared", "codec", "words"),
    [
        ("windows-1251", "cp1251", "Мост закрыт на 12 недель."),
        # browsers read a page labelled latin-1 as windows-1252: curly quotes
        ("ISO-8859-1", "cp1252", "“The bridge stays shut for 12 weeks.”"),
        ("shift_jis", "shift_jis", "橋は12週間閉鎖される。"),
    ],
    ids=["cp1251", "latin-1-label", "shift-jis"],
)
def test_a_page_is_read_in_the_charset_it_declares(
    declared: str, codec: str, words: str
) -> None:
    page = (
        f'<html><head><meta charset="{declared}"></head><body><article>'
        f"<p>{words}</p><p>{words}</p></article></body></html>"
    )
    # no warning: pytest's filterwarnings = error would raise it
    article = parse_article(page.encode(codec), path="p.html")
    assert article.text == f"{words}\n\n{words}"
    assert article.position(article.text.rindex(words)) == (1, page.rindex(words) + 1)


@needs_extra
@pytest.mark.parametrize(
    "declared",
    # UTF-16 and EBCDIC cannot be the charset of a page whose meta is ASCII
    [
        "base64",
        "rot13",
        "idna",
        "no-such-charset",
        "utf-16",
        "utf-16le",
        "utf-32",
        "cp037",
    ],
)
def test_a_charset_that_is_no_charset_reads_the_page_as_utf8(declared: str) -> None:
    page = f'<meta charset="{declared}"><p>Ökonomen zählten 12 Schiffe.</p>'
    article = parse_article(page.encode("utf-8"), path="p.html")
    assert article.text == "Ökonomen zählten 12 Schiffe."


@needs_extra
def test_a_page_without_article_text_is_skipped_with_a_note() -> None:
    page = "<html><head><title>Loading</title></head><body><div></div></body></html>"
    with pytest.raises(ArticleSkipped, match=r"^empty\.html: no article text found"):
        parse_article(page, path="empty.html")


def test_without_the_extra_a_page_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    assert extractor_missing()
    with pytest.raises(ArticleError) as caught:
        parse_article(b"<p>12 people died.</p>", path="news/a.html")
    assert str(caught.value) == (
        "news/a.html: a web page is read through the html extra, which is not"
        " installed; install it (pip install 'claimcheck[html]') or remove the"
        " page from the corpus"
    )


# -- page_text: finding extracted paragraphs in the page, without the extra ----


PAGE = """\
<div class="story">
<p>Officials counted <em>41</em> dead and
   &quot;dozens&quot; missing.</p>
<p class="ad">Subscribe now for 1 euro</p>
<p>Rain is expected to ease by Thursday.</p>
</div>
"""


def test_paragraphs_are_found_whole_across_tags_and_wraps() -> None:
    text, places = page_text(
        PAGE,
        ['Officials counted 41 dead and "dozens" missing.', "Rain is expected."],
    )
    assert text.startswith('Officials counted 41 dead and "dozens" missing.\n\n')
    assert PAGE[places[text.index("41")] :].startswith("41</em>")
    assert PAGE[places[text.index('"dozens"')] :].startswith("&quot;dozens")
    assert PAGE[places[text.index("missing")] :].startswith("missing.")


def test_a_changed_paragraph_is_found_word_by_word() -> None:
    # the extractor dropped words of the paragraph: the words it kept are found
    text, places = page_text(PAGE, ["Officials counted 41 missing.", "Rain is"])
    for word in ("Officials", "41", "missing.", "Rain"):
        assert PAGE[places[text.index(word)] :].startswith(word)


def test_every_offset_of_the_text_has_a_place() -> None:
    text, places = page_text(PAGE, ["Nothing on this page says this.", "Rain is"])
    assert len(places) == len(text) + 1
    assert all(0 <= p <= len(PAGE) for p in places)
    # words not in the page take the place of the first word found
    assert places[0] == PAGE.index("Rain")
    assert list(places[text.index("Rain") :]) == sorted(places[text.index("Rain") :])


def test_the_same_sentence_twice_maps_in_order() -> None:
    page = "<p>The dam held.</p><aside>Ad</aside><p>The dam held.</p>"
    text, places = page_text(page, ["The dam held.", "The dam held."])
    first, second = places[0], places[text.rindex("The")]
    assert (first, second) == (3, page.rindex("The"))


# -- end to end: a page in the corpus ------------------------------------------

FIRE_DEAD = """\
claims:
  - id: fire-dead
    kind: quantity
    measure: [killed, dead]
    equals: 12
"""


def place_in_page(page: str, needle: str) -> str:
    """``line:column`` of the first ``needle`` in ``page``."""
    before = page[: page.index(needle)]
    return f"{before.count(chr(10)) + 1}:{len(before) - before.rfind(chr(10))}"


@needs_extra
def test_a_failure_quotes_its_place_in_the_page(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    page = (DATA / "harbour_fire.html").read_text(encoding="utf-8")
    project = make_project({"fire.yaml": FIRE_DEAD}, {"fire.html": page})
    result = project.runpytest("assertions", "--claimcheck-json=out.json")
    result.assert_outcomes(failed=1)
    headline = place_in_page(page, "14 dead</h1>")
    lead = place_in_page(page, "Fourteen people were killed")
    result.stdout.fnmatch_lines(
        [
            "contradicted by articles/fire.html (The Northern Ledger, 2025-02-11:"
            " “Warehouse fire at Port Elsby leaves 14 dead” <https://ledger.*>)",
            f"{headline.split(':')[0]} Warehouse fire at Port Elsby leaves 14 dead",
            f"{lead.split(':')[0]} Fourteen people were killed when fire swept*",
            f"articles/fire.html:{headline}: fire-dead contradicted: '14'*",
        ]
    )
    [record] = json.loads((project.path / "out.json").read_text())["results"]
    places = [f"{e['line']}:{e['column']}" for e in record["evidence"]]
    assert places == [headline, lead]
    assert record["evidence"][1]["sentence"].startswith("Fourteen people were killed")


def test_without_the_extra_a_corpus_of_pages_stops_with_one_message(
    make_project: Callable[..., pytest.Pytester], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    pages = {f"p{n}.html": "<p>12 killed.</p>" for n in range(5)}
    project = make_project({"fire.yaml": FIRE_DEAD}, {"a.txt": "12 killed.\n", **pages})
    result = project.runpytest("assertions")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "assertions/fire.yaml: the corpus holds web pages (articles/p0.html,"
            " articles/p1.html, articles/p2.html and 2 more), read through the"
            " html extra, which is not installed; install it"
            " (pip install 'claimcheck[html]') or leave the pages out of the corpus"
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_a_tag_that_never_closes_is_text() -> None:
    # the standard parser read each "<" with no ">" after it as a tag running
    # to the end of the page, once for each: "<a <a <a ..." took minutes
    page = "<p>The storm killed 12 people.</p><p>Then <" + "<a " * 20_000
    text, places = page_text(page, ["The storm killed 12 people."])
    assert text.startswith("The storm killed 12 people.")
    assert page[places[4]] == "s"
