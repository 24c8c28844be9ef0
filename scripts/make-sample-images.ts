/**
 * Draws the illustrative pictures of the sample site (no photos could be taken or fetched).
 * Run once: `npx node scripts/make-sample-images.ts`; the JPEGs are committed as content.
 */
import sharp from 'sharp';

const W = 1600;
const H = 1000;

function hall(lines: [string, string]): string {
  const seats = Array.from({ length: 5 }, (_, row) =>
    Array.from({ length: 14 }, (_, col) => {
      const x = 120 + col * 100 + (row % 2) * 30;
      const y = 640 + row * 70;
      return `<rect x="${x}" y="${y}" width="70" height="46" rx="10" fill="#7a1010" opacity="${0.95 - row * 0.1}"/>
              <circle cx="${x + 35}" cy="${y - 14}" r="16" fill="#2b2b2b" opacity="${0.9 - row * 0.1}"/>`;
    }).join(''),
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6e7c8"/><stop offset="1" stop-color="#d9b98a"/></linearGradient></defs>
    <rect width="${W}" height="${H}" fill="url(#g)"/>
    <rect x="0" y="560" width="${W}" height="440" fill="#b58b5a"/>
    <rect x="160" y="80" width="1280" height="330" fill="#b3121b"/>
    <polygon points="800,100 816,146 865,146 826,174 841,220 800,192 759,220 774,174 735,146 784,146" fill="#ffd400"/>
    <text x="800" y="318" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="bold" fill="#ffd400" text-anchor="middle">${lines[0]}</text>
    <text x="800" y="378" font-family="DejaVu Sans, sans-serif" font-size="40" font-weight="bold" fill="#ffd400" text-anchor="middle">${lines[1]}</text>
    <rect x="420" y="440" width="760" height="110" fill="#8c1d1d"/>
    <rect x="440" y="455" width="720" height="20" fill="#e8c46a"/>
    ${seats}
  </svg>`;
}

function signing(): string {
  const people = Array.from({ length: 6 }, (_, i) => {
    const x = 230 + i * 230;
    return `<circle cx="${x}" cy="420" r="52" fill="#3a2a20"/>
            <rect x="${x - 80}" y="475" width="160" height="220" rx="40" fill="${i % 2 ? '#1f3b63' : '#2c2c2c'}"/>
            <rect x="${x - 60}" y="640" width="120" height="16" fill="#fff"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="${W}" height="${H}" fill="#efe3cf"/>
    <rect x="100" y="80" width="1400" height="200" fill="#b3121b"/>
    <text x="800" y="200" font-family="DejaVu Sans, sans-serif" font-size="52" font-weight="bold" fill="#ffd400" text-anchor="middle">KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2026</text>
    ${people}
    <rect x="80" y="660" width="1440" height="120" fill="#6b3f1f"/>
    <rect x="80" y="780" width="1440" height="220" fill="#4f2d15"/>
  </svg>`;
}

const out = 'content/articles/2026/anh';
await sharp(Buffer.from(hall(['HỘI NGHỊ TỔNG KẾT', 'CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025'])))
  .jpeg({ quality: 82 })
  .toFile(`${out}/hoi-nghi-cum-1.jpg`);
await sharp(Buffer.from(signing())).jpeg({ quality: 82 }).toFile(`${out}/ky-giao-uoc-2026.jpg`);
console.log('written');
