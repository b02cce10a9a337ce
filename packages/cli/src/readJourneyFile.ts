import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Diagnostic, type ParseOptions, type ParseResult, parseJourney } from '@waymark/core';
import { fileError } from './CliError.js';

/** A journey file as read from disk: the name the user gave and what the parser made of it. */
export interface JourneyFile {
  /** The path as written on the command line; used in every message about the file. */
  readonly name: string;
  readonly result: ParseResult;
  /** The file's text, and how it was parsed (persona files read beside it): to write it back. */
  readonly source: string;
  readonly parseOptions: ParseOptions;
}

/** Reads a whole file as bytes; a missing or unreadable file is a CliError with exit code 3. */
export async function readBytes(name: string, cwd: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(cwd, name)));
  } catch (error) {
    throw fileError(name, 'read', error);
  }
}

/** Reads a whole file as UTF-8 text (without a leading byte-order mark). */
export async function readText(name: string, cwd: string): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await readBytes(name, cwd));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Reads and parses a journey file (YAML or JSON). Persona files it references
 * (`shopper: ./personas/shopper.yaml`) are read relative to the journey file's directory.
 * Throws a CliError (exit code 3) when the file itself cannot be read; problems inside the
 * file are in `result`.
 */
export async function readJourneyFile(name: string, cwd: string): Promise<JourneyFile> {
  const source = await readText(name, cwd);
  const directory = dirname(resolve(cwd, name));
  const loadFile = (relativePath: string): string | undefined => {
    try {
      return readFileSync(resolve(directory, relativePath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const parseOptions = { fileName: name, loadFile };
  return { name, result: parseJourney(source, parseOptions), source, parseOptions };
}

/** The diagnostics of a parse, errors first, as one list. */
export function diagnosticsOf(result: ParseResult): Diagnostic[] {
  return result.ok ? [...result.warnings] : [...result.errors, ...result.warnings];
}
