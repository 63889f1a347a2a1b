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
      <span>{formatCount(counts.nodes)} nodes</span>
      <span>{formatCount(counts.relationships)} relationships</span>
    </output>
  );
}
