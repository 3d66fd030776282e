/** Pure helpers of the print centre's page (文印中心). */

/** The double-sided ratio (双面率) as a percent with one decimal, "62.5%"; a dash when nothing was printed. */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** Sheets a job uses (用纸张数), as the graph counts them: pages × copies single-sided, ⌈pages / 2⌉ × copies double-sided. */
export function jobSheets(pages: number, copies: number, duplex: boolean): number {
  return (duplex ? Math.ceil(pages / 2) : pages) * copies;
}

export interface PriceRow {
  paperSize: string;
  colour: boolean;
  pricePerPage: { yuan: string; fen: number };
}

/** A job's expected cost in fen from the prices in force (printed pages × the price per page); null without a price. */
export function jobCostFen(
  prices: readonly PriceRow[],
  job: { pages: number; copies: number; paperSize: string; colour: boolean },
): number | null {
  const price = prices.find((p) => p.paperSize === job.paperSize && p.colour === job.colour);
  if (!price || !(job.pages > 0) || !(job.copies > 0)) return null;
  return job.pages * job.copies * price.pricePerPage.fen;
}

/** Prices in a stable order: A4, A3, B5, B4, black and white before colour. */
export function sortPrices<T extends { paperSize: string; colour: boolean }>(prices: readonly T[]): T[] {
  const order = ['A4', 'A3', 'B5', 'B4'];
  return [...prices].sort((a, b) => order.indexOf(a.paperSize) - order.indexOf(b.paperSize) || Number(a.colour) - Number(b.colour));
}
