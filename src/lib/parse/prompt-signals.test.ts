/** How a question's own words are told from its answer, whatever the layout. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseFolder } from './folder.ts';
import { parseAnswerSet } from './index.ts';
import { closeBoldLabels } from '../read/numbered-paragraphs.ts';
import { asks, isPrompt, setsTaskWithin } from './phrasing.ts';

const read = (text: string, file = 'content/sources/001.md') =>
  parseAnswerSet({ id: '001', file, text }).answerSet!.answers.map(({ number, prompt, title }) => ({ number, prompt, title }));

describe('the question as its source words it', () => {
  test('the blocks between a question heading and its answer label are the prompt', () => {
    const answers = read(
      '## Question 1\n\nWhy is the sky blue?\n\n_Solution:_\n\nRayleigh scattering.\n\n## Question 2\n\nName two gases in the air.\n\n**Answer:** Nitrogen and oxygen.\n',
    );
    expect(answers).toEqual([
      { number: 1, prompt: 'Why is the sky blue?', title: undefined },
      { number: 2, prompt: 'Name two gases in the air.', title: undefined },
    ]);
  });

  test('a bold question on a line of its own, ended by a new line, two spaces, a backslash or `<br>`, is the prompt, and the lines after it answer', () => {
    for (const end of ['', '  ', '\\', '<br>', '<br/>']) {
      const answers = parseAnswerSet({
        id: '001',
        file: 'content/sources/001.md',
        text: `**1. Why is the sky blue?**${end}\nRayleigh scattering.\n\n**2. Which gases fill the air?**${end}\nNitrogen and oxygen.\n`,
      }).answerSet!.answers;
      expect(answers.map(({ number, prompt, title }) => ({ number, prompt, title }))).toEqual([
        { number: 1, prompt: 'Why is the sky blue?', title: undefined },
        { number: 2, prompt: 'Which gases fill the air?', title: undefined },
      ]);
      expect(answers.map((answer) => toString(answer.body).trim())).toEqual(['Rayleigh scattering.', 'Nitrogen and oxygen.']);
    }
  });

  test('a bold number alone on its line is answered by the lines after it, with no false “no answer” warning', () => {
    const parsed = parseAnswerSet({
      id: '001',
      file: 'content/sources/001.md',
      text: '**1.**\nBlue light scatters.\n\n**2.**\nNitrogen.\n',
    });
    expect(parsed.answerSet!.answers.map((answer) => [answer.title, toString(answer.body).trim()])).toEqual([
      [undefined, 'Blue light scatters.'],
      [undefined, 'Nitrogen.'],
    ]);
    expect(parsed.diagnostics.map((d) => d.ruleId)).not.toContain('empty-answer');
  });

  test('an id set in bold with its words directly after it marks the question: `**3.1 With the program …**`, `**2 What is …?**`', () => {
    expect(read('**3.1 What gets printed at line A?**\nFive.\n\n**3.2 How many processes?**\nEight.\n')).toEqual([
      { number: 1, prompt: 'What gets printed at line A?', title: undefined },
      { number: 2, prompt: 'How many processes?', title: undefined },
    ]);
    expect(
      read('**1 What is a tensor?**\nAn array.\n\n**2 What is a rank?**\nIts number of axes.\n').map((answer) => answer.number),
    ).toEqual([1, 2]);
    // Bold prose that opens with a number is no marker.
    expect(parseAnswerSet({ id: '001', file: 'content/sources/001.md', text: '**2.5 seconds** is enough.\n' }).answerSet).toBeUndefined();
  });

  test('a heading that names the exercise list after a page and section reference (`## P310 5.11 编程练习`) heads the list', () => {
    const answers = read(
      '## P310 5.11 编程练习\n\n1、编写一个程序，把分钟转换成小时。\n\n```c\nint main(void) { return 0; }\n```\n\n2、编写一个程序，打印整数。\n\n```c\nint main(void) { return 1; }\n```\n',
    );
    expect(answers.map((answer) => answer.number)).toEqual([1, 2]);
  });

  test('a label alone on its line without a colon (`answer`) closes the question, and a table the question holds heads the answer', () => {
    const text =
      '## Exercise 1.3\n\nWhich documents come back for each query?\n\nanswer\n\nOnly Doc 1 and Doc 2.\n\n## Exercise 1.4\n\nSuggest an order for processing the query, given these lengths:\n\n| term | size |\n| --- | --- |\n| eyes | 213312 |\n\nAnswer:\n\nThe query as written.\n';
    const answers = parseAnswerSet({ id: '001', file: 'content/sources/001.md', text }).answerSet!.answers;
    expect(answers.map((answer) => answer.prompt)).toEqual([
      'Which documents come back for each query?',
      'Suggest an order for processing the query, given these lengths:',
    ]);
    expect(answers.map((answer) => answer.body.children.map((node) => node.type))).toEqual([['paragraph'], ['table', 'paragraph']]);
  });

  test('a heading that states an exercise after its id within a section marks it; a section’s title or the book’s lemma does not', () => {
    const text =
      '# 1.3 Bags, queues and stacks\n\n## 1.3.1 给FixedCapacityStackOfStrings加一个判断栈满的方法isFull\n\nAnswer one.\n\n## 1.3.2 对下面这串输入，java Stack会输出什么？\n\nAnswer two.\n\n## 1.3.3 Some client pushes the integers 0 through 9 in order onto a stack\n\nAnswer three.\n';
    expect(read(text).map((answer) => answer.number % 100)).toEqual([1, 2, 3]);
    const notes =
      '## 2.2 Addition\n\n### 2.2.2 Lemma: For any natural number n, n + 0 = n, as the book proves\n\nProof.\n\n### 2.2.3 Lemma: For any natural numbers n and m, n + (m++) = (n + m)++\n\nProof.\n';
    expect(parseAnswerSet({ id: '001', file: 'content/sources/001.md', text: notes }).answerSet?.answers.length ?? 0).not.toBe(2);
  });

  test('a comment that opens with an id a word names as an exercise (`# 1.3.7 practice`) marks it in a script', () => {
    const text =
      'class Stack:\n    pass\n\n# 1.3.7 practice\ndef peek(s):\n    return s[-1]\n\n# 1.3.9 practice\ndef complete(expr):\n    return expr\n\n# 1.3.10 practice\ndef postfix(expr):\n    return expr\n';
    expect(
      parseAnswerSet({ id: '001', file: 'content/sources/001.py', text }).answerSet!.answers.map((answer) => answer.number % 100),
    ).toEqual([7, 9, 10]);
  });

  test('where most marker lines ask, one that states a task is its question too; a short one that answers stays the answer', () => {
    const text = [
      'P1. What does a web cache do for the requests of its clients?',
      '```sh\nstores copies\n```',
      'P2. After doing some research on the Internet, write one paragraph about the protocols each system uses.',
      '```sh\nSMS: cellular\n```',
      'P3. Which protocols move a mail message from the sender to its receiver?',
      '```sh\nSMTP\n```',
      'P4. It is five.',
      '```sh\n5\n```',
      'P5. Why is HTTP said to be stateless?',
      '```sh\nno state\n```',
      '',
    ].join('\n\n');
    expect(read(text).map((answer) => answer.prompt?.slice(0, 22))).toEqual([
      'What does a web cache ',
      'After doing some resea',
      'Which protocols move a',
      undefined,
      'Why is HTTP said to be',
    ]);
  });

  test('where most marker lines set a task, though none asks, they are the questions; a learner’s own line is not', () => {
    const text = [
      '4.1 Write the sum function from before as code.',
      '```python\ndef total(xs): return sum(xs)\n```',
      '4.2 Count the items of a list with a recursive function.',
      '```python\ndef count(xs): return 0 if not xs else 1 + count(xs[1:])\n```',
      '4.3 My first try ran forever.',
      '```python\nwhile True: pass\n```',
      '4.4 Print the value of every element in an array.',
      'O(n)',
      '',
    ].join('\n\n');
    expect(read(text).map((answer) => answer.prompt)).toEqual([
      'Write the sum function from before as code.',
      'Count the items of a list with a recursive function.',
      undefined,
      'Print the value of every element in an array.',
    ]);
  });

  test('a long marker line that sets its task in a later sentence counts with the others that set one', () => {
    const text = [
      'P1. True or false?',
      'a. False.',
      'P2. SMS, iMessage and WhatsApp are messaging systems on phones. Write one paragraph on the protocols of each.',
      '```sh\nSMS: cellular\n```',
      'P3. Consider a short HTTP request for a page with three images on it.',
      '```sh\nfour requests\n```',
      'P4. Suppose that your department has a local DNS server for all of its computers.',
      '```sh\ncached\n```',
      'P5. It is five.',
      '```sh\n5\n```',
      '',
    ].join('\n\n');
    expect(read(text).map((answer) => answer.prompt?.slice(0, 16))).toEqual([
      'True or false?',
      'SMS, iMessage an',
      'Consider a short',
      'Suppose that you',
      undefined,
    ]);
  });

  test('after a bare id, the words before a paragraph that opens with an answer label are the question, and the label is layout', () => {
    const text =
      'R3. 为什么说标准对协议很关键？\n\n答案：有了标准才知道协议做什么。\n\nR4. 举出6种接入技术。\n\n答案：\n光纤入户，DSL。\n\nR5. It is fast.\n\nSo it is.\n';
    const answers = parseAnswerSet({ id: '001', file: 'content/sources/001.md', text }).answerSet!.answers;
    expect(answers.map((answer) => answer.prompt)).toEqual(['为什么说标准对协议很关键？', '举出6种接入技术。', undefined]);
    expect(toString(answers[1]!.body)).toBe('光纤入户，DSL。');
  });

  test('ids at another heading level that print the run’s chapter go on with it (`## 6.5`, then `# 6.8`)', () => {
    const text = '## 6.1\n\nTabulate.\n\n### Solution\n\nOne.\n\n## 6.5\n\nPebbles.\n\n# 6.8\n\nEdit distance.\n\n# 6.18.\n\nChange.\n';
    expect(parseAnswerSet({ id: '001', file: 'content/sources/001.md', text }).answerSet!.answers.map((a) => a.number)).toEqual([
      1, 5, 8, 18,
    ]);
    // A heading of another level with a bare number is a note's, not an exercise.
    const notes = '## 6.1\n\nOne.\n\n## 6.2\n\nTwo.\n\n# 3\n\nA part of my notes.\n';
    expect(parseAnswerSet({ id: '001', file: 'content/sources/001.md', text: notes }).answerSet!.answers.map((a) => a.number)).toEqual([
      1, 2,
    ]);
  });

  test('a notebook cell’s underlined numbered title over an exercise that sets its task in Japanese or Chinese', () => {
    const cell = (type: string, source: string[]) => ({ cell_type: type, metadata: {}, source, outputs: [], execution_count: null });
    const notebook = {
      cells: [
        cell('markdown', ['00. 文字列の逆順\n', '--------------\n', '文字列"stressed"の文字を逆に並べた文字列を作れ．']),
        cell('code', ["'stressed'[::-1]"]),
        cell('markdown', ['01. 「パタトクカシーー」\n', '--------------\n', '文字列から1,3,5,7番目の文字を拾い，つなげた文字列を作れ．']),
        cell('code', ["'パタトクカシーー'[::2]"]),
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 2,
    };
    const answers = parseAnswerSet({ id: '001', file: 'content/sources/001.ipynb', text: JSON.stringify(notebook) }).answerSet!.answers;
    expect(answers.map(({ number, title, prompt }) => ({ number, title, prompt }))).toEqual([
      { number: 0, title: '文字列の逆順', prompt: '文字列"stressed"の文字を逆に並べた文字列を作れ．' },
      { number: 1, title: '「パタトクカシーー」', prompt: '文字列から1,3,5,7番目の文字を拾い，つなげた文字列を作れ．' },
    ]);
  });

  test('a whole statement after a bold number, then `**Solution**`, is the question; a short one is a title', () => {
    const statement =
      'Take a deck that holds only three cards. Every card has two faces, and each face is coloured either black or white. Prove that the hidden face is black with probability 2/3.';
    const answers = read(`**1.** ${statement}\n\n**Solution**\n\nCount the ways.\n\n**2.** Three cards\n\n**Solution**\n\nCount again.\n`);
    expect(answers).toEqual([
      { number: 1, prompt: statement, title: undefined },
      { number: 2, prompt: undefined, title: 'Three cards' },
    ]);
  });

  test('numbered exercises stated in full, each answered by code below it, are the questions', () => {
    const text = [
      '1. With functions from the library, write `halve`, which cuts a list of even length into two halves. For example:',
      '',
      '```',
      '> halve [1,2,3,4]',
      '```',
      '',
      '  * ```haskell',
      '    halve xs = splitAt (length xs `div` 2) xs',
      '    ```',
      '',
      '2. Write `third`, which gives back the third item of any list holding at least three items.',
      '',
      '```haskell',
      'third xs = xs !! 2',
      '```',
    ].join('\n');
    expect(read(text).map((answer) => answer.prompt)).toEqual([
      'With functions from the library, write `halve`, which cuts a list of even length into two halves. For example:',
      'Write `third`, which gives back the third item of any list holding at least three items.',
    ]);
  });

  test('in a file named by its number, `# Question` and the words up to a rule are the question', () => {
    const text =
      '[Home](../index.html)\n\n# Question\n\np170\n\nSuppose we collect data on students. Estimate the probability of an A.\n\n***\n\nApply the logistic equation.\n';
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '04_06_notes.Rmd', file: 'content/sources/001/04_06_notes.Rmd', kind: 'file', text },
    ]);
    const [answer] = answerSet!.answers;
    expect(answer!.prompt).toBe('p170 Suppose we collect data on students. Estimate the probability of an A.');
    expect(answer!.body.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  test('so is `# Problem Statement` over the words, up to `# Solution`', () => {
    const text = '# Problem Statement\nDescribe in pseudo-code a function that reverses a list.\n\n# Solution\n```\nREVERSE(A)\n```\n';
    const { answerSet } = parseFolder('content/sources/001', [
      { name: 'C1_13.md', file: 'content/sources/001/C1_13.md', kind: 'file', text },
      { name: 'C1_14.md', file: 'content/sources/001/C1_14.md', kind: 'file', text: '# Problem Statement\nDecide.\n' },
      { name: 'C1_15.md', file: 'content/sources/001/C1_15.md', kind: 'file', text: '# Problem Statement\nDecide again.\n' },
    ]);
    const [answer] = answerSet!.answers;
    expect(answer!.prompt).toBe('Describe in pseudo-code a function that reverses a list.');
    expect(answer!.title).toBeUndefined();
  });

  test('a bold marker alone on its line (`**Q1**`) heads the question, whose words run to the answer label', () => {
    const answers = read(
      '**Q1**\n\nIn how many ways can MISSISSIPPI be rearranged?\n\nAnswer:\n\nEleven letters, so 11! over the repeats.\n\n**Q2**\n\n(a) Count the numbers.\n\n(b) Redo (a).\n\nAnswer:\n\n(a) Eight million.\n',
    );
    expect(answers.map(({ number, prompt }) => ({ number, prompt }))).toEqual([
      { number: 1, prompt: 'In how many ways can MISSISSIPPI be rearranged?' },
      { number: 2, prompt: '(a) Count the numbers. (b) Redo (a).' },
    ]);
  });

  test('a sub-part labelled `a.` is the answer’s, not an answer label', () => {
    expect(read('## 1. Last\n\nDone.\n\na. first point\nb. second point\n')[0]).toEqual({ number: 1, prompt: undefined, title: 'Last' });
  });

  test('a question mark of Chinese or Arabic asks too', () => {
    expect(asks('如果你的训练集有超过百万个特征，你会选择什么线性回归算法？')).toBe(true);
    expect(asks('ما هو التعلم الآلي؟')).toBe(true);
    expect(asks('Gradient descent.')).toBe(false);
  });

  test('a bold label whose closing `**` follows a space is bold all the same, keeping its words and length', () => {
    const line = '8. **Practice training a deep neural network on CIFAR10: **';
    expect(closeBoldLabels(line)).toBe('8. **Practice training a deep neural network on CIFAR10:** ');
    expect(closeBoldLabels(line)).toHaveLength(line.length);
    expect(closeBoldLabels('x ** 2 ** y')).toBe('x ** 2 ** y');
  });
});

describe('a docstring’s `Q.` and `A.` labels', () => {
  test('the words a `Q.` label marks are the question, whatever their wording', () => {
    const text = [
      "'''",
      '  1.',
      '  Q.',
      '    Try a support vector regressor with various settings',
      '  A.',
      '    A forest still does better.',
      '  2.',
      '  Q.',
      '    Try a randomised search instead',
      '  A.',
      '    See the search module.',
      "'''",
    ].join('\n');
    expect(read(text, 'content/sources/001.py')).toEqual([
      { number: 1, prompt: 'Try a support vector regressor with various settings', title: undefined },
      { number: 2, prompt: 'Try a randomised search instead', title: undefined },
    ]);
  });
});

describe('a LaTeX document’s exercises', () => {
  test('the words and formulas between an exercise’s heading and its proof are the question; a mark of difficulty opens it, never a title', () => {
    const exercise = (n: number) =>
      [
        `\\section*{Exercise 1.${n} $\\star$}`,
        'Show that the series converges when',
        '\\begin{equation*}',
        `  a_n \\le ${n}^{-n}`,
        '\\end{equation*}',
        'holds for every $n$.',
        '\\begin{proof}',
        '  1. Compare it with a geometric series.',
        '\\end{proof}',
      ].join('\n');
    const answers = parseAnswerSet({ id: '001', file: 'content/sources/001.tex', text: `${exercise(1)}\n\n${exercise(2)}\n` }).answerSet!
      .answers;
    expect(answers.map(({ number, chapter, prompt, title }) => ({ number, chapter, prompt, title }))).toEqual(
      [1, 2].map((n) => ({
        number: n,
        chapter: 1,
        prompt: `$\\star$ Show that the series converges when $\\begin{equation*} a_n \\le ${n}^{-n} \\end{equation*}$ holds for every $n$.`,
        title: undefined,
      })),
    );
    expect(answers[0]!.body.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
  });
});

describe('a notebook cell that holds a question’s heading', () => {
  const notebook = (cells: Array<[string, string]>) =>
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { language: 'racket', name: 'racket', display_name: 'Racket' } },
      cells: cells.map(([type, source]) =>
        type === 'code'
          ? { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source }
          : { cell_type: 'markdown', metadata: {}, source },
      ),
    });
  const read = (text: string) =>
    parseAnswerSet({ id: '001', file: 'answers.ipynb', text }).answerSet!.answers.map(({ number, prompt }) => ({ number, prompt }));

  test('its statement is the question when later cells answer it', () => {
    const text = notebook([
      ['markdown', '## Exercise 1.1\nWork out what the interpreter prints for each expression below, taken in order:'],
      ['code', '(+ 5 3 4)'],
      ['markdown', '## Exercise 1.2\nTranslate the fraction shown below into the prefix form of Lisp.'],
      ['code', '(/ 1 2)'],
    ]);
    expect(read(text)).toEqual([
      { number: 1, prompt: 'Work out what the interpreter prints for each expression below, taken in order:' },
      { number: 2, prompt: 'Translate the fraction shown below into the prefix form of Lisp.' },
    ]);
  });

  test('the learner’s own words, or a cell that holds the whole answer, stay the answer', () => {
    const text = notebook([
      ['markdown', '## Exercise 1.1\nI used a loop over every expression and printed each value in turn here.'],
      ['code', '(+ 5 3 4)'],
      ['markdown', '## Exercise 1.2\nThe fraction in prefix form is a division of two sums, written out below.'],
    ]);
    expect(read(text)).toEqual([
      { number: 1, prompt: undefined },
      { number: 2, prompt: undefined },
    ]);
  });
});

describe('a program’s module docstring', () => {
  const folder = (text: string) =>
    parseFolder('content/sources/001', [
      { name: '10_implement.py', file: 'content/sources/001/10_implement.py', kind: 'file', text },
    ]).answerSet!.answers.map(({ number, prompt }) => ({ number, prompt }));

  test('states the exercise of a file that answers one, when code follows it', () => {
    const text =
      "'''\n  Olivetti faces, the classic dataset\n\n - fetch the data with fetch_olivetti_faces\n\n - split it into train, validation and test sets\n'''\n\nfrom sklearn.datasets import fetch_olivetti_faces\nX = fetch_olivetti_faces()\n";
    expect(folder(text)).toEqual([
      {
        number: 10,
        prompt:
          'Olivetti faces, the classic dataset fetch the data with fetch_olivetti_faces split it into train, validation and test sets',
      },
    ]);
  });

  test('is the answer when the learner speaks in it, or when no code follows', () => {
    expect(
      folder("'''\nI fetched the faces and split them into three stratified sets for training.\n'''\n\nX = 1\n")[0]!.prompt,
    ).toBeUndefined();
    expect(folder("'''\nThe faces split into three stratified sets for training and testing the model.\n'''\n")[0]!.prompt).toBeUndefined();
  });
});

test('a heading that says only “Solution” ends the question as an answer label does', () => {
  const text =
    '## Exercise 2.1\n\nShow that picking the largest entry amounts to picking the nearest target.\n\n### Solution\n\nExpand the fit as a sum of targets.\n\n## Exercise 2.2\n\nExplain how the Bayes boundary is computed.\n\n### Solution\n\nIt is where both posteriors are one half.\n';
  const answers = parseAnswerSet({ id: '001', file: 'a.md', text }).answerSet!.answers;
  expect(answers.map(({ prompt }) => prompt)).toEqual([
    'Show that picking the largest entry amounts to picking the nearest target.',
    'Explain how the Bayes boundary is computed.',
  ]);
  expect(answers[0]!.body.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
});

test('the question may hold a heading of its own before its rule', () => {
  const text =
    '# Question\n\nSuppose a stock issues a dividend when last year’s profit was high. Predict the probability.\n\n## Hint: See Question 2\n\n***\n\nBayes’ theorem gives 75 %.\n';
  const { answerSet } = parseFolder('content/sources/001', [
    { name: '04_07_notes.Rmd', file: 'content/sources/001/04_07_notes.Rmd', kind: 'file', text },
  ]);
  expect(answerSet!.answers[0]!.prompt).toBe(
    'Suppose a stock issues a dividend when last year’s profit was high. Predict the probability. Hint: See Question 2',
  );
});

test('a mark after the id is no title: it opens the question quoted below', () => {
  const text =
    '## 3.2-4 $\\star$\n\n> Is the function polynomially bounded?\n\nYes, by Stirling.\n\n## 3.2-5 ★\n\n> Which is larger?\n\nThe second.\n';
  expect(read(text)).toEqual([
    { number: 204, prompt: '$\\star$ Is the function polynomially bounded?', title: undefined },
    { number: 205, prompt: '★ Which is larger?', title: undefined },
  ]);
});

test('a question of several parts closed by a Solution heading is the question whole', () => {
  const parts = [
    'Take pairs drawn from the model below.',
    'An estimator linear in y is built.',
    '**(a)** Show that regression belongs to it.',
    '**(b)** Split the error.',
    '**(c)** Split it again.',
    '**(d)** Relate the two.',
  ];
  const text = `## Exercise 2.7\n\n${parts.join('\n\n')}\n\n### Solution\n\nBoth are linear smoothers.\n\n## Exercise 2.8\n\nCompare the two.\n`;
  const [answer] = parseAnswerSet({ id: '001', file: 'a.md', text }).answerSet!.answers;
  expect(answer!.prompt).toBe(parts.join(' '));
  // A rule or a label in prose closes only a short question.
  const ruled = `## Exercise 2.7\n\n${parts.join('\n\n')}\n\n***\n\nBoth are linear smoothers.\n\n## Exercise 2.8\n\nCompare the two.\n`;
  expect(parseAnswerSet({ id: '001', file: 'a.md', text: ruled }).answerSet!.answers[0]!.prompt).toBeUndefined();
});

test('display math written as Pandoc writes it answers the question on the line above, and never swallows the next', () => {
  const text =
    '## Easy\n\n__4E1.__ Which line is the likelihood?\n$$\\begin{align*}\ny &\\sim \\text{Normal} & \\text{the likelihood}\n\\end{align*}$$\n\n__4E2.__ How many parameters does the posterior have?\n$$\\sigma \\sim \\text{U}(0, 64).$$\n';
  const { answerSet, diagnostics } = parseAnswerSet({ id: '001', file: 'a.Rmd', text });
  expect(answerSet!.answers.map(({ number, prompt }) => ({ number: number % 10_000, prompt }))).toEqual([
    { number: 1, prompt: 'Which line is the likelihood?' },
    { number: 2, prompt: 'How many parameters does the posterior have?' },
  ]);
  expect(diagnostics).toEqual([]);
});

describe('a statement as the question', () => {
  test('counts the words of Chinese and Japanese, written without spaces, at two characters a word', () => {
    expect(isPrompt('说明矩阵A转置两次之后还是A本身')).toBe(true);
    expect(isPrompt('证明')).toBe(false);
    expect(isPrompt('Show it.')).toBe(false);
  });
});

describe('a program’s opening comment as its exercise', () => {
  test('sets a task in one of its sentences or lines, after the exercise’s title in brackets and a formula set out', () => {
    const statement = [
      '(Physics: acceleration) Average acceleration is defined as the change of velocity',
      'divided by the time taken to make the change, as shown in the following formula:',
      'v1 - v0',
      'a = ---------',
      't',
      'Write a program that prompts the user to enter the starting velocity v0 in meters/',
      'second, and displays the average acceleration.',
    ].join('\n');
    expect(isPrompt(statement)).toBe(false);
    expect(setsTaskWithin(statement)).toBe(true);
    expect(setsTaskWithin('(Science: energy) Write a program that calculates the energy needed.')).toBe(true);
    expect(setsTaskWithin('This program reads two numbers and prints their sum, which I tested on my machine.')).toBe(false);
  });
});

describe('a bare id’s question on its paragraph’s first line', () => {
  test('`P1. True or false?` then the parts is the question, then the answer', () => {
    const text =
      'P1. True or false?\na. A page with three images needs four requests.\n\n```sh\nTrue\n```\n\nP2. Why is HTTP stateless?\n\nIt keeps no state.\n';
    expect(read(text).map(({ prompt }) => prompt)).toEqual(['True or false?', 'Why is HTTP stateless?']);
  });
});
