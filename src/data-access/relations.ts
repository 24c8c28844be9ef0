/** Reverse links (which stories and decisions name a cluster, movement or exemplar), built once. */
import { getArticles, type ArticleEntry } from './articles.ts';
import { getDecisions, type Decision } from './awards.ts';

export interface Relations {
  articlesByCluster: Map<string, ArticleEntry[]>;
  articlesByMovement: Map<string, ArticleEntry[]>;
  articlesByExemplar: Map<string, ArticleEntry[]>;
  decisionsByCluster: Map<string, Decision[]>;
  decisionsByMovement: Map<string, Decision[]>;
}

function push<T>(map: Map<string, T[]>, key: string | undefined, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let cached: Promise<Relations> | undefined;

async function load(): Promise<Relations> {
  const [articles, decisions] = await Promise.all([getArticles(), getDecisions()]);
  const relations: Relations = {
    articlesByCluster: new Map(),
    articlesByMovement: new Map(),
    articlesByExemplar: new Map(),
    decisionsByCluster: new Map(),
    decisionsByMovement: new Map(),
  };
  for (const article of articles) {
    push(relations.articlesByCluster, article.data.cluster, article);
    push(relations.articlesByMovement, article.data.movement, article);
    for (const id of new Set(article.data.exemplars)) push(relations.articlesByExemplar, id, article);
  }
  for (const decision of decisions) {
    push(relations.decisionsByCluster, decision.entry.data.cluster, decision);
    push(relations.decisionsByMovement, decision.entry.data.movement, decision);
  }
  return relations;
}

export function getRelations(): Promise<Relations> {
  cached ??= load();
  return cached;
}
