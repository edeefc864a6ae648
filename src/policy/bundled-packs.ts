import { rulePackSchema, type RulePack } from './pack-schema';

// Every rules/*.json is bundled by the build (Vite's glob import), so adding a council's pack is a JSON file
// and its test: no code changes.
const files = import.meta.glob<unknown>('../../rules/*.json', { eager: true, import: 'default' });

/** The bundled rule packs by id, each validated against the pack schema (a bad pack fails loudly at load). */
export const BUNDLED_PACKS: ReadonlyMap<string, RulePack> = new Map(
  Object.entries(files).map(([path, data]) => {
    const parsed = rulePackSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return [parsed.data.id, parsed.data];
  }),
);
