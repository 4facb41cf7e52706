/**
 * Files shaped to cost a Markdown parser more than their size: deep lists,
 * quotes and brackets, runs of emphasis marks, a 1 MB line, a notebook of
 * large outputs saved without line breaks, a script of string calls that never close. `npm run bench` times reading
 * each, and a browser test builds a guide of them (as `synthetic.ts` feeds both).
 */
/** The files, by name: each a question marker and then its shape. */
export function pathologicalFiles(): Record<string, string> {
  const image = 'A'.repeat(3_000_000);
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: Array.from({ length: 40 }, (_, i) => [
      { cell_type: 'markdown', metadata: {}, source: [`## ${i + 1}. Question ${i + 1}?\n`, 'An answer.\n'] },
      {
        cell_type: 'code',
        metadata: {},
        execution_count: i + 1,
        source: ['plot()'],
        outputs: [
          { output_type: 'display_data', metadata: {}, data: { 'image/png': image.slice(0, 250_000), 'text/plain': ['<Figure>'] } },
        ],
      },
    ]).flat(),
  };
  return {
    'list-800-deep.md': ['1. Deep list?', '', ...Array.from({ length: 800 }, (_, i) => `${'  '.repeat(i)}- level ${i}`)].join('\n'),
    'quote-600-deep.md': ['1. Deep quote?', '', ...Array.from({ length: 600 }, (_, i) => `${'>'.repeat(i + 1)} q`)].join('\n'),
    'brackets-20000.md': `1. Brackets?\n\n${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`,
    'emphasis-30000.md': `1. Emphasis?\n\n${'*a'.repeat(30_000)}\n`,
    'line-1mb.txt': `1. A long line?\n   ${'word '.repeat(190_000)}\n`,
    'notebook-10mb-outputs.ipynb': JSON.stringify(notebook),
    // Each line opens a call to a string that never closes: looking for the end of each must not cost the whole file.
    'calls-20000-unclosed.R': `# 1. Unclosed calls?\n${'cat("\n'.repeat(20_000)}`,
  };
}
