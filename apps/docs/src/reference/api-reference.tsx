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

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return <p>No {caption.toLowerCase()}.</p>;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
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
  );
}

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
      <h2 id="attributes">Attributes</h2>
      <Table
        caption="Attributes"
        head={['attribute', 'property', 'type', 'default', 'description']}
        rows={(element.attributes ?? []).map((attribute) => [
          <Code>{attribute.name}</Code>,
          attribute.fieldName ? <Code>{attribute.fieldName}</Code> : '—',
          <Code>{attribute.type?.text ?? 'string'}</Code>,
          attribute.default ? <Code>{attribute.default}</Code> : '—',
          <Prose text={attribute.description} />,
        ])}
      />
      <h2 id="properties">Properties</h2>
      <Table
        caption="Properties"
        head={['property', 'attribute', 'type', 'description']}
        rows={fields.map((field) => [
          <Code>{field.name}</Code>,
          attributeOf(field.name) ? <Code>{attributeOf(field.name)}</Code> : 'property only',
          <Code>{field.type?.text ?? 'unknown'}</Code>,
          <Prose text={field.description} />,
        ])}
      />
      <h2 id="methods">Methods</h2>
      <Table
        caption="Methods"
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
      <h2 id="events">Events</h2>
      <p>
        Every event bubbles and is composed; its class is exported by{' '}
        <Code>@input-progress/elements</Code> and registered on{' '}
        <Code>GlobalEventHandlersEventMap</Code>, so <Code>addEventListener</Code> is typed.
      </p>
      <Table
        caption="Events"
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
      />
      <h2 id="slots">Slots</h2>
      <Table
        caption="Slots"
        head={['slot', 'description']}
        rows={(element.slots ?? []).map((slot) => [
          <Code>{slot.name || '(default)'}</Code>,
          <Prose text={slot.description} />,
        ])}
      />
      <h2 id="parts">Parts</h2>
      <Table
        caption="Parts"
        head={['part', 'description']}
        rows={(element.cssParts ?? []).map((part) => [
          <Code>{part.name}</Code>,
          <Prose text={part.description} />,
        ])}
      />
      <h2 id="css-custom-properties">CSS custom properties</h2>
      <Table
        caption="CSS custom properties"
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
