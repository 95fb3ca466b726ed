"""Elements of a figure's frame this round added, each read on a sentence and decided on a pair."""

from __future__ import annotations

import pytest

from factcheck.engine import build_index, check_claims
from factcheck.judge import checks, checks_counted
from factcheck.judge.frames import source_frame
from factcheck.judge.rules import COUNTS_OTHER
from factcheck.models import Verdict
from factcheck.text.analysis import analyse
from tests.helpers import make_claim


def _frame(sentence: str, text: str):
    a = analyse(sentence)
    (k,) = [k for k, q in enumerate(a.quantities) if q.text == text]
    return source_frame(a, k)


def _words(sentence: str, text: str) -> set[str]:
    a = analyse(sentence)
    inside = _frame(sentence, text).positions
    return {it.raw for it in a.items if it.pos in inside}


def test_a_relative_clause_keeps_the_noun_it_describes_not_the_clause_it_ends():
    words = _words("Meanwhile, the company announced it would spin off its MMC Capital unit, which manages "
                   "the $3bn Trident Funds operation, to a group of employees.", "$3bn")
    assert {"mmc", "capital", "unit", "manages"} <= words and not {"announced", "spin"} & words


def test_a_second_clause_with_its_own_subject_stands_apart():
    words = _words("Satellite broadcaster BSkyB is planning HDTV services in 2006 and the BBC intends to "
                   "produce all of its content in HD by 2010.", "2010")
    assert "bbc" in words and "bskyb" not in words
    # a second verb with no subject of its own shares the first's: "sacked 12 and disciplined 40"
    assert "force" in _words("The force sacked 12 officers and disciplined 40 others.", "40")


def test_a_coordinated_clause_without_a_subject_shares_the_one_before():
    words = _words("Harlin's replacement version, released in the UK in 2004, received lukewarm reviews but went "
                   "on to make some $67m worldwide.", "$67m")
    assert {"version", "make", "worldwide"} <= words and not {"released", "reviews"} & words
    # one with a subject of its own stands alone
    assert "europe" not in _words("Visits from Western Europe were up by 10%, while numbers from the rest of the "
                                  "world rose 20%.", "20%")


def test_a_clause_opening_with_a_is_no_apposition():
    assert "hdtv" in _words("At about £2,000, an HDTV set is quite an expensive bit of technology.", "£2,000")


def test_each_number_of_a_figure_in_clauses_of_their_own_has_its_own_years():
    from factcheck.judge.frames import read_frame
    a = analyse("Shipments rose by almost 11% between 2003 and 2004, according to the CEA, whose analysts expect "
                "shipments to grow by 11% again in 2005.")
    first, second = [k for k, q in enumerate(a.quantities) if q.text == "11%"]
    assert [int(v) for _, v in read_frame(a, (first, second), second).years] == [2005]
    assert [int(v) for _, v in read_frame(a, (first, second), first).years] == [2003, 2004]


def test_an_apposition_with_the_is_a_comment_not_the_figures_period():
    frame = _frame("Prices in the final quarter of 2004 were 0.4% higher than in the previous quarter, the "
                   "smallest quarterly rise since the second quarter of 2000.", "0.4%")
    assert [int(v) for _, v in frame.years] == [2004]


def test_a_year_that_names_a_thing_is_not_when():
    frame = _frame("The 2001 recession turned the surplus into a deficit projected to rise to $472bn in 2005.",
                   "$472bn")
    assert [int(v) for _, v in frame.years] == [2005]


def test_a_year_after_from_says_when_a_record_was_set():
    """ "the world record of 6.39secs from 1998" is a record set in 1998: no other period than
    a claim's "in 1998"; "from 2016 to 2018" still opens a stretch."""
    record = _frame("The world record of 6.39secs from 1998 still stands.", "6.39secs")
    assert [w for w, _ in record.years] == ["from"]
    assert checks.when(_frame("Greene set a world record of 6.39 seconds in 1998.", "6.39"), record) == ""
    stretch = _frame("Some 17 officers shared the messages from 2016 to 2018.", "17")
    assert [w for w, _ in stretch.years][0] == "since"


