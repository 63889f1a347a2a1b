/**
 * The compact form of where every node on the canvas is (`at=` in the URL), so that a reload or a shared link
 * draws the picture the sender saw without depending on the order in which the graph's parts arrived. Each node is
 * 11 URL-safe characters: a 5-character key from its id (30 bits of an FNV-1a hash) and its rounded x and y, 3
 * characters each (±131,071 px).
 */
import type { NodePosition } from "./view-state.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const KEY_LENGTH = 5;
const COORDINATE_LENGTH = 3;
const ENTRY_LENGTH = KEY_LENGTH + 2 * COORDINATE_LENGTH;
const COORDINATE_OFFSET = 2 ** 17;
const COORDINATE_MAX = 2 ** 18 - 1;

/** Node positions by arrangement key (see `arrangementKey`). */
export type Arrangement = Record<string, NodePosition>;

/** The key a node's position is kept under: a hash of its id, 5 characters. */
export function arrangementKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return digits(hash >>> 2, KEY_LENGTH);
}

/** Positions by node id as an arrangement; ids whose keys collide are left out (they get laid out instead). */
export function arrangementOf(positions: Readonly<Record<string, NodePosition>>): Arrangement {
  const arrangement: Arrangement = {};
  const collided = new Set<string>();
  for (const [id, { x, y }] of Object.entries(positions)) {
    const key = arrangementKey(id);
    if (key in arrangement) collided.add(key);
    arrangement[key] = { x: Math.round(x), y: Math.round(y) };
  }
  for (const key of collided) delete arrangement[key];
  return arrangement;
}

export function encodeArrangement(arrangement: Arrangement): string {
  return Object.keys(arrangement)
    .sort()
    .map((key) => {
      const { x, y } = arrangement[key] as NodePosition;
      return `${key}${digits(coordinate(x), COORDINATE_LENGTH)}${digits(coordinate(y), COORDINATE_LENGTH)}`;
    })
    .join("");
}

/** Reads `encodeArrangement`'s text; anything malformed reads as no arrangement. */
export function decodeArrangement(text: string | null): Arrangement {
  const arrangement: Arrangement = {};
  if (!text || text.length % ENTRY_LENGTH !== 0 || /[^A-Za-z0-9_-]/.test(text)) return arrangement;
  for (let start = 0; start < text.length; start += ENTRY_LENGTH) {
    const key = text.slice(start, start + KEY_LENGTH);
    const x = value(text.slice(start + KEY_LENGTH, start + KEY_LENGTH + COORDINATE_LENGTH));
    const y = value(text.slice(start + KEY_LENGTH + COORDINATE_LENGTH, start + ENTRY_LENGTH));
    arrangement[key] = { x: x - COORDINATE_OFFSET, y: y - COORDINATE_OFFSET };
  }
  return arrangement;
}

function coordinate(value: number): number {
  return Math.min(COORDINATE_MAX, Math.max(0, Math.round(value) + COORDINATE_OFFSET));
}

function digits(number: number, length: number): string {
  let text = "";
  let rest = number;
  for (let index = 0; index < length; index += 1) {
    text = ALPHABET.charAt(rest % 64) + text;
    rest = Math.floor(rest / 64);
  }
  return text;
}

function value(text: string): number {
  let number = 0;
  for (const character of text) number = number * 64 + ALPHABET.indexOf(character);
  return number;
}
