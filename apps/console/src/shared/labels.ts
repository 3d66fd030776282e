/** A word of the console in both languages (Chinese first: the schools' own term). */
export interface Label {
  zh: string;
  en: string;
}

/** The word for `key` in a table of labels, in the viewer's language; the key itself when the table lacks it, a dash for none. */
export function labelOf(table: Record<string, Label>, key: string | null | undefined, t: (zh: string, en: string) => string): string {
  if (!key) return '—';
  const label = table[key];
  return label ? t(label.zh, label.en) : key;
}
