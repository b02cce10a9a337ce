/** Why an engine cannot be used (a ClickHouse server that does not answer, a URL that is not one). */
export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
}
