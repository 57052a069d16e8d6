/**
 * English letter phrases, and the shape every language's table must have.
 * Texts are first person (a freelancer or small studio) and never apologise:
 * they thank, give the reason plainly and help the person move on.
 */
import type { LetterKind } from '../model';

/** Why an inquiry is declined; each has its own wording in every language. */
export { DECLINE_REASONS, type DeclineReason } from '../model';
import type { DeclineReason } from '../model';

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
type Text = Registered<string>;
type Fn<A extends unknown[]> = Registered<(...args: A) => string>;
/** The project as the letter names it (already quoted), or null when there is none. */
type P = string | null;

/** Every phrase a letter is built from. Leads end with a comma and are followed by a clause. */
export interface LetterTable {
  greeting: Fn<[name: string]>;
  /** A project title in the language's quotation marks. */
  quote: (title: string) => string;
  subject: Record<LetterKind, Fn<[project: P]>>;
  signOff: Record<LetterKind, Text>;
  decline: {
    thanks: Fn<[project: P]>;
    reason: Record<DeclineReason, Text>;
    closing: Text;
  };
  counterOffer: {
    thanks: Fn<[project: P]>;
    /** `hours` is a phrase from `hours` below, or null when not shown. */
    price: Fn<[price: string, hours: string | null]>;
    noPrice: Text;
    /** `deadline` is the current deadline, formatted, or null. */
    options: Fn<[deadline: string | null]>;
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
  followUp: {
    ask: Fn<[project: P]>;
    help: Text;
    referrals: Text;
  };
  referral: {
    lead: { decline: Text; farewell: Text; counterOffer: Text };
    one: Fn<[colleague: string]>;
    two: Fn<[first: string, second: string]>;
    specialist: Fn<[specialist: string]>;
  };
  /** Roughly `count` hours; `formatted` is the number written in the language. */
  hours: (count: number, formatted: string) => string;
  specialists: Record<SpecialistKind, string>;
  specialistFallback: (kind: string) => string;
}

export const en = {
  greeting: (name) => `Hi ${name},`,
  quote: (title) => `“${title}”`,
  subject: {
    decline: (p) => (p ? `About ${p}` : 'About your project'),
    'counter-offer': (p) => (p ? `A proposal for ${p}` : 'A proposal for your project'),
    farewell: () => 'A change in my studio’s focus',
    'check-in': (p) => (p ? `Checking in on ${p}` : 'Checking in on your project'),
    'follow-up': (p) => (p ? `How is ${p} working for you?` : 'How is everything working for you?'),
  },
  signOff: {
    decline: 'Warm regards,',
    'counter-offer': 'Warm regards,',
    farewell: 'With warm regards,',
    'check-in': 'Talk soon,',
    'follow-up': 'Warm regards,',
  },
  decline: {
    thanks: (p) => `Thank you for thinking of me for ${p ?? 'your project'}, and for taking the time to walk me through it.`,
    reason: {
      capacity:
        "I've gone through my calendar carefully and I won't be taking this one on: right now I can't give it the time it deserves, and I'd rather tell you so plainly than do it halfway.",
      budget:
        "I've given it real thought and I won't be taking it on: with the budget available I can't do it the way it deserves, and I'd rather not offer you a cut-down version of my work.",
      specialty:
        "I've read it carefully and I won't be taking it on: this kind of work falls outside my specialty, and it deserves someone who does it every day.",
      fit: "I've thought it over and I don't think I'm the right studio for this project. You'll get a better result with someone whose way of working is a closer match for what you need.",
    },
    closing: 'Thank you again for your trust, and I wish you every success with the project.',
  },
  counterOffer: {
    thanks: (p) =>
      `Thank you for thinking of me for ${p ?? 'your project'}. I've gone through it carefully and I'd like to make it happen.`,
    price: (price, hours) =>
      `To do it the way it deserves, my fee would be ${price}${hours ? `, based on ${hours} of work` : ''}.`,
    noPrice:
      "To do it the way it deserves, the fee has to reflect the time it really takes, and I'll gladly send you a detailed quote.",
    options: (deadline) =>
      `If that doesn't fit your budget right now, there are two other ways to make it work: ${
        deadline ? `a deadline later than ${deadline}` : 'a more relaxed deadline'
      }, so I can plan the work properly, or a smaller scope that keeps what matters most.`,
    ask: "Tell me which option suits you best and I'll adjust the proposal.",
    closing: 'I look forward to hearing from you.',
  },
  farewell: {
    thanks: "Thank you for your trust and for the work we've done together. It has meant a lot to me.",
    decision:
      "I'm writing to let you know that I'm focusing the studio on a narrower kind of work, and that means I can no longer give your projects the attention they deserve. So from here on I won't be taking on new projects.",
    handover:
      "I want the handover to be easy for you: I'll send you all the final and working files, and I'm happy to answer any questions from whoever carries on with your projects.",
    closing: 'It has been a real pleasure working with you, and I wish you every success in what comes next.',
  },
  checkIn: {
    ask: (p) =>
      `Thanks again for thinking of me for ${p ?? 'your project'}. I wanted to check in: where do things stand on your side right now?`,
    noPressure:
      "No rush and no commitment: if the timing has changed or you've decided to go another way, that's completely fine. Knowing simply helps me plan my calendar.",
  },
  followUp: {
    ask: (p) =>
      `It's been a little while since we wrapped up ${p ?? 'our last project'}, and I wanted to ask: how is it working for you? Thank you again for trusting me with it.`,
    help: "If anything needs a tweak, or a new piece comes up, I'm here to help.",
    referrals:
      "And if you know someone who could use a hand like this, I'd be glad to hear from them: most of my work comes from recommendations like yours.",
  },
  referral: {
    lead: { decline: 'If it helps,', farewell: 'For your next projects,', counterOffer: 'And if none of this works for you,' },
    one: (c) => `I'd recommend ${c}. I trust their work, and you can tell them I sent you.`,
    two: (a, b) => `I'd recommend ${a} or ${b}. I trust their work, and you can tell either of them I sent you.`,
    specialist: (s) => `my advice is to look for ${s}: that's the profile best suited to this kind of work.`,
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
