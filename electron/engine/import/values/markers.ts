/**
 * Notation keys and missing-value markers of Mexican statistics and
 * inventories (NE no estimado, NO no ocurre, IE información no
 * disponible, ND no disponible…), compared in capitals after trimming.
 */
const markerSet = new Set(
  [
    'NE NO IE ND NA NR NC SD N/A N/D N.A. N.D. N.E. S/D S.D. S/N - -- --- —',
    '– . .. ... … * ** SIN_DATO SIN_DATOS NO_DISPONIBLE NO_APLICA NULL',
    '#N/A #N/D #¡VALOR! #VALUE! #DIV/0! #¡DIV/0! #REF! #¡REF!',
  ]
    .join(' ')
    .split(' ')
    .map((key) => key.replace(/_/g, ' ')),
);

/**
 * Returns the marker a cell holds, in capitals ("n.d." → "N.D."), or null
 * when the text is a value.
 */
export function missingMarker(text: string): string | null {
  if (text.length > 14) return null;
  const key = text.trim().toUpperCase();
  return markerSet.has(key) ? key : null;
}

const trueWords = new Set(['sí', 'si', 'true', 'verdadero', 'yes', 'cierto']);
const falseWords = new Set(['no', 'false', 'falso']);

/** Reads sí/no, true/false, verdadero/falso; null for anything else. */
export function parseBoolean(text: string): boolean | null {
  if (text.length > 10) return null;
  const word = text.trim().toLowerCase();
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return null;
}
