import { expect, test } from 'vitest';
import { readNotebook } from './notebook-read.ts';

test('each string of a cell is read from its own line, even when its text repeats an earlier line', () => {
  const json = [
    '{',
    ' "cells": [',
    '  {',
    '   "cell_type": "code",',
    '   "execution_count": 1,',
    '   "metadata": {},',
    '   "source": ["print(\\"total: 3\\")\\n", "total: 3"],',
    '   "outputs": [',
    '    {',
    '     "output_type": "stream",',
    '     "name": "stdout",',
    '     "text": [',
    '      "total: 3\\n"',
    '     ]',
    '    }',
    '   ]',
    '  }',
    ' ],',
    ' "metadata": {},',
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    '}',
  ].join('\n');
  const read = readNotebook('x.ipynb', json);
  if ('diagnostics' in read) throw new Error('not read');
  const [cell] = read.cells;
  expect(cell!.anchor).toBe(4);
  expect(cell!.source.map((line) => line.line)).toEqual([7, 7]);
  // The output's `total: 3` is on line 13, not the source's line 7 where the same words come first.
  expect(cell!.outputs[0]!.lines).toEqual([{ text: 'total: 3', line: 13 }]);
});
