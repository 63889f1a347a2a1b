/** An entity's claims counted per relationship type, most first (for menus and hover cards). */
import type { EntityLink } from "../../../shared/api-types.ts";

export function countByType(links: readonly EntityLink[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.type, (counts.get(link.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function typeWords(type: string): string {
  return type.toLowerCase().replaceAll("_", " ");
}
