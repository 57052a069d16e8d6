/**
 * English letter phrases, and the shape every language's table must have.
 * Texts are first person (a freelancer or small studio) and never apologise:
 * they thank, give the reason plainly and help the person move on.
 * Every paragraph has several wordings (at least three); the letter picks one per paragraph
 * from the client and project, so two people never receive the same template.
 */
import type { LetterKind } from '../../model';

/** Why an inquiry is declined; each has its own wording in every language. */
export { DECLINE_REASONS, type DeclineReason } from '../../model';
import type { DeclineReason } from '../../model';

/** Project kinds with a named specialist; any other kind gets the generic wording. */
export const SPECIALIST_KINDS = [
  'branding',
  'web',
  'illustration',
  'packaging',
  'editorial',
  'motion',
  'photography',
  'ux',
  'copywriting',
  'signage',
  'social-media',
] as const;
export type SpecialistKind = (typeof SPECIALIST_KINDS)[number];

/** A phrase that may differ by Spanish register; a language without registers gives one form. */
export type Registered<T> = T | { readonly usted: T; readonly tu: T };
/** The wordings of one paragraph: at least three, so letters do not read as one template. */
export type Wordings<T> = readonly [T, T, T, ...T[]];
type Text = Registered<Wordings<string>>;
type Fn<A extends unknown[]> = Registered<Wordings<(...args: A) => string>>;
/** The project as the letter names it (already quoted), or null when there is none. */
type P = string | null;

/** How close the writer is to the reader: it sets the sign-off. */
export type Closeness = 'warm' | 'neutral' | 'formal';

/** Every phrase a letter is built from. Leads end with a comma and are followed by a clause. */
export interface LetterTable {
  /** The opening line: to a named person, or to whoever reads (never a company as a person). */
  greeting: {
    named: Registered<(firstName: string) => string>;
    unnamed: Registered<string>;
  };
  /** A project title in the language's quotation marks. */
  quote: (title: string) => string;
  subject: Record<LetterKind, Registered<(project: P) => string>>;
  /** The sign-off above the signature: warm for people you have worked with, neutral for new ones, formal for usted. */
  signOff: Record<Closeness, Wordings<string>>;
  decline: {
    thanks: Fn<[project: P]>;
    reason: Record<DeclineReason, Text>;
    closing: Text;
  };
  counterOffer: {
    thanks: Fn<[project: P]>;
    /** `price` already says how taxes stand; `hours` is a phrase from `hours` below, or null. */
    price: Fn<[price: string, hours: string | null]>;
    noPrice: Text;
    /** What changes when the budget is short: a smaller scope or phases. */
    budget: Text;
    /** What changes when time is short: a later date; `deadline` is the current one written out, or null. */
    time: Fn<[deadline: string | null]>;
    /** Both, only when both are short. */
    both: Fn<[deadline: string | null]>;
    ask: Text;
    closing: Text;
  };
  farewell: {
    thanks: Text;
    decision: Text;
    handover: Text;
    closing: Text;
  };
  checkIn: {
    ask: Fn<[project: P]>;
    noPressure: Text;
  };
  /**
   * A check-in to a past client gone quiet (a dormant relationship): a hello and an open door,
   * never the questions put to someone still deciding on an inquiry.
   */
  reconnect: {
    subject: Registered<(project: P) => string>;
    ask: Fn<[project: P]>;
    offer: Text;
  };
  followUp: {
    ask: Fn<[project: P]>;
    help: Text;
    /** The closing request: a referral, or a few words for the portfolio. */
    referral: Text;
    testimonial: Text;
  };
  referral: {
    lead: { decline: Text; farewell: Text; counterOffer: Text };
    one: Fn<[colleague: string]>;
    two: Fn<[first: string, second: string]>;
    specialist: Fn<[specialist: string]>;
  };
  /** Taxes after a price: "+ VAT", or "(VAT included)"; `taxName` may be empty. */
  tax: { excluded: (taxName: string) => string; included: (taxName: string) => string };
  /** Roughly `count` hours; `formatted` is the number written in the language. */
  hours: (count: number, formatted: string) => string;
  specialists: Record<SpecialistKind, string>;
  specialistFallback: (kind: string) => string;
}

