// Resolution: mentions → entities (aliases merged), models → developers, facts → models.
import * as cues from "../lexicon/cues.js";
import type { Lexicon, LexiconEntry } from "../lexicon/load.js";
import type { BenchmarkScore, Entity, ParameterCount } from "../schema.js";
import type { MentionCandidate, ParameterCandidate, ScoreCandidate, SegmentedText } from "../types.js";
import { nameKey, toSourceSpan } from "./normalize.js";
import { generic } from "./patterns/context.js";
import { samePinyinName } from "./pinyin.js";
import { compactKey } from "./recognize.js";
import { clauseAt, firstAtOrAfter, lineStartAt, LIST_SEPARATOR, sentenceAt, within } from "./text.js";

/** The resolved content of a document, in output shape (offsets already in source code points). */
export interface Resolution {
  entities: Entity[];
  parameterCounts: ParameterCount[];
  benchmarkScores: BenchmarkScore[];
}

interface Group {
  key: string;
  entry: LexiconEntry | null;
  type: Entity["type"];
  mentions: MentionCandidate[];
}

const ORG_DESCRIPTOR_SUFFIX = new RegExp(`(?:${cues.ORG_DESCRIPTORS.join("|")})$`, "i");
const GENERIC_QUANTIFIERS = /一些|许多|多个|不少|部分|多家|几款|众多|多款|各家|一批|这类|此类|同类|业内|业界|行业内|市面上|普遍|通常|一般|一个|一款|某个|某款|下一代|新一代/;
const SHARED_SIZE = /均|都|皆|同为|分别/;
const ANAPHORA = /它|其|该模型|这款|该款|此款|这一模型|新模型|本模型|这个模型|后者|前者|该系列|这一系列|本次|此次|新版/;
/** Anaphors that name a model (not 其/它, which may stand for an organization). */
const MODEL_ANAPHORA = /该模型|这款|该款|此款|这一模型|新模型|本模型|这个模型|该系列|这一系列/;
/** Words before a model that make it the object of a comparison, not the subject. */
const COMPARED = /(?:比|较|相比|对比|超过|超越|超出|高出|胜过|击败|打败|不如|不及|落后于?|领先于?|高于|低于|逊于|逊色于|优于|强于|弱于)了?(?:上一代|上代|前代|前一代)?\s?$/;

/** Words after a model that make it the base another model was built on. */
const BASE_AFTER = /^\s?(?:的)?(?:基础上|为基座|为底座|为基础|为基模|架构|同款架构)/;
/** Words after "与X" that make X the other side of a comparison. */
const COMPARED_AFTER = /^\s?(?:的差距|相比|相较|比较|对比|不相上下|相当|持平|相近|接近|比肩|媲美|打平|差距)/;

/** What 前者 (the first of the two models named last before `at`) or 后者 (the last; also 它) refers to. */
function ordinalReferent(text: string, models: MentionCandidate[], organizations: MentionCandidate[], at: number, word: string): MentionCandidate | undefined {
  const reachable = within(models, at - ANAPHORA_REACH, at).filter((m) => !compared(text, m, organizations));
  return reachable[reachable.length - (word === "前者" && reachable.length > 1 ? 2 : 1)];
}

/**
 * The last model inside [from, to) that is not named only for comparison, walking back from `to`: the
 * nearest one is usually the answer, so a long paragraph costs no more than its last few models.
 */
function lastSubject(text: string, models: MentionCandidate[], organizations: MentionCandidate[], from: number, to: number): MentionCandidate | undefined {
  for (let i = firstAtOrAfter(models, to) - 1; i >= 0 && models[i]!.start >= from; i--) {
    const m = models[i]!;
    if (m.end <= to && !compared(text, m, organizations)) return m;
  }
  return undefined;
}

/** The organization mention ending at `end` (and starting at or after `from`), from mentions sorted by start. */
function organizationEndingAt(organizations: MentionCandidate[], end: number, from = 0): MentionCandidate | undefined {
  return within(organizations, Math.max(from, end - 64), end).find((o) => o.end === end);
}

/** A place between a comparison word and its model: 领先第二名Qwen2.5-Max. */
const COMPARED_PLACE = /第[一二三四五六七八九十\d]{1,2}名的?\s?$/;

/**
 * Whether a model is named as the point of comparison (高出GPT-4o四分, 超过Meta的Llama 3.1, 领先第二名
 * Qwen2.5-Max), so it is not the sentence's subject.
 */
