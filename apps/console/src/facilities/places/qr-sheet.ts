/**
 * Printable QR label sheets (二维码标签): A4 portrait, the common 3 × 8 self-adhesive sheet (70 × 37 mm
 * labels). Pure layout, so the page count and order are tested without a browser.
 */
export const LABELS_PER_ROW = 3;
export const ROWS_PER_SHEET = 8;
export const LABELS_PER_SHEET = LABELS_PER_ROW * ROWS_PER_SHEET;

/** One label: what the QR code encodes, and the lines printed beside it. */
export interface QrLabel {
  key: string;
  payload: string;
  title: string;
  subtitle?: string;
}

/** The labels in sheets of LABELS_PER_SHEET, in the order given (the last sheet may be partly empty). */
export function labelSheets<T>(labels: readonly T[], perSheet = LABELS_PER_SHEET): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < labels.length; i += perSheet) sheets.push(labels.slice(i, i + perSheet));
  return sheets;
}

/** A room's label: its QR link, its number and name, and where it is. */
export function roomLabel(room: { id: string; number: string; name: string; qrPayload: string }, where: string): QrLabel {
  return { key: room.id, payload: room.qrPayload, title: `${room.number} ${room.name}`, subtitle: where };
}
