import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition.js';

/** The quoted fallback of a header value (what old clients read). */
function fallbackOf(header: string): string {
  const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(\S*)$/.exec(header);
  if (match === null) throw new Error(`not one quoted filename and one filename*: ${header}`);
  return match[1] ?? '';
}

/** The exact name, as a client reading `filename*` gets it. */
function extendedOf(header: string): string {
  const encoded = header.slice(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length);
  return decodeURIComponent(encoded);
}

describe('contentDisposition', () => {
  it('keeps a plain name as it is', () => {
    expect(contentDisposition('checkout.svg')).toBe(
      `attachment; filename="checkout.svg"; filename*=UTF-8''checkout.svg`,
    );
  });

  it('cannot be broken out of by quotes, semicolons, backslashes or line breaks', () => {
    const name = 'a"; filename="evil.html\r\nSet-Cookie: x=1;\\ b.pdf';
    const header = contentDisposition(name);
    expect(header).not.toMatch(/[\r\n]/);
    expect(fallbackOf(header)).toBe('a__ filename=_evil.html__Set-Cookie: x=1__ b.pdf');
    expect(extendedOf(header)).toBe(name);
  });

  it('gives non-Latin names exactly through filename* and an ASCII fallback', () => {
    const header = contentDisposition('Путь клиента — 顧客.pdf');
    expect(fallbackOf(header)).toBe('____ _______ _ __.pdf');
    expect(extendedOf(header)).toBe('Путь клиента — 顧客.pdf');
    expect(header).toMatch(/^[\x20-\x7e]*$/);
  });

  it('makes a header value that is printable ASCII and round-trips any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const header = contentDisposition(name);
        expect(header).toMatch(/^[\x20-\x7e]*$/);
        expect(fallbackOf(header)).not.toMatch(/["\\;%]/);
        // A lone surrogate has no UTF-8 form; it comes back as U+FFFD.
        expect(extendedOf(header)).toBe(name.replace(/[\ud800-\udfff]/gu, '\ufffd'));
      }),
    );
  });
});