function compared(text: string, model: MentionCandidate, organizations: MentionCandidate[]): boolean {
  let lead = model.start;
  const owner = text[lead - 1] === "的" ? organizationEndingAt(organizations, lead - 1) : undefined;
  if (owner) lead = owner.start;
  lead -= COMPARED_PLACE.exec(text.slice(Math.max(0, lead - 6), lead))?.[0].length ?? 0;
  if (COMPARED.test(text.slice(Math.max(0, lead - 7), lead))) return true;
  // "在Qwen2.5-32B基础上做后训练", "基于Llama 3", "沿用了DeepSeek-V3的架构": a base, not the subject.
  if (/基于\s?$/.test(text.slice(Math.max(0, lead - 3), lead)) || BASE_AFTER.test(text.slice(model.end, model.end + 6))) return true;
  // "与Llama 3.1 405B不相上下", "和OpenAI的GPT-4o相当": the other side of a comparison.
  return /(?:与|和|跟|同)\s?$/.test(text.slice(Math.max(0, lead - 2), lead)) && COMPARED_AFTER.test(text.slice(model.end, model.end + 6));
}
/** The larger or smaller version of a family listed with its sizes: 大版本, 小尺寸版本, 旗舰版本. */
const LARGER_OR_SMALLER = /(?:大|小|旗舰|轻量)(?:尺寸|参数)?(?:的)?版本/g;
/** The size a model's name states (34B of Aurora-2-34B-Instruct), or null. */
function namedSize(name: string): number | null {
  const m = /(?:^|[-\s_])(\d+(?:\.\d+)?)([BbTt])(?=$|[-\s_])/.exec(name);
  return m ? Number(m[1]) * (/[Tt]/.test(m[2]!) ? 1e12 : 1e9) : null;
}

/** The family a sized model belongs to: the longest other model whose name its own begins with (Aurora-2). */
function familyOf(model: MentionCandidate, models: MentionCandidate[]): MentionCandidate | undefined {
  const key = compactKey(model.surface);
  return models
    .filter((o) => o.start < model.start || o.start > model.end)
    .filter((o) => { const k = compactKey(o.surface); return k.length < key.length && key.startsWith(k) && namedSize(o.surface) === null; })
    .sort((a, b) => b.surface.length - a.surface.length || a.start - b.start)[0];
}

/** After a size, what makes it a sized version of a model family: 72B版本, 4B版. */
const SIZED_VERSION = /^(?:参数)?(?:的)?(?:版本|版|尺寸)/;
/** How far back an anaphor may look for its model, in characters. */
const ANAPHORA_REACH = 300;
/** 后者/前者 name one of the last two things named, a model or an organization. */
const ORDINAL_ANAPHORA = /后者|前者/;
/**
 * Whether the words before a fact make it a statement about models in general: a quantifier right before
 * the number or before a model noun (一些120亿参数大模型, 许多模型的…), not one about something else
 * (在其联合多家三甲医院构建的评测集上得分82.6).
 */
function isGeneric(lead: string): boolean {
  const all = [...lead.matchAll(new RegExp(GENERIC_QUANTIFIERS.source, "g"))];
  const q = all.at(-1);
  if (q === undefined) return false;
  const tail = lead.slice(q.index + q[0].length);
  return tail.length <= 6 || /模型|LLM/.test(tail);
}

/** "业内估计", "外界人士推测": an estimate of the subject's size, not a statement about models in general. */
const OUTSIDE_ESTIMATE = /(?:业内|业界|外界|行业内)(?:人士)?(?:普遍)?(?:估计|预计|推测|猜测|估算)/g;
/** "是一个", "为一款": a predicate about the subject, not a generic quantifier. */
const PREDICATE_ONE = /(?:是|为)(?:一个|一款)/g;

/** Whether the last entity named before a sentence is a model rather than an organization. */
function lastNamedIsModel(models: MentionCandidate[], organizations: MentionCandidate[], sentenceStart: number): boolean {
  const last = (ms: MentionCandidate[]) => within(ms, sentenceStart - ANAPHORA_REACH, sentenceStart).at(-1)?.end ?? -1;
  const model = last(models);
  return model >= 0 && model > last(organizations);
}

