import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import model from '../../../src/engine/learned/disparaging.json';
import { textFeatures, trainModel } from '../../../src/engine/learned';
import { SCORN_MODEL_SETTINGS, tuningPosts } from '../../../src/engine/learned-settings';
import { check } from '../../../src/engine/check';
import { ASHCOMBE, categories } from './helpers';

describe('the learned scorn model', () => {
  it('is exactly what `npm run train` makes from the tuning posts (no hand edits, no holdout posts)', () => {
    const posts = tuningPosts(fs.readFileSync, new URL('../../corpus/', import.meta.url));
    const retrained = trainModel(posts, SCORN_MODEL_SETTINGS.category, SCORN_MODEL_SETTINGS.threshold, SCORN_MODEL_SETTINGS.keep);
    expect(retrained).toEqual(model);
  });

  it('reads words as the rules do (folded, leetspeak undone) and pairs them', () => {
    expect(textFeatures('Useless SH1T council')).toEqual(['useless', 'shit', 'council', 'useless_shit', 'shit_council']);
  });

  it('flags scorn it learned that no phrase list names (a tuning post)', () => {
    const text = 'Saltmarsh Independents? More like Independently Useless. That lot couldn\'t agree on a biscuit. Vote Lib Dem for a town council that works.';
    const disparaging = check(text, {}, ASHCOMBE).filter((finding) => finding.category === 'disparaging');
    expect(disparaging.map((finding) => finding.rule)).toEqual(['disparaging.learned']);
  });

  it.each([
    'Lovely walk along the canal with the dog this morning',
    'Our team has just published the annual air quality report, nitrogen dioxide down at 11 of 14 sites',
    'The new bin rota is confusing, I hope it gets clearer',
  ])('leaves an ordinary post alone: %s', (text) => {
    expect(categories(text)).not.toContain('disparaging');
  });
});
