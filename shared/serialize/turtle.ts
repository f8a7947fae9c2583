import { namespaces } from './rdf';
import type { RdfNode, RdfProperty, RdfTerm } from './rdf';

/**
 * A hand-written Turtle writer for the small graphs the DCAT serializers
 * build. Output is deterministic: prefixes in a fixed order, nodes and
 * properties in the order given, blank nodes nested inline.
 */

const INDENT = '    ';

// A local name safe to write after a prefix without escapes.
const SAFE_LOCAL = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/** Writes a graph as Turtle with the shared prefixes. */
export function writeTurtle(nodes: RdfNode[]): string {
  const prefixes = Object.entries(namespaces)
    .map(([prefix, base]) => `@prefix ${prefix}: <${base}> .`)
    .join('\n');
  const body = nodes.map((node) => writeSubject(node)).join('\n\n');
  return `${prefixes}\n\n${body}\n`;
}

/** Escapes a string for a Turtle "…" literal. */
export function escapeTurtleString(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

/** Writes an IRI as a prefixed name when one fits, else as `<…>` with escapes. */
export function writeIri(value: string): string {
  for (const [prefix, base] of Object.entries(namespaces)) {
    if (value.startsWith(base) && SAFE_LOCAL.test(value.slice(base.length))) {
      return `${prefix}:${value.slice(base.length)}`;
    }
  }
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const forbidden = code <= 0x20 || '<>"{}|^`\\'.includes(char);
    out += forbidden ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
  }
  return `<${out}>`;
}

function writeSubject(node: RdfNode): string {
  const subject = node.id === null ? '[]' : writeIri(node.id);
  return `${subject} ${writePredicates(node, 1)} .`;
}

function writePredicates(node: RdfNode, depth: number): string {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  if (node.types.length > 0) lines.push(`a ${node.types.join(', ')}`);
  for (const property of node.properties) lines.push(writeProperty(property, depth));
  return lines.join(` ;\n${pad}`);
}

function writeProperty(property: RdfProperty, depth: number): string {
  const values = property.values.map((term) => writeTerm(term, depth));
  return `${property.predicate} ${values.join(', ')}`;
}

function writeTerm(term: RdfTerm, depth: number): string {
  if (term.kind === 'iri') return writeIri(term.value);
  if (term.kind === 'literal') {
    const quoted = `"${escapeTurtleString(term.value)}"`;
    if (term.language) return `${quoted}@${term.language}`;
    if (term.datatype && term.datatype !== 'xsd:string') return `${quoted}^^${term.datatype}`;
    return quoted;
  }
  const inner = INDENT.repeat(depth + 1);
  return `[\n${inner}${writePredicates(term.node, depth + 1)}\n${INDENT.repeat(depth)}]`;
}
