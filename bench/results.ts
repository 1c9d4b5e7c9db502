import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

/** One measured figure, as bench/results.json holds it. */
export interface Figure {
  value: number;
  unit: string;
}

export type Results = Record<string, Figure>;

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  chromium: string;
  date: string;
  /** One-minute load average when the run started: the machine is shared. */
  load: number;
}

interface Row {
  figure: string;
  key: string;
  target: string;
  met?: (results: Results) => boolean;
}

const value = (results: Results, key: string) => results[key]?.value ?? Number.NaN;

/** The targets, each beside the figure it applies to. */
const ROWS: Row[] = [
  { figure: 'First-page JavaScript, gzip (library `/`)', key: 'firstPageJsGzip', target: '' },
  { figure: 'Floor app JavaScript, gzip (same Vite)', key: 'floorJsGzip', target: '' },
  {
    figure: 'First page ÷ floor',
    key: 'firstPageJsOverFloor',
    target: '≤ 1.15',
    met: (r) => value(r, 'firstPageJsOverFloor') <= 1.15,
  },
  { figure: 'Click → DOM, 10-episode show, median', key: 'clickToDomMedianBallard', target: '' },
  { figure: 'Click → DOM, 10-episode show, p95', key: 'clickToDomP95Ballard', target: '' },
  { figure: 'Click → DOM, Extreme show, median', key: 'clickToDomMedianExtreme', target: '' },
  {
    figure: 'Click → DOM, Extreme show, p95',
    key: 'clickToDomP95Extreme',
    target: '≤ 16 ms',
    met: (r) => value(r, 'clickToDomP95Extreme') <= 16,
  },
  {
    figure: 'Click → DOM p95, Extreme ÷ 10-episode',
    key: 'clickToDomP95ExtremeOverBallard',
    target: '≤ 2',
    met: (r) => value(r, 'clickToDomP95ExtremeOverBallard') <= 2,
  },
  {
    figure: 'Click → DOM, Extreme episode page (halfway), p95',
    key: 'clickToDomP95EpisodePageExtreme',
    target: '≤ 16 ms',
    met: (r) => value(r, 'clickToDomP95EpisodePageExtreme') <= 16,
  },
  {
    figure: 'Recompute the episode page after a mark, Extreme (Node), median',
    key: 'recomputeAfterMarkMedianExtreme',
    target: '≤ 2 ms',
    met: (r) => value(r, 'recomputeAfterMarkMedianExtreme') <= 2,
  },
  {
    figure: 'Recompute visibility after a mark, whole Extreme show (Node), median',
    key: 'recomputeVisibilityMedianExtreme',
    target: '',
  },
  {
    figure: 'Recompute visibility after a mark, whole Extreme show (Node), p95',
    key: 'recomputeVisibilityP95Extreme',
    target: '',
  },
  {
    figure: 'Import checks on a plain 100 KB body (Node)',
    key: 'plainBodyCheckMs',
    target: '',
  },
  {
    figure: 'Import checks on the worst adversarial 100 KB body (Node)',
    key: 'adversarialBodyCheckMs',
    target: '',
  },
  {
    figure: 'Import checks, worst adversarial ÷ plain (Node, before rounding)',
    key: 'adversarialOverPlainBodyCheck',
    target: '≤ 2',
    met: (r) => value(r, 'adversarialOverPlainBodyCheck') <= 2,
  },
  {
    figure: 'Rendering a plain 100 KB body to HTML (Node)',
    key: 'plainBodyRenderMs',
    target: '',
  },
  {
    figure: 'Rendering the worst adversarial 100 KB body to HTML (Node)',
    key: 'adversarialBodyRenderMs',
    target: '≤ 2 × plain',
    met: (r) => value(r, 'adversarialBodyRenderMs') <= 2 * value(r, 'plainBodyRenderMs'),
  },
  { figure: 'Extreme pack file', key: 'extremePackBytes', target: '' },
  { figure: 'Import of the Large pack', key: 'importLarge', target: '' },
  {
    figure: 'Import of the Extreme pack',
    key: 'importExtreme',
    target: '≤ 1,500 ms',
    met: (r) => value(r, 'importExtreme') <= 1500,
  },
  {
    figure: 'Plain IndexedDB write of the records the Extreme import stores (median)',
    key: 'rawWriteExtreme',
    target: '',
  },
  {
    figure: 'Import of the Extreme pack ÷ plain IndexedDB write (before rounding)',
    key: 'importExtremeOverRawWrite',
    target: '≤ 1.3',
    met: (r) => value(r, 'importExtremeOverRawWrite') <= 1.3,
  },
  {
    figure: 'Longest main-thread task during the Extreme import (0: none of 50 ms)',
    key: 'importLongestTaskMs',
    target: '≤ 50 ms',
    met: (r) => value(r, 'importLongestTaskMs') <= 50,
  },
  {
    figure: 'Cold start → library tile, Extreme stored, 100,000 watched',
    key: 'coldStartLibrary',
    target: '≤ 1,000 ms',
    met: (r) => value(r, 'coldStartLibrary') <= 1000,
  },
  {
    figure: 'Cold start → library tile, Ballard alone',
    key: 'coldStartLibraryBaseline',
    target: '',
  },
  {
    figure: 'Cold start → library tile, full library ÷ Ballard alone (before rounding)',
    key: 'coldStartLibraryOverBaseline',
    target: '≤ 1.25',
    met: (r) => value(r, 'coldStartLibraryOverBaseline') <= 1.25,
  },
  {
    figure: 'Cold start → Extreme show page episode list, 100,000 watched',
    key: 'coldStartShowEpisodes',
    target: '≤ 1,000 ms',
    met: (r) => value(r, 'coldStartShowEpisodes') <= 1000,
  },
  {
    figure: 'Cold start → Ballard show page episode list, Ballard alone',
    key: 'coldStartShowEpisodesBaseline',
    target: '',
  },
  {
    figure: 'Cold start → show page episode list, Extreme ÷ Ballard alone (before rounding)',
    key: 'coldStartShowEpisodesOverBaseline',
    target: '≤ 1.25',
    met: (r) => value(r, 'coldStartShowEpisodesOverBaseline') <= 1.25,
  },
  {
    figure: 'Cold start → Extreme show page recaps loaded, 100,000 watched',
    key: 'coldStartShowEntries',
    target: '',
  },
  {
    figure: 'Storage written per mark, nothing watched',
    key: 'storageBytesPerMarkFresh',
    target: '',
  },
  {
    figure: 'Storage written per mark, 100,000 watched',
    key: 'storageBytesPerMark100k',
    target: 'no growth',
    met: (r) => value(r, 'storageBytesPerMark100k') <= value(r, 'storageBytesPerMarkFresh'),
  },
  {
    figure: 'Storage written per unmark, 100,000 watched',
    key: 'storageBytesPerUnmark100k',
    target: '',
  },
  {
    figure: 'Lighthouse performance, mobile preset',
    key: 'lighthouseMobile',
    target: 'the floor’s',
    met: (r) => value(r, 'lighthouseMobile') >= value(r, 'lighthouseFloorMobile'),
  },
  { figure: 'Lighthouse mobile: first contentful paint', key: 'lighthouseMobileFcp', target: '' },
  { figure: 'Lighthouse mobile: largest contentful paint', key: 'lighthouseMobileLcp', target: '' },
  { figure: 'Lighthouse mobile: total blocking time', key: 'lighthouseMobileTbt', target: '' },
  {
    figure: 'Lighthouse performance, desktop preset',
    key: 'lighthouseDesktop',
    target: '100',
    met: (r) => value(r, 'lighthouseDesktop') === 100,
  },
  {
    figure: 'Lighthouse desktop: largest contentful paint',
    key: 'lighthouseDesktopLcp',
    target: '',
  },
  { figure: 'Lighthouse, floor app, mobile preset', key: 'lighthouseFloorMobile', target: '' },
  {
    figure: 'Lighthouse floor mobile: first contentful paint',
    key: 'lighthouseFloorMobileFcp',
    target: '',
  },
  {
    figure: 'Lighthouse floor mobile: largest contentful paint',
    key: 'lighthouseFloorMobileLcp',
    target: '',
  },
];

