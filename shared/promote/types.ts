/** Aggregates a key figure can use. */
export const aggregates = ['sum', 'avg', 'count', 'max', 'min'] as const;

/** One of the aggregates. */
export type Aggregate = (typeof aggregates)[number];

/** Which figure of the data the card shows, as the person picks it. */
export interface KeyFigureSpec {
  /** The numeric column to aggregate (ignored for count). */
  column: string;
  aggregate: Aggregate;
  /** A category column to break the figure down by, for the small chart. */
  by?: string;
  /** A year column: only its latest year counts. */
  latestOf?: string;
  /** How many categories the chart shows. */
  top?: number;
}

/** A figure computed from the data, ready for the card. */
export interface KeyFigure {
  spec: KeyFigureSpec;
  /** What the figure is, in Spanish: "Total de co2_gg en 2020". */
  label: string;
  value: number;
  unit: string;
  /** The latest year, when the figure is limited to it. */
  period: string | null;
  bars: { label: string; value: number }[];
}

/** What the card and texts say about a dataset. */
export interface PromotionFacts {
  title: string;
  description: string;
  institution: string;
  temporal: { start: string; end: string };
  spatial: string;
  records: number;
  /** The dataset's page on the portal, or '' while unknown. */
  url: string;
  license: string;
  keywords: string[];
}

/** The texts of a communication kit, which the person edits before use. */
export interface PromotionTexts {
  /** One plain-language sentence of what the data is. */
  sentence: string;
  /** A paragraph for a news note. */
  paragraph: string;
  /** A line for a social-media post (at most 280 characters). */
  line: string;
  /** How to cite it under the Libre Uso MX terms. */
  citation: string;
  /** The link the institution's pages should carry, as HTML. */
  linkHtml: string;
}

/** A promotion of a dataset: the evidence the control office asks for. */
export interface Promotion {
  id: string;
  dataset: string;
  /** YYYY-MM-DD. */
  date: string;
  channel: string;
  link: string;
  note: string;
  actor: { name: string; email: string };
  /** Made inside a period of restricted communication (confirmed). */
  inBlackout: boolean;
}

/** A period in which institutional communication is restricted. */
export interface Blackout {
  id: string;
  start: string;
  end: string;
  reason: string;
}

/** A two-month period of the report. */
export interface Bimester {
  /** "2026-B1" for January–February 2026. */
  id: string;
  start: string;
  end: string;
  label: string;
}
