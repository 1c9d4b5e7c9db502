import { withoutInvisibleCharacters } from './invisible-characters';

export const MAX_PROFILE_NAME_LENGTH = 40;

export type ProfileNameResult = { ok: true; name: string } | { ok: false; problem: string };

/**
 * A profile name as typed, checked: trimmed, not empty, at most 40 characters and not another
 * profile's (letter case aside, so "ben" and "Ben" are not told apart by the switcher alone).
 */
export function checkedProfileName(
  typed: string,
  otherNames: readonly string[],
): ProfileNameResult {
  const name = withoutInvisibleCharacters(typed).trim();
  if (name === '') return { ok: false, problem: 'Enter a name for the profile.' };
  if ([...name].length > MAX_PROFILE_NAME_LENGTH) {
    return {
      ok: false,
      problem: `A profile name may have at most ${MAX_PROFILE_NAME_LENGTH} characters.`,
    };
  }
  const taken = otherNames.some((other) => other.toLocaleLowerCase() === name.toLocaleLowerCase());
  return taken
    ? { ok: false, problem: 'Another profile already has that name.' }
    : { ok: true, name };
}
