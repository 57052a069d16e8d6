import { describe, it, expect } from 'vitest';
import { idealProfile, rankTwins } from '#shared/rules';
import { client, dataset, entry, invoice, project, settings } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

/** Three stars: two referred branding clients paying 10000/h on time, one web packaging client. */
function studio() {
  return dataset({
    clients: [
      client('s1', { star: true, source: 'referral' }),
      client('s2', { star: true, source: 'referral' }),
      client('s3', { star: true, source: 'web' }),
      client('plain', { source: 'social' }),
      client('twin', { status: 'prospect', source: 'referral', createdAt: '2025-06-01' }),
      client('webby', { status: 'prospect', source: 'web', createdAt: '2025-06-10' }),
      client('halfTwin', { status: 'prospect', source: 'referral', createdAt: '2025-06-12' }),
      client('quiet', { status: 'prospect', source: 'social', createdAt: '2025-06-15' }),
    ],
    projects: [
      project('b1', 's1', { pricing: { mode: 'fixed', amount: 600000 }, invoices: [invoice('i1', { issuedAt: '2025-01-01', amount: 600000, paidAt: '2025-01-20' })] }),
      project('b2', 's2', { pricing: { mode: 'fixed', amount: 300000 }, invoices: [invoice('i2', { issuedAt: '2025-02-01', amount: 300000, paidAt: '2025-02-25' })] }),
      project('k3', 's3', { kind: 'packaging', pricing: { mode: 'fixed', amount: 200000 } }),
      project('x', 'plain', { kind: 'web', pricing: { mode: 'fixed', amount: 10000 } }),
      project('tInq', 'twin', { status: 'inquiry', kind: 'Branding', pricing: { mode: 'fixed', amount: 300000 }, estimatedHours: 40 }),
      project('wInq', 'webby', { status: 'inquiry', kind: 'web', pricing: { mode: 'fixed', amount: 50000 }, estimatedHours: 40 }),
      project('hInq', 'halfTwin', { status: 'quoted', kind: 'illustration', pricing: { mode: 'hourly', rate: 3000 } }),
    ],
    timeEntries: [entry('b1', 60 * 60), entry('b2', 30 * 60), entry('k3', 20 * 60), entry('x', 600)],
  });
}

describe('idealProfile', () => {
  it('is null without starred clients', () => {
    const data = dataset({ clients: [client('a')] });
    expect(idealProfile(data, settings(), TODAY)).toBeNull();
    expect(rankTwins(data, settings(), TODAY)).toEqual([]);
  });

  it('gives the traits the stars share, each with how many share it', () => {
    const profile = idealProfile(studio(), settings(), TODAY)!;
    expect(profile.starCount).toBe(3);
    expect(profile.sources).toEqual([{ value: 'referral', count: 2 }]);
    expect(profile.kinds).toEqual([{ value: 'branding', count: 2 }]);
    expect(profile.ehrBand).toEqual({ value: 'good', count: 3 });
    expect(profile.paymentHabit).toEqual({ value: 'on-time', count: 2 });
  });
});

describe('rankTwins', () => {
  it('puts the prospect sharing source and kind with the stars first', () => {
    const twins = rankTwins(studio(), settings(), TODAY);
    expect(twins.map((t) => t.clientId)).toEqual(['twin', 'halfTwin', 'quiet', 'webby']);
    const first = twins[0]!;
    expect(first.projectId).toBe('tInq');
    expect(first.matches.map((m) => m.trait)).toEqual(['source', 'kind', 'rate']);
    expect(first.likeness).toBe(80);
    expect(first.matches[0]!.text).toBe('Came through a referral, like 2 of your 3 star clients.');
    expect(twins.every((t, i) => i === 0 || t.likeness <= twins[i - 1]!.likeness)).toBe(true);
  });

  it('explains the matches in Spanish from the Spanish table', () => {
    const [first] = rankTwins(studio(), settings({ language: 'es' }), TODAY);
    expect(first?.matches[0]?.text).toBe('Llegó por recomendación, como 2 de tus 3 clientes estrella.');
  });
});
