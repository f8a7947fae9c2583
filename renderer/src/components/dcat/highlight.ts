/** What a piece of highlighted text is; null for plain text and spaces. */
export type TokenKind =
  | 'key'
  | 'string'
  | 'number'
  | 'literal'
  | 'punct'
  | 'iri'
  | 'name'
  | 'keyword'
  | 'lang'
  | 'comment';

/** A run of text of one kind, never spanning a line break. */
export interface Token {
  kind: TokenKind | null;
  text: string;
}

/** The languages the highlighter reads. */
export type CodeLanguage = 'json' | 'turtle';

/** One rule of a scanner: a sticky pattern and the kind it makes (a function may look ahead). */
type Rule = [RegExp, TokenKind | null | ((text: string, rest: string) => TokenKind | null)];

const jsonRules: Rule[] = [
  [/\s+/y, null],
  [/"(?:[^"\\\n]|\\.)*"?/y, (_text, rest) => (/^\s*:/.test(rest) ? 'key' : 'string')],
  [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y, 'number'],
  [/(?:true|false|null)\b/y, 'literal'],
  [/[{}[\],:]/y, 'punct'],
];

const turtleRules: Rule[] = [
  [/\s+/y, null],
  [/#[^\n]*/y, 'comment'],
  [/<[^<>"{}|^`\\\s]*>/y, 'iri'],
  [/"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)/y, 'string'],
  [/"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/y, 'string'],
  [/@(?:prefix|base)\b/y, 'keyword'],
  [/@[A-Za-z]+(?:-[A-Za-z0-9]+)*/y, 'lang'],
  [/(?:PREFIX|BASE|a|true|false)(?![\w:.-])/y, 'keyword'],
  [/_:[\w-]+|(?:[A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?:[\w%-](?:[\w.%:-]*[\w%:-])?)?/y, 'name'],
  [/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y, 'number'],
  [/\^\^|[;,.[\]()]/y, 'punct'],
];

/**
 * Splits JSON or Turtle into lines of tokens for display. Anything a rule
 * does not recognise is kept as plain text, so every character of the input
 * comes back exactly once, in order.
 */
export function highlightLines(text: string, language: CodeLanguage): Token[][] {
  const rules = language === 'json' ? jsonRules : turtleRules;
  const lines: Token[][] = [[]];
  let at = 0;

  while (at < text.length) {
    const [kind, length] = scan(text, at, rules);
    pushToken(lines, kind, text.slice(at, at + length));
    at += length;
  }
  return lines;
}

/** The kind and length of the token at a position; one plain character when no rule matches. */
function scan(text: string, at: number, rules: Rule[]): [TokenKind | null, number] {
  for (const [pattern, kind] of rules) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match || match[0].length === 0) continue;
    const found = match[0];
    const resolved =
      typeof kind === 'function'
        ? kind(found, text.slice(at + found.length, at + found.length + 64))
        : kind;
    return [resolved, found.length];
  }
  return [null, 1];
}

/** Appends a token, starting a new line at each line break inside it. */
function pushToken(lines: Token[][], kind: TokenKind | null, text: string): void {
  const parts = text.split('\n');
  parts.forEach((part, index) => {
    if (index > 0) lines.push([]);
    if (part === '') return;
    const line = lines[lines.length - 1];
    const last = line[line.length - 1];
    // Adjacent plain characters are merged, so the page gets few elements.
    if (last && last.kind === kind && kind === null) last.text += part;
    else line.push({ kind, text: part });
  });
}
