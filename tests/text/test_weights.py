"""The reference word weights (text/weights.py, data/weights.tsv)."""

import subprocess
import sys

from factcheck.text.weights import known, reference_idf, reference_sentences
from factcheck.text.words import term_of
from tests.helpers import ROOT


def test_rare_words_weigh_more_and_an_unknown_one_most():
    said, trident = term_of("company"), term_of("Trident")
    assert known(said) and reference_idf(said) < reference_idf(trident)
    assert not known("zzyzzyx") and reference_idf("zzyzzyx") > reference_idf(trident)
    assert reference_sentences() > 30_000


def test_the_committed_table_is_what_the_builder_makes():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "weights" / "build.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_figures_terms_are_read_from_the_table_too():
    assert known("#percent::2") and reference_idf("#percent::2") < reference_idf("#percent::2.000001")
