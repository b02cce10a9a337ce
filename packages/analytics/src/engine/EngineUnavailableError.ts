/** Why an engine cannot be used (a ClickHouse server that does not answer, a URL that is not one). */
export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
}

/**
 * A query a server refused (ClickHouse too old for it, say), with the analysis it belonged to:
 * a fact about that server, where a refusal by the embedded DuckDB is a bug here.
 */
export class EngineRefusedError extends Error {
  override readonly name = 'EngineRefusedError';
}
