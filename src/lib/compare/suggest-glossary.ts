/**
 * A glossary to start from: the concepts the comparison found, as a
 * `content/glossary.yaml` a maintainer can edit and keep. Each entry names
 * the term, the other wordings answers use, a definition drawn from the first
 * sentence that uses it (to be rewritten in the guide's own words), and, in a
 * comment, the questions and sources that name it.
 */
import { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Guide } from '../model/model.ts';
import { proseSentences } from './verdict.ts';

/** A concept is worth a glossary entry when two sources name it, or one question's answers and another's do. */
const MIN_USES = 2;
/** The longest definition taken from an answer: one sentence, not a paragraph. */
const MAX_DEFINITION = 200;

interface Suggestion {
  term: string;
  aliases: Set<string>;
  questions: Set<string>;
  sources: Set<string>;
  definition?: string;
}

/** The suggested `glossary.yaml`, most widely named concepts first. */
export function suggestGlossary(guide: Guide): string {
  const labels = new Map(guide.sources.map((source) => [source.id, source.label]));
  const found = new Map<string, Suggestion>();
  for (const question of guide.questions) {
    for (const row of question.comparison.rows) {
      const entry = found.get(row.id) ?? {
        term: row.label,
        aliases: new Set<string>(),
        questions: new Set<string>(),
        sources: new Set<string>(),
      };
      entry.questions.add(question.id);
      for (const [id, mention] of Object.entries(row.sources)) {
        entry.sources.add(id);
        if (mention.phrase.toLowerCase() !== entry.term.toLowerCase()) entry.aliases.add(mention.phrase);
        const body = question.answers[id]?.body;
        if (body) entry.definition ??= definitionFrom(proseSentences(body), mention.phrase);
      }
      found.set(row.id, entry);
    }
  }
  const kept = [...found.values()]
    .filter((entry) => entry.sources.size >= MIN_USES || entry.questions.size >= MIN_USES)
    .sort((a, b) => b.sources.size - a.sources.size || b.questions.size - a.questions.size || a.term.localeCompare(b.term));

  const document = new Document(new YAMLSeq());
  document.commentBefore =
    ' Concepts the answers name, found with no glossary (npm run ingest -- --suggest-glossary).\n Rewrite each definition in the guide’s own words, merge or drop entries, and save as content/glossary.yaml.';
  for (const entry of kept) {
    const item = new YAMLMap();
    item.set('term', entry.term);
    if (entry.aliases.size) item.set('aliases', [...entry.aliases].sort());
    item.set('definition', entry.definition ?? entry.term);
    item.commentBefore = ` questions ${[...entry.questions].join(', ')}; named by ${[...entry.sources].map((id) => labels.get(id) ?? id).join(', ')}`;
    (document.contents as YAMLSeq).add(item);
  }
  return document.toString({ lineWidth: 0 });
}

/** The first sentence of an answer's prose that uses `phrase`, as a definition to start from. */
function definitionFrom(prose: readonly string[], phrase: string): string | undefined {
  const wanted = phrase.toLowerCase();
  const sentence = prose.find((candidate) => candidate.toLowerCase().includes(wanted));
  if (!sentence) return undefined;
  return sentence.length <= MAX_DEFINITION ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', MAX_DEFINITION))}…`;
}
