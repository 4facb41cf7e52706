/**
 * A deterministic synthetic content folder, for measuring how build cost
 * grows with content. The same options give byte-identical files: all
 * randomness comes from a seeded generator, never from `Math.random`.
 *
 * Sources rotate through the three supported formats (numbered plain text,
 * numbered Markdown with bold titles, text exported from a notebook) and
 * answers vary the way real ones do: nested bullet and numbered lists,
 * inline code, code cells with output, GFM tables, and skipped questions.
 */
import { stringify } from 'yaml';

export interface SyntheticOptions {
  /** Number of questions. @example 100 */
  questions: number;
  /** Number of answer files. @example 20 */
  sources: number;
  /** Seed of the pseudo-random generator; change it for another guide of the same size. */
  seed?: number;
}

/** File text by path relative to the content folder, e.g. `sources/000_synthetic.txt`. */
export type SyntheticFiles = Record<string, string>;

export type SyntheticFormat = 'numbered-text' | 'bold-markdown' | 'notebook-text';

/** A small seeded pseudo-random generator (mulberry32): fast, and the same on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]!, chance: (p) => next() < p };
}

interface Topic {
  /** Glossary term. */
  term: string;
  /** How code names it. */
  api: string;
  /** Another name answers use. */
  alias: string;
  /** What it is, as the end of a sentence. */
  what: string;
  /** What it is for, as the end of a sentence. */
  use: string;
}