export const en = {
  greeting: {
    named: { tu: (name) => `Hi ${name},`, usted: (name) => `Dear ${name},` },
    unnamed: 'Hello,',
  },
  quote: (title) => `“${title}”`,
  subject: {
    decline: (p) => (p ? `About ${p}` : 'About your project'),
    'counter-offer': (p) => (p ? `A proposal for ${p}` : 'A proposal for your project'),
    farewell: () => 'A change in my studio’s focus',
    'check-in': (p) => (p ? `Checking in on ${p}` : 'Checking in on your project'),
    'follow-up': (p) => (p ? `How is ${p} working for you?` : 'How is everything working for you?'),
  },
  signOff: {
    warm: ['Warm regards,', 'All the best,', 'Warmly,'],
    neutral: ['Kind regards,', 'Best wishes,', 'Best regards,'],
    formal: ['Yours sincerely,', 'With my best regards,', 'Sincerely,'],
  },
  decline: {
    thanks: [
      (p) => `Thank you for thinking of me for ${p ?? 'your project'}, and for taking the time to walk me through it.`,
      (p) => `Many thanks for getting in touch about ${p ?? 'your project'}; it was a pleasure to read about what you have in mind.`,
      (p) => `Thank you so much for considering me for ${p ?? 'your project'} and for sharing the details so clearly.`,
    ],
    reason: {
      capacity: [
        "I've gone through my calendar carefully, and right now I can't give it the time it deserves, so I'd rather tell you plainly from the start.",
        "My schedule is full for the coming weeks, and your project needs more attention than I could give it at the moment, so I won't be taking it on this time.",
        'The next few weeks are already committed to other work, and a project like this deserves more time than I can offer today.',
      ],
      budget: [
        "I've given it real thought, and with the budget available I can't do it the way it deserves; I'd rather not offer you a cut-down version of my work.",
        "I've run the numbers carefully, and the budget doesn't cover the time this project needs to turn out well.",
        "Having looked at it closely, I'd have to stop halfway with this budget, and that wouldn't be fair to your project.",
      ],
      specialty: [
        "I've read it carefully, and this kind of work falls outside my specialty; it will be in better hands with someone who does it every day.",
        "It's a brief outside what I do day to day, and it will go best with someone who specialises in it.",
        'My work centres on other kinds of projects, and this one calls for experience that others have built up more than I have.',
      ],
      fit: [
        "I've thought it over, and I don't think I'm the right studio for this project: you'll get a better result with someone whose way of working is closer to what you're after.",
        "After some thought, I believe my way of working isn't the best match for what you need, and I'd rather say so now.",
        "I honestly think another studio will serve what you're looking for better; my approach goes in a different direction.",
      ],
    },
    closing: [
      'Thank you again for your trust, and I wish you every success with the project.',
      'I hope it goes wonderfully, and that our paths cross again another time.',
      'Best of luck with the project; I hope it turns out just as you picture it.',
    ],
  },
  counterOffer: {
    thanks: [
      (p) => `Thank you for thinking of me for ${p ?? 'your project'}. I've gone through it carefully and I'd like to make it happen.`,
      (p) => `Many thanks for getting in touch about ${p ?? 'your project'}; I'd love to work on it, and I've been thinking about how to make it possible.`,
      (p) => `Thank you for writing to me about ${p ?? 'your project'}. I've given it some thought and I believe we can get it off the ground.`,
    ],
    price: [
      (price, hours) => `To do it the way it deserves, my fee would be ${price}${hours ? `, based on ${hours} of work` : ''}.`,
      (price, hours) => `My quote to do it well is ${price}${hours ? `, worked out on ${hours} of work` : ''}.`,
      (price, hours) => `For a result that lives up to it, the work would come to ${price}${hours ? ` (${hours} of work)` : ''}.`,
    ],
    noPrice: [
      "To do it the way it deserves, the fee has to reflect the time it really takes, and I'll gladly send you a detailed quote.",
      "Before giving you a figure, I'd like to pin down the scope with you, so the quote reflects the time it really needs.",
      "I'll gladly put together a detailed quote that reflects the time this work really takes.",
    ],
    budget: [
      "If that's more than you had planned, we can narrow the scope to the essentials or split the work into phases, each with its own budget.",
      "If it's beyond your budget right now, there are two ways to adjust it: focus on the pieces you can't do without, or work in phases, starting with the most urgent.",
      "If you'd prefer a smaller investment, we could start with a first phase covering the essentials and leave the rest for later.",
    ],
    time: [
      (d) => `With my current schedule, doing it well would need ${d ? `a delivery date after ${d}` : 'a little more time'}, so I can plan the work properly.`,
      (d) => `What I would need is a bit more room: ${d ? `delivering after ${d}` : 'a more relaxed deadline'} would let me give it the time it calls for.`,
      (d) => `To give it the attention it deserves, I'd suggest ${d ? `moving delivery past ${d}` : 'extending the deadline a little'}.`,
    ],
    both: [
      (d) =>
        `If that's more than you had planned, we can narrow the scope to the essentials or split the work into phases; and with my current schedule I'd need ${d ? `a delivery date after ${d}` : 'a little more time'}.`,
      (d) =>
        `To suit both your budget and my calendar, I'd suggest two changes: focus on the essential pieces or work in phases, and ${d ? `deliver after ${d}` : 'allow a more relaxed deadline'}.`,
      (d) =>
        `We could start with a first phase covering the essentials, which brings the investment down, and ${d ? `move delivery past ${d}` : 'extend the deadline a little'} so I can give it the time it needs.`,
    ],
    ask: [
      "Let me know what you think and I'll adjust the proposal.",
      "Tell me how it looks to you and I'll prepare the final proposal.",
      'If that sounds good, we can settle the details in a short call.',
    ],
    closing: ['I look forward to hearing from you.', 'Looking forward to your reply.', "Let's talk once you've had a chance to think it over."],
  },
  farewell: {
    thanks: [
      "Thank you for your trust and for the work we've done together. It has meant a lot to me.",
      "First of all, thank you for your trust and for everything we've built over this time.",
      'I want to start by thanking you: working on your projects has taught me a great deal.',
    ],
    decision: [
      "I'm writing to let you know that I'm focusing the studio on a narrower kind of work, and that means I can no longer give your projects the attention they deserve. So from here on I won't be taking on new projects.",
      "I'm reorganising the studio around a more specific kind of project, and I don't want your work to get less attention than it deserves, so I've decided not to take on new projects with you.",
      "I've decided to focus the studio on a narrower field, which means that from now on I won't be taking on new work like yours.",
    ],
    handover: [
      "I want the handover to be easy for you: I'll send you all the final and working files, and I'm happy to answer any questions from whoever carries on with your projects.",
      "I'll make the change easy: you'll have every file, source files included, and I'll be available to explain whatever is needed to whoever takes over.",
      "Anything in progress I'll finish as agreed, and then I'll send you all the working files so whoever comes next has everything to hand.",
    ],
    closing: [
      'It has been a real pleasure working with you, and I wish you every success in what comes next.',
      'Thank you again for everything; I wish you every success.',
      'It has been a pleasure sharing this road with you, and the best of luck with what comes next.',
    ],
  },
  checkIn: {
    ask: [
      (p) => `Thanks again for thinking of me for ${p ?? 'your project'}. I wanted to check in: where do things stand on your side right now?`,
      (p) => `I'm writing to see how ${p ?? 'your project'} is going: is it still on, or have plans changed?`,
      (p) => `We spoke about ${p ?? 'your project'} a while ago, and I was wondering where things stand now.`,
    ],
    noPressure: [
      "No rush and no commitment: if the timing has changed or you've decided to go another way, that's completely fine. Knowing simply helps me plan my calendar.",
      "There's no rush at all; if you've gone another way, that's useful for me to know too.",
      "If now isn't the moment, that's completely fine; just tell me and we'll pick it up when it suits you.",
    ],
  },
  reconnect: {
    subject: (p) => (p ? `It’s been a while since ${p}` : 'It’s been a while'),
    ask: [
      (p) => `It's been quite a while since we worked together on ${p ?? 'your project'}, and I found myself wondering how things are going on your side. Is it still serving you well?`,
      (p) => `I was looking back at ${p ?? 'the work we did together'} the other day and thought of you: how have things been since then?`,
      (p) => `We haven't spoken since ${p ?? 'our last project'}, so I wanted to say hello and hear how everything is going.`,
    ],
    offer: [
      "If something new is on the horizon, a refresh, a launch, a new piece, I'd be glad to help as before. And if not, it was simply good to say hello.",
      'No need for anything in particular: if a project comes up, you know where to find me.',
      'Whenever a new piece of work comes along, count me in; until then, I hope everything keeps going well.',
    ],
  },
  followUp: {
    ask: [
      (p) =>
        `It's been a little while since we wrapped up ${p ?? 'our last project'}, and I wanted to ask: how is it working for you? Thank you again for trusting me with it.`,
      (p) => `I was thinking about ${p ?? 'our last project'} the other day: how is it working now that it's been out in the world for a while?`,
      (p) => `I wanted to see how ${p ?? 'everything'} has been going since delivery, and whether it's bringing the results you hoped for.`,
    ],
    help: [
      "If anything needs a tweak, or a new piece comes up, I'm here to help.",
      'If anything needs touching up or something new comes along, count me in.',
      "Any tweak or new piece you need, just let me know and we'll look at it.",
    ],
    referral: [
      "And if you know someone who could use a hand like this, I'd be glad to hear from them: most of my work comes from recommendations like yours.",
      'One last thing: if someone around you needs similar work, passing on my details would help me a lot.',
      "Almost all my clients come through recommendations, so if you think of someone I could help, I'd be grateful if you mentioned me.",
    ],
    testimonial: [
      "And if you're up for it, two or three lines about how the work went would help me a lot; I'd love to share them on my website.",
      'Would you let me quote a few words of yours about the project in my portfolio? A couple of sentences is plenty.',
      'If you have a moment, a short review of the work would really help other clients get to know me.',
    ],
  },
  referral: {
    lead: {
      decline: ['If it helps,', "In case it's useful,", "So you don't have to start from scratch,"],
      farewell: ['For your next projects,', 'For whatever comes next,', 'To make the change easy,'],
      counterOffer: ["And if you'd rather go another way,", 'If you decide on a different route,', 'And if none of this works for you,'],
    },
    one: [
      (c) => `I'd recommend ${c}. I trust their work, and you can tell them I sent you.`,
      (c) => `I'd suggest talking to ${c}, who does excellent work; do mention my name.`,
      (c) => `you could write to ${c}: I know their work well, and you'll be in good hands.`,
    ],
    two: [
      (a, b) => `I'd recommend ${a} or ${b}. I trust their work, and you can tell either of them I sent you.`,
      (a, b) => `I'd suggest talking to ${a} or ${b}, who both do excellent work; do mention my name.`,
      (a, b) => `you could write to ${a} or ${b}: I know their work well, and you'll be in good hands with either.`,
    ],
    specialist: [
      (s) => `my advice is to look for ${s}: that's the profile best suited to this kind of work.`,
      (s) => `I'd suggest looking for ${s}, who will get the most out of it.`,
      (s) => `the ideal person would be ${s}, someone who handles this kind of brief every day.`,
    ],
  },
  tax: {
    excluded: (name) => (name ? `+ ${name}` : 'plus tax'),
    included: (name) => (name ? `(${name} included)` : '(tax included)'),
  },
  hours: (count, formatted) => (count === 1 ? 'around one hour' : `around ${formatted} hours`),
  specialists: {
    branding: 'a brand identity designer',
    web: 'a web developer',
    illustration: 'an illustrator',
    packaging: 'a packaging designer',
    editorial: 'an editorial designer',
    motion: 'a motion designer',
    photography: 'a photographer',
    ux: 'a UX designer',
    copywriting: 'a copywriter',
    signage: 'a signage and wayfinding designer',
    'social-media': 'a social media specialist',
  },
  specialistFallback: (kind) => `a specialist in ${kind}`,
} satisfies LetterTable;
