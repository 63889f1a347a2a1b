// Typed errors of the read stage: every refusal carries a reason code the CLI can report.

export type ArticleReadReason =
  | "not-found"
  | "unreadable"
  | "empty"
  | "too-large"
  | "binary"
  | "not-utf8"
  | "broken-header";

export class ArticleReadError extends Error {
  readonly reason: ArticleReadReason;
  readonly path: string;

  constructor(reason: ArticleReadReason, path: string, message: string, options?: { cause?: unknown }) {
    super(`graph-loader/read: ${path}: ${message}`, options);
    this.name = "ArticleReadError";
    this.reason = reason;
    this.path = path;
  }
}