const TOPICS: readonly Topic[] = [
  {
    term: 'ragged tensor',
    api: 'tf.ragged.constant',
    alias: 'RaggedTensor',
    what: 'a tensor whose rows have different lengths',
    use: 'batches of sentences or sequences of varying length',
  },
  {
    term: 'sparse tensor',
    api: 'tf.sparse.SparseTensor',
    alias: 'SparseTensor',
    what: 'a tensor that stores only its non-zero values and their indices',
    use: 'data that is mostly zeros, such as one-hot features',
  },
  {
    term: 'tensor array',
    api: 'tf.TensorArray',
    alias: 'TensorArray',
    what: 'a list of tensors of the same shape and dtype',
    use: 'collecting results inside a dynamic loop',
  },
  {
    term: 'variable',
    api: 'tf.Variable',
    alias: 'ResourceVariable',
    what: 'a mutable tensor that keeps its state between calls',
    use: 'trainable weights updated with assign()',
  },
  {
    term: 'dataset',
    api: 'tf.data.Dataset',
    alias: 'Dataset',
    what: 'a sequence of elements read lazily',
    use: 'input pipelines that prefetch, shuffle and batch',
  },
  {
    term: 'gradient tape',
    api: 'tf.GradientTape',
    alias: 'GradientTape',
    what: 'a context that records operations for automatic differentiation',
    use: 'computing gradients in a custom training loop',
  },
  {
    term: 'tf.function',
    api: 'tf.function',
    alias: 'TF Function',
    what: 'a decorator that traces Python code into a graph',
    use: 'running the same computation faster and exporting it',
  },
  {
    term: 'custom loss',
    api: 'keras.losses.Loss',
    alias: 'loss subclass',
    what: 'a loss written as a function or a subclass',
    use: 'losses with hyperparameters saved with the model',
  },
  {
    term: 'custom metric',
    api: 'keras.metrics.Metric',
    alias: 'streaming metric',
    what: 'a metric that keeps state across batches',
    use: 'precision and recall over a whole epoch',
  },
  {
    term: 'custom layer',
    api: 'keras.layers.Layer',
    alias: 'Layer subclass',
    what: 'a reusable block with its own weights',
    use: 'components that appear many times in a model',
  },
  {
    term: 'custom model',
    api: 'keras.Model',
    alias: 'Model subclass',
    what: 'a subclass that owns layers and a training step',
    use: 'architectures with loops, skips or several outputs',
  },
  {
    term: 'string tensor',
    api: 'tf.strings',
    alias: 'tf.string',
    what: 'a tensor of byte strings',
    use: 'text preprocessing inside the graph',
  },
  {
    term: 'queue',
    api: 'tf.queue.FIFOQueue',
    alias: 'FIFOQueue',
    what: 'a buffer that producers fill and consumers drain',
    use: 'older input pipelines and multi-threaded loading',
  },
  {
    term: 'set',
    api: 'tf.sets',
    alias: 'sets',
    what: 'a regular tensor read as a set of values per row',
    use: 'intersections and differences of label sets',
  },
  {
    term: 'autodiff',
    api: 'tape.gradient',
    alias: 'automatic differentiation',
    what: 'reverse-mode differentiation of recorded operations',
    use: 'any gradient-based optimisation',
  },
  {
    term: 'optimizer',
    api: 'keras.optimizers.Adam',
    alias: 'Adam',
    what: 'the rule that turns gradients into weight updates',
    use: 'training with momentum and adaptive learning rates',
  },
  {
    term: 'eager execution',
    api: 'tf.config.run_functions_eagerly',
    alias: 'eager mode',
    what: 'running operations immediately, one by one',
    use: 'debugging with ordinary Python tools',
  },
  {
    term: 'graph',
    api: 'tf.Graph',
    alias: 'computation graph',
    what: 'a portable description of a computation',
    use: 'optimisation, export and deployment',
  },
  {
    term: 'dynamic model',
    api: 'dynamic=True',
    alias: 'dynamic Keras model',
    what: 'a model that Keras runs eagerly instead of tracing',
    use: 'models that call arbitrary Python code',
  },
  {
    term: 'initializer',
    api: 'keras.initializers.HeNormal',
    alias: 'HeNormal',
    what: 'the rule that sets starting weights',
    use: 'keeping activations well scaled in deep networks',
  },
  {
    term: 'regularizer',
    api: 'keras.regularizers.l2',
    alias: 'l2 penalty',
    what: 'a penalty added to the loss',
    use: 'keeping weights small to reduce overfitting',
  },
  {
    term: 'constraint',
    api: 'keras.constraints.MaxNorm',
    alias: 'MaxNorm',
    what: 'a projection applied after each update',
    use: 'bounding weight norms',
  },
  {
    term: 'checkpoint',
    api: 'tf.train.Checkpoint',
    alias: 'Checkpoint',
    what: 'a snapshot of variables and optimizer state',
    use: 'resuming training after a crash',
  },
  {
    term: 'saved model',
    api: 'tf.saved_model.save',
    alias: 'SavedModel',
    what: 'a directory holding graphs and weights',
    use: 'serving a model without its Python code',
  },
];

const OPENERS = [
  'In short,',
  'Put simply,',
  'Basically',
  'Mostly',
  'In practice',
  'By default',
  'In TensorFlow 2',
  'Compared with NumPy',
] as const;
const LINKS = ['and', 'while', 'because', 'so', 'whereas', 'although'] as const;
const EXTRAS = [
  'it runs on GPUs and TPUs as well as on the CPU',
  'it keeps the dtype of its input unless told otherwise',
  'the shape is checked when the graph is traced',
  'it works inside a `tf.function` with no change',
  'it can be saved and restored with the model',
  'it costs a little memory for bookkeeping',
  'it is easy to get wrong when shapes vary between batches',
  'the documentation has a short example of it',
  'most tutorials skip it, but it matters in production',
  'Keras handles it for you in `model.fit()`',
] as const;
const LABELS = ['Definition', 'When to use it', 'Drawbacks', 'Example', 'Main differences', 'Why not always', 'How', 'Note'] as const;
const VERDICTS = ['Yes', 'No', 'It depends'] as const;

interface QuestionPlan {
  number: number;
  topic: Topic;
  other: Topic;
  prompt: string;
  /** The first sentence of the prompt, which some sources write alone. */
  shortPrompt: string;
  title: string;
  yesNo: boolean;
}

