/**
 * An entity's links to other entities, read without touching its mentions. A much-mentioned entity (a country
 * every article names) has one MENTIONS relationship per article, so any pattern that walks all of an entity's
 * relationships and filters out mentions afterwards costs as much as the corpus is large. Neo4j keeps a dense
 * node's relationships grouped by type, with a count per group: expanding named types reads only those groups,
 * and COUNT { (n)-[:T]-() } (planned as getDegree) reads only their counts.
 */
import { CO_MENTION_TYPE, RELATION_TYPES, Rel } from "../../../neo4j/schema.ts";

/** The relationship types that are not links between entities. */
const NOT_LINKS = [Rel.Mentions, Rel.FromArticle];
/** The link types the extractor writes; a corrections file may add others, which the fallbacks below find. */
const KNOWN_LINK_TYPES = Object.keys(RELATION_TYPES);

const cypherList = (types: readonly string[]) => `[${types.map((type) => `'${type}'`).join(", ")}]`;

/**
 * The number of claims of the entity bound to `variable` (links other than co-mentions), from relationship
 * counts only. Exact because, by the schema, every relationship of an entity other than MENTIONS links it to
 * another entity.
 */
export function claimDegree(variable: string): string {
  return `(${linkCount(variable)} - COUNT { (${variable})-[:${CO_MENTION_TYPE}]-() })`;
}

/** The number of links of the entity bound to `variable`, co-mentions included: its relationships less the rest. */
function linkCount(variable: string): string {
  const notLinks = NOT_LINKS.map((type) => ` - COUNT { (${variable})-[:${type}]-() }`).join("");
  return `COUNT { (${variable})--() }${notLinks}`;
}

/**
 * The body of a `CALL (variable) { … }` that returns one row (`link`: {rel, other}) per link of the entity
 * bound to `variable`, co-mentions included. The known types are expanded by name; links of other types (a
 * corrections file's) are looked for, by a walk over all relationships, only when the relationship counts say
 * there are some.
 */
export function entityLinksOf(variable: string): string {
  return `
    CALL (${variable}) {
      MATCH (${variable})-[rel:${KNOWN_LINK_TYPES.join("|")}]-(other:Entity)
      RETURN collect({rel: rel, other: other}) AS known
    }
    WITH ${variable}, known, ${linkCount(variable)} - size(known) AS otherTypes
    CALL (${variable}, otherTypes) {
      WITH ${variable} WHERE otherTypes > 0
      MATCH (${variable})-[rel]-(other:Entity)
      WHERE NOT type(rel) IN ${cypherList([...NOT_LINKS, ...KNOWN_LINK_TYPES])}
      RETURN collect({rel: rel, other: other}) AS unknown
    }
    UNWIND known + unknown AS link
    RETURN link`;
}
