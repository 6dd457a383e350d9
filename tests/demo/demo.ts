/**
 * `npm run demo`: Candor on a replayed call. Builds nothing itself (the npm script builds first);
 * starts the local fixture call page, loads the built extension into Chromium (a window when a
 * display exists, headless otherwise), fills in the welcome page the install opens, replays an
 * interview through real caption mutations, prints what Candor captures and the tips the panel shows
 * as they appear, then a practice run and its debrief. Saves screenshots to artifacts/ and the
 * README's screenshots to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness/chromium.ts';
import { startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { fillWelcome, welcomePage } from '../e2e/harness/first-run.ts';
import { readTranscript, waitForHealth } from '../e2e/harness/panel.ts';
import { storedSession } from '../e2e/harness/stored-session.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { FLAG_LABELS } from '../../lib/labels.ts';
import { glanceText } from '../../lib/playbook/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const transcript: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(ROOT, 'tests/fixtures/transcripts/demo-interview.json'), 'utf8'),
);

const headed = Boolean(process.env.DISPLAY) && process.env.CANDOR_HEADLESS !== '1';
mkdirSync(ARTIFACTS, { recursive: true });
mkdirSync(SCREENSHOTS, { recursive: true });

const server = await startFixtureServer();
const browser = await launchWithExtension(server.port, { headless: !headed });
try {
  console.log(`Candor demo: Chromium ${headed ? 'window' : 'headless'}, extension ${browser.extensionId}\n`);
  const welcome = await welcomePage(browser);
  console.log('First run: the install opened the welcome page. Picking "Interviewer" and quick tips there…');
  await fillWelcome(welcome, { role: 'interviewer', pace: 'quick' });
  await welcome.screenshot({ path: resolve(SCREENSHOTS, 'welcome.png') });

  const call = await browser.context.newPage();
  await call.goto('https://meet.google.com/abc-defg-hij');
  const panel = await browser.openPanel(await browser.tabIdOf(call));
  console.log(`Panel: ${await waitForHealth(panel, /Captions are off/)}`);

  const printed = new Set<string>();
  const printNew = async () => {
    for (const cue of await readTranscript(panel)) {
      const key = `${cue.speaker}|${cue.text}`;
      if (!cue.final || printed.has(key)) continue;
      printed.add(key);
      console.log(`  ${cue.speaker.padEnd(6)} ${cue.text}`);
    }
  };
  const tips = new Set<string>();
  const printTip = async () => {
    const tip = await visibleTip(panel);
    if (!tip || tips.has(tip.id)) return;
    tips.add(tip.id);
    console.log(`\n  ▸ The panel shows a tip: ${tip.title}\n    You could say: "${tip.phrasing}"\n`);
  };
  console.log('\nReplaying a one-minute interview through Meet-style live captions, you as the interviewer.');
  console.log('Tips come at the quick pace picked on the welcome page (first after 20 s, then one per 30 s),');
  console.log('and the panel says so; in a real call the default calm pace waits two minutes.\n');
  const replay = call.evaluate(
    (lines) => window.candorReplay.play(lines, { stepMs: 150, revisions: true, overlaps: true, seed: 3 }),
    transcript.lines,
  );
  let polling = Promise.resolve();
  const poll = setInterval(() => {
    polling = polling.then(printNew).then(printTip);
  }, 300);
  await replay;
  // The last speaker's words are final once they have been quiet for a moment.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && printed.size < transcript.lines.length) await panel.waitForTimeout(300);
  clearInterval(poll);
  await polling;

  const cues = await readTranscript(panel);
  console.log(
    `\nCaptured ${cues.filter((cue) => cue.final).length} of ${transcript.lines.length} utterances; the panel showed ${tips.size} tip(s).`,
  );
  await panel.screenshot({ path: resolve(SCREENSHOTS, 'panel-in-call.png') });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const path = resolve(ARTIFACTS, `demo-panel-${scheme}.png`);
    await panel.screenshot({ path });
    console.log(`Screenshot: ${path}`);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  await practiceDemo();
  if (headed) {
    console.log('\nThe browser stays open: close its window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

/** A built-in practice scenario through the same pipeline: the coach's tips, then the debrief. */
async function practiceDemo(): Promise<void> {
  console.log('\nPractice: the "rough interview" scenario, replayed instantly, you as the candidate…');
  const practice = await browser.context.newPage();
  await practice.goto(`chrome-extension://${browser.extensionId}/practice.html`);
  await practice.getByRole('heading', { name: 'Practice a conversation' }).waitFor();
  const panel = await browser.openPanel(await browser.tabIdOf(practice));
  await practice.locator('[data-scenario="interview-rough"] input').check();
  await practice.locator('input[name=speed][value=instant]').check();
  await practice.locator('[data-action=start]').click();
  const link = practice.getByTestId('debrief-link');
  await link.waitFor({ timeout: 60_000 });
  const session = new URL((await link.getAttribute('href')) ?? '', practice.url()).searchParams.get('session') ?? '';
  const nudges = (await storedSession(practice, session))?.nudges?.nudges ?? [];
  for (const nudge of nudges) {
    console.log(
      `\n  [${Math.floor(nudge.createdAt / 60)}:${String(Math.floor(nudge.createdAt % 60)).padStart(2, '0')}] Tip: ${FLAG_LABELS[nudge.type]}`,
    );
    console.log(`    ${nudge.whatHappened}`);
    const phrasing = nudge.phrasings[0];
    console.log(`    You could say: "${phrasing ? glanceText(phrasing) : ''}"`);
  }
  const panelShot = resolve(ARTIFACTS, 'demo-coach-panel.png');
  await panel.screenshot({ path: panelShot });
  const debrief = await browser.context.newPage();
  await debrief.setViewportSize({ width: 1100, height: 1400 });
  await debrief.goto(`chrome-extension://${browser.extensionId}/debrief.html?session=${session}`);
  await debrief.getByTestId('next-steps').waitFor({ timeout: 30_000 });
  const debriefShot = resolve(ARTIFACTS, 'demo-debrief.png');
  await debrief.screenshot({ path: debriefShot, fullPage: true });
  await debrief.setViewportSize({ width: 1100, height: 900 });
  await debrief.screenshot({ path: resolve(SCREENSHOTS, 'debrief.png') });
  console.log(`\nScreenshots: ${panelShot}\n             ${debriefShot}\n             ${SCREENSHOTS}/*.png`);
}

/** The tip card on screen in the panel, if any. */
async function visibleTip(panel: Page): Promise<{ id: string; title: string; phrasing: string } | null> {
  const card = panel.getByTestId('nudge-card');
  if ((await card.count()) === 0) return null;
  return {
    id: (await card.getAttribute('data-nudge-id')) ?? '',
    title: (await card.locator('.nudge-title').textContent()) ?? '',
    phrasing: (await card.getByTestId('nudge-phrasing').textContent()) ?? '',
  };
}
