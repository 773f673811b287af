// The repository's mocha setup (../../.mocharc.cjs), plus the elements' template minifier
// after tsx: the Node tests server-render the templates as the published build ships them.
const base = require('../../.mocharc.cjs');

module.exports = {
  ...base,
  'node-option': [...base['node-option'], 'import=./scripts/minify-templates-register.mjs'],
};
