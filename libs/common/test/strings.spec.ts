import { hasLoneSurrogate, optionalText, textLength, visibleText } from '../src';

describe('visible text', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['BOM', '\uFEFF'],
    ['word joiner', '\u2060'],
    ['zero-width joiner and non-joiner', '\u200D\u200C'],
    ['left-to-right mark', '\u200E'],
    ['soft hyphen', '\u00AD'],
    ['Hangul filler', '\u3164'],
    ['ideographic space and no-break space', '\u3000\u00A0'],
    ['spaces, tabs and line breaks', ' \t\r\n'],
    ['a mix', '\u200B \uFEFF\u2060\u3000'],
  ])('counts %s alone as empty', (_, text) => {
    expect(visibleText(text)).toBe('');
    expect(optionalText(text)).toBeNull();
  });

  it('trims invisible characters at either end and keeps those inside', () => {
    expect(visibleText('\uFEFF\u200B 办公用品 \u2060\u3000')).toBe('办公用品');
    expect(visibleText('a\u200Bb')).toBe('a\u200Bb');
    expect(visibleText('👩\u200D💻')).toBe('👩\u200D💻');
    expect(optionalText(' \u200B退货\u200B ')).toBe('退货');
    expect(optionalText(undefined)).toBeNull();
    expect(optionalText(null)).toBeNull();
  });

  it('finds lone surrogates, not pairs', () => {
    expect(hasLoneSurrogate('abc\uD800')).toBe(true);
    expect(hasLoneSurrogate('\uDC00abc')).toBe(true);
    expect(hasLoneSurrogate('\uDC00\uD800')).toBe(true);
    expect(hasLoneSurrogate('𠀀 and 😀')).toBe(false);
    expect(hasLoneSurrogate('plain')).toBe(false);
  });

  it('counts length in code points, as the database does', () => {
    expect(textLength('😀😀')).toBe(2);
    expect(textLength('米饭')).toBe(2);
  });
});
