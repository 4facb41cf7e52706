/** "1 concept", "2 concepts": a count and its noun, for messages and pages alike. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
