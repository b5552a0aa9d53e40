/**
 * lz-string's `decompressFromEncodedURIComponent`, with an output bound. A share payload is untrusted: LZ
 * decompression can expand a short input quadratically (each dictionary entry is the previous one plus a
 * character), so a 2 MB link could otherwise produce gigabytes and take the tab down. This decoder stops as
 * soon as the output passes `maxChars`, and rejects characters outside lz-string's URI-safe alphabet.
 * Same bit format as lz-string 1.5 (tested against it in share.test.ts).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type Decoded = { ok: true; text: string } | { ok: false; reason: 'malformed' | 'tooLarge' };

export function decodeSharePayload(payload: string, maxChars: number): Decoded {
  const input = payload.replace(/ /g, '+');
  const values: number[] = [];
  for (const ch of input) {
    const v = VALUE.get(ch);
    if (v === undefined) return { ok: false, reason: 'malformed' };
    values.push(v);
  }
  if (values.length === 0) return { ok: false, reason: 'malformed' };
  let val = values[0]!;
  let position = 32;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < n; i++, power <<= 1) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = values[index++] ?? 0;
      }
      if (resb > 0) bits |= power;
    }
    return bits;
  };
  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  if (first > 2) return { ok: false, reason: 'malformed' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const out: string[] = [w];
  let length = w.length;
  for (;;) {
    if (index > values.length) return { ok: false, reason: 'malformed' };
    let c = read(numBits);
    if (c === 2) return { ok: true, text: out.join('') };
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (c > 2 && dictionary[c] !== undefined) entry = dictionary[c]!;
    else if (c === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'malformed' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'tooLarge' };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
