/**
 * `virtual:event-details`: the `detail` of every `input-progress-*` event, read from the
 * elements' published declarations (`dist/events.d.ts`), for the reference pages. The
 * manifest names each event's class; this says what its `detail` holds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import type { Plugin } from 'vite';

const ID = 'virtual:event-details';
const RESOLVED = `\0${ID}`;

/** One field of an event's `detail`. */
export interface DetailField {
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

/** Every `…Detail` interface of the declarations, by the event class it belongs to. */
export function eventDetails(source: string): Record<string, DetailField[]> {
  const file = ts.createSourceFile('events.d.ts', source, ts.ScriptTarget.Latest, true);
  const details: Record<string, DetailField[]> = {};
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !statement.name.text.endsWith('Detail')) continue;
    const eventClass = statement.name.text.replace(/Detail$/, 'Event');
    details[eventClass] = statement.members.filter(ts.isPropertySignature).map((member) => ({
      name: member.name.getText(file),
      type: member.type?.getText(file).replace(/\s+/g, ' ') ?? 'unknown',
      description: ts
        .getJSDocCommentsAndTags(member)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
  }
  return details;
}

export function eventDetailsPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  const declarations = require
    .resolve('@input-progress/elements/package.json')
    .replace(/package\.json$/, 'dist/events.d.ts');
  return {
    name: 'input-progress-event-details',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(declarations);
      const details = eventDetails(readFileSync(declarations, 'utf8'));
      return `export default ${JSON.stringify(details)};`;
    },
  };
}
