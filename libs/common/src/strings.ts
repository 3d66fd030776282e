/** Optional free text as stored: trimmed, and null when blank or absent. */
export const optionalText = (text: string | null | undefined): string | null => text?.trim() || null;
