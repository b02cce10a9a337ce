import type { CliIo, OutputStream } from './cliIo.js';

/** ANSI colours for one output stream; every function is the identity when colours are off. */
export interface Style {
  readonly enabled: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ansi =
  (open: number, close: number, enabled: boolean) =>
  (text: string): string =>
    enabled && text.length > 0 ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** A style that colours only when `enabled`. */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    red: ansi(31, 39, enabled),
    yellow: ansi(33, 39, enabled),
    green: ansi(32, 39, enabled),
    cyan: ansi(36, 39, enabled),
    dim: ansi(2, 22, enabled),
    bold: ansi(1, 22, enabled),
  };
}

/**
 * Colours are used only on a terminal, never with `--no-color`, and follow the
 * NO_COLOR (https://no-color.org) and FORCE_COLOR conventions.
 */
export function wantsColor(stream: OutputStream, io: CliIo, colorFlag: boolean): boolean {
  if (!colorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
