/** One line of a diff: kept, added in the new text, or removed from the old one. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A run of unchanged lines left out of the display. */
export interface DiffSkip {
  kind: 'skip';
  count: number;
}

/** Past this many compared line pairs, the changed middle is shown as replaced whole. */
const maxCells = 4_000_000;

/**
 * The line diff between two texts: the longest common subsequence of their
 * lines, after setting aside the lines they share at both ends (serializations
 * of one record mostly differ in a few lines).
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const old = splitLines(before);
  const now = splitLines(after);
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (
    end < old.length - start &&
    end < now.length - start &&
    old[old.length - 1 - end] === now[now.length - 1 - end]
  )
    end++;

  const head = old.slice(0, start).map((text): DiffLine => ({ kind: 'same', text }));
  const tail = old.slice(old.length - end).map((text): DiffLine => ({ kind: 'same', text }));
  const middle = middleDiff(old.slice(start, old.length - end), now.slice(start, now.length - end));
  return [...head, ...middle, ...tail];
}

/** How many lines a diff adds and removes. */
export function diffCounts(lines: DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === 'added') added++;
    if (line.kind === 'removed') removed++;
  }
  return { added, removed };
}

/** The diff with long runs of unchanged lines folded, keeping some context around changes. */
export function foldDiff(lines: DiffLine[], context = 3): (DiffLine | DiffSkip)[] {
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    const from = Math.max(0, index - context);
    const to = Math.min(lines.length - 1, index + context);
    for (let i = from; i <= to; i++) near[i] = true;
  });

  const folded: (DiffLine | DiffSkip)[] = [];
  lines.forEach((line, index) => {
    if (near[index]) return folded.push(line);
    const last = folded[folded.length - 1];
    if (last?.kind === 'skip') last.count++;
    else folded.push({ kind: 'skip', count: 1 });
  });
  return folded;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  // A final line break does not make an empty last line.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The LCS diff of the changed middle, by dynamic programming over suffixes. */
function middleDiff(old: string[], now: string[]): DiffLine[] {
  const removed = old.map((text): DiffLine => ({ kind: 'removed', text }));
  const added = now.map((text): DiffLine => ({ kind: 'added', text }));
  if (old.length === 0 || now.length === 0 || old.length * now.length > maxCells) {
    return [...removed, ...added];
  }

  // lengths[i * width + j]: the LCS length of old[i..] and now[j..].
  const width = now.length + 1;
  const lengths = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = now.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        old[i] === now[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }

  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < now.length) {
    if (old[i] === now[j]) {
      result.push({ kind: 'same', text: old[i] });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      result.push(removed[i++]);
    } else {
      result.push(added[j++]);
    }
  }
  return [...result, ...removed.slice(i), ...added.slice(j)];
}
