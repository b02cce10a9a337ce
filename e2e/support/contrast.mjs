// WCAG contrast of an element's text as the browser paints it: its colour (with every ancestor's
// opacity) over the backgrounds behind it, composited. Plain JavaScript that runs in the page
// (locator.evaluate(textContrast)), so the tests need no DOM types; axe leaves out disabled
// controls, and this measures them too.

/** The contrast ratio (1–21) of `element`'s text over its backgrounds. */
export function textContrast(element) {
  const parse = (colour) => {
    const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const chain = [];
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    chain.push(parse(style.backgroundColor));
    opacity *= Number(style.opacity);
  }
  let back = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of chain.reverse()) back = over(layer, back);
  const text = parse(getComputedStyle(element).color);
  const front = over({ ...text, a: text.a * opacity }, back);
  const [light, dark] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