/** Groups mentions into entities, links developers and attributes facts; see ANNOTATION.md. */
export function resolveDocument(
  doc: SegmentedText,
  mentions: MentionCandidate[],
  params: ParameterCandidate[],
  scores: ScoreCandidate[],
  lexicon: Lexicon,
): Resolution {
  const groups = groupMentions(doc, mentions, lexicon);
  const groupOf = new Map<MentionCandidate, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const names = canonicalNames(doc, groups);
  const developers = linkDevelopers(doc, groups, groupOf, lexicon);

  const entities: Entity[] = groups.map((g) => {
    const spans = g.mentions.map((m) => ({ ...toSourceSpan(doc, m.start, m.end), source: m.source, rule: m.rule }));
    const name = names.get(g)!;
    const aliases = [...new Set(spans.map((s) => s.text))].filter((t) => t !== name);
    const developer = developers.get(g);
    return {
      type: g.type,
      name,
      aliases,
      ...(g.type === "model" ? { developer: developer ? names.get(developer)! : null } : {}),
      lexiconId: g.entry?.key ?? null,
      mentions: spans,
    };
  });

  const models = mentions.filter((m) => groupOf.get(m)?.type === "model");
  const organizations = mentions.filter((m) => groupOf.get(m)?.type === "organization");
  const modelName = (m: MentionCandidate | undefined) => (m ? names.get(groupOf.get(m)!)! : null);

  const paired = pairRespectively(doc.text, params, models);
  // "72B版本": a sized version of a family whose list of sizes named 72B; it stands for that family.
  const sizedVersions: MentionCandidate[] = [];
  const ownersByValue = new Map<number, MentionCandidate>();
  const parameterCounts: ParameterCount[] = params.flatMap((p) => {
    const span = toSourceSpan(doc, p.start, p.end);
    const pair = paired.get(p);
    const stated = p.subjects.map((i) => mentions[i]!).filter((m) => groupOf.get(m)?.type === "model");
    const version = SIZED_VERSION.exec(doc.text.slice(p.end, p.end + 4))?.[0];
    const family = version !== undefined && stated.length === 0 ? ownersByValue.get(p.value) : undefined;
    if (family) {
      const reference = { ...family, start: p.start, end: p.end + version!.length };
      groupOf.set(reference, groupOf.get(family)!);
      sizedVersions.push(reference);
    }
    const found = stated.length > 0 ? stated : family ? [family] : pair ? [pair] : modelsForFact(doc.text, models, organizations, p.start, p.end, true);
    // A model named with its size (Aurora-2-34B-Instruct) has no other size: 另外还有8B和70B两个版本 is its family's.
    // (A name's size is rounded: Qwen2.5-7B has 7.6B parameters, 6.5B without embeddings.)
    const contradicts = (m: MentionCandidate) => {
      const size = namedSize(m.surface);
      return size !== null && (p.value < size / 2 || p.value > size * 1.5);
    };
    const owners = found.map((m) => (contradicts(m) ? (familyOf(m, models) ?? m) : m));
    if (owners.length === 1) ownersByValue.set(p.value, owners[0]!);
    const distinct = [...new Set(owners.map(modelName))];
    return (distinct.length > 0 ? distinct : [null]).map((model) => ({ model, value: p.value, qualifier: p.qualifier, ...span }));
  });
  // "大版本拿到68.4分": the larger or smaller of the sizes a family was listed with.
  const sizesOf = new Map<Group, { first: MentionCandidate; values: Set<number> }>();
  for (const [value, owner] of ownersByValue) {
    const g = groupOf.get(owner)!;
    const entry = sizesOf.get(g) ?? { first: owner, values: new Set<number>() };
    entry.values.add(value);
    sizesOf.set(g, entry);
  }
  const listedFamilies = [...sizesOf.values()].filter((f) => f.values.size >= 2);
  if (listedFamilies.length > 0) {
    for (const v of doc.text.matchAll(LARGER_OR_SMALLER)) {
      const family = listedFamilies.filter((f) => f.first.start < v.index).at(-1);
      if (!family) continue;
      const reference = { ...family.first, start: v.index, end: v.index + v[0].length };
      groupOf.set(reference, groupOf.get(family.first)!);
      sizedVersions.push(reference);
    }
  }
  const modelsAndVersions = sizedVersions.length === 0 ? models : [...models, ...sizedVersions].sort((a, b) => a.start - b.start);

  const respectively = pairModelsRespectively(doc.text, scores, models, organizations);
  const benchmarkScores: BenchmarkScore[] = scores.map((s) => {
    const owner = s.model !== null ? mentions[s.model] : (respectively.get(s) ?? modelsForFact(doc.text, modelsAndVersions, organizations, s.start, s.end, false)[0]);
    return {
      model: modelName(owner),
      benchmark: names.get(groupOf.get(mentions[s.benchmark]!)!)!,
      subtask: s.subtask,
      score: s.score,
      scale: s.scale,
      unit: s.unit,
      rank: s.rank,
      ...toSourceSpan(doc, s.start, s.end),
    };
  });

  return { entities, parameterCounts, benchmarkScores };
}

/**
 * Mentions of one lexicon entry, or of one comparison key, form one entity (阿里 = 阿里巴巴). Groups are
 * then merged where the text says two names are one: a defined alias (以下简称“启元矩阵”), a name in
 * parentheses after another of its type (腾讯混元（HunYuan）), or an organization named with and
 * without its city or legal form (苏州玄鸟智能 = 玄鸟智能, 云睿智能股份有限公司 = 云睿智能).
 */
