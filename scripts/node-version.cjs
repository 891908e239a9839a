// Runs before any TypeScript file of the project. The .ts scripts run on
// Node's own type stripping, on by default from Node 22.18 (and 23.6): an
// older Node stops on the first .ts file with ERR_UNKNOWN_FILE_EXTENSION.
// Plain CommonJS of the oldest kind, so any Node can say what is wrong.
'use strict';

var MINIMUM = '22.18';

/** Whether this Node version runs .ts files without flags. */
function supported(version) {
  var parts = String(version).replace(/^v/, '').split('.').map(Number);
  var major = parts[0] || 0;
  var minor = parts[1] || 0;
  if (major === 22) return minor >= 18;
  if (major === 23) return minor >= 6;
  return major > 23;
}

/** The bilingual message for a Node that is too old. */
function tooOldMessage(version, execPath) {
  var v = String(version).replace(/^v/, '');
  return [
    'Dự án này cần Node.js ≥ ' + MINIMUM + '; máy đang chạy Node ' + v + ' (' + execPath + ').',
    '  Cài Node.js 24 (bản LTS) từ https://nodejs.org/ rồi mở cửa sổ dòng lệnh mới;',
    '  công cụ quản lý phiên bản Node đọc tệp .nvmrc của dự án (24).',
    'This needs Node.js ≥ ' + MINIMUM + '; you have ' + v + ' (' + execPath + ').',
    '  Install Node.js 24 (LTS) from https://nodejs.org/ and open a new terminal;',
    '  Node version managers read the project\'s .nvmrc (24).',
    '',
  ].join('\n');
}

module.exports = { MINIMUM: MINIMUM, supported: supported, tooOldMessage: tooOldMessage };

if (require.main === module && !supported(process.versions.node)) {
  process.stderr.write(tooOldMessage(process.versions.node, process.execPath));
  process.exitCode = 1;
}
