/**
 * A real study group's book (`__fixtures__/books/homl`: four members' checkouts, nine chapters of
 * *Hands-On Machine Learning*, each set also in the corpus with its key): every file sorted into its
 * chapter, every keyed answer on its chapter's page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bookChapters, planBook } from '../build/book.ts';
import { readBookSettings } from '../build/load.ts';
import { runPipeline } from '../build/pipeline.ts';
import { bookKey, dropInBook, setKeyFile } from './book-fixture.ts';
import { flat, textsByQuestion, type CorpusKey } from './score.ts';

const book = resolve(import.meta.dirname, '../__fixtures__/books/homl');
const key = bookKey(book);
// The members' checkouts, assembled from the corpus sets they are made of.
const content = mkdtempSync(join(tmpdir(), 'crossguide-homl-'));
dropInBook(book, content);
afterAll(() => rmSync(content, { recursive: true, force: true }));
const memberId = (member: string) => member.toLowerCase();

describe('a study group’s book', () => {
  it('sorts every member’s file into the chapter its name gives, and lists the files that are not answers', () => {
    const chapters = bookChapters(content);
    const plan = planBook(content, content, chapters, readBookSettings(content, content).sourcesYaml);
    const sorted = new Map<string, string>();
    for (const [slug, { entries }] of plan.sources) for (const entry of entries) sorted.set(entry.file.replace(/^sources\//, ''), slug);
    const unsorted = plan.unsorted.map((file) => file.file.replace(/^sources\//, ''));
    // A file is sorted with the folder it is in where that folder's name gives the chapter (`CHAPTER_2/1-5.py`).
    const chapterOf = (path: string) => [...sorted].find(([file]) => path === file || path.startsWith(`${file}/`))?.[1];
    for (const [path, chapter] of Object.entries(key.files)) {
      if (chapter === null) expect(unsorted, path).toContain(path);
      else expect(chapterOf(path.replace(/\/$/, '')), path).toBe(chapter);
    }
    expect(unsorted).toHaveLength(Object.values(key.files).filter((chapter) => chapter === null).length);
  });

  it('places every keyed answer of every member on its chapter’s page', async () => {
    const { book: guides = [], diagnostics } = await runPipeline({ contentDir: content, root: content });
    expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
    const misses: string[] = [];
    let placed = 0;
    for (const set of key.sets) {
      const guide = guides.find((g) => g.chapter.slug === set.chapter)?.guide;
      const source = guide?.sources.find((s) => s.id === memberId(set.member));
      const texts = source ? textsByQuestion(source, guide) : [];
      const answers = (JSON.parse(readFileSync(setKeyFile(set), 'utf8')) as CorpusKey).answers;
      for (const { question, phrase } of answers) {
        const found = texts.filter(([, text]) => text.includes(flat(phrase))).map(([id]) => id);
        if (found.includes(String(question))) placed++;
        else misses.push(`${set.chapter} ${set.member} ${question} → ${found.join(', ') || 'none'}`);
      }
    }
    // As the corpus scores the same sets one chapter at a time (`npm run corpus`).
    expect({ placed, misses }).toMatchInlineSnapshot(`
      {
        "misses": [
          "04-training-models hectwilliams 12 → 11",
          "05-svm hectwilliams 3 → 4",
          "05-svm hectwilliams 4 → 3",
        ],
        "placed": 135,
      }
    `);
  });
});

describe('a file named for one chapter whose exercises print another', () => {
  it('is placed in the chapter its exercises print, with a warning naming both', async () => {
    const content = mkdtempSync(join(tmpdir(), 'crossguide-book-'));
    try {
      for (const chapter of ['03-classification', '04-training-models']) mkdirSync(join(content, 'chapters', chapter), { recursive: true });
      mkdirSync(join(content, 'sources', 'ann'), { recursive: true });
      mkdirSync(join(content, 'sources', 'ben'), { recursive: true });
      writeFileSync(
        join(content, 'sources', 'ann', 'chapter-3.md'),
        '## Exercise 4.1\n\nAnn on gradient descent.\n\n## Exercise 4.2\n\nAnn on feature scaling.\n',
      );
      writeFileSync(
        join(content, 'sources', 'ben', 'ch04.md'),
        '## Exercise 4.1\n\nBen on gradient descent.\n\n## Exercise 4.2\n\nBen on scaling.\n',
      );
      const { book = [], diagnostics } = await runPipeline({ contentDir: content, root: content });
      const ids = (slug: string) => book.find((g) => g.chapter.slug === slug)?.guide.sources.map((source) => source.id);
      expect(ids('03-classification')).toEqual([]);
      expect(ids('04-training-models')).toEqual(['ann', 'ben']);
      expect(diagnostics.filter((d) => d.ruleId === 'other-chapter').map((d) => `${d.file}: ${d.message}`)).toEqual([
        'sources/ann/chapter-3.md: Its name puts it in chapter 3, but its exercises are numbered 4.N, so it is placed in chapter 4 (04-training-models); rename it if that is wrong',
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('files placed by their questions’ wording', () => {
  const trees = [
    'Which of these trees grows fastest in cold northern forests?',
    'Why do oak leaves turn brown before they fall in autumn?',
    'How deep do the roots of a mature beech tree reach?',
  ];
  const rivers = [
    'What makes a river meander across a wide flat plain?',
    'Why does a delta form where a slow river meets the sea?',
    'How does a waterfall move upstream over many centuries?',
  ];
  const answers = (who: string, questions: string[]) =>
    questions.map((question, i) => `${i + 1}. ${question}\n\n${who} answers this one in a sentence of their own.\n`).join('\n');

  it('moves a file whose questions are another chapter’s, and places a file named for no chapter', async () => {
    const content = mkdtempSync(join(tmpdir(), 'crossguide-book-'));
    try {
      for (const chapter of ['01-trees', '02-rivers']) mkdirSync(join(content, 'chapters', chapter), { recursive: true });
      const write = (path: string, text: string) => {
        mkdirSync(join(content, 'sources', path, '..'), { recursive: true });
        writeFileSync(join(content, 'sources', path), text);
      };
      for (const who of ['ann', 'ben']) {
        write(`${who}/chapter-1.md`, answers(who, trees));
        write(`${who}/chapter-2.md`, answers(who, rivers));
      }
      write('cat/chapter-1.md', answers('cat', rivers));
      write('cat/notes/answers.md', answers('cat', trees));
      write('cat/README.md', '# Cat’s answers\n');
      const { book = [], diagnostics } = await runPipeline({ contentDir: content, root: content });
      const ids = (slug: string) => book.find((g) => g.chapter.slug === slug)?.guide.sources.map((source) => `${source.id} ${source.file}`);
      expect(ids('01-trees')).toEqual(['ann sources/ann/chapter-1.md', 'ben sources/ben/chapter-1.md', 'cat sources/cat/notes/answers.md']);
      expect(ids('02-rivers')).toEqual(['ann sources/ann/chapter-2.md', 'ben sources/ben/chapter-2.md', 'cat sources/cat/chapter-1.md']);
      expect(diagnostics.filter((d) => d.ruleId === 'other-chapter').map((d) => `${d.file}: ${d.message}`)).toEqual([
        "sources/cat/chapter-1.md: Its name puts it in chapter 1, but its questions are chapter 2's (100 % of them read as that chapter's), so it is placed in chapter 2 (02-rivers); rename it if that is wrong",
        "sources/cat/notes/answers.md: Its name gives no chapter, but its questions are chapter 1's (100 % of them read as that chapter's), so it is placed in chapter 1 (01-trees); put the chapter in its name to silence this warning",
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('a chapter’s questions.yaml', () => {
  it('places a file named for no chapter by the prompts the chapters’ questions.yaml give, with no other member to compare', async () => {
    const content = mkdtempSync(join(tmpdir(), 'crossguide-book-'));
    try {
      const prompts = {
        '01-trees': [
          'Which trees grow fastest in cold northern forests?',
          'Why do oak leaves turn brown in autumn?',
          'How deep do the roots of a beech tree reach?',
        ],
        '02-rivers': [
          'What makes a river meander across a plain?',
          'Why does a delta form at the sea?',
          'How does a waterfall wear its cliff back upstream?',
        ],
      };
      for (const [chapter, questions] of Object.entries(prompts)) {
        mkdirSync(join(content, 'chapters', chapter), { recursive: true });
        writeFileSync(
          join(content, 'chapters', chapter, 'questions.yaml'),
          questions.map((q, i) => `${i + 1}: { prompt: "${q}" }`).join('\n'),
        );
      }
      mkdirSync(join(content, 'sources', 'ann', 'notes'), { recursive: true });
      writeFileSync(
        join(content, 'sources', 'ann', 'notes', 'answers.md'),
        prompts['02-rivers'].map((q, i) => `${i + 1}. ${q}\n\nAnn answers in her own words.\n`).join('\n'),
      );
      const { book = [] } = await runPipeline({ contentDir: content, root: content });
      expect(book.find((g) => g.chapter.slug === '02-rivers')?.guide.sources.map((source) => source.file)).toEqual([
        'sources/ann/notes/answers.md',
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('chapter folders', () => {
  it('leaves out a folder with no chapter number and one that repeats a number, each with a warning', async () => {
    const content = mkdtempSync(join(tmpdir(), 'crossguide-book-'));
    try {
      for (const chapter of ['01-basics', '01-more-basics', 'intro']) mkdirSync(join(content, 'chapters', chapter), { recursive: true });
      mkdirSync(join(content, 'sources', 'ann'), { recursive: true });
      writeFileSync(join(content, 'sources', 'ann', 'chapter-1.md'), '1. Ann answers the first question.\n');
      const { book = [], diagnostics } = await runPipeline({ contentDir: content, root: content });
      expect(book.map((g) => g.chapter.slug)).toEqual(['01-basics']);
      expect(diagnostics.filter((d) => d.ruleId === 'chapter-folder').map((d) => `${d.file}: ${d.message}`)).toEqual([
        "chapters/01-more-basics: This folder has chapter 1's number, which 01-basics/ already has, so it is left out; give it its own chapter's number or move its settings into 01-basics/",
        'chapters/intro: A chapter folder’s name starts with the chapter’s number, e.g. `07-intro`, so this one is left out; rename it'.replaceAll(
          '’',
          "'",
        ),
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
