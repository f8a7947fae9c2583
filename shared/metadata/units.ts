/** Units seen in the headers of Mexican environmental tables, as written. */
const knownUnits = [
  'kg',
  'g',
  'mg',
  'µg',
  'ug',
  't',
  'ton',
  'tons',
  'toneladas',
  'Mg',
  'Gg',
  'Tg',
  'kt',
  'Mt',
  'tCO2e',
  'tCO2eq',
  'GgCO2e',
  'MtCO2e',
  'm',
  'km',
  'cm',
  'mm',
  'm2',
  'km2',
  'ha',
  'm3',
  'hm3',
  'L',
  'l',
  'ml',
  'mL',
  'mg/L',
  'mg/l',
  'µg/m3',
  'ug/m3',
  'mg/m3',
  'mg/kg',
  'ppm',
  'ppb',
  '%',
  '°C',
  'ºC',
  'C',
  'MW',
  'kW',
  'GW',
  'MWh',
  'GWh',
  'kWh',
  'PJ',
  'TJ',
  'GJ',
  'pesos',
  'mdp',
  'USD',
  'hab',
  'habitantes',
  'm3/s',
  'l/s',
  'L/s',
  'NMP/100ml',
  'NMP/100 ml',
  'dB',
  'años',
];

const unitSet = new Set(knownUnits);
const unitPattern = /^[\p{L}µ°º%$][\p{L}\p{N}µ°º%$/.\s·²³-]{0,24}$/u;

/** A header split into its words and the unit written in it. */
export interface HeaderUnit {
  label: string;
  unit: string;
}

/**
 * Finds the unit written in a column header: in parentheses or brackets at
 * the end ("Cantidad (kg)", "Emisiones [Mg]"), or a known unit after the
 * last underscore or space ("ALC_mg/L", "Superficie ha"). Years in
 * parentheses ("Población (2020)") are not units.
 */
export function unitFromHeader(header: string): HeaderUnit | null {
  const text = header.trim();
  const bracket = /^(.*?)[\s_]*[([]\s*([^()[\]]{1,25}?)\s*[)\]]\s*$/u.exec(text);
  if (bracket && bracket[1] !== '' && looksLikeUnit(bracket[2])) {
    return { label: bracket[1].trim(), unit: bracket[2] };
  }

  const suffix = /^(.+?)[_\s]+([^_\s]+)$/u.exec(text);
  if (suffix && unitSet.has(suffix[2])) return { label: suffix[1].trim(), unit: suffix[2] };
  return null;
}

function looksLikeUnit(text: string): boolean {
  if (unitSet.has(text)) return true;
  if (/^\d+$/.test(text) || /^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(text)) return false;
  return unitPattern.test(text) && (text.includes('/') || text.split(/\s+/).length <= 4);
}
