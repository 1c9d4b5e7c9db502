/** The longest body a pack may hold (pack-format.md). */
export const BODY_LENGTH = 100_000;

function filled(unit: string): string {
  return unit.repeat(Math.ceil(BODY_LENGTH / unit.length)).slice(0, BODY_LENGTH);
}

/**
 * 100 KB bodies built so that a check which starts again from each sign reads on to the end of
 * the body every time; each took seconds before the checks read text once. None holds markup.
 */
export const ADVERSARIAL_BODIES: Readonly<Record<string, string>> = {
  'link openings and spaces': filled(']( '),
  'unclosed tags': filled('<a '),
  'less-than signs': filled('<'),
  'a run of backticks': `a${filled('`')}`.slice(0, BODY_LENGTH),
  'backtick runs of growing length': Array.from({ length: 440 }, (_, n) => '`'.repeat(n)).join(' '),
  'definition labels never closed': filled('[x\n'),
  'definitions with no address': filled('[x]:\n'),
  'character references': filled('&#'),
  'encoded tabs after a link opening': `](${filled('&#9;')}`.slice(0, BODY_LENGTH),
  'fence openings': filled('```\n'),
  declarations: filled('<!'),
  'link texts never closed': filled('['),
  'link addresses never closed': filled('[a]('),
};

/** Prose of the same length, for a baseline. */
export const PLAIN_BODY = filled('The detective returns to the harbour at night. ');
