import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { showPageLoaded } from './marks';
import { longPack } from './test-packs';

afterEach(stopTestApp);

const addForm = () => screen.getByRole('form', { name: 'Add a note' });
const spoilsField = () => within(addForm()).getByRole('combobox', { name: 'Spoils' });
/** What the field suggests: a datalist, which the browser shows only as the field's dropdown. */
const suggested = () =>
  within(addForm())
    .getAllByRole('option', { hidden: true })
    .map((option) => option.textContent);

async function noteTyped(user: UserEvent, title: string, spoils: string) {
  await user.type(within(addForm()).getByRole('textbox', { name: 'Title' }), title);
  await user.clear(spoilsField());
  if (spoils !== '') await user.type(spoilsField(), spoils);
  await user.click(within(addForm()).getByRole('button', { name: 'Save note' }));
}

it('takes the code of any of 15,000 episodes, suggests a few near this one and refuses one the show lacks', async () => {
  const { router, user } = await startTestApp('/');
  await act(() => packStored(longPack(15_000)));
  await act(() => router.navigate('/shows/long/episodes/S10E250'));
  await screen.findByRole('heading', { name: 'Add a note' });

  expect(spoilsField()).toHaveValue('S10E250');
  expect(suggested()).toEqual([
    'S10E247',
    'S10E248',
    'S10E249',
    'S10E250',
    'S10E251',
    'S10E252',
    'S10E253',
  ]);

  await noteTyped(user, 'A hunch', 'S99E1');
  expect(spoilsField()).toHaveAccessibleDescription(
    expect.stringContaining('Spoils must be an episode of this show, which has no S99E1'),
  );
  expect(spoilsField()).toHaveAttribute('aria-invalid', 'true');
  expect(spoilsField()).toHaveFocus();
  expect(screen.getByText('You have no notes on this episode yet.')).toBeVisible();

  await user.clear(spoilsField());
  await user.type(spoilsField(), 's10e251');
  await user.click(within(addForm()).getByRole('button', { name: 'Save note' }));
  expect(
    within(screen.getByRole('region', { name: 'Your notes' })).getAllByRole('status')[0],
  ).toHaveTextContent(
    'Added your note. It spoils S10E251, so it is on that episode’s page, covered until you have watched it.',
  );
}, 60_000);

it('saves a note safe at any point, chosen from the keyboard', async () => {
  const { router, user } = await startTestApp('/shows/ballard/episodes/S1E1');
  await screen.findByRole('heading', { name: 'Add a note' });
  await user.type(within(addForm()).getByRole('textbox', { name: 'Title' }), 'Filmed in LA');
  await user.click(spoilsField());
  await user.tab();
  expect(
    within(addForm()).getByRole('checkbox', { name: 'Spoils nothing: safe at any point' }),
  ).toHaveFocus();
  await user.keyboard(' ');
  expect(spoilsField()).toBeDisabled();
  await user.click(within(addForm()).getByRole('button', { name: 'Save note' }));

  await act(() => router.navigate('/shows/ballard/episodes/S1E9'));
  const notes = await screen.findByRole('region', { name: 'Your notes' });
  expect(await within(notes).findByRole('heading', { name: 'Filmed in LA' })).toBeVisible();
});

it('keeps across a reload whether a note being typed is safe at any point, and its code', async () => {
  const path = '/shows/ballard/episodes/S1E1';
  const { databaseName, user } = await startTestApp(path);
  await screen.findByRole('heading', { name: 'Add a note' });
  const safe = () =>
    within(addForm()).getByRole('checkbox', { name: 'Spoils nothing: safe at any point' });
  await user.type(within(addForm()).getByRole('textbox', { name: 'Title' }), 'Half a thought');
  await user.click(safe());

  await rebuildFromStorage(databaseName, path);
  await screen.findByRole('heading', { name: 'Add a note' });
  expect(safe()).toBeChecked();
  await user.click(safe());
  expect(spoilsField()).toHaveValue('S1E1');
  await user.clear(spoilsField());

  await rebuildFromStorage(databaseName, path);
  await screen.findByRole('heading', { name: 'Add a note' });
  expect(safe()).not.toBeChecked();
  expect(spoilsField()).toHaveValue('');
});

it('in strict mode answers alike for an episode past the next one and for one there is not', async () => {
  const { router, user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
  await act(() => episodesMarked('ballard', ['S1E1', 'S1E2'], true));
  await act(() => router.navigate('/shows/ballard/episodes/S1E2'));
  await screen.findByRole('heading', { name: 'Add a note' });

  expect(suggested()).toEqual(['S1E1', 'S1E2', 'S1E3']);
  const problem = 'Spoils must be an episode up to S1E3: strict mode names none further ahead';
  await noteTyped(user, 'A hunch', 'S1E9');
  expect(spoilsField()).toHaveAccessibleDescription(expect.stringContaining(problem));
  await user.clear(spoilsField());
  await user.type(spoilsField(), 'S1E11');
  await user.click(within(addForm()).getByRole('button', { name: 'Save note' }));
  expect(spoilsField()).toHaveAccessibleDescription(expect.stringContaining(problem));
});
