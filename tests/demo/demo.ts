/**
 * `npm run demo`: Candor on a replayed call. Builds nothing itself (the npm script builds first);
 * starts the local fixture call page, loads the built extension into Chromium (a window when a
 * display exists, headless otherwise), replays an interview through real caption mutations, prints
 * what Candor captures as it happens, and saves screenshots of the panel to artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../e2e/harness/chromium.ts';
import { startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { readTranscript, waitForHealth } from '../e2e/harness/panel.ts';
import { storedSession } from '../e2e/harness/stored-session.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { FLAG_LABELS } from '../../lib/labels.ts';
import { glanceText } from '../../lib/playbook/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const transcript: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(ROOT, 'tests/fixtures/transcripts/demo-interview.json'), 'utf8'),
);

const headed = Boolean(process.env.DISPLAY) && process.env.CANDOR_HEADLESS !== '1';
mkdirSync(ARTIFACTS, { recursive: true });

const server = await startFixtureServer();
const browser = await launchWithExtension(server.port, { headless: !headed });
try {
  console.log(`Candor demo: Chromium ${headed ? 'window' : 'headless'}, extension ${browser.extensionId}`);
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
  console.log('Replaying the interview through Meet-style live captions…\n');
  const replay = call.evaluate(
    (lines) => window.candorReplay.play(lines, { stepMs: 40, revisions: true, overlaps: true, seed: 3 }),
    transcript.lines,
  );
  const poll = setInterval(() => void printNew(), 300);
  await replay;
  // The last speaker's words are final once they have been quiet for a moment.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && printed.size < transcript.lines.length) {
    await panel.waitForTimeout(300);
    await printNew();
  }
  clearInterval(poll);

  const cues = await readTranscript(panel);
  console.log(`\nCaptured ${cues.filter((cue) => cue.final).length} of ${transcript.lines.length} utterances.`);
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const path = resolve(ARTIFACTS, `demo-panel-${scheme}.png`);
    await panel.screenshot({ path });
    console.log(`Screenshot: ${path}`);
  }
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
  console.log(`\nScreenshots: ${panelShot}\n             ${debriefShot}`);
}
