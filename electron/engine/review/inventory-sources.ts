import { fichaFacts } from '../metadata/catalog-facts';
import type { Workspace } from '../workspace/workspace';
import { buildCatalog } from './catalog';
import type { InventorySource } from './inventory-export';
import { listPlannedDatasets } from './planned';

/** Every dataset of the catalog with its ficha's facts and its plan, as the inventory export needs. */
export function inventorySources(workspace: Workspace, today: string): InventorySource[] {
  const entries = buildCatalog(workspace, today, fichaFacts);
  const plans = new Map(listPlannedDatasets(workspace).map((plan) => [plan.id, plan]));
  return entries.map((entry) => ({
    entry,
    facts: entry.dataset ? fichaFacts(workspace, entry.id) : null,
    plan: plans.get(entry.id) ?? null,
  }));
}
