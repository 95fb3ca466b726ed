"""Every threshold and weight of the judge, in one place, each with what it is for.

The judge's modules read their numbers from here; changing one is a tuning decision, to
be measured with scripts/accuracy.py on the development sets (never the held-out ones).
"""

# --- the frame of a source figure --------------------------------------------------------------
CONTEXT_SENTENCES = 3  # sentences before a source figure where a holder it leaves implicit may be named
QUOTE_REACH = 8  # sentences back to the one that opens a quotation running over paragraphs
SPEAKER_REACH = 1  # sentences before a source figure where its speaker may be named (a speech runs on)
OPENING_SENTENCES = 2  # sentences of an article's opening (headline and first sentence) that name its subject

# --- lining up figures (judge/align.py) --------------------------------------------------------
ADJACENT_WEIGHT = 1.5  # a word right beside the figure, matched as it stands
AGREEING_VALUE = 0.05  # a source figure whose value fits the claim's is preferred a little
SAME_ROLE = 0.1  # and one in the same place of a ratio (part, whole) more
SAME_VERBS = 0.3  # and one whose clause holds the claim's verbs (all of them: the full weight)
OTHER_THING = 0.5  # a figure counting another thing, or whose frame disagrees, is kept only as a last resort

# --- comparing values (judge/compare.py) -------------------------------------------------------
TOLERANCE = 0.05  # "about" and "nearly": never more than 5%
HEDGE_SPAN = 2.0  # "more than 72,000" for 750,000 misleads: a bound holds up to twice (or half) itself
PRECISE_BOUND = 10_000  # a bound of five significant digits or more is precise ("over 93,192"; not "over £6,646")
BOUND_STEPS = 10  # and holds only ten steps of that digit past itself (or 5%)
FRACTION_BAND = 3.0  # percentage points a named fraction stands for, at most

# --- passages and their words (judge/match.py) -------------------------------------------------
MAX_SENTENCES = 3  # a passage: one sentence or a few adjacent ones
RETRIEVE = 12  # sentences retrieved per claim before scoring
NEIGHBOUR_CREDIT = 0.75  # a word found in a neighbouring sentence of the passage
DOCUMENT_CREDIT = 0.5  # a word found elsewhere in the same article

# --- reading the claim (judge/query.py) --------------------------------------------------------
FUZZY_CUTOFF = 88  # rapidfuzz ratio for two spellings of one word
UNSEEN = 0.35  # a word no source uses is often the writer's paraphrase: it weighs less

# --- deciding (judge/verdict.py) ---------------------------------------------------------------
SUPPORT_COVERAGE = 0.60  # share of the statement's weight a passage must make
SUPPORT_SENTENCE = 0.50  # however well the frame is made, a passage making less of the whole sentence is unsure
FRAME_SUPPORT_COVERAGE = 0.55  # enough when the claim's verbs stand in the source figure's own clause
CONTRADICT_SENTENCE = 0.65  # and, unless another number of its figure agrees, that much of the whole sentence
CONTRADICT_COVERAGE = 0.65  # a contradiction must be the same statement, clearly
WHOLE_FRAME = 0.90  # a frame made this fully, its verbs in the figure's own clause, needs no more of the sentence
SUPPORT_SIMILARITY = 0.10  # how alike the words around two aligned figures must be
CONTRADICT_FIT = 0.35  # the wrong figure must stand by the claim's words, where the source uses them
AGREEING_FIGURE = 0.05  # coverage a contradiction may lack when another number of its figure agrees
CONTRADICT_WORDS = 2  # a statement of one word ("about 1,000 people") contradicts nothing
CLEARLY_CLOSER = 0.10  # coverage and fit by which a contradiction outweighs a support
MUCH_CLOSER_FIT = 0.30  # or fit alone, when the contradiction makes the statement as fully
EXTRA_SENTENCE_PENALTY = 0.03  # prefer the shortest passage that makes the point
RANK_SIMILARITY = 0.01  # between passages that make the statement alike, the figure nearer the claim's words
CLOSEST_ALIGNED = 0.2  # a missing claim's closest passage: one that holds its figures first
# below it, a passage decides nothing
DECIDING_COVERAGE = min(SUPPORT_COVERAGE, FRAME_SUPPORT_COVERAGE, CONTRADICT_COVERAGE - AGREEING_FIGURE)
