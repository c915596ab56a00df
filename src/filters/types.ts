// The filter types are plain data the view is made of, so they live in model/ with the view; re-exported here for
// the filter code that reads them.
export type * from '../model/filters';
