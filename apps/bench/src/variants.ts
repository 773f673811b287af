// The variants compared, in the order the table shows them. Each is a page in pages/.

export type VariantId = 'react' | 'elements' | 'plain';

export interface VariantInfo {
  readonly id: VariantId;
  readonly label: string;
  /** The page, under the bench server's origin. */
  readonly page: string;
  /** The scripts the page loads (for their min+gzip size), relative to apps/bench. */
  readonly scripts: readonly string[];
}

export const VARIANTS: readonly VariantInfo[] = [
  {
    id: 'react',
    label: 'React 19 + TanStack Query',
    page: '/react.html',
    scripts: ['dist/react-page.js'],
  },
  {
    id: 'elements',
    label: '`<input-progress-list>`',
    page: '/elements.html',
    scripts: ['@input-progress/elements/standalone.js', 'dist/elements-page.js'],
  },
  {
    id: 'plain',
    label: 'plain DOM + core (floor)',
    page: '/plain.html',
    scripts: ['dist/plain-page.js'],
  },
];

/** The variant the ratios are taken to. */
export const REFERENCE: VariantId = 'react';
