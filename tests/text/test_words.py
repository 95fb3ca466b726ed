"""Words as the matcher sees them: light stems, stop words, and the synonym groups of the trade."""

import pytest

from factcheck.text.words import _SYNONYM_GROUPS, DIRECTION_WORDS, STOPWORDS, canonical, stem, term_of, tokens


@pytest.mark.parametrize("one_form, another", [
    ("sacked", "sack"),
    ("investigated", "investigation"),  # both "investig" (README: a writer paraphrases)
    ("organised", "organized"),  # British -ise and American -ize
    ("behaviour", "behavior"),  # and -our, -or
    ("colours", "colour"),
    ("officer's", "officer"),
    ("officer\u2019s", "officer"),  # a curly apostrophe, as pasted from a web page
    ("officers'", "officer"),
    ("dropped", "drop"),  # the doubled consonant goes
    ("allegations", "alleged"),
])
def test_forms_of_a_word_meet_at_one_stem(one_form, another):
    assert stem(one_form) == stem(another)


def test_investigated_and_investigation_meet_at_investig():
    assert stem("investigated") == stem("investigation") == "investig"


@pytest.mark.parametrize("word, expected", [("was", "was"), ("Met", "met"), ("UK", "uk"), ("pc", "pc")])
def test_short_words_are_only_lowered(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize("word, synonym", [
    ("sacked", "dismissed"), ("fired", "sacked"), ("officers", "constables"), ("cops", "officers"),
    ("Metropolitan", "Met"), ("jailed", "imprisoned"), ("women", "woman"), ("rose", "increased"),
    ("fell", "declined"), ("investigated", "probed"),
])
def test_synonyms_of_the_trade_share_one_term(word, synonym):
    assert term_of(word.lower()) == term_of(synonym.lower())


@pytest.mark.parametrize("word, other", [
    ("rose", "fell"), ("arrested", "convicted"), ("women", "men"), ("sacked", "resigned"),
])
def test_different_statements_keep_different_terms(word, other):
    """README: "arrested" does not support "convicted"; a rise is not a fall."""
    assert term_of(word) != term_of(other)


def test_canonical_leaves_a_word_outside_every_group_alone_and_is_idempotent():
    assert canonical("zebra") == "zebra"
    for group in _SYNONYM_GROUPS:
        for word in group:
            name = canonical(stem(word))
            assert canonical(name) == name, word


def test_no_stem_belongs_to_two_synonym_groups():
    """'posts' (jobs) and 'posted' (shared) both stemmed to 'post', and the later group took it."""
    groups: dict[str, set[tuple[str, ...]]] = {}
    for group in _SYNONYM_GROUPS:
        for word in group:
            groups.setdefault(stem(word), set()).add(group)
    assert {s: g for s, g in groups.items() if len(g) > 1} == {}


def test_direction_words_are_stop_words_kept_for_a_figures_context():
    assert DIRECTION_WORDS <= STOPWORDS


def test_tokens_are_the_words_in_order_figures_left_out():
    text = "Just 33 of the 257 officers were sacked."
    got = tokens(text)
    assert [text[t.start:t.end] for t in got] == ["Just", "of", "the", "officers", "were", "sacked"]
    assert [t.position for t in got] == list(range(6))
    assert [t.stop for t in got] == [True, True, True, False, True, False]
    assert got[3].term == term_of("constables") and got[5].term == term_of("dismissed")


def test_a_word_glued_to_digits_is_still_the_word():
    (token,) = tokens("allegations9104464619163")
    assert (token.term, token.start, token.end) == (term_of("allegations"), 0, 11)


def test_tokens_lower_case_before_looking_up():
    assert [t.term for t in tokens("SACKED Officers")] == [term_of("sacked"), term_of("officers")]
