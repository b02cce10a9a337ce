interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/** The text of an import input: bytes are decoded as UTF-8; a byte order mark is dropped. */
export function inputText(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** TextDecoder exists in browsers and Node alike; core declares it here instead of pulling DOM types. */
function decodeUtf8(bytes: Uint8Array): string {
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => Utf8Decoder }).TextDecoder;
  if (!Decoder) throw new Error('TextDecoder is not available to decode the input bytes');
  return new Decoder('utf-8').decode(bytes);
}
