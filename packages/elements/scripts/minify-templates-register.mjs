// `node --import tsx --import ./scripts/minify-templates-register.mjs …`: Node minifies the
// elements' shipped templates as it loads them, as the published build does (see
// minify-templates.mjs). The Node tests run with it (.mocharc.cjs).
import { registerMinifyTemplates } from './minify-templates.mjs';

registerMinifyTemplates();
