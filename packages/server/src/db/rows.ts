import { randomUUID } from 'node:crypto';

/** A new row id. */
export function newId(): string {
  return randomUUID();
}

/** The current time as stored: ISO 8601 in UTC, sortable as text. */
export function now(): string {
  return new Date().toISOString();
}

/** Parses a JSON column written by Waymark itself. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
