// A small XML well-formedness check for the SVG the renderer writes (there is no DOM in Node).

/** The elements the renderer writes; anything else (a <script>) is an error. */
const allowed = new Set(['svg', 'title', 'desc', 'g', 'rect', 'line', 'path', 'circle', 'text', 'tspan']);
const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Text content or an attribute value: no raw '<', every '&' starts an entity. */
function checkText(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`raw "<" in ${where}`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    entity.lastIndex = i;
    if (!entity.test(text)) throw new Error(`bare "&" in ${where}: …${text.slice(i, i + 12)}`);
  }
}

/**
 * Throws unless the document is well-formed XML made only of the renderer's elements:
 * balanced tags, quoted attributes without duplicates, escaped text. Returns the ids it saw.
 */
export function checkWellFormedSvg(svg: string): string[] {
  const ids: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/y;
  let position = 0;
  let roots = 0;
  while (position < svg.length) {
    const next = svg.indexOf('<', position);
    const text = svg.slice(position, next < 0 ? svg.length : next);
    if (text.trim() !== '') {
      if (stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      checkText(text, `text of <${stack[stack.length - 1]}>`);
    }
    if (next < 0) break;
    tag.lastIndex = next;
    const match = tag.exec(svg);
    if (!match) throw new Error(`malformed tag at ${next}: ${svg.slice(next, next + 60)}`);
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    if (!allowed.has(name)) throw new Error(`unexpected element <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      if (stack.length === 0) roots += 1;
      const seen = new Set<string>();
      for (const attribute of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        const [, key = '', value = ''] = attribute;
        if (seen.has(key)) throw new Error(`duplicate attribute ${key} on <${name}>`);
        seen.add(key);
        if (/^on/i.test(key)) throw new Error(`event handler attribute ${key}`);
        checkText(value, `attribute ${key} of <${name}>`);
        if (key === 'id') ids.push(value);
      }
      if (!selfClosing) stack.push(name);
    }
    position = next + whole.length;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
  return ids;
}
