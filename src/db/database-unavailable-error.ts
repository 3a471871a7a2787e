/** A database that cannot be opened; `setting` names the configuration to fix. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly setting: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}
