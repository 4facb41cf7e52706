import AnswerBody from './AnswerBody.astro';
import AnswerSection from './AnswerSection.astro';
import NotebookCell from './NotebookCell.astro';
import SourceAnswer from './SourceAnswer.astro';
import SourceAppendix from './SourceAppendix.astro';
import SourcePreamble from './SourcePreamble.astro';
import SourcePrompt from './SourcePrompt.astro';

/** Components the generated MDX uses, by the names the emitter writes. */
export const mdxComponents = { AnswerBody, AnswerSection, NotebookCell, SourceAnswer, SourceAppendix, SourcePreamble, SourcePrompt };
