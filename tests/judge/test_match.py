"""The matcher on a tiny hand-written index: a claim read once (prepare), a passage scored against it
(score_passage), and the passages retrieved for it (candidates)."""

import pytest

from factcheck.index.memory import SentenceIndex
from factcheck.inputs.sources import SourceText
from factcheck.judge.match import (
    DOCUMENT_CREDIT,
    MAX_SENTENCES,
    NEIGHBOUR_CREDIT,
    Candidate,
    candidates,
    prepare,
    score_passage,
)
from factcheck.text.analysis import value_token
from factcheck.text.words import term_of
from tests.helpers import SACKED, make_claim

POLICE = ("Police misconduct.\n"
          f"{SACKED}\n"
          "The force said PC Mitchel was among them. Police arrested 12 men in the raid.\n"
          "The Met recorded 55 allegations against officers. Only 36 forces responded, although 12 others failed to.\n")
MONEY = ("Results day.\n"
         "Profits rose to £5m last year. Sales rose 7.5% last year.\n"
         "The Labour Party received £5m in donations.\n"
         "Women earn 16% less than men. Only 16% of women earn more than £50,000.\n")


@pytest.fixture(scope="module")
def index() -> SentenceIndex:
    return SentenceIndex([SourceText("police.txt", POLICE), SourceText("money.txt", MONEY)])


def sid(index: SentenceIndex, start: str) -> int:
    """The id of the sentence that begins with `start`."""
    (found,) = [i for i, s in enumerate(index.sentences) if s.text.startswith(start)]
    return found


def query(index, figure: str, sentence: str, source: str | None = None):
    return prepare(make_claim(figure, sentence, source=source), index)


def lined_up(candidate: Candidate) -> list[tuple[str, str | None, str]]:
    """Each number of the figure, the source figure playing its part, and how they relate."""
    return [(a.claim.text, a.source and a.source.text, a.relation) for a in candidate.alignments]


# prepare ------------------------------------------------------------------------------------

def test_prepare_finds_the_figures_numbers_in_the_sentence(index):
    q = query(index, "33 of 257", SACKED)
    assert q.figure == (0, 1)
    assert [(n.value, n.role) for n in q.numbers] == [(33, "part"), (257, "whole")]


def test_prepare_sets_the_figure_aside_from_the_statement_words(index):
    q = query(index, "33 of 257", SACKED)
    assert value_token(q.numbers[0]) not in q.terms and value_token(q.numbers[1]) not in q.terms
    assert {term_of("officers"), term_of("sacked"), "#year::2018"} <= q.terms  # other figures still count
    assert set(q.weights) == q.terms and all(w > 0 for w in q.weights.values())


def test_prepare_a_figure_that_is_part_of_a_larger_form(index):
    q = query(index, "13", "It happened on 13 November 2019.")
    assert q.figure == (0,) and q.numbers[0].kind == "date"


def test_prepare_a_figure_the_sentence_does_not_hold_is_appended(index):
    q = query(index, "40", "Officers were sacked.")
    assert [(n.value, n.kind) for n in q.numbers] == [(40, "count")]
    assert {term_of("officers"), term_of("sacked")} <= q.terms


def test_prepare_the_verbs_are_the_statements_not_the_wholes(index):
    """README: the whole's own words ("the 257 officers disciplined since 2018") are not the statement's verb."""
    assert query(index, "33 of 257", SACKED).predicates == {term_of("sacked")}


def test_prepare_companions_are_the_other_figures_of_the_clause(index):
    """README: "rose 7.5% to £24.8bn" needs both in one source sentence."""
    assert [c.text for c in query(index, "7.5%", "Sales rose 7.5% to £24.8bn.").companions] == ["£24.8bn"]


def test_prepare_finds_the_sources_spelling_of_a_name(index):
    q = query(index, "33", "PC Mitchell sacked 33 officers.")
    assert q.spellings == {"mitchell": frozenset({"mitchel"})}
    assert q.names == q.subject == {"mitchell"}


def test_prepare_a_title_is_not_the_subject(index):
    assert query(index, "33", "Lord Smith sacked 33 officers.").subject == {"smith"}


