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
