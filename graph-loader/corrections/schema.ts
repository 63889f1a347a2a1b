// The corrections file: hand fixes applied after extraction on every run.

import { z } from "zod";
import { ENTITY_TYPES } from "../model.ts";

const relationKey = z.object({
  source: z.string().optional(),
  type: z.string().optional(),
  target: z.string().optional(),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const correctionsSchema = z.object({
  rename: z.array(z.object({ id: z.string(), name: z.string().min(1) })).default([]),
  merge: z.array(z.object({ from: z.string(), into: z.string() })).default([]),
  /** Sets or fixes where an entity is (a place the gazetteer lacks or puts wrongly), in decimal degrees. */
  coordinates: z.array(z.object({ id: z.string(), lat: latitude, lon: longitude })).default([]),
  add: z
    .object({
      entities: z
        .array(
          z.object({
            id: z.string(),
            name: z.string(),
            type: z.enum(ENTITY_TYPES),
            aliases: z.array(z.string()).default([]),
            lat: latitude.optional(),
            lon: longitude.optional(),
          }),
        )
        .default([]),
      relations: z
        .array(
          z.object({
            source: z.string(),
            type: z.string(),
            target: z.string(),
            evidence: z.object({ article: z.string(), sentence: z.string() }),
          }),
        )
        .default([]),
    })
    .default({ entities: [], relations: [] }),
  suppress: z
    .object({ entities: z.array(z.string()).default([]), relations: z.array(relationKey).default([]) })
    .default({ entities: [], relations: [] }),
});

export type Corrections = z.infer<typeof correctionsSchema>;

export const NO_CORRECTIONS: Corrections = correctionsSchema.parse({});
