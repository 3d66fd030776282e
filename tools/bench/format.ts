/** Text formatting shared by the bench's reports. */

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
export const mib = (kib: number | undefined) => (kib === undefined || !Number.isFinite(kib) ? '-' : (kib / 1024).toFixed(1));

/** A plain-text table: columns padded to their widest cell, numbers (all but the first column) right-aligned. */
export function table(header: string[], rows: string[][], rightAligned = header.map((_, i) => i > 0)): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
