// Trains one learned model per category from the tuning posts (never the holdouts) and writes them where the engine
// bundles them. Run: npm run train (after any change to the rule packs' lexicons or detectors too, since the models
// read their signals). A unit test checks the committed models are what this produces.
import fs from 'node:fs';
import { packModels } from '../src/engine/learned';
import { corpusPosts, trainAllModels } from '../src/engine/learned-settings';
// @ts-expect-error: the built engine has no type declarations; it bundles the rule packs (import.meta.glob), which tsx cannot.
import { postFeatures, resolvePolicy } from '../dist/engine.mjs';

const corpus = new URL('../tests/corpus/', import.meta.url);
const resolved = resolvePolicy(JSON.parse(fs.readFileSync(new URL('policy.json', corpus), 'utf8')));
const models = trainAllModels(corpusPosts(fs.readFileSync, corpus), (text) => postFeatures(text, resolved.policy));
fs.writeFileSync(new URL('../src/engine/learned/models.json', import.meta.url), JSON.stringify(packModels(models)) + '\n');
for (const model of models) console.log(`${model.category}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
