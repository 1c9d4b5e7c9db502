import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { parsePackText } from '../../src/domain/parse-pack';
import { openDatabase } from '../../src/storage/database';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { expectNoneOnPage, secretsOf } from '../ui/ballard-secrets';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';

afterEach(stopTestApp);

/** Ballard as stored, with one key whose absence would open something removed from a record. */
async function storeBallardWithout(name: string, damage: 'spoils' | 'introducedIn') {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { stored, entries } = splitPack(parsed.pack);
  const database = await openDatabase(name);
  await saveShow(database, stored, entries);
  if (damage === 'spoils') {
    const damaged = entries.map(({ spoils, ...entry }) =>
      entry.id === 'olivas-dies' ? entry : { ...entry, spoils },
    );
    await database.put('entries', damaged as never, 'ballard');
  } else {
    const characters = stored.characters.map(({ introducedIn, ...character }) =>
      character.id === 'robert-olivas' ? character : { ...character, introducedIn },
    );
    await database.put('shows', { ...stored, characters } as never, 'ballard');
  }
  database.close();
}

it('covers and sets aside stored entries where one has no spoils key, and says so', async () => {
  const name = freshDatabaseName();
  await storeBallardWithout(name, 'spoils');

  await startTestApp('/shows/ballard', name);
  const messages = within(await screen.findByRole('region', { name: 'Messages' }));
  expect(
    await messages.findByText(/The saved recaps of "ballard" could not be read\./),
  ).toBeVisible();
  await screen.findByRole('heading', { level: 1, name: 'Ballard' });
  expectNoneOnPage(secretsOf('olivas-dies'));
  const dump = await dumpDatabase(name);
  expect(dump.quarantine?.some((item) => item.key === 'entries/ballard')).toBe(true);
});

it('covers and sets aside a stored show whose character has no introducedIn key, and says so', async () => {
  const name = freshDatabaseName();
  await storeBallardWithout(name, 'introducedIn');

  await startTestApp('/shows/ballard', name);
  const messages = within(await screen.findByRole('region', { name: 'Messages' }));
  expect(
    await messages.findByText(/The saved copy of the show "ballard" could not be read\./),
  ).toBeVisible();
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be read' }),
  ).toBeVisible();
  expectNoneOnPage(['Robert Olivas', 'Olivas']);
  const dump = await dumpDatabase(name);
  expect(dump.quarantine?.some((item) => item.key === 'shows/ballard')).toBe(true);
});
