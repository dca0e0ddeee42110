"""The files ``claimcheck init`` writes: a small project that passes as it is.

The example story (a ferry grounding on a lake) is made up; each claim kind
has one commented example, and both articles agree with every claim, so the
first ``pytest`` run passes and shows what a passing suite looks like.
"""

from __future__ import annotations

__all__ = ["ASSERTIONS_SCHEMA", "CONFIG_SCHEMA", "FILES", "GITIGNORE"]

#: where init writes the JSON Schemas of assertion files and claimcheck.yaml
ASSERTIONS_SCHEMA = ".claimcheck/assertions.schema.json"
CONFIG_SCHEMA = ".claimcheck/config.schema.json"

#: lines init makes sure .gitignore holds
GITIGNORE = (".pytest_cache/", "__pycache__/", "reports/")

EXAMPLE = f"""\
# yaml-language-server: $schema=../{ASSERTIONS_SCHEMA}
#
# The facts you believe about the story, one claim each. pytest checks every
# claim against every article in the corpus (claimcheck_corpus in pytest.ini):
#   supported     the article states the fact compatibly        -> pass
#   contradicted  it states the fact, and never compatibly      -> fail
#   missing       it does not state the fact                    -> skip
#                 (fail when the claim says `required: true`)
# `claimcheck check` lists every mistake in these files; the format is in
# docs/assertions.md of claimcheck.

# Words defined once and used by many claims as '$name'.
vocabularies:
  rescued: [rescued, pulled, saved]

claims:
  # quantity: a number bound to the words for what is counted. The
  # expectation is one of equals / between: [low, high] / at_least / at_most,
  # with an optional tolerance (10, or '5%'). "About 210" in an article reads
  # as 210 give or take 10%, so it agrees with 212.
  - id: ferry-rescued
    kind: quantity
    claim: passengers rescued after the grounding
    measure: $rescued
    equals: 212

  - id: ferry-missing
    kind: quantity
    claim: people still missing
    measure: [missing, unaccounted for]
    equals: 3
    required: true   # an article that does not say how many are missing fails

  # statement: a proposition written as plain sentences, matched by their
  # content words in one clause (any inflection). 'rival_phrases' contradict
  # it; 'polarity: negated' claims that something did NOT happen.
  - id: ferry-ran-aground
    kind: statement
    phrases: [the ferry ran aground]
    rival_phrases: [the ferry sank, the ferry capsized]

  # attribute: one expected value among rivals that would contradict it.
  - id: ferry-operator
    kind: attribute
    claim: the company that runs the ferry
    value: Varda Lines
    rivals: [Northshore Ferries]

  # entity: a name that should appear, with other spellings. A few typing
  # errors are tolerated in long names ('max_errors' sets how many).
  - id: harbour-master
    kind: entity
    name: Ilse Marten
    aliases: [Ilse Martens]
"""

ARTICLE_ONE = """\
---
title: Ferry runs aground on Lake Varda
outlet: The Example Gazette
date: 2026-03-02
---

The ferry ran aground on a sandbank in the north of Lake Varda on Sunday
evening, the harbour master, Ilse Marten, said. The Aster had left port an
hour earlier.

Rescue crews pulled 212 passengers from the water overnight. Three people are
still missing, and the search will resume at first light.

The ferry is run by Varda Lines, which said it would help the inquiry.
"""

ARTICLE_TWO = """\
---
title: Inquiry opens into the Aster grounding
outlet: The Example Herald
date: 2026-03-03
---

An inquiry opened on Monday into how the ferry ran aground on Lake Varda.
About 210 people were rescued, according to the harbour master, Ilse
Martens, and three remain missing.

Varda Lines, the operator, has suspended its northern route while divers
inspect the hull.
"""

PYTEST_INI = """\
[pytest]
# claimcheck: the articles to check (folders, files or globs), and the
# folders whose YAML files are assertion files
claimcheck_corpus = articles
claimcheck_assertions = assertions
testpaths = assertions
"""

#: the GitHub workflow init writes; docs/ci.md shows the same text (a test
#: holds the two together)
WORKFLOW = r"""
# claimcheck: on a push to main, every claim against every article; on a
# pull request, the articles and assertion files it changes, with the result
# posted as one comment on the pull request (updated in place on every push).
name: claimcheck
on:
  push:
    branches: [main]   # your default branch
  pull_request:
permissions:
  contents: read
  pull-requests: write   # to post and update the comment
jobs:
  claims:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the history --claimcheck-changed compares with
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # claimcheck[html]==... when the corpus holds web pages (.html)
      - run: pip install "claimcheck=={version}"
      - name: the assertion files are valid
        run: claimcheck check
      - name: the articles agree with the claims
        id: check
        # the later steps run either way; the last one fails the job
        continue-on-error: true
        env:
          CHANGED: >-
            ${{ github.event_name == 'pull_request'
            && format('--claimcheck-changed=origin/{0}', github.base_ref) || '' }}
        run: >
          pytest $CHANGED
          --claimcheck-report=reports/claimcheck.html
          --claimcheck-report=reports/claimcheck.comment.md
      - name: keep the HTML report
        uses: actions/upload-artifact@v4
        if: always()
        with:
          name: claimcheck-report
          path: reports/claimcheck.html
          if-no-files-found: ignore
      - name: post or update the pull request comment
        uses: actions/github-script@v7
        if: >-
          always() && github.event_name == 'pull_request'
          && github.event.pull_request.head.repo.full_name == github.repository
        env:
          OUTCOME: ${{ steps.check.outcome }}
          RUN_URL: >-
            ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{
            github.run_id }}
        with:
          script: |
            const fs = require("fs");
            const file = "reports/claimcheck.comment.md";
            const marker = "<!-- claimcheck -->";
            let body = fs.existsSync(file)
              ? fs.readFileSync(file, "utf8")
              : `claimcheck found nothing to report (${process.env.OUTCOME}).`;
            // a comment holds at most 65,536 characters
            const url = process.env.RUN_URL;
            const more = `\n\nFull report: ${url} (artifact claimcheck-report)`;
            if (body.length > 60000) body = body.slice(0, 60000) + "\n\n(cut short)";
            body = `${marker}\n${body}${more}`;
            const { owner, repo } = context.repo;
            const issue_number = context.issue.number;
            const comments = await github.paginate(github.rest.issues.listComments, {
              owner, repo, issue_number,
            });
            const old = comments.find((c) => c.body && c.body.startsWith(marker));
            if (old) {
              await github.rest.issues.updateComment({
                owner, repo, comment_id: old.id, body,
              });
            } else {
              await github.rest.issues.createComment({
                owner, repo, issue_number, body,
              });
            }
      - name: fail the job when the check failed
        if: steps.check.outcome == 'failure'
        run: exit 1
""".removeprefix("\n")

#: relative path -> content ({version} is the installed claimcheck's)
FILES = {
    "assertions/ferry.yaml": EXAMPLE,
    "articles/2026-03-02-ferry-aground.md": ARTICLE_ONE,
    "articles/2026-03-03-ferry-inquiry.md": ARTICLE_TWO,
    "pytest.ini": PYTEST_INI,
    ".github/workflows/claimcheck.yml": WORKFLOW,
}
