/**
 * Works out the word diff of two compared answers off the page's thread, so
 * the page itself never loads jsdiff: the compare view starts this worker only
 * when two answers are compared.
 */
import { diffPieces } from '../lib/compare/word-diff';

self.addEventListener('message', (event: MessageEvent<{ a: string[]; b: string[]; labels: [string, string] }>) => {
  self.postMessage(diffPieces(event.data.a, event.data.b, event.data.labels));
});
