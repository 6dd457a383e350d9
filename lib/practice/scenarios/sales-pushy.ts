import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const JORDAN = 'Jordan Reyes';
const PRIYA = 'Priya Natarajan';

/** A software demo where the seller runs the call at the buyer instead of with her. */
export const salesPushy: Scenario = {
  id: 'sales-pushy',
  title: 'Scheduling software demo — the pushy version',
  summary:
    'You are Jordan, selling clinic scheduling software to Priya, who runs operations for six clinics. You came to pitch, not to listen.',
  kind: 'sales',
  myRole: 'sales-rep',
  me: JORDAN,
  roles: { [JORDAN]: 'Sales rep', [PRIYA]: 'Buyer' },
  watchFor: [
    'The opening pitch runs for more than a minute and a half.',
    "Priya's question about moving her old bookings is never answered.",
    'Her worry about the price gets "trust me" and a new screen.',
    'She is cut off mid-sentence and has to take the floor back.',
    'Her worry about timing is called a non-issue.',
  ],
  lines: timeScript([
    [
      JORDAN,
      "Hi Priya, Jordan from Tidewell here. Thanks for taking the call. I've got a lot to show you, so I'll dive right in.",
    ],
    [PRIYA, 'Hi Jordan. Sure, go ahead.'],
    [
      JORDAN,
      'Tidewell is the booking and reminder platform for clinic groups. Patients book online around the clock, the calendar for every practitioner sits in one place, and the front desk sees the whole day at a glance. We connect to the big practice management systems out of the box, so the day your team logs in, the calendars are already there and nobody has to retype a thing. Setup is handled by our own people, and most groups barely notice the change.',
    ],
    [PRIYA, 'Mm-hm.', { overlap: 10 }],
    [
      JORDAN,
      'The part clinics love most is reminders. We text and email every patient before the visit, they can confirm or move the slot with one tap, and the freed slot goes straight back on the booking page, where someone on the waiting list can grab it. On top of that there is a waiting list that fills gaps automatically, and a dashboard that shows the no-show rate of every site side by side, week by week, so a regional manager can spot a struggling clinic before the month is out.',
    ],
    [PRIYA, 'Okay.', { overlap: 8 }],
    [
      JORDAN,
      'And we are adding new things all the time. Online payments came out this spring, video visits are in beta, and next quarter we are launching a patient app with its own check-in, so your patients can skip the queue at the desk entirely. Honestly, the clinics that switch to us never look back, and your front desk will wonder how they ever managed the old way.',
    ],
    [
      PRIYA,
      "That's a lot to take in. Can I ask about the switch itself? Do you mean you bring the old bookings across with their history, or only the upcoming appointments?",
    ],
    [
      JORDAN,
      "Great question. Let me first show you the reporting screen, because that's where our customers see the most value.",
    ],
    [PRIYA, 'Okay.'],
    [
      JORDAN,
      'Here you can see the no-show rate of every clinic by week, and you can drill into a single practitioner with one click.',
    ],
    [JORDAN, 'This view here is the one regional managers open every Monday morning.'],
    [PRIYA, 'Right. The other thing is cost. Honestly, the price seems a bit steep for a group our size.'],
    [JORDAN, 'Trust me, it pays for itself. Let me show you the patient reminders in action.'],
    [PRIYA, 'Before that, I should say our front desk team is already stretched thin, and'],
    [
      JORDAN,
      'Hang on, the reminders alone will take so much off their plate that it will not matter.',
      { overlap: 0.7 },
    ],
    [PRIYA, "As I was saying, I'm worried about the timing. Flu season is our busiest stretch of the year."],
    [JORDAN, "Honestly, that's not really an issue. Everyone says that and it always works out in the end."],
    [PRIYA, 'Hmm. Okay.'],
    [JORDAN, 'So, next steps. I can send the contract over today and we can have you live by the end of the month.'],
    [PRIYA, 'I would want to check with our finance lead before anything is signed.'],
    [JORDAN, "Sure, I'll send everything over this afternoon and you can loop them in."],
    [PRIYA, 'Fine. Thanks, Jordan.'],
    [JORDAN, 'Thanks, Priya, talk soon.'],
  ]),
};
