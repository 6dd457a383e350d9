/** Small transcripts for the adapter tests. */
import type { ReplayLine } from '../fixtures/replay/plan.ts';

export const MEETING: ReplayLine[] = [
  { speaker: 'Alice', text: 'Okay so the plan for today is to walk through the quarterly numbers together.' },
  { speaker: 'Sam', self: true, text: 'Sounds good. I just want to flag that we got it all from finance quite late.' },
  { speaker: 'Bob', text: 'Yeah.' },
  { speaker: 'Alice', text: 'Right, so first the revenue line, which grew about twelve percent since March.' },
  { speaker: 'Bob', text: 'Was that including the new region or only the existing accounts we had before the summer?' },
  { speaker: 'Sam', self: true, text: 'Only existing accounts, the new region starts reporting next quarter.' },
  { speaker: 'Alice', text: 'Good, then let us move on to costs.' },
  {
    speaker: 'Bob',
    text: 'One more thing on revenue: the churn number looked high to me, can we look at it again later?',
  },
  { speaker: 'Alice', text: 'Sure, I will add it to the list.' },
  { speaker: 'Sam', self: true, text: 'Thanks.' },
];

/** Text a page must show as text: markup, direction overrides, invisible characters, emoji, CJK. */
export const HOSTILE: ReplayLine[] = [
  { speaker: '<img src=x onerror=alert(1)>', text: 'Hello <script>window.__pwned = 1</script> there' },
  {
    speaker: 'Mallory \u202Eevil\u202C',
    text: 'zero\u200Bwidth\u200C and\u200D joiners \uFEFF with emoji 🙂👍🏽 and 中文 words',
  },
  { speaker: '张伟', text: '我们今天讨论一下预算 <b onclick="x()">bold</b> &amp; done' },
];
