// The corrections file: hand fixes applied after extraction on every run.

import { z } from "zod";
import { ENTITY_TYPES } from "../model.ts";

const relationKey = z.object({
  source: z.string().optional(),
  type: z.string().optional(),
  target: z.string().optional(),
});

export const correctionsSchema = z.object({
  rename: z.array(z.object({ id: z.string(), name: z.string().min(1) })).default([]),
  merge: z.array(z.object({ from: z.string(), into: z.string() })).default([]),
  add: z
    .object({
      entities: z
        .array(
          z.object({
            id: z.string(),
            name: z.string(),
            type: z.enum(ENTITY_TYPES),
            aliases: z.array(z.string()).default([]),
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
