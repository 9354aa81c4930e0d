import { describe, expect, it } from 'vitest';
import { asciiChunks, escapeNonAscii } from '../../../scripts/ascii-chunks';

// The escaped source must mean what the minified source meant: evaluated, each literal gives the same value.
const evaluate = (code: string): unknown => new Function(`return ${code}`)() as unknown;

describe('escapeNonAscii', () => {
  it('leaves ASCII alone', () => {
    expect(escapeNonAscii('const a = "abc";')).toBe('const a = "abc";');
  });

  it.each([
    ['a string literal', '"Más de 650 personas…"'],
    ['a template literal', '`${1}\u2026 ok`'],
    ['a string with an escaped backslash before the character', '"\\\\é"'],
    ['characters outside the Basic Multilingual Plane', '"a😀b"'],
    ["the public suffix list's labels", '"グーグル.香格里拉"'],
  ])('keeps the value of %s', (_, literal) => {
    const escaped = escapeNonAscii(literal);
    expect(/[\u0080-\uffff]/.test(escaped)).toBe(false);
    expect(evaluate(escaped)).toBe(evaluate(literal));
  });

  it('keeps what a regular expression matches', () => {
    const literal = '/^[à-ÿ]+…$/u';
    const re = evaluate(escapeNonAscii(literal)) as RegExp;
    expect(re.test('éü…')).toBe(true);
    expect(re.test('e…')).toBe(false);
  });
});

describe('asciiChunks', () => {
  it('escapes the code of every chunk and leaves assets alone', () => {
    const bundle = {
      'background.js': { type: 'chunk', code: 'x="…"' },
      'a.css': { type: 'asset', source: 'a{content:"…"}' },
    };
    asciiChunks().generateBundle(undefined, bundle);
    expect(bundle['background.js'].code).toBe('x="\\u2026"');
    expect(bundle['a.css']).toEqual({ type: 'asset', source: 'a{content:"…"}' });
  });
});
