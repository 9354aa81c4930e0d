/**
 * Text with every UTF-16 code unit from `lowest` up written as a `\uXXXX` escape, which means the same code unit
 * wherever it stands in JSON strings and in JavaScript string, template and regular-expression literals. Two
 * uses, one reason (Chromium keeps a string or a script's source at one byte per character only when every
 * character is Latin-1): the stored parts' JSON (from U+0100, data/store/bundle.ts `partJson`) and the shipped
 * scripts (from U+0080, scripts/ascii-chunks.ts).
 */
export function escapeCodeUnits(text: string, lowest: 0x80 | 0x100): string {
  const above = lowest === 0x80 ? /[\u0080-\uffff]/g : /[\u0100-\uffff]/g;
  return text.replace(above, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
