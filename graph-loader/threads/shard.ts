/**
 * Splits a corpus between loaders: `--shard 2/4` keeps the articles whose id hashes to the second of four
 * parts. The split depends on the article id alone, so every machine given the same corpus agrees on it, each
 * article falls in exactly one shard, and an id used twice lands twice in the same shard (where the duplicate
 * is reported as usual).
 */
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based: shard 1 of 4 is the first quarter. */
  index: number;
  count: number;
}

export class ShardSpecError extends Error {
  override name = "ShardSpecError";
}

/** "2/4" -> { index: 2, count: 4 }. */
export function parseShard(spec: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ShardSpecError(`--shard takes N/M with 1 <= N <= M (e.g. 2/4), not "${spec}"`);
  }
  return { index, count };
}

export function shardOf(articleId: string, count: number): number {
  const digest = createHash("sha1").update(articleId).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(articleId: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(articleId, shard.count) === shard.index;
}
