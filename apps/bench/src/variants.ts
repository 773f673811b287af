// The variants compared, in the order the table shows them. Each is a page in pages/.

export type VariantId = 'react' | 'elements' | 'plain';

export interface VariantInfo {
  readonly id: VariantId;
  readonly label: string;
  /** The page, under the bench server's origin. */
  readonly page: string;
  /** What the page loads besides its HTML, as served paths (for the min+gzip size). */
  readonly assets: readonly string[];
}

export const VARIANTS: readonly VariantInfo[] = [
  {
    id: 'react',
    label: 'React 19 + TanStack Query',
    page: '/react.html',
    assets: ['/dist/react-page.js', '/list.css'],
  },
  {
    id: 'elements',
    label: '`<input-progress-list>`',
    page: '/elements.html',
    assets: ['/standalone.js', '/dist/elements-page.js'],
  },
  {
    id: 'plain',
    label: 'plain DOM + core (floor)',
    page: '/plain.html',
    assets: ['/dist/plain-page.js', '/list.css'],
  },
];

/** The variant the ratios are taken to. */
export const REFERENCE: VariantId = 'react';