@pytest.mark.parametrize("claim,source,ruled", [
    ("Ministers will spend at least £1.5bn on tackling climate change.",
     "Ministers will spend at least £1.5bn on HIV/Aids related work.", True),
    ("Ministers will spend at least £1.5bn on Aids work.",
     "Ministers will spend at least £1.5bn on HIV/Aids related work.", False),
    ("Ministers will spend at least £1.5bn in Africa.",
     "Ministers will spend at least £1.5bn on HIV/Aids related work.", False),  # the claim says not on what
])
def test_what_a_sum_goes_on(claim, source, ruled):
    assert (checks_counted.purpose(_frame(claim, "£1.5bn"), _frame(source, "£1.5bn")) == COUNTS_OTHER) is ruled


@pytest.mark.parametrize("figure,claim,source,verdict", [
    ("2010", "Satellite broadcaster BSkyB intends to produce all of its content in high definition by 2010.",
     "Satellite broadcaster BSkyB is planning HDTV services in 2006 and the BBC intends to produce all of "
     "its content in HD by 2010.", Verdict.MISSING),
    ("2010", "The BBC intends to produce all of its content in high definition by 2010.",
     "Satellite broadcaster BSkyB is planning HDTV services in 2006 and the BBC intends to produce all of "
     "its content in HD by 2010.", Verdict.SUPPORTED),
    ("£1.5bn", "The ministry will spend at least £1.5bn on tackling climate change over the next three years.",
     "The ministry will spend at least £1.5bn on HIV/Aids related work over the next three years.",
     Verdict.MISSING),
    ("£1.5bn", "The ministry will spend at least £1.5bn on Aids work over the next three years.",
     "The ministry will spend at least £1.5bn on HIV/Aids related work over the next three years.",
     Verdict.SUPPORTED),
    # a year as the figure: the frame's other figures must stand in the source too
    ("1970", "Aid budgets are now half of what they were in 1970, Oxfam says in its report.",
     "It also points out that in 1970 the G8 nations agreed to spend 0.7% of their incomes on aid budgets.",
     Verdict.MISSING),
    ("1970", "Aid budgets are now half of what they were in 1970, Oxfam says in its report.",
     "Oxfam says aid budgets are now half of what they were in 1970.", Verdict.SUPPORTED),
    # names in what a count counts stand by the source figure, or the article knows the group
    ("921", "At least 921 Metropolitan Police officers have been investigated since 2017.",
     "Police under fire.\nAt least 921 officers have been investigated since 2017, data from 29 forces show.\n"
     "Later, a Metropolitan Police officer was sacked for a message.", Verdict.MISSING),
    ("921", "At least 921 Metropolitan Police officers have been investigated since 2017.",
     "Figures for the Metropolitan Police.\nAt least 921 officers have been investigated since 2017.",
     Verdict.SUPPORTED),
    ("three", "Three DPG constables were arrested in December on suspicion of misconduct.",
     "Police under fire.\nWe heard more.\nThe three constables were arrested in December on suspicion of misconduct.\n"
     "One said little.\nThey were all in the DPG, which guards embassies.", Verdict.SUPPORTED),
    # a name and its initials are one holder
    ("18 months", "A Diplomatic Protection Group officer was recently jailed for 18 months for lying about the row.",
     "The Diplomatic Protection Group (DPG) guards embassies.\nA DPG police officer has recently been sentenced to "
     "12 months in prison for lying about the row.", Verdict.CONTRADICTED),
    # the claim's own subject named in the source is no one else, whatever other names the claim adds
    ("$102.6bn", "Argentina was due to close its $102.6bn debt restructuring offer on Friday, with the government "
     "of President Nestor Kirchner hopeful that creditors would sign up.",
     "Argentina closes debt swap Argentina is set to close its $102.6bn debt restructuring offer later on Friday, "
     "with the government hopeful that most creditors will accept the deal.", Verdict.SUPPORTED),
    ("$102.6bn", "Brazil was due to close its $102.6bn debt restructuring offer on Friday, with the government "
     "of President Lula hopeful that creditors would sign up.",
     "Argentina is set to close its $102.6bn debt restructuring offer later on Friday, with the government hopeful "
     "that most creditors will accept the deal.", Verdict.MISSING),
    # who reports a figure is not whose it is
    ("19", "The IOPC said the hate-filled messages had been shared among a group of up to 19 officers.",
     "The messages were shared among a group of up to 19 officers, with offensive comments part of a culture "
     "that needed to be stamped out, the IOPC said.", Verdict.SUPPORTED),
    # a weekday's occasion ends at the figure: "on Friday 15 protesters" is on Friday
    ("17", "Some 17 protesters from the campaign group were arrested on Friday after getting into the compound.",
     "Earlier on Friday 15 protesters from the campaign group were arrested after entering the compound.",
     Verdict.CONTRADICTED),
    # a frame made in full, its verb in the figure's clause: the writer's rhetoric around it does not hurt
    ("nearly 80%", "By 2008, nearly 80% of all mobile phones sold will come with a built-in camera, the Gartner "
     "report forecasts, as better imaging turns them into a must-have purchase.",
     "The report predicts that nearly 70% of all mobile phones sold will have a built-in camera by 2008.",
     Verdict.CONTRADICTED),
    # "in the world" is the world's: no rank "in Europe"
    ("4th", "Geldof branded it pathetic that Britain, the 4th richest country in Europe, managed to be only the "
     "11th most generous aid donor, dismissing talk of scars on the world as guff.",
     "Bob Geldof criticised the government.\nIt was pathetic that Britain was the 4th richest country in the world "
     "but only the 11th most generous aid donor, he added.", Verdict.MISSING),
    # a sum written before a noun is that thing's: the dam project's cost, not the power stations'
    ("$22bn", "Second and third on the agency's list were two power stations costing $22bn at the Three Gorges Dam.",
     "Second and third on the agency's list were two power stations being built at the $22bn Three Gorges Dam "
     "project.", Verdict.MISSING),
    ("$22bn", "Second and third on the agency's list were power stations at the $22bn Three Gorges Dam project.",
     "Second and third on the agency's list were two power stations being built at the $22bn Three Gorges Dam "
     "project.", Verdict.SUPPORTED),
    # a change's base ("from £20m to £15m") is what was, not the value now: the new limit is £15m
    ("£20m", "The report proposes doubling what candidates may spend while setting a new national spending limit of "
     "£20m, the watchdog said.", "The report suggests doubling the money which can be spent by candidates, while "
     "cutting national spending limits from £20m to £15m.", Verdict.CONTRADICTED),
    # a measure that names a thing after its unit names that thing: a "five-week slide" is no "five-week low"
    ("five-week", "A five-week slide in the US dollar against the euro has also helped inflate oil prices.",
     "The decline in the US dollar to a five-week low against the euro has also served to inflate oil prices.",
     Verdict.MISSING),
    ("five-week", "A five-week low in the US dollar against the euro has also helped inflate oil prices.",
     "The decline in the US dollar to a five-week low against the euro has also served to inflate oil prices.",
     Verdict.SUPPORTED),
    # a second fact with its verb left out ("and from North America by some 9%"): its own holder, the verb before
    ("9%", "Visits from North America rose by some 9% compared with 2003, while those from Western Europe were up 10%.",
     "Visits from Western Europe were up by 10% and from North America by some 9% compared to 2003, while numbers "
     "from the rest of the world rose 20%.", Verdict.SUPPORTED),
    ("10%", "Visits from North America rose by 10% compared with 2003.",
     "Visits from Western Europe were up by 10% and from North America by some 9% compared to 2003, while numbers "
     "from the rest of the world rose 20%.", Verdict.CONTRADICTED),  # North America's is 9%
    # an adjective of a place names it: "Western European visits" are visits from Western Europe
    ("12%", "Western European visits were up by 12% compared to 2003.",
     "Visits from Western Europe were up by 10% compared to 2003, while numbers from the rest of the world rose 20%.",
     Verdict.CONTRADICTED),
    # who reports the figure (", the OECD said") is no other clause's holder: the OECD's forecast
    ("1.9%", "The bleakest picture is in the eurozone, where the OECD now sees growth of 1.9% in 2005, well below its "
     "earlier estimate of 2.4%.", "But the outlook was worst for the eurozone bloc, with growth forecasts slipping to "
     "1.8% from 2.0% this year and 1.9% from 2.4% in 2005, the OECD said.", Verdict.SUPPORTED),
    # a place before the source figure says where, not who: "The company … in India" is no other subject
    ("60,000 ... 80,000", "Cairn raised its production targets for the Mangala field from 60,000 barrels a day "
     "to 80,000 barrels a day.",
     "Shares in Cairn Energy rose.\nThe company raised targets for its Mangala field in India from 60,000 "
     "barrels a day to 80,000 barrels a day.", Verdict.SUPPORTED),
])
def test_the_pair_decided(tmp_path, figure, claim, source, verdict):
    (tmp_path / "source.txt").write_text(source + "\n", encoding="utf-8")
    (result,), _ = check_claims([make_claim(figure, claim)], build_index(tmp_path)[0])
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize("sentence,predicates", [
    ("A DPG officer received a twelve-month prison sentence for lying.", {"sentenc"}),  # was sentenced
    ("The firm received 500 complaints.", {"award"}),  # the figure is the object: the verb stays
])
def test_what_was_received_is_the_statement(sentence, predicates):
    a = analyse(sentence)
    assert a.predicates((0,)) == predicates


