/** The last Cypher queries run from the editor, newest first, kept in this browser. */
import { useCallback, useState } from "react";

const KEY = "graphbrief.cypher-history";
const SIZE = 20;

function load(): string[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function useQueryHistory() {
  const [history, setHistory] = useState(load);
  const remember = useCallback((query: string) => {
    setHistory((current) => {
      const next = [query, ...current.filter((item) => item !== query)].slice(0, SIZE);
      window.localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return { history, remember };
}
