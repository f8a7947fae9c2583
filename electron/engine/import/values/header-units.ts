/**
 * Units often written after a measure in Mexican environmental data. A
 * unit in parentheses or brackets is accepted when it contains one of
 * these or looks like a ratio ("mg/L"); after an underscore it must be one
 * of these exactly, so "CVE_ENT" keeps its name.
 */
const knownUnits = (
  'kg|g|mg|µg|ug|ng|t|ton|tons|toneladas|kilogramos|gramos|l|lt|litros|ml|m|km|cm|mm|m2|m²|km2|' +
  'km²|ha|hectáreas|hectareas|m3|m³|hm3|hm³|%|pct|porcentaje|ppm|ppb|°c|ºc|c|k|mw|kw|kwh|mwh|' +
  'gwh|gj|tj|pj|pesos|mxn|usd|mdp|miles de pesos|millones de pesos|habitantes|hab|personas|años|' +
  'anos|días|dias|horas|h|min|s|db|ph|ntu|uc|tco2e|co2e|gg|mg/l|mg/kg|µg/m3|µg/m³|ug/m3|m3/s|' +
  'l/s|ton/año|ton/ano|t/año|kg/año|mm/año|nmp/100 ml|nmp/100ml|ufc/100 ml|µs/cm|us/cm'
).split('|');
const units = new Set(knownUnits);

/** A header label split into its text and the unit it names, if any. */
export interface LabelUnit {
  label: string;
  unit?: string;
}

/**
 * Finds a unit in a header: "Cantidad (kg)" → kg, "Superficie [ha]" → ha,
 * "ALC_mg/L" → mg/L, "Emisiones (ton/año)" → ton/año. The label is
 * returned unchanged: the person's header stays as written.
 */
export function headerUnit(label: string): LabelUnit {
  const text = label.trim();

  const bracketed = /[([]\s*([^()[\]]{1,30}?)\s*[)\]]\s*$/.exec(text);
  if (bracketed && looksLikeUnit(bracketed[1])) return { label, unit: bracketed[1] };

  const suffix = /_([^_\s]{1,15})$/.exec(text);
  if (
    suffix &&
    suffix.index > 0 &&
    units.has(suffix[1].toLowerCase()) &&
    /[/%]|[a-z]/i.test(suffix[1])
  ) {
    if (suffix[1].includes('/') || suffix[1] !== suffix[1].toUpperCase() || suffix[1] === '%') {
      return { label, unit: suffix[1] };
    }
  }
  return { label };
}

function looksLikeUnit(candidate: string): boolean {
  const lower = candidate.toLowerCase();
  if (units.has(lower)) return true;
  if (/^[a-zµ°º%0-9²³]{1,8}\s*\/\s*[a-zµ°º%0-9²³ ]{1,12}$/i.test(candidate)) return true;
  return /^(miles|millones) de /.test(lower);
}
