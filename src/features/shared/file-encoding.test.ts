import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte, textFromBytes } from './file-encoding';

const JSON_TEXT = '{"show": {"title": "東京 Café — مسلسل"}}';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < text.length; index++) {
    view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
  }
  return bytes;
}

const joined = (...parts: ArrayLike<number>[]) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('reading a file as text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(textFromBytes(utf8(JSON_TEXT))).toEqual({ ok: true, text: JSON_TEXT });
    expect(textFromBytes(joined([0xef, 0xbb, 0xbf], utf8(JSON_TEXT)))).toEqual({
      ok: true,
      text: JSON_TEXT,
    });
  });

  it('refuses bytes that are not UTF-8, naming the first one, instead of reading "�"', () => {
    const latin1Cafe = joined(utf8('{"title": "Caf'), [0xe9], utf8('"}'));
    expect(textFromBytes(latin1Cafe)).toEqual({
      ok: false,
      problem:
        'The file is not valid UTF-8 at byte 14 (counting from 0). Save it as UTF-8 and try again.',
    });
  });

  it('writes a far offset with thousands separators', () => {
    const far = joined(utf8(' '.repeat(1234)), [0xff]);
    expect(textFromBytes(far)).toMatchObject({
      problem: expect.stringContaining('not valid UTF-8 at byte 1,234 (counting from 0)'),
    });
  });

  it.each([
    ['a sequence cut short by the end of the file', [0x7b, 0xe2, 0x82], 1],
    ['an overlong form', [0x20, 0x20, 0xc0, 0xaf], 2],
    ['a surrogate', [0x20, 0xed, 0xa0, 0x80], 1],
    ['a value above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x20, 0x80], 1],
  ])('names where %s starts', (_what, bytes, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
  });

  it('names the first byte that TextDecoder would not read, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const decoder = new TextDecoder('utf-8', { fatal: true });
        try {
          decoder.decode(bytes);
          return;
        } catch {
          const offset = firstInvalidUtf8Byte(bytes);
          expect(offset).toBeLessThan(bytes.length);
          expect(() => decoder.decode(bytes.slice(0, offset))).not.toThrow();
          expect(() => decoder.decode(bytes.slice(0, offset + 4))).toThrow();
        }
      }),
    );
  });

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads UTF-16 %s without a byte-order mark', (_order, littleEndian) => {
    expect(textFromBytes(utf16(JSON_TEXT, littleEndian))).toEqual({ ok: true, text: JSON_TEXT });
  });

  it.each([
    ['little-endian', true, [0xff, 0xfe]],
    ['big-endian', false, [0xfe, 0xff]],
  ])('reads UTF-16 %s with a byte-order mark', (_order, littleEndian, mark) => {
    expect(textFromBytes(joined(mark, utf16(JSON_TEXT, littleEndian)))).toEqual({
      ok: true,
      text: JSON_TEXT,
    });
  });

  it('names UTF-16 that breaks off in the middle of a character', () => {
    const cut = utf16(JSON_TEXT, true).slice(0, -1);
    expect(textFromBytes(cut)).toEqual({
      ok: false,
      problem:
        'The file looks like UTF-16 (little-endian) text, but is not valid UTF-16 (little-endian). Save it as UTF-8 and try again.',
    });
  });
});
