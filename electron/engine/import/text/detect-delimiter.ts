/** Delimiters the importer recognises, in order of preference on a tie. */
export const delimiterCandidates = [',', ';', '\t', '|'] as const;

const maxLines = 60;

/**
 * Detects the delimiter from the first lines of decoded text. For each
 * candidate it counts occurrences outside quotes on each line; the winner
 * splits the most lines (header included) into the same number of fields.
 * Counting the header matters: a `;` file with decimal commas may have a
 * steady number of commas in its data rows but none in its header.
 * `preferred` (from the file extension: tab for .tsv) wins ties.
 */
export function detectDelimiter(text: string, preferred?: string): string {
  const counts = countPerLine(text);
  if (counts.length === 0) return preferred ?? ',';

  let best = preferred ?? ',';
  let bestScore = -1;
  const order = preferred
    ? [preferred, ...delimiterCandidates.filter((c) => c !== preferred)]
    : delimiterCandidates;
  for (const candidate of order) {
    const score = consistency(counts.map((line) => line.get(candidate) ?? 0));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : (preferred ?? ',');
}

/**
 * How many lines share the most common non-zero count, weighted a little
 * by the count itself so that a wider split wins a tie between two
 * delimiters that are both steady.
 */
function consistency(perLine: number[]): number {
  const frequency = new Map<number, number>();
  for (const count of perLine) {
    if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  }

  let score = 0;
  for (const [count, lines] of frequency) {
    score = Math.max(score, lines + Math.min(count, 50) / 100);
  }
  return score;
}

/** Counts candidate characters outside quotes on each non-blank line. */
function countPerLine(text: string): Map<string, number>[] {
  const lines: Map<string, number>[] = [];
  let current = new Map<string, number>();
  let inQuotes = false;
  let blank = true;

  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const char = text[i];
    if (char === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (!blank) lines.push(current);
      current = new Map();
      blank = true;
    } else if (!inQuotes && (delimiterCandidates as readonly string[]).includes(char)) {
      current.set(char, (current.get(char) ?? 0) + 1);
      blank = false;
    } else if (char !== ' ') {
      blank = false;
    }
  }
  if (!blank && lines.length < maxLines) lines.push(current);
  return lines;
}
