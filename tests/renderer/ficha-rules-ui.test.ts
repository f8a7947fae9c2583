import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Ficha } from '../../shared/metadata/model';
import { fichaSchema } from '../../shared/metadata/model';
import { step } from '../../shared/operations';
import { builtinProfiles } from '../../shared/validation/profiles';
import { fieldLimits, measureOf } from '../../shared/validation/field-limits';
import { rules } from '../../shared/validation/rules';
import type { Finding } from '../../shared/validation/types';
import { allVocabularies } from '../../shared/vocabularies';
import { DictionaryPanel } from '../../renderer/src/components/ficha/dictionary-panel';
import { FichaPanel } from '../../renderer/src/components/ficha/ficha-panel';
import { findingTarget } from '../../renderer/src/components/ficha/finding-target';
import { fieldId } from '../../renderer/src/components/ficha/text';
import { createFichaStore } from '../../renderer/src/store/store';
import { StoreContext } from '../../renderer/src/store/use-ficha';
import type { FichaStore } from '../../renderer/src/store/types';
import { fakeClient, memoryStorage } from './fake-client';
import { ruleCases } from './rule-cases';
import { goodFicha } from '../shared/validation/subject';

/** A store holding a ficha being edited, as the Ficha tab sees it after loading. */
function storeWith(ficha: Ficha): FichaStore {
  const store = createFichaStore(fakeClient({}).client, memoryStorage());
  store.setState({
    gridDataset: 'emisiones-2008',
    fichaDraft: ficha,
    fichaVocabularies: allVocabularies(),
  });
  return store;
}

/** Renders a panel to HTML; the server snapshot of the store is its current state. */
function render(panel: () => ReactElement | null, store: FichaStore): string {
  const current = { ...store, getInitialState: store.getState };
  return renderToStaticMarkup(
    createElement(StoreContext.Provider, { value: current }, createElement(panel)),
  );
}

/** The fix column of docs/validation.md's rule table, by rule id ("—" means manual). */
function documentedFixes(): Record<string, string> {
  const docs = readFileSync(path.join(__dirname, '../../docs/validation.md'), 'utf8');
  const rows = [...docs.matchAll(/^\| `([a-z-]+)` \|.*\| ([^|]+) \|$/gm)];
  return Object.fromEntries(rows.map((m) => [m[1], m[2].trim()]));
}

const cases = ruleCases();
const fixes = documentedFixes();

describe('every validation rule in the Ficha and Diccionario tabs', () => {
  it('has a failing case here and a fix column in docs/validation.md', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(rules).sort());
    for (const id of Object.keys(rules)) expect(fixes[id], id).toBeDefined();
  });

  for (const [id, list] of Object.entries(cases)) {
    it(`${id}: each finding points at a field, column or row the tabs show`, () => {
      for (const { subject, options } of list) {
        const findings = rules[id].check(subject, options);
        expect(findings.length, `${id} finds nothing`).toBeGreaterThan(0);
        const store = storeWith(subject.ficha);
        const pages = {
          ficha: render(FichaPanel, store),
          dictionary: render(DictionaryPanel, store),
        };

        for (const finding of findings) {
          const target = findingTarget(finding.location);
          expect(target, JSON.stringify(finding.location)).not.toBeNull();
          if (target!.tab === 'data') {
            expect(target!.row).toBeGreaterThan(0);
            continue;
          }
          const html = pages[target!.tab];
          const shown = target!.ids.find((x) => html.includes(`id="${x}"`));
          expect(shown, `${id} → ${target!.ids.join(' | ')}`).toBeDefined();
        }
      }
    });

    it(`${id}: offers a fix the interface applies, or is documented as manual`, async () => {
      const findings = list.flatMap(({ subject, options }) =>
        rules[id].check(subject, options).map((f) => ({ ...f, subject, options })),
      );
      const fixed = findings.filter((f) => f.fix);
      if (fixes[id] === '—') {
        expect(fixed, `${id} is documented as manual`).toEqual([]);
        return;
      }
      expect(fixed.length, `${id} documents a fix but offers none`).toBeGreaterThan(0);

      for (const { subject, options, ...finding } of fixed) {
        const fix = finding.fix!;
        if (fix.kind === 'operation') {
          expect(step.safeParse(fix.step).success, JSON.stringify(fix.step)).toBe(true);
          continue;
        }
        // A field fix goes through the same action as the "Corregir" button.
        const store = storeWith(subject.ficha);
        await store.getState().applyFindingFix({ ...finding, rule: id, severity: 'error' });
        const draft = fichaSchema.parse(store.getState().fichaDraft);
        const after = rules[id].check({ ...subject, ficha: draft }, options);
        const where = (f: { location: Finding['location'] }) => JSON.stringify(f.location);
        expect(after.map(where), `${id} after its fix`).not.toContain(where(finding));
      }
    });
  }
});

describe('the character counters of the Ficha tab', () => {
  const limits = fieldLimits(builtinProfiles);
  // Chosen from the portal's list, whose values are all far shorter than the limit.
  const chosenFromLists = ['periodicity'];
  const ficha: Ficha = {
    ...goodFicha(),
    spatial: { kind: 'text', codes: [], text: 'Cuenca del Valle de México' },
  };
  const html = render(FichaPanel, storeWith(ficha));

  /** The markup of one field: from its input to the next field. */
  function block(path: string): string {
    const start = html.indexOf(`id="${fieldId(path)}"`);
    expect(start, path).toBeGreaterThan(-1);
    const end = html.indexOf('class="ficha-field', start);
    return html.slice(start, end === -1 ? undefined : end);
  }

  it('count every field a rule limits, against the limit of the rule', () => {
    const values: Record<string, string> = {
      title: ficha.title,
      description: ficha.description,
      keywords: '',
      'contact.name': ficha.contact.name,
      'contact.position': ficha.contact.position,
      'contact.email': ficha.contact.email,
      'spatial.text': ficha.spatial.text,
    };
    for (const [field, list] of Object.entries(limits)) {
      if (chosenFromLists.includes(field)) continue;
      expect(values[field], `no counter checked for ${field}`).toBeDefined();
      for (const limit of list) {
        const count = measureOf(limit.measure, values[field]);
        expect(block(field), `${field} ${limit.measure}`).toContain(`${count}/${limit.max}`);
      }
    }
  });

  it('use the limits of the profiles: 77 for the title, 100 for its CKAN name', () => {
    expect(limits.title.map((l) => [l.measure, l.max])).toEqual([
      ['text', 77],
      ['ckan-name', 100],
    ]);
    expect(html).toContain(`Nombre CKAN: ${measureOf('ckan-name', ficha.title)}/100`);
  });
});
