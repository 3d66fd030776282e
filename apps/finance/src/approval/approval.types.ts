/** What filing returns: the record, and budget warnings under a WARN policy (empty when within budget). */
export interface Submitted<T> {
  record: T;
  warnings: string[];
}
