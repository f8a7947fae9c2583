import { createRequire } from 'node:module';
import type * as ResvgJs from '@resvg/resvg-js';
import type * as Sheetjs from 'xlsx';

// SheetJS takes about 0.3 s to load (its code pages included), longer than
// Node itself takes to start, and resvg's native renderer about 0.1 s. Every
// `ficha` command and every engine thread would pay them on start, though
// only workbooks, XLSX copies and promotion cards need them; so they are
// loaded on first use instead of at import time.
const load = createRequire(__filename);
let sheetjsModule: typeof Sheetjs | undefined;
let resvgModule: typeof ResvgJs | undefined;

/** SheetJS, loaded the first time it is asked for. */
export function sheetjs(): typeof Sheetjs {
  sheetjsModule ??= load('xlsx') as typeof Sheetjs;
  return sheetjsModule;
}

/** resvg (SVG to PNG), loaded the first time it is asked for. */
export function resvg(): typeof ResvgJs {
  resvgModule ??= load('@resvg/resvg-js') as typeof ResvgJs;
  return resvgModule;
}
