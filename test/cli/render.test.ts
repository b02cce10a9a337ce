import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, put, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await cp(fixturesDir, dir, { recursive: true });
});
afterAll(() => cleanup());

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('waymark render', () => {
  it('writes an SVG that carries the title', async () => {
    const run = await runCli(['render', 'good.yaml', '-o', 'map.svg'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const svg = await readFile(join(dir, 'map.svg'), 'utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('Renewing a bike insurance policy');
    expect(svg.length).toBeGreaterThan(2000);
  });

  it('writes the SVG to stdout with -o -', async () => {
    const run = await runCli(['render', 'good.yaml', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/<svg[\s>]/);
    expect((await runCli(['render', 'good.yaml', '-o', 'same.svg'], { cwd: dir })).code).toBe(0);
    expect(run.stdout).toBe(await readFile(join(dir, 'same.svg'), 'utf8'));
  });

  it('escapes user text in the SVG', async () => {
    const good = await readFile(join(dir, 'good.yaml'), 'utf8');
    await put(
      dir,
      'script.yaml',
      good.replace('title: Renewing a bike insurance policy', 'title: "<script>alert(1)</script> & Co"'),
    );
    const run = await runCli(['render', 'script.yaml', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
  });

  it('writes a PNG, twice as wide with --scale 2', async () => {
    expect((await runCli(['render', 'good.yaml', '-o', 'map.png'], { cwd: dir })).code).toBe(0);
    const png = await readFile(join(dir, 'map.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(200);
    expect((await runCli(['render', 'good.yaml', '-o', 'map2.png', '--scale', '2'], { cwd: dir })).code).toBe(
      0,
    );
    const doubled = pngSize(await readFile(join(dir, 'map2.png')));
    expect(Math.abs(doubled.width - 2 * size.width)).toBeLessThanOrEqual(2);
  });

  it('writes a PDF', async () => {
    const run = await runCli(['render', 'good.yaml', '-o', 'map.pdf', '--page', 'a3', '--theme', 'print'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const pdf = await readFile(join(dir, 'map.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it('changes the picture with --persona, --lanes and --theme', async () => {
    const base = (await runCli(['render', 'good.yaml', '-o', '-'], { cwd: dir })).stdout;
    for (const flags of [
      ['--persona', 'rider'],
      ['--lanes', 'touchpoints,emotions'],
      ['--theme', 'dark'],
    ]) {
      const run = await runCli(['render', 'good.yaml', '-o', '-', ...flags], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toBe(base);
    }
  });

  it('writes nothing and exits 1 when the journey is invalid', async () => {
    const run = await runCli(['render', 'bad.yaml', '-o', 'bad.svg'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.yaml:7:32 stages[0].steps[0].emotions.shopper');
    const files = await readdir(dir);
    expect(files).not.toContain('bad.svg');
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['-o', 'map.gif'], 'end the file name in .svg, .png or .pdf'],
    [['-o', 'x.svg', '--persona', 'ridre'], "no persona 'ridre' (did you mean 'rider'?)"],
    [['-o', 'x.svg', '--lanes', 'emotoins'], "unknown lane 'emotoins' (did you mean 'emotions'?)"],
    [['-o', 'x.svg', '--theme', 'neon'], "argument 'neon' is invalid"],
    [['-o', 'x.png', '--scale', '0'], '--scale expects a number above 0'],
    [[], "required option '-o, --output <file>' not specified"],
  ])('exits 2 on bad usage %j', async (flags, message) => {
    const run = await runCli(['render', 'good.yaml', ...flags], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
