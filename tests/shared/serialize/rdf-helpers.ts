import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';

/** A document loader that refuses every URL: the output must need no network. */
export async function offlineLoader(url: string): Promise<never> {
  throw new Error(`network access attempted for ${url}`);
}

/** Canonicalises N-Quads (URDNA2015) so graphs with blank nodes compare as text. */
export async function canonical(nquads: string): Promise<string> {
  const options = { algorithm: 'URDNA2015', inputFormat: 'application/n-quads' };
  return (await jsonld.canonize(nquads as never, options as never)) as unknown as string;
}

/** Parses Turtle with n3 and returns the graph canonicalised as N-Quads. */
export async function canonicalTurtle(turtle: string): Promise<string> {
  const quads = new Parser().parse(turtle);
  return canonical(new Writer({ format: 'N-Quads' }).quadsToString(quads));
}

/** Reads JSON-LD with `toRDF`, offline, and returns the graph canonicalised as N-Quads. */
export async function canonicalJsonLd(text: string): Promise<string> {
  const options = { format: 'application/n-quads', documentLoader: offlineLoader };
  const nquads = await jsonld.toRDF(JSON.parse(text), options as never);
  return canonical(nquads as unknown as string);
}
