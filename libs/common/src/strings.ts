/**
 * Text people type (names, reasons, comments) as it is stored. A string made only of characters that
 * show nothing — white space, format characters such as the zero-width space U+200B, the BOM U+FEFF or
 * the word joiner U+2060, and the other default-ignorable code points (soft hyphen, Hangul fillers,
 * variation selectors) — is empty, and such characters at either end are trimmed. Inside the text they
 * stay: a zero-width joiner between two emoji is part of what was written.
 */
const INVISIBLE = '[\\s\\p{Z}\\p{Cf}\\p{Default_Ignorable_Code_Point}]';
const EDGES = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');
const LONE_SURROGATE = /\p{Cs}/u;

/** The text without the invisible characters at either end ("" when nothing visible is left). */
export const visibleText = (text: string): string => text.replace(EDGES, '');

/** True when the text holds half of a UTF-16 surrogate pair, which MySQL would store as "?" or refuse. */
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Length as MySQL's VARCHAR and class-validator count it: in code points, not UTF-16 units. */
export const textLength = (text: string): number => [...text].length;

/** Optional free text as stored: trimmed of invisible characters, and null when nothing visible is left or absent. */
export const optionalText = (text: string | null | undefined): string | null => (text == null ? null : visibleText(text) || null);
