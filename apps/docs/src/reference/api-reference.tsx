/**
 * An element's API reference, generated from `custom-elements.json` (and the events'
 * `detail` types from the published declarations): attributes, properties, methods, events,
 * slots, parts and CSS custom properties.
 */
import type { ReactNode } from 'react';
import eventDetails from 'virtual:event-details';
import { elementDeclaration } from './manifest.js';

const Code = ({ children }: { children: ReactNode }) => <code>{children}</code>;

/** A manifest description, its `code spans` shown as code (the JSDoc is Markdown). */
function Prose({ text }: { text: string | undefined }) {
  return (
    <>
      {(text ?? '')
        .split('`')
        .map((piece, index) => (index % 2 ? <code key={index}>{piece}</code> : piece))}
    </>
  );
}

/**
 * A section of the reference: its heading (the table's accessible name) and its table, or a
 * line saying there is nothing of the kind.
 */
function Section({
  id,
  title,
  head,
  rows,
  children,
}: {
  id: string;
  title: string;
  head: string[];
  rows: ReactNode[][];
  children?: ReactNode;
}) {
  return (
    <>
      <h2 id={id}>{title}</h2>
      {children}
      {rows.length === 0 ? (
        <p>No {title.toLowerCase()}.</p>
      ) : (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              {head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Rows of a name and its description (slots, parts); `unnamed` stands for an empty name. */
const namedRows = (
  entries: ReadonlyArray<{ name: string; description?: string }>,
  unnamed = '',
): ReactNode[][] =>
  entries.map((entry) => [
    <Code>{entry.name || unnamed}</Code>,
    <Prose text={entry.description} />,
  ]);

/** The whole reference of one element, section by section. */
export function ApiReference({ tag }: { tag: string }) {
  const element = elementDeclaration(tag);
  const publicMembers = (element.members ?? []).filter(
    (member) =>
      !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
  );
  const fields = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const attributeOf = (field: string) =>
    element.attributes?.find((attribute) => attribute.fieldName === field)?.name;
  return (
    <>
      <Section
        id="attributes"
        title="Attributes"
        head={['attribute', 'property', 'type', 'default', 'description']}
        rows={(element.attributes ?? []).map((attribute) => [
          <Code>{attribute.name}</Code>,
          attribute.fieldName ? <Code>{attribute.fieldName}</Code> : '—',
          <Code>{attribute.type?.text ?? 'string'}</Code>,
          attribute.default ? <Code>{attribute.default}</Code> : '—',
          <Prose text={attribute.description} />,
        ])}
      />
      <Section
        id="properties"
        title="Properties"
        head={['property', 'attribute', 'type', 'description']}
        rows={fields.map((field) => [
          <Code>{field.name}</Code>,
          attributeOf(field.name) ? <Code>{attributeOf(field.name)}</Code> : 'property only',
          <Code>{field.type?.text ?? 'unknown'}</Code>,
          <Prose text={field.description} />,
        ])}
      />
      <Section
        id="methods"
        title="Methods"
        head={['method', 'returns', 'description']}
        rows={methods.map((method) => [
          <Code>
            {method.name}(
            {(method.parameters ?? [])
              .map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`)
              .join(', ')}
            )
          </Code>,
          <Code>{method.return?.type?.text ?? 'void'}</Code>,
          <Prose text={method.description} />,
        ])}
      />
      <Section
        id="events"
        title="Events"
        head={['event', 'class', 'detail', 'when']}
        rows={(element.events ?? []).map((event) => [
          <Code>{event.name}</Code>,
          <Code>{event.type?.text ?? 'CustomEvent'}</Code>,
          <ul>
            {(eventDetails[event.type?.text ?? ''] ?? []).map((field) => (
              <li key={field.name}>
                <Code>
                  {field.name}: {field.type}
                </Code>{' '}
                <Prose text={field.description} />
              </li>
            ))}
          </ul>,
          <Prose text={event.description} />,
        ])}
      >
        <p>
          Every event bubbles and is composed; its class is exported by{' '}
          <Code>@input-progress/elements</Code> and registered on{' '}
          <Code>GlobalEventHandlersEventMap</Code>, so <Code>addEventListener</Code> is typed.
        </p>
      </Section>
      <Section
        id="slots"
        title="Slots"
        head={['slot', 'description']}
        rows={namedRows(element.slots ?? [], '(default)')}
      />
      <Section
        id="parts"
        title="Parts"
        head={['part', 'description']}
        rows={namedRows(element.cssParts ?? [])}
      />
      <Section
        id="css-custom-properties"
        title="CSS custom properties"
        head={['property', 'default', 'description']}
        rows={(element.cssProperties ?? []).map((property) => [
          <Code>{property.name}</Code>,
          property.default ? <Code>{property.default}</Code> : '—',
          <Prose text={property.description} />,
        ])}
      />
    </>
  );
}
