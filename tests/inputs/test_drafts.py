"""The draft reader: Markdown and plain text to claims at the draft's lines, and the claim-file scaffold."""

import pytest

from factcheck.inputs.claims import load_claim_file
from factcheck.inputs.drafts import draft_claims, draft_sentences, figure_of, read_draft, scaffold

DRAFT = """\
---
title: 42 reasons
date: 2022-02-11
---

# 3. Findings of 2021

Just 33 of the 257 officers disciplined since 2018 were [sacked](https://example.com/2018/99/report).
The Telegraph found
that 921 officers were investigated.[^1] It was published on 11 February 2022.

```python
officers = 55  # code is not prose
```

~~~
77 in a tilde fence
~~~

    indented = 88

1. Only 6pc of investigated officers were dismissed.
2. In 2013, nothing.

> Some **36** police forces responded, see `table 12` and ![chart 5](img/5.png).

| force | 99 |
|-------|----|

<!-- a comment with 66 -->
Of 14 officers investigated, two were fired.

[^1]: Counted by the Telegraph in 2017 from 29 forces.
[ref]: https://example.com/123
"""

# (figure, line, column of its first number, sentence) for every claim of DRAFT.
EXPECTED = [
    ("33 of 257", 8, 6, "Just 33 of the 257 officers disciplined since 2018 were sacked."),
    ("921", 10, 6, "The Telegraph found that 921 officers were investigated."),
    ("6pc", 22, 9, "Only 6pc of investigated officers were dismissed."),
    ("36", 25, 10, "Some 36 police forces responded, see and ."),
    ("two of 14", 31, 4, "Of 14 officers investigated, two were fired."),
    ("29", 33, 45, "Counted by the Telegraph in 2017 from 29 forces."),
]


def test_markdown_draft_claims_skip_code_links_front_matter_and_dates():
    claims = draft_claims(DRAFT, "notes/draft.md")
    assert [(c.figure, c.line, c.column, c.sentence) for c in claims] == EXPECTED
    assert [c.id for c in claims] == ["draft-8", "draft-10", "draft-22", "draft-25", "draft-31", "draft-33"]
    assert {c.file for c in claims} == {"notes/draft.md"}


def test_every_claim_points_at_its_figure_in_the_draft():
    lines = DRAFT.split("\n")
    for claim in draft_claims(DRAFT, "d.md"):
        first = claim.figure.split(" ")[0].split(",")[0]
        text = lines[claim.line - 1][claim.column - 1:]
        assert text.startswith(first) or first in {"two"} and text.startswith("14"), (claim, text)


@pytest.mark.parametrize("sentence, figure", [
    ("Just 33 of the 257 officers were sacked.", "33 of 257"),
    ("Out of the 63 allegations made, 23 have been substantiated.", "23 of 63"),
    ("It happened in 2013.", None),
    ("It was published on 11 February 2022.", None),
    ("Only six per cent were dismissed.", "six per cent"),
    ("He was jailed for 12 months.", "12 months"),
    ("No figure here.", None),
])
def test_figure_of_a_sentence(sentence, figure):
    assert figure_of(sentence) == figure


def test_plain_text_sentences_keep_their_lines():
    text = "First line with 12 officers. Second sentence has\n14 more.\n\nNew paragraph, 3 forces.\n"
    got = [(s.text, s.line, s.column) for s in draft_sentences(text)]
    assert got == [("First line with 12 officers.", 1, 1), ("Second sentence has 14 more.", 1, 30),
                   ("New paragraph, 3 forces.", 4, 1)]


def test_an_unclosed_front_matter_marker_is_not_front_matter():
    assert [c.figure for c in draft_claims("---\nAbout 40 officers left.\n", "d.md")] == ["40"]


def test_read_draft_problems(tmp_path):
    assert read_draft(tmp_path / "nope.md")[1][0].message.startswith("cannot read")
    empty = tmp_path / "empty.md"
    empty.write_text("# Nothing\n\nNo figures at all.\n")
    claims, problems = read_draft(empty)
    assert claims == [] and problems[0].severity == "warning"


def test_scaffold_is_a_claim_file_that_loads(tmp_path):
    claims = draft_claims(DRAFT + '\nShe said "100" twice: 7 times.\n', "draft.md")
    path = tmp_path / "claims.yaml"
    path.write_text(scaffold(claims, draft="draft.md"))
    loaded, problems = load_claim_file(path)
    assert problems == []
    assert [(c.id, c.figure, c.sentence) for c in loaded] == [(c.id, c.figure, c.sentence) for c in claims]

