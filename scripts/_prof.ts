import { generateCandidates, benchCsv } from './bench/sidepanel';
import { csvRows } from '../lib/workspace/csv';
import Papa from 'papaparse';
const { candidates, notes } = generateCandidates();
const t = (name: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(name, Math.round(performance.now() - s)); return r; };
for (let i = 0; i < 3; i++) {
  const rows = t('csvRows', () => csvRows(candidates, { notes, roleId: 'backend-engineer', timeZone: 'Europe/Lisbon' })) as never;
  t('unparse', () => Papa.unparse({ fields: Array.from({length:16}, (_, i) => String(i)), data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: /^\s*[=+\-@]|^[\t\r]/, header: true }));
}
console.log('benchCsv', benchCsv(candidates, notes));