function groupMentions(doc: SegmentedText, mentions: MentionCandidate[], lexicon: Lexicon): Group[] {
  const groups = new Map<string, Group>();
  const groupOf = new Map<MentionCandidate, Group>();
  for (const m of mentions) {
    let entry = m.lexiconId !== null ? (lexicon.entries.get(m.lexiconId) ?? null) : null;
    let key = m.lexiconId;
    if (entry === null) {
      const k = nameKey(m.type === "organization" ? m.surface.replace(ORG_DESCRIPTOR_SUFFIX, "") : m.surface);
      const known = lexicon.byNameKey.get(k);
      entry = known?.find((e) => e.type === m.type) ?? known?.[0] ?? null;
      key = entry?.key ?? `new:${m.type}:${k}`;
    }
    const group = groups.get(key!) ?? { key: key!, entry, type: entry?.type ?? m.type, mentions: [] };
    group.mentions.push(m);
    groups.set(key!, group);
    groupOf.set(m, group);
  }

  // Union-find over groups.
  const parent = new Map<Group, Group>();
  const find = (g: Group): Group => {
    let root = g;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const union = (a: Group, b: Group) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb || ra.type !== rb.type || (ra.entry && rb.entry && ra.entry !== rb.entry)) return;
    // The lexicon entry, else the earlier group, stays the root.
    const [root, child] = rb.entry && !ra.entry ? [rb, ra] : [ra, rb];
    parent.set(child, root);
  };
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  mentions.forEach((m, i) => {
    if (m.aliasOf !== undefined) {
      const defined = byStart.get(m.aliasOf);
      if (defined) union(groupOf.get(defined)!, groupOf.get(m)!);
    }
    const next = mentions[i + 1];
    if (next && next.type === m.type && PARENTHETICAL.test(doc.text.slice(m.end, next.start)) && /^\s?[”"」]?\s?[)）]/.test(doc.text.slice(next.end, next.end + 3))) {
      union(groupOf.get(m)!, groupOf.get(next)!);
    }
  });
  // A discovered name and its pinyin spelling are one entity (知衍-2 and Zhiyan-2).
  const discovered = [...groups.values()].filter((g) => g.entry === null);
  const latin = discovered.filter((g) => /^[A-Za-z]{3}/.test(g.mentions[0]!.surface));
  const chinese = discovered.filter((g) => /^\p{Script=Han}{2}/u.test(g.mentions[0]!.surface));
  for (const l of latin) {
    for (const c of chinese) {
      if (l.type === c.type && samePinyinName(l.mentions[0]!.surface, c.mentions[0]!.surface)) union(c, l);
    }
  }
  // 邵总, 顾老师: a surname and a form of address stand for the one person of that surname named in full.
  const people = [...groups.values()].filter((g) => g.type === "person");
  for (const g of people) {
    const surname = ADDRESS.exec(g.mentions[0]!.surface)?.[1];
    if (surname === undefined) continue;
    const full = people.filter((o) => !ADDRESS.test(o.mentions[0]!.surface) && o.mentions[0]!.surface.startsWith(surname) && /^\p{Script=Han}{2,4}$/u.test(o.mentions[0]!.surface));
    if (full.length === 1) union(full[0]!, g);
  }
  const places = new Set(doc.tokens.filter((t) => t.tag === "ns" && t.word.length >= 2).map((t) => t.word));
  const byCore = new Map<string, Group>();
  for (const g of groups.values()) {
    if (g.type !== "organization" || g.entry) continue;
    const core = organizationCore(g.mentions[0]!.surface, places);
    const other = byCore.get(core);
    if (other) union(other, g);
    else byCore.set(core, g);
  }

  const merged = new Map<Group, Group>();
  for (const g of groups.values()) {
    const root = find(g);
    const target = merged.get(root) ?? { ...root, mentions: [] };
    for (const m of g.mentions) target.mentions.push(m); // no spread: a group can hold 100k mentions
    merged.set(root, target);
  }
  for (const g of merged.values()) g.mentions.sort((a, b) => a.start - b.start);
  return [...merged.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** A surname and a form of address (邵总, 顾老师, 欧阳教授), not a full name. */
const ADDRESS = /^(\p{Script=Han}{1,2}?)(?:总|老师|教授|博士|先生|女士|院士|总监|工)$/u;
const PARENTHETICAL = /^[”"」』]?\s?[（(]\s?(?:英文名|英文|中文名|简称|全称|又称|即|以下简称|下称)?[:：]?\s?[“"「]?$/;
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司|集团)$/;
const GENERIC_ENDING = /(?:科技|智能|技术|网络|信息|数科)$/;

/**
 * An organization name without a leading place (a city the text tags as such), a trailing legal form
 * and trailing generic words: 南京云岫智能科技有限公司, 云岫智能 and 云岫 share the core 云岫.
 */
function organizationCore(surface: string, places: Set<string>): string {
  let core = surface.replace(LEGAL_FORM, "");
  while (GENERIC_ENDING.test(core) && core.replace(GENERIC_ENDING, "").length >= 2) core = core.replace(GENERIC_ENDING, "");
  for (const place of places) {
    if (core.startsWith(place) && core.length - place.length >= 2) {
      core = core.slice(place.length);
      break;
    }
  }
  return nameKey(core);
}

/** Lexicon entities keep their lexicon name; discovered ones take their most frequent surface form. */
function canonicalNames(doc: SegmentedText, groups: Group[]): Map<Group, string> {
  const names = new Map<Group, string>();
  const used = new Set<string>();
  for (const g of groups) {
    let name = g.entry?.name;
    if (name === undefined) {
      const counts = new Map<string, number>();
      for (const m of g.mentions) {
        const text = toSourceSpan(doc, m.start, m.end).text;
        counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      // A person is named in full, not by a form of address (邵怀远, not 邵总).
      const full = g.type === "person" ? [...counts].filter(([text]) => !ADDRESS.test(text)) : [];
      name = [...(full.length > 0 ? full : counts)].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    }
    // Names are references (developer, model, benchmark): keep them unique in a document.
    while (used.has(name)) name = `${name} (${g.type})`;
    used.add(name);
    names.set(g, name);
  }
  return names;
}

const CONNECTIVES = /^(?:\s|的|旗下的?|推出的|发布的|研发的|开发的|自研的?|家的|之)*$/;

/**
 * A model's developer: the organization the text links it to (百度文心一言, OpenAI发布GPT-4, 由百度研发),
 * checked against the lexicon; failing the text, the lexicon's developer when it is in the document.
 */
function linkDevelopers(
  doc: SegmentedText,
  groups: Group[],
  groupOf: Map<MentionCandidate, Group>,
  lexicon: Lexicon,
): Map<Group, Group | null> {
  const text = doc.text;
  const orgs = groups.flatMap((g) => (g.type === "organization" ? g.mentions : [])).sort((a, b) => a.start - b.start);
  const result = new Map<Group, Group | null>();
  for (const g of groups) {
    if (g.type !== "model") continue;
    const votes = new Map<Group, number>();
    for (const m of g.mentions) {
      const linked = textualDeveloper(text, m, orgs);
      if (linked) votes.set(groupOf.get(linked)!, (votes.get(groupOf.get(linked)!) ?? 0) + 1);
    }
    const fromText = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const known = lexiconDeveloper(g, lexicon);
    const knownInDoc = known ? closestInDocument(known, lexicon, groups) : null;
    if (fromText && known && knownInDoc && fromText.entry && !related(fromText.entry.key, known, lexicon)) {
      result.set(g, knownInDoc);
    } else {
      result.set(g, fromText ?? knownInDoc);
    }
  }
  // A variant inherits its base model's developer (星河2-Nano from 星河2), and a new model whose name
  // starts with an organization's brand belongs to it (观澜-13B-Chat, 观澜智算实验室).
  const models = groups.filter((g) => g.type === "model");
  const orgGroups = groups.filter((g) => g.type === "organization");
  for (const g of models) {
    if (result.get(g)) continue;
    const key = compactKey(g.mentions[0]!.surface);
    // The longest name of another model with a developer that this one extends, by any of its names.
    const extended = (b: Group) =>
      [...new Set(b.mentions.map((m) => m.surface))].reduce((best, surface) => {
        const k = compactKey(surface);
        return key.startsWith(k) && k !== key ? Math.max(best, k.length) : best;
      }, 0);
    const base = models.filter((b) => b !== g && result.get(b) && extended(b) > 0).sort((a, b) => extended(b) - extended(a))[0];
    if (base) {
      result.set(g, result.get(base)!);
      continue;
    }
    const surface = g.mentions[0]!.surface;
    // The brand: the first two Chinese characters, or the first Latin word (Beiming of Beiming-1-MoE).
    const brand = /^\p{Script=Han}{2}/u.exec(surface)?.[0] ?? /^[A-Z][a-z]{2,}(?=[-\s\d]|[A-Z])/.exec(surface)?.[0];
    // …or its pinyin (Qiyun-V3-Lite-4B and 栖云智能).
    // A CamelCase brand is spelled as one word in pinyin: ShuLi-CS-7B and 数砾科技.
    const word = /^[A-Z][A-Za-z]{2,}(?=[-\s\d]|$)/.exec(surface)?.[0];
    const spelled = (m: MentionCandidate) => [brand, word].some((b) => b !== undefined && /^[A-Z]/.test(b) && samePinyinName(b, m.surface, true));
    const owner = brand ? orgGroups.filter((o) => o.mentions.some((m) => m.surface.startsWith(brand) || spelled(m))) : [];
    if (owner.length === 1) result.set(g, owner[0]!);
  }
  // Models of one brand share a developer (星衡2 with 星衡3, when only 星衡3 is tied to 衡知智能).
  const brandOf = (g: Group) => modelBrand(g.mentions[0]!.surface);
  const byBrand = new Map<string, Set<Group>>();
  for (const g of models) {
    const developer = result.get(g);
    const brand = brandOf(g);
    if (developer && brand) byBrand.set(brand, (byBrand.get(brand) ?? new Set()).add(developer));
  }
  for (const g of models) {
    const brand = brandOf(g);
    const developers = brand ? byBrand.get(brand) : undefined;
    if (!result.get(g) && developers?.size === 1) result.set(g, [...developers][0]!);
  }
  // A new model no sentence ties to a maker belongs to the one new company its paragraph is about
  // (深圳的极光跃迁科技完成融资，其…模型“极光-Pro”; 南京云岫智能…。青鸾-34B拥有…), then so do its siblings.
  for (const g of models) {
    if (result.get(g) || g.entry) continue;
    const first = g.mentions[0]!;
    const from = Math.max(lineStartAt(text, first.start), first.start - PARAGRAPH_REACH);
    const makers = new Set(within(orgs, from, first.start).map((o) => groupOf.get(o)!).filter((o) => !o.entry && !INVESTOR.test(o.mentions[0]!.surface)));
    // "公司9月发布的新一代基座模型天枢-3": 公司 is the company the article is about.
    const company = makers.size === 0 && COMPANY_ANAPHORA.test(text.slice(clauseAt(text, first.start)[0], first.start)) ? mainCompany(orgGroups) : null;
    if (makers.size !== 1 && company === null) continue;
    const maker = company ?? [...makers][0]!;
    const brand = brandOf(g);
    for (const sibling of models) if (sibling === g || (brand && !result.get(sibling) && !sibling.entry && brandOf(sibling) === brand)) result.set(sibling, maker);
  }
  return result;
}

/** "公司", "该公司", "我们": the company the article is about, before a model it released. */
const COMPANY_ANAPHORA = /(?:^|[^家])(?:该|本)?公司|我们/;

/** The organization the article is about: named at least three times, and more often than any other (not an investor). */
function mainCompany(orgGroups: Group[]): Group | null {
  const [top, second] = orgGroups.filter((o) => !INVESTOR.test(o.mentions[0]!.surface)).sort((a, b) => b.mentions.length - a.mentions.length);
  return top && top.mentions.length >= 3 && (!second || top.mentions.length > second.mentions.length) ? top : null;
}

/** How far back in its paragraph a new model looks for the new company it belongs to, in characters. */
const PARAGRAPH_REACH = 200;
/** Investors and funds, which back a company's models but do not make them. */
const INVESTOR = /(?:资本|创投|基金|投资|Capital|Ventures|Partners|Fund)$/i;

/** A model name's brand: its first two Chinese characters (星衡 of 星衡3-Max) or first Latin word, lower-cased. */
function modelBrand(surface: string): string | null {
  const brand = /^\p{Script=Han}{2}/u.exec(surface)?.[0] ?? /^[A-Za-z]{3,}/.exec(surface)?.[0];
  return brand === undefined || generic.model.has(brand) ? null : brand.toLowerCase();
}

function textualDeveloper(text: string, m: MentionCandidate, orgs: MentionCandidate[]): MentionCandidate | null {
  const [clauseStart, clauseEnd] = clauseAt(text, m.start);
  // ORG (的|旗下的…) MODEL
  // An organization named as the place of release (在Hugging Face上发布了X) is not the maker.
  const before = within(orgs, clauseStart, m.start).filter((o) => !(/在\s?$/.test(text.slice(Math.max(0, o.start - 2), o.start)) && /^\s?上/.test(text.slice(o.end, o.end + 2))));
  const nearest = before[before.length - 1];
  if (nearest) {
    const between = text.slice(nearest.end, m.start);
    if (CONNECTIVES.test(between)) return nearest;
    if (cues.RELEASE_VERBS.some((v) => between.includes(v)) && between.length <= 20) return nearest;
  }
  // "…观澜智算实验室。其观澜-13B-Chat": 其 (its) points to the organization just before.
  // …also 其开源的X, 其最新发布的X.
  const its = /(?<![尤极与])其(?![中他余实次])(?:[^，。；,;\s]{0,6}?的)?\s?$/.exec(text.slice(Math.max(0, m.start - 9), m.start));
  if (its) {
    const at = m.start - its[0].length;
    const previous = within(orgs, Math.max(at - 30, sentenceAt(text, Math.max(0, at - 1))[0]), at);
    if (previous.length > 0) return previous[previous.length - 1]!;
  }
  // MODEL 由 ORG 开发; MODEL（ORG）, as in a listicle heading "10. 青鸾-34B（云岫智能）"
  const after = within(orgs, m.end, clauseEnd)[0];
  if (after) {
    const between = text.slice(m.end, after.start);
    if (/^\s?[（(]\s?$/.test(between) && /^\s?[)）]/.test(text.slice(after.end, after.end + 2))) return after;
    if (cues.PASSIVE_MARKERS.some((p) => between.trimEnd().endsWith(p)) && between.length <= 8) return after;
  }
  return null;
}

const modelDevelopers = new WeakMap<Lexicon, [string, string][]>();

/** The lexicon developer of a model: its own entry's, or that of the longest known name it extends. */
function lexiconDeveloper(g: Group, lexicon: Lexicon): string | null {
  if (g.entry) return g.entry.related;
  let byName = modelDevelopers.get(lexicon);
  if (byName === undefined) {
    // Compact names of models with a developer, longest first.
    byName = [...lexicon.entries.values()]
      .filter((e) => e.type === "model" && e.related !== null)
      .flatMap((e) => e.names.map((n): [string, string] => [compactKey(n), e.related!]))
      .filter(([k]) => k.length >= 2)
      .sort((a, b) => b[0].length - a[0].length);
    modelDevelopers.set(lexicon, byName);
  }
  const key = compactKey(g.mentions[0]!.surface);
  return byName.find(([k]) => key.startsWith(k))?.[1] ?? null;
}

/**
 * The document's organization for a lexicon developer: that organization, or a parent or unit of it
 * (阿里巴巴 for 阿里云), preferring the one the text mentions most, then the exact one.
 */
function closestInDocument(key: string, lexicon: Lexicon, groups: Group[]): Group | null {
  const candidates = groups.filter((g) => g.type === "organization" && g.entry && related(g.entry.key, key, lexicon));
  // Ties go to the parent: news credits 阿里巴巴 more often than its unit 阿里云.
  const depth = (g: Group) => ancestorsOf(g.entry!.key, lexicon).length;
  candidates.sort((a, b) => b.mentions.length - a.mentions.length || depth(a) - depth(b));
  return candidates[0] ?? null;
}

/** True when one organization is the other or an ancestor of it (阿里巴巴 and 阿里云). */
function related(a: string, b: string, lexicon: Lexicon): boolean {
  return ancestorsOf(a, lexicon).includes(b) || ancestorsOf(b, lexicon).includes(a);
}

/** An organization key and its parents, nearest first. */
function ancestorsOf(key: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  let k: string | null = key;
  while (k !== null && !out.includes(k)) {
    out.push(k);
    k = lexicon.entries.get(k)?.related ?? null;
  }
  return out;
}

const RESPECTIVELY = /^[^。！？!?\n]{0,12}?(?:分别|依次|对应)(?:命名为|叫做|称为|为|是|对应)?\s?$/;

/**
 * "0.5B、3B和32B三种规格，分别命名为澜海2-Mini、澜海2-Base和澜海2-Pro": a list of sizes, then 分别 and a
 * list of as many models, pairs them in order.
 */
function pairRespectively(text: string, params: ParameterCandidate[], models: MentionCandidate[]): Map<ParameterCandidate, MentionCandidate> {
  const pairs = new Map<ParameterCandidate, MentionCandidate>();
  let i = 0;
  while (i < params.length) {
    let j = i;
    while (j + 1 < params.length && LIST_SEPARATOR.test(text.slice(params[j]!.end, params[j + 1]!.start))) j++;
    const list = params.slice(i, j + 1);
    i = j + 1;
    if (list.length < 2) continue;
    const after = list[list.length - 1]!.end;
    const first = firstAtOrAfter(models, after);
    if (first >= models.length || !RESPECTIVELY.test(text.slice(after, models[first]!.start))) continue;
    const named = [models[first]!];
    for (let k = first + 1; k < models.length && named.length < list.length; k++) {
      if (!LIST_SEPARATOR.test(text.slice(named[named.length - 1]!.end, models[k]!.start))) break;
      named.push(models[k]!);
    }
    if (named.length === list.length) list.forEach((p, k) => pairs.set(p, named[k]!));
  }
  return pairs;
}

/** How many lines back a listicle heading may be. */
const HEADING_REACH = 30;


/** "GPT-4o和墨子4分别得到76.6和55.2": a list of models, 分别, then as many scores, pairs them in order. */
function pairModelsRespectively(
  text: string,
  scores: ScoreCandidate[],
  models: MentionCandidate[],
  organizations: MentionCandidate[],
): Map<ScoreCandidate, MentionCandidate> {
  const pairs = new Map<ScoreCandidate, MentionCandidate>();
  // The text between two listed models, without the second one's owner (GPT-4o和深度求索的DeepSeek-R1).
  const gap = (a: MentionCandidate, b: MentionCandidate) => {
    const owner = text[b.start - 1] === "的" ? organizationEndingAt(organizations, b.start - 1, a.end) : undefined;
    return text.slice(a.end, owner ? owner.start : b.start);
  };
  for (let i = 0; i < models.length; i++) {
    const list = [models[i]!];
    while (i + 1 < models.length && LIST_SEPARATOR.test(gap(models[i]!, models[i + 1]!)) && /\S/.test(gap(models[i]!, models[i + 1]!))) {
      list.push(models[++i]!);
    }
    if (list.length < 2) continue;
    const after = list[list.length - 1]!.end;
    const [, clauseEnd] = clauseAt(text, after);
    if (!/^[^，,。；;]{0,8}?(?:分别|依次)/.test(text.slice(after, clauseEnd))) continue;
    const following = scores.filter((s) => s.model === null && s.start >= after && s.end <= clauseEnd);
    if (following.length === list.length) following.forEach((s, k) => pairs.set(s, list[k]!));
  }
  return pairs;
}

const LIST_HEADING = /^[ \t]*(?:\d{1,2}[.、)）]|[一二三四五六七八九十]{1,3}[、.]|#{1,4}\s|第[一二三四五六七八九十\d]{1,3}[名位])/;

/** The model named in the nearest numbered heading line before `start` (a short line, no sentence end). */
function listHeadingBefore(text: string, models: MentionCandidate[], start: number): MentionCandidate | undefined {
  let lineStart = lineStartAt(text, start);
  for (let lines = 0; lineStart > 0 && lines < HEADING_REACH; lines++) {
    const lineEnd = lineStart - 1;
    lineStart = lineStartAt(text, lineEnd);
    const line = text.slice(lineStart, lineEnd);
    if (!LIST_HEADING.test(line)) continue;
    if (line.length > 60 || /[。！？]\s*$/.test(line)) return undefined;
    return within(models, lineStart, lineEnd)[0];
  }
  return undefined;
}

/**
 * The models a fact at `[start, end)` belongs to: the nearest model before it in its clause, else
 * after it in the clause, else before it in the sentence; none for a generic statement (一些…大模型).
 * With `shared`, "A与B均为万亿参数级别" gives every model of the list.
 */
function modelsForFact(
  text: string,
  models: MentionCandidate[],
  organizations: MentionCandidate[],
  start: number,
  end: number,
  shared: boolean,
): MentionCandidate[] {
  const [clauseStart, clauseEnd] = clauseAt(text, start);
  // "一些120亿参数大模型" is generic; "它是一个约1.8T的模型" says what a named model is, and so does
  // "一款混合专家模型Beiming-2-MoE：总参数量为420亿" (a name follows the quantifier).
  // "一个约10亿参数的精简版安第斯Mini": a count that modifies the name right after it is that model's.
  const modified = within(models, end, clauseEnd)[0];
  if (shared && modified && /^(?:参数)?(?:级)?的[^，。；,;]{0,8}$/.test(text.slice(end, modified.start))) return [modified];
  const before = within(models, clauseStart, start);
  const sinceName = text.slice(before.at(-1)?.end ?? clauseStart, start);
  if (isGeneric(sinceName.replace(PREDICATE_ONE, "").replace(OUTSIDE_ESTIMATE, ""))) return [];
  // "前者大约处于倒数15%": 前者/后者 right before the fact pick one of the two models named last.
  const ordinal = ORDINAL_ANAPHORA.exec(sinceName);
  if (ordinal) {
    const pick = ordinalReferent(text, models, organizations, start - sinceName.length + ordinal.index, ordinal[0]);
    if (pick) return [pick];
  }
  const last = before[before.length - 1];
  if (last) {
    if (shared && SHARED_SIZE.test(text.slice(last.end, start))) {
      const list = [last];
      for (let k = before.length - 2; k >= 0; k--) {
        if (!LIST_SEPARATOR.test(text.slice(before[k]!.end, list[0]!.start))) break;
        list.unshift(before[k]!);
      }
      return list;
    }
    return [last];
  }
  const following = within(models, end, clauseEnd)[0];
  if (following) return [following];
  const [sentenceStart] = sentenceAt(text, start);
  const earlier = lastSubject(text, models, organizations, sentenceStart, start);
  if (earlier) return [earlier];
  // No model in the sentence. A listicle item's heading ("2. Claude 3.5 Sonnet（Anthropic）") names the
  // model its paragraphs are about, until the next heading.
  const heading = listHeadingBefore(text, models, start);
  if (heading) return [heading];
  // A pronoun after an organization refers to it (华为的优势在于其…): no model.
  const lead = text.slice(sentenceStart, start);
  const aboutOrganization = within(organizations, sentenceStart, start).length > 0;
  if (aboutOrganization && !MODEL_ANAPHORA.test(lead) && !(ORDINAL_ANAPHORA.test(lead) && lastNamedIsModel(models, organizations, sentenceStart))) return [];
  // "它在C-Eval上得分52.3", "该模型…": refers back to the last model named, across sentences; a model
  // named only as a point of comparison (比GPT-4o多出1.8分) is not what 它 stands for.
  if (ANAPHORA.test(lead)) {
    const pick = ordinalReferent(text, models, organizations, start, /前者/.test(lead) && !/后者/.test(lead) ? "前者" : "后者");
    if (pick) return [pick];
  }
  // The paragraph's topic: the last model named earlier in the same paragraph.
  const paragraphStart = lineStartAt(text, start);
  const inParagraph = lastSubject(text, models, organizations, paragraphStart, start);
  return inParagraph ? [inParagraph] : [];
}
