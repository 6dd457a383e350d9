// @vitest-environment happy-dom
/**
 * Every selector alternative, counted on every frozen fixture page (refined-github's selectors
 * test, on committed pages instead of live ones). A count that changes means a selector or a
 * fixture drifted; a selector missing from the table fails the last test.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import * as meet from '../../entrypoints/meet.content/selectors.ts';
import { meetAdapter } from '../../entrypoints/meet.content/adapter.ts';
import * as zoom from '../../entrypoints/zoom.content/selectors.ts';
import { zoomAdapter } from '../../entrypoints/zoom.content/adapter.ts';
import * as teams from '../../entrypoints/teams.content/selectors.ts';
import { teamsAdapter } from '../../entrypoints/teams.content/adapter.ts';
import type { CaptionAdapter } from '../../utils/capture/adapter.ts';
import { loadPage } from './harness.ts';

/** page: the whole document; blocks: summed over the adapter's blocks in the found region. */
type Scope = 'page' | 'blocks';
type Counts = Record<string, number>;
interface Row {
  selector: string;
  scope: Scope;
  counts: Counts;
}

const MEET_PAGES = [
  'meet.html',
  'meet-2025.html',
  'meet-localised.html',
  'frozen/meet-2026-on.html',
  'frozen/meet-2025-on.html',
  'frozen/meet-unknown-on.html',
];
const ZOOM_PAGES = ['zoom.html', 'zoom-webclient.html', 'frozen/zoom-webclient-on.html'];
const TEAMS_PAGES = ['teams.html', 'teams-guest.html', 'frozen/teams-host-on.html', 'frozen/teams-guest-on.html'];

/** Counts per page, in the order of MEET_PAGES / ZOOM_PAGES. */
function counts(pages: string[], values: number[]): Counts {
  return Object.fromEntries(pages.map((page, i) => [page, values[i] ?? 0]));
}
const m = (selector: string, scope: Scope, ...values: number[]): Row => ({
  selector,
  scope,
  counts: counts(MEET_PAGES, values),
});
const z = (selector: string, scope: Scope, ...values: number[]): Row => ({
  selector,
  scope,
  counts: counts(ZOOM_PAGES, values),
});
const t = (selector: string, scope: Scope, ...values: number[]): Row => ({
  selector,
  scope,
  counts: counts(TEAMS_PAGES, values),
});

//                                          meet  2025  it  26-on 25-on unknown
const MEET_ROWS: Row[] = [
  m(meet.regionSelectors[0], 'page', 1, 0, 0, 2, 1, 0), // the decoy region counts too
  m(meet.regionSelectors[1], 'page', 0, 0, 0, 1, 0, 0),
  m(meet.trailingMarkers[0], 'page', 0, 0, 0, 1, 1, 0),
  m(meet.trailingMarkers[1], 'blocks', 0, 0, 0, 0, 0, 0), // no button inside a caption block
  m(meet.blockClassSelectors[0], 'page', 0, 0, 0, 2, 1, 0),
  m(meet.textClassSelectors[0], 'page', 0, 0, 0, 2, 1, 0),
  m(meet.textClassSelectors[1], 'page', 0, 0, 0, 2, 0, 0),
  m(meet.textClassSelectors[2], 'page', 0, 0, 0, 0, 1, 0),
  m(meet.nameSelectors[0], 'blocks', 0, 0, 0, 2, 1, 0),
  m(meet.nameSelectors[1], 'blocks', 0, 0, 0, 2, 1, 0),
  m(meet.headerClassSelectors[0], 'page', 0, 0, 0, 2, 0, 0),
  m(meet.headerClassSelectors[1], 'page', 0, 0, 0, 0, 1, 0),
  m(meet.labelSelector(meet.toggleOnLabels), 'page', 0, 0, 0, 1, 1, 1),
  m(meet.labelSelector(meet.toggleOffLabels), 'page', 1, 1, 1, 0, 0, 0),
  m(meet.toggleIconSelectors[0], 'page', 5, 5, 4, 4, 1, 1),
  m(meet.toggleIconSelectors[1], 'page', 0, 0, 0, 0, 0, 0),
];

