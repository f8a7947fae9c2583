// Renders icon.svg into the PNG, ICO and ICNS files electron-builder
// packs, with the Chromium that end-to-end tests use (no image tools
// needed). ICO and ICNS files hold PNG images, which every supported
// Windows and macOS reads. Run: node resources/icons/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
const page = await browser.newPage();

async function png(size) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
  );
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

const images = new Map();
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) images.set(size, await png(size));
await browser.close();

writeFileSync(path.join(here, 'icon.png'), images.get(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(path.join(here, `${size}x${size}.png`), images.get(size));
}
const ico = icoFile([16, 32, 48, 64, 128, 256].map((size) => [size, images.get(size)]));
const icns = icnsFile([
  ['icp4', images.get(16)],
  ['icp5', images.get(32)],
  ['ic07', images.get(128)],
  ['ic08', images.get(256)],
  ['ic09', images.get(512)],
  ['ic10', images.get(1024)],
]);
for (const name of ['icon', 'ficha']) {
  writeFileSync(path.join(here, `${name}.ico`), ico);
  writeFileSync(path.join(here, `${name}.icns`), icns);
}

function icoFile(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(([size, data], i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map(([, data]) => data)]);
}

function icnsFile(entries) {
  const chunks = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}
