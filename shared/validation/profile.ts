import { z } from 'zod';
import { severities } from './types';

/** One rule as a profile uses it: which rule, how serious, with which limits. */
export const profileRuleSchema = z.object({
  rule: z.string().min(1),
  /** The id findings carry; defaults to the rule's id. Lets a profile use a rule twice. */
  id: z.string().min(1).optional(),
  severity: z.enum(severities),
  options: z.record(z.string(), z.unknown()).default({}),
  enabled: z.boolean().default(true),
});

/** A field a portal's form shows, as a scheming schema declares it. */
export const profileFieldSchema = z.object({
  field: z.string(),
  label: z.object({ es: z.string(), en: z.string() }),
  required: z.boolean().default(false),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
});

/**
 * A validation profile: named rules with their severity and limits, as
 * data an institution can copy and adjust (docs/validation.md).
 */
export const profileSchema = z.object({
  id: z.string().min(1),
  label: z.object({ es: z.string(), en: z.string() }),
  description: z.object({ es: z.string(), en: z.string() }).optional(),
  /** When true, each rule is also reported as an item of a checklist (the decree's). */
  checklist: z.boolean().default(false),
  rules: z.array(profileRuleSchema),
  /** Fields the portal's form shows, for profiles made from a scheming schema. */
  fields: z.array(profileFieldSchema).default([]),
});

/** A rule entry of a profile. */
export type ProfileRule = z.infer<typeof profileRuleSchema>;
/** A validation profile. */
export type Profile = z.infer<typeof profileSchema>;
/** A profile as written in JSON, defaults optional. */
export type ProfileInput = z.input<typeof profileSchema>;
