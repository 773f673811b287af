// Configuration of `cem analyze` (the custom-elements-manifest analyzer), run by `pnpm build`
// after tsc. It writes custom-elements.json and, from it, everything generated for frameworks
// and editors: typed tags for React 19 JSX, Vue 3, Svelte and Solid (dist/types/*.d.ts), VS
// Code custom data and JetBrains web-types (dist/*.json). None of those is written by hand.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { shippedModulePaths } from './scripts/shipped-module-paths.mjs';
import { frameworkTypes } from './scripts/framework-types.mjs';

const hideLogs = true;

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  // The type parser needs TypeScript's checker to expand aliases such as `Order`.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program
      .getSourceFiles()
      .filter((sf) => globs.find((glob) => sf.fileName.includes(glob)));
  },
  plugins: [
    {
      name: 'public-api-only',
      // The analyzer also records every `dispatchEvent(new SomeEvent(…))` as an event without
      // a name (the `@fires {Type} name - description` tags already list them, with names),
      // and every `#private` member, which no user of the manifest can reach.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name);
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => !member.name.startsWith('#') && member.privacy !== 'private',
              );
            }
          }
        }
      },
    },
    // Module paths name the shipped dist/*.js files, before anything else reads them.
    shippedModulePaths({ sourceDir: 'src', outDir: 'dist' }),
    // `parsedType` holds aliases expanded (`Order` → `'asc' | 'desc'`) for the editor data.
    typeParserPlugin({ hideLogs }),
    {
      name: 'readable-parsed-types',
      // An expanded interface (`{ subscribe: { }, … }` for a feed) says less than its name.
      packageLinkPhase({ customElementsManifest }) {
        const visit = (node) => {
          if (Array.isArray(node)) node.forEach(visit);
          else if (node && typeof node === 'object') {
            if (node.parsedType?.text?.includes('{')) delete node.parsedType;
            Object.values(node).forEach(visit);
          }
        };
        visit(customElementsManifest.modules);
      },
    },
    frameworkTypes({ outDir: 'dist/types', elementTypes: '../index.js' }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
      hideLogs,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      typesSrc: 'parsedType',
      packageJson: false,
      hideLogs,
    }),
  ],
};
