import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const DANA = 'Dana Whitfield';
const SAM = 'Sam Okafor';

/** A product analyst interview where the interviewer keeps the candidate off balance. */
export const interviewRough: Scenario = {
  id: 'interview-rough',
  title: 'Analyst interview — the rough version',
  summary:
    'You are Sam, interviewing for an analyst job at a logistics firm. Dana, the hiring manager, is in a hurry and it shows.',
  kind: 'interview',
  myRole: 'candidate',
  me: SAM,
  roles: { [DANA]: 'Interviewer', [SAM]: 'Candidate' },
  watchFor: [
    'Dana cuts in twice while you are mid-sentence.',
    'Your honest "I have not used it" gets a put-down instead of a follow-up.',
    'Dana talks about the team for well over a minute and a half without a break.',
    'Your clarifying question about the job is skipped.',
    'Your worry about the on-call rota is waved away.',
  ],
  lines: timeScript([
    [
      DANA,
      "Hi Sam, thanks for joining. I'm Dana, I run the analytics group here at Larkspur. We have a lot to get through, so let's jump straight in.",
    ],
    [SAM, 'Hi Dana, good to meet you. Thanks for having me.'],
    [DANA, 'Walk me through your current role.'],
    [
      SAM,
      "Sure. Right now I'm an analyst at a regional grocery chain. I own the weekly demand forecast for about forty stores, and I spend a lot of my week with the buying team because",
    ],
    [DANA, 'Sorry to cut in, but how many people are on your team at the moment?', { overlap: 0.6 }],
    [SAM, 'Three analysts and a manager.'],
    [DANA, 'Okay. And which tools do you use for reporting?'],
    [SAM, 'Mostly SQL and Python, and our dashboards are built in Tableau.'],
    [DANA, 'Have you used Looker?'],
    [
      SAM,
      "Honestly, I haven't worked with Looker directly. I've read through its documentation, and the modelling layer looks close to what I do in dbt.",
    ],
    [DANA, "Really? That's pretty basic for this role. Most of our analysts live in it all day."],
    [SAM, "Understood. I'm confident I could pick it up quickly."],
    [
      DANA,
      "Let me tell you about the team. We're twelve people across two sites, and we support routing, the warehouses and finance. Routing is the heart of it. Every night we rebuild the delivery plans for about nine hundred trucks, and the models behind that were written years ago by people who have since left, so much of the job is working out what the old code does before anyone dares to touch it.",
    ],
    [SAM, 'Mm-hm.', { overlap: 12 }],
    [
      DANA,
      'On top of that we are moving all the warehouse reporting to a new platform this year, which has been slow going, and finance wants a new margin dashboard by the end of the quarter, and the leadership group keeps adding ad hoc requests on top of everything, so the team is stretched and we need someone who can hit the ground running without much hand holding from the rest of us.',
    ],
    [SAM, 'Right.', { overlap: 9 }],
    [
      DANA,
      "The way we work is simple. Requests land on a shared board, we size them on Monday mornings, and each analyst owns a stream from the first question to the final readout with the stakeholders. There's no formal review process yet, people mostly learn by doing, and that suits some people more than others. You would sit in the routing stream at first, next to two of our senior analysts, and after a few months you would pick up one of the finance requests as well, so you see how the money side of the business thinks about delivery times.",
    ],
    [
      SAM,
      'That sounds like a lot of interesting work. Just to be clear, would I be working on the routing models themselves, or mainly on the reporting around them?',
    ],
    [
      DANA,
      "Let's keep going, I want to get to the case. Say deliveries in one region have been arriving late more often than last month. Where would you start?",
    ],
    [
      SAM,
      "I'd first check whether the late flag itself changed, say a new cut-off time in the data, and then I'd split the late deliveries by depot, by driver shift and by when the order was placed.",
    ],
    [DANA, 'Okay. Suppose the data is fine.'],
    [
      SAM,
      "Then I'd compare volume per route with capacity. If the routes got longer but the number of trucks stayed flat, lateness would climb and",
    ],
    [DANA, 'Hold on, we already know volume went up. What else would you look at?', { overlap: 0.5 }],
    [
      SAM,
      'Then I would talk to the dispatchers in that region. They usually hear about road works or a depot problem long before it shows up in any table.',
    ],
    [DANA, 'Fine. Before we wrap up, is there anything you want to ask me?'],
    [
      SAM,
      "Yes. I'm a bit worried about the on-call rota mentioned in the job description. How often would I be on call, and what does a typical night look like?",
    ],
    [DANA, "Don't worry about that, everyone asks about it at first. Anyway, we're nearly out of time."],
    [SAM, 'Okay. Is there anything else you need from me?'],
    [DANA, "No, we'll be in touch. Thanks, Sam."],
    [SAM, 'Thank you, Dana.'],
  ]),
};
