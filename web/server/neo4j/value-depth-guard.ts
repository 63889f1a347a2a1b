/**
 * A depth limit in the driver's Bolt decoder. neo4j-driver unpacks lists and maps by recursion, without a limit:
 * a value nested a few thousand levels deep (`reduce(l = [], i IN range(1, 5000) | [l])`) overflows Node's stack
 * inside the decoder, and the query ends in an unexplained 500. With this guard, a message nested deeper than the
 * limit fails at once with `ValueTooDeepError` (the driver then closes that connection, as after any decoding
 * error); the API answers it as a 422 that names the limit. Everything after the decoder (the result collector,
 * JSON) recurses over the same depth, which the limit keeps far from any stack overflow.
 */
import { createRequire } from "node:module";

/** Lists and maps nested inside one returned value, at most; deeper values are refused. */
export const MAX_VALUE_DEPTH = 500;

export class ValueTooDeepError extends Error {
  override name = "ValueTooDeepError";
  constructor() {
    super(`a value from the database is nested more than ${MAX_VALUE_DEPTH} levels deep`);
  }
}

/** The part of neo4j-driver-bolt-connection's packstream Unpacker that the guard wraps. */
interface UnpackerPrototype {
  _unpackListWithSize(this: object, ...args: unknown[]): unknown;
  _unpackMapWithSize(this: object, ...args: unknown[]): unknown;
}

/** A record's values arrive inside its own list of fields: one level more than the values themselves. */
const MAX_MESSAGE_DEPTH = MAX_VALUE_DEPTH + 1;
const depths = new WeakMap<object, number>();
let installed = false;

/** Wraps the decoder of the neo4j-driver this process uses, once; every driver created afterwards or before. */
export function installValueDepthGuard(): void {
  if (installed) return;
  installed = true;
  // The copy of the Bolt package that neo4j-driver itself loads, wherever npm placed it.
  const fromDriver = createRequire(createRequire(import.meta.url).resolve("neo4j-driver"));
  const bolt = fromDriver("neo4j-driver-bolt-connection") as {
    packstream: { v1: { Unpacker: { prototype: UnpackerPrototype } } };
  };
  const prototype = bolt.packstream.v1.Unpacker.prototype;
  prototype._unpackListWithSize = limitDepth(prototype._unpackListWithSize);
  prototype._unpackMapWithSize = limitDepth(prototype._unpackMapWithSize);
}

function limitDepth(
  unpack: UnpackerPrototype["_unpackListWithSize"],
): UnpackerPrototype["_unpackListWithSize"] {
  return function (this: object, ...args: unknown[]) {
    const depth = (depths.get(this) ?? 0) + 1;
    if (depth > MAX_MESSAGE_DEPTH) throw new ValueTooDeepError();
    depths.set(this, depth);
    try {
      return unpack.apply(this, args);
    } finally {
      depths.set(this, depth - 1);
    }
  };
}
