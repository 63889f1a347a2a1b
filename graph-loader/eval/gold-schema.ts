// Shape of a gold annotation file (graph-loader/eval/gold/<split>/<article-id>.json).

import { z } from "zod";
import { ENTITY_TYPES } from "../model.ts";

export const goldSchema = z.object({
  article: z.string(),
  entities: z.array(
    z.object({ name: z.string(), type: z.enum(ENTITY_TYPES), aliases: z.array(z.string()).default([]) }),
  ),
  relations: z.array(
    z.object({
      source: z.string(),
      type: z.string(),
      target: z.string(),
      /** The relation phrase as written, for RELATED claims ("moored beside"). */
      label: z.string().optional(),
      evidence: z.string(),
    }),
  ),
});
export type Gold = z.infer<typeof goldSchema>;
