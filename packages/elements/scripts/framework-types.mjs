// An analyzer plugin that writes the typed tags for frameworks from custom-elements.json:
// React 19 JSX, Vue 3 GlobalComponents, Svelte 5 and Solid, one declaration file each, plus
// the framework-neutral props and event maps they share. Attribute and property types are
// read from the element classes (`InputProgressList['order']`), event types are the event
// classes the `@fires {Type}` tags name, so a wrong value is a type error, never `any`.
//
// Written here rather than taken from the custom-element-*-integration generators: those
// typed every event as `CustomEvent<EventClass>` (the class is the event, not its detail),
// imported no event class in the JSX output (leaving them `any`), and augmented frameworks
// a consumer may not have installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER =
  '// Generated from custom-elements.json by scripts/framework-types.mjs; do not edit.\n';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSDoc comment from a manifest description (indented by `indent`). */
const doc = (text, indent = '  ') => {
  const clean = (text ?? '').trim().replaceAll('*/', '*\\/');
  if (!clean) return '';
  const lines = clean.split('\n').map((line) => line.trim());
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};
const key = (name) => (IDENTIFIER.test(name) ? name : `'${name}'`);
/** `input-progress-settle` → `InputProgressSettle`. */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

/** The custom elements of a manifest, as the facts the templates need. */
export function elementsOf(manifest) {
  const exported = new Set(
    manifest.modules.flatMap((mod) => (mod.exports ?? []).map((exp) => exp.name)),
  );
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const className = declaration.name;
      const publicFields = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.name.startsWith('#') &&
          (member.privacy ?? 'public') === 'public',
      );
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        type: attribute.fieldName ? `${className}['${attribute.fieldName}']` : 'string',
      }));
      const properties = publicFields.map((field) => ({
        name: field.name,
        description: field.description,
        type: `${className}['${field.name}']`,
      }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => {
          const type = event.type?.text;
          return {
            name: event.name,
            description: event.description,
            // Only a class the package exports can be imported; anything else stays general.
            type: type && IDENTIFIER.test(type) && exported.has(type) ? type : 'CustomEvent',
          };
        });
      elements.push({
        className,
        tagName: declaration.tagName,
        description: declaration.summary ?? declaration.description?.split('\n\n')[0],
        attributes,
        properties,
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** dist/types/elements.d.ts: per element, its attributes, properties and events. */
function neutralTypes(elements, elementTypes) {
  const names = new Set(elements.flatMap((el) => [el.className, ...el.events.map((e) => e.type)]));
  names.delete('CustomEvent');
  let out = `${HEADER}// The attributes, properties and events of each element, shared by the framework entries.\n`;
  out += `import type { ${[...names].sort().join(', ')} } from '${elementTypes}';\n`;
  for (const el of elements) {
    out += `\n/** The attributes of \`<${el.tagName}>\`, typed as the properties they set. */\n`;
    out += `export interface ${el.className}Attributes {\n`;
    for (const a of el.attributes)
      out += `${doc(a.description)}  ${key(a.name)}?: ${a.type} | undefined;\n`;
    out += `}\n\n/** The properties of \`<${el.tagName}>\`. */\n`;
    out += `export interface ${el.className}Properties {\n`;
    for (const p of el.properties)
      out += `${doc(p.description)}  ${key(p.name)}?: ${p.type} | undefined;\n`;
    out += `}\n\n/** The events \`<${el.tagName}>\` fires, by name. */\n`;
    out += `export interface ${el.className}Events {\n`;
    for (const e of el.events) out += `${doc(e.description)}  ${key(e.name)}: ${e.type};\n`;
    out += `}\n\n/** Attributes and properties of \`<${el.tagName}>\`. */\n`;
    out += `export type ${el.className}Props = ${el.className}Attributes & ${el.className}Properties;\n`;
  }
  return out;
}

/** Handler props of one element: `prefix + name(event)` → `(event: Class) => void`. */
const handlers = (el, nameOf) =>
  el.events
    .map(
      (e) =>
        `${doc(e.description)}  ${key(nameOf(e.name))}?: ((event: ${e.type}) => void) | undefined;\n`,
    )
    .join('');

/**
 * The import lines a framework file needs: the shared props from ./elements.js and, from the
 * package's entry, those element and event classes that `body` mentions.
 */
function importsFor(elements, body, elementTypes) {
  const mentioned = (name) => new RegExp(`\\b${name}\\b`).test(body);
  const props = elements.map((el) => `${el.className}Props`).filter(mentioned);
  const classes = [
    ...new Set(elements.flatMap((el) => [el.className, ...el.events.map((e) => e.type)])),
  ]
    .filter((name) => name !== 'CustomEvent' && mentioned(name))
    .sort();
  return (
    `import type { ${props.join(', ')} } from './elements.js';\n` +
    (classes.length ? `import type { ${classes.join(', ')} } from '${elementTypes}';\n` : '')
  );
}

/**
 * What sets one framework's file apart; the template in `frameworkFile` does the rest.
 * `events` names and documents the interface of an element's handler props, `tagType` the
 * type of the element's tag (from `own`, its props and handler props), and `declare` the
 * module and the nested scopes whose interface maps each tag name to that type.
 */
const FRAMEWORKS = {
  'react-jsx.d.ts': {
    header: [
      "React 19 JSX: `import type {} from '@input-progress/elements/react-jsx';` once in the app.",
      'React 19 sets known properties on custom elements and listens to `on<event-name>` props.',
    ],
    frameworkImport: "import type { ClassAttributes, HTMLAttributes } from 'react';",
    prelude:
      '\ntype Base<E extends HTMLElement, Own> = ClassAttributes<E> & Omit<HTMLAttributes<E>, keyof Own>;\n',
    events: {
      suffix: 'ReactEvents',
      doc: (tag) => `Event handler props of \`<${tag}>\` (\`on\` + the event's name).`,
      handlerName: (name) => `on${name}`,
    },
    tagType: {
      suffix: 'JSXProps',
      of: (el, own) => `Base<${el.className}, ${own}> & ${own}`,
    },
    declare: ["declare module 'react'", 'namespace JSX', 'interface IntrinsicElements'],
  },
  'vue.d.ts': {
    header: [
      "Vue 3: `import type {} from '@input-progress/elements/vue';` once (e.g. in env.d.ts), and",
      'compilerOptions.isCustomElement for the `input-progress-` tags in the Vue plugin.',
    ],
    frameworkImport: "import type { DefineComponent } from 'vue';",
    prelude: '',
    events: {
      suffix: 'VueEvents',
      doc: (tag) => `Listener props of \`<${tag}>\`: \`@event-name\` in templates.`,
      handlerName: (name) => `on${pascal(name)}`,
    },
    tagType: { suffix: 'VueComponent', of: (_el, own) => `DefineComponent<${own}>` },
    declare: ["declare module 'vue'", 'interface GlobalComponents'],
  },
  'svelte.d.ts': {
    header: [
      "Svelte 5: `import type {} from '@input-progress/elements/svelte';` once (e.g. in app.d.ts).",
      'Svelte sets known properties on custom elements; `on<event-name>` attributes listen to events.',
    ],
    frameworkImport: "import type { HTMLAttributes } from 'svelte/elements';",
    prelude: '',
    events: {
      suffix: 'SvelteEvents',
      doc: (tag) => `Event attributes of \`<${tag}>\` (\`on\` + the event's name).`,
      handlerName: (name) => `on${name}`,
    },
    tagType: {
      suffix: 'SvelteAttributes',
      of: (el, own) => `Omit<HTMLAttributes<${el.className}>, keyof (${own})> & ${own}`,
    },
    declare: ["declare module 'svelte/elements'", 'interface SvelteHTMLElements'],
  },
  'solid.d.ts': {
    header: [
      "Solid: `import type {} from '@input-progress/elements/solid';` once in the app.",
      'Solid sets properties on custom elements; `on:event-name` listens to an event.',
    ],
    frameworkImport: "import type { JSX } from 'solid-js';",
    prelude: '',
    events: {
      suffix: 'SolidEvents',
      doc: (tag) => `Event props of \`<${tag}>\` (\`on:\` + the event's name).`,
      handlerName: (name) => `on:${name}`,
    },
    tagType: {
      suffix: 'SolidProps',
      of: (el, own) => `Omit<JSX.HTMLAttributes<${el.className}>, keyof (${own})> & ${own}`,
    },
    declare: ["declare module 'solid-js'", 'namespace JSX', 'interface IntrinsicElements'],
  },
};

/**
 * One framework's file: its header lines and framework import, the imports the body needs,
 * then per element its handler props and tag type, and the tags in the framework's registry.
 */
function frameworkFile(elements, elementTypes, framework) {
  const { events, tagType, declare } = framework;
  let body = framework.prelude;
  for (const el of elements) {
    const own = `${el.className}Props & ${el.className}${events.suffix}`;
    body += `\n/** ${events.doc(el.tagName)} */\n`;
    body += `export interface ${el.className}${events.suffix} {\n${handlers(el, events.handlerName)}}\n`;
    body += `\n${doc(el.description, '')}export type ${el.className}${tagType.suffix} = ${tagType.of(el, own)};\n`;
  }
  const indent = (depth) => '  '.repeat(depth);
  body += `\n${declare.map((scope, depth) => `${indent(depth)}${scope} {\n`).join('')}`;
  const tagIndent = indent(declare.length);
  for (const el of elements)
    body += `${doc(el.description, tagIndent)}${tagIndent}'${el.tagName}': ${el.className}${tagType.suffix};\n`;
  body += declare.map((_, depth) => `${indent(declare.length - 1 - depth)}}\n`).join('');
  return (
    `${HEADER}${framework.header.map((line) => `// ${line}\n`).join('')}${framework.frameworkImport}\n` +
    `${importsFor(elements, body, elementTypes)}${body}`
  );
}

/**
 * @param {object} options
 * @param {string} options.outDir        where the declaration files go, e.g. `dist/types`
 * @param {string} options.elementTypes  the module exporting the element and event classes, seen from `outDir`
 */
export function frameworkTypes({ outDir, elementTypes }) {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      if (elements.length === 0)
        throw new Error('framework-types: the manifest has no custom element.');
      const files = {
        'elements.d.ts': neutralTypes(elements, elementTypes),
        ...Object.fromEntries(
          Object.entries(FRAMEWORKS).map(([name, framework]) => [
            name,
            frameworkFile(elements, elementTypes, framework),
          ]),
        ),
      };
      mkdirSync(outDir, { recursive: true });
      for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(outDir, name), text);
        // An empty module beside each entry, so `import '…/react-jsx'` (not only
        // `import type {} from …`) resolves in bundlers and Node too.
        writeFileSync(
          join(outDir, name.replace(/\.d\.ts$/, '.js')),
          `${HEADER}// Types only: see ${name}.\nexport {};\n`,
        );
      }
    },
  };
}
