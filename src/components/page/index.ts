/**
 * The components a question page's MDX is composed of, by the names it uses
 * them under without importing them (`lib/model/question-page.ts` lists their props).
 */
import type { PageComponentName } from '../../lib/model/model';
import Answer from './Answer.astro';
import Answers from './Answers.astro';
import Choices from './Choices.astro';
import Closeness from './Closeness.astro';
import Comparison from './Comparison.astro';
import ComparisonTable from './ComparisonTable.astro';
import Consensus from './Consensus.astro';
import Coverage from './Coverage.astro';
import EditorNote from './EditorNote.astro';
import Prompt from './Prompt.astro';
import Verdicts from './Verdicts.astro';

export const pageComponents = {
  Prompt,
  EditorNote,
  Comparison,
  Verdicts,
  Choices,
  Consensus,
  ComparisonTable,
  Coverage,
  Closeness,
  Answers,
  Answer,
} satisfies Record<PageComponentName, unknown>;