def test_a_compound_adjective_is_no_verb():
    """ "hate-filled messages": "filled" says nothing of the figure."""
    a = analyse("The hate-filled messages had been shared among up to 19 officers.")
    assert not [it.raw for it in a.items if it.raw == "filled" and it.verb]
    assert a.predicates((0,)) == {a.items[[it.raw for it in a.items].index("shared")].term}


def test_who_reports_a_figure_is_not_its_holder():
    frame = _frame("The IOPC said the messages had been shared among a group of up to 19 officers.", "19")
    assert "iopc" not in frame.holder
    # a name before "said" and no "that" after it: still who says it, not whose the figure is
    frame = _frame("Valve spokesman Doug Lombardi said the company had not released sales figures and would not "
                   "say what share of all players the 20,000 accounts represented.", "20,000")
    assert "Lombardi" not in frame.frame.holder and not frame.holder & {"doug", "lombardi"}


def test_a_gerund_after_by_is_the_figures_verb():
    """ "progressed by beating Zheng 6-2 7-5": beating, not progressed, is said of the score."""
    a = analyse("World number one Lindsay Davenport progressed by beating China's Jie Zheng 6-2 7-5.")
    k = [q.kind for q in a.quantities].index("score")
    terms = {it.raw: it.term for it in a.items}
    assert a.predicates((k,)) == {terms["beating"]}


@pytest.mark.parametrize("sentence, verbs", [
    # a "with" that does not follow the verb at once opens a phrase of the figure's own
    ("The comedy held on to the top spot for a fourth week with takings of $28.5m.", set()),
    ("Suzuki gained ground this year with sales up 17.6%.", set()),
    ("He was charged with 3 offences.", {"charged"}),  # "with" right after the verb: its object
])
def test_the_verbs_before_a_with_phrase_are_not_the_figures(sentence, verbs):
    a = analyse(sentence)
    terms = {it.raw: it.term for it in a.items}
    assert a.predicates((len(a.quantities) - 1,)) == {terms[v] for v in verbs}
