import { timeScript } from '../script.ts';
import type { Scenario } from '../types.ts';

const MARCUS = 'Marcus Hale';
const LENA = 'Lena Brandt';

/** An admissions conversation with a few bumps, two of them mended before the end. */
export const admissionsNursing: Scenario = {
  id: 'admissions-nursing',
  title: 'Nursing programme admissions conversation',
  summary:
    'You are Lena, a transfer applicant talking to Marcus from the admissions office. It starts warm, gets bumpy, and partly recovers.',
  kind: 'admissions',
  myRole: 'applicant',
  me: LENA,
  roles: { [MARCUS]: 'Admissions officer', [LENA]: 'Applicant' },
  watchFor: [
    'Marcus asks what drew you to the programme and listens.',
    'Your admitted slip in second year is met with a judgement.',
    'Your question about the scholarship deadline is put off.',
    'Later he walks back the judgement and answers the deadline question.',
  ],
  lines: timeScript([
    [MARCUS, "Hi Lena, I'm Marcus from admissions. Thanks for coming in. What drew you to our nursing programme?"],
    [
      LENA,
      'Thanks for having me. I have worked as a care assistant on a stroke ward for two years, and watching the nurses there made me want to do what they do, not just help around the edges.',
    ],
    [MARCUS, "That's a strong reason. Tell me about your grades so far."],
    [
      LENA,
      'Most of them are solid. I made a mistake in my second year, though. I took on too many night shifts and my chemistry grade dropped to a C.',
    ],
    [MARCUS, "Hmm, that's concerning. I would have expected you to manage your time better than that."],
    [LENA, 'I understand. Since then I have cut back my shifts and my last two terms were all As and Bs.'],
    [MARCUS, 'Okay. How do you handle stress on a busy ward?'],
    [
      LENA,
      'I write a short list at the start of each shift and I check it with the nurse in charge, so I always know what matters most if things go wrong.',
    ],
    [MARCUS, 'Good. And why transfer now rather than finish where you are?'],
    [
      LENA,
      'My current college has no clinical placements in the first year, and I want to be on a ward as early as I can.',
    ],
    [
      LENA,
      'Just to be clear, does the scholarship deadline apply to transfer students too, or only to new applicants?',
    ],
    [MARCUS, "Let's keep to my questions for now. Tell me about a time you disagreed with a colleague."],
    [
      LENA,
      'A nurse once wanted to skip a fall risk check because we were short staffed. I asked if I could do it myself, and she agreed.',
    ],
    [MARCUS, 'Okay. What would you do if a patient refused their medication?'],
    [LENA, 'I would ask them why first, tell the nurse in charge, and write it down. I would never force anyone.'],
    [MARCUS, 'Right. How do you see yourself using the placement year?'],
    [
      LENA,
      "I'd like to try at least one placement in the community, not only on hospital wards, because that's where I have the least experience.",
    ],
    [
      MARCUS,
      "To be honest, we're still working out how the new community placements will be shared between students this year, so that's good to know early.",
    ],
    [LENA, 'That makes sense.'],
    [MARCUS, 'I was too harsh earlier about the chemistry grade. What did you learn from that semester?'],
    [
      LENA,
      'That I have to say no sooner. Now I plan my shifts around exams first, and I tell my manager early when I cannot cover.',
    ],
    [
      MARCUS,
      "Thank you, that's a mature answer. And coming back to your question about the scholarship deadline, it applies to transfer students as well. It's the first of March.",
    ],
    [LENA, 'Thank you, that is really helpful.'],
    [MARCUS, 'Is there anything else you would like us to know?'],
    [LENA, 'Only that I am ready to work hard, and that I would love to start in September.'],
    [MARCUS, 'Thanks, Lena. You will hear from us within three weeks.'],
  ]),
};
