import { monthNamesEs as monthNames } from '../months';
import type { PromotionFacts, PromotionTexts } from './types';

/** A whole number in Mexican Spanish: 1,204,113. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 }).format(value);
}

/** A figure in Mexican Spanish with at most two decimals, abbreviated past a million. */
export function formatFigure(value: number): string {
  const absolute = Math.abs(value);
  if (absolute >= 1e9) return `${trim(value / 1e9)} mil millones`;
  if (absolute >= 1e6) return `${trim(value / 1e6)} millones`;
  return new Intl.NumberFormat('es-MX', { maximumFractionDigits: absolute < 10 ? 2 : 0 }).format(
    value,
  );
}

function trim(value: number): string {
  return new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 }).format(value);
}

/** A date as Spanish speakers write it: 3 de diciembre de 2026. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} de ${monthNames[month - 1]} de ${year}`;
}

/** The time a dataset covers, in words: "de 1990 a 2020", "2020". */
export function coverageInWords(temporal: { start: string; end: string }): string {
  const start = temporal.start.slice(0, 4);
  const end = temporal.end.slice(0, 4);
  if (start && end && start !== end) return `de ${start} a ${end}`;
  return start || end;
}

/** The first sentence of a description, without its final period, within a length. */
export function firstSentence(description: string, limit = 220): string {
  const clean = description.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?])(\s|$)/.exec(clean);
  const sentence = (match ? match[1] : clean).replace(/[.!?]$/, '');
  if (sentence.length <= limit) return sentence;
  return `${sentence.slice(0, limit - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The texts of a communication kit, built from the ficha: a plain sentence,
 * a paragraph for a news note, a line for a post, the citation that the
 * Libre Uso MX terms ask for (dataset name, institution, URL, date
 * consulted) and the link for the institution's own pages. The person edits
 * them before use; nothing here claims more than the ficha says.
 */
export function buildTexts(facts: PromotionFacts, today: string): PromotionTexts {
  const sentence = firstSentence(facts.description) || facts.title;
  const coverage = coverageInWords(facts.temporal);
  const where = facts.spatial ? ` en ${facts.spatial}` : '';
  const when = coverage ? `, ${coverage},` : '';
  const records = `${formatCount(facts.records)} registros`;
  const url = facts.url || '(enlace en datos.gob.mx por confirmar)';
  const institution = facts.institution || 'La institución';

  const paragraph =
    `${institution} publica como datos abiertos «${facts.title}». ${capitalize(sentence)}. ` +
    `El conjunto reúne ${records}${when}${where}, y puede descargarse y usarse libremente ` +
    `citando la fuente, conforme a los Términos de Libre Uso MX, en ${url}.`;

  const lineBase = `Datos abiertos: ${facts.title}${coverage ? ` (${coverage})` : ''}. ${records}.`;
  const line = fitLine(`${lineBase} ${facts.url}`.trim(), lineBase, facts.url);

  const citation =
    `${facts.institution || 'Institución'}. «${facts.title}» [conjunto de datos]. ` +
    `${facts.url || 'datos.gob.mx'}. Consultado el ${longDate(today)}.`;

  const linkHtml = facts.url
    ? `<a href="${escapeAttribute(facts.url)}">${escapeText(facts.title)} — datos abiertos</a>`
    : '';

  return { sentence, paragraph, line, citation, linkHtml };
}

function fitLine(line: string, base: string, url: string): string {
  if (line.length <= 280) return line;
  const room = 280 - url.length - 2;
  return `${base.slice(0, Math.max(room, 20)).replace(/\s+\S*$/, '')}… ${url}`.trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escapes text for HTML element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
