import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const DANA = 'Dana Whitfield';
const SAM = 'Sam Okafor';

/** The same analyst interview, run by an interviewer who makes room: slips happen and get mended. */
export const interviewGood: Scenario = {
  id: 'interview-good',
  title: 'Analyst interview — the good version',
  summary:
    'The same interview with Dana, who this time sets a calm tone, takes your honesty well and comes back to what she skipped.',
  kind: 'interview',
  myRole: 'candidate',
  me: SAM,
  roles: { [DANA]: 'Interviewer', [SAM]: 'Candidate' },
  watchFor: [
    'Dana invites your own story and says questions are welcome.',
    'She cuts in once, then notices and gives you the floor back.',
    'Your honest gap is met with thanks and a curious follow-up.',
    'She names something her own team has not solved yet.',
    'She brushes past your on-call worry, then comes back and answers it properly.',
  ],
  lines: timeScript([
    [
      DANA,
      "Hi Sam, thanks for making the time. I'm Dana, I run the analytics group at Larkspur. Feel free to stop me at any point if a question is unclear.",
    ],
    [SAM, "Thanks, Dana. That's good to hear, I will."],
    [DANA, 'To start, tell me a bit about yourself, in your own words.'],
    [
      SAM,
      "Sure. Right now I'm an analyst at a regional grocery chain. I own the weekly demand forecast for about forty stores, and I work closely with the buying team because",
    ],
    [DANA, 'Sorry to cut in, how many people are on your team at the moment?', { overlap: 0.6 }],
    [SAM, 'Three analysts and a manager.'],
    [
      DANA,
      'Thanks. And sorry, I cut you off a moment ago. You were saying you work closely with the buyers, please go on.',
    ],
    [
      SAM,
      'Yes, the buyers place their orders from our forecast, so when it is off they feel it first. I set up a weekly review with them, and over six months it cut our forecast error by about a fifth.',
    ],
    [DANA, "That's a great example. Have you used Looker?"],
    [
      SAM,
      "Honestly, I haven't worked with Looker directly. I've read through its documentation, and the modelling layer looks close to what I do in dbt.",
    ],
    [DANA, 'Thanks for being upfront about that. How would you get up to speed on it?'],
    [
      SAM,
      "I'd rebuild one of my current dashboards in it over a weekend. That is usually how I learn a new tool: pick something I know the answer to, build it again, and see where the new tool surprises me. I would also ask whoever owns your models for an hour of their time.",
    ],
    [
      DANA,
      "That makes sense. To be transparent, our Looker setup is messy, and we're still figuring out how to model the routing data cleanly, so you wouldn't be the only one learning.",
    ],
    [
      SAM,
      'Good to know. Just to be clear, would I be working on the routing models themselves, or mainly on the reporting around them?',
    ],
    [
      DANA,
      'Mostly the reporting around them at first, and the routing models once you know the data. Does that answer it?',
    ],
    [SAM, 'It does, thank you.'],
    [
      DANA,
      "Let's do a short case. Say deliveries in one region have been arriving late more often than last month. Where would you start?",
    ],
    [
      SAM,
      "I'd first check whether the late flag itself changed, say a new cut-off time in the data. Then I'd split the late deliveries by depot, by driver shift and by when the order was placed.",
    ],
    [DANA, "Good. What's your take on how far to trust the dispatchers' own explanations?"],
    [
      SAM,
      'I would take them seriously. I see it a little differently from a pure data view: dispatchers often hear about road works or a depot problem weeks before it reaches our tables.',
    ],
    [
      DANA,
      'You are right, and it matches what we saw last winter. What if we tried pairing you with a dispatcher during your first week?',
    ],
    [
      SAM,
      "I'd really like that. A week next to the people who plan the routes would teach me more about the data than a month of reading tables on my own.",
    ],
    [DANA, 'Before we wrap up, what questions do you have for me?'],
    [SAM, "I'm a bit worried about the on-call rota mentioned in the job description. How often would I be on call?"],
    [DANA, "Don't worry about that, it's fine. Anyway, let me tell you about the next steps."],
    [SAM, 'Okay.'],
    [
      DANA,
      "Actually, I brushed past your question about the on-call rota, and that wasn't fair. It's one week in six, because the routing jobs run overnight, and in most weeks nobody gets paged at all.",
    ],
    [
      SAM,
      'Thanks, that really helps. One week in six sounds manageable, and it is good to hear that the nights are usually quiet. At my current job we have no rota at all, so I was not sure what to expect.',
    ],
    [DANA, "You'll hear from us by Friday. Thanks, Sam, I enjoyed this."],
    [SAM, 'Thank you, Dana, so did I.'],
  ]),
};
