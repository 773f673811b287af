// The variants compared, in the order the table shows them. Each is a page in pages/.

export type VariantId = 'react' | 'react-core' | 'react-typical' | 'elements' | 'plain';

/** What a variant is in the comparison: a React peer, ours, or the hand-written floor. */
export type VariantRole = 'react' | 'ours' | 'floor';

export interface VariantInfo {
  readonly id: VariantId;
  readonly label: string;
  readonly role: VariantRole;
  /** The page, under the bench server's origin. */
  readonly page: string;
  /** What the page loads besides its HTML, as served paths (for the min+gzip size). */
  readonly assets: readonly string[];
}

export const VARIANTS: readonly VariantInfo[] = [
  {
    id: 'react',
    label: 'React 19 + TanStack Query, same CSS',
    role: 'react',
    page: '/react.html',
    assets: ['/dist/react-page.js', '/list.css'],
  },
  {
    id: 'react-core',
    label: 'React 19 + core feed, same CSS',
    role: 'react',
    page: '/react-core.html',
    assets: ['/dist/react-core-page.js', '/list.css'],
  },
  {
    id: 'react-typical',
    label: 'React as typically written (width bars, no content-visibility)',
    role: 'react',
    page: '/react-typical.html',
    assets: ['/dist/react-page.js', '/list-typical.css'],
  },
  {
    id: 'elements',
    label: '`<input-progress-list>`',
    role: 'ours',
    page: '/elements.html',
    assets: ['/standalone.js', '/dist/elements-page.js'],
  },
  {
    id: 'plain',
    label: 'plain DOM + core, same CSS (floor)',
    role: 'floor',
    page: '/plain.html',
    assets: ['/dist/plain-page.js', '/list.css'],
  },
];

/** The React variants: a ratio to "React" is to the best of them, measure by measure. */
export const REACT_VARIANTS: readonly VariantId[] = VARIANTS.filter((v) => v.role === 'react').map(
  (v) => v.id,
);
