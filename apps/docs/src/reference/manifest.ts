/**
 * The elements' custom elements manifest, read for the reference and theming pages. The
 * manifest is the one source: what the JSDoc of an element says is what these pages show.
 */
import manifest from '@input-progress/elements/custom-elements.json';

/** The parts of a manifest declaration the pages read (the schema's names). */
export interface ElementDeclaration {
  readonly name: string;
  readonly tagName: string;
  readonly description?: string;
  readonly attributes?: readonly {
    name: string;
    fieldName?: string;
    type?: { text: string };
    default?: string;
    description?: string;
  }[];
  readonly members?: readonly {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    type?: { text: string };
    default?: string;
    description?: string;
    parameters?: readonly { name: string; type?: { text: string } }[];
    return?: { type?: { text: string } };
  }[];
  readonly events?: readonly { name: string; type?: { text: string }; description?: string }[];
  readonly slots?: readonly { name: string; description?: string }[];
  readonly cssParts?: readonly { name: string; description?: string }[];
  readonly cssProperties?: readonly { name: string; default?: string; description?: string }[];
}

const declarations = (manifest as { modules: { declarations?: unknown[] }[] }).modules.flatMap(
  (module) => (module.declarations ?? []) as (ElementDeclaration & { customElement?: boolean })[],
);

/** The manifest's declaration of `tag`; throws when the manifest has no such element. */
export function elementDeclaration(tag: string): ElementDeclaration {
  const found = declarations.find(
    (declaration) => declaration.customElement && declaration.tagName === tag,
  );
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
}

/** Every element in the manifest. */
export const elementTags = (): string[] =>
  declarations
    .filter((declaration) => declaration.customElement)
    .map((declaration) => declaration.tagName);
