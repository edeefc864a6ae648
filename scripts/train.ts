// Trains one learned model per category from the tuning posts (never holdout6 or holdout7) and writes them where the engine
// bundles them. Run: npm run train. A unit test checks the committed models are what this produces.
import fs from 'node:fs';
import { corpusPosts, trainAllModels } from '../src/engine/learned-settings';

const models = trainAllModels(corpusPosts(fs.readFileSync, new URL('../tests/corpus/', import.meta.url)));
fs.writeFileSync(new URL('../src/engine/learned/models.json', import.meta.url), JSON.stringify(models) + '\n');
for (const model of models) console.log(`${model.category}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
