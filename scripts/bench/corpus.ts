/**
 * A deterministic, seeded synthetic corpus in the real content format, for the benchmark:
 * N stories (a mix of .md and .mdx, some with covers), exemplars, units with history, clusters,
 * movements, and decisions holding R recipients in total (the largest from CSV annexes of
 * 5,000+ rows). Pure: returns the files; scripts/bench/write-corpus.ts writes them.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface CorpusOptions {
  stories: number;
  recipients: number;
  seed?: number;
}

export interface CorpusFile {
  path: string;
  text: string;
}

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Lương',
  'Ưng',
];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quốc', 'Hữu', 'Thanh', 'Xuân', 'Bảo', 'Thị Ngọc'];
const GIVEN = [
  'An',
  'Ăng',
  'Ấn',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phúc',
  'Phương',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thịnh',
  'Thủy',
  'Trang',
  'Tú',
  'Uyên',
  'Ước',
  'Vân',
  'Yến',
];
const PLACES = [
  'Bắc Sơn',
  'Đông Hòa',
  'Tây Tiến',
  'Nam Thành',
  'Hòa Bình',
  'Tân Phú',
  'An Lạc',
  'Phú Mỹ',
  'Thạnh Lộc',
  'Quang Trung',
  'Hưng Đạo',
  'Trường Xuân',
  'Đồng Tâm',
  'Ea Kar',
  'Mường Thanh',
  'Kỳ Sơn',
  'Ái Nghĩa',
  'Ô Loan',
  'Ứng Hòa',
  'Âu Cơ',
];
const WORDS =
  'phong trào thi đua khen thưởng tập thể cá nhân điển hình tiên tiến hội nghị tổng kết triển khai nhiệm vụ năm đồng chí lãnh đạo địa phương đơn vị cán bộ công chức viên chức người lao động nhân dân kết quả chỉ tiêu kinh tế xã hội chuyển đổi số nông thôn mới cải cách hành chính giao ước đổi mới sáng tạo hiệu quả thiết thực đóng góp thành tích xuất sắc tuyên truyền nhân rộng gương người tốt việc tốt'.split(
    ' ',
  );
const TAGS = Array.from({ length: 200 }, (_, i) => `Chủ đề ${i + 1}`);
const CATEGORIES = ['hoi-nghi', 'phat-dong', 'giao-uoc', 'tong-ket', 'khen-thuong', 'dien-hinh', 'van-ban', 'tin-tuc'];

export function generateCorpus({ stories, recipients, seed = 42 }: CorpusOptions): CorpusFile[] {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number): number => uniformInt(rng, min, max);
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (): string => {
    const s = words(int(8, 18));
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const person = (): string => `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`;
  const pad = (n: number, width = 4) => String(n).padStart(width, '0');
  const files: CorpusFile[] = [];
  const add = (path: string, text: string) => files.push({ path, text });

  add(
    'site.yaml',
    'name: Bảng Vàng (bộ dữ liệu đo)\ndescription: Bộ dữ liệu tổng hợp dùng để đo tốc độ dựng trang.\norganisation: Bảng Vàng\nurl: https://bench.example.vn\ndemo: true\n',
  );

  // Units: provinces, their wards, and former districts merged into a ward on 2025-07-01.
  const provinces = Math.max(4, Math.ceil(stories / 800));
  const wardsPer = 20;
  const wards: string[] = [];
  for (let p = 1; p <= provinces; p++) {
    add(`units/tinh-${pad(p, 3)}.yaml`, `name: Tỉnh ${pick(PLACES)} ${p}\ntype: tinh\n`);
    for (let w = 1; w <= wardsPer; w++) {
      const id = `phuong-${pad(p, 3)}-${pad(w, 2)}`;
      wards.push(id);
      add(
        `units/${id}.yaml`,
        `name: Phường ${pick(PLACES)} ${p}-${w}\ntype: phuong\nparent: tinh-${pad(p, 3)}\nvalidFrom: 2025-07-01\n`,
      );
      if (w <= 5) {
        add(
          `units/huyen-${pad(p, 3)}-${pad(w, 2)}.yaml`,
          `name: Huyện ${pick(PLACES)} ${p}-${w}\ntype: huyen\nparent: tinh-${pad(p, 3)}\nvalidTo: 2025-06-30\nsuccessor: ${id}\nformerNames:\n  - name: Huyện cũ ${p}-${w}\n    until: 2010-12-31\n`,
        );
      }
    }
  }

  // Clusters: one per province per year, of its first ten wards.
  const clusters: string[] = [];
  for (let p = 1; p <= provinces; p++) {
    for (let year = 2020; year <= 2025; year++) {
      const id = `cum-${pad(p, 3)}-${year}`;
      clusters.push(id);
      const members = wards.slice((p - 1) * wardsPer, (p - 1) * wardsPer + 10);
      add(
        `clusters/${id}.yaml`,
        `name: Cụm Thi đua số ${p}\nkind: cum\nyear: ${year}\norganiser: tinh-${pad(p, 3)}\nmembers: [${members.join(', ')}]\nleader: ${members[0]}\ndeputy: ${members[1]}\ntheme: ${sentence()}\ncovenant:\n  - ${sentence()}\n  - ${sentence()}\n`,
      );
    }
  }

  const movements = Array.from({ length: 6 }, (_, i) => `phong-trao-${i + 1}`);
  movements.forEach((id, i) =>
    add(
      `movements/${id}.yaml`,
      `name: Phong trào thi đua số ${i + 1}\nlaunchedBy: Thủ tướng Chính phủ\nstart: ${2016 + i}-03-01\ndescription: ${sentence()} ${sentence()}\n`,
    ),
  );

  // Decisions: many small inline lists, and annexes of 5,000+ rows in CSV.
  const awards: string[] = [];
  let left = recipients;
  let d = 0;
  const bigEvery = 6000;
  while (left > 0) {
    d++;
    const year = int(2016, 2025);
    const id = `qd-${pad(d, 5)}`;
    awards.push(id);
    const province = int(1, provinces);
    const big = left >= bigEvery && d % 10 === 1;
    const count = Math.min(left, big ? int(5000, bigEvery) : int(5, 40));
    left -= count;
    const rows = Array.from({ length: count }, () => {
      const individual = int(0, 9) < 8;
      return {
        name: individual ? person() : `Tổ dân phố ${pick(PLACES)} ${int(1, 30)}`,
        kind: individual ? 'ca-nhan' : 'tap-the',
        unit: pick(wards.slice((province - 1) * wardsPer, province * wardsPer)),
        position: individual ? 'Cán bộ' : '',
        citation: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
      };
    });
    const head = `decision: ${d}/QĐ-UBND\ntitle: Tặng Bằng khen năm ${year} (${d})\nsigned: ${year + 1}-0${int(1, 9)}-1${int(0, 9)}\nissuer: chu-tich-ubnd-tinh\nissuerUnit: tinh-${pad(province, 3)}\naward: bang-khen-bo-tinh\nperiod: ${year}\nreason: ${sentence()}\n`;
    if (big) {
      add(`awards/${id}.yaml`, `${head}recipientsFile: ${id}.csv\n`);
      add(
        `awards/${id}.csv`,
        `name,kind,unit,position,citation\n${rows.map((r) => [r.name, r.kind, r.unit, r.position, r.citation].join(',')).join('\n')}\n`,
      );
    } else {
      const list = rows
        .map(
          (r) =>
            `  - name: ${r.name}\n    kind: ${r.kind}\n    unit: ${r.unit}\n${r.position ? `    position: ${r.position}\n` : ''}    citation: ${r.citation}\n`,
        )
        .join('');
      add(`awards/${id}.yaml`, `${head}recipients:\n${list}`);
    }
  }

  // Exemplars.
  const exemplars = Array.from(
    { length: Math.max(5, Math.floor(stories / 50)) },
    (_, i) => `dien-hinh-${pad(i + 1, 5)}`,
  );
  exemplars.forEach((id) =>
    add(
      `exemplars/${id}.md`,
      `---\nname: ${person()}\nkind: ca-nhan\nunit: ${pick(wards)}\nyear: ${int(2016, 2025)}\nsummary: ${sentence()}\nawards: [${pick(awards)}]\n---\n${sentence()} ${sentence()}\n\n${sentence()} ${sentence()}\n`,
    ),
  );

  // Stories.
  for (let i = 1; i <= stories; i++) {
    const year = int(2016, 2026);
    const month = pad(int(1, 12), 2);
    const day = pad(int(1, 28), 2);
    const mdx = i % 10 === 0;
    const cover =
      i % 20 === 0
        ? `cover:\n  image: ../anh/bia-${(i % 3) + 1}.jpg\n  alt: Ảnh minh họa bài số ${i}.\n  caption: ${sentence()}\n`
        : '';
    const units = Array.from({ length: int(1, 3) }, () => pick(wards));
    const tags = Array.from({ length: int(1, 3) }, () => pick(TAGS));
    const paragraphs = Array.from({ length: int(4, 7) }, () => `${sentence()} ${sentence()} ${sentence()}`);
    const body = `${paragraphs.slice(0, 2).join('\n\n')}\n\n## ${words(5)}\n\n${paragraphs.slice(2).join('\n\n')}\n`;
    add(
      `articles/${year}/tin-${pad(i, 6)}.${mdx ? 'mdx' : 'md'}`,
      `---\ntitle: Tin số ${i}: ${words(8)}\ndescription: ${sentence()} ${sentence()}\ndate: ${year}-${month}-${day} ${pad(int(6, 21), 2)}:${pad(int(0, 59), 2)}\ncategory: ${pick(CATEGORIES)}\nauthors: [${person()}]\nunits: [${[...new Set(units)].join(', ')}]\ntags: [${[...new Set(tags)].join(', ')}]\n${i % 7 === 0 ? `awards: [${pick(awards)}]\n` : ''}${i % 11 === 0 ? `cluster: ${pick(clusters)}\n` : ''}${i % 13 === 0 ? `movement: ${pick(movements)}\n` : ''}${i % 17 === 0 ? `exemplars: [${pick(exemplars)}]\n` : ''}${cover}---\n${body}`.replace(
        /^title: (.*)$/m,
        (_, t: string) => `title: "${t}"`,
      ),
    );
  }
  return files;
}
