import type { DatasetValidation, FichaRecord } from '../../../shared/api/metadata';
import type { KeywordSuggestion } from '../../../shared/metadata/keywords';
import type { DictionaryEntry, Ficha } from '../../../shared/metadata/model';
import { validate } from '../../../shared/validation/engine';
import { builtinProfiles } from '../../../shared/validation/profiles';
import type { Finding } from '../../../shared/validation/types';
import type { FichaErrorData } from '../../../shared/result';
import type { Vocabularies } from '../../../shared/vocabularies';
import { safeCall } from '../api/client';
import { findingTarget } from '../components/ficha/finding-target';
import type { SliceContext } from './types';

/** Rules whose findings come from the table, which only the engine can compute. */
const tableRule = /^(quality|decree)\./;

/**
 * The Ficha and Diccionario tabs: the ficha being edited (a draft until
 * saved), keyword suggestions, the controlled lists for the pickers, and
 * findings updated as the person types. Checks of the ficha run here with
 * the shared rules; checks of the table come from the engine's last report.
 */
export interface FichaSlice {
  fichaRecord: FichaRecord | null;
  fichaDraft: Ficha | null;
  fichaDirty: boolean;
  fichaFindings: Finding[];
  fichaChecklist: DatasetValidation['checklist'];
  fichaKeywords: KeywordSuggestion[];
  fichaVocabularies: Vocabularies | null;
  fichaBusy: boolean;
  /** Elements to focus once the tab they are on shows (the first found wins). */
  fichaFocus: { ids: string[]; seq: number } | null;
  loadFicha(): Promise<void>;
  editFicha(path: string, value: unknown): void;
  editDictionary(name: string, changes: Partial<DictionaryEntry>): void;
  addKeyword(keyword: string): void;
  removeKeyword(keyword: string): void;
  applyFindingFix(finding: Finding): Promise<void>;
  /** Shows the tab a finding is about and asks it to focus the field, column or row. */
  goToFinding(finding: Finding): void;
  saveFicha(): Promise<boolean>;
}

/** Creates the ficha slice. */
export function createFichaSlice({ set, get, client }: SliceContext): FichaSlice {
  let tableFindings: Finding[] = [];

  // Re-checks the draft with the shared rules and keeps the table's findings beside.
  function recheck(draft: Ficha): void {
    const dataset = get().gridDataset ?? '';
    const columns = (get().gridDescription?.columns ?? []).map((c) => ({
      name: c.name,
      label: c.label,
      type: c.type,
      mismatches: c.mismatches,
    }));
    const report = validate(
      { dataset, ficha: draft, columns, now: new Date().toISOString() },
      builtinProfiles,
    );
    const own = report.findings.filter((f) => !tableRule.test(f.rule));
    set({ fichaFindings: [...own, ...tableFindings] });
  }

  // Re-reads the engine's report of the table after a cleaning step; the draft stays.
  async function refreshReport(dataset: string): Promise<void> {
    const report = await safeCall(client, 'validation.run', { dataset });
    if (!report.ok || get().gridDataset !== dataset) return;
    tableFindings = report.value.findings.filter((f) => tableRule.test(f.rule));
    set({ fichaChecklist: report.value.checklist });
    const draft = get().fichaDraft;
    if (draft) recheck(draft);
  }

  function fail(error: FichaErrorData): void {
    get().showError(error);
  }

  return {
    fichaRecord: null,
    fichaDraft: null,
    fichaDirty: false,
    fichaFindings: [],
    fichaChecklist: [],
    fichaKeywords: [],
    fichaVocabularies: null,
    fichaBusy: false,
    fichaFocus: null,

    async loadFicha() {
      const dataset = get().gridDataset;
      if (!dataset) return;
      // Switching between the Ficha and Diccionario tabs keeps unsaved edits.
      if (get().fichaDirty && get().fichaRecord?.dataset === dataset) return;
      set({ fichaBusy: true });
      const [record, report, keywords, lists] = await Promise.all([
        safeCall(client, 'metadata.get', { dataset }),
        safeCall(client, 'validation.run', { dataset }),
        safeCall(client, 'keywords.suggest', { dataset }),
        get().fichaVocabularies ? Promise.resolve(null) : safeCall(client, 'vocabularies.list', {}),
      ]);
      set({ fichaBusy: false });
      if (!record.ok) return fail(record.error);

      tableFindings = report.ok ? report.value.findings.filter((f) => tableRule.test(f.rule)) : [];
      // Edits typed while the engine answered win over what it sent.
      const keep = get().fichaDirty && get().fichaDraft !== null;
      const draft = keep ? get().fichaDraft! : record.value.ficha;
      set({
        fichaRecord: record.value,
        fichaDraft: draft,
        fichaChecklist: report.ok ? report.value.checklist : [],
        fichaKeywords: keywords.ok ? keywords.value.suggestions : [],
        ...(lists && lists.ok ? { fichaVocabularies: lists.value } : {}),
      });
      recheck(draft);
    },

    editFicha(path, value) {
      const draft = get().fichaDraft;
      if (!draft) return;
      const next = structuredClone(draft) as unknown as Record<string, unknown>;
      const steps = path.split('.');
      let node = next;
      for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
      node[steps[steps.length - 1]] = value;
      const ficha = next as unknown as Ficha;
      ficha.sources = { ...ficha.sources, [path]: 'person' };
      set({ fichaDraft: ficha, fichaDirty: true });
      recheck(ficha);
    },

    editDictionary(name, changes) {
      const draft = get().fichaDraft;
      if (!draft) return;
      const dictionary = draft.dictionary.map((e) => (e.name === name ? { ...e, ...changes } : e));
      get().editFicha('dictionary', dictionary);
    },

    addKeyword(keyword) {
      const draft = get().fichaDraft;
      const clean = keyword.trim();
      if (!draft || clean === '' || draft.keywords.includes(clean)) return;
      get().editFicha('keywords', [...draft.keywords, clean]);
      set({ fichaKeywords: get().fichaKeywords.filter((k) => k.keyword !== clean) });
    },

    removeKeyword(keyword) {
      const draft = get().fichaDraft;
      if (draft)
        get().editFicha(
          'keywords',
          draft.keywords.filter((k) => k !== keyword),
        );
    },

    async applyFindingFix(finding) {
      const fix = finding.fix;
      const dataset = get().gridDataset;
      if (!fix || !dataset) return;
      if (fix.kind === 'field') {
        get().editFicha(fix.field, fix.value);
        return;
      }
      const result = await safeCall(client, 'operations.apply', { dataset, steps: [fix.step] });
      if (!result.ok) return fail(result.error);
      // The table changed: its grid, history and findings, not the ficha being typed.
      await Promise.all([get().openGrid(dataset), get().loadCleaning()]);
      await refreshReport(dataset);
    },

    goToFinding(finding) {
      const target = findingTarget(finding.location);
      if (!target) return;
      get().setTab(target.tab);
      if (target.row !== undefined) get().goToRow(target.row);
      set({ fichaFocus: { ids: target.ids, seq: (get().fichaFocus?.seq ?? 0) + 1 } });
    },

    async saveFicha() {
      const dataset = get().gridDataset;
      const draft = get().fichaDraft;
      if (!dataset || !draft) return false;
      set({ fichaBusy: true });
      const result = await safeCall(client, 'metadata.set', { dataset, ficha: draft });
      set({ fichaBusy: false });
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      set({ fichaDirty: false });
      await get().loadFicha();
      return true;
    },
  };
}
