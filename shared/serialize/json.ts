/** A JSON value as the JSON serializers build it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** Drops the keys whose value is undefined, keeping the order of the rest. */
export function compact(object: { [key: string]: Json | undefined }): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

/** Pretty JSON text with a final newline, as every file of the package is written. */
export function jsonText(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
