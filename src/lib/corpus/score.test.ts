/**
 * The study-group corpus as a regression floor: the scores `npm run corpus`
 * measured when this test was written, so a change that reads real files
 * worse fails here. The goals (97 % open, 90 % sealed) are `npm run corpus -- --check`'s.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scoreCorpus, totals, wordedQuestions } from './score.ts';

const root = join(import.meta.dirname, '..', 'parse', '__fixtures__', 'corpus');
/** The groups of books added since the first 80 sets: ids printed with their chapter (`Exercise 3.4`) or a letter (`R12`, `2E1`), and later books. */
const CHAPTER_NUMBERED = [
  'rl-03-finite-mdp',
  'sicp-01-procedures',
  'clrs-02-getting-started',
  'kr-01-networks',
  // Added later, a third sealed before any rule was written for them: OSTEP, Python Crash Course (`3-1`), Hutton, Statistical Rethinking (`2E1`).
  'ostep-07-cpu-sched',
  'pcc-03-lists',
  'hutton-04-defining-functions',
  'rethinking-02-small-worlds',
  // Added later still, found and keyed by a session that wrote no rule for them; a third of them sealed at random before they were read.
  'esl-02-overview-supervised-learning',
  'ostep-17-free-space',
  'rethinking-03-sampling-imaginary',
  'knr-01-tutorial-introduction',
  'knr-02-types-operators-expressions',
  'clrs-03-growth-of-functions',
  'sicp-02-data-abstraction',
  'rethinking-04-geocentric-models',
  // R for Data Science numbers exercises within sub-sections (12.3.3, exercise 1).
  'r4ds-12-tidy-data',
  // Added by a later session, scored before they were read; a third sealed at random.
  'r4ds-03-data-visualisation',
  'r4ds-05-data-transformation',
  'advr-02-names-values',
  'csapp-02-bits',
  'thinkpython2-10-lists',
  'gopl-01-tutorial',
  'cpp-primer-01-getting-started',
  'rl-02-bandits',
  'mml-02-linear-algebra',
  // Batch 8, scored at 36.9 % before they were read; a third sealed at random: Sedgewick, BDA3, the Dragon book, HtDP, PRML.
  'algs4-0101-basic-programming-model',
  'bda3-01-probability-inference',
  'dragon-01-introduction',
  'htdp-01-arithmetic',
  'prml-01-introduction',
  // Batch 9, scored at 95.5 % before they were read; a third sealed at random: K&R 3, Hutton 5, ISLR 10.
  'knr-03-control-flow',
  'hutton-05-list-comprehensions',
  'islr-10-unsupervised',
  // Batch 10, scored at 51.0 % before they were read; a third sealed at random: Liang, Skiena, d2l (Chinese), Li Hang (Chinese),
  // Category Theory for Programmers, Sipser, Tao's Analysis I, Eloquent JavaScript.
  'liang-02-elementary-programming',
  'skiena-01-introduction-to-algorithm-design',
  'd2l-02-linear-algebra',
  'slm-02-perceptron',
  'ctfp-02-types-and-functions',
  'sipser-01-regular-languages',
  'taoanalysis1-02-natural-numbers',
  'eloquentjs-02-program-structure',
  // Batch 11, scored at 31 % before they were read; a third sealed at random: AIMA, Axler, Cracking the Coding Interview,
  // Goodrich's DSA in Python (`R-1.1`), 점프 투 파이썬 (Korean), 言語処理100本ノック (Japanese), Operating System Concepts, Ross.
  'aima3-02-intelligent-agents',
  'axler-01-vector-spaces',
  'ctci-01-arrays-and-strings',
  'gtg-01-python-primer',
  'jumptopython-02-data-types',
  'nlp100-01-warm-up',
  'osc10-03-processes',
  'ross9-01-combinatorial-analysis',
  // Batch 12, scored at 65.7 % before they were read; a third sealed at random: How to Prove It (1.1.9), King's
  // C Programming, whose exercises and programming projects each count from 1 (keyed 3 and P3), Accelerated C++ (3-2),
  // Essentials of Programming Languages (1.15), the NLTK book and Database System Concepts (3.11).
  'htpi-01-sentential-logic',
  'kingc-02-c-fundamentals',
  'accelcpp-03-working-with-batches-of-data',
  'eopl-01-inductive-sets-of-data',
  'nltk-02-accessing-text-corpora',
  'dbconcepts-03-introduction-to-sql',
  // Batch 13, scored at 45.7 % before they were read (open part 39.3 %, sealed 61.7 %); a third sealed at random: Pierce's
  // Types and Programming Languages (3.5.10), Think Stats (3.1), Introduction to Information Retrieval (1.2), Abbott's
  // Understanding Analysis (1.2.3). Prata's C Primer Plus and Stroustrup's PPP number 1, 2, 3 and are held to the plain floors.
  'tapl-03-untyped-arith',
  'thinkstats2-03-pmfs',
  'iir-01-boolean-retrieval',
  'abbott-01-real-numbers',
  // Batch 14, scored at 24.3 % before they were read (open part 18.2 %, sealed 38.7 %); a third sealed at random: Jurafsky and
  // Martin's Speech and Language Processing (2.4) and Sedgewick's section 1.3 (1.3.12). Kleinberg and Tardos, Tanenbaum's Modern
  // Operating Systems and Haskell Programming from First Principles number 1, 2, 3 and are held to the plain floors.
  'slp3-02-regex-edit-distance',
  'algs4-13-bags-queues-stacks',
  // Batch 15, scored at 57.7 % before they were read (123 of 213 answers); a third sealed at random: Stevens and Rago's APUE (3.1),
  // Grokking Algorithms (4.1), Kurose and Ross (R1, P1), Mining of Massive Datasets (3.1.1), Patterson and Hennessy (1.5, 1.9.1).
  'apue-03-file-io',
  'grokking-04-quicksort',
  'kurose-01-computer-networks-internet',
  'mmds-03-finding-similar-items',
  'pah-01-computer-abstractions',
  // Batch 16, scored at 52.7 % before they were read (137 of 260 answers); a third sealed at random: Dasgupta, Papadimitriou and
  // Vazirani (6.1), Kernighan and Pike's The Practice of Programming (1-1), Dybvig's The Scheme Programming Language (2.2.1), and
  // Zelle's Python Programming, whose discussion questions and programming exercises are keyed as two series (D1, P1). Severance's
  // Python for Everybody numbers 1, 2, 3 and is held to the plain floors.
  'dpv-06-dynamic-programming',
  'tpop-01-style',
  'tspl-02-getting-started',
  'zelle-03-computing-with-numbers',
  // Batch 17, scored at 56.7 % before they were read (127 of 224 answers); a third sealed at random: Rosen's and Lay's section
  // exercises (1.1-5), Sedgewick and Wayne's Computer Science (1.2.3), Deitel's Java How to Program (2.14) and Programming in
  // Lua (1.1). Whitington's OCaml from the Very Beginning numbers 1, 2, 3 and is held to the plain floors.
  'rosen-01-1-propositional-logic',
  'lay-01-1-systems-of-linear-equations',
  'sedgewick-introcs-12-built-in-types-of-data',
  'deitel-jhtp-02-intro-java-applications',
  'pil4-01-getting-started',
  // Batch 19, scored at 65.3 % before they were read (314 of 481 answers); a third sealed at random: SICP 3, Think Python 9,
  // Python Crash Course 4 (4-1) and Applied Predictive Modeling 3 (KJ 3.1). Batch 18 (Concrete Mathematics, Programming
  // Pearls, All of Statistics 8, FPP2 2) and batch 19's ATBS 7 and FPP2 6 number 1, 2, 3 and are held to the plain floors.
  'sicp-03-modularity-objects-state',
  'thinkpython2-09-word-play',
  'pcc-04-working-with-lists',
  'apm-03-data-preprocessing',
  // Batch 20, scored at 79.6 % before they were read (125 of 157 answers); a third sealed at random: K&R 4 (4-1), CS:APP 3
  // (3.58) and Statistical Rethinking 5 (5E1). Hutton 6, HOML 3 and Eloquent JavaScript 4 number 1, 2, 3.
  'knr-04-functions-program-structure',
  'csapp-03-machine-level-programs',
  'rethinking1-05-multivariate-linear-models',
  // Batch 21, scored at 18.3 % before they were read (17 of 93 answers); a third sealed at random: SICP 4 and Think Stats 2 (2.1).
  'sicp-04-metalinguistic-abstraction',
  'thinkstats2-02-distributions',
];
// Both fell with the 61 sets added later in four batches (R4DS, Advanced R, CSAPP, Go, C++ Primer, MML among them), scored at 16.6 to 86.5 % before they were read;
// the sealed one again with batch 10's eleven sealed sets (43 % placed, no rule written for them), and both with batch 11
// (31 % placed before it was read: lettered sections such as Axler's 1.A, and series such as Ross's, that no id reads yet).
const FLOORS = { chapteredOpen: 81, chapteredSealed: 60 };
/**
 * Lines the nothing-lost check misses in a set, which the build then publishes whole, with a warning. One sealed set of
 * batch 9 (a Markdown list of questions with nested code, beside the same answers in a `.hs` file) loses 14 lines; it is
 * sealed, so no rule is written against it.
 */
