// Bundles the command-line tool and the engine for Node with Vite (so the rule packs' glob import works
// exactly as in the extension), into dist/.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { cli: 'src/cli/main.ts', engine: 'src/engine/index.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true },
});

// Loading the engine validates every bundled rule pack against the schema (src/policy/bundled-packs.ts), so a
// bad pack fails the build here, before it can reach an extension build.
const { resolvePolicy, BUNDLED_PACKS } = await import(`../dist/engine.mjs?${Date.now()}`);
for (const rulePack of BUNDLED_PACKS.keys()) {
  const result = resolvePolicy({ rulePack });
  if (!result.ok) throw new Error(`rule pack ${rulePack}: ${result.errors.join('; ')}`);
}
