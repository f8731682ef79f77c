/**
 * Our own error classes. Every error the API turns into a status carries a stable `code`
 * (an id a client can rely on) and an HTTP-ish `statusCode`; the message is safe to show.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly statusCode: number;
  constructor(code: string, statusCode: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.statusCode = statusCode;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The database cannot be reached (stopped, restarting, wrong address). Retry later. */
export class GraphUnavailableError extends DomainError {
  constructor(message = 'The database is not available right now. Please try again shortly.', options?: { cause?: unknown }) {
    super('graph_unavailable', 503, message, options);
  }
}

/** A uniqueness or existence constraint refused a write. */
export class GraphConstraintError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('graph_constraint_violation', 409, message, options);
  }
}

/** A query was refused by the database (syntax, types, timeouts): a fault on our side. */
export class GraphQueryError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('graph_query_failed', 500, message, options);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', 404, message);
  }
}

/** Input that cannot be used, explained in plain words. */
export class BadInputError extends DomainError {
  constructor(message: string) {
    super('bad_input', 400, message);
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Maps a neo4j-driver error to one of ours, by its code (never by its message). */
export function mapNeo4jError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|Connection was closed|Pool is closed|connect ECONN/i.test(message)) {
    return new GraphUnavailableError(undefined, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphConstraintError('That record already exists or breaks a rule of the data.', { cause: error });
  }
  return new GraphQueryError('The database could not run a query.', { cause: error });
}
