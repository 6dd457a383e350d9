import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const JORDAN = 'Jordan Reyes';
const PRIYA = 'Priya Natarajan';

/** The same demo run as a conversation: the seller asks first, takes concerns seriously and mends slips. */
export const salesConsultative: Scenario = {
  id: 'sales-consultative',
  title: 'Scheduling software demo — the consultative version',
  summary:
    'The same call with Priya, but this time Jordan starts from her problems, treats the price worry as real and owns his slips.',
  kind: 'sales',
  myRole: 'sales-rep',
  me: JORDAN,
  roles: { [JORDAN]: 'Sales rep', [PRIYA]: 'Buyer' },
  watchFor: [
    'Jordan opens by asking what matters to Priya.',
    'He checks that he understood her before pitching anything.',
    'Her price worry gets a reason and a smaller first step.',
    'He talks over her once, then apologises and hands the floor back.',
    'He forgets her question about set-up time, then comes back to it.',
    'She disagrees with his plan and he takes her version.',
  ],
  lines: timeScript([
    [
      JORDAN,
      'Hi Priya, Jordan from Tidewell. Thanks for making time. Before I show anything, what matters most to you in a booking system right now?',
    ],
    [
      PRIYA,
      'Mainly no-shows. We lose about one slot in eight across our six clinics, and the front desk spends hours every week calling patients to confirm.',
    ],
    [
      JORDAN,
      'If I understand you correctly, the pain is the confirming calls more than the booking itself. Is that right?',
    ],
    [
      PRIYA,
      'Yes, exactly. Booking works fine, chasing people does not. Our receptionists start every morning with a list of forty or fifty calls, and half the patients never pick up, so by lunch they have given up and the gaps just stay empty.',
    ],
    [
      JORDAN,
      'Then let me start with reminders. Each patient gets a text two days before the visit and can confirm or move the slot with one tap, and freed slots go back on the booking page.',
    ],
    [
      PRIYA,
      'Okay. When you say the freed slot goes back on the page, do you mean it is offered to the waiting list first, or to anyone?',
    ],
    [JORDAN, 'The waiting list first, for two hours, and then to anyone. You can change both settings per clinic.'],
    [PRIYA, 'Good. How long does the setup usually take for a group like ours?'],
    [JORDAN, 'Let me show you the waiting list settings first.'],
    [JORDAN, 'Here each clinic sets its own rules for who is offered a freed slot.'],
    [JORDAN, 'And this panel shows how many slots the waiting list filled last week.'],
    [PRIYA, 'I see. Honestly, the price seems a bit steep for a group our size.'],
    [
      JORDAN,
      "That's a fair concern. Most of the cost is per clinic, so we could try a pilot at two clinics for sixty days, and you would only pay for those two.",
    ],
    [
      PRIYA,
      'I see it a bit differently. I would rather pilot at our busiest clinic, not the two quietest ones, because',
    ],
    [JORDAN, 'The quiet ones are easier to set up, and the team there has more time to', { overlap: 0.6 }],
    [JORDAN, 'Sorry, I jumped in there. Please finish your point.'],
    [
      PRIYA,
      'Because otherwise we learn nothing about the clinic where no-shows actually hurt. If it works at the busy one, it works anywhere.',
    ],
    [
      JORDAN,
      "You're right, that would tell us far more. Let's plan the pilot around the busy clinic and pick the second one together.",
    ],
    [PRIYA, 'Good. My other worry is timing, since flu season is our busiest stretch of the year.'],
    [
      JORDAN,
      "I hear you. To be honest, we're still working on a faster import for groups your size, so I'd suggest starting right after flu season, in March.",
    ],
    [
      PRIYA,
      'That works much better for us. March is quieter, the new receptionists will have settled in by then, and I can give the pilot my full attention instead of squeezing it between sick days.',
    ],
    [
      JORDAN,
      'Sorry, I never answered your question about setup time. For a group like yours it usually takes about three weeks per clinic, most of it importing calendars.',
    ],
    [PRIYA, 'Three weeks is fine. Thanks for coming back to that.'],
    [JORDAN, 'Of course. What questions do you have for me before we plan the next steps?'],
    [PRIYA, 'None for now. Send me the pilot terms and I will take them to our finance lead.'],
    [JORDAN, 'Will do, today. Thanks, Priya, this was really useful.'],
  ]),
};