function formatted({ value, unit }: Figure): string {
  const number = value.toLocaleString('en', { maximumFractionDigits: unit === '×' ? 3 : 1 });
  return unit === 'score' ? number : `${number} ${unit}`;
}

export function resultsTable(results: Results, machine: Machine): string {
  const lines = [
    `Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${machine.chromium}; load average ${machine.load.toFixed(1)} when the run started.`,
    '',
    '| Figure | Target | Measured | Met |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of ROWS) {
    const figure = results[row.key];
    const measured = figure ? formatted(figure) : 'not measured';
    const met = !row.met ? '' : figure && row.met(results) ? 'met' : '**not met**';
    lines.push(`| ${row.figure} | ${row.target} | ${measured} | ${met} |`);
  }
  return lines.join('\n');
}

const TABLE_START = '<!-- results:start -->';
const TABLE_END = '<!-- results:end -->';

/** Writes what prettier would, so `prettier --check` stays clean after a run. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(text, { ...options, filepath: path }));
}

/** Writes results.json and replaces the table between the markers in BENCHMARKS.md. */
export async function writeResults(
  results: Results,
  machine: Machine,
  resultsPath: string,
  benchmarksPath: string,
): Promise<void> {
  await writeFormatted(resultsPath, JSON.stringify(results, null, 2));
  const document = await readFile(benchmarksPath, 'utf8');
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${benchmarksPath} has no results markers`);
  await writeFormatted(
    benchmarksPath,
    `${document.slice(0, start + TABLE_START.length)}\n\n${resultsTable(results, machine)}\n\n${document.slice(end)}`,
  );
}
