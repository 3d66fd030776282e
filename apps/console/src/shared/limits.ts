/** A checked number's acceptable range as people read it: "1.0 ~ 1.4 MPa", "≥ 0", "≤ 8 ℃" (a maintenance checklist, an inspection item). */
export function limitsText(item: { min?: string | null; max?: string | null; unit?: string | null }): string {
  const unit = item.unit ? ` ${item.unit}` : '';
  if (item.min != null && item.max != null) return `${item.min} ~ ${item.max}${unit}`;
  if (item.min != null) return `≥ ${item.min}${unit}`;
  if (item.max != null) return `≤ ${item.max}${unit}`;
  return unit.trim();
}
