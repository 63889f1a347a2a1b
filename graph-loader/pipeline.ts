// Composes the stages: read -> sentences -> mentions -> resolve -> relations -> corrections.
// Only reading touches files; everything after works on values, so a write stage can batch-MERGE the result.

import { applyCorrections } from "./corrections/apply.ts";
import { readCorrections } from "./corrections/read-corrections.ts";
import { type Corrections, NO_CORRECTIONS } from "./corrections/schema.ts";
import { extractMentions } from "./extract/mentions.ts";
import { mergeRelations } from "./extract/merge-relations.ts";
import { extractRelations } from "./extract/relations/index.ts";
import type { PairModel } from "./extract/relations/pairs/pair-model.ts";
import { promotePairs } from "./extract/relations/pairs/promote-pairs.ts";
import { splitSentences } from "./extract/sentences.ts";
import { loadGazetteer } from "./gazetteer/build.ts";
import { slugify } from "./gazetteer/fold.ts";
import type { Gazetteer } from "./gazetteer/types.ts";
import type {
  Article,
  ArticleMentions,
  CorpusExtraction,
  Entity,
  RelationFinding,
  ResolvedMention,
  Sentence,
} from "./model.ts";
import { ArticleReadError } from "./read/errors.ts";
import { expandArticlePaths, readArticle } from "./read/read-article.ts";
import { referenceMentions } from "./resolve/coreference.ts";
import { mergeEntities } from "./resolve/merge-entities.ts";
import { resolveArticle } from "./resolve/resolve-article.ts";
import { createExtractPool } from "./threads/extract-pool.ts";
import { inShard, type Shard } from "./threads/shard.ts";

export const DEFAULT_ARTICLES_DIR = new URL("./articles/", import.meta.url).pathname;
export const DEFAULT_CORRECTIONS = new URL("./corrections.yaml", import.meta.url).pathname;

export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  entities: Entity[];
  findings: RelationFinding[];
}

/** The outlet named in the header, as an Organization entity (it quotes people and reports). */
function outletEntity(article: Article): Entity | null {
  if (!article.source) return null;
  return { id: `org:${slugify(article.source)}`, name: article.source, type: "Organization", aliases: [] };
}