/** Rich answers mix these blocks; each format writes them its own way. */
type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: Item[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'code'; code: string[]; output?: string[] };

interface Item {
  text: string;
  label?: string;
  children?: { ordered: boolean; items: string[] };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** `a ragged tensor`, `an optimizer`, and API names without an article. */
const withArticle = (term: string) => (/^[a-z]+\.|[A-Z]/.test(term) ? term : `${/^[aeiou]/.test(term) ? 'an' : 'a'} ${term}`);

function planQuestions(count: number, random: Random): QuestionPlan[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const topic = TOPICS[(index * 7 + random.int(0, 3)) % TOPICS.length]!;
    let other = random.pick(TOPICS);
    if (other === topic) other = TOPICS[(TOPICS.indexOf(topic) + 1) % TOPICS.length]!;
    const shape = random.int(0, 4);
    const yesNo = shape === 1;
    const [first, second, title] =
      shape === 0
        ? [
            `What is ${withArticle(topic.term)} in TensorFlow?`,
            `When would you use it rather than ${withArticle(other.term)}?`,
            `${capitalise(topic.term)} vs ${other.term}`,
          ]
        : shape === 1
          ? [
              `Is ${withArticle(topic.term)} a drop-in replacement for ${withArticle(other.term)}?`,
              'What are the main differences between the two?',
              `${capitalise(topic.term)} or ${other.term}`,
            ]
          : shape === 2
            ? [`Can you name ${random.int(3, 6)} ways to use \`${topic.api}\`?`, 'Which one would you pick first?', `Uses of ${topic.api}`]
            : shape === 3
              ? [
                  `When should you write ${withArticle(topic.term)} yourself, and when is the built-in one enough?`,
                  'Give an example of each.',
                  `Writing your own ${topic.term}`,
                ]
              : [
                  `How do you combine ${withArticle(topic.term)} with ${withArticle(other.term)}?`,
                  `What can go wrong when ${topic.use} is involved?`,
                  `${capitalise(topic.term)} with ${other.term}`,
                ];
    return { number, topic, other, prompt: `${first} ${second}`, shortPrompt: first, title, yesNo };
  });
}

function sentence(plan: QuestionPlan, random: Random): string {
  const subject = random.chance(0.4)
    ? `\`${plan.topic.api}\``
    : random.chance(0.5)
      ? withArticle(plan.topic.term)
      : `the ${plan.topic.alias}`;
  const main = random.chance(0.5) ? `${subject} is ${plan.topic.what}` : `${subject} is meant for ${plan.topic.use}`;
  const tail = random.chance(0.4) ? `, ${random.pick(LINKS)} ${random.pick(EXTRAS)}` : '';
  const start = random.chance(0.3) ? `${random.pick(OPENERS)} ` : '';
  return `${start}${start ? main : capitalise(main)}${tail}.`;
}

function contrast(plan: QuestionPlan, random: Random): string {
  return `${capitalise(withArticle(plan.other.term))} is ${plan.other.what}; use \`${plan.other.api}\` for ${plan.other.use}${random.chance(0.5) ? ` (see also the ${plan.other.alias})` : ''}.`;
}

function codeCell(plan: QuestionPlan, random: Random): Block {
  const rows = Array.from(
    { length: random.int(2, 3) },
    () => `[${Array.from({ length: random.int(1, 4) }, () => random.int(0, 9)).join(', ')}]`,
  );
  const code = [
    'import tensorflow as tf',
    '',
    `x = ${plan.topic.api === 'tf.ragged.constant' ? 'tf.ragged.constant' : 'tf.constant'}([${rows.join(', ')}])`,
    ...(random.chance(0.5) ? [`y = tf.reduce_sum(x, axis=${random.int(0, 1)})`, 'x, y'] : ['x']),
  ];
  const output = random.chance(0.8)
    ? [`<tf.Tensor: shape=(${rows.length},), dtype=int32, numpy=array([${rows.map(() => random.int(0, 20)).join(', ')}], dtype=int32)>`]
    : undefined;
  return { kind: 'code', code, ...(output ? { output } : {}) };
}

