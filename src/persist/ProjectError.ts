/** A project that cannot be read or kept; the message is for the user. */
export class ProjectError extends Error {
  override name = 'ProjectError';
}
