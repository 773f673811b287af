// The variants compared, in the order the table shows them. Each is a page the bench build
// writes into dist/ (src/page-html.ts) from what the variant loads.

export type VariantId = 'react' | 'react-core' | 'react-typical' | 'elements' | 'plain';

/** What a variant is in the comparison: a React peer, ours, or the hand-written floor. */
export type VariantRole = 'react' | 'ours' | 'floor';

/** What a variant's page loads, as served paths. */
export interface VariantPage {
  /** Module scripts, in order. */
  readonly scripts: readonly string[];
  /** The stylesheet (none for our element: it brings its own styles). */
  readonly stylesheet?: string;
  /** Bars filled by `width` rather than `transform` (src/pages/react-row.tsx reads it). */
  readonly barsByWidth?: boolean;
}

export interface VariantInfo extends VariantPage {
  readonly id: VariantId;
  readonly label: string;
  readonly role: VariantRole;
  /** The page, under the bench server's origin. */
  readonly page: string;
  /** What the page loads besides its HTML (for the min+gzip size). */
  readonly assets: readonly string[];
}

const variant = (info: Omit<VariantInfo, 'page' | 'assets'>): VariantInfo => ({
  ...info,
  page: `/dist/${info.id}.html`,
  assets: [...info.scripts, ...(info.stylesheet ? [info.stylesheet] : [])],
});

export const VARIANTS: readonly VariantInfo[] = [
  variant({
    id: 'react',
    label: 'React 19 + TanStack Query, same CSS',
    role: 'react',
    scripts: ['/dist/react-page.js'],
    stylesheet: '/dist/list.css',
  }),
  variant({
    id: 'react-core',
    label: 'React 19 + core feed, same CSS',
    role: 'react',
    scripts: ['/dist/react-core-page.js'],
    stylesheet: '/dist/list.css',
  }),
  variant({
    id: 'react-typical',
    label: 'React as typically written (width bars, no content-visibility)',
    role: 'react',
    scripts: ['/dist/react-page.js'],
    stylesheet: '/dist/list-typical.css',
    barsByWidth: true,
  }),
  variant({
    id: 'elements',
    label: '`<input-progress-list>`',
    role: 'ours',
    scripts: ['/standalone.js', '/dist/elements-page.js'],
  }),
  variant({
    id: 'plain',
    label: 'plain DOM + core, same CSS (floor)',
    role: 'floor',
    scripts: ['/dist/plain-page.js'],
    stylesheet: '/dist/list.css',
  }),
];

/** The React variants: a ratio to "React" is to the best of them, measure by measure. */
export const REACT_VARIANTS: readonly VariantId[] = VARIANTS.filter((v) => v.role === 'react').map(
  (v) => v.id,
);