/** The mentions the relation stages read: the resolved ones and the references back to them ("he", "the company"). */
export function relationMentions(sentences: Sentence[], mentions: ResolvedMention[]): ResolvedMention[] {
  return [...mentions, ...referenceMentions(sentences, mentions)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/**
 * Extracts one already-read article. Pure given the gazetteer. With a pair model, co-mentions it judges stated
 * become RELATED claims (an experimental stage, off by default: see graph-loader/README.md).
 */
export function extractArticle(
  gazetteer: Gazetteer,
  article: Article,
  pairModel: PairModel | null = null,
): ArticleExtraction {
  const sentences = splitSentences(article.text);
  const resolved = resolveArticle(gazetteer, extractMentions(gazetteer, article.text, sentences));
  const outlet = outletEntity(article);
  const entities =
    outlet && !resolved.entities.some((e) => e.id === outlet.id)
      ? [...resolved.entities, outlet]
      : resolved.entities;
  // "he", "the company": references take part in claims and co-mentions, not in the entity list.
  const mentions = relationMentions(sentences, resolved.mentions);
  const found = extractRelations({
    article: article.id,
    outlet: outlet?.id ?? null,
    sentences,
    mentions,
    gazetteer,
  });
  const findings = pairModel ? promotePairs(sentences, mentions, found, pairModel) : found;
  return { article, sentences, mentions: resolved.mentions, entities, findings };
}

/** Mentions grouped per article and entity, with counts and spans (dates and amounts included as entities only when resolved). */
export function summariseMentions(articleId: string, mentions: ResolvedMention[]): ArticleMentions[] {
  const byEntity = new Map<string, ArticleMentions>();
  for (const m of mentions) {
    const entry = byEntity.get(m.entityId) ?? { article: articleId, entity: m.entityId, count: 0, spans: [] };
    entry.count++;
    entry.spans.push({ start: m.start, end: m.end, text: m.text });
    byEntity.set(m.entityId, entry);
  }
  return [...byEntity.values()];
}

/** Combines per-article extractions into one corpus graph and applies the corrections. */
export function combineExtractions(parts: ArticleExtraction[], corrections: Corrections = NO_CORRECTIONS) {
  const graph = applyCorrections(
    {
      entities: mergeEntities(parts.map((p) => p.entities)),
      relations: mergeRelations(parts.flatMap((p) => p.findings)),
      mentions: parts.flatMap((p) => summariseMentions(p.article.id, p.mentions)),
    },
    corrections,
  );
  return { articles: parts.map((p) => p.article), ...graph };
}

export interface ExtractOptions {
  correctionsPath?: string;
  gazetteer?: Gazetteer;
  /** Called after each file, extracted or skipped, e.g. to drive a progress bar. */
  onFile?: (progress: FileProgress) => void;
  /**
   * Worker threads that extract articles (default 1: in this thread). Above 1 each worker loads the standard
   * gazetteer itself and `gazetteer` is not used; the result is the same either way.
   */
  threads?: number;
  /** Only the articles of this shard (threads/shard.ts); the others are left out without a report. */
  shard?: Shard;
  /** The experimental pair stage (extract/relations/pairs), in this thread only. */
  pairModel?: PairModel;
}

export interface FileProgress {
  path: string;
  total: number;
  sentences: number;
  entities: number;
  relations: number;
  skipped: boolean;
}

/**
 * Reads and extracts a corpus. Files that cannot be read are listed in `skipped`, never thrown.
 * @example const { entities, relations } = await extractCorpus(["graph-loader/articles"]);
 */
export async function extractCorpus(
  paths: string[],
  options: ExtractOptions = {},
): Promise<CorpusExtraction> {
  const threads = options.threads ?? 1;
  if (options.pairModel && threads > 1)
    throw new Error("extractCorpus: the pair model runs with threads: 1 only");
  const pool = threads > 1 ? createExtractPool(threads) : null;
  const gazetteer = pool ? null : (options.gazetteer ?? (await loadGazetteer()));
  const extract = (article: Article): Promise<ArticleExtraction> =>
    pool
      ? pool.extract(article)
      : Promise.resolve(extractArticle(gazetteer as Gazetteer, article, options.pairModel ?? null));
  try {
    return await extractFiles(paths, options, extract, Math.max(1, threads) * IN_FLIGHT_PER_THREAD);
  } finally {
    await pool?.close();
  }
}

/** Articles sent to the workers ahead of the one awaited: enough to keep every worker busy, few in memory. */
const IN_FLIGHT_PER_THREAD = 8;

async function extractFiles(
  paths: string[],
  options: ExtractOptions,
  extract: (article: Article) => Promise<ArticleExtraction>,
  window: number,
): Promise<CorpusExtraction> {
  const corrections = await readCorrections(options.correctionsPath ?? DEFAULT_CORRECTIONS);
  const skipped: CorpusExtraction["skipped"] = [];
  const warnings: string[] = [];
  const parts: ArticleExtraction[] = [];
  const seen = new Map<string, string>();
  const files = await expandArticlePaths(paths);
  const report = (progress: Omit<FileProgress, "total" | "skipped"> & { skipped?: boolean }) =>
    options.onFile?.({ skipped: false, ...progress, total: files.length });
  // Files in order, each either already settled (skipped) or waiting for its extraction; settled in this order,
  // so that parts, warnings and reports come out exactly as one thread would make them.
  const queue: Array<() => Promise<void>> = [];
  const settleOldest = async () => await queue.shift()?.();
  for (const path of files) {
    try {
      const { article, warnings: w } = await readArticle(path);
      if (!inShard(article.id, options.shard)) continue;
      const earlier = seen.get(article.id);
      if (earlier) {
        const message = `${path}: article id "${article.id}" is already used by ${earlier}; this file is skipped`;
        queue.push(async () => {
          warnings.push(...w, message);
          skipped.push({ path, reason: "duplicate-id", message });
          report({ path, sentences: 0, entities: 0, relations: 0, skipped: true });
        });
      } else {
        seen.set(article.id, path);
        const pending = extract(article);
        // Rejections are taken when this entry settles; until then they must not count as unhandled.
        pending.catch(() => {});
        queue.push(async () => {
          warnings.push(...w);
          const part = await pending;
          parts.push(part);
          report({
            path,
            sentences: part.sentences.length,
            entities: part.entities.length,
            relations: part.findings.length,
          });
        });
      }
    } catch (error) {
      if (!(error instanceof ArticleReadError)) throw error;
      queue.push(async () => {
        skipped.push({ path, reason: error.reason, message: error.message });
        report({ path, sentences: 0, entities: 0, relations: 0, skipped: true });
      });
    }
    while (queue.length > window) await settleOldest();
  }
  while (queue.length > 0) await settleOldest();
  return { ...combineExtractions(parts, corrections), skipped, warnings };
}
