import path from 'node:path';
import { renderCardPng } from '../promote/card-png';
import { buildKit, writeKit } from '../promote/kit';
import {
  addBlackout,
  listBlackouts,
  listPromotions,
  recordPromotion,
  removeBlackout,
} from '../promote/promotions';
import { bimonthlyReport, bimonthlyReportHtml } from '../promote/report';
import { readDefaults } from '../metadata/defaults';
import type { HandlerMap } from './table';

type PromoteRequest =
  | 'promote.kit'
  | 'promote.record'
  | 'promote.list'
  | 'promote.report'
  | 'promote.blackouts'
  | 'promote.addBlackout'
  | 'promote.removeBlackout';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Handlers of the communication kit and the record of promotion. */
export const promoteHandlers: HandlerMap<PromoteRequest> = {
  'promote.kit': ({ dataset, figure, texts, out, today }, { workspace }) => {
    const kit = buildKit(workspace, dataset, { figure, texts, today: today ?? todayIso() });
    const files = out ? writeKit(kit, path.resolve(out)) : [];
    return { ...kit, png: renderCardPng(kit.svg).toString('base64'), files };
  },
  'promote.record': (input, { workspace }) => recordPromotion(workspace, input),
  'promote.list': ({ dataset }, { workspace }) => listPromotions(workspace, dataset),
  'promote.report': ({ from, to }, { workspace }) => {
    const today = todayIso();
    const end = to ?? today;
    const start = from ?? `${end.slice(0, 4)}-01-01`;
    const periods = bimonthlyReport(workspace, start, end);
    const defaults = readDefaults(workspace);
    const institution = defaults.publisher.acronym || defaults.publisher.name;
    return { periods, html: bimonthlyReportHtml(institution, today, periods) };
  },
  'promote.blackouts': (_params, { workspace }) => listBlackouts(workspace),
  'promote.addBlackout': (input, { workspace }) => addBlackout(workspace, input),
  'promote.removeBlackout': ({ id }, { workspace }) => {
    removeBlackout(workspace, id);
    return { removed: id };
  },
};
