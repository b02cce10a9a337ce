/**
 * A `Content-Disposition` header value for a download, safe whatever the name holds (RFC 6266).
 *
 * Names come from user data (journey ids, workspace slugs, titles), so they are never pasted
 * into the header as they are: `filename="…"` carries an ASCII fallback with every character
 * that could end the quoted string, start a parameter, split the header or be decoded by a
 * browser (`"`, `\`, `;`, `%`, control characters, anything outside printable ASCII) replaced by
 * `_`; `filename*=UTF-8''…` carries the exact name, percent-encoded (RFC 5987), for clients that
 * read it (all current browsers do).
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  // A lone surrogate has no UTF-8 form (encodeURIComponent would throw): U+FFFD instead.
  const filename = name.replace(/[\ud800-\udfff]/gu, '\ufffd');
  const fallback = filename.replace(/[^\x20-\x7e]|["\\;%]/gu, '_');
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** Percent-encodes everything but RFC 5987's attr-char (encodeURIComponent leaves `'()*` too). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
