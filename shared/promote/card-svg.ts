import { escapeText, formatCount, formatFigure } from './texts';
import type { KeyFigure, PromotionFacts } from './types';

/** The card's size: what social networks show for a shared link, and fits a page. */
export const cardSize = { width: 1200, height: 630 };

const font = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
const colors = {
  ink: '#102a43',
  muted: '#486581',
  accent: '#1d6f42',
  band: '#e6f2ea',
  bar: '#2f8f5b',
};

/**
 * Splits text into lines that fit a width, measured roughly: the card is
 * drawn with DejaVu Sans, whose characters average a little over half the
 * font size. Text that does not fit the lines allowed ends with an ellipsis.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  bold = false,
): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * (bold ? 0.62 : 0.56))));
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    if (lines.length === maxLines) break;
  }
  if (current && lines.length < maxLines) lines.push(current);
  if (lines.length === maxLines && lines.join(' ').length < text.trim().length) {
    lines[maxLines - 1] = `${lines[maxLines - 1].replace(/[\s,.;:]*\S{0,3}$/, '')}…`;
  }
  return lines.slice(0, maxLines);
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  attributes: string,
): string {
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${x}" dy="${index === 0 ? 0 : Math.round(size * 1.25)}">${escapeText(line)}</tspan>`,
    )
    .join('');
  return `<text x="${x}" y="${y}" font-size="${size}" ${attributes}>${spans}</text>`;
}

function figurePanel(figure: KeyFigure | null): string {
  if (!figure) return '';
  const x = 780;
  const parts = [
    `<text x="${x}" y="190" font-size="22" fill="${colors.muted}">${escapeText(figure.label)}</text>`,
    `<text x="${x}" y="250" font-size="56" font-weight="bold" fill="${colors.accent}">${escapeText(formatFigure(figure.value))}</text>`,
  ];
  if (figure.unit)
    parts.push(
      `<text x="${x}" y="282" font-size="22" fill="${colors.muted}">${escapeText(figure.unit)}</text>`,
    );

  const bars = figure.bars.slice(0, 5);
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value)), 1);
  bars.forEach((bar, index) => {
    const y = 320 + index * 44;
    const width = Math.max(4, Math.round((Math.abs(bar.value) / largest) * 250));
    const label = bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label;
    parts.push(
      `<text x="${x}" y="${y}" font-size="17" fill="${colors.ink}">${escapeText(label)}</text>`,
      `<rect x="${x}" y="${y + 8}" width="${width}" height="14" rx="3" fill="${colors.bar}"/>`,
      `<text x="${x + width + 8}" y="${y + 20}" font-size="15" fill="${colors.muted}">${escapeText(formatFigure(bar.value))}</text>`,
    );
  });
  return parts.join('\n');
}

/**
 * The summary card of a dataset as SVG: title, what the data is, coverage in
 * time and space, number of records, a key figure with a small chart, the
 * portal link and the institution. Pure: the same facts give the same bytes.
 */
export function cardSvg(facts: PromotionFacts, sentence: string, figure: KeyFigure | null): string {
  const { width, height } = cardSize;
  const textWidth = figure ? 660 : 1070;
  const title = wrapText(facts.title, textWidth, 48, 3, true);
  const titleBottom = 150 + (title.length - 1) * 60;
  const body = wrapText(sentence, textWidth, 24, 3);
  const { start, end } = facts.temporal;
  const period =
    start && end && start.slice(0, 4) !== end.slice(0, 4)
      ? `${start.slice(0, 4)}–${end.slice(0, 4)}`
      : start.slice(0, 4) || end.slice(0, 4);

  // Each figure sits after the previous one, measured like the wrapped text.
  let x = 64;
  const stats = [
    ['Registros', formatCount(facts.records)],
    ['Periodo', period || '—'],
    ['Cobertura', facts.spatial || '—'],
  ]
    .map(([label, value]) => {
      const limit = figure ? 16 : 30;
      const shown = value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
      const at = x;
      x += Math.max(label.length * 18 * 0.56, shown.length * 28 * 0.62) + 56;
      return (
        `<text x="${Math.round(at)}" y="470" font-size="18" fill="${colors.muted}">${label}</text>` +
        `<text x="${Math.round(at)}" y="505" font-size="28" font-weight="bold" fill="${colors.ink}">${escapeText(shown)}</text>`
      );
    })
    .join('\n');

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}" role="img" aria-label="${escapeText(facts.title)}">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<rect width="${width}" height="12" fill="${colors.accent}"/>
<text x="64" y="72" font-size="20" font-weight="bold" fill="${colors.accent}" letter-spacing="2">DATOS ABIERTOS</text>
<text x="${width - 64}" y="72" font-size="20" fill="${colors.muted}" text-anchor="end">${escapeText(facts.institution)}</text>
${textLines(title, 64, 150, 48, `font-weight="bold" fill="${colors.ink}"`)}
${textLines(body, 64, titleBottom + 60, 24, `fill="${colors.muted}"`)}
${stats}
${figurePanel(figure)}
<rect y="${height - 80}" width="${width}" height="80" fill="${colors.band}"/>
<text x="64" y="${height - 34}" font-size="22" fill="${colors.ink}">${escapeText(facts.url || 'datos.gob.mx')}</text>
<text x="${width - 64}" y="${height - 34}" font-size="18" fill="${colors.muted}" text-anchor="end">Términos de Libre Uso MX</text>
</svg>
`;
}
