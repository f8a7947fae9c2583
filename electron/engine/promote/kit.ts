import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cardSvg } from '../../../shared/promote/card-svg';
import { buildTexts, escapeText } from '../../../shared/promote/texts';
import type {
  KeyFigure,
  KeyFigureSpec,
  PromotionFacts,
  PromotionTexts,
} from '../../../shared/promote/types';
import { getDataset } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { renderCardPng } from './card-png';
import { promotionFacts } from './facts';
import { computeKeyFigure, defaultFigureSpec } from './key-figure';

/** Choices for a kit: which figure (null for none) and texts the person edited. */
export interface KitOptions {
  figure?: KeyFigureSpec | null;
  texts?: Partial<PromotionTexts>;
  /** YYYY-MM-DD, the date of consultation the citation gives. */
  today: string;
}

/** A communication kit before it is written to files. */
export interface PromotionKit {
  dataset: string;
  facts: PromotionFacts;
  texts: PromotionTexts;
  figure: KeyFigure | null;
  svg: string;
  html: string;
}

/** Builds the card and texts of a dataset from its ficha and data. */
export function buildKit(
  workspace: Workspace,
  datasetName: string,
  options: KitOptions,
): PromotionKit {
  const dataset = getDataset(workspace, datasetName);
  const facts = promotionFacts(workspace, dataset);
  const spec =
    options.figure === undefined ? defaultFigureSpec(workspace, dataset) : options.figure;
  const figure = spec ? computeKeyFigure(workspace, dataset, spec) : null;
  const texts = { ...buildTexts(facts, options.today), ...options.texts };
  const svg = cardSvg(facts, texts.sentence, figure);
  return { dataset: dataset.name, facts, texts, figure, svg, html: cardHtml(facts, svg) };
}

/** The card as a printable, self-contained page. */
export function cardHtml(facts: PromotionFacts, svg: string): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>${escapeText(facts.title)}</title>
<style>
  body { margin: 0; padding: 24px; background: #f0f4f8; }
  figure { margin: 0 auto; max-width: 1200px; box-shadow: 0 2px 12px rgba(16, 42, 67, .15); }
  svg { display: block; width: 100%; height: auto; }
  @page { size: A4 landscape; margin: 1cm; }
  @media print { body { padding: 0; background: #fff; } figure { box-shadow: none; } }
</style>
</head>
<body>
<figure>
${svg}</figure>
</body>
</html>
`;
}

/** The texts as one plain file the communication team can copy from. */
function textsFile(kit: PromotionKit): string {
  const { texts } = kit;
  return [
    `${kit.facts.title}`,
    '',
    'Nota informativa:',
    texts.paragraph,
    '',
    'Publicación en redes:',
    texts.line,
    '',
    'Cómo citar (Términos de Libre Uso MX):',
    texts.citation,
    '',
    'Enlace para las páginas de la institución:',
    texts.linkHtml || '(aún sin enlace en el portal)',
    '',
  ].join('\n');
}

/** Writes the kit's files into a folder; returns their names. */
export function writeKit(kit: PromotionKit, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string | Buffer][] = [
    ['tarjeta.svg', kit.svg],
    ['tarjeta.png', renderCardPng(kit.svg)],
    ['tarjeta.html', kit.html],
    ['textos.txt', textsFile(kit)],
    ['cita.txt', `${kit.texts.citation}\n`],
    ['enlace.html', `${kit.texts.linkHtml}\n`],
    [
      'kit.json',
      `${JSON.stringify({ dataset: kit.dataset, facts: kit.facts, texts: kit.texts, figure: kit.figure }, null, 2)}\n`,
    ],
  ];
  for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
  return files.map(([name]) => name);
}