//                                          shell webclient on
const ZOOM_ROWS: Row[] = [
  z(zoom.regionSelectors[0], 'page', 0, 0, 1),
  z(zoom.regionSelectors[1], 'page', 0, 0, 0), // older name, kept as a fallback
  z(zoom.regionSelectors[2], 'page', 0, 0, 1),
  z(zoom.rowSelectors[0], 'page', 0, 0, 2), // one id, two rows
  z(zoom.itemSelectors[0], 'blocks', 0, 0, 2),
  z(zoom.itemSelectors[1], 'blocks', 0, 0, 2),
  z(zoom.avatarSelectors[0], 'blocks', 0, 0, 2),
  z(zoom.avatarSelectors[1], 'blocks', 0, 0, 2),
  z(zoom.toggleContainer, 'page', 0, 1, 1),
  z(zoom.labelSelector(zoom.toggleContainer, zoom.toggleOnLabels), 'page', 0, 0, 1),
  z(zoom.labelSelector(zoom.toggleContainer, zoom.toggleOffLabels), 'page', 0, 1, 0),
  z(zoom.callMarkers[0], 'page', 0, 1, 1),
  z(zoom.callMarkers[1], 'page', 0, 1, 1),
  z(zoom.webclientFrameSelectors[0], 'page', 1, 0, 0),
  z(zoom.webclientFrameSelectors[1], 'page', 1, 0, 0),
  z(zoom.tileNameSelectors[0], 'page', 0, 2, 2), // one name per video tile
  z(zoom.tileNameSelectors[1], 'page', 0, 0, 0), // the participants panel is closed
];

//                                          host guest host-on guest-on
const TEAMS_ROWS: Row[] = [
  t(teams.regionSelectors[0], 'page', 0, 0, 1, 1),
  t(teams.regionSelectors[1], 'page', 0, 0, 1, 1),
  t(teams.regionSelectors[2], 'page', 0, 0, 1, 1),
  t(teams.textSelectors[0], 'blocks', 0, 0, 2, 3), // one text per item
  t(teams.authorSelectors[0], 'blocks', 0, 0, 2, 3), // one author per item
  t(teams.callMarkers[0], 'page', 1, 0, 1, 0), // the id is not on the guest page's More button
  t(teams.callMarkers[1], 'page', 1, 1, 1, 1),
  t(teams.callMarkers[2], 'page', 1, 1, 1, 1),
];

function count(adapter: CaptionAdapter, selector: string, scope: Scope): number {
  if (scope === 'page') return document.querySelectorAll(selector).length;
  const region = adapter.findRegion(document);
  if (!region) return 0;
  return adapter.listBlocks(region).reduce((sum, block) => sum + block.querySelectorAll(selector).length, 0);
}

function cases(rows: Row[]): Array<[string, string, Scope, number]> {
  return rows.flatMap((row) =>
    Object.entries(row.counts).map(([page, n]): [string, string, Scope, number] => [page, row.selector, row.scope, n]),
  );
}

describe('Meet selectors on frozen pages', () => {
  test.each(cases(MEET_ROWS))('%s: %s (%s) matches %i', (page, selector, scope, expected) => {
    loadPage(page);
    expect(count(meetAdapter, selector, scope)).toBe(expected);
  });
});

describe('Zoom selectors on frozen pages', () => {
  test.each(cases(ZOOM_ROWS))('%s: %s (%s) matches %i', (page, selector, scope, expected) => {
    loadPage(page);
    expect(count(zoomAdapter, selector, scope)).toBe(expected);
  });
});

