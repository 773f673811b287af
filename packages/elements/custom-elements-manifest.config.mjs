// Configuration of `cem analyze` (the custom-elements-manifest analyzer), run by `pnpm build`.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  plugins: [
    {
      name: 'named-events-only',
      // The analyzer also records every `dispatchEvent(new SomeEvent(…))` as an event without
      // a name; the `@fires {Type} name - description` tags already list them, with names.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
