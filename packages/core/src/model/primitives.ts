import { z } from 'zod';

/**
 * Names that ids may not take: they are properties of every JavaScript object, so a record keyed
 * by them (emotions per persona) would be ambiguous or unsafe.
 */
export const reservedIds: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** A short, readable identifier: `shopper`, `checkout`, `price-unclear`. One namespace per journey. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    message: 'expected a short id of letters, digits, "-", "_" or "." (like "price-unclear")',
  })
  .max(80)
  .refine((id) => !reservedIds.has(id), { message: 'this id is reserved; choose another name' });
export type Id = z.infer<typeof Id>;

/** A calendar date written as YYYY-MM-DD. */
export const IsoDate = z.iso.date({ message: 'expected a date written as YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A non-empty line of user text. */
export const Text = z.string().trim().min(1, { message: 'expected some text' });

/** A list of lines of user text. */
export const TextList = z.array(Text).default([]);

/** A share of customers, from 0 to 1. */
export const Share = z.number().min(0).max(1);

/** A 1..5 rating (severity, impact, effort). */
export const Rating = z.number().int().min(1).max(5);

export const evidenceLevels = ['assumed', 'reported', 'observed', 'measured'] as const;
/**
 * How well an element is backed: `assumed` (a belief), `reported` (people told us),
 * `observed` (we saw it), `measured` (we counted it).
 */
export const EvidenceLevel = z.enum(evidenceLevels);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

/** The fields every element carries to say what backs it. */
export const backed = {
  evidence: EvidenceLevel.optional(),
  insights: z.array(Id).default([]),
};
