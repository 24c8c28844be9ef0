/**
 * Open data: every recipient of every decision, for /du-lieu/khen-thuong.csv (one flat table, as
 * an office opens it in Excel) and .json (each decision once, with its recipients): its columns
 * and rows. Pure functions; the files' text is open-data-files.ts, the endpoints only serialise.
 */
import { vietnamIsoDate } from '../utils/dates.ts';
import { routesFor } from '../routing/routes.ts';

export interface OpenDataDecision {
  decision: string;
  signed: Date;
  issuer: string;
  issuerName: string;
  /** Level of the conferring authority (`nha-nuoc`, `chinh-phu`, `bo-tinh`, `co-so`): "cấp khen". */
  level: string;
  award: string;
  awardName: string;
  class?: string | undefined;
  period: string;
  status: string;
  recipients: readonly {
    name: string;
    kind: string;
    unit?: string | undefined;
    unitName?: string | undefined;
    /** Names the unit had before (2025 mergers, renamings), so old records are found under them. */
    unitFormerNames?: readonly string[] | undefined;
    position?: string | undefined;
    citation?: string | undefined;
    posthumous: boolean;
    /** Its name is not published: withheld on request, or a person under 18 (`name` is then empty). */
    nameHidden?: boolean | undefined;
    /** Its row on the decision's pages, from the site's root (routing/routes.ts). */
    href: string;
    /** The public verification code; none for a proposal's rows. */
    code?: string | undefined;
  }[];
}

/** What a column holds, for the data dictionary (/du-lieu/) and the CSV's metadata (CSVW). */
export interface OpenDataField {
  /** The key in the JSON, the column's name in the metadata: English, stable. */
  key: string;
  /** The CSV's header, for an office opening it in Excel. */
  titleVi: string;
  titleEn: string;
  /** XML Schema datatype (CSVW): `date` is YYYY-MM-DD in Vietnam's time, `boolean` is true or false. */
  datatype: 'string' | 'date' | 'boolean' | 'anyURI';
  vi: string;
  en: string;
}

/**
 * Every column, in order, described once: the CSV's Vietnamese headers, the JSON's English keys,
 * the data dictionary page and the CSVW metadata are all made from this list.
 */
