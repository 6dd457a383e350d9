/**
 * The default playbook, as data: every entry is linted by tests/lib/playbook (unique ids, every
 * actionable flag × role covered with at least three phrasings, length limits, stage tags, and no
 * answer-writing in candidate scripts). Users edit it on the options page; their edits are merged
 * over these defaults by overrides.ts, never written here.
 *
 * Candidate and applicant scripts coach behaviour (ask, admit, reframe, hold the floor). They never
 * say anything about the subject of the interview: the user brings the substance.
 */
import type { Role, Stage } from '../engine/types.ts';
import type { Phrasing, Playbook } from './types.ts';

const HOST_SIDE: Role[] = ['interviewer', 'host'];
const CANDIDATE_SIDE: Role[] = ['candidate', 'applicant'];
const REP: Role[] = ['sales-rep'];
const BUYER: Role[] = ['buyer'];

// Keeps the table below one line per phrasing.
function say(id: string, roles: Role[], stage: Stage, text: string): Phrasing {
  return { id, roles, stage, text };
}

export const DEFAULT_PLAYBOOK: Playbook = {
  version: 1,
  entries: [
    // ─── Repairs for interviewers and hosts: their own moves ───────────────────────────────────
    {
      id: 'repair.interruption.host-side',
      kind: 'repair',
      title: 'You cut someone off',
      roles: HOST_SIDE,
      flags: ['interruption'],
      whatHappened: 'You came in before {them} had finished: {quote}',
      whyItMatters: 'Being cut off tells people their thinking matters less, and quieter people stop offering it.',
      phrasings: [
        say('hand-back', HOST_SIDE, 'inclusion', 'Sorry, I jumped in there. Please finish what you were saying.'),
        say(
          'rewind',
          HOST_SIDE,
          'inclusion',
          'Let me rewind: you were in the middle of something. Pick it up from where you left off.',
        ),
        say('eager', HOST_SIDE, 'learner', 'That was my eagerness talking. What were you about to add?'),
        say(
          'rest',
          HOST_SIDE,
          'inclusion',
          'I cut you off a moment ago. Go back to your point, I want the rest of it.',
        ),
      ],
    },
    {
      id: 'repair.dismissed-objection.host-side',
      kind: 'repair',
      title: 'A concern got brushed aside',
      roles: HOST_SIDE,
      flags: ['dismissed-objection'],
      whatHappened: 'A concern came up and your reply moved past it: {quote}',
      whyItMatters:
        'A doubt that is waved away is seldom raised twice; exploring it keeps honest concerns in the open.',
      phrasings: [
        say(
          'go-back',
          HOST_SIDE,
          'challenger',
          'Let me go back: you raised a real concern. Tell me more about what worries you there.',
        ),
        say(
          'what-true',
          HOST_SIDE,
          'challenger',
          'I moved on too quickly. What would need to change for that concern to go away?',
        ),
        say(
          'minute',
          HOST_SIDE,
          'contributor',
          "That's a fair point and I skipped over it. Can we spend a minute on it now?",
        ),
      ],
    },
    {
      id: 'repair.unanswered-question.host-side',
      kind: 'repair',
      title: 'A question to you went unanswered',
      roles: HOST_SIDE,
      flags: ['unanswered-question'],
      whatHappened: 'A question to you seems to have slipped by: {quote}',
      whyItMatters: 'When a question goes unanswered, asking starts to feel risky and the next one may never come.',
      phrasings: [
        say(
          'before-on',
          HOST_SIDE,
          'learner',
          "Before we go on: you asked something earlier and I didn't really answer it. Let me do that now.",
        ),
        say(
          'ask-again',
          HOST_SIDE,
          'learner',
          'I think I skipped your question. Could you ask it once more so I get it right?',
        ),
        say(
          'short-first',
          HOST_SIDE,
          'learner',
          'Good thing to ask. Short answer first, then tell me whether that covers it.',
        ),
        say(
          'stop-me',
          HOST_SIDE,
          'learner',
          'If anything I say is unclear, please stop me. Questions are welcome the whole way through.',
        ),
      ],
    },
    {
      id: 'repair.monologue.host-side',
      kind: 'repair',
      title: 'You have held the floor a while',
      roles: HOST_SIDE,
      flags: ['monologue'],
      whatHappened: 'You have held the floor for over a minute and a half, starting with {quote}',
      whyItMatters: 'Long stretches leave the other side listening instead of showing you how they think.',
      phrasings: [
        say('reaction', HOST_SIDE, 'inclusion', "I've been talking a while. What's your reaction so far?"),
        say('expand', HOST_SIDE, 'learner', 'Let me pause there. Which part would you like me to expand on, if any?'),
        say(
          'compare',
          HOST_SIDE,
          'contributor',
          'Enough from me. How does that compare with what you have seen elsewhere?',
        ),
      ],
    },
    {
      id: 'repair.skeptical-response.host-side',
      kind: 'repair',
      title: 'An honest gap met doubt',
      roles: HOST_SIDE,
      flags: ['skeptical-response'],
      whatHappened: 'Someone admitted a gap and your reply sounded doubtful: {quote}',
      whyItMatters: 'Doubt at an honest admission teaches people to bluff; curiosity gets you the real picture.',
      phrasings: [
        say('sharper', HOST_SIDE, 'learner', 'That came out sharper than I meant. Thanks for being straight about it.'),
        say(
          'learn-it',
          HOST_SIDE,
          'learner',
          "Fair enough that you haven't done that yet. How would you go about learning it?",
        ),
        say(
          'take-back',
          HOST_SIDE,
          'learner',
          "Let me take that back. Not knowing is fine here; talk me through how you'd approach it.",
        ),
        say(
          'closest',
          HOST_SIDE,
          'learner',
          'Thanks for saying so plainly. What is the closest thing you have worked on?',
        ),
      ],
    },
    {
      id: 'repair.talk-dominance.host-side',
      kind: 'repair',
      title: 'Most of the talk is yours',
      roles: HOST_SIDE,
      flags: ['talk-dominance'],
      whatHappened: 'Over the last ten minutes most of the talk has been yours, lately {quote}',
      whyItMatters: 'When one side fills the airtime, the other cannot show what they bring.',
      phrasings: [
        say(
          'step-back',
          HOST_SIDE,
          'inclusion',
          "I'll step back for a bit. What should I know that I haven't asked about?",
        ),
        say(
          'push-back',
          HOST_SIDE,
          'challenger',
          "I've done most of the talking. What would you add, or push back on?",
        ),
        say(
          'stands-out',
          HOST_SIDE,
          'contributor',
          'Let me hand it over: what stands out to you from what we have covered?',
        ),
      ],
    },

    // ─── Repairs for sales reps ────────────────────────────────────────────────────────────────
    {
      id: 'repair.interruption.sales-rep',
      kind: 'repair',
      title: 'You talked over the buyer',
      roles: REP,
      flags: ['interruption'],
      whatHappened: 'You came in before {them} had finished: {quote}',
      whyItMatters: 'Buyers who get cut off stop volunteering the details you need to help them.',
      phrasings: [
        say('go-on', REP, 'inclusion', 'Sorry, I talked over you. Please go on, what were you saying?'),
        say(
          'in-full',
          REP,
          'inclusion',
          "I jumped ahead of you there. Finish your thought; I'd rather hear it in full.",
        ),
        say(
          'important',
          REP,
          'inclusion',
          'Hold on, I cut you off. You were getting to something that matters, go ahead.',
        ),
      ],
    },
    {
      id: 'repair.dismissed-objection.sales-rep',
      kind: 'repair',
      title: 'An objection got brushed aside',
      roles: REP,
      flags: ['dismissed-objection'],
      whatHappened: 'A concern came up and your reply moved past it: {quote}',
      whyItMatters: "An objection brushed aside stays on the buyer's mind and comes back later as a quiet no.",
      phrasings: [
        say('behind-it', REP, 'challenger', "Let me back up, that's a fair concern. What's behind it for you?"),
        say('which-worry', REP, 'challenger', 'I answered too fast. Is the worry mostly about cost, risk, or timing?'),
        say(
          'comfortable',
          REP,
          'contributor',
          'You raised something I skated past. What would it take for you to feel comfortable?',
        ),
        say(
          'last-time',
          REP,
          'challenger',
          "That's worth slowing down for. Has something happened before that makes you cautious here?",
        ),
      ],
    },
    {
      id: 'repair.unanswered-question.sales-rep',
      kind: 'repair',
      title: "A buyer's question is still open",
      roles: REP,
      flags: ['unanswered-question'],
      whatHappened: 'A question to you seems to have slipped by: {quote}',
      whyItMatters: 'A question left hanging reads as evasion, and trust drops faster than interest.',
      phrasings: [
        say('head-on', REP, 'learner', "I don't think I answered your question. Let me take it head-on now."),
        say(
          'straight',
          REP,
          'learner',
          "Back to what you asked: here's the straight answer, and the part I'm not sure of yet.",
        ),
        say(
          'follow-up',
          REP,
          'learner',
          "If I don't know, I'll say so and follow up in writing. Could you repeat the question?",
        ),
      ],
    },
    {
      id: 'repair.monologue.sales-rep',
      kind: 'repair',
      title: 'The pitch is running long',
      roles: REP,
      flags: ['monologue'],
      whatHappened: 'You have held the floor for over a minute and a half, starting with {quote}',
      whyItMatters: 'The longer the pitch runs, the less you learn about what the buyer actually needs.',
      phrasings: [
        say('land', REP, 'contributor', "I'll stop there. How does that land with what you're trying to solve?"),
        say('which-piece', REP, 'inclusion', 'That was a lot at once. Which piece matters most to you?'),
        say('missing', REP, 'challenger', "Let me pause. What's missing from what I've described?"),
      ],
    },
    {
      id: 'repair.talk-dominance.sales-rep',
      kind: 'repair',
      title: 'Most of the talk is yours',
      roles: REP,
      flags: ['talk-dominance'],
      whatHappened: 'Over the last ten minutes most of the talk has been yours, lately {quote}',
      whyItMatters: 'Calls where the seller does most of the talking tend to stall; listening is where a deal moves.',
      phrasings: [
        say('on-your-mind', REP, 'inclusion', "I've been doing most of the talking. What's on your mind so far?"),
        say('useful-call', REP, 'contributor', 'Let me flip it: what would make this a useful call for you?'),
        say('listen', REP, 'inclusion', "Tell me how your team handles this today. I'll just listen for a bit."),
      ],
    },

    // ─── Buyers ────────────────────────────────────────────────────────────────────────────────
    {
      id: 'repair.unanswered-question.buyer',
      kind: 'repair',
      title: 'Your question is still open',
      roles: BUYER,
      flags: ['unanswered-question'],
      whatHappened: 'Your question has not been answered yet: {quote}',
      whyItMatters: "You are deciding on their answer; it's fair to get it before the call moves on.",
      phrasings: [
        say(
          'go-back',
          BUYER,
          'learner',
          'Before we move on, can we go back to my question? It matters for our decision.',
        ),
        say('directly', BUYER, 'challenger', "I don't think I got an answer on that yet. Could you take it directly?"),
        say(
          'not-known',
          BUYER,
          'learner',
          "If that isn't known today, that's fine. Can you say so, and when you'll know?",
        ),
      ],
    },

    // ─── Tricky moments for candidates and applicants (three of them answer a flag) ────────────
    {
      id: 'moment.interrupted',
      kind: 'moment',
      title: 'You were cut off',
      roles: CANDIDATE_SIDE,
      flags: ['interruption'],
      whatHappened: '{them} came in before you had finished: {quote}',
      whyItMatters: 'You can finish your point without friction; a calm bridge keeps your thinking in the room.',
      phrasings: [
        say(
          'finish-first',
          CANDIDATE_SIDE,
          'inclusion',
          'Happy to come to that. May I finish the point I was making first?',
        ),
        say(
          'one-sentence',
          CANDIDATE_SIDE,
          'contributor',
          'Good question. Let me close my earlier thought in one sentence, then I will take it.',
        ),
        say(
          'one-more-part',
          CANDIDATE_SIDE,
          'contributor',
          'Before we move on, there was one more part to what I was saying. Would that be useful?',
        ),
        say('round-off', CANDIDATE_SIDE, 'contributor', "Let me round that off quickly, and then I'm all yours."),
      ],
    },
    {
      id: 'moment.sensing-judgment',
      kind: 'moment',
      title: 'Sensing judgment',
      roles: CANDIDATE_SIDE,
      flags: ['skeptical-response'],
      whatHappened: 'What you admitted was met with doubt: {quote}',
      whyItMatters: 'A steady, open reply shows how you handle pressure, which is often what is really being watched.',
      phrasings: [
        say(
          'useful',
          CANDIDATE_SIDE,
          'inclusion',
          'I want this to be useful for you. Shall I stay high level, or go into the specifics?',
        ),
        say(
          'honest',
          CANDIDATE_SIDE,
          'learner',
          "I'd rather be honest than guess. Can I tell you what I'd do first to get up to speed?",
        ),
        say(
          'central',
          CANDIDATE_SIDE,
          'learner',
          'Understood. Is that central to the role? It would help me know where to focus.',
        ),
        say(
          'fair-probe',
          CANDIDATE_SIDE,
          'learner',
          "That's fair to probe. I can share how I usually close a gap like this, if that helps.",
        ),
      ],
    },
    {
      id: 'moment.clarify-question',
      kind: 'moment',
      title: 'Needing to clarify a question',
      roles: CANDIDATE_SIDE,
      flags: ['unanswered-question'],
      whatHappened: 'Your question has not been answered yet: {quote}',
      whyItMatters:
        'Answering a question you had to guess at is riskier than asking once more; clarity helps both sides.',
      phrasings: [
        say(
          'scope',
          CANDIDATE_SIDE,
          'learner',
          'Before I answer, can I come back to what I asked earlier? I want to get the scope right.',
        ),
        say(
          'general-or-case',
          CANDIDATE_SIDE,
          'learner',
          'So I aim at the right thing: are you after the general approach, or one concrete example?',
        ),
        say(
          'good-answer',
          CANDIDATE_SIDE,
          'learner',
          'Quick check, in case I missed it: what would a good answer cover for you?',
        ),
        say(
          'other-way',
          CANDIDATE_SIDE,
          'learner',
          "Let me ask that another way, to be sure I understood what you're looking for.",
        ),
      ],
    },
    {
      id: 'moment.not-knowing',
      kind: 'moment',
      title: 'Not knowing an answer',
      roles: CANDIDATE_SIDE,
      flags: [],
      whatHappened: "You are asked about something you don't know.",
      whyItMatters: "Saying so plainly, then showing how you'd find out, comes across as honest and practical.",
      phrasings: [
        say(
          'find-out',
          CANDIDATE_SIDE,
          'learner',
          "I don't know that one off the top of my head. Here is how I would go about finding out.",
        ),
        say(
          'reason-aloud',
          CANDIDATE_SIDE,
          'learner',
          "I haven't run into that yet. Can I reason through it out loud?",
        ),
        say(
          'no-guess',
          CANDIDATE_SIDE,
          'learner',
          "I'm not sure, and I'd rather not guess. Mind if I work through it step by step?",
        ),
      ],
    },
    {
      id: 'moment.bold-idea',
      kind: 'moment',
      title: 'Proposing a bold idea',
      roles: CANDIDATE_SIDE,
      flags: [],
      whatHappened: 'You want to suggest a different approach.',
      whyItMatters: 'An idea offered as something to test invites discussion instead of defence.',
      phrasings: [
        say(
          'another-view',
          CANDIDATE_SIDE,
          'challenger',
          "Can I offer another way to look at this? I'd like to hear where it falls short.",
        ),
        say(
          'to-test',
          CANDIDATE_SIDE,
          'contributor',
          'Here is a thought to test rather than a final answer. How would you judge whether it works?',
        ),
        say(
          'sketch',
          CANDIDATE_SIDE,
          'contributor',
          "I'd come at it from a different direction. Shall I sketch it briefly so you can react?",
        ),
      ],
    },
    {
      id: 'moment.mistake-highlighted',
      kind: 'moment',
      title: 'A mistake is pointed out',
      roles: CANDIDATE_SIDE,
      flags: [],
      whatHappened: 'Someone points out a mistake you made.',
      whyItMatters: "Owning it and naming what you'd change shows you learn fast, which matters more than the slip.",
      phrasings: [
        say(
          'got-wrong',
          CANDIDATE_SIDE,
          'learner',
          "You're right, I got that wrong. Let me correct it and say how I'd catch it next time.",
        ),
        say(
          'slip',
          CANDIDATE_SIDE,
          'learner',
          "Good catch, that was my slip. Let me fix it and tell you how I'd guard against it.",
        ),
        say(
          'redo',
          CANDIDATE_SIDE,
          'learner',
          'Fair point, and useful to hear. Give me a moment to redo that part properly.',
        ),
      ],
    },
    {
      id: 'moment.admitting-gap',
      kind: 'moment',
      title: 'Admitting a gap',
      roles: CANDIDATE_SIDE,
      flags: [],
      whatHappened: "You need to say you haven't done something yet.",
      whyItMatters: 'A gap named with a plan behind it sounds like growth rather than a shortfall.',
      phrasings: [
        say(
          'nearest',
          CANDIDATE_SIDE,
          'learner',
          "I haven't done that hands-on yet. The nearest thing I have done is …, and I'd build on that.",
        ),
        say('closing', CANDIDATE_SIDE, 'learner', "That's a gap for me today, and one I'm actively working to close."),
        say(
          'not-yet',
          CANDIDATE_SIDE,
          'learner',
          'Honestly, not yet. Can I tell you how I usually get up to speed on something new?',
        ),
      ],
    },

    // ─── Openers ───────────────────────────────────────────────────────────────────────────────
    {
      id: 'opener.inclusion',
      kind: 'opener',
      title: 'Opening warmly',
      roles: ['interviewer', 'host', 'sales-rep', 'candidate', 'applicant', 'buyer'],
      flags: [],
      whatHappened: 'The call is starting.',
      whyItMatters: 'The first minutes decide whether people feel they belong enough to be themselves.',
      phrasings: [
        say('own-words', HOST_SIDE, 'inclusion', 'Before we dive in, what drew you to this, in your own words?'),
        say(
          'no-tricks',
          HOST_SIDE,
          'inclusion',
          "We'd like to hear your perspective, not a textbook one. There are no trick questions today.",
        ),
        say(
          'me-first',
          HOST_SIDE,
          'inclusion',
          "I'll share a little about myself first, then I'd love to hear where you're coming from.",
        ),
        say(
          'your-world',
          REP,
          'inclusion',
          "Before I show anything, I'd like to understand your world. What does a normal week look like?",
        ),
        say('worth-it', REP, 'inclusion', 'What would make today worth your time?'),
        say(
          'you-know-best',
          REP,
          'inclusion',
          "I'll keep my part short; you know your situation best. Where should we start?",
        ),
        say(
          'glad',
          CANDIDATE_SIDE,
          'inclusion',
          "Thanks for making the time. I've been looking forward to this conversation.",
        ),
        say(
          'curious',
          CANDIDATE_SIDE,
          'inclusion',
          "Nice to meet you all. I'm glad to be here and curious how the team works.",
        ),
        say('stop-me', CANDIDATE_SIDE, 'learner', 'Feel free to stop me at any point if you want more or less detail.'),
        say(
          'candid',
          BUYER,
          'inclusion',
          "Happy to share where we are. I'll be candid about what's working and what isn't.",
        ),
        say(
          'basic-questions',
          BUYER,
          'learner',
          'I may ask basic questions along the way; it helps me explain this to my team.',
        ),
        say(
          'context',
          BUYER,
          'inclusion',
          'Ask away about our setup. The more context you have, the more useful this will be.',
        ),
      ],
    },
    {
      id: 'opener.process-transparency',
      kind: 'opener',
      title: 'Saying how the call will go',
      roles: ['interviewer', 'host', 'sales-rep', 'candidate', 'applicant'],
      flags: [],
      whatHappened: 'The call is starting.',
      whyItMatters: 'Not knowing what comes next breeds anxiety; a clear plan frees attention for the conversation.',
      phrasings: [
        say(
          'plan',
          HOST_SIDE,
          'inclusion',
          "Here's the plan: some questions from us, then time for yours, and you'll hear back from us within a few days.",
        ),
        say(
          'how-you-think',
          HOST_SIDE,
          'learner',
          "We're interested in how you think, not in a perfect answer. Thinking out loud is welcome.",
        ),
        say(
          'after-today',
          HOST_SIDE,
          'inclusion',
          'After today we compare notes as a group, and we will tell you the next step either way.',
        ),
        say('agenda', REP, 'contributor', 'Here is what I had in mind for our time. Tell me what to add or drop.'),
        say(
          'no-decision',
          REP,
          'inclusion',
          'No decision is expected today. The goal is to see whether this fits at all.',
        ),
        say('not-a-fit', REP, 'challenger', "If it turns out not to be a fit, I'll say so, and I hope you will too."),
        say(
          'structure',
          CANDIDATE_SIDE,
          'inclusion',
          'Could you tell me how today is structured, so I can pace myself?',
        ),
        say('strong', CANDIDATE_SIDE, 'learner', 'What does a good conversation look like from your side today?'),
        say('next-steps', CANDIDATE_SIDE, 'inclusion', 'What are the next steps after this, and roughly when?'),
      ],
    },
    {
      id: 'opener.panel-script',
      kind: 'opener',
      title: 'Shared opening for a panel',
      roles: HOST_SIDE,
      flags: [],
      whatHappened: 'A panel conversation is starting.',
      whyItMatters:
        'One agreed opening sets the same ground rules for every candidate and makes questions feel normal.',
      phrasings: [
        say(
          'welcome',
          HOST_SIDE,
          'inclusion',
          "Welcome. Each of us has a few questions, and we'll keep time at the end for yours.",
        ),
        say(
          'rephrase',
          HOST_SIDE,
          'learner',
          'Ask us anything along the way, including to rephrase a question. That helps us as well.',
        ),
        say(
          'reasoning',
          HOST_SIDE,
          'learner',
          "We don't expect you to know everything. We're most interested in how you reason.",
        ),
        say(
          'other-way',
          HOST_SIDE,
          'challenger',
          "If you see a different way to approach something, say so. We'd like to hear it.",
        ),
      ],
    },

    // ─── Quiet-voice radar ─────────────────────────────────────────────────────────────────────
    {
      id: 'invite.quiet-voice',
      kind: 'invite',
      title: 'Bringing a quiet voice in',
      roles: ['interviewer', 'host', 'sales-rep', 'buyer', 'candidate', 'applicant'],
      flags: [],
      whatHappened: 'Nothing heard from {them} for a while.',
      whyItMatters: 'People who have been quiet often hold the view nobody has heard yet; an open door costs nothing.',
      phrasings: [
        say('your-take', HOST_SIDE, 'inclusion', "We haven't heard from you in a while. What's your take on this?"),
        say('every-voice', HOST_SIDE, 'inclusion', 'I want every voice in this. What would you add?'),
        say('missed', HOST_SIDE, 'contributor', 'Is there anything we have missed so far, from where you sit?'),
        say('your-side', [...REP, ...BUYER], 'inclusion', "I'd love your view too. How does this look from your side?"),
        say('day-to-day', [...REP, ...BUYER], 'inclusion', 'Does this match what you see day to day?'),
        say('before-further', [...REP, ...BUYER], 'learner', 'Anything you would want answered before we go further?'),
        say('your-view', CANDIDATE_SIDE, 'inclusion', "I'd be glad to hear your view on this as well."),
        say('go-deeper', CANDIDATE_SIDE, 'learner', 'Is there anything you would like me to go deeper on?'),
        say('your-question', CANDIDATE_SIDE, 'inclusion', 'Happy to take a question from you too, if you have one.'),
      ],
    },
  ],
};
