"""The frame of a figure: which segments of a writer's sentence are its statement."""

import pytest

from factcheck.text.analysis import analyse
from factcheck.text.frame_scope import frame_kinds


def _left_out(sentence: str, figure: str) -> list[tuple[str, str]]:
    a = analyse(sentence)
    which = tuple(k for k, q in enumerate(a.quantities) if q.text in figure.split())
    return frame_kinds(a, which)


@pytest.mark.parametrize("sentence,figure,kind", [
    ("In a damning sign of how little has changed, just 33 of the 257 officers were sacked, leaving "
     "campaigners furious.", "33 257", "lead-in"),
    ("Just 33 of the 257 officers were sacked, leaving campaigners furious.", "33 257", "participle"),
    ("Two officers were sacked, the IOPC said.", "Two", "attribution"),
    ("Two officers were sacked, according to the watchdog.", "Two", "attribution"),
    ("Just 23 of the 63 allegations were substantiated, and Baroness Jones said the outcome was poor.",
     "23 63", "coordinate"),
    ("Visits from Western Europe were up by 10%, while numbers from the rest of the world rose 20%.",
     "20%", "other"),
    ("In 1999, when BMW still owned Rover, the main Rover factory at Longbridge produced 56,000 cars.",
     "56,000", "coordinate"),
    ("If the merger is approved, the new group will employ 12,000 staff.", "12,000", "coordinate"),
])
def test_what_stands_apart_from_the_figure(sentence, figure, kind):
    assert kind in {k for k, _ in _left_out(sentence, figure)}


@pytest.mark.parametrize("sentence,figure", [
    ("Since the beginning of 2017, no fewer than 921 officers have come under investigation for what they "
     "wrote in WhatsApp chats, texts and social media posts.", "921"),
    ("Of the 19 officers investigated, two were fired for serious misconduct.", "two 19"),
])
def test_a_list_or_a_ratio_over_a_comma_stays_in_the_frame(sentence, figure):
    assert _left_out(sentence, figure) == []


def test_a_relative_clause_keeps_the_noun_it_describes_and_drops_the_main_clause():
    out = _left_out("The Diplomatic Protection Group, whose 700 officers guard embassies, is now at the centre "
                    "of an inquiry.", "700")
    assert [text for _, text in out] == ["is now at the centre of an inquiry"]


def _frame_words(sentence: str, figure: str) -> list[str]:
    from factcheck.text.frame_scope import frame_positions
    a = analyse(sentence)
    which = tuple(k for k, q in enumerate(a.quantities) if q.text in figure.split())
    inside = frame_positions(a, which)
    return [it.raw for it in a.items if it.pos in inside]


@pytest.mark.parametrize("sentence,figure,verbs", [
    ("Two officers who worked in the unit were sacked last year.", "Two", ["were", "sacked"]),
    ("The 700 officers who guard embassies have been told to stay at home.", "700", ["have", "been", "told"]),
    ("Five of the colleagues with whom the killer shared abusive messages have since been sacked, the "
     "report said.", "Five", ["have", "since", "been", "sacked"]),
    ("Three officers who were sacked for misconduct and jailed for fraud appealed.", "Three", ["appealed"]),
])
def test_the_clause_resumes_after_a_relative_clause_with_no_comma(sentence, figure, verbs):
    words = _frame_words(sentence, figure)
    assert all(v in words for v in verbs), words
    assert not {"worked", "guard", "shared", "jailed"} & set(words)  # the relative clause's own verb stays out


def test_a_relative_clause_with_no_main_verb_after_it_stays_apart():
    assert _frame_words("The 700 officers who were found guilty of misconduct.", "700") == ["the", "officers"]


@pytest.mark.parametrize("sentence,figure,aside", [
    ("The 508m tower in Taipei, which is due to be officially opened on 31 December, is the world's tallest.",
     "508m", "opened"),
    ("The five interest rate rises since 2003, which have steadily pushed up the cost of borrowing, are "
     "cutting demand.", "five", "pushed"),
])
def test_a_relative_clause_between_commas_is_an_aside_even_when_the_subject_has_no_verb(sentence, figure, aside):
    words = _frame_words(sentence, figure)
    assert aside not in words, words
    assert "is" in words or "are" in words  # the main clause after the aside is the figure's


@pytest.mark.parametrize("sentence,figure,outside", [
    ("US Airways cancelled 100 flights, leaving passengers stranded in as many as 129 airports as a shortage "
     "of flight attendants hit its schedules.", "129", "hit"),
    ("Suzuki gained ground with sales up 17.6% as it pursues a plan launched in 2003.", "17.6%", "launched"),
    ("Just 33 officers have been sacked since the scandal began in the spring.", "33", "began"),
])
def test_as_and_since_open_a_clause_when_a_subject_and_verb_follow(sentence, figure, outside):
    assert outside not in _frame_words(sentence, figure)


@pytest.mark.parametrize("sentence,figure,inside", [
    ("Prices rose by as much as 5% as expected.", "5%", "expected"),
    ("The firm, known as the biggest lender, cut 300 jobs since the start of the year.", "300", "start"),
    ("Some 40 officers were sacked as a result of the inquiry.", "40", "result"),
])
def test_as_and_since_before_a_phrase_stay_in_the_clause(sentence, figure, inside):
    assert inside in _frame_words(sentence, figure)


def test_a_time_clause_after_the_figure_says_when_its_thing_happened():
    """ "resigned before their misconduct hearings could take place" is what the 48 did (the
    shipped claim od-resigned-before-hearing); "when …" before the figure stands apart."""
    kinds = {k for k, _ in _left_out("A further 48 officers resigned before their misconduct hearings could "
                                     "take place.", "48")}
    assert "coordinate" not in kinds

