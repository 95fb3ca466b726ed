"""Claim files: good ones load with positions, bad ones give one positioned problem."""

from pathlib import Path

import pytest

from factcheck.inputs.claims import load_claims


def load(workspace, text: str | bytes, name: str = "c.yaml"):
    folder = workspace({name: text})
    return load_claims([folder / name])


def test_mapping_form_keeps_file_line_and_column(workspace):
    claims, problems = load(workspace, "claims:\n  - figure: '33 of 257'\n    sentence: Just 33 of 257.\n")
    assert problems == []
    (c,) = claims
    assert (c.line, c.column, c.id, c.figure) == (2, 5, "c-1", "33 of 257")


def test_bare_list_and_numeric_figure(workspace):
    claims, problems = load(workspace, "- figure: 33\n  sentence: Just 33 were sacked.\n  id: x\n")
    assert problems == [] and claims[0].figure == "33" and claims[0].id == "x"


@pytest.mark.parametrize("text,line,fragment", [
    ("claims:\n  - figure: '33\n    sentence: x\n", None, "YAML syntax"),
    ("claims:\n  - sentence: Just 33 were sacked.\n", 2, "no 'figure'"),
    ("claims:\n  - figure: 33\n", 2, "no 'sentence'"),
    ("claims:\n  - figure: ''\n    sentence: s\n", 2, "'figure' is empty"),
    ("claims:\n  - figure: many\n    sentence: s\n", 2, "holds no number"),
    ("claims:\n  - figure: [1, 2]\n    sentence: s\n", 2, "must be text, not a list"),
    ("claims:\n  - figure: 3\n    figure: 4\n    sentence: s\n", 3, "duplicate key 'figure'"),
    ("claims:\n  - !!python/object/apply:os.system ['true']\n", 2, "tag"),
    ("a: &a [1, 2]\nb: [*a, *a]\n", None, "alias"),
    ("just text\n", 1, "single value"),
])
def test_bad_claim_is_one_positioned_problem(workspace, text, line, fragment):
    claims, problems = load(workspace, text)
    assert claims == []
    (problem,) = problems
    assert problem.severity == "error" and fragment in problem.message
    assert problem.file.endswith("c.yaml")
    if line is not None:
        assert problem.line == line


def test_syntax_error_line_is_one_based(workspace):
    _, (problem,) = load(workspace, "claims:\n  - figure: 3\n\tsentence: tab\n")
    assert problem.line == 3 and str(problem).startswith(problem.file + ":3:")


def test_duplicate_ids_across_files(workspace):
    folder = workspace({
        "a.yaml": "- {id: x, figure: 3, sentence: three}\n",
        "b.yaml": "- {id: x, figure: 4, sentence: four}\n",
    })
    claims, problems = load_claims([folder])
    assert [c.file for c in claims] == [str(folder / "a.yaml")]
    assert "duplicate claim id 'x'" in problems[0].message and problems[0].file.endswith("b.yaml")


def test_unknown_key_is_a_warning(workspace):
    claims, (problem,) = load(workspace, "- {figure: 3, sentence: s, colour: red}\n")
    assert len(claims) == 1 and problem.severity == "warning" and "colour" in problem.message


def test_bom_and_windows_line_ends(workspace):
    claims, problems = load(workspace, b"\xef\xbb\xbf- figure: 3\r\n  sentence: three\r\n")
    assert problems == [] and claims[0].sentence == "three"


def test_not_utf8_names_the_file(workspace):
    _, (problem,) = load(workspace, b"- figure: 3\n  sentence: caf\xe9\n")
    assert "not UTF-8" in problem.message and problem.line == 2


def test_missing_path_and_empty_folder(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    _, problems = load_claims([tmp_path / "nope", tmp_path / "empty"])
    assert [p.message for p in problems] == ["no such file or folder", "no claim files (*.yaml, *.yml) in this folder"]


def test_a_figure_that_reads_only_in_its_sentence_is_a_figure(workspace):
    """ "1/3" is a fraction, "at odds of 1/3" betting odds, and "in the second round" a place
    (issue 14: every figure reads); "Covid-19" is a name, and says so."""
    claims, problems = load(workspace, "- figure: '1/3'\n  sentence: She was favourite to go, at odds of 1/3.\n"
                                       "- figure: '1/3'\n  sentence: The 1/3 rule applies.\n"
                                       "- figure: second\n  sentence: He went out in the second round.\n"
                                       "- figure: Covid-19\n  sentence: Covid-19 cases rose.\n"
                                       "- figure: 4G\n  sentence: The 4G network launched.\n"
                                       "- figure: x2\n  sentence: Output went up x2.\n")
    assert [c.figure for c in claims] == ["1/3", "1/3", "second", "x2"]
    assert [p.message for p in problems] == ["figure 'Covid-19' is a number inside a name, not a figure",
                                             "figure '4G' is a number inside a name, not a figure"]


def test_a_figure_in_pence_is_a_figure(workspace):
    """ "274p" was refused as holding no number, and with it the whole claim file."""
    claims, problems = load(workspace, "- figure: '274p'\n  sentence: The shares closed down 274p at 1115 pence.\n")
    assert [c.figure for c in claims] == ["274p"] and problems == []
