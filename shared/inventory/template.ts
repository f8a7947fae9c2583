/**
 * The columns of the portal's inventory template ("Inventario general de
 * datos"), in order, with the opening-plan columns that joined it in 2016.
 * An export in these columns can be handed over as the institution's
 * inventory without retyping.
 */
export const inventoryColumns = [
  'Responsable',
  'Nombre del conjunto',
  'Nombre del recurso',
  '¿De qué es?',
  '¿Tiene datos privados?',
  'Razón por la cual los datos son privados',
  '¿En qué plataforma, tecnología, programa o sistema se albergan?',
  'Fecha estimada de publicación en datos.gob.mx (en caso de ser datos públicos) (AAAA-MM)',
  'Periodicidad de la actualización',
  'Estado',
  'URL en datos.gob.mx',
] as const;

/** One row of the inventory, keyed by the template's columns. */
export type InventoryRow = Record<(typeof inventoryColumns)[number], string>;
