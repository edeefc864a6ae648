// Trains one learned model per category from the tuning posts (never holdout5) and writes them where the engine
// bundles them. Run: npm run train. A unit test checks the committed models are what this produces.
import fs from 'node:fs';
import { trainModel } from '../src/engine/learned';
import { LEARNED_THRESHOLDS, TRAINING_OPTIONS, corpusPosts } from '../src/engine/learned-settings';
import { CATEGORIES } from '../src/engine/types';

const posts = corpusPosts(fs.readFileSync, new URL('../tests/corpus/', import.meta.url));
const models = CATEGORIES.map((category) => trainModel(posts, category, LEARNED_THRESHOLDS[category], TRAINING_OPTIONS));
fs.writeFileSync(new URL('../src/engine/learned/models.json', import.meta.url), JSON.stringify(models) + '\n');
for (const model of models) console.log(`${model.category}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
