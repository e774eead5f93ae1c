export type ArgumentErrorCode =
  | "DUPLICATE_CLAIM_ID"
  | "INVALID_CLAIM_NUMBER"
  | "DUPLICATE_ARGUMENT"
  | "UNKNOWN_ARGUMENT"
  | "INVALID_ARGUMENT_NAME"
  | "LABELS_MISMATCH"
  | "APX_SYNTAX";

/** A domain error with a stable code and a message meant for people. */
export class ArgumentError extends Error {
  readonly code: ArgumentErrorCode;

  constructor(code: ArgumentErrorCode, message: string) {
    super(message);
    this.name = "ArgumentError";
    this.code = code;
  }
}

/** A malformed APX file; `line` is 1-based. */
export class ApxParseError extends ArgumentError {
  readonly line: number;

  constructor(code: ArgumentErrorCode, line: number, message: string) {
    super(code, `line ${line}: ${message}`);
    this.name = "ApxParseError";
    this.line = line;
  }
}
