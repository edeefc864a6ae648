import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import models from '../../../src/engine/learned/models.json';
import { packModels, trainOnFeatures, unpackModels, type PackedModels, type TrainedModel } from '../../../src/engine/learned';
import { postFeatures } from '../../../src/engine/post-features';
import { resolvePolicy } from '../../../src/policy/effective';
import { TRAINING_OPTIONS, TUNING_SETS, corpusPosts, trainAllModels } from '../../../src/engine/learned-settings';
import { check } from '../../../src/engine/check';
import { ASHCOMBE, categories } from './helpers';

const corpus = new URL('../../corpus/', import.meta.url);
const corpusPolicy = (() => {
  const resolved = resolvePolicy(JSON.parse(fs.readFileSync(new URL('policy.json', corpus), 'utf8')));
  if (!resolved.ok) throw new Error(resolved.errors.join('\n'));
  return resolved.policy;
})();

describe('the learned models', () => {
  it('are exactly what `npm run train` makes from the tuning posts with the current rule packs (no hand edits)', () => {
    expect(packModels(trainAllModels(corpusPosts(fs.readFileSync, corpus), (text) => postFeatures(text, corpusPolicy)))).toEqual(models);
  }, 60_000); // training on every tuning post takes several seconds

  it('never learn from the blind holdout sets', () => {
    for (const holdout of ['holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10']) expect(TUNING_SETS).not.toContain(holdout);
  });

  it("never learn the corpus council's code name or suppliers, which are ordinary words elsewhere", () => {
    expect((models as PackedModels).features.filter((feature) => /(^|_)(falcon|greenway|civica)(_|$)/.test(feature))).toEqual([]);
    expect(categories('weekend project: painting the shed. the colour is called "falcon grey" apparently. it is just grey')).toEqual([]);
  });

  it('read words as the rules do (folded, leetspeak undone), pair them, and read the signals the rules see', () => {
    const features = postFeatures('Useless SH1T council', corpusPolicy);
    expect(features.slice(0, 5)).toEqual(['useless', 'shit', 'council', 'useless_shit', 'shit_council']);
    expect(features).toEqual(expect.arrayContaining(['!insult', '!council-target']));
    expect(postFeatures('Greenway were late again', corpusPolicy)).toContain('!supplier');
  });

  it('are bundled packed (one shared feature list) and unpack to the same weights', () => {
    const trained: TrainedModel[] = [
      { category: 'solicitation', bias: -1.5, threshold: 0, weights: { raffle: 1.25, lunch: -0.5 } },
      { category: 'offensive', bias: -2, threshold: 0.5, weights: { raffle: -0.1, '!@slur': 3.07 } },
    ];
    const packed = packModels(trained);
    expect(packed.features).toEqual(['!@slur', 'lunch', 'raffle']);
    const unpacked = unpackModels(packed);
    expect(unpacked.models).toEqual([
      { category: 'solicitation', bias: -1.5, threshold: 0 },
      { category: 'offensive', bias: -2, threshold: 0.5 },
    ]);
    expect(['raffle', 'lunch', '!@slur', 'never'].map((feature) => unpacked.weight(0, feature))).toEqual([1.25, -0.5, 0, 0]);
    expect(['raffle', '!@slur'].map((feature) => unpacked.weight(1, feature))).toEqual([-0.1, 3.07]);
    const [solicitation, offensive] = unpacked.scores(['raffle', '!@slur', 'raffle_tickets']);
    expect(solicitation).toBeCloseTo(-1.5 + 1.25, 10);
    expect(offensive).toBeCloseTo(-2 - 0.1 + 3.07, 10);
  });

  it('learn which words go with a category, and ignore words seen only once', () => {
    const features = [['raffle', 'tickets'], ['raffle', 'prize'], ['lunch', 'break'], ['team', 'lunch'], ['once']];
    const trained = trainOnFeatures(features, [true, true, false, false, false], { ...TRAINING_OPTIONS, keep: 10 });
    const model = unpackModels(packModels([{ category: 'solicitation', threshold: 0, ...trained }]));
    expect(model.scores(['raffle'])[0]).toBeGreaterThan(0);
    expect(model.scores(['lunch'])[0]).toBeLessThan(0);
    expect(trained.weights).not.toHaveProperty('once');
  });

  it('warn about what no phrase list names, pointing at the words that weigh most (a tuning post)', () => {
    const text = 'Looking for a grants officer? Nadia Ali. That\'s it, that\'s the post 🙌';
    const findings = check(text, {}, ASHCOMBE);
    expect(findings.map((finding) => finding.rule)).toEqual(['reference.learned']);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toContain('grants officer');
  });

  it('give way to a rule that already warns about the same category (one reason is enough)', () => {
    const findings = check('Please sponsor me for the 10k, link in bio', {}, ASHCOMBE).filter((finding) => finding.category === 'solicitation');
    expect(findings.map((finding) => finding.rule)).not.toContain('solicitation.learned');
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each([
    'Lovely walk along the canal with the dog this morning',
    'Our team has just published the annual air quality report, nitrogen dioxide down at 11 of 14 sites',
    'The new bin rota is confusing, I hope it gets clearer',
  ])('leave an ordinary post alone: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