function table(plan: QuestionPlan, random: Random): Block {
  const header = ['Aspect', plan.topic.alias, plan.other.alias];
  const aspects = ['Mutable', 'Runs on GPU', 'Saved with the model', 'Works in `tf.function`', 'Varying shapes'];
  const rows = Array.from({ length: random.int(2, 4) }, (_, i) => [
    aspects[i]!,
    random.pick(['yes', 'no', 'partly']),
    random.pick(['yes', 'no', 'partly']),
  ]);
  return { kind: 'table', header, rows };
}

/** One source's answer to one question, as format-independent blocks. */
function answerBlocks(plan: QuestionPlan, random: Random, allowCode: boolean): Block[] {
  // Some answers open with a sentence of prose before their bullets.
  const blocks: Block[] = random.chance(0.2) ? [{ kind: 'paragraph', text: sentence(plan, random) }] : [];
  const items: Item[] = [];
  if (plan.yesNo) items.push({ text: `${random.pick(VERDICTS)}: ${sentence(plan, random)}` });
  const count = random.int(1, 3);
  for (let i = 0; i < count; i++) {
    const item: Item = { text: i === 1 && random.chance(0.6) ? contrast(plan, random) : sentence(plan, random) };
    if (random.chance(0.5)) item.label = random.pick(LABELS);
    if (random.chance(0.3)) {
      const ordered = random.chance(0.4);
      item.children = {
        ordered,
        items: Array.from({ length: random.int(2, 4) }, () => sentence(random.chance(0.5) ? plan : { ...plan, topic: plan.other }, random)),
      };
    }
    items.push(item);
  }
  blocks.push({ kind: 'bullets', items });
  if (random.chance(0.15)) blocks.push(table(plan, random));
  if (allowCode && random.chance(0.3)) {
    blocks.push(codeCell(plan, random));
    blocks.push({ kind: 'bullets', items: [{ text: `As you can see, ${random.pick(EXTRAS)}.` }] });
  }
  return blocks;
}

const indentLines = (lines: string[], by: number) => lines.map((line) => (line ? `${' '.repeat(by)}${line}` : ''));

/** Markdown for a list of items at column 0, nested lists indented under their item. */
function listLines(items: Item[], bullet: string, step: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`${bullet} ${item.label ? `**${item.label}**: ` : ''}${item.text}`);
    if (item.children) {
      item.children.items.forEach((child, index) => {
        lines.push(`${' '.repeat(step)}${item.children!.ordered ? `${index + 1}.` : bullet} ${child}`);
      });
    }
  }
  return lines;
}

function tableLines(block: Extract<Block, { kind: 'table' }>): string[] {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)];
}

/** Blocks as Markdown at column 0; code becomes a fenced block. */
function markdownLines(blocks: Block[], step: number): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length) lines.push('');
    if (block.kind === 'paragraph') lines.push(block.text);
    else if (block.kind === 'bullets') lines.push(...listLines(block.items, '-', step));
    else if (block.kind === 'table') lines.push(...tableLines(block));
    else lines.push('```', ...block.code, '```', ...(block.output ? ['', '```', ...block.output, '```'] : []));
  }
  return lines;
}

function numberedText(plans: QuestionPlan[], answers: Map<number, Block[]>, random: Random): string {
  const out: string[] = [];
  for (const plan of plans) {
    const blocks = answers.get(plan.number);
    if (!blocks) continue;
    out.push(`${plan.number}. ${random.chance(0.2) ? plan.shortPrompt : plan.prompt}`);
    out.push(...indentLines(markdownLines(blocks, 2), 3), '', '');
  }
  return out.join('\n');
}

