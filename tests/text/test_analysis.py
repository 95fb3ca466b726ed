"""The sentence analysis the matcher reads: clauses, the words around each figure, and the index's terms."""

from factcheck.text.analysis import analyse, index_terms
from hypothesis import given

from tests.helpers import ANY_TEXT, FAST, TRIED


@FAST
@given(ANY_TEXT)
def test_index_terms_are_the_terms_of_the_full_analysis(text):
    """The index is built from `index_terms`, the matcher scores with `analyse`: they must agree."""
    TRIED["index terms"] += 1
    assert index_terms(text) == analyse(text).content_terms()
