import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const HELEN = 'Helen Park';
const TOM = 'Tom Becker';
const AISHA = 'Aisha Rahman';
const RAFAEL = 'Rafael Moreno';

/** A four-person panel where one panelist's slips are caught and mended by the others. */
export const panelPlatform: Scenario = {
  id: 'panel-platform',
  title: 'Platform engineer panel interview',
  summary:
    'You are Rafael, facing a panel of three: Helen, the hiring manager, Tom, a staff engineer, and Aisha from the people team.',
  kind: 'panel',
  myRole: 'candidate',
  me: RAFAEL,
  roles: { [HELEN]: 'Panelist', [TOM]: 'Panelist', [AISHA]: 'Panelist', [RAFAEL]: 'Candidate' },
  watchFor: [
    'Tom cuts you off, and Aisha gives you the floor back.',
    'Your admitted gap gets a jab from Tom and curiosity from Helen.',
    'Your clarifying question is skipped, and Tom answers it later.',
    'You disagree with the plan and the panel engages with it.',
  ],
  lines: timeScript([
    [
      HELEN,
      "Welcome, Rafael. I'm Helen, I manage the platform team. With me are Tom, one of our staff engineers, and Aisha from the people team. Feel free to ask us anything along the way.",
    ],
    [RAFAEL, 'Thanks, Helen. Nice to meet you all.'],
    [AISHA, 'To start, tell us a bit about yourself, in your own words.'],
    [
      RAFAEL,
      'Sure. I have spent four years on the infrastructure team of a payments company. Most of my work is the deployment pipeline, and last year I led the move of our batch jobs to a new scheduler, which meant',
    ],
    [TOM, 'Sorry to jump in, which scheduler did you move to and why that one?', { overlap: 0.5 }],
    [AISHA, "Tom, hold on a second. Rafael, I don't think you got to finish. Please go on."],
    [
      RAFAEL,
      'Thanks. It meant rewriting about two hundred jobs without stopping payouts, so we ran old and new side by side for a month. To answer Tom, we moved to Nomad because the team already knew its configuration style.',
    ],
    [TOM, 'Do you run Kubernetes in production today?'],
    [RAFAEL, "I haven't run Kubernetes in production. I've used it for side projects and I know the main ideas."],
    [TOM, "Really? You've never run it in production? That's pretty basic at this level."],
    [HELEN, 'Nobody knows everything. What have you used instead for long-running services?'],
    [
      RAFAEL,
      'Mostly Nomad and a little ECS. The scheduling ideas carry over, and I learn quickly when I have a real system in front of me.',
    ],
    [HELEN, "Good. Let's talk about ownership. The team owns the platform end to end."],
    [RAFAEL, 'Just to be clear, does the team own the build pipeline as well, or only the runtime?'],
    [HELEN, "Let's move on, we have a lot to cover. Aisha, over to you."],
    [AISHA, 'Thanks. Tell us about a time you disagreed with a technical decision.'],
    [
      RAFAEL,
      'Our team wanted to move every service to a new mesh in one quarter. I said we should start with three services and measure, and in the end we did it that way.',
    ],
    [TOM, "We're planning to move all our services to a new mesh next year in one go."],
    [
      RAFAEL,
      'I see it a bit differently. What if we tried the move with two low-risk services first and set clear checks before the rest?',
    ],
    [
      TOM,
      'That is fair, we did get burned by a big bang change last year. Tell me more about how you would pick the first two.',
    ],
    [
      RAFAEL,
      'I would pick services with good tests, few callers and an owner who wants to try it, and agree on the error rate that would stop the rollout.',
    ],
    [
      TOM,
      'Back to your question about ownership, by the way: yes, the team owns the build pipeline as well as the runtime.',
    ],
    [RAFAEL, "Thanks, that's helpful. I'm a little concerned about the on-call load with a team of four."],
    [
      HELEN,
      "That's a fair concern. It's one week in four right now, and we're hiring two more engineers this year, so it will drop to one week in six.",
    ],
    [AISHA, 'We are almost at time. What questions do you have for us?'],
    [RAFAEL, 'How do you decide which platform work comes first each quarter?'],
    [
      HELEN,
      'We collect requests from the product teams, rank them together in one meeting, and publish the list so everyone can see why.',
    ],
    [RAFAEL, 'That sounds fair. Thank you all for your time.'],
    [AISHA, 'Thank you, Rafael. We will be in touch within a week.'],
  ]),
};
