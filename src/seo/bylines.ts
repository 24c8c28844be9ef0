/**
 * What a byline names, for JSON-LD: a person ("Xuân Thu"), a body or an outlet ("Ban Biên tập
 * Bảng Vàng", "Báo Lào Cai", "TTH.VN"), or only a job ("Phóng viên", "PV", "CTV"), which names
 * nobody and is left out. Vietnamese newsrooms sign stories all three ways. Pure.
 */

export type BylineKind = 'person' | 'organisation' | 'role';

/**
 * Matched on the lower-cased name with its accents: folded, "Báo" (a paper) would be "Bảo" (a
 * given name), "Phòng" (an office) "Phong", "Sở" "Sơ". Family names that are also bodies' words
 * ("Đoàn", "Trường" as in "Trường Giang") are not in the list: such a byline stays a person.
 */
const lower = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Bylines that are a job, not a name. */
const ROLE = /^(nhóm )?(phóng viên|pv|pvtt|phóng viên thường trú|cộng tác viên|ctv|biên tập viên|btv|tác giả)$/u;

/** The first words of a body's name: boards, papers, stations, portals, offices, agencies, parties. */
const BODY =
  /^(ban|báo|tạp chí|đài|cổng thông tin|trang thông tin|trung tâm|sở|ủy ban|uỷ ban|ubnd|hội|hội đồng|văn phòng|phòng|cục|bộ|tòa soạn|toà soạn|thông tấn xã|công an|công ty|liên đoàn|mặt trận|tỉnh ủy|thành ủy|huyện ủy|đảng ủy) /u;

/** An outlet written as its address ("baothuathienhue.vn", "TTH.VN"). */
const DOMAIN = /^([a-z0-9-]+\.)+[a-z]{2,}$/;

/** An all-capital acronym ("TTXVN", "VOV"). */
const ACRONYM = /^[A-ZĐ0-9&]{2,10}$/u;

export function bylineKind(name: string): BylineKind {
  const text = lower(name);
  if (ROLE.test(text)) return 'role';
  if (BODY.test(`${text} `) || DOMAIN.test(text) || ACRONYM.test(name.trim())) return 'organisation';
  return 'person';
}

export interface LdAgent {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
}

/**
 * A story's authors as schema.org agents: people as Person, bodies and outlets as Organization,
 * jobs left out. When nothing is left ("Phóng viên" alone), the story's source (the paper it was
 * taken from) or else the publisher is the author, since an article needs one.
 */
export function bylineAgents(authors: readonly string[], fallback: LdAgent): LdAgent[] {
  const agents = authors.flatMap((name): LdAgent[] => {
    const kind = bylineKind(name);
    if (kind === 'role') return [];
    return [{ '@type': kind === 'person' ? 'Person' : 'Organization', name: name.trim() }];
  });
  return agents.length ? agents : [fallback];
}
