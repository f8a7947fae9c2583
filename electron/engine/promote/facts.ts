import states from '../../../resources/vocabularies/inegi-states.json';
import type { Spatial } from '../../../shared/metadata/model';
import type { PromotionFacts } from '../../../shared/promote/types';
import type { DatasetRecord } from '../datasets/catalog';
import { getFicha } from '../metadata/ficha-store';
import type { Workspace } from '../workspace/workspace';

const stateNames = new Map(
  (states as { states: { key: string; name: string }[] }).states.map((state) => [
    state.key,
    state.name,
  ]),
);

/** Spatial coverage in words: "Nacional", "Jalisco y Michoacán", "12 entidades". */
export function spatialInWords(spatial: Spatial): string {
  if (spatial.kind === 'text') return spatial.text;
  if (spatial.kind === 'national' || spatial.codes.length === 0) return 'Nacional';
  const keys = [...new Set(spatial.codes.map((code) => code.slice(0, 2)))];
  if (spatial.kind === 'states' && keys.length <= 2) {
    return keys.map((key) => stateNames.get(key) ?? key).join(' y ');
  }
  return spatial.kind === 'states'
    ? `${keys.length} entidades`
    : `${spatial.codes.length} municipios`;
}

/**
 * What the card and texts say, from the ficha and the dataset: the portal
 * link is the one recorded when the dataset was marked published, else the
 * ficha's landing page.
 */
export function promotionFacts(workspace: Workspace, dataset: DatasetRecord): PromotionFacts {
  const { ficha } = getFicha(workspace, dataset.id);
  const published = workspace.db
    .prepare(
      "SELECT portal_url FROM status_events WHERE dataset_id = ? AND to_status = 'publicado' " +
        "AND portal_url <> '' ORDER BY at DESC, rowid DESC LIMIT 1",
    )
    .pluck()
    .get(dataset.id) as string | undefined;

  return {
    title: ficha.title || dataset.title,
    description: ficha.description,
    institution: ficha.publisher.acronym || ficha.publisher.name,
    temporal: ficha.temporal,
    spatial: spatialInWords(ficha.spatial),
    records: dataset.rowCount,
    url: published || ficha.landingPage,
    license: ficha.license,
    keywords: ficha.keywords,
  };
}