function boldMarkdown(plans: QuestionPlan[], answers: Map<number, Block[]>): string {
  const out: string[] = [''];
  for (const plan of plans) {
    const blocks = answers.get(plan.number);
    if (!blocks) continue;
    out.push(`${plan.number}. **${plan.title}**:`);
    out.push(...indentLines(markdownLines(blocks, 2), 3), '');
  }
  return out.join('\n');
}

function notebookText(plans: QuestionPlan[], answers: Map<number, Block[]>, random: Random): string {
  const out: string[] = [];
  let cell = 1;
  for (const plan of plans) {
    const blocks = answers.get(plan.number);
    if (!blocks) continue;
    out.push(`${plan.number}. ${random.chance(0.3) ? plan.shortPrompt.replaceAll('`', '') : plan.prompt.replaceAll('`', '')}`);
    let afterCell = false;
    blocks.forEach((block, index) => {
      if (index > 0) out.push('');
      if (block.kind === 'code') {
        cell += random.int(1, 2);
        out.push(`In [${cell}]:`, ...block.code, ...(block.output ? ['', ...block.output] : []));
      } else if (afterCell) {
        // After a cell, prose starts at column 0 as notebook exports write it.
        out.push(...markdownLines([block], 4));
      } else {
        out.push(...indentLines(markdownLines([block], 4), 4));
      }
      afterCell = block.kind === 'code';
    });
    out.push('');
  }
  return out.join('\n');
}

const FORMATS: readonly SyntheticFormat[] = ['numbered-text', 'bold-markdown', 'notebook-text'];

/** The format of the source at `index`: the three formats take turns. */
export function syntheticFormat(index: number): SyntheticFormat {
  return FORMATS[index % FORMATS.length]!;
}

/** Generates a whole content folder: `sources/*`, `sources.yaml`, `guide.yaml` and `glossary.yaml`. */
export function generateContent({ questions, sources, seed = 1 }: SyntheticOptions): SyntheticFiles {
  if (!Number.isInteger(questions) || questions < 1 || !Number.isInteger(sources) || sources < 1) {
    throw new RangeError(`a synthetic guide needs at least one question and one source, got ${questions} × ${sources}`);
  }
  const random = createRandom(seed);
  const plans = planQuestions(questions, random);
  const files: SyntheticFiles = {};
  const config: Record<string, { label: string; order: number }> = {};

  for (let index = 0; index < sources; index++) {
    const id = String(index).padStart(3, '0');
    const format = syntheticFormat(index);
    const answers = new Map<number, Block[]>();
    for (const plan of plans) {
      // Every question keeps at least one answer: source `number mod sources` never skips it.
      const skipped = sources > 1 && (plan.number - 1) % sources !== index && random.chance(0.08);
      if (!skipped) answers.set(plan.number, answerBlocks(plan, random, format !== 'bold-markdown' || random.chance(0.3)));
    }
    const name = `sources/${id}_synthetic.${format === 'bold-markdown' ? 'md' : 'txt'}`;
    files[name] =
      format === 'numbered-text'
        ? numberedText(plans, answers, random)
        : format === 'bold-markdown'
          ? boldMarkdown(plans, answers)
          : notebookText(plans, answers, random);
    config[id] = { label: `Study group ${index + 1}`, order: index + 1 };
  }

  files['sources.yaml'] = `# Synthetic answer sets, seed ${seed}.\n${stringify(config)}`;
  files['guide.yaml'] = stringify({
    title: `Synthetic guide: ${questions} questions × ${sources} sources`,
    description: `Generated answers with lists, code and tables, for measuring build cost (seed ${seed}).`,
  });
  files['glossary.yaml'] = stringify(
    TOPICS.map((topic) => ({
      term: topic.term,
      aliases: [topic.alias, topic.api].filter((alias) => alias !== topic.term),
      definition: `${capitalise(topic.what)}, used for ${topic.use}.`,
    })),
  );
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