def test_prepare_a_word_the_reference_never_uses_weighs_less_though_it_is_rarer(index):
    seen = query(index, "12", "Police arrested 12 men in the raid.").weights["raid"]
    unseen = query(index, "12", "Police arrested 12 men in the zorblatt.").weights[term_of("zorblatt")]
    assert index.idf(term_of("zorblatt")) > index.idf("raid") and unseen < seen


def test_word_weights_do_not_depend_on_the_sources(index):
    other = SentenceIndex([SourceText("police.txt", POLICE)])
    claim = "Police arrested 12 men in the raid."
    assert query(index, "12", claim).weights == query(other, "12", claim).weights
    assert index.idf("raid") == other.idf("raid")


# score_passage ------------------------------------------------------------------------------

def test_a_passage_making_the_statement_with_the_same_figures(index):
    found = score_passage(query(index, "33 of 257", "Just 33 of the 257 officers were sacked."),
                          (sid(index, "Just 33"),), index)
    assert lined_up(found) == [("33", "33", "equal"), ("257", "257", "equal")]
    assert found.coverage == pytest.approx(1.0) and found.unmet == () and found.names_found
    assert (found.passage.source, found.passage.line, found.passage.text) == ("police.txt", 2, SACKED)


def test_a_passage_with_another_value_for_a_number(index):
    found = score_passage(query(index, "35 of 257", "Just 35 of the 257 officers were sacked."),
                          (sid(index, "Just 33"),), index)
    assert lined_up(found) == [("35", "33", "differs"), ("257", "257", "equal")]


def test_arrested_does_not_make_convicted(index):
    """README: "arrested" does not support "convicted"; the reason quotes the writer's word, not its stem."""
    found = score_passage(query(index, "12", "Police convicted 12 men in the raid."), (sid(index, "Police arrested"),),
                          index)
    assert lined_up(found) == [("12", "12", "equal")] and found.unmet == ("'convicted'",)


def test_a_companion_figure_missing_from_the_clause(index):
    found = score_passage(query(index, "7.5%", "Sales rose 7.5% to £24.8bn."), (sid(index, "Sales rose"),), index)
    assert lined_up(found) == [("7.5%", "7.5%", "equal")] and found.unmet == ("£24.8bn",)


def test_the_figure_lines_up_with_its_role_not_with_the_same_digits(index):
    """The 12 that "failed to" respond is not the 12 of "12 forces responded"; the 36 that responded is."""
    passage = (sid(index, "Only 36"),)
    responded = score_passage(query(index, "12", "Only 12 forces responded."), passage, index)
    assert lined_up(responded) == [("12", "36", "differs")]
    failed = score_passage(query(index, "12", "Only 12 others failed to respond."), passage, index)
    assert lined_up(failed) == [("12", "12", "equal")]


def test_rose_by_is_not_rose_to(index):
    (alignment,) = score_passage(query(index, "£5m", "Profits rose £5m last year."),
                                 (sid(index, "Profits rose"),), index).alignments
    assert alignment.relation == "equal" and not alignment.counts_same


def test_a_difference_is_not_a_share(index):
    """README: "16 per cent less than men" is not "16% of women"."""
    q = query(index, "16 per cent", "Women earn 16 per cent less than men.")
    assert lined_up(score_passage(q, (sid(index, "Women earn"),), index)) == [("16 per cent", "16%", "equal")]
    assert lined_up(score_passage(q, (sid(index, "Only 16%"),), index)) == [("16 per cent", None, "absent")]


def test_a_passage_about_someone_else(index):
    found = score_passage(query(index, "£5m", "The Conservatives received £5m in donations."),
                          (sid(index, "The Labour"),), index)
    assert lined_up(found) == [("£5m", "£5m", "equal")]
    assert found.other_subject and not found.names_found
    own = score_passage(query(index, "£5m", "The Labour Party received £5m in donations."),
                        (sid(index, "The Labour"),), index)
    assert not own.other_subject and own.names_found


