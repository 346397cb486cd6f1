// A small mutation fuzzer for the readers: real drafts, cut, spliced and flipped the ways files get damaged.

/** A deterministic generator, so a crash found with a seed can be found again. */
export function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const INTERESTING = [
  '\r\n',
  '\n\n',
  '\u0000',
  '=?UTF-8?B?',
  '=\r\n',
  '--',
  'Content-Type: multipart/mixed; boundary="x"\r\n',
  'charset=big5',
  '```',
  '> ',
  '---\n',
  '<!--',
  '[',
  '](',
  '\uD800',
  '\uFEFF',
  '一會兒',
  '（週五）',
];

/** One mutated copy of `seed` (bytes), mixing in `other` for splices. */
export function mutate(seed, other, rand) {
  let bytes = Buffer.from(seed);
  const steps = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < steps; i++) {
    const at = Math.floor(rand() * (bytes.length + 1));
    switch (Math.floor(rand() * 7)) {
      case 0: // flip a byte
        if (bytes.length) bytes[Math.min(at, bytes.length - 1)] ^= 1 << Math.floor(rand() * 8);
        break;
      case 1: // cut a range
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          bytes.subarray(Math.min(bytes.length, at + Math.floor(rand() * 64))),
        ]);
        break;
      case 2: // truncate
        bytes = bytes.subarray(0, at);
        break;
      case 3: // repeat a range
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 32), bytes.subarray(at)]);
        break;
      case 4: // splice in another draft
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(other).subarray(Math.floor(rand() * other.length))]);
        break;
      case 5: // insert a token that readers treat specially
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(INTERESTING[Math.floor(rand() * INTERESTING.length)]),
          bytes.subarray(at),
        ]);
        break;
      default: // random bytes
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 16) }, () => Math.floor(rand() * 256))),
          bytes.subarray(at),
        ]);
    }
  }
  return bytes;
}
