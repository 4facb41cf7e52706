import { describe, expect, test } from 'vitest';
import { parseYamlConfig } from './config.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { questionsFileSchema, sourcesFileSchema } from '../model/model.ts';

describe('content YAML files', () => {
  test('accepts a valid sources.yaml', () => {
    const result = parseYamlConfig('sources.yaml', "'000':\n  label: Notes\n  order: 1\n", sourcesFileSchema, 'invalid-sources-config');
    expect(result).toMatchObject({ value: { '000': { label: 'Notes', order: 1 } }, diagnostics: [] });
  });

  test('points at the line of an unknown or mistyped key', () => {
    const result = parseYamlConfig('sources.yaml', "'000':\n  label: Notes\n  order: first\n", sourcesFileSchema, 'invalid-sources-config');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'sources.yaml:3:10: `000.order`: Invalid input: expected number, received string [invalid-sources-config]',
    ]);
  });

  test('reports broken YAML with its position instead of throwing', () => {
    const result = parseYamlConfig('questions.yaml', '1: { slug: a\n', questionsFileSchema, 'invalid-questions-config');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ file: 'questions.yaml', line: 2, ruleId: 'invalid-questions-config', fatal: true });
  });

  test('rejects a slug that is not lowercase words joined by hyphens', () => {
    const result = parseYamlConfig('questions.yaml', '4:\n  slug: Data Structures\n', questionsFileSchema, 'invalid-questions-config');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'questions.yaml:2:9: `4.slug`: a slug is lowercase words joined by hyphens, e.g. `data-structures` [invalid-questions-config]',
    ]);
  });
});

describe('content/glossary.yaml', () => {
  test('names the line of an entry with a bad link or an unknown key', async () => {
    const { glossaryFileSchema } = await import('../model/model.ts');
    const text = '- term: queue\n  definition: A FIFO.\n  link: not a url\n- term: set\n  definiton: typo\n';
    const result = parseYamlConfig('content/glossary.yaml', text, glossaryFileSchema, 'invalid-glossary');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/glossary.yaml:3:9: `0.link`: Invalid URL [invalid-glossary]',
      'content/glossary.yaml:4:3: `1.definition`: this setting is required [invalid-glossary]',
      'content/glossary.yaml:5:3: `1`: unknown setting `definiton` [invalid-glossary]',
    ]);
  });
});
