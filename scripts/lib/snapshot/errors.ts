/** Why a snapshot could not be made, each with the exit code the command ends with. */

export class SnapshotError extends Error {
  override name = "SnapshotError";

  constructor(
    message: string,
    readonly exitCode = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wrong or missing command-line arguments. */
export class UsageError extends SnapshotError {
  override name = "UsageError";

  constructor(message: string) {
    super(message, 2);
  }
}
