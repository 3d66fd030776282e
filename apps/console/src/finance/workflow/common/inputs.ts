import { CombinedGraphQLErrors } from '@apollo/client';
import { normalizeYuan } from '../../../shared/money';

/**
 * Form values to the finance mutations' inputs. The form fields are named like the input's so a
 * BAD_USER_INPUT lands on its field; amounts typed as yuan ("1,234.5") go out as the graph's
 * decimal string ("1234.50") when they are amounts, else as typed, for the graph to name the field.
 */
export function yuanInput(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
  return normalizeYuan(text) ?? text;
}

/** Optional text: null when blank. */
export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Attachment references typed one a line (or separated by commas), blanks dropped. */
export function attachmentRefs(value: unknown): string[] {
  if (Array.isArray(value))
    return value
      .map(String)
      .map((s) => s.trim())
      .filter(Boolean);
  if (typeof value !== 'string') return [];
  return value
    .split(/[\n,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface PurchaseFormValues {
  schoolId?: string;
  categoryId?: string;
  reason?: string;
  lines?: { description?: string; quantity?: number | string; unit?: string; estimatedUnitPrice?: string }[];
}

export function submitPurchaseInput(values: PurchaseFormValues) {
  return {
    schoolId: values.schoolId ?? '',
    categoryId: values.categoryId ?? '',
    reason: values.reason?.trim() ?? '',
    lines: (values.lines ?? []).map((line) => ({
      description: line?.description?.trim() ?? '',
      quantity: Number(line?.quantity ?? 0),
      unit: line?.unit?.trim() ?? '',
      estimatedUnitPrice: yuanInput(line?.estimatedUnitPrice),
    })),
  };
}

export interface ClaimFormValues {
  schoolId?: string;
  title?: string;
  lines?: { categoryId?: string; invoiceNumber?: string; amount?: string; attachments?: string | string[] }[];
}

export function submitClaimInput(values: ClaimFormValues) {
  return {
    schoolId: values.schoolId ?? '',
    title: values.title?.trim() ?? '',
    lines: (values.lines ?? []).map((line) => ({
      categoryId: line?.categoryId ?? '',
      invoiceNumber: line?.invoiceNumber?.trim() ?? '',
      amount: yuanInput(line?.amount),
      attachments: attachmentRefs(line?.attachments),
    })),
  };
}

/**
 * What arrived (验收): only the lines with a quantity now (the graph takes 1 or more a line), and
 * for each sent line the index of its row in the form, to put the graph's `lines.N.…` error on it.
 */
export function receiveLinesInput(rows: readonly { lineId: string; quantity?: number | string | null }[]): {
  lines: { lineId: string; quantity: number }[];
  formIndex: number[];
} {
  const lines: { lineId: string; quantity: number }[] = [];
  const formIndex: number[] = [];
  rows.forEach((row, index) => {
    const quantity = Number(row.quantity ?? 0);
    if (!quantity) return;
    lines.push({ lineId: row.lineId, quantity });
    formIndex.push(index);
  });
  return { lines, formIndex };
}

/**
 * The same error with `list.N` in extensions.field pointing at the form's row `formIndex[N]`:
 * the graph counts the lines it was sent, the form counts all of its rows.
 */
export function remapListErrors(error: unknown, list: string, formIndex: readonly number[]): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const pattern = new RegExp(`^${list}\\.(\\d+)(\\.|$)`);
  const errors = error.errors.map((e) => {
    const field = e.extensions?.field;
    const match = typeof field === 'string' ? pattern.exec(field) : null;
    const row = match ? formIndex[Number(match[1])] : undefined;
    if (!match || row === undefined) return e;
    return { ...e, extensions: { ...e.extensions, field: `${list}.${row}${(field as string).slice(match[0].length - match[2].length)}` } };
  });
  return new CombinedGraphQLErrors({ errors, data: error.data });
}
