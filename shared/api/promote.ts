import { z } from 'zod';
import { aggregates } from '../promote/types';
import type {
  Blackout,
  KeyFigure,
  Promotion,
  PromotionFacts,
  PromotionTexts,
} from '../promote/types';
import { request } from './define';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** A key figure as the person picks it. */
export const keyFigureSpec = z.object({
  column: z.string(),
  aggregate: z.enum(aggregates),
  by: z.string().optional(),
  latestOf: z.string().optional(),
  top: z.number().int().min(1).max(12).optional(),
});

/** What the Difusión tab shows of a kit. */
export interface KitPreview {
  dataset: string;
  facts: PromotionFacts;
  texts: PromotionTexts;
  figure: KeyFigure | null;
  svg: string;
  html: string;
  /** The card as PNG (1200 x 630), base64, for the interface to offer as a download. */
  png: string;
  /** Files written, when an output folder was given. */
  files: string[];
}

/** The bimonthly promotion report. */
export interface PromotionReport {
  periods: {
    period: { id: string; start: string; end: string; label: string };
    promoted: { dataset: string; channels: string[]; dates: string[]; inBlackout: boolean }[];
    unpromoted: string[];
    blackouts: Blackout[];
  }[];
  html: string;
}

/** Requests of the communication kit and the record of promotion. */
export const promoteRequests = {
  'promote.kit': request<KitPreview>()({
    params: z.object({
      dataset: z.string().min(1),
      figure: keyFigureSpec.nullable().optional(),
      texts: z
        .object({
          sentence: z.string(),
          paragraph: z.string(),
          line: z.string().max(280),
          citation: z.string(),
          linkHtml: z.string(),
        })
        .partial()
        .optional(),
      out: z.string().min(1).optional(),
      today: isoDate.optional(),
    }),
    // It writes a folder of files beside, never the workspace.
    writes: false,
  }),
  'promote.record': request<Promotion>()({
    params: z.object({
      dataset: z.string().min(1),
      date: isoDate,
      channel: z.string().min(1).max(200),
      link: z.string().max(1000).optional(),
      note: z.string().max(2000).optional(),
      confirmBlackout: z.boolean().optional(),
    }),
    writes: true,
  }),
  'promote.list': request<Promotion[]>()({
    params: z.object({ dataset: z.string().optional() }),
    writes: false,
  }),
  'promote.report': request<PromotionReport>()({
    params: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
    writes: false,
  }),
  'promote.blackouts': request<Blackout[]>()({ params: z.object({}), writes: false }),
  'promote.addBlackout': request<Blackout>()({
    params: z.object({ start: isoDate, end: isoDate, reason: z.string().max(500).default('') }),
    writes: true,
  }),
  'promote.removeBlackout': request<{ removed: string }>()({
    params: z.object({ id: z.string().min(1) }),
    writes: true,
  }),
};