// Batch 13 brought one more, in a sealed set of Markdown with MathML (6 lines); a second, a sealed folder of Chinese LaTeX
// answers (2 lines), went when a file opening with its exercise's heading became that heading's answer. Batch 9's went when
// the check learned that a label glued to its number (`# Ex3.1`) is a label, for an open set of batch 15.
// Batch 17 brought one in a sealed set before it was read: a folder of Java programs whose folders are named by their
// exercises (28 lines); it is sealed, so no rule is written against it.
const KNOWN_LOSSES: string[] = ['folder-per-exercise-dotted-dirs-java-headers: 28', 'md-h5-bare-ids-blockquote-question-mathml: 6'];

test('every real answer set builds, loses no line, and lands at least as well as it did', async () => {
  // Sets still being added (`incoming/`) are scored by `npm run corpus`, not held to the floor.
  const all = (await scoreCorpus(root)).filter((s) => s.part === 'open' || s.part === 'sealed');
  // Books that number exercises within chapters (Exercise 3.4) have floors of their own, far lower for now.
  const scores = all.filter((s) => !CHAPTER_NUMBERED.includes(s.group));
  const open = totals(scores.filter((s) => s.part === 'open'));
  const sealed = totals(scores.filter((s) => s.part === 'sealed'));
  const chaptered = all.filter((s) => CHAPTER_NUMBERED.includes(s.group));
  expect(chaptered.filter((s) => s.stopped).map((s) => s.set)).toEqual([]);
  expect(chaptered.filter((s) => s.lost).map((s) => `${s.set}: ${s.lost}`)).toEqual(KNOWN_LOSSES);
  expect(
    totals(chaptered.filter((s) => s.part === 'open')).share(totals(chaptered.filter((s) => s.part === 'open')).placed),
  ).toBeGreaterThanOrEqual(FLOORS.chapteredOpen);
  expect(
    totals(chaptered.filter((s) => s.part === 'sealed')).share(totals(chaptered.filter((s) => s.part === 'sealed')).placed),
  ).toBeGreaterThanOrEqual(FLOORS.chapteredSealed);
  expect(scores.length).toBeGreaterThanOrEqual(40);
  expect(new Set(scores.map((s) => s.group)).size).toBeGreaterThanOrEqual(8);
  expect(scores.filter((s) => s.stopped).map((s) => s.set)).toEqual([]);
  expect(scores.filter((s) => s.lost).map((s) => `${s.set}: ${s.lost}`)).toEqual([]);
  // 96 until batch 14's books numbered 1, 2, 3 came in (a course's own homework numbers over Tanenbaum's problems, and
  // Haskell Programming's in-chapter exercise lists before its chapter exercises), scored at 18 % before they were read.
  expect(open.share(open.placed)).toBeGreaterThanOrEqual(92);
  // 84 until batch 14's sealed sets came in, read by no rule.
  expect(sealed.share(sealed.placed)).toBeGreaterThanOrEqual(78);
  // Of the questions the sets word, the share whose page shows a prompt (the goal: 95 % sealed).
  for (const [part, floor] of [
    // Both fell with batch 8 (79.6 % open, 74.9 % sealed; 80.9 and 76.7 % since a bare `**Q1**` heads its question): Sedgewick's ids the guide prints as plain numbers, and PRML's
    // and HtDP's questions restated above display math or in code comments, which no page shows as a prompt yet. A program's comment that
    // states its exercise made them 82.1 and 78.4 %; batch 10's sets, sealed ones among them, brought the sealed part to 75.8 %,
    // and batch 11's (questions in Japanese and Korean, Axler's lettered sections) both parts to 79.5 and 71.7 %.
    ['open', 79],
    ['sealed', 71],
  ] as const) {
    const { worded, prompted } = wordedQuestions(all.filter((s) => s.part === part));
    expect((100 * prompted) / worded, `${part} questions that show a prompt, %`).toBeGreaterThanOrEqual(floor);
  }
}, 120_000);
