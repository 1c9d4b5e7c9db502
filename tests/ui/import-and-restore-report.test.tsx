import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(() => stopTestApp());

const region = (name: string) => screen.getByRole('region', { name });

/** An element's roles and classes, down its tree, each kind of child once: its shape, not its words. */
function shape(element: Element): string {
  const role = element.getAttribute('role');
  const own = `${element.tagName.toLowerCase()}${role ? `[${role}]` : ''}.${element.className}`;
  const children = [...new Set([...element.children].map(shape))];
  return children.length > 0 ? `${own}(${children.join(' ')})` : own;
}

/** What an import or a restore reports of a refused file: the alert, its heading, each problem. */
async function refusal(section: string) {
  const alert = await within(region(section)).findByRole('alert');
  return {
    shape: shape(alert),
    heading: within(alert).getAllByRole('paragraph')[0]!.textContent,
    problems: within(within(alert).getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  };
}

it('a refused restore lists its problems in the same report as a refused import', async () => {
  const { user, router } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.upload(
    screen.getByLabelText('Import recap pack'),
    new File(['{"format": "previously-pack"}'], 'pack.json'),
  );
  const imported = await refusal('From a recap pack file');
  expect(imported.heading).toBe('pack.json was not imported, and nothing was changed:');
  expect(imported.problems.length).toBeGreaterThan(0);

  await act(() => router.navigate('/backup'));
  await screen.findByRole('heading', { level: 1, name: 'Backup and export' });
  await user.upload(
    screen.getByLabelText('Restore from backup'),
    new File(['{"format": "previously-backup"}'], 'backup.json'),
  );
  const restored = await refusal('Restore');
  expect(restored.heading).toBe('backup.json was not restored, and nothing was changed:');
  expect(restored.problems.length).toBeGreaterThan(0);
  expect(restored.shape).toBe(imported.shape);
});
