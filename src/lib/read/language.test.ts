import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYamlConfig } from './config.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { canonicalLanguage, shortTextLanguage } from '../model/language-tag.ts';
import { detectLanguage, proseOf } from './language.ts';
import { loadGuide } from '../build/load.ts';
import { parseMarkdown } from './markdown.ts';
import { guideConfigSchema, sourcesFileSchema } from '../model/model.ts';

const paragraphs: Record<string, string> = {
  zh: '张量是多维数组，里面的数字都有相同的数据类型。使用 tf.constant() 创建不可变的张量，用 tf.Variable 保存可训练的权重。',
  ja: 'テンソルは多次元配列です。tf.function を使うと、Python の関数がグラフに変換されます。勾配テープで微分を計算します。',
  ko: '텐서는 다차원 배열입니다. tf.function을 사용하면 파이썬 함수가 그래프로 변환됩니다. 손실 함수는 샘플마다 손실을 반환합니다.',
  en: 'A tensor is a multidimensional array. Use tf.constant() to create an immutable tensor and tf.Variable for trainable weights.',
  de: 'Ein Tensor ist ein mehrdimensionales Array. Mit tf.constant() erzeugt man einen unveränderlichen Tensor, mit tf.Variable trainierbare Gewichte.',
  fr: 'Un tenseur est un tableau multidimensionnel. On utilise tf.constant() pour créer un tenseur immuable et tf.Variable pour les poids entraînables.',
  es: 'Un tensor es un arreglo multidimensional. Se usa tf.constant() para crear un tensor inmutable y tf.Variable para los pesos entrenables.',
  pt: 'Um tensor é um arranjo multidimensional. Usa-se tf.constant() para criar um tensor imutável e tf.Variable para os pesos treináveis.',
};

describe('detecting the language a source is written in', () => {
  test.each(Object.entries(paragraphs))('reads a paragraph of %s as that language', (lang, text) => {
    expect(detectLanguage(text, 'en')).toBe(lang);
  });

  test('reads Latin-like filler mixed with English terms as the guide language, not as whichever Romance language scores a hair higher', () => {
    const filler =
      'Aliquip checkpoint tanh pariatur functional excepteur cache aliqua dolore convolution officia dropout autodiff excepteur dolore minim magna transformer ea relu. ' +
      'Accuracy deserunt mollit et nesterov callback cluster prefetch functional kernel laborum regularizer magna convolution pooling. ' +
      'Duis tensor sparse polymorphic sit transformer shard adam. Ad subclass veniam layer ea sequential metric nisi.';
    expect(detectLanguage(filler, 'en')).toBe('en');
  });

  test('falls back to the guide language when there is too little text to tell', () => {
    expect(detectLanguage('', 'de')).toBe('de');
    expect(detectLanguage('Yes.', 'de')).toBe('de');
  });

  test("keeps the guide's region when the text is in the guide's language", () => {
    expect(detectLanguage(paragraphs.pt!, 'pt-BR')).toBe('pt-BR');
  });

  test('reads only the prose: code is not taken for English', () => {
    const code = '```python\n' + 'model = tf.keras.Sequential([tf.keras.layers.Dense(10, activation="relu")])\n'.repeat(8) + '```\n';
    const tree = parseMarkdown(`${code}\n张量是多维数组，所有元素的数据类型相同。\n\n\`tf.constant\` 返回不可变的张量。\n`);
    expect(proseOf([tree])).not.toContain('Sequential');
    expect(detectLanguage(proseOf([tree]), 'en')).toBe('zh');
  });

  test('reads each source of a guide in its own language, and a sources.yaml lang wins', () => {
    const { guide, diagnostics } = loadGuide(join(import.meta.dirname, '..', '__fixtures__', 'guides', 'languages'));
    expect(diagnostics).toEqual([]);
    expect(guide!.lang).toBe('en');
    expect(guide!.sources.map((source) => [source.id, source.lang])).toEqual([
      ['201', 'en'],
      ['202', 'zh'],
      ['203', 'ja'],
    ]);
  });

  test('reads the shipped answer sets as English', () => {
    const { guide } = loadGuide(join(import.meta.dirname, '..', '..', '..', 'content'));
    expect(guide!.sources.map((source) => source.lang)).toEqual(['en', 'en', 'en']);
  });
});

describe('the lang setting', () => {
  test('accepts a BCP 47 tag and writes it in its canonical form', () => {
    expect(canonicalLanguage('pt-br')).toEqual({ tag: 'pt-BR' });
    expect(canonicalLanguage('zh-hant')).toEqual({ tag: 'zh-Hant' });
    expect(canonicalLanguage('ja')).toEqual({ tag: 'ja' });
  });

  test('refuses a language name in sources.yaml and names the tag to write', () => {
    const result = parseYamlConfig(
      'content/sources.yaml',
      "'001':\n  lang: chinese\n'002':\n  lang: zh_CN!\n",
      sourcesFileSchema,
      'invalid-sources-config',
    );
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "content/sources.yaml:2:9: \`001.lang\`: \`chinese\` is not a language tag; for Chinese, write \`zh\` [invalid-sources-config]",
        "content/sources.yaml:4:9: \`002.lang\`: \`zh_CN!\` is not a language tag; write a BCP 47 language tag such as \`zh\`, \`ja\`, \`de\` or \`pt-BR\` [invalid-sources-config]",
      ]
    `);
  });

  test('refuses a code no language has, in guide.yaml too', () => {
    const result = parseYamlConfig('content/guide.yaml', 'title: T\nlang: qq\n', guideConfigSchema, 'invalid-guide-config');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/guide.yaml:2:7: `lang`: `qq` is not a language tag; write a BCP 47 language tag such as `zh`, `ja`, `de` or `pt-BR` [invalid-guide-config]',
    ]);
  });
});

describe("a source's label and titles", () => {
  test("take the source's language when written in its script and the guide's is another", () => {
    expect(shortTextLanguage('北京学习小组', 'zh', 'en')).toBe('zh');
    expect(shortTextLanguage('東京グループ', 'ja', 'en')).toBe('ja');
    expect(shortTextLanguage('서울 스터디', 'ko', 'en')).toBe('ko');
  });

  test("read as the guide's language otherwise", () => {
    expect(shortTextLanguage('Tokyo group', 'ja', 'en')).toBeUndefined();
    expect(shortTextLanguage('Lerngruppe Berlin', 'de', 'en')).toBeUndefined();
    expect(shortTextLanguage('北京学习小组', 'zh', 'zh')).toBeUndefined();
  });
});
