import { describe, expect, test } from 'vitest';
import { FeatureBag, hashName } from '../../../lib/learn/features.ts';
import { createScorer, decodeWeights, encodeWeights } from '../../../lib/learn/model.ts';
import { fitLogistic, fitPlatt, logitOf, seededRandom, toModelData, type Example } from '../../../lib/learn/train.ts';

/** A toy task: "brush" in the reply makes a dismissal, "why" makes a question back (not one). */
function toyExamples(n: number, seed: number): Example[] {
  const random = seededRandom(seed);
  const words = ['price', 'team', 'rollout', 'budget', 'later', 'sure', 'okay'];
  return Array.from({ length: n }, () => {
    const bag = new FeatureBag().ngrams('r', [words[Math.floor(random() * words.length)]!]);
    const brush = random() < 0.3;
    const why = random() < 0.3;
    bag.flag('r.brush', brush).flag('r.why', why);
    return { features: bag.features, label: brush && !why ? 1 : 0 };
  });
}

const OPTIONS = { bits: 10, l2: 1e-4, epochs: 20, seed: 7, learningRate: 0.2 };

describe('[learn] features', () => {
  test('n-grams are counted once and named by their prefix', () => {
    const bag = new FeatureBag().ngrams('r', ['no', 'no', 'worries']);
    expect([...bag.features.keys()].sort()).toEqual(['r:no', 'r:no_no', 'r:no_worries', 'r:worries']);
  });
  test('character 4-grams mark word edges, so a run-together or misheard word still shares most of them', () => {
    const names = (words: string[]) => new Set(new FeatureBag().chars('r', words).features.keys());
    expect([...names(['no'])]).toEqual(['r#<no>']);
    expect([...names(['kinda'])].sort()).toEqual(['r#<kin', 'r#inda', 'r#kind', 'r#nda>']);
    const shared = [...names(['kindof'])].filter((n) => names(['kind', 'of']).has(n));
    expect(shared).toEqual(expect.arrayContaining(['r#<kin', 'r#kind']));
  });
  test('a number falls into one named range', () => {
    expect([...new FeatureBag().bucket('len', 0, [3, 8]).features.keys()]).toEqual(['len:<=3']);
    expect([...new FeatureBag().bucket('len', 5, [3, 8]).features.keys()]).toEqual(['len:<=8']);
    expect([...new FeatureBag().bucket('len', 50, [3, 8]).features.keys()]).toEqual(['len:>8']);
  });
  test('hashing is FNV-1a, stable across runs and platforms', () => {
    expect(hashName('')).toBe(0x811c9dc5);
    expect(hashName('a')).toBe(0xe40c292c);
  });
});

describe('[learn] training', () => {
  test('learns the toy rule and ranks positives above negatives', () => {
    const fitted = fitLogistic(toyExamples(400, 1), OPTIONS);
    const yes = new FeatureBag().add('r:price').add('r.brush').features;
    const no = new FeatureBag().add('r:price').add('r.brush').add('r.why').features;
    expect(logitOf(fitted, yes, OPTIONS.bits)).toBeGreaterThan(2);
    expect(logitOf(fitted, no, OPTIONS.bits)).toBeLessThan(0);
  });
  test('is deterministic: the same examples and seed give the same weights', () => {
    const a = fitLogistic(toyExamples(200, 2), OPTIONS);
    const b = fitLogistic(toyExamples(200, 2), OPTIONS);
    expect(encodeWeights(a.weights)).toBe(encodeWeights(b.weights));
    expect(a.bias).toBe(b.bias);
  });
  test('Platt scaling maps logits to the observed rate', () => {
    // Logit 2 is right 80% of the time, logit -2 right 10%.
    const logits = [...Array(100).fill(2), ...Array(100).fill(-2)] as number[];
    const labels = [...Array(80).fill(1), ...Array(20).fill(0), ...Array(10).fill(1), ...Array(90).fill(0)] as (
      0 | 1
    )[];
    const { a, b } = fitPlatt(logits, labels);
    const p = (x: number) => 1 / (1 + Math.exp(-(a * x + b)));
    expect(p(2)).toBeCloseTo(0.8, 1);
    expect(p(-2)).toBeCloseTo(0.1, 1);
  });
});

describe('[learn] the shipped scorer', () => {
  const fitted = fitLogistic(toyExamples(400, 3), OPTIONS);
  const data = toModelData('toy', fitted, OPTIONS.bits, { a: 1, b: 0 }, { threshold: 0.6 }, {});
  const scorer = createScorer(JSON.parse(JSON.stringify(data)));

  test('weights survive the JSON round trip', () => {
    expect(decodeWeights(data.weights)).toEqual(fitted.weights);
  });
  test('scores as training did, and names the features that pushed', () => {
    const features = new FeatureBag().add('r:budget').add('r.brush').features;
    expect(scorer.logit(features)).toBeCloseTo(logitOf(fitted, features, OPTIONS.bits), 5);
    expect(scorer.probability(features)).toBeGreaterThan(0.6);
    expect(scorer.strongest(features, 1)).toEqual(['r.brush']);
  });
  test('a candidate of another kind, named by a feature, meets its own threshold', () => {
    const crowded = createScorer({ ...data, contextThresholds: [{ feature: 'voices:4', threshold: 0.95 }] });
    expect(crowded.thresholdFor(new FeatureBag().add('voices:2').features)).toBe(0.6);
    expect(crowded.thresholdFor(new FeatureBag().add('voices:4').features)).toBe(0.95);
    expect(scorer.thresholdFor(new FeatureBag().add('voices:4').features)).toBe(0.6);
  });
  test('refuses weights of the wrong size', () => {
    expect(() => createScorer({ ...data, bits: OPTIONS.bits + 1 })).toThrow(/weights/);
  });
});
