/** The database's version and what the explorer can show: entities, claims and co-mentions (not evidence nodes). */
import { useHealth } from "../api/health-query.ts";

const formatCount = (value: number) => value.toLocaleString("en");

export function StatusBar() {
  const health = useHealth();
  if (health.isPending) return <output className="status">Connecting to Neo4j…</output>;
  if (!health.data) return <output className="status status-down">Neo4j unavailable</output>;
  const { neo4j, counts } = health.data;
  const edition = neo4j.edition.charAt(0).toUpperCase() + neo4j.edition.slice(1);
  return (
    <output className="status" aria-label="Database status">
      <span>
        Neo4j {neo4j.version} {edition}
      </span>
      <span title={`${formatCount(counts.nodes)} nodes in the database, with articles and evidence`}>
        {formatCount(counts.entities)} entities
      </span>
      <span title="Links stated by the articles (co-mentions apart)">
        {formatCount(counts.claims)} claims
      </span>
      {counts.coMentions > 0 && <span>{formatCount(counts.coMentions)} co-mentions</span>}
    </output>
  );
}
