import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { screen } from '@testing-library/react';
import type { Pack } from '../../src/domain/pack';

// Tests run from the project root, as the npm scripts do.
const pack = JSON.parse(readFileSync('public/packs/ballard.json', 'utf8')) as Pack;

export const FINALE = 'S1E10';

export const finaleEntries = pack.entries.filter((entry) => entry.spoils === FINALE);

/** Sentences of a Markdown body as they read on the page. */
function sentencesOf(body: string): string[] {
  return body
    .replaceAll('**', '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 12);
}

/** Everything a covered entry holds that must never reach the page. */
export function secretsOf(entryId: string): string[] {
  const entry = pack.entries.find((candidate) => candidate.id === entryId);
  if (!entry) throw new Error(`No entry ${entryId} in the Ballard pack`);
  return [entry.id, ...(entry.title ? [entry.title] : []), ...sentencesOf(entry.body)];
}

/** Every finale secret: entries that open at S1E10 and the characters introduced there. */
export const FINALE_SECRETS: readonly string[] = [
  ...finaleEntries.flatMap((entry) => [...secretsOf(entry.id), ...entry.keywords]),
  ...pack.characters
    .filter((character) => character.introducedIn === FINALE)
    .flatMap((character) => [character.name, ...(character.actor ? [character.actor] : [])]),
];

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Absent from the text, from every attribute (the whole markup), and from the tab title. */
export function expectNoneOnPage(secrets: readonly string[]): void {
  const html = document.body.innerHTML;
  const text = document.body.textContent ?? '';
  for (const secret of secrets) {
    const word = new RegExp(`(?<!\\w)${escapeRegExp(escapeHtml(secret))}(?!\\w)`, 'i');
    expect(screen.queryByText(secret, { exact: false }), secret).not.toBeInTheDocument();
    expect(text, secret).not.toMatch(word);
    expect(html, secret).not.toMatch(word);
    expect(document.title, secret).not.toMatch(word);
  }
}

export function expectAllOnPage(texts: readonly string[]): void {
  const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
  for (const expected of texts) expect(text, expected).toContain(expected);
}
