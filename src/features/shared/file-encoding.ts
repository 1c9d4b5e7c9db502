export type DecodedText = { ok: true; text: string } | { ok: false; problem: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const UTF16_NAMES: Record<Exclude<Encoding, 'utf-8'>, string> = {
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
};

/** How many leading bytes are looked at for the NUL bytes that give UTF-16 away. */
const SNIFFED_BYTES = 1024;

/**
 * The file's text: UTF-8 (a byte-order mark is dropped), or UTF-16 told by its byte-order mark
 * or, without one, by NUL bytes on one side of each byte pair (a JSON file starts with ASCII,
 * which UTF-16 writes as a byte and a NUL; UTF-8 JSON holds no NUL at all). Bytes that are not
 * text in that encoding refuse the file instead of turning into "�".
 */
export function textFromBytes(bytes: Uint8Array): DecodedText {
  const encoding = byteOrderMark(bytes) ?? utf16WithoutMark(bytes) ?? 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8') {
      return {
        ok: false,
        problem: `The file looks like ${UTF16_NAMES[encoding]} text, but is not valid ${UTF16_NAMES[encoding]}. Save it as UTF-8 and try again.`,
      };
    }
    const offset = firstInvalidUtf8Byte(bytes).toLocaleString('en-US');
    return {
      ok: false,
      problem: `The file is not valid UTF-8 at byte ${offset} (counting from 0). Save it as UTF-8 and try again.`,
    };
  }
}

function byteOrderMark(bytes: Uint8Array): Encoding | null {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return 'utf-8';
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  return null;
}

function utf16WithoutMark(bytes: Uint8Array): Encoding | null {
  const sampled = Math.min(bytes.length, SNIFFED_BYTES) & ~1;
  let nulFirst = 0;
  let nulSecond = 0;
  for (let index = 0; index < sampled; index += 2) {
    if (bytes[index] === 0) nulFirst++;
    if (bytes[index + 1] === 0) nulSecond++;
  }
  const pairs = sampled / 2;
  // Most of a JSON file's first characters are ASCII; CJK letters can put a NUL on the other side.
  if (nulSecond * 4 >= pairs && nulSecond > nulFirst * 4) return 'utf-16le';
  if (nulFirst * 4 >= pairs && nulFirst > nulSecond * 4) return 'utf-16be';
  return null;
}

/**
 * Where the first byte sequence that is not UTF-8 starts, by the rules TextDecoder applies
 * (no overlong forms, no surrogates, nothing above U+10FFFF); called only once decoding failed.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = utf8SequenceLength(lead);
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [lowest, highest] = next === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte === undefined || byte < lowest || byte > highest) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** How many bytes a sequence starting with `lead` has; 0 when no sequence starts so. */
function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
