// Trains the learned scorn model from the tuning posts (never the holdouts) and writes it where the engine
// bundles it. Run: npm run train. A unit test checks the committed model is what this produces.
import fs from 'node:fs';
import { trainModel } from '../src/engine/learned';
import { SCORN_MODEL_SETTINGS, tuningPosts } from '../src/engine/learned-settings';

const model = trainModel(tuningPosts(fs.readFileSync, new URL('../tests/corpus/', import.meta.url)), SCORN_MODEL_SETTINGS.category, SCORN_MODEL_SETTINGS.threshold, SCORN_MODEL_SETTINGS.keep);
fs.writeFileSync(new URL('../src/engine/learned/disparaging.json', import.meta.url), JSON.stringify(model) + '\n');
console.log(`disparaging: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