export const OPEN_DATA_FIELDS = [
  {
    key: 'decision',
    titleVi: 'Số quyết định',
    titleEn: 'Decision number',
    datatype: 'string',
    vi: 'Số, ký hiệu của quyết định (hoặc tờ trình đề nghị) như in trên văn bản, ví dụ 156/QĐ-UBND.',
    en: 'Number and symbol of the decision (or proposal) as printed, e.g. 156/QĐ-UBND.',
  },
  {
    key: 'signed',
    titleVi: 'Ngày ký',
    titleEn: 'Date signed',
    datatype: 'date',
    vi: 'Ngày ký, dạng năm-tháng-ngày (2024-01-18), theo giờ Việt Nam.',
    en: 'Date signed, year-month-day (2024-01-18), in Vietnam time.',
  },
  {
    key: 'issuer',
    titleVi: 'Mã cấp khen thưởng',
    titleEn: 'Conferring authority (id)',
    datatype: 'string',
    vi: 'Mã người có thẩm quyền khen thưởng trong danh mục (chu-tich-ubnd-tinh…).',
    en: "Id of the conferring authority in the site's taxonomy (chu-tich-ubnd-tinh…).",
  },
  {
    key: 'issuerName',
    titleVi: 'Cấp khen thưởng',
    titleEn: 'Conferring authority',
    datatype: 'string',
    vi: 'Người có thẩm quyền khen thưởng: Chủ tịch Ủy ban nhân dân tỉnh…',
    en: "The conferring authority's name: Chủ tịch Ủy ban nhân dân tỉnh (Chair of the provincial People's Committee)…",
  },
  {
    key: 'level',
    titleVi: 'Mã cấp khen',
    titleEn: 'Level (id)',
    datatype: 'string',
    vi: 'Cấp khen: nha-nuoc (Nhà nước), chinh-phu (Chính phủ), bo-tinh (Bộ, ngành, tỉnh), co-so (cơ sở).',
    en: 'Level of the award: nha-nuoc (State), chinh-phu (Government), bo-tinh (ministry or province), co-so (local).',
  },
  {
    key: 'award',
    titleVi: 'Mã hình thức khen thưởng',
    titleEn: 'Award (id)',
    datatype: 'string',
    vi: 'Mã danh hiệu hoặc hình thức khen thưởng trong danh mục (bang-khen-bo-tinh…).',
    en: "Id of the title or form of commendation in the site's taxonomy (bang-khen-bo-tinh…).",
  },
  {
    key: 'awardName',
    titleVi: 'Hình thức khen thưởng',
    titleEn: 'Award',
    datatype: 'string',
    vi: 'Tên danh hiệu hoặc hình thức khen thưởng, không kèm hạng.',
    en: 'Name of the title or form of commendation, without its class.',
  },
  {
    key: 'class',
    titleVi: 'Hạng',
    titleEn: 'Class',
    datatype: 'string',
    vi: 'Hạng: hang-nhat, hang-nhi, hang-ba; để trống với hình thức không có hạng.',
    en: 'Class: hang-nhat (first), hang-nhi (second), hang-ba (third); empty for awards without classes.',
  },
  {
    key: 'period',
    titleVi: 'Năm thành tích',
    titleEn: 'Achievement period',
    datatype: 'string',
    vi: 'Năm (2023) hoặc giai đoạn (2021–2025) của thành tích được khen.',
    en: 'Year (2023) or period (2021–2025) of the achievement.',
  },
  {
    key: 'status',
    titleVi: 'Trạng thái',
    titleEn: 'Status',
    datatype: 'string',
    vi: 'quyet-dinh (đã quyết định), de-nghi (mới là đề nghị, chưa phải khen thưởng), thu-hoi (quyết định đã bị thu hồi).',
    en: 'quyet-dinh (decided), de-nghi (a proposal, not an award), thu-hoi (the decision was revoked).',
  },
  {
    key: 'name',
    titleVi: 'Họ tên, tên tập thể',
    titleEn: 'Name',
    datatype: 'string',
    vi: 'Họ tên cá nhân hoặc tên tập thể như trong quyết định; để trống khi tên không được công bố (cột tiếp theo).',
    en: 'Name of the person or collective as in the decision; empty when the name is not published (next column).',
  },
  {
    key: 'nameWithheld',
    titleVi: 'Không công bố tên',
    titleEn: 'Name withheld',
    datatype: 'boolean',
    vi: 'true khi tên không được công bố theo quy định về dữ liệu cá nhân: không công bố theo đề nghị, hoặc người dưới 18 tuổi. Bản ghi vẫn được tính.',
    en: 'true when the name is not published under the personal data rules: withheld on request, or a person under 18. The record still counts.',
  },
  {
    key: 'kind',
    titleVi: 'Loại đối tượng',
    titleEn: 'Kind',
    datatype: 'string',
    vi: 'ca-nhan (cá nhân), tap-the (tập thể), ho-gia-dinh (hộ gia đình).',
    en: 'ca-nhan (individual), tap-the (collective), ho-gia-dinh (household).',
  },
  {
    key: 'unit',
    titleVi: 'Mã đơn vị',
    titleEn: 'Unit (id)',
    datatype: 'string',
    vi: 'Mã đơn vị trên trang (phuong-hoa-lu), hoặc tên nơi công tác như đã ghi khi đơn vị không có trang riêng.',
    en: "The unit's id on the site (phuong-hoa-lu), or the workplace as written when it has no page of its own.",
  },
  {
    key: 'unitName',
    titleVi: 'Đơn vị',
    titleEn: 'Unit',
    datatype: 'string',
    vi: 'Tên hiện nay của đơn vị.',
    en: "The unit's present name.",
  },
  {
    key: 'unitFormerNames',
    titleVi: 'Tên cũ của đơn vị',
    titleEn: 'Former names of the unit',
    datatype: 'string',
    vi: 'Các tên trước đây của đơn vị (trước sáp nhập, đổi tên), cách nhau bằng "; ".',
    en: 'Names the unit had before (mergers, renamings), separated by "; ".',
  },
  {
    key: 'position',
    titleVi: 'Chức vụ',
    titleEn: 'Position',
    datatype: 'string',
    vi: 'Chức vụ như trong quyết định.',
    en: 'Position as in the decision.',
  },
  {
    key: 'citation',
    titleVi: 'Thành tích',
    titleEn: 'Citation',
    datatype: 'string',
    vi: 'Thành tích được khen, như trong quyết định.',
    en: 'The achievement cited, as in the decision.',
  },
  {
    key: 'posthumous',
    titleVi: 'Truy tặng',
    titleEn: 'Posthumous',
    datatype: 'boolean',
    vi: 'true khi được truy tặng (sau khi mất).',
    en: 'true when awarded after death.',
  },
  {
    key: 'url',
    titleVi: 'Địa chỉ trên trang quyết định',
    titleEn: 'Address on the decision page',
    datatype: 'anyURI',
    vi: 'Địa chỉ dòng của đối tượng trên trang quyết định.',
    en: "Address of the recipient's row on the decision's page.",
  },
  {
    key: 'code',
    titleVi: 'Mã xác minh',
    titleEn: 'Verification code',
    datatype: 'string',
    vi: 'Mã xác minh công khai của hồ sơ (9 ký tự, ví dụ 7HC-M4X-2EA), in trên giấy khen; để trống với đề nghị và hồ sơ không công bố tên.',
    en: 'Public verification code of the record (9 symbols, e.g. 7HC-M4X-2EA), printed on certificates; empty for proposals and unpublished names.',
  },
  {
    key: 'verifyUrl',
    titleVi: 'Địa chỉ xác minh',
    titleEn: 'Verification address',
    datatype: 'anyURI',
    vi: 'Địa chỉ trang xác minh hồ sơ (mã QR trên giấy khen dẫn đến đây).',
    en: "Address of the record's verification page (the QR code on a certificate leads here).",
  },
] as const satisfies readonly OpenDataField[];

/** The columns, in order: the JSON's keys. */
export const OPEN_DATA_COLUMNS = OPEN_DATA_FIELDS.map((field) => field.key);

export type OpenDataRow = Record<(typeof OPEN_DATA_FIELDS)[number]['key'], string | boolean>;

export function generateOpenDataRows(decisions: readonly OpenDataDecision[], siteUrl: string): OpenDataRow[] {
  const routes = routesFor(siteUrl);
  return decisions.flatMap((d) =>
    d.recipients.map((r) => ({
      decision: d.decision,
      signed: vietnamIsoDate(d.signed),
      issuer: d.issuer,
      issuerName: d.issuerName,
      level: d.level,
      award: d.award,
      awardName: d.awardName,
      class: d.class ?? '',
      period: d.period,
      status: d.status,
      name: r.name,
      nameWithheld: r.nameHidden ?? false,
      kind: r.kind,
      unit: r.unit ?? '',
      unitName: r.unitName ?? '',
      unitFormerNames: (r.unitFormerNames ?? []).join('; '),
      position: r.position ?? '',
      citation: r.citation ?? '',
      posthumous: r.posthumous,
      url: new URL(r.href, siteUrl).href,
      code: r.code ?? '',
      verifyUrl: r.code ? new URL(routes.verify(r.code), siteUrl).href : '',
    })),
  );
}
