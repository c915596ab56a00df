/** Input that cannot be read at all. The message is shown to the user as it is. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
