// Child process of workbook-node.ts: reads the workbooks given on stdin
// (name and base64 bytes, as JSON) and writes their sheet data to stdout.
import ExcelJS from 'exceljs';
import { readWorkbook } from './workbook.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const books = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name: string; base64: string }[];
const out = [];
for (const b of books) out.push(await readWorkbook(b.name, new Uint8Array(Buffer.from(b.base64, 'base64')), ExcelJS));
process.stdout.write(JSON.stringify(out));
