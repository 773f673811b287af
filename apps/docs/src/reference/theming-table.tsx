/**
 * The theming page's table: every CSS custom property of the manifest, its default, and a
 * live row of the in-page simulator's sample job with only that property changed.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import type {} from '@input-progress/elements/react-jsx';
import type { FeedItem } from '@input-progress/core';
import { itemIn, sampleItems } from '../playground/sample-items.js';
import { elementDeclaration } from './manifest.js';

/** A value that makes each property's effect plain to see, and the row that shows it best. */
const SHOWCASE: Record<string, { value: string; status: string }> = {
  '--input-progress-font': { value: "Georgia, 'Times New Roman', serif", status: 'processing' },
  '--input-progress-color-text': { value: '#7c2d12', status: 'processing' },
  '--input-progress-color-muted': { value: '#9a3412', status: 'processing' },
  '--input-progress-color-surface': { value: '#fef3c7', status: 'processing' },
  '--input-progress-color-border': { value: '#d97706', status: 'completed' },
  '--input-progress-color-track': { value: '#fde68a', status: 'processing' },
  '--input-progress-color-accent': { value: '#6d28d9', status: 'processing' },
  '--input-progress-color-on-status': { value: '#fef9c3', status: 'processing' },
  '--input-progress-color-pending': { value: '#475569', status: 'pending' },
  '--input-progress-color-processing': { value: '#6d28d9', status: 'processing' },
  '--input-progress-color-completed': { value: '#0f766e', status: 'completed' },
  '--input-progress-color-failed': { value: '#9f1239', status: 'failed' },
  '--input-progress-bar-height': { value: '1rem', status: 'processing' },
  '--input-progress-radius': { value: '0', status: 'processing' },
  '--input-progress-spacing': { value: '1.5rem', status: 'processing' },
};

export function ThemingTable() {
  const [items, setItems] = useState<readonly FeedItem[] | null>(null);
  useEffect(() => {
    let live = true;
    void sampleItems().then((loaded) => live && setItems(loaded));
    return () => {
      live = false;
    };
  }, []);
  const properties = elementDeclaration('input-progress-row').cssProperties ?? [];
  return (
    <table
      className="theming-table"
      aria-label="Every CSS custom property, changed alone on a live row"
    >
      <thead>
        <tr>
          <th scope="col">property, default and changed value</th>
          <th scope="col">a row with only this property changed</th>
        </tr>
      </thead>
      <tbody>
        {properties.map((property) => {
          const showcase = SHOWCASE[property.name] ?? { value: 'initial', status: 'processing' };
          const style = { [property.name]: showcase.value } as CSSProperties;
          return (
            <tr key={property.name}>
              <td>
                <code>{property.name}</code>
                <br />
                {property.description}
                <br />
                default <code>{property.default ?? '—'}</code>
                <br />
                here <code>{showcase.value}</code>
              </td>
              <td>
                {items ? (
                  <input-progress-row
                    item={itemIn(items, showcase.status)}
                    style={style}
                  ></input-progress-row>
                ) : (
                  'Loading…'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