def test_words_of_a_neighbour_count_more_than_words_elsewhere_in_the_article(index):
    """ "Mitchel" stands in the next sentence: counted at NEIGHBOUR_CREDIT in a passage holding it, at
    DOCUMENT_CREDIT in one that does not; the passage shown is still the figure's sentence."""
    q = query(index, "33", "PC Mitchell sacked 33 officers.")
    first = sid(index, "Just 33")
    alone, with_next = score_passage(q, (first,), index), score_passage(q, (first, first + 1), index)
    assert alone.coverage < with_next.coverage < 1.0
    lost_alone, lost_with_next = 1 - alone.coverage, 1 - with_next.coverage
    assert lost_alone / lost_with_next == pytest.approx((1 - DOCUMENT_CREDIT) / (1 - NEIGHBOUR_CREDIT))
    assert with_next.passage.sentences == alone.passage.sentences == (index.sentences[first],)


def test_a_word_the_figures_sentence_says_otherwise_counts_as_said():
    """ "The factory builds 130,000 cars a year" makes "plant" of "the plant builds 130,000
    cars": the lexicon relates the two words (a sense shared), so the claim's word counts in
    the figure's sentence; "bank" is no word of it."""
    index = SentenceIndex([SourceText("cars.txt", "Car making.\nThe factory builds 130,000 cars a year.\n")])

    def coverage(sentence: str) -> float:
        return score_passage(prepare(make_claim("130,000", sentence), index), (1,), index).coverage

    assert coverage("The plant builds 130,000 cars a year.") == coverage("The factory builds 130,000 cars a year.")
    assert coverage("The bank builds 130,000 cars a year.") < coverage("The plant builds 130,000 cars a year.")


def test_a_passage_not_aligned_lines_up_nothing_but_counts_its_words(index):
    q = query(index, "12", "Police arrested 12 men in the raid.")
    passage = (sid(index, "Police arrested"),)
    aligned, not_aligned = score_passage(q, passage, index), score_passage(q, passage, index, aligned=False)
    assert lined_up(aligned) == [("12", "12", "equal")]
    assert lined_up(not_aligned) == [("12", None, "absent")]
    assert not_aligned.coverage == aligned.coverage == pytest.approx(1.0)


# candidates ---------------------------------------------------------------------------------

def test_candidates_begin_with_the_best_retrieved_passage(index):
    found = candidates(query(index, "33 of 257", "Just 33 of the 257 officers were sacked."), index)
    assert found[0].passage.text == SACKED
    assert lined_up(found[0]) == [("33", "33", "equal"), ("257", "257", "equal")]


def test_candidates_are_runs_of_adjacent_sentences_of_one_source(index):
    for claim in [("12", "Police arrested 12 men in the raid."), ("33", "PC Mitchell sacked 33 officers."),
                  ("£5m", "Profits rose £5m last year.")]:
        for found in candidates(query(index, *claim), index):
            ids = [index.sentences.index(s) for s in found.passage.sentences]
            assert 1 <= len(ids) <= MAX_SENTENCES
            assert ids == list(range(ids[0], ids[0] + len(ids)))
            assert {s.source for s in found.passage.sentences} == {found.passage.source}


def test_a_claim_pinned_to_a_source_is_matched_only_there(index):
    pinned = candidates(query(index, "12", "Police seized 12 donations in the raid.", source="money.txt"),
                        index)
    assert pinned and {c.passage.source for c in pinned} == {"money.txt"}
    assert candidates(query(index, "12", "Police arrested 12 men in the raid.", source="nowhere.txt"), index) == []


def test_enough_stops_at_the_first_passage_that_settles_the_claim(index):
    q = query(index, "12", "Police arrested 12 men in the raid.")
    assert len(candidates(q, index)) > 1
    assert len(candidates(q, index, enough=lambda c: True)) == 1


def test_a_passage_that_cannot_reach_the_deciding_coverage_is_not_lined_up(index):
    q = query(index, "12", "Police arrested 12 men in the raid.")
    found = candidates(q, index, deciding=2.0)  # more than any passage can reach
    assert found and all(len(c.passage.sentences) == 1 for c in found)
    assert all(a.source is None for c in found for a in c.alignments)