describe('Teams selectors on frozen pages', () => {
  test.each(cases(TEAMS_ROWS))('%s: %s (%s) matches %i', (page, selector, scope, expected) => {
    loadPage(page);
    expect(count(teamsAdapter, selector, scope)).toBe(expected);
  });
});

describe('adapters on frozen pages', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  test.each([
    [meetAdapter, 'meet.html', false, 0, 'captions-off'],
    [meetAdapter, 'meet-2025.html', false, 0, 'captions-off'],
    [meetAdapter, 'meet-localised.html', false, 0, 'captions-off'],
    [meetAdapter, 'frozen/meet-2026-on.html', true, 2, 'captions-on'],
    [meetAdapter, 'frozen/meet-2025-on.html', true, 1, 'captions-on'], // the dummy child is skipped
    [meetAdapter, 'frozen/meet-unknown-on.html', false, 0, 'unreadable'],
    [zoomAdapter, 'zoom.html', false, 0, 'no-call'],
    [zoomAdapter, 'zoom-webclient.html', false, 0, 'captions-off'],
    [zoomAdapter, 'frozen/zoom-webclient-on.html', true, 2, 'captions-on'],
    [teamsAdapter, 'teams.html', false, 0, 'captions-off'],
    [teamsAdapter, 'teams-guest.html', false, 0, 'captions-off'],
    [teamsAdapter, 'frozen/teams-host-on.html', true, 2, 'captions-on'],
    [teamsAdapter, 'frozen/teams-guest-on.html', true, 3, 'captions-on'],
  ] as const)('%#: %s → region %s, %i blocks, %s', (adapter, page, hasRegion, blocks, state) => {
    loadPage(page);
    const region = adapter.findRegion(document);
    expect(region !== null).toBe(hasRegion);
    expect(region ? adapter.listBlocks(region) : []).toHaveLength(blocks);
    expect(adapter.judgeState(document, region).state).toBe(state);
  });
});

// The frozen pages hold today's DOM, so two fallbacks match nothing there. These variants rename what the
// first choice looks for, as an update would, and show the fallback alone still carries the adapter.
describe('fallbacks on variant pages', () => {
  test('Zoom: with only the older row box class, the region and its rows are still found', () => {
    loadPage('frozen/zoom-webclient-on.html');
    const content = document.querySelector('.live-transcription-subtitle__content')!;
    document.querySelector('.live-transcription-subtitle__overlay-container')!.className = 'renamed-overlay';
    content.className = 'live-transcription-subtitle__box';
    expect(count(zoomAdapter, zoom.regionSelectors[1], 'page')).toBe(1);
    const region = zoomAdapter.findRegion(document);
    expect(region).toBe(content);
    expect(zoomAdapter.listBlocks(region!)).toHaveLength(2);
  });

  test('Meet: with an unlabelled toggle in the older icon font, the ligature still tells captions are off', () => {
    loadPage('meet-localised.html');
    for (const button of document.querySelectorAll('button[aria-label]')) button.removeAttribute('aria-label');
    for (const icon of document.querySelectorAll('button i.google-symbols')) icon.className = 'material-icons-extended';
    expect(count(meetAdapter, meet.toggleIconSelectors[1], 'page')).toBeGreaterThan(0);
    expect(meetAdapter.judgeState(document, null).state).toBe('captions-off');
  });
});

test('every selector alternative has a row in the tables', () => {
  const tabled = new Set([...MEET_ROWS, ...ZOOM_ROWS, ...TEAMS_ROWS].map((row) => row.selector));
  const declared = [meet, zoom, teams].flatMap((module) =>
    Object.entries(module).flatMap(([name, value]) => {
      if (!/Selectors$|Markers$/.test(name)) return [];
      return Array.isArray(value) ? (value as string[]) : [String(value)];
    }),
  );
  expect(declared.length).toBeGreaterThan(20);
  expect(declared.filter((selector) => !tabled.has(selector))).toEqual([]);
});
