/**
 * Decisions and recipients in the open-data shape, and a fetch over generated name-index files,
 * for the name and unit index tests.
 */
import { anchorOf, type ShardJson } from '../../src/search/name-shard.ts';
import type { OpenDataDecision } from '../../src/domain/open-data.ts';

export type Recipient = OpenDataDecision['recipients'][number];

export const SITE = 'https://bangvang.example.vn';

export function person(name: string, extra: Partial<Recipient> = {}): Recipient {
  return { name, kind: 'ca-nhan', posthumous: false, anchor: anchorOf(name), page: 1, ...extra };
}

export function decision(
  id: string,
  signed: string,
  recipients: Recipient[],
  extra: Partial<OpenDataDecision> = {},
): OpenDataDecision {
  return {
    id,
    decision: `${id.length}/QĐ-UBND`,
    signed: new Date(`${signed}T00:00:00+07:00`),
    issuer: 'chu-tich-ubnd-tinh',
    issuerName: 'Chủ tịch UBND tỉnh',
    level: 'bo-tinh',
    award: 'bang-khen-bo-tinh',
    awardName: 'Bằng khen',
    period: signed.slice(0, 4),
    status: 'quyet-dinh',
    recipients,
    ...extra,
  };
}

/** A fetch over generated files, recording what was asked for. */
export function server(files: ReadonlyMap<string, ShardJson>) {
  const asked: string[] = [];
  return {
    asked,
    fetch: (file: string) => {
      asked.push(file);
      // Through JSON, as the browser receives it.
      const shard = files.get(file);
      return Promise.resolve(shard && (JSON.parse(JSON.stringify(shard)) as ShardJson));
    },
  };
}
